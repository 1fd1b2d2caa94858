//! Where a content starts and ends: after a cue (past a hearer, a time,
//! "that") or before its source, up to the clause's end; trimmed of
//! punctuation; and whether it reads as a statement (a finite verb, not
//! wholly quoted).

use super::words::{
    ADVERBIAL_OPENERS, CLAUSE_WORDS, FINITE, IRREGULAR_PAST, NOT_CONTENT_START, OBJECT_PRONOUNS,
    SETTING_OPENERS, SUBORDINATORS, TIME_SPANS,
};
use super::{Reader, CONTENT_REACH};
use crate::document::TokenKind;
use crate::quotes::lexicon::{DETERMINERS, SUBJECT_PRONOUNS, TIME_WORDS};
use std::ops::Range;

/// Words before a time word that make a time phrase of it: "on Tuesday".
const TIME_PREPOSITIONS: &[&str] = &[
    "on", "in", "last", "this", "earlier", "later", "early", "late",
];

impl Reader<'_, '_, '_> {
    /// Whether token `k` is punctuation that may end a sentence after the
    /// attribution.
    pub(super) fn is_closing(&self, k: usize) -> bool {
        matches!(self.text(k), "." | "!" | "?" | "…" | ")" | ";")
            || self.kind(k) == TokenKind::QuoteMark
    }

    /// Past time words and phrases: "on Tuesday", "last week", "Monday",
    /// "in May", "in 2019".
    pub(super) fn skip_time(&self, mut k: usize, end: usize) -> usize {
        let year = |k: usize| {
            self.kind(k) == TokenKind::Number
                && self.text(k).len() == 4
                && self.text(k).starts_with(['1', '2'])
        };
        let mut steps = 0;
        while k < end && steps < 4 {
            if self.a.is(k, TIME_WORDS) {
                k += 1;
            } else if self.a.is(k, TIME_PREPOSITIONS) && self.a.is(k + 1, TIME_WORDS)
                || self.a.is(k, &["in"]) && year(k + 1)
            {
                k += 2;
            } else if self
                .a
                .is(k, &["earlier", "later", "recently", "again", "also"])
            {
                k += 1;
            } else {
                break;
            }
            steps += 1;
        }
        k
    }

    /// The content after a cue at `i`: from a "that" close after it (past
    /// a hearer, a time, "in a statement"), or right after it (past the
    /// hearer of "told" and a time). Also whether a "that" opened it.
    pub(super) fn content_after(&self, i: usize, end: usize, hearer: bool) -> (Range<usize>, bool) {
        let end = self.relative_end(i, self.clause_end(i + 1, end));
        let reach = end.min(i + 12);
        let mut k = i + 1;
        if self.a.is(k, &["out", "back"]) {
            k += 1; // "pointed out that", "wrote back that"
        }
        // "said that", "told reporters on Tuesday that", "said in a
        // statement that": a "that" before any verb or quote, past a hearer
        // or an adverbial, never past an object ("adds to the drama that").
        let opens_adverbial = |k: usize| {
            k >= end
                || self.a.is(k, &["that", ","])
                || self.a.is(k, ADVERBIAL_OPENERS)
                || self.a.is(k, TIME_WORDS)
                || (self.text(k).ends_with("ly") && self.text(k).starts_with(char::is_lowercase))
        };
        let search = hearer || opens_adverbial(k);
        while search && k < reach {
            if self.a.quoted[k] || self.kind(k) == TokenKind::QuoteMark {
                break;
            }
            if self.a.is(k, &["that"]) {
                let content = self.trimmed(k + 1..end.min(k + 1 + CONTENT_REACH));
                // "remarks that were featured": a relative clause.
                if content.is_empty() || self.verb_like(content.start) {
                    return (k..k, false);
                }
                return (content, true);
            }
            // "said, arguing that …": the "that" is the participle's.
            if self.a.is(k, FINITE)
                || self.a.is(k, CLAUSE_WORDS)
                || self.a.is(k, SUBJECT_PRONOUNS)
                || self.cue_at(k).is_some()
            {
                break;
            }
            if matches!(self.text(k), "." | "!" | "?" | ";" | ":") {
                break;
            }
            k += 1;
        }
        let mut k = i + 1;
        if self.a.is(k, &["out", "back"]) {
            k += 1;
        }
        if hearer && k < end {
            k = self.skip_hearer(k, end);
        }
        k = self.skip_time(k, end);
        // "said flatly: “…”": past an adverb to the colon.
        if k + 1 < end && self.text(k + 1) == ":" && self.text(k).ends_with("ly") {
            k += 2;
        }
        if k < end && matches!(self.text(k), "," | ":") {
            // "she added, the plan is …": a clause after the comma, not a
            // quote, an aside or a participle.
            let next = k + 1;
            let clause_follows = self.text(k) == ","
                && next < end
                && self.kind(next) == TokenKind::Word
                && !self.a.quoted[next]
                && self.a.cue_at(next).is_none()
                && !self.text(next).ends_with("ing")
                && !self.a.is(next, ADVERBIAL_OPENERS)
                && !self.a.is(
                    next,
                    &["adding", "saying", "noting", "who", "which", "and", "but"],
                );
            if clause_follows {
                let content = self.trimmed(next..end.min(next + CONTENT_REACH));
                if self.is_statement_after(content.clone(), false, false) {
                    return (content, false);
                }
            }
            return (k..k, false);
        }
        (self.trimmed(k..end.min(k + CONTENT_REACH)), false)
    }

    /// Where a cue in a relative clause ("Tom Hart, who said in May that he
    /// would retire, has not …") ends its content: at the comma before the
    /// sentence's own verb. A cue in a clause opening the sentence ("While
    /// Ruiz claimed that the videos exist, experts …") ends it at the comma
    /// before the main clause's subject. Else `end`.
    fn relative_end(&self, i: usize, end: usize) -> usize {
        let relative = (i.saturating_sub(3)..i)
            .any(|k| k > 0 && self.a.is(k, &["who", "which"]) && self.text(k - 1) == ",");
        let opening = self.a.doc.sentences[self.a.doc.tokens[i].sentence]
            .tokens
            .start;
        // Not "As Ruiz said, …", whose content follows the comma.
        let subordinate = !relative
            && self.a.is(opening, SUBORDINATORS)
            && !self.a.is(opening, &["as"])
            && (opening..i).all(|k| self.text(k) != ",");
        if !relative && !subordinate {
            return end;
        }
        // Past an aside of its own: "said the plan, which was late, would fail".
        let mut aside = false;
        (i + 1..end.min(i + CONTENT_REACH))
            .find(|&k| {
                if self.a.quoted[k] || self.text(k) != "," || k + 2 >= end {
                    return false;
                }
                if self.a.is(k + 1, &["who", "which", "where"]) {
                    aside = true;
                    return false;
                }
                if std::mem::take(&mut aside) {
                    return false;
                }
                if relative {
                    return self.a.is(k + 1, FINITE) || self.verb_like(k + 1);
                }
                // A list goes on ("prices, wages and rents rose").
                if self.a.is(k + 2, &["and", "or"]) {
                    return false;
                }
                // The main clause's subject: a name, a pronoun, a
                // determiner, or words a verb follows ("experts affirm").
                self.a.mention_at[k + 1].is_some()
                    || self.a.is(k + 1, SUBJECT_PRONOUNS)
                    || self.a.is(k + 1, DETERMINERS)
                    || (k + 2..end.min(k + 6))
                        .take_while(|&j| self.kind(j) == TokenKind::Word)
                        .any(|j| {
                            self.a.cue_at(j).is_some()
                                || self.a.is(j, FINITE)
                                || self.finite_at(j, k + 1, true)
                        })
            })
            .unwrap_or(end)
    }

    /// Where the reported clause ends: before ", while", ", whereas" or a
    /// semicolon, where the article goes on in its own voice ("…, while 9
    /// percent found …"). A ", but" stays: it usually goes on reporting.
    pub(super) fn clause_end(&self, from: usize, end: usize) -> usize {
        let reach = end.min(from + CONTENT_REACH);
        let dash = |k: usize| matches!(self.text(k), "—" | "–" | "--");
        (from..reach)
            .find(|&k| {
                !self.a.quoted[k]
                    && (self.text(k) == ";"
                        || (self.text(k) == "," && self.a.is(k + 1, &["while", "whereas"]))
                        // "said A — a boost for B": a lone dash after a
                        // clause, before a noun phrase, opens the article's
                        // remark; a pair of dashes sets off words inside
                        // the content.
                        || (dash(k)
                            && k >= from + 4
                            && self.a.is(k + 1, &["a", "an", "the"])
                            && self.is_statement(from..k)
                            && !(k.saturating_sub(16).max(from)..k).any(dash)
                            && !(k + 1..reach.min(k + 16)).any(dash)))
            })
            .unwrap_or(end)
    }

    /// Past who was told: "told him", "told reporters", "told CNN", "told
    /// the Associated Press".
    pub(super) fn skip_hearer(&self, k: usize, end: usize) -> usize {
        if let Some(m) = self.a.mention_at[k] {
            return m.last + 1;
        }
        if self.a.is(k, OBJECT_PRONOUNS) {
            return k + 1;
        }
        if self
            .a
            .is(k, &["the", "a", "an", "his", "her", "their", "its"])
        {
            let mut j = k + 1;
            while j < end && j < k + 4 && self.kind(j) == TokenKind::Word && !self.a.is(j, FINITE) {
                if let Some(m) = self.a.mention_at[j] {
                    return m.last + 1;
                }
                j += 1;
                if self.a.is(j, &["that"]) || self.text(j) == "," {
                    break;
                }
            }
            return j;
        }
        // "told reporters", "told supporters": one plural noun.
        let w = self.text(k);
        if self.kind(k) == TokenKind::Word && w.starts_with(char::is_lowercase) && w.ends_with('s')
        {
            return k + 1;
        }
        k
    }

    /// The content before a source at `source`: from the sentence start to
    /// the comma before it.
    pub(super) fn content_before(&self, start: usize, source: usize) -> Range<usize> {
        if source <= start {
            return start..start;
        }
        let mut from = source.saturating_sub(CONTENT_REACH).max(start);
        // "ZURICH — …": a dateline is no part of what was said.
        if let Some(dash) =
            (from..source.min(from + 8)).find(|&k| matches!(self.text(k), "—" | "–" | "--"))
        {
            let dateline = (from..dash).all(|k| {
                let w = self.text(k);
                self.kind(k) != TokenKind::Word || !w.chars().any(char::is_lowercase)
            });
            if dateline {
                from = dash + 1;
            }
        }
        self.trimmed(from..source)
    }

    /// A range without leading or trailing punctuation, quotation marks
    /// and a joining "and" or "but".
    pub(super) fn trimmed(&self, r: Range<usize>) -> Range<usize> {
        let (mut a, mut b) = (r.start, r.end);
        let edge = |k: usize| {
            matches!(self.kind(k), TokenKind::Punct | TokenKind::QuoteMark)
                && !matches!(self.text(k), "$" | "£" | "€" | "(" | "%")
        };
        while a < b && (edge(a) || self.a.is(a, &["and", "but", "that"])) {
            a += 1;
        }
        while b > a && (edge(b - 1) || self.a.is(b - 1, &["and", "but"])) {
            b -= 1;
        }
        a..b
    }

    /// Whether content reads as a statement: a clause with a finite verb,
    /// and not wholly inside quotation marks (a quote, not reported speech).
    pub(super) fn is_statement(&self, r: Range<usize>) -> bool {
        if r.len() < 2 || self.wholly_quoted(r.clone()) {
            return false;
        }
        r.clone().any(|k| self.finite_at(k, r.start, true))
    }

    /// As [`Reader::is_statement`], for content after a cue: a "that" makes
    /// it a clause; else its first words must hold the verb ("said the plan
    /// was dead", not "called the plan a disaster, which ...").
    pub(super) fn is_statement_after(&self, r: Range<usize>, that: bool, clause: bool) -> bool {
        if r.len() < 2 || self.wholly_quoted(r.clone()) {
            return false;
        }
        if that {
            return true;
        }
        if self.a.is(r.start, CLAUSE_WORDS) {
            return true;
        }
        // "said the day after the vote", "tweeted two hours before …": a
        // time, not what was said.
        if self.a.is(r.start + 1, TIME_SPANS) && self.a.is(r.start + 2, &["after", "before"]) {
            return false;
        }
        // "said at least 14 bridges …" opens with a hedge, not a setting.
        let hedge = self.a.is(r.start + 1, &["least", "most"])
            || (r.start + 1 < r.end && self.kind(r.start + 1) == TokenKind::Number);
        if !hedge && (self.a.is(r.start, NOT_CONTENT_START) || self.a.is(r.start, SETTING_OPENERS))
        {
            return false;
        }
        let words = r
            .clone()
            .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .count();
        if clause && words >= 3 {
            return true;
        }
        if self.a.is(r.start, CLAUSE_WORDS) {
            return true;
        }
        let head_end = (r.start..r.end.min(r.start + 12))
            .find(|&k| {
                matches!(self.text(k), "," | ";" | ":")
                    || self.a.quoted[k]
                    || (k > r.start && self.a.is(k, &["that", "which", "who", "whose", "where"]))
            })
            .unwrap_or(r.end.min(r.start + 12));
        (r.start..head_end).any(|k| self.finite_at(k, r.start, false))
    }

    /// Whether token `k` reads as a verb opening a relative clause ("remarks
    /// that were featured", "incidents that happened").
    pub(super) fn verb_like(&self, k: usize) -> bool {
        let w = self.text(k);
        self.a.is(k, FINITE)
            || self.a.is(k, IRREGULAR_PAST)
            || (w.starts_with(char::is_lowercase) && w.len() > 3 && w.ends_with("ed"))
    }

    /// Whether token `k` looks like a finite verb of a clause starting at
    /// `start`.
    pub(super) fn finite_at(&self, k: usize, start: usize, loose: bool) -> bool {
        if self.kind(k) != TokenKind::Word {
            return false;
        }
        if self.a.is(k, FINITE) || self.a.is(k, IRREGULAR_PAST) || self.text(k).ends_with("n't") {
            return true;
        }
        if k == start || self.a.mention_at[k].is_some() {
            return false;
        }
        let w = self.text(k);
        let lower_word = w.starts_with(char::is_lowercase) && w.len() > 3;
        let after_subject = self.a.is(k - 1, SUBJECT_PRONOUNS)
            || self.a.mention_at[k - 1].is_some()
            || (loose && self.kind(k - 1) == TokenKind::Word && !self.a.is(k - 1, DETERMINERS));
        let determiner_before = self.a.is(k - 1, DETERMINERS);
        lower_word
            && !determiner_before
            && (w.ends_with("ed") || (after_subject && w.ends_with('s')))
    }

    /// Whether every word of the range is inside one or more quotes.
    pub(super) fn wholly_quoted(&self, r: Range<usize>) -> bool {
        r.filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .all(|k| self.a.quoted[k])
    }
}

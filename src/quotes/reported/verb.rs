//! The cue forms read around a verb: "X said (that) …", "…, X said.",
//! "according to X", "…, adding that …", "Asked whether …, X said"; and
//! when a cue reports nothing (negated, an infinitive, after a light verb).

use super::words::{
    ASK, CLAUSE_WORDS, DISCOURSE_LEADS, FINDING_VERBS, HEARER_CUES, NEGATORS, PASSIVE,
    SETTING_OPENERS, SUBORDINATORS,
};
use super::{subject_first, subject_last, Found, Reader, CONTENT_REACH};
use crate::document::TokenKind;
use crate::lexicon::entries;
use crate::quotes::lexicon::{LIGHT_VERBS, SUBJECT_PRONOUNS};
use crate::quotes::speaker::{Cue, CueKind, Speaker, Subject};
use std::ops::Range;

impl Reader<'_, '_, '_> {
    /// Whether the cue at `i` is negated or an infinitive: "did not say
    /// whether", "declined to say", "to predict".
    pub(super) fn negated(&self, i: usize, start: usize) -> bool {
        let from = i.saturating_sub(3).max(start);
        (from..i).any(|k| {
            self.a.is(k, NEGATORS) || self.text(k).ends_with("n't") || self.text(k).ends_with("n’t")
        }) || (i > start && self.a.is(i - 1, &["to"]) && self.light_verb(i, start).is_none())
    }

    /// The light verb before "to" and a cue, which lends it its subject:
    /// "went on to say", "tried to argue". Not "declined to say", which
    /// [`NEGATORS`] refuse.
    pub(super) fn light_verb(&self, i: usize, start: usize) -> Option<usize> {
        if i < start + 2 || !self.a.is(i - 1, &["to"]) {
            return None;
        }
        let mut k = i - 2;
        if self.a.is(k, &["on"]) && k > start {
            k -= 1; // "went on to say"
        }
        self.a.is(k, LIGHT_VERBS).then_some(k)
    }

    /// "According to X, …" and "…, according to X."
    pub(super) fn according(&self, cue: Cue, s: Range<usize>) -> Option<Found> {
        let i = cue.token;
        let subject = self.a.subject_after(cue, s.end);
        let speaker = subject.map_or_else(Speaker::default, |sub| self.speaker_of(sub, i, i + 1));
        // The source ends at the first comma after it, or the sentence end.
        let source_end = (i + 2..s.end.min(i + 20))
            .find(|&k| self.text(k) == "," || self.a.quoted[k])
            .unwrap_or(s.end);
        let before = self.content_before(s.start, i);
        let subordinate = self.a.is(before.start, SUBORDINATORS) && source_end + 1 < s.end;

        let words = before
            .clone()
            .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .count();
        let statement = words >= 3 && !self.wholly_quoted(before.clone());
        if !subordinate && statement {
            return Some(Found {
                content: before,
                frame: i..source_end,
                cue,
                speaker,
            });
        }
        if source_end < s.end && self.text(source_end) == "," {
            let content = self.trimmed(source_end + 1..s.end.min(source_end + 1 + CONTENT_REACH));
            if content.len() >= 3 && !self.wholly_quoted(content.clone()) {
                return Some(Found {
                    content,
                    frame: s.start.min(i)..source_end + 1,
                    cue,
                    speaker,
                });
            }
        }
        None
    }

    /// "…, adding that …", "a statement saying …": the speaker of the cue
    /// before it in the sentence, or the sentence's first name.
    pub(super) fn participle(
        &self,
        cue: Cue,
        s: Range<usize>,
        earlier: &[Found],
        strong: bool,
    ) -> Option<Found> {
        let i = cue.token;
        let (content, that) = self.content_after(i, s.end, self.a.is(i, HEARER_CUES));
        let clause = self.a.lexicon.takes_clause(self.text(i));
        let said = !content.is_empty()
            && (that || strong)
            && self.is_statement_after(content.clone(), that, clause);
        // "…, blaming the flood on a pump that failed": an object that
        // holds a clause.
        let mut content = if said {
            content
        } else {
            self.object_content(i, s.end)?
        };
        // "Noting that A, Smith said B": the subject after the comma speaks,
        // and A ends there.
        let main_subject = if i == s.start {
            let comma = (content.start + 1..content.end).find(|&k| {
                self.text(k) == ","
                    && k + 1 < content.end
                    && (self.a.mention_at[k + 1].is_some_and(|m| m.first == k + 1)
                        || self.a.is(k + 1, SUBJECT_PRONOUNS))
            });
            comma.map(|k| {
                content = self.trimmed(content.start..k);
                let subject = match self.a.mention_at[k + 1] {
                    Some(m) => Subject::Named(m),
                    None => Subject::Pronoun(k + 1),
                };
                self.a.resolve(subject, k + 1)
            })
        } else {
            None
        };
        // "X, while denying A, said B": the subject of the finite cue after.
        let later = || {
            (i + 1..s.end.min(i + 40))
                .filter(|&k| self.a.cue_at(k).is_some_and(|c| c.kind == CueKind::Verb))
                .find_map(|k| self.a.subject_before(k, s.start, 0).map(|sub| (sub, k)))
        };
        // A speech noun's owner ("her claim that …") is no subject of the
        // sentence's participles.
        let earlier = earlier
            .iter()
            .rev()
            .find(|f| !self.is_speech_noun(f.cue.token));
        // "has responded to A by pointing to B": the finite verb's subject.
        let by_verb = || {
            (s.start..i)
                .rev()
                .take(12)
                .find(|&k| self.verb_like(k))
                .and_then(|k| self.a.subject_before(k, s.start, 0).map(|sub| (sub, k)))
        };
        let speaker = match earlier {
            _ if main_subject.is_some() => main_subject.clone().unwrap_or_default(),
            Some(f) => f.speaker.clone(),
            None if i > s.start && self.a.is(i - 1, &["by"]) => match by_verb() {
                Some((sub, k)) => self.speaker_of(sub, k, s.start),
                None => Speaker::default(),
            },
            None if i > s.start && self.a.is(i - 1, &["while", "when", "after"]) => match later() {
                Some((sub, k)) => self.speaker_of(sub, k, s.start),
                None => Speaker::default(),
            },
            None => match self.a.clause_subject(s.start, i) {
                Some(sub) => self.a.resolve(sub, i),
                None => Speaker::default(),
            },
        };
        Some(Found {
            content,
            frame: i..i + 1,
            cue,
            speaker,
        })
    }

    /// "X said (that) …", "…, X said.", "…, said X.", "The economy, he
    /// said, is booming."
    pub(super) fn verb(&self, cue: Cue, s: Range<usize>, strong: bool) -> Option<Found> {
        let i = cue.token;
        // "…, said X": the subject follows, whatever precedes the comma.
        let inverted = i > s.start
            && (self.text(i - 1) == "," || self.kind(i - 1) == TokenKind::QuoteMark)
            && self.a.subject_after(cue, s.end).is_some_and(|sub| {
                let rest = self.skip_time(subject_last(sub) + 1, s.end);
                // "…, blamed Smith for the fire": an object cue's object.
                let object = self.object_cue(i).is_some();
                self.names_source(sub)
                    && (rest >= s.end
                        || self.is_closing(rest)
                        || !object
                            && self.a.is(
                                rest,
                                &[
                                    ",", "of", "at", "in", "on", "during", "with", "to", "for",
                                    "from",
                                ],
                            ))
            });
        let before = if inverted {
            None
        } else {
            // "Clinton wrongly claimed", "critics soon noted": past an adverb.
            let verb_at = self.light_verb(i, s.start).unwrap_or(i);
            self.a.subject_before(verb_at, s.start, 0).or_else(|| {
                let adverb = i > s.start + 1
                    && self.kind(i - 1) == TokenKind::Word
                    && self.text(i - 1).starts_with(char::is_lowercase)
                    && (self.text(i - 1).ends_with("ly") || self.a.is(i - 1, &["soon"]));
                if adverb {
                    self.a.subject_before(i - 1, s.start, 0)
                } else {
                    None
                }
            })
        };
        // "was told that", "are found slain": passive.
        let passive = i > s.start && self.a.is(i - 1, PASSIVE);
        // Words that report only statements ("found", "shows") need a "that".
        let quote_cue = self.a.cue_at(i).is_some();
        // "the upcoming states would …": a cue that is also a plural noun
        // needs a subject that can speak.
        let noun_like = self.text(i).ends_with('s');
        let before = before.filter(|&sub| {
            self.plausible_source(sub)
                && (!noun_like
                    || match sub {
                        Subject::Named(_) | Subject::Pronoun(_) => true,
                        Subject::Description { head, .. } => {
                            let w = self.text(head);
                            self.is_document(Some(sub))
                                || self.a.lexicon.is_role(w)
                                || self.a.lexicon.is_org_noun(w)
                                || self.a.lexicon.is_generic_org_noun(w)
                                || w.starts_with(char::is_uppercase)
                        }
                    })
        });
        let (subject, subject_start) = match before {
            Some(sub) => (Some(sub), self.with_titles(subject_first(sub), s.start)),
            // An object cue's noun phrase after it is its object ("decried
            // the plan"), unless set off as an inverted source.
            None => match self
                .a
                .subject_after(cue, s.end)
                .filter(|&sub| self.plausible_source(sub))
                .filter(|_| inverted || self.object_cue(i).is_none())
            {
                Some(sub) => (Some(self.whole_source(sub, s.end)), i),
                None => (None, i),
            },
        };
        let subject_after = before.is_none() && subject.is_some();
        let speaker = match subject {
            Some(_) if passive => Speaker::default(),
            Some(sub) => self.speaker_of(sub, i, s.start),
            None => Speaker::default(),
        };
        // Verbs that report only through their object ("blamed", "talked
        // about") take no other content.
        let object_only = !quote_cue && !self.a.lexicon.is_reported_cue(self.text(i));
        if object_only {
            let content = self.object_content(i, s.end).filter(|_| !passive)?;
            return subject.map(|_| Found {
                content,
                frame: subject_start..i + 1,
                cue,
                speaker,
            });
        }
        // Content after the cue: "said (that) …".
        if !subject_after {
            let hearer = self.a.is(i, HEARER_CUES);
            let (mut content, that) = self.content_after(i, s.end, hearer);
            // A poll's findings run on past ", while": "a poll showed Lind
            // ahead, while Hale was at 18 percent".
            if self.is_document(subject)
                && content.end + 1 < s.end
                && self.text(content.end) == ","
                && self.a.is(content.end + 1, &["while", "whereas"])
            {
                let more = content.end + 2;
                content = self.trimmed(content.start..self.clause_end(more, s.end));
            }
            // A question is reported by its clause: "asked (him) whether …".
            if self.a.is(i, ASK) && !(that || self.a.is(content.start, CLAUSE_WORDS)) {
                return None;
            }
            // Documents and polls report phrases too: "a poll showed Smith
            // ahead".
            let clause =
                (self.a.lexicon.takes_clause(self.text(i)) && !hearer) || self.is_document(subject);
            // "He found shelter in a barn": a finding verb reports without
            // "that" only for a document ("the audit found the books short").
            let finding = self.a.is(i, FINDING_VERBS) && !that && !self.is_document(subject);
            if !content.is_empty()
                && !finding
                && (that || strong || clause || !quote_cue)
                && (that || !passive)
                && (that
                    || quote_cue
                    || clause
                    || self.is_statement_after(content.clone(), false, false))
                && self.is_statement_after(content.clone(), that, clause)
            {
                if subject.is_none() && !that {
                    return self.asked(cue, content, s);
                }
                return Some(Found {
                    content,
                    frame: subject_start..i + 1,
                    cue,
                    speaker,
                });
            }
            // "blamed the flood on a pump that failed": an object that
            // holds a clause.
            if let (Some(_), false, Some(content)) =
                (subject, passive, self.object_content(i, s.end))
            {
                return Some(Found {
                    content,
                    frame: subject_start..i + 1,
                    cue,
                    speaker,
                });
            }
        }
        if passive || subject.is_none() || (!strong && quote_cue) {
            return None;
        }
        // Content before: "…, X said." The cue and its source end the
        // sentence, or break it: "The economy, he said, is booming."
        let source_end = match subject {
            Some(Subject::Named(m)) if subject_after => m.last + 1,
            Some(Subject::Description { last, .. }) if subject_after => last + 1,
            Some(Subject::Pronoun(p)) if subject_after => p + 1,
            // "…, the mayor told reporters.": past who was told.
            _ if self.a.is(i, HEARER_CUES) && i + 1 < s.end => self.skip_hearer(i + 1, s.end),
            _ => i + 1,
        };
        let rest = self.skip_time(source_end, s.end);
        let before = self.content_before(s.start, subject_start);
        // The content ends at the comma (or closing mark) before the source:
        // "…,” White House spokesman Tom Hart said" leaves the title out.
        let set_off = subject_start > s.start
            && (self.text(subject_start - 1) == ","
                || self.kind(subject_start - 1) == TokenKind::QuoteMark);
        if before.is_empty() || !set_off {
            return None;
        }
        let ends = (rest..s.end).all(|k| self.is_closing(k));
        if !quote_cue && !ends {
            return None;
        }
        if ends {
            let words = before
                .clone()
                .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
                .count();
            let statement = self.is_statement(before.clone())
                || (quote_cue && words >= 3 && !self.wholly_quoted(before.clone()));
            return statement.then_some(Found {
                content: before,
                frame: subject_start..source_end,
                cue,
                speaker,
            });
        }
        // Split content: the longer part stands for both.
        if self.text(rest) == "," && self.text(subject_start.saturating_sub(1)) == "," {
            let after = self.trimmed(rest + 1..s.end.min(rest + 1 + CONTENT_REACH));
            let whole = before.start..after.end;
            // "At a rally, Smith said, “…”" is a quote with a setting, not
            // split content.
            let quoted_after = (rest + 1..after.end.min(rest + 3))
                .any(|k| self.kind(k) == TokenKind::QuoteMark || self.a.quoted[k]);
            // "In other words, he said, “…”": a short lead the quote
            // completes; the quote, the longer part, stands for both.
            if quoted_after && self.leads_quote(before.clone(), after.clone()) {
                return Some(Found {
                    content: after,
                    frame: subject_start..rest + 1,
                    cue,
                    speaker,
                });
            }
            if quoted_after
                || self.a.is(before.start, SETTING_OPENERS)
                || self.text(before.start).ends_with("ing")
            {
                return None;
            }
            // "…, X said on Tuesday, after a week of …": a setting follows.
            if !self.a.is(after.start, SETTING_OPENERS) && self.is_statement(whole) {
                let content = if after.len() > before.len() {
                    after
                } else {
                    before
                };
                return Some(Found {
                    content,
                    frame: subject_start..rest + 1,
                    cue,
                    speaker,
                });
            }
        }
        // "…, said Ms. Gil, with games of …": an aside after the source.
        if self.text(rest) == "," && self.is_statement(before.clone()) {
            return Some(Found {
                content: before,
                frame: subject_start..source_end,
                cue,
                speaker,
            });
        }
        None
    }

    /// "Asked whether the plan would work, Smith said …", "when asked why":
    /// the question put to a source by an unnamed asker. It ends at the
    /// comma before the answer's subject.
    pub(super) fn asked(&self, cue: Cue, content: Range<usize>, s: Range<usize>) -> Option<Found> {
        let i = cue.token;
        let opens = i == s.start || self.a.is(i - 1, &["when", "after", "once"]);
        if !self.a.is(i, ASK) || !opens || !self.a.is(content.start, CLAUSE_WORDS) {
            return None;
        }
        let answer = (content.start + 1..content.end).find(|&k| {
            self.text(k) == ","
                && k + 1 < content.end
                && (self.a.mention_at[k + 1].is_some() || self.a.is(k + 1, SUBJECT_PRONOUNS))
        });
        let content = self.trimmed(content.start..answer.unwrap_or(content.end));
        // Before a direct answer the question is the quote's setting, as
        // "At a rally" is: "Asked about the plan, she said, “…”".
        let quoted_answer = (content.end..s.end.min(content.end + 12))
            .any(|k| self.a.quoted[k] || self.kind(k) == TokenKind::QuoteMark);
        (content.len() >= 2 && !quoted_answer).then_some(Found {
            content,
            frame: i..i + 1,
            cue,
            speaker: Speaker::default(),
        })
    }

    /// Whether `before`, the first part of split content, is a short lead
    /// the quote in `after` completes: a discourse opener ("In other
    /// words", "As for the budget") or a quote that goes on in lower case
    /// ("No plan, he said, “will survive the winter.”").
    pub(super) fn leads_quote(&self, before: Range<usize>, after: Range<usize>) -> bool {
        let words = before
            .clone()
            .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .count();
        if words == 0 || words > 8 {
            return false;
        }
        // The lead is the opener alone, or "As for" and what it names.
        let opener = entries(DISCOURSE_LEADS).any(|(lead, _)| {
            let whole = lead.split(' ').count() == before.len() || lead == "as for";
            whole
                && lead.split(' ').enumerate().all(|(n, w)| {
                    before.start + n < before.end && self.a.is(before.start + n, &[w])
                })
        });
        let first_word = after
            .clone()
            .find(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number));
        let goes_on = first_word.is_some_and(|k| self.text(k).starts_with(char::is_lowercase))
            && !self.a.is(before.start, SETTING_OPENERS);
        opener || goes_on
    }
}

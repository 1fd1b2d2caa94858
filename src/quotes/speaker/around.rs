//! Where to look for a quote's attribution: the windows around a passage,
//! then in order right after it, before it in its sentence, later in its
//! closing sentence and in the next sentence; each place a bounded window.

use super::words::{CLAUSE_OPENERS, NOT_FINITE, SOURCE_CUES};
use super::{Attribution, Attributor, Cue, CueKind, Placement, Speaker, Subject, Windows, WINDOW};
use crate::document::TokenKind;
use crate::quotes::lexicon::CueStrength;
use crate::quotes::marks::QuotedPassage;

impl Attributor<'_, '_> {
    /// The attribution of a passage from its own sentences: right after it,
    /// before it, later in its closing sentence, or the next short sentence.
    /// `previous_end` and `next_open` bound the windows by the neighbouring
    /// passages.
    pub fn attribute(
        &self,
        p: &QuotedPassage,
        previous_end: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Attribution> {
        let w = self.windows(p, previous_end, next_open);
        let (right_after, stop) = self.right_after(p, &w);
        // "someone shouted, “A,” Beck joked, “B”": a cue that opens the
        // quote with a comma or colon keeps it when another quote of the
        // sentence follows the cue after it, which then introduces that one.
        if right_after.is_some() && w.cut_by_next {
            let opened = self
                .before_attribution(p, w.before.start, w.before.end)
                .filter(|b| {
                    b.cue.token + 2 == p.open
                        && matches!(self.doc.token_text(b.cue.token + 1), "," | ":")
                        && (b.speaker.entity.is_some() || b.speaker.text.is_some())
                });
            if opened.is_some() {
                return opened;
            }
        }
        right_after
            .or_else(|| self.before_attribution(p, w.before.start, w.before.end))
            .or_else(|| self.later_in_sentence(p, &w, stop))
            .or_else(|| self.next_sentence(p, next_open))
    }

    /// The windows around a passage: from the start of its opening
    /// sentence to its opening mark, and from its closing mark to the end of
    /// the closing sentence; bounded in length and by the neighbouring quotes.
    fn windows(
        &self,
        p: &QuotedPassage,
        previous_end: Option<usize>,
        next_open: Option<usize>,
    ) -> Windows {
        let doc = self.doc;
        let mut cut_by_next = false;
        let after = match p.close {
            Some(c) => {
                let s = &doc.sentences[doc.tokens[c].sentence];
                let mut end = s.tokens.end.min(c + 1 + WINDOW);
                if let Some(o) = next_open.filter(|&o| o < end) {
                    end = o;
                    cut_by_next = true;
                }
                c + 1..end.max(c + 1)
            }
            None => p.last + 1..p.last + 1,
        };
        let before_end = p.open;
        let mut before_start = doc.sentences[doc.tokens[p.open].sentence]
            .tokens
            .start
            .max(p.open.saturating_sub(WINDOW));
        if let Some(e) = previous_end {
            before_start = before_start.max((e + 1).min(before_end));
        }
        Windows {
            before: before_start..before_end,
            after,
            cut_by_next,
        }
    }

    /// First: a cue among the first tokens after the quote, with at most a short
    /// subject between ("“…,” the minister said", "“…,” said X"). Also where
    /// the search stopped: cues beyond belong to later in the sentence.
    fn right_after(&self, p: &QuotedPassage, w: &Windows) -> (Option<Attribution>, usize) {
        let (start, end) = (w.after.start, w.after.end);
        let near_end = end.min(start + 16);
        for i in start..near_end {
            let Some(cue) = self.cue_at(i) else {
                // Words that start a new clause end the search.
                let clause_start = (start..i).all(|k| self.is_punct(k));
                let after_comma = i > start && self.doc.token_text(i - 1) == ",";
                if self.is(i, CLAUSE_OPENERS)
                    || ((clause_start || after_comma) && self.is(i, &["and", "but", "or"]))
                {
                    return (None, i);
                }
                continue;
            };
            // A weak cue far from the quote reports it only when all that
            // stands between is its subject ("“…?” a staffer in the room
            // wondered"), not when another clause does.
            if (cue.kind == CueKind::Participle || cue.strength == CueStrength::Weak)
                && i > start + 3
                && !(cue.kind == CueKind::Verb && self.subject_fills(start, i))
            {
                return (None, i + 1);
            }
            // "a project she has called “…”": a cue whose object is the
            // next quote belongs to that quote; not a finite verb when a
            // comma closes this one ("“…,” he said on “Meet the Press”").
            let own_cue = cue.kind == CueKind::Verb && self.closes_on_comma(p);
            if w.cut_by_next && !own_cue && (i + 1..end).all(|k| !self.is_punct(k)) {
                return (None, i + 1);
            }
            let has_words_before = (start..i).any(|k| self.doc.tokens[k].kind == TokenKind::Word);
            let subject = if has_words_before {
                self.subject_before(i, start, 0)
            } else if cue.kind == CueKind::Participle {
                // "“…,” promising the club will return": a participle
                // borrows the subject before the quote; what follows it is
                // its content.
                None
            } else {
                self.subject_after(cue, end)
            };
            if let Some(s) = subject {
                // "dismissed the reports as “baseless”, state media
                // reported": the outlet is the source, the speaker is before.
                if self.is(i, SOURCE_CUES) {
                    let before = self.before_attribution(p, w.before.start, w.before.end);
                    if let Some(before) = before.filter(|b| b.speaker.entity.is_some()) {
                        return (Some(before), i + 1);
                    }
                }
                return (
                    Some(self.attribution(cue, Placement::After, s, p.first)),
                    i + 1,
                );
            }
            if cue.kind != CueKind::According {
                return (None, i + 1);
            }
        }
        (None, near_end)
    }

    /// Whether the subject before the cue at `verb` is all that follows
    /// the closing mark at `start` (past punctuation).
    fn subject_fills(&self, start: usize, verb: usize) -> bool {
        let Some(first_word) = (start..verb).find(|&k| !self.is_punct(k)) else {
            return false;
        };
        match self.subject_before(verb, start, 0) {
            Some(Subject::Description { first, .. }) => first == first_word,
            Some(Subject::Named(m)) => m.first == first_word,
            _ => false,
        }
    }

    /// Whether a comma ends the passage, inside or right after its closing
    /// mark ("“…,” she said"): what follows is its attribution.
    fn closes_on_comma(&self, p: &QuotedPassage) -> bool {
        let Some(c) = p.close else { return false };
        (p.last + 1..c).any(|k| self.doc.token_text(k) == ",") || self.is(c + 1, &[","])
    }

    /// Third: a cue later in the closing sentence, from `stop` on: "It was “too
    /// early” to predict ..., the council said."
    fn later_in_sentence(
        &self,
        p: &QuotedPassage,
        w: &Windows,
        stop: usize,
    ) -> Option<Attribution> {
        let near_end = w.after.end.min(w.after.start + 16);
        let far_end = if w.cut_by_next { near_end } else { w.after.end };
        for i in stop..far_end {
            let Some(cue) = self.cue_at(i) else { continue };
            if cue.strength == CueStrength::Weak || cue.kind == CueKind::Participle {
                continue;
            }
            // "too early to predict whether ...": an infinitive reports nothing.
            if i > w.after.start && self.is(i - 1, NOT_FINITE) {
                continue;
            }
            let subject = self
                .subject_before(i, w.after.start, 0)
                .or_else(|| self.subject_after(cue, w.after.end));
            if let Some(s) = subject {
                return Some(self.attribution(cue, Placement::FarAfter, s, p.first));
            }
        }
        None
    }

    /// Last: the next sentence, when the quote ends its own and the next opens
    /// with an attribution: "“…” Smith said."
    fn next_sentence(&self, p: &QuotedPassage, next_open: Option<usize>) -> Option<Attribution> {
        let doc = self.doc;
        let c = p.close?;
        let s = doc.tokens[c].sentence;
        if doc.sentences[s].tokens.end.saturating_sub(c + 1) > 1 {
            return None;
        }
        let next = doc
            .sentences
            .get(s + 1)
            .filter(|n| n.paragraph == doc.sentences[s].paragraph)?;
        let (start, end) = (next.tokens.start, next.tokens.end);
        if next_open.is_some_and(|o| o < end) {
            return None;
        }
        let i = (start..end.min(start + 5)).find(|&i| self.cue_at(i).is_some())?;
        let cue = self.cue_at(i)?;
        if cue.strength == CueStrength::Weak || cue.kind != CueKind::Verb {
            return None;
        }
        let subject = self
            .subject_before(i, start, 0)
            .or_else(|| self.subject_after(cue, end))
            .filter(|s| !matches!(s, Subject::Description { .. }))?;
        // "Smith said." or "Smith said on Monday.": the sentence is only
        // the attribution.
        let alone = end - i <= 7 && !(i + 1..end).any(|k| self.is(k, &["that"]));
        let placement = if alone {
            Placement::SentenceAfter
        } else {
            Placement::NextSentence
        };
        Some(self.attribution(cue, placement, subject, p.first))
    }

    /// The nearest cue before a quote, within `start..end`, whose subject is
    /// found; failing that, the nearest cue with no speaker.
    fn before_attribution(
        &self,
        p: &QuotedPassage,
        start: usize,
        end: usize,
    ) -> Option<Attribution> {
        let mut subjectless: Option<Cue> = None;
        // "said doctors ought to ask patients “…”": an infinitive cue yields
        // to a finite one earlier in the window, if there is one.
        let mut infinitive: Option<Attribution> = None;
        for i in (start..end).rev() {
            let Some(cue) = self.cue_at(i) else { continue };
            if cue.strength == CueStrength::Weak && end - i > 3 {
                continue;
            }
            if let Some(s) = self.subject_for_cue_before(cue, start, end) {
                let found = self.attribution(cue, Placement::Before, s, p.first);
                if i > start && self.is(i - 1, &["to"]) {
                    infinitive = infinitive.or(Some(found));
                    continue;
                }
                return Some(found);
            }
            if cue.kind == CueKind::Verb && subjectless.is_none() {
                subjectless = Some(cue);
            }
        }
        if infinitive.is_some() {
            return infinitive;
        }
        // "described Israel as a “…”" with no subject found: keep the cue,
        // the speaker stays unknown.
        if let Some(cue) = subjectless {
            return Some(Attribution {
                cue,
                placement: Placement::Before,
                speaker: Speaker::default(),
            });
        }
        None
    }

    fn attribution(
        &self,
        cue: Cue,
        placement: Placement,
        subject: Subject,
        quote_start: usize,
    ) -> Attribution {
        Attribution {
            cue,
            placement,
            speaker: self.resolve(subject, cue.token.min(quote_start)),
        }
    }
}

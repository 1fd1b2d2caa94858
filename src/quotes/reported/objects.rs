//! Content that is a cue's object or a speech noun's clause: object cues
//! ("blamed the flood on a pump that failed", `object` in
//! `data/reported_cues.txt`) and speech nouns ("her claim that …", `noun`).

use super::words::{NOT_CONTENT_START, SETTING_OPENERS};
use super::{Found, Reader, CONTENT_REACH, REPORTED_CUES};
use crate::document::TokenKind;
use crate::quotes::lexicon::{CueStrength, DETERMINERS, SUBJECT_PRONOUNS};
use crate::quotes::speaker::{Cue, CueKind, Speaker, Subject};
use std::ops::Range;

impl Reader<'_, '_, '_> {
    /// The particles an object cue's content follows ("" for none), or
    /// `None` when the word at `i` is no object cue.
    pub(super) fn object_cue(&self, i: usize) -> Option<&'static str> {
        let value = REPORTED_CUES.get(self.a.doc.lower(i))?;
        value.strip_prefix("object").map(str::trim)
    }

    /// Whether the word at `i` is a speech noun ("claim", "warning").
    pub(super) fn is_speech_noun(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word
            && !self.a.quoted[i]
            && REPORTED_CUES.get(self.a.doc.lower(i)) == Some("noun")
    }

    /// The content of an object cue at `i`: its object, past the cue's
    /// particle, when the object holds a finite verb ("blamed the flood on
    /// a pump that failed", "talked about how the plan would work"). An
    /// object without one is a phrase ("criticized the plan"), no statement.
    pub(super) fn object_content(&self, i: usize, end: usize) -> Option<Range<usize>> {
        let particles = self.object_cue(i)?;
        let mut k = i + 1;
        if !particles.is_empty() {
            if !particles.split(' ').any(|p| self.a.is(k, &[p])) {
                return None;
            }
            k += 1;
        } else if self.a.is(k, NOT_CONTENT_START) || self.a.is(k, SETTING_OPENERS) {
            return None;
        }
        let k = self.skip_time(k, end);
        let end = self.clause_end(k, end);
        let content = self.trimmed(k..end.min(k + CONTENT_REACH));
        // "a poll released on Tuesday showed …": a participle, no object.
        if content.is_empty() || self.verb_like(content.start) {
            return None;
        }
        // The verb must be the object's own, before any cue inside it
        // ("blamed the press for her claim that …" holds only a phrase).
        let own = content.start
            ..(content.start + 1..content.end)
                .find(|&j| self.cue_at(j).is_some() || self.is_speech_noun(j))
                .unwrap_or(content.end);
        // Nor past a comma opening a remark on the object, in the article's
        // voice, which the content leaves out: "praised the plan, which was
        // approved in May", "released the files, with more to come",
        // "…, bringing the total to 90".
        let remark = (content.start + 1..content.end).find(|&j| {
            let next = j + 1;
            self.text(j) == ","
                && next < content.end
                && (self.a.is(next, &["which", "who", "where", "with"])
                    || (self.text(next).ends_with("ing")
                        && self.text(next).starts_with(char::is_lowercase)
                        && !self.a.is(next, &["including"])))
        });
        let content = self.trimmed(content.start..remark.unwrap_or(content.end));
        let own = content.start..own.end.min(content.end);
        let holds_verb = own.clone().any(|j| self.object_verb(j, own.start));
        (content.len() >= 3 && holds_verb && !self.wholly_quoted(content.clone()))
            .then_some(content)
    }

    /// Whether token `k` is a finite verb inside an object starting at
    /// `start`: as [`Reader::finite_at`] reads one, or any verb after "who"
    /// or "which" ("people who oppose the plan").
    pub(super) fn object_verb(&self, k: usize, start: usize) -> bool {
        self.finite_at(k, start, false)
            || (k > start
                && self.a.is(k - 1, &["which", "who"])
                && self.kind(k) == TokenKind::Word
                && self.text(k).starts_with(char::is_lowercase)
                && !self.a.is(k, DETERMINERS)
                && !self.a.is(k, SUBJECT_PRONOUNS))
    }

    /// A speech noun at `i` and its "that" clause: "her claim that …",
    /// "the mayor's warning on Friday that …", "his argument was that …".
    /// The owner ("her", "the mayor's", "a report by the council") speaks.
    pub(super) fn speech_noun(&self, i: usize, s: Range<usize>) -> Option<Found> {
        if !self.is_speech_noun(i) {
            return None;
        }
        // Back over adjectives to the determiner or owner: "Trump's false
        // claims", "a common refrain".
        let mut first = None;
        let mut owner = None;
        let mut k = i;
        while k > s.start && k + 4 > i {
            let t = k - 1;
            if self.kind(t) == TokenKind::Possessive {
                let m = self.a.mention_at[t].or(if t > s.start {
                    self.a.mention_at[t - 1]
                } else {
                    None
                });
                owner = m.map(Subject::Named);
                first = Some(m.map_or(t, |m| m.first));
                break;
            }
            if self.a.is(t, &["his", "her", "their", "its"]) {
                owner = Some(Subject::Pronoun(t));
                first = Some(t);
                break;
            }
            if self.a.is(t, DETERMINERS) {
                first = Some(t);
                break;
            }
            let adjective = self.kind(t) == TokenKind::Word
                && self.text(t).starts_with(char::is_lowercase)
                && !self.verb_like(t)
                && self.cue_at(t).is_none();
            if !adjective {
                return None;
            }
            k = t;
        }
        let first = first?;
        // On to "that", past a time or a "by" naming the owner: "his claim
        // in November that", "a report by the council that", "was that".
        let reach = s.end.min(i + 8);
        let mut j = i + 1;
        while j < reach && !self.a.is(j, &["that"]) {
            let word = matches!(self.kind(j), TokenKind::Word | TokenKind::Number);
            let linking = self.a.is(j, &["was", "is"]) && self.a.is(j + 1, &["that"]);
            if self.a.quoted[j] || !word || (self.verb_like(j) && !linking) {
                return None;
            }
            if owner.is_none() && self.a.is(j, &["by"]) {
                owner = self
                    .a
                    .mention_at
                    .get(j + 1)
                    .copied()
                    .flatten()
                    .map(Subject::Named);
            }
            j += 1;
        }
        if j >= reach {
            return None;
        }
        let mut end = self.clause_end(j + 1, s.end).min(j + 1 + CONTENT_REACH);
        // "Despite her claim that A, the court ruled …": a fronted phrase
        // ends at the comma before the main clause.
        if self.a.is(s.start, SETTING_OPENERS) || self.a.is(s.start, &["despite", "amid"]) {
            end = (j + 2..end)
                .find(|&k| {
                    self.text(k) == ","
                        && k + 1 < end
                        && (self.a.is(k + 1, DETERMINERS)
                            || self.a.is(k + 1, SUBJECT_PRONOUNS)
                            || self.a.mention_at[k + 1].is_some())
                })
                .unwrap_or(end);
        }
        let content = self.trimmed(j + 1..end);
        // "the claim that was made": a relative clause.
        if content.len() < 2 || self.verb_like(content.start) || self.wholly_quoted(content.clone())
        {
            return None;
        }
        let speaker = owner.map_or_else(Speaker::default, |o| self.speaker_of(o, i, s.start));
        Some(Found {
            content,
            frame: first..j + 1,
            cue: Cue {
                token: i,
                kind: CueKind::Verb,
                strength: CueStrength::Weak,
            },
            speaker,
        })
    }
}

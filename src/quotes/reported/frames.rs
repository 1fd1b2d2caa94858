//! Statements without a reporting verb: a headline's source before a colon
//! ("Lind: Bridge Is Safe"), "reportedly" and "allegedly", and a finding
//! in the words of a poll the sentence opens with ("In a May poll, …").

use super::{Found, Reader, CONTENT_REACH};
use crate::document::TokenKind;
use crate::quotes::lexicon::{CueStrength, DETERMINERS};
use crate::quotes::speaker::{Cue, CueKind, Speaker, Subject};
use std::ops::Range;

impl Reader<'_, '_, '_> {
    /// A headline giving a source's words after a colon: "Lind: Bridge Is
    /// Safe". Only in a paragraph without closing punctuation, and only a
    /// person or organisation named first.
    pub(super) fn headline_colon(&self, s: Range<usize>) -> Option<Found> {
        let doc = self.a.doc;
        let first = (s.start..s.end.min(s.start + 3)).find(|&k| self.a.mention_at[k].is_some())?;
        let m = self.a.mention_at[first]?;
        let colon = m.last + 1;
        let titles_only = (s.start..first)
            .all(|k| self.text(k).starts_with(char::is_uppercase) || self.text(k) == ".");
        if !titles_only
            || colon + 1 >= s.end
            || self.text(colon) != ":"
            || !matches!(
                self.a.entities[m.entity].kind,
                crate::model::EntityKind::Person | crate::model::EntityKind::Organization
            )
        {
            return None;
        }
        let paragraph = &doc.paragraphs[doc.tokens[s.start].paragraph];
        let last = (paragraph.tokens.start..paragraph.tokens.end)
            .rev()
            .find(|&k| self.kind(k) != TokenKind::QuoteMark)?;
        let first_paragraph = doc.tokens[s.start].paragraph == 0;
        let headline = paragraph.tokens.len() < 40
            && (first_paragraph || !matches!(self.text(last), "." | "!" | "?"));
        let content = self.trimmed(colon + 1..s.end);
        if !headline || content.len() < 2 || self.wholly_quoted(content.clone()) {
            return None;
        }
        Some(Found {
            content,
            frame: s.start..colon + 1,
            cue: Cue {
                token: colon,
                kind: CueKind::Verb,
                strength: CueStrength::Strong,
            },
            speaker: Speaker {
                entity: Some(m.entity),
                text: None,
            },
        })
    }

    /// "The firm has reportedly sold its mill": a statement reported by no
    /// named source. The adverb splits the clause; the longer part stands
    /// for it, which ends before a remark (", leaving …").
    pub(super) fn reportedly(&self, i: usize, s: Range<usize>) -> Option<Found> {
        if !self.a.is(i, &["reportedly", "allegedly"]) || self.a.quoted[i] {
            return None;
        }
        let start = (i.saturating_sub(40).max(s.start)..i)
            .rev()
            .find(|&k| self.text(k) == ",")
            .map_or(s.start, |k| k + 1);
        let end = self.clause_end(i + 1, s.end);
        let end = (i + 2..end)
            .find(|&k| {
                self.text(k) == ","
                    && k + 1 < end
                    && self.text(k + 1).ends_with("ing")
                    && self.text(k + 1).starts_with(char::is_lowercase)
            })
            .unwrap_or(end);
        let before = self.trimmed(start..i);
        let after = self.trimmed(i + 1..end.min(i + 1 + CONTENT_REACH));
        if !self.is_statement(before.start..after.end) {
            return None;
        }
        let content = if after.len() >= before.len() {
            after
        } else {
            before
        };
        (content.len() >= 2).then_some(Found {
            content,
            frame: i..i + 1,
            cue: Cue {
                token: i,
                kind: CueKind::Verb,
                strength: CueStrength::Weak,
            },
            speaker: Speaker::default(),
        })
    }

    /// A finding given in the words of a poll the sentence opens with: "In
    /// a May poll, Lind led Hale 40 to 32." The poll is the source, named
    /// by its words.
    pub(super) fn in_document(&self, s: Range<usize>) -> Option<Found> {
        if !self.a.is(s.start, &["in"]) {
            return None;
        }
        let comma = (s.start + 2..s.end.min(s.start + 10)).find(|&k| self.text(k) == ",")?;
        let head = comma - 1;
        // Only polls: "In a statement, Lind said …" is a setting.
        if !self.a.is(head, &["poll", "polls", "survey", "surveys"])
            || !self.a.is(s.start + 1, DETERMINERS)
            || (s.start..comma).any(|k| self.a.quoted[k])
        {
            return None;
        }
        let content = self.trimmed(comma + 1..self.clause_end(comma + 1, s.end));
        if !self.is_statement(content.clone()) {
            return None;
        }
        let source = Subject::Description {
            first: s.start + 1,
            last: head,
            head,
        };
        Some(Found {
            content,
            frame: s.start..comma + 1,
            cue: Cue {
                token: s.start,
                kind: CueKind::Verb,
                strength: CueStrength::Weak,
            },
            speaker: Speaker {
                entity: None,
                text: self.a.resolve(source, s.start).text,
            },
        })
    }
}

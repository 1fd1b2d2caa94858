//! The subject after a cue, in an inversion: "said Maria Lopez, the
//! mayor", "according to X".

use super::words::INVERSION_STOPS;
use super::{Attributor, Cue, CueKind, MentionRef, Subject};
use crate::document::TokenKind;
use crate::model::EntityKind;
use crate::quotes::lexicon::{DETERMINERS, INDEFINITES};

impl Attributor<'_, '_> {
    /// The subject after a cue: "said X", "according to X".
    pub fn subject_after(&self, cue: Cue, end: usize) -> Option<Subject> {
        let start = if cue.kind == CueKind::According {
            cue.token + 2
        } else {
            cue.token + 1
        };
        if start >= end {
            return None;
        }
        if self.is(start, &["he", "she"]) {
            return Some(Subject::Pronoun(start));
        }
        let mut persons: Vec<MentionRef> = Vec::new();
        let mut others: Vec<MentionRef> = Vec::new();
        let mut k = start;
        let mut words_before_mention = 0;
        while k < end && k < start + 10 {
            // "said Rep. Jim Banks": the dot of an abbreviated title.
            let title_dot = self.doc.token_text(k) == "."
                && k > start
                && !self.doc.tokens[k].space_before
                && self.doc.token_text(k - 1).starts_with(char::is_uppercase)
                && self.doc.token_text(k - 1).len() <= 5
                && self.mention_at[k - 1].is_none();
            if title_dot {
                k += 1;
                continue;
            }
            if self.quoted[k] || self.is_punct(k) {
                break;
            }
            if let Some(m) = self.mention_at[k] {
                if self.entities[m.entity].kind == EntityKind::Person {
                    persons.push(m);
                } else {
                    others.push(m);
                }
                k = m.last + 1;
                continue;
            }
            if self.is(k, INVERSION_STOPS) && k > start {
                break;
            }
            if persons.is_empty() && others.is_empty() {
                words_before_mention += 1;
            }
            k += 1;
        }
        // "wrote the ambassador at the time, John Hale": the name in
        // apposition to the description.
        if persons.is_empty() && self.is(start, DETERMINERS) {
            let comma = (k..end.min(k + 8))
                .take_while(|&i| !self.quoted[i])
                .find(|&i| self.doc.token_text(i) == ",");
            if let Some(m) = comma.and_then(|c| self.mention_at.get(c + 1).copied().flatten()) {
                // Closed by a comma or the sentence's end: not the subject
                // of a clause after an opening phrase.
                let closed = m.last + 1 >= end || self.is(m.last + 1, &[",", ".", ";"]);
                if closed && self.entities[m.entity].kind == EntityKind::Person {
                    return Some(Subject::Named(m));
                }
            }
        }
        // "said a spokesman for the ministry": an unnamed speaker.
        if words_before_mention > 0 && self.is(start, DETERMINERS) {
            let head = (start + 1..k).find(|&i| {
                self.lexicon.is_role(self.doc.token_text(i))
                    || self.lexicon.is_org_noun(self.doc.token_text(i))
                    || self.lexicon.is_generic_org_noun(self.doc.token_text(i))
            });
            if let Some(head) = head {
                if persons.is_empty() && others.is_empty() {
                    return Some(Subject::Description {
                        first: start,
                        last: head,
                        head,
                    });
                }
                if self.lexicon.is_role(self.doc.token_text(head))
                    && self.is(head + 1, &["for", "of", "at"])
                {
                    return Some(Subject::Description {
                        first: start,
                        last: k - 1,
                        head,
                    });
                }
            }
        }
        // "said one Republican involved in the planning", "said a Google
        // engineer": one unnamed member, not the group or the company.
        if persons.is_empty() && !others.is_empty() && self.is(start, INDEFINITES) {
            return Some(Subject::Description {
                first: start,
                last: k - 1,
                head: k - 1,
            });
        }
        if let Some(&m) = persons.last() {
            return Some(Subject::Named(m));
        }
        if let Some(&m) = others.first() {
            return Some(Subject::Named(m));
        }
        if k > start
            && self.doc.tokens[start].kind == TokenKind::Word
            && self.cue_at(start).is_none()
        {
            let head = k - 1;
            return Some(Subject::Description {
                first: start,
                last: head,
                head,
            });
        }
        None
    }
}

//! The noun phrase a subject stands in: whether a description is a noun
//! phrase, the description ending at a token, and a named subject seen
//! through "X and Y said" and the phrase around the name.

use super::words::{CLAUSE_OPENERS, NOT_FINITE, NP_STOPS, POSTMODIFIERS, PREPOSITIONS};
use super::{Attributor, MentionRef, Subject};
use crate::document::TokenKind;
use crate::model::EntityKind;
use crate::quotes::lexicon::{BEFORE_VERB, DETERMINERS, SUBJECT_PRONOUNS};

impl Attributor<'_, '_> {
    /// A description widened to end at token `last` ("a staffer" → "a
    /// staffer in the room"), keeping its head, or the noun before a
    /// qualifying word ("people familiar" → "people"); names and pronouns
    /// as they are.
    pub(super) fn spanning_to(&self, subject: Subject, last: usize) -> Subject {
        match subject {
            Subject::Description { first, head, .. } => {
                let head = if head > first && self.is(head, POSTMODIFIERS) {
                    head - 1
                } else {
                    head
                };
                Subject::Description { first, last, head }
            }
            other => other,
        }
    }

    /// Whether a description read back from a verb is a noun phrase, not
    /// the tail of a clause: "for saying", "tried to", "they were
    /// nitpicking", "in the past described" name no speaker.
    pub(super) fn is_noun_phrase(&self, subject: Subject) -> bool {
        let Subject::Description { first, last, head } = subject else {
            return true;
        };
        let function_word = |i: usize| {
            self.is(i, PREPOSITIONS)
                || self.is(i, NOT_FINITE)
                || self.is(i, CLAUSE_OPENERS)
                || self.is(i, NP_STOPS)
                || self.is(i, BEFORE_VERB)
                || self.is(i, &["almost", "where", "do", "there", "here", "past"])
                || self.doc.tokens[i].kind != TokenKind::Word
        };
        let clause_inside = (first..=last).any(|i| {
            self.is(i, SUBJECT_PRONOUNS)
                || self.is(
                    i,
                    &[
                        "is", "are", "was", "were", "has", "have", "had", "do", "does", "did",
                        "where", "when", "to",
                    ],
                )
        });
        !function_word(head) && !function_word(last) && !clause_inside
    }

    /// The noun phrase ending at token `j`: back over words to a
    /// determiner or a stop. In "a spokesman for the ministry" the role is
    /// the head.
    pub(super) fn description_ending_at(&self, j: usize, limit: usize) -> Subject {
        let mut first = j;
        while first > limit && j - first < 6 {
            let i = first - 1;
            let t = self.doc.tokens[i];
            if self.quoted[i]
                || !matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Possessive | TokenKind::Number
                )
            {
                break;
            }
            if self.mention_at[i].is_none() && (self.is(i, NP_STOPS) || self.cue_at(i).is_some()) {
                break;
            }
            first = i;
            if self.is(i, DETERMINERS) {
                break;
            }
        }
        if first >= limit + 2
            && self.is(first - 1, &["for", "of", "at", "from"])
            && self.lexicon.is_role(self.doc.token_text(first - 2))
        {
            let head = first - 2;
            let mut start = head;
            while start > limit
                && head - start < 4
                && self.doc.tokens[start - 1].kind == TokenKind::Word
                && !self.quoted[start - 1]
            {
                start -= 1;
                if self.is(start, DETERMINERS) {
                    break;
                }
            }
            return Subject::Description {
                first: start,
                last: j,
                head,
            };
        }
        Subject::Description {
            first,
            last: j,
            head: j,
        }
    }

    /// A named subject, looking through "X and Y said" to the first name and
    /// through "a spokesman for X said" to the unnamed spokesman.
    pub(crate) fn named_subject(&self, m: MentionRef, limit: usize) -> Subject {
        let mut i = m.first;
        let mut steps = 0;
        while i > limit && steps < 6 {
            i -= 1;
            steps += 1;
            if self.quoted[i] || self.is_punct(i) {
                break;
            }
            if self.is(i, &["and", "&"]) && i > limit {
                // Speakers are people or organisations, whatever kind the
                // entity layer gave each conjunct.
                let speaks = |r: MentionRef| {
                    matches!(
                        self.entities[r.entity].kind,
                        EntityKind::Person | EntityKind::Organization
                    )
                };
                if let Some(other) = self.mention_at[i - 1] {
                    if speaks(other) && speaks(m) {
                        return Subject::Named(other);
                    }
                }
                break;
            }
            // Only determiners between "for" and the name, and the role in
            // lower case: "a spokesman for the ministry", not "High
            // Commissioner for Refugees Antonio Guterres".
            // Before an organisation or place, lower-case words may come
            // between too: "a columnist for the news site Ledger".
            let not_person = self.entities[m.entity].kind != EntityKind::Person;
            let adjacent = (i + 1..m.first).all(|k| {
                self.is(k, DETERMINERS)
                    || not_person
                        && self.doc.tokens[k].kind == TokenKind::Word
                        && self.doc.token_text(k).starts_with(char::is_lowercase)
            });
            if adjacent
                && self.is(i, &["for", "of", "at", "from"])
                && i > limit
                && self.mention_at[i - 1].is_none()
                && self.lexicon.is_role(self.doc.token_text(i - 1))
                && self.doc.token_text(i - 1).starts_with(char::is_lowercase)
            {
                let head = i - 1;
                let mut first = head;
                while first > limit
                    && head - first < 4
                    && self.doc.tokens[first - 1].kind == TokenKind::Word
                    && !self.quoted[first - 1]
                {
                    first -= 1;
                    if self.is(first, DETERMINERS) {
                        break;
                    }
                }
                return Subject::Description {
                    first,
                    last: m.last,
                    head,
                };
            }
            if self.mention_at[i].is_some()
                && self.entities[self.mention_at[i].map_or(0, |x| x.entity)].kind
                    == EntityKind::Person
            {
                break;
            }
        }
        Subject::Named(m)
    }
}

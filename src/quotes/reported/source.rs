//! The speaker of a statement: what its subject refers to, the whole phrase
//! of an unnamed source ("officials at the ministry"), titles before a
//! name, and whether a subject is a document or a plausible source at all.

use super::words::{DOCUMENT_NOUNS, LINKING_PREPOSITIONS, PEOPLE_PLURALS};
use super::Reader;
use crate::document::TokenKind;
use crate::quotes::lexicon::DETERMINERS;
use crate::quotes::speaker::{Speaker, Subject};

impl Reader<'_, '_, '_> {
    /// What a subject refers to; an unnamed source keeps the whole phrase
    /// that names it ("officials at the ministry", "an inquiry into the
    /// reservoir"), not only the noun after the preposition.
    pub(super) fn speaker_of(&self, sub: Subject, at: usize, limit: usize) -> Speaker {
        let speaker = self.a.resolve(sub, at);
        if speaker.entity.is_some() {
            return speaker;
        }
        if let Subject::Description { first, last, head } = sub {
            // "CNN, citing the adviser, revealed": the one citing speaks.
            if first > limit + 1 && self.a.is(first - 1, &["citing", "quoting"]) {
                let mut j = first - 2;
                if self.text(j) == "," && j > limit {
                    j -= 1;
                }
                if let Some(m) = self.a.mention_at[j] {
                    return Speaker {
                        entity: Some(m.entity),
                        text: None,
                    };
                }
            }
            // "said the organiser, Renée Müller": the name in apposition.
            let named = self
                .a
                .mention_at
                .get(last + 2)
                .copied()
                .flatten()
                .filter(|m| {
                    self.a.is(last + 1, &[","])
                        && m.first == last + 2
                        && self.a.lexicon.is_role(self.text(head))
                        && self.a.entities[m.entity].kind == crate::model::EntityKind::Person
                });
            if let Some(m) = named {
                return Speaker {
                    entity: Some(m.entity),
                    text: None,
                };
            }
            if first > limit + 1 && self.a.is(first - 1, LINKING_PREPOSITIONS) {
                if let Some(Subject::Description {
                    first: outer, head, ..
                }) = self.a.subject_before(first - 1, limit, 2)
                {
                    let wide = Subject::Description {
                        first: outer,
                        last,
                        head,
                    };
                    return Speaker {
                        entity: None,
                        text: self.a.resolve(wide, at).text,
                    };
                }
            }
        }
        speaker
    }

    /// A source after its cue with what qualifies it: "said a spokesman
    /// for the council", "said officials at the port".
    pub(super) fn whole_source(&self, sub: Subject, end: usize) -> Subject {
        let Subject::Description { first, last, head } = sub else {
            return sub;
        };
        if !self.a.is(last + 1, LINKING_PREPOSITIONS) {
            return sub;
        }
        let mut k = last + 1;
        while k + 1 < end
            && k < last + 8
            && matches!(
                self.kind(k + 1),
                TokenKind::Word | TokenKind::Possessive | TokenKind::Number
            )
            && !self.a.quoted[k + 1]
            && self.a.cue_at(k + 1).is_none()
        {
            k += 1;
        }
        if k == last + 1 {
            return sub;
        }
        Subject::Description {
            first,
            last: k,
            head,
        }
    }

    /// Where a source starts, with the titles before its name: "Mr. Tom
    /// Vane", "White House press secretary Josh Earnest".
    pub(super) fn with_titles(&self, first: usize, start: usize) -> usize {
        let mut k = first;
        let mut steps = 0;
        while k > start && steps < 6 {
            let t = k - 1;
            let abbreviation = self.text(t) == "."
                && t > start
                && self.text(t - 1).starts_with(char::is_uppercase)
                && self.text(t - 1).len() <= 4;
            // "Portugal's Infrastructure Minister Helena Marques".
            let title_word = self.kind(t) == TokenKind::Word
                && (self.a.lexicon.is_role(self.text(t))
                    || (self.text(t).starts_with(char::is_uppercase)
                        && !self.a.doc.is_sentence_initial(t)));
            if abbreviation {
                k = t - 1;
            } else if title_word || self.kind(t) == TokenKind::Possessive {
                k = t;
            } else {
                break;
            }
            steps += 1;
        }
        k
    }

    /// Whether a subject is a document or a poll, whose findings are
    /// reported as phrases too ("a new poll showed Smith moving ahead").
    pub(super) fn is_document(&self, subject: Option<Subject>) -> bool {
        matches!(subject, Some(Subject::Description { head, .. }) if self.a.is(head, DOCUMENT_NOUNS))
    }

    /// Whether a description can name who speaks: it opens with a
    /// determiner, a capital or a number ("the report", "US officials",
    /// "Twenty-four percent"), or is a plural or role noun ("aides",
    /// "analysts", "people familiar with …"), not a stray phrase
    /// ("eliminating urgency in").
    pub(super) fn plausible_source(&self, sub: Subject) -> bool {
        let Subject::Description { first, head, .. } = sub else {
            return true;
        };
        let w = self.text(first);
        self.a.is(first, DETERMINERS)
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || self.kind(first) == TokenKind::Number
            || self.a.lexicon.is_role(w)
            || self.a.lexicon.is_role(self.text(head))
            || (first == head && self.a.is(head, PEOPLE_PLURALS))
            || [first, head].iter().any(|&k| {
                let w = self.text(k);
                self.kind(k) == TokenKind::Number || (w.ends_with('s') && !w.ends_with("ss"))
            })
    }

    /// Whether a subject found after a cue names a source ("said Ms. Gil",
    /// "said a spokesman"), not the start of the content ("said it has").
    pub(super) fn names_source(&self, sub: Subject) -> bool {
        match sub {
            Subject::Named(_) => true,
            Subject::Pronoun(p) => self.a.is(p, &["he", "she"]),
            Subject::Description { first, head, .. } => {
                let lexicon = self.a.lexicon;
                let word = self.text(head);
                self.a.is(first, DETERMINERS)
                    && (lexicon.is_role(word)
                        || lexicon.is_org_noun(word)
                        || lexicon.is_generic_org_noun(word))
            }
        }
    }
}

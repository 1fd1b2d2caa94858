//! Speakers without a cue before a quote: a name before a colon ("Smith:
//! “…”"), the headline forms ("Lopez: Bridge Plan ‘Dead’", "Vera Holm Says
//! …"), and the latest cue before a quote in earlier sentences.

use super::{Attributor, Cue, CueKind, Speaker, Subject, WINDOW};
use crate::document::{Headline, TokenKind};
use crate::model::EntityKind;
use crate::quotes::lexicon::CueStrength;
use crate::quotes::marks::QuotedPassage;

impl Attributor<'_, '_> {
    /// The speaker introduced by a colon with no reporting verb ("Smith's
    /// answer: “…”"): the latest person named in the sentence before it, or
    /// failing one the latest organisation ("Lena Berg of Umeå University
    /// put it bluntly:" is Berg speaking, not her university).
    pub fn colon_speaker(&self, colon: usize) -> Option<Speaker> {
        let sentence = &self.doc.sentences[self.doc.tokens.get(colon)?.sentence];
        let start = sentence.tokens.start.max(colon.saturating_sub(WINDOW));
        let latest = |kind: EntityKind| {
            (start..colon).rev().find_map(|i| {
                let m = self.mention_at[i].filter(|_| !self.quoted[i])?;
                (self.entities[m.entity].kind == kind).then_some(m.entity)
            })
        };
        // "And she is sure that jailing Ode will backfire:": a pronoun
        // subject opening the sentence (after a conjunction or a
        // subordinate clause) speaks, not a name after it.
        if let Some(Subject::Pronoun(i)) = self.clause_subject(start, colon) {
            let opens = (start..i)
                .all(|k| self.is(k, &["and", "but", "so", "when", "while", "as"]))
                || self.is(start, &["when", "while", "as", "after", "before"]);
            if opens && self.is(i, &["he", "she"]) {
                let speaker = self.resolve(Subject::Pronoun(i), i);
                if speaker.entity.is_some() {
                    return Some(speaker);
                }
            }
        }
        let entity = latest(EntityKind::Person).or_else(|| latest(EntityKind::Organization))?;
        Some(Speaker {
            entity: Some(entity),
            text: None,
        })
    }

    /// The speaker a headline names before a colon ("Lopez: Bridge Plan
    /// ‘Dead in the Water’"): a person or organisation whose name ends
    /// right at a colon among the first tokens of the quote's paragraph.
    pub fn headline_colon_speaker(&self, p: &QuotedPassage) -> Option<Speaker> {
        let paragraph = &self.doc.paragraphs[self.doc.tokens.get(p.open)?.paragraph];
        let start = paragraph.tokens.start;
        let colon = (start + 1..p.open.min(start + 8))
            .find(|&k| self.doc.token_text(k) == ":" && !self.quoted[k])?;
        let Some(m) = self.mention_at[colon - 1].filter(|m| m.last == colon - 1) else {
            return self.headline_surname(colon - 1, start);
        };
        // Only capitalised titles before the name: "Former AG Mukasey:".
        let titled = (start..m.first).all(|k| {
            self.doc.token_text(k).starts_with(char::is_uppercase) || self.doc.token_text(k) == "."
        });
        let speaks = matches!(
            self.entities[m.entity].kind,
            EntityKind::Person | EntityKind::Organization
        );
        (titled && speaks && self.doc.tokens[colon].sentence == self.doc.tokens[p.open].sentence)
            .then_some(Speaker {
                entity: Some(m.entity),
                text: None,
            })
    }

    /// The cue and speaker of a quote in a headline written in Title Case
    /// ("Vera Holm Says Plan ‘Dead in the Water’"), where the cue is
    /// capitalised like every word: a reporting verb before the quote in its
    /// sentence, right after a name. Only for the quote: a headline's
    /// reported speech is the article's to tell.
    pub fn headline_cue(&self, p: &QuotedPassage) -> Option<(Cue, Speaker)> {
        if self.doc.headline_at(p.open) != Some(Headline::Capitals) {
            return None;
        }
        let start = self.doc.sentences[self.doc.tokens[p.open].sentence]
            .tokens
            .start;
        (start.max(p.open.saturating_sub(12))..p.open).find_map(|i| {
            let strong = self.doc.tokens[i].kind == TokenKind::Word
                && !self.quoted[i]
                && self.lexicon.cue(self.doc.token_text(i)) == Some(CueStrength::Strong);
            let m = self.mention_at[i.checked_sub(1)?].filter(|_| strong)?;
            let speaks = matches!(
                self.entities[m.entity].kind,
                EntityKind::Person | EntityKind::Organization
            );
            speaks.then(|| {
                let cue = Cue {
                    token: i,
                    kind: CueKind::Verb,
                    strength: CueStrength::Strong,
                };
                (cue, self.resolve(Subject::Named(m), i))
            })
        })
    }

    /// A person named by the last word of their name alone at token `i`
    /// ("Lopez:" opening a headline the entity layer read no name in).
    fn headline_surname(&self, i: usize, start: usize) -> Option<Speaker> {
        let word = self.doc.token_text(i);
        let bare = (i == start || self.doc.token_text(i - 1).starts_with(char::is_uppercase))
            && word.starts_with(char::is_uppercase)
            && self.doc.tokens[i].kind == TokenKind::Word;
        if !bare {
            return None;
        }
        let mut found = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(word)
        });
        let (entity, _) = found.next()?;
        found.next().is_none().then_some(Speaker {
            entity: Some(entity),
            text: None,
        })
    }

    /// The latest cue before token `before`, back to the start of the
    /// previous paragraph, whose subject is found; with its position.
    pub fn previous_cue(&self, before: usize) -> Option<(usize, Speaker)> {
        let doc = self.doc;
        let paragraph = doc.tokens.get(before)?.paragraph;
        let floor = doc.paragraphs[paragraph.saturating_sub(1)]
            .tokens
            .start
            .max(before.saturating_sub(300));
        for i in (floor..before).rev() {
            let Some(cue) = self.cue_at(i) else { continue };
            if cue.strength == CueStrength::Weak || cue.kind == CueKind::Participle {
                continue;
            }
            let sentence = &doc.sentences[doc.tokens[i].sentence];
            let start = sentence.tokens.start;
            let subject = match cue.kind {
                CueKind::According => self.subject_after(cue, sentence.tokens.end),
                _ => self.subject_before(i, start, 0),
            };
            if let Some(s) = subject {
                return Some((i, self.resolve(s, i)));
            }
        }
        None
    }
}

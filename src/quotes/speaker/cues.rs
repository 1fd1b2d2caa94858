//! The cue at a token: a reporting verb, a participle or "according to",
//! found once for every token when the [`Attributor`] is made, and its text.

use super::words::REQUEST_VERBS;
use super::{Attributor, Cue, CueKind};
use crate::document::TokenKind;
use crate::quotes::lexicon::{CueStrength, DETERMINERS};

impl Attributor<'_, '_> {
    /// The cue at token `i`, if any.
    pub fn cue_at(&self, i: usize) -> Option<Cue> {
        self.cues.get(i).copied().flatten()
    }

    pub(super) fn find_cue(&self, i: usize) -> Option<Cue> {
        let cue = self.word_cue_at(i)?;
        // "asked Iran to deliver", "urged them to": a request, not a report.
        if self.is(i, REQUEST_VERBS) && (i + 1..i + 5).any(|k| self.is(k, &["to"])) {
            return None;
        }
        Some(cue)
    }

    fn word_cue_at(&self, i: usize) -> Option<Cue> {
        let t = self.doc.tokens.get(i)?;
        if t.kind != TokenKind::Word || self.quoted[i] {
            return None;
        }
        let word = self.doc.token_text(i);
        if word.eq_ignore_ascii_case("according") && self.is(i + 1, &["to"]) {
            return Some(Cue {
                token: i,
                kind: CueKind::According,
                strength: CueStrength::Strong,
            });
        }
        // A capitalised cue inside a sentence is a name ("Said"), not a verb.
        if word.starts_with(char::is_uppercase) && !self.doc.is_sentence_initial(i) {
            return None;
        }
        let strength = self.lexicon.cue(word)?;
        // "the union's demands", "his claims": a plural noun, not a verb.
        // "the warning was": a gerund or noun after a determiner, too.
        if (word.ends_with('s') || word.ends_with("ing"))
            && i > 0
            && (self.doc.tokens[i - 1].kind == TokenKind::Possessive || self.is(i - 1, DETERMINERS))
        {
            return None;
        }
        let kind = if word.ends_with("ing") {
            CueKind::Participle
        } else {
            CueKind::Verb
        };
        Some(Cue {
            token: i,
            kind,
            strength,
        })
    }

    /// The cue text as written: the verb, or "according to".
    pub fn cue_text(&self, cue: Cue) -> String {
        match cue.kind {
            CueKind::According => {
                let start = self.doc.tokens[cue.token].span.start;
                let end = self
                    .doc
                    .tokens
                    .get(cue.token + 1)
                    .map_or(start, |t| t.span.end);
                self.doc.text[start..end].to_string()
            }
            _ => self.doc.token_text(cue.token).to_string(),
        }
    }
}

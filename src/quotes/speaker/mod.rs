//! Who said a quote: the cue (a reporting verb or "according to") near the
//! quote, the subject of that cue, and what the subject refers to.
//!
//! Everything here looks through small windows around a quote (its own
//! sentence, bounded in tokens) or a bounded number of mentions back, so the
//! cost per quote is constant and a document costs linear time.
//!
//! Subjects are found by shape, not parsing: the noun phrase before the verb
//! ("Maria Lopez said", "the minister, who ..., said", "he told"), or after it
//! in an inversion ("said Maria Lopez, the mayor"). [`super::resolve`] then
//! says what the subject refers to. Unnamed speakers ("a spokesman", "US
//! officials") keep their words as `speaker_text` and no entity.
//!
//! This file holds the types and the [`Attributor`] (the context over the
//! document every rule reads, with its small helpers). Each job has its
//! file, each an `impl Attributor`: `cues.rs` the cue at a token,
//! `around.rs` where to look around a quote (after it, before it, later in
//! its sentence, the next sentence), `before.rs` the subject before a cue,
//! `phrase.rs` the noun phrase a subject stands in, `after.rs` the subject
//! after a cue (inversions, "according to X"), `colon.rs` colon and
//! headline forms and the previous cue, `words.rs` the words the rules read.

mod after;
mod around;
mod before;
mod colon;
mod cues;
mod phrase;
mod words;

use super::lexicon::{CueStrength, Lexicon};
use super::marks::QuotedPassage;
use crate::document::{Document, TokenKind};
use crate::entities::EntityCluster;
use crate::lexicon::WordSet;
use std::ops::Range;

/// A mention of an entity, as a token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionRef {
    pub entity: usize,
    pub first: usize,
    pub last: usize,
}

/// The subject of a cue, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A named mention.
    Named(MentionRef),
    /// A pronoun, at this token.
    Pronoun(usize),
    /// A noun phrase over these tokens (inclusive), headed by `head`.
    Description {
        first: usize,
        last: usize,
        head: usize,
    },
}

/// The words that attribute a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A finite reporting verb: "said", "told".
    Verb,
    /// A participle that borrows its subject: "..., adding that".
    Participle,
    /// "according to X".
    According,
}

/// A cue at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub token: usize,
    pub kind: CueKind,
    pub strength: CueStrength,
}

/// Who speaks: an entity, or words naming an unnamed speaker, or neither.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    pub entity: Option<usize>,
    pub text: Option<String>,
}

/// Where an attribution was found, from most to least direct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Right after the quote: "“…,” she said".
    After,
    /// Before the quote in its sentence: "She said: “…”", "called it “…”".
    Before,
    /// Later in the sentence that closes the quote.
    FarAfter,
    /// The next sentence, nothing but the attribution: "“…” Smith said."
    SentenceAfter,
    /// The next sentence, opened by a cue: "“…” Smith said the plan ...".
    NextSentence,
}

/// A cue and the speaker it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub cue: Cue,
    pub placement: Placement,
    pub speaker: Speaker,
}

/// Longest window, in tokens, around a quote.
const WINDOW: usize = 45;

/// Token ranges around a passage where its attribution may be.
struct Windows {
    /// From the start of the opening sentence to the opening mark.
    before: Range<usize>,
    /// From the closing mark to the end of the closing sentence.
    after: Range<usize>,
    /// Whether the next quote cut the window after short.
    cut_by_next: bool,
}

/// Finds cues and speakers around quoted passages.
pub struct Attributor<'d, 't> {
    pub(super) doc: &'d Document<'t>,
    pub(super) entities: &'d [EntityCluster],
    pub(super) lexicon: &'static Lexicon,
    /// For each token, the mention covering it.
    pub(super) mention_at: Vec<Option<MentionRef>>,
    /// Every mention, in text order.
    pub(super) mentions: Vec<MentionRef>,
    /// For each token, whether it is inside a quoted passage.
    pub(super) quoted: Vec<bool>,
    /// For each token, the cue it is, if any.
    cues: Vec<Option<Cue>>,
}

impl<'d, 't> Attributor<'d, 't> {
    pub fn new(
        doc: &'d Document<'t>,
        entities: &'d [EntityCluster],
        passages: &[QuotedPassage],
    ) -> Self {
        let n = doc.tokens.len();
        let mut mention_at: Vec<Option<MentionRef>> = vec![None; n];
        let mut mentions = Vec::new();
        for (e, entity) in entities.iter().enumerate() {
            for m in &entity.mentions {
                let first = doc.token_at_or_after(m.start);
                let mut last = first;
                while last + 1 < n && doc.tokens[last + 1].span.end <= m.end {
                    last += 1;
                }
                if first >= n || doc.tokens[first].span.end > m.end {
                    continue;
                }
                let r = MentionRef {
                    entity: e,
                    first,
                    last,
                };
                if mention_at[first..=last].iter().all(Option::is_none) {
                    mention_at[first..=last].fill(Some(r));
                    mentions.push(r);
                }
            }
        }
        mentions.sort_by_key(|m| m.first);
        let mut quoted = vec![false; n];
        for p in passages {
            if p.last < n {
                quoted[p.first..=p.last].fill(true);
            }
        }
        let mut attributor = Attributor {
            doc,
            entities,
            lexicon: Lexicon::shared(),
            mention_at,
            mentions,
            quoted,
            cues: Vec::new(),
        };
        // Every look back asks for cues; find them once.
        attributor.cues = (0..n).map(|i| attributor.find_cue(i)).collect();
        attributor
    }

    /// The text of token `i` in lower case, as the document lowered it once.
    pub(super) fn lower(&self, i: usize) -> &'d str {
        self.doc.lower(i)
    }

    /// Whether token `i` is one of `words` (lower-case ASCII), in any case.
    pub(super) fn is(&self, i: usize, words: &(impl WordSet + ?Sized)) -> bool {
        i < self.doc.tokens.len() && words.has(self.doc.lower(i))
    }

    pub(super) fn is_punct(&self, i: usize) -> bool {
        matches!(
            self.doc.tokens[i].kind,
            TokenKind::Punct | TokenKind::QuoteMark
        )
    }
}

#[cfg(test)]
mod tests;

//! The entity layer's types, a leaf every step imports: what a step
//! finds ([`Candidate`], with the [`Strength`] of its evidence) and what
//! the layer gives the others ([`EntityCluster`], [`Gender`]).

use crate::document::Span;
use crate::model::EntityKind;

/// How sure we are of a mention's kind: later evidence overrides weaker.
pub type Strength = u8;

pub const GUESS: Strength = 0;

pub const CUE: Strength = 1;

pub const HEAD: Strength = 2;

pub const KNOWN: Strength = 3;

/// One mention found in the text, before clustering.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub span: Span,
    /// Token range `first..end` (for sub-token mentions, the holding token).
    pub first: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub strength: Strength,
    /// The gazetteer key, shared by every form of a known name.
    pub key: Option<String>,
    /// The form used to compare mentions (title case for ALL-CAPS datelines).
    pub form: String,
    /// The title phrase before a person's name ("Israeli Defense Minister").
    pub title: Option<Span>,
    /// Gender shown by an honorific or title.
    pub gender: Gender,
}

/// Grammatical gender where the text or a name list says it, for pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    /// The gender a word list writes as `m`, `f` or `-` (`data/roles.txt`,
    /// `data/titles.txt`, `data/first_names.txt`).
    pub fn from_code(code: &str) -> Gender {
        match code {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// One referent: its kind, fullest name, descriptors and every mention.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityCluster {
    pub kind: EntityKind,
    pub name: String,
    pub descriptors: Vec<String>,
    /// Byte spans, in text order.
    pub mentions: Vec<Span>,
    pub gender: Gender,
}

//! The reading view's model: the article cut into highlighted pieces per
//! paragraph, and the notes that go beside each paragraph.
//!
//! Pure Rust, shared by the page and the widget and tested natively; the
//! browser code only turns it into elements. Annotations may nest (a figure
//! inside a quote, a name inside a quote), so a paragraph is cut at every
//! span boundary and each piece carries every annotation covering it.
//!
//! One file per job: `layout` cuts paragraphs into pieces, `heading` says
//! which paragraph is the headline, `note` what each note says and which
//! earn a margin card, from the wording of `figure`, `entity` and
//! `statement`; `sources` gathers "Who says what"; `pace` sizes the slices
//! a long article is drawn in; `margin` places the cards.

mod entity;
mod figure;
mod heading;
mod layout;
pub mod margin;
mod note;
mod pace;
mod sources;
mod statement;

pub use entity::{entity_kind_label, short_role};
pub use figure::{describe_figure, figure_kind_label, figure_short, format_number};
pub use heading::is_heading;
pub use layout::{layout, Layout, ParagraphView, Piece};
pub use note::{margin_priority, note_text};
pub use pace::{SlicePace, FIRST_SLICE};
pub use sources::{sources, Source, SourceView};
pub use statement::{cite_quote, source_short, speaker_of};

/// What a note says: a compact line for the margin, and the rest on request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteText {
    /// What kind of note: "Person", "Figure · count", "Quote".
    pub label: String,
    /// The main words: a name, a figure, "— Marques, minister".
    pub title: String,
    /// What follows the title on its line: a role, a hedge, a cue.
    pub aside: Option<String>,
    /// The full detail, a line each, shown when the reader opens the note.
    pub details: Vec<String>,
}

impl NoteText {
    /// The note as one line of plain text: "Helena Marques · minister".
    pub fn line(&self) -> String {
        match &self.aside {
            Some(aside) => format!("{} · {aside}", self.title),
            None => self.title.clone(),
        }
    }
}

/// Which annotation a piece or note belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// Index into `entities`, and which of its mentions.
    Mention {
        entity: usize,
        mention: usize,
    },
    Figure(usize),
    Quote(usize),
    /// Index into `attributions`: reported speech.
    Attribution(usize),
}

impl Target {
    /// A DOM id for the note or span of this target.
    pub fn key(self) -> String {
        match self {
            Target::Mention { entity, mention } => format!("e{entity}m{mention}"),
            Target::Figure(i) => format!("f{i}"),
            Target::Quote(i) => format!("q{i}"),
            Target::Attribution(i) => format!("a{i}"),
        }
    }
}

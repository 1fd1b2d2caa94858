//! The page's view model: one annotated version of the article, and which
//! kinds the reader shows. Every component reads these; none owns them, so
//! they live here rather than in the component that holds the state.

use std::cell::Cell;
use std::rc::Rc;

use crate::view::{layout, ParagraphView};
use crate::Analysis;

thread_local! {
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// One annotated version of the article. Versions compare by their
/// generation number, never by content, so passing one down costs nothing.
#[derive(Debug)]
pub struct Annotated {
    pub generation: u64,
    pub text: Rc<str>,
    pub analysis: Analysis,
    pub paragraphs: Vec<ParagraphView>,
    pub words: usize,
}

impl PartialEq for Annotated {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

impl Annotated {
    /// Annotate `text` here and now.
    pub fn new(text: Rc<str>) -> Annotated {
        let analysis = crate::analyse(&text);
        Annotated::from_analysis(text, analysis)
    }

    /// The view of an analysis made elsewhere (the worker).
    pub fn from_analysis(text: Rc<str>, analysis: Analysis) -> Annotated {
        let paragraphs = layout(&text, &analysis);
        Annotated::from_layout(text, analysis, paragraphs)
    }

    /// An analysis and its laid-out paragraphs.
    pub fn from_layout(
        text: Rc<str>,
        analysis: Analysis,
        paragraphs: Vec<ParagraphView>,
    ) -> Annotated {
        let generation = GENERATION.with(|g| {
            g.set(g.get() + 1);
            g.get()
        });
        let words = text.split_whitespace().count();
        Annotated {
            generation,
            text,
            analysis,
            paragraphs,
            words,
        }
    }

    pub fn empty() -> Annotated {
        Annotated::from_analysis(Rc::from(""), Analysis::default())
    }
}

/// Which annotation types the reader wants to see.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Filters {
    pub entities: bool,
    pub figures: bool,
    pub quotes: bool,
}

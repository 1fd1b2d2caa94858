//! Sidenote's core: who is in a news article, its figures and its quotes.
//!
//! One way through, each layer reading what the earlier ones wrote:
//! text → [`document::Document`] → [`entities`] → [`figures`] → [`quotes`]
//! (which name speakers from the entities, then find reported speech from
//! the quotes and the same cues) → [`model::Annotations`], where each figure
//! is given the statement that holds it.
//! The core is pure Rust: no browser, no I/O. The views (the `annotate`
//! command, the JavaScript API, the page) depend on it, never the reverse.
//!
//! ```
//! let annotations = sidenote::annotate("“We are ready,” said Maria Lopez, the mayor of Springfield.");
//! assert_eq!(annotations.quotes.len(), 1);
//! ```

pub mod document;
pub mod entities;
pub mod export;
pub mod figures;
pub mod lexicon;
pub mod model;
pub mod offsets;
pub mod quotes;
pub mod snapshot;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

use document::{Document, Span};
use model::{Annotations, Attribution, Entity, Figure, FigureSource, Mention, Quote};
use offsets::OffsetMap;

/// Annotate a text: its entities, figures and quotes, with SPEC.md offsets.
pub fn annotate(text: &str) -> Annotations {
    analyse(text).annotations
}

/// The annotations and the paragraphs they sit in, for views that lay the
/// article out (the page, the widget).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Analysis {
    pub annotations: Annotations,
    /// Paragraph spans in code points, `end` exclusive, in text order.
    pub paragraphs: Vec<std::ops::Range<usize>>,
}

/// Annotate a text and report its paragraphs.
pub fn analyse(text: &str) -> Analysis {
    let doc = Document::parse(text);
    let entities = entities::find(&doc);
    let figures = figures::find(&doc, &entities);
    let statements = quotes::find_statements(&doc, &entities);
    let map = OffsetMap::new(text);
    Analysis {
        annotations: build(&doc, &map, &entities, &figures, &statements),
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|p| map.char_of_byte(p.span.start)..map.char_of_byte(p.span.end))
            .collect(),
    }
}

/// The one place byte offsets become code points.
fn build(
    doc: &Document,
    map: &OffsetMap,
    entities: &[entities::EntityCluster],
    figures: &[figures::FoundFigure],
    statements: &quotes::Statements,
) -> Annotations {
    let (quotes, attributions) = (&statements.quotes, &statements.attributions);
    let point = |span: Span| {
        (
            map.char_of_byte(span.start),
            map.char_of_byte(span.end),
            doc.slice(span).to_string(),
        )
    };
    let entity_id = |i: usize| format!("e{}", i + 1);
    Annotations {
        entities: entities
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                id: entity_id(i),
                kind: e.kind,
                name: e.name.clone(),
                descriptors: e.descriptors.clone(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|&m| {
                        let (start, end, text) = point(m);
                        Mention { start, end, text }
                    })
                    .collect(),
            })
            .collect(),
        figures: figures
            .iter()
            .map(|f| {
                let (start, end, text) = point(f.span);
                Figure {
                    start,
                    end,
                    text,
                    kind: f.kind,
                    value: f.value,
                    high: f.high,
                    bound: f.bound,
                    hedge: f.hedge.map(|h| doc.slice(h).to_string()),
                    unit: f.unit.clone(),
                    magnitude: (f.bound == model::Bound::Vague)
                        .then(|| figures::magnitude(doc, f.span))
                        .flatten(),
                    attributed_to: source_of(f.span, statements).map(|s| FigureSource {
                        speaker: s.speaker.map(entity_id),
                        speaker_text: s.speaker_text.clone(),
                        quote: s.quote,
                        attribution: s.attribution,
                    }),
                }
            })
            .collect(),
        quotes: quotes
            .iter()
            .map(|q| {
                let (start, end, text) = point(q.span);
                Quote {
                    start,
                    end,
                    text,
                    speaker: q.speaker.map(entity_id),
                    speaker_text: q.speaker_text.clone(),
                    cue: q.cue.clone(),
                }
            })
            .collect(),
        attributions: attributions
            .iter()
            .map(|r| {
                let (start, end, text) = point(r.span);
                Attribution {
                    start,
                    end,
                    text,
                    speaker: r.speaker.map(entity_id),
                    speaker_text: r.speaker_text.clone(),
                    cue: r.cue.clone(),
                    kind: r.kind,
                }
            })
            .collect(),
    }
}

/// The statement holding a figure, in byte offsets.
struct Source<'s> {
    speaker: Option<usize>,
    speaker_text: &'s Option<String>,
    quote: Option<usize>,
    attribution: Option<usize>,
}

/// The innermost statement whose span holds `span`: a quote (which may sit
/// inside reported speech) before an attribution. Both lists are sorted and
/// disjoint, so each is one binary search.
fn source_of(span: Span, statements: &quotes::Statements) -> Option<Source<'_>> {
    fn holding(spans: impl Fn(usize) -> Span, len: usize, span: Span) -> Option<usize> {
        let mut lo = 0;
        let mut hi = len;
        while lo < hi {
            let mid = (lo + hi) / 2;
            if spans(mid).end <= span.start {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo < len && spans(lo).contains(span)).then_some(lo)
    }
    let (quotes, attributions) = (&statements.quotes, &statements.attributions);
    if let Some(k) = holding(|i| quotes[i].span, quotes.len(), span) {
        let q = &quotes[k];
        // The reported statement around a partial quote, if any.
        let around = holding(|i| attributions[i].span, attributions.len(), span);
        return Some(Source {
            speaker: q.speaker,
            speaker_text: &q.speaker_text,
            quote: Some(k),
            attribution: around,
        });
    }
    let k = holding(|i| attributions[i].span, attributions.len(), span)?;
    let r = &attributions[k];
    Some(Source {
        speaker: r.speaker,
        speaker_text: &r.speaker_text,
        quote: None,
        attribution: Some(k),
    })
}

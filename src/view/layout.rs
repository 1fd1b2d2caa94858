//! The article cut into pieces: each paragraph cut at every span boundary
//! (annotations nest: a figure inside a quote, a name inside a quote), each
//! piece carrying every annotation covering it, and the notes anchored in
//! the paragraph. Quotes that run over a paragraph's end continue in the
//! next.

use super::heading::is_heading;
use super::Target;
use crate::offsets::OffsetMap;
use crate::Analysis;

/// A run of text with the annotations that cover all of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Code point offsets into the article.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub covered_by: Vec<Target>,
    /// The targets whose span begins with this piece (where a note anchors).
    pub starts: Vec<Target>,
}

/// One paragraph of the article as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphView {
    pub start: usize,
    pub end: usize,
    /// The headline: the first paragraph, when the document reads it as a
    /// headline line ([`crate::document::Document::headline`]).
    pub heading: bool,
    pub pieces: Vec<Piece>,
    /// Notes anchored in this paragraph, in text order. An entity has a note
    /// at its first mention only; later mentions just highlight.
    pub notes: Vec<Target>,
}

/// Lay out an analysed text for reading.
pub fn layout(text: &str, analysis: &Analysis) -> Vec<ParagraphView> {
    let mut layout = Layout::new(text, analysis);
    let mut views = Vec::with_capacity(analysis.paragraphs.len());
    while let Some(view) = layout.next_paragraph(text, analysis) {
        views.push(view);
    }
    views
}

/// A text being laid out a paragraph at a time, so that the page can spread
/// a long article over several short tasks. Each call takes the same text
/// and analysis as [`Layout::new`].
#[derive(Debug)]
pub struct Layout {
    map: OffsetMap,
    /// Every span, in text order: (start, end, target, has a note).
    spans: Vec<(usize, usize, Target, bool)>,
    next_span: usize,
    /// Quotes still open at the end of the paragraph before (few at a time).
    running: Vec<(usize, usize, Target)>,
    next_paragraph: usize,
}

impl Layout {
    pub fn new(text: &str, analysis: &Analysis) -> Layout {
        let a = &analysis.annotations;
        let mut spans: Vec<(usize, usize, Target, bool)> = Vec::new();
        for (e, entity) in a.entities.iter().enumerate() {
            let first = entity
                .mentions
                .iter()
                .enumerate()
                .min_by_key(|(_, m)| m.start)
                .map(|(k, _)| k);
            for (k, m) in entity.mentions.iter().enumerate() {
                spans.push((
                    m.start,
                    m.end,
                    Target::Mention {
                        entity: e,
                        mention: k,
                    },
                    Some(k) == first,
                ));
            }
        }
        for (i, f) in a.figures.iter().enumerate() {
            spans.push((f.start, f.end, Target::Figure(i), true));
        }
        for (i, q) in a.quotes.iter().enumerate() {
            spans.push((q.start, q.end, Target::Quote(i), true));
        }
        for (i, r) in a.attributions.iter().enumerate() {
            spans.push((r.start, r.end, Target::Attribution(i), true));
        }
        spans.retain(|s| s.0 < s.1);
        spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
        Layout {
            map: OffsetMap::new(text),
            spans,
            next_span: 0,
            running: Vec::new(),
            next_paragraph: 0,
        }
    }

    /// How many paragraphs are laid out so far.
    pub fn done(&self) -> usize {
        self.next_paragraph
    }

    /// The next paragraph's view, or `None` after the last.
    pub fn next_paragraph(&mut self, text: &str, analysis: &Analysis) -> Option<ParagraphView> {
        let p = self.next_paragraph;
        let range = analysis.paragraphs.get(p)?.clone();
        self.next_paragraph += 1;
        let spans = &self.spans;
        // Spans starting in this paragraph (quotes may run on past its end:
        // they are clipped here and continue in the next).
        while self.next_span < spans.len() && spans[self.next_span].0 < range.start {
            self.next_span += 1;
        }
        let first = self.next_span;
        while self.next_span < spans.len() && spans[self.next_span].0 < range.end {
            self.next_span += 1;
        }
        let mut local: Vec<(usize, usize, Target, bool)> = spans[first..self.next_span]
            .iter()
            .map(|&(s, e, t, n)| (s, e.min(range.end), t, n))
            .collect();
        // Quotes that began in an earlier paragraph and continue here.
        self.running.retain(|&(_, e, _)| e > range.start);
        for &(_, e, t) in &self.running {
            local.push((range.start, e.min(range.end), t, false));
        }
        self.running.extend(
            spans[first..self.next_span]
                .iter()
                .filter(|&&(_, e, t, _)| {
                    matches!(t, Target::Quote(_) | Target::Attribution(_)) && e > range.end
                })
                .map(|&(s, e, t, _)| (s, e, t)),
        );
        let notes = local.iter().filter(|s| s.3).map(|s| s.2).collect();
        let pieces = cut(text, &self.map, range.clone(), &local);
        let heading = p == 0 && {
            let end = analysis
                .paragraphs
                .get(1)
                .map_or(range.end, |next| next.end);
            let opening = slice(text, &self.map, range.start, end);
            is_heading(analysis.paragraphs.len(), opening)
        };
        Some(ParagraphView {
            start: range.start,
            end: range.end,
            heading,
            pieces,
            notes,
        })
    }
}

fn slice<'t>(text: &'t str, map: &OffsetMap, start: usize, end: usize) -> &'t str {
    text.get(map.byte_of_char(start)..map.byte_of_char(end))
        .unwrap_or("")
}

/// Cut a paragraph at every boundary of its spans.
fn cut(
    text: &str,
    map: &OffsetMap,
    range: std::ops::Range<usize>,
    spans: &[(usize, usize, Target, bool)],
) -> Vec<Piece> {
    let mut bounds: Vec<usize> = vec![range.start, range.end];
    for s in spans {
        bounds.push(s.0.clamp(range.start, range.end));
        bounds.push(s.1.clamp(range.start, range.end));
    }
    bounds.sort_unstable();
    bounds.dedup();
    let mut pieces = Vec::with_capacity(bounds.len());
    for w in bounds.windows(2) {
        let (start, end) = (w[0], w[1]);
        if start == end {
            continue;
        }
        let covered_by: Vec<Target> = spans
            .iter()
            .filter(|s| s.0 <= start && end <= s.1)
            .map(|s| s.2)
            .collect();
        let starts = spans.iter().filter(|s| s.0 == start).map(|s| s.2).collect();
        pieces.push(Piece {
            start,
            end,
            text: slice(text, map, start, end).to_string(),
            covered_by,
            starts,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{Annotations, Entity, EntityKind, Mention, Quote};

    fn analysis() -> (String, Analysis) {
        let text = "A headline\n\nAnna said: “Go to Oslo now.” Anna left.".to_string();
        let a = Analysis {
            annotations: Annotations {
                entities: vec![Entity {
                    id: "e1".into(),
                    kind: EntityKind::Place,
                    name: "Oslo".into(),
                    descriptors: vec![],
                    mentions: vec![Mention {
                        start: 30,
                        end: 34,
                        text: "Oslo".into(),
                    }],
                }],
                figures: vec![],
                quotes: vec![Quote {
                    start: 24,
                    end: 39,
                    text: "Go to Oslo now.".into(),
                    speaker: None,
                    speaker_text: None,
                    cue: Some("said".into()),
                }],
                attributions: vec![],
            },
            paragraphs: vec![0..10, 12..51],
        };
        (text, a)
    }

    #[test]
    fn nested_spans_cut_into_pieces() {
        let (text, a) = analysis();
        let views = layout(&text, &a);
        assert_eq!(views.len(), 2);
        assert!(views[0].heading);
        let body = &views[1];
        let texts: Vec<&str> = body.pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Anna said: “", "Go to ", "Oslo", " now.", "” Anna left."]
        );
        let oslo = body.pieces.iter().find(|p| p.text == "Oslo").unwrap();
        assert_eq!(oslo.covered_by.len(), 2);
        assert_eq!(
            body.notes,
            [
                Target::Quote(0),
                Target::Mention {
                    entity: 0,
                    mention: 0
                }
            ]
        );
    }

    #[test]
    fn a_quote_over_two_paragraphs_highlights_in_both() {
        let text = "She said: “We will stay.\n\n“We will rebuild,” she said.";
        let analysis = crate::analyse(text);
        assert_eq!(
            analysis.annotations.quotes.len(),
            1,
            "{:?}",
            analysis.annotations.quotes
        );
        let views = layout(text, &analysis);
        assert_eq!(views.len(), 2);
        let quoted = |v: &ParagraphView| {
            v.pieces
                .iter()
                .any(|p| p.covered_by.contains(&Target::Quote(0)))
        };
        assert!(quoted(&views[0]) && quoted(&views[1]));
        // One note, where the quote starts.
        assert_eq!(views[0].notes, [Target::Quote(0)]);
        assert!(views[1].notes.is_empty());
    }
}

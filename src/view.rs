//! The reading view's model: the article cut into highlighted pieces per
//! paragraph, and the notes that go beside each paragraph.
//!
//! Pure Rust, shared by the page and the widget and tested natively; the
//! browser code only turns it into elements. Annotations may nest (a figure
//! inside a quote, a name inside a quote), so a paragraph is cut at every
//! span boundary and each piece carries every annotation covering it.

use crate::model::{Bound, Figure, FigureKind, Quote};
use crate::offsets::OffsetMap;
use crate::Analysis;

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
}

impl Target {
    /// A DOM id for the note or span of this target.
    pub fn key(self) -> String {
        match self {
            Target::Mention { entity, mention } => format!("e{entity}m{mention}"),
            Target::Figure(i) => format!("f{i}"),
            Target::Quote(i) => format!("q{i}"),
        }
    }
}

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
    /// A headline: a short first paragraph without closing punctuation.
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
                .filter(|&&(_, e, t, _)| matches!(t, Target::Quote(_)) && e > range.end)
                .map(|&(s, e, t, _)| (s, e, t)),
        );
        let notes = local.iter().filter(|s| s.3).map(|s| s.2).collect();
        let pieces = cut(text, &self.map, range.clone(), &local);
        let para_text = slice(text, &self.map, range.start, range.end);
        let heading = p == 0
            && analysis.paragraphs.len() > 1
            && para_text.split_whitespace().count() <= 16
            && !para_text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', ':']);
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

/// A number as a reader writes it: "2,000", "1.2 billion", "0.3".
pub fn format_number(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    let abs = v.abs();
    if abs >= 1e9 && (v / 1e9 * 100.0).fract() == 0.0 {
        return format!("{} billion", trim_zeros(v / 1e9));
    }
    if abs >= 1e6 && (v / 1e6 * 100.0).fract() == 0.0 {
        return format!("{} million", trim_zeros(v / 1e6));
    }
    if v.fract() == 0.0 && abs < 1e15 {
        let digits = (abs as u64).to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        return if v < 0.0 { format!("-{out}") } else { out };
    }
    trim_zeros(v)
}

/// `v` to three decimals at most, without trailing zeros: "1.25", "0.3".
/// Written with integers: the standard float printing would add 10 KB to
/// the download for this one use.
fn trim_zeros(v: f64) -> String {
    let thousandths = (v.abs() * 1000.0).round();
    let sign = if v < 0.0 && thousandths > 0.0 {
        "-"
    } else {
        ""
    };
    if !thousandths.is_finite() || thousandths >= u128::MAX as f64 {
        return format!("{sign}more than 10^38");
    }
    let thousandths = thousandths as u128;
    let (whole, part) = (thousandths / 1000, thousandths % 1000);
    if part == 0 {
        return format!("{sign}{whole}");
    }
    let part = format!("{part:03}");
    format!("{sign}{whole}.{}", part.trim_end_matches('0'))
}

/// What a figure says, in plain words: "fewer than 2,000 drones — “nearly”".
pub fn describe_figure(f: &Figure) -> String {
    let number = |v: Option<f64>| {
        v.map(format_number)
            .unwrap_or_else(|| "an unstated number".into())
    };
    let amount = match f.kind {
        FigureKind::Money => {
            let symbol = match f.unit.as_deref() {
                Some("USD") => "$",
                Some("GBP") => "£",
                Some("EUR") => "€",
                Some("JPY") => "¥",
                _ => "",
            };
            let code = if symbol.is_empty() {
                f.unit.clone().map(|u| format!(" {u}")).unwrap_or_default()
            } else {
                String::new()
            };
            let show = |v: Option<f64>| format!("{symbol}{}{code}", number(v));
            (show(f.value), f.high.map(|h| show(Some(h))))
        }
        FigureKind::Percent => (
            format!("{}%", number(f.value)),
            f.high.map(|h| format!("{}%", format_number(h))),
        ),
        _ => (number(f.value), f.high.map(format_number)),
    };
    let (value, high) = amount;
    // "at least 14", "up to 60" include the number; "nearly 2,000", "more
    // than 3,000" do not.
    let hedge = f.hedge.as_deref().unwrap_or("").to_lowercase();
    let inclusive = [
        "at least",
        "up to",
        "no fewer",
        "no less",
        "no more",
        "a minimum",
        "a maximum",
        "as many as",
        "as much as",
    ]
    .iter()
    .any(|h| hedge.contains(h));
    let mut said = match f.bound {
        Bound::Exact => value,
        Bound::Approx => format!("about {value}"),
        Bound::Min if inclusive => format!("at least {value}"),
        Bound::Min => format!("more than {value}"),
        Bound::Max if inclusive => format!("at most {value}"),
        Bound::Max if f.kind == FigureKind::Count => format!("fewer than {value}"),
        Bound::Max => format!("less than {value}"),
        Bound::Range => format!("{value} to {}", high.unwrap_or_else(|| "?".into())),
        Bound::Vague => match f.value {
            Some(_) => format!("an unspecified number, around {value}"),
            None => "an unspecified number".into(),
        },
    };
    if let Some(unit) = &f.unit {
        if !matches!(f.kind, FigureKind::Money | FigureKind::Percent) {
            if f.bound == Bound::Vague && f.value.is_none() {
                said.push_str(" of");
            }
            said.push(' ');
            said.push_str(unit);
        }
    }
    if let Some(h) = &f.hedge {
        said.push_str(&format!(" — “{h}”"));
    }
    said
}

/// The kind of a figure as a word for a label.
pub fn figure_kind_label(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Count => "count",
        FigureKind::Money => "money",
        FigureKind::Percent => "percent",
        FigureKind::Measure => "measure",
        FigureKind::Age => "age",
        FigureKind::Frequency => "frequency",
    }
}

/// A quote with its attribution, ready to paste:
/// "“…” — Jake Sullivan, White House National Security Adviser".
pub fn cite_quote(q: &Quote, analysis: &Analysis) -> String {
    let speaker = q
        .speaker
        .as_ref()
        .and_then(|id| analysis.annotations.entities.iter().find(|e| &e.id == id))
        .map(|e| match e.descriptors.first() {
            Some(d) => format!("{}, {d}", e.name),
            None => e.name.clone(),
        })
        .or_else(|| q.speaker_text.clone())
        .unwrap_or_else(|| "unattributed".into());
    format!("“{}” — {speaker}", q.text.trim())
}

/// Paragraphs drawn in the first slice of an article.
pub const FIRST_SLICE: usize = 12;
/// How long drawing and placing one slice should take. The browser then
/// lays out and paints it in a task of its own, of about the same length, so
/// both stay well under the 50 ms that makes a page feel stuck.
const SLICE_BUDGET_MS: f64 = 12.0;
/// The fewest and most paragraphs in a slice.
const SLICE_RANGE: (usize, usize) = (2, 48);

/// The page draws a long article in slices, one per task. How many
/// paragraphs the next slice draws: adjusted after each slice to
/// what fits the budget on this machine and this article.
#[derive(Debug)]
pub struct SlicePace {
    pub per_slice: usize,
    /// When the slice being drawn was started (ms), if one is.
    pub started: Option<f64>,
}

impl Default for SlicePace {
    fn default() -> SlicePace {
        SlicePace::new()
    }
}

impl SlicePace {
    pub fn new() -> SlicePace {
        SlicePace {
            per_slice: FIRST_SLICE,
            started: None,
        }
    }

    /// A slice of `rows` paragraphs took `ms`: size the next one to the budget,
    /// changing by at most half or double at a time.
    pub fn record(&mut self, rows: usize, ms: f64) {
        let fitting = rows as f64 * SLICE_BUDGET_MS / ms.max(0.1);
        let next = fitting.clamp(rows as f64 / 2.0, rows as f64 * 2.0).round() as usize;
        self.per_slice = next.clamp(SLICE_RANGE.0, SLICE_RANGE.1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{Annotations, Entity, EntityKind, Mention};

    #[test]
    fn numbers_read_as_a_reader_writes_them() {
        assert_eq!(format_number(2000.0), "2,000");
        assert_eq!(format_number(-1234567.0), "-1,234,567");
        assert_eq!(format_number(1.2e9), "1.2 billion");
        assert_eq!(format_number(4.5e6), "4.5 million");
        assert_eq!(format_number(0.3), "0.3");
        assert_eq!(format_number(1.0 / 3.0), "0.333");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(-0.25), "-0.25");
        assert_eq!(format_number(0.0004), "0");
        assert_eq!(format_number(1e300), "more than 10^38 billion");
        assert_eq!(format_number(f64::INFINITY), "more than 10^38");
        assert_eq!(format_number(f64::NAN), "NaN");
    }

    #[test]
    fn slices_grow_on_a_fast_machine_and_shrink_on_a_slow_one() {
        let mut pace = SlicePace::new();
        pace.record(FIRST_SLICE, SLICE_BUDGET_MS / 10.0);
        assert_eq!(pace.per_slice, FIRST_SLICE * 2, "at most double");
        pace.record(pace.per_slice, SLICE_BUDGET_MS * 1.5);
        assert_eq!(pace.per_slice, FIRST_SLICE * 2 * 2 / 3);
        for _ in 0..10 {
            pace.record(pace.per_slice, 1000.0);
        }
        assert_eq!(pace.per_slice, SLICE_RANGE.0);
        for _ in 0..10 {
            pace.record(pace.per_slice, 0.0);
        }
        assert_eq!(pace.per_slice, SLICE_RANGE.1);
    }

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

    #[test]
    fn figures_in_plain_words() {
        let f = Figure {
            start: 0,
            end: 0,
            text: String::new(),
            kind: FigureKind::Count,
            value: Some(2000.0),
            high: None,
            bound: Bound::Max,
            hedge: Some("nearly".into()),
            unit: Some("drones".into()),
            attributed_to: None,
        };
        assert_eq!(describe_figure(&f), "fewer than 2,000 drones — “nearly”");
        let up_to = Figure {
            hedge: Some("up to".into()),
            ..f.clone()
        };
        assert_eq!(describe_figure(&up_to), "at most 2,000 drones — “up to”");
        assert_eq!(format_number(1.2e9), "1.2 billion");
        assert_eq!(format_number(0.3), "0.3");
        assert_eq!(format_number(178000.0), "178,000");
    }
}

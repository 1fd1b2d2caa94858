//! The reading view's model: the article cut into highlighted pieces per
//! paragraph, and the notes that go beside each paragraph.
//!
//! Pure Rust, shared by the page and the widget and tested natively; the
//! browser code only turns it into elements. Annotations may nest (a figure
//! inside a quote, a name inside a quote), so a paragraph is cut at every
//! span boundary and each piece carries every annotation covering it.

use crate::model::{
    Annotations, AttributionKind, Bound, Entity, EntityKind, Figure, FigureKind, Quote,
};
use crate::offsets::OffsetMap;
use crate::Analysis;

pub mod margin;

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

/// The amount of a figure in digits, with its currency or per cent sign:
/// "2,000", "$1.2 billion", "40%" (and the top of a range).
fn amount(f: &Figure) -> (String, Option<String>) {
    let number = |v: Option<f64>| v.map(format_number).unwrap_or_else(|| "?".into());
    match f.kind {
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
    }
}

/// Whether a hedge includes its number: "at least 14", "up to 60" do;
/// "nearly 2,000", "more than 3,000" do not.
fn inclusive(hedge: Option<&str>) -> bool {
    let hedge = hedge.unwrap_or("").to_lowercase();
    [
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
    .any(|h| hedge.contains(h))
}

/// A vague amount as the text gives it, starting in lower case: "hundreds
/// of lorries", "dozens of pumps". Its words are its size; no paraphrase
/// says more ("an unspecified number" would say less).
fn vague_words(f: &Figure) -> String {
    let text = f.text.trim();
    let mut chars = text.chars();
    match chars.next() {
        // "Hundreds" opening a sentence; not "NHS", an acronym.
        Some(c) if c.is_uppercase() && chars.clone().next().is_some_and(|n| n.is_lowercase()) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

/// What a figure says, in plain words: "fewer than 2,000 drones — “nearly”",
/// "hundreds of lorries".
pub fn describe_figure(f: &Figure) -> String {
    if f.bound == Bound::Vague {
        return vague_words(f);
    }
    let (value, high) = amount(f);
    let mut said = match f.bound {
        Bound::Exact => value,
        Bound::Approx => format!("about {value}"),
        Bound::Min if inclusive(f.hedge.as_deref()) => format!("at least {value}"),
        Bound::Min => format!("more than {value}"),
        Bound::Max if inclusive(f.hedge.as_deref()) => format!("at most {value}"),
        Bound::Max if f.kind == FigureKind::Count => format!("fewer than {value}"),
        Bound::Max => format!("less than {value}"),
        Bound::Range => format!("{value} to {}", high.unwrap_or_else(|| "?".into())),
        Bound::Vague => unreachable!("returned above"),
    };
    push_unit(&mut said, f);
    if let Some(h) = &f.hedge {
        said.push_str(&format!(" — “{h}”"));
    }
    said
}

fn push_unit(said: &mut String, f: &Figure) {
    if let Some(unit) = &f.unit {
        if !matches!(f.kind, FigureKind::Money | FigureKind::Percent) {
            said.push(' ');
            said.push_str(unit);
        }
    }
}

/// A figure in a few characters, for a margin note: "≥ 14 ships",
/// "> 3,000 residents", "≈ 40%", "10–12%", "hundreds of lorries".
pub fn figure_short(f: &Figure) -> String {
    if f.bound == Bound::Vague {
        return vague_words(f);
    }
    let (value, high) = amount(f);
    let mut said = match f.bound {
        Bound::Exact | Bound::Vague => value,
        Bound::Approx => format!("≈ {value}"),
        Bound::Min if inclusive(f.hedge.as_deref()) => format!("≥ {value}"),
        Bound::Min => format!("> {value}"),
        Bound::Max if inclusive(f.hedge.as_deref()) => format!("≤ {value}"),
        Bound::Max => format!("< {value}"),
        Bound::Range => format!("{value}–{}", high.unwrap_or_else(|| "?".into())),
    };
    push_unit(&mut said, f);
    said
}

/// What earns a card in the margin, most important first; `None` for a
/// target that only highlights and opens a popover (SPEC kinds without a
/// descriptor: an organization, place or group named and nothing more).
///
/// Quotes first (who said what is the reader's first question), then
/// reported speech, then figures, then people at their first mention, then
/// other names that the text describes ("Acme, the country's largest
/// builder").
pub fn margin_priority(target: Target, a: &Annotations) -> Option<u8> {
    match target {
        Target::Quote(_) => Some(0),
        Target::Attribution(_) => Some(1),
        Target::Figure(_) => Some(2),
        Target::Mention { entity, .. } => {
            let e = a.entities.get(entity)?;
            match e.kind {
                EntityKind::Person => Some(margin::PEOPLE),
                _ if !e.descriptors.is_empty() => Some(margin::PEOPLE + 1),
                _ => None,
            }
        }
    }
}

/// Who gives a statement, as a note says it: "Marques, minister", "US
/// officials"; `None` when the text names no one.
pub fn source_short(
    speaker: Option<&String>,
    speaker_text: Option<&String>,
    a: &Annotations,
) -> Option<String> {
    let entity = speaker.and_then(|id| a.entities.iter().find(|e| &e.id == id));
    match (entity, speaker_text) {
        (Some(e), _) => Some(match e.descriptors.first().map(|d| short_role(d)) {
            Some(role) if !role.is_empty() => format!("{}, {role}", short_name(e)),
            _ => short_name(e).to_string(),
        }),
        (None, Some(t)) => Some(t.clone()),
        (None, None) => None,
    }
}

/// Who gives a statement in full: "Helena Marques, Portugal's
/// Infrastructure Minister", "US officials".
fn source_full(
    speaker: Option<&String>,
    speaker_text: Option<&String>,
    a: &Annotations,
) -> Option<String> {
    let entity = speaker.and_then(|id| a.entities.iter().find(|e| &e.id == id));
    match (entity, speaker_text) {
        (Some(e), _) => Some(match e.descriptors.first() {
            Some(d) => format!("{}, {d}", e.name),
            None => e.name.clone(),
        }),
        (None, Some(t)) => Some(t.clone()),
        (None, None) => None,
    }
}

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

/// A role cut to its head for a compact note: "Portugal's Infrastructure
/// Minister" → "minister", "a spokesperson for Ukraine's air force" →
/// "spokesperson", "chief executive of Acme" → "chief executive"; empty for
/// a clause ("who runs two stations").
pub fn short_role(descriptor: &str) -> String {
    let lower = descriptor.to_lowercase();
    // A clause ("who runs two stations") names no role to cut to: a note
    // then gives the name alone (the clause is in its detail).
    if ["who ", "whose ", "which ", "that "]
        .iter()
        .any(|w| lower.starts_with(w))
    {
        return String::new();
    }
    let mut cut = descriptor.len();
    for stop in [
        " of ",
        " for ",
        " at ",
        " from ",
        " in ",
        " on ",
        " near ",
        " outside ",
        " with ",
        " who ",
        " which ",
        ",",
    ] {
        if let Some(i) = lower.find(stop) {
            cut = cut.min(i);
        }
    }
    let words: Vec<&str> = descriptor[..cut].split_whitespace().collect();
    let Some(&last) = words.last() else {
        return descriptor.trim().to_string();
    };
    let lowered = |w: &str| {
        // An acronym or a name keeps its capitals ("CEO", "MP").
        if w.chars().filter(|c| c.is_uppercase()).count() > 1 {
            w.to_string()
        } else {
            w.to_lowercase()
        }
    };
    let pair_heads = [
        "executive",
        "officer",
        "secretary",
        "general",
        "minister",
        "director",
        "president",
        "justice",
    ];
    let pair_modifiers = [
        "chief", "prime", "vice", "deputy", "foreign", "finance", "attorney",
    ];
    let head = lowered(last);
    if words.len() >= 2 && pair_heads.contains(&head.as_str()) {
        let before = lowered(words[words.len() - 2]);
        if pair_modifiers.contains(&before.as_str()) {
            return format!("{before} {head}");
        }
    }
    head
}

/// An entity's name as a note shortens it: a person's surname, else the name.
fn short_name(e: &Entity) -> &str {
    match e.kind {
        EntityKind::Person => e.name.rsplit(' ').next().unwrap_or(&e.name),
        _ => &e.name,
    }
}

fn mention_count(n: usize) -> String {
    if n == 1 {
        "1 mention".into()
    } else {
        format!("{n} mentions")
    }
}

/// The entity a quote names as its speaker.
pub fn speaker_of<'a>(q: &Quote, a: &'a Annotations) -> Option<&'a Entity> {
    let id = q.speaker.as_ref()?;
    a.entities.iter().find(|e| &e.id == id)
}

/// What the note on `target` says.
pub fn note_text(target: Target, a: &Annotations) -> NoteText {
    match target {
        Target::Mention { entity, .. } => {
            let Some(e) = a.entities.get(entity) else {
                return NoteText::default();
            };
            let quotes = a
                .quotes
                .iter()
                .filter(|q| q.speaker.as_ref() == Some(&e.id))
                .count();
            let mut details: Vec<String> = e.descriptors.clone();
            let mut counts = mention_count(e.mentions.len());
            if quotes > 0 {
                counts.push_str(&format!(
                    " · {quotes} quote{}",
                    if quotes == 1 { "" } else { "s" }
                ));
            }
            details.push(counts);
            NoteText {
                label: entity_kind_label(e.kind).to_string(),
                title: e.name.clone(),
                aside: e.descriptors.first().cloned(),
                details,
            }
        }
        Target::Figure(i) => {
            let Some(f) = a.figures.get(i) else {
                return NoteText::default();
            };
            let mut details = vec![describe_figure(f)];
            if let Some(m) = f.magnitude {
                details.push(format!("size: in the {}s", format_number(m)));
            }
            if let Some(unit) = &f.unit {
                details.push(format!("counts: {unit}"));
            }
            let source = f.attributed_to.as_ref().map(|s| {
                let cue = s
                    .quote
                    .and_then(|q| a.quotes.get(q)?.cue.clone())
                    .or_else(|| {
                        s.attribution
                            .and_then(|r| a.attributions.get(r)?.cue.clone())
                    });
                let who = source_short(s.speaker.as_ref(), s.speaker_text.as_ref(), a)
                    .unwrap_or_else(|| "an unnamed source".into());
                details.push(format!(
                    "given by {}",
                    source_full(s.speaker.as_ref(), s.speaker_text.as_ref(), a)
                        .unwrap_or_else(|| "an unnamed source".into())
                ));
                match cue {
                    Some(cue) => format!("{who}, {cue}"),
                    None => who,
                }
            });
            if f.attributed_to.is_none() {
                details.push("stated by the article itself".into());
            }
            let hedge = f.hedge.as_ref().map(|h| format!("“{h}”"));
            let aside = match (hedge, source) {
                (Some(h), Some(s)) => Some(format!("{h} · {s}")),
                (h, s) => h.or(s),
            };
            NoteText {
                label: format!("Figure · {}", figure_kind_label(f.kind)),
                title: figure_short(f),
                aside,
                details,
            }
        }
        Target::Quote(i) => match a.quotes.get(i) {
            Some(q) => statement_note(
                "Quote",
                "No named speaker",
                (q.speaker.as_ref(), q.speaker_text.as_ref(), q.cue.as_ref()),
                Vec::new(),
                a,
            ),
            None => NoteText::default(),
        },
        Target::Attribution(i) => match a.attributions.get(i) {
            Some(r) => {
                let kind = match r.kind {
                    AttributionKind::Indirect => "reported speech, not quoted",
                    AttributionKind::Mixed => "reported speech with quoted words",
                };
                statement_note(
                    "Reported",
                    "No named source",
                    (r.speaker.as_ref(), r.speaker_text.as_ref(), r.cue.as_ref()),
                    vec![kind.to_string()],
                    a,
                )
            }
            None => NoteText::default(),
        },
    }
}

/// The card of a quote or a reported statement: "— Marques, minister" and
/// its cue; in the detail, after `details`, who said it in full and the cue.
fn statement_note(
    label: &str,
    unnamed: &str,
    (speaker, speaker_text, cue): (Option<&String>, Option<&String>, Option<&String>),
    mut details: Vec<String>,
    a: &Annotations,
) -> NoteText {
    let title = match source_short(speaker, speaker_text, a) {
        Some(who) => format!("— {who}"),
        None => unnamed.to_string(),
    };
    details.extend(source_full(speaker, speaker_text, a));
    if let Some(cue) = cue {
        details.push(format!("cue: “{cue}”"));
    }
    NoteText {
        label: label.into(),
        title,
        aside: cue.cloned(),
        details,
    }
}

/// Who gives statements in the article: a named entity, an unnamed source
/// as the text words it ("US officials"), or the article itself (the
/// figures it states in its own voice).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    Entity(usize),
    Unnamed(String),
    Article,
}

/// One source with everything it says: for the "Who says what" view.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceView {
    pub source: Source,
    pub name: String,
    pub role: Option<String>,
    pub quotes: Vec<usize>,
    pub attributions: Vec<usize>,
    pub figures: Vec<usize>,
}

impl SourceView {
    /// Everything this source says, as view targets.
    pub fn targets(&self) -> impl Iterator<Item = Target> + '_ {
        self.quotes
            .iter()
            .map(|&i| Target::Quote(i))
            .chain(self.attributions.iter().map(|&i| Target::Attribution(i)))
            .chain(self.figures.iter().map(|&i| Target::Figure(i)))
    }
}

/// Every source of the article's quotes, reported statements and figures,
/// the one that says most first; the figures the article states itself
/// last. Unnamed sources are told apart by their words, whatever their case.
pub fn sources(a: &Annotations) -> Vec<SourceView> {
    let mut index: std::collections::HashMap<Source, usize> = std::collections::HashMap::new();
    let mut out: Vec<SourceView> = Vec::new();
    let mut slot = |speaker: Option<&String>, text: Option<&String>, out: &mut Vec<SourceView>| {
        let entity = speaker.and_then(|id| a.entities.iter().position(|e| &e.id == id));
        let (source, name, role) = match (entity, text) {
            (Some(e), _) => (
                Source::Entity(e),
                a.entities[e].name.clone(),
                a.entities[e].descriptors.first().cloned(),
            ),
            (None, Some(t)) => (Source::Unnamed(t.to_lowercase()), t.clone(), None),
            (None, None) => return None,
        };
        Some(*index.entry(source.clone()).or_insert_with(|| {
            out.push(SourceView {
                source,
                name,
                role,
                quotes: vec![],
                attributions: vec![],
                figures: vec![],
            });
            out.len() - 1
        }))
    };
    for (i, q) in a.quotes.iter().enumerate() {
        if let Some(k) = slot(q.speaker.as_ref(), q.speaker_text.as_ref(), &mut out) {
            out[k].quotes.push(i);
        }
    }
    for (i, r) in a.attributions.iter().enumerate() {
        if let Some(k) = slot(r.speaker.as_ref(), r.speaker_text.as_ref(), &mut out) {
            out[k].attributions.push(i);
        }
    }
    let mut own = Vec::new();
    for (i, f) in a.figures.iter().enumerate() {
        match &f.attributed_to {
            Some(s) => {
                if let Some(k) = slot(s.speaker.as_ref(), s.speaker_text.as_ref(), &mut out) {
                    out[k].figures.push(i);
                }
            }
            None => own.push(i),
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.quotes.len() + s.attributions.len() + s.figures.len()));
    if !own.is_empty() {
        out.push(SourceView {
            source: Source::Article,
            name: "The article itself".into(),
            role: None,
            quotes: vec![],
            attributions: vec![],
            figures: own,
        });
    }
    out
}

/// The kind of an entity as a word for a label.
pub fn entity_kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organization",
        EntityKind::Place => "Place",
        EntityKind::Group => "Group",
    }
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

    use crate::model::Mention;

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
    fn statement_cards_name_their_source_and_cue() {
        let a = crate::annotate(
            "“We are ready,” said Maria Lopez, the mayor of Springfield. Lopez said the bridge was safe.",
        );
        let quote = note_text(Target::Quote(0), &a);
        assert_eq!(quote.label, "Quote");
        assert_eq!(quote.line(), "— Lopez, mayor · said");
        assert_eq!(
            quote.details.last().map(String::as_str),
            Some("cue: “said”")
        );
        assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
        let reported = note_text(Target::Attribution(0), &a);
        assert_eq!(reported.label, "Reported");
        assert_eq!(reported.line(), "— Lopez, mayor · said");
        assert_eq!(reported.details[0], "reported speech, not quoted");
    }

    #[test]
    fn roles_cut_to_their_head_for_a_compact_note() {
        let cases = [
            ("Portugal's Infrastructure Minister", "minister"),
            ("a spokesperson for Ukraine's air force", "spokesperson"),
            ("the chief executive of Acme", "chief executive"),
            (
                "a 36-year-old officer from the Russian city of Kolomna",
                "officer",
            ),
            ("Prime Minister", "prime minister"),
            ("the company's CEO", "CEO"),
            ("who runs two stations outside Ibarreta", ""),
        ];
        for (descriptor, role) in cases {
            assert_eq!(short_role(descriptor), role, "{descriptor}");
        }
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
            magnitude: None,
            attributed_to: None,
        };
        assert_eq!(describe_figure(&f), "fewer than 2,000 drones — “nearly”");
        let up_to = Figure {
            hedge: Some("up to".into()),
            ..f.clone()
        };
        assert_eq!(describe_figure(&up_to), "at most 2,000 drones — “up to”");
        assert_eq!(figure_short(&up_to), "≤ 2,000 drones");
        assert_eq!(figure_short(&f), "< 2,000 drones");
        // A vague amount keeps its words, never "an unspecified number".
        let lorries = Figure {
            text: "Hundreds of lorries".into(),
            value: None,
            bound: Bound::Vague,
            hedge: None,
            unit: Some("lorries".into()),
            magnitude: Some(100.0),
            ..f.clone()
        };
        assert_eq!(describe_figure(&lorries), "hundreds of lorries");
        assert_eq!(figure_short(&lorries), "hundreds of lorries");
        assert_eq!(format_number(1.2e9), "1.2 billion");
        assert_eq!(format_number(0.3), "0.3");
        assert_eq!(format_number(178000.0), "178,000");
    }
}

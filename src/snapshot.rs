//! A readable, line-per-annotation rendering of everything found: what
//! `annotate --lines` prints and what `tests/snapshots/*.lines` hold, so a
//! reviewer sees every effect of a rule change as a diff (in the way of
//! rust-analyzer's expect-test).
//!
//! One line per entity, per mention, per figure, per quote and per
//! attribution (reported speech), in a stable order: the entities in output
//! order, each followed by its mentions, then the figures, the quotes and
//! the attributions, each in text order as the layers return them.
//! Strings are written as Rust string literals (`"…"`, with `\n` and `\"`
//! escaped), so every line stays one line; absent values are `-`. Offsets are
//! code points, as in the JSON.
//!
//! ```
//! let annotations = sidenote::annotate("Nearly 2,000 drones were sent.");
//! let lines = sidenote::snapshot::render(&annotations);
//! assert_eq!(
//!     lines,
//!     "figure 0..19 \"Nearly 2,000 drones\" count value=2000 high=- bound=max hedge=\"Nearly\" unit=\"drones\" magnitude=- source=-\n"
//! );
//! ```

use crate::model::{Annotations, Attribution, Entity, Figure, FigureSource, Mention, Quote};
use std::fmt::Write;

/// One line of the rendering. A new kind of annotation is one more variant
/// here, one more arm in [`Line::write`] and one more loop in [`lines`].
#[derive(Debug, Clone, Copy)]
pub enum Line<'a> {
    Entity(&'a Entity),
    /// A mention, with the id of its entity.
    Mention(&'a str, &'a Mention),
    Figure(&'a Figure),
    Quote(&'a Quote),
    Attribution(&'a Attribution),
}

/// Every line of `annotations`, in the rendering's order.
pub fn lines(annotations: &Annotations) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for e in &annotations.entities {
        out.push(Line::Entity(e));
        out.extend(e.mentions.iter().map(|m| Line::Mention(&e.id, m)));
    }
    out.extend(annotations.figures.iter().map(Line::Figure));
    out.extend(annotations.quotes.iter().map(Line::Quote));
    out.extend(annotations.attributions.iter().map(Line::Attribution));
    out
}

/// The whole rendering: [`lines`], each ended by `\n`.
pub fn render(annotations: &Annotations) -> String {
    let mut out = String::new();
    for line in lines(annotations) {
        line.write(&mut out);
        out.push('\n');
    }
    out
}

impl Line<'_> {
    /// Append this line (without its line end) to `out`.
    pub fn write(&self, out: &mut String) {
        // Writing to a String cannot fail.
        let _ = match *self {
            Line::Entity(e) => write!(
                out,
                "entity {} {} {:?} descriptors={:?}",
                e.id,
                e.kind.as_str(),
                e.name,
                e.descriptors
            ),
            Line::Mention(id, m) => write!(out, "mention {id} {}..{} {:?}", m.start, m.end, m.text),
            Line::Figure(f) => write!(
                out,
                "figure {}..{} {:?} {} value={} high={} bound={} hedge={} unit={} magnitude={} source={}",
                f.start,
                f.end,
                f.text,
                name_of(&f.kind),
                number(f.value),
                number(f.high),
                name_of(&f.bound),
                text(f.hedge.as_deref()),
                text(f.unit.as_deref()),
                number(f.magnitude),
                source(f.attributed_to.as_ref()),
            ),
            Line::Quote(q) => write!(
                out,
                "quote {}..{} {:?} speaker={} speaker_text={} cue={}",
                q.start,
                q.end,
                q.text,
                q.speaker.as_deref().unwrap_or("-"),
                text(q.speaker_text.as_deref()),
                text(q.cue.as_deref()),
            ),
            Line::Attribution(a) => write!(
                out,
                "attribution {}..{} {:?} {} speaker={} speaker_text={} cue={}",
                a.start,
                a.end,
                a.text,
                a.kind.as_str(),
                a.speaker.as_deref().unwrap_or("-"),
                text(a.speaker_text.as_deref()),
                text(a.cue.as_deref()),
            ),
        };
    }
}

/// A value's name as the JSON writes it ("count", "max").
fn name_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".into(),
    }
}

/// A number as the JSON writes it: whole numbers without a fraction.
fn number(value: Option<f64>) -> String {
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => format!("{}", v as i64),
        Some(v) => format!("{v}"),
        None => "-".into(),
    }
}

/// Who gives a figure: the speaker's id or words, and the quote or the
/// attribution (by index) it stands in, as `e3/q1`, `"officials"/a2` or `-`.
fn source(value: Option<&FigureSource>) -> String {
    let Some(s) = value else {
        return "-".into();
    };
    let who = s
        .speaker
        .clone()
        .unwrap_or_else(|| text(s.speaker_text.as_deref()));
    match (s.quote, s.attribution) {
        (Some(q), _) => format!("{who}/q{q}"),
        (None, Some(a)) => format!("{who}/a{a}"),
        (None, None) => who,
    }
}

fn text(value: Option<&str>) -> String {
    value.map_or_else(|| "-".into(), |s| format!("{s:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_line() {
        let a = crate::annotate(
            "“We counted 40 boats,” said Lena Novak, the mayor of Oslo.\n\nNovak left.",
        );
        let out = render(&a);
        for start in ["entity e1 ", "mention e1 ", "figure ", "quote "] {
            assert!(out.lines().any(|l| l.starts_with(start)), "{start}: {out}");
        }
        assert!(out.ends_with('\n') && !out.contains("\n\n"), "{out}");
    }
}

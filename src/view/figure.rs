//! Figure wording: a figure's amount as a reader writes it ("2,000",
//! "$1.2 billion", "40%"), in plain words for a note's detail
//! (`describe_figure`: "fewer than 2,000 drones — “nearly”") and in a few
//! characters for its compact line (`figure_short`: "< 2,000 drones"), and
//! the word for its kind. The page, the widget (through the JS API) and the
//! Web Annotation export all say a figure through these.

use crate::model::{Bound, Figure, FigureKind};

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

#[cfg(test)]
mod tests {
    use super::*;

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

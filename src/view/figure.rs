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
    let digits = integer_digits(thousandths);
    // The last three digits are the thousandths.
    let (whole, part) = digits.split_at(digits.len().saturating_sub(3));
    let whole = if whole.is_empty() { "0" } else { whole };
    let part = format!("{part:0>3}");
    let part = part.trim_end_matches('0');
    if part.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part}")
    }
}

/// The decimal digits of `t`, a whole number from 0 to 2^128, exactly.
/// Past 2^63 it is `m` times a power of two (`m` a whole number under 2^63,
/// since an f64 holds 53 bits): `m`'s digits doubled that many times. This
/// keeps 128-bit printing (1.6 KB of wasm, 0.3 KB gzip) out of the download.
fn integer_digits(t: f64) -> String {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    let (mut m, mut doublings) = (t, 0);
    while m >= TWO_63 {
        m /= 2.0;
        doublings += 1;
    }
    if doublings == 0 {
        return (m as u64).to_string();
    }
    // Little-endian decimal digits, doubled with a carry.
    let mut digits: Vec<u8> = (m as u64)
        .to_string()
        .bytes()
        .rev()
        .map(|b| b - b'0')
        .collect();
    for _ in 0..doublings {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let twice = *d * 2 + carry;
            *d = twice % 10;
            carry = twice / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
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

/// The words a figure is said in: before its amount for each bound, and
/// between the ends of a range.
struct BoundWords {
    approx: &'static str,
    at_least: &'static str,
    more_than: &'static str,
    at_most: &'static str,
    fewer_than: &'static str,
    less_than: &'static str,
    to: &'static str,
}

/// In plain words: "more than 3,000", "10 to 12".
const PLAIN: BoundWords = BoundWords {
    approx: "about ",
    at_least: "at least ",
    more_than: "more than ",
    at_most: "at most ",
    fewer_than: "fewer than ",
    less_than: "less than ",
    to: " to ",
};

/// In signs, for a compact line: "> 3,000", "10–12".
const SIGNS: BoundWords = BoundWords {
    approx: "≈ ",
    at_least: "≥ ",
    more_than: "> ",
    at_most: "≤ ",
    fewer_than: "< ",
    less_than: "< ",
    to: "–",
};

/// A figure's bound, amount and unit in `words`; a vague amount in its own
/// words. One rule for both the plain and the compact wording, so they never
/// disagree on a bound.
fn bounded(f: &Figure, words: &BoundWords) -> String {
    if f.bound == Bound::Vague {
        return vague_words(f);
    }
    let (value, high) = amount(f);
    let inclusive = inclusive(f.hedge.as_deref());
    let before = match f.bound {
        Bound::Exact | Bound::Range | Bound::Vague => "",
        Bound::Approx => words.approx,
        Bound::Min if inclusive => words.at_least,
        Bound::Min => words.more_than,
        Bound::Max if inclusive => words.at_most,
        Bound::Max if f.kind == FigureKind::Count => words.fewer_than,
        Bound::Max => words.less_than,
    };
    let mut said = format!("{before}{value}");
    if f.bound == Bound::Range {
        said.push_str(words.to);
        said.push_str(high.as_deref().unwrap_or("?"));
    }
    if let Some(unit) = &f.unit {
        if !matches!(f.kind, FigureKind::Money | FigureKind::Percent) {
            said.push(' ');
            said.push_str(unit);
        }
    }
    said
}

/// What a figure says, in plain words: "fewer than 2,000 drones — “nearly”",
/// "hundreds of lorries".
pub fn describe_figure(f: &Figure) -> String {
    let mut said = bounded(f, &PLAIN);
    if f.bound != Bound::Vague {
        if let Some(h) = &f.hedge {
            said.push_str(" — “");
            said.push_str(h);
            said.push('”');
        }
    }
    said
}

/// A figure in a few characters, for a margin note: "≥ 14 ships",
/// "> 3,000 residents", "≈ 40%", "10–12%", "hundreds of lorries".
pub fn figure_short(f: &Figure) -> String {
    bounded(f, &SIGNS)
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
    #[test]
    fn every_bound_in_plain_words_and_in_signs() {
        let figure = |bound, hedge: Option<&str>, high| Figure {
            start: 0,
            end: 0,
            text: String::new(),
            kind: FigureKind::Measure,
            value: Some(10.0),
            high,
            bound,
            hedge: hedge.map(String::from),
            unit: Some("km".into()),
            magnitude: None,
            attributed_to: None,
        };
        let cases = [
            (figure(Bound::Exact, None, None), "10 km", "10 km"),
            (
                figure(Bound::Approx, Some("about"), None),
                "about 10 km — “about”",
                "≈ 10 km",
            ),
            (
                figure(Bound::Min, Some("at least"), None),
                "at least 10 km — “at least”",
                "≥ 10 km",
            ),
            (
                figure(Bound::Min, Some("over"), None),
                "more than 10 km — “over”",
                "> 10 km",
            ),
            (
                figure(Bound::Max, Some("nearly"), None),
                "less than 10 km — “nearly”",
                "< 10 km",
            ),
            (
                figure(Bound::Range, None, Some(12.0)),
                "10 to 12 km",
                "10–12 km",
            ),
            (figure(Bound::Range, None, None), "10 to ? km", "10–? km"),
        ];
        for (f, plain, signs) in cases {
            assert_eq!(describe_figure(&f), plain, "{f:?}");
            assert_eq!(figure_short(&f), signs, "{f:?}");
        }
    }
    #[test]
    fn whole_numbers_past_64_bits_keep_every_digit() {
        assert_eq!(integer_digits(0.0), "0");
        assert_eq!(integer_digits(9_007_199_254_740_993.0), "9007199254740992");
        assert_eq!(integer_digits(2f64.powi(64)), "18446744073709551616");
        assert_eq!(
            integer_digits(2f64.powi(100) * 3.0),
            "3802951800684688204490109616128"
        );
        assert_eq!(trim_zeros(2f64.powi(70)), "1180591620717411303424");
    }
}

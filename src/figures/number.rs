//! Reading one token as a number: digits with their separators ("2,000",
//! "1.5", "10-20", "1/3"), digits glued to a scale or a unit ("4.5m",
//! "10km", "36-year-old", "104-page"), and number words with hyphens
//! ("twenty-five", "two-thirds", "four-year").
//!
//! Nothing here panics or loops beyond the token: malformed digit groups
//! ("1,2,3") and numbers too large for an `f64` are simply not numbers.

use super::lexicon::{fraction_word, scale_word, small_number};

/// What a token says, read as a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A plain amount, maybe with a glued scale ("4.5m"), a range ("10-20"),
    /// or a glued suffix ("km", "year", "page", "square-mile").
    Amount {
        value: f64,
        high: Option<f64>,
        scaled: bool,
        suffix: Option<String>,
    },
    /// "36-year-old", "six-month-old": an age with its unit ("years").
    Age { value: f64, unit: &'static str },
    /// "30s", "40s": a decade of life or of a century.
    Decade(f64),
    /// "1/3", "one-third", "two-thirds": a fraction.
    Fraction(f64),
    /// "tenfold", "3-fold".
    Fold(f64),
}

/// `value × scale` without binary noise: 8.2 × 1e6 is 8,200,000, not
/// 8,199,999.999999999.
pub fn scaled(value: f64, scale: f64) -> f64 {
    let v = value * scale;
    if scale >= 10.0 && (v - v.round()).abs() < 1e-6 * v.abs().max(1.0) {
        v.round()
    } else {
        v
    }
}

/// Digits with optional thousands commas and one decimal point.
pub fn parse_digits(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    if !s.as_bytes()[0].is_ascii_digit() || s.len() > 40 {
        return None;
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || !groups.all(|g| g.len() == 3) {
            return None;
        }
    }
    let int: String = int.chars().filter(|&c| c != ',').collect();
    Some(decimal_value(&int, frac.unwrap_or(""))).filter(|v| v.is_finite())
}

/// The value of decimal digits, `int` before the point and `frac` after,
/// read with integers instead of the standard parser (14 KB of the
/// download). Up to 15 significant digits the result is the standard
/// parser's, the correctly rounded one: the digits make an exact integer
/// and one division by an exact power of ten rounds once (Clinger's fast
/// path). Longer numbers, which news never prints, may differ in the last
/// binary digit.
fn decimal_value(int: &str, frac: &str) -> f64 {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    const ROOM: u128 = u128::MAX / 10 - 9;
    let mut digits: u128 = 0;
    // Integer digits past what a u128 holds, and fraction digits kept.
    let (mut dropped, mut scale) = (0usize, 0usize);
    for b in int.bytes() {
        if digits <= ROOM {
            digits = digits * 10 + u128::from(b - b'0');
        } else {
            dropped += 1;
        }
    }
    for b in frac.bytes() {
        if digits <= ROOM && dropped == 0 {
            digits = digits * 10 + u128::from(b - b'0');
            scale += 1;
        }
    }
    let mut v = digits as f64;
    for _ in 0..dropped {
        v *= 10.0;
    }
    while scale > 22 {
        v /= 1e22;
        scale -= 22;
    }
    v / POW10[scale]
}

/// Read a Number token: "2,000", "1.5", "10-20" (a range), "1/3" (a fraction).
/// Times ("9:30") and phone-like strings ("555-123-4567") are not numbers.
pub fn read_number_token(s: &str) -> Option<Reading> {
    if s.contains(':') {
        return None;
    }
    if let Some((a, b)) = s.split_once(['-', '\u{2010}', '\u{2011}']) {
        if b.contains(['-', '\u{2010}', '\u{2011}']) || a.len() > 7 {
            return None;
        }
        let low = parse_digits(a)?;
        let high = parse_digits(b)?;
        return Some(Reading::Amount {
            value: low,
            high: Some(high),
            scaled: false,
            suffix: None,
        });
    }
    if let Some((a, b)) = s.split_once('/') {
        let n = parse_digits(a)?;
        let d = parse_digits(b)?;
        // "1/3", "3/4": a fraction; "9/11", "24/7" are names and phrases.
        if d > 0.0 && d <= 10.0 && n < d && !b.contains('/') {
            return Some(Reading::Fraction(n / d));
        }
        return None;
    }
    // A leading zero on a whole number reads as a code or a clock ("0227").
    if s.len() > 1 && s.starts_with('0') && !s.starts_with("0.") {
        return None;
    }
    Some(Reading::Amount {
        value: parse_digits(s)?,
        high: None,
        scaled: false,
        suffix: None,
    })
}

/// Read a Word token that holds a number: digits with a glued suffix, or
/// number words joined by hyphens.
pub fn read_word_token(s: &str) -> Option<Reading> {
    let first = s.chars().next()?;
    if first.is_ascii_digit() {
        read_glued_digits(s)
    } else {
        read_hyphenated_words(s)
    }
}

/// "4.5m", "1.2bn", "10km", "36-year-old", "104-page", "30s", "10-20km".
fn read_glued_digits(s: &str) -> Option<Reading> {
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let (digits, rest) = s.split_at(split);
    // A trailing dot belongs to the sentence, not the number.
    let digits = digits.trim_end_matches('.');
    let value = parse_digits(digits)?;
    let mut rest = rest.trim_start_matches('.');
    let mut high = None;
    // "10-20km": a range glued to its unit.
    if let Some(r) = rest.strip_prefix('-') {
        if r.starts_with(|c: char| c.is_ascii_digit()) {
            let split = r
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .unwrap_or(r.len());
            high = Some(parse_digits(&r[..split])?);
            rest = &r[split..];
        }
    }
    let lower = rest.to_lowercase();
    let suffix = lower.trim_start_matches(['-', '\u{2010}', '\u{2011}']);
    if suffix.is_empty() {
        return Some(Reading::Amount {
            value,
            high,
            scaled: false,
            suffix: None,
        });
    }
    if matches!(suffix, "st" | "nd" | "rd" | "th")
        || matches!(suffix, "am" | "pm" | "a.m" | "p.m" | "gmt" | "h" | "hrs")
    {
        return None;
    }
    if suffix == "s" && high.is_none() {
        return Some(Reading::Decade(value));
    }
    if let Some(unit) = age_suffix(suffix) {
        return Some(Reading::Age { value, unit });
    }
    if suffix == "fold" {
        return Some(Reading::Fold(value));
    }
    if let Some(scale) = scale_word(suffix) {
        return Some(Reading::Amount {
            value: scaled(value, scale),
            high: high.map(|h| scaled(h, scale)),
            scaled: true,
            suffix: None,
        });
    }
    // A glued unit or noun must be letters and hyphens only ("km", "square-mile").
    if !suffix
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '/')
    {
        return None;
    }
    let written = rest.trim_start_matches(['-', '\u{2010}', '\u{2011}']);
    Some(Reading::Amount {
        value,
        high,
        scaled: false,
        suffix: Some(written.to_string()),
    })
}

/// "year-old" → years, "month-old" → months: the suffix of an age.
fn age_suffix(suffix: &str) -> Option<&'static str> {
    Some(match suffix {
        "year-old" | "years-old" | "yr-old" | "year-olds" => "years",
        "month-old" | "months-old" => "months",
        "week-old" | "weeks-old" => "weeks",
        "day-old" | "days-old" => "days",
        _ => return None,
    })
}

/// "twenty-five", "Twenty-seven", "one-third", "two-thirds", "four-year",
/// "90-minute" is handled by digits; "tenfold" here too.
fn read_hyphenated_words(s: &str) -> Option<Reading> {
    // Most words have neither a hyphen nor "fold": answer them without
    // lowering and splitting.
    let fold = s.len() >= 4 && s.as_bytes()[s.len() - 4..].eq_ignore_ascii_case(b"fold");
    // (U+2010 and U+2011 both start with the byte 0xE2.)
    let hyphen = s.bytes().any(|b| b == b'-' || b == 0xE2);
    if !fold && !hyphen {
        return None;
    }
    let lower = s.to_lowercase();
    if let Some(stem) = lower.strip_suffix("fold") {
        let v = small_number(stem.trim_end_matches('-'))?;
        return Some(Reading::Fold(v));
    }
    let parts: Vec<&str> = lower.split(['-', '\u{2010}', '\u{2011}']).collect();
    if parts.len() < 2 {
        return None;
    }
    let mut value = small_number(parts[0])?;
    let mut used = 1;
    // "twenty-five": tens then ones.
    if value >= 20.0 && value % 10.0 == 0.0 {
        if let Some(ones) = parts.get(1).and_then(|p| small_number(p)) {
            if (1.0..10.0).contains(&ones) {
                value += ones;
                used = 2;
            }
        }
    }
    // "one-third", "two-thirds", "three-quarters".
    if used == 1 && parts.len() == 2 && (1.0..10.0).contains(&value) {
        if let Some(d) = fraction_word(parts[1]) {
            if value < d {
                return Some(Reading::Fraction(value / d));
            }
        }
    }
    if used == parts.len() {
        return Some(Reading::Amount {
            value,
            high: None,
            scaled: false,
            suffix: None,
        });
    }
    let rest_lower = parts[used..].join("-");
    if let Some(unit) = age_suffix(&rest_lower) {
        return Some(Reading::Age { value, unit });
    }
    // The suffix as written: skip the same number of hyphen-separated parts.
    let written = s
        .splitn(used + 1, ['-', '\u{2010}', '\u{2011}'])
        .nth(used)
        .unwrap_or("");
    if written.is_empty() || !written.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    Some(Reading::Amount {
        value,
        high: None,
        scaled: false,
        suffix: Some(written.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The integer reading agrees with the standard parser, digit for digit
    /// in the result, on every number of up to 15 significant digits tried.
    #[test]
    fn decimal_digits_read_as_the_standard_parser_reads_them() {
        let mut cases: Vec<String> = [
            "0",
            "7",
            "2000",
            "0.1",
            "0.3",
            "1.5",
            "2.675",
            "99.99",
            "123456789012345",
            "1234567.89",
            "0.000001",
            "3.14159265358979",
            "100000000000000000000000",
            "0.1234567890123",
            "45.50",
            "000.5",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // and a spread of others
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 1_000_000_000_000_000) as f64;
            let point = (x >> 50) as usize % 16;
            let s = format!("{digits:015}");
            cases.push(
                format!("{}.{}", &s[..15 - point], &s[15 - point..])
                    .trim_end_matches('.')
                    .to_string(),
            );
        }
        for case in cases {
            let (int, frac) = case.split_once('.').unwrap_or((&case, ""));
            let expected: f64 = case.parse().unwrap();
            assert_eq!(
                decimal_value(int, frac).to_bits(),
                expected.to_bits(),
                "{case}"
            );
        }
    }

    fn amount(r: Option<Reading>) -> Option<(f64, Option<f64>, Option<String>)> {
        match r {
            Some(Reading::Amount {
                value,
                high,
                suffix,
                ..
            }) => Some((value, high, suffix)),
            _ => None,
        }
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("2,000"), Some(2000.0));
        assert_eq!(parse_digits("3,500,000"), Some(3_500_000.0));
        assert_eq!(parse_digits("0.3"), Some(0.3));
        assert_eq!(parse_digits("1,2,3"), None);
        assert_eq!(scaled(8.2, 1e6), 8_200_000.0);
        assert_eq!(parse_digits("12,34"), None);
        assert!(parse_digits("999999999999999999999").is_some());
        assert_eq!(parse_digits(&"9".repeat(500)), None);
    }

    #[test]
    fn number_tokens() {
        assert_eq!(
            amount(read_number_token("10-20")),
            Some((10.0, Some(20.0), None))
        );
        assert_eq!(read_number_token("1/3"), Some(Reading::Fraction(1.0 / 3.0)));
        assert_eq!(read_number_token("9/11"), None);
        assert_eq!(read_number_token("9:30"), None);
        assert_eq!(read_number_token("555-123-4567"), None);
        assert_eq!(read_number_token("0227"), None);
    }

    #[test]
    fn glued_digits() {
        assert_eq!(
            amount(read_word_token("4.5m")),
            Some((4_500_000.0, None, None))
        );
        assert_eq!(
            amount(read_word_token("1.2bn")),
            Some((1_200_000_000.0, None, None))
        );
        assert_eq!(
            amount(read_word_token("10km")),
            Some((10.0, None, Some("km".into())))
        );
        assert_eq!(
            amount(read_word_token("104-page")),
            Some((104.0, None, Some("page".into())))
        );
        assert_eq!(
            read_word_token("36-year-old"),
            Some(Reading::Age {
                value: 36.0,
                unit: "years"
            })
        );
        assert_eq!(read_word_token("30s"), Some(Reading::Decade(30.0)));
        assert_eq!(read_word_token("19th"), None);
        assert_eq!(read_word_token("9pm"), None);
    }

    #[test]
    fn hyphenated_words() {
        assert_eq!(
            amount(read_word_token("twenty-five")),
            Some((25.0, None, None))
        );
        assert_eq!(
            amount(read_word_token("Twenty-seven")),
            Some((27.0, None, None))
        );
        assert_eq!(
            read_word_token("two-thirds"),
            Some(Reading::Fraction(2.0 / 3.0))
        );
        assert_eq!(
            amount(read_word_token("four-year")),
            Some((4.0, None, Some("year".into())))
        );
        assert_eq!(
            read_word_token("six-month-old"),
            Some(Reading::Age {
                value: 6.0,
                unit: "months"
            })
        );
        assert_eq!(read_word_token("tenfold"), Some(Reading::Fold(10.0)));
        assert_eq!(read_word_token("Shahed-136"), None);
        assert_eq!(read_word_token("Covid-19"), None);
    }
}

//! Reading the number itself across tokens: a currency prefix ("$", "US$",
//! "Rs"), digits or number words ("two and a half million"), and a scale
//! word ("2.5 million"). What follows the number is `unit.rs`'s job.

use super::lexicon::*;
use super::number::{read_number_token, read_word_token, scaled, Reading};
use super::{Amount, Scanner};
use crate::document::TokenKind;

impl<'a, 'd> Scanner<'a, 'd> {
    /// Read the number at `j`, with its sign: "minus 20", "−5" (a glued
    /// minus sign); the rest is [`Scanner::unsigned_amount_at`]'s.
    pub(super) fn amount_at(&self, j: usize, end: usize) -> Option<Amount> {
        let glued = self.doc.tokens.get(j + 1).is_some_and(|t| !t.space_before);
        // "plus or minus 3 points" is a margin, not a negative number.
        let margin = j > 0 && self.low(j - 1) == "or";
        if !margin && (self.low(j) == "minus" || (self.text(j) == "\u{2212}" && glued)) {
            let mut a = self.unsigned_amount_at(j + 1, end)?;
            a.start = j;
            a.value = -a.value;
            a.base = -a.base;
            a.high = None;
            a.year_like = false;
            return Some(a);
        }
        self.unsigned_amount_at(j, end)
    }

    /// Read the number at `j`: currency prefix, digits or words, scale.
    fn unsigned_amount_at(&self, j: usize, end: usize) -> Option<Amount> {
        let mut k = j;
        let mut currency = None;
        let next_glued = |k: usize| self.doc.tokens.get(k + 1).is_some_and(|t| !t.space_before);
        if let (Some(code), "$") = (dollar_prefix(self.text(k)), self.text(k + 1)) {
            if next_glued(k) {
                currency = Some(code);
                k += 2;
            }
        }
        if currency.is_none() {
            if let Some(code) = currency_symbol(self.text(k)) {
                currency = Some(code);
                k += 1;
            } else if let Some(code) = currency_prefix_word(self.text(k)) {
                // "Rs 500", "Rs. 500", "USD 20m"
                let digits_at = |t: usize| {
                    self.kind(t) == Some(TokenKind::Number)
                        || self.is_word(t) && self.text(t).starts_with(|c: char| c.is_ascii_digit())
                };
                if digits_at(k + 1) {
                    currency = Some(code);
                    k += 1;
                } else if self.text(k + 1) == "." && digits_at(k + 2) {
                    currency = Some(code);
                    k += 2;
                }
            }
        }
        if k >= end {
            return None;
        }
        if currency.is_some() && self.kind(k) == Some(TokenKind::Punct) {
            return None;
        }
        let mut a = Amount {
            start: j,
            end: k + 1,
            value: 0.0,
            high: None,
            base: 0.0,
            scale: 1.0,
            currency,
            suffix: None,
            age_unit: None,
            decade: false,
            fraction: false,
            fold: false,
            words: false,
            is_one: false,
            year_like: false,
        };
        let text = self.text(k);
        let reading = match self.kind(k) {
            Some(TokenKind::Number) => read_number_token(text),
            Some(TokenKind::Word) if text.starts_with(|c: char| c.is_ascii_digit()) => {
                read_word_token(text)
            }
            Some(TokenKind::Word) => return self.words_amount(a, k, end),
            _ => None,
        }?;
        match reading {
            Reading::Amount {
                value,
                high,
                scaled,
                suffix,
            } => {
                a.value = value;
                a.base = value;
                a.high = high;
                a.suffix = suffix;
                if scaled {
                    a.scale = 0.0; // glued scale: the base is not known separately
                }
                a.year_like = !scaled
                    && a.suffix.is_none()
                    && high.is_none()
                    && text.len() == 4
                    && text.bytes().all(|b| b.is_ascii_digit())
                    && (1700.0..2100.0).contains(&value);
            }
            Reading::Age { value, unit } => {
                a.value = value;
                a.age_unit = Some(unit);
            }
            Reading::Decade(v) => {
                a.value = v;
                a.decade = true;
            }
            Reading::Fraction(v) => {
                a.value = v;
                a.fraction = true;
            }
            Reading::Fold(v) => {
                a.value = v;
                a.fold = true;
            }
        }
        // A scale word after the digits: "2.5 million".
        if a.suffix.is_none()
            && a.age_unit.is_none()
            && !a.decade
            && !a.fraction
            && !a.fold
            && a.scale == 1.0
        {
            let s = self.low(k + 1);
            let written_out = matches!(
                s,
                "hundred" | "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore"
            );
            let short = matches!(s, "bn" | "mn" | "m" | "tn" | "k") && a.currency.is_some();
            if k + 1 < end && (written_out || short) {
                if let Some(scale) = scale_word(s) {
                    a.scale = scale;
                    a.value = scaled(a.value, scale);
                    a.high = a.high.map(|h| scaled(h, scale));
                    a.year_like = false;
                    a.end = k + 2;
                }
            }
        }
        Some(a)
    }

    /// Number words: "four", "twenty five", "three hundred and fifty",
    /// "two and a half million", "a dozen", "half a million", "four-year".
    pub(super) fn words_amount(&self, mut a: Amount, j: usize, end: usize) -> Option<Amount> {
        let mut k = j;
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut last_small = false; // the previous word was a number below 100
        let mut last_scale = false;
        a.words = true;
        // "half a million", "half a dozen"
        if self.low(k) == "half" && matches!(self.low(k + 1), "a" | "an") {
            let scale = match self.low(k + 2) {
                "dozen" => Some(12.0),
                s => scale_word(s).filter(|s| *s >= 1e3),
            };
            if let Some(scale) = scale {
                a.value = scaled(0.5, scale);
                a.base = 0.5;
                a.scale = scale;
                a.end = k + 3;
                return Some(a);
            }
            return None;
        }
        // A number in words is a few tokens long; the bound keeps a run of
        // "hundred hundred hundred ..." from costing more than linear time.
        let end = end.min(j + 12);
        while k < end && self.is_word(k) {
            let w = self.low(k);
            if let Some(v) = small_number(w) {
                if last_small {
                    // "twenty five" only
                    if current % 10.0 == 0.0 && current >= 20.0 && v < 10.0 && v > 0.0 {
                        current += v;
                        last_small = false;
                        k += 1;
                        continue;
                    }
                    break;
                }
                current += v;
                last_small = true;
                last_scale = false;
                any = true;
                k += 1;
                continue;
            }
            if w.contains('-') {
                if any {
                    break;
                }
                match read_word_token(self.text(k)) {
                    Some(Reading::Amount { value, suffix, .. }) => {
                        current += value;
                        any = true;
                        k += 1;
                        if suffix.is_some() {
                            a.suffix = suffix;
                            break;
                        }
                        last_small = true;
                        continue;
                    }
                    Some(Reading::Age { value, unit }) => {
                        a.value = value;
                        a.age_unit = Some(unit);
                        a.end = k + 1;
                        return Some(a);
                    }
                    Some(Reading::Fraction(v)) => {
                        a.value = v;
                        a.fraction = true;
                        a.end = k + 1;
                        return Some(a);
                    }
                    _ => break,
                }
            }
            match w {
                "a" | "an" if !any => {
                    let next = self.low(k + 1);
                    if matches!(
                        next,
                        "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
                    ) {
                        current = 1.0;
                        any = true;
                        last_small = false;
                        k += 1;
                        continue;
                    }
                    break;
                }
                "hundred" if any => {
                    current = current.max(1.0) * 100.0;
                    any = true;
                    last_small = false;
                    last_scale = true;
                }
                "dozen" if any => {
                    current = current.max(1.0) * 12.0;
                    last_small = false;
                    last_scale = true;
                }
                "thousand" | "million" | "billion" | "trillion" if any => {
                    let scale = scale_word(w).unwrap_or(1.0);
                    a.base = total + current.max(1.0);
                    a.scale = scale;
                    total += scaled(current.max(1.0), scale);
                    current = 0.0;
                    last_small = false;
                    last_scale = true;
                }
                "and" if any => {
                    if self.low(k + 1) == "a" && self.low(k + 2) == "half" {
                        current += 0.5;
                        k += 3;
                        last_small = false;
                        last_scale = false;
                        continue;
                    }
                    if last_scale && small_number(self.low(k + 1)).is_some() {
                        last_scale = false;
                        k += 1;
                        continue;
                    }
                    break;
                }
                _ => break,
            }
            k += 1;
        }
        if !any {
            return None;
        }
        // "two and a half million": the half belongs before the scale.
        if current > 0.0 && current.fract() != 0.0 && total == 0.0 {
            if let Some(scale) = scale_word(self.low(k)).filter(|s| *s >= 1e3 && k < end) {
                a.base = current;
                a.scale = scale;
                current = scaled(current, scale);
                k += 1;
            }
        }
        a.value = total + current;
        if !a.value.is_finite() {
            return None;
        }
        if a.scale == 1.0 {
            a.base = a.value;
        }
        a.end = k;
        a.is_one = a.value == 1.0 && k == j + 1 && self.low(j) == "one";
        Some(a)
    }
}

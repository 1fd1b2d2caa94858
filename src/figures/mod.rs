//! The figure layer: numbers that count or measure, with their hedge, their
//! bound and what they count.
//!
//! A figure is read left to right from one token, within its sentence:
//!
//! ```text
//! [hedge] [aged|between] [currency] NUMBER [scale] [range] [post-hedge] [unit | head noun]
//!  "nearly"                  "$"     "4.5"  "m"
//!  "between"                        "10"          "and 20"              "people"
//! ```
//!
//! Each step looks at a handful of tokens, so the whole pass is linear in
//! the length of the text. What is *not* a figure is decided as carefully as
//! what is: dates and clock times, years, numbers inside names ("Boeing
//! 737", "Shahed-136"), labels ("page 3"), ordinals and "one" as a pronoun.
//! Without a part-of-speech tagger the head noun is found by shape: after a
//! number above one it is the first plural past the modifiers ("four Russian
//! military officers"), after "one" the last noun of the phrase.
//!
//! The word lists live in [`lexicon`]; reading a single token as a number
//! ("2,000", "4.5m", "twenty-five", "36-year-old") in [`number`].

mod lexicon;
mod number;

use crate::document::{Document, Span, TokenKind};
use crate::entities::EntityCluster;
use crate::model::{Bound, FigureKind};
use lexicon::*;
use number::{read_number_token, read_word_token, Reading};

/// A figure found in the text, in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundFigure {
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
    /// The hedging words as written.
    pub hedge: Option<Span>,
    pub unit: Option<String>,
}

/// Find the figures of a document, in text order, never overlapping.
///
/// ```
/// use sidenote::document::Document;
/// let doc = Document::parse("Nearly 2,000 drones were sent in 2022.");
/// let figures = sidenote::figures::find(&doc, &[]);
/// assert_eq!(figures.len(), 1);
/// assert_eq!(figures[0].value, Some(2000.0));
/// ```
pub fn find(doc: &Document, entities: &[EntityCluster]) -> Vec<FoundFigure> {
    let scanner = Scanner::new(doc, entities);
    let mut out: Vec<FoundFigure> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match scanner.figure_at(i) {
            Step::Figure(f, next) => {
                if out.last().is_none_or(|last| last.span.end <= f.span.start) {
                    out.push(f);
                }
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
    out
}

/// What reading from one token gave.
enum Step {
    /// A figure, and the token after it.
    Figure(FoundFigure, usize),
    /// Not a figure, and the tokens up to here are not to be read again
    /// ("two years ago" must not yield "two").
    Skip(usize),
    Nothing,
}

/// A number read from one or more tokens, before its unit.
#[derive(Debug, Clone)]
struct Amount {
    /// Token range.
    start: usize,
    end: usize,
    value: f64,
    high: Option<f64>,
    /// The value before a scale word, and the scale ("2.5" and 1e6).
    base: f64,
    scale: f64,
    currency: Option<&'static str>,
    /// A unit or noun glued to the digits ("km", "year", "page").
    suffix: Option<String>,
    age_unit: Option<&'static str>,
    decade: bool,
    fraction: bool,
    fold: bool,
    /// Written in words ("four"), not digits.
    words: bool,
    /// The single word "one" (which is often a pronoun).
    is_one: bool,
    /// Four digits without separators: a year or a code unless a unit says otherwise.
    year_like: bool,
}

struct Scanner<'a, 'd> {
    doc: &'d Document<'a>,
    lower: Vec<String>,
    /// Tokens inside an entity mention, and those that begin one.
    in_name: Vec<bool>,
    name_start: Vec<bool>,
    /// Per sentence: written in Title Case, where capitals do not mark names.
    headline: Vec<bool>,
}

impl<'a, 'd> Scanner<'a, 'd> {
    fn new(doc: &'d Document<'a>, entities: &[EntityCluster]) -> Self {
        let lower = (0..doc.tokens.len())
            .map(|i| doc.token_text(i).to_lowercase())
            .collect();
        let mut in_name = vec![false; doc.tokens.len()];
        let mut name_start = vec![false; doc.tokens.len()];
        for m in entities.iter().flat_map(|e| e.mentions.iter()) {
            let mut t = doc.token_at_or_after(m.start);
            if let Some(first) = name_start.get_mut(t) {
                *first = true;
            }
            while t < doc.tokens.len() && doc.tokens[t].span.end <= m.end {
                in_name[t] = true;
                t += 1;
            }
        }
        let headline = doc
            .sentences
            .iter()
            .map(|s| {
                let long_words = s.tokens.clone().filter(|&t| {
                    let text = doc.token_text(t);
                    doc.tokens[t].kind == TokenKind::Word
                        && text.chars().count() >= 4
                        && text.starts_with(char::is_alphabetic)
                });
                let (words, caps) = long_words.fold((0, 0), |(w, c), t| {
                    (
                        w + 1,
                        c + usize::from(doc.token_text(t).starts_with(char::is_uppercase)),
                    )
                });
                words >= 3 && caps * 4 >= words * 3
            })
            .collect();
        Scanner {
            doc,
            lower,
            in_name,
            name_start,
            headline,
        }
    }

    /// The text of token `i`, or "" past the end.
    fn text(&self, i: usize) -> &'a str {
        self.doc
            .tokens
            .get(i)
            .map_or("", |t| self.doc.slice(t.span))
    }

    fn low(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The end (exclusive) of the sentence holding token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        let s = self.doc.tokens[i].sentence;
        self.doc
            .sentences
            .get(s)
            .map_or(self.doc.tokens.len(), |s| s.tokens.end)
    }

    fn sentence_start(&self, i: usize) -> usize {
        let s = self.doc.tokens[i].sentence;
        self.doc.sentences.get(s).map_or(0, |s| s.tokens.start)
    }

    /// The byte span of tokens `from..to` (clamped to the document).
    fn span(&self, from: usize, to: usize) -> Span {
        let tokens = &self.doc.tokens;
        let last = to.min(tokens.len()).max(from + 1).saturating_sub(1);
        match (tokens.get(from), tokens.get(last)) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.end)),
            _ => Span::default(),
        }
    }

    /// The longest hedge starting at `i`: its bound and length in tokens.
    fn hedge_at(&self, i: usize, end: usize, table: &[(&[&str], Bound)]) -> Option<(Bound, usize)> {
        table
            .iter()
            .filter(|(words, _)| {
                i + words.len() <= end
                    && words.iter().enumerate().all(|(k, w)| self.low(i + k) == *w)
            })
            .max_by_key(|(words, _)| words.len())
            .map(|&(words, bound)| (bound, words.len()))
    }

    fn figure_at(&self, i: usize) -> Step {
        let t = &self.doc.tokens[i];
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Punct
        ) {
            return Step::Nothing;
        }
        let end = self.sentence_end(i);
        let mut j = i;
        let hedge = self.hedge_at(i, end, HEDGES);
        if let Some((_, len)) = hedge {
            j += len;
        }
        let mut aged = false;
        if matches!(self.low(j), "aged" | "ages") {
            aged = true;
            j += 1;
        } else if matches!(self.low(j), "age" | "ages") && self.low(j + 1) == "of" {
            // "at the age of 86"
            aged = true;
            j += 2;
        }
        let mut between = false;
        if self.low(j) == "between" {
            between = true;
            j += 1;
        }
        if j >= end {
            return Step::Nothing;
        }
        let fig = Draft {
            start: i,
            hedge: hedge.map(|(b, len)| (b, self.span(i, i + len))),
            aged,
            between,
        };
        if let Some(step) = self.special_at(&fig, j, end) {
            return step;
        }
        let Some(amount) = self.amount_at(j, end) else {
            return Step::Nothing;
        };
        self.complete(fig, amount, end)
    }

    /// Forms that are not a plain number: frequencies ("twice"), hedged
    /// multipliers ("more than double"), fractions ("a third of"), and vague
    /// amounts ("hundreds of", "several hundred", "a few").
    fn special_at(&self, fig: &Draft, j: usize, end: usize) -> Option<Step> {
        let w = self.low(j);
        let hedged = fig.hedge.is_some();
        let emit = |kind, value: Option<f64>, bound: Bound, last: usize, unit: Option<String>| {
            let bound = if fig.hedge.is_some() && bound == Bound::Exact {
                fig.hedge_bound()
            } else {
                bound
            };
            Some(Step::Figure(
                FoundFigure {
                    span: self.span(fig.start, last + 1),
                    kind,
                    value,
                    high: None,
                    bound,
                    hedge: fig.hedge.map(|h| h.1),
                    unit,
                },
                last + 1,
            ))
        };
        match w {
            "twice" => return emit(FigureKind::Frequency, Some(2.0), Bound::Exact, j, None),
            "thrice" => return emit(FigureKind::Frequency, Some(3.0), Bound::Exact, j, None),
            "once" if hedged => {
                return emit(FigureKind::Frequency, Some(1.0), Bound::Exact, j, None)
            }
            _ => {}
        }
        if hedged {
            if let Some(v) = multiplier_word(w) {
                return emit(FigureKind::Frequency, Some(v), Bound::Exact, j, None);
            }
        }
        // "tenfold", "a 20-fold increase": a multiplier, hedged or not.
        if let Some(Reading::Fold(v)) = read_word_token(self.text(j)) {
            return emit(FigureKind::Frequency, Some(v), Bound::Exact, j, None);
        }
        // Fractions: "half of", "more than half", "a third of", "two-thirds of".
        let next = self.low(j + 1);
        if w == "half" && (hedged || next == "of" || next == "the") && !matches!(next, "a" | "an") {
            return emit(FigureKind::Percent, Some(0.5), Bound::Exact, j, None);
        }
        if matches!(w, "a" | "one") && next != "half" {
            if let Some(d) = fraction_word(next) {
                if self.low(j + 2) == "of" || hedged {
                    return emit(
                        FigureKind::Percent,
                        Some(1.0 / d),
                        Bound::Exact,
                        j + 1,
                        None,
                    );
                }
            }
        }
        // Vague amounts.
        if vague_plural(w) && !self.in_name[j] {
            let mut k = j + 1;
            if self.low(k) != "of" {
                if matches!(w, "tens" | "scores") {
                    return None;
                }
                return emit(FigureKind::Count, None, Bound::Vague, j, None);
            }
            k += 1;
            if vague_plural(self.low(k)) && self.low(k + 1) == "of" {
                k += 2;
            }
            if let Some(code) = currency_word(self.low(k)) {
                return emit(
                    FigureKind::Money,
                    None,
                    Bound::Vague,
                    k,
                    Some(code.to_string()),
                );
            }
            return match self.head_noun(k, end, false) {
                Some(h) => {
                    let unit = self.text(h).to_string();
                    emit(self.kind_of_unit(&unit), None, Bound::Vague, h, Some(unit))
                }
                None => emit(FigureKind::Count, None, Bound::Vague, j, None),
            };
        }
        let few = match (w, next) {
            ("several", _) => Some(1),
            ("a", "few") | ("a", "couple") => Some(2),
            _ => None,
        };
        if let Some(len) = few {
            let k = j + len;
            let scale = self.low(k);
            let k = if matches!(
                scale,
                "hundred" | "thousand" | "million" | "billion" | "dozen"
            ) {
                k + 1
            } else if w == "a" && next == "few" {
                k
            } else {
                return None;
            };
            let k = if self.low(k) == "of" { k + 1 } else { k };
            if let Some(code) = currency_word(self.low(k)) {
                return emit(
                    FigureKind::Money,
                    None,
                    Bound::Vague,
                    k,
                    Some(code.to_string()),
                );
            }
            return match self.head_noun(k, end, false) {
                Some(h) => {
                    let unit = self.text(h).to_string();
                    emit(self.kind_of_unit(&unit), None, Bound::Vague, h, Some(unit))
                }
                None if k > j + len => emit(FigureKind::Count, None, Bound::Vague, k - 1, None),
                None => None,
            };
        }
        if w == "a" && next == "handful" && self.low(j + 2) == "of" {
            let h = self.head_noun(j + 3, end, false)?;
            let unit = self.text(h).to_string();
            return emit(self.kind_of_unit(&unit), None, Bound::Vague, h, Some(unit));
        }
        None
    }

    /// Read the number at `j`: currency prefix, digits or words, scale.
    fn amount_at(&self, j: usize, end: usize) -> Option<Amount> {
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
                    a.value *= scale;
                    a.high = a.high.map(|h| h * scale);
                    a.year_like = false;
                    a.end = k + 2;
                }
            }
        }
        Some(a)
    }

    /// Number words: "four", "twenty five", "three hundred and fifty",
    /// "two and a half million", "a dozen", "half a million", "four-year".
    fn words_amount(&self, mut a: Amount, j: usize, end: usize) -> Option<Amount> {
        let mut k = j;
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut last_small = false; // the previous word was a number below 100
        let mut last_scale = false;
        a.words = true;
        // "half a million"
        if self.low(k) == "half" && matches!(self.low(k + 1), "a" | "an") {
            if let Some(scale) = scale_word(self.low(k + 2)).filter(|s| *s >= 1e3) {
                a.value = 0.5 * scale;
                a.base = 0.5;
                a.scale = scale;
                a.end = k + 3;
                return Some(a);
            }
            return None;
        }
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
                "hundred" if any || k == j => {
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
                    total += current.max(1.0) * scale;
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
                current *= scale;
                k += 1;
            }
        }
        a.value = total + current;
        if a.scale == 1.0 {
            a.base = a.value;
        }
        a.end = k;
        a.is_one = a.value == 1.0 && k == j + 1 && self.low(j) == "one";
        Some(a)
    }

    /// Given the number, read what follows and decide whether it is a figure.
    fn complete(&self, fig: Draft, mut a: Amount, end: usize) -> Step {
        let first = a.start;
        let lead = if first > 0 && first > self.sentence_start(first) {
            self.low(first - 1)
        } else {
            ""
        };
        // Numbers inside names, dates, clock times and labels. A mention that
        // merely starts with a number word ("Four Russian") is the entity
        // layer's mistake, not a name.
        let named = (a.start..a.end).any(|t| self.in_name[t]);
        if named && a.currency.is_none() && !(a.words && self.name_start[a.start]) {
            return Step::Skip(a.end);
        }
        let before = if first > 0 { first - 1 } else { usize::MAX };
        if before != usize::MAX
            && self.doc.tokens[first].sentence == self.doc.tokens[before].sentence
        {
            let prev = self.text(before);
            let prev2 = self.text(before.wrapping_sub(1));
            if is_month(prev) || (is_month(prev2) && matches!(prev, "," | ".")) {
                return Step::Skip(a.end);
            }
        }
        if a.end < end
            && (is_month(self.text(a.end))
                || self.low(a.end) == "of" && is_month(self.text(a.end + 1)))
        {
            return Step::Skip(a.end + 1);
        }
        if a.end < end && is_time_of_day(self.low(a.end)) {
            return Step::Skip(a.end + 1);
        }
        if self.low(a.end) == ":" && self.kind(a.end + 1) == Some(TokenKind::Number) {
            return Step::Skip(a.end + 1);
        }
        let no_lead = fig.hedge.is_none() && !fig.between && !fig.aged && a.currency.is_none();
        if no_lead
            && before != usize::MAX
            && self.doc.tokens[first].sentence == self.doc.tokens[before].sentence
        {
            let prev_lower = self.low(before);
            if is_label_word(prev_lower) || prev_lower == "#" {
                return Step::Skip(a.end);
            }
            // "Boeing 737", "Section 48", "Xbox 2": a number after a name.
            let prev_text = self.text(before);
            let name_like = self.is_word(before) && prev_text.chars().any(char::is_uppercase);
            let opener = self.doc.is_sentence_initial(before)
                && (ends_phrase(prev_lower) || is_sentence_opener(prev_lower));
            let title_case = self.headline.get(self.doc.tokens[first].sentence) == Some(&true);
            if !a.words && name_like && !opener && !is_month(prev_text) && !title_case {
                return Step::Skip(a.end);
            }
        }
        if a.words
            && a.value == 1.0
            && self.text(first) == "One"
            && self.doc.is_sentence_initial(first)
            && a.end == first + 1
        {
            // "One idea was...": a determiner more often than a count.
            return Step::Skip(a.end);
        }
        if a.is_one {
            let next = self.low(a.end);
            if next == "of"
                || is_one_idiom(next)
                || matches!(
                    lead,
                    "no" | "the" | "any" | "every" | "this" | "that" | "each"
                )
            {
                return Step::Skip(a.end);
            }
        }

        let mut k = a.end;
        let mut bound = fig.hedge_bound();
        let mut hedge_span = fig.hedge.map(|h| h.1);

        // Ranges: "between 10 and 20", "10 to 20", "10-20", "two or three".
        let joiner = self.low(k);
        let can_range = (fig.between && joiner == "and")
            || (!fig.between
                && matches!(joiner, "to" | "-" | "–" | "—")
                && !self.change_from(first))
            || (!fig.between && joiner == "or" && a.value < 1000.0 && a.scale == 1.0);
        if can_range && a.high.is_none() && !a.fraction && a.age_unit.is_none() {
            if let Some(b) = self.amount_at(k + 1, end) {
                let compatible =
                    !b.fraction && b.age_unit.is_none() && !b.decade && b.value >= a.value * 0.999
                        || (b.scale > 1.0 && a.scale == 1.0);
                if compatible
                    && (b.currency.is_none() || a.currency.is_none() || a.currency == b.currency)
                {
                    let mut low = a.value;
                    if a.scale == 1.0 && b.scale > 1.0 && a.value <= b.base {
                        low *= b.scale;
                    }
                    if low <= b.value {
                        a.value = low;
                        a.high = Some(b.value);
                        a.currency = a.currency.or(b.currency);
                        a.suffix = a.suffix.or(b.suffix);
                        a.age_unit = a.age_unit.or(b.age_unit);
                        a.year_like = false;
                        a.words = a.words && b.words;
                        a.is_one = false;
                        a.end = b.end;
                        k = b.end;
                    }
                }
            }
        }
        if fig.between && a.high.is_none() {
            return Step::Nothing;
        }
        if a.high.is_some() {
            bound = Bound::Range;
        }
        // Post-hedges: "10 or more".
        if a.high.is_none() {
            if let Some((b, len)) = self.hedge_at(k, end, POST_HEDGES) {
                if fig.hedge.is_none() {
                    bound = b;
                    hedge_span = Some(self.span(k, k + len));
                    k += len;
                }
            }
        }
        let mut f = FoundFigure {
            span: Span::default(),
            kind: FigureKind::Count,
            value: Some(a.value),
            high: a.high,
            bound,
            hedge: hedge_span,
            unit: None,
        };
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Step::Figure(f, last)
        };

        if a.fold {
            f.kind = FigureKind::Frequency;
            return finish(f, k);
        }
        // "one in five", "1 in 10": a proportion.
        if self.low(k) == "in" && a.high.is_none() && !a.year_like && a.currency.is_none() {
            if let Some(b) = self.amount_at(k + 1, end) {
                if b.value > a.value && !b.year_like && b.scale == 1.0 && b.suffix.is_none() {
                    f.kind = FigureKind::Percent;
                    f.value = Some(100.0 * a.value / b.value);
                    f.unit = Some("%".into());
                    return finish(f, b.end);
                }
            }
        }
        if a.fraction {
            if fig.hedge.is_some() || self.low(k) == "of" {
                f.kind = FigureKind::Percent;
                return finish(f, k);
            }
            return Step::Skip(k);
        }
        if let Some(unit) = a.age_unit {
            f.kind = FigureKind::Age;
            f.unit = Some(unit.to_string());
            return finish(f, k);
        }
        if a.decade {
            let ctx = self.low(first.wrapping_sub(1));
            let after_age = matches!(
                ctx,
                "their" | "his" | "her" | "early" | "mid" | "late" | "mid-" | "in"
            ) && ctx != "in";
            if after_age || matches!(ctx, "," | "and" | "or") && self.recent_decade_age(first) {
                f.kind = FigureKind::Age;
                f.value = None;
                f.bound = Bound::Vague;
                f.unit = Some("years".into());
                return finish(f, k);
            }
            return Step::Skip(k);
        }

        // Percent.
        let next = self.low(k);
        let percent_len = match next {
            "%" | "percent" | "pct" | "pc" => 1,
            "per" if self.low(k + 1) == "cent" => 2,
            "percentage" if matches!(self.low(k + 1), "point" | "points") => 2,
            _ => 0,
        };
        if percent_len > 0 && k < end {
            f.kind = FigureKind::Percent;
            f.unit = Some("%".into());
            return finish(f, k + percent_len);
        }
        // Money.
        if let Some(code) = a.currency {
            f.kind = FigureKind::Money;
            f.unit = Some(code.to_string());
            // "US$5 million dollars" keeps the word with the figure.
            let last = if currency_word(next).is_some() {
                k + 1
            } else {
                k
            };
            return finish(f, last);
        }
        if k < end {
            if let Some(code) = currency_word(next) {
                f.kind = FigureKind::Money;
                f.unit = Some(code.to_string());
                return finish(f, k + 1);
            }
            if next == "cents" {
                f.kind = FigureKind::Money;
                f.unit = Some("USD".into());
                f.value = f.value.map(|v| v / 100.0);
                f.high = f.high.map(|v| v / 100.0);
                return finish(f, k + 1);
            }
        }
        // A glued unit or noun: "10km", "104-page", "four-year", "1.4-square-mile".
        if let Some(suffix) = a.suffix.clone() {
            let last_word = suffix.rsplit('-').next().unwrap_or(&suffix).to_lowercase();
            if matches!(last_word.as_str(), "old") {
                f.kind = FigureKind::Age;
                f.unit = Some("years".into());
                return finish(f, k);
            }
            if is_time_unit(&last_word) && self.low(k) == "old" {
                f.kind = FigureKind::Age;
                f.unit = Some(plural_of(&last_word));
                return finish(f, k + 1);
            }
            if matches!(
                last_word.as_str(),
                "sided" | "way" | "off" | "on" | "time" | "times" | "shot" | "nil" | "all" | "up"
            ) || a.year_like
            {
                return Step::Skip(k);
            }
            // "312p": pence; "45C", "113F": degrees.
            if suffix == "p" && !a.words {
                f.kind = FigureKind::Money;
                f.unit = Some("GBP".into());
                f.value = f.value.map(|v| v / 100.0);
                f.high = f.high.map(|v| v / 100.0);
                return finish(f, k);
            }
            let degrees = matches!(suffix.as_str(), "C" | "F") && !a.words;
            f.kind = if is_time_unit(&last_word) || is_measure_unit(&last_word) || degrees {
                FigureKind::Measure
            } else {
                FigureKind::Count
            };
            f.unit = Some(suffix);
            return finish(f, k);
        }
        // Time units: durations, ages, and points in time ("two years ago").
        if k < end && is_time_unit(next) {
            let after = self.low(k + 1);
            if after == "ago" {
                return Step::Skip(k + 2);
            }
            if after == "old" || (after == "of" && self.low(k + 2) == "age") {
                f.kind = FigureKind::Age;
                f.unit = Some(plural_of(next));
                let last = if after == "old" { k + 2 } else { k + 3 };
                return finish(f, last);
            }
            if a.year_like && !matches!(lead, "for" | "over") {
                return Step::Skip(k);
            }
            f.kind = if fig.aged {
                FigureKind::Age
            } else {
                FigureKind::Measure
            };
            f.unit = Some(self.text(k).to_string());
            // "over three years" is a stretch of time, not "more than".
            if let Some((_, h)) = fig
                .hedge
                .filter(|h| self.doc.slice(h.1).eq_ignore_ascii_case("over"))
            {
                if f.high.is_none() && h.end <= self.doc.tokens[first].span.start {
                    f.bound = Bound::Exact;
                    f.hedge = None;
                    f.span = self.span(first, k + 1);
                    return Step::Figure(f, k + 1);
                }
            }
            return finish(f, k + 1);
        }
        if fig.aged {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // Units of measure, some of two words ("square miles", "degrees Celsius").
        if k < end && is_measure_unit(next) {
            let mut last = k + 1;
            if matches!(next, "square" | "sq" | "cubic" | "nautical") {
                if !is_measure_unit(self.low(k + 1)) || k + 1 >= end {
                    return self.count_or_skip(fig, a, f, k, end);
                }
                last = k + 2;
            } else if next == "degrees"
                && matches!(
                    self.low(k + 1),
                    "celsius" | "fahrenheit" | "centigrade" | "c" | "f"
                )
            {
                last = k + 2;
            }
            f.kind = FigureKind::Measure;
            f.unit = Some(self.slice_words(k, last));
            return finish(f, last);
        }
        self.count_or_skip(fig, a, f, k, end)
    }

    /// Whether the number at `first` follows "from" as the start of a change
    /// ("rose from 2 million to 3 million": two figures), not of a range
    /// ("prices range from $50 to $200": one).
    fn change_from(&self, first: usize) -> bool {
        let start = self.sentence_start(first);
        let mut from = first;
        while from > start && !matches!(self.low(from - 1), "from") {
            from -= 1;
            if first - from > 3 {
                return false;
            }
        }
        if from == start || self.low(from - 1) != "from" {
            return false;
        }
        let verb = self.low(from.saturating_sub(2));
        !(verb.starts_with("rang")
            || verb.starts_with("var")
            || verb == "anywhere"
            || verb == "anything")
    }

    /// Whether an age decade ("in their 30s") came just before `i`.
    fn recent_decade_age(&self, i: usize) -> bool {
        let from = i.saturating_sub(4).max(self.sentence_start(i));
        (from..i).any(|t| {
            matches!(read_word_token(self.text(t)), Some(Reading::Decade(_)))
                && matches!(
                    self.low(t.wrapping_sub(1)),
                    "their" | "his" | "her" | "early" | "mid" | "late"
                )
        })
    }

    fn slice_words(&self, from: usize, to: usize) -> String {
        self.doc.slice(self.span(from, to)).to_string()
    }

    /// The rest: a count with its head noun, a partitive ("nine of the 20
    /// games"), an age in apposition ("Ann Lee, 33,"), a bare number, or
    /// nothing.
    fn count_or_skip(
        &self,
        fig: Draft,
        a: Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Step {
        let first = a.start;
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Step::Figure(f, last)
        };
        let singular = a.value == 1.0 && a.high.is_none();
        // Partitive: "nine of the 20 games", "more than 500 of which".
        if self.low(k) == "of" {
            if a.is_one {
                return Step::Skip(k);
            }
            let det = self.low(k + 1);
            if matches!(
                det,
                "the"
                    | "them"
                    | "those"
                    | "these"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "our"
                    | "which"
                    | "whom"
                    | "us"
                    | "you"
                    | "my"
                    | "your"
                    | "whose"
            ) {
                if a.year_like {
                    return Step::Skip(k);
                }
                if matches!(
                    det,
                    "the"
                        | "those"
                        | "these"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "our"
                        | "my"
                        | "your"
                ) {
                    let mut h = k + 2;
                    if let Some(inner) = self.amount_at(h, end) {
                        h = inner.end;
                    }
                    if let Some(head) = self.head_noun(h, end, false) {
                        let unit = self.text(head).to_string();
                        f.kind = self.kind_of_unit(&unit);
                        f.unit = Some(unit);
                    }
                }
                return finish(f, k);
            }
        }
        if let Some(head) = self.head_noun(k, end, singular) {
            let unit = self.text(head).to_string();
            if a.year_like && (fig.hedge.is_none() || (1800.0..2100.0).contains(&a.value)) {
                return Step::Skip(k);
            }
            if a.is_one && is_one_idiom(&unit.to_lowercase()) {
                return Step::Skip(k);
            }
            let lower = unit.to_lowercase();
            if is_time_unit(&lower) && self.low(head + 1) == "ago" {
                return Step::Skip(head + 2);
            }
            f.kind = self.kind_of_unit(&unit);
            f.unit = Some(unit);
            return finish(f, head + 1);
        }
        // No head noun. Four bare digits without a comma read as a year or
        // a code ("5784", "0800"): English prose writes "4,500" for a count.
        let bare_digits = self.text(first).len() == 4
            && self.text(first).bytes().all(|b| b.is_ascii_digit())
            && a.end == first + 1;
        if a.is_one || a.year_like || a.value == 0.0 || (bare_digits && fig.hedge.is_none()) {
            return Step::Skip(k);
        }
        // "children under five": an age.
        if fig.hedge.is_some()
            && a.value <= 120.0
            && fig.start > 0
            && is_age_holder(self.low(fig.start - 1))
        {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // "Ann Lee, 33, said": an age in apposition.
        let kind_first = self.kind(first);
        if fig.hedge.is_none()
            && kind_first == Some(TokenKind::Number)
            && a.value.fract() == 0.0
            && (1.0..=115.0).contains(&a.value)
            && a.end == first + 1
            && first >= 2
            && matches!(self.text(first - 1), "," | "(")
            && self.is_word(first - 2)
            && !ends_phrase(self.low(first - 2))
            && matches!(self.text(first + 1), "," | ")" | ".")
            && a.high.is_none()
        {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // A bare number: keep it unless it reads as a label, score or name.
        if k < end && self.capitalised(k) && !self.doc.is_sentence_initial(k) {
            // "11 Nisan", "5 Down": part of a name or a date.
            if fig.hedge.is_none() {
                return Step::Skip(k);
            }
        }
        if let (Some(h), None) = (a.high, fig.hedge) {
            if kind_first == Some(TokenKind::Number) && h <= 20.0 && a.value <= 20.0 {
                // "won 3-1": a score, not a range.
                return Step::Skip(k);
            }
        }
        if fig.start > 0 && is_score_word(self.low(fig.start - 1)) {
            return Step::Skip(k);
        }
        // Bracketed page furniture ("[widget 404]"), looked for a few tokens
        // back only: a whole-sentence scan per number is quadratic.
        let back = self.sentence_start(first).max(first.saturating_sub(12));
        if (back..first).any(|t| self.text(t) == "[") && !(back..first).any(|t| self.text(t) == "]")
        {
            return Step::Skip(k);
        }
        finish(f, k)
    }

    /// The head noun of the phrase starting at `k`: for plurals the first
    /// plural word (extended over following plurals: "police officers"),
    /// for "one" the last noun before the phrase ends.
    fn head_noun(&self, k: usize, end: usize, singular: bool) -> Option<usize> {
        let mut idx = k;
        let mut seen = 0;
        while idx < end && seen < 5 {
            if !self.is_word(idx) {
                return None;
            }
            let w = self.low(idx);
            let text = self.text(idx);
            if w.chars().any(|c| c.is_ascii_digit()) || is_month(text) {
                return None;
            }
            if ends_phrase(w) {
                // "uniformed and plainclothes officers": coordinated modifiers.
                if w == "and"
                    && !singular
                    && seen > 0
                    && self.is_word(idx + 1)
                    && !ends_phrase(self.low(idx + 1))
                {
                    idx += 1;
                    continue;
                }
                return None;
            }
            if small_number(w).is_some() || scale_word(w).is_some() {
                return None;
            }
            if !singular {
                if is_plural(text) {
                    let mut h = idx;
                    // "plainclothes police officers": a plural that modifies.
                    while h + 1 < end
                        && self.is_word(h + 1)
                        && !ends_phrase(self.low(h + 1))
                        && is_plural(self.text(h + 1))
                        && !self.capitalised(h + 1)
                        && (is_modifier_plural(self.low(h)) || is_irregular_plural(self.low(h + 1)))
                    {
                        h += 1;
                    }
                    return Some(h);
                }
            } else {
                let next_is_noun = idx + 1 < end
                    && self.is_word(idx + 1)
                    && !ends_phrase(self.low(idx + 1))
                    && !self.capitalised(idx + 1)
                    && looks_like_noun(self.low(idx + 1));
                if !next_is_noun {
                    return Some(idx);
                }
            }
            idx += 1;
            seen += 1;
        }
        None
    }

    fn kind_of_unit(&self, unit: &str) -> FigureKind {
        let lower = unit.to_lowercase();
        if is_time_unit(&lower) || is_measure_unit(&lower) {
            FigureKind::Measure
        } else if is_frequency_noun(&lower) {
            FigureKind::Frequency
        } else {
            FigureKind::Count
        }
    }
}

/// What was read before the number: where the figure starts, its hedge,
/// and whether "aged" or "between" led in.
#[derive(Debug, Clone, Copy)]
struct Draft {
    start: usize,
    hedge: Option<(Bound, Span)>,
    aged: bool,
    between: bool,
}

impl Draft {
    fn hedge_bound(&self) -> Bound {
        self.hedge.map_or(Bound::Exact, |h| h.0)
    }
}

/// A lower-case word that can be a noun after another noun ("security
/// guard"), judged by shape: not an adverb, participle or common verb.
fn looks_like_noun(w: &str) -> bool {
    let participle = w.ends_with("ed") || (w.ends_with("ing") && w.len() > 5);
    let common_verb = matches!(
        w,
        "said" | "says" | "say" | "went" | "came" | "left" | "got" | "took" | "made" | "saw"
    );
    !w.ends_with("ly") && !participle && !common_verb
}

fn plural_of(unit: &str) -> String {
    if unit.ends_with('s') {
        unit.to_string()
    } else if unit == "century" {
        "centuries".into()
    } else {
        format!("{unit}s")
    }
}

#[cfg(test)]
mod tests;

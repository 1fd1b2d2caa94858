//! What follows the number decides what it is: a percent sign, a currency
//! word, a unit of measure or time, an age ("years old"), or a head noun
//! (`count.rs`). `screen.rs` first decides whether it is a figure at all,
//! and `range.rs` reads a range ("10 to 20").

use super::lexicon::*;
use super::number::{read_word_token, Reading};
use super::{share, Amount, Draft, FoundFigure, Scanner, Step};
use crate::document::Span;
use crate::model::{Bound, FigureKind};

/// One rule of [`Scanner::classify`]: the figure's step, or the figure back.
type Rule<'a, 'd> =
    fn(&Scanner<'a, 'd>, &Draft, &Amount, FoundFigure, usize, usize) -> Result<Step, FoundFigure>;

impl<'a, 'd> Scanner<'a, 'd> {
    /// Given the number, read what follows and decide whether it is a figure.
    pub(super) fn complete(&self, mut fig: Draft, mut a: Amount, end: usize) -> Step {
        if let Some(step) = self.screen(&mut fig, &a, end) {
            return step;
        }
        let mut k = self.read_range(&fig, &mut a, end);
        let mut bound = fig.hedge_bound();
        let mut hedge_span = fig.hedge.map(|h| h.1);
        if fig.between && a.high.is_none() {
            return Step::Nothing;
        }
        if a.high.is_some() {
            bound = Bound::Range;
        }
        // Post-hedges: "10 or more".
        if a.high.is_none() {
            if let Some((b, len)) = self.hedge_at(k, end, post_hedges()) {
                if fig.hedge.is_none() {
                    bound = b;
                    hedge_span = Some(self.span(k, k + len));
                    k += len;
                }
            }
        }
        let f = FoundFigure {
            span: Span::default(),
            kind: FigureKind::Count,
            value: Some(a.value),
            high: a.high,
            bound,
            hedge: hedge_span,
            unit: None,
        };

        self.classify(fig, a, f, k, end)
    }

    /// Decide the kind and unit from what follows the number, by the first
    /// rule that knows (each returns the figure back when it does not): the
    /// number's own form, metres, a percent sign, a currency, a glued unit,
    /// a unit of time, a unit of measure; else a count, an age or nothing.
    fn classify(
        &self,
        fig: Draft,
        mut a: Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Step {
        // "30-plus caps": a glued "plus" is a lower bound, not a unit.
        if a.suffix
            .as_deref()
            .is_some_and(|x| x.eq_ignore_ascii_case("plus"))
            && fig.hedge.is_none()
            && a.high.is_none()
        {
            a.suffix = None;
            f.bound = Bound::Min;
        }
        let rules: [Rule; 7] = [
            Self::read_form,
            Self::metres,
            Self::percent,
            Self::money,
            Self::glued_unit,
            Self::time_unit,
            Self::measure_unit,
        ];
        for rule in rules {
            f = match rule(self, &fig, &a, f, k, end) {
                Ok(step) => return step,
                Err(f) => f,
            };
        }
        self.count_or_skip(fig, &a, f, k, end)
    }

    /// A number whose form says what it is: "tenfold" (a frequency), "a third
    /// of" (a share), "36-year-old" (an age), "in their 30s" (a decade of life).
    fn read_form(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        _end: usize,
    ) -> Result<Step, FoundFigure> {
        let first = a.start;
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
        if a.fold {
            f.kind = FigureKind::Frequency;
            return finish(f, k);
        }
        if a.fraction {
            // A fraction is a share: "one-third" reads as 33.3%.
            if fig.hedge.is_some() || self.low(k) == "of" {
                f.kind = FigureKind::Percent;
                f.value = f.value.map(share);
                f.unit = Some("%".into());
                return finish(f, k);
            }
            return Ok(Step::Skip(k));
        }
        if let Some(unit) = a.age_unit {
            f.kind = FigureKind::Age;
            f.unit = Some(unit.to_string());
            return finish(f, k);
        }
        if a.decade {
            let ctx = self.low(first.wrapping_sub(1));
            let after_age = is_decade_lead(ctx);
            if after_age || matches!(ctx, "," | "and" | "or") && self.recent_decade_age(first) {
                f.kind = FigureKind::Age;
                f.value = None;
                f.bound = Bound::Vague;
                f.unit = Some("years".into());
                return finish(f, k);
            }
            return Ok(Step::Skip(k));
        }
        Err(f)
    }

    /// "the 100m sprint", "a 10m-high wall": a glued "m" that is metres.
    fn metres(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        _end: usize,
    ) -> Result<Step, FoundFigure> {
        let first = a.start;
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
        // "the 100m sprint", "a 10m-high wall": metres, not millions.
        let glued_m = a.scale == 0.0 && a.end == first + 1 && self.low(first).ends_with('m');
        let dimension = is_metre_noun(self.low(k));
        if glued_m && a.currency.is_none() && dimension {
            f.kind = FigureKind::Measure;
            f.value = f.value.map(|v| v / 1e6);
            f.unit = Some("m".into());
            return finish(f, k);
        }
        if let Some(rest) = a.suffix.as_deref().and_then(|x| x.strip_prefix("m-")) {
            if !rest.is_empty() && a.currency.is_none() {
                f.kind = FigureKind::Measure;
                f.unit = Some("m".into());
                return finish(f, k);
            }
        }
        Err(f)
    }

    /// "5%", "12 percent", "3 percentage points", "40pc".
    fn percent(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Result<Step, FoundFigure> {
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
        // Percent.
        let next = self.low(k);
        let percent_len = match next {
            "%" | "percent" | "pct" | "pc" => 1,
            "per" if self.low(k + 1) == "cent" => 2,
            "percentage" if matches!(self.low(k + 1), "point" | "points") => 2,
            _ => 0,
        };
        let glued_percent = a.suffix.as_deref().is_some_and(|x| {
            matches!(
                x.to_lowercase().as_str(),
                "pc" | "pct" | "percent" | "per-cent"
            )
        });
        if glued_percent {
            f.kind = FigureKind::Percent;
            f.unit = Some("%".into());
            return finish(f, k);
        }
        if percent_len > 0 && k < end {
            f.kind = FigureKind::Percent;
            f.unit = Some("%".into());
            return finish(f, k + percent_len);
        }
        Err(f)
    }

    /// A currency before the number or a currency word after it: "$5m",
    /// "10 million euros", "5 million US dollars", "30 pence".
    fn money(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Result<Step, FoundFigure> {
        let first = a.start;
        let next = self.low(k);
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
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
            if self.over_topic(fig, last, end) {
                return Ok(self.unhedged(f, first, last));
            }
            return finish(f, last);
        }
        // "5 million US dollars", "Australian dollars".
        if k + 1 < end && matches!(self.low(k + 1), "dollar" | "dollars") {
            if let Some(code) = dollar_country(next) {
                f.kind = FigureKind::Money;
                f.unit = Some(code.to_string());
                return finish(f, k + 2);
            }
        }
        if k < end {
            // "40 pounds" alone is a weight; "2 million pounds" is money.
            let weight = matches!(next, "pound" | "pounds") && a.scale <= 1.0;
            // "38 trillion won" is money; "3 won" a verb.
            let won = (next == "won" && a.scale > 1.0).then_some("KRW");
            if let Some(code) = currency_word(next).filter(|_| !weight).or(won) {
                f.kind = FigureKind::Money;
                f.unit = Some(code.to_string());
                if self.over_topic(fig, k + 1, end) {
                    return Ok(self.unhedged(f, first, k + 1));
                }
                return finish(f, k + 1);
            }
            if weight {
                f.kind = FigureKind::Measure;
                f.unit = Some(self.text(k).to_string());
                return finish(f, k + 1);
            }
            if matches!(next, "cents" | "pence") {
                f.kind = FigureKind::Money;
                f.unit = Some(if next == "pence" { "GBP" } else { "USD" }.into());
                f.value = f.value.map(|v| v / 100.0);
                f.high = f.high.map(|v| v / 100.0);
                return finish(f, k + 1);
            }
        }
        Err(f)
    }

    /// A unit or noun glued to the digits: "10km", "104-page", "four-year",
    /// "45C"; or what makes such a number no amount ("two-way", "3G").
    fn glued_unit(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        _end: usize,
    ) -> Result<Step, FoundFigure> {
        let first = a.start;
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
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
            if is_not_amount_suffix(&last_word) || a.year_like || small_number(&last_word).is_some()
            {
                // "one-on-one", "fifty-fifty", "two-way": not amounts.
                return Ok(Step::Skip(k));
            }
            // "312p": pence; "45C", "113F": degrees.
            if suffix == "p" && !a.words {
                f.kind = FigureKind::Money;
                f.unit = Some("GBP".into());
                f.value = f.value.map(|v| v / 100.0);
                f.high = f.high.map(|v| v / 100.0);
                return finish(f, k);
            }
            // "3G", "4K", "3D": a technology, not an amount.
            let mut letters = suffix.chars();
            if let (Some(c), None) = (letters.next(), letters.next()) {
                if c.is_ascii_uppercase() && c != 'C' && c != 'F' {
                    return Ok(Step::Skip(k));
                }
            }
            // "7-Eleven", "3-Series": a capitalised suffix that is no unit is a name.
            let known_unit = is_measure_unit(&last_word)
                || is_time_unit(&last_word)
                || matches!(suffix.as_str(), "C" | "F");
            if suffix.starts_with(char::is_uppercase) && !known_unit && !self.in_headline(first) {
                return Ok(Step::Skip(k));
            }
            // "5ft 10in": glued inches.
            let degrees = matches!(suffix.as_str(), "C" | "F" | "in") && !a.words;
            f.kind = if is_time_unit(&last_word) || is_measure_unit(&last_word) || degrees {
                FigureKind::Measure
            } else {
                FigureKind::Count
            };
            // "a 25-strong board": the noun after says what is counted.
            if last_word == "strong" {
                f.unit = None;
                if self.is_word(k) && !ends_phrase(self.low(k)) && !self.capitalised(k) {
                    f.unit = Some(self.text(k).to_string());
                    return finish(f, k + 1);
                }
                return finish(f, k);
            }
            f.unit = Some(suffix);
            return finish(f, k);
        }
        Err(f)
    }

    /// A unit of time after the number: a duration, an age ("five years old"),
    /// a point in time ("two years ago", skipped); or an age after "aged".
    fn time_unit(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Result<Step, FoundFigure> {
        let first = a.start;
        let next = self.low(k);
        let lead = if first > 0 && first > self.sentence_start(first) {
            self.low(first - 1)
        } else {
            ""
        };
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
        // "a 10 year-old": the age's unit written apart.
        if k < end && matches!(next, "year-old" | "years-old" | "month-old" | "week-old") {
            f.kind = FigureKind::Age;
            f.unit = Some(plural_of(next.split('-').next().unwrap_or("year")));
            return finish(f, k + 1);
        }
        // Time units: durations, ages, and points in time ("two years ago").
        if k < end && is_time_unit(next) {
            let after = self.low(k + 1);
            // "two years ago"; "3 min read" (a page's furniture).
            if after == "ago" || after == "read" {
                return Ok(Step::Skip(k + 2));
            }
            if after == "old" || (after == "of" && self.low(k + 2) == "age") {
                f.kind = FigureKind::Age;
                f.unit = Some(plural_of(next));
                let last = if after == "old" { k + 2 } else { k + 3 };
                return finish(f, last);
            }
            if a.year_like && !matches!(lead, "for" | "over") {
                return Ok(Step::Skip(k));
            }
            f.kind = if fig.aged {
                FigureKind::Age
            } else {
                FigureKind::Measure
            };
            f.unit = Some(self.text(k).to_string());
            // "talks over three years" is a stretch of time; "for over 30
            // years", "a career of over 30 years" mean more than.
            if let Some((_, h)) = fig
                .hedge
                .filter(|h| self.doc.slice(h.1).eq_ignore_ascii_case("over"))
            {
                let before_over = self.low(fig.start.wrapping_sub(1));
                let more_than = fig.start == self.sentence_start(fig.start)
                    || matches!(
                        before_over,
                        "for" | "of" | "after" | "in" | "with" | "than" | "," | "—"
                    );
                if !more_than && f.high.is_none() && h.end <= self.doc.tokens[first].span.start {
                    f.bound = Bound::Exact;
                    f.hedge = None;
                    f.span = self.span(first, k + 1);
                    return Ok(Step::Figure(f, k + 1));
                }
            }
            return finish(f, k + 1);
        }
        if fig.aged {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        Err(f)
    }

    /// A unit of measure after the number, some of two words ("40 square
    /// miles", "30 degrees Celsius").
    fn measure_unit(
        &self,
        fig: &Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Result<Step, FoundFigure> {
        let next = self.low(k);
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Ok(Step::Figure(f, last))
        };
        // Units of measure, some of two words ("square miles", "degrees Celsius").
        if k < end && is_measure_unit(next) {
            let mut last = k + 1;
            if matches!(next, "square" | "sq" | "cubic" | "nautical") {
                if !is_measure_unit(self.low(k + 1)) || k + 1 >= end {
                    return Ok(self.count_or_skip(*fig, a, f, k, end));
                }
                last = k + 2;
            } else if next == "degrees" && is_degree_scale(self.low(k + 1)) {
                last = k + 2;
            }
            f.kind = FigureKind::Measure;
            f.unit = Some(self.slice_words(k, last));
            return finish(f, last);
        }
        Err(f)
    }

    /// Whether an age decade ("in their 30s") came just before `i`.
    fn recent_decade_age(&self, i: usize) -> bool {
        let from = i.saturating_sub(4).max(self.sentence_start(i));
        (from..i).any(|t| {
            matches!(read_word_token(self.text(t)), Some(Reading::Decade(_)))
                && is_decade_lead(self.low(t.wrapping_sub(1)))
        })
    }

    /// Whether "over" or "under" before an amount means "about": the amount
    /// modifies a noun naming the matter at issue, the noun at `k` or after
    /// one modifier ("jailed over £27m fraud", "row over $2bn arms deal"),
    /// where the amount is not the thing measured ("over £27m in fraud").
    fn over_topic(&self, fig: &Draft, k: usize, end: usize) -> bool {
        let over = fig.hedge.is_some_and(|h| {
            let w = self.doc.slice(h.1);
            w.eq_ignore_ascii_case("over") || w.eq_ignore_ascii_case("under")
        });
        let topic_at = |t: usize| t < end && self.is_word(t) && is_topic_noun(self.low(t));
        over && (topic_at(k) || (self.is_word(k) && !ends_phrase(self.low(k)) && topic_at(k + 1)))
    }

    /// The figure without its hedge, from the number `first` to `last`.
    fn unhedged(&self, mut f: FoundFigure, first: usize, last: usize) -> Step {
        f.bound = Bound::Exact;
        f.hedge = None;
        f.span = self.span(first, last);
        Step::Figure(f, last)
    }

    fn slice_words(&self, from: usize, to: usize) -> String {
        self.doc.slice(self.span(from, to)).to_string()
    }
}

//! What follows the number decides what it is: a range ("10 to 20"), a
//! post-hedge ("or more"), a percent sign, a currency word, a unit of
//! measure or time, an age ("years old"), a head noun, or nothing, and
//! whether it is a figure at all (dates, names, labels, list numbers).

use super::lexicon::*;
use super::number::{read_word_token, scaled, Reading};
use super::{Amount, Draft, FoundFigure, Scanner, Step};
use crate::document::{Span, TokenKind};
use crate::model::{Bound, FigureKind};

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

    /// Whether the number just read is not a figure at all (a date, a time,
    /// a label, a tally, a name, "one" as a pronoun) or a proportion ("one
    /// in five"). Marks numbers that follow a name in `fig`.
    fn screen(&self, fig: &mut Draft, a: &Amount, end: usize) -> Option<Step> {
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
            return Some(Step::Skip(a.end));
        }
        let title_case = self.in_title_case(first);
        let before = if first > 0 { first - 1 } else { usize::MAX };
        if before != usize::MAX
            && self.doc.tokens[first].sentence == self.doc.tokens[before].sentence
        {
            let prev = self.text(before);
            let month_before = self.is_month_at(before.wrapping_sub(1));
            if self.is_month_at(before) || (month_before && matches!(prev, "," | ".")) {
                return Some(Step::Skip(a.end));
            }
        }
        if a.end < end
            && (self.is_month_at(a.end) || self.low(a.end) == "of" && self.is_month_at(a.end + 1))
        {
            return Some(Step::Skip(a.end + 1));
        }
        if a.end < end && is_time_of_day(self.low(a.end)) {
            return Some(Step::Skip(a.end + 1));
        }
        if self.low(a.end) == ":" && self.kind(a.end + 1) == Some(TokenKind::Number) {
            return Some(Step::Skip(a.end + 1));
        }
        let no_lead = fig.hedge.is_none() && !fig.between && !fig.aged && a.currency.is_none();
        if no_lead
            && before != usize::MAX
            && self.doc.tokens[first].sentence == self.doc.tokens[before].sentence
        {
            let prev_lower = self.low(before);
            let dotted_label = prev_lower == "." && is_label_word(self.low(before.wrapping_sub(1)));
            if is_label_word(prev_lower) || prev_lower == "#" || prev_lower == "+" || dotted_label {
                return Some(Step::Skip(self.label_run_end(a.end)));
            }
            // "Boeing 737", "Section 48", "Xbox 2": a number after a name.
            let prev_text = self.text(before);
            let name_like = self.is_word(before)
                && prev_text.chars().any(char::is_uppercase)
                && !is_pronoun_be(prev_lower);
            let opener = self.doc.is_sentence_initial(before)
                && (ends_phrase(prev_lower) || is_sentence_opener(prev_lower));
            if !a.words && name_like && !opener && !self.is_month_at(before) && !title_case {
                fig.after_name = true;
            }
        }
        // "020 7946 0958": numbers in a row are a phone number or a code.
        if self.kind(a.end) == Some(TokenKind::Number) && a.currency.is_none() && !a.words {
            return Some(Step::Skip(self.label_run_end(a.end)));
        }
        // "a 5-4 ruling": a falling "range" is a tally.
        if a.high.is_some_and(|h| h <= a.value) {
            return Some(Step::Skip(a.end));
        }
        // "one in five", "1 in every 10", "four out of five": a proportion.
        let of_len = match (self.low(a.end), self.low(a.end + 1), self.low(a.end + 2)) {
            ("in", "every", _) => 2,
            ("in", _, _) => 1,
            ("out", "of", "every") => 3,
            ("out", "of", _) => 2,
            _ => 0,
        };
        if of_len > 0 && a.high.is_none() && !a.year_like && a.currency.is_none() {
            if let Some(b) = self.amount_at(a.end + of_len, end) {
                let after = self.low(b.end);
                let unit_after = is_time_unit(after) || is_measure_unit(after);
                if b.value > a.value
                    && !b.year_like
                    && b.scale == 1.0
                    && b.suffix.is_none()
                    && !unit_after
                {
                    let f = FoundFigure {
                        span: self.span(fig.start, b.end),
                        kind: FigureKind::Percent,
                        value: Some(100.0 * a.value / b.value),
                        high: None,
                        bound: fig.hedge_bound(),
                        hedge: fig.hedge.map(|h| h.1),
                        unit: Some("%".into()),
                    };
                    return Some(Step::Figure(f, b.end));
                }
            }
        }
        // "the Big Four", "Formula One": a capitalised number word after a
        // word belongs to a name (unless the sentence is a headline; after a
        // colon or a dash it opens a clause: "he said: Four men died").
        if a.words
            && self.text(first).starts_with(char::is_uppercase)
            && !self.doc.is_sentence_initial(first)
            && first > 0
            && self.is_word(first - 1)
            && !title_case
            && fig.hedge.is_none()
        {
            return Some(Step::Skip(a.end));
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
                return Some(Step::Skip(a.end));
            }
        }
        None
    }

    /// Extend the number into a range if one follows ("10 to 20", "between
    /// $1m and $2m", "two or three"); returns the token after it.
    fn read_range(&self, fig: &Draft, a: &mut Amount, end: usize) -> usize {
        let first = a.start;
        let mut k = a.end;
        // Ranges: "between 10 and 20", "10 to 20", "10-20", "two or three",
        // also with the percent sign on both ends ("5% to 10%").
        let percent_before = match self.low(k) {
            "%" | "percent" => 1,
            "per" if self.low(k + 1) == "cent" => 2,
            _ => 0,
        };
        let joiner = self.low(k + percent_before);
        let can_range = (fig.between && joiner == "and")
            || (!fig.between
                && matches!(joiner, "to" | "-" | "–" | "—")
                && !self.change_from(first))
            || (!fig.between && joiner == "or" && a.value < 1000.0 && a.scale == 1.0);
        if can_range && a.high.is_none() && !a.fraction && a.age_unit.is_none() {
            if let Some(b) = self.amount_at(k + percent_before + 1, end) {
                let compatible =
                    !b.fraction && b.age_unit.is_none() && !b.decade && b.value >= a.value * 0.999
                        || (b.scale > 1.0 && a.scale == 1.0);
                let percent_after = matches!(self.low(b.end), "%" | "percent" | "per");
                if compatible
                    && (b.currency.is_none() || a.currency == b.currency)
                    && !a.year_like
                    && !b.year_like
                    && (percent_before == 0 || (percent_after && b.currency.is_none()))
                {
                    let mut low = a.value;
                    if a.scale == 1.0 && b.scale > 1.0 && a.value <= b.base {
                        low = scaled(low, b.scale);
                    }
                    if low <= b.value {
                        a.value = low;
                        a.high = Some(b.value);
                        a.currency = a.currency.or(b.currency);
                        a.suffix = a.suffix.take().or(b.suffix);
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
        k
    }

    /// Decide the kind and unit from what follows the number: a multiplier,
    /// a share, an age, a percent sign, a currency, a glued or following unit.
    fn classify(
        &self,
        fig: Draft,
        mut a: Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Step {
        let first = a.start;
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
        let lead = if first > 0 && first > self.sentence_start(first) {
            self.low(first - 1)
        } else {
            ""
        };
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Step::Figure(f, last)
        };

        if a.fold {
            f.kind = FigureKind::Frequency;
            return finish(f, k);
        }
        if a.fraction {
            // A fraction is a share: "one-third" reads as 33.3%.
            if fig.hedge.is_some() || self.low(k) == "of" {
                f.kind = FigureKind::Percent;
                f.value = f.value.map(|v| v * 100.0);
                f.unit = Some("%".into());
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
            let after_age = matches!(ctx, "their" | "his" | "her" | "early" | "mid" | "late");
            if after_age || matches!(ctx, "," | "and" | "or") && self.recent_decade_age(first) {
                f.kind = FigureKind::Age;
                f.value = None;
                f.bound = Bound::Vague;
                f.unit = Some("years".into());
                return finish(f, k);
            }
            return Step::Skip(k);
        }

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
            if self.over_topic(&fig, last, end) {
                return self.unhedged(f, first, last);
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
                if self.over_topic(&fig, k + 1, end) {
                    return self.unhedged(f, first, k + 1);
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
            // "3G", "4K", "3D": a technology, not an amount.
            let mut letters = suffix.chars();
            if let (Some(c), None) = (letters.next(), letters.next()) {
                if c.is_ascii_uppercase() && c != 'C' && c != 'F' {
                    return Step::Skip(k);
                }
            }
            // "7-Eleven", "3-Series": a capitalised suffix that is no unit is a name.
            let known_unit = is_measure_unit(&last_word)
                || is_time_unit(&last_word)
                || matches!(suffix.as_str(), "C" | "F");
            if suffix.starts_with(char::is_uppercase) && !known_unit && !self.in_title_case(first) {
                return Step::Skip(k);
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
            } else if next == "degrees" && is_degree_scale(self.low(k + 1)) {
                last = k + 2;
            }
            f.kind = FigureKind::Measure;
            f.unit = Some(self.slice_words(k, last));
            return finish(f, last);
        }
        self.count_or_skip(fig, a, f, k, end)
    }

    /// Whether the bare number at `first` is said of a person: after a
    /// personal subject and "is"/"was" ("she is now 74", "who was 27"), or
    /// in apposition after a name with "now" ("Baird, now 63,"). The number
    /// must end its phrase ("she was 27 when", not "he was 5 under par").
    fn age_of_person(&self, first: usize) -> bool {
        let start = self.sentence_start(first);
        let ends = matches!(self.text(first + 1), "," | "." | ";" | ")" | "" | "—" | "–")
            || matches!(self.low(first + 1), "and" | "when" | "but" | "at" | "in");
        if !ends || first <= start {
            return false;
        }
        let mut p = first - 1;
        let now = matches!(self.low(p), "now" | "still");
        if now {
            if p == start {
                return false;
            }
            p -= 1;
        }
        // A name: a person's mention, or a capitalised word that is no
        // place's ("Madrid was 40") and, opening the sentence, some name
        // ("Inflation was 5" names nothing).
        let named = |t: usize| {
            self.capitalised(t)
                && !ends_phrase(self.low(t))
                && !self.in_place[t]
                && (self.in_name[t] || !self.doc.is_sentence_initial(t))
        };
        // "Baird, now 63,": in apposition; "the striker, now 29," too when
        // the aside closes.
        if now && self.text(p) == "," && p > start {
            let name = p - 1;
            let closes = self.text(first + 1) == ",";
            return named(name) || (closes && self.is_word(name) && !ends_phrase(self.low(name)));
        }
        // "I'm 36", "she's 70".
        if is_pronoun_be(self.low(p)) {
            return true;
        }
        let verbs = ["is", "was", "'s", "’s", "am", "'m", "’m", "are", "were"];
        if !verbs.contains(&self.low(p)) || p == start {
            return false;
        }
        let mut subject = p - 1;
        // "His father, Derek, was 40": the aside's last word names him.
        if self.text(subject) == "," && subject > start + 1 {
            subject -= 1;
        }
        // A name or a noun takes a singular verb: "the Lakers were 45 and
        // 30" is a record, not two ages.
        let singular = matches!(self.low(p), "is" | "was" | "'s" | "’s");
        matches!(
            self.low(subject),
            "he" | "she" | "i" | "you" | "we" | "they" | "who"
        ) || singular && (named(subject) || is_person_noun(self.low(subject)))
    }

    /// Whether the number at `first` continues a list of ages after "aged"
    /// or a person's "is"/"was" ("aged 38 and 45", "aged 19, 22 and 30",
    /// "they were 12 and 14").
    fn aged_list(&self, first: usize) -> bool {
        let start = self.sentence_start(first);
        let mut t = first;
        for _ in 0..4 {
            if t < start + 3 || !matches!(self.low(t - 1), "and" | "or" | ",") {
                return false;
            }
            if self.kind(t - 2) != Some(TokenKind::Number) {
                return false;
            }
            t -= 2;
            if matches!(self.low(t - 1), "aged" | "ages") || self.age_of_person(t) {
                return true;
            }
        }
        false
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

    /// The end of a run of labels or codes from `k`: "junctions 10 and 11",
    /// "pages 4-6", "020 7946 0958" (a bounded look, to stay linear).
    fn label_run_end(&self, mut k: usize) -> usize {
        for _ in 0..8 {
            match (self.low(k), self.kind(k)) {
                (_, Some(TokenKind::Number)) => k += 1,
                ("and" | "or" | "," | "to" | "-" | "–", _)
                    if self.kind(k + 1) == Some(TokenKind::Number) =>
                {
                    k += 2
                }
                _ => break,
            }
        }
        k
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
        // Partitive: "nine of the 20 games", "31 of 35 drones", "more than
        // 500 of which". The span is the number; the unit comes from after "of".
        if self.low(k) == "of" {
            let det = self.low(k + 1);
            let inner = self.amount_at(k + 1, end).filter(|b| !b.year_like);
            if a.is_one || a.year_like || fig.after_name {
                if partitive_word(det).is_some() || inner.is_some() {
                    return Step::Skip(k);
                }
            } else if let Some(b) = inner {
                if let Some(head) = self.head_noun(b.end, end, false) {
                    let unit = self.text(head).to_string();
                    f.kind = self.kind_of_unit(head);
                    f.unit = Some(unit);
                }
                return finish(f, k);
            } else if let Some(takes_noun) = partitive_word(det) {
                if takes_noun {
                    let mut h = k + 2;
                    if let Some(inner) = self.amount_at(h, end) {
                        h = inner.end;
                    }
                    if let Some(head) = self.head_noun(h, end, false) {
                        let unit = self.text(head).to_string();
                        f.kind = self.kind_of_unit(head);
                        f.unit = Some(unit);
                    }
                }
                return finish(f, k);
            }
        }
        let head = self.head_noun(k, end, singular);
        // "Boeing 737", "Section 48": a number after a name, unless it
        // counts something ("sent Kyiv 31 tanks").
        if fig.after_name && head.is_none_or(|h| self.capitalised(h)) {
            return Step::Skip(k);
        }
        if let Some(head) = head {
            let unit = self.text(head).to_string();
            if a.year_like && (fig.hedge.is_none() || (1800.0..2100.0).contains(&a.value)) {
                return Step::Skip(k);
            }
            let lower = self.low(head);
            if a.is_one && is_one_idiom(lower) {
                return Step::Skip(k);
            }
            // "One idea is...", "One study found...": opening a sentence, "one"
            // picks an example out of many rather than counting.
            let opening = self.text(first) == "One" && self.doc.is_sentence_initial(first);
            if a.is_one && opening && is_one_of_many(lower) {
                return Step::Skip(k);
            }
            if is_time_unit(lower) && self.low(head + 1) == "ago" {
                return Step::Skip(head + 2);
            }
            f.kind = self.kind_of_unit(head);
            // "two apartment blocks": a unit of measure after a noun that
            // modifies it names things ("three city blocks" still measures).
            if f.kind == FigureKind::Measure && head > k && !is_time_unit(lower) {
                let modifier = self.low(head - 1);
                let measuring = is_measuring_modifier(modifier) || is_measure_unit(modifier);
                if !measuring {
                    f.kind = FigureKind::Count;
                }
            }
            // "three evenings a week": occasions in each period, a frequency.
            let per_period = matches!(self.low(head + 1), "a" | "per" | "each" | "every")
                && matches!(
                    self.low(head + 2),
                    "day" | "week" | "fortnight" | "month" | "year" | "season"
                );
            if per_period && is_occasion_noun(lower) {
                f.kind = FigureKind::Frequency;
            }
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
        // "children under five", "voters over 65": an age.
        let by_age = fig.hedge.is_some_and(|h| {
            // One word, in lower case the document's.
            let one_word = self.doc.tokens[fig.start].span == h.1;
            one_word && matches!(self.low(fig.start), "under" | "over" | "above" | "below")
        });
        let holder = fig.start > 0
            && (is_age_holder(self.low(fig.start - 1))
                || by_age && is_people_plural(self.low(fig.start - 1)));
        if fig.hedge.is_some() && a.value <= 120.0 && a.value.fract() == 0.0 && holder {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        let kind_first = self.kind(first);
        // One unhedged whole number in digits, no range: what the age rules
        // below start from.
        let bare_whole_up_to = |max: f64| {
            fig.hedge.is_none()
                && kind_first == Some(TokenKind::Number)
                && a.value.fract() == 0.0
                && (1.0..=max).contains(&a.value)
                && a.end == first + 1
                && a.high.is_none()
        };
        // "Ann Lee, 33, said": an age in apposition.
        if bare_whole_up_to(115.0)
            && first >= 2
            && matches!(self.text(first - 1), "," | "(")
            && self.is_word(first - 2)
            && !ends_phrase(self.low(first - 2))
            && matches!(self.text(first + 1), "," | ")" | ".")
        {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // "Lee, at 15 the youngest, ...", "who turned 90": an age.
        if bare_whole_up_to(115.0)
            && first >= 2
            && (self.low(first - 1) == "at" && self.text(first - 2) == ","
                || matches!(self.low(first - 1), "turned" | "turns" | "turning"))
        {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // "she is now 74", "when he was 27", "Baird, now 63,", "aged 38 and
        // 45": a bare whole number said of a person is an age.
        if bare_whole_up_to(120.0) && (self.age_of_person(first) || self.aged_list(first)) {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // A bare decimal is a level or a rating ("closed at 4,850.3", "7.8 on
        // the Richter scale"), not a count.
        if a.value.fract() != 0.0 && fig.hedge.is_none() && a.scale <= 1.0 && !a.words {
            return Step::Skip(k);
        }
        // A bare number: keep it unless it reads as a label, score or name.
        if k < end && self.capitalised(k) && !self.doc.is_sentence_initial(k) {
            // "11 Nisan", "5 Down": part of a name or a date.
            if fig.hedge.is_none() {
                return Step::Skip(k);
            }
        }
        if let (Some(_), None) = (a.high, fig.hedge) {
            if kind_first == Some(TokenKind::Number) && self.text(first).contains('-') {
                // "won 3-1", "a 49-51 vote": a score or a tally, not a range.
                return Step::Skip(k);
            }
        }
        if fig.start > 0 && is_score_word(self.low(fig.start - 1)) {
            return Step::Skip(k);
        }
        // The second number of a tally: "voted 31 to 24", "won 3 to 1".
        if fig.start >= 3
            && fig.hedge.is_none()
            && matches!(self.low(fig.start - 1), "to" | "-" | "–")
            && self.doc.tokens[fig.start - 2].kind == TokenKind::Number
            && is_score_word(self.low(fig.start - 3))
        {
            return Step::Skip(k);
        }
        // Bracketed page furniture ("[widget 404]").
        // List numbers: "1." opening a sentence, "(2)" on its own.
        let list_number = a.value.fract() == 0.0
            && a.end == first + 1
            && fig.hedge.is_none()
            && ((self.doc.is_sentence_initial(first) && matches!(self.text(first + 1), "." | ")"))
                || (self.text(first.wrapping_sub(1)) == "(" && self.text(first + 1) == ")"));
        if list_number {
            return Step::Skip(k);
        }
        // Look back a bounded way, to stay linear on endless sentences.
        let from = self.sentence_start(first).max(first.saturating_sub(12));
        let open = (from..first)
            .rev()
            .find(|&t| matches!(self.text(t), "[" | "]"));
        if open.is_some_and(|t| self.text(t) == "[") {
            return Step::Skip(k);
        }
        finish(f, k)
    }
}

//! Figures that are not a plain number: frequencies ("twice"), multipliers
//! ("more than double", "tenfold", "revenue tripled", "a doubling of"),
//! decades of life ("in their fifties"), shares ("a third of", "half"),
//! single hedged units of time ("more than a decade") and vague amounts
//! ("hundreds of", "several hundred", "a few", "several residents").

use super::lexicon::*;
use super::number::{read_word_token, Reading};
use super::{share, Draft, FoundFigure, Scanner, Step};
use crate::document::TokenKind;
use crate::model::{Bound, FigureKind};

/// What a special form says, before it becomes a [`FoundFigure`].
struct SpecialForm {
    kind: FigureKind,
    value: Option<f64>,
    bound: Bound,
    /// The last token of the figure.
    last: usize,
    unit: Option<String>,
}

impl SpecialForm {
    fn new(
        kind: FigureKind,
        value: Option<f64>,
        bound: Bound,
        last: usize,
        unit: Option<String>,
    ) -> Self {
        SpecialForm {
            kind,
            value,
            bound,
            last,
            unit,
        }
    }

    fn percent(value: f64, last: usize) -> Self {
        SpecialForm::new(
            FigureKind::Percent,
            Some(value),
            Bound::Exact,
            last,
            Some("%".into()),
        )
    }
}

impl<'a, 'd> Scanner<'a, 'd> {
    /// Read a special form at token `j` (after the hedge in `fig`).
    pub(super) fn special_at(&self, fig: &Draft, j: usize, end: usize) -> Option<Step> {
        let found = self
            .frequency_at(fig, j)
            .or_else(|| self.change_multiplier_at(j))
            .or_else(|| self.decade_age_at(fig, j))
            .or_else(|| self.share_at(fig, j))
            .or_else(|| self.vague_at(j, end));
        match found? {
            Ok(r) => Some(self.emit(fig, r)),
            Err(skip) => Some(skip),
        }
    }

    fn emit(&self, fig: &Draft, r: SpecialForm) -> Step {
        let bound = match (fig.hedge, r.bound) {
            (Some(h), Bound::Exact) => h.0,
            _ => r.bound,
        };
        let f = FoundFigure {
            span: self.span(fig.start, r.last + 1),
            kind: r.kind,
            value: r.value,
            high: None,
            bound,
            hedge: fig.hedge.map(|h| h.1),
            unit: r.unit,
        };
        Step::Figure(f, r.last + 1)
    }

    /// "twice", "at least once", "more than double", "tenfold", "a 20-fold rise".
    fn frequency_at(&self, fig: &Draft, j: usize) -> Option<Result<SpecialForm, Step>> {
        let w = self.low(j);
        let hedged = fig.hedge.is_some();
        let value = match w {
            "twice" => 2.0,
            "thrice" => 3.0,
            "once" if hedged => 1.0,
            _ => match hedged.then(|| multiplier_word(w)).flatten() {
                Some(v) => v,
                None => match read_word_token(self.text(j)) {
                    Some(Reading::Fold(v)) => v,
                    _ => return None,
                },
            },
        };
        Some(Ok(SpecialForm::new(
            FigureKind::Frequency,
            Some(value),
            Bound::Exact,
            j,
            None,
        )))
    }

    /// A multiplier of change without a hedge: "revenue tripled", "a doubling
    /// of its bill", "aims to double its share". The verb or the noun of
    /// change only: not "double-decker", "a double room", "double agent",
    /// "doubled up", "doubling down".
    fn change_multiplier_at(&self, j: usize) -> Option<Result<SpecialForm, Step>> {
        if self.in_name[j] && !self.name_start[j] {
            return None;
        }
        let w = self.low(j);
        // The ending after the stem: "double", "doubled", "doubling".
        let (ending, value) = [
            ("doubl", 2.0),
            ("tripl", 3.0),
            ("trebl", 3.0),
            ("quadrupl", 4.0),
        ]
        .iter()
        .find_map(|&(stem, v)| w.strip_prefix(stem).map(|rest| (rest, v)))?;
        let next = self.low(j + 1);
        if matches!(next, "up" | "down" | "back" | "over" | "as" | "-") {
            return None;
        }
        // A capitalised word inside a sentence names something ("Double Fine").
        if self.capitalised(j) && !self.doc.is_sentence_initial(j) && !self.in_headline(j) {
            return None;
        }
        let prev = if j > self.sentence_start(j) {
            self.low(j - 1)
        } else {
            ""
        };
        let change = match ending {
            // "tripled", "has doubled": a verb of change (not "the doubled fee").
            // Nor "Doubled prices" opening a sentence.
            "ed" => !matches!(
                prev,
                "" | "a" | "an" | "the" | "its" | "their" | "his" | "her"
            ),
            // "a doubling of", "doubling its output".
            "ing" => true,
            // The bare form is a multiplier before what it multiplies
            // ("double the price", "triple that"), a verb after "to" or a
            // modal.
            "e" if matches!(
                next,
                "the" | "that" | "what" | "its" | "their" | "his" | "her" | "our"
            ) =>
            {
                // Not the noun: "won the double the year before".
                !matches!(prev, "a" | "an" | "the" | "this" | "that" | "their" | "its")
            }
            "e" => is_modal(prev),
            _ => false,
        };
        change.then(|| {
            Ok(SpecialForm::new(
                FigureKind::Frequency,
                Some(value),
                Bound::Exact,
                j,
                None,
            ))
        })
    }

    /// A decade of life in words: "in their fifties", "her late sixties",
    /// "people in their fifties and sixties" (not "the sixties", an era).
    fn decade_age_at(&self, fig: &Draft, j: usize) -> Option<Result<SpecialForm, Step>> {
        if fig.hedge.is_some() || !is_decade_word(self.low(j)) {
            return None;
        }
        let start = self.sentence_start(j);
        let possessive =
            |t: usize| matches!(self.low(t), "their" | "his" | "her" | "my" | "your" | "our");
        let held = |t: usize| {
            t > start
                && (possessive(t - 1)
                    || (matches!(self.low(t - 1), "early" | "mid" | "late")
                        && t > start + 1
                        && possessive(t - 2)))
        };
        // "fifties and sixties": a second decade after one held by a person.
        let listed = j > start
            && matches!(self.low(j - 1), "and" | "or" | "," | "to")
            && (j.saturating_sub(4).max(start)..j).any(|t| is_decade_word(self.low(t)) && held(t));
        (held(j) || listed).then(|| {
            Ok(SpecialForm::new(
                FigureKind::Age,
                None,
                Bound::Vague,
                j,
                Some("years".into()),
            ))
        })
    }

    /// Shares and single units: "half of", "a third of", "by a quarter", "a
    /// quarter of a percentage point", "a quarter-century", "more than a decade".
    fn share_at(&self, fig: &Draft, j: usize) -> Option<Result<SpecialForm, Step>> {
        let w = self.low(j);
        let next = self.low(j + 1);
        let hedged = fig.hedge.is_some();
        let share_of_point = |at: usize| {
            matches!(self.low(at), "a" | "one")
                && self.low(at + 1) == "percentage"
                && matches!(self.low(at + 2), "point" | "points")
        };
        if w == "half" && share_of_point(j + 1) {
            return Some(Ok(SpecialForm::percent(0.5, j + 3)));
        }
        // "two thirds of", "three quarters of": a plural fraction in two words.
        let two_words = small_number(w).and_then(|n| fraction_word(next).map(|d| (n, d)));
        if let Some((n, d)) = two_words {
            if next.ends_with('s') && n >= 2.0 && n < d && (self.low(j + 2) == "of" || hedged) {
                return Some(Ok(SpecialForm::percent(share(n / d), j + 1)));
            }
        }
        let a_fraction = matches!(w, "a" | "one") && next != "half";
        if a_fraction && self.low(j + 2) == "of" && share_of_point(j + 3) {
            if let Some(d) = fraction_word(next) {
                return Some(Ok(SpecialForm::percent(1.0 / d, j + 5)));
            }
        }
        // "the first half of the year" is a period, not a share.
        let period = || {
            j > 0
                && matches!(
                    self.low(j - 1),
                    "the" | "first" | "second" | "latter" | "former" | "this" | "that"
                )
        };
        let takes_half = hedged || next == "of" || next == "the";
        if w == "half" && !period() && takes_half && !matches!(next, "a" | "an") {
            return Some(Ok(SpecialForm::percent(50.0, j)));
        }
        // "a quarter-century": a duration of 25 years.
        let quarter_century =
            next == "quarter-century" || next == "quarter" && self.low(j + 2) == "century";
        if w == "a" && quarter_century {
            let last = if next == "quarter" { j + 2 } else { j + 1 };
            if self.low(last + 1) == "ago" {
                return Some(Err(Step::Skip(last + 2)));
            }
            let unit = Some("years".to_string());
            return Some(Ok(SpecialForm::new(
                FigureKind::Measure,
                Some(25.0),
                Bound::Exact,
                last,
                unit,
            )));
        }
        // "more than a decade", "nearly a year", "less than a mile": a hedged
        // single unit of time or measure.
        let single_unit = || {
            (is_time_unit(next) || is_measure_unit(next))
                && !next.ends_with('s')
                && !matches!(next, "square" | "sq" | "cubic" | "nautical")
        };
        if hedged && matches!(w, "a" | "an") && single_unit() {
            if self.low(j + 2) == "ago" {
                return Some(Err(Step::Skip(j + 3)));
            }
            let unit = Some(self.text(j + 1).to_string());
            return Some(Ok(SpecialForm::new(
                FigureKind::Measure,
                Some(1.0),
                Bound::Exact,
                j + 1,
                unit,
            )));
        }
        let by = || j > 0 && self.low(j - 1) == "by";
        if a_fraction && (self.low(j + 2) == "of" || hedged || by()) {
            if let Some(d) = fraction_word(next) {
                return Some(Ok(SpecialForm::percent(share(1.0 / d), j + 1)));
            }
        }
        None
    }

    /// Vague amounts: "hundreds of workers", "tens of thousands of people",
    /// "millions", "several hundred drones", "a few reporters", "a handful of".
    fn vague_at(&self, j: usize, end: usize) -> Option<Result<SpecialForm, Step>> {
        let w = self.low(j);
        let next = self.low(j + 1);
        let vague = |last: usize| {
            Ok(SpecialForm::new(
                FigureKind::Count,
                None,
                Bound::Vague,
                last,
                None,
            ))
        };
        // A mention that starts at the word is the entity layer's mistake
        // ("Dozens" opening a sentence).
        if vague_plural(w) && (!self.in_name[j] || self.name_start[j]) {
            // "hundreds more homes", "dozens more".
            if next == "more" && !matches!(w, "tens" | "scores") {
                return Some(self.vague_noun(j + 2, end).unwrap_or_else(|| vague(j)));
            }
            if next != "of" {
                return (!matches!(w, "tens" | "scores")).then(|| vague(j));
            }
            let mut k = j + 2;
            if vague_plural(self.low(k)) {
                if self.low(k + 1) != "of" {
                    // "tens of thousands" with nothing counted after it.
                    return Some(vague(k));
                }
                k += 2;
            }
            return Some(self.vague_noun(k, end).unwrap_or_else(|| vague(j)));
        }
        // "several hundred", "a few thousand", "a few", "a handful of";
        // "several" alone counts only people ("several business owners",
        // "several others").
        let (k, bare) = match (w, next) {
            ("several", _) if scale_word(next).is_none() && next != "dozen" => {
                let found = self.vague_noun(j + 1, end)?;
                let people = matches!(&found, Ok(r) if r.unit.as_deref().is_some_and(|u| is_people_plural(&u.to_lowercase())));
                return people.then_some(found);
            }
            ("several", _) => (j + 1, false),
            ("a", "few") => (j + 2, true),
            ("a", "handful") if self.low(j + 2) == "of" => return self.vague_noun(j + 3, end),
            _ => return None,
        };
        let scaled = matches!(
            self.low(k),
            "hundred" | "thousand" | "million" | "billion" | "dozen"
        );
        if !scaled && !bare {
            return None;
        }
        let k = if scaled { k + 1 } else { k };
        // "several hundred thousand people": a compound scale.
        let k = if scaled && matches!(self.low(k), "thousand" | "million" | "billion") {
            k + 1
        } else {
            k
        };
        let k = if self.low(k) == "of" { k + 1 } else { k };
        match self.vague_noun(k, end) {
            Some(found) => Some(found),
            None if scaled => Some(vague(k - 1)),
            None => None,
        }
    }

    /// The head noun of an owned group after a vague amount: "thousands of
    /// the mayor's critics", "hundreds of his supporters", "dozens of the
    /// protesters". A determiner, then perhaps an owner of at most three
    /// words closed by a possessive ending, then the plural counted.
    fn owned_head(&self, k: usize, end: usize) -> Option<usize> {
        if !is_determiner(self.low(k)) {
            return None;
        }
        let mut h = k + 1;
        let owner = (h..end.min(h + 3)).find(|&t| self.kind(t + 1) == Some(TokenKind::Possessive));
        if let Some(owner_end) = owner.filter(|&o| (h..=o).all(|t| self.is_word(t))) {
            h = owner_end + 2;
        }
        self.head_noun(h, end, false)
    }

    /// The money or the noun a vague amount counts, from token `k`.
    fn vague_noun(&self, k: usize, end: usize) -> Option<Result<SpecialForm, Step>> {
        // "dozens of others", "a few others": the pronoun is what is counted.
        if self.low(k) == "others" {
            let unit = Some(self.text(k).to_string());
            return Some(Ok(SpecialForm::new(
                FigureKind::Count,
                None,
                Bound::Vague,
                k,
                unit,
            )));
        }
        if let Some(code) = currency_word(self.low(k)) {
            let unit = Some(code.to_string());
            return Some(Ok(SpecialForm::new(
                FigureKind::Money,
                None,
                Bound::Vague,
                k,
                unit,
            )));
        }
        let h = self
            .head_noun(k, end, false)
            .or_else(|| self.owned_head(k, end))?;
        if is_time_unit(self.low(h)) && self.low(h + 1) == "ago" {
            return Some(Err(Step::Skip(h + 2)));
        }
        let unit = self.text(h).to_string();
        Some(Ok(SpecialForm::new(
            self.kind_of_unit(h),
            None,
            Bound::Vague,
            h,
            Some(unit),
        )))
    }
}

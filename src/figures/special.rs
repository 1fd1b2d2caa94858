//! Figures that are not a plain number: frequencies ("twice"), hedged
//! multipliers ("more than double"), shares ("a third of", "half"), single
//! hedged units of time ("more than a decade") and vague amounts
//! ("hundreds of", "several hundred", "a few").

use super::lexicon::*;
use super::number::{read_word_token, Reading};
use super::{Draft, FoundFigure, Scanner, Step};
use crate::model::{Bound, FigureKind};

impl<'a, 'd> Scanner<'a, 'd> {
    /// Forms that are not a plain number: frequencies ("twice"), hedged
    /// multipliers ("more than double"), fractions ("a third of"), and vague
    /// amounts ("hundreds of", "several hundred", "a few").
    pub(super) fn special_at(&self, fig: &Draft, j: usize, end: usize) -> Option<Step> {
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
        // "a quarter of a percentage point", "half a percentage point".
        let share_of_point = |at: usize| {
            matches!(self.low(at), "a" | "one")
                && self.low(at + 1) == "percentage"
                && matches!(self.low(at + 2), "point" | "points")
        };
        if w == "half" && share_of_point(j + 1) {
            return emit(
                FigureKind::Percent,
                Some(0.5),
                Bound::Exact,
                j + 3,
                Some("%".into()),
            );
        }
        if matches!(w, "a" | "one")
            && next != "half"
            && self.low(j + 2) == "of"
            && share_of_point(j + 3)
        {
            if let Some(d) = fraction_word(next) {
                return emit(
                    FigureKind::Percent,
                    Some(1.0 / d),
                    Bound::Exact,
                    j + 5,
                    Some("%".into()),
                );
            }
        }
        // "the first half of the year" is a period, not a share.
        let period = j > 0
            && matches!(
                self.low(j - 1),
                "the" | "first" | "second" | "latter" | "former" | "this" | "that"
            );
        if w == "half"
            && !period
            && (hedged || next == "of" || next == "the")
            && !matches!(next, "a" | "an")
        {
            return emit(
                FigureKind::Percent,
                Some(50.0),
                Bound::Exact,
                j,
                Some("%".into()),
            );
        }
        // "a quarter-century": a duration of 25 years.
        if w == "a"
            && (next == "quarter-century" || next == "quarter" && self.low(j + 2) == "century")
        {
            let last = if next == "quarter" { j + 2 } else { j + 1 };
            if self.low(last + 1) == "ago" {
                return Some(Step::Skip(last + 2));
            }
            return emit(
                FigureKind::Measure,
                Some(25.0),
                Bound::Exact,
                last,
                Some("years".into()),
            );
        }
        // "more than a decade", "nearly a year": a hedged single unit of time.
        if hedged && matches!(w, "a" | "an") && is_time_unit(next) && !next.ends_with('s') {
            if self.low(j + 2) == "ago" {
                return Some(Step::Skip(j + 3));
            }
            let unit = Some(self.text(j + 1).to_string());
            return emit(FigureKind::Measure, Some(1.0), Bound::Exact, j + 1, unit);
        }
        let by = j > 0 && self.low(j - 1) == "by";
        if matches!(w, "a" | "one") && next != "half" {
            if let Some(d) = fraction_word(next) {
                if self.low(j + 2) == "of" || hedged || by {
                    let share = Some(100.0 / d);
                    return emit(
                        FigureKind::Percent,
                        share,
                        Bound::Exact,
                        j + 1,
                        Some("%".into()),
                    );
                }
            }
        }
        // Vague amounts.
        // (A mention that starts at the word is the entity layer's mistake:
        // "Dozens" opening a sentence.)
        if vague_plural(w) && (!self.in_name[j] || self.name_start[j]) {
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
                Some(h) if is_time_unit(self.low(h)) && self.low(h + 1) == "ago" => {
                    Some(Step::Skip(h + 2))
                }
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
                Some(h) if is_time_unit(self.low(h)) && self.low(h + 1) == "ago" => {
                    Some(Step::Skip(h + 2))
                }
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
}

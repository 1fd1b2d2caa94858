//! Whether the number just read is a figure at all: not a date, a clock
//! time, a label ("page 3"), a phone number, a tally, a name ("Boeing 737",
//! "the Big Four") or "one" as a pronoun; and the proportions ("one in
//! five"), which are shares.

use super::lexicon::*;
use super::{share, Amount, Draft, FoundFigure, Scanner, Step};
use crate::document::TokenKind;
use crate::model::FigureKind;

impl<'a, 'd> Scanner<'a, 'd> {
    /// Whether the number just read is not a figure at all (a date, a time,
    /// a label, a tally, a name, "one" as a pronoun) or a proportion ("one
    /// in five"). Marks numbers that follow a name in `fig`.
    pub(super) fn screen(&self, fig: &mut Draft, a: &Amount, end: usize) -> Option<Step> {
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
        let in_headline = self.in_headline(first);
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
            if !a.words && name_like && !opener && !self.is_month_at(before) && !in_headline {
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
                        value: Some(share(a.value / b.value)),
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
            && !in_headline
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
}

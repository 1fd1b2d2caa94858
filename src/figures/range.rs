//! Ranges: "between 10 and 20", "10 to 20", "10-20", "two or three",
//! "5% to 10%", and the change that is not one ("rose from 2 million to 3
//! million").

use super::number::scaled;
use super::{Amount, Draft, Scanner};

impl<'a, 'd> Scanner<'a, 'd> {
    /// Extend the number into a range if one follows ("10 to 20", "between
    /// $1m and $2m", "two or three"); returns the token after it.
    pub(super) fn read_range(&self, fig: &Draft, a: &mut Amount, end: usize) -> usize {
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
}

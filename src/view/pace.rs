//! The pace of drawing a long article: how many paragraphs each slice
//! draws, sized after every slice to a time budget on this machine.

/// Paragraphs drawn in the first slice of an article.
pub const FIRST_SLICE: usize = 12;
/// How long drawing and placing one slice should take. The browser then
/// lays out and paints it in a task of its own, of about the same length, so
/// both stay well under the 50 ms that makes a page feel stuck.
const SLICE_BUDGET_MS: f64 = 12.0;
/// The fewest and most paragraphs in a slice.
const SLICE_RANGE: (usize, usize) = (2, 48);

/// The page draws a long article in slices, one per task. How many
/// paragraphs the next slice draws: adjusted after each slice to
/// what fits the budget on this machine and this article.
#[derive(Debug)]
pub struct SlicePace {
    pub per_slice: usize,
    /// When the slice being drawn was started (ms), if one is.
    pub started: Option<f64>,
}

impl Default for SlicePace {
    fn default() -> SlicePace {
        SlicePace::new()
    }
}

impl SlicePace {
    pub fn new() -> SlicePace {
        SlicePace {
            per_slice: FIRST_SLICE,
            started: None,
        }
    }

    /// A slice of `rows` paragraphs took `ms`: size the next one to the budget,
    /// changing by at most half or double at a time.
    pub fn record(&mut self, rows: usize, ms: f64) {
        let fitting = rows as f64 * SLICE_BUDGET_MS / ms.max(0.1);
        let next = fitting.clamp(rows as f64 / 2.0, rows as f64 * 2.0).round() as usize;
        self.per_slice = next.clamp(SLICE_RANGE.0, SLICE_RANGE.1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_grow_on_a_fast_machine_and_shrink_on_a_slow_one() {
        let mut pace = SlicePace::new();
        pace.record(FIRST_SLICE, SLICE_BUDGET_MS / 10.0);
        assert_eq!(pace.per_slice, FIRST_SLICE * 2, "at most double");
        pace.record(pace.per_slice, SLICE_BUDGET_MS * 1.5);
        assert_eq!(pace.per_slice, FIRST_SLICE * 2 * 2 / 3);
        for _ in 0..10 {
            pace.record(pace.per_slice, 1000.0);
        }
        assert_eq!(pace.per_slice, SLICE_RANGE.0);
        for _ in 0..10 {
            pace.record(pace.per_slice, 0.0);
        }
        assert_eq!(pace.per_slice, SLICE_RANGE.1);
    }
}

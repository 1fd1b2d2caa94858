//! Where margin notes go: beside the line of their highlight and never more
//! than [`REACH_PX`] from it, the most important first when a paragraph has
//! more notes than its margin holds.
//!
//! A margin that stacks every note below the one before drifts: by the
//! second paragraph of a dense article its notes explain text a screen up.
//! So a note either fits near its line or waits behind the paragraph's
//! "+N more" control, which opens the rest in place (and only then moves
//! the article down). Pure arithmetic on measured positions, so that it is
//! tested here and the browser code only reads and writes pixels.

use std::collections::BTreeMap;

/// The farthest a note's top may sit from the top of its highlight's line,
/// above or below. (The reading view promises 160 px; the rest is slack for
/// fonts that measure differently from the ones placed.)
pub const REACH_PX: f64 = 120.0;
/// Space between two notes.
pub const GAP_PX: f64 = 6.0;
/// How far past its paragraph's last line a note of lesser importance (a
/// person, a described name) may start. Statements and figures may start up
/// to their reach below their line, into the next paragraph's margin.
const SPILL_PX: f64 = 8.0;
/// The priority of people's notes ([`super::margin_priority`]): notes of
/// this priority and after start beside their own paragraph.
pub const PEOPLE: u8 = 3;

/// One note to place: where its highlight's line starts, how tall the note
/// is, and how much it matters ([`super::margin_priority`]: lower first).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub anchor: f64,
    pub height: f64,
    pub priority: u8,
}

/// Where a paragraph's notes went.
#[derive(Debug, Clone, PartialEq)]
pub struct RowPlacement {
    /// Each candidate's top, or `None` for one left to "+N more".
    pub tops: Vec<Option<f64>>,
    /// The top of the "+N more" control, when some note was left over.
    pub more: Option<f64>,
    /// The lowest point this paragraph's margin uses: where the next
    /// paragraph's notes may start.
    pub bottom: f64,
}

impl RowPlacement {
    /// How many notes wait behind "+N more".
    pub fn left_over(&self) -> usize {
        self.tops.iter().filter(|t| t.is_none()).count()
    }
}

/// Place one paragraph's notes (in text order) in the margin beside the
/// paragraph spanning `row` (top, bottom), below `floor` (where the notes
/// of the paragraphs before end). `more_height` is the height of the "+N
/// more" control, placed under the paragraph's last note when it is needed.
///
/// Notes are placed most important first, each at the free position
/// nearest its line within reach; one that finds none is left over. The
/// cost is `n log n` in the paragraph's notes: each looks only at the
/// placed notes within its reach.
pub fn place_row(
    floor: f64,
    row: (f64, f64),
    cands: &[Candidate],
    more_height: f64,
) -> RowPlacement {
    let (row_top, row_bottom) = row;
    // A gap below the notes of the paragraphs before, as between any two.
    let floor = if floor > 0.0 { floor + GAP_PX } else { floor };
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (cands[i].priority, i));
    // Placed notes by top (as ordered bits), never overlapping; a note can
    // touch only those that start within the tallest note's height of it.
    let mut placed: BTreeMap<u64, (f64, f64)> = BTreeMap::new();
    let mut tallest: f64 = 0.0;
    let mut tops = vec![None; cands.len()];
    for i in order {
        let c = cands[i];
        let h = c.height.max(1.0);
        let lo = floor.max(c.anchor - REACH_PX).max(row_top.min(c.anchor));
        let mut hi = c.anchor + REACH_PX;
        if c.priority >= PEOPLE {
            hi = hi.min(row_bottom + SPILL_PX);
        }
        if lo > hi {
            continue;
        }
        let near: Vec<(f64, f64)> = placed
            .range(order_key(lo - tallest - GAP_PX)..order_key(hi + h + GAP_PX))
            .map(|(_, &v)| v)
            .collect();
        let free = |t: f64| {
            near.iter()
                .all(|&(a, b)| t >= b + GAP_PX || t + h + GAP_PX <= a)
        };
        let mut best: Option<f64> = None;
        let mut consider = |t: f64| {
            if t < lo || t > hi || !free(t) {
                return;
            }
            let better = match best {
                None => true,
                Some(b) => {
                    let (d, db) = ((t - c.anchor).abs(), (b - c.anchor).abs());
                    d < db || (d == db && t > b)
                }
            };
            if better {
                best = Some(t);
            }
        };
        consider(c.anchor);
        consider(lo);
        for &(a, b) in &near {
            consider(b + GAP_PX);
            consider(a - GAP_PX - h);
        }
        if let Some(t) = best {
            placed.insert(order_key(t), (t, t + h));
            tallest = tallest.max(h);
            tops[i] = Some(t);
        }
    }
    let mut bottom = placed
        .last_key_value()
        .map_or(floor, |(_, &(_, b))| b.max(floor));
    let more = tops.iter().any(Option::is_none).then(|| {
        let top = if placed.is_empty() {
            row_top.max(floor)
        } else {
            bottom + GAP_PX
        };
        bottom = top + more_height;
        top
    });
    RowPlacement { tops, more, bottom }
}

/// A float's bits in an order that sorts as the floats do.
fn order_key(v: f64) -> u64 {
    let bits = v.to_bits();
    if v.is_sign_negative() {
        !bits
    } else {
        bits | (1 << 63)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(anchor: f64, height: f64, priority: u8) -> Candidate {
        Candidate {
            anchor,
            height,
            priority,
        }
    }

    /// Every placed note within reach of its line, none overlapping.
    fn check(p: &RowPlacement, cands: &[Candidate]) {
        let mut boxes: Vec<(f64, f64)> = Vec::new();
        for (t, c) in p.tops.iter().zip(cands) {
            if let Some(t) = *t {
                assert!(
                    (t - c.anchor).abs() <= REACH_PX,
                    "{t} vs anchor {}",
                    c.anchor
                );
                boxes.push((t, t + c.height));
            }
        }
        boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
        for w in boxes.windows(2) {
            assert!(w[1].0 >= w[0].1 + GAP_PX - 1e-9, "overlap {w:?}");
        }
    }

    #[test]
    fn a_lone_note_sits_at_its_line() {
        let cands = [cand(40.0, 30.0, 1)];
        let p = place_row(0.0, (0.0, 200.0), &cands, 24.0);
        assert_eq!(p.tops, [Some(40.0)]);
        assert_eq!(p.more, None);
        assert_eq!(p.bottom, 70.0);
    }

    #[test]
    fn crowded_notes_share_the_margin_near_their_lines() {
        // Three notes on one line: one at it, the others just below or above.
        let cands = [
            cand(100.0, 30.0, 1),
            cand(100.0, 30.0, 1),
            cand(100.0, 30.0, 1),
        ];
        let p = place_row(0.0, (0.0, 300.0), &cands, 24.0);
        check(&p, &cands);
        assert_eq!(p.left_over(), 0);
        assert_eq!(p.tops[0], Some(100.0));
    }

    #[test]
    fn a_cascade_never_drifts_it_waits_behind_more() {
        // A paragraph naming fifty things on its first line: only what fits
        // within reach is placed; the rest waits, and the margin ends near
        // the paragraph.
        let cands: Vec<Candidate> = (0..50).map(|i| cand(10.0, 40.0, (i % 4) as u8)).collect();
        let p = place_row(0.0, (0.0, 120.0), &cands, 24.0);
        check(&p, &cands);
        assert!(p.left_over() > 40, "{} left over", p.left_over());
        let more = p.more.expect("a +N more control");
        assert!(more <= 10.0 + REACH_PX + 40.0 + GAP_PX, "more at {more}");
        assert!(p.bottom <= more + 24.0);
    }

    #[test]
    fn the_most_important_notes_take_the_room() {
        // Room for two: the quote and the figure win over the person that
        // comes first in the text.
        let cands = [
            cand(0.0, 100.0, PEOPLE),
            cand(0.0, 100.0, 0),
            cand(0.0, 100.0, 2),
        ];
        let p = place_row(0.0, (0.0, 60.0), &cands, 24.0);
        check(&p, &cands);
        assert_eq!(p.tops[0], None);
        assert!(p.tops[1].is_some() && p.tops[2].is_some());
    }

    #[test]
    fn notes_start_below_the_paragraphs_before() {
        let cands = [cand(0.0, 30.0, 0)];
        let p = place_row(50.0, (0.0, 100.0), &cands, 24.0);
        assert_eq!(p.tops, [Some(50.0 + GAP_PX)]);
        // Too far below: the floor is out of reach, so the note waits.
        let p = place_row(500.0, (0.0, 100.0), &cands, 24.0);
        assert_eq!(p.tops, [None]);
        assert_eq!(p.more, Some(500.0 + GAP_PX));
    }

    #[test]
    fn lesser_notes_start_beside_their_paragraph() {
        // A person named on the last line may not start far into the next
        // paragraph's margin; a quote may.
        let person = [
            cand(80.0, 30.0, PEOPLE),
            cand(80.0, 30.0, PEOPLE),
            cand(80.0, 30.0, PEOPLE),
        ];
        let p = place_row(75.0, (0.0, 100.0), &person, 24.0);
        check(&p, &person);
        assert!(p.tops.iter().flatten().all(|&t| t <= 100.0 + SPILL_PX));
        assert!(p.left_over() >= 1);
    }

    #[test]
    fn placing_is_fast_on_a_huge_paragraph() {
        // 20,000 notes down a 400,000 px paragraph: n log n, not n².
        let cands: Vec<Candidate> = (0..20_000)
            .map(|i| cand(i as f64 * 20.0, 30.0, (i % 4) as u8))
            .collect();
        let p = place_row(0.0, (0.0, 400_000.0), &cands, 24.0);
        check(&p, &cands);
        assert!(p.left_over() < 20_000);
    }
}

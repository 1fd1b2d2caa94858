//! Finding what a number counts, by shape rather than by tagger: after a
//! number above one the first plural past the modifiers ("four Russian
//! military officers"), after "one" the last noun of the phrase.

use super::lexicon::*;
use super::Scanner;
use crate::model::FigureKind;

impl<'a, 'd> Scanner<'a, 'd> {
    /// The head noun of the phrase starting at `k`: for plurals the first
    /// plural word (extended over following plurals: "police officers"),
    /// for "one" the last noun before the phrase ends.
    pub(super) fn head_noun(&self, k: usize, end: usize, singular: bool) -> Option<usize> {
        let mut idx = k;
        let mut seen = 0;
        while idx < end && seen < 5 {
            // "2 DS (Diplomatic Security) agents": step over a short aside.
            if self.text(idx) == "(" && seen > 0 {
                let close = (idx + 1..end.min(idx + 8)).find(|&t| self.text(t) == ")");
                if let Some(c) = close {
                    idx = c + 1;
                    seen += 1;
                    continue;
                }
            }
            if !self.is_word(idx) {
                return None;
            }
            let w = self.low(idx);
            // Digits end the phrase, but a model name is a modifier ("Kh-101").
            if w.starts_with(|c: char| c.is_ascii_digit()) || self.is_month_at(idx) {
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
                // "5,000 more troops" (but not "500 more than").
                if matches!(w, "more" | "fewer")
                    && seen == 0
                    && self.is_word(idx + 1)
                    && !ends_phrase(self.low(idx + 1))
                {
                    idx += 1;
                    seen += 1;
                    continue;
                }
                return None;
            }
            if small_number(w).is_some() || scale_word(w).is_some() {
                return None;
            }
            if !singular {
                if is_plural(w) {
                    let mut h = idx;
                    // "plainclothes police officers", "Abrams tanks": a plural
                    // that modifies the next.
                    while h + 1 < end
                        && self.is_word(h + 1)
                        && !ends_phrase(self.low(h + 1))
                        && is_plural(self.low(h + 1))
                        && !self.capitalised(h + 1)
                        && (is_modifier_plural(self.low(h))
                            || is_irregular_plural(self.low(h + 1))
                            || self.capitalised(h))
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

    /// The kind of figure that counts the head noun at `head`.
    pub(super) fn kind_of_unit(&self, head: usize) -> FigureKind {
        let lower = self.low(head);
        if is_time_unit(lower) || is_measure_unit(lower) {
            FigureKind::Measure
        } else if is_frequency_noun(lower) {
            FigureKind::Frequency
        } else {
            FigureKind::Count
        }
    }
}

/// A lower-case word that can be a noun after another noun ("security
/// guard"), judged by shape: not an adverb, participle or common verb.
fn looks_like_noun(w: &str) -> bool {
    let participle = w.ends_with("ed") || (w.ends_with("ing") && w.len() > 5);
    // A singular noun after "one" does not end in "s"; a verb often does.
    let verb_s = w.ends_with('s') && !w.ends_with("ss");
    !w.ends_with("ly") && !participle && !verb_s && !is_common_verb(w)
}

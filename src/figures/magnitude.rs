//! The order of magnitude a vague amount gives: "hundreds of lorries" is
//! about a hundred, "tens of thousands of people" about ten thousand.
//!
//! SPEC.md's optional `magnitude`. A vague figure has no value, but its
//! words still say how big it is, and a reader must keep seeing that size
//! ("hundreds of lorries", never "an unspecified number"). The words that
//! give no size ("a few", "several", "a handful") give `None`.

use super::lexicon::magnitude_word as scale;
use crate::document::{Document, Span};

/// The magnitude of the vague figure over `span`: the product of its scale
/// words ("tens of thousands" → 10 × 1,000), read from its first word while
/// the words are scale words, "of", or the hedges before them ("several",
/// "a few"); `None` when it has no scale word.
pub fn magnitude(doc: &Document, span: Span) -> Option<f64> {
    let first = doc.token_at_or_after(span.start);
    let mut size: Option<f64> = None;
    for i in first..doc.tokens.len() {
        if doc.tokens[i].span.start >= span.end {
            break;
        }
        let word = doc.lower(i);
        match scale(word) {
            Some(s) => size = Some(size.unwrap_or(1.0) * s),
            None if matches!(word, "of" | "a" | "few" | "several" | "some" | "many") => {}
            None => break,
        }
    }
    size
}

#[cfg(test)]
mod tests {
    use crate::model::Bound;

    #[test]
    fn vague_amounts_keep_their_size() {
        let cases: &[(&str, &str, Option<f64>)] = &[
            ("Hundreds of lorries queued.", "lorries", Some(100.0)),
            ("They found dozens of pumps.", "pumps", Some(12.0)),
            ("Tens of thousands of people marched.", "people", Some(1e4)),
            ("Several hundred drones were sent.", "drones", Some(100.0)),
            ("Thousands fled.", "", Some(1e3)),
            ("Millions of pounds were lost.", "", Some(1e6)),
            (
                "Hundreds of thousands of homes lost power.",
                "homes",
                Some(1e5),
            ),
            ("A few reporters waited.", "reporters", None),
            ("A handful of protesters stayed.", "protesters", None),
        ];
        for &(text, unit, want) in cases {
            let a = crate::annotate(text);
            let f = a
                .figures
                .iter()
                .find(|f| f.bound == Bound::Vague)
                .unwrap_or_else(|| panic!("{text}: no vague figure in {:?}", a.figures));
            assert_eq!(f.magnitude, want, "{text}: {f:?}");
            if !unit.is_empty() {
                assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
            }
        }
    }

    #[test]
    fn exact_figures_have_no_magnitude() {
        let a = crate::annotate("About 300 workers and 2,000 drones.");
        assert!(a.figures.iter().all(|f| f.magnitude.is_none()), "{a:?}");
    }
}

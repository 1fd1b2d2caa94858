//! Word shapes: the document's ([`crate::document`]: capitals, letters,
//! acronyms), and how an ALL-CAPS word is written in text.

pub use crate::document::{is_acronym, is_capitalised, letter_count};

/// "KYIV" → "Kyiv", "SAN" → "San": how an ALL-CAPS word is written in text.
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

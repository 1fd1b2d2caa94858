//! Word shapes: capitals, letters, acronyms, function words. Pure functions
//! of a word, asked of nearly every token by every layer, so written once
//! here.

use super::with_lower_case;
use crate::lexicon::{lists, Words};

/// Closed-class English words and sentence adverbs (grammar, not names).
static FUNCTION_WORDS: Words = Words::new(lists::FUNCTION_WORDS);

/// Whether the word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// How many letters a word has (counted by bytes when it is ASCII, as
/// nearly every word is: this is asked of every word).
pub fn letter_count(word: &str) -> usize {
    if word.is_ascii() {
        word.bytes().filter(u8::is_ascii_alphabetic).count()
    } else {
        word.chars().filter(|c| c.is_alphabetic()).count()
    }
}

/// ALL-CAPS letters (two or more), dots allowed: "NATO", "U.N.", "IRGC".
pub fn is_acronym(word: &str) -> bool {
    // (the first letter first: it settles most words)
    word.chars().next().is_some_and(char::is_uppercase)
        && letter_count(word) >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Whether the word is a closed-class word (article, pronoun, preposition,
/// conjunction, auxiliary) or a sentence adverb, in any case but shouted:
/// capitalised only by position, never part of a name.
pub fn is_function_word(word: &str) -> bool {
    // (the lower-case test first: it settles most words at their first letter)
    let shouted = !word.chars().any(char::is_lowercase)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    !shouted && with_lower_case(word, |lower| FUNCTION_WORDS.contains(lower))
}

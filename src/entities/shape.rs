//! Word shapes: capitals, letters, acronyms. Pure functions of a word,
//! asked of nearly every token.

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

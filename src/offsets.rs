//! Offset conversion, in one place: bytes (inside the core), code points
//! (SPEC.md's JSON, Python's `str`) and UTF-16 units (JavaScript and the DOM).
//!
//! Lookups binary-search a table of the non-ASCII characters only, so a text
//! of pure ASCII costs nothing to index and any offset costs O(log n).

/// One non-ASCII character: where it starts in each unit, and its sizes.
#[derive(Debug, Clone, Copy)]
struct Wide {
    byte: usize,
    char: usize,
    utf16: usize,
    bytes: usize,
    units: usize,
}

/// Converts the offsets of one text between bytes, code points and UTF-16.
///
/// ```
/// let map = sidenote::offsets::OffsetMap::new("Zoë 🙂 ok");
/// assert_eq!(map.char_of_byte(10), 6); // "ok" starts at byte 10, code point 6
/// assert_eq!(map.utf16_of_char(6), 7); // the emoji takes two UTF-16 units
/// ```
#[derive(Debug, Clone)]
pub struct OffsetMap {
    wide: Vec<Wide>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut wide = Vec::new();
        let mut utf16 = 0;
        for (char, (byte, c)) in text.char_indices().enumerate() {
            if !c.is_ascii() {
                wide.push(Wide {
                    byte,
                    char,
                    utf16,
                    bytes: c.len_utf8(),
                    units: c.len_utf16(),
                });
            }
            utf16 += c.len_utf16();
        }
        OffsetMap { wide }
    }

    /// The code point offset of a byte offset on a character boundary.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        let k = self.wide.partition_point(|w| w.byte < byte);
        match k.checked_sub(1).map(|j| self.wide[j]) {
            None => byte,
            Some(w) => w.char + 1 + (byte - w.byte - w.bytes),
        }
    }

    /// The UTF-16 offset of a byte offset on a character boundary.
    pub fn utf16_of_byte(&self, byte: usize) -> usize {
        let k = self.wide.partition_point(|w| w.byte < byte);
        match k.checked_sub(1).map(|j| self.wide[j]) {
            None => byte,
            Some(w) => w.utf16 + w.units + (byte - w.byte - w.bytes),
        }
    }

    /// The UTF-16 offset of a code point offset.
    pub fn utf16_of_char(&self, char: usize) -> usize {
        let k = self.wide.partition_point(|w| w.char < char);
        match k.checked_sub(1).map(|j| self.wide[j]) {
            None => char,
            Some(w) => w.utf16 + w.units + (char - w.char - 1),
        }
    }

    /// The byte offset of a UTF-16 offset, such as a DOM selection's. An
    /// offset inside a surrogate pair gives the start of its character.
    pub fn byte_of_utf16(&self, utf16: usize) -> usize {
        let k = self.wide.partition_point(|w| w.utf16 + w.units <= utf16);
        if let Some(w) = self.wide.get(k).filter(|w| w.utf16 < utf16) {
            return w.byte;
        }
        match k.checked_sub(1).map(|j| self.wide[j]) {
            None => utf16,
            Some(w) => w.byte + w.bytes + (utf16 - w.utf16 - w.units),
        }
    }

    /// The byte offset of a code point offset.
    pub fn byte_of_char(&self, char: usize) -> usize {
        let k = self.wide.partition_point(|w| w.char < char);
        match k.checked_sub(1).map(|j| self.wide[j]) {
            None => char,
            Some(w) => w.byte + w.bytes + (char - w.char - 1),
        }
    }
}

/// `text` with its UTF-16 range `start..end` (a text field's selection, in
/// either order, clamped to the text) replaced by `insert`: what a paste
/// over that selection leaves.
pub fn splice_utf16(text: &str, start: usize, end: usize, insert: &str) -> String {
    let map = OffsetMap::new(text);
    let at = |unit: usize| map.byte_of_utf16(unit).min(text.len());
    let (from, to) = (at(start.min(end)), at(start.max(end)));
    [&text[..from], insert, &text[to..]].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every conversion agrees with a slow count at every boundary.
    #[test]
    fn agrees_with_counting() {
        for text in [
            "",
            "plain ascii",
            "Zoë 🙂 ok",
            "🙂🙂",
            "é",
            "a\u{301}b 東京 ملف 🇺🇦!",
        ] {
            let map = OffsetMap::new(text);
            for (char, (byte, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
                let char = if byte == text.len() {
                    text.chars().count()
                } else {
                    char
                };
                let units: usize = text[..byte].chars().map(char::len_utf16).sum();
                assert_eq!(map.char_of_byte(byte), char, "{text:?} byte {byte}");
                assert_eq!(map.utf16_of_byte(byte), units, "{text:?} byte {byte}");
                assert_eq!(map.utf16_of_char(char), units, "{text:?} char {char}");
                assert_eq!(map.byte_of_char(char), byte, "{text:?} char {char}");
                assert_eq!(map.byte_of_utf16(units), byte, "{text:?} unit {units}");
            }
        }
    }

    #[test]
    fn a_paste_replaces_the_selection() {
        let text = "Zoë 🙂 ok";
        assert_eq!(splice_utf16(text, 7, 9, "fine"), "Zoë 🙂 fine");
        assert_eq!(splice_utf16(text, 9, 7, "fine"), "Zoë 🙂 fine");
        assert_eq!(splice_utf16(text, 7, 100, "fine"), "Zoë 🙂 fine");
        assert_eq!(splice_utf16(text, 6, 6, "x"), "Zoë 🙂x ok");
        assert_eq!(splice_utf16(text, 0, 9, "new"), "new");
        assert_eq!(splice_utf16("", 0, 0, "new"), "new");
    }

    #[test]
    fn a_utf16_offset_inside_a_surrogate_pair_counts_as_its_start() {
        let map = OffsetMap::new("a🙂b");
        assert_eq!(map.byte_of_utf16(2), 1);
        assert_eq!(map.byte_of_utf16(3), 5);
    }
}

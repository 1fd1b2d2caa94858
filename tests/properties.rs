//! Property tests: no input breaks the core. Over arbitrary Unicode, over
//! streams of news-like tokens, and over team-written articles mutated the
//! way pasted text gets mangled (stray and doubled quotation marks, CRLF and
//! lone CR, zero-width and control characters, emoji, combining marks,
//! right-to-left and CJK text, changed case), `annotate` and `analyse` never
//! panic and keep the invariants of `common/invariants.rs`.
//!
//! Case counts are kept moderate so `cargo test` stays quick; the fuzz
//! target (`fuzz/`) runs the same checks for as long as one likes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{invariants, seeds};
use proptest::prelude::*;

/// Pieces that stress segmentation, marks and offsets.
const AWKWARD: &[&str] = &[
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "''",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{202E}",
    "\u{0000}",
    "\u{0007}",
    "\t",
    "\u{0301}",
    "\u{0308}\u{0323}",
    "🙂",
    "🇺🇦",
    "👩‍👩‍👧",
    "قال الوزير",
    "שלום",
    "東京で",
    "北京",
    "한국",
    "$",
    "£",
    "%",
    "-",
    "—",
    ".",
    "...",
    ",",
    ":",
    ";",
    "(",
    ")",
    "Mr.",
    "U.S.",
    "’s",
    "1,000",
    "3.5bn",
    "99999999999999999999999999",
    "0.0000000000000001",
    "<div>",
    "</p>",
    " ",
];

/// Words for news-like token streams.
const WORDS: &[&str] = &[
    "said",
    "told",
    "the",
    "of",
    "a",
    "and",
    "nearly",
    "about",
    "more",
    "than",
    "up",
    "to",
    "between",
    "million",
    "bn",
    "per",
    "cent",
    "km",
    "drones",
    "people",
    "officers",
    "year-old",
    "twice",
    "times",
    "two",
    "hundred",
    "thousands",
    "dozens",
    "Ms",
    "Mr.",
    "President",
    "Maria",
    "Lopez",
    "Jake",
    "O'Brien",
    "Jean-Luc",
    "Novak",
    "Oslo",
    "Iran",
    "Kyiv",
    "European",
    "Union",
    "Ministry",
    "Defense",
    "Russian",
    "Ukrainian",
    "CNN",
    "IRGC",
    "He",
    "She",
    "they",
    "according",
    "spokesperson",
    "2,000",
    "36",
    "1.2bn",
    "$",
    "£",
    "5%",
    "10-20",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    ",",
    ".",
    ":",
    "—",
    "\n",
    "\n\n",
    "\r\n",
    "(",
    ")",
];

/// A char drawn mostly from the kinds of text news is made of.
fn text_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        4 => proptest::char::range('a', 'z'),
        2 => proptest::char::range('A', 'Z'),
        1 => proptest::char::range('0', '9'),
        3 => proptest::sample::select(vec![' ', ' ', '\n', '\r', '.', ',', '"', '\'', '“', '”', '‘', '’', '«', '»', '$', '%', '-']),
    ]
}

/// An edit that pasted text suffers.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, &'static str),
    InsertChar(usize, char),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Upper(usize, usize),
    Lower(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>();
    let len = 1usize..40;
    prop_oneof![
        4 => (at, proptest::sample::select(AWKWARD)).prop_map(|(i, s)| Edit::Insert(i, s)),
        2 => (at, any::<char>()).prop_map(|(i, c)| Edit::InsertChar(i, c)),
        2 => (at, len.clone()).prop_map(|(i, n)| Edit::Delete(i, n)),
        1 => (at, len.clone()).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        1 => (at, 1usize..400).prop_map(|(i, n)| Edit::Upper(i, n)),
        1 => (at, 1usize..400).prop_map(|(i, n)| Edit::Lower(i, n)),
    ]
}

/// Apply edits to the text, positions taken modulo its length in chars.
fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let n = chars.len();
        let at = |i: usize| if n == 0 { 0 } else { i % (n + 1) };
        let range = |i: usize, len: usize| {
            let s = at(i).min(n);
            s..(s + len).min(n)
        };
        match *e {
            Edit::Insert(i, s) => {
                let i = at(i);
                chars.splice(i..i, s.chars());
            }
            Edit::InsertChar(i, c) => chars.insert(at(i), c),
            Edit::Delete(i, len) => {
                chars.drain(range(i, len));
            }
            Edit::Duplicate(i, len) => {
                let r = range(i, len);
                let copy: Vec<char> = chars[r.clone()].to_vec();
                chars.splice(r.end..r.end, copy);
            }
            Edit::Upper(i, len) | Edit::Lower(i, len) => {
                let r = range(i, len);
                let upper = matches!(e, Edit::Upper(..));
                let changed: Vec<char> = chars[r.clone()]
                    .iter()
                    .flat_map(|c| {
                        if upper {
                            c.to_uppercase().collect::<Vec<_>>()
                        } else {
                            c.to_lowercase().collect::<Vec<_>>()
                        }
                    })
                    .collect();
                chars.splice(r, changed);
            }
        }
    }
    chars.into_iter().collect()
}

/// A seed: one paragraph, a few, or the whole article.
fn seed() -> impl Strategy<Value = String> {
    let n = seeds::PARAGRAPHS.len();
    prop_oneof![
        (0..n).prop_map(|i| seeds::PARAGRAPHS[i].to_string()),
        (0..n, 1..4usize)
            .prop_map(move |(i, k)| { seeds::PARAGRAPHS[i..(i + k).min(n)].join("\n\n") }),
        Just(seeds::article()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_keeps_the_invariants(text in proptest::collection::vec(text_char(), 0..400)) {
        let text: String = text.into_iter().collect();
        invariants::check(&text);
    }

    #[test]
    fn news_like_token_streams_keep_the_invariants(
        words in proptest::collection::vec(proptest::sample::select(WORDS), 0..200),
        joints in proptest::collection::vec(proptest::sample::select(vec![" ", " ", " ", "", "\n"]), 200),
    ) {
        let mut text = String::new();
        for (w, j) in words.iter().zip(&joints) {
            text.push_str(w);
            text.push_str(j);
        }
        invariants::check(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_articles_keep_the_invariants(
        seed in seed(),
        edits in proptest::collection::vec(edit(), 1..24),
    ) {
        let text = apply(&seed, &edits);
        invariants::check(&text);
        // `annotate` is `analyse` without the paragraphs.
        prop_assert_eq!(sidenote::annotate(&text), sidenote::analyse(&text).annotations);
    }
}

/// The unmutated seeds hold too, and give the layers something to find.
#[test]
fn seeds_keep_the_invariants_and_are_annotated() {
    let article = seeds::article();
    let a = invariants::check(&article).annotations;
    assert!(a.entities.len() >= 5, "{:#?}", a.entities);
    assert!(a.figures.len() >= 5, "{:#?}", a.figures);
    assert!(a.quotes.len() >= 4, "{:#?}", a.quotes);
}

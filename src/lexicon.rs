//! The one lexicon below the layers: every word list in `data/`, in one
//! format, looked up one way.
//!
//! The format (`data/README.md`): plain UTF-8, one entry a line, fields
//! separated by `|`, the file's `#` lines first giving what it holds, its
//! source and its licence; `#` lines and blank lines elsewhere are comments.
//! The first field is the key, matched exactly as written (the figure
//! layer's lists are in lower case and asked with a token's lower-case
//! form); the rest of the line, if any, is the value.
//!
//! `build.rs` copies each list without its comments into `OUT_DIR` and
//! names it here as a constant in [`lists`] (`data/figures/units.txt` is
//! `lists::FIGURES_UNITS`). A layer declares what it reads as a `static`
//! [`Words`] or [`Table`], which is parsed into a hash table the first time
//! it is asked, so a list costs nothing until used and one hash probe after:
//!
//! ```
//! use sidenote::lexicon::{lists, Table, Words};
//! static UNITS: Words = Words::new(lists::FIGURES_MEASURE_UNITS);
//! static SCALES: Table<f64> = Table::new(lists::FIGURES_SCALE_WORDS, sidenote::lexicon::number);
//! assert!(UNITS.contains("km"));
//! assert_eq!(SCALES.get("million"), Some(1e6));
//! ```
//!
//! This module depends on nothing else in the crate; the layers' own
//! lexicon modules (`figures/lexicon.rs`) give the lists their meaning.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Every list in `data/` but the three long front-coded ones, by path.
pub mod lists {
    include!(concat!(env!("OUT_DIR"), "/lists.rs"));
}

/// A list's entries in file order: the key and the rest of the line after
/// its first `|` ("" when there is none), both trimmed.
pub fn entries(list: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| match line.split_once('|') {
            Some((key, rest)) => (key.trim(), rest.trim()),
            None => (line, ""),
        })
}

/// A set of words: the first field of each entry, or of the entries that
/// carry a tag.
pub struct Words {
    list: &'static str,
    tag: Option<&'static str>,
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    /// Every key of the list.
    pub const fn new(list: &'static str) -> Words {
        Words {
            list,
            tag: None,
            set: OnceLock::new(),
        }
    }

    /// The keys whose entry carries `tag`: one of the words, separated by
    /// spaces or `|`, after the key (`said|strong clause` carries `clause`).
    /// One list can so serve several readers, each asking for its part:
    ///
    /// ```
    /// use sidenote::lexicon::Words;
    /// static WEAK: Words = Words::tagged("said|strong\ncontinued|weak\n", "weak");
    /// assert!(WEAK.contains("continued") && !WEAK.contains("said"));
    /// ```
    pub const fn tagged(list: &'static str, tag: &'static str) -> Words {
        Words {
            list,
            tag: Some(tag),
            set: OnceLock::new(),
        }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.set
            .get_or_init(|| {
                entries(self.list)
                    .filter(|&(_, rest)| self.tag.is_none_or(|tag| has_tag(rest, tag)))
                    .map(|(key, _)| key)
                    .collect()
            })
            .contains(key)
    }
}

/// What a word in lower case can be looked up in: a [`Words`] set, or the
/// few lower-case words a rule names for itself (`&["of", "the"]`), so a
/// layer's helper takes either.
pub trait WordSet {
    fn has(&self, lower: &str) -> bool;
}

impl WordSet for Words {
    fn has(&self, lower: &str) -> bool {
        self.contains(lower)
    }
}

impl<T: AsRef<str>> WordSet for [T] {
    fn has(&self, lower: &str) -> bool {
        self.iter().any(|w| w.as_ref() == lower)
    }
}

impl<T: AsRef<str>, const N: usize> WordSet for [T; N] {
    fn has(&self, lower: &str) -> bool {
        self.as_slice().has(lower)
    }
}

/// Whether the rest of an entry holds `tag` as one of its words.
pub fn has_tag(rest: &str, tag: &str) -> bool {
    rest.split(['|', ' ']).any(|word| word == tag)
}

/// A table from the first field of each entry to a value read from the rest
/// of its line. A key written twice keeps its first entry. The rest is read
/// when asked, so every table shares one kind of hash map (the widget's
/// code stays small); [`Table::unreadable`], which each layer's tests check
/// is empty, lists the entries whose value does not read.
pub struct Table<V: 'static> {
    list: &'static str,
    read: fn(&'static str) -> Option<V>,
    map: OnceLock<FxHashMap<&'static str, &'static str>>,
}

impl<V: 'static> Table<V> {
    pub const fn new(list: &'static str, read: fn(&'static str) -> Option<V>) -> Table<V> {
        Table {
            list,
            read,
            map: OnceLock::new(),
        }
    }

    pub fn get(&self, key: &str) -> Option<V> {
        let map = self.map.get_or_init(|| {
            let mut map = FxHashMap::default();
            for (key, rest) in entries(self.list) {
                map.entry(key).or_insert(rest);
            }
            map
        });
        map.get(key).and_then(|&rest| (self.read)(rest))
    }

    /// The entries whose value does not read: a mistake in the data file.
    pub fn unreadable(&self) -> Vec<&'static str> {
        entries(self.list)
            .filter(|&(_, rest)| (self.read)(rest).is_none())
            .map(|(key, _)| key)
            .collect()
    }

    /// Every entry whose value reads, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, V)> + '_ {
        entries(self.list).filter_map(|(key, rest)| Some((key, (self.read)(rest)?)))
    }
}

/// The value of a table of text: the rest of the line, which must not be
/// empty.
pub fn text(rest: &'static str) -> Option<&'static str> {
    (!rest.is_empty()).then_some(rest)
}

/// The value of a table of whole numbers ("1000000"), as `f64`. Integers
/// only: the standard `f64` parser would add 14 KB to the widget's download
/// (see `figures/number.rs`).
pub fn number(rest: &'static str) -> Option<f64> {
    rest.parse::<u64>().ok().map(|n| n as f64)
}

/// Lists of words, declared once in a layer's `words.rs`:
/// `words!(NAME = LIST;)`, each a `&Words` over the list `build.rs` names
/// `LIST`. Each is a reference, so a rule passes it as it would the few
/// words it names (`self.is(k, FINITE)`, `self.is(k, &["of"])`).
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident = $list:ident;)*) => {
        $($(#[$doc])* pub(super) static $name: &$crate::lexicon::Words = {
            static WORDS: $crate::lexicon::Words =
                $crate::lexicon::Words::new($crate::lexicon::lists::$list);
            &WORDS
        };)*
    };
}
pub(crate) use words;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_comments_and_split_at_the_first_bar() {
        let list = "# header\n\nkm\n  dollar | USD \n# note\na|b|c\n";
        let got: Vec<_> = entries(list).collect();
        assert_eq!(got, [("km", ""), ("dollar", "USD"), ("a", "b|c")]);
    }

    #[test]
    fn a_key_written_twice_keeps_its_first_value() {
        static T: Table<f64> = Table::new("a|1\na|2\nb|x\nc|1.5\n", number);
        assert_eq!(T.get("a"), Some(1.0));
        assert_eq!(T.get("b"), None);
        assert_eq!(T.unreadable(), ["b", "c"]);
    }

    #[test]
    fn a_tagged_set_holds_the_entries_with_its_tag() {
        static CLAUSE: Words =
            Words::tagged("said|strong clause\nsaying|strong\nx|-|clause\n", "clause");
        assert!(CLAUSE.contains("said") && CLAUSE.contains("x"));
        assert!(!CLAUSE.contains("saying"));
    }
}

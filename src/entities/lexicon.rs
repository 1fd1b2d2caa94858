//! The word lists the entity layer consults, parsed once from `data/`.
//!
//! Names are data, not code: every list is a plain file under `data/` headed
//! by its source and licence, compiled in with `include_str!` (no I/O at run
//! time, so the same tables serve the browser). Each file is parsed on first
//! use into hash tables behind a [`OnceLock`]. The three long lists (common
//! words, first names, cities) are compiled in as `build.rs` compacts them:
//! sorted and front-coded, which gzip shrinks to two thirds; the tables they
//! make are the same, and a test checks it. Multi-word names are keyed by
//! their tokens joined with single spaces, exactly as [`Document`] splits
//! them, so a lookup is one hash probe per candidate n-gram.

// Fx hashing: the keys are short words probed at every token, where std's
// SipHash (built to resist crafted collisions) cost a tenth of the whole run.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use super::types::Gender;
use crate::document::{with_lower_case, Document};
use crate::lexicon::{entries, has_tag, lists};
use crate::model::EntityKind;

/// A name the gazetteers know: its kind and the key shared by all its forms
/// ("U.S.", "America" and "United States" share one key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityKind,
    pub key: String,
    /// A country (or the key of one): strongest evidence of all.
    pub country: bool,
}

/// A title or honorific before a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    /// A courtesy title ("Mr"), which is not a descriptor.
    pub honorific: bool,
    pub gender: Gender,
}

/// Every list, parsed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    names: HashMap<String, Known>,
    /// The longest known name, in tokens.
    pub longest_name: usize,
    first_names: HashMap<String, Gender>,
    titles: HashMap<String, Title>,
    roles: HashMap<String, Gender>,
    org_heads: HashSet<String>,
    place_heads: HashSet<String>,
    common_words: HashSet<String>,
    not_names: HashSet<String>,
    event_heads: HashSet<String>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::build)
}

/// The meaningful lines of a data file: no comments, no blanks.
fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a list `build.rs` front-coded, in order, each with its tag
/// (below `tags`): after the file's `#` header, each entry is the bytes it
/// adds to the one before, then a control character, U+0001 plus
/// `tag * (cap + 1) + shared`, where `shared` (at most `cap`, which is
/// `31 / tags - 1`) is the number of bytes it shares with the one before.
fn front_coded(file: &'static str, tags: usize) -> impl Iterator<Item = (String, usize)> {
    let mut body = file;
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    let span = 31 / tags;
    let mut entry = String::new();
    body.split_inclusive(char::is_control).map(move |piece| {
        let mut chars = piece.chars();
        let code = chars.next_back().map_or(0, |c| c as usize - 1);
        // The prefix ends on a character boundary (build.rs sees to it).
        entry.truncate(code % span);
        entry.push_str(chars.as_str());
        (entry.clone(), code / span)
    })
}

/// The entries of an untagged front-coded list.
fn front_coded_words(file: &'static str) -> impl Iterator<Item = String> {
    front_coded(file, 1).map(|(word, _)| word)
}

/// The common words, first names and cities as `build.rs` compacted them.
fn compact_sources() -> Sources {
    const GENDERS: [Gender; 3] = [Gender::Male, Gender::Female, Gender::Unknown];
    let first_names = include_str!(concat!(env!("OUT_DIR"), "/first_names.fc"));
    Sources {
        common_words: Box::new(front_coded_words(include_str!(concat!(
            env!("OUT_DIR"),
            "/common_words.fc"
        )))),
        first_names: Box::new(
            front_coded(first_names, GENDERS.len())
                .map(|(name, tag)| (name, GENDERS.get(tag).copied().unwrap_or(Gender::Unknown))),
        ),
        cities: Box::new(front_coded_words(include_str!(concat!(
            env!("OUT_DIR"),
            "/cities.fc"
        )))),
    }
}

/// The lists that come from `build.rs`: each entry once, only what a lookup
/// can find.
struct Sources {
    common_words: Box<dyn Iterator<Item = String>>,
    first_names: Box<dyn Iterator<Item = (String, Gender)>>,
    cities: Box<dyn Iterator<Item = String>>,
}

/// A name as the lexicon keys it: its tokens joined by single spaces.
pub fn key_of(name: &str) -> String {
    let doc = Document::parse(name);
    let mut key = String::with_capacity(name.len());
    for (i, t) in doc.tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(doc.slice(t.span));
    }
    key
}

impl Lexicon {
    fn build() -> Lexicon {
        Lexicon::build_from(compact_sources())
    }

    fn build_from(sources: Sources) -> Lexicon {
        let mut lex = Lexicon::default();
        // Later files do not override earlier ones: organisations first, so
        // "Congress" is the legislature, then places, then groups.
        for line in lines(lists::ORGANIZATIONS) {
            let mut fields = line.split('|');
            let key = fields.next().unwrap_or_default();
            for name in fields {
                lex.add(name, EntityKind::Organization, &format!("org:{key}"), false);
            }
        }
        // Team-written groups before countries: "Saudi" is a people first.
        for line in lines(lists::GROUPS) {
            let mut fields = line.split('|');
            let key = fields.next().unwrap_or_default();
            for name in fields {
                lex.add(name, EntityKind::Group, &format!("group:{key}"), false);
            }
        }
        for file in [lists::COUNTRIES, lists::PLACES_EXTRA] {
            for line in lines(file) {
                let mut fields = line.split('|');
                let key = fields.next().unwrap_or_default();
                let country = key.len() == 2 && key.chars().all(|c| c.is_ascii_uppercase());
                for name in fields {
                    lex.add(name, EntityKind::Place, &format!("place:{key}"), country);
                }
            }
        }
        for line in lines(lists::US_STATES) {
            if let Some((name, code)) = line.split_once('|') {
                lex.add(name, EntityKind::Place, &format!("place:US-{code}"), false);
            }
        }
        for name in sources.cities {
            lex.add(&name, EntityKind::Place, &format!("place:{name}"), false);
        }
        for line in lines(lists::DEMONYMS) {
            if let Some((name, code)) = line.split_once('|') {
                lex.add(name, EntityKind::Group, &format!("group:{code}"), false);
            }
        }
        lex.first_names.extend(sources.first_names);
        for line in lines(lists::TITLES) {
            let mut fields = line.split('|');
            let (Some(word), Some(class), Some(g)) = (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            lex.titles.insert(
                word.to_string(),
                Title {
                    honorific: class == "honorific",
                    gender: Gender::from_code(g),
                },
            );
        }
        // (the roles the entity layer reads: `data/roles.txt` serves the
        // quote layer's speakers too)
        for (word, rest) in entries(lists::ROLES).filter(|&(_, rest)| has_tag(rest, "role")) {
            let gender = rest.split('|').next().unwrap_or_default();
            lex.roles
                .insert(word.to_string(), Gender::from_code(gender));
        }
        lex.org_heads = lines(lists::ORG_HEADS).map(String::from).collect();
        lex.place_heads = lines(lists::PLACE_HEADS).map(String::from).collect();
        lex.common_words = sources.common_words.collect();
        lex.event_heads = lines(lists::EVENT_HEADS).map(String::from).collect();
        lex.not_names = entries(lists::NOT_NAMES)
            .map(|(word, _)| word.to_string())
            .collect();
        lex
    }

    fn add(&mut self, name: &str, kind: EntityKind, key: &str, country: bool) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        let token_key = key_of(name);
        self.longest_name = self.longest_name.max(token_key.split(' ').count());
        self.names.entry(token_key).or_insert_with(|| Known {
            kind,
            key: key.to_string(),
            country,
        });
    }

    /// The known name spelled exactly so (tokens joined by spaces).
    pub fn known(&self, key: &str) -> Option<&Known> {
        self.names.get(key)
    }

    /// The gender a first name usually has, if it is a first name.
    pub fn first_name(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word).copied()
    }

    /// The title this word is, written with or without its final dot.
    pub fn title(&self, word: &str) -> Option<Title> {
        // "Ex-President" is a title as "former President" is
        let word = word
            .strip_prefix("Ex-")
            .or_else(|| word.strip_prefix("ex-"))
            .unwrap_or(word);
        self.titles
            .get(word.strip_suffix('.').unwrap_or(word))
            .copied()
    }

    /// The gender a role noun shows, if the word is a role noun.
    /// Whether a lower-case word is the plural of a role noun
    /// ("candidates", not "boss").
    pub fn is_plural_role(&self, word: &str) -> bool {
        word.strip_suffix('s').is_some_and(|one| {
            word.len() > 3 && !self.roles.contains_key(word) && self.roles.contains_key(one)
        })
    }

    pub fn role(&self, word: &str) -> Option<Gender> {
        let singular = word.strip_suffix('s').unwrap_or(word);
        self.roles
            .get(word)
            .or_else(|| self.roles.get(singular))
            .copied()
            .or_else(|| {
                // Word shapes of occupations: "neurologist", "keeper",
                // "shopkeeper", "centre-back", "co-author".
                let shaped = ["ologist", "keeper"].iter().any(|s| singular.ends_with(s))
                    || ["-back", "-forward", "-half"]
                        .iter()
                        .any(|s| singular.ends_with(s) && singular.len() > s.len() + 2);
                if shaped {
                    return Some(Gender::Unknown);
                }
                let rest = singular.strip_prefix("co-")?;
                self.roles.get(rest).copied()
            })
    }

    pub fn is_org_head(&self, word: &str) -> bool {
        self.org_heads
            .contains(word.strip_suffix('.').unwrap_or(word))
    }

    pub fn is_place_head(&self, word: &str) -> bool {
        self.place_heads
            .contains(word.strip_suffix('.').unwrap_or(word))
    }

    /// Whether the word, lower-cased, is among the most frequent English words.
    pub fn is_common(&self, word: &str) -> bool {
        with_lower_case(word, |lower| self.common_words.contains(lower))
    }

    /// Whether the word is a closed-class word (article, pronoun,
    /// preposition, conjunction, auxiliary) or a sentence adverb: capitalised
    /// only by position, never part of a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        crate::document::is_function_word(word)
    }

    /// Last words of names of laws, events, awards and works ("Refugee Act").
    pub fn is_event_head(&self, word: &str) -> bool {
        self.event_heads.contains(word)
    }

    /// Days, months, page furniture: never a name alone.
    pub fn is_not_name(&self, word: &str) -> bool {
        self.not_names
            .contains(word.strip_suffix('.').unwrap_or(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_share_their_country_key() {
        let lex = lexicon();
        let us = lex.known("U.S.").expect("U.S.");
        assert_eq!(us.kind, EntityKind::Place);
        assert_eq!(lex.known("United States").map(|k| &k.key), Some(&us.key));
        assert_eq!(lex.known("America").map(|k| &k.key), Some(&us.key));
        assert_eq!(
            lex.known("Britain").map(|k| &k.key),
            lex.known("UK").map(|k| &k.key)
        );
    }

    #[test]
    fn lists_are_loaded() {
        let lex = lexicon();
        assert_eq!(
            lex.known("Russians").map(|k| k.kind),
            Some(EntityKind::Group)
        );
        assert_eq!(
            lex.known(&key_of("Calif.")).map(|k| k.key.as_str()),
            lex.known("California").map(|k| k.key.as_str())
        );
        assert_eq!(lex.first_name("Maria"), Some(Gender::Female));
        assert!(lex.title("Gen.").is_some_and(|t| !t.honorific));
        assert!(lex
            .title("Mrs")
            .is_some_and(|t| t.honorific && t.gender == Gender::Female));
        assert!(lex.is_org_head("Ministry") && lex.is_place_head("County"));
        assert!(lex.is_common("However"));
        assert!(lex.longest_name >= 3);
    }

    /// The lists as the plain files in `data/` give them, read as the
    /// lexicon read them before `build.rs` compacted them.
    fn plain_sources() -> Sources {
        let first_names = lines(include_str!("../../data/first_names.txt"))
            .filter_map(|line| line.split_once('|'))
            .map(|(name, g)| (name.to_string(), Gender::from_code(g)));
        let cities = lines(include_str!("../../data/cities.txt"))
            .map(|line| line.split('|').next().unwrap_or_default().to_string());
        Sources {
            common_words: Box::new(
                lines(include_str!("../../data/common_words.txt")).map(String::from),
            ),
            first_names: Box::new(first_names),
            cities: Box::new(cities),
        }
    }

    #[test]
    fn compacted_lists_make_the_same_tables() {
        let compact = Lexicon::build_from(compact_sources());
        let mut plain = Lexicon::build_from(plain_sources());
        // Only lower-case common words can match: lookups lower-case first.
        plain.common_words.retain(|w| *w == w.to_lowercase());
        assert_eq!(compact, plain);
    }

    #[test]
    fn front_coding_round_trips() {
        let coded = "# header\n# more\nab\u{1}c\u{3}\u{3}é\u{1}a\u{3}";
        let words: Vec<String> = front_coded_words(coded).collect();
        assert_eq!(words, ["ab", "abc", "ab", "é", "éa"]);
        // Three tags: markers 1..=10, 11..=20, 21..=30.
        let tagged: Vec<(String, usize)> = front_coded("ab\u{b}c\u{17}", 3).collect();
        assert_eq!(tagged, [("ab".to_string(), 1), ("abc".to_string(), 2)]);
    }
}

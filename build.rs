//! Compacts the word lists in `data/` for `include_str!`.
//!
//! `data/` stays plain text, one entry a line, for people to read and
//! edit; the crate compiles in what the entity layer looks up, in a form
//! gzip shrinks further (the widget's download is what this saves, about 35
//! KB gzip). Each list is written to `OUT_DIR` as its file's `#` header (its
//! source and licence travel with the data) followed by the entries sorted
//! and front-coded: each entry is the bytes it adds to the one before, then
//! one control character that says how many bytes it shares with the one
//! before and, for first names, the gender. Only what the lookups can see is
//! kept:
//!
//! - `common_words.txt`: the words that are lower case (the lookup
//!   lower-cases the word first, so no other entry can match), once each;
//!   the order was never used.
//! - `first_names.txt`: each name once, with the gender of its last line
//!   (as the hash table kept it): `m`, `f` or anything else.
//! - `cities.txt`: the names alone; the country code after them is not
//!   read.
//!
//! `src/entities/lexicon.rs` decodes them and checks in a test that the
//! tables built from these and from the plain files are the same.
//!
//! The lists the team wrote go in as they are, less their comments and
//! blank lines, which every reader of them skips: comments are the bulk of
//! the short ones. The lists from elsewhere keep their headers (source and
//! licence) in the binary.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// The control characters that end an entry, U+0001..=U+001F: with `tags`
/// kinds of entry, `1 + tag * (cap + 1) + shared`, where the shared prefix
/// is at most `cap = 31 / tags - 1` bytes. The lexicon decodes the same way.
const MARKERS: usize = 31;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");

    let (header, lines) = read("data/common_words.txt");
    let words: BTreeMap<&str, usize> = lines
        .into_iter()
        .filter(|w| *w == w.to_lowercase())
        .map(|w| (w, 0))
        .collect();
    write(&out, "common_words.fc", &header, &words, 1);

    let (header, lines) = read("data/first_names.txt");
    let mut genders: BTreeMap<&str, usize> = BTreeMap::new();
    for line in lines {
        if let Some((name, gender)) = line.split_once('|') {
            let tag = match gender {
                "m" => 0,
                "f" => 1,
                _ => 2,
            };
            genders.insert(name, tag);
        }
    }
    write(&out, "first_names.fc", &header, &genders, 3);

    let (header, lines) = read("data/cities.txt");
    let names: BTreeMap<&str, usize> = lines
        .into_iter()
        .map(|line| line.split('|').next().unwrap_or_default().trim())
        .filter(|name| !name.is_empty())
        .map(|name| (name, 0))
        .collect();
    write(&out, "cities.fc", &header, &names, 1);

    for file in [
        "organizations.txt",
        "groups.txt",
        "places_extra.txt",
        "titles.txt",
        "roles.txt",
        "org_heads.txt",
        "place_heads.txt",
        "event_heads.txt",
        "not_names.txt",
        "figures/words.txt",
    ] {
        let (_, lines) = read(&format!("data/{file}"));
        let path = out.join(file.replace('/', "_"));
        fs::write(&path, lines.join("\n"))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

/// A data file's `#` header, with its line ends, and its other lines,
/// trimmed, without blanks: what `lines()` in the lexicon reads.
fn read(path: &str) -> (String, Vec<&'static str>) {
    println!("cargo:rerun-if-changed={path}");
    let text: &'static str = fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
        .leak();
    let header = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    (header, lines)
}

/// Write the header, then the entries in order, front-coded, each with its
/// tag (below `tags`).
fn write(out: &Path, name: &str, header: &str, entries: &BTreeMap<&str, usize>, tags: usize) {
    let cap = MARKERS / tags - 1;
    let mut coded = String::from(header);
    let mut previous = "";
    for (entry, &tag) in entries {
        assert!(tag < tags, "{name}: tag {tag} of {entry:?} out of range");
        assert!(
            !entry.starts_with('#') && !entry.chars().any(char::is_control),
            "{name}: {entry:?} would not survive front coding"
        );
        let mut shared = previous
            .bytes()
            .zip(entry.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(cap);
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        coded.push_str(&entry[shared..]);
        let marker = 1 + tag * (cap + 1) + shared;
        coded.push(char::from(
            u8::try_from(marker).expect("markers fit in a byte"),
        ));
        previous = entry;
    }
    let path = out.join(name);
    fs::write(&path, coded).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

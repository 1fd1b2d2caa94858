//! Compacts the three long word lists in `data/` for `include_str!`.
//!
//! `data/` stays plain text, one entry a line, for people to read and
//! edit; the crate compiles in what the entity layer looks up, in a form
//! gzip shrinks further (the widget's download is what this saves, about 30
//! KB gzip). Each list is written to `OUT_DIR` as its file's `#` header (its
//! source and licence travel with the data) followed by the entries sorted
//! and front-coded: each entry is the bytes it adds to the one before, then
//! one control character, U+0001 plus the number of bytes it shares with the
//! one before. Only what the lookups can see is kept:
//!
//! - `common_words.txt`: the words that are lower case (the lookup
//!   lower-cases the word first, so no other entry can match), once each;
//!   the order was never used.
//! - `first_names.txt`: one list per gender (`m`, `f`, anything else), each
//!   name with the gender of its last line, as the hash table kept it.
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

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// The longest shared prefix a control character can carry (U+0001..U+001F).
const MAX_SHARED: usize = 30;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");

    let (header, lines) = read("data/common_words.txt");
    let words: BTreeSet<&str> = lines
        .into_iter()
        .filter(|w| *w == w.to_lowercase())
        .collect();
    write(&out, "common_words.fc", &header, &words);

    let (header, lines) = read("data/first_names.txt");
    let mut genders: BTreeMap<&str, &str> = BTreeMap::new();
    for line in lines {
        if let Some((name, gender)) = line.split_once('|') {
            genders.insert(name, gender);
        }
    }
    for (suffix, wanted) in [("m", Some("m")), ("f", Some("f")), ("other", None)] {
        let names: BTreeSet<&str> = genders
            .iter()
            .filter(|(_, &g)| match wanted {
                Some(w) => g == w,
                None => g != "m" && g != "f",
            })
            .map(|(&name, _)| name)
            .collect();
        write(&out, &format!("first_names_{suffix}.fc"), &header, &names);
    }

    let (header, lines) = read("data/cities.txt");
    let names: BTreeSet<&str> = lines
        .into_iter()
        .map(|line| line.split('|').next().unwrap_or_default().trim())
        .filter(|name| !name.is_empty())
        .collect();
    write(&out, "cities.fc", &header, &names);

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

/// Write the header, then the entries in order, front-coded.
fn write(out: &Path, name: &str, header: &str, entries: &BTreeSet<&str>) {
    let mut coded = String::from(header);
    let mut previous = "";
    for entry in entries {
        assert!(
            !entry.starts_with('#') && !entry.chars().any(char::is_control),
            "{name}: {entry:?} would not survive front coding"
        );
        let mut shared = previous
            .bytes()
            .zip(entry.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        coded.push_str(&entry[shared..]);
        coded.push(char::from(1 + shared as u8));
        previous = entry;
    }
    let path = out.join(name);
    fs::write(&path, coded).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

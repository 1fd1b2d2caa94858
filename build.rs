//! Compiles every word list in `data/` for `include_str!`.
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
//! Every other list, the team's and the generated short ones alike, takes
//! one path: it goes in as it is, less its comments and blank lines (which
//! every reader skips: comments are the bulk of the short ones), and
//! `lists.rs` in `OUT_DIR` names it as a constant (`data/figures/hedges.txt`
//! is `FIGURES_HEDGES`) for `src/lexicon.rs`, the one query API. Adding a
//! list is adding its file. The lists from elsewhere keep their headers
//! (source and licence) in the binary.

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

    // Every other list, the team's and the generated short ones alike: one
    // path. Each goes in without its comments and blank lines, as
    // `OUT_DIR/<path with / as _>`, and `lists.rs` names each one as a
    // constant for `src/lexicon.rs` (`data/figures/units.txt` is
    // `FIGURES_UNITS`). A constant no layer uses is not compiled in.
    println!("cargo:rerun-if-changed=data");
    let mut files = Vec::new();
    list_files(Path::new("data"), &mut files);
    files.sort();
    let mut index = String::from("// Written by build.rs: one constant per list in data/.\n");
    for file in files {
        let name = file.strip_prefix("data/").unwrap_or(&file).to_string();
        if ["common_words.txt", "first_names.txt", "cities.txt"].contains(&name.as_str()) {
            continue;
        }
        let (_, lines) = read(&file);
        let flat = name.replace('/', "_");
        let path = out.join(&flat);
        fs::write(&path, lines.join("\n"))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        let constant = flat
            .trim_end_matches(".txt")
            .to_uppercase()
            .replace('-', "_");
        index.push_str(&format!(
            "/// `data/{name}`, without its comments and blank lines.\n\
             pub const {constant}: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/{flat}\"));\n"
        ));
    }
    let path = out.join("lists.rs");
    fs::write(&path, index).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// The `.txt` files under `dir`, as paths from the crate's root.
fn list_files(dir: &Path, out: &mut Vec<String>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            list_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
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

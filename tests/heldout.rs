//! Keeps the held-out set in `tests/heldout/` valid: every `NAME.txt` has a
//! `NAME.gold.json` in the format of `../shared/eval/README.md`, and every
//! string in it is found in the article the way `score.py --check` finds it
//! (whole-word occurrences for mentions, the nth occurrence for figures and
//! quotes, a closing mark for quotes given by their opening words).
//!
//! Quality is measured on this set with `score.py`, never asserted here.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

const KINDS: [&str; 4] = ["person", "organization", "place", "group"];
const BOUNDS: [&str; 6] = ["exact", "approx", "min", "max", "range", "vague"];
const FIG_KINDS: [&str; 6] = ["count", "money", "percent", "measure", "age", "frequency"];
const CLOSE_MARKS: &str = "\"”’'»";

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every start of `s` in `text` (in chars), overlapping ones included, like
/// repeated `str.find(s, i + 1)` in Python.
fn occurrences(text: &[char], s: &[char]) -> Vec<usize> {
    if s.is_empty() || s.len() > text.len() {
        return Vec::new();
    }
    (0..=text.len() - s.len())
        .filter(|&i| text[i..i + s.len()] == *s)
        .collect()
}

fn whole_word_occurrences(text: &[char], s: &[char]) -> Vec<(usize, usize)> {
    occurrences(text, s)
        .into_iter()
        .map(|i| (i, i + s.len()))
        .filter(|&(i, j)| {
            let before = i == 0 || !is_word_char(text[i - 1]) || !is_word_char(s[0]);
            let after = j == text.len() || !is_word_char(text[j]) || !is_word_char(s[s.len() - 1]);
            before && after
        })
        .collect()
}

fn nth_occurrence(text: &[char], s: &[char], nth: usize) -> Option<(usize, usize)> {
    let i = *occurrences(text, s).get(nth.checked_sub(1)?)?;
    Some((i, i + s.len()))
}

/// Where the quote that opens just before `a` closes, searching from `b`.
fn closing_mark(text: &[char], a: usize, b: usize) -> Option<usize> {
    let opener = text[..a].iter().rev().find(|c| !c.is_whitespace()).copied();
    let close = match opener {
        Some('“') => Some('”'),
        Some('"') => Some('"'),
        Some('«') => Some('»'),
        Some('‘') => Some('’'),
        Some('\'') => Some('\''),
        _ => None,
    };
    (b..text.len()).find(|&i| {
        let c = text[i];
        match close {
            None => "”\"»".contains(c),
            Some(cl) if c == cl => {
                // an apostrophe inside a word is not the closing mark
                !("’'".contains(cl) && i + 1 < text.len() && text[i + 1].is_alphabetic())
            }
            Some(_) => false,
        }
    })
}

fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn nth_field(v: &Value) -> usize {
    v.get("nth").and_then(Value::as_u64).unwrap_or(1) as usize
}

/// All problems with one article's gold file, as readable lines.
fn check_article(txt: &Path) -> Vec<String> {
    let mut errs = Vec::new();
    let text: Vec<char> = match std::fs::read_to_string(txt) {
        Ok(t) => t.chars().collect(),
        Err(e) => return vec![format!("cannot read: {e}")],
    };
    let words = text.iter().collect::<String>().split_whitespace().count();
    if !(300..=600).contains(&words) {
        errs.push(format!("{words} words: held-out articles run 300 to 600"));
    }
    let gold_path = txt.with_extension("gold.json");
    let gold: Value = match std::fs::read_to_string(&gold_path)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => return vec![format!("{}: {e}", gold_path.display())],
    };

    // ---- entities: (start, end, entity id, string)
    let empty = Vec::new();
    let entities = gold["entities"].as_array().unwrap_or(&empty);
    let mut ids = HashSet::new();
    let mut cands: Vec<(usize, usize, String, String)> = Vec::new();
    let mut not_found = HashSet::new(); // reported once, not again as hidden
    for e in entities {
        let Some(id) = str_field(e, "id") else {
            errs.push(format!("entity without id: {e}"));
            continue;
        };
        if !ids.insert(id.to_string()) {
            errs.push(format!("duplicate entity id {id}"));
        }
        if !str_field(e, "kind").is_some_and(|k| KINDS.contains(&k)) {
            errs.push(format!("entity {id}: bad kind {}", e["kind"]));
        }
        if str_field(e, "name").is_none() {
            errs.push(format!("entity {id}: no name"));
        }
        if let Some(ds) = e.get("descriptors") {
            if !ds
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string))
            {
                errs.push(format!("entity {id}: descriptors must be strings"));
            }
        }
        let skip: HashSet<&str> = e
            .get("skip")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mentions = e["mentions"].as_array().unwrap_or(&empty);
        if mentions.is_empty() {
            errs.push(format!("entity {id}: no mentions"));
        }
        for m in mentions {
            let Some(s) = m.as_str() else {
                errs.push(format!("entity {id}: mention {m} is not a string"));
                continue;
            };
            let sc: Vec<char> = s.chars().collect();
            let occ = whole_word_occurrences(&text, &sc);
            if occ.is_empty() {
                not_found.insert(id.to_string());
                errs.push(format!("entity {id}: mention {s:?} not found"));
            }
            for (k, (a, b)) in occ.into_iter().enumerate() {
                if !skip.contains(format!("{s}#{}", k + 1).as_str()) {
                    cands.push((a, b, id.to_string(), s.to_string()));
                }
            }
        }
    }
    // longest span wins where mention strings overlap
    cands.sort_by_key(|c| (std::cmp::Reverse(c.1 - c.0), c.0));
    let mut taken: Vec<(usize, usize, String)> = Vec::new();
    for (a, b, id, s) in cands {
        if taken.iter().any(|t| a < t.1 && t.0 < b) {
            if let Some(t) = taken.iter().find(|t| (t.0, t.1) == (a, b) && t.2 != id) {
                errs.push(format!(
                    "{s:?} at {a} claimed by {} and {id}: use skip",
                    t.2
                ));
            }
            continue;
        }
        taken.push((a, b, id));
    }
    for id in &ids {
        if !taken.iter().any(|t| &t.2 == id) && !not_found.contains(id) {
            errs.push(format!("entity {id}: every mention hidden by a longer one"));
        }
    }

    // ---- figures
    for f in gold["figures"].as_array().unwrap_or(&empty) {
        let Some(s) = str_field(f, "text") else {
            errs.push(format!("figure without text: {f}"));
            continue;
        };
        let sc: Vec<char> = s.chars().collect();
        if nth_occurrence(&text, &sc, nth_field(f)).is_none() {
            errs.push(format!(
                "figure {s:?} (occurrence {}) not found",
                nth_field(f)
            ));
        }
        if !str_field(f, "bound").is_some_and(|b| BOUNDS.contains(&b)) {
            errs.push(format!("figure {s:?}: bad bound {}", f["bound"]));
        }
        if !str_field(f, "kind").is_some_and(|k| FIG_KINDS.contains(&k)) {
            errs.push(format!("figure {s:?}: bad kind {}", f["kind"]));
        }
        for key in ["value", "high"] {
            if !f.get(key).is_some_and(|v| v.is_null() || v.is_number()) {
                errs.push(format!("figure {s:?}: {key} must be a number or null"));
            }
        }
        if !f.get("unit").is_some_and(|v| v.is_null() || v.is_string()) {
            errs.push(format!("figure {s:?}: unit must be a string or null"));
        }
        if (str_field(f, "bound") == Some("range")) != f["high"].is_number() {
            errs.push(format!("figure {s:?}: a range, and only a range, has high"));
        }
    }

    // ---- quotes
    for q in gold["quotes"].as_array().unwrap_or(&empty) {
        let Some(s) = str_field(q, "text") else {
            errs.push(format!("quote without text: {q}"));
            continue;
        };
        let sc: Vec<char> = s.chars().collect();
        let Some((a, b)) = nth_occurrence(&text, &sc, nth_field(q)) else {
            errs.push(format!(
                "quote {s:?} (occurrence {}) not found",
                nth_field(q)
            ));
            continue;
        };
        let ends_here = b < text.len() && format!("{CLOSE_MARKS},.?!;:—–-").contains(text[b]);
        if !ends_here && closing_mark(&text, a, b).is_none() {
            errs.push(format!("quote {s:?}: no closing mark"));
        }
        match q.get("speaker") {
            Some(Value::Null) => {}
            Some(Value::String(sp)) if ids.contains(sp) => {}
            other => errs.push(format!("quote {s:?}: unknown speaker {other:?}")),
        }
    }
    for t in gold["terms"].as_array().unwrap_or(&empty) {
        if !t.is_string() {
            errs.push(format!("term {t} is not a string"));
        }
    }
    errs
}

#[test]
fn heldout_gold_files_are_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout");
    let mut txts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/heldout exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    txts.sort();
    assert!(!txts.is_empty(), "no articles in {}", dir.display());
    let mut failures = Vec::new();
    for txt in &txts {
        for e in check_article(txt) {
            failures.push(format!(
                "{}: {e}",
                txt.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "invalid held-out gold:\n{}",
        failures.join("\n")
    );
}

#[test]
fn checks_catch_bad_gold() {
    let text: Vec<char> = "Ann Lee said “we won” and Lee’s team agreed."
        .chars()
        .collect();
    let lee: Vec<char> = "Lee".chars().collect();
    assert_eq!(whole_word_occurrences(&text, &lee).len(), 2);
    let le: Vec<char> = "Le".chars().collect();
    assert!(whole_word_occurrences(&text, &le).is_empty());
    let we: Vec<char> = "we".chars().collect();
    let (a, b) = nth_occurrence(&text, &we, 1).unwrap();
    assert_eq!(closing_mark(&text, a, b), Some(20));
    assert!(nth_occurrence(&text, &we, 2).is_none());
}

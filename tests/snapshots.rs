//! Whole-output snapshots: for every team-written article, everything the
//! core finds in it, one line per annotation (`sidenote::snapshot`, the same
//! as `annotate --lines`), checked in as `tests/snapshots/DIR-NAME.lines`.
//!
//! After a deliberate change, rewrite them and review the diff like code:
//!
//! ```sh
//! UPDATE_SNAPSHOTS=1 cargo test --test snapshots
//! git diff tests/snapshots/
//! ```

use std::path::{Path, PathBuf};

/// The folders of team-written articles, and the prefix of their snapshots
/// (two folders hold articles of the same name).
const SOURCES: &[(&str, &str)] = &[
    ("tests/articles", "articles"),
    ("tests/heldout", "heldout"),
    ("benches/articles", "benches"),
    ("www", "www"),
];

fn articles() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (dir, prefix) in SOURCES {
        let entries = std::fs::read_dir(root.join(dir)).expect("article folder");
        let mut paths: Vec<PathBuf> = entries
            .map(|e| e.expect("folder entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let stem = path.file_stem().and_then(|s| s.to_str()).expect("name");
            let snapshot = root.join(format!("tests/snapshots/{prefix}-{stem}.lines"));
            out.push((path, snapshot));
        }
    }
    out
}

#[test]
fn every_article_matches_its_snapshot() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    let all = articles();
    assert!(all.len() >= 17, "articles missing: {all:?}");
    for (article, snapshot) in all {
        let text = std::fs::read_to_string(&article).expect("article");
        let actual = sidenote::snapshot::render(&sidenote::annotate(&text));
        let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if actual == expected {
            continue;
        }
        if update {
            std::fs::write(&snapshot, &actual).expect("write snapshot");
            eprintln!("updated {}", snapshot.display());
        } else {
            failures.push(format!(
                "{} differs from {} (- snapshot, + now):\n{}",
                article.display(),
                snapshot.display(),
                diff(&expected, &actual)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nIf the change is meant, rewrite the snapshots with \
         UPDATE_SNAPSHOTS=1 cargo test --test snapshots and review git diff tests/snapshots/",
        failures.join("\n")
    );
}

/// The lines that differ, as `-` (only in `old`) and `+` (only in `new`),
/// from a longest common subsequence of lines: a few hundred lines each.
fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out += &format!("- {}\n", a[i]);
            i += 1;
        } else {
            out += &format!("+ {}\n", b[j]);
            j += 1;
        }
    }
    out
}

#[test]
fn the_diff_shows_only_what_changed() {
    assert_eq!(diff("a\nb\nc\n", "a\nx\nc\n"), "- b\n+ x\n");
    assert_eq!(diff("a\n", "a\n"), "");
    assert_eq!(diff("", "a\n"), "+ a\n");
}

#[test]
fn annotate_lines_prints_the_snapshot_rendering() {
    let (article, snapshot) = articles().remove(0);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_annotate"))
        .arg("--lines")
        .arg(&article)
        .output()
        .expect("run annotate");
    assert!(out.status.success());
    let text = std::fs::read_to_string(&article).expect("article");
    let rendering = sidenote::snapshot::render(&sidenote::annotate(&text));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        rendering,
        "{snapshot:?}"
    );
}

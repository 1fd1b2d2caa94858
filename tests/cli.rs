//! The `annotate` command: JSON out, clear errors and exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn annotate() -> Command {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
}

/// A fresh, empty directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sidenote-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make temp dir");
    dir
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("sidenote-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

#[test]
fn prints_spec_json_for_a_file() {
    let path = temp_file(
        "ok.txt",
        "Lena Novak, the mayor of Oslo, said: “We counted 40 boats.”".as_bytes(),
    );
    let out = annotate().arg(&path).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["entities", "figures", "quotes", "attributions"] {
        assert!(json[key].is_array(), "{key} missing");
    }
    assert_eq!(json["quotes"][0]["text"], "We counted 40 boats.");
}

#[test]
fn reads_standard_input_and_pretty_prints() {
    let mut child = annotate()
        .args(["--pretty", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Nearly 2,000 drones flew.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  \"figures\": ["), "{text}");
}

#[test]
fn a_missing_file_is_a_one_line_error() {
    let out = annotate().arg("/no/such/article.txt").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("/no/such/article.txt"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn non_utf8_input_is_refused_by_name_or_read_lossily() {
    let path = temp_file("latin1.txt", b"Caf\xe9 owner Lena Novak");
    let out = annotate().arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(path.to_str().unwrap()) && err.contains("UTF-8"),
        "{err}"
    );
    let out = annotate().arg("--lossy").arg(&path).output().unwrap();
    assert!(out.status.success());
}

#[test]
fn wrong_usage_exits_with_two() {
    assert_eq!(annotate().output().unwrap().status.code(), Some(2));
    assert_eq!(
        annotate()
            .arg("--bogus")
            .arg("x")
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn empty_brackets_after_a_name_do_not_crash() {
    // Once panicked in the entity layer's appositive reader.
    let path = temp_file(
        "brackets.txt",
        "who\u{2014}Ana Vale(\u{200b})(\"\r\n".as_bytes(),
    );
    let out = annotate().arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_empty_directory_is_an_empty_batch() {
    let dir = temp_dir("empty-dir");
    let out = annotate().arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no articles"), "{err}");
}

#[test]
fn an_empty_file_gives_empty_lists() {
    let path = temp_file("empty.txt", b"");
    let out = annotate().arg(&path).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"entities": [], "figures": [], "quotes": [], "attributions": []})
    );
}

#[test]
fn non_utf8_standard_input_is_named_and_lossy_offsets_count_the_replacement() {
    let run = |args: &[&str]| {
        let mut child = annotate()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"\xff\xfe Lena Novak said nearly 2,000 boats.")
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run(&["-"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("standard input") && err.contains("--lossy"),
        "{err}"
    );

    let out = run(&["--lossy", "-"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Two replacement characters, then the text: offsets count code points.
    let figure = &json["figures"][0];
    assert_eq!(figure["text"], "nearly 2,000 boats");
    assert_eq!(figure["start"], 2 + " Lena Novak said ".chars().count());
}

#[test]
fn a_file_that_is_only_a_byte_order_mark_or_control_characters() {
    for (name, bytes) in [
        ("bom.txt", &b"\xef\xbb\xbf"[..]),
        ("controls.txt", &b"\x00\x01\x02\x1b[0m\x7f"[..]),
    ] {
        let path = temp_file(name, bytes);
        let out = annotate().arg(&path).output().unwrap();
        assert!(out.status.success(), "{name}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["entities"], serde_json::json!([]), "{name}");
    }
}

#[test]
fn help_exits_with_zero_and_documents_exit_codes() {
    let out = annotate().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("exit codes"), "{text}");
}

// Batch mode: many files or directories in, JSON Lines out.

fn lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn a_directory_gives_one_json_line_per_txt_file_sorted_and_an_error_line_in_place() {
    let dir = temp_dir("batch");
    let article = |name: &str| std::fs::read(format!("tests/articles/{name}.txt")).unwrap();
    std::fs::create_dir_all(dir.join("b-sub")).unwrap();
    std::fs::write(dir.join("c.txt"), article("river-floods")).unwrap();
    std::fs::write(dir.join("a.txt"), article("council-vote")).unwrap();
    std::fs::write(dir.join("b-sub/x.TXT"), article("port-rebuild")).unwrap();
    std::fs::write(dir.join("b-latin1.txt"), b"Caf\xe9 owner Lena Novak").unwrap();
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();

    let out = annotate().arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "one file failed");
    let got = lines(&out.stdout);
    let paths: Vec<_> = got.iter().map(|l| l["path"].as_str().unwrap()).collect();
    let expected = ["a.txt", "b-latin1.txt", "b-sub/x.TXT", "c.txt"]
        .map(|f| dir.join(f).to_string_lossy().into_owned());
    assert_eq!(paths, expected);

    // An article's line is its path, then the one-file command's document.
    let alone = annotate().arg(dir.join("a.txt")).output().unwrap();
    let mut document: serde_json::Value = serde_json::from_slice(&alone.stdout).unwrap();
    document
        .as_object_mut()
        .unwrap()
        .insert("path".into(), expected[0].clone().into());
    assert_eq!(got[0], document);
    let keys: Vec<_> = std::str::from_utf8(&out.stdout)
        .unwrap()
        .lines()
        .next()
        .unwrap()[..9]
        .to_string()
        .into_bytes();
    assert_eq!(keys, b"{\"path\":\"", "path comes first");

    // The file that is not UTF-8: an error line in its place, and one line
    // on stderr naming it; the run went on.
    assert_eq!(
        got[1].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["error", "path"]
    );
    assert!(got[1]["error"].as_str().unwrap().contains("not UTF-8"));
    let err = String::from_utf8(out.stderr).unwrap();
    let err_lines: Vec<_> = err.lines().collect();
    assert_eq!(err_lines.len(), 2, "{err}");
    assert!(err_lines[0].contains("b-latin1.txt") && err_lines[0].contains("--lossy"));
    // Throughput at the end; no progress line when stderr is not a terminal.
    assert!(
        err_lines[1].starts_with("annotate: 4 articles (1 failed) in ")
            && err_lines[1].contains("articles/s"),
        "{err}"
    );
    assert!(!err.contains('\r'), "{err}");

    let out = annotate()
        .args(["--lossy", "-q"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "--quiet and nothing failed");
    assert!(lines(&out.stdout)[1]["entities"].is_array());
}

#[test]
fn output_is_in_input_order_and_the_same_on_one_thread_or_many() {
    let dir = temp_dir("order");
    let names = [
        "council-vote",
        "harbour-strike",
        "port-rebuild",
        "river-floods",
    ];
    let mut files = Vec::new();
    for i in 0..40 {
        let path = dir.join(format!("{i:02}.txt"));
        std::fs::copy(format!("tests/articles/{}.txt", names[i % 4]), &path).unwrap();
        files.push(path);
    }
    // Given as files, in an order that is not sorted: kept as given.
    files.reverse();
    let run = |jobs: &str| {
        let out = annotate()
            .args(["--jobs", jobs])
            .args(&files)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("2"));
    let paths: Vec<_> = lines(&one)
        .iter()
        .map(|l| l["path"].as_str().unwrap().to_string())
        .collect();
    let given: Vec<_> = files.iter().map(|f| f.to_string_lossy()).collect();
    assert_eq!(paths, given);
}

#[test]
fn missing_files_are_reported_one_line_each_without_stopping_the_run() {
    let good = temp_file("batch-good.txt", b"Nearly 2,000 drones flew.");
    let out = annotate()
        .arg("/no/such/one.txt")
        .arg(&good)
        .arg("/no/such/two.txt")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 3);
    assert!(got[0]["error"]
        .as_str()
        .unwrap()
        .contains("/no/such/one.txt"));
    assert_eq!(got[1]["figures"][0]["text"], "Nearly 2,000 drones");
    assert!(got[2]["error"].is_string());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 3, "two errors and the summary: {err}");
}

#[test]
fn jsonl_for_one_file_and_paths_from_a_list() {
    let path = temp_file("batch-one.txt", b"About 40 boats.");
    let out = annotate().arg("--jsonl").arg(&path).output().unwrap();
    assert!(out.status.success());
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["path"], path.to_string_lossy().as_ref());

    let mut child = annotate()
        .args(["--files-from", "-", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let list = format!("{}\r\n\n{}\n", path.display(), path.display());
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(lines(&out.stdout).len(), 2, "blank lines and CRs skipped");
}

#[test]
fn batch_usage_errors_exit_with_two() {
    let dir = temp_dir("usage");
    for args in [
        vec!["--jobs", "0", "a.txt", "b.txt"],
        vec!["--jobs", "many", "a.txt"],
        vec!["--jobs"],
        vec!["--pretty", "a.txt", "b.txt"],
        vec!["--pretty", dir.to_str().unwrap()],
        vec!["--jsonl"],
    ] {
        let out = annotate().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = annotate()
        .args(["-j1", "--jsonl", "-", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "standard input twice");
}

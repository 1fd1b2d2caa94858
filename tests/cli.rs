//! The `annotate` command: JSON out, clear errors and exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn annotate() -> Command {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
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
fn a_directory_is_a_one_line_error() {
    let dir = std::env::temp_dir();
    let out = annotate().arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(dir.to_str().unwrap()), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
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

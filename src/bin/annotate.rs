//! `annotate FILE` (or `-` for standard input): print SPEC.md JSON.
//!
//! Exit codes: 0 success, 1 the input could not be read or decoded,
//! 2 wrong usage.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: annotate [--pretty] [--lines] [--lossy] FILE|-
  Prints the entities, figures and quotes of a text as JSON (see SPEC.md).
  --pretty   indent the JSON
  --lines    print one readable line per annotation instead of JSON
  --lossy    replace bytes that are not UTF-8 instead of refusing the input
exit codes: 0 ok, 1 input unreadable or not UTF-8, 2 usage";

fn main() -> ExitCode {
    let mut pretty = false;
    let mut lossy = false;
    let mut lines = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--lossy" => lossy = true,
            "--lines" => lines = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with("--") => {
                eprintln!("annotate: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ if path.is_some() => {
                eprintln!("annotate: give one file\n{USAGE}");
                return ExitCode::from(2);
            }
            a => path = Some(a.to_string()),
        }
    }
    let Some(path) = path else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            eprintln!("annotate: cannot read standard input: {e}");
            return ExitCode::from(1);
        }
        buf
    } else if std::path::Path::new(&path).is_dir() {
        eprintln!("annotate: {path} is a directory; give a text file, or - for standard input");
        return ExitCode::from(1);
    } else {
        match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("annotate: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            let name = if path == "-" { "standard input" } else { &path };
            eprintln!(
                "annotate: {name} is not UTF-8 text (invalid byte at offset {}); convert it, or pass --lossy",
                e.utf8_error().valid_up_to()
            );
            return ExitCode::from(1);
        }
    };
    let annotations = sidenote::annotate(&text);
    let json = if lines {
        Ok(sidenote::snapshot::render(&annotations)
            .trim_end()
            .to_string())
    } else if pretty {
        serde_json::to_string_pretty(&annotations)
    } else {
        serde_json::to_string(&annotations)
    };
    let json = match json {
        Ok(j) => j,
        Err(e) => {
            eprintln!("annotate: cannot write JSON: {e}");
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

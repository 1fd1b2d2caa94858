//! `annotate FILE` (or `-` for standard input): print SPEC.md JSON.
//! `annotate PATH...` (several files, directories, `--files-from`, `--jsonl`):
//! JSON Lines, one per article, on every core (`batch.rs`).
//!
//! Exit codes: 0 success, 1 an input could not be read or decoded (in a
//! batch: any of them), 2 wrong usage.

use std::io::{Read, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;

#[path = "annotate/batch.rs"]
mod batch;

const USAGE: &str = "usage: annotate [--pretty | --lines] [--lossy] FILE|-
       annotate [--lossy] [--jobs N] [--quiet] [--jsonl] [--files-from LIST] PATH...
  One file: prints its entities, figures and quotes as JSON (see SPEC.md).
  Several files, a directory (walked for *.txt, sorted), --files-from or
  --jsonl: one JSON line per article, {\"path\": ..., \"entities\": ...}, in
  input order; an input that cannot be read gives {\"path\": ..., \"error\": ...}
  and a line on standard error, and the run goes on.
  --pretty            indent the JSON (one file only)
  --lines             one readable line per annotation instead of JSON (one file only)
  --lossy             replace bytes that are not UTF-8 instead of refusing the input
  --jsonl             JSON Lines even for one file
  --files-from LIST   also read paths from LIST, one per line (- for standard input)
  -j, --jobs N        threads (default: one per core)
  -q, --quiet         no progress line and no summary on standard error
exit codes: 0 ok, 1 an input unreadable or not UTF-8 (in a batch: any), 2 usage";

/// What the command line asks for.
struct Options {
    pretty: bool,
    lines: bool,
    lossy: bool,
    jsonl: bool,
    quiet: bool,
    jobs: Option<NonZeroUsize>,
    files_from: Option<String>,
    paths: Vec<String>,
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("annotate: {message}\n{USAGE}");
    ExitCode::from(2)
}

/// `Ok(None)` means `--help` was answered.
fn parse(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        pretty: false,
        lines: false,
        lossy: false,
        jsonl: false,
        quiet: false,
        jobs: None,
        files_from: None,
        paths: Vec::new(),
    };
    let mut args = args.peekable();
    let mut only_paths = false;
    while let Some(arg) = args.next() {
        if only_paths {
            options.paths.push(arg);
            continue;
        }
        // `--jobs=4`, `-j4` and `--files-from=list.txt` as well as the
        // two-word forms.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ if arg.len() > 2 && arg.starts_with("-j") => ("-j".into(), Some(arg[2..].into())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs {what}"))
        };
        match name.as_str() {
            "--pretty" => options.pretty = true,
            "--lines" => options.lines = true,
            "--lossy" => options.lossy = true,
            "--jsonl" => options.jsonl = true,
            "-q" | "--quiet" => options.quiet = true,
            "-j" | "--jobs" => {
                let n = value("a number of threads")?;
                options.jobs = Some(n.parse().map_err(|_| {
                    format!("--jobs takes a whole number of threads, 1 or more, not {n:?}")
                })?);
            }
            "--files-from" => options.files_from = Some(value("a file of paths, or -")?),
            "-h" | "--help" => return Ok(None),
            "--" => only_paths = true,
            a if a.starts_with('-') && a != "-" => return Err(format!("unknown option {a}")),
            _ => options.paths.push(arg),
        }
    }
    Ok(Some(options))
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => return usage_error(&message),
    };
    let batch = options.jsonl
        || options.files_from.is_some()
        || options.paths.len() > 1
        || options
            .paths
            .iter()
            .any(|p| p != "-" && std::path::Path::new(p).is_dir());
    if !batch {
        let [path] = options.paths.as_slice() else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        return one_file(path, options.pretty, options.lines, options.lossy);
    }
    if options.pretty || options.lines {
        return usage_error(
            "--pretty and --lines are for one file; JSON Lines keep one article to a line",
        );
    }
    if options.paths.is_empty() && options.files_from.is_none() {
        return usage_error("give a file, a directory or --files-from");
    }
    batch::run(batch::Settings {
        paths: options.paths,
        files_from: options.files_from,
        lossy: options.lossy,
        quiet: options.quiet,
        jobs: options.jobs,
    })
}

/// The single-article command: SPEC JSON on one line (or indented), or
/// the readable lines of `--lines`.
fn one_file(path: &str, pretty: bool, lines: bool, lossy: bool) -> ExitCode {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            eprintln!("annotate: cannot read standard input: {e}");
            return ExitCode::from(1);
        }
        buf
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("annotate: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        }
    };
    let text = match batch::decode(bytes, lossy, path) {
        Ok(t) => t,
        Err(message) => {
            eprintln!("annotate: {message}");
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

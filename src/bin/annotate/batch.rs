//! Many articles in, JSON Lines out: the batch mode of `annotate`.
//!
//! The inputs are listed first (directories walked for `*.txt`, sorted, so a
//! run is deterministic), then `jobs` threads take them from one shared
//! counter (a work queue with no per-item cost) and send each finished line
//! to the main thread, which writes them in input order. A thread may not
//! run more than `WINDOW` articles ahead of the writer, so one very long
//! article holds back the others' finished lines, never an unbounded pile
//! of them. The command stays a plain filter: a shell, `xargs -P`, a
//! cluster job array or a Spark `rdd.pipe` drives it; it schedules nothing
//! beyond one machine's cores.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use sidenote::model::Annotations;

/// Articles a thread may finish ahead of the one the writer waits for, per
/// thread.
const WINDOW: usize = 64;

/// How often the progress line is redrawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

pub struct Settings {
    pub paths: Vec<String>,
    pub files_from: Option<String>,
    pub lossy: bool,
    pub quiet: bool,
    pub jobs: Option<NonZeroUsize>,
}

/// One line of the output, in input order.
enum Input {
    Stdin,
    File(PathBuf),
    /// A directory that could not be listed: reported in its place.
    Unlisted(PathBuf, String),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) | Input::Unlisted(p, _) => p.to_string_lossy().into_owned(),
        }
    }
}

/// A JSON line for an article: its path, then the SPEC document's fields.
#[derive(serde::Serialize)]
struct Article<'a> {
    path: &'a str,
    #[serde(flatten)]
    annotations: &'a Annotations,
}

/// A JSON line for an input that could not be annotated.
#[derive(serde::Serialize)]
struct Failure<'a> {
    path: &'a str,
    error: &'a str,
}

/// What a worker hands the writer: the JSON line, and the error if any.
struct Done {
    line: String,
    error: Option<String>,
    bytes: usize,
}

/// Bytes to text, or the one-line reason why not. Shared with the one-file
/// mode so both say the same.
pub fn decode(bytes: Vec<u8>, lossy: bool, path: &str) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(t) => Ok(t),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let name = if path == "-" { "standard input" } else { path };
            Err(format!(
                "{name} is not UTF-8 text (invalid byte at offset {}); convert it, or pass --lossy",
                e.utf8_error().valid_up_to()
            ))
        }
    }
}

pub fn run(settings: Settings) -> ExitCode {
    let started = Instant::now();
    let inputs = match list_inputs(&settings) {
        Ok(inputs) => inputs,
        Err(message) => {
            eprintln!("annotate: {message}");
            return ExitCode::from(1);
        }
    };
    if inputs.is_empty() {
        if !settings.quiet {
            eprintln!("annotate: no articles (a directory is walked for *.txt files)");
        }
        return ExitCode::SUCCESS;
    }
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let jobs = settings
        .jobs
        .map_or(cores, NonZeroUsize::get)
        .min(inputs.len());
    let progress = !settings.quiet && std::io::stderr().is_terminal();

    let next = AtomicUsize::new(0);
    let written = Mutex::new(0usize);
    let advanced = Condvar::new();
    let stop = AtomicBool::new(false);
    let window = WINDOW * jobs;
    let (sender, receiver) = mpsc::channel::<(usize, Done)>();

    let mut report = Report::default();
    let mut write_failed = None;
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let sender = sender.clone();
            let (inputs, next, written, advanced, stop) =
                (&inputs, &next, &written, &advanced, &stop);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= inputs.len() || stop.load(Ordering::Relaxed) {
                    break;
                }
                {
                    let mut w = written.lock().unwrap_or_else(PoisonError::into_inner);
                    while i >= *w + window && !stop.load(Ordering::Relaxed) {
                        w = advanced.wait(w).unwrap_or_else(PoisonError::into_inner);
                    }
                }
                let done = annotate_one(&inputs[i], settings.lossy);
                if sender.send((i, done)).is_err() {
                    break;
                }
            });
        }
        drop(sender);

        // The writer: lines in input order, errors on stderr as they come.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut pending = BTreeMap::new();
        let mut last_drawn = Instant::now();
        for (i, done) in receiver.iter() {
            pending.insert(i, done);
            let mut w = written.lock().unwrap_or_else(PoisonError::into_inner);
            while let Some(done) = pending.remove(&*w) {
                if let Some(error) = &done.error {
                    report.failed += 1;
                    if progress {
                        eprint!("\r\x1b[K");
                    }
                    eprintln!("annotate: {error}");
                }
                report.articles += 1;
                report.bytes += done.bytes;
                if write_failed.is_none() {
                    if let Err(e) = writeln!(out, "{}", done.line) {
                        write_failed = Some(e);
                        stop.store(true, Ordering::Relaxed);
                    }
                }
                *w += 1;
            }
            drop(w);
            advanced.notify_all();
            if progress && last_drawn.elapsed() >= PROGRESS_EVERY {
                last_drawn = Instant::now();
                eprint!(
                    "\r\x1b[Kannotate: {} of {} articles{}, {:.0}/s",
                    report.articles,
                    inputs.len(),
                    report.failed_note(),
                    report.articles as f64 / started.elapsed().as_secs_f64()
                );
            }
        }
        if write_failed.is_none() {
            if let Err(e) = out.flush() {
                write_failed = Some(e);
            }
        }
    });
    if progress {
        eprint!("\r\x1b[K");
    }
    if let Some(e) = write_failed {
        // A reader that stopped early (`| head`) is not worth a message.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("annotate: cannot write the output: {e}");
        }
        return ExitCode::from(1);
    }
    if !settings.quiet {
        let seconds = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "annotate: {} articles{} in {seconds:.2} s on {jobs} thread{}: {:.0} articles/s, {:.2} MB/s",
            report.articles,
            report.failed_note(),
            if jobs == 1 { "" } else { "s" },
            report.articles as f64 / seconds,
            report.bytes as f64 / 1e6 / seconds,
        );
    }
    if report.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[derive(Default)]
struct Report {
    articles: usize,
    failed: usize,
    bytes: usize,
}

impl Report {
    fn failed_note(&self) -> String {
        match self.failed {
            0 => String::new(),
            n => format!(" ({n} failed)"),
        }
    }
}

/// Read, decode, annotate and serialise one input. Never panics out: a
/// panic in the core becomes that article's error, so the run goes on.
fn annotate_one(input: &Input, lossy: bool) -> Done {
    let name = input.name();
    let failure = |error: String| Done {
        line: serde_json::to_string(&Failure {
            path: &name,
            error: &error,
        })
        .unwrap_or_default(),
        error: Some(error),
        bytes: 0,
    };
    let bytes = match input {
        Input::Unlisted(_, error) => return failure(error.clone()),
        Input::Stdin => {
            let mut buf = Vec::new();
            match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => buf,
                Err(e) => return failure(format!("cannot read standard input: {e}")),
            }
        }
        Input::File(path) => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return failure(format!("cannot read {name}: {e}")),
        },
    };
    let size = bytes.len();
    let text = match decode(bytes, lossy, &name) {
        Ok(t) => t,
        Err(message) => return failure(message),
    };
    let annotated = std::panic::catch_unwind(|| sidenote::annotate(&text));
    let Ok(annotations) = annotated else {
        return failure(format!(
            "{name}: the annotator failed on this text (a bug: please report it with the file)"
        ));
    };
    let line = serde_json::to_string(&Article {
        path: &name,
        annotations: &annotations,
    });
    match line {
        Ok(line) => Done {
            line,
            error: None,
            bytes: size,
        },
        Err(e) => failure(format!("{name}: cannot write JSON: {e}")),
    }
}

/// Every input in order: the paths as given (a directory replaced by its
/// `*.txt` files, walked and sorted), then those listed in `--files-from`.
fn list_inputs(settings: &Settings) -> Result<Vec<Input>, String> {
    let mut paths = settings.paths.clone();
    if let Some(list) = &settings.files_from {
        let text = if list == "-" {
            if paths.iter().any(|p| p == "-") {
                return Err("standard input cannot be both an article and --files-from".into());
            }
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read the list of paths on standard input: {e}"))?;
            text
        } else {
            std::fs::read_to_string(list)
                .map_err(|e| format!("cannot read the list of paths {list}: {e}"))?
        };
        paths.extend(
            text.lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
    }
    if paths.iter().filter(|p| *p == "-").count() > 1 {
        return Err("standard input (-) can be given once".into());
    }
    let mut inputs = Vec::new();
    for path in paths {
        if path == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(path);
        if path.is_dir() {
            let mut found = Vec::new();
            walk(&path, &mut found);
            found.sort_by(|a, b| a.0.cmp(&b.0));
            inputs.extend(found.into_iter().map(|(path, error)| match error {
                None => Input::File(path),
                Some(error) => Input::Unlisted(path, error),
            }));
        } else {
            // Missing or unreadable: its own line says so when its turn comes.
            inputs.push(Input::File(path));
        }
    }
    Ok(inputs)
}

/// The `*.txt` files under `dir` (any case of `txt`) into `found`, with
/// each directory that cannot be listed and why. Symbolic links to
/// directories are not followed (no cycles); links to files are read.
fn walk(dir: &Path, found: &mut Vec<(PathBuf, Option<String>)>) {
    let unlisted = |e: std::io::Error| {
        let message = format!("cannot list {}: {e}", dir.display());
        (dir.to_path_buf(), Some(message))
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return found.push(unlisted(e)),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                found.push(unlisted(e));
                continue;
            }
        };
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, found);
        } else if is_text_file(&path) && (kind.is_file() || path.is_file()) {
            found.push((path, None));
        }
    }
}

fn is_text_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

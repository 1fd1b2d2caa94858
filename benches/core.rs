//! Benchmarks of the core, natively: each layer and the whole pipeline on
//! team-written news articles joined to about 1k, 10k and 100k words.
//!
//! ```sh
//! cargo bench --bench core             # everything (3 to 8 minutes on 2 cores)
//! cargo bench --bench core -- quotes   # one layer
//! ```
//!
//! Criterion reports time per input and throughput in MB/s (10^6 bytes). A
//! summary table follows, with nanoseconds per byte for each size: if the
//! cost is linear in the length of the text, ns/byte stays flat from 1k to
//! 100k words. Timings are printed, never asserted.
//!
//! The inputs are built from `benches/articles/*.txt` the same way
//! `scripts/bench.mjs` builds them for the wasm comparison, so the byte counts
//! printed by both agree.

// Criterion is a native-only dev-dependency: on wasm32 (`cargo clippy
// --target wasm32-unknown-unknown --all-targets`) this benchmark is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fs;
    use std::hint::black_box;
    use std::path::{Path, PathBuf};
    use std::time::{Duration, SystemTime};

    use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
    use sidenote::document::Document;
    use sidenote::{entities, export, figures, quotes};

    /// Target lengths in words, with the labels used in benchmark names.
    const SIZES: [(&str, usize); 3] = [("1k", 1_000), ("10k", 10_000), ("100k", 100_000)];

    /// The layers benchmarked, in pipeline order, then the whole, then what
    /// the JavaScript API adds before handing objects to JS (SPEC JSON with
    /// UTF-16 offsets; the conversion to JS objects is timed by bench.mjs only).
    const LAYERS: [&str; 6] = [
        "document", "entities", "figures", "quotes", "annotate", "export",
    ];

    /// One benchmark input.
    struct Input {
        label: &'static str,
        text: String,
    }

    impl Input {
        fn words(&self) -> usize {
            self.text.split_whitespace().count()
        }
    }

    /// The paragraphs of every article under `benches/articles/`, articles in
    /// file-name order, each article's paragraphs in order.
    fn paragraphs() -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/articles");
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no articles in {}", dir.display());
        files
            .iter()
            .flat_map(|path| {
                let text = fs::read_to_string(path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                text.replace("\r\n", "\n")
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Paragraphs taken in turn, cycling through the articles, joined by blank
    /// lines, until the text has at least `words` words. `scripts/bench.mjs`
    /// does the same.
    fn build_text(paragraphs: &[String], words: usize) -> String {
        let mut text = String::new();
        let mut count = 0;
        for paragraph in paragraphs.iter().cycle() {
            if count >= words {
                break;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(paragraph);
            count += paragraph.split_whitespace().count();
        }
        text
    }

    fn inputs() -> Vec<Input> {
        let paragraphs = paragraphs();
        SIZES
            .iter()
            .map(|&(label, words)| Input {
                label,
                text: build_text(&paragraphs, words),
            })
            .collect()
    }

    /// Sampling fitted to the input: many short samples for small inputs, a few
    /// flat ones for large ones (a linear sampling plan would need thousands of
    /// iterations of a 100k-word input).
    fn configure(
        group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
        input: &Input,
    ) {
        group.throughput(Throughput::BytesDecimal(input.text.len() as u64));
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(2));
        if input.text.len() > 200_000 {
            group.sampling_mode(SamplingMode::Flat);
            group.sample_size(10);
        } else {
            group.sampling_mode(SamplingMode::Auto);
            group.sample_size(30);
        }
    }

    fn bench_layers(c: &mut Criterion, inputs: &[Input]) {
        for &layer in &LAYERS {
            let mut group = c.benchmark_group(layer);
            for input in inputs {
                configure(&mut group, input);
                let id = BenchmarkId::from_parameter(input.label);
                let text = input.text.as_str();
                // Each layer is timed alone: what it reads is computed once, outside the loop.
                match layer {
                    "document" => {
                        group.bench_with_input(id, text, |b, text| {
                            b.iter(|| Document::parse(black_box(text)))
                        });
                    }
                    "entities" => {
                        let doc = Document::parse(text);
                        group.bench_function(id, |b| b.iter(|| entities::find(black_box(&doc))));
                    }
                    "figures" => {
                        let doc = Document::parse(text);
                        let found = entities::find(&doc);
                        group.bench_function(id, |b| {
                            b.iter(|| figures::find(black_box(&doc), black_box(&found)))
                        });
                    }
                    "quotes" => {
                        let doc = Document::parse(text);
                        let found = entities::find(&doc);
                        group.bench_function(id, |b| {
                            b.iter(|| quotes::find(black_box(&doc), black_box(&found)))
                        });
                    }
                    "export" => {
                        let annotations = sidenote::annotate(text);
                        group.bench_function(id, |b| {
                            b.iter(|| export::with_utf16_offsets(black_box(text), &annotations))
                        });
                    }
                    "annotate" => {
                        group.bench_with_input(id, text, |b, text| {
                            b.iter(|| sidenote::annotate(black_box(text)))
                        });
                    }
                    other => unreachable!("no benchmark for layer {other}"),
                }
            }
            group.finish();
        }
    }

    /// Where criterion writes its estimates: `$CRITERION_HOME`, else
    /// `criterion/` in the cargo target directory.
    fn criterion_home() -> PathBuf {
        if let Some(home) = std::env::var_os("CRITERION_HOME") {
            return PathBuf::from(home);
        }
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
        target.join("criterion")
    }

    /// The mean time in nanoseconds of one benchmark measured by this run
    /// (estimates older than `since` belong to an earlier run and are skipped).
    fn mean_ns(home: &Path, layer: &str, label: &str, since: SystemTime) -> Option<f64> {
        let path = home.join(layer).join(label).join("new/estimates.json");
        let modified = fs::metadata(&path).and_then(|m| m.modified()).ok()?;
        if modified < since {
            return None;
        }
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).ok()?).ok()?;
        json["mean"]["point_estimate"].as_f64()
    }

    /// One table of everything measured: time per input, MB/s, ns/byte, and how
    /// ns/byte at 100k words compares with 1k (1.00 = perfectly linear).
    fn print_summary(inputs: &[Input], since: SystemTime) {
        let home = criterion_home();
        let measured = LAYERS.iter().any(|layer| {
            inputs
                .iter()
                .any(|input| mean_ns(&home, layer, input.label, since).is_some())
        });
        if !measured {
            return;
        }
        println!("\nSummary (native, mean of criterion's samples; MB = 10^6 bytes)\n");
        println!(
            "| layer    | input | words   | bytes     | time/input  | MB/s    | ns/byte | ns/byte vs 1k |"
        );
        println!(
            "|----------|-------|---------|-----------|-------------|---------|---------|---------------|"
        );
        for &layer in &LAYERS {
            let first = mean_ns(&home, layer, inputs[0].label, since)
                .map(|ns| ns / inputs[0].text.len() as f64);
            for input in inputs {
                let Some(ns) = mean_ns(&home, layer, input.label, since) else {
                    continue;
                };
                let bytes = input.text.len() as f64;
                let ns_per_byte = ns / bytes;
                let growth = first.map_or("".to_string(), |f| format!("{:.2}", ns_per_byte / f));
                println!(
                    "| {layer:<8} | {:<5} | {:>7} | {:>9} | {:>11} | {:>7.1} | {:>7.2} | {:>13} |",
                    input.label,
                    input.words(),
                    input.text.len(),
                    format_duration(ns),
                    bytes * 1e3 / ns,
                    ns_per_byte,
                    growth,
                );
            }
        }
    }

    fn format_duration(ns: f64) -> String {
        if ns >= 1e6 {
            format!("{:.2} ms", ns / 1e6)
        } else {
            format!("{:.1} µs", ns / 1e3)
        }
    }

    pub fn main() {
        let since = SystemTime::now();
        let inputs = inputs();
        for input in &inputs {
            println!(
                "input {:>4}: {:>6} words, {:>7} bytes",
                input.label,
                input.words(),
                input.text.len()
            );
        }
        let mut criterion = Criterion::default().configure_from_args();
        bench_layers(&mut criterion, &inputs);
        criterion.final_summary();
        print_summary(&inputs, since);
    }
}

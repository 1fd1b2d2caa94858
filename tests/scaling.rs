//! Adversarial scaling: no input may cost more than about its length.
//!
//! Each rule of the core that looks back or ahead from a token (the
//! tokenizer's apostrophes, the sentence splitter's abbreviations, quotation
//! marks, brackets, titles, appositives, ages, hedges, number words,
//! "according to", colons, dashes, capitalised runs, reported-speech cues,
//! the clustering of lone surnames) gets a text that repeats its trigger,
//! as one endless paragraph and as many short ones, at 1x and 4x a base size.
//! A look-back that walks the whole paragraph or document shows as a ratio
//! near 16 instead of 4.
//!
//! Timings mean something only in an optimised build, so the test is ignored
//! in debug builds (`cargo test` compiles it and skips it); run it with
//!
//! ```sh
//! cargo test --release --test scaling -- --nocapture
//! SIDENOTE_SCALING_BASE=100000 cargo test --release --test scaling -- --nocapture
//! SIDENOTE_SCALING_ONLY=possessive,quote cargo test --release --test scaling -- --nocapture
//! ```
//!
//! It is not a flaky timed test: both sizes are measured in the same run,
//! each as the best of several runs, and the bound is generous (4x the text
//! may take at most 10x the time); a pattern over the bound is measured
//! again, with more runs, before it fails.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

/// Varied names, so repeated units make several people, not one.
const FIRST: &[&str] = &[
    "Maria", "Peter", "Amira", "Daniel", "Helen", "Jonathan", "Ines",
];
const LAST: &[&str] = &[
    "Lopez",
    "Lindqvist",
    "Okafor",
    "Marsh",
    "Ruiz",
    "Hale",
    "Brandt",
];

fn first(i: usize) -> &'static str {
    FIRST[i % FIRST.len()]
}

fn last(i: usize) -> &'static str {
    LAST[(i / FIRST.len() + i) % LAST.len()]
}

/// A rule's trigger: the `i`-th repetition of its unit of text.
type Unit = fn(usize) -> String;

/// Every look-back or look-ahead of the core, by the text that triggers it.
const PATTERNS: &[(&str, Unit)] = &[
    // Tokenizer: a lone apostrophe after "s" looks back for an open single quote.
    ("plural possessive", |i| {
        format!(
            "the workers' union and the dogs' bones near {}'s house ",
            last(i)
        )
    }),
    ("possessive after open ‘", |i| {
        format!("‘the officers' base and the {}s' farm ", last(i))
    }),
    ("apostrophes and contractions", |i| {
        format!("don't 'em rock 'n' roll ’90s O'Brien's {}' ", last(i))
    }),
    // Sentence splitter: abbreviations and initials that do not end a sentence.
    ("abbreviations", |i| {
        format!(
            "Mr. {} met Gen. J. K. {} of the U.S. Army in Sept. no. 5 ",
            last(i),
            last(i + 1)
        )
    }),
    ("sentence ends", |i| {
        format!("Why? {} left. Yes! Wait... ", last(i))
    }),
    // A run of terminals with no space, then lower case: no sentence end.
    ("run of terminals", |_| "!?!.".to_string()),
    // Quotation marks: pairing, unmatched openers, quotes without a speaker.
    ("quoted speech", |i| {
        format!("“We are ready,” said {} {}. ", first(i), last(i))
    }),
    ("unmatched quote marks", |i| {
        format!(
            "{}Nobody warned us, said {}, 67. ",
            ["“", "\"", "‘", "«"][i % 4],
            last(i)
        )
    }),
    ("closing quote marks only", |i| {
        format!("the plan,” {} said” ", last(i))
    }),
    // A closing glyph used to open looks ahead for a single closer.
    ("’ opening without a closer", |i| {
        format!("’Go {} ", last(i))
    }),
    // A straight double mark after a digit (inches) among single quotes.
    ("inches among single quotes", |i| {
        format!("‘a {}\" ", i % 90)
    }),
    // Quoted terms in the first paragraph are looked for in every later quote.
    ("terms and quotes", |i| {
        format!(
            "the “big new tax” plan. “We are ready to go now,” said {}. ",
            last(i)
        )
    }),
    ("straight quotes and ''", |i| {
        format!("\"go\" ''fine'' `` {} '' ", last(i))
    }),
    ("scare quotes", |i| {
        format!("the so-called “reform” of {} ", last(i))
    }),
    // Brackets: unclosed, nested, square (figures look back for "[").
    ("open brackets", |i| format!("( {} [ the army 12 ", last(i))),
    ("closed brackets", |i| {
        format!("{} (AP) [citation 4] (the {}) ", last(i), i % 90)
    }),
    // The fuzzer's `slow` target timed out on this one (7 s under a load of
    // 17; linear when replayed: fuzz/README.md), kept as a regression case.
    ("fuzzed titles", |_| {
        "Prime Minister Maria Lopez and Council leader Marsh \n\nPrime Minister Peter \
         Lindqvisd nt Caouncil leader Ruiz \n\nPri2e Minister Amira Okafor and;Council \
         le`der Hale "
            .to_string()
    }),
    // Titles and appositives.
    ("titles", |i| {
        format!(
            "Prime Minister {} {} and Council leader {} ",
            first(i),
            last(i),
            last(i + 3)
        )
    }),
    ("appositives", |i| {
        format!("{} {}, the mayor of Springfield, ", first(i), last(i))
    }),
    ("appositive without a name", |i| {
        format!(", a spokesperson for the {}s, ", last(i))
    }),
    // One person with a new description at every mention.
    ("one person, many descriptors", |i| {
        format!("Maria Lopez, a {}-year-old officer, ", i)
    }),
    // People joined by "and" share the role before the first.
    ("names joined by and", |i| {
        format!("{} {} and ", first(i), last(i))
    }),
    // Ages and figures.
    ("ages", |i| {
        format!(
            "{} {}, {}, a {}-year-old officer ",
            first(i),
            last(i),
            20 + i % 60,
            20 + i % 50
        )
    }),
    ("hedges", |i| {
        format!(
            "nearly {},000 drones, more than {} homes, up to {} mm ",
            i % 9 + 1,
            i % 700,
            i % 90
        )
    }),
    ("number words", |i| {
        format!(
            "twenty-five thousand three hundred and {} million ",
            ["one", "two", "six"][i % 3]
        )
    }),
    ("bare number words", |_| {
        "one two three hundred thousand ".to_string()
    }),
    ("numbers and units", |i| {
        format!(
            "£{}m to £{}m, {} per cent, 1/3 of $4.5bn, {}km ",
            i % 50,
            i % 60,
            i % 99,
            i % 40
        )
    }),
    // "The 31-year-old striker said": the person named last before.
    ("age openers", |i| {
        format!(
            "{} {} scored. The {}-year-old striker said so. ",
            first(i),
            last(i),
            20 + i % 20
        )
    }),
    // "the candidate said" with no one given the role: the person who
    // spoke in the paragraph or the one named most, a bounded look back.
    ("role descriptions", |i| {
        format!(
            "{} {} spoke. “We are ready,” the candidate said. A witness agreed. ",
            first(i),
            last(i)
        )
    }),
    ("roads", |i| {
        format!("{} took Route {} and the M{} ", last(i), i % 90, i % 60 + 1)
    }),
    ("according to", |i| {
        format!(
            "according to {} {} and according to officials ",
            first(i),
            last(i)
        )
    }),
    // Punctuation that joins clauses.
    ("colons", |i| format!("{} wrote: the plan: ", last(i))),
    ("dashes", |i| {
        format!("{} — the leader — said -- the plan – ", last(i))
    }),
    ("semicolons and commas", |i| {
        format!("{}; the, plan, ", last(i))
    }),
    // Capitalised runs: names without end, organisations, all capitals.
    ("capitalised run", |i| format!("{} {} ", first(i), last(i))),
    ("organisation heads", |i| {
        format!(
            "the {} University Hospital Trust of {} ",
            last(i),
            last(i + 2)
        )
    }),
    ("all capitals", |i| {
        format!("BRENTMOOR {} ", last(i).to_uppercase())
    }),
    // Reported speech and cues.
    ("said that", |i| {
        format!("{} {} said that the plan ", first(i), last(i))
    }),
    ("..., officials said.", |_| {
        "the plan worked, officials said. ".to_string()
    }),
    ("cue after a quote", |i| {
        format!("“It is over,” {} told reporters, adding ", last(i))
    }),
    ("pronoun speakers", |_| {
        "“Go,” he said. “Stay,” she said. ".to_string()
    }),
    ("object cues and speech nouns", |i| {
        format!(
            "{} blamed {} for her claim that the plan — a test — that failed, talked about ",
            last(i),
            last(i + 1)
        )
    }),
    ("asked and split leads", |i| {
        format!(
            "Asked whether the plan failed, {} said, “no plan, ” in other words, ",
            last(i)
        )
    }),
    // Clustering: many mentions of a person, then lone surnames.
    ("lone surnames", |i| {
        format!(
            "{} {} met {}. {} left. ",
            first(i),
            last(i),
            last(i),
            last(i + 1)
        )
    }),
];

/// Text of about `bytes`: the pattern's units, as one paragraph or one unit
/// per paragraph.
fn make(unit: Unit, bytes: usize, paragraphs: bool) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&unit(i));
        if paragraphs {
            text.push_str("\n\n");
        }
        i += 1;
    }
    // Lower case after the last unit: a trailing run of terminals ends no sentence.
    text.push_str(" and so on");
    text
}

/// One timing of the whole pipeline.
fn time(text: &str) -> Duration {
    let start = Instant::now();
    std::hint::black_box(sidenote::annotate(std::hint::black_box(text)));
    start.elapsed()
}

/// Time 1x and 4x of a text, the best of `runs` each, taken in turns so
/// that a change in the machine's load falls on both.
fn measure(unit: Unit, base: usize, paragraphs: bool, runs: usize) -> (usize, Duration, Duration) {
    let small = make(unit, base, paragraphs);
    let large = make(unit, 4 * base, paragraphs);
    // Warm up caches and the allocator on the small text.
    time(&small);
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..runs {
        best_small = best_small.min(time(&small));
        best_large = best_large.min(time(&large));
    }
    (small.len(), best_small, best_large)
}

fn ratio(small: Duration, large: Duration) -> f64 {
    // A floor of 50 µs so a pattern the core skips in no time is not noise.
    large.as_secs_f64() / small.as_secs_f64().max(50e-6)
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "timings mean something only in release: cargo test --release --test scaling -- --nocapture"
)]
fn every_pattern_costs_about_its_length() {
    const LIMIT: f64 = 10.0;
    let base: usize = std::env::var("SIDENOTE_SCALING_BASE")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(40_000);
    let started = Instant::now();
    println!(
        "{:<30} {:<11} {:>8} {:>9} {:>9} {:>6}",
        "pattern", "shape", "bytes", "ms at 1x", "ms at 4x", "ratio"
    );
    let mut failures = Vec::new();
    let only = std::env::var("SIDENOTE_SCALING_ONLY").ok();
    for &(name, unit) in PATTERNS {
        if only
            .as_deref()
            .is_some_and(|o| !o.split(',').any(|o| name.contains(o)))
        {
            continue;
        }
        for (shape, paragraphs) in [("one para", false), ("many paras", true)] {
            let (bytes, mut small, mut large) = measure(unit, base, paragraphs, 3);
            if ratio(small, large) > LIMIT {
                // Over the bound: measure again before calling it.
                let again = measure(unit, base, paragraphs, 3);
                if ratio(again.1, again.2) < ratio(small, large) {
                    (small, large) = (again.1, again.2);
                }
            }
            let r = ratio(small, large);
            println!(
                "{:<30} {:<11} {:>8} {:>9.2} {:>9.2} {:>6.2}{}",
                name,
                shape,
                bytes,
                small.as_secs_f64() * 1e3,
                large.as_secs_f64() * 1e3,
                r,
                if r > LIMIT { "  <- superlinear" } else { "" }
            );
            if r > LIMIT {
                failures.push(format!(
                    "{name} ({shape}): 4x the text took {r:.1}x the time"
                ));
            }
        }
    }
    println!("({:.1} s in all)", started.elapsed().as_secs_f64());
    assert!(failures.is_empty(), "superlinear: {failures:#?}");
}

/// Seeds for the fuzzer (`fuzz/`): each pattern as one long paragraph and as
/// short ones, and the team's articles with their paragraphs joined, so
/// that mutations start from the texts that find slow paths. Writes to
/// `fuzz/corpus/annotate/` (or `SIDENOTE_SEEDS_DIR`), and the patterns'
/// units for the `slow` target to `fuzz/corpus/slow/` beside it:
///
/// ```sh
/// cargo test --test scaling write_fuzz_seeds -- --ignored
/// ```
#[test]
#[ignore = "writes the fuzzer's seeds: cargo test --test scaling write_fuzz_seeds -- --ignored"]
fn write_fuzz_seeds() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("SIDENOTE_SEEDS_DIR").map_or_else(
        || root.join("fuzz/corpus/annotate"),
        std::path::PathBuf::from,
    );
    std::fs::create_dir_all(&dir).expect("create the seeds directory");
    let file_name = |name: &str| -> String {
        name.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect()
    };
    let mut written = 0;
    for &(name, unit) in PATTERNS {
        for (shape, paragraphs, bytes) in [("line", false, 16_000), ("paras", true, 4_000)] {
            let path = dir.join(format!("scaling-{}-{shape}.txt", file_name(name)));
            std::fs::write(&path, make(unit, bytes, paragraphs)).expect("write a seed");
            written += 1;
        }
    }
    // The `slow` target repeats its input to 256 KB: its seeds are each
    // pattern's first units, led by "0" (one paragraph) or "1" (as written).
    let slow = dir
        .parent()
        .map_or_else(|| dir.join("slow"), |d| d.join("slow"));
    std::fs::create_dir_all(&slow).expect("create the slow seeds directory");
    for &(name, unit) in PATTERNS {
        let units: Vec<String> = (0..3).map(unit).collect();
        let name = file_name(name);
        std::fs::write(
            slow.join(format!("{name}-line")),
            format!("0{}", units.concat()),
        )
        .expect("write a seed");
        std::fs::write(
            slow.join(format!("{name}-paras")),
            format!("1{}", units.join("\n\n")),
        )
        .expect("write a seed");
        written += 2;
    }
    let articles = std::fs::read_dir(root.join("tests/articles")).expect("tests/articles");
    for entry in articles.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("read an article");
            let stem = path
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into());
            std::fs::write(dir.join(format!("article-{stem}.txt")), &text).expect("write a seed");
            let one = text.split_whitespace().collect::<Vec<_>>().join(" ");
            std::fs::write(dir.join(format!("article-{stem}-one-paragraph.txt")), one)
                .expect("write a seed");
            written += 2;
        }
    }
    println!("{written} seeds in {}", dir.display());
}

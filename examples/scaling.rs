//! Does the cost stay linear? Times each layer of the core on 1x, 2x, 4x and
//! 8x of several kinds of text; doubling the input should at most double the
//! time. A shape whose ratio climbs towards 4 is quadratic somewhere, and
//! the per-layer columns say where.
//!
//! ```sh
//! cargo run --release --example scaling            # base size 1 MB
//! cargo run --release --example scaling -- 250000  # another base size
//! cargo run --release --example scaling -- 250000 "one line"  # one shape
//! ```

#[path = "../tests/common/seeds.rs"]
mod seeds;

use sidenote::document::Document;
use std::time::{Duration, Instant};

/// The article as one paragraph: many sentences, no line break.
fn one_paragraph(bytes: usize) -> String {
    seeds::long_text(bytes).replace('\n', " ")
}

/// Opening quotation marks that never close, with sentences between.
fn unmatched_quotes(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 64);
    let mut i = 0usize;
    while text.len() < bytes {
        text.push_str(["“", "\"", "‘", "«"][i % 4]);
        text.push_str("Nobody warned us, said Peter Lindqvist, 67. ");
        if i % 50 == 49 {
            text.push_str("\n\n");
        }
        i += 1;
    }
    text
}

/// A kind of text, made to a size in bytes.
type Shape = (&'static str, fn(usize) -> String);

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

fn main() {
    let base: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    // A fixed cost per call would show on short texts, which the page
    // re-annotates on every keystroke.
    let short = seeds::PARAGRAPHS[1];
    let calls = 300;
    let per_call = |d: Duration| format!("{:.0} µs", d.as_secs_f64() * 1e6 / f64::from(calls));
    let (_, t_doc) = time(|| {
        for _ in 0..calls {
            std::hint::black_box(Document::parse(std::hint::black_box(short)));
        }
    });
    let doc = Document::parse(short);
    let (_, t_ent) = time(|| {
        for _ in 0..calls {
            std::hint::black_box(sidenote::entities::find(std::hint::black_box(&doc)));
        }
    });
    let entities = sidenote::entities::find(&doc);
    let (_, t_fig) = time(|| {
        for _ in 0..calls {
            std::hint::black_box(sidenote::figures::find(
                &doc,
                std::hint::black_box(&entities),
            ));
        }
    });
    let (_, t_quo) = time(|| {
        for _ in 0..calls {
            std::hint::black_box(sidenote::quotes::find(
                &doc,
                std::hint::black_box(&entities),
            ));
        }
    });
    println!(
        "one paragraph of {} bytes, a call: document {}, entities {}, figures {}, quotes {}\n",
        short.len(),
        per_call(t_doc),
        per_call(t_ent),
        per_call(t_fig),
        per_call(t_quo)
    );
    let shapes: [Shape; 4] = [
        ("article", seeds::long_text),
        ("one paragraph", one_paragraph),
        ("one line", seeds::one_line),
        ("unmatched quotes", unmatched_quotes),
    ];
    println!(
        "{:<17} {:>5} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9} {:>6}",
        "shape", "x", "bytes", "document", "entities", "figures", "quotes", "total", "ratio"
    );
    let only = std::env::args().nth(2);
    for (name, make) in shapes {
        if only.as_ref().is_some_and(|o| o != name) {
            continue;
        }
        let mut previous: Option<Duration> = None;
        for factor in [1, 2, 4, 8] {
            let text = make(base * factor);
            let (doc, t_doc) = time(|| Document::parse(&text));
            let (entities, t_ent) = time(|| sidenote::entities::find(&doc));
            let (_, t_fig) = time(|| sidenote::figures::find(&doc, &entities));
            let (_, t_quo) = time(|| sidenote::quotes::find(&doc, &entities));
            let (_, total) = time(|| sidenote::annotate(&text));
            let ratio = previous.map_or(String::from("-"), |p| {
                format!("{:.2}", total.as_secs_f64() / p.as_secs_f64())
            });
            let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1e3);
            println!(
                "{:<17} {:>5} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9} {:>6}",
                name,
                format!("{factor}x"),
                text.len(),
                ms(t_doc),
                ms(t_ent),
                ms(t_fig),
                ms(t_quo),
                ms(total),
                ratio
            );
            previous = Some(total);
        }
    }
    // The release-mode run of `tests/robustness.rs`'s ignored 10 MB test.
    if only.is_none() {
        let text = seeds::long_text(10_000_000);
        let (a, t) = time(|| sidenote::annotate(&text));
        println!(
            "\n{} bytes of article: {:.0} ms, {} entities, {} figures, {} quotes",
            text.len(),
            t.as_secs_f64() * 1e3,
            a.entities.len(),
            a.figures.len(),
            a.quotes.len()
        );
    }
}

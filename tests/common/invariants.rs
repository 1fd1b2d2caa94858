//! The invariants every output of the core keeps, whatever the input: shared
//! by the property tests, the robustness tests and the fuzz target (which
//! includes this file by path), so all three check the same promises.
//!
//! - every span lies inside the text, `start < end`, counted in code points,
//!   and its `text` is exactly the input between them;
//! - spans of one kind never overlap (mentions across all entities, figures,
//!   quotes, attributions);
//! - an attribution is `mixed` exactly when it overlaps a quote;
//! - a figure's `attributed_to` names a quote or attribution that holds it,
//!   and that statement's speaker;
//! - a quote stays inside its paragraph unless the next paragraph opens with
//!   a quotation mark (a quote running over paragraphs);
//! - figure values are finite numbers (JSON has no NaN or infinity);
//! - entity ids are unique and every quote's and attribution's speaker
//!   names one of them;
//! - the output serialises to JSON;
//! - the same input gives the same output.

#![allow(dead_code)]

use sidenote::model::{Annotations, AttributionKind};
use sidenote::Analysis;

/// Analyse `text` twice, check every invariant, and return the analysis.
/// Panics with a message naming the broken invariant.
pub fn check(text: &str) -> Analysis {
    let analysis = sidenote::analyse(text);
    assert!(
        analysis == sidenote::analyse(text),
        "the same input gave two different outputs"
    );
    check_analysis(text, &analysis);
    analysis
}

/// Check the invariants of one analysis of `text`.
pub fn check_analysis(text: &str, analysis: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    let a = &analysis.annotations;
    check_paragraphs(&chars, &analysis.paragraphs);

    let mut mentions = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        assert!(
            a.entities[..i].iter().all(|other| other.id != e.id),
            "entity id {} used twice",
            e.id
        );
        assert!(!e.mentions.is_empty(), "entity {} has no mention", e.id);
        for m in &e.mentions {
            check_span(&chars, "mention", m.start, m.end, &m.text);
            mentions.push((m.start, m.end));
        }
    }
    check_disjoint("mention", &mut mentions);

    let mut figures = Vec::new();
    for f in &a.figures {
        check_span(&chars, "figure", f.start, f.end, &f.text);
        for v in [f.value, f.high].into_iter().flatten() {
            assert!(v.is_finite(), "figure {:?} has value {v}", f.text);
        }
        figures.push((f.start, f.end));
    }
    check_disjoint("figure", &mut figures);

    let mut quotes = Vec::new();
    for q in &a.quotes {
        check_span(&chars, "quote", q.start, q.end, &q.text);
        if let Some(id) = &q.speaker {
            assert!(
                a.entities.iter().any(|e| &e.id == id),
                "quote {:?} names speaker {id}, which is no entity",
                q.text
            );
        }
        check_quote_in_paragraphs(&chars, &analysis.paragraphs, q.start, q.end);
        quotes.push((q.start, q.end));
    }
    check_disjoint("quote", &mut quotes);

    let mut attributions = Vec::new();
    for r in &a.attributions {
        check_span(&chars, "attribution", r.start, r.end, &r.text);
        if let Some(id) = &r.speaker {
            assert!(
                a.entities.iter().any(|e| &e.id == id),
                "attribution {:?} names speaker {id}, which is no entity",
                r.text
            );
        }
        let holds_quote = a.quotes.iter().any(|q| q.start < r.end && r.start < q.end);
        assert_eq!(
            r.kind == AttributionKind::Mixed,
            holds_quote,
            "attribution {:?} is {:?} but {} a quote",
            r.text,
            r.kind,
            if holds_quote {
                "overlaps"
            } else {
                "overlaps no"
            }
        );
        attributions.push((r.start, r.end));
    }
    check_disjoint("attribution", &mut attributions);

    for f in &a.figures {
        let Some(source) = &f.attributed_to else {
            continue;
        };
        let holder = |start: usize, end: usize| start <= f.start && f.end <= end;
        let quote = source.quote.map(|k| {
            let q = a
                .quotes
                .get(k)
                .unwrap_or_else(|| panic!("figure {:?} names quote {k}, which is none", f.text));
            assert!(
                holder(q.start, q.end),
                "figure {:?} is not inside quote {k}",
                f.text
            );
            (&q.speaker, &q.speaker_text)
        });
        let attribution = source.attribution.map(|k| {
            let r = a.attributions.get(k).unwrap_or_else(|| {
                panic!("figure {:?} names attribution {k}, which is none", f.text)
            });
            assert!(
                holder(r.start, r.end),
                "figure {:?} is not inside attribution {k}",
                f.text
            );
            (&r.speaker, &r.speaker_text)
        });
        let (speaker, speaker_text) = quote
            .or(attribution)
            .unwrap_or_else(|| panic!("figure {:?} has a source but names no statement", f.text));
        assert_eq!(
            (&source.speaker, &source.speaker_text),
            (speaker, speaker_text),
            "figure {:?}: its source's speaker is not the statement's",
            f.text
        );
    }

    check_json(a);
}

fn check_span(chars: &[char], kind: &str, start: usize, end: usize, text: &str) {
    assert!(
        start < end && end <= chars.len(),
        "{kind} {start}..{end} is empty or outside a text of {} code points",
        chars.len()
    );
    let slice: String = chars[start..end].iter().collect();
    assert_eq!(
        slice, text,
        "{kind} {start}..{end}: text is not the input between its offsets"
    );
}

fn check_disjoint(kind: &str, spans: &mut [(usize, usize)]) {
    spans.sort_unstable();
    for pair in spans.windows(2) {
        assert!(
            pair[0].1 <= pair[1].0,
            "{kind}s {:?} and {:?} overlap",
            pair[0],
            pair[1]
        );
    }
}

/// Paragraphs are non-empty, in order, disjoint and inside the text.
fn check_paragraphs(chars: &[char], paragraphs: &[std::ops::Range<usize>]) {
    let mut previous_end = 0;
    for p in paragraphs {
        assert!(
            previous_end <= p.start && p.start < p.end && p.end <= chars.len(),
            "paragraph {p:?} is empty, out of order or outside the text"
        );
        previous_end = p.end;
    }
}

/// A quote starts inside a paragraph, and runs past its end only into
/// paragraphs that open with a quotation mark.
fn check_quote_in_paragraphs(
    chars: &[char],
    paragraphs: &[std::ops::Range<usize>],
    start: usize,
    end: usize,
) {
    let Some(mut k) = paragraphs.iter().position(|p| p.contains(&start)) else {
        panic!("quote {start}..{end} starts outside every paragraph");
    };
    while end > paragraphs[k].end {
        let next = paragraphs.get(k + 1);
        let continued = next
            .is_some_and(|n| n.start <= end && sidenote::document::is_quote_char(chars[n.start]));
        assert!(
            continued,
            "quote {start}..{end} runs past the end of paragraph {:?} into one that is not a continuation",
            paragraphs[k]
        );
        k += 1;
    }
}

fn check_json(a: &Annotations) {
    let json = serde_json::to_string(a);
    assert!(json.is_ok(), "the output does not serialise: {json:?}");
}

//! Names on the page's furniture, where capitals prove nothing: datelines
//! ("KYIV –", "WASHINGTON (AP) —"), road codes ("the A14"), and headlines,
//! which yield only names the gazetteers or the body already know.

use rustc_hash::FxHashMap;

use super::finder::Finder;
use super::shape::{is_acronym, is_capitalised, title_case};
use super::types::{Candidate, HEAD, KNOWN};
use super::words::ROAD_WORDS;
use crate::document::TokenKind;
use crate::model::EntityKind;

/// "KYIV –", "WASHINGTON (AP) —", "VACAVILLE, Calif. (AP) —": the place an
/// article was filed from, in capitals at the head of a paragraph.
pub(super) fn datelines(finder: &Finder) -> Vec<Candidate> {
    let doc = finder.doc;
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        // "SAN FRANCISCO/BERLIN —": places joined by slashes
        let mut segments: Vec<(usize, usize)> = Vec::new();
        let mut start = p.tokens.start;
        let mut end = start;
        loop {
            // ("ST. LOUIS": a dot inside)
            let dot = |end: usize| {
                end > start
                    && end + 1 < p.tokens.end
                    && doc.token_text(end) == "."
                    && !doc.tokens[end].space_before
                    && is_acronym(doc.token_text(end + 1))
            };
            while end < p.tokens.end
                && (doc.tokens[end].kind == TokenKind::Word && is_acronym(doc.token_text(end))
                    || dot(end))
            {
                end += 1;
            }
            if end > start
                && end + 1 < p.tokens.end
                && doc.token_text(end) == "/"
                && is_acronym(doc.token_text(end + 1))
            {
                segments.push((start, end));
                start = end + 1;
                end = start;
                continue;
            }
            segments.push((start, end));
            break;
        }
        // a dateline is a place of a few words before running text, or
        // a line of its own with the date ("ROME 1996-08-22", "PARIS, Aug 22")
        let running = doc.slice(p.span).chars().any(char::is_lowercase);
        let dated = !running && end < p.tokens.end && is_date_line(finder, end..p.tokens.end);
        if !dated
            && (!running
                || end >= p.tokens.end
                || !matches!(doc.token_text(end), "," | "—" | "–" | "-" | "("))
        {
            continue;
        }
        // "PARAMARIBO, Surinam 1996-08-30", "MAHALA, Bosnia –": the region
        // after the comma is a place too
        if doc.token_text(end) == "," && end > p.tokens.start {
            let from = end + 1;
            let mut to = from;
            while to < p.tokens.end
                && to - from < 3
                && doc.tokens[to].kind == TokenKind::Word
                && is_capitalised(doc.token_text(to))
                && !is_acronym(doc.token_text(to))
            {
                to += 1;
            }
            let closed = to < p.tokens.end
                && (is_date_line(finder, to..p.tokens.end)
                    || matches!(doc.token_text(to), "—" | "–" | "-" | "("));
            if to > from && closed {
                let mut c = finder.candidate(from, to, EntityKind::Place, KNOWN);
                c.key = finder.lex.known(&c.form).map(|k| k.key.clone());
                out.push(c);
            }
        }
        for (first, end) in segments {
            if end == first || end - first > 4 {
                continue;
            }
            let raw: Vec<&str> = (first..end).map(|i| doc.token_text(i)).collect();
            let raw = raw.join(" ");
            if finder
                .lex
                .known(&raw)
                .is_some_and(|k| k.kind == EntityKind::Organization)
                || raw.len() < 3
            {
                continue;
            }
            let form: Vec<String> = (first..end)
                .map(|i| title_case(doc.token_text(i)))
                .collect();
            let form = form.join(" ");
            let mut c = finder.candidate(first, end, EntityKind::Place, KNOWN);
            c.key = finder.lex.known(&form).map(|k| k.key.clone());
            // as the text writes it: "St. Louis", not "St . Louis"
            c.form = title_case(doc.slice(c.span));
            out.push(c);
        }
    }
    out
}

/// Whether tokens `range` are only a date: "1996-08-22", ", Aug 22",
/// "Aug. 22 1996" (digits, months and their punctuation, at least one digit).
pub(super) fn is_date_line(finder: &Finder, range: std::ops::Range<usize>) -> bool {
    let doc = finder.doc;
    if range.len() > 8 {
        return false;
    }
    let mut digits = false;
    for i in range {
        let w = doc.token_text(i);
        if w.bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
        {
            digits |= w.bytes().any(|b| b.is_ascii_digit());
        } else if !(matches!(w, "," | "." | "-" | "–" | "—")
            || finder.lex.is_not_name(&title_case(w)))
        {
            return false;
        }
    }
    digits
}

/// Numbered roads: "Route 9", "Interstate 80", and motorway codes ("M4",
/// "A303", "I-95") where a road word or "along"/"the" shows a road.
pub(super) fn roads(finder: &Finder, headline: &[bool]) -> Vec<Candidate> {
    let doc = finder.doc;
    let n = doc.tokens.len();
    let numeric = |w: &str| !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    // "A303", "I-95": a road letter then digits, hyphens aside (read
    // without building the word again, as this asks of every word).
    let code = |w: &str| {
        let len = w.len() - w.bytes().filter(|&b| b == b'-').count();
        let mut chars = w.chars().filter(|&c| c != '-');
        matches!(chars.next(), Some('A' | 'B' | 'M' | 'I'))
            && (2..=5).contains(&len)
            && chars.all(|c| c.is_ascii_digit())
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word || headline[t.sentence] {
            i += 1;
            continue;
        }
        let w = doc.token_text(i);
        let same = |k: usize| k < n && doc.tokens[k].sentence == t.sentence;
        if matches!(w, "Route" | "Highway" | "Interstate")
            && same(i + 1)
            && numeric(doc.token_text(i + 1))
        {
            out.push(finder.candidate(i, i + 2, EntityKind::Place, HEAD));
            i += 2;
            continue;
        }
        if code(w) {
            let before = (i > 0 && same(i - 1)).then(|| doc.token_text(i - 1));
            let after = same(i + 1).then(|| doc.token_text(i + 1));
            // "the M62 and A1 corridors": a code beside another road
            let road_word = |x: Option<&str>| x.is_some_and(|x| ROAD_WORDS.contains(x));
            let beside = |k: usize| same(k) && code(doc.token_text(k));
            let cued = before.is_some_and(|b| matches!(b, "the" | "along" | "off" | "via"))
                || road_word(after)
                || (after == Some("and") && beside(i + 2))
                || (before == Some("and") && i >= 2 && beside(i - 2));
            if cued {
                out.push(finder.candidate(i, i + 1, EntityKind::Place, HEAD));
            }
        }
        i += 1;
    }
    out
}

/// Names in a title-case line: only those the gazetteers or the body know,
/// and first name + surname pairs.
pub(super) fn headline_mentions(
    finder: &Finder,
    range: std::ops::Range<usize>,
    body: &FxHashMap<String, Candidate>,
) -> Vec<Candidate> {
    let doc = finder.doc;
    let mut out = Vec::new();
    let mut i = range.start;
    let is_word = |k: usize| k < range.end && doc.tokens[k].kind == TokenKind::Word;
    while i < range.end {
        if !is_word(i) || !is_capitalised(doc.token_text(i)) {
            i += 1;
            continue;
        }
        let mut matched = None;
        let mut raw = String::new();
        let mut cased = String::new();
        for n in 1..=finder.lex.longest_name.max(4) {
            let k = i + n - 1;
            if !is_word(k) {
                break;
            }
            if n > 1 {
                raw.push(' ');
                cased.push(' ');
            }
            let w = doc.token_text(k);
            raw.push_str(w);
            cased.push_str(&if is_acronym(w) && w.len() > 3 {
                title_case(w)
            } else {
                w.to_string()
            });
            for form in [&raw, &cased] {
                if let Some(b) = body.get(form.as_str()) {
                    let mut c = finder.candidate(i, k + 1, b.kind, b.strength);
                    c.key = b.key.clone();
                    c.form = form.clone();
                    matched = Some(c);
                } else if let Some(known) = finder.lex.known(form) {
                    let mut c = finder.candidate(i, k + 1, known.kind, KNOWN);
                    c.key = Some(known.key.clone());
                    c.form = form.clone();
                    matched = Some(c);
                }
            }
        }
        if matched.is_none() && is_word(i + 1) {
            let (first, second) = (doc.token_text(i), doc.token_text(i + 1));
            // in a line of capitals, read "EMMANUEL DUVAL" as "Emmanuel Duval"
            let shouted =
                is_acronym(first) && is_acronym(second) && first.len() > 2 && second.len() > 2;
            let (first, second) = if shouted {
                (title_case(first), title_case(second))
            } else {
                (first.to_string(), second.to_string())
            };
            // a byline's "Dana Whitcombe": two rare capitalised words
            let rare = |w: &str| {
                is_capitalised(w)
                    && !finder.lex.is_common(w)
                    && !is_acronym(w)
                    && finder.lex.known(w).is_none()
            };
            let first_name = finder.lex.first_name(&first).is_some() || rare(&first);
            if first_name
                && is_capitalised(&second)
                && !finder.lex.is_common(&second)
                && (shouted || !is_acronym(&second))
            {
                matched = Some(finder.candidate(i, i + 2, EntityKind::Person, HEAD));
            }
        }
        match matched {
            Some(c) => {
                i = c.end;
                out.push(c);
            }
            None => i += 1,
        }
    }
    out
}

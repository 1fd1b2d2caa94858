//! The entity layer: proper-name mentions, their kind, and one cluster per
//! referent with the descriptors the text gives it.
//!
//! Rules over gazetteers, in four steps, each linear in the text:
//!
//! 1. [`mentions`]: runs of capitalised tokens, cut at titles and common
//!    words, each given a kind with a strength of evidence (a gazetteer or a
//!    title beats a name head, which beats a cue word, which beats a guess).
//!    Headlines and page furniture, where everything is capitalised, only
//!    yield names the gazetteers or the article's body already know.
//! 2. Document-wide evidence: a form keeps the strongest kind it was given
//!    anywhere ("Sozinov" after "Sergei Sozinov"), and a lone surname of a
//!    person is that person.
//! 3. [`clusters`]: mentions merged per referent (shared gazetteer key,
//!    surname, acronym, word order variants).
//! 4. [`descriptors`]: titles, appositives and role phrases for people.
//!
//! The lists live in `data/` and are read by [`lexicon`].

mod clusters;
mod descriptors;
pub mod lexicon;
mod mentions;

use std::collections::{HashMap, HashSet};

use crate::document::{Document, Span, TokenKind};
use crate::model::EntityKind;
use mentions::{is_acronym, is_capitalised, title_case, Candidate, Finder, GUESS, HEAD, KNOWN};

/// Grammatical gender where the text or a name list says it, for pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// One referent: its kind, fullest name, descriptors and every mention.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityCluster {
    pub kind: EntityKind,
    pub name: String,
    pub descriptors: Vec<String>,
    /// Byte spans, in text order.
    pub mentions: Vec<Span>,
    pub gender: Gender,
}

/// Find the entities of a document.
///
/// ```
/// use sidenote::{document::Document, entities, model::EntityKind};
/// let doc = Document::parse("Defense Minister Anna Berg flew to Kyiv. Berg met Ukrainian troops.");
/// let found = entities::find(&doc);
/// let berg = found.iter().find(|e| e.name == "Anna Berg").unwrap();
/// assert_eq!(berg.mentions.len(), 2);
/// assert_eq!(berg.descriptors, ["Defense Minister"]);
/// assert!(found.iter().any(|e| e.name == "Kyiv" && e.kind == EntityKind::Place));
/// ```
pub fn find(doc: &Document) -> Vec<EntityCluster> {
    let finder = Finder::new(doc);
    let headline: Vec<bool> = (0..doc.sentences.len())
        .map(|s| is_headline(&finder, s))
        .collect();
    let datelines = datelines(&finder);
    let in_dateline: HashSet<usize> = datelines.iter().flat_map(|c| c.first..c.end).collect();

    // Words written with a capital where position does not force one.
    let mut seen_mid_sentence: HashSet<&str> = HashSet::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        // after a capitalised opener ("Not Found") a capital proves nothing
        let after_opener = i > 0 && {
            let previous = doc.token_text(i - 1);
            is_capitalised(previous) && finder.lex.is_function_word(previous)
        };
        if t.kind == TokenKind::Word
            && !headline[t.sentence]
            && !finder.is_initial(i)
            && !after_opener
            && is_capitalised(doc.token_text(i))
        {
            seen_mid_sentence.insert(doc.token_text(i));
        }
    }
    let seen = |w: &str| seen_mid_sentence.contains(w);

    let mut found: Vec<Candidate> = datelines;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if headline[s] {
            continue;
        }
        let range = sentence.tokens.clone();
        for i in range.clone() {
            if doc.tokens[i].kind == TokenKind::Word && finder.is_compound(doc.token_text(i)) {
                found.extend(finder.inside_token(i));
            }
        }
        let mut start = range.start;
        while start < range.end && in_dateline.contains(&start) {
            start += 1;
        }
        for (a, b) in finder.chunks(start..range.end) {
            found.extend(finder.chunk_mentions(a, b, &seen));
        }
    }
    let body_forms = strongest_by_form(&found);
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !headline[s] {
            continue;
        }
        // A chunk whose head names it ("Ministry of Defense") stands in a
        // caption as in the body; the rest must be known already.
        let mut from = sentence.tokens.start;
        for (a, b) in finder.chunks(sentence.tokens.clone()) {
            let found_here = finder.chunk_mentions(a, b, &|_| false);
            if let [c] = found_here.as_slice() {
                let headed = c.strength == HEAD
                    && c.end - c.first >= 2
                    && matches!(c.kind, EntityKind::Organization | EntityKind::Place);
                if headed && c.first >= from {
                    found.extend(headline_mentions(&finder, from..c.first, &body_forms));
                    found.push(c.clone());
                    from = c.end;
                }
            }
        }
        found.extend(headline_mentions(
            &finder,
            from..sentence.tokens.end,
            &body_forms,
        ));
    }
    found.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    found.dedup_by(|later, earlier| later.span.overlaps(earlier.span));
    settle_kinds(&finder, &mut found);
    let mut clusters = clusters::cluster(&finder, &found);
    for (cluster, members) in clusters.iter_mut() {
        if cluster.kind == EntityKind::Person {
            descriptors::describe(&finder, cluster, members.iter().map(|&k| &found[k]));
        }
    }
    clusters.into_iter().map(|(c, _)| c).collect()
}

/// A title-case line: a headline, a menu, a byline. Capitals prove nothing there.
fn is_headline(finder: &Finder, s: usize) -> bool {
    let doc = finder.doc;
    let range = doc.sentences[s].tokens.clone();
    let mut words = 0;
    let mut capitals = 0;
    // lower-case words that are not mere function words: "met", "said"
    let mut lower_content = 0;
    for i in range {
        let w = doc.token_text(i);
        if doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 4 {
            words += 1;
            if is_capitalised(w) {
                capitals += 1;
            }
        }
        if letters >= 3 && !is_capitalised(w) && !finder.lex.is_function_word(w) {
            lower_content += 1;
        }
    }
    let last = doc.token_text(doc.sentences[s].tokens.end - 1);
    let unfinished = !matches!(last, "." | "!" | "?" | "”" | "\"" | "’" | ":");
    let alone = doc.paragraphs[doc.sentences[s].paragraph].sentences.len() == 1;
    // A body sentence dense with names still has a verb in lower case.
    capitals >= 2 && ((unfinished && capitals * 5 >= words * 4) || (alone && lower_content == 0))
}

/// "KYIV –", "WASHINGTON (AP) —", "VACAVILLE, Calif. (AP) —": the place an
/// article was filed from, in capitals at the head of a paragraph.
fn datelines(finder: &Finder) -> Vec<Candidate> {
    let doc = finder.doc;
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let mut end = p.tokens.start;
        while end < p.tokens.end
            && doc.tokens[end].kind == TokenKind::Word
            && is_acronym(doc.token_text(end))
        {
            end += 1;
        }
        let first = p.tokens.start;
        if end == first
            || end >= p.tokens.end
            || !matches!(doc.token_text(end), "," | "—" | "–" | "-" | "(")
        {
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
        c.form = form;
        out.push(c);
    }
    out
}

/// The strongest kind each form was given, and its key.
fn strongest_by_form(found: &[Candidate]) -> HashMap<String, Candidate> {
    let mut best: HashMap<String, Candidate> = HashMap::new();
    for c in found {
        match best.get(&c.form) {
            Some(b) if b.strength >= c.strength => {}
            _ => {
                best.insert(c.form.clone(), c.clone());
            }
        }
    }
    best
}

/// Names in a title-case line: only those the gazetteers or the body know,
/// and first name + surname pairs.
fn headline_mentions(
    finder: &Finder,
    range: std::ops::Range<usize>,
    body: &HashMap<String, Candidate>,
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
            if finder.lex.first_name(first).is_some()
                && is_capitalised(second)
                && !finder.lex.is_common(second)
                && !is_acronym(second)
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

/// Give each form the kind of its strongest evidence anywhere in the
/// document, and a lone surname or first name the kind of its person.
fn settle_kinds(finder: &Finder, found: &mut Vec<Candidate>) {
    let best = strongest_by_form(found);
    let mut person_parts: HashSet<String> = HashSet::new();
    for c in found.iter() {
        let kind = best.get(&c.form).map_or(c.kind, |b| b.kind);
        let words: Vec<&str> = c.form.split(' ').collect();
        // a guessed person counts when no word of it is a common word
        let sure = c.strength >= HEAD || words.iter().all(|w| !finder.lex.is_common(w));
        if kind == EntityKind::Person && c.end - c.first >= 2 && sure {
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                person_parts.insert(first.to_string());
                person_parts.insert(last.to_string());
            }
        }
    }
    for c in found.iter_mut() {
        if let Some(b) = best.get(&c.form) {
            if b.strength > c.strength {
                c.kind = b.kind;
                c.key = b.key.clone();
                c.strength = b.strength;
            }
        }
        let single = !c.form.contains(' ');
        let country_or_group = c.key.is_some()
            && finder
                .lex
                .known(&c.form)
                .is_some_and(|k| k.country || k.kind != EntityKind::Place);
        if single
            && c.kind != EntityKind::Person
            && !country_or_group
            && person_parts.contains(&c.form)
            && c.strength <= KNOWN
        {
            c.kind = EntityKind::Person;
            c.key = None;
            c.strength = HEAD;
        }
    }
    // A lone capitalised common word guessed a name once ("the Reason
    // campaign", "Terms of Service") is more likely a title or furniture.
    let mut count: HashMap<&str, usize> = HashMap::new();
    for c in found.iter() {
        *count.entry(c.form.as_str()).or_default() += 1;
        // "Carrier" beside "Carrier Corp."
        if let Some((first, _)) = c.form.split_once(' ') {
            *count.entry(first).or_default() += 1;
        }
    }
    let weak: HashSet<String> = found
        .iter()
        .filter(|c| {
            c.strength == GUESS
                && !c.form.contains(' ')
                && c.kind != EntityKind::Person
                && finder.lex.is_common(&c.form)
                && count.get(c.form.as_str()).is_some_and(|&n| n < 2)
        })
        .map(|c| c.form.clone())
        .collect();
    found.retain(|c| !weak.contains(&c.form));
}

#[cfg(test)]
mod tests;

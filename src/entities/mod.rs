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
//!    anywhere ("Sozinov" after "Sergei Sozinov"), a lone surname of a
//!    person is that person, a town with a club ("Leeds United") is the
//!    club, and a capitalised common word seen only once, or only where
//!    capitals prove nothing, is dropped.
//! 3. [`clusters`]: mentions merged per referent (shared gazetteer key,
//!    surname, acronym, word order variants), through hash indices.
//! 4. [`descriptors`]: titles, appositives and role phrases for people;
//!    then gender from the pronoun that takes a person up, where no name
//!    list or title settled it (the quotes layer resolves "he"/"she").
//!
//! The lists live in `data/` and are read by [`lexicon`]. Every rule is
//! tested in `tests.rs` with sentences the team wrote.

mod chunks;
mod clusters;
mod descriptors;
mod finder;
mod furniture;
mod inside;
mod kinds;
pub mod lexicon;
mod mentions;
mod org_descriptors;
mod people;
mod settle;
mod shape;
mod titled;
mod types;
mod words;

use rustc_hash::FxHashSet;

use crate::document::{Document, Headline, TokenKind};
use crate::model::EntityKind;
use finder::Finder;
use furniture::{datelines, headline_mentions, roads};
use people::{age_descriptions, gender_from_pronouns};
use settle::{settle_kinds, strongest_by_form};
use shape::is_capitalised;
use types::{Candidate, HEAD};
pub use types::{EntityCluster, Gender};

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
    // Lines where capitals prove nothing: only names known elsewhere count.
    let headline: Vec<bool> = (0..doc.sentences.len())
        .map(|s| doc.headline(s) == Some(Headline::Capitals))
        .collect();
    let datelines = datelines(&finder);
    let in_dateline: FxHashSet<usize> = datelines.iter().flat_map(|c| c.first..c.end).collect();

    // Words written with a capital where position does not force one.
    let mut seen_mid_sentence: FxHashSet<&str> = FxHashSet::default();
    for (i, t) in doc.tokens.iter().enumerate() {
        // after a capitalised opener ("Not Found") a capital proves nothing
        let after_opener = || {
            i > 0 && {
                let previous = doc.token_text(i - 1);
                is_capitalised(previous) && finder.lex.is_function_word(previous)
            }
        };
        // The cheap tests first: most words are not capitalised.
        if t.kind == TokenKind::Word
            && is_capitalised(doc.token_text(i))
            && !headline[t.sentence]
            && !finder.is_initial(i)
            && !after_opener()
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
    let roads = roads(&finder, &headline);
    // Roads come in text order without overlaps: the first ending after a
    // candidate's start is the only one that may overlap it.
    found.retain(|c| {
        let r = roads.partition_point(|r| r.end <= c.first);
        roads
            .get(r)
            .is_none_or(|r| !(c.first < r.end && r.first < c.end))
    });
    found.extend(roads);
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
    settle_kinds(&finder, &mut found, &headline);
    let mut clusters = clusters::cluster(&finder, &found);
    for (cluster, members) in clusters.iter_mut() {
        let members = members.iter().map(|&k| &found[k]);
        match cluster.kind {
            EntityKind::Person => descriptors::describe(&finder, cluster, members),
            EntityKind::Organization => org_descriptors::describe(&finder, cluster, members),
            _ => {}
        }
    }
    let mut clusters: Vec<EntityCluster> = clusters.into_iter().map(|(c, _)| c).collect();
    gender_from_pronouns(doc, &mut clusters);
    age_descriptions(&finder, &mut clusters);
    clusters
}

#[cfg(test)]
mod tests;

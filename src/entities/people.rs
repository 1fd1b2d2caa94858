//! What the text says of people beyond their names and titles: ages that
//! describe them ("Dana Holt, 24"), role phrases that open a sentence, and
//! gender from the pronouns that take a person up.

use rustc_hash::{FxHashMap, FxHashSet};

use super::finder::Finder;
use super::shape::is_capitalised;
use super::types::{EntityCluster, Gender};
use super::words::{AUXILIARIES, SPEAKING_VERBS};
use crate::document::{Document, TokenKind};
use crate::model::EntityKind;

/// "Lewis Carver scored twice. The 31-year-old striker said …": a sentence
/// that opens on an age describes the person named last before it (in
/// the same or the previous paragraph).
pub(super) fn age_descriptions(finder: &Finder, clusters: &mut [EntityCluster]) {
    let doc = finder.doc;
    let mut person_ends: Vec<(usize, usize)> = clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == EntityKind::Person)
        .flat_map(|(k, c)| c.mentions.iter().map(move |m| (m.end, k)))
        .collect();
    person_ends.sort_unstable();
    // the sentence of each person mention, and whether a possessive follows
    // it ("Ruiz's aide"), by the mention's end
    let mention_at = |end: usize| {
        let t = doc.tokens.partition_point(|t| t.span.start < end);
        let sentence = doc.tokens[t.saturating_sub(1)].sentence;
        let owner = doc
            .tokens
            .get(t)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        (sentence, owner)
    };
    let mut described: FxHashMap<usize, FxHashSet<String>> = FxHashMap::default();
    // Where a subject may open: a sentence's start, or right after a quote
    // it opens on ("“We let it go,” the 57-year-old said"). One pass.
    let openings = doc.sentences.iter().flat_map(|sentence| {
        let range = sentence.tokens.clone();
        let after_quote = range.clone().filter(move |&i| {
            i >= range.start + 2
                && doc.tokens[i - 1].kind == TokenKind::QuoteMark
                && matches!(doc.token_text(i - 2), "," | "?" | "!")
        });
        std::iter::once(sentence.tokens.start)
            .chain(after_quote)
            .map(move |i| (i, sentence))
    });
    for (i, sentence) in openings {
        if i + 2 >= sentence.tokens.end || !matches!(doc.token_text(i), "The" | "the") {
            continue;
        }
        let aged = doc.token_text(i + 1).ends_with("-year-old");
        let last = if aged {
            // "The 61-year-old neurologist": a role word after the age is part of it
            let role = finder.lex.role(doc.lower(i + 2)).is_some();
            if role {
                i + 2
            } else {
                i + 1
            }
        } else if let Some(r) = role_opening(finder, i + 1, sentence.tokens.end) {
            r
        } else {
            continue;
        };
        // "The candidates said": a plural is no one person
        let lower = doc.lower(last);
        if !aged && finder.lex.is_plural_role(lower) {
            continue;
        }
        let start = doc.tokens[i].span.start;
        let before = person_ends.partition_point(|(end, _)| *end <= start);
        let Some(mut b) = before.checked_sub(1) else {
            continue;
        };
        // Of the people the sentence before names, the first that owns
        // nothing is its subject ("Ana Ruiz met Tom Vance. The senator
        // said" is Ruiz); a few mentions back at most.
        let (sentence_before, _) = mention_at(person_ends[b].0);
        for back in (b.saturating_sub(8)..b).rev() {
            let (s, owner) = mention_at(person_ends[back].0);
            if s != sentence_before {
                break;
            }
            if !owner {
                b = back;
            }
        }
        let (end, k) = person_ends[b];
        // "Spokeswoman Ana Ruiz said so. The former governor ...": a role
        // the person's own descriptors do not give is someone else's
        // (after a quote, where the speaker may be anyone, only a role the
        // person was given: "“It is over,” the former governor said")
        let strict = i != sentence.tokens.start;
        if !aged && !shares_role(finder, &clusters[k].descriptors, lower, strict) {
            continue;
        }
        // "The spokeswoman said" after a man: someone else
        let role_gender = finder.lex.role(doc.lower(last));
        let clash = matches!(
            (role_gender, clusters[k].gender),
            (Some(Gender::Male), Gender::Female) | (Some(Gender::Female), Gender::Male)
        );
        if clash {
            continue;
        }
        // the paragraph of the mention's last token
        let t = doc.tokens.partition_point(|t| t.span.start < end);
        let near = t > 0 && doc.tokens[i].paragraph <= doc.tokens[t - 1].paragraph + 1;
        if !near {
            continue;
        }
        let text = doc.text[start..doc.tokens[last].span.end].to_string();
        // (a set per cluster: searching its list was quadratic when one
        // person is described anew in sentence after sentence)
        let known = described.entry(k).or_insert_with(|| {
            let descriptors = &clusters[k].descriptors;
            descriptors.iter().cloned().collect::<FxHashSet<String>>()
        });
        if known.insert(text.clone()) {
            clusters[k].descriptors.push(text);
        }
    }
}

/// Whether a person with these descriptors may be called by role noun
/// `role` (lower case): they name no role, or one that is the same word
/// or its variant ("chair", "chairwoman"; "Gov.", "governor"); if `strict`,
/// only the last.
fn shares_role(finder: &Finder, descriptors: &[String], role: &str, strict: bool) -> bool {
    let mut named_any = false;
    for word in descriptors.iter().flat_map(|d| d.split([' ', '-'])) {
        let word = word.trim_end_matches('.');
        let lower = word.to_lowercase();
        if finder.lex.role(&lower).is_none() && finder.lex.title(word).is_none() {
            continue;
        }
        named_any = true;
        if lower.len() >= 3 && (role.starts_with(&lower) || lower.starts_with(role)) {
            return true;
        }
    }
    !named_any && !strict
}

/// "The Corwick analyst added", "The Swedish commissioner said": a role
/// noun after one to three modifiers from token `from`, with the
/// sentence's verb after it; the role's token.
pub(super) fn role_opening(finder: &Finder, from: usize, end: usize) -> Option<usize> {
    let doc = finder.doc;
    for j in from..end.min(from + 4) {
        let w = doc.token_text(j);
        if doc.tokens[j].kind != TokenKind::Word || finder.lex.is_function_word(w) {
            return None;
        }
        // (a modifier first: a bare "The witness said" may be someone else)
        if finder.lex.role(doc.lower(j)).is_some() && !is_capitalised(w) && j > from {
            let next = (j + 1 < end).then(|| doc.token_text(j + 1))?;
            let verb = next.chars().next().is_some_and(char::is_lowercase)
                && !finder.lex.is_function_word(next)
                && finder.lex.role(next).is_none()
                || AUXILIARIES.contains(next)
                || SPEAKING_VERBS.contains(next);
            return verb.then_some(j);
        }
    }
    None
}

/// Gender for people no name list or title settles, from the pronoun that
/// takes them up: "Ana Ruiz arrived. She said ..." or "Ruiz said he ...".
/// Only sentences naming one person vote, and only a unanimous vote counts.
pub(super) fn gender_from_pronouns(doc: &Document, clusters: &mut [EntityCluster]) {
    let mut people_in_sentence: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut last_token: FxHashMap<usize, usize> = FxHashMap::default();
    for (k, c) in clusters.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        for m in &c.mentions {
            let t = doc.token_at_or_after(m.start);
            if t < doc.tokens.len() {
                let list = people_in_sentence
                    .entry(doc.tokens[t].sentence)
                    .or_default();
                if !list.contains(&k) {
                    list.push(k);
                }
                last_token.insert(m.start, doc.token_at_or_after(m.end));
            }
        }
    }
    let pronoun = |i: usize| -> Option<Gender> {
        match doc.tokens.get(i).map(|t| doc.slice(t.span)) {
            Some("He" | "he") => Some(Gender::Male),
            Some("She" | "she") => Some(Gender::Female),
            _ => None,
        }
    };
    let mut votes: FxHashMap<usize, (usize, usize)> = FxHashMap::default();
    let mut vote = |k: usize, g: Gender| {
        let v = votes.entry(k).or_default();
        match g {
            Gender::Male => v.0 += 1,
            Gender::Female => v.1 += 1,
            Gender::Unknown => {}
        }
    };
    for (&s, people) in &people_in_sentence {
        let [k] = people.as_slice() else { continue };
        // the next sentence opens with a pronoun
        if let Some(next) = doc.sentences.get(s + 1) {
            let first_word = next
                .tokens
                .clone()
                .find(|&i| doc.tokens[i].kind == TokenKind::Word);
            if let Some(g) = first_word.and_then(pronoun) {
                vote(*k, g);
            }
        }
    }
    // "Ruiz said she ...", where Ruiz is the sentence's only person. Each
    // mention is looked at once: looping over a person's every mention per
    // sentence was quadratic in how often the name recurs.
    for (k, c) in clusters.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        for m in &c.mentions {
            let t = doc.token_at_or_after(m.start);
            let Some(token) = doc.tokens.get(t) else {
                continue;
            };
            let alone = people_in_sentence
                .get(&token.sentence)
                .is_some_and(|people| people.as_slice() == [k]);
            if !alone {
                continue;
            }
            if let Some(&after) = last_token.get(&m.start) {
                let says = doc
                    .tokens
                    .get(after)
                    .is_some_and(|t| SPEAKING_VERBS.contains(doc.slice(t.span)));
                if let Some(g) = says.then(|| pronoun(after + 1)).flatten() {
                    vote(k, g);
                }
            }
        }
    }
    for (k, (male, female)) in votes {
        let c = &mut clusters[k];
        if c.gender == Gender::Unknown {
            if male > 0 && female == 0 {
                c.gender = Gender::Male;
            } else if female > 0 && male == 0 {
                c.gender = Gender::Female;
            }
        }
    }
}

//! What the text says a person is: the title before the name ("Israeli
//! Defense Minister Benny Gantz"), a role phrase before it ("the former
//! club chairman Ken Bates", "the finance minister, Lou Jiwei"), an
//! appositive after it ("Yuriy Ignat, a spokesperson for Ukraine's air
//! force, said"), and a party-state tag ("(R-Wis.)").
//!
//! Phrases stop at punctuation, so a descriptor never swallows the rest of
//! the sentence.

use super::mentions::{is_capitalised, Candidate, Finder};
use super::{EntityCluster, Gender};
use crate::document::TokenKind;

/// Words that end a role phrase read backwards: verbs of saying,
/// prepositions, conjunctions, pronouns.
const BREAKERS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "and",
    "or",
    "but",
    "with",
    "by",
    "to",
    "from",
    "in",
    "on",
    "at",
    "as",
    "that",
    "who",
    "which",
    "when",
    "while",
    "after",
    "before",
    "according",
    "including",
    "like",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "be",
    "been",
    "he",
    "she",
    "they",
    "it",
    "we",
    "his",
    "her",
    "their",
    "its",
    "our",
    "then",
    "also",
    "if",
    "because",
    "where",
    "whom",
    "whose",
    "about",
    "against",
    "between",
    "into",
    "over",
    "under",
    "than",
    "met",
    "meet",
    "named",
    "called",
];

/// Words that open an appositive ("X, a spokesperson for ...").
const OPENERS: &[&str] = &["a", "an", "the", "former", "then", "now", "also"];

/// Fill the descriptors of a person cluster from its mentions.
pub fn describe<'c>(
    finder: &Finder,
    cluster: &mut EntityCluster,
    members: impl Iterator<Item = &'c Candidate>,
) {
    let doc = finder.doc;
    let mut out: Vec<String> = Vec::new();
    for c in members {
        let mut found = Vec::new();
        if let Some(title) = c.title {
            // "Iran's Foreign Minister": take the possessor along.
            let mut start = title.start;
            if c.first > 0 {
                let t0 = c.first - title_tokens(finder, c);
                if t0 >= 2
                    && doc.tokens[t0 - 1].kind == TokenKind::Possessive
                    && is_capitalised(finder.word(t0 - 2))
                {
                    start = doc.tokens[t0 - 2].span.start;
                }
            }
            found.push(doc.text[start..title.end].trim_end().to_string());
        } else if let Some(role) = role_before(finder, c.first) {
            found.push(role);
        }
        if let Some(appositive) = appositive_after(finder, c.end) {
            found.push(appositive);
        }
        for d in found {
            if !d.is_empty() && !out.contains(&d) {
                out.push(d);
            }
        }
    }
    if cluster.gender == Gender::Unknown {
        cluster.gender = out
            .iter()
            .flat_map(|d| d.split(' '))
            .filter_map(|w| finder.lex.role(&w.to_lowercase()))
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
    }
    cluster.descriptors = out;
}

/// How many tokens the title phrase of a candidate spans.
fn title_tokens(finder: &Finder, c: &Candidate) -> usize {
    let Some(title) = c.title else { return 0 };
    let doc = finder.doc;
    (0..c.first)
        .rev()
        .take_while(|&k| doc.tokens[k].span.start >= title.start)
        .count()
}

/// A role phrase ending just before token `first`, or before ", " there:
/// "the 60-year-old former club chairman", "the secretary of the Treasury,".
fn role_before(finder: &Finder, first: usize) -> Option<String> {
    let doc = finder.doc;
    if first == 0 {
        return None;
    }
    let sentence = doc.tokens[first].sentence;
    let mut end = first; // exclusive
    if doc.token_text(first - 1) == "," {
        end = first - 1;
    }
    let mut k = end;
    let mut has_role = false;
    let mut start = end;
    while k > 0 && end - k < 10 {
        let i = k - 1;
        if doc.tokens[i].sentence != sentence {
            break;
        }
        let t = doc.tokens[i];
        let w = doc.token_text(i);
        match t.kind {
            TokenKind::Possessive => {}
            TokenKind::Word
                if !BREAKERS.contains(&w.to_lowercase().as_str()) || (w == "of" && has_role) => {}
            _ => break,
        }
        if i + 1 == end && finder.lex.role(&w.to_lowercase()).is_none() {
            return None; // the phrase must end in a role noun
        }
        if finder.lex.role(&w.to_lowercase()).is_some() {
            has_role = true;
        }
        start = i;
        k = i;
        if matches!(w, "the" | "The" | "a" | "A" | "an" | "An") {
            // "the secretary of the Treasury": go on past "of the"
            if !(i > 0 && doc.token_text(i - 1) == "of") {
                break;
            }
        }
    }
    if !has_role || start >= end {
        return None;
    }
    // After a comma the phrase must open with a determiner: "the minister, X".
    if end < first
        && !matches!(
            doc.token_text(start),
            "the" | "The" | "a" | "A" | "an" | "An"
        )
    {
        return None;
    }
    Some(doc.text[doc.tokens[start].span.start..doc.tokens[end - 1].span.end].to_string())
}

/// An appositive after the name ending before token `end`: ", a spokesperson
/// for Ukraine's air force," or "(R-Wis.)".
fn appositive_after(finder: &Finder, end: usize) -> Option<String> {
    let doc = finder.doc;
    let n = doc.tokens.len();
    if end >= n {
        return None;
    }
    let sentence = doc.tokens[end].sentence;
    let open = doc.token_text(end);
    if open == "(" {
        let inner = end + 1;
        let close = (inner..n.min(inner + 4)).find(|&k| doc.token_text(k) == ")")?;
        // "()" holds nothing to slice.
        if close == inner {
            return None;
        }
        let text = &doc.text[doc.tokens[inner].span.start..doc.tokens[close - 1].span.end];
        let party = ["R-", "D-", "I-"].iter().any(|p| text.starts_with(p));
        return party.then(|| text.to_string());
    }
    if open != "," || end + 1 >= n {
        return None;
    }
    let first = end + 1;
    let w = doc.token_text(first);
    let lower = w.to_lowercase();
    let possessor = first + 1 < n && doc.tokens[first + 1].kind == TokenKind::Possessive;
    let mut last = first;
    let mut has_role = false;
    let mut k = first;
    while k < n && k - first < 30 && doc.tokens[k].sentence == sentence {
        let t = doc.tokens[k];
        let text = doc.token_text(k);
        let stop = match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive => false,
            TokenKind::QuoteMark => true,
            TokenKind::Punct => !matches!(text, "-" | "&" | "/"),
        };
        if stop {
            break;
        }
        if finder.lex.role(&text.to_lowercase()).is_some() {
            has_role = true;
        }
        last = k;
        k += 1;
    }
    let opens = OPENERS.contains(&lower.as_str())
        || possessor
        || (has_role && !BREAKERS.contains(&lower.as_str()) && !is_capitalised(w));
    if !opens || !has_role || doc.tokens[first].kind != TokenKind::Word {
        return None;
    }
    Some(doc.text[doc.tokens[first].span.start..doc.tokens[last].span.end].to_string())
}

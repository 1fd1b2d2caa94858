//! The entity layer: proper-name mentions, their kind, and one cluster per
//! referent with the descriptors the text gives it.
//!
//! First version: runs of capitalised words, titles stripped, kinds from cue
//! words and small built-in lists, surnames merged into full names.

use crate::document::{Document, Span, TokenKind};
use crate::model::EntityKind;

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

const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "President",
    "Minister",
    "Gen",
    "General",
    "Senator",
    "Sen",
    "Rep",
    "Gov",
    "Governor",
    "Chancellor",
    "Secretary",
    "Ayatollah",
    "Captain",
    "Capt",
    "Judge",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Sheikh",
    "Colonel",
    "Col",
    "Lt",
    "Sgt",
    "Mayor",
];
const ORG_HEADS: &[&str] = &[
    "Ministry",
    "Corps",
    "Council",
    "Party",
    "Agency",
    "Bank",
    "University",
    "Inc",
    "Ltd",
    "Group",
    "News",
    "Times",
    "Union",
    "Department",
    "Company",
    "Corporation",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Committee",
    "Commission",
    "Organization",
    "Organisation",
    "Institute",
    "House",
    "Post",
    "Journal",
    "Association",
    "Court",
    "Parliament",
    "Office",
];
const GROUP_WORDS: &[&str] = &[
    "Russian",
    "Russians",
    "Ukrainian",
    "Ukrainians",
    "American",
    "Americans",
    "Iranian",
    "Iranians",
    "Israeli",
    "Israelis",
    "British",
    "European",
    "Europeans",
    "Chinese",
    "French",
    "German",
    "Germans",
    "Democrats",
    "Republicans",
    "Democrat",
    "Republican",
    "Muslim",
    "Muslims",
    "Christian",
    "Christians",
    "Jewish",
    "Arab",
    "Arabs",
];
const PLACES: &[&str] = &[
    "US",
    "U.S.",
    "UK",
    "Britain",
    "Russia",
    "Ukraine",
    "Iran",
    "Israel",
    "China",
    "France",
    "Germany",
    "Europe",
    "Washington",
    "London",
    "Moscow",
    "Kyiv",
    "Tehran",
    "Paris",
    "Beijing",
    "America",
    "Japan",
    "India",
    "Syria",
    "Iraq",
    "Turkey",
    "Canada",
    "Australia",
];
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Our",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "There",
    "Its",
    "For",
    "With",
    "From",
    "By",
    "Some",
    "Many",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Last",
    "Next",
    "Latest",
    "Related",
    "One",
    "Two",
];
const CONNECTORS: &[&str] = &["of", "de", "von", "van", "der", "bin", "al", "for", "and"];

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Find the entities of a document.
pub fn find(doc: &Document) -> Vec<EntityCluster> {
    let mut found: Vec<(Span, EntityKind, Option<String>)> = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        let word = doc.token_text(i);
        if t.kind != TokenKind::Word || !is_capitalised(word) {
            i += 1;
            continue;
        }
        // Extend over capitalised words and inner connectors.
        let mut j = i + 1;
        while j < n && doc.tokens[j].sentence == t.sentence && doc.tokens[j].kind == TokenKind::Word
        {
            let w = doc.token_text(j);
            if is_capitalised(w) {
                j += 1;
            } else if CONNECTORS.contains(&w)
                && j + 1 < n
                && doc.tokens[j + 1].kind == TokenKind::Word
                && is_capitalised(doc.token_text(j + 1))
            {
                j += 2;
            } else {
                break;
            }
        }
        let mut first = i;
        let mut title = None;
        while first < j {
            let w = doc.token_text(first).trim_end_matches('.');
            if TITLES.contains(&w) {
                title = Some(w.to_string());
            } else if !NOT_NAMES.contains(&w) {
                break;
            }
            first += 1;
        }
        if first < j {
            let span = Span::new(doc.tokens[first].span.start, doc.tokens[j - 1].span.end);
            let text = doc.slice(span);
            let last = doc.token_text(j - 1);
            let previous = if first > 0 {
                doc.token_text(first - 1)
            } else {
                ""
            };
            let kind = if title.is_some() {
                EntityKind::Person
            } else if j - first == 1 && GROUP_WORDS.contains(&text) {
                EntityKind::Group
            } else if ORG_HEADS.contains(&last)
                || (text.len() >= 2
                    && text.chars().all(|c| c.is_uppercase() || c == '.')
                    && !PLACES.contains(&text))
            {
                EntityKind::Organization
            } else if PLACES.contains(&text) || matches!(previous, "in" | "near" | "from" | "to") {
                EntityKind::Place
            } else {
                EntityKind::Person
            };
            found.push((span, kind, title));
        }
        i = j.max(i + 1);
    }
    cluster(doc, found)
}

/// Merge mentions into referents: the same text, or a person's surname.
fn cluster(doc: &Document, found: Vec<(Span, EntityKind, Option<String>)>) -> Vec<EntityCluster> {
    let mut clusters: Vec<EntityCluster> = Vec::new();
    for (span, kind, title) in found {
        let text = doc.slice(span);
        let existing = clusters.iter().position(|c| {
            c.name == text
                || (c.kind == EntityKind::Person && c.name.rsplit(' ').next() == Some(text))
        });
        match existing {
            Some(k) => {
                let c = &mut clusters[k];
                c.mentions.push(span);
                if text.len() > c.name.len() {
                    c.name = text.to_string();
                }
            }
            None => {
                let gender = match title.as_deref() {
                    Some("Mr") => Gender::Male,
                    Some("Mrs" | "Ms" | "Queen") => Gender::Female,
                    _ => Gender::Unknown,
                };
                clusters.push(EntityCluster {
                    kind,
                    name: text.to_string(),
                    descriptors: title
                        .into_iter()
                        .filter(|t| !matches!(t.as_str(), "Mr" | "Mrs" | "Ms"))
                        .collect(),
                    mentions: vec![span],
                    gender,
                });
            }
        }
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_titled_person_and_surname() {
        let doc =
            Document::parse("President Anna Berg met Ukrainian officers in Kyiv. Berg said no.");
        let e = find(&doc);
        let anna = e.iter().find(|c| c.name == "Anna Berg").expect("Anna Berg");
        assert_eq!(anna.kind, EntityKind::Person);
        assert_eq!(anna.mentions.len(), 2);
        assert!(e
            .iter()
            .any(|c| c.name == "Ukrainian" && c.kind == EntityKind::Group));
        assert!(e
            .iter()
            .any(|c| c.name == "Kyiv" && c.kind == EntityKind::Place));
    }
}

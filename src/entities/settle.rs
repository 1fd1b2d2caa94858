//! Document-wide evidence for each form's kind: the strongest kind it was
//! given anywhere, a lone surname as its person, a town that plays as its
//! club ("Essex beat Kent").

use rustc_hash::{FxHashMap, FxHashSet};

use super::finder::Finder;
use super::shape::{is_acronym, is_capitalised};
use super::types::{Candidate, GUESS, HEAD, KNOWN};
use super::words::{CLUB_HEADS, LEGAL_FORMS, NATIONS, RESULT_VERBS, SPORTS_ROLES};
use crate::model::EntityKind;

/// Last words of institutions named after a person ("the Dunmore Center",
/// "the Ruiz Foundation"), whose first word alone is that person.
const EPONYM_HEADS: &[&str] = &[
    "Center",
    "Centre",
    "Foundation",
    "Institute",
    "Library",
    "Museum",
];

/// The strongest kind each form was given, and its key.
pub(super) fn strongest_by_form(found: &[Candidate]) -> FxHashMap<String, Candidate> {
    let mut best: FxHashMap<String, Candidate> = FxHashMap::default();
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

/// A town, county or state that plays ("Essex beat Kent", "a win over
/// Kent") is its club in the whole document, except where it is a place
/// ("in Essex", "at Kent"). Countries stay places: national sides are
/// written as the country.
pub(super) fn sports_clubs(finder: &Finder, found: &mut [Candidate]) {
    let doc = finder.doc;
    let word = |i: usize| (i < doc.tokens.len()).then(|| doc.token_text(i));
    let plays = |c: &Candidate| {
        let before = c.first.checked_sub(1).and_then(word);
        let before2 = c.first.checked_sub(2).and_then(word);
        let after = word(c.end);
        after.is_some_and(|w| RESULT_VERBS.contains(w) || SPORTS_ROLES.contains(w))
            || before.is_some_and(|w| RESULT_VERBS.contains(w))
            || before == Some("over") && before2.is_some_and(|w| matches!(w, "win" | "victory"))
    };
    // in a document with results, sides are also met "against", "for", "v"
    let plays_too = |c: &Candidate| {
        let before = c.first.checked_sub(1).and_then(word);
        before.is_some_and(|w| matches!(w, "against" | "for" | "v" | "vs" | "over"))
    };
    let country = |c: &Candidate| {
        finder.lex.known(&c.form).is_some_and(|k| k.country)
            || c.form.contains(' ')
            || NATIONS.contains(c.form.as_str())
    };
    let clubs: FxHashSet<String> = found
        .iter()
        .filter(|c| c.kind == EntityKind::Place && !country(c) && plays(c))
        .map(|c| c.form.clone())
        .collect();
    if clubs.is_empty() {
        return;
    }
    let clubs: FxHashSet<String> = found
        .iter()
        .filter(|c| c.kind == EntityKind::Place && !country(c) && plays_too(c))
        .map(|c| c.form.clone())
        .chain(clubs)
        .collect();
    for c in found.iter_mut() {
        let placed = c
            .first
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| matches!(w, "in" | "at" | "near" | "from" | "to"));
        // "ARLINGTON, Texas 1996-08-31": a dateline's region
        let dateline = c.first >= 2
            && word(c.first - 1) == Some(",")
            && word(c.first - 2).is_some_and(is_acronym);
        let placed = placed || dateline;
        if clubs.contains(&c.form) && c.kind == EntityKind::Place && !placed {
            c.kind = EntityKind::Organization;
            c.key = Some(format!("club:{}", c.form));
            c.strength = KNOWN;
        }
    }
}

/// Give each form the kind of its strongest evidence anywhere in the
/// document, and a lone surname or first name the kind of its person.
pub(super) fn settle_kinds(finder: &Finder, found: &mut Vec<Candidate>, headline: &[bool]) {
    // "Leeds United" makes every bare "Leeds" the club, not the city.
    let mut clubs: FxHashMap<String, String> = FxHashMap::default();
    for c in found.iter() {
        if let Some((town, rest)) = c.form.split_once(' ') {
            let club = rest
                .split(' ')
                .next_back()
                .is_some_and(|w| CLUB_HEADS.contains(w));
            if club
                && c.kind == EntityKind::Organization
                && (finder
                    .lex
                    .known(town)
                    .is_some_and(|k| k.kind == EntityKind::Place)
                    || finder.lex.first_name(town).is_none() && finder.lex.known(town).is_none())
            {
                clubs
                    .entry(town.to_string())
                    .or_insert_with(|| c.form.clone());
            }
        }
    }
    let club_names: FxHashSet<String> = clubs.values().cloned().collect();
    for c in found.iter_mut() {
        let club = clubs
            .get(&c.form)
            .cloned()
            .or_else(|| club_names.contains(&c.form).then(|| c.form.clone()));
        if let Some(club) = club {
            c.kind = EntityKind::Organization;
            c.key = Some(format!("org:{club}"));
            c.strength = KNOWN;
        }
    }
    sports_clubs(finder, found);
    // "Halbury Light Rail" after "Halbury Light Rail Ltd": a company's name
    // without its legal form is the company, not a guessed person
    let companies: FxHashSet<&str> = found
        .iter()
        .filter(|c| c.kind == EntityKind::Organization)
        .filter_map(|c| c.form.rsplit_once(' '))
        .filter(|(_, form)| LEGAL_FORMS.contains(form))
        .map(|(name, _)| name)
        .collect();
    let companies: FxHashSet<String> = companies.into_iter().map(String::from).collect();
    for c in found.iter_mut() {
        if c.kind == EntityKind::Person && c.strength < HEAD && companies.contains(&c.form) {
            c.kind = EntityKind::Organization;
            c.strength = HEAD;
        }
    }
    let best = strongest_by_form(found);
    let mut person_parts: FxHashSet<String> = FxHashSet::default();
    for c in found.iter() {
        let kind = best.get(&c.form).map_or(c.kind, |b| b.kind);
        let words: Vec<&str> = c.form.split(' ').collect();
        // a guessed person counts when no word of it is a common word
        let sure = c.strength >= HEAD || words.iter().all(|w| !finder.lex.is_common(w));
        // (of a guessed one, the parts no common word could be: "Jansher"
        // of "Jansher Khan")
        if kind == EntityKind::Person && c.end - c.first >= 2 {
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                for part in [first, last] {
                    if sure || !finder.lex.is_common(part) && !is_acronym(part) {
                        person_parts.insert(part.to_string());
                    }
                }
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
    // "The Dunmore Center said Dunmore would attend": a rare word alone
    // that names an institution after itself is its eponym, a person,
    // where a verb follows it
    let eponyms: FxHashSet<&str> = found
        .iter()
        .filter_map(|c| c.form.split_once(' '))
        .filter(|(_, head)| EPONYM_HEADS.contains(head))
        .map(|(name, _)| name)
        .collect();
    let eponyms: FxHashSet<String> = eponyms.into_iter().map(String::from).collect();
    let lone = |c: &Candidate| {
        c.end - c.first == 1
            && c.strength == GUESS
            && c.kind != EntityKind::Person
            && eponyms.contains(&c.form)
            && !finder.lex.is_common(&c.form)
            && !is_acronym(&c.form)
    };
    // (every mention of the form, once one of them acts)
    let people: FxHashSet<String> = found
        .iter()
        .filter(|c| lone(c) && finder.followed_by_verb(c.end))
        .map(|c| c.form.clone())
        .collect();
    for c in found.iter_mut() {
        if lone(c) && people.contains(&c.form) {
            c.kind = EntityKind::Person;
            c.key = None;
            c.strength = HEAD;
        }
    }
    // "King said" is kept only where a person's name ends in "King"
    found.retain(|c| {
        c.kind != EntityKind::Person
            || c.strength != GUESS
            || c.end - c.first != 1
            || finder.lex.title(&c.form).is_none()
            || person_parts.contains(&c.form)
    });
    // A lone capitalised common word guessed a name once ("the Reason
    // campaign", "Terms of Service"), or only where capitals prove nothing
    // (a headline, a sentence start), is more likely a title or furniture.
    let doc = finder.doc;
    let opening = |c: &Candidate| {
        headline[doc.tokens[c.first].sentence]
            || finder.is_initial(c.first)
            || (c.first > 0
                && finder.is_initial(c.first - 1)
                && is_capitalised(doc.token_text(c.first - 1)))
    };
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for c in found.iter() {
        if !opening(c) {
            *count.entry(c.form.as_str()).or_default() += 1;
        }
        // "Carrier" beside "Carrier Corp."
        if let Some((first, _)) = c.form.split_once(' ') {
            *count.entry(first).or_default() += 2;
        }
    }
    let weak: FxHashSet<String> = found
        .iter()
        .filter(|c| {
            c.strength == GUESS
                && !c.form.contains(' ')
                && (!is_acronym(&c.form) || c.form.len() >= 5)
                && c.kind != EntityKind::Person
                && finder.lex.is_common(&c.form)
                && count.get(c.form.as_str()).is_none_or(|&n| n < 2)
        })
        .map(|c| c.form.clone())
        .collect();
    found.retain(|c| !weak.contains(&c.form));
}

//! What the text says a person is: the title before the name ("Israeli
//! Defense Minister Benny Gantz"), a role phrase before it ("the former
//! club chairman Ken Bates", "the finance minister, Lou Jiwei"), an
//! appositive after it ("Yuriy Ignat, a spokesperson for Ukraine's air
//! force, said"), and a party-state tag ("(R-Wis.)").
//!
//! Phrases stop at punctuation, so a descriptor never swallows the rest of
//! the sentence.

use rustc_hash::FxHashSet;

use super::finder::Finder;
use super::shape::is_capitalised;
use super::types::{Candidate, EntityCluster, Gender};
use super::words::{
    ADJECTIVE_PARTICIPLES, FINITE_VERBS, ROLE_PHRASE_BREAKERS, SPEAKING_VERBS, TIME_MODIFIERS,
};
use crate::document::TokenKind;

/// Whether a word (in lower case) ends a role phrase read backwards: a
/// preposition, conjunction, pronoun or finite verb, or a verb of saying.
fn breaks(lower: &str) -> bool {
    ROLE_PHRASE_BREAKERS.contains(lower) || SPEAKING_VERBS.contains(lower)
}

/// A lower-case word shaped like a finite verb ("included", "informed"),
/// which no role phrase crosses.
fn is_verb_like(finder: &Finder, w: &str) -> bool {
    let lower = w.to_lowercase();
    w.chars().next().is_some_and(char::is_lowercase)
        && lower.len() > 4
        && lower.ends_with("ed")
        && !ADJECTIVE_PARTICIPLES.contains(lower.as_str())
        && finder.lex.role(&lower).is_none()
        // short and irregular finite verbs: "Police held veteran dissident X"
        || FINITE_VERBS.contains(&lower)
}

/// Whether a lower-case word is the head noun of a description of the
/// entity: a role for a person ("spokeswoman"), a business noun for an
/// organisation ("retailer").
pub(super) type Head<'h> = &'h dyn Fn(&str) -> bool;

/// Words that open an appositive ("X, a spokesperson for ...").
const OPENERS: &[&str] = &[
    "a", "an", "the", "another", "its", "his", "her", "their", "former", "then", "now", "also",
];

/// Fill the descriptors of a person cluster from its mentions.
pub fn describe<'c>(
    finder: &Finder,
    cluster: &mut EntityCluster,
    members: impl Iterator<Item = &'c Candidate>,
) {
    let doc = finder.doc;
    let person_role = |w: &str| finder.lex.role(w).is_some();
    let mut out: Vec<String> = Vec::new();
    // What `out` holds, to keep it free of repeats without searching it (a
    // person described anew at every mention made that quadratic).
    let mut seen: FxHashSet<String> = FxHashSet::default();
    for c in members {
        let mut found = Vec::new();
        // Where the name and its title begin: a role phrase may come
        // before both ("The board's chairman, Sir Peter Hale").
        let mut phrase_start = c.first;
        let mut title_text = None;
        if let Some(title) = c.title {
            // "Iran's Foreign Minister": take the possessor along.
            let mut start = title.start;
            if c.first > 0 {
                let t0 = c.first - title_tokens(finder, c);
                phrase_start = t0;
                if t0 >= 2
                    && doc.tokens[t0 - 1].kind == TokenKind::Possessive
                    && is_capitalised(finder.word(t0 - 2))
                {
                    start = doc.tokens[t0 - 2].span.start;
                    phrase_start = t0 - 2;
                } else if t0 >= 1
                    && doc.tokens[t0 - 1].sentence == doc.tokens[t0].sentence
                    && TIME_MODIFIERS.contains(finder.doc.lower(t0 - 1))
                {
                    // "former President Donald Trump": "former" is part of
                    // what the text says of him
                    start = doc.tokens[t0 - 1].span.start;
                    phrase_start = t0 - 1;
                }
            }
            title_text = Some(doc.text[start..title.end].trim_end().to_string());
        }
        if let Some(role) = role_before(finder, phrase_start, c.end, &person_role, true) {
            // "The candidates Ruiz named": a plural describes one of a list
            // only ("hosts Ana Ruiz and Tom Vance")
            let plural = role
                .rsplit(' ')
                .next()
                .is_some_and(|w| finder.lex.is_plural_role(&w.to_lowercase()));
            let listed = c.end < doc.tokens.len() && matches!(doc.token_text(c.end), "and" | ",")
                || c.first > 0 && doc.token_text(c.first - 1) == "and";
            if !plural || listed {
                found.push(role);
            }
        }
        // (in the text's order: the role phrase, then the title)
        found.extend(title_text);
        if let Some(appositive) = appositive_after(finder, c.end, &person_role) {
            found.push(appositive);
        }
        if let Some(clause) = relative_after(finder, c.end, &["who", "whose"]) {
            found.push(clause);
        }
        if let Some(affiliation) = affiliation_after(finder, c.end) {
            found.push(affiliation);
        }
        for d in found {
            if !d.is_empty() && !seen.contains(&d) {
                seen.insert(d.clone());
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
/// The name ends before token `end`: after a comma, a name that a verb of
/// saying follows is a new clause's subject ("He met the minister, Ana
/// Ruiz said"), not what the phrase describes.
///
/// An organisation's phrase (`person` false) opens on an article or a
/// possessive ("the retailer X", "the ferry's owner, X") and never runs
/// back over "of": "the chief executive of the engineering firm X" says
/// what X is only from "the".
pub(super) fn role_before(
    finder: &Finder,
    first: usize,
    end: usize,
    head: Head,
    person: bool,
) -> Option<String> {
    let doc = finder.doc;
    let says = end < doc.tokens.len() && SPEAKING_VERBS.contains(doc.lower(end));
    let after_comma = first > 0 && doc.token_text(first - 1) == ",";
    if says && after_comma {
        return None;
    }
    role_before_conjuncts(finder, first, 0, head, person)
}

/// Prepositions that join a role to what it is of ("a spokeswoman for the
/// fire service", "an aide to the mayor", "her opponent in the primary").
fn joins_role(w: &str) -> bool {
    matches!(w, "of" | "for" | "to" | "in" | "at")
}

/// The longest walk back over a name before "and" ("Ana Ruiz and ...").
const MAX_NAME_WALK: usize = 12;

/// How many names joined by "and" may share one role: a bound, so that
/// each of an endless chain of "A and B and C ..." does not walk back to
/// its start (quadratic in the length of the chain).
const MAX_CONJUNCTS: usize = 8;

/// [`role_before`], `conjuncts` names into a chain of names joined by "and".
fn role_before_conjuncts(
    finder: &Finder,
    first: usize,
    conjuncts: usize,
    head: Head,
    person: bool,
) -> Option<String> {
    let doc = finder.doc;
    if first == 0 {
        return None;
    }
    let sentence = doc.tokens[first].sentence;
    // "presidential candidates Ana Ruiz and Ben Cole": Cole shares the role
    if first >= 2
        && conjuncts < MAX_CONJUNCTS
        && doc.token_text(first - 1) == "and"
        && is_capitalised(finder.word(first - 2))
    {
        let mut name_start = first - 2;
        // A name is a few words: a bounded walk, to stay linear on an
        // endless capitalised run.
        while name_start > 0
            && first - name_start < MAX_NAME_WALK
            && doc.tokens[name_start - 1].sentence == sentence
            && doc.tokens[name_start - 1].kind == TokenKind::Word
            && is_capitalised(finder.word(name_start - 1))
        {
            name_start -= 1;
        }
        if doc.token_text(name_start.saturating_sub(1)) != "," {
            return role_before_conjuncts(finder, name_start, conjuncts + 1, head, person);
        }
    }
    let mut end = first; // exclusive
    if doc.token_text(first - 1) == "," {
        end = first - 1;
    }
    // "director of the logistics firm Vantora": a role before "of"
    let role_at =
        |i: usize| i < first && doc.tokens[i].sentence == sentence && head(finder.doc.lower(i));
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
        if is_verb_like(finder, w) {
            break; // "officials included Syrian refugee ..."
        }
        // "Gruenberg's predecessor": the owner ends the phrase, but for
        // its article ("the FDIC's current head")
        let owner = i + 1 < end && doc.tokens[i + 1].kind == TokenKind::Possessive;
        match t.kind {
            TokenKind::Possessive => {}
            TokenKind::Word
                if !breaks(doc.lower(i))
                    || (w == "of" && has_role && person)
                    || (joins_role(w) && role_at(i.wrapping_sub(1))) => {}
            // "Syrian refugee and rights activist X": two roles
            TokenKind::Word if w == "and" && has_role && i > 0 && head(finder.doc.lower(i - 1)) => {
            }
            _ => break,
        }
        if i + 1 == end && end == first && !head(doc.lower(i)) {
            return None; // the phrase must end in a role noun
        }
        if head(doc.lower(i)) {
            has_role = true;
        }
        start = i;
        k = i;
        if owner {
            if i > 0 && matches!(doc.token_text(i - 1), "the" | "The") {
                start = i - 1;
            }
            break;
        }
        if is_determiner(w) {
            // "the secretary of the Treasury", "a spokeswoman for the fire
            // service": go on past "of the", and past a role's "for the"
            let joined = i > 0 && joins_role(doc.token_text(i - 1)) && role_at(i.wrapping_sub(2));
            let of = i > 0 && doc.token_text(i - 1) == "of" && person;
            if !(of || joined) {
                break;
            }
        }
    }
    if !has_role || start >= end {
        return None;
    }
    // After a comma the phrase must open with a determiner: "the minister, X".
    let possessive_start = start + 1 < end && doc.tokens[start + 1].kind == TokenKind::Possessive;
    // ("Counsel to the panel, Ruth Oyelaran": or open the sentence)
    let determined = is_determiner(doc.token_text(start));
    let opener = determined
        || matches!(doc.token_text(start), "our" | "Our")
        || doc.is_sentence_initial(start);
    if end < first && !possessive_start && !opener {
        return None;
    }
    if !person && !possessive_start && !determined {
        return None;
    }
    Some(doc.text[doc.tokens[start].span.start..doc.tokens[end - 1].span.end].to_string())
}

/// An appositive after the name ending before token `end`: ", a spokesperson
/// for Ukraine's air force," or "(R-Wis.)".
pub(super) fn appositive_after(finder: &Finder, end: usize, head: Head) -> Option<String> {
    let doc = finder.doc;
    let n = doc.tokens.len();
    if end >= n {
        return None;
    }
    let sentence = doc.tokens[end].sentence;
    let open = doc.token_text(end);
    if open == "(" {
        let inner = end + 1;
        // Empty brackets, "()", have nothing inside to read.
        let close = (inner..n.min(inner + 4))
            .find(|&k| doc.token_text(k) == ")")
            .filter(|&k| k > inner)?;
        let text = &doc.text[doc.tokens[inner].span.start..doc.tokens[close - 1].span.end];
        let party = ["R-", "D-", "I-"].iter().any(|p| text.starts_with(p));
        return party.then(|| text.to_string());
    }
    if open != "," || end + 1 >= n {
        return None;
    }
    let mut first = end + 1;
    // "Luay Sami, 33, the centre's coordinator": past the age
    if doc.tokens[first].kind == TokenKind::Number
        && first + 2 < n
        && doc.token_text(first + 1) == ","
    {
        first += 2;
    }
    let w = doc.token_text(first);
    let lower = w.to_lowercase();
    // "Sen. Ana Ruiz, R-Texas, said": party and state
    if ["R-", "D-", "I-"].iter().any(|p| w.starts_with(p)) {
        let dot = first + 1 < n
            && doc.token_text(first + 1) == "."
            && !doc.tokens[first + 1].space_before;
        let last = if dot { first + 1 } else { first };
        return Some(doc.text[doc.tokens[first].span.start..doc.tokens[last].span.end].to_string());
    }
    let possessor = first + 1 < n && doc.tokens[first + 1].kind == TokenKind::Possessive;
    let mut last = first;
    let mut has_role = false;
    let mut first_role = None;
    // past "who", "that", "which", a verb is the relative clause's
    let mut relative = false;
    let mut k = first;
    while k < n && k - first < 30 && doc.tokens[k].sentence == sentence {
        let t = doc.tokens[k];
        let text = doc.token_text(k);
        let stop = match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive => false,
            TokenKind::QuoteMark => true,
            TokenKind::Punct => !inside_phrase(text),
        };
        // "activist Cecilia Chung": a role then a new name starts another person
        let new_person = k > first
            && is_capitalised(text)
            && finder.lex.first_name(text).is_some()
            && head(doc.lower(k - 1));
        // ("Flint, Judge Miriam Oduya said": the role alone is her title)
        if new_person && k == first + 1 {
            return None;
        }
        if stop || new_person {
            break;
        }
        // "Ruiz and Vale, the party's candidate stated that ...": a verb
        // after the role, with no relative pronoun before it, makes the
        // phrase the subject of the sentence; an indefinite one ("Vale, a
        // spokesman for the party told reporters") still describes
        if matches!(doc.lower(k), "who" | "that" | "which") {
            relative = true;
        }
        let then_that = k + 1 < n && doc.token_text(k + 1) == "that";
        let main_verb = has_role
            && !relative
            && (SPEAKING_VERBS.contains(doc.lower(k)) || is_verb_like(finder, text) && then_that);
        if main_verb {
            // ("X, officials said": the plural is who speaks)
            let plural = finder.lex.is_plural_role(doc.lower(last));
            // ("Ana Ruiz, her lawyer said": the lawyer speaks)
            if matches!(lower.as_str(), "the" | "its" | "his" | "her" | "their") || plural {
                return None;
            }
            break;
        }
        if head(doc.lower(k)) {
            has_role = true;
            first_role.get_or_insert(k);
        }
        last = k;
        k += 1;
    }
    // "X, Acme Corp chief executive, said": a capitalised phrase that ends
    // in a role
    let ends_in_role = head(doc.lower(last)) && last - first < 8;
    // "Okafor, 52, took over as chief executive in 2022": a clause, not a
    // description, when a breaker comes before the role
    let clause = first_role.is_some_and(|r| (first..r).any(|k| breaks(doc.lower(k))));
    let opens = OPENERS.contains(&lower.as_str())
        || possessor
        || (!breaks(&lower)
            && !is_verb_like(finder, w)
            && !clause
            && ((!is_capitalised(w) && first_role.is_some_and(|r| r <= first + 3))
                // "Ana Ruiz, Chief Executive of Delta Works, said": a
                // capitalised title opening the phrase
                || first_role.is_some_and(|r| r <= first + 1)
                || ends_in_role));
    if !opens || !has_role || doc.tokens[first].kind != TokenKind::Word {
        return None;
    }
    Some(doc.text[doc.tokens[first].span.start..doc.tokens[last].span.end].to_string())
}

/// A relative clause after the name ending before token `end`: "Ana Ruiz,
/// who represents the families, said" gives "who represents the
/// families" (to the next comma or the sentence's end).
/// Past an age: "Lena Okoro, 41, who led the trial". `pronouns` open the
/// clause: "who", "whose" for people, "which" for organisations.
pub(super) fn relative_after(finder: &Finder, end: usize, pronouns: &[&str]) -> Option<String> {
    let doc = finder.doc;
    let n = doc.tokens.len();
    let mut end = end;
    let aged = end + 3 < n
        && doc.token_text(end) == ","
        && doc.tokens[end + 1].kind == TokenKind::Number
        && doc.token_text(end + 2) == ",";
    if aged {
        end += 2;
    }
    if end + 2 >= n || doc.token_text(end) != "," || !pronouns.contains(&doc.token_text(end + 1)) {
        return None;
    }
    let sentence = doc.tokens[end].sentence;
    let first = end + 1;
    let mut last = first;
    let mut k = first + 1;
    while k < n && k - first < 25 && doc.tokens[k].sentence == sentence {
        let t = doc.tokens[k];
        let stop = match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive => false,
            TokenKind::QuoteMark => true,
            TokenKind::Punct => !inside_phrase(doc.token_text(k)),
        };
        if stop {
            break;
        }
        last = k;
        k += 1;
    }
    // a clause the sentence leaves open at its limit is not read
    // (nor one that runs into a quotation: "which said the plan was “a
    // gift”" is cut short at the mark)
    let closed = k >= n
        || doc.tokens[k].sentence != sentence
        || !matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::QuoteMark);
    // ("whose husband, Ivo, waited": the clause goes on past the comma)
    let whose_alone = doc.token_text(first) == "whose" && last <= first + 1;
    (last > first && closed && !whose_alone)
        .then(|| doc.text[doc.tokens[first].span.start..doc.tokens[last].span.end].to_string())
}

/// Where a person works, after the name ending before token `end`: "Ana
/// Ruiz of the Prado", "Tiago Silva of the Catholic University of
/// Portugal", "Grace Hope of the insurance union Unite".
fn affiliation_after(finder: &Finder, end: usize) -> Option<String> {
    let doc = finder.doc;
    let n = doc.tokens.len();
    if end + 1 >= n || doc.token_text(end) != "of" {
        return None;
    }
    let sentence = doc.tokens[end].sentence;
    let mut k = end + 1;
    if doc.token_text(k) == "the" {
        k += 1;
    }
    // a few lower-case words before the name ("the insurance union")
    let lower_from = k;
    while k < n
        && k - lower_from < 3
        && doc.tokens[k].sentence == sentence
        && doc.tokens[k].kind == TokenKind::Word
        && !is_capitalised(doc.token_text(k))
        && !finder.lex.is_function_word(doc.token_text(k))
    {
        k += 1;
    }
    let mut last = None;
    while k < n && k - end < 12 && doc.tokens[k].sentence == sentence {
        let w = doc.token_text(k);
        let name = doc.tokens[k].kind == TokenKind::Word && is_capitalised(w);
        let joins = last.is_some()
            && matches!(w, "of" | "for" | "and" | "&")
            && k + 1 < n
            && is_capitalised(doc.token_text(k + 1));
        if name {
            last = Some(k);
        } else if !joins {
            break;
        }
        k += 1;
    }
    let last = last?;
    Some(doc.text[doc.tokens[end].span.start..doc.tokens[last].span.end].to_string())
}

/// Punctuation inside a phrase, not after it: "R&D", "50-50", "£40
/// million", "5%".
fn inside_phrase(w: &str) -> bool {
    matches!(w, "-" | "&" | "/" | "%" | "$" | "£" | "€" | "¥")
}

/// Articles and the possessives that open a role phrase ("the minister",
/// "its chief executive").
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "The"
            | "a"
            | "A"
            | "an"
            | "An"
            | "its"
            | "Its"
            | "his"
            | "His"
            | "her"
            | "Her"
            | "their"
            | "Their"
            | "another"
            | "Another"
    )
}

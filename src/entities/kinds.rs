//! The kind of an unknown name, from its own words (heads, first names,
//! particles, acronyms) and the words around it ("in", "city of", "the
//! logistics firm", "X said").

use super::finder::{Finder, CONNECTORS};
use super::shape::{is_acronym, is_capitalised};
use super::types::{Candidate, CUE, GUESS, HEAD};
use super::words::{
    CLUB_HEADS, INSTITUTION_WORDS, ORG_APPOSITIVES, ORG_NOUNS, ORG_POSSESSIONS, PARTICLES,
    PLACE_NOUNS, PLACE_OF, PLACE_PREFIXES, PLACE_PREPOSITIONS, SPEAKING_VERBS, SURNAME_HEADS,
};
use crate::model::EntityKind;

/// Heads of place names that are also common surnames: "Anthony Lake" is a
/// person, "Sun Valley" a place.
pub(super) fn surname_head(w: &str) -> bool {
    SURNAME_HEADS.contains(w)
}

impl<'d, 'a> Finder<'d, 'a> {
    /// The kind of an unknown name `a..b` from its own words and its context.
    pub fn classify(&self, a: usize, b: usize) -> Candidate {
        let lex = self.lex;
        let words: Vec<&str> = (a..self.core_end(a, b)).map(|k| self.word(k)).collect();
        let last = words[words.len() - 1];
        // (past an initial: "J. Harold Pike")
        let given = if words.len() >= 4 && self.is_initial_letter(a) {
            words[2]
        } else {
            words[0]
        };
        let first_name = words.len() >= 2 && lex.first_name(given).is_some() && !is_acronym(given);
        let head_at = |k: usize| k + 1 == words.len() || CONNECTORS.contains(&words[k + 1]);
        // "Pieter van Dam", "Van Dam": a first name or a Dutch or German
        // particle, then a particle and a surname, is a person, whatever
        // the surname's head ("Dam")
        let particle_inside = first_name
            && words.len() >= 3
            && words[1..words.len() - 1]
                .iter()
                .all(|w| PARTICLES.contains(w));
        let particle_first = words.len() >= 2
            && matches!(words[0], "Van" | "Von")
            && words[1..words.len() - 1]
                .iter()
                .all(|w| PARTICLES.contains(w));
        if particle_inside || particle_first {
            return self.candidate(a, b, EntityKind::Person, HEAD);
        }
        for (k, w) in words.iter().enumerate() {
            if head_at(k) && lex.is_org_head(w) && (k > 0 || words.len() > 1) {
                return self.candidate(a, b, EntityKind::Organization, HEAD);
            }
            // "National Hurricane Center", "Center for Strategic Studies",
            // "the Dunmore Center said": an institution; "Civic Center": a
            // place
            let speaks = b < self.doc.tokens.len() && SPEAKING_VERBS.contains(self.word(b));
            let institution = matches!(*w, "Center" | "Centre")
                && (k + 1 < words.len()
                    || speaks
                    || words.iter().any(|x| INSTITUTION_WORDS.contains(x)));
            if head_at(k) && institution {
                return self.candidate(a, b, EntityKind::Organization, HEAD);
            }
            // "Anthony Lake" is a person, "Sun Valley" a place: a head that
            // is also a common surname after a first name makes a person.
            let person_first =
                first_name && words.len() == 2 && surname_head(w) && lex.known(words[0]).is_none();
            if head_at(k) && lex.is_place_head(w) && (k > 0 || words.len() > 1) && !person_first {
                return self.candidate(a, b, EntityKind::Place, HEAD);
            }
        }
        if words.len() >= 2 && PLACE_PREFIXES.contains(words[0]) && !first_name {
            return self.candidate(a, b, EntityKind::Place, HEAD);
        }
        if words.len() == 1 && is_acronym(last) {
            if lex.is_common(last) {
                return self.candidate(a, b, EntityKind::Organization, GUESS);
            }
            return self.candidate(a, b, EntityKind::Organization, HEAD);
        }
        // "Virginians", "Texans": people of a known place.
        if words.len() == 1 {
            if let Some(stem) = last.strip_suffix("ns") {
                if lex.known(stem).is_some_and(|k| k.kind == EntityKind::Place) {
                    return self.candidate(a, b, EntityKind::Group, HEAD);
                }
            }
        }
        // "NTT DoCoMo": people's names hold no acronyms, nor "&"
        // ("Douglas & Lomason")
        if words.len() >= 2
            && words
                .iter()
                .any(|w| is_acronym(w) && !w.contains('.') || *w == "&")
        {
            return self.candidate(a, b, EntityKind::Organization, CUE);
        }
        // "San Francisco Giants", "Hong Kong Standard": a known place of
        // two words or more and a name after it is an organisation based
        // there (its first word is no first name)
        let place_first = self
            .longest_known(a, self.core_end(a, b))
            .filter(|(n, k)| {
                *n >= 2
                    && *n < words.len()
                    && matches!(k.kind, EntityKind::Place | EntityKind::Group)
            })
            .is_some();
        if place_first {
            return self.candidate(a, b, EntityKind::Organization, CUE);
        }
        // "Ashford Rovers", "Whitby Athletic": a club named after its town
        if words.len() >= 2 && CLUB_HEADS.contains(last) && !first_name {
            return self.candidate(a, b, EntityKind::Organization, HEAD);
        }
        if first_name || self.after_role(a) {
            return self.candidate(a, b, EntityKind::Person, HEAD);
        }
        // "Chicago Sun-Times", "Boston Dynamics": a place and a name is an
        // organisation based there.
        if words.len() >= 2
            && lex
                .known(words[0])
                .is_some_and(|k| matches!(k.kind, EntityKind::Place | EntityKind::Group))
        {
            return self.candidate(a, b, EntityKind::Organization, CUE);
        }
        // "an analyst at Tordell Baines": where someone in a role works,
        // which outweighs a verb of saying after the name elsewhere
        let role_at = a >= 2
            && self.word(a - 1) == "at"
            && self.same_sentence(a - 2, a)
            && self.lex.role(self.doc.lower(a - 2)).is_some();
        if role_at {
            return self.candidate(a, b, EntityKind::Organization, HEAD);
        }
        // "Callum Brask, 52, who ran the yard": an age after a name of two
        // words is as sure a sign of a person as a first name
        let word_at = |k: usize| (k < self.doc.tokens.len()).then(|| self.word(k));
        let age = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
        let aged = word_at(b) == Some(",")
            && word_at(b + 1).is_some_and(age)
            && word_at(b + 2) == Some(",")
            && self.same_sentence(a, b + 2);
        if words.len() >= 2 && aged {
            return self.candidate(a, b, EntityKind::Person, HEAD);
        }
        if let Some(kind) = self.context_kind(a, b) {
            return self.candidate(a, b, kind, CUE);
        }
        // Capitalised common words together name a thing, not a person:
        // "Electronic Arts", "National Lottery"; so does a rare word and a
        // common plural noun with no first name before it ("Pirelli
        // Cables", "Scissor Sisters"; a singular may be a surname).
        let thing = words.len() == 2
            && lex.is_common(last)
            && last.ends_with('s')
            && !last.ends_with("ss")
            && lex.first_name(last).is_none()
            && !surname_head(last);
        if thing {
            return self.candidate(a, b, EntityKind::Organization, GUESS);
        }
        // "the Ledbury Bakehouse": an article before the name of a thing
        let after_the = a > 0 && self.same_sentence(a - 1, a) && self.doc.lower(a - 1) == "the";
        // "her husband, Torvald,": a first name alone, no common word
        let given_alone =
            words.len() == 1 && lex.first_name(last).is_some() && !lex.is_common(last);
        if given_alone && !after_the {
            return self.candidate(a, b, EntityKind::Person, GUESS);
        }
        if words.len() >= 2 && !words.iter().all(|w| lex.is_common(w)) && !after_the {
            self.candidate(a, b, EntityKind::Person, GUESS)
        } else {
            self.candidate(a, b, EntityKind::Organization, GUESS)
        }
    }

    /// Whether a lower-case role noun stands just before token `a`, as a
    /// title does: "dissident Wang Donghai", "striker Okafor".
    pub(super) fn after_role(&self, a: usize) -> bool {
        if a == 0 || !self.same_sentence(a - 1, a) {
            return false;
        }
        // ("off-spinner": the last part may be the role)
        let w = self.word(a - 1);
        let last = w.rsplit_once('-').map_or(w, |(_, last)| last);
        w.chars().next().is_some_and(char::is_lowercase)
            && !ORG_APPOSITIVES.contains(last)
            && (self.lex.role(w).is_some() || self.lex.role(last).is_some())
    }

    /// What the words around a name say of its kind.
    pub(super) fn context_kind(&self, a: usize, b: usize) -> Option<EntityKind> {
        let n = self.doc.tokens.len();
        let before = |k: usize| (a >= k && self.same_sentence(a - k, a)).then(|| self.word(a - k));
        let after = |k: usize| {
            (b + k - 1 < n && self.same_sentence(b - 1, b + k - 1)).then(|| self.word(b + k - 1))
        };
        let possessed = after(1).is_some_and(|w| w == "’s" || w == "'s");
        // (in lower case: "In Tessaro, people waited")
        let lower_before =
            |k: usize| (a >= k && self.same_sentence(a - k, a)).then(|| self.doc.lower(a - k));
        // "shares in Parvel", "a stake in Parvel": what is owned in a business
        let owned = |w: &str| matches!(w, "shares" | "stake" | "stakes" | "holding" | "investment");
        if before(1) == Some("in") && lower_before(2).is_some_and(owned) {
            return Some(EntityKind::Organization);
        }
        if lower_before(1).is_some_and(|w| PLACE_PREPOSITIONS.contains(w)) && !possessed {
            return Some(EntityKind::Place);
        }
        // "grain from Ostrava", "a dealer from Kettlewick": one word after
        // "from" is where someone or something comes from
        if before(1) == Some("from") && b - a == 1 && !possessed && !is_acronym(self.word(a)) {
            return Some(EntityKind::Place);
        }
        // "in Mereby, Loamshire,": the region after a town
        let town = before(2).is_some_and(is_capitalised) && a >= 3 && self.is_word_token(a - 2);
        if before(1) == Some(",")
            && town
            && lower_before(3).is_some_and(|w| PLACE_PREPOSITIONS.contains(w))
            && after(1).is_some_and(|w| matches!(w, "," | "."))
        {
            return Some(EntityKind::Place);
        }
        if before(1) == Some("of") && before(2).is_some_and(|w| PLACE_OF.contains(w)) {
            return Some(EntityKind::Place);
        }
        // "Dana Holt, 24, of Perris": where a person lives
        if before(1) == Some("of")
            && before(2) == Some(",")
            && before(3).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        {
            return Some(EntityKind::Place);
        }
        // "Evansville, Indiana", "Dayville, Ore."
        if after(1) == Some(",") {
            if let Some(next) = after(2) {
                let dotted = format!("{next} .");
                let next = if after(3) == Some(".") && self.lex.known(&dotted).is_some() {
                    dotted.as_str()
                } else {
                    next
                };
                if self.lex.known(next).is_some_and(|k| {
                    k.kind == EntityKind::Place && (k.country || k.key.starts_with("place:US-"))
                }) {
                    return Some(EntityKind::Place);
                }
            }
        }
        // "the logistics firm Vantora", "rival Halvorsen Micro"
        if before(1).is_some_and(|w| ORG_APPOSITIVES.contains(w) || matches!(w, "rival" | "rivals"))
        {
            return Some(EntityKind::Organization);
        }
        if possessed && after(2).is_some_and(|w| ORG_POSSESSIONS.contains(w)) {
            return Some(EntityKind::Organization);
        }
        // "Lumivane Semiconductor, the California-based maker of chips"
        if after(1) == Some(",") && after(2).is_some_and(|w| matches!(w, "the" | "a" | "an")) {
            for k in 3..10 {
                let Some(w) = after(k) else { break };
                if matches!(w, "of" | "," | "." | "who" | "which" | "and" | "’s" | "'s") {
                    break;
                }
                let possessive = after(k + 1).is_some_and(|x| x == "’s" || x == "'s");
                // ("X, the pressure group Human Rights Now said": a name
                // after the noun is what it describes)
                let named = after(k + 1).is_some_and(is_capitalised);
                if ORG_APPOSITIVES.contains(w) && !possessive && !named {
                    return Some(EntityKind::Organization);
                }
            }
        }
        if let Some(next) = after(1) {
            if PLACE_NOUNS.contains(next) {
                return Some(EntityKind::Place);
            }
            if ORG_NOUNS.contains(next) {
                return Some(EntityKind::Organization);
            }
        }
        // "X, a spokesman for", "X, who", "X said": people speak.
        if b - a >= 2 && after(1).is_some_and(|w| SPEAKING_VERBS.contains(w) || w == "who") {
            return Some(EntityKind::Person);
        }
        None
    }
}

//! Finding name mentions: runs of capitalised tokens, cut at titles and
//! common words, each given a kind with a strength of evidence.
//!
//! A run ("chunk") may hold several things: "Israeli Defense Minister Benny
//! Gantz" is a group, a title and a person. Titles split a chunk; gazetteers,
//! name heads ("Ministry", "Air Base"), first names and the words around a
//! chunk ("in", "city of", "-based") say what each piece is. Evidence that
//! needs the whole document (a surname met earlier, a form seen outside a
//! headline) is weighed later, in [`super::find`].
//!
//! This file splits one chunk into its mentions ([`Finder::chunk_mentions`]);
//! the chunks come from [`super::chunks`], titles from [`super::titled`],
//! kinds from [`super::kinds`].

use super::finder::{Finder, CONNECTORS};
use super::kinds::surname_head;
use super::shape::{is_acronym, is_capitalised};
use super::types::{Candidate, HEAD};
use super::words::{EVENT_PREFIXES, PARTICLES, POST_NOMINALS, PRODUCT_NOUNS};
use crate::document::{with_lower_case, TokenKind};
use crate::model::EntityKind;

/// Whether token `k` is a first name with more of the name after it, by `end`.
pub(super) fn first_name_before_name_at(finder: &Finder, k: usize, end: usize) -> bool {
    k + 1 < end && finder.lex.first_name(finder.word(k)).is_some()
}

impl<'d, 'a> Finder<'d, 'a> {
    /// Mentions in one chunk of a body sentence.
    pub fn chunk_mentions(
        &self,
        first: usize,
        end: usize,
        seen_mid_sentence: &dyn Fn(&str) -> bool,
    ) -> Vec<Candidate> {
        let mut a = first;
        let mut b = end;
        // Drop leading words that are capitalised only by position, and
        // calendar words and page furniture.
        if EVENT_PREFIXES.contains(self.word(a)) && b - a >= 2 {
            return Vec::new();
        }
        // "Helen Mortimer KC", "Tom Hale Jr": post-nominals are no part of
        // the name.
        while b - a >= 3 && POST_NOMINALS.contains(self.word(b - 1)) {
            b -= 1;
        }
        while a < b {
            let w = self.word(a);
            if self.lex.title(w).is_some() && !self.lex.is_function_word(w) || w == "Mr" {
                break;
            }
            // "Van Dam said", "Von der Leyen left": a particle opens the name
            if matches!(w, "Van" | "Von") && a + 1 < b {
                break;
            }
            // "J. Alfred Prufrock", "A. Besnik Kola": an initial opens the name
            if a + 2 < b && self.is_initial_letter(a) {
                break;
            }
            // "First Bank System Inc.", "First Union": an ordinal inside a
            // company's name; "Third Ward", "Fifth Avenue": a place's
            let ordinal = matches!(
                w,
                "First" | "Second" | "Third" | "Fourth" | "Fifth" | "Sixth" | "Seventh" | "Eighth"
            );
            let last = self.word(self.core_end(a, b) - 1);
            if ordinal && b - a >= 2 && (self.lex.is_org_head(last) || self.lex.is_place_head(last))
            {
                break;
            }
            if let Some((n, _)) = self.longest_known(a, b) {
                if n == b - a || !self.lex.is_function_word(w) {
                    break;
                }
            }
            if a + 1 < b && CONNECTORS.contains(&self.word(a + 1)) {
                break; // "Bureau of ...": a head with its complement
            }
            let first_name_before_name = self.lex.first_name(w).is_some() && b - a >= 2;
            if a + 1 < b
                && self.lex.title(self.word(a + 1)).is_some()
                && !self.lex.is_function_word(w)
            {
                break; // "Defense Minister ...": part of the title
            }
            // after a dropped opener ("Not Found"), the next word opens too
            // after a dropped opener, a last word opens too ("Not Found")
            let initial = self.is_initial(a) || (a > first && a + 1 == b && self.is_initial(first));
            // mid-sentence, a capitalised "Will" or "May" is a name
            let named =
                first_name_before_name && !initial && matches!(w, "Will" | "May" | "Don" | "Les");
            // "Economist Joel Naroff said": a role, capitalised by position
            let role = initial
                && first_name_before_name_at(self, a + 1, b)
                && with_lower_case(w, |lower| self.lex.role(lower).is_some());
            // "Social Democratic Party said": capitalised common words
            // that a head ends name an institution, at a sentence's start too
            let institution = b - a >= 3
                && self.lex.is_org_head(self.word(self.core_end(a, b) - 1))
                && self.lex.is_common(self.word(a + 1))
                && self
                    .lex
                    .known(self.word(a + 1))
                    .is_none_or(|k| k.kind == EntityKind::Group)
                && !w.ends_with("ly");
            let drop = role
                || (self.lex.is_not_name(w) && !first_name_before_name)
                || (self.lex.is_function_word(w) && !named)
                || (initial && self.looks_common(w) && !seen_mid_sentence(w) && !institution);
            if !drop {
                break;
            }
            a += 1;
        }
        while b > a
            && (CONNECTORS.contains(&self.word(b - 1)) || PARTICLES.contains(self.word(b - 1)))
        {
            b -= 1;
        }
        if a >= b || (b - a == 1 && self.word(a) == ".") {
            return Vec::new();
        }
        // "The CEO said", "the town's MP": an office in letters, standing
        // alone, is a role and not a name
        let office =
            |w: &str| is_acronym(w) && (self.lex.title(w).is_some() || POST_NOMINALS.contains(w));
        if b - a == 1 && office(self.word(a)) {
            return Vec::new();
        }
        if let Some((n, known)) = self.longest_known(a, b) {
            if n == b - a {
                return vec![self.known_candidate(a, b, known)];
            }
        }
        // "Iranian Islamic Revolutionary Guard Corps (IRGC)": the acronym
        // spells the name, so what comes before it is not part of it.
        if let Some(split) = self.acronym_split(a, b) {
            let mut out = self.chunk_mentions(a, split, seen_mid_sentence);
            out.push(self.classify(split, b));
            return out;
        }
        if EVENT_PREFIXES.contains(self.word(a)) && b - a >= 2 {
            return Vec::new();
        }
        // Laws, events, awards, works: none of the four kinds ("Doris
        // Fenn Day" may be a person, "the Bram Tessick Show" is not).
        let after_the = a > 0 && self.doc.lower(a - 1) == "the";
        let personal = self.lex.first_name(self.word(a)).is_some() && !after_the;
        if self.lex.is_event_head(self.word(self.core_end(a, b) - 1)) && !personal {
            return Vec::new();
        }
        // A lone word that only position capitalises, with nothing else to
        // vouch for it: "Separately", "Flanked".
        let opens = self.is_initial(a) || (a > first && self.is_initial(first));
        if b - a == 1 && opens {
            let w = self.word(a);
            let vouched = seen_mid_sentence(w)
                || is_acronym(w)
                || self.context_kind(a, b).is_some()
                || (b < self.doc.tokens.len() && self.doc.tokens[b].kind == TokenKind::Possessive)
                || (b < self.doc.tokens.len() && matches!(self.word(b), "," | "("));
            let common = self.looks_common(w) || self.lex.is_not_name(w);
            if !seen_mid_sentence(w) && common || !vouched && !self.followed_by_verb(b) {
                return Vec::new();
            }
        }
        // "Presumptive Democratic nominee": an adjective that opens the
        // sentence, then a nationality or party
        if opens
            && b - a == 2
            && self.lex.first_name(self.word(a)).is_none()
            && self.lex.known(self.word(a)).is_none()
        {
            if let Some(group) = self
                .lex
                .known(self.word(a + 1))
                .filter(|k| k.kind == EntityKind::Group)
            {
                return vec![self.known_candidate(a + 1, b, group)];
            }
        }
        // "Shahed drones", "Falcon rockets": a model, not a maker
        let product = b < self.doc.tokens.len() && PRODUCT_NOUNS.contains(self.word(b));
        let maker = is_acronym(self.word(a)) || self.lex.first_name(self.word(a)).is_some();
        if product && self.longest_known(a, b).is_none() && !maker {
            return Vec::new();
        }
        if let Some(found) = self.titled(a, b) {
            return found;
        }
        // "Former Security of State Hillary Clinton": common words before a
        // first name and surname are not part of the name.
        if let Some(k) =
            (a + 1..b.saturating_sub(1)).find(|&k| self.lex.first_name(self.word(k)).is_some())
        {
            let last = self.word(self.core_end(a, b) - 1);
            let headed = self.lex.is_org_head(last) || self.lex.is_place_head(last);
            // (not an institution's: "Commission for the Protection of
            // Children and Young People")
            let common_before = (a..k).all(|i| {
                let w = self.word(i);
                self.lex.is_common(w)
                    && self.lex.known(w).is_none()
                    && self.lex.first_name(w).is_none()
                    && !self.lex.is_org_head(w)
            });
            if common_before && !headed {
                return vec![self.classify(k, b)];
            }
        }
        if let Some(pieces) = self.known_pieces(a, b) {
            return pieces;
        }
        vec![self.classify(a, b)]
    }

    /// A chunk made of known names side by side ("Senate Benghazi"), or a
    /// known name and words that are only capitalised common words ("Google
    /// Privacy Policy"), or a nationality before an acronym ("Iranian IRGC").
    pub(super) fn known_pieces(&self, a: usize, b: usize) -> Option<Vec<Candidate>> {
        let (n, known) = self.longest_known(a, b)?;
        let rest = a + n..self.core_end(a, b);
        if rest.is_empty() {
            return None;
        }
        // "American Dennis Mitchell", "Kenyan Ruth Chepkoech": a nationality
        // and a person
        // ("Australian Anthony Hill": a surname may be a head; "American
        // Nate Miller": a rare word after a nationality is a given name)
        let last = self.word(rest.end - 1);
        let given = self.word(rest.start);
        let first_name = self.lex.first_name(given).is_some();
        let rare = known.kind == EntityKind::Group
            && !self.lex.is_common(given)
            && self.lex.known(given).is_none()
            && !is_acronym(given);
        let headed = (self.lex.is_org_head(last) || self.lex.is_place_head(last))
            && !(first_name && rest.len() == 2 && surname_head(last));
        if matches!(known.kind, EntityKind::Group | EntityKind::Place)
            && (2..=3).contains(&rest.len())
            && (first_name || rare)
            && self.longest_known(rest.start, rest.end).is_none()
            && !headed
        {
            let person = if first_name {
                self.candidate(rest.start, rest.end, EntityKind::Person, HEAD)
            } else {
                self.classify(rest.start, rest.end)
            };
            return Some(vec![self.known_candidate(a, a + n, known), person]);
        }
        // "Ohio Environmental Protection Agency": a state's or country's
        // body that a head ends is one name
        let state = known.country || known.key.starts_with("place:US-");
        if known.kind == EntityKind::Place
            && state
            && rest.len() >= 2
            && self.lex.is_org_head(last)
            && !first_name
        {
            return Some(vec![self.candidate(a, b, EntityKind::Organization, HEAD)]);
        }
        // "Chad Day", "Georgia Smith": a first name, not a place
        let personal = n == 1
            && rest.len() <= 2
            && self.lex.first_name(self.word(a)).is_some()
            && self.longest_known(rest.start, rest.end).is_none();
        if personal && !known.country
            || personal && rest.len() == 1 && !self.lex.is_common(self.word(rest.start))
            || personal && self.lex.is_event_head(self.word(rest.start))
        {
            return None;
        }
        let acronym = rest.len() == 1 && is_acronym(self.word(rest.start));
        let rest_common = rest.clone().all(|k| {
            self.lex.is_common(self.word(k))
                && !self.lex.is_org_head(self.word(k))
                && !self.lex.is_place_head(self.word(k))
        });
        let mut tiles = vec![(a, a + n, known)];
        let mut k = a + n;
        while let Some((m, next)) = self.longest_known(k, rest.end) {
            tiles.push((k, k + m, next));
            k += m;
        }
        if acronym && k < rest.end {
            let mut c = self.candidate(rest.start, rest.end, EntityKind::Organization, HEAD);
            c.span = self.span_of(rest.start, rest.start + 1);
            c.end = rest.start + 1;
            let first = self.known_candidate(a, a + n, known);
            return matches!(known.kind, EntityKind::Group | EntityKind::Place)
                .then(|| vec![first, c]);
        }
        // "U.K. Supreme Court", "US Senate": a country's institution is
        // one name
        if let [(_, _, place), (_, _, body)] = tiles.as_slice() {
            if k == rest.end && place.country && body.kind == EntityKind::Organization {
                return Some(vec![self.candidate(a, b, EntityKind::Organization, HEAD)]);
            }
        }
        let tiled = k == rest.end
            && tiles
                .iter()
                .all(|(_, _, t)| t.kind != EntityKind::Group || acronym);
        if tiled || (acronym && matches!(known.kind, EntityKind::Group | EntityKind::Place)) {
            return Some(
                tiles
                    .into_iter()
                    .map(|(x, y, t)| self.known_candidate(x, y, t))
                    .collect(),
            );
        }
        if rest_common && rest.len() >= 2 && known.kind != EntityKind::Group {
            return Some(vec![self.known_candidate(a, a + n, known)]);
        }
        None
    }

    /// Where the name spelt by a following "(ACRONYM)" starts, when that is
    /// after the start of the chunk.
    pub(super) fn acronym_split(&self, a: usize, b: usize) -> Option<usize> {
        let n = self.doc.tokens.len();
        if b + 2 >= n
            || self.word(b) != "("
            || self.word(b + 2) != ")"
            || !is_acronym(self.word(b + 1))
        {
            return None;
        }
        let acronym: String = self
            .word(b + 1)
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let initials = |from: usize| -> String {
            (from..b)
                .map(|k| self.word(k))
                .filter(|w| !CONNECTORS.contains(w) && *w != "the" && *w != "and")
                .filter_map(|w| w.chars().next())
                .collect()
        };
        if initials(a) == acronym {
            return None;
        }
        (a + 1..b).find(|&k| initials(k) == acronym && is_capitalised(self.word(k)))
    }
}

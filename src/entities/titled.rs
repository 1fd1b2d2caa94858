//! A chunk with a title: "Israeli Defense Minister Benny Gantz", "Secretary
//! of State John Kerry", "Mr. Smith": the person, the title phrase (a
//! descriptor unless a mere courtesy) and any name inside the title phrase.

use super::finder::{Finder, CONNECTORS};
use super::kinds::surname_head;
use super::shape::{is_acronym, is_capitalised};
use super::types::{Candidate, Gender, GUESS, HEAD, KNOWN};
use crate::model::EntityKind;

impl<'d, 'a> Finder<'d, 'a> {
    /// A chunk with a title: "Israeli Defense Minister Benny Gantz",
    /// "Secretary of State John Kerry", "Mr. Smith". Gives the person and
    /// any name inside the title phrase, or `None` without a title.
    pub(super) fn titled(&self, a: usize, b: usize) -> Option<Vec<Candidate>> {
        let mut h = (a..b).rev().find(|&k| {
            self.lex.title(self.word(k)).is_some() && !is_acronym(self.word(k))
                || (k > a && self.word(k) == "CEO")
        })?;
        // "King said", "said King": a title word alone, with no article
        // before it, may be the surname of a person named in full
        // elsewhere ("Billie Jean King"); `settle_kinds` keeps it only then
        if b == a + 1 {
            let before = (a > 0 && self.same_sentence(a - 1, a)).then(|| self.word(a - 1));
            let determined = before.is_some_and(|w| {
                self.lex.is_function_word(w) && !matches!(w, "and" | "but" | "or")
                    || w.ends_with("'s")
                    || w.ends_with("’s")
                    || matches!(w, "'s" | "’s")
                    || is_capitalised(w)
            });
            if !determined && !is_acronym(self.word(a)) {
                return Some(vec![self.candidate(a, b, EntityKind::Person, GUESS)]);
            }
        }
        // "Court of Justice", "Department of Justice": a title word after
        // a head and its connector is the head's complement
        if h + 1 == b
            && h >= a + 2
            && CONNECTORS.contains(&self.word(h - 1))
            && self.lex.is_org_head(self.word(h - 2))
        {
            return None;
        }
        // "John Major spoke", "Mr Major said", "Billie Jean King": a title
        // word that ends the chunk titles no one; it is a surname
        // ("Prime Minister John Major": the title before the first name)
        if h + 1 == b && h > a {
            let given = |k: usize| self.lex.first_name(self.word(k)).is_some();
            let earlier = (a..h)
                .rev()
                .find(|&k| self.lex.title(self.word(k)).is_some() && !is_acronym(self.word(k)));
            let honorific = |k: usize| self.lex.title(self.word(k)).is_some_and(|t| t.honorific);
            match earlier {
                Some(e) if e + 1 < h && (e + 1..h).all(given) => h = e,
                Some(e) if e + 1 == h && honorific(e) => h = e,
                _ if (a..h).all(given) => {
                    return Some(vec![self.candidate(a, b, EntityKind::Person, HEAD)]);
                }
                _ => {}
            }
        }
        // The name runs from after the title (and its dot), past an "of
        // State" extension.
        let mut name_start = h + 1;
        if name_start < b && self.word(name_start) == "." {
            name_start += 1;
        }
        if name_start < b && CONNECTORS.contains(&self.word(name_start)) {
            let rest = name_start + 1..b;
            // "Ana Ruiz, Chief Executive of Delta Works, said", "the
            // Minister of Finance": no one named after the title, only
            // what it is of (one word, or ending in a head or a common
            // word; "Secretary of State Kerry" names Kerry).
            let last = self.word(b - 1);
            let named = rest
                .clone()
                .any(|k| self.lex.first_name(self.word(k)).is_some() && k + 1 < b);
            // After a name and its comma the title is an appositive's
            // ("Ana Ruiz, Chief Executive of Delta Works"); elsewhere a
            // common word last may be a surname ("Secretary of State Rice").
            let appositive = a >= 2 && self.word(a - 1) == "," && is_capitalised(self.word(a - 2));
            let institution = rest.len() == 1
                || appositive && self.lex.is_common(last) && self.lex.first_name(last).is_none()
                || self.lex.is_org_head(last)
                || self.lex.is_place_head(last)
                || self
                    .longest_known(rest.start, b)
                    .is_some_and(|(n, _)| rest.start + n == b);
            if !named && institution {
                let start = if self.word(rest.start) == "the" {
                    rest.start + 1
                } else {
                    rest.start
                };
                return (start < b).then(|| vec![self.classify(start, b)]);
            }
            name_start = rest
                .clone()
                .find(|&k| self.lex.first_name(self.word(k)).is_some() && k + 1 < b)
                .unwrap_or_else(|| if rest.len() >= 3 { b - 2 } else { b - 1 });
            if self.word(name_start) == "the" {
                name_start += 1;
            }
        }
        // A name ending in a head is an institution, not a titled person:
        // "King Abdullah University", "Prince Edward Island".
        // ("President Ellen Park": a first name and a surname that is a
        // head; "Ms. Hill", "Senator Church": a courtesy title, or a
        // title before a surname alone that is one)
        let last = self.word(b - 1);
        let courtesy = self.lex.title(self.word(h)).is_some_and(|t| t.honorific);
        let person = b == name_start + 2
            && self.lex.first_name(self.word(name_start)).is_some()
            && surname_head(last)
            || b == name_start + 1 && surname_head(last)
            || courtesy;
        if name_start < b && (self.lex.is_org_head(last) || self.lex.is_place_head(last)) && !person
        {
            return None;
        }
        let mut out = Vec::new();
        // A name before the title: "White House", "US", "Israeli", "FDIC".
        let title_start = self.title_phrase_start(a, h);
        let whole_known = self
            .longest_known(a, title_start)
            .is_some_and(|(n, _)| a + n == title_start);
        if let Some((n, known)) = self
            .longest_known(a, title_start.max(a + 1))
            .filter(|_| title_start > a && whole_known)
        {
            out.push(self.known_candidate(a, a + n, known));
        } else if title_start > a && is_acronym(self.word(a)) {
            out.push(self.candidate(a, a + 1, EntityKind::Organization, HEAD));
        } else if title_start > a {
            out.push(self.classify(a, title_start));
        }
        if name_start < b && b - name_start <= 4 {
            let mut person = self.candidate(name_start, b, EntityKind::Person, KNOWN);
            let title = self.lex.title(self.word(h));
            // The title phrase, from the start of the chunk, is a descriptor
            // unless it is a mere courtesy ("Mr").
            if title.is_some_and(|t| !t.honorific) || h > a {
                person.title = Some(self.span_of(a, name_start));
            }
            person.gender = (a..=h)
                .filter_map(|k| self.lex.title(self.word(k)))
                .map(|t| t.gender)
                .find(|g| *g != Gender::Unknown)
                .unwrap_or(Gender::Unknown);
            out.push(person);
        }
        Some(out)
    }

    /// Where the title phrase of chunk `a..=h` begins: after any known name
    /// or acronym at its start, at the first word that is a title or a
    /// capitalised common word ("Defense", "National", "Foreign").
    pub(super) fn title_phrase_start(&self, a: usize, h: usize) -> usize {
        // "Palestinian Authority President": an organisation head past a
        // known word makes the name an organisation
        let head = (a..h).rev().find(|&k| self.lex.is_org_head(self.word(k)));
        if let Some((n, _)) = self.longest_known(a, h) {
            return head.filter(|&e| e >= a + n).map_or(a + n, |e| e + 1);
        }
        if is_acronym(self.word(a)) && a < h {
            return a + 1;
        }
        // "Acme Corp CEO": a name ending in an organisation head.
        if let Some(e) = (a..h).rev().find(|&k| self.lex.is_org_head(self.word(k))) {
            return e + 1;
        }
        (a..=h)
            .find(|&k| self.lex.title(self.word(k)).is_some() || self.lex.is_common(self.word(k)))
            .unwrap_or(h)
    }
}

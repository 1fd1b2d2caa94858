//! Names inside one token: "Boston" in "Boston-based", "Wis." in "R-Wis.",
//! "Politico" in "Politico.com", each known part of "Israeli-Russian", and
//! compound identities ("Syrian-American").

use super::finder::Finder;
use super::shape::is_capitalised;
use super::types::{Candidate, CUE, HEAD, KNOWN};
use super::words::{IDENTITY_SUFFIXES, NAME_PREFIX_SUFFIXES, PARTICLES, WEB_DOMAINS};
use crate::document::{with_lower_case, Span};
use crate::model::EntityKind;

/// The name in a website's address: "Politico" in "Politico.com".
pub(super) fn website(word: &str) -> Option<&str> {
    let (name, domain) = word.split_once('.')?;
    let generic = WEB_DOMAINS.contains(domain);
    (generic && is_capitalised(name)).then_some(name)
}

impl<'d, 'a> Finder<'d, 'a> {
    /// A hyphenated word holding mentions of its own ("Boston-based",
    /// "R-Wis", "Syrian-American"), found by [`Finder::inside_token`].
    pub fn is_compound(&self, word: &str) -> bool {
        if website(word).is_some() {
            return true;
        }
        if !word.contains('-') || self.lex.known(word).is_some() {
            return false;
        }
        let parts: Vec<&str> = word.split('-').collect();
        let known = |p: &str| self.lex.known(p).is_some();
        self.hyphen_prefix(word).is_some()
            || matches!(parts[0], "R" | "D" | "I")
            || (known(parts[0])
                && parts[1..]
                    .iter()
                    .all(|p| known(p) || p.chars().next().is_some_and(char::is_lowercase)))
    }

    /// The part of "Boston-based" that names something.
    pub fn hyphen_prefix<'w>(&self, word: &'w str) -> Option<&'w str> {
        let (prefix, suffix) = word.rsplit_once('-')?;
        (with_lower_case(suffix, |lower| NAME_PREFIX_SUFFIXES.contains(lower))
            && is_capitalised(prefix))
        .then_some(prefix)
    }

    /// Mentions inside one token: "Boston" in "Boston-based", "Wis." in
    /// "R-Wis.", and compound nationalities ("Syrian-American").
    pub fn inside_token(&self, i: usize) -> Vec<Candidate> {
        let w = self.word(i);
        let start = self.doc.tokens[i].span.start;
        let mut out = Vec::new();
        if let Some(site) = website(w) {
            let known = self.lex.known(site);
            let mut c = self.candidate(
                i,
                i + 1,
                known.map_or(EntityKind::Organization, |k| k.kind),
                CUE,
            );
            c.span = Span::new(start, start + site.len());
            c.form = site.to_string();
            c.key = known.map(|k| k.key.clone());
            out.push(c);
            return out;
        }
        if let Some(prefix) = self.hyphen_prefix(w) {
            // "Santa Clara-based": the name may begin words before
            for n in (1..=3).rev() {
                let Some(first) = i.checked_sub(n) else {
                    continue;
                };
                let words = (first..i).all(|k| {
                    self.is_word_token(k)
                        && self.same_sentence(k, i)
                        && (is_capitalised(self.word(k)) || PARTICLES.contains(self.word(k)))
                });
                if !words || !is_capitalised(self.word(first)) {
                    continue;
                }
                let before: Vec<&str> = (first..i).map(|k| self.word(k)).collect();
                let form = format!("{} {prefix}", before.join(" "));
                if let Some(known) = self.lex.known(&form) {
                    let mut c = self.candidate(first, i + 1, known.kind, KNOWN);
                    c.span = Span::new(self.doc.tokens[first].span.start, start + prefix.len());
                    c.form = form;
                    c.key = Some(known.key.clone());
                    out.push(c);
                    return out;
                }
            }
            let span = Span::new(start, start + prefix.len());
            let known = self.lex.known(prefix);
            let mut c = self.candidate(
                i,
                i + 1,
                known.map_or(EntityKind::Place, |k| k.kind),
                if known.is_some() { KNOWN } else { CUE },
            );
            c.span = span;
            c.form = prefix.to_string();
            c.key = known.map(|k| k.key.clone());
            out.push(c);
            return out;
        }
        // "(R-Wis.)": party and state of a US legislator
        if let Some(state) = w
            .strip_prefix("R-")
            .or_else(|| w.strip_prefix("D-"))
            .or_else(|| w.strip_prefix("I-"))
        {
            let with_dot = i + 1 < self.doc.tokens.len()
                && self.word(i + 1) == "."
                && !self.doc.tokens[i + 1].space_before;
            let form = if with_dot {
                format!("{state}.")
            } else {
                state.to_string()
            };
            if let Some(known) = self.lex.known(&super::lexicon::key_of(&form)) {
                let from = start + 2;
                let mut c = self.candidate(i, i + 1, EntityKind::Place, KNOWN);
                c.span = Span::new(from, from + form.len());
                c.form = form;
                c.key = Some(known.key.clone());
                out.push(c);
            }
            return out;
        }
        // "Syrian-American": one identity; "Israeli-Russian", "UK-signed":
        // each known part is a mention of its own.
        let parts: Vec<&str> = w.split('-').collect();
        let identity = parts.len() == 2
            && IDENTITY_SUFFIXES.contains(parts[1])
            && self
                .lex
                .known(parts[0])
                .is_some_and(|k| k.kind == EntityKind::Group);
        if identity {
            out.push(self.candidate(i, i + 1, EntityKind::Group, HEAD));
            return out;
        }
        let mut offset = start;
        for part in parts {
            if let Some(known) = self.lex.known(part) {
                let mut c = self.candidate(i, i + 1, known.kind, KNOWN);
                c.span = Span::new(offset, offset + part.len());
                c.form = part.to_string();
                c.key = Some(known.key.clone());
                out.push(c);
            }
            offset += part.len() + 1;
        }
        out
    }
}

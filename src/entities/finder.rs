//! The entity layer's view of a document: [`Finder`] reads tokens as
//! words and answers what every step asks of them (is this a name token,
//! a sentence's opening word, a known name, a common word?) and builds
//! [`Candidate`]s. The steps are its other `impl` blocks, one job a file:
//! [`super::chunks`] (runs of name tokens), [`super::mentions`] (a run
//! split into mentions), [`super::titled`] (a run with a title),
//! [`super::kinds`] (the kind of an unknown name) and [`super::inside`]
//! (names inside one token).

use super::lexicon::{lexicon, Lexicon};
use super::shape::{is_acronym, is_capitalised, letter_count};
use super::types::{Candidate, Gender, Strength, KNOWN};
use super::words::{AUXILIARIES, PARTICLES, SPEAKING_VERBS};
use crate::document::{with_lower_case, Document, Span, TokenKind};
use crate::model::EntityKind;

/// Lower-case words joining the parts of a name after a head or title:
/// "Bureau of Diplomatic Security", "Commissioner for Refugees".
pub(super) const CONNECTORS: &[&str] = &["of", "for", "on"];

pub struct Finder<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub lex: &'static Lexicon,
    /// Words the text writes in lower case somewhere ("a heatwave"): a
    /// capital on them at a sentence's start is the position's.
    lower_case: std::collections::HashSet<&'a str>,
}

impl<'d, 'a> Finder<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let lower_case = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .map(|i| doc.token_text(i))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        Finder {
            doc,
            lex: lexicon(),
            lower_case,
        }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    pub(super) fn is_word_token(&self, i: usize) -> bool {
        self.doc.is_word(i)
    }

    /// Whether token `i` can start or continue a name.
    pub(super) fn is_name_token(&self, i: usize) -> bool {
        if !self.is_word_token(i) {
            return false;
        }
        let w = self.word(i);
        if i > 0 && !self.doc.tokens[i].space_before && matches!(self.word(i - 1), "@" | "#" | "/")
        {
            return false; // a handle or hashtag
        }
        if w.bytes().any(|b| b.is_ascii_digit()) {
            // "Shahed-136", "PS3": models and codes, unless known ("G7", "MI5")
            return self.lex.known(w).is_some();
        }
        // (A byte scan first: '’' starts with the byte 0xE2.)
        let apostrophe = w.bytes().any(|b| b == b'\'' || b == 0xE2);
        let contraction = apostrophe.then(|| w.split_once(['\'', '’'])).flatten();
        if let Some((_, after)) = contraction {
            if after.chars().all(char::is_lowercase) && after.len() <= 2 {
                return false; // "I'm", "We’re"
            }
        }
        if let Some((before, after)) = w.rsplit_once('-') {
            // "Kang Young-hoon", "Kim Jong-un": a given name of two
            // syllables after a capitalised family name
            let syllables = !before.contains('-')
                && (2..=5).contains(&after.len())
                && !self.lex.is_common(after)
                && is_capitalised(before)
                && i > 0
                && self.doc.tokens[i].space_before
                && self.doc.tokens[i - 1].kind == TokenKind::Word
                && is_capitalised(self.word(i - 1))
                && letter_count(self.word(i - 1)) <= 5;
            if after.chars().next().is_some_and(char::is_lowercase)
                && self.lex.known(w).is_none()
                && !syllables
            {
                return false; // "Record-breaking", "T-shirts"
            }
        }
        if is_capitalised(w) {
            return !self.is_compound(w);
        }
        // "al-Assad", "bin-Laden": a lower-case particle joined to a name
        match w.split_once('-') {
            Some((particle, rest)) => PARTICLES.contains(particle) && is_capitalised(rest),
            None => false,
        }
    }

    /// "36th" before "Street": an ordinal that starts a place name.
    pub(super) fn is_street_number(&self, i: usize) -> bool {
        let w = self.word(i);
        let ordinal =
            || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th");
        // (the digit first: asked of every word, it settles nearly all)
        w.starts_with(|c: char| c.is_ascii_digit())
            && ordinal()
            && i + 1 < self.doc.tokens.len()
            && self.lex.is_place_head(self.word(i + 1))
    }

    pub(super) fn same_sentence(&self, i: usize, j: usize) -> bool {
        self.doc.same_sentence(i, j)
    }

    /// Whether token `i` is one capital letter with its dot ("J." in "J. Alfred").
    pub(super) fn is_initial_letter(&self, i: usize) -> bool {
        let w = self.word(i);
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_none()
            && i + 1 < self.doc.tokens.len()
            && self.word(i + 1) == "."
            && !self.doc.tokens[i + 1].space_before
    }

    /// Whether token `i` opens its sentence (past quotation marks and
    /// brackets), or follows a colon or dash, where capitals prove nothing.
    pub fn is_initial(&self, i: usize) -> bool {
        self.doc.is_sentence_initial(i)
            || (i > 0
                && self.same_sentence(i - 1, i)
                && matches!(
                    self.word(i - 1),
                    ":" | "—" | "–" | "-" | "|" | "•" | "\"" | "“" | "‘" | "'"
                ))
    }

    /// The longest known name starting at token `i` and ending by `end`:
    /// its token count and entry.
    pub fn longest_known(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(usize, &'static super::lexicon::Known)> {
        let max = self.lex.longest_name.min(end.saturating_sub(i));
        let mut key = String::new();
        let mut best = None;
        for n in 1..=max {
            let k = i + n - 1;
            if n > 1 {
                if !self.same_sentence(i, k) {
                    break;
                }
                key.push(' ');
            }
            key.push_str(self.word(k));
            if let Some(known) = self.lex.known(&key) {
                best = Some((n, known));
            }
        }
        best
    }

    pub fn span_of(&self, first: usize, end: usize) -> Span {
        Span::new(
            self.doc.tokens[first].span.start,
            self.doc.tokens[end - 1].span.end,
        )
    }

    pub fn candidate(
        &self,
        first: usize,
        end: usize,
        kind: EntityKind,
        strength: Strength,
    ) -> Candidate {
        let span = self.span_of(first, end);
        Candidate {
            span,
            first,
            end,
            kind,
            strength,
            key: None,
            form: self.doc.slice(span).to_string(),
            title: None,
            gender: Gender::Unknown,
        }
    }

    pub(super) fn known_candidate(
        &self,
        first: usize,
        end: usize,
        known: &super::lexicon::Known,
    ) -> Candidate {
        let mut c = self.candidate(first, end, known.kind, KNOWN);
        c.key = Some(known.key.clone());
        c
    }

    /// The end of a name without a dot that closes it ("Co.").
    pub fn core_end(&self, a: usize, b: usize) -> usize {
        if b > a + 1 && self.word(b - 1) == "." {
            b - 1
        } else {
            b
        }
    }

    /// A frequent English word, or one shaped like a common word: "-ing",
    /// "-ly", "-ers" ("Eliminating", "Secondly", "Firefighters").
    pub(super) fn looks_common(&self, w: &str) -> bool {
        let shaped = w.len() > 5
            && (w.ends_with("ing")
                || w.ends_with("ly")
                || w.ends_with("ers")
                || w.ends_with("ed")
                || w.ends_with("tion")
                || w.ends_with("tions")
                || w.ends_with("ness")
                || w.ends_with("ment")
                || w.ends_with("ments"));
        let hyphenated_common = w.contains('-') && w.split('-').all(|p| self.lex.is_common(p));
        let written_lower = with_lower_case(w, |lower| self.lower_case.contains(lower));
        (self.lex.is_common(w) || shaped || hyphenated_common || written_lower)
            && self.lex.first_name(w).is_none()
            && self.lex.title(w).is_none()
            && !is_acronym(w)
    }

    /// Whether a verb of saying or a typical verb follows token `b`.
    pub(super) fn followed_by_verb(&self, b: usize) -> bool {
        let next = if b < self.doc.tokens.len() {
            self.word(b)
        } else {
            ""
        };
        let verb_shaped = next.len() > 3
            && next.chars().all(char::is_lowercase)
            && (next.ends_with('s') || next.ends_with("ed"));
        verb_shaped || SPEAKING_VERBS.contains(next) || AUXILIARIES.contains(next)
    }
}

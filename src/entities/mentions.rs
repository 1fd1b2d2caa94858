//! Finding name mentions: runs of capitalised tokens, cut at titles and
//! common words, each given a kind with a strength of evidence.
//!
//! A run ("chunk") may hold several things: "Israeli Defense Minister Benny
//! Gantz" is a group, a title and a person. Titles split a chunk; gazetteers,
//! name heads ("Ministry", "Air Base"), first names and the words around a
//! chunk ("in", "city of", "-based") say what each piece is. Evidence that
//! needs the whole document (a surname met earlier, a form seen outside a
//! headline) is weighed later, in [`super::find`].

use super::lexicon::{lexicon, Lexicon};
use super::Gender;
use crate::document::{Document, Span, TokenKind};
use crate::model::EntityKind;

/// How sure we are of a mention's kind: later evidence overrides weaker.
pub type Strength = u8;
pub const GUESS: Strength = 0;
pub const CUE: Strength = 1;
pub const HEAD: Strength = 2;
pub const KNOWN: Strength = 3;

/// One mention found in the text, before clustering.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub span: Span,
    /// Token range `first..end` (for sub-token mentions, the holding token).
    pub first: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub strength: Strength,
    /// The gazetteer key, shared by every form of a known name.
    pub key: Option<String>,
    /// The form used to compare mentions (title case for ALL-CAPS datelines).
    pub form: String,
    /// The title phrase before a person's name ("Israeli Defense Minister").
    pub title: Option<Span>,
    /// Gender shown by an honorific or title.
    pub gender: Gender,
}

/// Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman".
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "bin", "ibn",
    "al", "el", "la", "le", "ter", "ten", "zu", "y", "bint",
];

/// Suffixes after a hyphen that leave the name before it a mention: "Boston-based".
const NAME_PREFIX_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "led",
    "backed",
    "owned",
    "made",
    "bound",
    "controlled",
    "funded",
    "allied",
    "registered",
    "headquartered",
    "run",
    "brokered",
    "sponsored",
    "occupied",
    "annexed",
    "held",
    "linked",
    "affiliated",
    "aligned",
    "style",
    "era",
    "area",
];

/// Lower-case nouns after a name that say it is a place ("the Kashan base").
const PLACE_NOUNS: &[&str] = &[
    "base",
    "city",
    "town",
    "village",
    "region",
    "province",
    "area",
    "district",
    "airport",
    "border",
    "coast",
    "county",
    "state",
    "airbase",
    "port",
    "neighborhood",
    "neighbourhood",
    "suburb",
    "capital",
    "oblast",
    "governorate",
    "facility",
    "river",
    "valley",
];

/// Lower-case nouns after a name that say it is an organisation.
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "agency",
    "ministry",
    "newspaper",
    "outlet",
    "outlets",
    "group",
    "party",
    "bank",
    "network",
    "broadcaster",
    "channel",
    "brand",
    "website",
    "magazine",
    "club",
    "team",
    "government",
    "administration",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "executive",
    "executives",
    "board",
    "shares",
    "stock",
    "subsidiary",
    "unit",
    "militia",
    "movement",
    "organization",
    "organisation",
    "publisher",
    "studio",
    "label",
    "band",
    "chain",
    "retailer",
    "carrier",
    "airline",
    "manufacturer",
    "maker",
    "giant",
    "startup",
];

/// Words before a name that say it is a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "near",
    "outside",
    "across",
    "throughout",
    "inside",
    "towards",
    "toward",
];

/// "city of X", "region of X".
const PLACE_OF: &[&str] = &[
    "city",
    "town",
    "village",
    "region",
    "province",
    "state",
    "capital",
    "district",
    "county",
    "island",
    "port",
    "suburb",
    "outskirts",
    "republic",
];

/// Lower-case words joining the parts of a name after a head or title:
/// "Bureau of Diplomatic Security", "Commissioner for Refugees".
const CONNECTORS: &[&str] = &["of", "for", "on"];

pub struct Finder<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub lex: &'static Lexicon,
}

/// Whether the word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// ALL-CAPS letters (two or more), dots allowed: "NATO", "U.N.", "IRGC".
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// "KYIV" → "Kyiv", "SAN" → "San": how an ALL-CAPS word is written in text.
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

impl<'d, 'a> Finder<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        Finder {
            doc,
            lex: lexicon(),
        }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    fn is_word_token(&self, i: usize) -> bool {
        i < self.doc.tokens.len() && self.doc.tokens[i].kind == TokenKind::Word
    }

    /// Whether token `i` can start or continue a name.
    fn is_name_token(&self, i: usize) -> bool {
        if !self.is_word_token(i) {
            return false;
        }
        let w = self.word(i);
        if is_capitalised(w) {
            return !self.is_compound(w);
        }
        // "al-Assad", "bin-Laden": a lower-case particle joined to a name
        match w.split_once('-') {
            Some((particle, rest)) => PARTICLES.contains(&particle) && is_capitalised(rest),
            None => false,
        }
    }

    /// A hyphenated word holding mentions of its own ("Boston-based",
    /// "R-Wis", "Syrian-American"), found by [`Finder::inside_token`].
    pub fn is_compound(&self, word: &str) -> bool {
        let Some((left, right)) = word.split_once('-') else {
            return false;
        };
        let group = |s: &str| {
            self.lex
                .known(s)
                .is_some_and(|k| k.kind == EntityKind::Group)
        };
        self.hyphen_prefix(word).is_some()
            || matches!(left, "R" | "D" | "I")
            || (group(left) && group(right))
    }

    /// The part of "Boston-based" that names something.
    pub fn hyphen_prefix<'w>(&self, word: &'w str) -> Option<&'w str> {
        let (prefix, suffix) = word.rsplit_once('-')?;
        (NAME_PREFIX_SUFFIXES.contains(&suffix.to_lowercase().as_str()) && is_capitalised(prefix))
            .then_some(prefix)
    }

    fn same_sentence(&self, i: usize, j: usize) -> bool {
        self.doc.tokens[i].sentence == self.doc.tokens[j].sentence
    }

    /// Maximal name runs in token range `range`, joined over particles and,
    /// after a head or title, over "of"/"for"/"on".
    pub fn chunks(&self, range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            if !self.is_name_token(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < range.end {
                if self.is_name_token(j) && self.doc.tokens[j].space_before {
                    j += 1;
                    continue;
                }
                let w = self.word(j);
                let joins = self.is_word_token(j) && j + 1 < range.end && self.is_name_token(j + 1);
                if joins && PARTICLES.contains(&w) {
                    j += 2;
                    continue;
                }
                let prev = self.word(j - 1);
                let head_before = self.lex.is_org_head(prev)
                    || self.lex.is_place_head(prev)
                    || self.lex.title(prev).is_some();
                if head_before && CONNECTORS.contains(&w) {
                    if joins {
                        j += 2;
                        continue;
                    }
                    // "of the Interior"
                    if j + 2 < range.end && self.word(j + 1) == "the" && self.is_name_token(j + 2) {
                        j += 3;
                        continue;
                    }
                }
                if w == "&" && j + 1 < range.end && self.is_name_token(j + 1) {
                    j += 2;
                    continue;
                }
                break;
            }
            out.push((i, j));
            i = j;
        }
        out
    }

    /// Whether token `i` opens its sentence (past quotation marks and
    /// brackets), or follows a colon or dash, where capitals prove nothing.
    pub fn is_initial(&self, i: usize) -> bool {
        self.doc.is_sentence_initial(i)
            || (i > 0
                && self.same_sentence(i - 1, i)
                && matches!(
                    self.word(i - 1),
                    ":" | "—" | "–" | "|" | "•" | "(" | "\"" | "“" | "‘"
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

    fn known_candidate(
        &self,
        first: usize,
        end: usize,
        known: &super::lexicon::Known,
    ) -> Candidate {
        let mut c = self.candidate(first, end, known.kind, KNOWN);
        c.key = Some(known.key.clone());
        c
    }

    /// Mentions in one chunk of a body sentence.
    pub fn chunk_mentions(
        &self,
        first: usize,
        end: usize,
        seen_mid_sentence: &dyn Fn(&str) -> bool,
    ) -> Vec<Candidate> {
        let mut a = first;
        let b = end;
        // Drop leading words that are capitalised only by position, and
        // calendar words and page furniture.
        while a < b {
            let w = self.word(a);
            if let Some((n, _)) = self.longest_known(a, b) {
                if n == b - a || !self.lex.is_function_word(w) {
                    break;
                }
            }
            let initial = self.is_initial(a);
            let drop = self.lex.is_not_name(w)
                || self.lex.is_function_word(w)
                || (initial
                    && self.lex.is_common(w)
                    && self.lex.first_name(w).is_none()
                    && self.lex.title(w).is_none()
                    && !is_acronym(w)
                    && !seen_mid_sentence(w));
            if !drop {
                break;
            }
            a += 1;
        }
        let mut b = b;
        while b > a
            && (self.lex.is_not_name(self.word(b - 1))
                || CONNECTORS.contains(&self.word(b - 1))
                || PARTICLES.contains(&self.word(b - 1)))
        {
            b -= 1;
        }
        if a >= b {
            return Vec::new();
        }
        if let Some((n, known)) = self.longest_known(a, b) {
            if n == b - a {
                return vec![self.known_candidate(a, b, known)];
            }
        }
        if let Some(found) = self.titled(a, b) {
            return found;
        }
        // A nationality or country before an acronym or a known name is a
        // mention of its own: "Iranian IRGC", "Russian NATO".
        if let Some((n, known)) = self.longest_known(a, b) {
            let rest_known = self
                .longest_known(a + n, b)
                .is_some_and(|(m, k)| a + n + m == b && k.kind == EntityKind::Organization);
            let rest_acronym = b == a + n + 1 && is_acronym(self.word(a + n));
            if matches!(known.kind, EntityKind::Group | EntityKind::Place)
                && (rest_known || rest_acronym)
            {
                let mut out = vec![self.known_candidate(a, a + n, known)];
                out.extend(self.chunk_mentions(a + n, b, seen_mid_sentence));
                return out;
            }
        }
        vec![self.classify(a, b)]
    }

    /// A chunk with a title: "Israeli Defense Minister Benny Gantz",
    /// "Secretary of State John Kerry", "Mr. Smith". Gives the person and
    /// any name inside the title phrase, or `None` without a title.
    fn titled(&self, a: usize, b: usize) -> Option<Vec<Candidate>> {
        let h = (a..b).rev().find(|&k| {
            self.lex.title(self.word(k)).is_some() && !is_acronym(self.word(k))
                || (k > a && self.word(k) == "CEO")
        })?;
        // The name runs from after the title, past an "of State" extension.
        let mut name_start = h + 1;
        if name_start < b && CONNECTORS.contains(&self.word(name_start)) {
            let rest = name_start + 1..b;
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
        let last = self.word(b - 1);
        if name_start < b && (self.lex.is_org_head(last) || self.lex.is_place_head(last)) {
            return None;
        }
        let mut out = Vec::new();
        // A name before the title: "White House", "US", "Israeli", "FDIC".
        let title_start = self.title_phrase_start(a, h);
        if let Some((n, known)) = self
            .longest_known(a, title_start.max(a + 1))
            .filter(|_| title_start > a)
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
    fn title_phrase_start(&self, a: usize, h: usize) -> usize {
        if let Some((n, _)) = self.longest_known(a, h) {
            return a + n;
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

    /// The kind of an unknown name `a..b` from its own words and its context.
    pub fn classify(&self, a: usize, b: usize) -> Candidate {
        let lex = self.lex;
        let words: Vec<&str> = (a..b).map(|k| self.word(k)).collect();
        let last = words[words.len() - 1];
        let head_at = |k: usize| k + 1 == words.len() || CONNECTORS.contains(&words[k + 1]);
        for (k, w) in words.iter().enumerate() {
            if head_at(k) && lex.is_org_head(w) && (k > 0 || words.len() > 1) {
                return self.candidate(a, b, EntityKind::Organization, HEAD);
            }
            if head_at(k) && lex.is_place_head(w) && (k > 0 || words.len() > 1) {
                return self.candidate(a, b, EntityKind::Place, HEAD);
            }
        }
        if words.len() == 1 && is_acronym(last) {
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
        if words.len() >= 2 && lex.first_name(words[0]).is_some() && !is_acronym(words[0]) {
            return self.candidate(a, b, EntityKind::Person, HEAD);
        }
        if let Some(kind) = self.context_kind(a, b) {
            return self.candidate(a, b, kind, CUE);
        }
        if words.len() >= 2 {
            self.candidate(a, b, EntityKind::Person, GUESS)
        } else {
            self.candidate(a, b, EntityKind::Organization, GUESS)
        }
    }

    /// What the words around a name say of its kind.
    fn context_kind(&self, a: usize, b: usize) -> Option<EntityKind> {
        let n = self.doc.tokens.len();
        let before = |k: usize| (a >= k && self.same_sentence(a - k, a)).then(|| self.word(a - k));
        let after = |k: usize| {
            (b + k - 1 < n && self.same_sentence(b - 1, b + k - 1)).then(|| self.word(b + k - 1))
        };
        if before(1).is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)) {
            return Some(EntityKind::Place);
        }
        if before(1) == Some("of") && before(2).is_some_and(|w| PLACE_OF.contains(&w)) {
            return Some(EntityKind::Place);
        }
        // "Evansville, Indiana", "Dayville, Ore."
        if after(1) == Some(",") {
            if let Some(next) = after(2) {
                if self.lex.known(next).is_some_and(|k| {
                    k.kind == EntityKind::Place && (k.country || k.key.starts_with("place:US-"))
                }) {
                    return Some(EntityKind::Place);
                }
            }
        }
        if let Some(next) = after(1) {
            if PLACE_NOUNS.contains(&next) {
                return Some(EntityKind::Place);
            }
            if ORG_NOUNS.contains(&next) {
                return Some(EntityKind::Organization);
            }
        }
        // "X, a spokesman for", "X, who", "X said": people speak.
        if b - a >= 2
            && after(1)
                .is_some_and(|w| matches!(w, "said" | "says" | "told" | "added" | "wrote" | "who"))
        {
            return Some(EntityKind::Person);
        }
        None
    }

    /// Mentions inside one token: "Boston" in "Boston-based", "Wis." in
    /// "R-Wis.", and compound nationalities ("Syrian-American").
    pub fn inside_token(&self, i: usize) -> Vec<Candidate> {
        let w = self.word(i);
        let start = self.doc.tokens[i].span.start;
        let mut out = Vec::new();
        if let Some(prefix) = self.hyphen_prefix(w) {
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
            if let Some(known) = self.lex.known(&form) {
                let from = start + 2;
                let mut c = self.candidate(i, i + 1, EntityKind::Place, KNOWN);
                c.span = Span::new(from, from + form.len());
                c.form = form;
                c.key = Some(known.key.clone());
                out.push(c);
            }
            return out;
        }
        if let Some((left, right)) = w.split_once('-') {
            let group = |s: &str| {
                self.lex
                    .known(s)
                    .is_some_and(|k| k.kind == EntityKind::Group)
            };
            if group(left) && group(right) {
                out.push(self.candidate(i, i + 1, EntityKind::Group, HEAD));
            }
        }
        out
    }
}

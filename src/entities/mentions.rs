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
use super::words::{
    AUXILIARIES, CLOSED_BY_DOT, CLUB_HEADS, COMPANY_FORMS, EVENT_PREFIXES, IDENTITY_SUFFIXES,
    INSTITUTION_WORDS, NAME_PREFIX_SUFFIXES, ORG_APPOSITIVES, ORG_NOUNS, ORG_POSSESSIONS,
    PARTICLES, PLACE_NOUNS, PLACE_OF, PLACE_PREFIXES, PLACE_PREPOSITIONS, POST_NOMINALS,
    PRODUCT_NOUNS, SPEAKING_VERBS, SURNAME_HEADS, WEB_DOMAINS,
};
use super::Gender;
use crate::document::{with_lower_case, Document, Span, TokenKind};
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

/// Heads of place names that are also common surnames: "Anthony Lake" is a
/// person, "Sun Valley" a place.
fn surname_head(w: &str) -> bool {
    SURNAME_HEADS.contains(w)
}

/// Whether token `k` is a first name with more of the name after it, by `end`.
fn first_name_before_name_at(finder: &Finder, k: usize, end: usize) -> bool {
    k + 1 < end && finder.lex.first_name(finder.word(k)).is_some()
}

/// The most tokens one name may span.
const MAX_NAME_TOKENS: usize = 12;

/// Lower-case words joining the parts of a name after a head or title:
/// "Bureau of Diplomatic Security", "Commissioner for Refugees".
const CONNECTORS: &[&str] = &["of", "for", "on"];

pub struct Finder<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub lex: &'static Lexicon,
    /// Words the text writes in lower case somewhere ("a heatwave"): a
    /// capital on them at a sentence's start is the position's.
    lower_case: std::collections::HashSet<&'a str>,
}

/// Whether the word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// How many letters a word has (counted by bytes when it is ASCII, as
/// nearly every word is: this is asked of every word).
pub fn letter_count(word: &str) -> usize {
    if word.is_ascii() {
        word.bytes().filter(u8::is_ascii_alphabetic).count()
    } else {
        word.chars().filter(|c| c.is_alphabetic()).count()
    }
}

/// ALL-CAPS letters (two or more), dots allowed: "NATO", "U.N.", "IRGC".
pub fn is_acronym(word: &str) -> bool {
    // (the first letter first: it settles most words)
    word.chars().next().is_some_and(char::is_uppercase)
        && letter_count(word) >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// The name in a website's address: "Politico" in "Politico.com".
fn website(word: &str) -> Option<&str> {
    let (name, domain) = word.split_once('.')?;
    let generic = WEB_DOMAINS.contains(domain);
    (generic && is_capitalised(name)).then_some(name)
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

    fn is_word_token(&self, i: usize) -> bool {
        i < self.doc.tokens.len() && self.doc.tokens[i].kind == TokenKind::Word
    }

    /// Whether token `i` can start or continue a name.
    fn is_name_token(&self, i: usize) -> bool {
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
            Some((particle, rest)) => PARTICLES.contains(&particle) && is_capitalised(rest),
            None => false,
        }
    }

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

    /// "36th" before "Street": an ordinal that starts a place name.
    fn is_street_number(&self, i: usize) -> bool {
        let w = self.word(i);
        let ordinal =
            || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th");
        // (the digit first: asked of every word, it settles nearly all)
        w.starts_with(|c: char| c.is_ascii_digit())
            && ordinal()
            && i + 1 < self.doc.tokens.len()
            && self.lex.is_place_head(self.word(i + 1))
    }

    /// The part of "Boston-based" that names something.
    pub fn hyphen_prefix<'w>(&self, word: &'w str) -> Option<&'w str> {
        let (prefix, suffix) = word.rsplit_once('-')?;
        (with_lower_case(suffix, |lower| NAME_PREFIX_SUFFIXES.contains(lower))
            && is_capitalised(prefix))
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
            if !self.is_name_token(i) && !self.is_street_number(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            // past "Office for the Regulation", the name may go on: "… of
            // Civil Nuclear Safety"
            let mut connected = false;
            // a name is short: a longer capitalised run is a title or a list
            while j < range.end && j - i < MAX_NAME_TOKENS {
                if self.is_name_token(j) && self.doc.tokens[j].space_before {
                    j += 1;
                    continue;
                }
                let w = self.word(j);
                // "U.S. Customs and Border Protection": a known name reaching
                // past the "and"
                if w == "and" {
                    if let Some((n, _)) = self.longest_known(i, range.end) {
                        if i + n > j + 1 {
                            j = i + n;
                            continue;
                        }
                    }
                }
                // "von der Leyen", "bin Salman": particles then a name
                let particles = (j..range.end)
                    .take_while(|&k| self.is_word_token(k) && PARTICLES.contains(&self.word(k)))
                    .count();
                if particles > 0
                    && particles <= 3
                    && j + particles < range.end
                    && self.is_name_token(j + particles)
                {
                    j += particles + 1;
                    continue;
                }
                let prev = self.word(j - 1);
                let head_before = self.lex.is_org_head(prev)
                    || self.lex.is_place_head(prev)
                    || self.lex.title(prev).is_some();
                let connects = match w {
                    "on" => matches!(
                        prev,
                        "Committee" | "Commission" | "Council" | "Conference" | "Panel"
                    ),
                    _ => CONNECTORS.contains(&w),
                };
                let next_is_calendar = j + 1 < range.end && self.lex.is_not_name(self.word(j + 1));
                let joins = self.is_word_token(j) && j + 1 < range.end && self.is_name_token(j + 1);
                let org_head_before = self.lex.is_org_head(prev) || connected;
                if (head_before || connected) && connects && !next_is_calendar {
                    if joins {
                        j += 2;
                        connected = org_head_before;
                        continue;
                    }
                    // "of the Interior"
                    if j + 2 < range.end && self.word(j + 1) == "the" && self.is_name_token(j + 2) {
                        j += 3;
                        connected = org_head_before;
                        continue;
                    }
                }
                // "District Attorney's Office", "Sheriff's Department"
                let possessive = self.doc.tokens[j].kind == TokenKind::Possessive;
                if possessive
                    && self.lex.title(prev).is_some()
                    && j + 1 < range.end
                    && self.is_name_token(j + 1)
                    && self.lex.is_org_head(self.word(j + 1))
                {
                    j += 2;
                    continue;
                }
                // "Alzheimer's Research UK", "Children's Rights Society": an
                // eponym's possessive inside a name that a head or a country
                // code ends
                // (not an acronym's: "NOAA's Coral Reef Watch" is NOAA's)
                // ("St James's University Hospital": a saint's name too)
                let eponym = j - i == 1 || j - i == 2 && PLACE_PREFIXES.contains(&self.word(i));
                if possessive && eponym && self.lex.known(prev).is_none() && !is_acronym(prev) {
                    let run = (j + 1..range.end.min(j + 4))
                        .take_while(|&k| self.is_name_token(k))
                        .count();
                    let last = j + run;
                    let headed = run > 0
                        && (self.lex.is_org_head(self.word(last))
                            || run >= 2 && matches!(self.word(last), "UK" | "US" | "USA"));
                    if headed && (self.lex.first_name(prev).is_none() || j - i == 2) {
                        j = last + 1;
                        continue;
                    }
                }
                if w == "&" && j + 1 < range.end && self.is_name_token(j + 1) {
                    j += 2;
                    continue;
                }
                // "Securities and Exchange Commission", "Strategic and
                // Economic Dialogue": "and" inside a name that a head ends.
                // ("National Oceanic and Atmospheric Administration": an
                // adjective before "and" as well as a common word)
                let adjective = prev.len() > 5
                    && ["ic", "al", "ary", "ive", "ous"]
                        .iter()
                        .any(|e| prev.ends_with(e))
                    && self.lex.first_name(prev).is_none();
                if w == "and"
                    && self.lex.known(prev).is_none()
                    && (self.lex.is_common(prev) || adjective)
                    && !is_acronym(prev)
                    && !self.lex.is_org_head(prev)
                {
                    let run = (j + 1..range.end.min(j + 5))
                        .take_while(|&k| self.is_name_token(k))
                        .count();
                    let last = j + run;
                    // "Commission for the Protection of Children and Young
                    // People": inside a name its head has opened already
                    let inside = connected
                        && self.lex.is_common(self.word(j + 1))
                        && self.lex.known(self.word(j + 1)).is_none();
                    if run > 0
                        && (self.lex.is_org_head(self.word(last))
                            || self.lex.is_event_head(self.word(last))
                            || inside)
                    {
                        j = last + 1;
                        continue;
                    }
                }
                if w == "." && !self.doc.tokens[j].space_before {
                    // "Gov. Nathan Deal", "Jacob J. Lew": a dot inside the name
                    let initial = (prev.chars().count() == 1 && is_capitalised(prev))
                        || PLACE_PREFIXES.contains(&prev);
                    if (initial || self.lex.title(prev).is_some())
                        && j + 1 < range.end
                        && self.is_name_token(j + 1)
                    {
                        j += 2;
                        continue;
                    }
                    // "Ford Motor Co.", "Calif.": the dot ends the name (a
                    // company form's dot that ends the sentence is its full
                    // stop: "… said John Casesa of Schroder & Co.")
                    let last = j + 1 >= range.end
                        || j + 2 == range.end && matches!(self.word(j + 1), "\"" | "”" | "’" | "'");
                    let company = COMPANY_FORMS.contains(prev);
                    if (CLOSED_BY_DOT.contains(&prev)
                        || self.lex.known(&format!("{prev} .")).is_some())
                        && !(last && company)
                    {
                        j += 1;
                    }
                }
                break;
            }
            out.push((i, j));
            i = j;
        }
        out
    }

    /// Whether token `i` is one capital letter with its dot ("J." in "J. Alfred").
    fn is_initial_letter(&self, i: usize) -> bool {
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
        let mut b = end;
        // Drop leading words that are capitalised only by position, and
        // calendar words and page furniture.
        if EVENT_PREFIXES.contains(&self.word(a)) && b - a >= 2 {
            return Vec::new();
        }
        // "Helen Mortimer KC", "Tom Hale Jr": post-nominals are no part of
        // the name.
        while b - a >= 3 && POST_NOMINALS.contains(&self.word(b - 1)) {
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
            // company's name
            let ordinal = matches!(w, "First" | "Second" | "Third");
            if ordinal && b - a >= 2 && self.lex.is_org_head(self.word(self.core_end(a, b) - 1)) {
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
            && (CONNECTORS.contains(&self.word(b - 1)) || PARTICLES.contains(&self.word(b - 1)))
        {
            b -= 1;
        }
        if a >= b || (b - a == 1 && self.word(a) == ".") {
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
        if EVENT_PREFIXES.contains(&self.word(a)) && b - a >= 2 {
            return Vec::new();
        }
        // Laws, events, awards, works: none of the four kinds.
        let personal = self.lex.first_name(self.word(a)).is_some();
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
        let product = b < self.doc.tokens.len() && PRODUCT_NOUNS.contains(&self.word(b));
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
    fn known_pieces(&self, a: usize, b: usize) -> Option<Vec<Candidate>> {
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
    fn acronym_split(&self, a: usize, b: usize) -> Option<usize> {
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
    fn looks_common(&self, w: &str) -> bool {
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
    fn followed_by_verb(&self, b: usize) -> bool {
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

    /// A chunk with a title: "Israeli Defense Minister Benny Gantz",
    /// "Secretary of State John Kerry", "Mr. Smith". Gives the person and
    /// any name inside the title phrase, or `None` without a title.
    fn titled(&self, a: usize, b: usize) -> Option<Vec<Candidate>> {
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
        // ("President Ellen Park": a first name and a surname that is a head)
        let last = self.word(b - 1);
        let person = b == name_start + 2
            && self.lex.first_name(self.word(name_start)).is_some()
            && surname_head(last);
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
    fn title_phrase_start(&self, a: usize, h: usize) -> usize {
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
            // "National Hurricane Center", "Center for Strategic Studies":
            // an institution; "Civic Center": a place
            let institution = matches!(*w, "Center" | "Centre")
                && (k + 1 < words.len() || words.iter().any(|x| INSTITUTION_WORDS.contains(x)));
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
        if words.len() >= 2 && PLACE_PREFIXES.contains(&words[0]) && !first_name {
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
        if words.len() >= 2 && !words.iter().all(|w| lex.is_common(w)) {
            self.candidate(a, b, EntityKind::Person, GUESS)
        } else {
            self.candidate(a, b, EntityKind::Organization, GUESS)
        }
    }

    /// Whether a lower-case role noun stands just before token `a`, as a
    /// title does: "dissident Wang Donghai", "striker Okafor".
    fn after_role(&self, a: usize) -> bool {
        if a == 0 || !self.same_sentence(a - 1, a) {
            return false;
        }
        // ("off-spinner": the last part may be the role)
        let w = self.word(a - 1);
        let last = w.rsplit_once('-').map_or(w, |(_, last)| last);
        w.chars().next().is_some_and(char::is_lowercase)
            && !ORG_APPOSITIVES.contains(&last)
            && (self.lex.role(w).is_some() || self.lex.role(last).is_some())
    }

    /// What the words around a name say of its kind.
    fn context_kind(&self, a: usize, b: usize) -> Option<EntityKind> {
        let n = self.doc.tokens.len();
        let before = |k: usize| (a >= k && self.same_sentence(a - k, a)).then(|| self.word(a - k));
        let after = |k: usize| {
            (b + k - 1 < n && self.same_sentence(b - 1, b + k - 1)).then(|| self.word(b + k - 1))
        };
        let possessed = after(1).is_some_and(|w| w == "’s" || w == "'s");
        if before(1).is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)) && !possessed {
            return Some(EntityKind::Place);
        }
        if before(1) == Some("of") && before(2).is_some_and(|w| PLACE_OF.contains(&w)) {
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
        if before(1)
            .is_some_and(|w| ORG_APPOSITIVES.contains(&w) || matches!(w, "rival" | "rivals"))
        {
            return Some(EntityKind::Organization);
        }
        if possessed && after(2).is_some_and(|w| ORG_POSSESSIONS.contains(&w)) {
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
                if ORG_APPOSITIVES.contains(&w) && !possessive && !named {
                    return Some(EntityKind::Organization);
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
        if b - a >= 2 && after(1).is_some_and(|w| SPEAKING_VERBS.contains(w) || w == "who") {
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
                        && (is_capitalised(self.word(k)) || PARTICLES.contains(&self.word(k)))
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
            && IDENTITY_SUFFIXES.contains(&parts[1])
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

//! The entity layer: proper-name mentions, their kind, and one cluster per
//! referent with the descriptors the text gives it.
//!
//! Rules over gazetteers, in four steps, each linear in the text:
//!
//! 1. [`mentions`]: runs of capitalised tokens, cut at titles and common
//!    words, each given a kind with a strength of evidence (a gazetteer or a
//!    title beats a name head, which beats a cue word, which beats a guess).
//!    Headlines and page furniture, where everything is capitalised, only
//!    yield names the gazetteers or the article's body already know.
//! 2. Document-wide evidence: a form keeps the strongest kind it was given
//!    anywhere ("Sozinov" after "Sergei Sozinov"), a lone surname of a
//!    person is that person, a town with a club ("Leeds United") is the
//!    club, and a capitalised common word seen only once, or only where
//!    capitals prove nothing, is dropped.
//! 3. [`clusters`]: mentions merged per referent (shared gazetteer key,
//!    surname, acronym, word order variants), through hash indices.
//! 4. [`descriptors`]: titles, appositives and role phrases for people;
//!    then gender from the pronoun that takes a person up, where no name
//!    list or title settled it (the quotes layer resolves "he"/"she").
//!
//! The lists live in `data/` and are read by [`lexicon`]. Every rule is
//! tested in `tests.rs` with sentences the team wrote.

mod chunks;
mod clusters;
mod descriptors;
mod finder;
mod inside;
mod kinds;
pub mod lexicon;
mod mentions;
mod shape;
mod titled;
mod types;
mod words;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::{Document, TokenKind};
use crate::model::EntityKind;
use finder::Finder;
use shape::{is_acronym, is_capitalised, title_case};
use types::{Candidate, GUESS, HEAD, KNOWN};
pub use types::{EntityCluster, Gender};
use words::{
    AUXILIARIES, CLUB_HEADS, NATIONS, RESULT_VERBS, ROAD_WORDS, SPEAKING_VERBS, SPORTS_ROLES,
};

/// Find the entities of a document.
///
/// ```
/// use sidenote::{document::Document, entities, model::EntityKind};
/// let doc = Document::parse("Defense Minister Anna Berg flew to Kyiv. Berg met Ukrainian troops.");
/// let found = entities::find(&doc);
/// let berg = found.iter().find(|e| e.name == "Anna Berg").unwrap();
/// assert_eq!(berg.mentions.len(), 2);
/// assert_eq!(berg.descriptors, ["Defense Minister"]);
/// assert!(found.iter().any(|e| e.name == "Kyiv" && e.kind == EntityKind::Place));
/// ```
pub fn find(doc: &Document) -> Vec<EntityCluster> {
    let finder = Finder::new(doc);
    let headline: Vec<bool> = (0..doc.sentences.len())
        .map(|s| doc.is_headline(s))
        .collect();
    let datelines = datelines(&finder);
    let in_dateline: FxHashSet<usize> = datelines.iter().flat_map(|c| c.first..c.end).collect();

    // Words written with a capital where position does not force one.
    let mut seen_mid_sentence: FxHashSet<&str> = FxHashSet::default();
    for (i, t) in doc.tokens.iter().enumerate() {
        // after a capitalised opener ("Not Found") a capital proves nothing
        let after_opener = || {
            i > 0 && {
                let previous = doc.token_text(i - 1);
                is_capitalised(previous) && finder.lex.is_function_word(previous)
            }
        };
        // The cheap tests first: most words are not capitalised.
        if t.kind == TokenKind::Word
            && is_capitalised(doc.token_text(i))
            && !headline[t.sentence]
            && !finder.is_initial(i)
            && !after_opener()
        {
            seen_mid_sentence.insert(doc.token_text(i));
        }
    }
    let seen = |w: &str| seen_mid_sentence.contains(w);

    let mut found: Vec<Candidate> = datelines;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if headline[s] {
            continue;
        }
        let range = sentence.tokens.clone();
        for i in range.clone() {
            if doc.tokens[i].kind == TokenKind::Word && finder.is_compound(doc.token_text(i)) {
                found.extend(finder.inside_token(i));
            }
        }
        let mut start = range.start;
        while start < range.end && in_dateline.contains(&start) {
            start += 1;
        }
        for (a, b) in finder.chunks(start..range.end) {
            found.extend(finder.chunk_mentions(a, b, &seen));
        }
    }
    let roads = roads(&finder, &headline);
    // Roads come in text order without overlaps: the first ending after a
    // candidate's start is the only one that may overlap it.
    found.retain(|c| {
        let r = roads.partition_point(|r| r.end <= c.first);
        roads
            .get(r)
            .is_none_or(|r| !(c.first < r.end && r.first < c.end))
    });
    found.extend(roads);
    let body_forms = strongest_by_form(&found);
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !headline[s] {
            continue;
        }
        // A chunk whose head names it ("Ministry of Defense") stands in a
        // caption as in the body; the rest must be known already.
        let mut from = sentence.tokens.start;
        for (a, b) in finder.chunks(sentence.tokens.clone()) {
            let found_here = finder.chunk_mentions(a, b, &|_| false);
            if let [c] = found_here.as_slice() {
                let headed = c.strength == HEAD
                    && c.end - c.first >= 2
                    && matches!(c.kind, EntityKind::Organization | EntityKind::Place);
                if headed && c.first >= from {
                    found.extend(headline_mentions(&finder, from..c.first, &body_forms));
                    found.push(c.clone());
                    from = c.end;
                }
            }
        }
        found.extend(headline_mentions(
            &finder,
            from..sentence.tokens.end,
            &body_forms,
        ));
    }
    found.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    found.dedup_by(|later, earlier| later.span.overlaps(earlier.span));
    settle_kinds(&finder, &mut found, &headline);
    let mut clusters = clusters::cluster(&finder, &found);
    for (cluster, members) in clusters.iter_mut() {
        if cluster.kind == EntityKind::Person {
            descriptors::describe(&finder, cluster, members.iter().map(|&k| &found[k]));
        }
    }
    let mut clusters: Vec<EntityCluster> = clusters.into_iter().map(|(c, _)| c).collect();
    gender_from_pronouns(doc, &mut clusters);
    age_descriptions(&finder, &mut clusters);
    clusters
}

/// "Lewis Carver scored twice. The 31-year-old striker said …": a sentence
/// that opens on an age describes the person named last before it (in
/// the same or the previous paragraph).
fn age_descriptions(finder: &Finder, clusters: &mut [EntityCluster]) {
    let doc = finder.doc;
    let mut person_ends: Vec<(usize, usize)> = clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == EntityKind::Person)
        .flat_map(|(k, c)| c.mentions.iter().map(move |m| (m.end, k)))
        .collect();
    person_ends.sort_unstable();
    let mut described: FxHashMap<usize, FxHashSet<String>> = FxHashMap::default();
    for sentence in &doc.sentences {
        let i = sentence.tokens.start;
        if i + 2 >= sentence.tokens.end || !matches!(doc.token_text(i), "The" | "the") {
            continue;
        }
        let last = if doc.token_text(i + 1).ends_with("-year-old") {
            // "The 61-year-old neurologist": a role word after the age is part of it
            let role = finder
                .lex
                .role(&doc.token_text(i + 2).to_lowercase())
                .is_some();
            if role {
                i + 2
            } else {
                i + 1
            }
        } else if let Some(r) = role_opening(finder, i + 1, sentence.tokens.end) {
            r
        } else {
            continue;
        };
        let start = doc.tokens[i].span.start;
        let before = person_ends.partition_point(|(end, _)| *end <= start);
        let Some(&(end, k)) = before.checked_sub(1).and_then(|b| person_ends.get(b)) else {
            continue;
        };
        // "The spokeswoman said" after a man: someone else
        let role_gender = finder.lex.role(&doc.token_text(last).to_lowercase());
        let clash = matches!(
            (role_gender, clusters[k].gender),
            (Some(Gender::Male), Gender::Female) | (Some(Gender::Female), Gender::Male)
        );
        if clash {
            continue;
        }
        // the paragraph of the mention's last token
        let t = doc.tokens.partition_point(|t| t.span.start < end);
        let near = t > 0 && doc.tokens[i].paragraph <= doc.tokens[t - 1].paragraph + 1;
        if !near {
            continue;
        }
        let text = doc.text[start..doc.tokens[last].span.end].to_string();
        // (a set per cluster: searching its list was quadratic when one
        // person is described anew in sentence after sentence)
        let known = described.entry(k).or_insert_with(|| {
            let descriptors = &clusters[k].descriptors;
            descriptors.iter().cloned().collect::<FxHashSet<String>>()
        });
        if known.insert(text.clone()) {
            clusters[k].descriptors.push(text);
        }
    }
}

/// "The Corwick analyst added", "The Swedish commissioner said": a role
/// noun after one to three modifiers from token `from`, with the
/// sentence's verb after it; the role's token.
fn role_opening(finder: &Finder, from: usize, end: usize) -> Option<usize> {
    let doc = finder.doc;
    for j in from..end.min(from + 4) {
        let w = doc.token_text(j);
        if doc.tokens[j].kind != TokenKind::Word || finder.lex.is_function_word(w) {
            return None;
        }
        // (a modifier first: a bare "The witness said" may be someone else)
        if finder.lex.role(&w.to_lowercase()).is_some() && !is_capitalised(w) && j > from {
            let next = (j + 1 < end).then(|| doc.token_text(j + 1))?;
            let verb = next.chars().next().is_some_and(char::is_lowercase)
                && !finder.lex.is_function_word(next)
                && finder.lex.role(next).is_none()
                || AUXILIARIES.contains(next)
                || SPEAKING_VERBS.contains(next);
            return verb.then_some(j);
        }
    }
    None
}

/// Gender for people no name list or title settles, from the pronoun that
/// takes them up: "Ana Ruiz arrived. She said ..." or "Ruiz said he ...".
/// Only sentences naming one person vote, and only a unanimous vote counts.
fn gender_from_pronouns(doc: &Document, clusters: &mut [EntityCluster]) {
    let mut people_in_sentence: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut last_token: FxHashMap<usize, usize> = FxHashMap::default();
    for (k, c) in clusters.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        for m in &c.mentions {
            let t = doc.token_at_or_after(m.start);
            if t < doc.tokens.len() {
                let list = people_in_sentence
                    .entry(doc.tokens[t].sentence)
                    .or_default();
                if !list.contains(&k) {
                    list.push(k);
                }
                last_token.insert(m.start, doc.token_at_or_after(m.end));
            }
        }
    }
    let pronoun = |i: usize| -> Option<Gender> {
        match doc.tokens.get(i).map(|t| doc.slice(t.span)) {
            Some("He" | "he") => Some(Gender::Male),
            Some("She" | "she") => Some(Gender::Female),
            _ => None,
        }
    };
    let mut votes: FxHashMap<usize, (usize, usize)> = FxHashMap::default();
    let mut vote = |k: usize, g: Gender| {
        let v = votes.entry(k).or_default();
        match g {
            Gender::Male => v.0 += 1,
            Gender::Female => v.1 += 1,
            Gender::Unknown => {}
        }
    };
    for (&s, people) in &people_in_sentence {
        let [k] = people.as_slice() else { continue };
        // the next sentence opens with a pronoun
        if let Some(next) = doc.sentences.get(s + 1) {
            let first_word = next
                .tokens
                .clone()
                .find(|&i| doc.tokens[i].kind == TokenKind::Word);
            if let Some(g) = first_word.and_then(pronoun) {
                vote(*k, g);
            }
        }
    }
    // "Ruiz said she ...", where Ruiz is the sentence's only person. Each
    // mention is looked at once: looping over a person's every mention per
    // sentence was quadratic in how often the name recurs.
    for (k, c) in clusters.iter().enumerate() {
        if c.kind != EntityKind::Person {
            continue;
        }
        for m in &c.mentions {
            let t = doc.token_at_or_after(m.start);
            let Some(token) = doc.tokens.get(t) else {
                continue;
            };
            let alone = people_in_sentence
                .get(&token.sentence)
                .is_some_and(|people| people.as_slice() == [k]);
            if !alone {
                continue;
            }
            if let Some(&after) = last_token.get(&m.start) {
                let says = doc
                    .tokens
                    .get(after)
                    .is_some_and(|t| SPEAKING_VERBS.contains(doc.slice(t.span)));
                if let Some(g) = says.then(|| pronoun(after + 1)).flatten() {
                    vote(k, g);
                }
            }
        }
    }
    for (k, (male, female)) in votes {
        let c = &mut clusters[k];
        if c.gender == Gender::Unknown {
            if male > 0 && female == 0 {
                c.gender = Gender::Male;
            } else if female > 0 && male == 0 {
                c.gender = Gender::Female;
            }
        }
    }
}

/// "KYIV –", "WASHINGTON (AP) —", "VACAVILLE, Calif. (AP) —": the place an
/// article was filed from, in capitals at the head of a paragraph.
fn datelines(finder: &Finder) -> Vec<Candidate> {
    let doc = finder.doc;
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        // "SAN FRANCISCO/BERLIN —": places joined by slashes
        let mut segments: Vec<(usize, usize)> = Vec::new();
        let mut start = p.tokens.start;
        let mut end = start;
        loop {
            // ("ST. LOUIS": a dot inside)
            let dot = |end: usize| {
                end > start
                    && end + 1 < p.tokens.end
                    && doc.token_text(end) == "."
                    && !doc.tokens[end].space_before
                    && is_acronym(doc.token_text(end + 1))
            };
            while end < p.tokens.end
                && (doc.tokens[end].kind == TokenKind::Word && is_acronym(doc.token_text(end))
                    || dot(end))
            {
                end += 1;
            }
            if end > start
                && end + 1 < p.tokens.end
                && doc.token_text(end) == "/"
                && is_acronym(doc.token_text(end + 1))
            {
                segments.push((start, end));
                start = end + 1;
                end = start;
                continue;
            }
            segments.push((start, end));
            break;
        }
        // a dateline is a place of a few words before running text, or
        // a line of its own with the date ("ROME 1996-08-22", "PARIS, Aug 22")
        let running = doc.slice(p.span).chars().any(char::is_lowercase);
        let dated = !running && end < p.tokens.end && is_date_line(finder, end..p.tokens.end);
        if !dated
            && (!running
                || end >= p.tokens.end
                || !matches!(doc.token_text(end), "," | "—" | "–" | "-" | "("))
        {
            continue;
        }
        // "PARAMARIBO, Surinam 1996-08-30", "MAHALA, Bosnia –": the region
        // after the comma is a place too
        if doc.token_text(end) == "," && end > p.tokens.start {
            let from = end + 1;
            let mut to = from;
            while to < p.tokens.end
                && to - from < 3
                && doc.tokens[to].kind == TokenKind::Word
                && is_capitalised(doc.token_text(to))
                && !is_acronym(doc.token_text(to))
            {
                to += 1;
            }
            let closed = to < p.tokens.end
                && (is_date_line(finder, to..p.tokens.end)
                    || matches!(doc.token_text(to), "—" | "–" | "-" | "("));
            if to > from && closed {
                let mut c = finder.candidate(from, to, EntityKind::Place, KNOWN);
                c.key = finder.lex.known(&c.form).map(|k| k.key.clone());
                out.push(c);
            }
        }
        for (first, end) in segments {
            if end == first || end - first > 4 {
                continue;
            }
            let raw: Vec<&str> = (first..end).map(|i| doc.token_text(i)).collect();
            let raw = raw.join(" ");
            if finder
                .lex
                .known(&raw)
                .is_some_and(|k| k.kind == EntityKind::Organization)
                || raw.len() < 3
            {
                continue;
            }
            let form: Vec<String> = (first..end)
                .map(|i| title_case(doc.token_text(i)))
                .collect();
            let form = form.join(" ");
            let mut c = finder.candidate(first, end, EntityKind::Place, KNOWN);
            c.key = finder.lex.known(&form).map(|k| k.key.clone());
            // as the text writes it: "St. Louis", not "St . Louis"
            c.form = title_case(doc.slice(c.span));
            out.push(c);
        }
    }
    out
}

/// Whether tokens `range` are only a date: "1996-08-22", ", Aug 22",
/// "Aug. 22 1996" (digits, months and their punctuation, at least one digit).
fn is_date_line(finder: &Finder, range: std::ops::Range<usize>) -> bool {
    let doc = finder.doc;
    if range.len() > 8 {
        return false;
    }
    let mut digits = false;
    for i in range {
        let w = doc.token_text(i);
        if w.bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
        {
            digits |= w.bytes().any(|b| b.is_ascii_digit());
        } else if !(matches!(w, "," | "." | "-" | "–" | "—")
            || finder.lex.is_not_name(&title_case(w)))
        {
            return false;
        }
    }
    digits
}

/// Numbered roads: "Route 9", "Interstate 80", and motorway codes ("M4",
/// "A303", "I-95") where a road word or "along"/"the" shows a road.
fn roads(finder: &Finder, headline: &[bool]) -> Vec<Candidate> {
    let doc = finder.doc;
    let n = doc.tokens.len();
    let numeric = |w: &str| !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    // "A303", "I-95": a road letter then digits, hyphens aside (read
    // without building the word again, as this asks of every word).
    let code = |w: &str| {
        let len = w.len() - w.bytes().filter(|&b| b == b'-').count();
        let mut chars = w.chars().filter(|&c| c != '-');
        matches!(chars.next(), Some('A' | 'B' | 'M' | 'I'))
            && (2..=5).contains(&len)
            && chars.all(|c| c.is_ascii_digit())
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word || headline[t.sentence] {
            i += 1;
            continue;
        }
        let w = doc.token_text(i);
        let same = |k: usize| k < n && doc.tokens[k].sentence == t.sentence;
        if matches!(w, "Route" | "Highway" | "Interstate")
            && same(i + 1)
            && numeric(doc.token_text(i + 1))
        {
            out.push(finder.candidate(i, i + 2, EntityKind::Place, HEAD));
            i += 2;
            continue;
        }
        if code(w) {
            let before = (i > 0 && same(i - 1)).then(|| doc.token_text(i - 1));
            let after = same(i + 1).then(|| doc.token_text(i + 1));
            // "the M62 and A1 corridors": a code beside another road
            let road_word = |x: Option<&str>| x.is_some_and(|x| ROAD_WORDS.contains(x));
            let beside = |k: usize| same(k) && code(doc.token_text(k));
            let cued = before.is_some_and(|b| matches!(b, "the" | "along" | "off" | "via"))
                || road_word(after)
                || (after == Some("and") && beside(i + 2))
                || (before == Some("and") && i >= 2 && beside(i - 2));
            if cued {
                out.push(finder.candidate(i, i + 1, EntityKind::Place, HEAD));
            }
        }
        i += 1;
    }
    out
}

/// The strongest kind each form was given, and its key.
fn strongest_by_form(found: &[Candidate]) -> FxHashMap<String, Candidate> {
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

/// Names in a title-case line: only those the gazetteers or the body know,
/// and first name + surname pairs.
fn headline_mentions(
    finder: &Finder,
    range: std::ops::Range<usize>,
    body: &FxHashMap<String, Candidate>,
) -> Vec<Candidate> {
    let doc = finder.doc;
    let mut out = Vec::new();
    let mut i = range.start;
    let is_word = |k: usize| k < range.end && doc.tokens[k].kind == TokenKind::Word;
    while i < range.end {
        if !is_word(i) || !is_capitalised(doc.token_text(i)) {
            i += 1;
            continue;
        }
        let mut matched = None;
        let mut raw = String::new();
        let mut cased = String::new();
        for n in 1..=finder.lex.longest_name.max(4) {
            let k = i + n - 1;
            if !is_word(k) {
                break;
            }
            if n > 1 {
                raw.push(' ');
                cased.push(' ');
            }
            let w = doc.token_text(k);
            raw.push_str(w);
            cased.push_str(&if is_acronym(w) && w.len() > 3 {
                title_case(w)
            } else {
                w.to_string()
            });
            for form in [&raw, &cased] {
                if let Some(b) = body.get(form.as_str()) {
                    let mut c = finder.candidate(i, k + 1, b.kind, b.strength);
                    c.key = b.key.clone();
                    c.form = form.clone();
                    matched = Some(c);
                } else if let Some(known) = finder.lex.known(form) {
                    let mut c = finder.candidate(i, k + 1, known.kind, KNOWN);
                    c.key = Some(known.key.clone());
                    c.form = form.clone();
                    matched = Some(c);
                }
            }
        }
        if matched.is_none() && is_word(i + 1) {
            let (first, second) = (doc.token_text(i), doc.token_text(i + 1));
            // in a line of capitals, read "EMMANUEL DUVAL" as "Emmanuel Duval"
            let shouted =
                is_acronym(first) && is_acronym(second) && first.len() > 2 && second.len() > 2;
            let (first, second) = if shouted {
                (title_case(first), title_case(second))
            } else {
                (first.to_string(), second.to_string())
            };
            // a byline's "Dana Whitcombe": two rare capitalised words
            let rare = |w: &str| {
                is_capitalised(w)
                    && !finder.lex.is_common(w)
                    && !is_acronym(w)
                    && finder.lex.known(w).is_none()
            };
            let first_name = finder.lex.first_name(&first).is_some() || rare(&first);
            if first_name
                && is_capitalised(&second)
                && !finder.lex.is_common(&second)
                && (shouted || !is_acronym(&second))
            {
                matched = Some(finder.candidate(i, i + 2, EntityKind::Person, HEAD));
            }
        }
        match matched {
            Some(c) => {
                i = c.end;
                out.push(c);
            }
            None => i += 1,
        }
    }
    out
}

/// A town, county or state that plays ("Essex beat Kent", "a win over
/// Kent") is its club in the whole document, except where it is a place
/// ("in Essex", "at Kent"). Countries stay places: national sides are
/// written as the country.
fn sports_clubs(finder: &Finder, found: &mut [Candidate]) {
    let doc = finder.doc;
    let word = |i: usize| (i < doc.tokens.len()).then(|| doc.token_text(i));
    let plays = |c: &Candidate| {
        let before = c.first.checked_sub(1).and_then(word);
        let before2 = c.first.checked_sub(2).and_then(word);
        let after = word(c.end);
        after.is_some_and(|w| RESULT_VERBS.contains(&w) || SPORTS_ROLES.contains(&w))
            || before.is_some_and(|w| RESULT_VERBS.contains(&w))
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
            || NATIONS.contains(&c.form.as_str())
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
fn settle_kinds(finder: &Finder, found: &mut Vec<Candidate>, headline: &[bool]) {
    // "Leeds United" makes every bare "Leeds" the club, not the city.
    let mut clubs: FxHashMap<String, String> = FxHashMap::default();
    for c in found.iter() {
        if let Some((town, rest)) = c.form.split_once(' ') {
            let club = rest
                .split(' ')
                .next_back()
                .is_some_and(|w| CLUB_HEADS.contains(&w));
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

#[cfg(test)]
mod tests;

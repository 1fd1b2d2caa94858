//! Merging mentions into one cluster per referent.
//!
//! Known names share their gazetteer key ("U.S." and "America"). People
//! merge by surname or first name with the nearest full name, by word-order
//! and initial variants ("Donald J. Trump"), and by transliteration that
//! only moves a space ("Amir Abdollahian" / "Amirabdollahian").
//! Organisations merge by the same words in another order ("Ministry of
//! Defense" / "Defense Ministry"), by acronym (explicit "(IRGC)" or the
//! initials of the name), and by a short form that ends or starts the full
//! one ("State Department" / "U.S. State Department", "Ford" / "Ford Motor Co.").

use rustc_hash::FxHashMap;

use super::finder::Finder;
use super::shape::is_acronym;
use super::types::{Candidate, EntityCluster, Gender};
use super::words::{CLUB_TAILS, CORPORATE_ENDINGS, LEGAL_FORMS};
use crate::model::EntityKind;

/// Words left out of an organisation's word bag and initials.
const MINOR: &[&str] = &["of", "the", "for", "and", "on", "&", "de", "The"];

struct Draft {
    kind: EntityKind,
    /// Strongest evidence for each kind, to settle the cluster's kind.
    votes: [u8; 4],
    name: String,
    words: Vec<String>,
    members: Vec<usize>,
}

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Group => 3,
    }
}

const KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Group,
];

/// Words of a person's name that identify them: initials left out.
fn name_words(form: &str) -> Vec<String> {
    form.split(' ')
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .map(String::from)
        .collect()
}

/// The key an unknown name clusters under.
fn form_key(kind: EntityKind, form: &str) -> String {
    match kind {
        EntityKind::Organization => {
            // (without its legal form: "Tarrow Rail Ltd" is "Tarrow Rail")
            let mut words: Vec<String> = form
                .split(' ')
                .filter(|w| !MINOR.contains(w) && !LEGAL_FORMS.contains(w))
                .map(|w| w.to_lowercase().replace("defence", "defense"))
                .collect();
            words.sort();
            format!("org:{}", words.join(" "))
        }
        _ => format!("{}:{}", kind.as_str(), form.to_lowercase()),
    }
}

/// The initials of an organisation's name ("Massachusetts Institute of Technology" → "MIT").
fn initials(form: &str) -> String {
    form.split(' ')
        .filter(|w| !MINOR.contains(w))
        .flat_map(|w| w.split('-'))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Full names of people, indexed so each new name or surname is matched in
/// constant time: by its words, first and last word, word suffixes
/// ("von der Leyen"), and its letters without spaces ("Amirabdollahian").
#[derive(Default)]
struct PersonIndex {
    names: FxHashMap<String, usize>,
    /// Start and draft of each full-name mention, by last word, first word
    /// or joined letters, in text order.
    parts: FxHashMap<String, Vec<(usize, usize)>>,
}

impl PersonIndex {
    fn find(&self, words: &[String]) -> Option<usize> {
        let joined = words.join(" ");
        let first = words.first().map_or("", String::as_str);
        let last = words.last().map_or("", String::as_str);
        let probes = [
            format!("full:{joined}"),
            format!("fl:{first}|{last}"),
            format!("suffix:{}", joined.to_lowercase()),
            format!("concat:{}", last.to_lowercase()),
            format!("last:{}", words.concat().to_lowercase()),
        ];
        if let Some(d) = probes.iter().find_map(|p| self.names.get(p)) {
            return Some(*d);
        }
        // an earlier name is a suffix of this one: "von der Leyen" then "Ursula von der Leyen"
        (1..words.len().saturating_sub(1)).find_map(|i| {
            self.names
                .get(&format!("full:{}", words[i..].join(" ")))
                .copied()
        })
    }

    fn insert(&mut self, words: &[String], d: usize, start: usize) {
        let first = words.first().map_or("", String::as_str);
        let last = words.last().map_or("", String::as_str);
        let mut keys = vec![
            format!("full:{}", words.join(" ")),
            format!("fl:{first}|{last}"),
            format!("concat:{}", words.concat().to_lowercase()),
            format!("last:{}", last.to_lowercase()),
        ];
        for i in 1..words.len().saturating_sub(1) {
            // ("Van Dam" after "Pieter van Dam")
            keys.push(format!("suffix:{}", words[i..].join(" ").to_lowercase()));
        }
        for key in keys {
            self.names.entry(key).or_insert(d);
        }
        for part in [
            first.to_string(),
            last.to_string(),
            words.concat().to_lowercase(),
        ] {
            // names arrive in text order, so each list stays sorted by start
            self.parts.entry(part).or_default().push((start, d));
        }
    }

    /// The person a lone first name, surname or joined name refers to.
    fn nearest(&self, word: &str, start: usize) -> Option<usize> {
        let lists = [self.parts.get(word), self.parts.get(&word.to_lowercase())];
        let before = lists
            .iter()
            .flatten()
            .filter_map(|list| list[..list.partition_point(|&(s, _)| s < start)].last())
            .max_by_key(|(s, _)| *s);
        let after = || {
            lists
                .iter()
                .flatten()
                .filter_map(|list| list.first())
                .min_by_key(|(s, _)| *s)
        };
        before.or_else(after).map(|&(_, d)| d)
    }
}

/// Whether the capitals of `acronym` appear, in order, among the capitals
/// of `name` ("MSD" in "Office of Mobile Security Deployment").
fn spells(acronym: &str, name: &str) -> bool {
    if !is_acronym(acronym) {
        // "Federal Emergency Management Agency (Fema)": British style
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        let capitalised = acronym.chars().next().is_some_and(char::is_uppercase);
        return capitalised
            && letters.chars().count() <= 6
            && initials(name).to_uppercase() == letters.to_uppercase();
    }
    let mut capitals = name.chars().filter(|c| c.is_uppercase());
    acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|a| capitals.any(|c| c == a))
}

/// Clusters with the indices of their candidates, in order of first mention.
pub fn cluster(finder: &Finder, found: &[Candidate]) -> Vec<(EntityCluster, Vec<usize>)> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let mut people = PersonIndex::default();
    let mut single_people: Vec<usize> = Vec::new();
    for (k, c) in found.iter().enumerate() {
        if c.kind == EntityKind::Person {
            let words = name_words(&c.form);
            if words.len() < 2 {
                single_people.push(k);
                continue;
            }
            let d = match people.find(&words) {
                Some(d) => {
                    add(&mut drafts[d], k, c);
                    d
                }
                None => {
                    drafts.push(new_draft(k, c, words.clone()));
                    drafts.len() - 1
                }
            };
            people.insert(&words, d, c.span.start);
            continue;
        }
        let key = c.key.clone().unwrap_or_else(|| form_key(c.kind, &c.form));
        match by_key.get(&key) {
            Some(&d) => add(&mut drafts[d], k, c),
            None => {
                by_key.insert(key.clone(), drafts.len());
                let words = c.form.split(' ').map(String::from).collect();
                drafts.push(new_draft(k, c, words));
            }
        }
    }
    // A lone name joins the person it names whose full name came last
    // before it, else the first one after it.
    for &k in &single_people {
        let c = &found[k];
        let w = c.form.as_str();
        match people.nearest(w, c.span.start) {
            Some(d) => add(&mut drafts[d], k, c),
            None => {
                let key = format!("person:{w}");
                match by_key.get(&key) {
                    Some(&d) => add(&mut drafts[d], k, c),
                    None => {
                        by_key.insert(key.clone(), drafts.len());
                        drafts.push(new_draft(k, c, vec![w.to_string()]));
                    }
                }
            }
        }
    }
    merge_variants(finder, found, &mut drafts);
    let mut out: Vec<(EntityCluster, Vec<usize>)> = drafts
        .into_iter()
        .filter(|d| !d.members.is_empty())
        .map(|mut d| {
            d.members.sort_by_key(|&m| found[m].span.start);
            let strongest = (0..4)
                .max_by_key(|&i| (d.votes[i], i == kind_index(d.kind)))
                .unwrap_or(0);
            let kind = if d.votes[strongest] > 0 {
                KINDS[strongest]
            } else {
                d.kind
            };
            let gender = d
                .members
                .iter()
                .map(|&m| found[m].gender)
                .find(|g| *g != Gender::Unknown)
                .unwrap_or(Gender::Unknown);
            let cluster = EntityCluster {
                kind,
                name: d.name.clone(),
                descriptors: Vec::new(),
                mentions: d.members.iter().map(|&m| found[m].span).collect(),
                gender,
            };
            (cluster, d.members)
        })
        .collect();
    out.sort_by_key(|(c, _)| c.mentions.first().map_or(0, |s| s.start));
    for (cluster, _) in &mut out {
        if cluster.kind == EntityKind::Person && cluster.gender == Gender::Unknown {
            let first = cluster.name.split(' ').next().unwrap_or_default();
            if cluster.name.contains(' ') {
                cluster.gender = finder.lex.first_name(first).unwrap_or(Gender::Unknown);
            }
        }
    }
    out
}

fn new_draft(k: usize, c: &Candidate, words: Vec<String>) -> Draft {
    let mut votes = [0; 4];
    votes[kind_index(c.kind)] = c.strength + 1;
    Draft {
        kind: c.kind,
        votes,
        name: c.form.clone(),
        words,
        members: vec![k],
    }
}

fn add(d: &mut Draft, k: usize, c: &Candidate) {
    d.members.push(k);
    let v = &mut d.votes[kind_index(c.kind)];
    *v = (*v).max(c.strength + 1);
    if fuller(&c.form, &d.name) {
        d.name = c.form.clone();
        if d.kind != EntityKind::Person {
            d.words = c.form.split(' ').map(String::from).collect();
        }
    }
}

/// Whether `a` is a fuller form of a name than `b`: more words, then longer,
/// and written as in running text rather than in capitals.
fn fuller(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split(' ').count();
    let shouting = |s: &str| s.len() > 4 && is_acronym(s.split(' ').next().unwrap_or_default());
    (words(a), a.len(), !shouting(a)) > (words(b), b.len(), !shouting(b))
}

/// Merge clusters of one organisation or place written two ways.
fn merge_variants(finder: &Finder, found: &[Candidate], drafts: &mut [Draft]) {
    let doc = finder.doc;
    let n = drafts.len();
    let mut into: Vec<Option<usize>> = vec![None; n];
    // Explicit acronyms: "Islamic Revolutionary Guard Corps (IRGC)".
    let mut owner: FxHashMap<usize, usize> = FxHashMap::default();
    for (d, draft) in drafts.iter().enumerate() {
        for &m in &draft.members {
            owner.insert(m, d);
        }
    }
    for (k, c) in found.iter().enumerate() {
        if c.end + 2 < doc.tokens.len() + 1
            && c.end + 2 <= doc.tokens.len()
            && doc.token_text(c.end) == "("
        {
            if let Some(next) = found.get(k + 1) {
                let closes = next.end < doc.tokens.len() && doc.token_text(next.end) == ")";
                let adjacent = next.first == c.end + 1 && closes;
                let organisations =
                    c.kind == EntityKind::Organization && next.kind == EntityKind::Organization;
                if let (Some(&a), Some(&b)) = (owner.get(&k), owner.get(&(k + 1))) {
                    // "Name (ACR)", or "ACR (Name)"
                    if adjacent
                        && a != b
                        && c.kind == EntityKind::Organization
                        && spells(&next.form, &c.form)
                    {
                        into[b] = Some(a);
                    } else if adjacent && a != b && organisations && spells(&c.form, &next.form) {
                        into[a] = Some(b);
                    }
                }
            }
        }
    }
    // Each longer organisation name under the short forms it allows.
    let mut variants: FxHashMap<String, usize> = FxHashMap::default();
    for (long, l) in drafts.iter().enumerate() {
        if l.kind != EntityKind::Organization || l.words.len() < 2 {
            continue;
        }
        variants
            .entry(format!("acronym:{}", initials(&l.name)))
            .or_insert(long);
        for i in 1..l.words.len() {
            let lead = l.words[..i].join(" ");
            if finder
                .lex
                .known(&lead)
                .is_some_and(|k| k.kind != EntityKind::Organization)
            {
                variants
                    .entry(format!("tail:{}", l.words[i..].join(" ")))
                    .or_insert(long);
            }
        }
        // "Rovers" for "Blackmoor Rovers": a club by its last word, when
        // only one club in the text ends in it
        if let Some(last) = l.words.last().filter(|w| CLUB_TAILS.contains(w)) {
            let probe = format!("tail:{last}");
            match variants.get(&probe) {
                Some(&other) if other != long => {
                    variants.insert(probe, usize::MAX); // two clubs: ambiguous
                }
                Some(_) => {}
                None => {
                    variants.insert(probe, long);
                }
            }
        }
        // "Ford" for "Ford Motor Co.", "Jupiter" for "Jupiter Research",
        // "Apple" for "Apple Computer"
        let headed = l
            .words
            .last()
            .is_some_and(|w| CORPORATE_ENDINGS.contains(w) || finder.lex.is_org_head(w));
        let known_first = finder
            .lex
            .known(&l.words[0])
            .is_some_and(|k| k.kind == EntityKind::Organization);
        // "Lumivane" for "Lumivane Semiconductor": a coined first word
        let coined_first = l.words.len() == 2
            && finder.lex.known(&l.words[0]).is_none()
            && finder.lex.first_name(&l.words[0]).is_none()
            && !finder.lex.is_common(&l.words[0]);
        if headed || known_first || coined_first {
            variants
                .entry(format!("corporate:{}", l.words[0]))
                .or_insert(long);
        }
    }
    for (short, s) in drafts.iter().enumerate() {
        if into[short].is_some() || s.kind != EntityKind::Organization {
            continue;
        }
        let single = s.words.len() == 1;
        let mut probes = vec![format!("tail:{}", s.words.join(" "))];
        if single && is_acronym(&s.name) {
            probes.push(format!("acronym:{}", s.name.replace('.', "")));
        }
        if single {
            probes.push(format!("corporate:{}", s.words[0]));
        }
        if let Some(&long) = probes.iter().find_map(|p| variants.get(p)) {
            if long != short && long != usize::MAX {
                into[short] = Some(long);
            }
        }
    }
    for d in 0..n {
        let mut target = d;
        let mut hops = 0;
        while let Some(t) = into[target] {
            target = t;
            hops += 1;
            if hops > n {
                break;
            }
        }
        if target != d {
            let members = std::mem::take(&mut drafts[d].members);
            let votes = drafts[d].votes;
            let name = drafts[d].name.clone();
            let t = &mut drafts[target];
            t.members.extend(members);
            for (mine, theirs) in t.votes.iter_mut().zip(votes) {
                *mine = (*mine).max(theirs);
            }
            if fuller(&name, &t.name) {
                t.name = name;
            }
        }
    }
}

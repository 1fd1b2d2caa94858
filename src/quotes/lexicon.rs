//! The word lists the quote layer reads: reporting verbs (the cues), role
//! nouns ("the minister") and organisation nouns ("the ministry").
//!
//! The lists live in `data/` as plain text, headed by their source and
//! licence, and are compiled in with `include_str!`; this module turns them
//! into hash sets once, on first use ([`Lexicon::shared`]).
//! Grammar words (pronouns, determiners, auxiliaries) are closed classes and
//! stay here as constants.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use crate::document::with_lower_case;

const REPORTING_VERBS: &str = include_str!("../../data/reporting_verbs.txt");
const ROLE_NOUNS: &str = include_str!("../../data/role_nouns.txt");
const ORG_NOUNS: &str = include_str!("../../data/org_nouns.txt");

/// How a cue word reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueStrength {
    /// A reporting verb wherever it stands in the clause ("said", "told").
    Strong,
    /// Only right beside the quote ("“…,” he continued", "signs reading “…”").
    Weak,
}

/// The word lists, as sets of lower-case words.
#[derive(Debug)]
pub struct Lexicon {
    verbs: FxHashSet<&'static str>,
    weak_verbs: FxHashSet<&'static str>,
    /// Cues of reported speech only: "found", "shows" (tagged `@reported`).
    reported_verbs: FxHashSet<&'static str>,
    /// Cues whose object is a clause ("said the plan failed"; tagged `@clause`).
    clause_verbs: FxHashSet<&'static str>,
    roles: FxHashSet<&'static str>,
    org_nouns: FxHashSet<&'static str>,
    generic_org_nouns: FxHashSet<&'static str>,
}

/// Lines of a data file without comments, and whether each is marked `@tag`.
fn entries(data: &'static str) -> impl Iterator<Item = (Option<&'static str>, &'static str)> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|line| {
            let (tag, rest) = match line.trim_start().strip_prefix('@') {
                Some(tagged) => match tagged.split_once(char::is_whitespace) {
                    Some((tag, rest)) => (Some(tag), rest),
                    None => (Some(tagged), ""),
                },
                None => (None, line),
            };
            rest.split_whitespace().map(move |w| (tag, w))
        })
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

impl Lexicon {
    /// The word lists, built on first use and shared after.
    pub fn shared() -> &'static Lexicon {
        static SHARED: OnceLock<Lexicon> = OnceLock::new();
        SHARED.get_or_init(Lexicon::new)
    }

    pub fn new() -> Lexicon {
        let mut lexicon = Lexicon {
            verbs: FxHashSet::default(),
            weak_verbs: FxHashSet::default(),
            reported_verbs: FxHashSet::default(),
            clause_verbs: FxHashSet::default(),
            roles: FxHashSet::default(),
            org_nouns: FxHashSet::default(),
            generic_org_nouns: FxHashSet::default(),
        };
        for (tag, w) in entries(REPORTING_VERBS) {
            match tag {
                Some("weak") => lexicon.weak_verbs.insert(w),
                Some("reported") => lexicon.reported_verbs.insert(w),
                Some("clause") => lexicon.clause_verbs.insert(w),
                _ => lexicon.verbs.insert(w),
            };
        }
        lexicon.roles.extend(entries(ROLE_NOUNS).map(|(_, w)| w));
        for (tag, w) in entries(ORG_NOUNS) {
            match tag {
                Some("generic") => lexicon.generic_org_nouns.insert(w),
                _ => lexicon.org_nouns.insert(w),
            };
        }
        lexicon
    }

    /// Whether `word` (any case) is a reporting verb, and how strong.
    pub fn cue(&self, word: &str) -> Option<CueStrength> {
        if !word.chars().next().is_some_and(char::is_alphabetic) || word.len() > 20 {
            return None;
        }
        with_lower_case(word, |lower| {
            if self.verbs.contains(lower) {
                Some(CueStrength::Strong)
            } else if self.weak_verbs.contains(lower) {
                Some(CueStrength::Weak)
            } else {
                None
            }
        })
    }

    /// Whether `word` (any case) reports a statement without quoting it
    /// ("the report found", "polls show"), beyond the quote cues.
    pub fn is_reported_cue(&self, word: &str) -> bool {
        word.len() <= 20 && with_lower_case(word, |lower| self.reported_verbs.contains(lower))
    }

    /// Whether the cue `word` (any case) takes a clause as its object.
    pub fn takes_clause(&self, word: &str) -> bool {
        word.len() <= 20 && with_lower_case(word, |lower| self.clause_verbs.contains(lower))
    }

    /// Whether `word` names a person's role ("minister", "spokeswoman").
    pub fn is_role(&self, word: &str) -> bool {
        with_lower_case(word, |lower| self.roles.contains(lower))
    }

    /// Whether `word` names a kind of organisation that must appear in the
    /// organisation's name ("ministry").
    pub fn is_org_noun(&self, word: &str) -> bool {
        with_lower_case(word, |lower| self.org_nouns.contains(lower))
    }

    /// Whether `word` may stand for any organisation ("the company").
    pub fn is_generic_org_noun(&self, word: &str) -> bool {
        with_lower_case(word, |lower| self.generic_org_nouns.contains(lower))
    }
}

/// Words between a subject and its verb that do not change who speaks.
pub const BEFORE_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "also",
    "later",
    "then",
    "previously",
    "again",
    "once",
    "further",
    "recently",
    "just",
    "repeatedly",
    "publicly",
    "earlier",
    "separately",
    "reportedly",
    "would",
    "will",
    "could",
    "might",
    "may",
    "should",
    "can",
    "did",
    "does",
    "do",
    "not",
    "never",
    "already",
    "often",
    "frequently",
    "famously",
    "simply",
    "only",
    "himself",
    "herself",
    "themselves",
    "first",
    "subsequently",
    "immediately",
    "quickly",
    "privately",
    "openly",
    "bluntly",
    "flatly",
    "angrily",
    "calmly",
    "quietly",
    "proudly",
    "happily",
    "sadly",
    "tearfully",
    "jokingly",
    "firmly",
    "originally",
    "initially",
    "finally",
    "since",
    "still",
    "even",
    "been",
    "being",
    "formally",
    "officially",
    "explicitly",
    "specifically",
    "directly",
    "personally",
];

/// Days, months and relative times that may sit between subject and verb
/// ("Obama on Friday declared").
pub const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "today",
    "tonight",
    "week",
    "past",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
];

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "one",
    "another", "some", "these", "those",
];

/// Pronouns that can be the subject of a reporting verb.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = Lexicon::new();
        assert_eq!(l.cue("said"), Some(CueStrength::Strong));
        assert_eq!(l.cue("Told"), Some(CueStrength::Strong));
        assert_eq!(l.cue("continued"), Some(CueStrength::Weak));
        assert_eq!(l.cue("table"), None);
        assert_eq!(l.cue("found"), None, "a reported-speech cue only");
        assert!(l.is_reported_cue("Found"));
        assert!(l.takes_clause("said") && !l.takes_clause("called"));
        assert!(l.is_role("Minister"));
        assert!(l.is_org_noun("ministry"));
        assert!(l.is_generic_org_noun("company"));
        assert!(!l.is_generic_org_noun("ministry"));
    }
}

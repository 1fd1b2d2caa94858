//! The word lists the quote layer reads: reporting verbs (the cues), role
//! and person nouns ("the minister", "the teenager") with the gender each
//! shows, and organisation nouns ("the ministry").
//!
//! The lists live in `data/` in the one format (`data/README.md`), headed by
//! their source and licence, and are read through [`crate::lexicon`]: each
//! reading is a tagged part of one list, so the entity layer reads the same
//! files for its own parts (`data/reporting_verbs.txt`, `data/roles.txt`,
//! `data/org_nouns.txt`), and its own short lists from `data/quotes/`.
//! Determiners and subject pronouns are closed classes and stay here as
//! constants.

use crate::document::with_lower_case;
use crate::entities::Gender;
use crate::lexicon::{lists, Table, Words};

static STRONG_CUES: Words = Words::tagged(lists::REPORTING_VERBS, "strong");
static WEAK_CUES: Words = Words::tagged(lists::REPORTING_VERBS, "weak");
static REPORTED_CUES: Words = Words::tagged(lists::REPORTING_VERBS, "reported");
static CLAUSE_CUES: Words = Words::tagged(lists::REPORTING_VERBS, "clause");
static SPEAKER_ROLES: Words = Words::tagged(lists::ROLES, "speaker");
static PERSON_NOUNS: Words = Words::tagged(lists::ROLES, "person");
/// The gender each noun of `data/roles.txt` shows (its second field).
static ROLE_GENDERS: Table<Gender> = Table::new(lists::ROLES, |rest| {
    Some(Gender::from_code(rest.split('|').next()?.trim()))
});
static OWN_ORG_NOUNS: Words = Words::tagged(lists::ORG_NOUNS, "own");
static GENERIC_ORG_NOUNS: Words = Words::tagged(lists::ORG_NOUNS, "generic");
static PUBLIC_ORG_NOUNS: Words = Words::tagged(lists::ORG_NOUNS, "public");

/// Letters after a name that only a person has ("Nicholas Pryce KC", "Tom
/// Hart Jr"), whatever kind the entity layer gave the name; matched as
/// written.
pub static POST_NOMINALS: Words = Words::new(lists::POST_NOMINALS);

/// How a cue word reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueStrength {
    /// A reporting verb wherever it stands in the clause ("said", "told").
    Strong,
    /// Only right beside the quote ("“…,” he continued", "signs reading “…”").
    Weak,
}

/// The quote layer's readings of the word lists, each compared in lower
/// case. (The sets behind it are the lexicon's, built on first use.)
#[derive(Debug, Default)]
pub struct Lexicon;

impl Lexicon {
    /// The word lists, shared.
    pub fn shared() -> &'static Lexicon {
        static SHARED: Lexicon = Lexicon;
        &SHARED
    }

    /// Whether `word` (any case) is a reporting verb, and how strong.
    pub fn cue(&self, word: &str) -> Option<CueStrength> {
        if !word.chars().next().is_some_and(char::is_alphabetic) || word.len() > 20 {
            return None;
        }
        with_lower_case(word, |lower| {
            if STRONG_CUES.contains(lower) {
                Some(CueStrength::Strong)
            } else if WEAK_CUES.contains(lower) {
                Some(CueStrength::Weak)
            } else {
                None
            }
        })
    }

    /// Whether `word` (any case) reports a statement without quoting it
    /// ("the report found", "polls show"), beyond the quote cues.
    pub fn is_reported_cue(&self, word: &str) -> bool {
        word.len() <= 20 && with_lower_case(word, |lower| REPORTED_CUES.contains(lower))
    }

    /// Whether the cue `word` (any case) takes a clause as its object.
    pub fn takes_clause(&self, word: &str) -> bool {
        word.len() <= 20 && with_lower_case(word, |lower| CLAUSE_CUES.contains(lower))
    }

    /// Whether `word` names a person's role ("minister", "spokeswoman").
    pub fn is_role(&self, word: &str) -> bool {
        with_lower_case(word, |lower| SPEAKER_ROLES.contains(lower))
    }

    /// Whether `lower` (lower case) names a person by age or sex, not by
    /// role ("teenager", "woman", "widow"): "the teenager said" is the
    /// latest person named.
    pub fn is_person_noun(&self, lower: &str) -> bool {
        PERSON_NOUNS.contains(lower)
    }

    /// The gender a role or person noun (lower case) shows: "spokeswoman"
    /// and "widow" female, "king" male, "minister" and any word not in
    /// `data/roles.txt` neither.
    pub fn noun_gender(&self, lower: &str) -> Gender {
        ROLE_GENDERS.get(lower).unwrap_or(Gender::Unknown)
    }

    /// Whether `word` names a kind of organisation that must appear in the
    /// organisation's name ("ministry").
    pub fn is_org_noun(&self, word: &str) -> bool {
        with_lower_case(word, |lower| OWN_ORG_NOUNS.contains(lower))
    }

    /// Whether `word` names a kind of public body ("agency", "ministry").
    pub fn is_public_org_noun(&self, word: &str) -> bool {
        with_lower_case(word, |lower| PUBLIC_ORG_NOUNS.contains(lower))
    }

    /// Whether `word` may stand for any organisation ("the company").
    pub fn is_generic_org_noun(&self, word: &str) -> bool {
        with_lower_case(word, |lower| GENERIC_ORG_NOUNS.contains(lower))
    }
}

/// Words between a subject and its verb that do not change who speaks.
pub static BEFORE_VERB: &Words = &BEFORE_VERB_WORDS;
static BEFORE_VERB_WORDS: Words = Words::new(lists::QUOTES_BEFORE_VERB);

/// Verbs that lend their subject to a cue after "to": "went on to say".
pub static LIGHT_VERBS: &Words = &LIGHT_VERB_LIST;
static LIGHT_VERB_LIST: Words = Words::new(lists::QUOTES_LIGHT_VERBS);

/// Days, months and relative times that may sit between subject and verb
/// ("Obama on Friday declared").
pub static TIME_WORDS: &Words = &TIME_WORD_LIST;
static TIME_WORD_LIST: Words = Words::new(lists::QUOTES_TIME_WORDS);

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "one",
    "another", "some", "these", "those",
];

/// Determiners that introduce someone unnamed: "a spokesman", "one
/// Republican", "another official".
pub const INDEFINITES: &[&str] = &["a", "an", "one", "another"];

/// Pronouns that can be the subject of a reporting verb.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = Lexicon::shared();
        assert_eq!(l.cue("said"), Some(CueStrength::Strong));
        assert_eq!(l.cue("Told"), Some(CueStrength::Strong));
        assert_eq!(l.cue("continued"), Some(CueStrength::Weak));
        assert_eq!(l.cue("table"), None);
        assert_eq!(l.cue("found"), None, "a reported-speech cue only");
        assert!(l.is_reported_cue("Found"));
        assert!(l.takes_clause("said") && !l.takes_clause("called"));
        assert!(l.is_role("Minister"));
        assert_eq!(l.noun_gender("spokeswoman"), Gender::Female);
        assert_eq!(l.noun_gender("prince"), Gender::Male);
        assert_eq!(l.noun_gender("minister"), Gender::Unknown);
        assert_eq!(l.noun_gender("tablecloth"), Gender::Unknown);
        assert!(l.is_person_noun("teenager") && l.is_person_noun("widow"));
        assert!(!l.is_person_noun("minister") && !l.is_role("teenager"));
        assert!(ROLE_GENDERS.unreadable().is_empty());
        assert!(l.is_org_noun("ministry"));
        assert!(l.is_generic_org_noun("company"));
        assert!(!l.is_generic_org_noun("ministry"));
    }
}

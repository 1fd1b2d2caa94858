//! The words the reported-speech rules read: each list a file of
//! `data/quotes/` in the one format (`data/README.md`), read through
//! [`crate::lexicon`] as a [`Words`](crate::lexicon::Words) set and compared with a token in lower
//! case. Object pronouns, the forms of "ask" and of "be" are closed classes a
//! rule names for itself and stay here as constants, like the determiners and
//! subject pronouns of [`crate::quotes::lexicon`].

use crate::lexicon::{lists, words};

words! {
    /// Finite verbs that show content is a clause, not a phrase ("called the
    /// plan a disaster" reports no statement).
    FINITE = QUOTES_FINITE_VERBS;
    /// Plural nouns for people with no plural ending ("people", "staff"):
    /// a source as plausible as "officials".
    PEOPLE_PLURALS = FIGURES_PEOPLE_PLURALS;
    /// Common irregular past forms, finite verbs with no "-ed" to show it.
    IRREGULAR_PAST = QUOTES_IRREGULAR_PAST;
    /// Words that cannot open reported content after "said": "said of the
    /// plan", "said nothing", "said so".
    NOT_CONTENT_START = QUOTES_NOT_CONTENT_START;
    /// Words that open a clause complement as its first word.
    CLAUSE_WORDS = QUOTES_CLAUSE_WORDS;
    /// Cues that take the hearer as object before the content.
    HEARER_CUES = QUOTES_HEARER_CUES;
    /// Words before a cue that negate it or make it no report: "did not say
    /// whether", "declined to say".
    NEGATORS = QUOTES_NEGATORS;
    /// Prepositions inside the phrase naming a source: "officials at the
    /// ministry", "an inquiry into the fire".
    LINKING_PREPOSITIONS = QUOTES_LINKING_PREPOSITIONS;
    /// Words that may stand between a cue and its "that": "said in a
    /// statement that", "said on Tuesday that", "said, however, that".
    ADVERBIAL_OPENERS = QUOTES_ADVERBIAL_OPENERS;
    /// Words opening a setting rather than content: "At a rally, Smith said,
    /// “…”".
    SETTING_OPENERS = QUOTES_SETTING_OPENERS;
    /// Words opening a subordinate clause: "While most were …, according to
    /// X, two were …" reports the main clause.
    SUBORDINATORS = QUOTES_SUBORDINATORS;
    /// Nouns for documents and polls that state findings.
    DOCUMENT_NOUNS = QUOTES_DOCUMENT_NOUNS;
    /// Verbs of findings, which also name finding or showing things ("found
    /// shelter", "showed the way", "ruled the island").
    FINDING_VERBS = QUOTES_FINDING_VERBS;
    /// Units of time: "said the day after the vote" gives a time, not content.
    TIME_SPANS = QUOTES_TIME_SPANS;
}

/// Words opening the short first part of split content whose second part
/// is a quote: "In other words, he said, “…”", "As for the budget, she
/// said, “…”". Other openers are settings ("At a rally, he said, “…”").
/// One phrase a line, its words separated by a space.
pub(super) const DISCOURSE_LEADS: &str = lists::QUOTES_DISCOURSE_LEADS;

/// Objects of "told" and the like: who was told, not what.
pub(super) const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];

/// Cues that report a question.
pub(super) const ASK: &[&str] = &["ask", "asks", "asked", "asking"];

/// Words before a cue that make it passive: "was told", "were informed".
pub(super) const PASSIVE: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];

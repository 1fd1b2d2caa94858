//! The words the speaker rules read: each list a file of `data/quotes/`
//! in the one format (`data/README.md`), read through [`crate::lexicon`] as
//! a [`Words`](crate::lexicon::Words) set and compared with a token in lower case. Conjunctions,
//! relative words and modals are closed classes a rule names for itself
//! and stay here as constants, like the determiners and subject pronouns of
//! [`crate::quotes::lexicon`].

use crate::lexicon::words;

words! {
    /// Prepositions that put a name inside a longer noun phrase.
    PREPOSITIONS = QUOTES_NAME_PREPOSITIONS;
    /// Verbs that report a request when an infinitive follows.
    REQUEST_VERBS = QUOTES_REQUEST_VERBS;
    /// Nouns for a message, after which a participle ("a statement saying")
    /// takes the clause's subject.
    COMMUNICATION_NOUNS = QUOTES_MESSAGE_NOUNS;
    /// Words that end the subject after a cue in an inversion: "said Smith
    /// on Tuesday", "said Smith, who …".
    INVERSION_STOPS = QUOTES_INVERSION_STOPS;
    /// Words right before a participle cue that are not a noun doing it
    /// ("while saying", "and then adding").
    NOT_PARTICIPLE_SUBJECTS = QUOTES_NOT_PARTICIPLE_SUBJECTS;
    /// Words that qualify a person by a phrase after them ("people
    /// familiar with the talks"): the noun before them heads the phrase.
    POSTMODIFIERS = QUOTES_POSTMODIFIERS;
}

/// Words that open a new clause after a quote: a cue beyond them belongs
/// to that clause, not to the quote.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "which", "that", "to", "because", ";", "while", "whereas", "although", "though", "since",
    "after", "before", "when", "if", "unless", "as", "where",
];

/// Words that end a noun phrase read backwards.
pub(super) const NP_STOPS: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "when", "as", "if", "while", "because",
];

/// Words before a verb that make it no finite report: "to predict".
pub(super) const NOT_FINITE: &[&str] = &[
    "to", "not", "would", "could", "might", "may", "will", "can", "should",
];

/// Cues naming a source that passes words on, not the speaker of them.
pub(super) const SOURCE_CUES: &[&str] = &["reported", "reports", "according"];

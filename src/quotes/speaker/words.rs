//! The words the speaker rules read.

/// Prepositions that put a name inside a longer noun phrase.
pub(super) const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "from", "outside", "inside", "near", "across", "for", "with", "on", "to",
    "by", "about", "against", "within", "around", "behind", "into", "over", "under",
];

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

/// Verbs that report a request when an infinitive follows.
pub(super) const REQUEST_VERBS: &[&str] = &[
    "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "tell", "tells", "told",
    "telling",
];

/// Nouns for a message, after which a participle ("a statement saying")
/// takes the clause's subject.
pub(super) const COMMUNICATION_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "post",
    "tweet",
    "letter",
    "message",
    "release",
    "video",
    "speech",
    "email",
    "note",
    "memo",
    "report",
    "op-ed",
    "column",
    "briefing",
];

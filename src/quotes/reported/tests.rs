//! The reported-speech layer's cases: one table of sentences, the people
//! named in them and the attributions expected, run by one loop; and a check
//! that `data/reported_cues.txt` reads.

use super::super::tests::entity;
use crate::document::Document;
use crate::entities::Gender;
use crate::model::EntityKind;

/// (sentence, people named in it, expected attributions as (content,
/// speaker's name or words, cue, kind)).
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static str, &'static str, &'static str)],
);

const CASES: &[Case] = &[
    // A time between the cue and its "that".
    (
        "Mara Lind said in May that the bridge would reopen. A survey found in 2019 that \
         the piers were cracked.",
        &["Mara Lind"],
        &[
            ("the bridge would reopen", "Mara Lind", "said", "indirect"),
            ("the piers were cracked", "A survey", "found", "indirect"),
        ],
    ),
    // A cue in a relative clause: its subject past an age, its content
    // ending before the sentence's own verb, past an aside of its own.
    (
        "Mara Lind, 79, who announced in January that she would not run again, has not \
         endorsed anyone.",
        &["Mara Lind"],
        &[(
            "she would not run again",
            "Mara Lind",
            "announced",
            "indirect",
        )],
    ),
    (
        "Mara Lind, who said the plan, which was late, would fail, was right.",
        &["Mara Lind"],
        &[(
            "the plan, which was late, would fail",
            "Mara Lind",
            "said",
            "indirect",
        )],
    ),
    // A cue in a clause opening the sentence: its content ends before the
    // main clause, not before a list; an adverb and a contracted
    // auxiliary stand between subject and cue.
    (
        "While Mara Lind wrongly claimed that the bridge was safe, engineers warned that it \
         would fail.",
        &["Mara Lind"],
        &[
            ("the bridge was safe", "Mara Lind", "claimed", "indirect"),
            ("it would fail", "engineers", "warned", "indirect"),
        ],
    ),
    (
        "Although Mara Lind said prices, wages and rents rose, the council held firm.",
        &["Mara Lind"],
        &[(
            "prices, wages and rents rose",
            "Mara Lind",
            "said",
            "indirect",
        )],
    ),
    (
        "Mara Lind spoke on Monday. She’s said the bridge will reopen.",
        &["Mara Lind"],
        &[("the bridge will reopen", "-", "said", "indirect")],
    ),
    // "accepted that" reports; "accepted the offer" does not.
    (
        "Under questioning, Mara Lind accepted that the bridge had not been inspected.",
        &["Mara Lind"],
        &[(
            "the bridge had not been inspected",
            "Mara Lind",
            "accepted",
            "indirect",
        )],
    ),
    (
        "Mara Lind accepted the offer and left.",
        &["Mara Lind"],
        &[],
    ),
    // X said (that) …
    (
        "Mara Lind said the bridge would reopen in May.",
        &["Mara Lind"],
        &[(
            "the bridge would reopen in May",
            "Mara Lind",
            "said",
            "indirect",
        )],
    ),
    (
        "Mara Lind told reporters that the bridge was safe.",
        &["Mara Lind"],
        &[("the bridge was safe", "Mara Lind", "told", "indirect")],
    ),
    (
        "Mara Lind warned on Tuesday that the tunnel could flood.",
        &["Mara Lind"],
        &[("the tunnel could flood", "Mara Lind", "warned", "indirect")],
    ),
    (
        "Mara Lind flatly denied that she had seen the letters.",
        &["Mara Lind"],
        &[(
            "she had seen the letters",
            "Mara Lind",
            "denied",
            "indirect",
        )],
    ),
    // According to X, …  and  …, according to X.
    (
        "According to Mara Lind, the repairs cost £3 million.",
        &["Mara Lind"],
        &[(
            "the repairs cost £3 million",
            "Mara Lind",
            "According to",
            "indirect",
        )],
    ),
    (
        "The repairs cost £3 million, according to the ministry.",
        &[],
        &[(
            "The repairs cost £3 million",
            "the ministry",
            "according to",
            "indirect",
        )],
    ),
    // …, X said.  and  …, said X.
    (
        "The bridge will reopen in May, Mara Lind said on Friday.",
        &["Mara Lind"],
        &[(
            "The bridge will reopen in May",
            "Mara Lind",
            "said",
            "indirect",
        )],
    ),
    (
        "The bridge will reopen in May, said a spokesman for the council.",
        &[],
        &[(
            "The bridge will reopen in May",
            "a spokesman for the council",
            "said",
            "indirect",
        )],
    ),
    // Content split by its source: the longer part stands for it.
    (
        "The bridge, Mara Lind said, is older than the town itself.",
        &["Mara Lind"],
        &[(
            "is older than the town itself",
            "Mara Lind",
            "said",
            "indirect",
        )],
    ),
    // Documents and unnamed sources.
    (
        "The report found that the pier had been neglected for years.",
        &[],
        &[(
            "the pier had been neglected for years",
            "The report",
            "found",
            "indirect",
        )],
    ),
    (
        "Port officials say that the ship carried 400 tonnes of grain.",
        &[],
        &[(
            "the ship carried 400 tonnes of grain",
            "Port officials",
            "say",
            "indirect",
        )],
    ),
    // A pronoun resolved as for quotes.
    (
        "Tom Hale arrived late. He said the tunnel was closed.",
        &["Tom Hale"],
        &[("the tunnel was closed", "Tom Hale", "said", "indirect")],
    ),
    // A light verb lends the cue its subject.
    (
        "Tom Hale went on to say that the tunnel was closed.",
        &["Tom Hale"],
        &[("the tunnel was closed", "Tom Hale", "say", "indirect")],
    ),
    // Two statements in one sentence, and a question.
    (
        "Mara Lind said the bridge was safe, adding that the tunnel would reopen.",
        &["Mara Lind"],
        &[
            ("the bridge was safe", "Mara Lind", "said", "indirect"),
            ("the tunnel would reopen", "Mara Lind", "adding", "indirect"),
        ],
    ),
    (
        "Mara Lind asked whether the tunnel was safe.",
        &["Mara Lind"],
        &[(
            "whether the tunnel was safe",
            "Mara Lind",
            "asked",
            "indirect",
        )],
    ),
    // Mixed: a partial quote inside the content.
    (
        "Mara Lind said the bridge was “perfectly sound” after the storm.",
        &["Mara Lind"],
        &[(
            "the bridge was “perfectly sound” after the storm",
            "Mara Lind",
            "said",
            "mixed",
        )],
    ),
    // A headline giving a source's words after a colon.
    (
        "Mara Lind: Bridge Is Safe for Now",
        &["Mara Lind"],
        &[("Bridge Is Safe for Now", "Mara Lind", ":", "indirect")],
    ),
    // An object that holds a clause, past the cue's particle; an
    // object that is a phrase, or whose only verb follows ", which",
    // is no statement.
    (
        "Tom Rale blamed Greg Miller for the fire that spread in May.",
        &["Tom Rale", "Greg Miller"],
        &[(
            "Greg Miller for the fire that spread in May",
            "Tom Rale",
            "blamed",
            "indirect",
        )],
    ),
    (
        "Tom Rale, a roofer, blamed Greg Miller for the fire that spread in May.",
        &["Tom Rale", "Greg Miller"],
        &[(
            "Greg Miller for the fire that spread in May",
            "Tom Rale",
            "blamed",
            "indirect",
        )],
    ),
    (
        "Mara Lind talked about how the bridge would be repaired.",
        &["Mara Lind"],
        &[(
            "how the bridge would be repaired",
            "Mara Lind",
            "talked",
            "indirect",
        )],
    ),
    (
        "Mara Lind blamed the council for the delay.",
        &["Mara Lind"],
        &[],
    ),
    (
        "Mara Lind praised the plan, which was approved in May.",
        &["Mara Lind"],
        &[],
    ),
    (
        "The harbour board responded to the attacks by pointing to a plan that would build homes.",
        &[],
        &[(
            "a plan that would build homes",
            "The harbour board",
            "pointing",
            "indirect",
        )],
    ),
    (
        "Noting that the bridge was old, Mara Lind urged caution.",
        &["Mara Lind"],
        &[("the bridge was old", "Mara Lind", "Noting", "indirect")],
    ),
    // Speech nouns: the owner speaks; a relative clause is no content.
    (
        "Tom Hale arrived late. He repeated his claim that the tunnel was unsafe.",
        &["Tom Hale"],
        &[("the tunnel was unsafe", "Tom Hale", "claim", "indirect")],
    ),
    (
        "Officials dismissed Mara Lind's warning that the dam could fail.",
        &["Mara Lind"],
        &[("the dam could fail", "Mara Lind", "warning", "indirect")],
    ),
    (
        "Despite Mara Lind's claim that the dam was sound, the council closed it.",
        &["Mara Lind"],
        &[("the dam was sound", "Mara Lind", "claim", "indirect")],
    ),
    (
        "Mara Lind repeated the claim that was made in May.",
        &["Mara Lind"],
        &[],
    ),
    // A question put by an unnamed asker, unless a direct answer
    // follows (then it is the quote's setting).
    (
        "Asked whether the bridge was safe, Mara Lind shrugged.",
        &["Mara Lind"],
        &[("whether the bridge was safe", "-", "Asked", "indirect")],
    ),
    (
        "Asked whether the bridge was safe, Mara Lind said, “It is.”",
        &["Mara Lind"],
        &[],
    ),
    // A short lead the quote completes; a setting leaves a quote only.
    (
        "In other words, Mara Lind said, “the bridge is finished.”",
        &["Mara Lind"],
        &[("the bridge is finished.", "Mara Lind", "said", "mixed")],
    ),
    (
        "No repair, Mara Lind said, “will last the winter.”",
        &["Mara Lind"],
        &[("will last the winter.", "Mara Lind", "said", "mixed")],
    ),
    (
        "At the meeting, Mara Lind said, “The bridge is finished.”",
        &["Mara Lind"],
        &[],
    ),
    // Where a content ends: before a lone dash and a remark, after who
    // was told.
    (
        "Mara Lind said the bridge was safe — a relief for the town.",
        &["Mara Lind"],
        &[("the bridge was safe", "Mara Lind", "said", "indirect")],
    ),
    (
        "The bridge will reopen in May, Mara Lind told reporters.",
        &["Mara Lind"],
        &[(
            "The bridge will reopen in May",
            "Mara Lind",
            "told",
            "indirect",
        )],
    ),
    // An object ends before a remark on it.
    (
        "The council released 300 pages of letters that the mayor kept, with more to follow.",
        &[],
        &[(
            "300 pages of letters that the mayor kept",
            "The council",
            "released",
            "indirect",
        )],
    ),
    // Polls: opening the sentence (a statement opening it is a
    // setting), running past ", while", ending in a percentage;
    // rulings; "reportedly".
    (
        "In a spring poll, Lind led Hale by nine points.",
        &[],
        &[(
            "Lind led Hale by nine points",
            "a spring poll",
            "In",
            "indirect",
        )],
    ),
    (
        "In a statement, Mara Lind said the bridge was safe.",
        &["Mara Lind"],
        &[("the bridge was safe", "Mara Lind", "said", "indirect")],
    ),
    (
        "A new poll showed Lind ahead of Hale, 32%-25%, while Moss was at 18%.",
        &[],
        &[(
            "Lind ahead of Hale, 32%-25%, while Moss was at 18%",
            "A new poll",
            "showed",
            "indirect",
        )],
    ),
    (
        "The judge ruled that the ferry could sail on Sundays.",
        &[],
        &[(
            "the ferry could sail on Sundays",
            "The judge",
            "ruled",
            "indirect",
        )],
    ),
    (
        "In the end, the firm has reportedly sold more than 40 mills, leaving the valley idle.",
        &[],
        &[("sold more than 40 mills", "-", "reportedly", "indirect")],
    ),
    // Not reported speech: whole quotes, mental states, negations,
    // phrases, requests, a finding verb about things, a time.
    (
        "“The bridge is sound,” Mara Lind said.",
        &["Mara Lind"],
        &[],
    ),
    (
        "Mara Lind believes the bridge is safe.",
        &["Mara Lind"],
        &[],
    ),
    (
        "Mara Lind fears that the tunnel could flood.",
        &["Mara Lind"],
        &[],
    ),
    (
        "Mara Lind wants the council to resign.",
        &["Mara Lind"],
        &[],
    ),
    (
        "Mara Lind did not say whether the bridge was safe.",
        &["Mara Lind"],
        &[],
    ),
    (
        "Mara Lind declined to say when the bridge would open.",
        &["Mara Lind"],
        &[],
    ),
    ("Mara Lind called the plan a disaster.", &["Mara Lind"], &[]),
    ("Mara Lind told the council to resign.", &["Mara Lind"], &[]),
    ("The divers found the wreck on Monday.", &[], &[]),
    (
        "Tom Hale found shelter in a barn and waited.",
        &["Tom Hale"],
        &[],
    ),
    (
        "Tom Hale wrote the day after the storm hit the pier.",
        &["Tom Hale"],
        &[],
    ),
];

#[test]
fn reported_cues_read() {
    let bad: Vec<_> = super::REPORTED_CUES
        .entries()
        .filter(|(_, kind)| {
            *kind != "noun"
                && !kind
                    .strip_prefix("object")
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .map(|(word, _)| word)
        .collect();
    assert!(
        super::REPORTED_CUES.unreadable().is_empty() && bad.is_empty(),
        "{bad:?}"
    );
}

#[test]
fn reported_speech_patterns() {
    let mut failures = Vec::new();
    for &(text, people, expected) in CASES {
        let entities: Vec<_> = people
            .iter()
            .map(|&name| {
                let short = name.rsplit(' ').next().unwrap_or(name);
                entity(text, EntityKind::Person, &[name, short], Gender::Male)
            })
            .collect();
        let doc = Document::parse(text);
        let got: Vec<(String, String, String, String)> =
            super::super::find_statements(&doc, &entities)
                .attributions
                .into_iter()
                .map(|a| {
                    let speaker = a
                        .speaker
                        .map(|e| entities[e].name.clone())
                        .or(a.speaker_text)
                        .unwrap_or_else(|| "-".into());
                    (
                        doc.slice(a.span).to_string(),
                        speaker,
                        a.cue.unwrap_or_default(),
                        a.kind.as_str().to_string(),
                    )
                })
                .collect();
        let want: Vec<(String, String, String, String)> = expected
            .iter()
            .map(|&(c, s, q, k)| (c.into(), s.into(), q.into(), k.into()))
            .collect();
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn word_lists_read() {
    use super::words::*;
    use crate::lexicon::{entries, WordSet};
    use crate::quotes::lexicon::LIGHT_VERBS;
    let lists: [(&crate::lexicon::Words, &str); 14] = [
        (FINITE, "wouldn't"),
        (IRREGULAR_PAST, "took"),
        (NOT_CONTENT_START, "nothing"),
        (CLAUSE_WORDS, "whether"),
        (HEARER_CUES, "told"),
        (NEGATORS, "declined"),
        (LINKING_PREPOSITIONS, "into"),
        (ADVERBIAL_OPENERS, "repeatedly"),
        (SETTING_OPENERS, "outside"),
        (SUBORDINATORS, "although"),
        (DOCUMENT_NOUNS, "survey"),
        (FINDING_VERBS, "showed"),
        (LIGHT_VERBS, "went"),
        (TIME_SPANS, "weeks"),
    ];
    for (list, word) in lists {
        assert!(list.has(word), "{word}");
    }
    assert!(entries(DISCOURSE_LEADS).any(|(lead, _)| lead == "in other words"));
}

//! What the text says a person or an organisation is: role phrases,
//! titles, appositives and relative clauses, as tables of (text, name,
//! descriptors), written by the team.

use super::*;

/// Find `name` in `text` and check its descriptors, case by case.
fn check(cases: &[(&str, &str, &[&str])]) {
    for &(text, name, expected) in cases {
        let doc = Document::parse(text);
        let found = find(&doc);
        let entity = found.iter().find(|e| e.name == name).expect(name);
        assert_eq!(entity.descriptors, expected, "{text}");
    }
}

#[test]
fn descriptors_news_gives_in_other_ways() {
    let cases: &[(&str, &str, &[&str])] = &[
        // a relative clause after the name
        (
            "Ana Ruiz, who represents the families, said no.",
            "Ana Ruiz",
            &["who represents the families"],
        ),
        // where the person works
        (
            "Tiago Silva of the Catholic University of Lisbon said yes.",
            "Tiago Silva",
            &["of the Catholic University of Lisbon"],
        ),
        (
            "Grace Hope of the insurance union Unite said so.",
            "Grace Hope",
            &["of the insurance union Unite"],
        ),
        // "Ex-" titles as "former" does
        (
            "Ex-Minister Paulo Rocha said so.",
            "Paulo Rocha",
            &["Ex-Minister"],
        ),
        // a role in the next sentence, with a modifier
        (
            "Jake Tapper spoke first. The CNN host asked about taxes.",
            "Jake Tapper",
            &["The CNN host"],
        ),
        // relations: an opponent, a grandson
        (
            "She faces her opponent, Tom Vance, today.",
            "Tom Vance",
            &["her opponent"],
        ),
        (
            "It is chaired by his great-grandson, Edward Frost.",
            "Edward Frost",
            &["his great-grandson"],
        ),
        // a possessive's relation before the name ("running mate")
        (
            "His running mate, Corin Vale, said so.",
            "Corin Vale",
            &["His running mate"],
        ),
        // a definite phrase before the sentence's verb is its subject
        (
            "She met Ana Ruiz and Tom Vance, the party's candidate stated that taxes would fall.",
            "Tom Vance",
            &[],
        ),
        (
            "Lina Ros, a spokeswoman for the council told reporters it would close.",
            "Lina Ros",
            &["a spokeswoman for the council"],
        ),
        (
            "The bridge was built by Ana Ruiz, city officials said.",
            "Ana Ruiz",
            &[],
        ),
        // a plural role describes no one person
        ("The candidates Ana Ruiz named are young.", "Ana Ruiz", &[]),
        // a sentence opening on a role: the subject of the one before,
        // unless the role is not theirs
        (
            "Ana Ruiz met Tom Vance. The Corwick senator said no.",
            "Ana Ruiz",
            &["The Corwick senator"],
        ),
        (
            "Spokeswoman Ana Ruiz spoke. The former governor said no.",
            "Ana Ruiz",
            &["Spokeswoman"],
        ),
        // a bare role may be someone else; a spokeswoman is no man
        ("Tom Vance spoke. The witness said no.", "Tom Vance", &[]),
        (
            "Tom Vance spoke. The party spokeswoman said no.",
            "Tom Vance",
            &[],
        ),
    ];
    check(cases);
}

#[test]
fn role_phrases_before_titles_after_ages_and_with_prepositions() {
    check(&[
        // a relative clause after an age, and one on "whose"
        (
            "\"It works,\" said Dr. Lena Okoro, 41, who led the trial.",
            "Lena Okoro",
            &["Dr.", "who led the trial"],
        ),
        (
            "Tom Baxter, 70, whose daughter drowned in 2019, spoke next.",
            "Tom Baxter",
            &["whose daughter drowned in 2019"],
        ),
        (
            "Ada Moss, whose husband, Ivo, waited all night, spoke.",
            "Ada Moss",
            &[],
        ),
        // a role phrase before a title
        (
            "The board's chairman, Sir Peter Hale, said the plan was sound.",
            "Peter Hale",
            &["The board's chairman", "Sir"],
        ),
        (
            "The inquiry is chaired by the retired appeal court judge Dame Ivy Rowe.",
            "Ivy Rowe",
            &["the retired appeal court judge", "Dame"],
        ),
        // a role with what it is for, to, in or at
        (
            "A spokeswoman for the fire service, Captain Rosa Lind, said the road was shut.",
            "Rosa Lind",
            &["A spokeswoman for the fire service", "Captain"],
        ),
        (
            "An aide to the mayor, Ben Alder, said the office had no record.",
            "Ben Alder",
            &["An aide to the mayor"],
        ),
        (
            "Its engineering director at the time, Kate Moor, will give evidence.",
            "Kate Moor",
            &["Its engineering director at the time"],
        ),
        // a role phrase that opens the sentence needs no article
        (
            "Counsel to the panel, Ruth Oyelaran KC, told the hearing that the logs were missing.",
            "Ruth Oyelaran",
            &["Counsel to the panel"],
        ),
        // a name a verb of saying follows after the comma is a new clause's subject
        ("He spoke to the minister, Ana Ruiz said.", "Ana Ruiz", &[]),
        // role nouns: a neighbour, a moderator, an incumbent
        (
            "Her neighbour, Ivo Maras, is less hopeful.",
            "Ivo Maras",
            &["Her neighbour"],
        ),
    ]);
}

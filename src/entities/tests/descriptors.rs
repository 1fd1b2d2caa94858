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

#[test]
fn organisations_are_described_by_business_nouns() {
    check(&[
        // an appositive and a relative clause after the name
        (
            "Shares in Parvel, a soap maker that employs 300 people, rose. \
             Parvel, which is based in Cork, said it would grow.",
            "Parvel",
            &[
                "a soap maker that employs 300 people",
                "which is based in Cork",
            ],
        ),
        (
            "It was funded by the Ada Finch Trust, a charity that backs young farmers.",
            "Ada Finch Trust",
            &["a charity that backs young farmers"],
        ),
        // a business noun before the name, with or without a comma
        (
            "The company said its largest customer, the retailer Brode & Lyle, had cancelled.",
            "Brode & Lyle",
            &["the retailer"],
        ),
        (
            "Another carrier, Tamsin Lines, said nothing.",
            "Tamsin Lines",
            &["Another carrier"],
        ),
        (
            "The regulator fined the ride-hailing company Zoomcab Ltd on Monday.",
            "Zoomcab Ltd",
            &["the ride-hailing company"],
        ),
        // a person's role before "of" describes the person, not the firm;
        // a headline's words are no description without an article
        (
            "A former director of the logistics firm Torvane was jailed.",
            "Torvane",
            &["the logistics firm"],
        ),
        (
            "Watchdog fines taxi firm Zoomcab over tracking\n\nThe fine was large.",
            "Zoomcab",
            &[],
        ),
        // money inside the phrase; a clause that runs into a quotation is
        // left unread
        (
            "Help came from Alder Lift, a society that has raised $212,000 this year.",
            "Alder Lift",
            &["a society that has raised $212,000 this year"],
        ),
        (
            "The Brode Tenants Association, which said the rent rise was \"a scandal\", met.",
            "Brode Tenants Association",
            &[],
        ),
    ]);
}

#[test]
fn a_possessive_phrase_a_verb_of_saying_follows_is_a_speaker() {
    check(&[("Ana Ruiz, her lawyer said, was innocent.", "Ana Ruiz", &[])]);
}

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
        // a capitalised title of an institution in apposition
        (
            "Mara Lind, Chief Executive of Tarn Holdings, said no.",
            "Mara Lind",
            &["Chief Executive of Tarn Holdings"],
        ),
        (
            "Mara Lind, Minister of Finance, said no.",
            "Mara Lind",
            &["Minister of Finance"],
        ),
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
            "\"It works,\" said Dr. Lena Okoro, 41, who ran the survey.",
            "Lena Okoro",
            &["Dr.", "who ran the survey"],
        ),
        (
            "Tom Baxter, 70, whose daughter drowned in 2019, spoke next.",
            "Tom Baxter",
            &["whose daughter drowned in 2019"],
        ),
        (
            "Ada Moss, whose son, Ivo, flew home, spoke.",
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
            "The review is led by the former health minister Dame Ivy Rowe.",
            "Ivy Rowe",
            &["the former health minister", "Dame"],
        ),
        // a role with what it is for, to, in or at
        (
            "A spokesman for the coastguard, Commander Rosa Lind, said the beach was shut.",
            "Rosa Lind",
            &["A spokesman for the coastguard", "Commander"],
        ),
        (
            "An adviser to the mayor, Ben Arkle, said the plan was costed.",
            "Ben Arkle",
            &["An adviser to the mayor"],
        ),
        (
            "Her campaign manager in the last race, Kate Moor, wrote a book.",
            "Kate Moor",
            &["Her campaign manager in the last race"],
        ),
        // a role phrase that opens the sentence needs no article
        (
            "Adviser to the committee, Ruth Oyelaran, wrote the report.",
            "Ruth Oyelaran",
            &["Adviser to the committee"],
        ),
        // a name a verb of saying follows after the comma is a new clause's subject
        ("He spoke to the minister, Ana Ruiz said.", "Ana Ruiz", &[]),
        // a title after the comma is the next person's
        (
            "Before sentencing Torvald Brask, Judge Ina Roe spoke.",
            "Torvald Brask",
            &[],
        ),
        // role nouns: a neighbour, a moderator, an incumbent
        (
            "His neighbour, Ivo Maras, disagreed.",
            "Ivo Maras",
            &["His neighbour"],
        ),
    ]);
}

#[test]
fn organisations_are_described_by_business_nouns() {
    check(&[
        // an appositive and a relative clause after the name
        (
            "Shares in Parvel, a soap maker with 300 staff, rose. \
             Parvel, which is based in Leeds, said it would grow.",
            "Parvel",
            &["a soap maker with 300 staff", "which is based in Leeds"],
        ),
        (
            "It was paid for by the Ada Finch Trust, a charity for village halls.",
            "Ada Finch Trust",
            &["a charity for village halls"],
        ),
        // a business noun before the name, with or without a comma
        (
            "The mill lost an order when the retailer Brode & Lyle, its main buyer, cancelled.",
            "Brode & Lyle",
            &["the retailer", "its main buyer"],
        ),
        (
            "Another supplier, Tamsin Foods, stayed silent.",
            "Tamsin Foods",
            &["Another supplier"],
        ),
        (
            "Inspectors visited the courier company Zoomcab Ltd on Monday.",
            "Zoomcab Ltd",
            &["the courier company"],
        ),
        // a person's role before "of" describes the person, not the firm;
        // a headline's words are no description without an article
        (
            "The chief engineer of the haulage firm Torvane retired.",
            "Torvane",
            &["the haulage firm"],
        ),
        (
            "Regulator praises courier firm Zoomcab for speed\n\nThe praise was rare.",
            "Zoomcab",
            &[],
        ),
        // money inside the phrase; a clause that runs into a quotation is
        // left unread
        (
            "Help came from Kelby Lift, a society with $4,500 in the bank.",
            "Kelby Lift",
            &["a society with $4,500 in the bank"],
        ),
        (
            "The Brode Tenants Association, which called the rent rise \"a scandal\", met.",
            "Brode Tenants Association",
            &[],
        ),
    ]);
}

#[test]
fn a_possessive_phrase_a_verb_of_saying_follows_is_a_speaker() {
    check(&[("Ana Ruiz, her lawyer said, was innocent.", "Ana Ruiz", &[])]);
}

#[test]
fn an_age_after_a_quote_describes_the_person_named_last() {
    check(&[
        (
            "The visitors were coached by Ivo Maras.\n\n\"We had it and lost it,\" the 61-year-old said.",
            "Ivo Maras",
            &["the 61-year-old"],
        ),
        // after a quote, a role must be one the person was given
        (
            "Tom Vance spoke.\n\n\"It is over,\" the former governor said.",
            "Tom Vance",
            &[],
        ),
    ]);
}

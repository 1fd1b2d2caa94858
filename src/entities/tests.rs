//! Rules of the entity layer, one sentence each, written by the team.

use super::*;

mod descriptors;
mod kinds;

fn entities(text: &str) -> Vec<(EntityKind, String, Vec<String>)> {
    let doc = Document::parse(text);
    find(&doc)
        .into_iter()
        .map(|e| {
            (
                e.kind,
                e.name.clone(),
                e.mentions
                    .iter()
                    .map(|&m| doc.slice(m).to_string())
                    .collect(),
            )
        })
        .collect()
}

fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
    entities(text)
        .into_iter()
        .find(|(_, n, _)| n == name)
        .map(|(k, _, _)| k)
}

#[test]
fn titled_person_with_surname() {
    let e = entities("President Anna Berg met Ukrainian officers in Kyiv. Berg said no.");
    assert!(e.contains(&(
        EntityKind::Person,
        "Anna Berg".into(),
        vec!["Anna Berg".into(), "Berg".into()]
    )));
    assert!(e
        .iter()
        .any(|(k, n, _)| n == "Ukrainian" && *k == EntityKind::Group));
    assert!(e
        .iter()
        .any(|(k, n, _)| n == "Kyiv" && *k == EntityKind::Place));
}

#[test]
fn dots_inside_and_after_names() {
    let e = entities(
        "Sen. Maria Lopez and Jacob K. Stone visited Acme Motor Co. in Fresno, Calif. on Monday.",
    );
    let names: Vec<&str> = e.iter().map(|(_, n, _)| n.as_str()).collect();
    assert!(names.contains(&"Maria Lopez"), "{names:?}");
    assert!(names.contains(&"Jacob K. Stone"), "{names:?}");
    assert!(names.contains(&"Acme Motor Co."), "{names:?}");
    assert!(names.contains(&"Calif."), "{names:?}");
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    let e = entities("Separately, the board met. Flanked by guards, Nora Quist left.");
    let names: Vec<&str> = e.iter().map(|(_, n, _)| n.as_str()).collect();
    assert_eq!(names, ["Nora Quist"]);
}

#[test]
fn hyphenated_words_hold_mentions() {
    let e = entities(
        "A Boston-based firm hired a Syrian-American lawyer for the Israeli-Egyptian talks.",
    );
    let forms: Vec<&str> = e
        .iter()
        .flat_map(|(_, _, m)| m.iter().map(String::as_str))
        .collect();
    assert_eq!(forms, ["Boston", "Syrian-American", "Israeli", "Egyptian"]);
}

#[test]
fn contractions_handles_and_models_are_not_names() {
    assert!(entities(
        "\"We're ready,\" she wrote to @JaneDoe about the F-35 and Shahed-136 drones."
    )
    .is_empty());
}

#[test]
fn laws_and_events_are_not_entities() {
    let e = entities("The Clean Water Act passed after the Civil War.");
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn acronym_in_brackets_spells_the_name_it_follows() {
    let e = entities("Officials of the Kenyan National Grain Board (NGB) met. The NGB declined.");
    let board = e
        .iter()
        .find(|(_, n, _)| n == "National Grain Board")
        .expect("board");
    assert_eq!(board.0, EntityKind::Organization);
    assert_eq!(board.2, ["National Grain Board", "NGB", "NGB"]);
    assert!(e
        .iter()
        .any(|(k, n, _)| n == "Kenyan" && *k == EntityKind::Group));
}

#[test]
fn honorific_is_not_part_of_the_name() {
    let e = entities("Mr. Okafor arrived late. Mrs. Lindqvist did not.");
    let names: Vec<&str> = e.iter().map(|(_, n, _)| n.as_str()).collect();
    assert_eq!(names, ["Okafor", "Lindqvist"]);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        " ",
        "A",
        "ALL CAPS HEADLINE ABOUT NOTHING",
        "KYIV –",
        "Mr.",
        "(",
        "(ABC",
        "Smith (",
        "'s",
        "Zoë 🇺🇦 e\u{301}te ملف 東京 \u{200D}x",
        "Secretary of",
        "President",
        "R-",
        "-based",
        "X-",
    ] {
        let _ = find(&Document::parse(text));
    }
    let long = "The Minister of State for Foreign Affairs Ana Ruiz of Spain said. ".repeat(500);
    assert!(!find(&Document::parse(&long)).is_empty());
}

#[test]
fn particles_join_names_and_short_forms() {
    let e = entities("Commission chief Ursula von der Leyen spoke. Later Ms von der Leyen left with Mohammed bin Salman.");
    let ursula = e
        .iter()
        .find(|(_, n, _)| n == "Ursula von der Leyen")
        .expect("Ursula");
    assert_eq!(ursula.2, ["Ursula von der Leyen", "von der Leyen"]);
    assert!(e
        .iter()
        .any(|(k, n, _)| n == "Mohammed bin Salman" && *k == EntityKind::Person));
}

#[test]
fn title_before_name_is_a_descriptor_with_its_nation() {
    let doc = Document::parse(
        "Austrian Foreign Minister Klara Weiss met Kenya's Interior Minister Otieno Kamau.",
    );
    let found = find(&doc);
    let weiss = found
        .iter()
        .find(|e| e.name == "Klara Weiss")
        .expect("Weiss");
    assert_eq!(weiss.descriptors, ["Austrian Foreign Minister"]);
    assert_eq!(weiss.gender, Gender::Female);
    let kamau = found
        .iter()
        .find(|e| e.name == "Otieno Kamau")
        .expect("Kamau");
    assert_eq!(kamau.descriptors, ["Kenya's Interior Minister"]);
    assert!(found
        .iter()
        .any(|e| e.name == "Austrian" && e.kind == EntityKind::Group));
    assert!(found
        .iter()
        .any(|e| e.name == "Kenya" && e.kind == EntityKind::Place));
}

#[test]
fn appositives_and_role_phrases_are_descriptors() {
    let doc = Document::parse(
        "Tomas Reyes, a spokesman for the city's fire department, said crews were ready. \
         The company's chief economist, Lena Ortiz, disagreed. Club chairman Sam Okoye, 61, stayed.",
    );
    let found = find(&doc);
    let get = |n: &str| found.iter().find(|e| e.name == n).expect(n).clone();
    assert_eq!(
        get("Tomas Reyes").descriptors,
        ["a spokesman for the city's fire department"]
    );
    assert_eq!(get("Tomas Reyes").gender, Gender::Male);
    assert_eq!(
        get("Lena Ortiz").descriptors,
        ["The company's chief economist"]
    );
    assert_eq!(get("Sam Okoye").descriptors, ["Club chairman"]);
}

#[test]
fn a_clause_after_a_name_is_no_descriptor() {
    let doc = Document::parse(
        "Chief executive Nadia Oyelaran spoke first. Oyelaran, 49, took over as chief executive \
         in 2021 after years at a rival. Ivo Brandt, 60, became chairman last year.",
    );
    let found = find(&doc);
    let get = |n: &str| found.iter().find(|e| e.name == n).expect(n).clone();
    assert_eq!(get("Nadia Oyelaran").descriptors, ["Chief executive"]);
    assert!(get("Ivo Brandt").descriptors.is_empty());
}

#[test]
fn datelines_are_places() {
    let e = entities("NAIROBI, Kenya (AP) — Rains fell. Nairobi flooded.");
    let nairobi = e
        .iter()
        .find(|(_, _, m)| m.contains(&"NAIROBI".to_string()))
        .expect("dateline");
    assert_eq!(nairobi.0, EntityKind::Place);
    assert_eq!(nairobi.2, ["NAIROBI", "Nairobi"]);
    assert!(e
        .iter()
        .any(|(k, n, _)| n == "AP" && *k == EntityKind::Organization));
}

#[test]
fn a_dateline_on_a_line_of_its_own_is_a_place() {
    for text in [
        "Floods in the south\n\nROME 1996-08-22\n\nThe mayor of Rome spoke.",
        "Floods in the south\n\nROME, Aug. 22\n\nThe mayor of Rome spoke.",
        "Floods in the south\n\nROME, Italy 1996-08-22\n\nThe mayor of Rome spoke.",
    ] {
        let e = entities(text);
        let rome = e
            .iter()
            .find(|(_, _, m)| m.contains(&"ROME".to_string()))
            .expect("dateline");
        assert_eq!(rome.0, EntityKind::Place, "{text}");
        assert_eq!(rome.2, ["ROME", "Rome"], "{text}");
    }
    // a dot inside, and the region after the comma
    let e = entities("Results\n\nST. LOUIS 1996-08-30\n\nSt. Louis won.");
    assert!(e.contains(&(
        EntityKind::Place,
        "St. Louis".into(),
        vec!["ST. LOUIS".into(), "St. Louis".into()]
    )));
}

#[test]
fn names_news_gets_wrong_on_unseen_text() {
    use EntityKind::*;
    let cases: &[(&str, &str, EntityKind)] = &[
        // company forms and charities whose first word is a first name
        (
            "Christian Aid said it would send food.",
            "Christian Aid",
            Organization,
        ),
        ("Shares in Hanover Re rose.", "Hanover Re", Organization),
        ("Zurich Financial fell.", "Zurich Financial", Organization),
        // "for the … of" and "and" inside an institution's name
        (
            "The Office for the Regulation of Civil Nuclear Safety said no.",
            "Office for the Regulation of Civil Nuclear Safety",
            Organization,
        ),
        (
            "She chairs the Commission for the Protection of Children and Young People.",
            "Commission for the Protection of Children and Young People",
            Organization,
        ),
        // a title and a surname that is a place head
        ("Former President Ellen Park arrived.", "Ellen Park", Person),
        // surnames that are title words
        ("John Major spoke on Monday.", "John Major", Person),
        (
            "The crowd cheered Billie Jean King.",
            "Billie Jean King",
            Person,
        ),
        // initials open the name
        (
            "J. Alfred Prufrock walked in.",
            "J. Alfred Prufrock",
            Person,
        ),
        (
            "Its director, A. Besnik Kola, said no.",
            "A. Besnik Kola",
            Person,
        ),
        // a country's institution is one name; a title ends no court
        (
            "The U.K. Supreme Court ruled.",
            "U.K. Supreme Court",
            Organization,
        ),
        (
            "He went to the E.U. Court of Justice.",
            "E.U. Court of Justice",
            Organization,
        ),
        // an institution named after a person, and the person
        (
            "The Dunmore Center said Dunmore would attend. Dunmore arrived late.",
            "Dunmore",
            Person,
        ),
        (
            "The Dunmore Center said Dunmore would attend.",
            "Dunmore Center",
            Organization,
        ),
        // a state's body that a head ends is one name
        (
            "The Ohio Environmental Protection Agency fined the plant.",
            "Ohio Environmental Protection Agency",
            Organization,
        ),
        // former countries are places
        ("He left Czechoslovakia in 1968.", "Czechoslovakia", Place),
        ("The Soviet Union fell.", "Soviet Union", Place),
        // a role noun before a name is a title in lower case
        ("The analyst Moody said prices would fall.", "Moody", Person),
        ("Police held dissident Tarn Okello.", "Tarn Okello", Person),
        // a nationality before a person's name is a group of its own
        (
            "Kenyan Ruth Chepkoech won the race.",
            "Ruth Chepkoech",
            Person,
        ),
        ("Kenyan Ruth Chepkoech won the race.", "Kenyan", Group),
        // a title before the first name of a surname that is a title word
        ("Prime Minister John Major spoke.", "John Major", Person),
        // "towns of X": plural place nouns
        (
            "They work in the mining towns of Barentsburg.",
            "Barentsburg",
            Place,
        ),
        // names of companies no person bears
        (
            "Douglas & Lomason shares rose.",
            "Douglas & Lomason",
            Organization,
        ),
        (
            "Pirelli Cables won the order.",
            "Pirelli Cables",
            Organization,
        ),
        (
            "The San Francisco Giants won again.",
            "San Francisco Giants",
            Organization,
        ),
        // an ordinal inside a company's name
        (
            "Shares in First Union Bank rose.",
            "First Union Bank",
            Organization,
        ),
        // a company form's dot that ends the sentence is the full stop
        ("He works at Acme Motor Co.", "Acme Motor Co", Organization),
        // a nationality and a person whose surname is a head
        ("Australian Anthony Hill won.", "Anthony Hill", Person),
        // a given name of two syllables after the family name
        (
            "He wrote to his counterpart, Kang Young-hoon.",
            "Kang Young-hoon",
            Person,
        ),
    ];
    for &(text, name, kind) in cases {
        assert_eq!(
            kind_of(text, name),
            Some(kind),
            "{text}: {:?}",
            entities(text)
        );
    }
    // "Mr Major": the honorific, then the surname
    let e = entities("Mr Major said it was fine.");
    assert!(
        e.iter().any(|(k, n, _)| n == "Major" && *k == Person),
        "{e:?}"
    );
    // "the pressure group Human Rights Now said": the group is the name after it
    assert_eq!(
        kind_of(
            "Police held Tarn Okello, the pressure group Human Rights Now said.",
            "Tarn Okello"
        ),
        Some(Person)
    );
}

#[test]
fn a_county_that_plays_is_its_club() {
    let e = entities("Essex beat Kent by an innings. Essex now lead the table. He lives in Essex.");
    let kinds: Vec<(EntityKind, &str)> = e
        .iter()
        .flat_map(|(k, _, m)| m.iter().map(move |m| (*k, m.as_str())))
        .collect();
    assert_eq!(
        kinds,
        [
            (EntityKind::Organization, "Essex"),
            (EntityKind::Organization, "Essex"),
            (EntityKind::Organization, "Kent"),
            (EntityKind::Place, "Essex"),
        ],
        "{e:?}"
    );
    // a side's players and staff, and in a results story "against X"
    let e = entities(
        "Surrey captain Tom Hale made 70. Essex beat Kent. Kent play against Surrey next.",
    );
    let surrey: Vec<EntityKind> = e
        .iter()
        .filter(|(_, n, _)| n == "Surrey")
        .map(|(k, _, _)| *k)
        .collect();
    assert_eq!(surrey, [EntityKind::Organization], "{e:?}");
    // a country is its national side, written as the country
}

#[test]
fn a_title_word_alone_is_the_surname_of_a_person_named_in_full() {
    let e = entities(
        "Billie Jean King picked the team. Seles won and King is counting on her. \
         \"We need her,\" King said. The King of Spain said no.",
    );
    let king = e
        .iter()
        .find(|(_, n, _)| n == "Billie Jean King")
        .expect("King");
    assert_eq!(king.2, ["Billie Jean King", "King", "King"], "{e:?}");
    // with no such person, a lone title word is no one
    assert!(entities("Seles won and King is counting on her.")
        .iter()
        .all(|(_, n, _)| n != "King"));
}

#[test]
fn a_role_phrase_before_a_name_stops_at_a_verb() {
    let doc = Document::parse("Police held veteran dissident Tarn Okello on Friday.");
    let found = find(&doc);
    let okello = found
        .iter()
        .find(|e| e.name == "Tarn Okello")
        .expect("Okello");
    assert_eq!(okello.descriptors, ["veteran dissident"]);
}

#[test]
fn a_rare_part_of_a_guessed_person_is_that_person_alone() {
    // "Khan" is a common word, so the guess "Jansher Khan" is not sure; but
    // no common word is "Jansher"
    let e = entities("Fans called Jansher Khan a cheat. Later Jansher said he was hurt.");
    let jansher: Vec<EntityKind> = e
        .iter()
        .filter(|(_, _, m)| m.iter().any(|m| m == "Jansher"))
        .map(|(k, _, _)| *k)
        .collect();
    assert_eq!(jansher, [EntityKind::Person], "{e:?}");
}

#[test]
fn particles_and_sentence_initial_institutions() {
    // a surname that is a place head after a particle, and its short form
    let e = entities("The deal was signed by Pieter van Dam. Van Dam said the team was ready.");
    assert!(e.contains(&(
        EntityKind::Person,
        "Pieter van Dam".into(),
        vec!["Pieter van Dam".into(), "Van Dam".into()]
    )));
    // capitalised common words a head ends, at the start of a sentence
    // but a sentence adverb is no part of the name
}

#[test]
fn country_short_forms_and_acronym_expansions_merge() {
    let e = entities("The U.S. and the United Kingdom spoke. America and Britain agreed, as did the World Trade Organization (WTO). The WTO said so.");
    let us = e
        .iter()
        .find(|(_, n, _)| n == "U.S." || n == "America")
        .expect("US");
    assert_eq!(us.2.len(), 2);
    let uk = e
        .iter()
        .find(|(_, n, _)| n == "United Kingdom")
        .expect("UK");
    assert_eq!(uk.2, ["United Kingdom", "Britain"]);
    let wto = e
        .iter()
        .find(|(_, n, _)| n == "World Trade Organization")
        .expect("WTO");
    assert_eq!(wto.2.len(), 3);
}

#[test]
fn demonyms_are_groups_and_plurals_merge() {
    let e = entities(
        "Ukrainian troops and Russian forces clashed; Russians said many Ukrainians fled.",
    );
    let russian = e
        .iter()
        .find(|(_, n, _)| n == "Russian" || n == "Russians")
        .expect("Russian");
    assert_eq!(russian.0, EntityKind::Group);
    assert_eq!(russian.2, ["Russian", "Russians"]);
}

#[test]
fn a_surname_keeps_the_kind_of_its_person() {
    let e = entities(
        "Investigators named Piotr Zawadzki. Zawadzki posted photos. Later, Zawadzki left.",
    );
    assert_eq!(
        e,
        [(
            EntityKind::Person,
            "Piotr Zawadzki".into(),
            vec![
                "Piotr Zawadzki".into(),
                "Zawadzki".into(),
                "Zawadzki".into()
            ]
        )]
    );
}

#[test]
fn shared_roles_party_tags_and_capitalised_appositives() {
    let doc = Document::parse(
        "Independent candidates Ana Ruiz and Ben Cole spoke. Sen. Dora Vance, R-Texas, agreed. \
         Omar Haddad, Port Authority chief engineer, declined. The agency's head of research, Ivo Petrov, left.",
    );
    let found = find(&doc);
    let get = |n: &str| {
        found
            .iter()
            .find(|e| e.name == n)
            .expect(n)
            .descriptors
            .clone()
    };
    assert_eq!(get("Ana Ruiz"), ["Independent candidates"]);
    assert_eq!(get("Ben Cole"), ["Independent candidates"]);
    assert_eq!(get("Dora Vance"), ["Sen.", "R-Texas"]);
    assert_eq!(get("Omar Haddad"), ["Port Authority chief engineer"]);
    assert_eq!(get("Ivo Petrov"), ["The agency's head of research"]);
}

#[test]
fn storms_and_operations_are_events_and_saints_are_places() {
    let e = entities(
        "Hurricane Nadia hit St. Augustine before the National Storm Center issued warnings.",
    );
    let names: Vec<(EntityKind, &str)> = e.iter().map(|(k, n, _)| (*k, n.as_str())).collect();
    assert_eq!(
        names,
        [
            (EntityKind::Place, "St. Augustine"),
            (EntityKind::Organization, "National Storm Center")
        ]
    );
}

#[test]
fn british_style_acronyms_in_brackets_merge() {
    let e = entities(
        "The Regional Emergency Response Agency (Rera) warned residents. Rera’s director, Ruth Dale, agreed.",
    );
    let agency = e
        .iter()
        .find(|(_, n, _)| n == "Regional Emergency Response Agency")
        .expect("agency");
    assert_eq!(
        agency.2,
        ["Regional Emergency Response Agency", "Rera", "Rera"]
    );
}

#[test]
fn a_town_club_takes_the_bare_town_name() {
    let e = entities("Bristol Rovers won again. Bristol fans cheered the Bristol Rovers manager.");
    assert_eq!(
        e,
        [(
            EntityKind::Organization,
            "Bristol Rovers".into(),
            vec![
                "Bristol Rovers".into(),
                "Bristol".into(),
                "Bristol Rovers".into()
            ]
        )]
    );
}

#[test]
fn acronym_before_its_expansion_merges() {
    let e = entities("Only two CSU (Coastal Survey Unit) teams came. The CSU left.");
    let unit = e
        .iter()
        .find(|(_, n, _)| n == "Coastal Survey Unit")
        .expect("unit");
    assert_eq!(unit.2, ["CSU", "Coastal Survey Unit", "CSU"]);
}

#[test]
fn an_opening_adjective_before_a_party_is_dropped() {
    let e = entities("Presumptive Democratic nominee Dana Lee spoke.");
    assert_eq!(
        e[0],
        (
            EntityKind::Group,
            "Democratic".into(),
            vec!["Democratic".into()]
        )
    );
}

#[test]
fn pronouns_settle_gender_of_unlisted_names() {
    let doc = Document::parse(
        "Zorbek Tulegenov arrived late. He apologised. Aigerim Sadvakassova said she was ready.",
    );
    let found = find(&doc);
    let gender = |n: &str| found.iter().find(|e| e.name == n).expect(n).gender;
    assert_eq!(gender("Zorbek Tulegenov"), Gender::Male);
    assert_eq!(gender("Aigerim Sadvakassova"), Gender::Female);
}

#[test]
fn text_in_capitals_yields_known_names_only() {
    let e = entities("THE MAYOR OF LISBON, JOANA FERREIRA, MET SPANISH OFFICIALS IN MADRID. SHE SAID THE TALKS WENT WELL.\n\nLater, in Porto, Rui Costa spoke.");
    let names: Vec<(EntityKind, &str)> = e.iter().map(|(k, n, _)| (*k, n.as_str())).collect();
    assert!(names.contains(&(EntityKind::Place, "Lisbon")), "{names:?}");
    assert!(names.contains(&(EntityKind::Group, "Spanish")), "{names:?}");
    assert!(names.contains(&(EntityKind::Place, "Madrid")), "{names:?}");
    assert!(
        names.contains(&(EntityKind::Person, "Rui Costa")),
        "{names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|(_, n)| n.contains("SAID") || n.contains("Mayor") || n.contains("MAYOR")),
        "{names:?}"
    );
}

#[test]
fn a_company_and_its_short_name_merge() {
    let e = entities("Analysts at Halvorsen Research disagreed. Halvorsen said so. Google Fiber grew while Google waited.");
    let firm = e
        .iter()
        .find(|(_, n, _)| n == "Halvorsen Research")
        .expect("firm");
    assert_eq!(firm.2, ["Halvorsen Research", "Halvorsen"]);
    assert_eq!(firm.0, EntityKind::Organization);
    let google = e
        .iter()
        .find(|(_, n, _)| n == "Google Fiber")
        .expect("google");
    assert_eq!(google.2, ["Google Fiber", "Google"]);
}

#[test]
fn first_names_that_are_common_words() {
    let e = entities("Mrs May met Carl Ode in May. On Monday, Will Brandt visited Sun Valley.");
    let names: Vec<(EntityKind, &str)> = e.iter().map(|(k, n, _)| (*k, n.as_str())).collect();
    assert_eq!(
        names,
        [
            (EntityKind::Person, "May"),
            (EntityKind::Person, "Carl Ode"),
            (EntityKind::Person, "Will Brandt"),
            (EntityKind::Place, "Sun Valley")
        ]
    );
}

#[test]
fn post_nominals_are_not_part_of_a_name() {
    let e = entities("The case was opened by Martha Quill QC and Owen Dale Jr on Friday.");
    let names: Vec<(EntityKind, &str)> = e.iter().map(|(k, n, _)| (*k, n.as_str())).collect();
    assert!(
        names.contains(&(EntityKind::Person, "Martha Quill")),
        "{names:?}"
    );
    assert!(
        names.contains(&(EntityKind::Person, "Owen Dale")),
        "{names:?}"
    );
}

#[test]
fn appositive_and_possessive_cues_make_a_company() {
    let text = "Zentrivo Robotics, the Ohio-based maker of warehouse arms, hired staff. \
                Zentrivo's chief executive declined to comment.";
    let e = entities(text);
    let z = e
        .iter()
        .find(|(_, n, _)| n == "Zentrivo Robotics")
        .expect("zentrivo");
    assert_eq!(z.0, EntityKind::Organization);
    assert_eq!(z.2, ["Zentrivo Robotics", "Zentrivo"]);
}

#[test]
fn occupation_shaped_words_before_a_name_are_descriptors() {
    let doc = Document::parse(
        "The cardiologist Mina Roe spoke first. Then full-back Tariq Bell scored past \
         Dunmore keeper Olly Fenn.",
    );
    let found = find(&doc);
    let desc = |name: &str| {
        found
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.descriptors.clone())
            .expect(name)
    };
    assert_eq!(desc("Mina Roe"), ["The cardiologist"]);
    assert_eq!(desc("Tariq Bell"), ["full-back"]);
    assert!(desc("Olly Fenn").iter().any(|d| d.ends_with("keeper")));
}

#[test]
fn prepositions_end_a_role_phrase() {
    let doc = Document::parse("She curled the ball past Corby goalkeeper Ian Mott in the rain.");
    let mott = find(&doc)
        .into_iter()
        .find(|c| c.name == "Ian Mott")
        .expect("mott");
    assert_eq!(mott.descriptors, ["Corby goalkeeper"]);
}

#[test]
fn role_of_an_organisation_before_a_name() {
    let doc =
        Document::parse("The finance director of the shipping firm Caldrow, Jo Reed, resigned.");
    let reed = find(&doc)
        .into_iter()
        .find(|c| c.name == "Jo Reed")
        .expect("reed");
    assert_eq!(
        reed.descriptors,
        ["The finance director of the shipping firm Caldrow"]
    );
}

#[test]
fn a_word_the_text_also_writes_in_lower_case_is_no_name_at_a_sentence_start() {
    let e = entities(
        "Heatwave grips the south as Lisbon swelters. The heatwave entered its second week.",
    );
    assert!(e.iter().all(|(_, n, _)| n != "Heatwave"), "{e:?}");
    assert!(e.iter().any(|(_, n, _)| n == "Lisbon"));
}

#[test]
fn a_place_of_several_words_before_based_is_whole() {
    let e = entities("The Santa Clara-based firm and a New York-based rival merged.");
    let names: Vec<&str> = e.iter().map(|(_, n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"Santa Clara") && names.contains(&"New York"),
        "{e:?}"
    );
    assert!(
        !names.contains(&"Clara") && !names.contains(&"Santa"),
        "{e:?}"
    );
}

/// Assert that each of `names` is found in `text` as an organization.
fn assert_organizations(text: &str, names: &[&str]) {
    let e = entities(text);
    for name in names {
        let found = e.iter().find(|(_, n, _)| n == name);
        assert_eq!(
            found.map(|f| f.0),
            Some(EntityKind::Organization),
            "{name}: {e:?}"
        );
    }
}

#[test]
fn a_name_before_hospital_or_university_is_an_organization() {
    // (A first name still wins: "the Santa Lucía hospital" reads as a person.)
    assert_organizations(
        "Doctors at the Bellvitge hospital and the Ferrand university said so.",
        &["Bellvitge", "Ferrand"],
    );
}

#[test]
fn a_forum_is_an_organization() {
    assert_organizations(
        "Campaigners from the Leeds Transport Forum spoke. The World Economic Forum met.",
        &["Leeds Transport Forum", "World Economic Forum"],
    );
}

#[test]
fn a_weapon_system_is_no_organization() {
    let e = entities("Officials asked for more Patriot systems and two Hawkeye batteries.");
    assert!(
        e.iter().all(|(_, n, _)| n != "Patriot" && n != "Hawkeye"),
        "{e:?}"
    );
}

#[test]
fn everyday_occupations_describe_people() {
    let doc = Document::parse(
        "“Not yet,” said dive instructor Tom Okeke. Kay Lund, a retired pharmacist, agreed.",
    );
    let found = find(&doc);
    let get = |n: &str| found.iter().find(|e| e.name == n).expect(n).clone();
    assert_eq!(get("Tom Okeke").descriptors, ["dive instructor"]);
    assert_eq!(get("Kay Lund").descriptors, ["a retired pharmacist"]);
}

#[test]
fn an_adjective_and_a_head_make_one_name_and_an_acronym_owns_what_follows() {
    let e = entities("The National Oceanic and Atmospheric Administration said so. It runs NOAA's Coral Reef Watch.");
    let noaa = e
        .iter()
        .find(|(_, n, _)| n == "National Oceanic and Atmospheric Administration")
        .expect("the whole name");
    assert!(noaa.2.contains(&"NOAA".to_string()), "its acronym: {e:?}");
    assert!(e.iter().any(|(_, n, _)| n == "Coral Reef Watch"), "{e:?}");
}

#[test]
fn a_club_goes_by_its_last_word_when_only_one_club_ends_in_it() {
    let e = entities("Blackmoor Rovers beat Eastport. Rovers manager Gwen Pritchard was pleased.");
    let rovers = e
        .iter()
        .find(|(_, n, _)| n == "Blackmoor Rovers")
        .expect("the club");
    assert_eq!(rovers.2, ["Blackmoor Rovers", "Rovers"]);
    let e = entities("Blackmoor Rovers beat Tranmere Rovers. Rovers fans sang.");
    assert!(
        e.iter()
            .all(|(_, _, m)| !(m.len() > 1 && m.contains(&"Rovers".to_string()))),
        "{e:?}"
    );
}

#[test]
fn former_stays_with_the_title() {
    let doc =
        Document::parse("He blamed former President Dana Whitcombe and Acting Mayor Tom Reyes.");
    let found = find(&doc);
    let get = |n: &str| found.iter().find(|e| e.name == n).expect(n).clone();
    assert_eq!(get("Dana Whitcombe").descriptors, ["former President"]);
    assert_eq!(get("Tom Reyes").descriptors, ["Acting Mayor"]);
}

#[test]
fn a_known_name_with_and_in_it_is_one_chunk() {
    assert_organizations(
        "Agents of U.S. Customs and Border Protection and Immigration and Customs Enforcement met.",
        &[
            "U.S. Customs and Border Protection",
            "Immigration and Customs Enforcement",
        ],
    );
}

#[test]
fn a_saints_name_with_its_possessive_opens_a_hospital_name() {
    // a hospital is a named facility: a place
    assert_eq!(
        kind_of(
            "The tram will reach the St James's University Hospital by 2030.",
            "St James's University Hospital"
        ),
        Some(EntityKind::Place)
    );
}

#[test]
fn a_sentence_opening_on_an_age_describes_the_person_named_last() {
    let doc = Document::parse(
        "Lewis Carver scored twice for the hosts.\n\nThe 31-year-old striker said it was his best game. \
         Ana Ruiz watched. The 57-year-old had travelled far.",
    );
    let found = find(&doc);
    let get = |n: &str| found.iter().find(|e| e.name == n).expect(n).clone();
    assert_eq!(get("Lewis Carver").descriptors, ["The 31-year-old striker"]);
    assert_eq!(get("Ana Ruiz").descriptors, ["The 57-year-old"]);
}

/// Where a name ends: (sentence, a name found, a name that must not be),
/// with the rule's name.
#[rustfmt::skip]
const NAME_ENDS: &[(&str, &str, &str)] = &[
    // a name stops before a day or month that closes its run
    ("Governor Ada Harlow spoke. Harlow Thursday blamed the press.", "Ada Harlow", "Harlow Thursday"),
    ("Crowds gathered at Tolby City Hall Monday night.", "Tolby City Hall", "Tolby City Hall Monday"),
    ("The mayor met Brin Osk Sept. 4 in the port.", "Brin Osk", "Brin Osk Sept"),
    // a surname that is a month stays after a first name
    ("Nora May said no.", "Nora May", "Nora"),
    // a title in marks yields no person: no verb inside a name, and a show is a work
    ("The paper ran an editorial, \"Mr. Orlen Is Not a Serious Man,\" and Orlen laughed.", "Orlen", "Orlen Is Not"),
    ("The show was renamed \"The Bram Tessick Show,\" with Lina Ros as co-host.", "Lina Ros", "Bram Tessick Show"),
    // a person whose surname is an event's head is still a person
    ("Doris Fenn Day sang twice.", "Doris Fenn Day", "Fenn"),
];

#[test]
fn where_a_name_ends() {
    for &(text, found, not) in NAME_ENDS {
        let e = entities(text);
        let names: Vec<&str> = e.iter().map(|(_, n, _)| n.as_str()).collect();
        assert!(names.contains(&found), "{text}: {names:?}");
        assert!(!names.contains(&not), "{text}: {names:?}");
    }
    // the short form joins the person named in full
    let e = entities("Governor Ada Harlow spoke. Harlow Thursday blamed the press.");
    assert!(e.contains(&(
        EntityKind::Person,
        "Ada Harlow".into(),
        vec!["Ada Harlow".into(), "Harlow".into()]
    )));
}

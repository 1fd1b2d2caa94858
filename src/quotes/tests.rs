//! Tests of the quote layer on sentences the team wrote, one or more per
//! pattern of news writing. Entities are built by hand so the tests do not
//! depend on the entity layer's accuracy.

use super::*;
use crate::entities::Gender;
use crate::model::EntityKind;

/// An entity of `kind` whose mentions are every whole-word occurrence of
/// each of `names` (longest first, no overlaps).
pub(super) fn entity(
    text: &str,
    kind: EntityKind,
    names: &[&str],
    gender: Gender,
) -> EntityCluster {
    let mut mentions: Vec<Span> = Vec::new();
    let mut sorted: Vec<&str> = names.to_vec();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in sorted {
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            let before_ok = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let span = Span::new(at, end);
            if before_ok && after_ok && !mentions.iter().any(|m| m.overlaps(span)) {
                mentions.push(span);
            }
        }
    }
    mentions.sort();
    EntityCluster {
        kind,
        name: names[0].to_string(),
        descriptors: Vec::new(),
        mentions,
        gender,
    }
}

fn person(text: &str, names: &[&str], gender: Gender) -> EntityCluster {
    entity(text, EntityKind::Person, names, gender)
}

/// (quote text, speaker name, cue) for each quote found.
fn run(text: &str, entities: &[EntityCluster]) -> Vec<(String, Option<String>, Option<String>)> {
    let doc = Document::parse(text);
    find(&doc, entities)
        .into_iter()
        .map(|q| {
            (
                doc.slice(q.span).to_string(),
                q.speaker.map(|s| entities[s].name.clone()),
                q.cue,
            )
        })
        .collect()
}

fn speakers(text: &str, entities: &[EntityCluster]) -> Vec<Option<String>> {
    run(text, entities).into_iter().map(|q| q.1).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn quote_after_colon_with_named_speaker() {
    let text = "Maria Lopez said: “We will rebuild the bridge this year.”";
    let doc = Document::parse(text);
    let entities = crate::entities::find(&doc);
    let q = find(&doc, &entities);
    assert_eq!(q.len(), 1);
    assert_eq!(
        doc.slice(q[0].span),
        "We will rebuild the bridge this year."
    );
    assert_eq!(q[0].cue.as_deref(), Some("said"));
    assert_eq!(
        q[0].speaker.map(|s| entities[s].name.as_str()),
        Some("Maria Lopez")
    );
}

#[test]
fn speaker_after_the_quote_in_every_order() {
    let text = "Tom Reed and Ana Vale met on Monday.\n\n\
                “The deal is done,” Reed said.\n\n\
                “We are pleased,” said Ana Vale, the company's chief executive.\n\n\
                “It took months,” Reed told reporters.\n\n\
                “Nobody expected it,” added Vale.";
    let e = [
        person(text, &["Tom Reed", "Reed"], Gender::Male),
        person(text, &["Ana Vale", "Vale"], Gender::Female),
    ];
    let q = run(text, &e);
    assert_eq!(q.len(), 4);
    assert_eq!(
        q[0],
        ("The deal is done".into(), some("Tom Reed"), some("said"))
    );
    assert_eq!(
        q[1],
        ("We are pleased".into(), some("Ana Vale"), some("said"))
    );
    assert_eq!(
        q[2],
        ("It took months".into(), some("Tom Reed"), some("told"))
    );
    assert_eq!(
        q[3],
        ("Nobody expected it".into(), some("Ana Vale"), some("added"))
    );
}

#[test]
fn reporting_verbs_in_many_tenses() {
    let text = "Lena Park says: “Prices will fall.”\n\nLena Park has warned that “the worst is not over.”\n\n\
                Lena Park insisted, “I did nothing wrong.”\n\nLena Park tweeted: “See you all tomorrow!”";
    let e = [person(text, &["Lena Park"], Gender::Female)];
    let q = run(text, &e);
    let cues: Vec<_> = q.iter().map(|x| x.2.clone().unwrap_or_default()).collect();
    assert_eq!(cues, ["says", "warned", "insisted", "tweeted"]);
    assert!(q.iter().all(|x| x.1.as_deref() == Some("Lena Park")));
}

#[test]
fn pronoun_resolves_to_latest_compatible_person() {
    let text = "Omar Haddad met Julia Stern in Vienna. “We made progress,” she said. “Not enough,” he replied.";
    let e = [
        person(text, &["Omar Haddad"], Gender::Male),
        person(text, &["Julia Stern"], Gender::Female),
    ];
    assert_eq!(
        speakers(text, &e),
        [some("Julia Stern"), some("Omar Haddad")]
    );
}

#[test]
fn honorific_gives_gender_when_entity_layer_does_not() {
    let text = "Mr. Kay and Mrs. Bell spoke. “It was fine,” he said.";
    let e = [
        person(text, &["Kay"], Gender::Unknown),
        person(text, &["Bell"], Gender::Unknown),
    ];
    assert_eq!(speakers(text, &e), [some("Kay")]);
}

#[test]
fn names_inside_quotes_are_not_speakers() {
    let text = "Sam Ortiz spoke at the rally. “No thanks to Nathan Dale,” he added.";
    let e = [
        person(text, &["Sam Ortiz"], Gender::Male),
        person(text, &["Nathan Dale"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Sam Ortiz")]);
}

#[test]
fn description_resolves_to_person_with_that_role() {
    let text = "Defence Minister Karl Brandt visited the base on Monday with Eva Roth.\n\n\
                “The base is ready,” the minister said.";
    let e = [
        person(text, &["Karl Brandt"], Gender::Male),
        person(text, &["Eva Roth"], Gender::Female),
    ];
    assert_eq!(speakers(text, &e), [some("Karl Brandt")]);
}

#[test]
fn unnamed_speakers_keep_their_words() {
    let text = "“We are monitoring the situation,” a spokesman for the ministry said.\n\n\
                “The talks failed,” US officials said.";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker, None);
    assert_eq!(
        q[0].speaker_text.as_deref(),
        Some("a spokesman for the ministry")
    );
    assert_eq!(q[1].speaker_text.as_deref(), Some("US officials"));
}

#[test]
fn organisation_speaks_as_itself() {
    let text = "The Ministry of Health published figures on Friday. “Cases are falling,” the ministry said.\n\n\
                Northwind Ltd said in a statement: “We regret the delay.”\n\n“We will pay,” the company added.";
    let e = [
        entity(
            text,
            EntityKind::Organization,
            &["Ministry of Health"],
            Gender::Unknown,
        ),
        entity(
            text,
            EntityKind::Organization,
            &["Northwind Ltd"],
            Gender::Unknown,
        ),
    ];
    assert_eq!(
        speakers(text, &e),
        [
            some("Ministry of Health"),
            some("Northwind Ltd"),
            some("Northwind Ltd")
        ]
    );
}

#[test]
fn appositives_and_relative_clauses_are_skipped() {
    let text = "Rosa Diaz, who chairs the council, said: “We need more money.”\n\n\
                Ian Ford, the club's manager since 2019, told the BBC that the result was a “real shame”.";
    let e = [
        person(text, &["Rosa Diaz"], Gender::Female),
        person(text, &["Ian Ford"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Rosa Diaz"), some("Ian Ford")]);
}

#[test]
fn according_to() {
    let text = "“The plant will close in May,” according to Lars Berg.";
    let e = [person(text, &["Lars Berg"], Gender::Male)];
    let q = run(text, &e);
    assert_eq!(q[0].1, some("Lars Berg"));
    assert_eq!(q[0].2, some("according to"));
}

#[test]
fn partial_quotes_after_speech_verbs_are_quotes() {
    let text = "On Tuesday, Foreign Minister Nia Cole described the country as a “difficult partner” at a briefing.\n\n\
                Nia Cole warned that the port had become “a key point for smuggling”.";
    let e = [person(text, &["Nia Cole"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "difficult partner");
    assert_eq!(q[0].2, some("described"));
    assert!(q.iter().all(|x| x.1 == some("Nia Cole")));
}

#[test]
fn quoted_terms_are_not_quotes() {
    let text = "Drone Pilots Trained at ‘Desert Hawk’ Camp\n\n\
                The officers took part in a “falcon hunting” competition last year.\n\n\
                The so-called “iron wall” plan was dropped.";
    let doc = Document::parse(text);
    assert!(find(&doc, &[]).is_empty());
}

#[test]
fn continuation_keeps_the_previous_speaker() {
    let text = "“We won,” said Ada Kim.\n\n“Next year we will win again.”\n\n\
                Ben Lowe said the team was tired. “They need a rest before the final.”";
    let e = [
        person(text, &["Ada Kim"], Gender::Female),
        person(text, &["Ben Lowe"], Gender::Male),
    ];
    assert_eq!(
        speakers(text, &e),
        [some("Ada Kim"), some("Ada Kim"), some("Ben Lowe")]
    );
}

#[test]
fn split_quote_around_its_attribution() {
    let text = "“I have no idea,” Pia Lund said of the voters, “but I trust them.”";
    let e = [person(text, &["Pia Lund"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.1 == some("Pia Lund")));
}

#[test]
fn quote_over_paragraphs_is_one_with_its_speaker() {
    let text = "Jon Bell said:\n\n“The first paragraph of the statement.\n\n“The second paragraph of it.”\n\nThen he left.";
    let e = [person(text, &["Jon Bell"], Gender::Male)];
    let q = run(text, &e);
    assert_eq!(q.len(), 1);
    assert!(q[0].0.starts_with("The first") && q[0].0.ends_with("of it."));
    assert_eq!(q[0].1, some("Jon Bell"));
}

#[test]
fn doubled_apostrophes_and_straight_marks() {
    let text = "''At that time, everyone cheered,'' Mr. Wu told a briefing. \"It was a mistake,\" Mr. Wu said.";
    let e = [person(text, &["Wu"], Gender::Male)];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "At that time, everyone cheered");
    assert!(q.iter().all(|x| x.1 == some("Wu")));
}

#[test]
fn conjoined_speakers_take_the_first() {
    let text = "“We can beat it,” Lee Chan and agency director Tom Lake said in a statement.";
    let e = [
        person(text, &["Lee Chan"], Gender::Female),
        person(text, &["Tom Lake"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Lee Chan")]);
}

#[test]
fn no_speaker_when_the_text_names_none() {
    let text = "The report was released on Monday.\n\n“The controls were weak and the staff were not trained.”";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
}

#[test]
fn thousands_of_unmatched_marks_are_quick() {
    let text = "He said “ yes and ” no ' maybe ‘ so ’ ".repeat(5_000);
    let doc = Document::parse(&text);
    let start = std::time::Instant::now();
    let _ = find(&doc, &[]);
    assert!(start.elapsed().as_secs() < 5);
}

#[test]
fn empty_and_odd_input_never_panics() {
    for text in [
        "",
        "“",
        "”",
        "\"",
        "''",
        "‘’",
        "“”",
        "said “",
        "” said",
        "«»",
        "“ ”",
        "'",
        "“a\n\n“b\n\n“c",
    ] {
        let doc = Document::parse(text);
        let _ = find(&doc, &[]);
    }
}

#[test]
fn question_with_inverted_asked() {
    let text = "Kim Soo met the press. “Why now?” asked Kim Soo. “Why not?” she asked.";
    let e = [person(text, &["Kim Soo"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert!(q
        .iter()
        .all(|x| x.1 == some("Kim Soo") && x.2 == some("asked")));
}

#[test]
fn told_an_outlet_with_colon() {
    let text = "Paul Grant told Reuters: “The figures are wrong.”";
    let e = [
        person(text, &["Paul Grant"], Gender::Male),
        entity(
            text,
            EntityKind::Organization,
            &["Reuters"],
            Gender::Unknown,
        ),
    ];
    assert_eq!(run(text, &e)[0].1, some("Paul Grant"));
}

#[test]
fn introductory_phrase_before_organisation() {
    let text = "In a statement on Monday, the Harbour Authority said: “Ships will be delayed.”";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Harbour Authority"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("Harbour Authority")]);
}

#[test]
fn quoted_as_saying() {
    let text = "Eli Marsh was quoted as saying: “We never agreed to this.”";
    let e = [person(text, &["Eli Marsh"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Eli Marsh")]);
}

#[test]
fn age_description_points_back() {
    let text =
        "Nora Quinn was arrested in May. “I did nothing wrong,” the 36-year-old told the court.";
    let e = [person(text, &["Nora Quinn"], Gender::Female)];
    assert_eq!(speakers(text, &e), [some("Nora Quinn")]);
}

#[test]
fn colon_without_verb_names_the_speaker() {
    let text =
        "“We won,” said Ada Kim.\n\nThe reply from Ben Lowe: “We will see about that next year.”";
    let e = [
        person(text, &["Ada Kim"], Gender::Female),
        person(text, &["Ben Lowe"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Ada Kim"), some("Ben Lowe")]);
}

#[test]
fn colon_names_the_person_before_her_institution() {
    let text =
        "Ecologist Lena Berg of Umeå University put it bluntly: “The forests will not wait.”";
    let e = [
        person(text, &["Lena Berg"], Gender::Female),
        entity(
            text,
            EntityKind::Organization,
            &["Umeå University"],
            Gender::Unknown,
        ),
    ];
    assert_eq!(speakers(text, &e), [some("Lena Berg")]);
}

#[test]
fn letters_after_a_name_do_not_hide_the_speaker() {
    let text = "Judge Sarah Whitfield KC told her: “You betrayed their trust.”";
    let e = [person(text, &["Sarah Whitfield"], Gender::Female)];
    assert_eq!(speakers(text, &e), [some("Sarah Whitfield")]);
}

#[test]
fn the_teenager_is_the_latest_person_named() {
    let text = "Asante, 19, scored twice. “I wanted to make a difference,” the teenager said.";
    let e = [person(text, &["Asante"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Asante")]);
    let text = "Ana Ruiz and Tom Bell spoke. “It was cold,” the man said.";
    let e = [
        person(text, &["Ana Ruiz"], Gender::Female),
        person(text, &["Tom Bell"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Tom Bell")]);
}

#[test]
fn a_fronted_clause_leaves_the_speaker_after_its_comma() {
    let text =
        "Gwen Pritchard praised her squad. Asked about the title, she smiled: “Ask me in May.”";
    let e = [person(text, &["Gwen Pritchard"], Gender::Female)];
    assert_eq!(speakers(text, &e), [some("Gwen Pritchard")]);
}

#[test]
fn straight_single_quotes_british_style() {
    let text =
        "'We are ready for the match,' the coach, Leo Hart, said. Hart called it 'a big day'.";
    let e = [person(text, &["Leo Hart", "Hart"], Gender::Male)];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "We are ready for the match");
    assert_eq!(q[1].0, "a big day");
    assert!(q.iter().all(|x| x.1 == some("Leo Hart")));
}

#[test]
fn british_single_outer_with_double_inner() {
    let text = "‘They kept shouting “go home” at us,’ said Amy Lund.";
    let e = [person(text, &["Amy Lund"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "They kept shouting “go home” at us");
    assert_eq!(q[0].1, some("Amy Lund"));
}

#[test]
fn guillemets_with_attribution() {
    let text = "« We will not give up », said Marc Leroy.";
    let e = [person(text, &["Marc Leroy"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Marc Leroy")]);
}

#[test]
fn headline_quote_with_attribution_is_a_quote() {
    let text = "‘We will not surrender’: Ivan Petrov vows to fight on\n\nThe president spoke late on Sunday.";
    let e = [person(text, &["Ivan Petrov"], Gender::Male)];
    let q = run(text, &e);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].1, some("Ivan Petrov"));
}

#[test]
fn plural_and_owned_speakers_have_no_entity() {
    let text = "Mia Roth leads the agency. “The work goes on,” they said.\n\n\
                “The budget is fixed,” Mia Roth's office said.";
    let e = [person(text, &["Mia Roth"], Gender::Female)];
    let doc = Document::parse(text);
    let q = find(&doc, &e);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker, None);
    assert_eq!(q[1].speaker, None);
    assert_eq!(q[1].speaker_text.as_deref(), Some("Mia Roth's office"));
}

#[test]
fn it_said_is_the_latest_organisation() {
    let text = "Orbital Dynamics lost the contract. “We will appeal the decision,” it said.";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Orbital Dynamics"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("Orbital Dynamics")]);
}

#[test]
fn two_speakers_in_one_paragraph() {
    let text =
        "“The vote was fair,” said Ola Berg. Rita Holm disagreed: “It was rigged from the start.”";
    let e = [
        person(text, &["Ola Berg"], Gender::Male),
        person(text, &["Rita Holm"], Gender::Female),
    ];
    assert_eq!(speakers(text, &e), [some("Ola Berg"), some("Rita Holm")]);
}

#[test]
fn pronoun_skips_a_name_inside_reported_speech() {
    let text = "Noel Dunne, the minister, said Mr Ahern had been “very committed” to the project. \
                “He is very disappointed it has come to this,” he said.";
    let e = [
        person(text, &["Noel Dunne"], Gender::Male),
        person(text, &["Ahern"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Noel Dunne"), some("Noel Dunne")]);
}

#[test]
fn coordinated_verb_takes_the_clause_subject() {
    let text = "Rui Costa pointed to new satellite images on Tuesday and said: “This shows a clear build-up.”";
    let e = [person(text, &["Rui Costa"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Rui Costa")]);
}

#[test]
fn a_request_is_not_a_cue() {
    let text =
        "Dan Ives announced that the city asked residents to save “every drop of water we can”.";
    let e = [
        person(text, &["Dan Ives"], Gender::Male),
        entity(text, EntityKind::Place, &["city"], Gender::Unknown),
    ];
    let q = run(text, &e);
    assert_eq!(q[0].1, some("Dan Ives"));
    assert_eq!(q[0].2, some("announced"));
}

#[test]
fn participle_after_a_statement_takes_the_clause_subject() {
    let text = "Clear Water issued a statement saying it left the talks “because of the threats to our staff.”";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Clear Water"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("Clear Water")]);
}

#[test]
fn chanted_slogans_are_quotes_of_the_crowd() {
    let text = "Many marchers were chanting “We are one” and “Stop the hate.” as they passed.";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.speaker.is_none()));
}

#[test]
fn relative_clause_subject_is_its_antecedent() {
    let text =
        "Critics include the Taxpayers League, which said the council had “ignored the voters.”";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Taxpayers League"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("Taxpayers League")]);
}

#[test]
fn pronoun_after_an_unnamed_speaker_stays_unnamed() {
    let text = "Mayor Helen Ortiz backed the plan. According to a spokeswoman for the council, \
                work starts in March. “The money is there,” she said.";
    let e = [person(text, &["Helen Ortiz"], Gender::Female)];
    assert_eq!(speakers(text, &e), [None]);
}

#[test]
fn a_cue_whose_object_is_the_next_quote_belongs_to_it() {
    let text = "The council approved a “green belt” along the river, a plan Dana Webb has called \
                “the best thing we will do this decade.”";
    let e = [person(text, &["Dana Webb"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "the best thing we will do this decade.");
    assert_eq!(q[0].1, some("Dana Webb"));
}

#[test]
fn a_cue_in_a_following_clause_is_not_the_quotes() {
    let text = "The Chamber of Trade called it “a burden on small firms,” while the local paper, \
                the Valley Herald, described the vote as “a turning point.”";
    let e = [
        entity(
            text,
            EntityKind::Organization,
            &["Chamber of Trade"],
            Gender::Unknown,
        ),
        entity(
            text,
            EntityKind::Organization,
            &["Valley Herald"],
            Gender::Unknown,
        ),
    ];
    assert_eq!(
        speakers(text, &e),
        [some("Chamber of Trade"), some("Valley Herald")]
    );
}

#[test]
fn several_asides_before_the_verb() {
    let text = "Sarah Jones, 34, a nurse from Leeds, said: “I have no way of getting to work.”";
    let e = [person(text, &["Sarah Jones"], Gender::Female)];
    assert_eq!(speakers(text, &e), [some("Sarah Jones")]);
}

#[test]
fn a_place_after_a_preposition_is_not_the_speaker() {
    let text = "“The people want the truth,” one protester outside the Capitol said.\n\n\
                “They are playing politics,” said Rep. Jim Banks of Indiana.";
    let e = [
        entity(text, EntityKind::Place, &["Capitol"], Gender::Unknown),
        entity(text, EntityKind::Place, &["Indiana"], Gender::Unknown),
        person(text, &["Jim Banks"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [None, some("Jim Banks")]);
}

#[test]
fn random_text_never_panics() {
    // A small linear congruential generator: deterministic, no dependency.
    let mut state: u64 = 0x5eed;
    let mut next = move |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "''",
        "‘",
        "’",
        "«",
        "»",
        " ",
        "\n\n",
        "\n",
        ",",
        ".",
        ":",
        "?",
        "said",
        "he",
        "she",
        "the minister",
        "Ana Vale",
        "told",
        "according to",
        "and",
        "who",
        "Mr.",
        "’s",
        "90s",
        "\r\n",
        "\u{a0}",
        "``",
        "‹",
        "›",
        "„",
        "\u{200b}",
        "é",
        "rock ’n’ roll",
        "—",
        "(",
        ")",
        "a",
        "We",
        "will",
        "win",
        "it",
        "that",
        "saying",
    ];
    for _ in 0..3000 {
        let len = next(40);
        let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
        let doc = Document::parse(&text);
        // Entities built here, so the test checks the quote layer alone.
        let mut entities = vec![person(&text, &["Ana Vale"], Gender::Female)];
        // And entities with odd spans: overlapping, empty, past the end.
        let spans = (0..next(4)).map(|_| {
            let a = next(text.len() + 3);
            Span::new(a, a + next(12))
        });
        entities.push(EntityCluster {
            kind: EntityKind::Person,
            name: "Odd".into(),
            descriptors: vec!["minister".into()],
            mentions: spans.collect(),
            gender: Gender::Female,
        });
        for q in find(&doc, &entities) {
            assert!(q.span.start < q.span.end && q.span.end <= text.len());
            assert!(q.speaker.is_none_or(|s| s < entities.len()));
        }
    }
}

#[test]
fn a_titled_name_in_the_aside_is_the_speaker() {
    let text =
        "Her rival, Councilman Victor Diaz, said the mayor had ''lost control'' of the budget.";
    let e = [person(text, &["Victor Diaz"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Victor Diaz")]);
}

#[test]
fn anonymous_official_with_a_long_description() {
    let text =
        "“The talks are over,” a senior official at the ministry who asked not to be named said.";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

#[test]
fn two_speakers_in_one_sentence() {
    let text = "Rob Hale called it “a joke,” but Ines Vidal said it was “a serious plan.”";
    let e = [
        person(text, &["Rob Hale"], Gender::Male),
        person(text, &["Ines Vidal"], Gender::Female),
    ];
    assert_eq!(speakers(text, &e), [some("Rob Hale"), some("Ines Vidal")]);
}

#[test]
fn written_documents_speak_for_no_one() {
    let text = "The letter, sent on Monday, read: “Your contract will not be renewed.”";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
}

#[test]
fn a_cue_before_governs_later_quotes_of_its_sentence() {
    let text =
        "Rick Lane said “we made a fair offer” and that the union's demands were “unrealistic”.";
    let e = [person(text, &["Rick Lane"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Rick Lane"), some("Rick Lane")]);
}

#[test]
fn a_statement_saying_belongs_to_its_author() {
    let text = "Harbour Lines issued a statement on Friday saying the strike was “regrettable but avoidable.”";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Harbour Lines"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("Harbour Lines")]);
}

#[test]
fn quoted_as_saying_names_the_one_quoted() {
    let text = "The Tasvir agency quoted Reza Karimi as saying: “The talks have failed.”\n\n\
                Nadia Aziz was quoted by the Tasvir agency as saying: “We are ready.”";
    let e = [
        entity(text, EntityKind::Organization, &["Tasvir"], Gender::Unknown),
        person(text, &["Reza Karimi"], Gender::Male),
        person(text, &["Nadia Aziz"], Gender::Female),
    ];
    assert_eq!(
        speakers(text, &e),
        [some("Reza Karimi"), some("Nadia Aziz")]
    );
}

#[test]
fn the_outlet_reporting_is_not_the_speaker() {
    let text = "The Harbour Ministry dismissed the claims as “baseless”, state media reported.";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Harbour Ministry"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("Harbour Ministry")]);
}

#[test]
fn quoted_an_unnamed_official() {
    let text =
        "The Tasvir agency quoted a senior official as saying the army was “ready for anything”.";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Tasvir"],
        Gender::Unknown,
    )];
    let doc = Document::parse(text);
    let q = find(&doc, &e);
    assert_eq!(q[0].speaker, None);
    assert_eq!(q[0].speaker_text.as_deref(), Some("a senior official"));
}

#[test]
fn titles_and_marked_terms_are_not_quotes() {
    let text = "Ana Vale said the book “The Long Road Home” had changed her life.\n\n\
                Ana Vale said the plan, dubbed “Operation Clean Sweep and Tidy Streets For Everyone”, would start soon.\n\n\
                In her own words: “We never gave up.”";
    let e = [person(text, &["Ana Vale"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "We never gave up.");
}

#[test]
fn a_bare_attribution_sentence_after_the_quote() {
    let text = "Jon Ruiz said the vote was unfair. “What a day for democracy.” Lea Marsh said on Monday.\n\n\
                “Our goal is to bring games to everyone.” Omar Said said the industry was now bigger than music.";
    let e = [
        person(text, &["Jon Ruiz"], Gender::Male),
        person(text, &["Lea Marsh"], Gender::Female),
        person(text, &["Omar Said"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Lea Marsh"), some("Omar Said")]);
}

#[test]
fn a_title_before_the_name_in_a_clause_subject() {
    let text = "Former Minister of State Hilda Crane clashed with the panel, chiding it, “What difference does it make?”";
    let e = [
        entity(
            text,
            EntityKind::Organization,
            &["Minister of State"],
            Gender::Unknown,
        ),
        person(text, &["Hilda Crane"], Gender::Female),
    ];
    assert_eq!(speakers(text, &e), [some("Hilda Crane")]);
}

#[test]
fn a_lost_closing_mark_never_swallows_the_article() {
    let text = "Ivo Lang said: “We will not stop until the end\n\n\
                The council met on Monday and approved the budget.\n\n\
                “It is a fair budget,” said Mara Holt.";
    let e = [
        person(text, &["Ivo Lang"], Gender::Male),
        person(text, &["Mara Holt"], Gender::Female),
    ];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "We will not stop until the end");
    assert_eq!(q[0].1, some("Ivo Lang"));
    assert_eq!(q[1].0, "It is a fair budget");
    assert_eq!(q[1].1, some("Mara Holt"));
}

#[test]
fn according_to_before_the_quote() {
    let text = "According to Lars Berg, “the plant will close in May and nobody will be paid.”";
    let e = [person(text, &["Lars Berg"], Gender::Male)];
    let q = run(text, &e);
    assert_eq!(q[0].1, some("Lars Berg"));
    assert_eq!(q[0].2, some("According to"));
}

#[test]
fn an_appositive_between_name_and_verb_with_a_partial_quote() {
    let text = "Petra Voss, a senior economist at Northfield Capital, said the slowdown was “entirely expected” by markets.";
    let e = [
        person(text, &["Petra Voss"], Gender::Female),
        entity(
            text,
            EntityKind::Organization,
            &["Northfield Capital"],
            Gender::Unknown,
        ),
    ];
    assert_eq!(speakers(text, &e), [some("Petra Voss")]);
}

#[test]
fn a_pronoun_skips_a_name_used_after_the_as_a_modifier() {
    let text = "Tom Ferris sailed past the Kellan Head beacon every week.\n\n\
                “It was never dull,” he says.";
    let e = [
        person(text, &["Tom Ferris"], Gender::Male),
        // The entity layer may take a place name for a person.
        person(text, &["Kellan Head"], Gender::Unknown),
    ];
    assert_eq!(speakers(text, &e), [some("Tom Ferris")]);
}

#[test]
fn an_organisation_subject_with_a_long_modifier() {
    let text = "The World Health Organization regional response office in the area said it was “gravely concerned” by the outbreak.";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["World Health Organization"],
        Gender::Unknown,
    )];
    assert_eq!(speakers(text, &e), [some("World Health Organization")]);
}

#[test]
fn a_noun_after_a_determiner_is_no_cue() {
    let text = "Ruth Ames, a fund manager, said the warning was “long overdue” for investors.";
    let e = [person(text, &["Ruth Ames"], Gender::Female)];
    assert_eq!(speakers(text, &e), [some("Ruth Ames")]);
}

#[test]
fn an_infinitive_cue_yields_to_the_finite_one() {
    let text = "Dr Omar Hale said the results should lead nurses to ask patients about diet “as a matter of course.”";
    let e = [person(text, &["Omar Hale"], Gender::Male)];
    assert_eq!(speakers(text, &e), [some("Omar Hale")]);
}

#[test]
fn a_post_nominal_makes_a_person_for_pronouns() {
    let text =
        "The defendant’s counsel, Helen Marsh KC, told the jury her client was “deeply sorry”. \
                “She will carry this for the rest of her life,” she said.";
    let e = [entity(
        text,
        EntityKind::Organization,
        &["Helen Marsh KC"],
        Gender::Unknown,
    )];
    assert_eq!(
        speakers(text, &e),
        [some("Helen Marsh KC"), some("Helen Marsh KC")]
    );
}

#[test]
fn a_headline_repeating_a_later_quote_is_that_speakers_quote() {
    let text = "'We will build it again': Millbrook mill reopens\n\n\
                The mill burned down in March. Owner Ada Finch said: \
                \"We will build it again, and better.\"";
    let e = [person(text, &["Ada Finch"], Gender::Female)];
    let q = run(text, &e);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "We will build it again");
    assert_eq!(q[0].1, some("Ada Finch"));
    assert_eq!(q[0].2, None);
}

#[test]
fn a_headline_term_said_by_no_one_stays_a_term() {
    let text = "‘Aerial Terror’ drills begin in the north\n\n\
                The army said the drills would last a week.";
    assert!(run(text, &[]).is_empty());
}

#[test]
fn a_pronoun_goes_to_the_subject_not_the_object() {
    // (text, the person who speaks): the latest name stands as an object.
    let cases: &[(&str, &str)] = &[
        (
            "Tom Reed thanked Piet Dam for the repairs. “The harbour is safe,” he said.",
            "Tom Reed",
        ),
        (
            "Speaking in Oslo, ministry spokesman Piet Dam praised Tom Reed.\n\n\
             “The harbour is safe,” he said.",
            "Piet Dam",
        ),
    ];
    for &(text, speaker) in cases {
        let e = [
            person(text, &["Tom Reed", "Reed"], Gender::Male),
            person(text, &["Piet Dam", "Dam"], Gender::Male),
        ];
        assert_eq!(speakers(text, &e), [some(speaker)], "{text}");
    }
}

#[test]
fn a_quote_closed_by_a_comma_keeps_its_cue_before_a_later_title() {
    // The cue after “…,” is this quote's, though a title follows it.
    let text = "“She made the whole story up,” he said on Radio Nord’s “Morning Hour.”";
    let e = [person(text, &["Radio Nord"], Gender::Unknown)];
    let q = run(text, &e);
    assert_eq!(q[0].0, "She made the whole story up");
    assert_eq!(q[0].2, some("said"));
}

#[test]
fn a_clause_fragment_is_no_speaker() {
    // Rows: text, the one person named, the speaker expected.
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "Judge Ines Varga said the landlord was “plainly wrong” for saying the rent was paid.",
            "Ines Varga",
            Some("Ines Varga"),
        ),
        (
            "Ole Brun, who has in the past described the dam as “a monument to waste,” spoke again.",
            "Ole Brun",
            Some("Ole Brun"),
        ),
    ];
    for &(text, name, expected) in rows {
        let e = [person(text, &[name], Gender::Unknown)];
        let q = run(text, &e);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].1.as_deref(), expected, "{text}");
    }
}

#[test]
fn a_headline_names_its_speaker_before_a_colon() {
    // Rows: headline and body, the speaker of the headline's quote.
    let rows: &[(&str, &str)] = &[
        (
            "Vera Holm: Harbour Plan ‘Dead in the Water’\n\nVera Holm spoke on Monday.",
            "Vera Holm",
        ),
        (
            "Holm: ‘We Will Fight This Plan Every Step of the Way.’\n\nVera Holm spoke on Monday.",
            "Vera Holm",
        ),
    ];
    for &(text, speaker) in rows {
        let e = [person(text, &["Vera Holm"], Gender::Female)];
        let q = run(text, &e);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].1.as_deref(), Some(speaker), "{text}");
        assert_eq!(q[0].2, None, "{text}");
    }
}

#[test]
fn a_person_in_the_aside_wins_over_a_place_before_it() {
    let text = "Speaking in Dunmore, Vermont, after the vote, Gov. Ann Holm (R-Vt.), said, \
                “We are ready for the next round.”";
    let e = [
        entity(text, EntityKind::Place, &["Dunmore"], Gender::Unknown),
        entity(text, EntityKind::Place, &["Vermont"], Gender::Unknown),
        entity(text, EntityKind::Organization, &["R-Vt."], Gender::Unknown),
        person(text, &["Ann Holm"], Gender::Female),
    ];
    assert_eq!(speakers(text, &e), [some("Ann Holm")]);
}

#[test]
fn descriptions_resolve_to_the_person_the_text_ties_them_to() {
    // Rows: text, the people named (name, gender), the speaker of the
    // last quote.
    type Row<'a> = (&'a str, &'a [(&'a str, Gender)], Option<&'a str>);
    let text = "Tom Vance spoke on Monday. Later the campaign's spokesman said: “We will win.”";
    let mut vance = person(text, &["Tom Vance"], Gender::Male);
    vance.descriptors = vec!["the campaign's spokesman".into()];
    assert_eq!(
        speakers(text, &[vance]),
        [some("Tom Vance")],
        "a descriptor's words"
    );
    let rows: &[Row] = &[
        // The main figure of the story, for a role no one was given.
        (
            "Rosa Lind toured the plant. Lind met workers. Rosa Lind spoke to Ivo Marsh. \
             “We will keep every job,” the candidate said.",
            &[("Rosa Lind", Gender::Female), ("Ivo Marsh", Gender::Male)],
            Some("Rosa Lind"),
        ),
        // The role before "of" heads the description.
        (
            "Rosa Lind toured the plant. Lind met workers. \
             “We will keep every job,” the former secretary of state said.",
            &[("Rosa Lind", Gender::Female)],
            Some("Rosa Lind"),
        ),
        // A person who spoke earlier in the paragraph comes first.
        (
            "Rosa Lind toured the plant. Lind met workers. Ivo Marsh said the race was open. \
             “She starts ahead,” said the political scientist.",
            &[("Rosa Lind", Gender::Female), ("Ivo Marsh", Gender::Male)],
            Some("Ivo Marsh"),
        ),
        // "A witness …. The witness said": the unnamed one introduced.
        (
            "Rosa Lind toured the plant. A witness saw the fire. \
             “It spread fast,” the witness said.",
            &[("Rosa Lind", Gender::Female)],
            None,
        ),
        // The subject of a fronted phrase is no appositive of the name in it.
        (
            "Rosa Lind toured the plant. \
             In an interview with Ivo Marsh, the candidate said the plan was “a scandal.”",
            &[("Ivo Marsh", Gender::Male), ("Rosa Lind", Gender::Female)],
            Some("Rosa Lind"),
        ),
        // A name in apposition to the description after the verb.
        (
            "“The bridge will open in May,” wrote the engineer at the time, Ivo Marsh.",
            &[("Ivo Marsh", Gender::Male)],
            Some("Ivo Marsh"),
        ),
    ];
    for &(text, people, expected) in rows {
        let e: Vec<EntityCluster> = people
            .iter()
            .map(|&(name, gender)| {
                let last = name.rsplit(' ').next().unwrap_or(name);
                person(text, &[name, last], gender)
            })
            .collect();
        let got = speakers(text, &e);
        assert_eq!(got.last().cloned().flatten().as_deref(), expected, "{text}");
    }
}

#[test]
fn a_name_just_before_a_description_is_not_its_referent() {
    // Rows: text, the speaker of the last quote.
    let rows: &[(&str, Option<&str>)] = &[
        (
            "Rosa Lind toured the plant. Lind met workers. Lind met Ivo Marsh. \
             On the radio with Ivo Marsh, the candidate said the plan was “a scandal.”",
            Some("Rosa Lind"),
        ),
        (
            "Rosa Lind toured the plant. Lind met workers. She would not say whether she \
             feared Sen. Ivo Marsh (D-Vt.). The candidate said: “It does not matter.”",
            Some("Rosa Lind"),
        ),
    ];
    for &(text, expected) in rows {
        let mut marsh = person(text, &["Ivo Marsh", "Marsh"], Gender::Male);
        // What an entity layer reading across the comma or full stop gives.
        marsh.descriptors = vec!["the candidate".into()];
        let e = [person(text, &["Rosa Lind", "Lind"], Gender::Female), marsh];
        let got = speakers(text, &e);
        assert_eq!(got.last().cloned().flatten().as_deref(), expected, "{text}");
    }
}

#[test]
fn a_pronoun_opening_the_sentence_speaks_before_a_colon() {
    let text = "Ina Roth ran the shelter for years. And she is sure that jailing Piet Vos \
                will only make him louder: “They are building a martyr.”";
    let e = [
        person(text, &["Ina Roth"], Gender::Female),
        person(text, &["Piet Vos"], Gender::Male),
    ];
    assert_eq!(speakers(text, &e), [some("Ina Roth")]);
}

#[test]
fn said_verbs_of_manner_beside_a_quote() {
    let text = "Lars Egede arrived late. “Enough,” he snapped. \
                “Nobody listens to us,” scoffed Mia Holt.";
    let e = [
        person(text, &["Lars Egede"], Gender::Male),
        person(text, &["Mia Holt"], Gender::Female),
    ];
    let q = run(text, &e);
    assert_eq!(
        q,
        [
            ("Enough".into(), some("Lars Egede"), some("snapped")),
            (
                "Nobody listens to us".into(),
                some("Mia Holt"),
                some("scoffed")
            ),
        ]
    );
}

#[test]
fn a_title_case_headline_cue_gives_its_quote_a_speaker() {
    let text = "Vera Holm Says Council, ‘Old Guard’ Pose A Threat To The Harbour\n\n\
                Vera Holm spoke on Monday.";
    let e = [person(text, &["Vera Holm"], Gender::Female)];
    assert_eq!(
        run(text, &e),
        [("Old Guard".into(), some("Vera Holm"), some("Says"))]
    );
}

#[test]
fn short_quotes_after_less_common_speech_verbs() {
    // Rows: text, the quote expected, its cue.
    let rows: &[(&str, &str, &str)] = &[
        (
            "“Your plan is brilliant,” Ivo Marsh assured the mayor.",
            "Your plan is brilliant",
            "assured",
        ),
        (
            "Ivo Marsh credited the crew for “a flawless night.”",
            "a flawless night.",
            "credited",
        ),
        (
            "Ivo Marsh blames the council for the ‘harbour fiasco’ row.",
            "harbour fiasco",
            "blames",
        ),
    ];
    for &(text, quote, cue) in rows {
        let e = [person(text, &["Ivo Marsh"], Gender::Male)];
        let q = run(text, &e);
        assert_eq!(q, [(quote.into(), some("Ivo Marsh"), some(cue))], "{text}");
    }
}

#[test]
fn a_short_quoted_sentence_right_after_a_quote_goes_on_with_it() {
    let text = "Ina Roth runs the shelter. “It is a scandal,” she says. It's “a disgrace.”\n\n\
                The council gave the ‘Harbour Fund’ nothing.";
    let e = [person(text, &["Ina Roth"], Gender::Female)];
    assert_eq!(
        run(text, &e),
        [
            ("It is a scandal".into(), some("Ina Roth"), some("says")),
            ("a disgrace.".into(), some("Ina Roth"), None),
        ]
    );
}

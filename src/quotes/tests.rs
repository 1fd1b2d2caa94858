//! Tests of the quote layer on sentences the team wrote, one or more per
//! pattern of news writing. Entities are built by hand so the tests do not
//! depend on the entity layer's accuracy.

use super::*;
use crate::entities::Gender;
use crate::model::EntityKind;

/// An entity of `kind` whose mentions are every whole-word occurrence of
/// each of `names` (longest first, no overlaps).
fn entity(text: &str, kind: EntityKind, names: &[&str], gender: Gender) -> EntityCluster {
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

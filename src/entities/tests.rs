//! Rules of the entity layer, one sentence each, written by the team.

use super::*;

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
fn nationality_before_title_is_a_group() {
    assert_eq!(
        kind_of("Polish Foreign Minister Jan Nowak spoke.", "Polish"),
        Some(EntityKind::Group)
    );
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

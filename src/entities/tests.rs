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

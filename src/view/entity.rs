//! Entity wording: the word for an entity's kind, a role cut to its head
//! for a compact note ("Portugal's Infrastructure Minister" → "minister"),
//! and a name as a note shortens it (a person's surname).

use crate::model::{Entity, EntityKind};

/// A role cut to its head for a compact note: "Portugal's Infrastructure
/// Minister" → "minister", "a spokesperson for Ukraine's air force" →
/// "spokesperson", "chief executive of Acme" → "chief executive"; empty for
/// a clause ("who runs two stations").
pub fn short_role(descriptor: &str) -> String {
    let lower = descriptor.to_lowercase();
    // A clause ("who runs two stations") names no role to cut to: a note
    // then gives the name alone (the clause is in its detail).
    if ["who ", "whose ", "which ", "that "]
        .iter()
        .any(|w| lower.starts_with(w))
    {
        return String::new();
    }
    let mut cut = descriptor.len();
    for stop in [
        " of ",
        " for ",
        " at ",
        " from ",
        " in ",
        " on ",
        " near ",
        " outside ",
        " with ",
        " who ",
        " which ",
        ",",
    ] {
        if let Some(i) = lower.find(stop) {
            cut = cut.min(i);
        }
    }
    let words: Vec<&str> = descriptor[..cut].split_whitespace().collect();
    let Some(&last) = words.last() else {
        return descriptor.trim().to_string();
    };
    let lowered = |w: &str| {
        // An acronym or a name keeps its capitals ("CEO", "MP").
        if w.chars().filter(|c| c.is_uppercase()).count() > 1 {
            w.to_string()
        } else {
            w.to_lowercase()
        }
    };
    let pair_heads = [
        "executive",
        "officer",
        "secretary",
        "general",
        "minister",
        "director",
        "president",
        "justice",
    ];
    let pair_modifiers = [
        "chief", "prime", "vice", "deputy", "foreign", "finance", "attorney",
    ];
    let head = lowered(last);
    if words.len() >= 2 && pair_heads.contains(&head.as_str()) {
        let before = lowered(words[words.len() - 2]);
        if pair_modifiers.contains(&before.as_str()) {
            return format!("{before} {head}");
        }
    }
    head
}

/// An entity's name as a note shortens it: a person's surname, else the name.
pub(super) fn short_name(e: &Entity) -> &str {
    match e.kind {
        EntityKind::Person => e.name.rsplit(' ').next().unwrap_or(&e.name),
        _ => &e.name,
    }
}

/// The kind of an entity as a word for a label.
pub fn entity_kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organization",
        EntityKind::Place => "Place",
        EntityKind::Group => "Group",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_cut_to_their_head_for_a_compact_note() {
        let cases = [
            ("Portugal's Infrastructure Minister", "minister"),
            ("a spokesperson for Ukraine's air force", "spokesperson"),
            ("the chief executive of Acme", "chief executive"),
            (
                "a 36-year-old officer from the Russian city of Kolomna",
                "officer",
            ),
            ("Prime Minister", "prime minister"),
            ("the company's CEO", "CEO"),
            ("who runs two stations outside Ibarreta", ""),
        ];
        for (descriptor, role) in cases {
            assert_eq!(short_role(descriptor), role, "{descriptor}");
        }
    }
}

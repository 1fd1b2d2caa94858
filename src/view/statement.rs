//! Statement wording: who gives a quote or reported statement, shortly
//! ("Marques, minister") and in full ("Helena Marques, Portugal's
//! Infrastructure Minister"), the card both kinds of statement share, and a
//! quote ready to paste with its speaker.

use super::entity::{short_name, short_role};
use super::NoteText;
use crate::model::{Annotations, Entity, Quote};
use crate::Analysis;

/// Who gives a statement, as a note says it: "Marques, minister", "US
/// officials"; `None` when the text names no one.
pub fn source_short(
    speaker: Option<&String>,
    speaker_text: Option<&String>,
    a: &Annotations,
) -> Option<String> {
    source(speaker, speaker_text, a, |e| {
        match e.descriptors.first().map(|d| short_role(d)) {
            Some(role) if !role.is_empty() => format!("{}, {role}", short_name(e)),
            _ => short_name(e).to_string(),
        }
    })
}

/// Who gives a statement in full: "Helena Marques, Portugal's
/// Infrastructure Minister", "US officials".
pub(super) fn source_full(
    speaker: Option<&String>,
    speaker_text: Option<&String>,
    a: &Annotations,
) -> Option<String> {
    source(speaker, speaker_text, a, |e| match e.descriptors.first() {
        Some(d) => format!("{}, {d}", e.name),
        None => e.name.clone(),
    })
}

/// A statement's source: the named speaker as `name` words them, else the
/// text's own words for an unnamed one.
fn source(
    speaker: Option<&String>,
    speaker_text: Option<&String>,
    a: &Annotations,
    name: impl Fn(&Entity) -> String,
) -> Option<String> {
    match speaker.and_then(|id| entity(id, a)) {
        Some(e) => Some(name(e)),
        None => speaker_text.cloned(),
    }
}

fn entity<'a>(id: &str, a: &'a Annotations) -> Option<&'a Entity> {
    a.entities.iter().find(|e| e.id == id)
}

/// The entity a quote names as its speaker.
pub fn speaker_of<'a>(q: &Quote, a: &'a Annotations) -> Option<&'a Entity> {
    entity(q.speaker.as_ref()?, a)
}

/// The card of a quote or a reported statement: "— Marques, minister" and
/// its cue; in the detail, after `details`, who said it in full and the cue.
pub(super) fn statement_note(
    label: &str,
    unnamed: &str,
    (speaker, speaker_text, cue): (Option<&String>, Option<&String>, Option<&String>),
    mut details: Vec<String>,
    a: &Annotations,
) -> NoteText {
    let title = match source_short(speaker, speaker_text, a) {
        Some(who) => format!("— {who}"),
        None => unnamed.to_string(),
    };
    details.extend(source_full(speaker, speaker_text, a));
    if let Some(cue) = cue {
        details.push(format!("cue: “{cue}”"));
    }
    NoteText {
        label: label.into(),
        title,
        aside: cue.cloned(),
        details,
    }
}

/// A quote with its attribution, ready to paste:
/// "“…” — Jake Sullivan, White House National Security Adviser".
pub fn cite_quote(q: &Quote, analysis: &Analysis) -> String {
    let speaker = source_full(
        q.speaker.as_ref(),
        q.speaker_text.as_ref(),
        &analysis.annotations,
    )
    .unwrap_or_else(|| "unattributed".into());
    format!("“{}” — {speaker}", q.text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cited_quote_names_its_speaker_in_full() {
        let analysis = crate::analyse(
            "“We are ready,” said Maria Lopez, the mayor of Springfield. “It is late,” one resident said.",
        );
        let quotes = &analysis.annotations.quotes;
        assert_eq!(quotes.len(), 2, "{quotes:?}");
        assert_eq!(
            cite_quote(&quotes[0], &analysis),
            "“We are ready” — Maria Lopez, the mayor of Springfield"
        );
        let unnamed = Quote {
            speaker: None,
            speaker_text: None,
            ..quotes[1].clone()
        };
        assert_eq!(
            cite_quote(&unnamed, &analysis),
            "“It is late” — unattributed"
        );
    }
}

//! Note text: what the note on each target says (`note_text`: a label, a
//! compact line and its detail, built from the figure, entity and
//! statement wording), and which notes earn a card in the margin
//! (`margin_priority`).

use super::entity::entity_kind_label;
use super::figure::{describe_figure, figure_kind_label, figure_short, format_number};
use super::statement::{source_full, source_short, statement_note};
use super::{margin, NoteText, Target};
use crate::model::{Annotations, AttributionKind, EntityKind, FigureKind};

/// What earns a card in the margin, most important first; `None` for a
/// target that only highlights and opens a popover (SPEC kinds without a
/// descriptor: an organization, place or group named and nothing more).
///
/// Quotes first (who said what is the reader's first question), then
/// reported speech, then figures, then people at their first mention, then
/// other names that the text describes ("Acme, the country's largest
/// builder").
pub fn margin_priority(target: Target, a: &Annotations) -> Option<u8> {
    match target {
        Target::Quote(_) => Some(0),
        Target::Attribution(_) => Some(1),
        Target::Figure(_) => Some(2),
        Target::Mention { entity, .. } => {
            let e = a.entities.get(entity)?;
            match e.kind {
                EntityKind::Person => Some(margin::PEOPLE),
                _ if !e.descriptors.is_empty() => Some(margin::PEOPLE + 1),
                _ => None,
            }
        }
    }
}

fn mention_count(n: usize) -> String {
    if n == 1 {
        "1 mention".into()
    } else {
        format!("{n} mentions")
    }
}

/// What the note on `target` says.
pub fn note_text(target: Target, a: &Annotations) -> NoteText {
    match target {
        Target::Mention { entity, .. } => {
            let Some(e) = a.entities.get(entity) else {
                return NoteText::default();
            };
            let quotes = a
                .quotes
                .iter()
                .filter(|q| q.speaker.as_ref() == Some(&e.id))
                .count();
            // The first descriptor is the line's aside, shown in full beside
            // the detail: the detail gives the others.
            let mut details: Vec<String> = e.descriptors.iter().skip(1).cloned().collect();
            let mut counts = mention_count(e.mentions.len());
            if quotes > 0 {
                counts.push_str(&format!(
                    " · {quotes} quote{}",
                    if quotes == 1 { "" } else { "s" }
                ));
            }
            details.push(counts);
            NoteText {
                label: entity_kind_label(e.kind).to_string(),
                title: e.name.clone(),
                aside: e.descriptors.first().cloned(),
                details,
            }
        }
        Target::Figure(i) => {
            let Some(f) = a.figures.get(i) else {
                return NoteText::default();
            };
            let title = figure_short(f);
            // The figure in plain words, unless the title already says it so
            // ("58", "£1.2 billion").
            let plain = describe_figure(f);
            let mut details = if plain == title {
                Vec::new()
            } else {
                vec![plain]
            };
            if let Some(m) = f.magnitude {
                details.push(format!("size: in the {}s", format_number(m)));
            }
            // What the unit is: what is counted, the currency, or the unit of
            // a measure ("%" says nothing the amount does not).
            let unit_word = match f.kind {
                FigureKind::Count => Some("counts"),
                FigureKind::Money => Some("currency"),
                FigureKind::Percent => None,
                FigureKind::Measure | FigureKind::Age | FigureKind::Frequency => Some("unit"),
            };
            if let (Some(word), Some(unit)) = (unit_word, &f.unit) {
                details.push(format!("{word}: {unit}"));
            }
            let source = f.attributed_to.as_ref().map(|s| {
                let cue = s
                    .quote
                    .and_then(|q| a.quotes.get(q)?.cue.clone())
                    .or_else(|| {
                        s.attribution
                            .and_then(|r| a.attributions.get(r)?.cue.clone())
                    });
                let who = source_short(s.speaker.as_ref(), s.speaker_text.as_ref(), a)
                    .unwrap_or_else(|| "an unnamed source".into());
                details.push(format!(
                    "given by {}",
                    source_full(s.speaker.as_ref(), s.speaker_text.as_ref(), a)
                        .unwrap_or_else(|| "an unnamed source".into())
                ));
                match cue {
                    Some(cue) => format!("{who}, {cue}"),
                    None => who,
                }
            });
            if f.attributed_to.is_none() {
                details.push("stated by the article itself".into());
            }
            let hedge = f.hedge.as_ref().map(|h| format!("“{h}”"));
            let aside = match (hedge, source) {
                (Some(h), Some(s)) => Some(format!("{h} · {s}")),
                (h, s) => h.or(s),
            };
            NoteText {
                label: format!("Figure · {}", figure_kind_label(f.kind)),
                title,
                aside,
                details,
            }
        }
        Target::Quote(i) => match a.quotes.get(i) {
            Some(q) => statement_note(
                "Quote",
                "No named speaker",
                (q.speaker.as_ref(), q.speaker_text.as_ref(), q.cue.as_ref()),
                Vec::new(),
                a,
            ),
            None => NoteText::default(),
        },
        Target::Attribution(i) => match a.attributions.get(i) {
            Some(r) => {
                let kind = match r.kind {
                    AttributionKind::Indirect => "reported speech, not quoted",
                    AttributionKind::Mixed => "reported speech with quoted words",
                };
                statement_note(
                    "Reported",
                    "No named source",
                    (r.speaker.as_ref(), r.speaker_text.as_ref(), r.cue.as_ref()),
                    vec![kind.to_string()],
                    a,
                )
            }
            None => NoteText::default(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_cards_name_their_source_and_cue() {
        let a = crate::annotate(
            "“We are ready,” said Maria Lopez, the mayor of Springfield. Lopez said the bridge was safe.",
        );
        let quote = note_text(Target::Quote(0), &a);
        assert_eq!(quote.label, "Quote");
        assert_eq!(quote.line(), "— Lopez, mayor · said");
        assert_eq!(
            quote.details.last().map(String::as_str),
            Some("cue: “said”")
        );
        assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
        let reported = note_text(Target::Attribution(0), &a);
        assert_eq!(reported.label, "Reported");
        assert_eq!(reported.line(), "— Lopez, mayor · said");
        assert_eq!(reported.details[0], "reported speech, not quoted");
    }
    #[test]
    fn a_figure_note_says_what_its_unit_is() {
        let a =
            crate::annotate("The town spent £3 million on 40 buses. Fares rose 5% over 12 years.");
        let detail = |text: &str| {
            let i = a.figures.iter().position(|f| f.text == text).unwrap();
            note_text(Target::Figure(i), &a).details
        };
        assert!(detail("£3 million").contains(&"currency: GBP".to_string()));
        assert!(detail("40 buses").contains(&"counts: buses".to_string()));
        assert!(!detail("5%")
            .iter()
            .any(|d| d.contains('%') && d.contains(':')));
        assert!(detail("12 years").contains(&"unit: years".to_string()));
    }
    #[test]
    fn a_person_note_gives_the_first_role_once() {
        let a = crate::annotate(
            "Maria Lopez, the mayor of Springfield, opened the bridge. “It is open,” Lopez said.",
        );
        let i = a
            .entities
            .iter()
            .position(|e| e.name == "Maria Lopez")
            .unwrap();
        let note = note_text(
            Target::Mention {
                entity: i,
                mention: 0,
            },
            &a,
        );
        assert_eq!(note.aside.as_deref(), Some("the mayor of Springfield"));
        assert_eq!(note.details, ["2 mentions · 1 quote"]);
    }
    #[test]
    fn an_exact_figure_is_said_once() {
        let a = crate::annotate("The town bought 40 buses for nearly £3 million.");
        let detail = |text: &str| {
            let i = a.figures.iter().position(|f| f.text == text).unwrap();
            note_text(Target::Figure(i), &a).details
        };
        assert_eq!(detail("40 buses")[0], "counts: buses");
        assert_eq!(
            detail("nearly £3 million")[0],
            "less than £3 million — “nearly”"
        );
    }
}

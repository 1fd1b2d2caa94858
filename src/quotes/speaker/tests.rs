//! Who an unnamed or described speaker is, as a case table: sentences the
//! team wrote, with entities built by hand so the cases do not depend on
//! the entity layer. Each case gives, for every quote in order, the entity
//! named as its speaker or the words kept for an unnamed one.

use crate::document::Document;
use crate::entities::Gender;
use crate::model::EntityKind;
use crate::quotes::find_statements;
use crate::quotes::tests::entity;

/// Who a case expects for one quote.
enum Who<'a> {
    /// The entity of this name.
    Named(&'a str),
    /// No entity; these words name the unnamed speaker.
    Unnamed(&'a str),
}
use Who::{Named, Unnamed};

impl Who<'_> {
    /// How a failure shows it.
    fn show(&self) -> String {
        match self {
            Named(name) => format!("named {name}"),
            Unnamed(words) => format!("unnamed {words:?}"),
        }
    }
}

struct Case {
    text: &'static str,
    /// People: their names (the first is the entity's) and gender.
    people: &'static [(&'static [&'static str], Gender)],
    /// Groups and organisations by kind and names.
    others: &'static [(EntityKind, &'static [&'static str])],
    want: &'static [Who<'static>],
}

const CASES: &[Case] = &[
    // A description after a preposition is the place; the noun phrase
    // before it speaks.
    Case {
        text: "Tom Vale spoke first. “Will he run again?” a party staffer in the hall wondered.",
        people: &[(&["Tom Vale"], Gender::Male)],
        others: &[],
        want: &[Unnamed("a party staffer in the hall")],
    },
    Case {
        text: "Ada Moss spoke first. “We are ready,” someone in the crowd shouted.",
        people: &[(&["Ada Moss"], Gender::Female)],
        others: &[],
        want: &[Unnamed("someone in the crowd")],
    },
    // One member of a group, or a company's employee, is no entity.
    Case {
        text: "“The money is there,” said one Liberal involved in the talks.",
        people: &[],
        others: &[(EntityKind::Group, &["Liberal"])],
        want: &[Unnamed("one Liberal involved")],
    },
    Case {
        text: "“It held,” one Liberal said. “It works,” said a Brightwave engineer.",
        people: &[],
        others: &[
            (EntityKind::Group, &["Liberal"]),
            (EntityKind::Organization, &["Brightwave"]),
        ],
        want: &[Unnamed("one Liberal"), Unnamed("a Brightwave engineer")],
    },
    // "a columnist for the news site X": the columnist, not the site.
    Case {
        text: "A columnist for the news site Quillpost said he was “deeply ashamed” of the vote.",
        people: &[],
        others: &[(EntityKind::Organization, &["Quillpost"])],
        want: &[Unnamed("A columnist for the news site Quillpost")],
    },
    // A role introduced with a name in apposition is that person later.
    Case {
        text: "An aide to the governor, Piet Lowe, spoke on Monday. “We have answered every letter,” the aide said.",
        people: &[(&["Piet Lowe", "Lowe"], Gender::Male)],
        others: &[],
        want: &[Named("Piet Lowe")],
    },
    Case {
        text: "Ruth Carey did not give evidence. Her barrister, Oona Field, spoke for an hour. \
               “My client trusted the plans,” the barrister told the jury.",
        people: &[
            (&["Ruth Carey", "Carey"], Gender::Female),
            (&["Oona Field", "Field"], Gender::Female),
        ],
        others: &[],
        want: &[Named("Oona Field")],
    },
    // "A witness said … The witness said": introduced unnamed, no one.
    Case {
        text: "Jon Abel was charged. A witness said she saw the van. “It was red,” the witness said.",
        people: &[(&["Jon Abel"], Gender::Male)],
        others: &[],
        want: &[Unnamed("the witness")],
    },
    // A neutral role asking is not who "she" replies as.
    Case {
        text: "Lise Brandvold spoke to investors. One analyst on the call asked whether more \
               cuts would come; she replied that the board had “no such plan”.",
        people: &[(&["Lise Brandvold", "Brandvold"], Gender::Female)],
        others: &[],
        want: &[Named("Lise Brandvold")],
    },
    // A quote inside reported speech is the reporter's, under its own
    // cue or none.
    Case {
        text: "Governor Ana Ruiz said she expected that voters will say “no” to the plan.",
        people: &[(&["Ana Ruiz"], Gender::Female)],
        others: &[(EntityKind::Group, &["voters"])],
        want: &[Named("Ana Ruiz")],
    },
    Case {
        text: "Ana Ruiz spoke last. The former minister talked about continuing the \
               “progress we made under the old council” and her plan.",
        people: &[(&["Ana Ruiz"], Gender::Female)],
        others: &[],
        want: &[Named("Ana Ruiz")],
    },
    // Not under a weak cue whose content runs on past its clause.
    Case {
        text: "Members who agree that the pier should close were angry, with Tom Vale \
               calling the plan a “mess”.",
        people: &[(&["Tom Vale"], Gender::Male)],
        others: &[],
        want: &[Named("Tom Vale")],
    },
    // A participle after a quote borrows the subject before it; the name
    // after it is its content.
    Case {
        text: "Tom Vale said the club will meet in May, but said, “It is time we change \
               how we work,” promising the Friends of Mary would return.",
        people: &[(&["Tom Vale", "Vale"], Gender::Male)],
        others: &[(EntityKind::Organization, &["Friends of Mary"])],
        want: &[Named("Tom Vale")],
    },
];

#[test]
fn described_and_unnamed_speakers() {
    for case in CASES {
        let mut entities: Vec<_> = case
            .people
            .iter()
            .map(|(names, gender)| entity(case.text, EntityKind::Person, names, *gender))
            .collect();
        for (kind, names) in case.others {
            entities.push(entity(case.text, *kind, names, Gender::Unknown));
        }
        let doc = Document::parse(case.text);
        let got: Vec<String> = find_statements(&doc, &entities)
            .quotes
            .into_iter()
            .map(|q| match (q.speaker, q.speaker_text) {
                (Some(e), _) => Named(&entities[e].name).show(),
                (None, text) => Unnamed(&text.unwrap_or_default()).show(),
            })
            .collect();
        let want: Vec<String> = case.want.iter().map(Who::show).collect();
        assert_eq!(got, want, "in: {}", case.text);
    }
}

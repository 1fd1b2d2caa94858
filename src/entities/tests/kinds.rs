//! The kind of a name from its heads, its title and the words around it:
//! one table of (sentence, name, kind), each row a rule, written by the team.

use super::{entities, kind_of};
use crate::model::EntityKind::{self, Organization, Person, Place};

#[rustfmt::skip]
const CASES: &[(&str, &str, Option<EntityKind>)] = &[
    // laboratories, polytechnics, inspectorates and newspapers are organisations
    ("Samples went to the Orrin Laboratory for Soil Studies.", "Orrin Laboratory for Soil Studies", Some(Organization)),
    ("She teaches at Keswick Polytechnic.", "Keswick Polytechnic", Some(Organization)),
    ("The Tarn Valley Inspectorate criticised the plan.", "Tarn Valley Inspectorate", Some(Organization)),
    ("The Dunsley Courier ran the story first.", "Dunsley Courier", Some(Organization)),
    ("It was reported by the Westby Chronicle on Friday.", "Westby Chronicle", Some(Organization)),
    // a legal form closes the name, in capitals or not
    ("The contract went to Brennic Systems AG of Hamburg.", "Brennic Systems AG", Some(Organization)),
    ("The contract went to Brennic Systems AG of Hamburg.", "Hamburg", Some(Place)),
    ("Shares of Halvard Assurance plc rose.", "Halvard Assurance plc", Some(Organization)),
    // an ordinal before a place's head is part of its name
    ("Voters in the Fourth Ward were angry.", "Fourth Ward", Some(Place)),
    // a courtesy title, or a title before a lone surname, makes a person
    // whatever the surname's head
    ("Mr. Church said the fund was empty.", "Church", Some(Person)),
    ("Ms. Hill smiled at the jury.", "Hill", Some(Person)),
    ("Her colleague Ada Church agreed.", "Ada Church", Some(Person)),
    // what is owned in a business, and where a role works
    ("Shares in Parvel rose on Monday.", "Parvel", Some(Organization)),
    ("Kim Hale, an analyst at Tordell Baines, said no.", "Tordell Baines", Some(Organization)),
    // "in" at a sentence's start, one word after "from", a region after a town
    ("In Tessaro, people waited for the bus.", "Tessaro", Some(Place)),
    ("The ferry came from Kettlewick on Sunday.", "Kettlewick", Some(Place)),
    ("The plant in Mereby, Loamshire, will close.", "Loamshire", Some(Place)),
    // an article before two unknown words: a thing, not a person
    ("The cakes were baked by the Ledbury Bakehouse.", "Ledbury Bakehouse", Some(Organization)),
    // a first name alone is a person
    ("Her husband, Rupert, said so.", "Rupert", Some(Person)),
    // a place noun after the name
    ("An inquiry into the Hollin Brae reservoir found faults.", "Hollin Brae", Some(Place)),
    // a name before a work's noun is the work's
    ("He played the Gallant Otter video game.", "Gallant Otter", None),
];

#[test]
fn kinds_from_heads_titles_and_context() {
    for &(text, name, kind) in CASES {
        assert_eq!(kind_of(text, name), kind, "{name} in {text:?}");
    }
}

#[test]
fn where_a_role_works_outweighs_a_verb_of_saying() {
    let e = entities(
        "Lina Moss, an analyst at Grell Baines, said no. Grell Baines said in a note that it was wrong.",
    );
    let grell = e
        .iter()
        .find(|(_, n, _)| n == "Grell Baines")
        .expect("the firm");
    assert_eq!(grell.0, Organization);
    assert_eq!(grell.2, ["Grell Baines", "Grell Baines"]);
}

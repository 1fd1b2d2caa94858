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
    ("The contract went to Brennic Pumpen AG of Hamburg.", "Brennic Pumpen AG", Some(Organization)),
    ("The contract went to Brennic Pumpen AG of Hamburg.", "Hamburg", Some(Place)),
    ("Shares of Halvard Mutual plc rose.", "Halvard Mutual plc", Some(Organization)),
    // an ordinal before a place's head is part of its name
    ("Voters in the Fourth Ward were angry.", "Fourth Ward", Some(Place)),
    // a courtesy title, or a title before a lone surname, makes a person
    // whatever the surname's head
    ("Mr. Field said the fund was empty.", "Field", Some(Person)),
    ("Ms. Hill smiled at the jury.", "Hill", Some(Person)),
    ("Her colleague Ada Ward agreed.", "Ada Ward", Some(Person)),
    ("Her colleague Ada Temple agreed.", "Ada Temple", Some(Person)),
    // what is owned in a business, and where a role works
    ("Shares in Parvel rose on Monday.", "Parvel", Some(Organization)),
    ("Kim Hale, a strategist at Tordell Grey, said no.", "Tordell Grey", Some(Organization)),
    // "in" at a sentence's start, one word after "from", a region after a town
    ("In Tessaro, people waited for the bus.", "Tessaro", Some(Place)),
    ("The ferry came from Kettlewick on Sunday.", "Kettlewick", Some(Place)),
    ("Floods hit a farm in Mereby, Loamshire, on Sunday.", "Loamshire", Some(Place)),
    // an article before two unknown words: a thing, not a person
    ("The cakes were baked by the Ledbury Bakehouse.", "Ledbury Bakehouse", Some(Organization)),
    // a first name alone is a person
    ("Her husband, Rupert, said so.", "Rupert", Some(Person)),
    // a place noun after the name
    ("Anglers fished the Coldby Brae reservoir all week.", "Coldby Brae", Some(Place)),
    // a hospital is a named facility, a place
    ("Patients waited at Tolby General Hospital for hours.", "Tolby General Hospital", Some(Place)),
    // a name before a work's noun is the work's
    ("He played the Gallant Otter video game.", "Gallant Otter", None),
    // nationality before title is a group
    ("Polish Foreign Minister Jan Nowak spoke.", "Polish", Some(EntityKind::Group)),
    // a dateline on a line of its own is a place
    ("Rains\n\nPARAMARIBO, Norvania 1996-08-30\n\nIt rained.", "Norvania", Some(EntityKind::Place)),
    // a county that plays is its club
    ("England beat Pakistan by 107 runs.", "England", Some(EntityKind::Place)),
    // particles and sentence initial institutions
    ("Social Democratic Party officials met on Monday.", "Social Democratic Party", Some(EntityKind::Organization)),
    ("Separately Acme Holdings said no.", "Acme Holdings", Some(EntityKind::Organization)),
    // unknown names take kind from context
    ("Crews worked near Tarnby, officials said.", "Tarnby", Some(EntityKind::Place)),
    ("She works for Velmora Holdings in Oslo.", "Velmora Holdings", Some(EntityKind::Organization)),
    ("They met at the Brakstad Air Base on Friday.", "Brakstad Air Base", Some(EntityKind::Place)),
    ("The Ministry of Fisheries agreed.", "Ministry of Fisheries", Some(EntityKind::Organization)),
    // names with acronyms are organisations
    ("Shares of KDX Holdings and NTT DoCoMo rose.", "NTT DoCoMo", Some(EntityKind::Organization)),
    // foreign organisation heads
    ("Researchers at Uppsala Institutet disagreed.", "Uppsala Institutet", Some(EntityKind::Organization)),
    // headlands are places
    ("Carrick Point has a lighthouse.", "Carrick Point", Some(EntityKind::Place)),
    // clubs named after unknown towns
    ("Brackley Wanderers beat Denford Athletic 2-0. Brackley had lost twice.", "Brackley Wanderers", Some(EntityKind::Organization)),
    ("Brackley Wanderers beat Denford Athletic 2-0. Brackley had lost twice.", "Denford Athletic", Some(EntityKind::Organization)),
    // datelines with slashes are places
    ("Headline here\n\nKELDAVIK/TRONSBERG, June 2 - The two companies said they would merge.", "Keldavik", Some(EntityKind::Place)),
    ("Headline here\n\nKELDAVIK/TRONSBERG, June 2 - The two companies said they would merge.", "Tronsberg", Some(EntityKind::Place)),
    // eponym possessive inside an organisation name
    ("Grants from Parkinson's Research UK and Huntington's Disease Association rose. \
                Britain's Labour Party agreed.", "Parkinson's Research UK", Some(EntityKind::Organization)),
    ("Grants from Parkinson's Research UK and Huntington's Disease Association rose. \
                Britain's Labour Party agreed.", "Huntington's Disease Association", Some(EntityKind::Organization)),
    ("Grants from Parkinson's Research UK and Huntington's Disease Association rose. \
                Britain's Labour Party agreed.", "Britain", Some(EntityKind::Place)),
    ("Grants from Parkinson's Research UK and Huntington's Disease Association rose. \
                Britain's Labour Party agreed.", "Labour Party", Some(EntityKind::Organization)),
    // numbered roads are places
    ("Traffic on Highway 17 was diverted along the A303 and M5 towards Exeter.", "Highway 17", Some(EntityKind::Place)),
    ("Traffic on Highway 17 was diverted along the A303 and M5 towards Exeter.", "A303", Some(EntityKind::Place)),
    ("Traffic on Highway 17 was diverted along the A303 and M5 towards Exeter.", "M5", Some(EntityKind::Place)),
    // a business noun before a name makes an organisation
    ("Orders moved to rival Brenmar Optics and to the shipping firm Caldrow Lines.", "Brenmar Optics", Some(EntityKind::Organization)),
    ("Orders moved to rival Brenmar Optics and to the shipping firm Caldrow Lines.", "Caldrow Lines", Some(EntityKind::Organization)),
    // country first names before a surname are people
    ("Later, Jordan Keel scored twice and Chad Mirren hit the bar.", "Jordan Keel", Some(EntityKind::Person)),
    ("Later, Jordan Keel scored twice and Chad Mirren hit the bar.", "Chad Mirren", Some(EntityKind::Person)),
    // a common plural's possessive inside a name that a head ends
    ("The Bus Drivers' Union called a strike.", "Bus Drivers' Union", Some(EntityKind::Organization)),
    ("The Rural Women's Institute met in Tolby.", "Rural Women's Institute", Some(EntityKind::Organization)),
    // an office in letters alone is a role, not a name
    ("The CEO said sales fell.", "CEO", None),
    ("The town's MP, Joanna Pell, said no.", "MP", None),
    ("The town's MP, Joanna Pell, said no.", "Joanna Pell", Some(EntityKind::Person)),
    // a title "of" an institution, with no one named after it
    ("Mara Lind, Chief Executive of Delta Works, said no.", "Delta Works", Some(Organization)),
    ("Mara Lind, Chief Executive of Delta Works, said no.", "Works", None),
    ("The Minister of Finance said no.", "Finance", None),
    ("Secretary of State Rice said no.", "Rice", Some(Person)),
    // an owner before a title phrase is the organisation, not a person
    ("Mara Lind, Tarn's Chief Executive, said no.", "Tarn", Some(Organization)),
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
        "Lina Moss, an economist at Grell Dunn, said no. Grell Dunn said on Friday that rates would rise.",
    );
    let grell = e
        .iter()
        .find(|(_, n, _)| n == "Grell Dunn")
        .expect("the firm");
    assert_eq!(grell.0, Organization);
    assert_eq!(grell.2, ["Grell Dunn", "Grell Dunn"]);
}

#[test]
fn an_age_after_a_name_makes_it_a_person_and_its_surname_too() {
    let e = entities(
        "Torvald Copper, 47, who owns Copper Haulage Ltd, was fined.\n\n\
         The council said that Copper had parked lorries on the verge.",
    );
    let man = e
        .iter()
        .find(|(_, n, _)| n == "Torvald Copper")
        .expect("the man");
    assert_eq!(man.0, Person);
    assert_eq!(man.2, ["Torvald Copper", "Copper"]);
}

#[test]
fn a_company_without_its_legal_form_is_the_company() {
    let e = entities(
        "The buses were run by Tarrow Coachways Ltd until 2020.\n\n\
         Tarrow Coachways, which runs nine buses, said sorry.",
    );
    assert_eq!(
        e,
        [(
            Organization,
            "Tarrow Coachways Ltd".to_string(),
            vec![
                "Tarrow Coachways Ltd".to_string(),
                "Tarrow Coachways".to_string()
            ]
        )]
    );
}

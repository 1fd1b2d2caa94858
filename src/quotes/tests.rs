//! Tests of the quote layer on sentences the team wrote, one or more per
//! pattern of news writing. Entities are built by hand so the tests do not
//! depend on the entity layer's accuracy.
//!
//! The shapes that repeat are case tables, each run by one loop that names
//! every failing case: [`SPEAKER_CASES`] (who speaks each quote of a text)
//! and [`QUOTE_CASES`] (each quote's words, speaker and cue). A new case of
//! either shape is a row; the functions below test what no table holds.

use super::*;
use crate::entities::Gender;
use crate::model::EntityKind;
use Gender::{Female, Male, Unknown};

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
    find_statements(&doc, entities)
        .quotes
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

/// An entity built by hand for a case: its kind, its names (the first is its
/// name; each matches every whole-word occurrence) and its gender.
type Named = (EntityKind, &'static [&'static str], Gender);

const PER: EntityKind = EntityKind::Person;
const ORG: EntityKind = EntityKind::Organization;
const LOC: EntityKind = EntityKind::Place;

fn build(text: &str, named: &[Named]) -> Vec<EntityCluster> {
    named
        .iter()
        .map(|&(kind, names, gender)| entity(text, kind, names, gender))
        .collect()
}

/// (case, text, entities named in it, the speaker of each quote found, in
/// text order).
type SpeakerCase = (
    &'static str,
    &'static str,
    &'static [Named],
    &'static [Option<&'static str>],
);

/// The most common shape: who speaks each quote of a text.
const SPEAKER_CASES: &[SpeakerCase] = &[
    (
        "a_report_around_uncued_quotes_outranks_the_speaker_carried_on",
        "On Monday Ivo Marsh and Pia Lund, the former minister, made separate appearances \
         at a town hall. “This is not what the city is about,” Marsh said. “We need bold changes.”\n\n\
         It was a version of Marsh’s stump speech, and a contrast to Lund. Reprising a favourite \
         line, the former minister talked about continuing the “progress we had under the old \
         council” and her commitment “to do everything we possibly can.”",
        &[(PER, &["Ivo Marsh", "Marsh"], Male), (PER, &["Pia Lund", "Lund"], Female)],
        &[
            Some("Ivo Marsh"),
            Some("Ivo Marsh"),
            Some("Pia Lund"),
            Some("Pia Lund"),
        ],
    ),
    (
        "a_role_no_one_was_given_goes_to_the_subject_over_the_object",
        "Ivo Marsh doubts Tom Vance's plan for the harbour.\n\n“It is reckless,” the candidate said.",
        &[(PER, &["Ivo Marsh"], Male), (PER, &["Tom Vance"], Male)],
        &[Some("Ivo Marsh")],
    ),
    (
        "a_public_body_described_as_another_kind_of_public_body",
        "The Transport Department missed its target.\n\n\
         “We worked diligently to meet the goal,” said the agency.\n\n\
         Northwind Ltd disagreed. “We were not consulted,” the ministry said.",
        &[
            (ORG, &["Transport Department"], Unknown),
            (ORG, &["Northwind Ltd"], Unknown),
        ],
        &[Some("Transport Department"), Some("Transport Department")],
    ),
    (
        "a_company_is_no_public_body",
        "Northwind Ltd missed its target.\n\n“We worked diligently,” said the agency.",
        &[(ORG, &["Northwind Ltd"], Unknown)],
        &[None],
    ),
    (
        "a_pronoun_after_someone_unnamed_of_its_sex_is_theirs",
        "Coach Ana Ellis praised him.\n\n\
         One supporter, a woman wearing a scarf, put it more simply. \
         “Who is going to frighten them now?” she asked.\n\n\
         Ana Ellis met a woman from the club. “We love her,” she said.",
        &[(PER, &["Ana Ellis"], Female)],
        &[None, Some("Ana Ellis")],
    ),
    (
        "the_subject_over_an_object_named_after_an_earlier_speaker",
        "“We will vote no,” Tom Vance said on Monday.\n\n\
         Ivo Marsh addressed the row when introducing Vance on Thursday. \
         “Maybe not literally,” he said.",
        &[(PER, &["Tom Vance", "Vance"], Male), (PER, &["Ivo Marsh"], Male)],
        &[Some("Tom Vance"), Some("Ivo Marsh")],
    ),
    (
        "an_unnamed_subject_leaves_the_object_to_the_pronoun",
        "While in Rome, Ivo Marsh posted photos.\n\n\
         Separately, the reporters were able to reach Tom Vance by phone. \
         “I am impressed,” he told them.",
        &[(PER, &["Ivo Marsh"], Male), (PER, &["Tom Vance"], Male)],
        &[Some("Tom Vance")],
    ),
    (
        "a_subject_after_a_dateline_is_the_main_figure",
        "PARIS — Ana Ruiz doesn’t recognize the plan of Eva Holt as the one she knew.\n\n\
         In an interview with two hosts, the presidential candidate said: “It is divisive.”",
        &[(PER, &["Ana Ruiz"], Female), (PER, &["Eva Holt"], Female)],
        &[Some("Ana Ruiz")],
    ),
    (
        "a_role_no_one_was_given_goes_first_to_who_is_named_in_the_paragraph",
        "Pia Lund chaired the inquiry. Ana Ruiz, who runs the depot, gave evidence. Ruiz \
         wrote a report, and Ruiz spoke again.\n\n\
         Dame Pia opened the hearing by saying that it would not look for a scapegoat. \
         “People were hurt,” the chairwoman said.",
        &[(PER, &["Pia Lund", "Dame Pia"], Female), (PER, &["Ana Ruiz", "Ruiz"], Female)],
        &[Some("Pia Lund")],
    ),
    (
        "pronoun_resolves_to_latest_compatible_person",
        "Omar Haddad met Julia Stern in Vienna. “We made progress,” she said. “Not enough,” he replied.",
        &[(PER, &["Omar Haddad"], Male), (PER, &["Julia Stern"], Female)],
        &[Some("Julia Stern"), Some("Omar Haddad")],
    ),
    (
        "honorific_gives_gender_when_entity_layer_does_not",
        "Mr. Kay and Mrs. Bell spoke. “It was fine,” he said.",
        &[(PER, &["Kay"], Unknown), (PER, &["Bell"], Unknown)],
        &[Some("Kay")],
    ),
    (
        "names_inside_quotes_are_not_speakers",
        "Sam Ortiz spoke at the rally. “No thanks to Nathan Dale,” he added.",
        &[(PER, &["Sam Ortiz"], Male), (PER, &["Nathan Dale"], Male)],
        &[Some("Sam Ortiz")],
    ),
    (
        "description_resolves_to_person_with_that_role",
        "Defence Minister Karl Brandt visited the base on Monday with Eva Roth.\n\n\
                “The base is ready,” the minister said.",
        &[(PER, &["Karl Brandt"], Male), (PER, &["Eva Roth"], Female)],
        &[Some("Karl Brandt")],
    ),
    (
        "organisation_speaks_as_itself",
        "The Ministry of Health published figures on Friday. “Cases are falling,” the ministry said.\n\n\
                Northwind Ltd said in a statement: “We regret the delay.”\n\n“We will pay,” the company added.",
        &[(ORG, &["Ministry of Health"], Unknown), (ORG, &["Northwind Ltd"], Unknown)],
        &[Some("Ministry of Health"), Some("Northwind Ltd"), Some("Northwind Ltd")],
    ),
    (
        "appositives_and_relative_clauses_are_skipped",
        "Rosa Diaz, who chairs the council, said: “We need more money.”\n\n\
                Ian Ford, the club's manager since 2019, told the BBC that the result was a “real shame”.",
        &[(PER, &["Rosa Diaz"], Female), (PER, &["Ian Ford"], Male)],
        &[Some("Rosa Diaz"), Some("Ian Ford")],
    ),
    (
        "continuation_keeps_the_previous_speaker",
        "“We won,” said Ada Kim.\n\n“Next year we will win again.”\n\n\
                Ben Lowe said the team was tired. “They need a rest before the final.”",
        &[(PER, &["Ada Kim"], Female), (PER, &["Ben Lowe"], Male)],
        &[Some("Ada Kim"), Some("Ada Kim"), Some("Ben Lowe")],
    ),
    (
        "conjoined_speakers_take_the_first",
        "“We can beat it,” Lee Chan and agency director Tom Lake said in a statement.",
        &[(PER, &["Lee Chan"], Female), (PER, &["Tom Lake"], Male)],
        &[Some("Lee Chan")],
    ),
    (
        "introductory_phrase_before_organisation",
        "In a statement on Monday, the Harbour Authority said: “Ships will be delayed.”",
        &[(ORG, &["Harbour Authority"], Unknown)],
        &[Some("Harbour Authority")],
    ),
    (
        "quoted_as_saying",
        "Eli Marsh was quoted as saying: “We never agreed to this.”",
        &[(PER, &["Eli Marsh"], Male)],
        &[Some("Eli Marsh")],
    ),
    (
        "age_description_points_back",
        "Nora Quinn was arrested in May. “I did nothing wrong,” the 36-year-old told the court.",
        &[(PER, &["Nora Quinn"], Female)],
        &[Some("Nora Quinn")],
    ),
    (
        "colon_without_verb_names_the_speaker",
        "“We won,” said Ada Kim.\n\nThe reply from Ben Lowe: “We will see about that next year.”",
        &[(PER, &["Ada Kim"], Female), (PER, &["Ben Lowe"], Male)],
        &[Some("Ada Kim"), Some("Ben Lowe")],
    ),
    (
        "colon_names_the_person_before_her_institution",
        "Ecologist Lena Berg of Umeå University put it bluntly: “The forests will not wait.”",
        &[(PER, &["Lena Berg"], Female), (ORG, &["Umeå University"], Unknown)],
        &[Some("Lena Berg")],
    ),
    (
        "letters_after_a_name_do_not_hide_the_speaker",
        "Judge Sarah Whitfield KC told her: “You betrayed their trust.”",
        &[(PER, &["Sarah Whitfield"], Female)],
        &[Some("Sarah Whitfield")],
    ),
    (
        "a_fronted_clause_leaves_the_speaker_after_its_comma",
        "Gwen Pritchard praised her squad. Asked about the title, she smiled: “Ask me in May.”",
        &[(PER, &["Gwen Pritchard"], Female)],
        &[Some("Gwen Pritchard")],
    ),
    (
        "guillemets_with_attribution",
        "« We will not give up », said Marc Leroy.",
        &[(PER, &["Marc Leroy"], Male)],
        &[Some("Marc Leroy")],
    ),
    (
        "it_said_is_the_latest_organisation",
        "Orbital Dynamics lost the contract. “We will appeal the decision,” it said.",
        &[(ORG, &["Orbital Dynamics"], Unknown)],
        &[Some("Orbital Dynamics")],
    ),
    (
        "two_speakers_in_one_paragraph",
        "“The vote was fair,” said Ola Berg. Rita Holm disagreed: “It was rigged from the start.”",
        &[(PER, &["Ola Berg"], Male), (PER, &["Rita Holm"], Female)],
        &[Some("Ola Berg"), Some("Rita Holm")],
    ),
    (
        "pronoun_skips_a_name_inside_reported_speech",
        "Noel Dunne, the minister, said Mr Ahern had been “very committed” to the project. \
                “He is very disappointed it has come to this,” he said.",
        &[(PER, &["Noel Dunne"], Male), (PER, &["Ahern"], Male)],
        &[Some("Noel Dunne"), Some("Noel Dunne")],
    ),
    (
        "coordinated_verb_takes_the_clause_subject",
        "Rui Costa pointed to new satellite images on Tuesday and said: “This shows a clear build-up.”",
        &[(PER, &["Rui Costa"], Male)],
        &[Some("Rui Costa")],
    ),
    (
        "participle_after_a_statement_takes_the_clause_subject",
        "Clear Water issued a statement saying it left the talks “because of the threats to our staff.”",
        &[(ORG, &["Clear Water"], Unknown)],
        &[Some("Clear Water")],
    ),
    (
        "relative_clause_subject_is_its_antecedent",
        "Critics include the Taxpayers League, which said the council had “ignored the voters.”",
        &[(ORG, &["Taxpayers League"], Unknown)],
        &[Some("Taxpayers League")],
    ),
    (
        "pronoun_after_an_unnamed_speaker_stays_unnamed",
        "Mayor Helen Ortiz backed the plan. According to a spokeswoman for the council, \
                work starts in March. “The money is there,” she said.",
        &[(PER, &["Helen Ortiz"], Female)],
        &[None],
    ),
    (
        "a_cue_in_a_following_clause_is_not_the_quotes",
        "The Chamber of Trade called it “a burden on small firms,” while the local paper, \
                the Valley Herald, described the vote as “a turning point.”",
        &[(ORG, &["Chamber of Trade"], Unknown), (ORG, &["Valley Herald"], Unknown)],
        &[Some("Chamber of Trade"), Some("Valley Herald")],
    ),
    (
        "several_asides_before_the_verb",
        "Sarah Jones, 34, a nurse from Leeds, said: “I have no way of getting to work.”",
        &[(PER, &["Sarah Jones"], Female)],
        &[Some("Sarah Jones")],
    ),
    (
        "a_place_after_a_preposition_is_not_the_speaker",
        "“The people want the truth,” one protester outside the Capitol said.\n\n\
                “They are playing politics,” said Rep. Jim Banks of Indiana.",
        &[(LOC, &["Capitol"], Unknown), (LOC, &["Indiana"], Unknown), (PER, &["Jim Banks"], Male)],
        &[None, Some("Jim Banks")],
    ),
    (
        "a_titled_name_in_the_aside_is_the_speaker",
        "Her rival, Councilman Victor Diaz, said the mayor had ''lost control'' of the budget.",
        &[(PER, &["Victor Diaz"], Male)],
        &[Some("Victor Diaz")],
    ),
    (
        "two_speakers_in_one_sentence",
        "Rob Hale called it “a joke,” but Ines Vidal said it was “a serious plan.”",
        &[(PER, &["Rob Hale"], Male), (PER, &["Ines Vidal"], Female)],
        &[Some("Rob Hale"), Some("Ines Vidal")],
    ),
    (
        "a_cue_before_governs_later_quotes_of_its_sentence",
        "Rick Lane said “we made a fair offer” and that the union's demands were “unrealistic”.",
        &[(PER, &["Rick Lane"], Male)],
        &[Some("Rick Lane"), Some("Rick Lane")],
    ),
    (
        "a_statement_saying_belongs_to_its_author",
        "Harbour Lines issued a statement on Friday saying the strike was “regrettable but avoidable.”",
        &[(ORG, &["Harbour Lines"], Unknown)],
        &[Some("Harbour Lines")],
    ),
    (
        "quoted_as_saying_names_the_one_quoted",
        "The Tasvir agency quoted Reza Karimi as saying: “The talks have failed.”\n\n\
                Nadia Aziz was quoted by the Tasvir agency as saying: “We are ready.”",
        &[(ORG, &["Tasvir"], Unknown), (PER, &["Reza Karimi"], Male), (PER, &["Nadia Aziz"], Female)],
        &[Some("Reza Karimi"), Some("Nadia Aziz")],
    ),
    (
        "the_outlet_reporting_is_not_the_speaker",
        "The Harbour Ministry dismissed the claims as “baseless”, state media reported.",
        &[(ORG, &["Harbour Ministry"], Unknown)],
        &[Some("Harbour Ministry")],
    ),
    (
        "a_bare_attribution_sentence_after_the_quote",
        "Jon Ruiz said the vote was unfair. “What a day for democracy.” Lea Marsh said on Monday.\n\n\
                “Our goal is to bring games to everyone.” Omar Said said the industry was now bigger than music.",
        &[(PER, &["Jon Ruiz"], Male), (PER, &["Lea Marsh"], Female), (PER, &["Omar Said"], Male)],
        &[Some("Lea Marsh"), Some("Omar Said")],
    ),
    (
        "a_title_before_the_name_in_a_clause_subject",
        "Former Minister of State Hilda Crane clashed with the panel, chiding it, “What difference does it make?”",
        &[(ORG, &["Minister of State"], Unknown), (PER, &["Hilda Crane"], Female)],
        &[Some("Hilda Crane")],
    ),
    (
        "an_appositive_between_name_and_verb_with_a_partial_quote",
        "Petra Voss, a senior economist at Northfield Capital, said the slowdown was “entirely expected” by markets.",
        &[(PER, &["Petra Voss"], Female), (ORG, &["Northfield Capital"], Unknown)],
        &[Some("Petra Voss")],
    ),
    // The entity layer may take a place name for a person.
    (
        "a_pronoun_skips_a_name_used_after_the_as_a_modifier",
        "Tom Ferris sailed past the Kellan Head beacon every week.\n\n\
                “It was never dull,” he says.",
        &[(PER, &["Tom Ferris"], Male), (PER, &["Kellan Head"], Unknown)],
        &[Some("Tom Ferris")],
    ),
    (
        "an_organisation_subject_with_a_long_modifier",
        "The World Health Organization regional response office in the area said it was “gravely concerned” by the outbreak.",
        &[(ORG, &["World Health Organization"], Unknown)],
        &[Some("World Health Organization")],
    ),
    (
        "a_noun_after_a_determiner_is_no_cue",
        "Ruth Ames, a fund manager, said the warning was “long overdue” for investors.",
        &[(PER, &["Ruth Ames"], Female)],
        &[Some("Ruth Ames")],
    ),
    (
        "an_infinitive_cue_yields_to_the_finite_one",
        "Dr Omar Hale said the results should lead nurses to ask patients about diet “as a matter of course.”",
        &[(PER, &["Omar Hale"], Male)],
        &[Some("Omar Hale")],
    ),
    (
        "a_post_nominal_makes_a_person_for_pronouns",
        "The defendant’s counsel, Helen Marsh KC, told the jury her client was “deeply sorry”. \
                “She will carry this for the rest of her life,” she said.",
        &[(ORG, &["Helen Marsh KC"], Unknown)],
        &[Some("Helen Marsh KC"), Some("Helen Marsh KC")],
    ),
    (
        "a_person_in_the_aside_wins_over_a_place_before_it",
        "Speaking in Dunmore, Vermont, after the vote, Gov. Ann Holm (R-Vt.), said, \
                “We are ready for the next round.”",
        &[(LOC, &["Dunmore"], Unknown), (LOC, &["Vermont"], Unknown), (ORG, &["R-Vt."], Unknown), (PER, &["Ann Holm"], Female)],
        &[Some("Ann Holm")],
    ),
    (
        "a_pronoun_opening_the_sentence_speaks_before_a_colon",
        "Ina Roth ran the shelter for years. And she is sure that jailing Piet Vos \
                will only make him louder: “They are building a martyr.”",
        &[(PER, &["Ina Roth"], Female), (PER, &["Piet Vos"], Male)],
        &[Some("Ina Roth")],
    ),
    (
        "the_teenager_is_the_latest_person_named",
        "Asante, 19, scored twice. “I wanted to make a difference,” the teenager said.",
        &[(PER, &["Asante"], Male)],
        &[Some("Asante")],
    ),
    (
        "the_man_is_the_latest_man_named",
        "Ana Ruiz and Tom Bell spoke. “It was cold,” the man said.",
        &[(PER, &["Ana Ruiz"], Female), (PER, &["Tom Bell"], Male)],
        &[Some("Tom Bell")],
    ),
    // A pronoun goes to the subject, not the object: the latest name
    // stands as an object.
    (
        "a_pronoun_goes_to_the_subject_not_the_object",
        "Tom Reed thanked Piet Dam for the repairs. “The harbour is safe,” he said.",
        &[(PER, &["Tom Reed", "Reed"], Male), (PER, &["Piet Dam", "Dam"], Male)],
        &[Some("Tom Reed")],
    ),
    (
        "a_pronoun_goes_to_the_subject_not_the_object_after_a_fronted_phrase",
        "Speaking in Oslo, ministry spokesman Piet Dam praised Tom Reed.\n\n\
         “The harbour is safe,” he said.",
        &[(PER, &["Tom Reed", "Reed"], Male), (PER, &["Piet Dam", "Dam"], Male)],
        &[Some("Piet Dam")],
    ),
];

/// (case, text, entities named in it, each quote found as (its words, its
/// speaker's name, its cue)).
type QuoteCase = (
    &'static str,
    &'static str,
    &'static [Named],
    &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
);

const QUOTE_CASES: &[QuoteCase] = &[
    (
        "speaker_after_the_quote_in_every_order",
        "Tom Reed and Ana Vale met on Monday.\n\n\
         “The deal is done,” Reed said.\n\n\
         “We are pleased,” said Ana Vale, the company's chief executive.\n\n\
         “It took months,” Reed told reporters.\n\n\
         “Nobody expected it,” added Vale.",
        &[
            (PER, &["Tom Reed", "Reed"], Male),
            (PER, &["Ana Vale", "Vale"], Female),
        ],
        &[
            ("The deal is done", Some("Tom Reed"), Some("said")),
            ("We are pleased", Some("Ana Vale"), Some("said")),
            ("It took months", Some("Tom Reed"), Some("told")),
            ("Nobody expected it", Some("Ana Vale"), Some("added")),
        ],
    ),
    (
        "said_verbs_of_manner_beside_a_quote",
        "Lars Egede arrived late. “Enough,” he snapped. \
         “Nobody listens to us,” scoffed Mia Holt.",
        &[(PER, &["Lars Egede"], Male), (PER, &["Mia Holt"], Female)],
        &[
            ("Enough", Some("Lars Egede"), Some("snapped")),
            ("Nobody listens to us", Some("Mia Holt"), Some("scoffed")),
        ],
    ),
    (
        "a_title_case_headline_cue_gives_its_quote_a_speaker",
        "Vera Holm Says Council, ‘Old Guard’ Pose A Threat To The Harbour\n\n\
         Vera Holm spoke on Monday.",
        &[(PER, &["Vera Holm"], Female)],
        &[("Old Guard", Some("Vera Holm"), Some("Says"))],
    ),
    // Short quotes after less common speech verbs.
    (
        "assured",
        "“Your plan is brilliant,” Ivo Marsh assured the mayor.",
        &[(PER, &["Ivo Marsh"], Male)],
        &[("Your plan is brilliant", Some("Ivo Marsh"), Some("assured"))],
    ),
    (
        "credited",
        "Ivo Marsh credited the crew for “a flawless night.”",
        &[(PER, &["Ivo Marsh"], Male)],
        &[("a flawless night.", Some("Ivo Marsh"), Some("credited"))],
    ),
    (
        "blames",
        "Ivo Marsh blames the council for the ‘harbour fiasco’ row.",
        &[(PER, &["Ivo Marsh"], Male)],
        &[("harbour fiasco", Some("Ivo Marsh"), Some("blames"))],
    ),
    (
        "a_short_quoted_sentence_right_after_a_quote_goes_on_with_it",
        "Ina Roth runs the shelter. “It is a scandal,” she says. It's “a disgrace.”\n\n\
         The council gave the ‘Harbour Fund’ nothing.",
        &[(PER, &["Ina Roth"], Female)],
        &[
            ("It is a scandal", Some("Ina Roth"), Some("says")),
            ("a disgrace.", Some("Ina Roth"), None),
        ],
    ),
    // A light verb lends its subject to the cue after "to".
    (
        "the_subject_of_a_light_verb_before_to",
        "Ivo Marsh is running for mayor. The editorial goes on to slam Marsh’s “political \
         revolution” as empty.",
        &[(PER, &["Ivo Marsh", "Marsh"], Male)],
        &[("political revolution", None, Some("slam"))],
    ),
    // A few words quoted inside reported speech are its source's.
    (
        "a_quoted_word_inside_a_report_is_its_sources",
        "Ivo Marsh said the harbour plan was “dead” and would stay that way. \
         Mia Holt's claim that the tender was “rigged” went unanswered.",
        &[(PER, &["Ivo Marsh"], Male), (PER, &["Mia Holt"], Female)],
        &[
            ("dead", Some("Ivo Marsh"), Some("said")),
            ("rigged", Some("Mia Holt"), Some("claim")),
        ],
    ),
    (
        "a_quoted_term_outside_a_report_or_marked_as_a_term_is_none",
        "The “harbour pledge” was signed on Monday.\n\n\
         Mia Holt said the so-called “green line” held.",
        &[(PER, &["Mia Holt"], Female)],
        &[],
    ),
];

#[test]
fn every_speaker_case() {
    let mut failures = Vec::new();
    for &(case, text, named, expected) in SPEAKER_CASES {
        let got = speakers(text, &build(text, named));
        let expected: Vec<Option<String>> = expected.iter().map(|s| s.map(String::from)).collect();
        if got != expected {
            failures.push(format!("{case}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_quote_case() {
    let mut failures = Vec::new();
    for &(case, text, named, expected) in QUOTE_CASES {
        let got = run(text, &build(text, named));
        let expected: Vec<_> = expected
            .iter()
            .map(|&(quote, speaker, cue)| {
                (
                    quote.to_string(),
                    speaker.map(String::from),
                    cue.map(String::from),
                )
            })
            .collect();
        if got != expected {
            failures.push(format!("{case}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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
fn chanted_slogans_are_quotes_of_the_crowd() {
    let text = "Many marchers were chanting “We are one” and “Stop the hate.” as they passed.";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.speaker.is_none()));
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
fn written_documents_speak_for_no_one() {
    let text = "The letter, sent on Monday, read: “Your contract will not be renewed.”";
    let doc = Document::parse(text);
    let q = find(&doc, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
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
fn a_cue_that_opens_a_quote_keeps_it_from_the_next_quotes_cue() {
    // The quote's own opening cue, not the cue after it that introduces
    // the next quote; and the frame is no reported speech of the joker.
    let text = "Ivo Marsh spoke to the crowd. When someone in the audience shouted, \
                “Vance,” Marsh joked, in a mock accent, “Come on up and get baptized!”";
    let e = [person(text, &["Ivo Marsh", "Marsh"], Gender::Male)];
    let doc = Document::parse(text);
    let found = find_statements(&doc, &e);
    let quotes: Vec<_> = found
        .quotes
        .iter()
        .map(|q| (doc.slice(q.span), q.speaker, q.speaker_text.as_deref()))
        .collect();
    assert_eq!(
        quotes,
        [
            ("Vance", None, Some("someone in the audience")),
            ("Come on up and get baptized!", Some(0), None),
        ]
    );
    assert!(found.attributions.is_empty(), "{:?}", found.attributions);
}

//! The entity layer's short word lists, each a file of `data/entities/`
//! (or a tagged part of a list another layer reads too), read through
//! [`crate::lexicon`]. The gazetteers and the lists with values (titles,
//! roles, first names) are in [`super::lexicon`]. The words a rule names
//! for itself ("of", "the") stay in the rule.

use crate::lexicon::{lists, Words};

/// A list of words, declared once: `words!(NAME = LIST;)`.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident = $list:ident;)*) => {
        $($(#[$doc])* pub static $name: Words = Words::new(lists::$list);)*
    };
}

words! {
    /// Particles inside names: "von der Leyen", "bin Salman".
    PARTICLES = ENTITIES_PARTICLES;
    /// "Boston-based": suffixes that leave the name before them a mention.
    NAME_PREFIX_SUFFIXES = ENTITIES_NAME_PREFIX_SUFFIXES;
    /// Nouns after a name that say it is a place ("the Kashan base").
    PLACE_NOUNS = ENTITIES_PLACE_NOUNS;
    /// First words that make a name a place ("Fort Worth").
    PLACE_PREFIXES = ENTITIES_PLACE_PREFIXES;
    /// First words that make a name an event ("Hurricane Milton").
    EVENT_PREFIXES = ENTITIES_EVENT_PREFIXES;
    /// Nouns after a name that make it a model of a thing ("Shahed drones").
    PRODUCT_NOUNS = ENTITIES_PRODUCT_NOUNS;
    /// Words before a name that say it is a place ("in", "near").
    PLACE_PREPOSITIONS = ENTITIES_PLACE_PREPOSITIONS;
    /// "city of X", "region of X".
    PLACE_OF = ENTITIES_PLACE_OF;
    /// Second halves of hyphenated identities ("Syrian-American").
    IDENTITY_SUFFIXES = ENTITIES_IDENTITY_SUFFIXES;
    /// Appositive nouns that make a name a business ("the logistics firm").
    ORG_APPOSITIVES = ENTITIES_ORG_APPOSITIVES;
    /// What an organisation is to another ("owner", "customer"): heads of
    /// its descriptors that make no name beside them one.
    ORG_ROLES = ENTITIES_ORG_ROLES;
    /// What follows "X's" when X is a business ("Lumivane's shares").
    ORG_POSSESSIONS = ENTITIES_ORG_POSSESSIONS;
    /// Heads of place names that are also surnames ("Lake", "Hill").
    SURNAME_HEADS = ENTITIES_SURNAME_HEADS;
    /// Generic domains of a website's address ("com", "co.uk").
    WEB_DOMAINS = ENTITIES_WEB_DOMAINS;
    /// Words that make a "Center" an institution ("National").
    INSTITUTION_WORDS = ENTITIES_INSTITUTION_WORDS;
    /// Auxiliaries after a subject ("has", "would").
    AUXILIARIES = ENTITIES_AUXILIARIES;
    /// Verbs of a sports result ("beat", "defeated").
    RESULT_VERBS = ENTITIES_RESULT_VERBS;
    /// Players and staff of a side ("captain", "striker").
    SPORTS_ROLES = ENTITIES_SPORTS_ROLES;
    /// Nations with national sides that are not countries ("Wales").
    NATIONS = ENTITIES_NATIONS;
    /// Road nouns after a road's code ("motorway", "junction").
    ROAD_WORDS = ENTITIES_ROAD_WORDS;
    /// Corporate endings ("Inc", "plc").
    CORPORATE_ENDINGS = ENTITIES_CORPORATE_ENDINGS;
    /// Words that end a role phrase read backwards ("with", "who").
    ROLE_PHRASE_BREAKERS = ENTITIES_ROLE_PHRASE_BREAKERS;
    /// Past participles that are adjectives before a role ("retired").
    ADJECTIVE_PARTICIPLES = ENTITIES_ADJECTIVE_PARTICIPLES;
    /// Short and irregular finite verbs ("held", "met").
    FINITE_VERBS = ENTITIES_FINITE_VERBS;
    /// Words before a title that say when it held ("former").
    TIME_MODIFIERS = ENTITIES_TIME_MODIFIERS;
    /// Letters after a person's name ("KC", "Jr"), shared with the quote layer.
    POST_NOMINALS = POST_NOMINALS;
}

/// Abbreviations whose dot belongs to the name they end ("Co.", "Jr.").
pub static CLOSED_BY_DOT: Words = Words::new(lists::ENTITIES_CLOSED_BY_DOT);
/// Of those, the company forms, whose dot at a sentence's end is its full stop.
pub static COMPANY_FORMS: Words = Words::tagged(lists::ENTITIES_CLOSED_BY_DOT, "company");
/// Days and months ("Thursday", "Sept"): the part of `data/not_names.txt`
/// a name stops before ("Harlow Thursday said").
pub static CALENDAR: Words = Words::tagged(lists::NOT_NAMES, "calendar");
/// Of the corporate endings, the legal forms ("Ltd", "AG"), which close a
/// name: "Brennic AG of Hamburg" is Brennic AG, of Hamburg.
pub static LEGAL_FORMS: Words = Words::tagged(lists::ENTITIES_CORPORATE_ENDINGS, "legal");
/// Last words that make a town's name a club ("Ashford Rovers").
pub static CLUB_HEADS: Words = Words::tagged(lists::ENTITIES_CLUB_WORDS, "head");
/// Last words that name a club alone ("Rovers" for "Blackmoor Rovers").
pub static CLUB_TAILS: Words = Words::tagged(lists::ENTITIES_CLUB_WORDS, "tail");
/// Nouns after a name that say it is an organisation ("Vantora shares"):
/// the part of `data/org_nouns.txt` the entity layer reads.
pub static ORG_NOUNS: Words = Words::tagged(lists::ORG_NOUNS, "after-name");
/// The commonest reporting verbs ("said", "told"), a sign of a person
/// speaking: the part of the quote layer's cue table the entity layer reads.
pub static SPEAKING_VERBS: Words = Words::tagged(lists::REPORTING_VERBS, "common");

//! The words the figure layer knows, and what each list means to it:
//! hedges, currencies, scales, units, and the small closed classes that end
//! a noun phrase. The words themselves are data, one file a list in
//! `data/figures/` (team-written, MIT OR Apache-2.0 like the crate), read
//! through [`crate::lexicon`]; this module keeps the rules around them (an
//! ending that makes a plural, a prefix allowed before a decade). All are
//! compared in lower case unless noted.

use crate::lexicon::{lists, number, text, Table, Words};
use crate::model::Bound;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A list of words, declared once: `words!(NAME, LIST)`.
macro_rules! words {
    ($($name:ident = $list:ident;)*) => {
        $(static $name: Words = Words::new(lists::$list);)*
    };
}

words! {
    MEASURE_UNITS = FIGURES_MEASURE_UNITS;
    TIME_UNITS = FIGURES_TIME_UNITS;
    IRREGULAR_PLURALS = FIGURES_IRREGULAR_PLURALS;
    NOT_PLURAL = FIGURES_NOT_PLURAL;
    PHRASE_ENDERS = FIGURES_PHRASE_ENDERS;
    LABEL_WORDS = FIGURES_LABEL_WORDS;
    MONTHS = FIGURES_MONTHS;
    TOPIC_NOUNS = FIGURES_TOPIC_NOUNS;
    FREQUENCY_NOUNS = FIGURES_FREQUENCY_NOUNS;
    PERSON_NOUNS = FIGURES_PERSON_NOUNS;
    PRONOUN_BE = FIGURES_PRONOUN_BE;
    OCCASION_NOUNS = FIGURES_OCCASION_NOUNS;
    DECADE_WORDS = FIGURES_DECADE_WORDS;
    PEOPLE_PLURALS = FIGURES_PEOPLE_PLURALS;
    TIMES_OF_DAY = FIGURES_TIMES_OF_DAY;
    ONE_IDIOMS = FIGURES_ONE_IDIOMS;
    SCORE_WORDS = FIGURES_SCORE_WORDS;
    VAGUE_PLURALS = FIGURES_VAGUE_PLURALS;
    AGE_HOLDERS = FIGURES_AGE_HOLDERS;
    SENTENCE_OPENERS = FIGURES_SENTENCE_OPENERS;
    MODIFIER_PLURALS = FIGURES_MODIFIER_PLURALS;
    ONE_OF_MANY = FIGURES_ONE_OF_MANY;
    COMMON_VERBS = FIGURES_COMMON_VERBS;
    DETERMINERS = FIGURES_DETERMINERS;
    METRE_NOUNS = FIGURES_METRE_NOUNS;
    NOT_AMOUNT_SUFFIXES = FIGURES_NOT_AMOUNT_SUFFIXES;
    MEASURING_MODIFIERS = FIGURES_MEASURING_MODIFIERS;
    MODALS = FIGURES_MODALS;
    DEGREE_SCALES = FIGURES_DEGREE_SCALES;
    DECADE_LEADS = FIGURES_DECADE_LEADS;
}

static CURRENCY_SYMBOLS: Table<&str> = Table::new(lists::FIGURES_CURRENCY_SYMBOLS, text);
static DOLLAR_PREFIXES: Table<&str> = Table::new(lists::FIGURES_DOLLAR_PREFIXES, text);
static CURRENCY_PREFIXES: Table<&str> = Table::new(lists::FIGURES_CURRENCY_PREFIXES, text);
static CURRENCY_WORDS: Table<&str> = Table::new(lists::FIGURES_CURRENCY_WORDS, text);
static DOLLAR_COUNTRIES: Table<&str> = Table::new(lists::FIGURES_DOLLAR_COUNTRIES, text);
static SCALE_WORDS: Table<f64> = Table::new(lists::FIGURES_SCALE_WORDS, number);
static NUMBER_WORDS: Table<f64> = Table::new(lists::FIGURES_NUMBER_WORDS, number);
static FRACTION_WORDS: Table<f64> = Table::new(lists::FIGURES_FRACTION_WORDS, number);
static MULTIPLIERS: Table<f64> = Table::new(lists::FIGURES_MULTIPLIERS, number);
static MAGNITUDES: Table<f64> = Table::new(lists::FIGURES_MAGNITUDES, number);
static PARTITIVES: Table<bool> = Table::new(lists::FIGURES_PARTITIVES, |v| match v {
    "noun" => Some(true),
    "alone" => Some(false),
    _ => None,
});
static HEDGES: Table<Bound> = Table::new(lists::FIGURES_HEDGES, bound);
static POST_HEDGES: Table<Bound> = Table::new(lists::FIGURES_POST_HEDGES, bound);

/// A hedge's bound as the data files write it (SPEC.md's names).
fn bound(value: &str) -> Option<Bound> {
    match value {
        "approx" => Some(Bound::Approx),
        "min" => Some(Bound::Min),
        "max" => Some(Bound::Max),
        _ => None,
    }
}

/// Phrases indexed by their first word: the phrases that may start at a
/// token are one hash probe away, where scanning the whole list at every
/// token of the text was the figure layer's main cost.
pub struct Phrases {
    by_first: FxHashMap<&'static str, Vec<Phrase>>,
}

/// A phrase's words, in lower case, and the bound it sets.
pub type Phrase = (Vec<&'static str>, Bound);

impl Phrases {
    /// Index a table of phrases, keeping the file's order.
    fn new(table: &Table<Bound>) -> Phrases {
        let mut by_first: FxHashMap<&'static str, Vec<Phrase>> = FxHashMap::default();
        for (phrase, bound) in table.entries() {
            let words: Vec<&'static str> = phrase.split_whitespace().collect();
            if let Some(&first) = words.first() {
                by_first.entry(first).or_default().push((words, bound));
            }
        }
        Phrases { by_first }
    }

    /// The phrases whose first word is `first`, in the order of the table.
    pub fn starting_with(&self, first: &str) -> &[Phrase] {
        self.by_first.get(first).map_or(&[], Vec::as_slice)
    }
}

/// The hedges before a number (`data/figures/hedges.txt`), indexed.
pub fn hedges() -> &'static Phrases {
    static INDEX: OnceLock<Phrases> = OnceLock::new();
    INDEX.get_or_init(|| Phrases::new(&HEDGES))
}

/// The hedges after a number (`data/figures/post_hedges.txt`), indexed.
pub fn post_hedges() -> &'static Phrases {
    static INDEX: OnceLock<Phrases> = OnceLock::new();
    INDEX.get_or_init(|| Phrases::new(&POST_HEDGES))
}

/// Currency symbols (one character) and their ISO codes.
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    CURRENCY_SYMBOLS.get(s)
}

/// Letters written straight before "$" ("US$20", "A$5"): the dollar's country.
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
    // Asked of every token: most start in lower case and are none of these.
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    DOLLAR_PREFIXES.get(s)
}

/// Currency words and codes written before the number ("Rs 500", "USD 20").
/// Case-sensitive: codes are capitals.
pub fn currency_prefix_word(s: &str) -> Option<&'static str> {
    // Asked of every token: most start in lower case and are none of these.
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    CURRENCY_PREFIXES.get(s)
}

/// Currency words written after the number ("10 million euros").
pub fn currency_word(s: &str) -> Option<&'static str> {
    CURRENCY_WORDS.get(s)
}

/// Scale words after a number, and the scales glued to digits ("4.5m").
pub fn scale_word(s: &str) -> Option<f64> {
    SCALE_WORDS.get(s)
}

/// Cardinal number words below a hundred.
pub fn small_number(s: &str) -> Option<f64> {
    NUMBER_WORDS.get(s)
}

/// Fraction words: "third" → 1/3 ("a third", "two-thirds").
pub fn fraction_word(s: &str) -> Option<f64> {
    FRACTION_WORDS.get(s)
}

pub fn is_measure_unit(lower: &str) -> bool {
    MEASURE_UNITS.contains(lower)
}

pub fn is_time_unit(lower: &str) -> bool {
    TIME_UNITS.contains(lower)
}

/// Nouns that make a number a frequency.
pub fn is_frequency_noun(lower: &str) -> bool {
    FREQUENCY_NOUNS.contains(lower)
}

/// Singular nouns for a person, the subject of a bare age ("her mother is
/// 81").
pub fn is_person_noun(lower: &str) -> bool {
    PERSON_NOUNS.contains(lower)
}

/// A personal pronoun with "be" in one word ("I'm", "she’s", "they're").
pub fn is_pronoun_be(lower: &str) -> bool {
    PRONOUN_BE.contains(lower)
}

/// Plural nouns of occasions that recur in a period ("three evenings a
/// week", "two sessions a day"): counted per period, they are a frequency.
pub fn is_occasion_noun(lower: &str) -> bool {
    OCCASION_NOUNS.contains(lower)
}

/// Whether a word, in lower case, reads as a plural noun (the head of a
/// counted phrase).
pub fn is_plural(lower: &str) -> bool {
    if IRREGULAR_PLURALS.contains(lower) {
        return true;
    }
    if NOT_PLURAL.contains(lower) || lower.chars().count() < 3 {
        return false;
    }
    lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("ous")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
}

pub fn ends_phrase(lower: &str) -> bool {
    PHRASE_ENDERS.contains(lower)
}

/// Nouns an amount can modify as the matter at issue ("over a £27m fraud"):
/// after "over" or "under" such an amount is a topic, not a bound.
pub fn is_topic_noun(lower: &str) -> bool {
    TOPIC_NOUNS.contains(lower)
}

/// A decade of life in words ("fifties"), with "mid-" allowed before it.
pub fn is_decade_word(lower: &str) -> bool {
    DECADE_WORDS.contains(lower.strip_prefix("mid-").unwrap_or(lower))
}

/// Words before a decade in digits that make it an age ("in their 30s",
/// "her late 40s").
pub fn is_decade_lead(lower: &str) -> bool {
    DECADE_LEADS.contains(lower)
}

/// Plural nouns for people by role ("owners", "residents", "officials"),
/// by shape: the agent endings, or an irregular plural of people.
pub fn is_people_plural(lower: &str) -> bool {
    PEOPLE_PLURALS.contains(lower)
        || ["ers", "ors", "ists", "ents", "ants", "ians", "ees"]
            .iter()
            .any(|end| lower.ends_with(end) && lower.len() > end.len() + 2)
}

/// Words before a number that make it a label ("page 3", "No. 10", "#1").
pub fn is_label_word(lower: &str) -> bool {
    // "#" alone would read as a comment line in the data file.
    lower == "#" || LABEL_WORDS.contains(lower)
}

/// A month name, as written (capitalised), with or without its dot: the
/// token and its lower-case form.
pub fn is_month(word: &str, lower: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && MONTHS.contains(lower.trim_end_matches('.'))
}

/// Words after a number that make it a clock time or a date.
pub fn is_time_of_day(lower: &str) -> bool {
    TIMES_OF_DAY.contains(lower)
}

/// Nouns after "one" that make an idiom, not a count ("one day", "one way").
pub fn is_one_idiom(lower: &str) -> bool {
    ONE_IDIOMS.contains(lower)
}

/// Words before a bare number that read as a sports score or a vote tally.
pub fn is_score_word(lower: &str) -> bool {
    SCORE_WORDS.contains(lower)
}

/// Hedged multipliers ("more than double", "nearly tenfold").
pub fn multiplier_word(lower: &str) -> Option<f64> {
    MULTIPLIERS.get(lower)
}

/// The size a scale word of a vague amount stands for, plural or singular
/// ("hundreds" → 100, "dozen" → 12).
pub fn magnitude_word(lower: &str) -> Option<f64> {
    MAGNITUDES.get(lower)
}

/// Words before a vague plural that take it ("hundreds" of what).
pub fn vague_plural(lower: &str) -> bool {
    VAGUE_PLURALS.contains(lower)
}

/// Nouns that name people of an age ("children under five").
pub fn is_age_holder(lower: &str) -> bool {
    AGE_HOLDERS.contains(lower)
}

/// Capitalised words that open a sentence before a number without naming
/// it ("Only 12 people", not "Windows 11").
pub fn is_sentence_opener(lower: &str) -> bool {
    SENTENCE_OPENERS.contains(lower)
}

/// A plural with no "s" ("people", "police").
pub fn is_irregular_plural(lower: &str) -> bool {
    IRREGULAR_PLURALS.contains(lower)
}

/// Plurals that often modify a following noun ("police officers",
/// "plainclothes agents", "sales staff").
pub fn is_modifier_plural(lower: &str) -> bool {
    is_irregular_plural(lower) || MODIFIER_PLURALS.contains(lower)
}

/// The plural of a unit of time ("year" → "years").
pub fn plural_of(unit: &str) -> String {
    if unit.ends_with('s') {
        unit.to_string()
    } else if unit == "century" {
        "centuries".into()
    } else {
        format!("{unit}s")
    }
}

/// Words after "of" that make a number partitive ("nine of the games",
/// "500 of which"), and whether a counted noun follows them.
pub fn partitive_word(lower: &str) -> Option<bool> {
    PARTITIVES.get(lower)
}

/// Nouns that "One ..." picks out as one example among many ("One study
/// found", "One project examined"): not a count.
pub fn is_one_of_many(lower: &str) -> bool {
    ONE_OF_MANY.contains(lower)
}

/// Irregular past tenses and other verbs that follow a subject ("one study
/// found"), so are never part of the noun before them.
pub fn is_common_verb(lower: &str) -> bool {
    COMMON_VERBS.contains(lower)
}

/// The country word before "dollars" ("US dollars", "Australian dollars").
pub fn dollar_country(lower: &str) -> Option<&'static str> {
    DOLLAR_COUNTRIES.get(lower)
}

/// Determiners and possessives: after a post-hedge's last word they make
/// it a preposition ("20 and over the next season").
pub fn is_determiner(lower: &str) -> bool {
    DETERMINERS.contains(lower)
}

/// Nouns and adjectives after a glued "m" that make it metres, not
/// millions ("the 100m sprint", "a 10m-high wall").
pub fn is_metre_noun(lower: &str) -> bool {
    METRE_NOUNS.contains(lower)
}

/// The last word of a glued suffix that makes the number no amount
/// ("one-on-one", "two-way", "three-time").
pub fn is_not_amount_suffix(lower: &str) -> bool {
    NOT_AMOUNT_SUFFIXES.contains(lower)
}

/// Words before a unit of measure that keep it a measure ("three city
/// blocks", "two more miles"), where other nouns make it a count of things
/// ("two apartment blocks").
pub fn is_measuring_modifier(lower: &str) -> bool {
    MEASURING_MODIFIERS.contains(lower)
}

/// "to" and the modal verbs, after which "double" is a verb ("aims to
/// double", "will triple").
pub fn is_modal(lower: &str) -> bool {
    MODALS.contains(lower)
}

/// The scales after "degrees" ("40 degrees Celsius").
pub fn is_degree_scale(lower: &str) -> bool {
    DEGREE_SCALES.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_reads_every_entry() {
        assert_eq!(CURRENCY_SYMBOLS.unreadable(), [] as [&str; 0]);
        for table in [
            &DOLLAR_PREFIXES,
            &CURRENCY_PREFIXES,
            &CURRENCY_WORDS,
            &DOLLAR_COUNTRIES,
        ] {
            assert_eq!(table.unreadable(), [] as [&str; 0]);
        }
        for table in [
            &SCALE_WORDS,
            &NUMBER_WORDS,
            &FRACTION_WORDS,
            &MULTIPLIERS,
            &MAGNITUDES,
        ] {
            assert_eq!(table.unreadable(), [] as [&str; 0]);
        }
        assert_eq!(PARTITIVES.unreadable(), [] as [&str; 0]);
        assert_eq!(HEDGES.unreadable(), [] as [&str; 0]);
        assert_eq!(POST_HEDGES.unreadable(), [] as [&str; 0]);
    }

    #[test]
    fn lists_read_as_written() {
        assert!(is_month("Jan.", "jan."));
        assert!(!is_month("may", "may"));
        assert!(is_pronoun_be("she’s") && is_pronoun_be("she's"));
        assert_eq!(scale_word("bn"), Some(1e9));
        assert_eq!(small_number("ninety"), Some(90.0));
        assert_eq!(currency_symbol("£"), Some("GBP"));
        assert_eq!(dollar_prefix("US"), Some("USD"));
        assert!(is_label_word("#") && is_label_word("page"));
        let no = hedges().starting_with("no");
        assert_eq!(no.first().map(|p| (p.0.len(), p.1)), Some((3, Bound::Max)));
    }
}

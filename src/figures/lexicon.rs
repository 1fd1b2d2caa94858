//! The words the figure layer knows: hedges, currencies, units, and the
//! small closed classes that end a noun phrase. Team-written lists (MIT OR
//! Apache-2.0, like the crate), all compared in lower case unless noted.

use crate::model::Bound;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// The long word lists, kept as data (see the file's header), as `build.rs`
/// copies them without their comments and blank lines.
const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/figures_words.txt"));

/// The sections of `data/figures/words.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    MeasureUnits,
    TimeUnits,
    IrregularPlurals,
    NotPlural,
    PhraseEnders,
    LabelWords,
    Months,
    TopicNouns,
}

impl List {
    const ALL: [List; 8] = [
        List::MeasureUnits,
        List::TimeUnits,
        List::IrregularPlurals,
        List::NotPlural,
        List::PhraseEnders,
        List::LabelWords,
        List::Months,
        List::TopicNouns,
    ];

    fn section(self) -> &'static str {
        match self {
            List::MeasureUnits => "measure-units",
            List::TimeUnits => "time-units",
            List::IrregularPlurals => "irregular-plurals",
            List::NotPlural => "not-plural",
            List::PhraseEnders => "phrase-enders",
            List::LabelWords => "label-words",
            List::Months => "months",
            List::TopicNouns => "topic-nouns",
        }
    }
}

/// Parse the data file once: one set of words per section.
fn lists() -> &'static [FxHashSet<&'static str>] {
    static LISTS: OnceLock<Vec<FxHashSet<&'static str>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut sets = vec![FxHashSet::default(); List::ALL.len()];
        let mut current: Option<usize> = None;
        for line in WORDS.lines().map(str::trim) {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = List::ALL.iter().position(|l| l.section() == name);
                continue;
            }
            if let Some(set) = current.and_then(|c| sets.get_mut(c)) {
                set.extend(line.split_whitespace());
            }
        }
        sets
    })
}

fn in_list(list: List, lower: &str) -> bool {
    // `List::ALL` is in declaration order, so the discriminant is the index.
    lists()
        .get(list as usize)
        .is_some_and(|set| set.contains(lower))
}

/// Phrases indexed by their first word: the phrases that may start at a
/// token are one hash probe away, where scanning the whole list at every
/// token of the text was the figure layer's main cost.
pub struct Phrases {
    by_first: FxHashMap<&'static str, Vec<Phrase>>,
}

/// A phrase's words, in lower case, and the bound it sets.
pub type Phrase = (&'static [&'static str], Bound);

impl Phrases {
    fn new(table: &'static [Phrase]) -> Phrases {
        let mut by_first: FxHashMap<&'static str, Vec<Phrase>> = FxHashMap::default();
        for &(words, bound) in table {
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

/// [`HEDGES`], indexed.
pub fn hedges() -> &'static Phrases {
    static INDEX: OnceLock<Phrases> = OnceLock::new();
    INDEX.get_or_init(|| Phrases::new(HEDGES))
}

/// [`POST_HEDGES`], indexed.
pub fn post_hedges() -> &'static Phrases {
    static INDEX: OnceLock<Phrases> = OnceLock::new();
    INDEX.get_or_init(|| Phrases::new(POST_HEDGES))
}

/// Hedges before a number, longest first within each start word so that
/// "no more than" wins over "no".
const HEDGES: &[(&[&str], Bound)] = &[
    (&["more", "or", "less"], Bound::Approx),
    (&["in", "the", "region", "of"], Bound::Approx),
    (&["an", "estimated"], Bound::Approx),
    (&["estimated"], Bound::Approx),
    (&["close", "to"], Bound::Approx),
    (&["approximately"], Bound::Approx),
    (&["approx", "."], Bound::Approx),
    (&["approx"], Bound::Approx),
    (&["well", "under"], Bound::Max),
    (&["well", "below"], Bound::Max),
    (&["a", "little", "over"], Bound::Min),
    (&["a", "little", "more", "than"], Bound::Min),
    (&["a", "little", "under"], Bound::Max),
    (&["a", "little", "less", "than"], Bound::Max),
    (&["slightly", "more", "than"], Bound::Min),
    (&["slightly", "over"], Bound::Min),
    (&["slightly", "less", "than"], Bound::Max),
    (&["slightly", "fewer", "than"], Bound::Max),
    (&["slightly", "under"], Bound::Max),
    (&["just", "more", "than"], Bound::Min),
    (&["just", "less", "than"], Bound::Max),
    (&["just", "fewer", "than"], Bound::Max),
    (&["well", "more", "than"], Bound::Min),
    (&["far", "more", "than"], Bound::Min),
    (&["many", "more", "than"], Bound::Min),
    (&["as", "far", "as"], Bound::Max),
    (&["not", "quite"], Bound::Max),
    (&["roughly", "about"], Bound::Approx),
    (&["around", "about"], Bound::Approx),
    (&["about"], Bound::Approx),
    (&["around"], Bound::Approx),
    (&["roughly"], Bound::Approx),
    (&["some"], Bound::Approx),
    (&["circa"], Bound::Approx),
    (&["nearly"], Bound::Max),
    (&["almost"], Bound::Max),
    (&["up", "to"], Bound::Max),
    (&["just", "under"], Bound::Max),
    (&["just", "below"], Bound::Max),
    (&["just", "shy", "of"], Bound::Max),
    (&["just", "over"], Bound::Min),
    (&["just", "above"], Bound::Min),
    (&["well", "over"], Bound::Min),
    (&["well", "above"], Bound::Min),
    (&["under"], Bound::Max),
    (&["below"], Bound::Max),
    (&["less", "than"], Bound::Max),
    (&["fewer", "than"], Bound::Max),
    (&["no", "more", "than"], Bound::Max),
    (&["no", "fewer", "than"], Bound::Min),
    (&["no", "less", "than"], Bound::Min),
    (&["not", "more", "than"], Bound::Max),
    (&["not", "less", "than"], Bound::Min),
    (&["as", "many", "as"], Bound::Max),
    (&["as", "much", "as"], Bound::Max),
    (&["as", "long", "as"], Bound::Max),
    (&["as", "high", "as"], Bound::Max),
    (&["at", "most"], Bound::Max),
    (&["a", "maximum", "of"], Bound::Max),
    (&["a", "minimum", "of"], Bound::Min),
    (&["at", "least"], Bound::Min),
    (&["more", "than"], Bound::Min),
    (&["over"], Bound::Min),
    (&["above"], Bound::Min),
    (&["upwards", "of"], Bound::Min),
    (&["upward", "of"], Bound::Min),
    (&["in", "excess", "of"], Bound::Min),
    (&["something", "like"], Bound::Approx),
    (&["the", "best", "part", "of"], Bound::Max),
    (&["the", "better", "part", "of"], Bound::Max),
    (&["north", "of"], Bound::Min),
    (&["south", "of"], Bound::Max),
    (&["shy", "of"], Bound::Max),
    (&["well", "north", "of"], Bound::Min),
    (&["a", "shade", "under"], Bound::Max),
    (&["a", "shade", "over"], Bound::Min),
    (&["a", "touch", "under"], Bound::Max),
    (&["a", "touch", "over"], Bound::Min),
    (&["getting", "on", "for"], Bound::Max),
    (&["nigh", "on"], Bound::Max),
    (&["close", "on"], Bound::Approx),
    (&["not", "far", "off"], Bound::Approx),
    (&["at", "the", "very", "least"], Bound::Min),
    (&["as", "few", "as"], Bound::Min),
    (&["as", "little", "as"], Bound::Min),
    (&["as", "low", "as"], Bound::Min),
];

/// Hedges after a number: "30 or so", "10 or more", "aged 65 and over".
const POST_HEDGES: &[(&[&str], Bound)] = &[
    (&["or", "so"], Bound::Approx),
    (&["or", "more"], Bound::Min),
    (&["or", "fewer"], Bound::Max),
    (&["or", "less"], Bound::Max),
    (&["or", "under"], Bound::Max),
    (&["or", "below"], Bound::Max),
    (&["or", "over"], Bound::Min),
    (&["or", "above"], Bound::Min),
    (&["or", "older"], Bound::Min),
    (&["or", "younger"], Bound::Max),
    (&["or", "thereabouts"], Bound::Approx),
    (&["and", "counting"], Bound::Min),
    (&["and", "over"], Bound::Min),
    (&["and", "above"], Bound::Min),
    (&["and", "older"], Bound::Min),
    (&["and", "upwards"], Bound::Min),
    (&["and", "under"], Bound::Max),
    (&["and", "below"], Bound::Max),
    (&["and", "younger"], Bound::Max),
];

/// Currency symbols (one character) and their ISO codes.
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    let mut chars = s.chars();
    let (Some(symbol), None) = (chars.next(), chars.next()) else {
        return None;
    };
    Some(match symbol {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₴' => "UAH",
        '₩' => "KRW",
        '₪' => "ILS",
        '₺' => "TRY",
        '₦' => "NGN",
        _ => return None,
    })
}

/// Letters written straight before "$" ("US$20", "A$5"): the dollar's country.
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
    // Asked of every token: most start in lower case and are none of these.
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some(match s {
        "US" | "U.S." => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" | "CAN" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "Mex" | "MX" => "MXN",
        _ => return None,
    })
}

/// Currency words and codes written before the number ("Rs 500", "USD 20").
/// Case-sensitive: codes are capitals.
pub fn currency_prefix_word(s: &str) -> Option<&'static str> {
    // Asked of every token: most start in lower case and are none of these.
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some(match s {
        "Rs" | "Rs." | "INR" => "INR",
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "RUB" => "RUB",
        "UAH" => "UAH",
        "CHF" => "CHF",
        "AUD" => "AUD",
        "CAD" => "CAD",
        _ => return None,
    })
}

/// Currency words written after the number ("10 million euros").
pub fn currency_word(s: &str) -> Option<&'static str> {
    Some(match s {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "sterling" | "gbp" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "hryvnia" | "hryvnias" | "hryvnas" | "uah" => "UAH",
        "shekel" | "shekels" | "ils" => "ILS",
        "francs" | "chf" => "CHF",
        "riyals" | "riyal" => "SAR",
        "dirhams" | "dirham" => "AED",
        "lira" | "liras" => "TRY",
        "pesos" => "MXN",
        "naira" => "NGN",
        "rand" => "ZAR",
        "shilling" | "shillings" => "KES",
        "rial" | "rials" => "IRR",
        "baht" => "THB",
        "ringgit" => "MYR",
        "rupiah" => "IDR",
        "zloty" | "zlotys" => "PLN",
        "krona" | "kronor" => "SEK",
        "forint" | "forints" => "HUF",
        "taka" => "BDT",
        "dinar" | "dinars" => "IQD",
        _ => return None,
    })
}

/// Scale words after a number, and the scales glued to digits ("4.5m").
pub fn scale_word(s: &str) -> Option<f64> {
    Some(match s {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" | "millions" => 1e6,
        "billion" | "bn" | "bln" | "b" | "billions" => 1e9,
        "trillion" | "tn" | "trn" | "trillions" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Cardinal number words below a hundred.
pub fn small_number(s: &str) -> Option<f64> {
    const ONES: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    // Asked of nearly every word: one hash probe, not a scan of both lists.
    static VALUES: OnceLock<FxHashMap<&'static str, f64>> = OnceLock::new();
    let values = VALUES.get_or_init(|| {
        let ones = ONES.iter().enumerate().map(|(i, &w)| (w, i as f64));
        let tens = (TENS.iter().enumerate()).map(|(i, &w)| (w, (20 + 10 * i) as f64));
        ones.chain(tens).collect()
    });
    values.get(s).copied()
}

/// Fraction words: "third" → 1/3 ("a third", "two-thirds").
pub fn fraction_word(s: &str) -> Option<f64> {
    Some(match s {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

pub fn is_measure_unit(lower: &str) -> bool {
    in_list(List::MeasureUnits, lower)
}

pub fn is_time_unit(lower: &str) -> bool {
    in_list(List::TimeUnits, lower)
}

/// Nouns that make a number a frequency.
pub fn is_frequency_noun(lower: &str) -> bool {
    matches!(lower, "times" | "occasions" | "occasion" | "time")
}

/// Singular nouns for a person, the subject of a bare age ("her mother is
/// 81").
pub fn is_person_noun(lower: &str) -> bool {
    matches!(
        lower,
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "child"
            | "baby"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "mum"
            | "dad"
            | "wife"
            | "husband"
            | "partner"
            | "brother"
            | "sister"
            | "grandmother"
            | "grandfather"
            | "victim"
            | "suspect"
            | "defendant"
            | "teenager"
    )
}

/// A personal pronoun with "be" in one word ("I'm", "she's", "they're").
pub fn is_pronoun_be(lower: &str) -> bool {
    let plain = lower.replace('’', "'");
    matches!(
        plain.as_str(),
        "i'm" | "he's" | "she's" | "you're" | "we're" | "they're"
    )
}

/// Plural nouns of occasions that recur in a period ("three evenings a
/// week", "two sessions a day"): counted per period, they are a frequency.
pub fn is_occasion_noun(lower: &str) -> bool {
    matches!(
        lower,
        "mornings"
            | "afternoons"
            | "evenings"
            | "weekends"
            | "weekdays"
            | "weeknights"
            | "sessions"
            | "shifts"
            | "visits"
            | "meals"
            | "lessons"
            | "classes"
            | "matches"
            | "games"
    )
}

/// Whether a word reads as a plural noun (the head of a counted phrase).
pub fn is_plural(word: &str) -> bool {
    let lower = word.to_lowercase();
    if in_list(List::IrregularPlurals, &lower) {
        return true;
    }
    if in_list(List::NotPlural, &lower) || lower.chars().count() < 3 {
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
    in_list(List::PhraseEnders, lower)
}

/// Nouns an amount can modify as the matter at issue ("over a £27m fraud"):
/// after "over" or "under" such an amount is a topic, not a bound.
pub fn is_topic_noun(lower: &str) -> bool {
    in_list(List::TopicNouns, lower)
}

/// A decade of life in words ("fifties"), with "mid-" allowed before it.
pub fn is_decade_word(lower: &str) -> bool {
    let w = lower.strip_prefix("mid-").unwrap_or(lower);
    matches!(
        w,
        "teens"
            | "twenties"
            | "thirties"
            | "forties"
            | "fifties"
            | "sixties"
            | "seventies"
            | "eighties"
            | "nineties"
    )
}

/// Plural nouns for people by role ("owners", "residents", "officials"),
/// by shape: the agent endings, or an irregular plural of people.
pub fn is_people_plural(lower: &str) -> bool {
    matches!(
        lower,
        "people" | "men" | "women" | "children" | "staff" | "police" | "officials" | "others"
    ) || ["ers", "ors", "ists", "ents", "ants", "ians", "ees"]
        .iter()
        .any(|end| lower.ends_with(end) && lower.len() > end.len() + 2)
}

pub fn is_label_word(lower: &str) -> bool {
    in_list(List::LabelWords, lower)
}

/// A month name, as written (capitalised), with or without its dot.
pub fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().next().is_some_and(char::is_uppercase) && in_list(List::Months, &w.to_lowercase())
}

/// Words after a number that make it a clock time or a date.
pub fn is_time_of_day(lower: &str) -> bool {
    matches!(
        lower,
        "am" | "pm"
            | "a.m."
            | "p.m."
            | "a.m"
            | "p.m"
            | "gmt"
            | "bst"
            | "utc"
            | "est"
            | "edt"
            | "pst"
            | "pdt"
            | "cet"
            | "cest"
            | "et"
            | "pt"
            | "ct"
            | "hrs"
            | "o'clock"
            | "o’clock"
            | "h"
            | "local"
    )
}

/// Nouns after "one" that make an idiom, not a count ("one day", "one way").
pub fn is_one_idiom(lower: &str) -> bool {
    matches!(
        lower,
        "day"
            | "time"
            | "point"
            | "way"
            | "thing"
            | "hand"
            | "side"
            | "another"
            | "reason"
            | "by"
            | "or"
            | "kind"
            | "sort"
            | "morning"
            | "evening"
            | "night"
            | "afternoon"
            | "moment"
            | "stage"
            | "question"
            | "problem"
            | "option"
            | "step"
            | "example"
            | "idea"
            | "thousand-and-one"
    )
}

/// Words before a bare number that read as a sports score or a vote tally.
pub fn is_score_word(lower: &str) -> bool {
    matches!(
        lower,
        "won"
            | "win"
            | "lost"
            | "lose"
            | "beat"
            | "drew"
            | "draw"
            | "defeat"
            | "victory"
            | "score"
            | "scored"
            | "led"
            | "trailed"
            | "margin"
            | "vote"
            | "voted"
    )
}

/// Hedged multipliers ("more than double", "nearly tenfold").
pub fn multiplier_word(lower: &str) -> Option<f64> {
    Some(match lower {
        "double" | "doubled" => 2.0,
        "triple" | "tripled" | "treble" | "trebled" => 3.0,
        "quadruple" | "quadrupled" => 4.0,
        _ => return None,
    })
}

/// Words before a vague plural that take it ("hundreds" of what).
pub fn vague_plural(lower: &str) -> bool {
    matches!(
        lower,
        "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "trillions"
            | "dozens"
            | "scores"
            | "tens"
    )
}

/// Nouns that name people of an age ("children under five").
pub fn is_age_holder(lower: &str) -> bool {
    matches!(
        lower,
        "children"
            | "kids"
            | "boys"
            | "girls"
            | "babies"
            | "infants"
            | "youngsters"
            | "those"
            | "anyone"
            | "people"
            | "child"
            | "aged"
            | "teens"
            | "teenagers"
            | "pupils"
            | "students"
    )
}

/// Capitalised words that open a sentence before a number without naming
/// it ("Only 12 people", not "Windows 11").
pub fn is_sentence_opener(lower: &str) -> bool {
    matches!(
        lower,
        "only"
            | "just"
            | "another"
            | "exactly"
            | "precisely"
            | "nearly"
            | "almost"
            | "about"
            | "some"
            | "roughly"
            | "around"
            | "perhaps"
            | "maybe"
            | "fully"
            | "barely"
            | "still"
            | "yet"
            | "overall"
            | "altogether"
            | "today"
            | "yesterday"
            | "now"
            | "since"
            | "across"
            | "among"
            | "nationwide"
            | "worldwide"
            | "globally"
            | "separately"
            | "meanwhile"
    )
}

/// A plural with no "s" ("people", "police").
pub fn is_irregular_plural(lower: &str) -> bool {
    in_list(List::IrregularPlurals, lower)
}

/// Plurals that often modify a following noun ("police officers",
/// "plainclothes agents", "sales staff").
pub fn is_modifier_plural(lower: &str) -> bool {
    is_irregular_plural(lower)
        || matches!(
            lower,
            "plainclothes"
                | "goods"
                | "arms"
                | "sales"
                | "savings"
                | "customs"
                | "sports"
                | "rights"
                | "services"
                | "operations"
                | "affairs"
                | "forces"
                | "systems"
                | "works"
                | "arts"
                | "communications"
                | "emergency"
                | "humanities"
                | "economics"
                | "athletics"
        )
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
    match lower {
        "the" | "those" | "these" | "their" | "its" | "his" | "her" | "our" | "my" | "your" => {
            Some(true)
        }
        "them" | "which" | "whom" | "us" | "you" | "whose" => Some(false),
        _ => None,
    }
}

/// Nouns that "One ..." picks out as one example among many ("One study
/// found", "One project examined"): not a count.
pub fn is_one_of_many(lower: &str) -> bool {
    matches!(
        lower,
        "project"
            | "study"
            | "report"
            | "theory"
            | "issue"
            | "concern"
            | "factor"
            | "explanation"
            | "possibility"
            | "solution"
            | "answer"
            | "area"
            | "aspect"
            | "approach"
            | "feature"
            | "lesson"
            | "sign"
            | "scenario"
            | "proposal"
            | "plan"
            | "suggestion"
            | "hypothesis"
            | "challenge"
            | "difference"
            | "effect"
            | "result"
            | "consequence"
            | "advantage"
            | "benefit"
            | "risk"
            | "danger"
            | "fear"
            | "hope"
            | "goal"
            | "aim"
            | "priority"
            | "blaze"
            | "fire"
            | "source"
            | "estimate"
            | "analysis"
            | "survey"
            | "poll"
            | "version"
            | "account"
            | "view"
            | "school"
            | "line"
            | "strategy"
            | "tactic"
            | "method"
            | "measure"
            | "change"
            | "move"
            | "option"
            | "idea"
            | "example"
            | "reason"
            | "problem"
            | "question"
    )
}

/// Irregular past tenses and other verbs that follow a subject ("one study
/// found"), so are never part of the noun before them.
pub fn is_common_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "say"
            | "went"
            | "came"
            | "left"
            | "got"
            | "took"
            | "made"
            | "saw"
            | "found"
            | "told"
            | "gave"
            | "knew"
            | "thought"
            | "became"
            | "began"
            | "brought"
            | "bought"
            | "built"
            | "caught"
            | "chose"
            | "drew"
            | "drove"
            | "fell"
            | "felt"
            | "fought"
            | "flew"
            | "grew"
            | "heard"
            | "held"
            | "hit"
            | "kept"
            | "led"
            | "lost"
            | "meant"
            | "met"
            | "paid"
            | "put"
            | "ran"
            | "rose"
            | "sold"
            | "sent"
            | "set"
            | "shot"
            | "spoke"
            | "spent"
            | "stood"
            | "struck"
            | "taught"
            | "won"
            | "wrote"
            | "died"
            | "remain"
            | "appear"
            | "seem"
            | "suggest"
            | "show"
            | "find"
            | "get"
            | "go"
            | "come"
            | "make"
            | "take"
            | "give"
            | "see"
            | "know"
            | "think"
            | "want"
            | "need"
            | "try"
            | "tell"
    )
}

/// The country word before "dollars" ("US dollars", "Australian dollars").
pub fn dollar_country(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "us" | "u.s." | "american" => "USD",
        "australian" => "AUD",
        "canadian" => "CAD",
        "singapore" => "SGD",
        "taiwan" | "taiwanese" => "TWD",
        "zealand" => "NZD",
        "kong" => "HKD",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_lose_only_their_comments_and_blank_lines() {
        let meaningful = |text: &'static str| {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.starts_with('#') && !l.is_empty())
        };
        let plain = include_str!("../../data/figures/words.txt");
        assert!(meaningful(WORDS).eq(meaningful(plain)));
        assert!(in_list(List::Months, "january"));
    }
}

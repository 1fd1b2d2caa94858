//! The words the figure layer knows: hedges, currencies, units, and the
//! small closed classes that end a noun phrase. Team-written lists (MIT OR
//! Apache-2.0, like the crate), all compared in lower case unless noted.

use crate::model::Bound;

/// Hedges before a number, longest first within each start word so that
/// "no more than" wins over "no".
pub const HEDGES: &[(&[&str], Bound)] = &[
    (&["more", "or", "less"], Bound::Approx),
    (&["in", "the", "region", "of"], Bound::Approx),
    (&["an", "estimated"], Bound::Approx),
    (&["estimated"], Bound::Approx),
    (&["close", "to"], Bound::Approx),
    (&["approximately"], Bound::Approx),
    (&["approx."], Bound::Approx),
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
];

/// Hedges after a number: "30 or so", "10 or more".
pub const POST_HEDGES: &[(&[&str], Bound)] = &[
    (&["or", "so"], Bound::Approx),
    (&["or", "more"], Bound::Min),
    (&["or", "fewer"], Bound::Max),
    (&["or", "less"], Bound::Max),
];

/// Currency symbols (one character) and their ISO codes.
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₴" => "UAH",
        "₩" => "KRW",
        "₪" => "ILS",
        "₺" => "TRY",
        "₦" => "NGN",
        _ => return None,
    })
}

/// Letters written straight before "$" ("US$20", "A$5"): the dollar's country.
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
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
    if let Some(i) = ONES.iter().position(|w| *w == s) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|w| *w == s)
        .map(|i| (20 + 10 * i) as f64)
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

/// Units of measure, as they follow a number (compared in lower case,
/// except that a few abbreviations are case-sensitive in [`is_measure_unit_cased`]).
const MEASURE_UNITS: &[&str] = &[
    "km",
    "kms",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "mile",
    "miles",
    "metre",
    "metres",
    "meter",
    "meters",
    "cm",
    "mm",
    "centimetres",
    "centimeters",
    "millimetres",
    "millimeters",
    "feet",
    "foot",
    "ft",
    "inch",
    "inches",
    "yard",
    "yards",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "ha",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "kg",
    "kgs",
    "kilo",
    "kilos",
    "kilogram",
    "kilograms",
    "kilogrammes",
    "gram",
    "grams",
    "grammes",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "oz",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
    "barrel",
    "barrels",
    "bpd",
    "mph",
    "kph",
    "km/h",
    "knots",
    "mw",
    "gw",
    "kw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "megawatts",
    "megawatt",
    "gigawatts",
    "gigawatt",
    "kilowatts",
    "watts",
    "volts",
    "degrees",
    "°c",
    "°f",
    "celsius",
    "fahrenheit",
    "calories",
    "kcal",
    "decibels",
    "db",
    "gb",
    "tb",
    "mb",
    "gigabytes",
    "terabytes",
    "megabytes",
    "bytes",
    "blocks",
    "storeys",
    "nautical",
    "sq",
    "square",
    "cubic",
    "light-years",
    "mcm",
    "bcm",
];

pub fn is_measure_unit(lower: &str) -> bool {
    MEASURE_UNITS.contains(&lower)
}

/// Units of time: a number of them is a duration (a `measure`).
const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "millennia",
    "millennium",
    "hrs",
    "mins",
    "secs",
];

pub fn is_time_unit(lower: &str) -> bool {
    TIME_UNITS.contains(&lower)
}

/// Nouns that make a number a frequency.
pub fn is_frequency_noun(lower: &str) -> bool {
    matches!(lower, "times" | "occasions" | "occasion" | "time")
}

/// Plurals that do not end in "s".
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "cattle",
    "feet",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "crew",
    "data",
    "media",
    "criteria",
    "livestock",
    "infantry",
    "clergy",
    "folk",
    "offspring",
    "spacecraft",
    "militia",
    "youth",
    "poultry",
    "swine",
    "kin",
    "alumni",
    "bacteria",
    "phenomena",
    "personnel",
    "troops",
    "yen",
    "yuan",
];

/// Words ending in "s" that are not plural nouns.
const NOT_PLURAL: &[&str] = &[
    "was",
    "has",
    "is",
    "as",
    "its",
    "this",
    "his",
    "us",
    "thus",
    "plus",
    "less",
    "unless",
    "yes",
    "across",
    "always",
    "perhaps",
    "besides",
    "towards",
    "whereas",
    "afterwards",
    "nevertheless",
    "regardless",
    "hers",
    "ours",
    "yours",
    "theirs",
    "news",
    "does",
    "goes",
    "says",
    "apiece",
    "sometimes",
    "nowadays",
    "upwards",
    "downwards",
    "backwards",
    "forwards",
    "whereabouts",
    "overseas",
    "various",
    "alias",
    "chaos",
    "gas",
    "bus",
    "lens",
    "status",
    "campus",
    "virus",
    "bonus",
    "census",
    "consensus",
    "focus",
    "crisis",
    "basis",
    "analysis",
];

/// Whether a word reads as a plural noun (the head of a counted phrase).
pub fn is_plural(word: &str) -> bool {
    let lower = word.to_lowercase();
    if IRREGULAR_PLURALS.contains(&lower.as_str()) {
        return true;
    }
    if NOT_PLURAL.contains(&lower.as_str()) || lower.chars().count() < 3 {
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

/// Words that end a noun phrase: the head noun never lies beyond them.
const PHRASE_ENDERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "each",
    "every",
    "all",
    "any",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "during",
    "since",
    "until",
    "till",
    "between",
    "among",
    "amongst",
    "against",
    "per",
    "via",
    "about",
    "around",
    "across",
    "through",
    "than",
    "like",
    "as",
    "near",
    "toward",
    "towards",
    "within",
    "beyond",
    "behind",
    "off",
    "up",
    "down",
    "out",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "because",
    "while",
    "when",
    "where",
    "whereas",
    "although",
    "though",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "said",
    "says",
    "say",
    "told",
    "according",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "more",
    "less",
    "fewer",
    "ago",
    "later",
    "earlier",
    "apiece",
    "alone",
    "only",
    "just",
    "also",
    "still",
    "already",
    "now",
    "then",
    "there",
    "here",
    "not",
    "no",
    "last",
    "next",
    "and",
    "too",
    "each",
    "either",
    "neither",
    "both",
    "most",
    "least",
    "very",
    "such",
    "how",
    "why",
    "whether",
    "upon",
    "onto",
    "despite",
    "including",
    "plus",
    "minus",
    "versus",
    "vs",
    "ever",
    "never",
    "again",
    "away",
    "back",
    "once",
    "twice",
    "per",
    "compared",
    "respectively",
    "instead",
    "altogether",
    "total",
    "overall",
    "worth",
];

pub fn ends_phrase(lower: &str) -> bool {
    PHRASE_ENDERS.contains(&lower)
}

/// Words before a number that make it a label, not an amount ("page 3").
const LABEL_WORDS: &[&str] = &[
    "no",
    "no.",
    "nos",
    "nos.",
    "number",
    "page",
    "pages",
    "p.",
    "pp.",
    "section",
    "article",
    "chapter",
    "paragraph",
    "clause",
    "line",
    "room",
    "flight",
    "route",
    "highway",
    "interstate",
    "level",
    "phase",
    "stage",
    "category",
    "grade",
    "season",
    "episode",
    "verse",
    "item",
    "figure",
    "table",
    "rule",
    "resolution",
    "amendment",
    "platform",
    "gate",
    "channel",
    "version",
    "model",
    "lot",
    "exhibit",
    "appendix",
    "district",
    "ward",
    "precinct",
    "unit",
    "apartment",
    "suite",
    "box",
    "#",
    "vol",
    "vol.",
    "ch.",
    "art.",
    "para.",
    "act",
    "bill",
    "road",
    "street",
    "avenue",
    "junction",
    "exit",
    "lane",
    "track",
    "series",
    "class",
    "type",
    "mark",
    "size",
    "code",
    "pin",
    "extension",
    "tel",
    "tel.",
    "phone",
    "ext",
    "ext.",
    "hb",
    "sb",
    "hr",
    "s.",
    "h.r.",
    "minute",
    "chapters",
    "sections",
    "articles",
];

pub fn is_label_word(lower: &str) -> bool {
    LABEL_WORDS.contains(&lower)
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// A month name, as written (capitalised), with or without its dot.
pub fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().next().is_some_and(char::is_uppercase) && MONTHS.contains(&w.to_lowercase().as_str())
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

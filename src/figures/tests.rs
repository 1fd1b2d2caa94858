//! Figure tests, one or more per form, on sentences the team wrote.

use super::*;

/// A figure as the tests compare it: text, kind, value, high, bound, unit.
type Seen = (
    String,
    FigureKind,
    Option<f64>,
    Option<f64>,
    Bound,
    Option<String>,
);

fn figs(text: &str) -> Vec<Seen> {
    let doc = Document::parse(text);
    find(&doc, &[])
        .into_iter()
        .map(|f| {
            (
                doc.slice(f.span).to_string(),
                f.kind,
                f.value,
                f.high,
                f.bound,
                f.unit,
            )
        })
        .collect()
}

/// The one figure of `text`, as (text, kind, value, high, bound, unit).
fn one(text: &str) -> Seen {
    let mut f = figs(text);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.remove(0)
}

fn check(
    text: &str,
    span: &str,
    kind: FigureKind,
    value: Option<f64>,
    bound: Bound,
    unit: Option<&str>,
) {
    let f = one(text);
    assert_eq!(f.0, span, "{text}");
    assert_eq!(f.1, kind, "{text}");
    match (f.2, value) {
        (Some(a), Some(b)) => assert!(
            (a - b).abs() <= 1e-6 * b.abs().max(1.0),
            "{text}: {a} != {b}"
        ),
        (a, b) => assert_eq!(a, b, "{text}"),
    }
    assert_eq!(f.4, bound, "{text}");
    assert_eq!(f.5.as_deref(), unit, "{text}");
}

fn none(text: &str) {
    let f = figs(text);
    assert!(f.is_empty(), "{text}: {f:?}");
}

/// Rows of `(text, span, kind, value, bound, unit)`, each checked as the
/// one figure of its text; a table, one case a line (rustfmt leaves macro
/// bodies as written).
macro_rules! check_all {
    ($(($($case:tt)*)),* $(,)?) => {
        $(check($($case)*);)*
    };
}

use Bound::*;
use FigureKind::*;

#[test]
fn digits() {
    check_all! {
        ("The firm hired 2,000 engineers.", "2,000 engineers", Count, Some(2000.0), Exact, Some("engineers")),
        ("Prices rose by 1.5 points.", "1.5 points", Count, Some(1.5), Exact, Some("points")),
        ("The city has 3,500,000 residents.", "3,500,000 residents", Count, Some(3.5e6), Exact, Some("residents")),
        ("Some 178,000 voters stayed home.", "Some 178,000 voters", Count, Some(178_000.0), Approx, Some("voters")),
        ("The rate fell to 0.3 points.", "0.3 points", Count, Some(0.3), Exact, Some("points")),
    }
}

#[test]
fn money() {
    check_all! {
        ("The deal was worth $4.5m in cash.", "$4.5m", Money, Some(4.5e6), Exact, Some("USD")),
        ("Revenue reached 1.2bn dollars last year.", "1.2bn dollars", Money, Some(1.2e9), Exact, Some("USD")),
        ("She paid £300,000 for the flat.", "£300,000", Money, Some(300_000.0), Exact, Some("GBP")),
        ("The fund holds €1.2 billion.", "€1.2 billion", Money, Some(1.2e9), Exact, Some("EUR")),
        ("Tickets cost US$20 each.", "US$20", Money, Some(20.0), Exact, Some("USD")),
        ("A meal costs Rs 500 there.", "Rs 500", Money, Some(500.0), Exact, Some("INR")),
        ("The club lost about 10 million euros.", "about 10 million euros", Money, Some(1e7), Approx, Some("EUR")),
        ("Fines of up to £9m were set.", "up to £9m", Money, Some(9e6), Max, Some("GBP")),
        ("He spent 200 million yen on art.", "200 million yen", Money, Some(2e8), Exact, Some("JPY")),
        ("They wanted 40 billion roubles.", "40 billion roubles", Money, Some(4e10), Exact, Some("RUB")),
        ("Aid of ₴5,000 was paid.", "₴5,000", Money, Some(5000.0), Exact, Some("UAH")),
        ("Fees run between $2,500 and $5,000 a year.", "between $2,500 and $5,000", Money, Some(2500.0), Range, Some("USD")),
        ("Grants of between $1 million and $2.5 million were given.", "between $1 million and $2.5 million", Money, Some(1e6), Range, Some("USD")),
        ("It costs between 1 and 2 million dollars.", "between 1 and 2 million dollars", Money, Some(1e6), Range, Some("USD")),
        ("Investors lost hundreds of millions of dollars.", "hundreds of millions of dollars", Money, None, Vague, Some("USD")),
    }
}

#[test]
fn percents() {
    check_all! {
        ("Sales grew 40% this year.", "40%", Percent, Some(40.0), Exact, Some("%")),
        ("Turnout was five per cent lower.", "five per cent", Percent, Some(5.0), Exact, Some("%")),
        ("Only 35 percent agreed.", "35 percent", Percent, Some(35.0), Exact, Some("%")),
        ("Eighty percent of them voted.", "Eighty percent", Percent, Some(80.0), Exact, Some("%")),
        ("Nearly 80 percent were children.", "Nearly 80 percent", Percent, Some(80.0), Max, Some("%")),
        ("Support rose by 2 percentage points.", "2 percentage points", Percent, Some(2.0), Exact, Some("%")),
    }
    let f = one("More than one-third of the staff quit.");
    assert_eq!(
        (f.0.as_str(), f.1, f.4),
        ("More than one-third", Percent, Min)
    );
    let f = one("Nearly half of voters agreed.");
    assert_eq!(
        (f.0.as_str(), f.1, f.2, f.4),
        ("Nearly half", Percent, Some(50.0), Max)
    );
    let f = one("About 1/3 of the crops failed.");
    assert_eq!((f.1, f.4), (Percent, Approx));
}

#[test]
fn words() {
    check_all! {
        ("We met four lawyers.", "four lawyers", Count, Some(4.0), Exact, Some("lawyers")),
        ("Twenty-five students passed.", "Twenty-five students", Count, Some(25.0), Exact, Some("students")),
        ("They planted three hundred trees.", "three hundred trees", Count, Some(300.0), Exact, Some("trees")),
        ("She bought a dozen eggs.", "a dozen eggs", Count, Some(12.0), Exact, Some("eggs")),
        ("About three dozen firms signed.", "About three dozen firms", Count, Some(36.0), Approx, Some("firms")),
        ("The region has two and a half million people.", "two and a half million people", Count, Some(2.5e6), Exact, Some("people")),
        ("Half a million fans came.", "Half a million fans", Count, Some(5e5), Exact, Some("fans")),
        ("Only one analyst disagreed.", "one analyst", Count, Some(1.0), Exact, Some("analyst")),
        ("It reached three hundred and fifty homes.", "three hundred and fifty homes", Count, Some(350.0), Exact, Some("homes")),
        ("A million people fled.", "A million people", Count, Some(1e6), Exact, Some("people")),
    }
}

#[test]
fn mixed_digits_and_scale_words() {
    check_all! {
        ("The region has 2.5 million residents.", "2.5 million residents", Count, Some(2.5e6), Exact, Some("residents")),
        ("Officials counted 5 billion doses.", "5 billion doses", Count, Some(5e9), Exact, Some("doses")),
        ("Exports hit 1 million barrels a day.", "1 million barrels", Measure, Some(1e6), Exact, Some("barrels")),
    }
}

#[test]
fn measures_and_durations() {
    check_all! {
        ("The road is 300 km long.", "300 km", Measure, Some(300.0), Exact, Some("km")),
        ("They walked 12 miles.", "12 miles", Measure, Some(12.0), Exact, Some("miles")),
        ("The ship carried 2.5 tonnes of rice.", "2.5 tonnes", Measure, Some(2.5), Exact, Some("tonnes")),
        ("The plant makes 500 MW of power.", "500 MW", Measure, Some(500.0), Exact, Some("MW")),
        ("It was 40 degrees Celsius outside.", "40 degrees Celsius", Measure, Some(40.0), Exact, Some("degrees Celsius")),
        ("The fire burned about 40 square miles.", "about 40 square miles", Measure, Some(40.0), Approx, Some("square miles")),
        ("He served seven years in prison.", "seven years", Measure, Some(7.0), Exact, Some("years")),
        ("It was a 90-minute meeting.", "90-minute", Measure, Some(90.0), Exact, Some("minute")),
        ("The trail is 10km long.", "10km", Measure, Some(10.0), Exact, Some("km")),
        ("They signed a four-year contract.", "four-year", Measure, Some(4.0), Exact, Some("year")),
        ("The talks lasted as long as three hours.", "as long as three hours", Measure, Some(3.0), Max, Some("hours")),
        ("The fire grew to more than 320 acres.", "more than 320 acres", Measure, Some(320.0), Min, Some("acres")),
    }
}

#[test]
fn ages() {
    check_all! {
        ("The 36-year-old officer was arrested.", "36-year-old", Age, Some(36.0), Exact, Some("years")),
        ("A woman aged 25 was hurt.", "aged 25", Age, Some(25.0), Exact, Some("years")),
        ("A man, 41, was detained.", "41", Age, Some(41.0), Exact, Some("years")),
        ("Ann Lee, 33, runs the centre.", "33", Age, Some(33.0), Exact, Some("years")),
        ("The boy is 12 years old.", "12 years old", Age, Some(12.0), Exact, Some("years")),
        ("Children under five are at risk.", "under five", Age, Some(5.0), Max, Some("years")),
    }
    let f = figs("Players in their 30s, 40s and 50s still play.");
    assert_eq!(f.len(), 3, "{f:?}");
    assert!(f
        .iter()
        .all(|f| f.1 == Age && f.4 == Vague && f.2.is_none()));
}

#[test]
fn frequencies() {
    check_all! {
        ("He visited twice last year.", "twice", Frequency, Some(2.0), Exact, None),
        ("The base was visited at least twice.", "at least twice", Frequency, Some(2.0), Min, None),
        ("She called three times.", "three times", Frequency, Some(3.0), Exact, Some("times")),
        ("They met on at least two occasions.", "at least two occasions", Frequency, Some(2.0), Min, Some("occasions")),
        ("Downloads rose more than tenfold.", "more than tenfold", Frequency, Some(10.0), Min, None),
        ("Sales are more than double that.", "more than double", Frequency, Some(2.0), Min, None),
    }
}

#[test]
fn hedges() {
    let cases: &[(&str, Bound)] = &[
        ("about 50 people", Approx),
        ("around 50 people", Approx),
        ("roughly 50 people", Approx),
        ("approximately 50 people", Approx),
        ("some 50 people", Approx),
        ("an estimated 50 people", Approx),
        ("close to 50 people", Approx),
        ("more than 50 people", Min),
        ("over 50 people", Min),
        ("at least 50 people", Min),
        ("upwards of 50 people", Min),
        ("in excess of 50 people", Min),
        ("no fewer than 50 people", Min),
        ("just over 50 people", Min),
        ("nearly 50 people", Max),
        ("almost 50 people", Max),
        ("up to 50 people", Max),
        ("under 50 people", Max),
        ("less than 50 people", Max),
        ("fewer than 50 people", Max),
        ("no more than 50 people", Max),
        ("just under 50 people", Max),
        ("as many as 50 people", Max),
    ];
    for (phrase, bound) in cases {
        check(
            &format!("They said {phrase} came."),
            phrase,
            Count,
            Some(50.0),
            *bound,
            Some("people"),
        );
    }
}

#[test]
fn ranges() {
    let f = one("Between 10 and 20 soldiers died.");
    assert_eq!(
        (f.0.as_str(), f.2, f.3, f.4),
        ("Between 10 and 20 soldiers", Some(10.0), Some(20.0), Range)
    );
    let f = one("The model has 30,000 to 50,000 polygons.");
    assert_eq!(
        (f.2, f.3, f.4, f.5.as_deref()),
        (Some(30000.0), Some(50000.0), Range, Some("polygons"))
    );
    let f = one("Officials expect 10-20 arrests.");
    assert_eq!(
        (f.2, f.3, f.4, f.5.as_deref()),
        (Some(10.0), Some(20.0), Range, Some("arrests"))
    );
    let f = one("There were two or three guards.");
    assert_eq!(
        (f.0.as_str(), f.2, f.3, f.4),
        ("two or three guards", Some(2.0), Some(3.0), Range)
    );
}

#[test]
fn vague_amounts() {
    check_all! {
        ("Iran sent several hundred attack drones.", "several hundred attack drones", Count, None, Vague, Some("drones")),
        ("Hundreds of volunteers helped.", "Hundreds of volunteers", Count, None, Vague, Some("volunteers")),
        ("Dozens were hurt.", "Dozens", Count, None, Vague, None),
        ("Thousands of workers marched.", "Thousands of workers", Count, None, Vague, Some("workers")),
        ("Millions more were displaced.", "Millions", Count, None, Vague, None),
        ("A few reporters waited.", "A few reporters", Count, None, Vague, Some("reporters")),
        ("Scores of homes burned.", "Scores of homes", Count, None, Vague, Some("homes")),
        ("A handful of guards stayed.", "A handful of guards", Count, None, Vague, Some("guards")),
        ("Tens of thousands of fans sang.", "Tens of thousands of fans", Count, None, Vague, Some("fans")),
    }
}

#[test]
fn what_is_counted() {
    check_all! {
        ("Four Russian military officers trained there.", "Four Russian military officers", Count, Some(4.0), Exact, Some("officers")),
        ("An estimated 200 uniformed and plainclothes police officers stood by.", "An estimated 200 uniformed and plainclothes police officers", Count, Some(200.0), Approx, Some("officers")),
        ("It has made more than 500 of which few work.", "more than 500", Count, Some(500.0), Min, None),
    }
    let f = figs("Nine of the 20 best-selling games were theirs.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].2, f[0].5.as_deref()),
        ("Nine", Some(9.0), Some("games"))
    );
    assert_eq!(
        (f[1].0.as_str(), f[1].2),
        ("20 best-selling games", Some(20.0))
    );
    check_all! {
        ("The four left early.", "four", Count, Some(4.0), Exact, None),
        ("Production fell from 102 in 2003.", "102", Count, Some(102.0), Exact, None),
        ("They filed a 104-page report.", "104-page", Count, Some(104.0), Exact, Some("page")),
        ("More than one country joined.", "More than one country", Count, Some(1.0), Min, Some("country")),
    }
}

#[test]
fn not_figures() {
    none("The treaty was signed on January 5, 2023.");
    none("The plant opened in 2021 and closed in 2019.");
    none("The meeting starts at 9pm on Friday.");
    none("The talks began at 9:30 am.");
    none("He left two years ago.");
    none("She moved there last August.");
    none("Iran supplied Shahed-136 drones.");
    none("The Covid-19 crisis deepened.");
    none("A Boeing 737 landed safely.");
    none("The G7 met in Italy.");
    none("Traffic stopped on Interstate 75 today.");
    none("She came first and he came 19th.");
    none("It was one of the officers.");
    none("No one came.");
    none("Call 555-123-4567 for help.");
    none("See page 12 and section 4.");
    none("They won 3-1 at home.");
    none("One day we will know.");
    none("The second report was late.");
}

#[test]
fn spans_are_ordered_and_disjoint() {
    let f = figs("Some 214 million cases and 438,000 deaths were recorded, up from 90 last year.");
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!(f[0].0, "Some 214 million cases");
    assert_eq!(f[1].0, "438,000 deaths");
    assert_eq!(f[2].0, "90");
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "999999999999999999999 people",
        &"9".repeat(2000),
        "1,2,3,4,5,6,7,8,9,0,1,2 items",
        "1,000,000,000,000,000,000,000,000,000 stars",
        "$ £ € 5 % per cent",
        "between and and to",
        "Zoë paid ¥ 😀 3 🇺🇦 four-",
        "twenty- -five a a a million",
        "half a",
        "aged",
        "more than",
        "1e308 1.7976931348623157e309",
        "one-third-of 1/0 0/0 5-",
        "\u{200B}7\u{200D}km",
        &"hundred ".repeat(3000),
        &"two and a half ".repeat(2000),
        &format!("between {}", " and 1".repeat(2000)),
        &"more than ".repeat(2000),
        &"12 people and ".repeat(2000),
        "٣٤ drones, １２ people, 2\u{a0}000 troops, \u{2212}5 C",
    ] {
        let doc = Document::parse(text);
        let figures = find(&doc, &[]);
        for f in &figures {
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            assert!(f.span.start < f.span.end);
            assert!(f.value.is_none_or(f64::is_finite) && f.high.is_none_or(f64::is_finite));
        }
        assert!(figures.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}

#[test]
fn proportions_and_multipliers() {
    check_all! {
        ("Roughly 1 in 10 adults smoke.", "Roughly 1 in 10", Percent, Some(10.0), Approx, Some("%")),
        ("Sales saw a 20-fold rise.", "20-fold", Frequency, Some(20.0), Exact, None),
    }
}

#[test]
fn regional_currencies_and_scales() {
    check_all! {
        ("The state set aside Rs 500 crore.", "Rs 500 crore", Money, Some(5e9), Exact, Some("INR")),
        ("He paid Rs. 2,000 in fees.", "Rs. 2,000", Money, Some(2000.0), Exact, Some("INR")),
        ("The fund holds USD 20m.", "USD 20m", Money, Some(2e7), Exact, Some("USD")),
        ("The shares closed at 312p.", "312p", Money, Some(3.12), Exact, Some("GBP")),
    }
}

#[test]
fn more_ages() {
    check_all! {
        ("She died at the age of 86.", "age of 86", Age, Some(86.0), Exact, Some("years")),
        ("Most 18-year-olds can vote.", "18-year-olds", Age, Some(18.0), Exact, Some("years")),
        ("Those over 65 are at risk.", "over 65", Age, Some(65.0), Min, Some("years")),
    }
}

#[test]
fn names_and_headlines() {
    none("Windows 11 is popular. Apple sold the iPhone 15 widely.");
    none("Flight 370 vanished.");
    check_all! {
        ("Iran Sends 400 Drones To Russia", "400 Drones", Count, Some(400.0), Exact, Some("Drones")),
        ("The 1500 troops left.", "1500 troops", Count, Some(1500.0), Exact, Some("troops")),
    }
    none("The calendar read 5784.");
}

#[test]
fn plurals_that_are_verbs_are_not_heads() {
    check_all! {
        ("Each of the three suspects faces trial.", "three suspects", Count, Some(3.0), Exact, Some("suspects")),
        ("Two others were hurt.", "Two", Count, Some(2.0), Exact, None),
    }
}

#[test]
fn shares_read_as_percent() {
    check_all! {
        ("A quarter of the town left.", "A quarter", Percent, Some(25.0), Exact, Some("%")),
        ("Half the staff quit.", "Half", Percent, Some(50.0), Exact, Some("%")),
    }
    let f = one("Two-thirds of voters agreed.");
    assert!((f.2.unwrap_or(0.0) - 66.7).abs() < 1e-9, "{f:?}");
}

#[test]
fn percent_ranges() {
    let f = one("Growth of between 2% and 3% is expected.");
    assert_eq!(
        (f.0.as_str(), f.2, f.3, f.4),
        ("between 2% and 3%", Some(2.0), Some(3.0), Range)
    );
    let f = one("Rates of 5 per cent to 7 per cent apply.");
    assert_eq!(
        (f.2, f.3, f.5.as_deref()),
        (Some(5.0), Some(7.0), Some("%"))
    );
    let f = figs("Sales rose 5% to $10bn.");
    assert_eq!(f.len(), 2, "{f:?}");
    none("The law applied from 2019 to 2021.");
}

#[test]
fn labels_and_list_numbers() {
    none("See No. 5 and p. 12 of the report.");
    none("1. The first point is clear.");
    none("The options are (1) stay and (2) leave.");
    check_all! {
        ("We had 2 DS (Diplomatic Security) agents.", "2 DS (Diplomatic Security) agents", Count, Some(2.0), Exact, Some("agents")),
    }
    none("A few days ago, it rained.");
}

#[test]
fn single_units_of_time() {
    check_all! {
        ("He ruled for a quarter-century.", "a quarter-century", Measure, Some(25.0), Exact, Some("years")),
        ("The war lasted more than a decade.", "more than a decade", Measure, Some(1.0), Min, Some("decade")),
    }
    none("A decade ago, it was empty.");
    none("He spoke less than a week ago.");
    check_all! {
        ("It landed less than a mile away.", "less than a mile", Measure, Some(1.0), Max, Some("mile")),
        ("Cases rose by a third.", "a third", Percent, Some(33.3), Exact, Some("%")),
        // Shares to one decimal place, as SPEC.md writes them.
        ("About two-thirds of staff stayed.", "About two-thirds", Percent, Some(66.7), Approx, Some("%")),
        ("Two thirds of the seats changed hands.", "Two thirds", Percent, Some(66.7), Exact, Some("%")),
        ("One in three homes flooded.", "One in three", Percent, Some(33.3), Exact, Some("%")),
    }
}

#[test]
fn tallies_and_proportions() {
    none("The measure failed on a 49-51 vote.");
    none("The court ruled 5-4 on Monday.");
    check_all! {
        ("One in three adults has a record.", "One in three", Percent, Some(33.3), Exact, Some("%")),
    }
}

#[test]
fn number_words_in_names_and_idioms() {
    none("The Big Four audit firms and Formula One teams met.");
    none("They held one-on-one talks on a fifty-fifty basis.");
    check_all! {
        ("The parcel weighed 40 pounds.", "40 pounds", Measure, Some(40.0), Exact, Some("pounds")),
        ("He paid 2 million pounds.", "2 million pounds", Money, Some(2e6), Exact, Some("GBP")),
    }
}

#[test]
fn counts_after_names_and_model_names() {
    check_all! {
        ("Washington sent Kyiv 31 tanks.", "31 tanks", Count, Some(31.0), Exact, Some("tanks")),
        ("They sent Kyiv 31 Abrams tanks.", "31 Abrams tanks", Count, Some(31.0), Exact, Some("tanks")),
        ("It fired two Kh-101 cruise missiles.", "two Kh-101 cruise missiles", Count, Some(2.0), Exact, Some("missiles")),
    }
    none("A Boeing 737 landed and the Xbox 2, they said, sold well.");
    let f = figs("It downed 31 of 35 drones.");
    assert_eq!((f[0].0.as_str(), f[0].5.as_deref()), ("31", Some("drones")));
    assert_eq!(f.len(), 2, "{f:?}");
}

#[test]
fn one_as_a_count_and_as_an_example() {
    check_all! {
        ("One man was killed.", "One man", Count, Some(1.0), Exact, Some("man")),
    }
    none("One study found no link.");
    none("One idea could be to wait.");
}

#[test]
fn shares_of_a_point_and_periods() {
    check_all! {
        ("Rates fell by a quarter of a percentage point.", "a quarter of a percentage point", Percent, Some(0.25), Exact, Some("%")),
        ("It rose by half a percentage point.", "half a percentage point", Percent, Some(0.5), Exact, Some("%")),
    }
    none("Sales grew in the first half of the year.");
    check_all! {
        ("The 25-strong board met.", "25-strong board", Count, Some(25.0), Exact, Some("board")),
    }
    none("The index closed at 4,850.3 on Friday.");
}

#[test]
fn named_dollars_and_glued_percent() {
    check_all! {
        ("It raised 5 million US dollars.", "5 million US dollars", Money, Some(5e6), Exact, Some("USD")),
        ("It cost 20 Australian dollars.", "20 Australian dollars", Money, Some(20.0), Exact, Some("AUD")),
        ("Profits rose 5pc last year.", "5pc", Percent, Some(5.0), Exact, Some("%")),
    }
}

#[test]
fn page_furniture_codes_and_technologies() {
    none("By Ann Lee | 3 min read");
    none("Call +44 20 7946 0958 now.");
    none("The road closed between junctions 10 and 11.");
    none("The 3G, 4G and 5G networks overlap.");
}

#[test]
fn more_before_the_noun() {
    check_all! {
        ("They will send 5,000 more troops.", "5,000 more troops", Count, Some(5000.0), Exact, Some("troops")),
        ("It sold 500 more than last year.", "500", Count, Some(500.0), Exact, None),
    }
}

#[test]
fn superlatives_and_intensifiers_modify() {
    check_all! {
        ("Police named the 10 most wanted fugitives.", "10 most wanted fugitives", Count, Some(10.0), Exact, Some("fugitives")),
        ("They took two very different approaches.", "two very different approaches", Count, Some(2.0), Exact, Some("approaches")),
        ("Of 20 people, most left.", "20 people", Count, Some(20.0), Exact, Some("people")),
    }
}

#[test]
fn half_a_dozen() {
    check_all! {
        ("Half a dozen boats sank.", "Half a dozen boats", Count, Some(6.0), Exact, Some("boats")),
    }
}

#[test]
fn signs_fractions_in_words_and_glued_percent() {
    check_all! {
        ("It fell to minus 20 degrees.", "minus 20 degrees", Measure, Some(-20.0), Exact, Some("degrees")),
        ("Two thirds of voters agreed.", "Two thirds", Percent, Some(66.7), Exact, Some("%")),
        ("They won a 40-percent share.", "40-percent", Percent, Some(40.0), Exact, Some("%")),
        ("A 10 year-old boy was hurt.", "10 year-old", Age, Some(10.0), Exact, Some("years")),
    }
}

#[test]
fn over_a_stretch_of_time() {
    check_all! {
        ("They met officials over three years.", "three years", Measure, Some(3.0), Exact, Some("years")),
        ("He has worked there for over 30 years.", "over 30 years", Measure, Some(30.0), Min, Some("years")),
    }
}

#[test]
fn age_ranges() {
    let f = one("Those between the ages of 18 and 24 voted.");
    assert_eq!(
        (f.1, f.2, f.3, f.4, f.5.as_deref()),
        (Age, Some(18.0), Some(24.0), Range, Some("years"))
    );
    let f = one("Children at ages of 5 to 11 can apply.");
    assert_eq!((f.1, f.2, f.3), (Age, Some(5.0), Some(11.0)));
}

#[test]
fn cents_and_pence() {
    check_all! {
        ("Stamps cost 50 pence.", "50 pence", Money, Some(0.5), Exact, Some("GBP")),
        ("Shares rose 45 cents.", "45 cents", Money, Some(0.45), Exact, Some("USD")),
    }
}

#[test]
fn capitalised_suffixes_are_names() {
    none("He works at a 7-Eleven store.");
    check_all! {
        ("It hit 45C in Seville.", "45C", Measure, Some(45.0), Exact, Some("C")),
        ("The plant makes 20MW of power.", "20MW", Measure, Some(20.0), Exact, Some("MW")),
    }
}

#[test]
fn more_proportions() {
    check_all! {
        ("Four out of five voters agreed.", "Four out of five", Percent, Some(80.0), Exact, Some("%")),
        ("One in every 10 homes flooded.", "One in every 10", Percent, Some(10.0), Exact, Some("%")),
    }
    let f = figs("It sold 3 in 10 days.");
    assert_eq!((f[0].0.as_str(), f.len()), ("3", 2), "{f:?}");
}

#[test]
fn won_and_seasons() {
    check_all! {
        ("Revenue was 38 trillion won.", "38 trillion won", Money, Some(3.8e13), Exact, Some("KRW")),
        ("They lost it in two summers.", "two summers", Measure, Some(2.0), Exact, Some("summers")),
    }
}

#[test]
fn more_currencies() {
    check_all! {
        ("It sets aside ₹2.4 lakh crore.", "₹2.4 lakh crore", Money, Some(2.4e12), Exact, Some("INR")),
        ("Kenya raised 1.5 trillion shillings.", "1.5 trillion shillings", Money, Some(1.5e12), Exact, Some("KES")),
        ("Iran spent 900 trillion rials.", "900 trillion rials", Money, Some(9e14), Exact, Some("IRR")),
    }
}

#[test]
fn metres_glued_to_digits() {
    check_all! {
        ("She won the 100m sprint.", "100m", Measure, Some(100.0), Exact, Some("m")),
        ("They built a 10m-high wall.", "10m-high", Measure, Some(10.0), Exact, Some("m")),
        ("Some 1m people fled.", "Some 1m people", Count, Some(1e6), Approx, Some("people")),
    }
}

#[test]
fn vague_without_a_noun() {
    check_all! {
        ("They lost tens of millions.", "tens of millions", Count, None, Vague, None),
    }
}

#[test]
fn capitalised_number_after_a_colon() {
    check_all! {
        ("He said: Four men died.", "Four men", Count, Some(4.0), Exact, Some("men")),
    }
}

#[test]
fn over_an_amount_as_the_matter_at_issue() {
    // "over" before an amount that modifies the matter at issue is "about".
    check_all! {
        ("The treasurer was charged over $4m embezzlement scheme.", "$4m", Money, Some(4e6), Exact, Some("USD")),
        ("The firms are locked in a row under £9m contract.", "£9m", Money, Some(9e6), Exact, Some("GBP")),
        ("Residents sued over €3 million housing deal.", "€3 million", Money, Some(3e6), Exact, Some("EUR")),
    }
    // Still "more than" when the amount is what is measured.
    check_all! {
        ("The charity raised over £2m last year.", "over £2m", Money, Some(2e6), Min, Some("GBP")),
        ("He stole over £2m in fraud.", "over £2m", Money, Some(2e6), Min, Some("GBP")),
    }
}

#[test]
fn bare_ages_said_of_a_person() {
    check_all! {
        ("He is now 58, and still rows every day.", "58", Age, Some(58.0), Exact, Some("years")),
        ("The farm was sold when he was 19.", "19", Age, Some(19.0), Exact, Some("years")),
        ("Her brother, who is 40, lives abroad.", "40", Age, Some(40.0), Exact, Some("years")),
        ("The coach, Okonkwo, now 51 and living in Leeds, agreed.", "51", Age, Some(51.0), Exact, Some("years")),
    }
    let f = figs("Three nurses, aged 29, 33 and 50, gave evidence.");
    let ages: Vec<_> = f.iter().filter(|f| f.1 == Age).collect();
    assert_eq!(ages.len(), 3, "{f:?}");
    assert!(ages.iter().all(|f| f.5.as_deref() == Some("years")));
    // Not of a person, or not ending the phrase: no age.
    let f = figs("The index is now 74, its highest since spring.");
    assert!(f.iter().all(|f| f.1 != Age), "{f:?}");
    let f = figs("She was 3 shots behind the leader.");
    assert!(f.iter().all(|f| f.1 != Age), "{f:?}");
}

#[test]
fn more_hedges_before_and_after() {
    check_all! {
        ("We walked something like 30 miles.", "something like 30 miles", Measure, Some(30.0), Approx, Some("miles")),
        ("The house sold for north of $3m.", "north of $3m", Money, Some(3e6), Min, Some("USD")),
        ("Turnout fell shy of 40%.", "shy of 40%", Percent, Some(40.0), Max, Some("%")),
        ("The repair took the best part of three weeks.", "the best part of three weeks", Measure, Some(3.0), Max, Some("weeks")),
        ("Most pupils read for ten minutes or less each night.", "ten minutes or less", Measure, Some(10.0), Max, Some("minutes")),
        ("Tickets cost £5 or under.", "£5 or under", Money, Some(5.0), Max, Some("GBP")),
        ("The queue held 80 people or so.", "80 people or so", Count, Some(80.0), Approx, Some("people")),
        ("Drivers aged 70 or older must renew.", "aged 70 or older", Age, Some(70.0), Min, Some("years")),
    }
    // A place, not an amount.
    none("The cafe is just north of 10 Downing Street.");
}

#[test]
fn multipliers_of_change() {
    for (text, span, value) in [
        ("Its profits tripled in a year.", "tripled", 3.0),
        (
            "The council wants to double the number of bins.",
            "double",
            2.0,
        ),
        ("Fares have doubled since the strike.", "doubled", 2.0),
        (
            "A quadrupling of rents forced them out.",
            "quadrupling",
            4.0,
        ),
        ("Sales will treble by spring.", "treble", 3.0),
    ] {
        check(text, span, Frequency, Some(value), Exact, None);
    }
    check_all! {
        ("Rents rose, more than doubling in a decade.", "more than doubling", Frequency, Some(2.0), Min, None),
        ("Cooks now earn double what they did.", "double", Frequency, Some(2.0), Exact, None),
        ("Costs nearly doubled.", "nearly doubled", Frequency, Some(2.0), Max, None),
    }
    for text in [
        "They booked a double room.",
        "He rode a double-decker bus.",
        "Critics alleged double standards.",
        "She was a double agent.",
        "He doubled over in pain.",
        "The firm is doubling down on coal.",
        "The shed doubled as a studio.",
        "He hit a triple in the ninth.",
        "They won the double the year before.",
    ] {
        none(text);
    }
}

#[test]
fn vague_ages_and_people() {
    check_all! {
        ("Both men are in their forties.", "forties", Age, None, Vague, Some("years")),
        ("She started painting in her late seventies.", "seventies", Age, None, Vague, Some("years")),
    }
    let f = figs("Patients in their thirties and forties were studied.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|f| f.1 == Age && f.4 == Vague));
    // An era, not an age.
    none("The band was famous in the sixties.");
    none("Prices soared in the early seventies.");
    check_all! {
        ("Several shop owners complained.", "Several shop owners", Count, None, Vague, Some("owners")),
        ("Police later detained dozens of others.", "dozens of others", Count, None, Vague, Some("others")),
    }
    // "several" with things stays out; with a scale it is an amount.
    none("Several roads were closed.");
    check_all! {
        ("Several thousand fans sang.", "Several thousand fans", Count, None, Vague, Some("fans")),
    }
}

#[test]
fn seasons_occasions_and_measure_nouns_that_name_things() {
    check_all! {
        ("She coached the side for six seasons.", "six seasons", Measure, Some(6.0), Exact, Some("seasons")),
        ("The choir rehearses two evenings a week.", "two evenings", Frequency, Some(2.0), Exact, Some("evenings")),
        ("Crews demolished four tower blocks.", "four tower blocks", Count, Some(4.0), Exact, Some("blocks")),
        ("The hotel is five city blocks away.", "five city blocks", Measure, Some(5.0), Exact, Some("blocks")),
    }
}

#[test]
fn more_bare_ages() {
    check_all! {
        ("Her grandfather is 96 and still drives.", "96", Age, Some(96.0), Exact, Some("years")),
        ("The goalkeeper, now 38, plans to retire.", "38", Age, Some(38.0), Exact, Some("years")),
    }
    let f = figs("They were 9 and 11 when the family moved.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|f| f.1 == Age), "{f:?}");
    // Not a person: a level, not an age.
    let f = figs("Inflation was 6 and rising.");
    assert!(f.iter().all(|f| f.1 != Age), "{f:?}");
    check_all! {
        ("I'm 36 and still playing.", "36", Age, Some(36.0), Exact, Some("years")),
        ("Her coach, Derek, was 40 when he quit.", "40", Age, Some(40.0), Exact, Some("years")),
        ("The tax hits workers over 50 hardest.", "over 50", Age, Some(50.0), Min, Some("years")),
    }
    // A team's record after a plural verb, not two ages.
    let f = figs("By May the Hawks were 45 and 30 on the season.");
    assert!(f.iter().all(|f| f.1 != Age), "{f:?}");
    // Units of measure after a modifier that measures still measure.
    check_all! {
        ("The probe is 4 light years away.", "4 light years", Measure, Some(4.0), Exact, Some("years")),
    }
    // An adjective opening a sentence is no change.
    none("Doubled fares angered commuters.");
}

#[test]
fn open_ended_bounds_and_idiomatic_hedges() {
    check_all! {
        ("The scheme covers pupils aged 11 and under.", "aged 11 and under", Age, Some(11.0), Max, Some("years")),
        ("Entry is limited to 21 and older.", "21 and older", Age, Some(21.0), Min, Some("years")),
        ("The veteran has won 40-plus titles.", "40-plus titles", Count, Some(40.0), Min, Some("titles")),
        ("The petition has 9,000 names and counting.", "9,000 names and counting", Count, Some(9000.0), Min, Some("names")),
        ("Getting on for 200 boats joined.", "Getting on for 200 boats", Count, Some(200.0), Max, Some("boats")),
        ("Rooms cost as little as €30.", "as little as €30", Money, Some(30.0), Min, Some("EUR")),
    }
    // "and over" opening a phrase of its own is no hedge.
    check_all! {
        ("They planted 60 trees and over the summer watered them.", "60 trees", Count, Some(60.0), Exact, Some("trees")),
    }
}

#[test]
fn vague_amounts_with_more_others_and_compound_scales() {
    check_all! {
        ("Thousands more flats lost water.", "Thousands more flats", Count, None, Vague, Some("flats")),
        ("Rescuers pulled a handful of others from the river.", "a handful of others", Count, None, Vague, Some("others")),
        ("Several hundred thousand voters stayed home.", "Several hundred thousand voters", Count, None, Vague, Some("voters")),
    }
}

#[test]
fn both_numbers_of_a_tally_are_skipped() {
    none("Councillors voted 31 to 24 on Wednesday.");
    none("The home side won 3 to 1.");
    // A few words after the vote word, and in either order.
    none("The motion was carried by 58 to 31 on Tuesday.");
    none("The chamber rejected it 48 to 52.");
    none("The amendment passed 212-201.");
    // The side that names its noun stays a count; the other is the tally's.
    check(
        "The bill was approved by 58 votes to 31.",
        "58 votes",
        Count,
        Some(58.0),
        Exact,
        Some("votes"),
    );
    // Without a vote or score word a pair is still a range.
    check(
        "Rents rose by 10 to 20 percent.",
        "10 to 20 percent",
        Percent,
        Some(10.0),
        Range,
        Some("%"),
    );
}

#[test]
fn one_before_its_verb_is_a_pronoun() {
    none("The last storm broke the wall; the next one finds us ready.");
    none("One must ask who pays.");
    none("This one is broken.");
    none("Of the plans, the one described here costs less.");
    check(
        "Only one injured man stayed.",
        "one injured man",
        Count,
        Some(1.0),
        Exact,
        Some("man"),
    );
    // Singular nouns ending in "s" still count.
    check(
        "Only one bus ran.",
        "one bus",
        Count,
        Some(1.0),
        Exact,
        Some("bus"),
    );
    check(
        "They met in one class.",
        "one class",
        Count,
        Some(1.0),
        Exact,
        Some("class"),
    );
}

#[test]
fn a_vague_amount_counts_an_owned_group() {
    check_all! {
        ("Thousands of the governor's critics marched.", "Thousands of the governor's critics", Count, None, Vague, Some("critics")),
        ("Hundreds of his supporters waited.", "Hundreds of his supporters", Count, None, Vague, Some("supporters")),
        ("Dozens of the protesters were held.", "Dozens of the protesters", Count, None, Vague, Some("protesters")),
        ("Hundreds of the old town's residents left.", "Hundreds of the old town's residents", Count, None, Vague, Some("residents")),
    }
}

#[test]
fn a_hedge_before_the_age_of_bounds_it() {
    check_all! {
        ("Many of them were over the age of 75.", "over the age of 75", FigureKind::Age, Some(75.0), Bound::Min, Some("years")),
        ("She retired at the age of 61.", "age of 61", FigureKind::Age, Some(61.0), Bound::Exact, Some("years")),
    }
}

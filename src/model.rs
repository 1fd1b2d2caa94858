//! The annotation model of SPEC.md: what every interface returns.
//!
//! Offsets here are code points (Unicode scalar values), `end` exclusive,
//! and every `text` is exactly the input between them. The extractors work in
//! byte offsets; [`crate::annotate`] converts once, through [`crate::offsets`].

use serde::{Deserialize, Serialize, Serializer};

/// Everything Sidenote finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Annotations {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
    /// Reported speech: statements given as someone's without quoting them whole.
    #[serde(default)]
    pub attributions: Vec<Attribution>,
}

/// One occurrence of an entity's name in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The four kinds of named thing SPEC.md knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
        }
    }
}

/// One real-world referent with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    /// The fullest form the text uses.
    pub name: String,
    /// Titles, roles and appositives the text gives it.
    pub descriptors: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum FigureKind {
    Count,
    Money,
    Percent,
    Measure,
    Age,
    Frequency,
}

/// How sure the text is of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Bound {
    Exact,
    Approx,
    Min,
    Max,
    Range,
    Vague,
}

/// A number that counts or measures something.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: FigureKind,
    #[serde(serialize_with = "whole_numbers_as_integers")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number | null"))]
    pub value: Option<f64>,
    #[serde(serialize_with = "whole_numbers_as_integers")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number | null"))]
    pub high: Option<f64>,
    pub bound: Bound,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub hedge: Option<String>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub unit: Option<String>,
    /// A vague amount's order of magnitude ("hundreds of" → 100), where
    /// its words give one; absent for every other figure.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_numbers_as_integers"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "number | null"))]
    pub magnitude: Option<f64>,
    /// Who the article says gives this figure; `None` (JSON `null`) where
    /// it states the figure in its own voice.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "FigureSource | null"))]
    pub attributed_to: Option<FigureSource>,
}

/// The statement a figure sits in, and who makes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct FigureSource {
    /// The `id` of the entity who gives the figure.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub speaker: Option<String>,
    /// An unnamed speaker or a document ("US officials", "the report").
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub speaker_text: Option<String>,
    /// Index in `quotes` of the quote holding the figure.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number | null"))]
    pub quote: Option<usize>,
    /// Index in `attributions` of the reported statement holding it.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number | null"))]
    pub attribution: Option<usize>,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The `id` of the entity who said it.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub speaker: Option<String>,
    /// An unnamed speaker as the text gives it ("US officials").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_text: Option<String>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub cue: Option<String>,
}

/// Whether reported content holds a partial direct quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum AttributionKind {
    /// No quotation marks in the content.
    Indirect,
    /// The content holds quoted words, which are also a [`Quote`].
    Mixed,
}

impl AttributionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Indirect => "indirect",
            AttributionKind::Mixed => "mixed",
        }
    }
}

/// Reported speech: what someone said, wrote or a document states, given
/// without quoting it whole ("Smith said the plan had failed").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Attribution {
    /// The reported content: the clause said, without cue, source or a
    /// leading "that".
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The `id` of the entity who said it.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub speaker: Option<String>,
    /// An unnamed source as the text gives it ("US officials", "the report").
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub speaker_text: Option<String>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub cue: Option<String>,
    pub kind: AttributionKind,
}

/// Print 2000.0 as `2000` so the JSON reads as the text does.
fn whole_numbers_as_integers<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => s.serialize_i64(v as i64),
        Some(v) => s.serialize_f64(v),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_values_print_as_written() {
        let f = Figure {
            start: 0,
            end: 4,
            text: "1.5m".into(),
            kind: FigureKind::Count,
            value: Some(2000.0),
            high: Some(1.5),
            bound: Bound::Range,
            hedge: None,
            unit: None,
            magnitude: None,
            attributed_to: None,
        };
        let json = serde_json::to_string(&f).unwrap();
        assert!(json.contains("\"value\":2000,"), "{json}");
        assert!(json.contains("\"high\":1.5,"), "{json}");
        assert!(json.contains("\"kind\":\"count\""), "{json}");
        assert!(json.contains("\"bound\":\"range\""), "{json}");
        assert!(json.ends_with("\"attributed_to\":null}"), "{json}");
    }

    #[test]
    fn quotes_omit_absent_speaker_text() {
        let q = Quote {
            start: 1,
            end: 2,
            text: "x".into(),
            speaker: None,
            speaker_text: None,
            cue: None,
        };
        assert_eq!(
            serde_json::to_string(&q).unwrap(),
            r#"{"start":1,"end":2,"text":"x","speaker":null,"cue":null}"#
        );
    }
}

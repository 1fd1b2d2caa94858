//! The JavaScript API: `annotate(text)` and `annotateToWebAnnotations(text,
//! source)`, returning plain objects; `annotateWithNotes(text)`, the same
//! with every annotation's note as the page words it (`view::note_text`,
//! what the widget shows); and the words the page uses to describe notes
//! (`describeFigure`, `citeQuote`, `formatNumber`, `figureKindLabel`: thin
//! wrappers of `crate::view`). Offsets gain `start16`/`end16` here, at
//! the boundary, for DOM ranges; the core never sees UTF-16.
//!
//! The TypeScript declarations of the model (`Annotations`, `Entity`,
//! `Figure`, ...) are generated from the Rust types by tsify; `WithUtf16<T>`
//! below adds the UTF-16 offsets to every span of them.

use wasm_bindgen::prelude::*;

use crate::export;
use crate::model::{Bound, Entity, EntityKind, Figure, FigureKind, Quote};
use crate::view;

#[wasm_bindgen(typescript_custom_section)]
const WITH_UTF16: &'static str = r#"
/** `T` with `start16`/`end16` (UTF-16 offsets, as JavaScript strings and DOM
 *  ranges count) beside every `start`/`end` (code points). */
export type WithUtf16<T> = T extends Array<infer U>
  ? Array<WithUtf16<U>>
  : T extends { start: number; end: number }
    ? { [K in keyof T]: WithUtf16<T[K]> } & { start16: number; end16: number }
    : T extends object
      ? { [K in keyof T]: WithUtf16<T[K]> }
      : T;

/** What the page's note on one annotation says (`annotateWithNotes`). */
export interface Note {
  /** What kind of note: "Person", "Figure · count", "Quote", "Reported". */
  label: string;
  /** Its main words: a name, a figure ("< 2,000 drones"), "— Marques, minister". */
  title: string;
  /** What follows the title on its line (a role, a hedge, a cue), or null. */
  aside: string | null;
  /** The full detail, a line each. */
  details: string[];
}

/** The notes of every annotation, index for index. */
export interface Notes {
  entities: Note[];
  figures: Note[];
  quotes: Note[];
  attributions: Note[];
}

/** A W3C Web Annotation collection (JSON-LD). */
export interface WebAnnotationCollection {
  "@context": string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { type: "AnnotationPage"; items: Array<Record<string, unknown>> };
}
"#;

/// Texts past this many bytes are refused with a clear error rather than
/// tying up the page (the core is linear, but the objects returned grow too).
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

fn check(text: &str) -> Result<(), JsError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(JsError::new(&format!(
            "sidenote: a text of {} MB is over the {} MB limit; annotate it in parts",
            text.len() / (1024 * 1024),
            MAX_TEXT_BYTES / (1024 * 1024)
        )));
    }
    Ok(())
}

fn to_js(value: &serde_json::Value) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(value, &serializer)
        .map_err(|e| JsError::new(&format!("sidenote: {e}")))
}

/// Annotate `text`: `{entities, figures, quotes}` as SPEC.md describes, every
/// span with `start`/`end` in code points and `start16`/`end16` in UTF-16.
#[wasm_bindgen(unchecked_return_type = "WithUtf16<Annotations>")]
pub fn annotate(text: &str) -> Result<JsValue, JsError> {
    check(text)?;
    let annotations = crate::annotate(text);
    to_js(&export::with_utf16_offsets(text, &annotations))
}

/// Annotate `text` and return a W3C Web Annotation collection whose targets
/// point into `source` (the document's IRI).
#[wasm_bindgen(js_name = annotateToWebAnnotations, unchecked_return_type = "WebAnnotationCollection")]
pub fn annotate_to_web_annotations(text: &str, source: &str) -> Result<JsValue, JsError> {
    check(text)?;
    let annotations = crate::annotate(text);
    to_js(&export::to_web_annotations(text, &annotations, source))
}

/// Annotate `text` as `annotate` does, and give every annotation the note
/// the page shows for it: `notes.entities[i]` is the note of `entities[i]`,
/// and so on for `figures`, `quotes` and `attributions`. A note is `{ label,
/// title, aside, details }`: what kind of note ("Person", "Figure · count",
/// "Quote", "Reported"), its main words, what follows them on the compact
/// line (or `null`), and its detail, a line each. The widget shows these, so
/// it says what the page says.
#[wasm_bindgen(js_name = annotateWithNotes, unchecked_return_type = "WithUtf16<Annotations> & { notes: Notes }")]
pub fn annotate_with_notes(text: &str) -> Result<JsValue, JsError> {
    use serde_json::Value;
    use view::Target;
    check(text)?;
    let annotations = crate::annotate(text);
    let a = &annotations;
    // One function for the four lists (a generic one would be compiled four
    // times), building each note's object by hand rather than through serde.
    let notes = |count: usize, target: fn(usize) -> Target| -> Value {
        (0..count)
            .map(|i| {
                let note = view::note_text(target(i), a);
                let mut object = serde_json::Map::new();
                object.insert("label".into(), Value::String(note.label));
                object.insert("title".into(), Value::String(note.title));
                object.insert(
                    "aside".into(),
                    note.aside.map_or(Value::Null, Value::String),
                );
                object.insert("details".into(), Value::from(note.details));
                Value::Object(object)
            })
            .collect()
    };
    let mut all = serde_json::Map::new();
    all.insert(
        "entities".into(),
        notes(a.entities.len(), |entity| Target::Mention {
            entity,
            mention: 0,
        }),
    );
    all.insert("figures".into(), notes(a.figures.len(), Target::Figure));
    all.insert("quotes".into(), notes(a.quotes.len(), Target::Quote));
    all.insert(
        "attributions".into(),
        notes(a.attributions.len(), Target::Attribution),
    );
    let mut value = export::with_utf16_offsets(text, a);
    if let Value::Object(object) = &mut value {
        object.insert("notes".into(), Value::Object(all));
    }
    to_js(&value)
}

// The describing functions read the fields they need straight off the
// objects `annotate` returned (js_sys::Reflect), not through a serde
// deserializer: serde-wasm-bindgen's deserializer and the derived impls for
// Figure, Quote and Entity cost 22 KB gzip here, a tenth of the widget.

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text_field(object: &JsValue, name: &str) -> Option<String> {
    field(object, name).as_string()
}

fn number_field(object: &JsValue, name: &str) -> Option<f64> {
    field(object, name).as_f64()
}

/// Every variant of the model's enums that JavaScript may name.
const FIGURE_KINDS: [FigureKind; 6] = [
    FigureKind::Count,
    FigureKind::Money,
    FigureKind::Percent,
    FigureKind::Measure,
    FigureKind::Age,
    FigureKind::Frequency,
];
const BOUNDS: [Bound; 6] = [
    Bound::Exact,
    Bound::Approx,
    Bound::Min,
    Bound::Max,
    Bound::Range,
    Bound::Vague,
];
const ENTITY_KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Group,
];

/// The variant of `all` whose JSON name is `word` ("count", "approx"),
/// found through the model's own `Serialize` (already in the module for
/// `annotate`; a `Deserialize` would add code).
fn variant<T: serde::Serialize + Copy>(all: &[T], word: &str) -> Option<T> {
    all.iter().copied().find(
        |v| matches!(serde_json::to_value(v), Ok(serde_json::Value::String(name)) if name == word),
    )
}

/// A string field that names one of `all`, or an error saying what was
/// expected.
fn enum_field<T: serde::Serialize + Copy>(
    object: &JsValue,
    name: &str,
    all: &[T],
    what: &str,
) -> Result<T, JsError> {
    let word = text_field(object, name).unwrap_or_default();
    variant(all, &word).ok_or_else(|| not_a_variant(what, name, &word))
}

/// The error of `enum_field`, written once for every enum it reads.
#[inline(never)]
fn not_a_variant(what: &str, name: &str, word: &str) -> JsError {
    JsError::new(&format!(
        "sidenote: expected {what} as annotate returns it, with a `{name}` (not “{word}”)"
    ))
}

fn figure_from_js(figure: &JsValue) -> Result<Figure, JsError> {
    let what = "a figure";
    // Describing a figure needs neither its place nor its source.
    Ok(Figure {
        start: 0,
        end: 0,
        text: text_field(figure, "text").unwrap_or_default(),
        kind: enum_field(figure, "kind", &FIGURE_KINDS, what)?,
        value: number_field(figure, "value"),
        high: number_field(figure, "high"),
        bound: enum_field(figure, "bound", &BOUNDS, what)?,
        hedge: text_field(figure, "hedge"),
        unit: text_field(figure, "unit"),
        magnitude: None,
        attributed_to: None,
    })
}

fn quote_from_js(quote: &JsValue) -> Quote {
    // Citing a quote does not need its place.
    Quote {
        start: 0,
        end: 0,
        text: text_field(quote, "text").unwrap_or_default(),
        speaker: text_field(quote, "speaker"),
        speaker_text: text_field(quote, "speaker_text"),
        cue: text_field(quote, "cue"),
    }
}

/// The entities of `annotations`, with what naming a speaker needs (id,
/// kind, name, descriptors; not the mentions).
fn entities_from_js(annotations: &JsValue) -> Result<Vec<Entity>, JsError> {
    let entities = field(annotations, "entities");
    if !js_sys::Array::is_array(&entities) {
        return Err(JsError::new(
            "sidenote: expected the annotations annotate returned, with their `entities`",
        ));
    }
    js_sys::Array::from(&entities)
        .iter()
        .map(|entity| {
            let descriptors = field(&entity, "descriptors");
            let descriptors = if js_sys::Array::is_array(&descriptors) {
                js_sys::Array::from(&descriptors)
                    .iter()
                    .filter_map(|d| d.as_string())
                    .collect()
            } else {
                Vec::new()
            };
            Ok(Entity {
                id: text_field(&entity, "id").unwrap_or_default(),
                kind: enum_field(&entity, "kind", &ENTITY_KINDS, "an entity")?,
                name: text_field(&entity, "name").unwrap_or_default(),
                descriptors,
                mentions: Vec::new(),
            })
        })
        .collect()
}

/// What a figure says, in plain words, as the page's note gives it
/// ("fewer than 2,000 drones — “nearly”").
#[wasm_bindgen(js_name = describeFigure)]
pub fn describe_figure(
    #[wasm_bindgen(unchecked_param_type = "Figure")] figure: JsValue,
) -> Result<String, JsError> {
    Ok(view::describe_figure(&figure_from_js(&figure)?))
}

/// A quote with its speaker, ready to paste ("“…” — Jake Sullivan, White
/// House National Security Adviser"). `annotations` needs only `entities`
/// (pass what `annotate` returned).
#[wasm_bindgen(js_name = citeQuote)]
pub fn cite_quote(
    #[wasm_bindgen(unchecked_param_type = "Quote")] quote: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Pick<Annotations, \"entities\">")] annotations: JsValue,
) -> Result<String, JsError> {
    let analysis = crate::Analysis {
        annotations: crate::model::Annotations {
            entities: entities_from_js(&annotations)?,
            ..Default::default()
        },
        ..Default::default()
    };
    Ok(view::cite_quote(&quote_from_js(&quote), &analysis))
}

/// A number as a reader writes it: "2,000", "1.2 billion", "0.3".
#[wasm_bindgen(js_name = formatNumber)]
pub fn format_number(value: f64) -> String {
    view::format_number(value)
}

/// The kind of a figure as a word for a label ("count", "money", ...).
#[wasm_bindgen(js_name = figureKindLabel)]
pub fn figure_kind_label(
    #[wasm_bindgen(unchecked_param_type = "FigureKind")] kind: JsValue,
) -> Result<String, JsError> {
    let word = kind.as_string().unwrap_or_default();
    let kind = variant(&FIGURE_KINDS, &word).ok_or_else(|| {
        JsError::new(&format!(
            "sidenote: expected a figure kind (count, money, percent, measure, age, frequency), not “{word}”"
        ))
    })?;
    Ok(view::figure_kind_label(kind).to_string())
}

/// The analysis as five JSON strings, for the page's worker: the entities,
/// the figures, the quotes, the reported statements and the paragraph spans. A string crosses
/// `postMessage` far faster than an object graph, and the page reads each
/// part in a task of its own.
/// Only the page's module has it (feature `app`): the widget's package is
/// smaller without it.
#[cfg(feature = "app")]
#[wasm_bindgen(js_name = analyseToJsonParts)]
pub fn analyse_to_json_parts(text: &str) -> Result<Vec<String>, JsError> {
    check(text)?;
    let analysis = crate::analyse(text);
    let a = &analysis.annotations;
    let parts = [
        serde_json::to_string(&a.entities),
        serde_json::to_string(&a.figures),
        serde_json::to_string(&a.quotes),
        serde_json::to_string(&a.attributions),
        serde_json::to_string(&analysis.paragraphs),
    ];
    parts
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(|e| JsError::new(&format!("sidenote: {e}")))
}

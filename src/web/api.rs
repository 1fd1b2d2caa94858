//! The JavaScript API: `annotate(text)` and `annotateToWebAnnotations(text,
//! source)`, returning plain objects. Offsets gain `start16`/`end16` here, at
//! the boundary, for DOM ranges; the core never sees UTF-16.
//!
//! The TypeScript declarations of the model (`Annotations`, `Entity`,
//! `Figure`, ...) are generated from the Rust types by tsify; `WithUtf16<T>`
//! below adds the UTF-16 offsets to every span of them.

use wasm_bindgen::prelude::*;

use crate::export;

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

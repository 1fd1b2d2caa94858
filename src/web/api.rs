//! The JavaScript API: `annotate(text)` and `annotateToWebAnnotations(text,
//! source)`, returning plain objects. Offsets gain `start16`/`end16` here, at
//! the boundary, for DOM ranges; the core never sees UTF-16.

use wasm_bindgen::prelude::*;

use crate::export;

/// Texts past this many bytes are refused with a clear error rather than
/// tying up the page (the core is linear, but the objects returned grow too).
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

fn check(text: &str) -> Result<(), JsError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(JsError::new(&format!(
            "sidenote: text of {} MB is over the {} MB limit; annotate it in parts",
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
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsError> {
    check(text)?;
    let annotations = crate::annotate(text);
    to_js(&export::with_utf16_offsets(text, &annotations))
}

/// Annotate `text` and return a W3C Web Annotation collection whose targets
/// point into `source` (the document's IRI).
#[wasm_bindgen(js_name = annotateToWebAnnotations)]
pub fn annotate_to_web_annotations(text: &str, source: &str) -> Result<JsValue, JsError> {
    check(text)?;
    let annotations = crate::annotate(text);
    to_js(&export::to_web_annotations(text, &annotations, source))
}

//! Export: the annotations as a download, in SPEC.md JSON or as W3C Web
//! Annotations, and a quote copied with its attribution.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::model::Annotated;
use crate::export::to_web_annotations;

/// Offer `content` as a file download named `name`.
fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let doc = super::dom::document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "cannot make the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make the file")?;
    let link: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub annotated: Rc<Annotated>,
}

#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let error = use_state(|| None::<String>);
    let spec = {
        let annotated = props.annotated.clone();
        let error = error.clone();
        Callback::from(move |_| {
            let json =
                serde_json::to_string_pretty(&annotated.analysis.annotations).unwrap_or_default();
            error.set(download("sidenote-annotations.json", "application/json", &json).err());
        })
    };
    let web = {
        let annotated = props.annotated.clone();
        let error = error.clone();
        Callback::from(move |_| {
            let source = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            let value =
                to_web_annotations(&annotated.text, &annotated.analysis.annotations, &source);
            let json = serde_json::to_string_pretty(&value).unwrap_or_default();
            error.set(download("sidenote-annotations.jsonld", "application/ld+json", &json).err());
        })
    };
    let empty = props.annotated.text.trim().is_empty();
    html! {
        <div class="export" role="group" aria-label="Export">
            <button type="button" onclick={spec} disabled={empty}>{ "Export JSON" }</button>
            <button type="button" onclick={web} disabled={empty} title="W3C Web Annotation JSON-LD">{ "Export Web Annotations" }</button>
            if let Some(message) = &*error { <span class="warning" role="alert">{ message }</span> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    /// The text to put on the clipboard.
    pub text: AttrValue,
}

/// A button that copies a quote with its attribution.
#[function_component(CopyQuote)]
pub fn copy_quote(props: &CopyProps) -> Html {
    let state = use_state(|| "Copy");
    let onclick = {
        let text = props.text.clone();
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            let Some(window) = web_sys::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&text);
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                state.set(if ok { "Copied" } else { "Copy failed" });
            });
        })
    };
    html! {
        <button type="button" class="copy" {onclick} aria-label={format!("Copy quote with attribution: {}", props.text)}>
            { *state }
        </button>
    }
}

//! The page in a real browser (headless Chromium through wasm-bindgen-test):
//! the app component renders the sample article with its annotations, and
//! the JavaScript API returns UTF-16 offsets that slice JavaScript strings.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

async fn mounted() -> web_sys::Element {
    let doc = document();
    // Start from the sample article, whatever an earlier run stored.
    if let Ok(Some(storage)) = web_sys::window().unwrap().local_storage() {
        let _ = storage.clear();
    }
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    sidenote::web::mount_app(root.clone());
    // Annotation happens after a yield, and the article is drawn in slices.
    for _ in 0..100 {
        TimeoutFuture::new(20).await;
        if root.query_selector(".note-quote").ok().flatten().is_some()
            && root.query_selector(".drawing").ok().flatten().is_none()
        {
            break;
        }
    }
    root
}

#[wasm_bindgen_test]
async fn app_renders_the_annotated_sample() {
    let root = mounted().await;
    let headline = root
        .query_selector(".headline")
        .unwrap()
        .expect("a headline");
    assert!(headline.text_content().unwrap().contains("Portuguese port"));
    let notes = root.query_selector_all(".note").unwrap();
    assert!(notes.length() >= 10, "only {} notes", notes.length());
    let people = root.query_selector_all(".note-person").unwrap();
    assert!(
        people.length() >= 3,
        "only {} person notes",
        people.length()
    );
    assert!(root.query_selector(".note-figure").unwrap().is_some());
    assert!(root.query_selector(".note-quote").unwrap().is_some());
    let cast = root
        .query_selector(".cast")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(cast.contains("Helena Marques"), "cast: {cast}");
    let textarea: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(textarea.value().starts_with("Dutch engineers"));
}

#[wasm_bindgen_test]
fn api_offsets_slice_javascript_strings() {
    let text = "🙂 Café owner Lena Novak said: “We sold 300 cups.”";
    let value = sidenote::web::api::annotate(text)
        .map_err(|_| "annotate failed")
        .unwrap();
    let quotes = js_sys::Reflect::get(&value, &"quotes".into()).unwrap();
    let first = js_sys::Reflect::get(&quotes, &0.into()).unwrap();
    let start16 = js_sys::Reflect::get(&first, &"start16".into())
        .unwrap()
        .as_f64()
        .unwrap() as u32;
    let end16 = js_sys::Reflect::get(&first, &"end16".into())
        .unwrap()
        .as_f64()
        .unwrap() as u32;
    let js_text = js_sys::JsString::from(text);
    assert_eq!(
        String::from(js_text.substring(start16, end16)),
        "We sold 300 cups."
    );
}

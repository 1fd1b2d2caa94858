//! Annotation off the main thread: the page posts the text to a web worker
//! (`annotate-worker.js`, which loads this same wasm module) and gets the
//! analysis back as JSON, in parts. Reading the parts and laying the article
//! out are spread over short tasks, so that even a very long article never
//! holds the page up. Only the newest request's answer is used. Where no
//! worker can be started (a test harness, a browser without module workers)
//! annotation runs on the page after a yield instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;

use super::model::Annotated;
use crate::view::{Layout, ParagraphView};
use crate::Analysis;

/// How long one task of reading an answer may run before yielding to the
/// page (a frame is 16 ms; a task over 50 ms is one a reader notices).
const STEP_BUDGET_MS: f64 = 8.0;

/// What the page hears back.
pub type Answer = Result<Rc<Annotated>, String>;

struct Shared {
    latest: Cell<u32>,
    /// The text of the newest request, kept to build the view from its answer.
    text: RefCell<Rc<str>>,
    on_answer: Box<dyn Fn(Answer)>,
}

pub struct Annotator {
    shared: Rc<Shared>,
    worker: RefCell<Option<WorkerHandle>>,
    inline: RefCell<Option<Timeout>>,
}

struct WorkerHandle {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl Drop for WorkerHandle {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

const WORKER_URL: &str = "./annotate-worker.js";

impl Annotator {
    pub fn new(on_answer: impl Fn(Answer) + 'static) -> Annotator {
        Annotator {
            shared: Rc::new(Shared {
                latest: Cell::new(0),
                text: RefCell::new(Rc::from("")),
                on_answer: Box::new(on_answer),
            }),
            worker: RefCell::new(None),
            inline: RefCell::new(None),
        }
    }

    /// Annotate `text`; the answer arrives through the callback, unless a
    /// newer request overtakes it.
    pub fn request(&self, text: Rc<str>) {
        let id = self.shared.latest.get().wrapping_add(1);
        self.shared.latest.set(id);
        *self.shared.text.borrow_mut() = text.clone();
        if self.worker.borrow().is_none() {
            *self.worker.borrow_mut() = start_worker(&self.shared);
        }
        if let Some(handle) = &*self.worker.borrow() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
            let _ = js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(&text));
            if handle.worker.post_message(&message).is_ok() {
                return;
            }
        }
        // No worker: annotate here, after letting the page paint.
        let shared = self.shared.clone();
        *self.inline.borrow_mut() = Some(Timeout::new(0, move || {
            if shared.latest.get() == id {
                (shared.on_answer)(Ok(Rc::new(Annotated::new(text))));
            }
        }));
    }
}

fn start_worker(shared: &Rc<Shared>) -> Option<WorkerHandle> {
    // The test harness serves no worker script: annotate inline there.
    let has_worker_script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("script[src^='/boot-']").ok().flatten())
        .is_some();
    if !has_worker_script {
        return None;
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(WORKER_URL, &options).ok()?;
    let on_message = {
        let shared = shared.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
            let id = get("id").and_then(|v| v.as_f64()).map(|v| v as u32);
            if id != Some(shared.latest.get()) {
                return;
            }
            let parts = get("parts").filter(|v| v.is_array()).map(|v| {
                js_sys::Array::from(&v)
                    .iter()
                    .filter_map(|p| p.as_string())
                    .collect()
            });
            match (parts, get("error").and_then(|v| v.as_string())) {
                (Some(parts), _) => {
                    let text = shared.text.borrow().clone();
                    spawn_local(read_answer(shared.clone(), id.unwrap_or(0), text, parts));
                }
                (None, Some(error)) => (shared.on_answer)(Err(error)),
                (None, None) => {
                    (shared.on_answer)(Err("the annotation worker sent nothing back".to_string()))
                }
            }
        })
    };
    let on_error = {
        let shared = shared.clone();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
            event.prevent_default();
            (shared.on_answer)(Err(format!(
                "the annotation worker stopped: {}",
                event.message()
            )));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(WorkerHandle {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

impl Annotator {
    /// Forget a worker that failed, so the next request starts a fresh one.
    pub fn reset_worker(&self) {
        self.worker.borrow_mut().take();
    }
}

/// An answer being read: its JSON parts, then the article's layout.
struct Reading {
    text: Rc<str>,
    /// The parts not read yet, last first.
    parts: Vec<String>,
    analysis: Analysis,
    layout: Option<Layout>,
    paragraphs: Vec<ParagraphView>,
}

impl Reading {
    fn new(text: Rc<str>, mut parts: Vec<String>) -> Reading {
        parts.reverse();
        Reading {
            text,
            parts,
            analysis: Analysis::default(),
            layout: None,
            paragraphs: Vec::new(),
        }
    }

    /// Read one part of the answer (entities, figures, quotes, paragraphs,
    /// in that order); false once all are read.
    fn read_part(&mut self) -> Result<bool, serde_json::Error> {
        let Some(json) = self.parts.pop() else {
            return Ok(false);
        };
        let a = &mut self.analysis.annotations;
        match 3 - self.parts.len() {
            0 => a.entities = serde_json::from_str(&json)?,
            1 => a.figures = serde_json::from_str(&json)?,
            2 => a.quotes = serde_json::from_str(&json)?,
            _ => self.analysis.paragraphs = serde_json::from_str(&json)?,
        }
        Ok(true)
    }

    /// Work until `deadline` (ms); the finished view once there is one.
    fn advance(&mut self, deadline: f64) -> Result<Option<Annotated>, String> {
        loop {
            if !self.parts.is_empty() {
                self.read_part()
                    .map_err(|e| format!("the annotations could not be read ({e})"))?;
            } else {
                let layout = self
                    .layout
                    .get_or_insert_with(|| Layout::new(&self.text, &self.analysis));
                match layout.next_paragraph(&self.text, &self.analysis) {
                    Some(view) => self.paragraphs.push(view),
                    None => {
                        let paragraphs = std::mem::take(&mut self.paragraphs);
                        let analysis = std::mem::take(&mut self.analysis);
                        return Ok(Some(Annotated::from_layout(
                            self.text.clone(),
                            analysis,
                            paragraphs,
                        )));
                    }
                }
            }
            if now_ms() >= deadline {
                return Ok(None);
            }
        }
    }
}

/// Read the worker's answer to request `id` in short tasks, giving up as
/// soon as a newer request is made.
async fn read_answer(shared: Rc<Shared>, id: u32, text: Rc<str>, parts: Vec<String>) {
    if parts.len() != 4 {
        (shared.on_answer)(Err(format!(
            "the annotation worker sent {} parts, not 4",
            parts.len()
        )));
        return;
    }
    let mut reading = Reading::new(text, parts);
    mark("sidenote:answer");
    loop {
        if shared.latest.get() != id {
            return;
        }
        match reading.advance(now_ms() + STEP_BUDGET_MS) {
            Ok(Some(annotated)) => {
                // Shows in the browser's performance tools and in the tests:
                // how long reading the answer took, over all its tasks.
                measure("sidenote:read", "sidenote:answer");
                (shared.on_answer)(Ok(Rc::new(annotated)));
                return;
            }
            Ok(None) => TimeoutFuture::new(0).await,
            Err(message) => {
                (shared.on_answer)(Err(message));
                return;
            }
        }
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn measure(name: &str, since: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, since);
    }
}

//! Annotation off the main thread: the page posts the text to a web worker
//! (`annotate-worker.js`, which loads this same wasm module) and gets the
//! analysis back as JSON. Only the newest request's answer is used. Where no
//! worker can be started (a test harness, a browser without module workers)
//! annotation runs on the page after a yield instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::app::Annotated;
use crate::Analysis;

/// What the page hears back.
pub type Answer = Result<Rc<Annotated>, String>;

struct Shared {
    latest: Cell<u32>,
    /// The text of the newest request, kept to build the view from its answer.
    text: RefCell<Rc<str>>,
    on_answer: Box<dyn Fn(Answer)>,
    /// The second half of handling an answer, in a task of its own.
    finishing: RefCell<Option<Timeout>>,
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
                finishing: RefCell::new(None),
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
            // Reading the answer and laying it out are two tasks, so that
            // neither holds the page up for long on a very long article.
            let json = get("json").and_then(|v| v.as_string());
            let error = get("error").and_then(|v| v.as_string());
            match (json, error) {
                (Some(json), _) => match serde_json::from_str::<Analysis>(&json) {
                    Ok(analysis) => {
                        let text = shared.text.borrow().clone();
                        let later = shared.clone();
                        let expected = later.latest.get();
                        *shared.finishing.borrow_mut() = Some(Timeout::new(0, move || {
                            if later.latest.get() == expected {
                                (later.on_answer)(Ok(Rc::new(Annotated::from_analysis(
                                    text, analysis,
                                ))));
                            }
                        }));
                    }
                    Err(e) => {
                        (shared.on_answer)(Err(format!("the annotations could not be read ({e})")))
                    }
                },
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

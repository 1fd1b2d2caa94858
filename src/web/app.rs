//! The page: a paste area, the annotated article with notes in its margin,
//! the cast of the article, filters and exports.
//!
//! State lives here in hooks and flows down as properties; children report
//! back through callbacks. Typing is debounced; the annotation itself runs in
//! a worker ([`super::annotator`]), and the article is then drawn in slices
//! ([`super::article`]), so even a very long paste never freezes the page.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlTextAreaElement};
use yew::prelude::*;

use super::annotator::Annotator;
use super::article::Article;
use super::cast::Cast;
use super::downloads::ExportButtons;
use super::model::{Annotated, Filters};
use super::sources::Sources;
use super::{storage, SAMPLE_ARTICLE};
use crate::view::Source;

/// How long typing must pause before the article is annotated again.
const DEBOUNCE_MS: u32 = 300;

/// The most text the page annotates and draws (about 300,000 words). Past
/// it the page annotates the paragraphs up to it and says so; the whole text
/// stays in the paste area. The command and the API take far more.
const PAGE_LIMIT_BYTES: usize = 2_000_000;

/// Past this size (about 10,000 words) the paste area folds into a line
/// that says what it holds, with a button to edit it. The browser lays out
/// all of a text field's text whenever it is shown or changed, and for a long
/// article that alone would hold the page up for longer than a frame; the
/// article itself is always readable below.
const FOLD_INPUT_BYTES: usize = 60_000;

/// The part of `text` the page annotates: all of it, or its paragraphs up to
/// [`PAGE_LIMIT_BYTES`].
fn within_limit(text: &Rc<str>) -> (Rc<str>, Option<String>) {
    if text.len() <= PAGE_LIMIT_BYTES {
        return (text.clone(), None);
    }
    let mut cut = PAGE_LIMIT_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut]
        .rfind('\n')
        .filter(|&i| i > PAGE_LIMIT_BYTES / 2)
        .unwrap_or(cut);
    let notice = format!(
        "This text is {:.1} MB: the page annotates its first {:.1} MB. Your whole text is kept above; the `annotate` command or the JavaScript API take it all.",
        text.len() as f64 / 1e6,
        cut as f64 / 1e6
    );
    (Rc::from(&text[..cut]), Some(notice))
}

/// Where annotation stands.
#[derive(Debug, Clone, PartialEq)]
enum Progress {
    Idle,
    Waiting,
    Annotating { words: usize },
    Failed(String),
}

/// Which kind a filter shows.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Entities,
    Figures,
    Quotes,
}

/// Everything the page shows, changed only through [`Action`]s (yew's
/// reducer, as in its todomvc example). Components get what they show and
/// callbacks, never this whole state.
#[derive(Debug, Clone, PartialEq)]
struct State {
    /// The reader's whole text, as typed or pasted.
    text: Rc<str>,
    /// The latest annotated version of (the page's part of) it.
    annotated: Rc<Annotated>,
    progress: Progress,
    /// Why the text could not be kept in the browser, if it could not.
    storage_error: Option<String>,
    /// What the page says about the text (that it annotates only part).
    notice: Option<String>,
    filters: Filters,
    /// The entity or source whose mentions and statements are marked.
    selected: Option<Source>,
    /// Whether the reader has opened a long text for editing.
    editing: bool,
}

enum Action {
    /// The reader changed the text; annotation waits for typing to pause.
    Typed(Rc<str>),
    /// Annotation of `words` words has started, with what to say about it.
    Started {
        words: usize,
        notice: Option<String>,
    },
    /// The text was kept, or could not be (why).
    Stored(Option<String>),
    Annotated(Rc<Annotated>),
    Failed(String),
    Toggle(Kind),
    Select(Option<Source>),
    Edit(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Typed(text) => {
                next.text = text;
                next.progress = Progress::Waiting;
            }
            Action::Started { words, notice } => {
                next.progress = Progress::Annotating { words };
                next.notice = notice;
            }
            Action::Stored(error) => next.storage_error = error,
            Action::Annotated(annotated) => {
                next.annotated = annotated;
                next.selected = None;
                next.progress = Progress::Idle;
            }
            Action::Failed(message) => next.progress = Progress::Failed(message),
            Action::Toggle(kind) => {
                let f = &mut next.filters;
                let flag = match kind {
                    Kind::Entities => &mut f.entities,
                    Kind::Figures => &mut f.figures,
                    Kind::Quotes => &mut f.quotes,
                };
                *flag = !*flag;
            }
            Action::Select(entity) => next.selected = entity,
            Action::Edit(editing) => next.editing = editing,
        }
        Rc::new(next)
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State {
        text: Rc::<str>::from(
            storage::load()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| SAMPLE_ARTICLE.to_string()),
        ),
        annotated: Rc::new(Annotated::empty()),
        progress: Progress::Annotating { words: 0 },
        storage_error: None,
        notice: None,
        filters: Filters {
            entities: true,
            figures: true,
            quotes: true,
        },
        selected: None,
        editing: false,
    });
    let dispatch = state.dispatcher();
    let text = state.text.clone();
    let timer = use_mut_ref(|| None::<Timeout>);
    let area_ref = use_node_ref();
    let annotator = {
        let dispatch = dispatch.clone();
        use_mut_ref(move || {
            Annotator::new(move |answer| match answer {
                Ok(result) => dispatch.dispatch(Action::Annotated(result)),
                Err(message) => dispatch.dispatch(Action::Failed(message)),
            })
        })
    };

    // The first annotation, of the stored or sample article.
    {
        let annotator = annotator.clone();
        let dispatch = dispatch.clone();
        let (part, limited) = within_limit(&text);
        use_effect_with((), move |_| {
            dispatch.dispatch(Action::Started {
                words: 0,
                notice: limited,
            });
            annotator.borrow().request(part);
        });
    }

    let set_text = {
        let dispatch = dispatch.clone();
        let annotator = annotator.clone();
        Callback::from(move |value: String| {
            let value: Rc<str> = Rc::from(value);
            dispatch.dispatch(Action::Typed(value.clone()));
            let annotator = annotator.clone();
            let dispatch = dispatch.clone();
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                // Kept when typing pauses, in the same task that starts the
                // annotation, so each keystroke stays cheap.
                dispatch.dispatch(Action::Stored(storage::save(&value).err()));
                let (part, limited) = within_limit(&value);
                dispatch.dispatch(Action::Started {
                    words: part.split_whitespace().count(),
                    notice: limited,
                });
                annotator.borrow().request(part);
            }));
        })
    };

    let oninput = {
        let set_text = set_text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            set_text.emit(area.value());
        })
    };
    // The paste area is left to the browser (a long text is laid out once,
    // when it arrives); the page writes to it only for Sample and Clear.
    let replace_text = {
        let set_text = set_text.clone();
        let area_ref = area_ref.clone();
        move |value: &str| {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                area.set_value(value);
            }
            set_text.emit(value.to_string());
        }
    };
    let on_sample = {
        let replace_text = replace_text.clone();
        Callback::from(move |_| replace_text(SAMPLE_ARTICLE))
    };
    let on_clear = {
        let replace_text = replace_text.clone();
        Callback::from(move |_| replace_text(""))
    };
    // A long paste goes straight to the article, not through the text field
    // (which folds away for it): the browser's own paste would lay the whole
    // text out in the field first. A short one is left to the browser, so
    // undo works as usual.
    let onpaste = {
        let dispatch = dispatch.clone();
        let text = text.clone();
        Callback::from(move |e: Event| {
            let Some(event) = e.dyn_ref::<ClipboardEvent>() else {
                return;
            };
            let Some(pasted) = event
                .clipboard_data()
                .and_then(|data| data.get_data("text/plain").ok())
            else {
                return;
            };
            if text.len() + pasted.len() <= FOLD_INPUT_BYTES {
                return;
            }
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let value = area.value();
            let end = value.encode_utf16().count() as u32;
            let start = area.selection_start().ok().flatten().unwrap_or(end);
            let stop = area.selection_end().ok().flatten().unwrap_or(end);
            let next = crate::offsets::splice_utf16(&value, start as usize, stop as usize, &pasted);
            if next.len() <= FOLD_INPUT_BYTES {
                return;
            }
            e.prevent_default();
            area.set_hidden(true); // before the value, so it is never laid out
            dispatch.dispatch(Action::Edit(false));
            replace_text(&next);
        })
    };
    let folded = text.len() > FOLD_INPUT_BYTES && !state.editing;
    let on_edit = {
        let dispatch = dispatch.clone();
        let area_ref = area_ref.clone();
        Callback::from(move |_| {
            dispatch.dispatch(Action::Edit(true));
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                area.set_hidden(false);
                let _ = area.focus();
            }
        })
    };
    let size_line = folded.then(|| {
        let size = if text.len() < 1_000_000 {
            format!("{} KB", text.len() / 1000)
        } else {
            format!("{:.1} MB", text.len() as f64 / 1e6)
        };
        format!(
            "Your article: {} words ({size}), kept in this browser and annotated below.",
            crate::view::format_number(text.split_whitespace().count() as f64),
        )
    });
    {
        let area_ref = area_ref.clone();
        let first = text.clone();
        use_effect_with((), move |_| {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                area.set_value(&first);
            }
        });
    }
    let on_retry = {
        let annotator = annotator.clone();
        let text = text.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            annotator.borrow().reset_worker();
            let (part, limited) = within_limit(&text);
            dispatch.dispatch(Action::Started {
                words: text.split_whitespace().count(),
                notice: limited,
            });
            annotator.borrow().request(part);
        })
    };
    let toggle = |kind: Kind| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(Action::Toggle(kind)))
    };
    let on_select_entity = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Option<usize>| {
            dispatch.dispatch(Action::Select(e.map(Source::Entity)))
        })
    };
    let on_select_source = {
        let dispatch = dispatch.clone();
        Callback::from(move |s: Option<Source>| dispatch.dispatch(Action::Select(s)))
    };
    let annotated = &state.annotated;
    let filters = &state.filters;
    let selected_entity = match &state.selected {
        Some(Source::Entity(e)) => Some(*e),
        _ => None,
    };

    let a = &annotated.analysis.annotations;
    let status = match &state.progress {
        Progress::Waiting => html! { <span>{ "Waiting for you to finish typing…" }</span> },
        Progress::Annotating { words } => html! { <>
            <progress class="busy" aria-label="Annotating"></progress>
            <span>{ if *words > 0 { format!(" Annotating {} words…", crate::view::format_number(*words as f64)) } else { " Annotating…".to_string() } }</span>
        </> },
        Progress::Failed(message) => html! { <>
            <span class="warning">{ format!("Annotation failed: {message}. Your text is kept. ") }</span>
            <button type="button" onclick={on_retry}>{ "Try again" }</button>
        </> },
        Progress::Idle if text.trim().is_empty() => {
            html! { <span>{ "Paste an article to annotate it." }</span> }
        }
        Progress::Idle => html! { <span>{ format!(
            "{} words · {} names · {} figures · {} quotes · {} reported",
            crate::view::format_number(annotated.words as f64),
            a.entities.len(),
            a.figures.len(),
            a.quotes.len(),
            a.attributions.len()
        ) }</span> },
    };

    html! {
        <div class="app">
            <header class="masthead">
                <h1 class="brand">{ "Sidenote" }</h1>
                <p class="tagline">{ "Who is in the story, what they said, and which numbers carry it. Everything stays in your browser." }</p>
            </header>
            <main>
                <section class="input" aria-label="Article text">
                    <label for="article-input" class="input-label">{ "Paste or type an article" }</label>
                    <textarea id="article-input" class="article-input" ref={area_ref} {oninput} {onpaste}
                        hidden={folded} spellcheck="false" rows="8" placeholder="Paste a news article here…" />
                    if let Some(line) = size_line {
                        <div class="folded-input" role="group" aria-label="Your article">
                            <p>{ line }</p>
                            <button type="button" onclick={on_edit}>{ "Edit the text" }</button>
                        </div>
                    }
                    <div class="toolbar">
                        <div class="controls" role="group" aria-label="Article">
                            <button type="button" onclick={on_sample}>{ "Sample" }</button>
                            <button type="button" onclick={on_clear}>{ "Clear" }</button>
                        </div>
                        <fieldset class="filters">
                            <legend>{ "Show" }</legend>
                            <label><input type="checkbox" checked={filters.entities} onchange={toggle(Kind::Entities)} />{ " Names" }</label>
                            <label><input type="checkbox" checked={filters.figures} onchange={toggle(Kind::Figures)} />{ " Figures" }</label>
                            <label><input type="checkbox" checked={filters.quotes} onchange={toggle(Kind::Quotes)} />{ " Quotes" }</label>
                        </fieldset>
                        <ExportButtons annotated={(*annotated).clone()} />
                        <p class="status" role="status" aria-live="polite">{ status }</p>
                    </div>
                    if let Some(message) = &state.storage_error {
                        <p class="warning" role="alert">{ message }</p>
                    }
                    if let Some(message) = &state.notice {
                        <p class="notice" role="status">{ message }</p>
                    }
                </section>
                <div class="reading">
                    <div class="side">
                        <Cast annotated={(*annotated).clone()} selected={selected_entity} on_select={on_select_entity.clone()} />
                        <Sources annotated={(*annotated).clone()} selected={state.selected.clone()} on_select={on_select_source} />
                    </div>
                    <Article annotated={(*annotated).clone()} filters={*filters} selected={state.selected.clone()}
                        on_select={on_select_entity.clone()} />
                </div>
            </main>
        </div>
    }
}

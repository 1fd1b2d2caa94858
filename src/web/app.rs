//! The page: a paste area, the annotated article with notes beside it, and
//! the cast of the article.
//!
//! State lives here in hooks and flows down as properties; children report
//! back through callbacks. Annotation follows typing after a pause
//! (debounced), so a burst of keystrokes costs one annotation.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::article::Article;
use super::cast::Cast;
use super::{storage, SAMPLE_ARTICLE};
use crate::view::{layout, ParagraphView, Target};
use crate::Analysis;

/// How long typing must pause before the article is annotated again.
const DEBOUNCE_MS: u32 = 300;

/// One annotated version of the article.
#[derive(Debug, PartialEq)]
pub struct Annotated {
    pub text: String,
    pub analysis: Analysis,
    pub paragraphs: Vec<ParagraphView>,
}

impl Annotated {
    pub fn new(text: &str) -> Annotated {
        let analysis = crate::analyse(text);
        let paragraphs = layout(text, &analysis);
        Annotated {
            text: text.to_string(),
            analysis,
            paragraphs,
        }
    }
}

/// Which annotation types the reader wants to see.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Filters {
    pub entities: bool,
    pub figures: bool,
    pub quotes: bool,
}

impl Filters {
    pub fn shows(&self, target: Target) -> bool {
        match target {
            Target::Mention { .. } => self.entities,
            Target::Figure(_) => self.figures,
            Target::Quote(_) => self.quotes,
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let text = use_state(|| {
        storage::load()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| SAMPLE_ARTICLE.to_string())
    });
    let annotated = use_state(|| Rc::new(Annotated::new(&text)));
    let pending = use_state(|| false);
    let storage_error = use_state(|| None::<String>);
    let filters = use_state(|| Filters {
        entities: true,
        figures: true,
        quotes: true,
    });
    let selected_entity = use_state(|| None::<usize>);
    let active = use_state(|| None::<Target>);
    let timer = use_mut_ref(|| None::<Timeout>);

    // Set new text: keep it, then annotate after a pause.
    let set_text = {
        let text = text.clone();
        let annotated = annotated.clone();
        let pending = pending.clone();
        let storage_error = storage_error.clone();
        let selected_entity = selected_entity.clone();
        Callback::from(move |value: String| {
            storage_error.set(storage::save(&value).err());
            text.set(value.clone());
            pending.set(true);
            let annotated = annotated.clone();
            let pending = pending.clone();
            let selected_entity = selected_entity.clone();
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                annotated.set(Rc::new(Annotated::new(&value)));
                selected_entity.set(None);
                pending.set(false);
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
    let on_sample = {
        let set_text = set_text.clone();
        Callback::from(move |_| set_text.emit(SAMPLE_ARTICLE.to_string()))
    };
    let on_clear = {
        let set_text = set_text.clone();
        Callback::from(move |_| set_text.emit(String::new()))
    };
    let toggle = |which: fn(&mut Filters) -> &mut bool| {
        let filters = filters.clone();
        Callback::from(move |_: Event| {
            let mut f = *filters;
            let flag = which(&mut f);
            *flag = !*flag;
            filters.set(f);
        })
    };
    let on_select_entity = {
        let selected_entity = selected_entity.clone();
        Callback::from(move |e: Option<usize>| selected_entity.set(e))
    };
    let on_activate = {
        let active = active.clone();
        Callback::from(move |t: Option<Target>| active.set(t))
    };

    let a = &annotated.analysis.annotations;
    let words = text.split_whitespace().count();
    let status = if *pending {
        "Annotating…".to_string()
    } else if text.trim().is_empty() {
        "Paste an article to annotate it.".to_string()
    } else {
        format!(
            "{words} words · {} entities · {} figures · {} quotes",
            a.entities.len(),
            a.figures.len(),
            a.quotes.len()
        )
    };

    html! {
        <div class="app">
            <header class="masthead">
                <h1 class="brand">{ "Sidenote" }</h1>
                <p class="tagline">{ "Who is in the story, what they said, and which numbers carry it. Everything stays in your browser." }</p>
            </header>
            <section class="input" aria-label="Article text">
                <label for="article-input" class="input-label">{ "Paste or type an article" }</label>
                <textarea id="article-input" class="article-input" value={(*text).clone()} {oninput}
                    spellcheck="false" rows="8" placeholder="Paste a news article here…" />
                <div class="toolbar" role="toolbar" aria-label="Article controls">
                    <button type="button" onclick={on_sample}>{ "Sample" }</button>
                    <button type="button" onclick={on_clear}>{ "Clear" }</button>
                    <fieldset class="filters">
                        <legend class="visually-hidden">{ "Show" }</legend>
                        <label><input type="checkbox" checked={filters.entities} onchange={toggle(|f| &mut f.entities)} />{ " Entities" }</label>
                        <label><input type="checkbox" checked={filters.figures} onchange={toggle(|f| &mut f.figures)} />{ " Figures" }</label>
                        <label><input type="checkbox" checked={filters.quotes} onchange={toggle(|f| &mut f.quotes)} />{ " Quotes" }</label>
                    </fieldset>
                    <p class="status" role="status" aria-live="polite">{ status }</p>
                </div>
                if let Some(message) = &*storage_error {
                    <p class="warning" role="alert">{ message }</p>
                }
            </section>
            <div class="reading">
                <Cast annotated={(*annotated).clone()} selected={*selected_entity} on_select={on_select_entity} />
                <Article annotated={(*annotated).clone()} filters={*filters} selected_entity={*selected_entity}
                    active={*active} on_activate={on_activate} />
            </div>
        </div>
    }
}

//! The annotated article: paragraphs with highlighted spans, and beside each
//! paragraph the notes anchored in it.
//!
//! A span and its note share a key (see [`Target::key`]): hovering or
//! focusing either marks both active; clicking one scrolls the other into
//! view. Repeated mentions of an entity highlight but carry no note of their
//! own: the first mention has it.

use std::rc::Rc;

use yew::prelude::*;

use super::app::{Annotated, Filters};
use crate::model::{Entity, EntityKind};
use crate::view::{describe_figure, figure_kind_label, Piece, Target};

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub annotated: Rc<Annotated>,
    pub filters: Filters,
    pub selected_entity: Option<usize>,
    pub active: Option<Target>,
    pub on_activate: Callback<Option<Target>>,
}

/// The innermost shown annotation of a piece: a name or figure before the
/// quote around it.
fn innermost(covered: &[Target], filters: Filters) -> Option<Target> {
    let shown = || covered.iter().copied().filter(|t| filters.shows(*t));
    shown()
        .find(|t| matches!(t, Target::Mention { .. }))
        .or_else(|| shown().find(|t| matches!(t, Target::Figure(_))))
        .or_else(|| shown().find(|t| matches!(t, Target::Quote(_))))
}

/// The note key for a target: every mention of an entity shares its first
/// mention's note.
fn note_target(target: Target, annotated: &Annotated) -> Target {
    match target {
        Target::Mention { entity, .. } => {
            let mentions = &annotated.analysis.annotations.entities[entity].mentions;
            let first = mentions
                .iter()
                .enumerate()
                .min_by_key(|(_, m)| m.start)
                .map_or(0, |(k, _)| k);
            Target::Mention {
                entity,
                mention: first,
            }
        }
        other => other,
    }
}

pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organization",
        EntityKind::Place => "Place",
        EntityKind::Group => "Group",
    }
}

/// Bring the element with `id` into view and focus it.
fn reveal(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
        let _ = html.focus();
    }
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let annotated = &props.annotated;
    let entities = &annotated.analysis.annotations.entities;
    let quotes = &annotated.analysis.annotations.quotes;
    let selected_id = props
        .selected_entity
        .and_then(|e| entities.get(e))
        .map(|e| e.id.clone());

    let is_active = |t: Target| -> bool {
        match (props.active, t) {
            (Some(Target::Mention { entity: a, .. }), Target::Mention { entity: b, .. }) => a == b,
            (Some(a), b) => a == b,
            (None, _) => false,
        }
    };
    let is_selected = |t: Target| -> bool {
        match t {
            Target::Mention { entity, .. } => props.selected_entity == Some(entity),
            Target::Quote(q) => selected_id.is_some() && quotes[q].speaker == selected_id,
            Target::Figure(_) => false,
        }
    };

    let render_piece = |piece: &Piece| -> Html {
        let shown: Vec<Target> = piece
            .covered_by
            .iter()
            .copied()
            .filter(|t| props.filters.shows(*t))
            .collect();
        if shown.is_empty() {
            return html! { { piece.text.clone() } };
        }
        let mut class = classes!("hl");
        for t in &shown {
            match t {
                Target::Mention { entity, .. } => {
                    class.push(format!("ent ent-{}", entities[*entity].kind.as_str()))
                }
                Target::Figure(_) => class.push("fig"),
                Target::Quote(_) => class.push("quote"),
            }
            if is_active(*t) {
                class.push("active");
            }
            if is_selected(*t) {
                class.push("selected");
            }
        }
        let inner = innermost(&shown, props.filters);
        let anchor = piece.starts.iter().copied().find(|t| Some(*t) == inner);
        let on_activate = props.on_activate.clone();
        let onmouseenter = {
            let on_activate = on_activate.clone();
            Callback::from(move |_| on_activate.emit(inner))
        };
        let onmouseleave = {
            let on_activate = on_activate.clone();
            Callback::from(move |_| on_activate.emit(None))
        };
        let note_key = inner.map(|t| note_target(t, annotated).key());
        let go = {
            let note_key = note_key.clone();
            let on_activate = on_activate.clone();
            Rc::new(move || {
                on_activate.emit(inner);
                if let Some(k) = &note_key {
                    reveal(&format!("note-{k}"));
                }
            })
        };
        let onclick = {
            let go = go.clone();
            Callback::from(move |_: MouseEvent| go())
        };
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                go();
            }
        });
        match anchor {
            Some(t) => {
                let onfocus = {
                    let on_activate = on_activate.clone();
                    Callback::from(move |_| on_activate.emit(Some(t)))
                };
                html! {
                    <span class={class} id={format!("span-{}", t.key())} data-key={note_key.clone()} tabindex="0"
                        role="mark" aria-describedby={note_key.map(|k| format!("note-{k}"))}
                        {onmouseenter} {onmouseleave} {onclick} {onkeydown} {onfocus}>
                        { piece.text.clone() }
                    </span>
                }
            }
            None => html! {
                <span class={class} data-key={note_key} {onmouseenter} {onmouseleave} {onclick}>{ piece.text.clone() }</span>
            },
        }
    };

    let render_note = |target: Target| -> Html {
        if !props.filters.shows(target) {
            return html! {};
        }
        let key = target.key();
        let span_id = format!("span-{key}");
        let on_activate = props.on_activate.clone();
        let onmouseenter = {
            let on_activate = on_activate.clone();
            Callback::from(move |_| on_activate.emit(Some(target)))
        };
        let onmouseleave = {
            let on_activate = on_activate.clone();
            Callback::from(move |_| on_activate.emit(None))
        };
        let onfocus = {
            let on_activate = on_activate.clone();
            Callback::from(move |_| on_activate.emit(Some(target)))
        };
        let onclick = {
            let span_id = span_id.clone();
            Callback::from(move |_| reveal(&span_id))
        };
        let mut class = classes!("note");
        if is_active(target) {
            class.push("active");
        }
        if is_selected(target) {
            class.push("selected");
        }
        let body = match target {
            Target::Mention { entity, .. } => {
                let e: &Entity = &entities[entity];
                class.push(format!("note-{}", e.kind.as_str()));
                let count = e.mentions.len();
                html! { <>
                    <span class="note-kind">{ kind_label(e.kind) }</span>
                    <strong class="note-title">{ &e.name }</strong>
                    { for e.descriptors.iter().map(|d| html! { <span class="note-desc">{ d }</span> }) }
                    <span class="note-meta">{ if count == 1 { "1 mention".to_string() } else { format!("{count} mentions") } }</span>
                </> }
            }
            Target::Figure(i) => {
                let f = &annotated.analysis.annotations.figures[i];
                class.push("note-figure");
                html! { <>
                    <span class="note-kind">{ format!("Figure · {}", figure_kind_label(f.kind)) }</span>
                    <strong class="note-title">{ describe_figure(f) }</strong>
                    if let Some(unit) = &f.unit {
                        <span class="note-meta">{ format!("counts: {unit}") }</span>
                    }
                </> }
            }
            Target::Quote(i) => {
                let q = &quotes[i];
                class.push("note-quote");
                let speaker = q
                    .speaker
                    .as_ref()
                    .and_then(|id| entities.iter().find(|e| &e.id == id));
                html! { <>
                    <span class="note-kind">{ "Quote" }</span>
                    {
                        match (speaker, &q.speaker_text) {
                            (Some(e), _) => html! { <>
                                <strong class="note-title">{ &e.name }</strong>
                                if let Some(d) = e.descriptors.first() { <span class="note-desc">{ d }</span> }
                            </> },
                            (None, Some(t)) => html! { <strong class="note-title">{ t }</strong> },
                            (None, None) => html! { <strong class="note-title unknown">{ "No named speaker" }</strong> },
                        }
                    }
                    if let Some(cue) = &q.cue { <span class="note-meta">{ format!("cue: “{cue}”") }</span> }
                </> }
            }
        };
        html! {
            <div {class} id={format!("note-{key}")} role="note" tabindex="0" data-key={key.clone()}
                aria-label={format!("Note on: {}", span_text(annotated, target))}
                {onmouseenter} {onmouseleave} {onfocus} {onclick}>
                { body }
            </div>
        }
    };

    if annotated.paragraphs.is_empty() {
        return html! {
            <article class="article empty" aria-label="Annotated article">
                <p class="placeholder">{ "Nothing to annotate yet. Paste an article above, or load the sample." }</p>
            </article>
        };
    }

    html! {
        <article class="article" aria-label="Annotated article">
            { for annotated.paragraphs.iter().enumerate().map(|(n, p)| {
                let pieces = html! { { for p.pieces.iter().map(&render_piece) } };
                let text = if p.heading {
                    html! { <h2 class="para headline">{ pieces }</h2> }
                } else {
                    html! { <p class="para">{ pieces }</p> }
                };
                let notes: Vec<Target> = p.notes.iter().copied().filter(|t| props.filters.shows(*t)).collect();
                html! {
                    <div class="row" key={n}>
                        { text }
                        <aside class="notes" aria-label={format!("Notes on paragraph {}", n + 1)}>
                            { for notes.into_iter().map(&render_note) }
                        </aside>
                    </div>
                }
            }) }
        </article>
    }
}

/// The text a target covers, for labels.
fn span_text(annotated: &Annotated, target: Target) -> String {
    let a = &annotated.analysis.annotations;
    let text = match target {
        Target::Mention { entity, mention } => a.entities[entity].mentions[mention].text.clone(),
        Target::Figure(i) => a.figures[i].text.clone(),
        Target::Quote(i) => a.quotes[i].text.clone(),
    };
    let mut short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

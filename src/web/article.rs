//! The annotated article: paragraphs with highlighted spans, and the notes
//! anchored in them, placed in the margin beside the line where each span
//! starts (stacked downward when they crowd) or, on narrow screens, folded
//! under their paragraph.
//!
//! A long article is drawn in slices, one per task, so the page stays
//! responsive; each paragraph is its own component and is drawn once. Hover,
//! focus and selection change classes on the few elements involved
//! ([`super::dom`]) instead of re-rendering, through one set of listeners on
//! the article (event delegation).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::app::{Annotated, Filters};
use super::dom::{self, Placement};
use super::downloads::CopyQuote;
use crate::model::EntityKind;
use crate::view::{
    cite_quote, describe_figure, figure_kind_label, Piece, SlicePace, Target, FIRST_SLICE,
};

fn now_ms() -> Option<f64> {
    Some(web_sys::window()?.performance()?.now())
}

/// The group a target highlights with: all mentions of an entity share one.
fn group(target: Target) -> String {
    match target {
        Target::Mention { entity, .. } => format!("e{entity}"),
        Target::Figure(i) => format!("f{i}"),
        Target::Quote(i) => format!("q{i}"),
    }
}

/// The target whose note explains a piece: a name or figure before the quote
/// around it.
fn innermost(covered: &[Target]) -> Option<Target> {
    let find = |f: fn(&Target) -> bool| covered.iter().copied().find(f);
    find(|t| matches!(t, Target::Mention { .. }))
        .or_else(|| find(|t| matches!(t, Target::Figure(_))))
        .or_else(|| find(|t| matches!(t, Target::Quote(_))))
}

/// The note of a target: every mention of an entity shares its first one's.
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

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub annotated: Rc<Annotated>,
    pub filters: Filters,
    pub selected_entity: Option<usize>,
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let annotated = &props.annotated;
    let total = annotated.paragraphs.len();
    let article_ref = use_node_ref();
    // How many paragraphs are drawn, per version of the article.
    let shown = use_state(|| (annotated.generation, FIRST_SLICE));
    let pace = use_mut_ref(SlicePace::new);
    let drawn = if shown.0 == annotated.generation {
        shown.1.min(total)
    } else {
        FIRST_SLICE.min(total)
    };
    let placement = use_mut_ref(|| (0u64, props.filters, Placement::default()));
    // The entity whose mentions carry the `selected` class, if any.
    let marked = use_mut_ref(|| None::<usize>);
    let active = use_mut_ref(|| None::<String>);
    let resize_tick = use_state(|| 0u32);

    // Draw the next slice after this one has been painted.
    {
        let shown = shown.clone();
        let pace = pace.clone();
        let generation = annotated.generation;
        use_effect_with(
            (generation, drawn, total),
            move |&(generation, drawn, total)| {
                let timeout = (drawn < total).then(|| {
                    Timeout::new(0, move || {
                        let mut pace = pace.borrow_mut();
                        pace.started = now_ms();
                        shown.set((generation, drawn + pace.per_slice));
                    })
                });
                move || drop(timeout)
            },
        );
    }

    // Place the notes drawn so far, and mark the selected entity's spans.
    {
        let article_ref = article_ref.clone();
        let placement = placement.clone();
        let pace = pace.clone();
        let marked = marked.clone();
        let selected = props.selected_entity;
        let quotes_by_selected: Vec<String> = selected
            .and_then(|e| annotated.analysis.annotations.entities.get(e))
            .map(|e| {
                let id = &e.id;
                annotated
                    .analysis
                    .annotations
                    .quotes
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.speaker.as_ref() == Some(id))
                    .map(|(i, _)| format!("q{i}"))
                    .collect()
            })
            .unwrap_or_default();
        use_effect_with(
            (
                annotated.generation,
                drawn,
                props.filters,
                selected,
                *resize_tick,
            ),
            move |&(generation, _, filters, selected, _)| {
                if let Some(article) = article_ref.cast::<Element>() {
                    let mut state = placement.borrow_mut();
                    if state.0 != generation || state.1 != filters {
                        *state = (generation, filters, Placement::default());
                    }
                    let rows_before = state.2.rows;
                    dom::place_notes(&article, &mut state.2);
                    // A slice's rendering and placing were both in this task.
                    let mut pace = pace.borrow_mut();
                    if let (Some(started), Some(now)) = (pace.started.take(), now_ms()) {
                        if state.2.rows > rows_before {
                            pace.record(state.2.rows - rows_before, now - started);
                        }
                    }
                    // Unmark the last selection (a search of the whole article,
                    // so only when there is one); mark the new one, in the
                    // rows drawn since too.
                    if marked.borrow_mut().take().is_some() {
                        if let Ok(old) = article.query_selector_all(".selected") {
                            for i in 0..old.length() {
                                if let Some(el) =
                                    old.get(i).and_then(|n| n.dyn_into::<Element>().ok())
                                {
                                    let _ = el.class_list().remove_1("selected");
                                }
                            }
                        }
                    }
                    if let Some(e) = selected {
                        *marked.borrow_mut() = Some(e);
                        dom::mark_group("selected", None, Some(&format!("e{e}")));
                        for q in &quotes_by_selected {
                            dom::mark_group("selected", None, Some(q));
                        }
                    }
                }
            },
        );
    }

    // Re-place every note when the window changes size.
    {
        let resize_tick = resize_tick.clone();
        let placement = placement.clone();
        use_effect_with((), move |_| {
            let pending = std::rc::Rc::new(std::cell::RefCell::new(None::<Timeout>));
            let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                let resize_tick = resize_tick.clone();
                let placement = placement.clone();
                *pending.borrow_mut() = Some(Timeout::new(120, move || {
                    placement.borrow_mut().2 = Placement::default();
                    resize_tick.set(*resize_tick + 1);
                }));
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "resize",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // Event delegation: one set of listeners for every span and note.
    let activate = {
        let active = active.clone();
        let article_ref = article_ref.clone();
        move |el: Option<Element>| {
            let group = el.as_ref().and_then(|e| e.get_attribute("data-group"));
            let mut current = active.borrow_mut();
            if *current != group {
                dom::mark_group("active", current.as_deref(), group.as_deref());
                *current = group;
            }
            if let Some(article) = article_ref.cast::<Element>() {
                let (anchor, note) = match &el {
                    Some(e) if e.class_list().contains("note") => {
                        (e.get_attribute("data-anchor"), Some(e.id()))
                    }
                    Some(e) => (
                        Some(e.id()).filter(|id| !id.is_empty()),
                        e.get_attribute("data-note"),
                    ),
                    None => (None, None),
                };
                dom::draw_connector(&article, anchor.as_deref(), note.as_deref());
            }
        }
    };
    let target_of = |e: &Event| -> Option<Element> {
        e.target()?
            .dyn_into::<Element>()
            .ok()?
            .closest("[data-group]")
            .ok()
            .flatten()
    };
    let onmouseover = {
        let activate = activate.clone();
        Callback::from(move |e: MouseEvent| activate(target_of(&e)))
    };
    let onfocusin = {
        let activate = activate.clone();
        Callback::from(move |e: FocusEvent| activate(target_of(&e)))
    };
    let onmouseleave = {
        let activate = activate.clone();
        Callback::from(move |_: MouseEvent| activate(None))
    };
    let follow = move |el: &Element| {
        // A span leads to its note; a note back to its span.
        let to = if el.class_list().contains("note") {
            el.get_attribute("data-anchor")
        } else {
            el.get_attribute("data-note")
        };
        if let Some(id) = to {
            dom::reveal(&id);
        }
    };
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some(el) = target_of(&e) else { return };
        let on_link = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button, a").ok().flatten());
        if on_link.is_none() {
            follow(&el);
        }
    });
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() != "Enter" && e.key() != " " {
            return;
        }
        let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if el.has_attribute("data-group") {
            e.prevent_default();
            follow(&el);
        }
    });

    if total == 0 {
        return html! {
            <article class="article empty" aria-label="Annotated article">
                <p class="placeholder">{ "Nothing to annotate yet. Paste an article above, or load the sample." }</p>
            </article>
        };
    }
    let class = classes!(
        "article",
        (!props.filters.entities).then_some("hide-entities"),
        (!props.filters.figures).then_some("hide-figures"),
        (!props.filters.quotes).then_some("hide-quotes"),
    );
    html! {
        <article {class} ref={article_ref} aria-label="Annotated article"
            {onmouseover} {onfocusin} {onmouseleave} {onclick} {onkeydown}>
            if drawn < total {
                <p class="drawing" role="status">
                    <progress value={drawn.to_string()} max={total.to_string()} aria-label="Laying out the article"></progress>
                    { format!(" Laying out the article… {}%", drawn * 100 / total.max(1)) }
                </p>
            }
            <div class="connector" aria-hidden="true"></div>
            // The rows alone in their element: a keyed list with no siblings
            // grows without yew re-creating the rows already drawn. They are
            // grouped in chunks, so that a new slice touches only the last
            // chunk, for yew and for the browser's layout alike.
            <div class="rows">
                { for (0..drawn.div_ceil(CHUNK)).map(|c| html! {
                    <Chunk key={c} annotated={annotated.clone()} start={c * CHUNK} end={((c + 1) * CHUNK).min(drawn)} />
                }) }
            </div>
        </article>
    }
}

/// Paragraphs per chunk of the article.
const CHUNK: usize = 32;

#[derive(Properties, PartialEq)]
struct ChunkProps {
    annotated: Rc<Annotated>,
    start: usize,
    end: usize,
}

/// Paragraphs `start..end`: redrawn only while it is the chunk growing.
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    html! {
        <div class="chunk">
            { for (props.start..props.end).map(|index| html! {
                <Paragraph key={index} annotated={props.annotated.clone()} {index} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    annotated: Rc<Annotated>,
    index: usize,
}

#[function_component(Paragraph)]
fn paragraph(props: &ParagraphProps) -> Html {
    let annotated = &props.annotated;
    let p = &annotated.paragraphs[props.index];
    let expanded = use_state(|| false);
    let pieces = html! { { for p.pieces.iter().map(|piece| render_piece(piece, annotated)) } };
    let text = if p.heading {
        html! { <h2 class="para headline">{ pieces }</h2> }
    } else {
        html! { <p class="para">{ pieces }</p> }
    };
    let count = p.notes.len();
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    let notes_id = format!("notes-{}", props.index);
    html! {
        <div class="row">
            { text }
            if count > 0 {
                <button type="button" class="fold" aria-expanded={expanded.to_string()} aria-controls={notes_id.clone()} onclick={toggle}>
                    { if *expanded { "Hide notes".to_string() } else if count == 1 { "1 note".to_string() } else { format!("{count} notes") } }
                </button>
                <aside id={notes_id} class={classes!("notes", (!*expanded).then_some("folded"))}
                    aria-label={format!("Notes on paragraph {}", props.index + 1)}>
                    { for p.notes.iter().map(|&t| render_note(t, annotated)) }
                </aside>
            }
        </div>
    }
}

fn render_piece(piece: &Piece, annotated: &Annotated) -> Html {
    let Some(inner) = innermost(&piece.covered_by) else {
        return html! { { piece.text.clone() } };
    };
    let entities = &annotated.analysis.annotations.entities;
    let mut class = classes!("hl");
    for t in &piece.covered_by {
        match t {
            Target::Mention { entity, .. } => {
                class.push(format!("ent ent-{}", entities[*entity].kind.as_str()))
            }
            Target::Figure(_) => class.push("fig"),
            Target::Quote(_) => class.push("quote"),
        }
    }
    let note = format!("note-{}", note_target(inner, annotated).key());
    // The piece where a span starts is its anchor: focusable, with an id.
    if piece.starts.contains(&inner) {
        html! {
            <mark {class} id={format!("span-{}", inner.key())} data-group={group(inner)} data-note={note.clone()}
                tabindex="0" aria-describedby={note}>
                { piece.text.clone() }
            </mark>
        }
    } else {
        html! { <mark {class} data-group={group(inner)} data-note={note}>{ piece.text.clone() }</mark> }
    }
}

fn render_note(target: Target, annotated: &Annotated) -> Html {
    let a = &annotated.analysis.annotations;
    let key = target.key();
    let (kind_class, body) = match target {
        Target::Mention { entity, .. } => {
            let e = &a.entities[entity];
            let count = e.mentions.len();
            (
                format!("note-{}", e.kind.as_str()),
                html! { <>
                    <span class="note-kind">{ kind_label(e.kind) }</span>
                    <strong class="note-title">{ &e.name }</strong>
                    { for e.descriptors.iter().map(|d| html! { <span class="note-desc">{ d }</span> }) }
                    <span class="note-meta">{ if count == 1 { "1 mention".to_string() } else { format!("{count} mentions") } }</span>
                </> },
            )
        }
        Target::Figure(i) => {
            let f = &a.figures[i];
            (
                "note-figure".to_string(),
                html! { <>
                    <span class="note-kind">{ format!("Figure · {}", figure_kind_label(f.kind)) }</span>
                    <strong class="note-title">{ describe_figure(f) }</strong>
                    if let Some(unit) = &f.unit {
                        <span class="note-meta">{ format!("counts: {unit}") }</span>
                    }
                </> },
            )
        }
        Target::Quote(i) => {
            let q = &a.quotes[i];
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|id| a.entities.iter().find(|e| &e.id == id));
            (
                "note-quote".to_string(),
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
                    <CopyQuote text={AttrValue::from(cite_quote(q, &annotated.analysis))} />
                </> },
            )
        }
    };
    html! {
        <div class={classes!("note", kind_class)} id={format!("note-{key}")} data-group={group(target)}
            data-anchor={format!("span-{key}")} tabindex="0" role="note"
            aria-label={format!("Note on “{}”", span_text(annotated, target))}>
            { body }
        </div>
    }
}

/// The text a target covers, for labels.
fn span_text(annotated: &Annotated, target: Target) -> String {
    let a = &annotated.analysis.annotations;
    let text = match target {
        Target::Mention { entity, mention } => &a.entities[entity].mentions[mention].text,
        Target::Figure(i) => &a.figures[i].text,
        Target::Quote(i) => &a.quotes[i].text,
    };
    let mut short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

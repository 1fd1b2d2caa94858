//! The annotated article: paragraphs with highlighted spans, and the notes
//! anchored in them, placed in the margin beside the line where each span
//! starts ([`crate::view::margin`]: never far from it; what does not fit
//! waits behind "+N more") or, on narrow screens, folded under their
//! paragraph. Names that earn no card of their own open a popover beside
//! their highlight instead.
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

use super::dom::{self, Placement};
use super::downloads::CopyQuote;
use super::model::{Annotated, Filters};
use crate::view::{
    cite_quote, margin_priority, note_text, sources, Piece, SlicePace, Source, Target, FIRST_SLICE,
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
        Target::Attribution(i) => format!("a{i}"),
    }
}

/// The target whose note explains a piece: a name or figure before the quote
/// around it.
fn innermost(covered: &[Target]) -> Option<Target> {
    let find = |f: fn(&Target) -> bool| covered.iter().copied().find(f);
    find(|t| matches!(t, Target::Mention { .. }))
        .or_else(|| find(|t| matches!(t, Target::Figure(_))))
        .or_else(|| find(|t| matches!(t, Target::Quote(_))))
        .or_else(|| find(|t| matches!(t, Target::Attribution(_))))
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

pub use crate::view::entity_kind_label as kind_label;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub annotated: Rc<Annotated>,
    pub filters: Filters,
    /// The entity or source whose mentions and statements are marked.
    pub selected: Option<Source>,
    /// The reader asked to see every mention of an entity (from its card).
    pub on_select: Callback<Option<usize>>,
}

/// How long the popover stays after the pointer leaves its name, so that
/// the pointer can reach the card's buttons.
const POPOVER_LINGER_MS: u32 = 300;

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
    // Whether some spans carry the `selected` class.
    let marked = use_mut_ref(|| None::<()>);
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
        let selected = props.selected.clone();
        // The groups to mark: an entity's mentions, and everything the
        // selected source says (its quotes, reported statements, figures).
        let groups: Vec<String> = match &selected {
            None => Vec::new(),
            Some(source) => {
                let a = &annotated.analysis.annotations;
                let mut groups: Vec<String> = match source {
                    Source::Entity(e) => vec![format!("e{e}")],
                    _ => Vec::new(),
                };
                if let Some(s) = sources(a).into_iter().find(|s| &s.source == source) {
                    groups.extend(s.targets().map(group));
                }
                groups
            }
        };
        use_effect_with(
            (
                annotated.generation,
                drawn,
                props.filters,
                selected,
                *resize_tick,
            ),
            move |(generation, _, filters, selected, _)| {
                let (generation, filters) = (*generation, *filters);
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
                    if selected.is_some() {
                        *marked.borrow_mut() = Some(());
                        for g in &groups {
                            dom::mark_group("selected", None, Some(g));
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
    let popover_timer = use_mut_ref(|| None::<Timeout>);
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
                    Some(e) if e.has_attribute("data-pop") => (None, None),
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
    // The popover follows the pointer and the focus: it opens on a name
    // that has no card beside it, stays while the pointer is on it or its
    // card, and closes a moment after both are left.
    let pop = {
        let article_ref = article_ref.clone();
        let popover_timer = popover_timer.clone();
        move |over: Option<Element>, inside_popover: bool, by_focus: bool| {
            let Some(article) = article_ref.cast::<Element>() else {
                return;
            };
            let mark = over.filter(|e| e.has_attribute("data-pop"));
            // Escape closed this name's card: its focus coming back keeps it closed.
            if by_focus
                && mark
                    .as_ref()
                    .is_some_and(|m| dom::closed_by_escape(&article, m))
            {
                return;
            }
            if let Some(mark) = &mark {
                popover_timer.borrow_mut().take();
                if let Some(note) = mark.get_attribute("data-note") {
                    dom::show_popover(&article, mark, &note);
                }
            } else if inside_popover {
                popover_timer.borrow_mut().take();
            } else if dom::popover_shows(&article).is_some() && popover_timer.borrow().is_none() {
                let timer = popover_timer.clone();
                *popover_timer.borrow_mut() = Some(Timeout::new(POPOVER_LINGER_MS, move || {
                    timer.borrow_mut().take();
                    dom::hide_popover(&article);
                }));
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
    let in_popover = |e: &Event| -> bool {
        e.target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".popover").ok().flatten())
            .is_some()
    };
    let onmouseover = {
        let activate = activate.clone();
        let pop = pop.clone();
        Callback::from(move |e: MouseEvent| {
            let over = target_of(&e);
            activate(over.clone());
            pop(over, in_popover(&e), false);
        })
    };
    let onfocusin = {
        let activate = activate.clone();
        let pop = pop.clone();
        Callback::from(move |e: FocusEvent| {
            let over = target_of(&e);
            activate(over.clone());
            pop(over, in_popover(&e), true);
        })
    };
    let onmouseleave = {
        let activate = activate.clone();
        let pop = pop.clone();
        Callback::from(move |_: MouseEvent| {
            activate(None);
            pop(None, false, false);
        })
    };
    // Re-place every note (after a row opened or closed its "+N more").
    let replace = {
        let article_ref = article_ref.clone();
        let placement = placement.clone();
        move || {
            if let Some(article) = article_ref.cast::<Element>() {
                let mut state = placement.borrow_mut();
                state.2 = Placement::default();
                dom::place_notes(&article, &mut state.2);
            }
        }
    };
    let follow = {
        let article_ref = article_ref.clone();
        move |el: &Element| {
            // A name with no card beside it opens its card, and the focus
            // goes to the card's first control.
            if el.has_attribute("data-pop") {
                if let (Some(article), Some(note)) =
                    (article_ref.cast::<Element>(), el.get_attribute("data-note"))
                {
                    dom::show_popover(&article, el, &note);
                    dom::focus_in_popover(&article);
                }
                return;
            }
            // A span leads to its note; a note back to its span.
            let to = if el.class_list().contains("note") {
                el.get_attribute("data-anchor")
            } else {
                el.get_attribute("data-note")
            };
            if let Some(id) = to {
                dom::reveal(&id);
            }
        }
    };
    // The controls inside notes and the popover, by what they do.
    let act = {
        let on_select = props.on_select.clone();
        let replace = replace.clone();
        let article_ref = article_ref.clone();
        move |button: &Element| -> bool {
            match button.get_attribute("data-action").as_deref() {
                Some("select") => {
                    let entity = button
                        .get_attribute("data-entity")
                        .and_then(|e| e.parse().ok());
                    on_select.emit(entity);
                    if let Some(article) = article_ref.cast::<Element>() {
                        dom::hide_popover(&article);
                    }
                }
                Some("reveal") => {
                    if let Some(id) = button.get_attribute("data-target") {
                        dom::reveal(&id);
                    }
                }
                Some("more") => {
                    dom::toggle_more(button);
                    replace();
                }
                _ => return false,
            }
            true
        }
    };
    let onclick = {
        let act = act.clone();
        let follow = follow.clone();
        Callback::from(move |e: MouseEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let control = target
                .as_ref()
                .and_then(|t| t.closest("button, a").ok().flatten());
            if let Some(control) = control {
                act(&control);
                return;
            }
            let Some(el) = target_of(&e) else { return };
            if el.class_list().contains("note") {
                dom::toggle_open(&el);
            } else {
                follow(&el);
            }
        })
    };
    let onkeydown = {
        let article_ref = article_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if e.key() == "Escape" {
                if let Some(article) = article_ref.cast::<Element>() {
                    dom::escape(&article, &el);
                }
                return;
            }
            if e.key() != "Enter" && e.key() != " " {
                return;
            }
            if el.class_list().contains("note") {
                e.prevent_default();
                dom::toggle_open(&el);
            } else if el.has_attribute("data-group") {
                e.prevent_default();
                follow(&el);
            }
        })
    };

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
            // Filled and placed by `dom::show_popover`, never by yew.
            <div class="popover" role="dialog" aria-modal="false" tabindex="-1"></div>
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
    let a = &annotated.analysis.annotations;
    let p = &annotated.paragraphs[props.index];
    let expanded = use_state(|| false);
    let pieces = html! { { for p.pieces.iter().map(|piece| render_piece(piece, annotated)) } };
    let text = if p.heading {
        html! { <h2 class="para headline">{ pieces }</h2> }
    } else {
        html! { <p class="para">{ pieces }</p> }
    };
    let cards = p
        .notes
        .iter()
        .filter(|&&t| margin_priority(t, a).is_some())
        .count();
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    let notes_id = format!("notes-{}", props.index);
    html! {
        <div class="row">
            { text }
            if !p.notes.is_empty() {
                if cards > 0 {
                    <button type="button" class="fold" aria-expanded={expanded.to_string()} aria-controls={notes_id.clone()} onclick={toggle}>
                        { if *expanded { "Hide notes".to_string() } else if cards == 1 { "1 note".to_string() } else { format!("{cards} notes") } }
                    </button>
                }
                <aside id={notes_id.clone()} class={classes!("notes", (!*expanded).then_some("folded"))}
                    aria-label={format!("Notes on paragraph {}", props.index + 1)}>
                    { for p.notes.iter().map(|&t| render_note(t, annotated)) }
                    // Shown, placed and labelled by `dom::place_notes` when
                    // some of the paragraph's notes do not fit beside it.
                    <button type="button" class="more" data-action="more" aria-expanded="false" aria-controls={notes_id}>
                        <span class="more-label"></span>
                    </button>
                </aside>
            }
        </div>
    }
}

fn render_piece(piece: &Piece, annotated: &Annotated) -> Html {
    let Some(inner) = innermost(&piece.covered_by) else {
        return html! { { piece.text.clone() } };
    };
    let a = &annotated.analysis.annotations;
    let entities = &a.entities;
    let mut class = classes!("hl");
    for t in &piece.covered_by {
        match t {
            Target::Mention { entity, .. } => {
                class.push(format!("ent ent-{}", entities[*entity].kind.as_str()))
            }
            Target::Figure(_) => class.push("fig"),
            Target::Quote(_) => class.push("quote"),
            Target::Attribution(_) => class.push("reported"),
        }
    }
    let note_of = note_target(inner, annotated);
    let note = format!("note-{}", note_of.key());
    // A name opens its card in a popover where the margin has no card for
    // it here: it has none at all, or this is a later mention.
    let pop = matches!(inner, Target::Mention { .. })
        && (margin_priority(note_of, a).is_none() || note_of != inner);
    let pop = pop.then_some("true");
    // Spans that start here under another one (a quote opening on a name)
    // still need an anchor for their note: an empty marker before it.
    let others = piece
        .starts
        .iter()
        .filter(|&&t| t != inner)
        .map(|t| html! { <span class="anchor" id={format!("span-{}", t.key())} aria-hidden="true"></span> });
    let others = html! { { for others } };
    // The piece where a span starts is its anchor: focusable, with an id.
    if piece.starts.contains(&inner) {
        html! { <>
            { others }
            <mark {class} id={format!("span-{}", inner.key())} data-group={group(inner)} data-note={note.clone()}
                data-pop={pop} tabindex="0" aria-describedby={note}>
                { piece.text.clone() }
            </mark>
        </> }
    } else {
        html! { <>
            { others }
            <mark {class} data-group={group(inner)} data-note={note} data-pop={pop}>{ piece.text.clone() }</mark>
        </> }
    }
}

fn render_note(target: Target, annotated: &Annotated) -> Html {
    let a = &annotated.analysis.annotations;
    let key = target.key();
    let text = note_text(target, a);
    let priority = margin_priority(target, a);
    let kind_class = match target {
        Target::Mention { entity, .. } => format!("note-{}", a.entities[entity].kind.as_str()),
        Target::Figure(_) => "note-figure".to_string(),
        Target::Quote(_) => "note-quote".to_string(),
        Target::Attribution(_) => "note-reported".to_string(),
    };
    let actions = match target {
        Target::Mention { entity, .. } => html! {
            <button type="button" class="note-action" data-action="select" data-entity={entity.to_string()}>
                { "Show all mentions" }
            </button>
        },
        Target::Quote(i) => html! {
            <CopyQuote text={AttrValue::from(cite_quote(&a.quotes[i], &annotated.analysis))} />
        },
        Target::Figure(_) | Target::Attribution(_) => html! {},
    };
    let unknown = match target {
        Target::Quote(i) => a.quotes[i].speaker.is_none() && a.quotes[i].speaker_text.is_none(),
        Target::Attribution(i) => {
            a.attributions[i].speaker.is_none() && a.attributions[i].speaker_text.is_none()
        }
        _ => false,
    };
    html! {
        <div class={classes!("note", kind_class, if priority.is_some() { "card" } else { "pop-only" })}
            id={format!("note-{key}")} data-group={group(target)}
            data-anchor={format!("span-{key}")} data-priority={priority.map(|p| p.to_string())}
            tabindex={priority.is_some().then_some("0")} role="note"
            aria-label={format!("Note on “{}”", span_text(annotated, target))}>
            <p class="note-line">
                <span class="note-icon" aria-hidden="true"></span>
                <span class="visually-hidden">{ format!("{}: ", text.label) }</span>
                <strong class={classes!("note-title", unknown.then_some("unknown"))}>{ &text.title }</strong>
                if let Some(aside) = &text.aside {
                    <span class="note-aside">{ format!(" · {aside}") }</span>
                }
            </p>
            <div class="note-details">
                <p class="note-kind">{ &text.label }</p>
                { for text.details.iter().map(|d| html! { <p class="note-detail">{ d }</p> }) }
                <p class="note-actions">
                    { actions }
                    <button type="button" class="note-action" data-action="reveal" data-target={format!("span-{key}")}>
                        { "Show in text" }
                    </button>
                </p>
            </div>
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
        Target::Attribution(i) => &a.attributions[i].text,
    };
    let mut short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

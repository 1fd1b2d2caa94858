//! The cast panel: the people, organizations, places and groups of the
//! article, with mention counts and descriptors. Selecting one highlights all
//! its mentions and its quotes in the article.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::article::kind_label;
use super::model::Annotated;
use crate::model::EntityKind;

#[derive(Properties, PartialEq)]
pub struct CastProps {
    pub annotated: Rc<Annotated>,
    pub selected: Option<usize>,
    pub on_select: Callback<Option<usize>>,
}

const KINDS: [(EntityKind, &str); 4] = [
    (EntityKind::Person, "People"),
    (EntityKind::Organization, "Organizations"),
    (EntityKind::Place, "Places"),
    (EntityKind::Group, "Groups"),
];

/// The kind's shape, as on its notes: with the kind's heading, a cue that
/// does not rest on colour (a letter would not do: Person and Place).
fn kind_icon(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "●",
        EntityKind::Organization => "■",
        EntityKind::Place => "▲",
        EntityKind::Group => "◆",
    }
}

/// Members listed per kind at first; a button lists more, this many a time.
/// A long article can name thousands: listing them all at once would hold
/// the page up, and a reader looks for the main players first.
const FIRST_LISTED: usize = 15;
const MORE_LISTED: usize = 200;

#[function_component(Cast)]
pub fn cast(props: &CastProps) -> Html {
    let annotated = &props.annotated;
    let a = &annotated.analysis.annotations;
    let mut quotes_by: HashMap<&str, usize> = HashMap::new();
    for q in &a.quotes {
        if let Some(id) = &q.speaker {
            *quotes_by.entry(id.as_str()).or_default() += 1;
        }
    }
    // Open beside the article; on a narrow screen the article comes first
    // and the cast is one line that opens on request.
    let open = use_state(super::dom::is_wide);
    let counts: Vec<String> = KINDS
        .iter()
        .filter_map(|&(kind, _)| {
            let n = a.entities.iter().filter(|e| e.kind == kind).count();
            (n > 0).then(|| count_of(n, kind))
        })
        .collect();
    html! {
        <nav class="cast" aria-label="Cast of the article">
            <details open={*open}>
                <summary>
                    <h2 class="cast-title">{ "Cast" }</h2>
                    if !counts.is_empty() {
                        <span class="cast-summary">{ counts.join(" · ") }</span>
                    }
                </summary>
                if a.entities.is_empty() {
                    <p class="placeholder">{ "No names found yet." }</p>
                }
                { for KINDS.iter().map(|&(kind, heading)| {
                    let mut members: Vec<Member> = a
                        .entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.kind == kind)
                        .map(|(index, e)| Member {
                            index,
                            quotes: quotes_by.get(e.id.as_str()).copied().unwrap_or(0),
                        })
                        .collect();
                    if members.is_empty() {
                        return html! {};
                    }
                    members.sort_by_key(|m| std::cmp::Reverse(a.entities[m.index].mentions.len()));
                    html! {
                        <CastGroup key={format!("{}-{}", annotated.generation, kind.as_str())}
                            annotated={annotated.clone()} {kind} {heading} members={Rc::new(members)}
                            selected={props.selected} on_select={props.on_select.clone()} />
                    }
                }) }
            </details>
        </nav>
    }
}

/// "1 person", "9 organizations".
fn count_of(n: usize, kind: EntityKind) -> String {
    let (one, many) = match kind {
        EntityKind::Person => ("person", "people"),
        EntityKind::Organization => ("organization", "organizations"),
        EntityKind::Place => ("place", "places"),
        EntityKind::Group => ("group", "groups"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// An entity in the cast: its index in the annotations, and how many quotes
/// it is the speaker of.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Member {
    index: usize,
    quotes: usize,
}

#[derive(Properties, PartialEq)]
struct CastGroupProps {
    annotated: Rc<Annotated>,
    kind: EntityKind,
    heading: &'static str,
    /// Most mentioned first.
    members: Rc<Vec<Member>>,
    selected: Option<usize>,
    on_select: Callback<Option<usize>>,
}

/// The members of one kind, the most mentioned first.
#[function_component(CastGroup)]
fn cast_group(props: &CastGroupProps) -> Html {
    let listed = use_state(|| FIRST_LISTED);
    let a = &props.annotated.analysis.annotations;
    let kind = props.kind;
    let total = props.members.len();
    let left = total.saturating_sub(*listed);
    let more = {
        let listed = listed.clone();
        Callback::from(move |_| {
            let next = if *listed == FIRST_LISTED {
                MORE_LISTED
            } else {
                *listed + MORE_LISTED
            };
            listed.set(next);
        })
    };
    html! {
        <section class={classes!("cast-group", format!("cast-{}", kind.as_str()))}>
            <h3>{ if total > FIRST_LISTED { format!("{} ({total})", props.heading) } else { props.heading.to_string() } }</h3>
            <ul>
                { for props.members.iter().take(*listed).map(|&Member { index: i, quotes }| {
                    let e = &a.entities[i];
                    let selected = props.selected == Some(i);
                    let on_select = props.on_select.clone();
                    let onclick = Callback::from(move |_| on_select.emit(if selected { None } else { Some(i) }));
                    html! {
                        <li>
                            <button type="button" class={classes!("cast-member", selected.then_some("selected"))}
                                aria-pressed={selected.to_string()} {onclick}
                                title={format!("{}: highlight every mention", kind_label(kind))}>
                                <span class={classes!("kind-badge", format!("badge-{}", kind.as_str()))} aria-hidden="true">
                                    { kind_icon(kind) }
                                </span>
                                <span class="cast-name">{ &e.name }</span>
                                <span class="cast-count">
                                    { format!("{}×", e.mentions.len()) }
                                    if quotes > 0 { { format!(" · {quotes} quote{}", if quotes == 1 { "" } else { "s" }) } }
                                </span>
                                { for e.descriptors.iter().take(2).map(|d| html! { <span class="cast-desc">{ d }</span> }) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if left > 0 {
                <button type="button" class="cast-more" onclick={more}>
                    { format!("Show {} more of {total} {}", left.min(MORE_LISTED), props.heading.to_lowercase()) }
                </button>
            }
        </section>
    }
}

//! The cast panel: the people, organizations, places and groups of the
//! article, with mention counts and descriptors. Selecting one highlights all
//! its mentions and its quotes in the article.

use std::rc::Rc;

use yew::prelude::*;

use super::app::Annotated;
use super::article::kind_label;
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

#[function_component(Cast)]
pub fn cast(props: &CastProps) -> Html {
    let a = &props.annotated.analysis.annotations;
    let quotes_by = |id: &str| {
        a.quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(id))
            .count()
    };
    html! {
        <nav class="cast" aria-label="Cast of the article">
            <details open=true>
                <summary><h2 class="cast-title">{ "Cast" }</h2></summary>
                if a.entities.is_empty() {
                    <p class="placeholder">{ "No names found yet." }</p>
                }
                { for KINDS.iter().map(|&(kind, heading)| {
                    let mut members: Vec<(usize, &crate::model::Entity)> =
                        a.entities.iter().enumerate().filter(|(_, e)| e.kind == kind).collect();
                    if members.is_empty() {
                        return html! {};
                    }
                    members.sort_by_key(|(_, e)| std::cmp::Reverse(e.mentions.len()));
                    html! {
                        <section class={classes!("cast-group", format!("cast-{}", kind.as_str()))}>
                            <h3>{ heading }</h3>
                            <ul>
                                { for members.into_iter().map(|(i, e)| {
                                    let selected = props.selected == Some(i);
                                    let on_select = props.on_select.clone();
                                    let onclick = Callback::from(move |_| on_select.emit(if selected { None } else { Some(i) }));
                                    let quotes = quotes_by(&e.id);
                                    html! {
                                        <li>
                                            <button type="button" class={classes!("cast-member", selected.then_some("selected"))}
                                                aria-pressed={selected.to_string()} {onclick}
                                                title={format!("{}: highlight every mention", kind_label(kind))}>
                                                <span class={classes!("kind-badge", format!("badge-{}", kind.as_str()))} aria-hidden="true">
                                                    { kind_label(kind).chars().next().unwrap_or('?') }
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
                        </section>
                    }
                }) }
            </details>
        </nav>
    }
}

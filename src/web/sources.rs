//! "Who says what": every source of the article (named people and
//! organizations, unnamed ones such as "US officials") with its quotes, its
//! reported statements and the figures in them, and last the figures the
//! article states itself. Choosing a source highlights all of it in the text.

use std::rc::Rc;

use yew::prelude::*;

use super::model::Annotated;
use crate::view::{figure_short, sources, Source, SourceView};

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub annotated: Rc<Annotated>,
    pub selected: Option<Source>,
    pub on_select: Callback<Option<Source>>,
}

/// Sources listed at first; a long article can have hundreds.
const FIRST_LISTED: usize = 25;
/// Statements shown under each source (the rest are in the text, marked).
const SAID_SHOWN: usize = 3;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "2 quotes · 1 reported · 3 figures".
fn counts(s: &SourceView) -> String {
    let mut parts = Vec::new();
    if !s.quotes.is_empty() {
        parts.push(plural(s.quotes.len(), "quote", "quotes"));
    }
    if !s.attributions.is_empty() {
        parts.push(format!("{} reported", s.attributions.len()));
    }
    if !s.figures.is_empty() {
        parts.push(plural(s.figures.len(), "figure", "figures"));
    }
    parts.join(" · ")
}

fn clip(text: &str, most: usize) -> String {
    let mut out: String = text.chars().take(most).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

#[function_component(Sources)]
pub fn sources_view(props: &SourcesProps) -> Html {
    let annotated = &props.annotated;
    let list = use_memo(annotated.generation, {
        let annotated = annotated.clone();
        move |_| sources(&annotated.analysis.annotations)
    });
    let listed = use_state(|| FIRST_LISTED);
    let open = use_state(super::dom::is_wide);
    let a = &annotated.analysis.annotations;
    if list.is_empty() {
        return html! {};
    }
    let named = list.iter().filter(|s| s.source != Source::Article).count();
    let more = {
        let listed = listed.clone();
        Callback::from(move |_| listed.set(*listed + 200))
    };
    html! {
        <section class="sources" aria-label="Who says what">
            <details open={*open}>
                <summary>
                    <h2 class="cast-title">{ "Who says what" }</h2>
                    <span class="cast-summary">{ plural(named, "source", "sources") }</span>
                </summary>
                <ul>
                    { for list.iter().take(*listed).map(|s| {
                        let selected = props.selected.as_ref() == Some(&s.source);
                        let on_select = props.on_select.clone();
                        let source = s.source.clone();
                        let onclick = Callback::from(move |_| on_select.emit((!selected).then(|| source.clone())));
                        let said = s.quotes.iter().map(|&i| format!("❝ {}", clip(&a.quotes[i].text, 70)))
                            .chain(s.attributions.iter().map(|&i| format!("≈ {}", clip(&a.attributions[i].text, 70))))
                            .chain(s.figures.iter().map(|&i| format!("# {}", figure_short(&a.figures[i]))))
                            .take(SAID_SHOWN);
                        html! {
                            <li>
                                <button type="button" class={classes!("source", selected.then_some("selected"), (s.source == Source::Article).then_some("own-voice"))}
                                    aria-pressed={selected.to_string()} {onclick} title="Highlight everything this source says">
                                    <span class="cast-name">{ &s.name }</span>
                                    <span class="cast-count">{ counts(s) }</span>
                                    if let Some(role) = &s.role { <span class="cast-desc">{ role }</span> }
                                    { for said.map(|line| html! { <span class="source-said">{ line }</span> }) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                if list.len() > *listed {
                    <button type="button" class="cast-more" onclick={more}>
                        { format!("Show {} more sources", (list.len() - *listed).min(200)) }
                    </button>
                }
            </details>
        </section>
    }
}

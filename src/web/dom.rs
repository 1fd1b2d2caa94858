//! Direct DOM work the page does outside yew's render: placing margin notes
//! beside their anchors, linking a hovered span and its note, and scrolling.
//!
//! These run on every hover or after each slice of a long article, so they
//! touch only the elements involved instead of re-rendering the article.
//! Reads (positions) are done before writes (styles) to avoid layout thrash.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Notes sit in the margin above this width; below it they fold under
/// their paragraph (the stylesheet's breakpoint).
pub const WIDE_MIN_PX: f64 = 800.0;
/// Vertical space between stacked notes.
const GAP_PX: f64 = 6.0;

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .is_some_and(|w| w >= WIDE_MIN_PX)
}

/// Where notes have been placed so far, so each new slice of a long article
/// places only its own rows' notes.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Placement {
    /// Rows (paragraphs) whose notes are placed.
    pub rows: usize,
    /// Where the next row to place is: its chunk, and its place in it.
    next: (u32, u32),
    /// The bottom of the last placed note, from the top of the article.
    pub bottom: f64,
}

/// Place the notes of the article's rows not placed yet: each at the
/// top of its anchor's first line, or just below the note before it.
///
/// Each note is positioned within its own row (paragraph), so placing the
/// notes of new rows never disturbs the layout of earlier ones: the cost of
/// a slice is the cost of its own rows, whatever the article's length.
pub fn place_notes(article: &Element, state: &mut Placement) {
    let Some(doc) = document() else { return };
    let Some(chunks) = article.query_selector(".rows").ok().flatten() else {
        return;
    };
    // The rows not placed yet, walked from where the last call stopped.
    let mut new_rows = Vec::new();
    let chunks = chunks.children();
    let (mut c, mut r) = state.next;
    while let Some(chunk) = chunks.item(c) {
        let rows = chunk.children();
        while let Some(row) = rows.item(r) {
            new_rows.push(row);
            r += 1;
        }
        if c + 1 == chunks.length() {
            break;
        }
        (c, r) = (c + 1, 0);
    }
    state.next = (c, r);
    state.rows += new_rows.len();
    let wide = is_wide();
    let base = article.get_bounding_client_rect().top();
    // Read pass: row tops, anchor tops and note heights.
    let mut reads: Vec<(HtmlElement, f64, Option<f64>, f64)> = Vec::new();
    for row in new_rows {
        let row_top = row.get_bounding_client_rect().top() - base;
        let Ok(notes) = row.query_selector_all(".note") else {
            continue;
        };
        for i in 0..notes.length() {
            let Some(note) = notes.get(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
                continue;
            };
            if !wide || note.offset_parent().is_none() {
                reads.push((note, row_top, None, 0.0)); // folded, or hidden by a filter
                continue;
            }
            let anchor_top = note
                .get_attribute("data-anchor")
                .and_then(|id| doc.get_element_by_id(&id))
                .and_then(|a| a.get_client_rects().get(0))
                .map(|rect| rect.top() - base);
            let height = note.offset_height() as f64;
            reads.push((note, row_top, anchor_top, height));
        }
    }
    // Write pass.
    for (note, row_top, anchor_top, height) in reads {
        let style = note.style();
        match anchor_top {
            Some(top) => {
                let top = top.max(state.bottom + GAP_PX);
                let _ = style.set_property("top", &format!("{:.1}px", top - row_top));
                state.bottom = top + height;
            }
            None => {
                let _ = style.remove_property("top");
            }
        }
    }
    if let Some(el) = article.dyn_ref::<HtmlElement>() {
        if wide {
            let _ = el
                .style()
                .set_property("min-height", &format!("{:.0}px", state.bottom));
        } else {
            let _ = el.style().remove_property("min-height");
        }
    }
}

/// Mark every element of `group` (a span, its fellow mentions, its note)
/// with `class`, and clear it from the group marked before.
pub fn mark_group(class: &str, previous: Option<&str>, next: Option<&str>) {
    let Some(doc) = document() else { return };
    let apply = |group: &str, on: bool| {
        if let Ok(list) = doc.query_selector_all(&format!("[data-group=\"{group}\"]")) {
            for i in 0..list.length() {
                if let Some(el) = list.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = if on {
                        el.class_list().add_1(class)
                    } else {
                        el.class_list().remove_1(class)
                    };
                }
            }
        }
    };
    if let Some(g) = previous {
        apply(g, false);
    }
    if let Some(g) = next {
        apply(g, true);
    }
}

/// Draw the link between a span and its note: from the span's first line
/// across the gutter to the note's top.
pub fn draw_connector(article: &Element, anchor_id: Option<&str>, note_id: Option<&str>) {
    let Some(doc) = document() else { return };
    let Some(line) = article
        .query_selector(".connector")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = line.style();
    let anchor = anchor_id.and_then(|id| doc.get_element_by_id(id));
    let note = note_id.and_then(|id| doc.get_element_by_id(id));
    let (Some(anchor), Some(note), true) = (anchor, note, is_wide()) else {
        let _ = style.set_property("display", "none");
        return;
    };
    let base = article.get_bounding_client_rect();
    let Some(first) = anchor.get_client_rects().get(0) else {
        return;
    };
    let n = note.get_bounding_client_rect();
    let x1 = first.right() - base.left();
    let y1 = first.top() + first.height() / 2.0 - base.top();
    let x2 = n.left() - base.left();
    let y2 = n.top() + 12.0 - base.top();
    let top = y1.min(y2);
    let _ = style.set_property("display", "block");
    let _ = style.set_property("left", &format!("{x1:.1}px"));
    let _ = style.set_property("top", &format!("{top:.1}px"));
    let _ = style.set_property("width", &format!("{:.1}px", (x2 - x1).max(0.0)));
    let _ = style.set_property("height", &format!("{:.1}px", (y2 - y1).abs().max(1.0)));
    let down = y2 >= y1;
    let _ = style.set_property("border-top-style", if down { "solid" } else { "none" });
    let _ = style.set_property("border-bottom-style", if down { "none" } else { "solid" });
}

/// Bring the element with `id` into view and focus it.
pub fn reveal(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(html) = el.dyn_into::<HtmlElement>() {
        let _ = html.focus();
    }
}

//! Direct DOM work the page does outside yew's render: placing margin notes
//! beside their anchors, linking a hovered span and its note, and scrolling.
//!
//! These run on every hover or after each slice of a long article, so they
//! touch only the elements involved instead of re-rendering the article.
//! Reads (positions) are done before writes (styles) to avoid layout thrash.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::view::margin;

/// Notes sit in the margin above this width; below it they fold under
/// their paragraph (the stylesheet's breakpoint).
pub const WIDE_MIN_PX: f64 = 800.0;

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
    /// The lowest point the margin uses so far, from the top of the article.
    pub bottom: f64,
}

/// The height of a row's "+N more" control (the stylesheet sets it).
const MORE_PX: f64 = 26.0;

/// What one row's notes are, as read from the page.
struct RowRead {
    row: HtmlElement,
    top: f64,
    bottom: f64,
    notes: Vec<HtmlElement>,
    cands: Vec<margin::Candidate>,
    more: Option<HtmlElement>,
    expanded: bool,
}

/// Place the notes of the article's rows not placed yet, beside the lines
/// of their highlights ([`margin::place_row`]): the notes that do not fit
/// near their line wait behind their row's "+N more" control, or, once the
/// reader opens it, stack under it while the row makes room below.
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
            new_rows.extend(row.dyn_into::<HtmlElement>().ok());
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
    // Write pass: undo what an earlier placement set, so that what is read
    // next is the rows' own layout.
    let mut reads: Vec<RowRead> = Vec::with_capacity(new_rows.len());
    for row in new_rows {
        let _ = row.style().remove_property("padding-bottom");
        let notes = row
            .query_selector_all(".note.card")
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.get(i)?.dyn_into::<HtmlElement>().ok())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for n in &notes {
            let _ = n.class_list().remove_1("over");
        }
        let more = row
            .query_selector(".more")
            .ok()
            .flatten()
            .and_then(|m| m.dyn_into::<HtmlElement>().ok());
        let expanded = row
            .query_selector(".notes[data-more]")
            .ok()
            .flatten()
            .is_some();
        reads.push(RowRead {
            row,
            top: 0.0,
            bottom: 0.0,
            notes,
            cands: Vec::new(),
            more,
            expanded,
        });
    }
    // Read pass: row bands, anchor lines and note heights.
    let base = article.get_bounding_client_rect().top();
    for read in &mut reads {
        let rect = read.row.get_bounding_client_rect();
        read.top = rect.top() - base;
        read.bottom = rect.bottom() - base;
        if !wide {
            continue;
        }
        let mut kept = Vec::with_capacity(read.notes.len());
        for note in read.notes.drain(..) {
            if note.offset_parent().is_none() {
                continue; // hidden by a filter
            }
            let anchor = note
                .get_attribute("data-anchor")
                .and_then(|id| doc.get_element_by_id(&id))
                .and_then(|a| a.get_client_rects().get(0))
                .map_or(read.top, |rect| rect.top() - base);
            let priority = note
                .get_attribute("data-priority")
                .and_then(|p| p.parse().ok())
                .unwrap_or(3);
            read.cands.push(margin::Candidate {
                anchor,
                height: note.offset_height() as f64,
                priority,
            });
            kept.push(note);
        }
        read.notes = kept;
    }
    // Write pass. A row that makes room for its opened notes moves the rows
    // after it down by as much: they were read before it grew.
    let mut shift = 0.0;
    for read in reads {
        let RowRead {
            row,
            top,
            bottom,
            notes,
            mut cands,
            more,
            expanded,
        } = read;
        let (top, bottom) = (top + shift, bottom + shift);
        for c in &mut cands {
            c.anchor += shift;
        }
        if !wide {
            for n in &notes {
                let _ = n.style().remove_property("top");
            }
            if let Some(m) = &more {
                let _ = m.style().set_property("display", "none");
            }
            continue;
        }
        let placed = margin::place_row(state.bottom, (top, bottom), &cands, MORE_PX);
        let mut stack = placed.more.map(|t| t + MORE_PX + margin::GAP_PX);
        for ((note, cand), t) in notes.iter().zip(&cands).zip(&placed.tops) {
            let at = match (t, &mut stack) {
                (Some(t), _) => Some(*t),
                (None, Some(next)) if expanded => {
                    let at = *next;
                    *next += cand.height + margin::GAP_PX;
                    Some(at)
                }
                _ => None,
            };
            match at {
                Some(at) => {
                    let _ = note
                        .style()
                        .set_property("top", &format!("{:.1}px", at - top));
                }
                None => {
                    let _ = note.class_list().add_1("over");
                }
            }
        }
        let mut row_end = placed.bottom;
        if let Some(m) = &more {
            match placed.more {
                Some(t) => {
                    let style = m.style();
                    let _ = style.set_property("display", "block");
                    let _ = style.set_property("top", &format!("{:.1}px", t - top));
                    let left = placed.left_over();
                    let label = if expanded {
                        "Show fewer notes".to_string()
                    } else if left == 1 {
                        "+1 more note".to_string()
                    } else {
                        format!("+{left} more notes")
                    };
                    if let Some(span) = m.first_element_child() {
                        span.set_text_content(Some(&label));
                    }
                    if expanded {
                        if let Some(end) = stack {
                            row_end = row_end.max(end);
                            // The row makes room below for the notes it opened.
                            let extra = end - bottom;
                            if extra > 0.0 {
                                shift += extra;
                                let _ = row
                                    .style()
                                    .set_property("padding-bottom", &format!("{extra:.1}px"));
                            }
                        }
                    }
                }
                None => {
                    let _ = m.style().set_property("display", "none");
                }
            }
        }
        state.bottom = row_end.max(state.bottom);
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

/// The article's one popover: the card of a name that has no note in the
/// margin (or whose note is far away), shown beside its highlight.
fn popover(article: &Element) -> Option<HtmlElement> {
    article
        .query_selector(".popover")
        .ok()
        .flatten()?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Show the card of the note `note_id` in the popover, under (or, near the
/// bottom of the window, above) the first line of `mark`. The card is the
/// note's own content, so page, popover and notes say the same thing.
pub fn show_popover(article: &Element, mark: &Element, note_id: &str) {
    let (Some(doc), Some(pop)) = (document(), popover(article)) else {
        return;
    };
    let Some(note) = doc.get_element_by_id(note_id) else {
        return;
    };
    if !mark.id().is_empty() {
        let _ = pop.set_attribute("data-from", &mark.id());
    }
    if pop.get_attribute("data-for").as_deref() != Some(note_id) {
        pop.set_inner_html(&note.inner_html());
        let _ = pop.set_attribute("data-for", note_id);
        let _ = pop.set_attribute(
            "aria-label",
            &note.get_attribute("aria-label").unwrap_or_default(),
        );
    }
    let style = pop.style();
    let _ = style.set_property("display", "block");
    let Some(line) = mark.get_client_rects().get(0) else {
        return;
    };
    let base = article.get_bounding_client_rect();
    let (width, height) = (pop.offset_width() as f64, pop.offset_height() as f64);
    let window_height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(f64::MAX);
    let top = if line.bottom() + 8.0 + height > window_height && line.top() - 8.0 - height > 0.0 {
        line.top() - base.top() - 8.0 - height
    } else {
        line.bottom() - base.top() + 8.0
    };
    let left = (line.left() - base.left()).clamp(0.0, (base.width() - width).max(0.0));
    let _ = style.set_property("top", &format!("{top:.1}px"));
    let _ = style.set_property("left", &format!("{left:.1}px"));
}

/// Hide the popover.
pub fn hide_popover(article: &Element) {
    if let Some(pop) = popover(article) {
        let _ = pop.style().set_property("display", "none");
        let _ = pop.remove_attribute("data-for");
    }
}

/// Whether the popover shows the card of `note_id`.
pub fn popover_shows(article: &Element) -> Option<String> {
    let pop = popover(article)?;
    (pop.style().get_property_value("display").ok()? == "block")
        .then(|| pop.get_attribute("data-for"))
        .flatten()
}

/// Move the focus to the popover's first control.
pub fn focus_in_popover(article: &Element) {
    let Some(pop) = popover(article) else { return };
    let first = pop
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    let _ = first.unwrap_or(pop).focus();
}

/// Open or close the notes waiting behind a row's "+N more" control.
pub fn toggle_more(button: &Element) {
    let Some(notes) = button.closest(".notes").ok().flatten() else {
        return;
    };
    let open = notes.has_attribute("data-more");
    let _ = if open {
        notes.remove_attribute("data-more")
    } else {
        notes.set_attribute("data-more", "open")
    };
    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
}

/// Open or close a note's full detail (it opens over the notes below it,
/// so nothing moves).
pub fn toggle_open(note: &Element) {
    let _ = note.class_list().toggle("open");
}

/// Escape: close the popover (the focus going back to the name it opened
/// from), or the note that has the focus.
pub fn escape(article: &Element, focused: &Element) {
    if let Some(pop) = popover(article) {
        if popover_shows(article).is_some() {
            let from = pop.get_attribute("data-from");
            let inside = focused.closest(".popover").ok().flatten().is_some();
            hide_popover(article);
            if inside {
                if let Some(mark) = from
                    .and_then(|id| document()?.get_element_by_id(&id))
                    .and_then(|m| m.dyn_into::<HtmlElement>().ok())
                {
                    let _ = mark.focus();
                }
            }
            return;
        }
    }
    if focused.class_list().contains("note") {
        let _ = focused.class_list().remove_1("open");
    }
}

//! The quote layer: direct quotations and who said them.
//!
//! First version: paired double quotation marks within a paragraph, a speech
//! verb nearby, and the nearest named person before or after as speaker.

use crate::document::{Document, Span, TokenKind};
use crate::entities::EntityCluster;
use crate::model::EntityKind;

/// A quote found in the text, in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The words inside the marks.
    pub span: Span,
    /// Index into the entity list.
    pub speaker: Option<usize>,
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
}

const CUES: &[&str] = &[
    "said", "says", "told", "added", "insisted", "warned", "claimed", "noted", "asked",
];

/// Find the quotes of a document.
pub fn find(doc: &Document, entities: &[EntityCluster]) -> Vec<FoundQuote> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let mut open: Option<usize> = None;
        for i in p.tokens.clone() {
            if doc.tokens[i].kind != TokenKind::QuoteMark {
                continue;
            }
            let mark = doc.token_text(i);
            match (open, mark) {
                (None, "“" | "\"" | "«") => open = Some(i),
                (Some(o), "”" | "\"" | "»") if i > o + 1 => {
                    let span = Span::new(doc.tokens[o + 1].span.start, doc.tokens[i - 1].span.end);
                    let (cue, speaker) = attribute(doc, entities, p.tokens.clone(), o, i);
                    if cue.is_some() || i - o > 6 {
                        out.push(FoundQuote {
                            span,
                            speaker,
                            speaker_text: None,
                            cue,
                        });
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
    out
}

/// The cue and speaker around a quote from token `open` to token `close`.
fn attribute(
    doc: &Document,
    entities: &[EntityCluster],
    paragraph: std::ops::Range<usize>,
    open: usize,
    close: usize,
) -> (Option<String>, Option<usize>) {
    let outside = (paragraph.start..open).chain(close + 1..paragraph.end);
    let cue = outside
        .clone()
        .map(|k| doc.token_text(k))
        .find(|w| CUES.contains(w))
        .map(str::to_string);
    let speaker = outside
        .filter_map(|k| {
            let at = doc.tokens[k].span;
            entities.iter().position(|e| {
                e.kind == EntityKind::Person && e.mentions.iter().any(|m| m.start == at.start)
            })
        })
        .next();
    (cue, speaker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_after_colon_with_named_speaker() {
        let doc = Document::parse("Maria Lopez said: “We will rebuild the bridge this year.”");
        let entities = crate::entities::find(&doc);
        let q = find(&doc, &entities);
        assert_eq!(q.len(), 1);
        assert_eq!(
            doc.slice(q[0].span),
            "We will rebuild the bridge this year."
        );
        assert_eq!(q[0].cue.as_deref(), Some("said"));
        assert_eq!(entities[q[0].speaker.unwrap()].name, "Maria Lopez");
    }
}

//! The figure layer: numbers that count or measure, with hedge, bound and
//! what they count.
//!
//! First version: digit numbers with scale words, currency symbols, percent
//! signs, a few hedges, and the next word as the unit.

use crate::document::{Document, Span, TokenKind};
use crate::entities::EntityCluster;
use crate::model::{Bound, FigureKind};

/// A figure found in the text, in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundFigure {
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub high: Option<f64>,
    pub bound: Bound,
    /// The hedging words as written.
    pub hedge: Option<Span>,
    pub unit: Option<String>,
}

const HEDGES: &[(&str, Bound)] = &[
    ("nearly", Bound::Max),
    ("almost", Bound::Max),
    ("about", Bound::Approx),
    ("around", Bound::Approx),
    ("roughly", Bound::Approx),
    ("over", Bound::Min),
];

/// Find the figures of a document.
pub fn find(doc: &Document, _entities: &[EntityCluster]) -> Vec<FoundFigure> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    for i in 0..n {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Number {
            continue;
        }
        let raw = doc.token_text(i);
        let Ok(mut value) = raw.replace(',', "").parse::<f64>() else {
            continue;
        };
        // Years and other points in time are not figures.
        if raw.len() == 4 && (1800.0..2100.0).contains(&value) {
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        let mut kind = FigureKind::Count;
        let mut unit = None;
        if i > 0 && doc.token_text(i - 1) == "$" && !doc.tokens[i].space_before {
            start = i - 1;
            kind = FigureKind::Money;
            unit = Some("USD".to_string());
        }
        if end < n && doc.token_text(end) == "%" {
            kind = FigureKind::Percent;
            unit = Some("%".to_string());
            end += 1;
        } else if end < n && doc.tokens[end].kind == TokenKind::Word {
            let next = doc.token_text(end);
            let scale = match next {
                "million" => 1e6,
                "billion" => 1e9,
                _ => 1.0,
            };
            if scale > 1.0 {
                value *= scale;
                end += 1;
            }
            if unit.is_none() && end < n && doc.tokens[end].kind == TokenKind::Word {
                let w = doc.token_text(end);
                if w.chars().all(|c| c.is_lowercase()) {
                    unit = Some(w.to_string());
                    end += 1;
                }
            }
        }
        let mut bound = Bound::Exact;
        let mut hedge = None;
        if start > 0 {
            let h = doc.token_text(start - 1).to_lowercase();
            if let Some(&(_, b)) = HEDGES.iter().find(|(w, _)| *w == h) {
                bound = b;
                start -= 1;
                hedge = Some(doc.tokens[start].span);
            }
        }
        out.push(FoundFigure {
            span: Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end),
            kind,
            value: Some(value),
            high: None,
            bound,
            hedge,
            unit,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedged_count_with_unit() {
        let doc = Document::parse("They sent nearly 2,000 drones in 2022.");
        let f = find(&doc, &[]);
        assert_eq!(f.len(), 1);
        assert_eq!(doc.slice(f[0].span), "nearly 2,000 drones");
        assert_eq!(f[0].value, Some(2000.0));
        assert_eq!(f[0].bound, Bound::Max);
        assert_eq!(f[0].unit.as_deref(), Some("drones"));
    }
}

//! The figure layer: numbers that count or measure, with their hedge, their
//! bound and what they count.
//!
//! A figure is read left to right from one token, within its sentence:
//!
//! ```text
//! [hedge] [aged|between] [currency] NUMBER [scale] [range] [post-hedge] [unit | head noun] [post-hedge]
//!  "nearly"                  "$"     "4.5"  "m"
//!  "between"                        "10"          "and 20"              "people"
//!                                   "six"                               "hours"       "or less"
//! ```
//!
//! Each step looks at a handful of tokens, so the whole pass is linear in
//! the length of the text. What is *not* a figure is decided as carefully as
//! what is: dates and clock times, years, numbers inside names ("Boeing
//! 737", "Shahed-136"), labels ("page 3"), ordinals and "one" as a pronoun.
//! Without a part-of-speech tagger the head noun is found by shape: after a
//! number above one it is the first plural past the modifiers ("four Russian
//! military officers"), after "one" the last noun of the phrase.
//!
//! The code map: `number.rs` reads one token as a number ("2,000", "4.5m",
//! "twenty-five", "36-year-old"); `amount.rs` reads the number across tokens
//! (currency, number words, scale); `special.rs` reads the forms that are not
//! a plain number ("twice", "hundreds of", "a third of"); `unit.rs` decides
//! from what follows what the number is, and whether it is a figure at all;
//! `head.rs` finds the counted noun; `lexicon.rs` and `data/figures/words.txt`
//! hold the words.

mod amount;
mod count;
mod head;
mod lexicon;
mod magnitude;
mod number;
mod range;
mod screen;
mod special;
mod unit;

pub use magnitude::magnitude;

use crate::document::{Document, Headline, Span, TokenKind};
use crate::entities::EntityCluster;
use crate::model::{Bound, EntityKind, FigureKind};
use lexicon::*;

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

/// Find the figures of a document, in text order, never overlapping.
///
/// ```
/// use sidenote::document::Document;
/// let doc = Document::parse("Nearly 2,000 drones were sent in 2022.");
/// let figures = sidenote::figures::find(&doc, &[]);
/// assert_eq!(figures.len(), 1);
/// assert_eq!(figures[0].value, Some(2000.0));
/// ```
pub fn find(doc: &Document, entities: &[EntityCluster]) -> Vec<FoundFigure> {
    let scanner = Scanner::new(doc, entities);
    let mut out: Vec<FoundFigure> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match scanner.figure_at(i) {
            Step::Figure(f, next) => {
                if out.last().is_none_or(|last| last.span.end <= f.span.start) {
                    out.push(f);
                }
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
    out
}

/// What reading from one token gave.
enum Step {
    /// A figure, and the token after it.
    Figure(FoundFigure, usize),
    /// Not a figure, and the tokens up to here are not to be read again
    /// ("two years ago" must not yield "two").
    Skip(usize),
    Nothing,
}

/// A number read from one or more tokens, before its unit.
#[derive(Debug, Clone)]
struct Amount {
    /// Token range.
    start: usize,
    end: usize,
    value: f64,
    high: Option<f64>,
    /// The value before a scale word, and the scale ("2.5" and 1e6); the
    /// scale is 0 when it came glued to the digits ("4.5m").
    base: f64,
    scale: f64,
    currency: Option<&'static str>,
    /// A unit or noun glued to the digits ("km", "year", "page").
    suffix: Option<String>,
    /// "36-year-old": an age, in "years" (or "months", ...).
    age_unit: Option<&'static str>,
    /// "30s": a decade of life (or of a century).
    decade: bool,
    /// "1/3", "two-thirds": a share.
    fraction: bool,
    /// "tenfold", "20-fold": a multiplier.
    fold: bool,
    /// Written in words ("four"), not digits.
    words: bool,
    /// The single word "one" (which is often a pronoun).
    is_one: bool,
    /// Four digits from 1700 to 2099 without separators: a year.
    year_like: bool,
}

/// The document with what the figure layer asks of each token.
struct Scanner<'a, 'd> {
    doc: &'d Document<'a>,
    /// Each token in lower case, borrowed from the document: asked for
    /// dozens of times per token, so kept at hand as plain slices.
    lower: Vec<&'d str>,
    /// Tokens inside an entity mention, and those that begin one.
    in_name: Vec<bool>,
    name_start: Vec<bool>,
    /// Tokens inside the mention of a place.
    in_place: Vec<bool>,
}

impl<'a, 'd> Scanner<'a, 'd> {
    fn new(doc: &'d Document<'a>, entities: &[EntityCluster]) -> Self {
        let mut in_name = vec![false; doc.tokens.len()];
        let mut name_start = vec![false; doc.tokens.len()];
        let mut in_place = vec![false; doc.tokens.len()];
        for e in entities {
            let place = e.kind == EntityKind::Place;
            for m in &e.mentions {
                let mut t = doc.token_at_or_after(m.start);
                if let Some(first) = name_start.get_mut(t) {
                    *first = true;
                }
                while t < doc.tokens.len() && doc.tokens[t].span.end <= m.end {
                    in_name[t] = true;
                    in_place[t] = place;
                    t += 1;
                }
            }
        }
        Scanner {
            doc,
            lower: (0..doc.tokens.len()).map(|i| doc.lower(i)).collect(),
            in_name,
            name_start,
            in_place,
        }
    }

    /// The text of token `i`, or "" past the end.
    fn text(&self, i: usize) -> &'a str {
        self.doc
            .tokens
            .get(i)
            .map_or("", |t| self.doc.slice(t.span))
    }

    /// The text of token `i` in lower case, or "" past the end.
    fn low(&self, i: usize) -> &'d str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// Whether token `i` is a month's name as written ("Jan.", "March").
    fn is_month_at(&self, i: usize) -> bool {
        is_month(self.text(i), self.low(i))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.is_word(i)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` lies in a headline line where capitals prove
    /// nothing ([`Document::headline`]).
    fn in_headline(&self, i: usize) -> bool {
        self.doc.headline_at(i) == Some(Headline::Capitals)
    }

    /// The end (exclusive) of the sentence holding token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        self.doc.sentence_tokens(i).end
    }

    /// The first token of the sentence holding token `i`.
    fn sentence_start(&self, i: usize) -> usize {
        self.doc.sentence_tokens(i).start
    }

    /// The byte span of tokens `from..to` (clamped to the document).
    fn span(&self, from: usize, to: usize) -> Span {
        let tokens = &self.doc.tokens;
        let last = to.min(tokens.len()).max(from + 1).saturating_sub(1);
        match (tokens.get(from), tokens.get(last)) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.end)),
            _ => Span::default(),
        }
    }

    /// The longest hedge starting at `i`: its bound and length in tokens.
    fn hedge_at(&self, i: usize, end: usize, phrases: &Phrases) -> Option<(Bound, usize)> {
        phrases
            .starting_with(self.low(i))
            .iter()
            .filter(|(words, _)| {
                i + words.len() <= end
                    && words.iter().enumerate().all(|(k, w)| self.low(i + k) == *w)
            })
            .max_by_key(|(words, _)| words.len())
            .map(|(words, bound)| (*bound, words.len()))
    }

    fn figure_at(&self, i: usize) -> Step {
        let t = &self.doc.tokens[i];
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Punct
        ) {
            return Step::Nothing;
        }
        let end = self.sentence_end(i);
        let mut j = i;
        let hedge = self.hedge_at(i, end, hedges());
        if let Some((_, len)) = hedge {
            j += len;
        }
        let mut aged = false;
        let mut between = false;
        // "over the age of 75": a hedge, then the age
        if hedge.is_some()
            && self.low(j) == "the"
            && matches!(self.low(j + 1), "age" | "ages")
            && self.low(j + 2) == "of"
        {
            j += 1;
        }
        if matches!(self.low(j), "age" | "ages") && self.low(j + 1) == "of" {
            // "at the age of 86"
            aged = true;
            j += 2;
        } else if matches!(self.low(j), "aged" | "ages") {
            aged = true;
            j += 1;
        } else if self.low(j) == "between"
            && self.low(j + 1) == "the"
            && self.low(j + 2) == "ages"
            && self.low(j + 3) == "of"
        {
            // "between the ages of 18 and 24"
            aged = true;
            between = true;
            j += 4;
        }
        if self.low(j) == "between" {
            between = true;
            j += 1;
        }
        if j >= end {
            return Step::Nothing;
        }
        let fig = Draft {
            start: i,
            hedge: hedge.map(|(b, len)| (b, self.span(i, i + len))),
            aged,
            between,
            after_name: false,
        };
        let step = match self.special_at(&fig, j, end) {
            Some(step) => step,
            None => match self.amount_at(j, end) {
                Some(amount) => self.complete(fig, amount, end),
                None => return Step::Nothing,
            },
        };
        self.after_figure(step, end)
    }

    /// What follows a whole figure: a post-hedge after its unit ("six
    /// hours or less", "a decade or so"); and "north of" / "south of", which
    /// hedge only an amount with a unit ("north of $1bn"), never a place
    /// ("north of 10 Downing Street").
    fn after_figure(&self, step: Step, end: usize) -> Step {
        let Step::Figure(mut f, next) = step else {
            return step;
        };
        if let Some(h) = f.hedge {
            // The hedge's first word, lowered by the document.
            let first = self.low(self.doc.token_at_or_after(h.start));
            let direction = first.starts_with("north") || first.starts_with("south");
            if direction && f.unit.is_none() {
                return Step::Skip(next);
            }
        }
        let plain = f.hedge.is_none() && f.high.is_none() && f.bound == Bound::Exact;
        if plain && f.value.is_some() {
            let hedge = self.hedge_at(next, end, post_hedges()).filter(|&(_, len)| {
                // "20 and over the next season": a preposition, not a hedge.
                let object = is_determiner(self.low(next + len));
                let fixed = matches!(self.low(next + 1), "so" | "more" | "less" | "fewer");
                fixed || !object && self.kind(next + len) != Some(TokenKind::Number)
            });
            if let Some((bound, len)) = hedge {
                f.bound = bound;
                f.hedge = Some(self.span(next, next + len));
                f.span = Span::new(f.span.start, self.span(next, next + len).end);
                return Step::Figure(self.bounded_age(f), next + len);
            }
        }
        Step::Figure(self.bounded_age(f), next)
    }

    /// "18 and older", "12 or younger": a bare number bounded by age is an age.
    fn bounded_age(&self, mut f: FoundFigure) -> FoundFigure {
        // The hedge's last word, lowered by the document.
        let by_age = f.hedge.is_some_and(|h| {
            let last = self.low(self.doc.token_at_or_after(h.end).saturating_sub(1));
            last.ends_with("older") || last.ends_with("younger")
        });
        if by_age && f.unit.is_none() && f.kind == FigureKind::Count {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
        }
        f
    }
}

/// What was read before the number: where the figure starts, its hedge,
/// and whether "aged" or "between" led in.
#[derive(Debug, Clone, Copy)]
struct Draft {
    start: usize,
    hedge: Option<(Bound, Span)>,
    aged: bool,
    between: bool,
    /// The number follows a capitalised word, as in "Boeing 737".
    after_name: bool,
}

impl Draft {
    fn hedge_bound(&self) -> Bound {
        self.hedge.map_or(Bound::Exact, |h| h.0)
    }
}

/// A fraction as the percentage SPEC.md writes for it, to one decimal
/// place: "a third" → 33.3, "two-thirds" → 66.7, "one in eight" → 12.5.
pub(crate) fn share(fraction: f64) -> f64 {
    (fraction * 1000.0).round() / 10.0
}

#[cfg(test)]
mod tests;

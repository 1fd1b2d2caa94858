//! Pairing quotation marks into quoted passages.
//!
//! Marks come in families (double “ ” " '' „, single ‘ ’ ', angle « » ‹ ›).
//! Each mark's glyph says which way it faces when it can (“ opens, ” closes),
//! and the characters around it say which way it is used (a space before and
//! a letter after: it opens). Where the two disagree, or the glyph is neutral
//! ("), the context and the marks still open decide. A small stack keeps the
//! outer quote and any quotes nested in it; only the outer one is reported.
//!
//! Failures stay local: a quote left open at the end of a paragraph is closed
//! there, unless the next paragraph opens with a mark of the same family (the
//! news convention for a quote running over several paragraphs). No quote
//! ever swallows more than its paragraphs, and the pass is linear.
//!
//! Single marks double as apostrophes (don't, Russia’s, ’90s, rock ’n’ roll).
//! The document layer keeps apostrophes inside words and splits possessives
//! off; here the rest are told apart: elisions are skipped, and a closing ’
//! only closes when a single quote is open.

use crate::document::{Document, TokenKind};

/// A quoted passage: the marks that bound it and the tokens inside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedPassage {
    /// The opening mark's token.
    pub open: usize,
    /// The closing mark's token; `None` when the quote was left open and
    /// closed at the end of its paragraph.
    pub close: Option<usize>,
    /// The first and last tokens inside the marks (inclusive).
    pub first: usize,
    pub last: usize,
    /// Whether it runs over more than one paragraph.
    pub multi_paragraph: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Angle,
    AngleSingle,
}

/// Which way a mark's shape faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    Opening,
    Closing,
    Neutral,
}

/// Which way the characters around a mark say it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Opening,
    Closing,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    token: usize,
    family: Family,
    glyph: Glyph,
    usage: Use,
}

fn family_and_glyph(mark: &str) -> Option<(Family, Glyph)> {
    Some(match mark {
        "“" | "„" | "‟" | "〝" | "``" => (Family::Double, Glyph::Opening),
        "”" | "〞" => (Family::Double, Glyph::Closing),
        "\"" | "''" | "＂" => (Family::Double, Glyph::Neutral),
        "‘" | "‚" | "‛" => (Family::Single, Glyph::Opening),
        "’" => (Family::Single, Glyph::Closing),
        "'" => (Family::Single, Glyph::Neutral),
        "«" => (Family::Angle, Glyph::Opening),
        "»" => (Family::Angle, Glyph::Closing),
        "‹" => (Family::AngleSingle, Glyph::Opening),
        "›" => (Family::AngleSingle, Glyph::Closing),
        _ => return None,
    })
}

/// Words that begin with an elided letter: 'em, 'til, ’n’ ...
const ELISIONS: &[&str] = &[
    "em", "til", "tis", "twas", "cause", "cos", "bout", "round", "n", "nuff", "ello", "ere", "im",
    "er",
];

/// Characters after which a mark opens: nothing, space, brackets, dashes.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '\u{a0}')
        }
    }
}

/// Characters before which a mark closes: nothing, space, punctuation.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '\u{a0}'
                )
        }
    }
}

/// Pair the quotation marks of a document into passages, in text order.
pub fn pair(doc: &Document) -> Vec<QuotedPassage> {
    let mut out = Vec::new();
    let mut stack: Vec<Mark> = Vec::new();
    // Set when a quote runs on into the next paragraph: the paragraph's
    // opening mark is then consumed as a continuation, not a new quote.
    let mut continuing: Option<Mark> = None;
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        let marks = classify(doc, paragraph.tokens.clone());
        let mut skip = None;
        if let Some(outer) = continuing.take() {
            stack.clear();
            stack.push(outer);
            skip = Some(paragraph.tokens.start);
        }
        // Whether a single closing mark comes after each mark, found once:
        // asking the rest of the paragraph at every mark was quadratic.
        let mut closer_later = vec![false; marks.len()];
        for k in (1..marks.len()).rev() {
            let m = marks[k];
            closer_later[k - 1] =
                closer_later[k] || (m.family == Family::Single && m.usage == Use::Closing);
        }
        for (m_index, &m) in marks.iter().enumerate() {
            if skip == Some(m.token) {
                continue;
            }
            step(doc, &mut stack, &mut out, m, closer_later[m_index]);
        }
        // Paragraph end: continue into the next paragraph, or close here.
        let Some(&outer) = stack.first() else {
            continue;
        };
        if continuation_mark(doc, p + 1, outer.family).is_some() {
            continuing = Some(outer);
            stack.clear();
            continue;
        }
        stack.clear();
        let explicit = outer.glyph == Glyph::Opening || outer.family != Family::Single;
        if explicit && paragraph.tokens.end > outer.token + 1 {
            push_passage(doc, &mut out, outer.token, None, paragraph.tokens.end - 1);
        }
    }
    // `continuing` is always consumed by the next paragraph: a quote only
    // continues when that paragraph exists and opens with a mark.
    out
}

/// One mark: open, close, or skip, updating the stack.
fn step(
    doc: &Document,
    stack: &mut Vec<Mark>,
    out: &mut Vec<QuotedPassage>,
    m: Mark,
    single_closer_later: bool,
) {
    let open_at = stack.iter().rposition(|e| e.family == m.family);
    match open_at {
        Some(at) => {
            let closes = match (m.glyph, m.usage) {
                // Single marks in opening use inside an open single quote are
                // elisions or nested starts; leave them.
                (Glyph::Neutral | Glyph::Closing, Use::Opening) if m.family == Family::Single => {
                    false
                }
                // `club. "We are`: a straight mark opening a new sentence
                // inside an open quote re-opens it (a quote of several
                // paragraphs printed as one); the quote goes on.
                (Glyph::Neutral, Use::Opening) if at == 0 && after_sentence_end(doc, m.token) => {
                    false
                }
                (Glyph::Neutral | Glyph::Closing, _) => true,
                (Glyph::Opening, Use::Closing) => true, // wrongly oriented closer
                (Glyph::Opening, _) => {
                    // A fresh opener of the same family: the open quote lost
                    // its closing mark. Close it before this mark, start anew.
                    if at == 0 {
                        let outer = stack[0];
                        stack.clear();
                        if m.token > outer.token + 1 {
                            push_passage(doc, out, outer.token, None, m.token - 1);
                        }
                    } else {
                        stack.truncate(at);
                    }
                    stack.push(m);
                    return;
                }
            };
            if closes {
                if at == 0 {
                    let outer = stack[0];
                    stack.clear();
                    push_passage(
                        doc,
                        out,
                        outer.token,
                        Some(m.token),
                        m.token.saturating_sub(1),
                    );
                } else {
                    stack.truncate(at);
                }
            }
        }
        None => {
            let opens = match (m.glyph, m.usage) {
                (_, Use::Closing) => false, // a stray closer
                (Glyph::Opening, _) => true,
                (Glyph::Neutral, _) => true,
                // A closing glyph used to open (”Hello): trust the context for
                // double marks; a single ’ must be closed later in the
                // paragraph, or it is an apostrophe.
                (Glyph::Closing, Use::Opening) => m.family != Family::Single || single_closer_later,
                (Glyph::Closing, Use::Either) => false,
            };
            if opens {
                stack.push(m);
            }
        }
    }
}

/// Whether the token before `i` ends a sentence, with a space between.
fn after_sentence_end(doc: &Document, i: usize) -> bool {
    i > 0 && doc.tokens[i].space_before && matches!(doc.token_text(i - 1), "." | "!" | "?")
}

fn push_passage(
    doc: &Document,
    out: &mut Vec<QuotedPassage>,
    open: usize,
    close: Option<usize>,
    last: usize,
) {
    let first = open + 1;
    let mut last = last;
    // A comma before the closing mark belongs to the sentence around.
    while last >= first && matches!(doc.token_text(last), "," | ";" | ":") {
        last -= 1;
    }
    if last < first || last >= doc.tokens.len() {
        return;
    }
    let multi_paragraph = doc.tokens[first].paragraph != doc.tokens[last].paragraph;
    out.push(QuotedPassage {
        open,
        close,
        first,
        last,
        multi_paragraph,
    });
}

/// Whether paragraph `p` opens with a mark of `family` that continues a quote.
fn continuation_mark(doc: &Document, p: usize, family: Family) -> Option<usize> {
    let paragraph = doc.paragraphs.get(p)?;
    let t = paragraph.tokens.start;
    if t >= paragraph.tokens.end || doc.tokens[t].kind != TokenKind::QuoteMark {
        return None;
    }
    let (f, glyph) = family_and_glyph(doc.token_text(t))?;
    (f == family && glyph != Glyph::Closing).then_some(t)
}

/// The quotation marks of one paragraph with their family, glyph and use;
/// apostrophes and elisions left out.
fn classify(doc: &Document, tokens: std::ops::Range<usize>) -> Vec<Mark> {
    let text = doc.text;
    let mut marks: Vec<Mark> = Vec::new();
    // Whether `marks` holds a double mark yet (asked of every inch mark).
    let mut any_double = false;
    for i in tokens.clone() {
        let t = doc.tokens[i];
        if t.kind != TokenKind::QuoteMark {
            continue;
        }
        let Some((family, glyph)) = family_and_glyph(doc.token_text(i)) else {
            continue;
        };
        let before = text[..t.span.start].chars().next_back();
        let after = text[t.span.end..].chars().next();
        // Marks touching marks: judge by the neighbour's own use.
        let prev_mark = marks.last().filter(|m| m.token + 1 == i && !t.space_before);
        let opening_before = match prev_mark {
            Some(m) => m.usage == Use::Opening,
            None => t.span.start == doc.paragraphs[t.paragraph].span.start || opens_after(before),
        };
        let next_is_mark = i + 1 < tokens.end
            && doc.tokens[i + 1].kind == TokenKind::QuoteMark
            && doc.tokens[i + 1].span.start == t.span.end;
        let closing_after = if next_is_mark && opening_before {
            false
        } else {
            next_is_mark || closes_before(after)
        };
        let usage = match (opening_before, closing_after) {
            (true, false) => Use::Opening,
            (false, true) => Use::Closing,
            _ => Use::Either,
        };
        if family == Family::Single && is_elision(doc, i, tokens.end, usage) {
            continue;
        }
        // A straight double mark after a digit with nothing open: inches.
        if glyph == Glyph::Neutral
            && family == Family::Double
            && before.is_some_and(|c| c.is_ascii_digit())
            && usage != Use::Opening
            && !any_double
        {
            continue;
        }
        any_double |= family == Family::Double;
        marks.push(Mark {
            token: i,
            family,
            glyph,
            usage,
        });
    }
    drop_plural_possessives(doc, &mut marks);
    marks
}

/// "'It's the workers' money,' he said": a single mark after a plural, with
/// a word following, is an apostrophe when a later single mark can close
/// the quote instead.
fn drop_plural_possessives(doc: &Document, marks: &mut Vec<Mark>) {
    let mut later_close = false;
    let mut keep = vec![true; marks.len()];
    for (k, m) in marks.iter().enumerate().rev() {
        if m.family != Family::Single {
            continue;
        }
        match m.usage {
            Use::Opening => later_close = false,
            _ => {
                let i = m.token;
                let after_plural = i > 0
                    && !doc.tokens[i].space_before
                    && doc.token_text(i - 1).ends_with(['s', 'S']);
                let word_follows = doc.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.space_before
                        && t.paragraph == doc.tokens[i].paragraph
                });
                if later_close && after_plural && word_follows {
                    keep[k] = false;
                } else {
                    later_close = true;
                }
            }
        }
    }
    let mut k = 0;
    marks.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A single mark that is an apostrophe: ’90s, 'em, rock ’n’ roll.
fn is_elision(doc: &Document, i: usize, end: usize, usage: Use) -> bool {
    if usage != Use::Opening {
        // "rock ’n’ roll": the second mark of the pair.
        return i >= 2
            && doc.token_text(i - 1).eq_ignore_ascii_case("n")
            && doc.tokens[i - 2].kind == TokenKind::QuoteMark
            && !doc.tokens[i].space_before;
    }
    let Some(next) = (i + 1 < end).then(|| doc.tokens[i + 1]) else {
        return true;
    };
    if next.kind == TokenKind::Number
        || doc
            .token_text(i + 1)
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    ELISIONS.contains(&doc.lower(i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        pair(&doc)
            .iter()
            .map(|q| {
                doc.text[doc.tokens[q.first].span.start..doc.tokens[q.last].span.end].to_string()
            })
            .collect()
    }

    #[test]
    fn curly_and_straight_double_marks() {
        assert_eq!(
            passages("She said: “We will build it.” Then “more”."),
            ["We will build it.", "more"]
        );
        assert_eq!(
            passages("He said \"no,\" and left. \"Yes.\""),
            ["no", "Yes."]
        );
    }

    #[test]
    fn doubled_apostrophes_pair() {
        assert_eq!(
            passages("''It is done,'' Mr. Kay told reporters."),
            ["It is done"]
        );
    }

    #[test]
    fn guillemets_pair() {
        assert_eq!(passages("Elle a dit « non merci » hier."), ["non merci"]);
    }

    #[test]
    fn plural_possessive_inside_single_quotes() {
        assert_eq!(
            passages("'It's the workers' money,' said Sam. 'They won't accept it.'"),
            ["It's the workers' money", "They won't accept it."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(
            passages("Russia’s army, don't go, the ’90s and rock ’n’ roll, 'em all.").is_empty()
        );
        assert!(passages("The officers’ base was old.").is_empty());
    }

    #[test]
    fn single_quotes_pair_around_apostrophes() {
        assert_eq!(passages("A headline: ‘Don’t stop’ Now"), ["Don’t stop"]);
        assert_eq!(
            passages("She said 'we can't wait' today."),
            ["we can't wait"]
        );
    }

    #[test]
    fn nested_quote_belongs_to_outer() {
        assert_eq!(
            passages("He said: “They told me ‘go home’ and I did.”"),
            ["They told me ‘go home’ and I did."]
        );
        // The same family nested: read as a lost closing mark, never a panic.
        assert_eq!(
            passages("“He shouted “stop” at me,” she said.")[0],
            "He shouted"
        );
    }

    #[test]
    fn quote_over_paragraphs_is_one() {
        let text = "He said: “The first part.\n\n“The second part.\n\n“The end.” He left.";
        assert_eq!(
            passages(text),
            ["The first part.\n\n“The second part.\n\n“The end."]
        );
    }

    #[test]
    fn missing_close_recovers_at_paragraph_end() {
        let text = "She said: “We will not stop\n\nThe next paragraph is narration.";
        assert_eq!(passages(text), ["We will not stop"]);
    }

    #[test]
    fn wrongly_oriented_marks() {
        assert_eq!(passages("He said ”we won” today."), ["we won"]);
        assert_eq!(passages("He said “we won“ today."), ["we won"]);
    }

    #[test]
    fn many_unmatched_marks_are_fast_and_safe() {
        let text = "“a ".repeat(20_000) + "\n\n" + &"” b ’ c ' ".repeat(20_000);
        let doc = Document::parse(&text);
        let q = pair(&doc);
        assert!(q.len() < 40_000);
    }
}

//! Segmentation: the text split into paragraphs, each paragraph into
//! tokens, the tokens into sentences. One left-to-right pass each; the
//! abbreviations and sentence openers that decide an ambiguous full stop are
//! data (`data/document/`).

use super::{Sentence, Span, Token, TokenKind};
use crate::lexicon::{lists, Words};
use std::ops::Range;

/// Abbreviations whose full stop does not end a sentence ("Gen.", "No.").
static ABBREVIATIONS: Words = Words::new(lists::DOCUMENT_ABBREVIATIONS);
/// Of those, the ones that end a sentence before a typical opener ("etc.").
static OPEN_ABBREVIATIONS: Words = Words::tagged(lists::DOCUMENT_ABBREVIATIONS, "open");
/// AP-style state abbreviations ("Calif."): open-ended like "etc.".
static STATE_ABBREVIATIONS: Words = Words::tagged(lists::DOCUMENT_ABBREVIATIONS, "state");
/// Words that, capitalised after an ambiguous full stop, open a sentence.
static SENTENCE_STARTERS: Words = Words::new(lists::DOCUMENT_SENTENCE_STARTERS);

/// Split into paragraphs: blank lines always; single newlines too (pasted web
/// text puts one paragraph per line), except where a line was merely wrapped
/// (it ends without closing punctuation and the next begins in lower case).
pub(super) fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(Span::new(start, i));
                start = i + 1;
            }
            b'\r' => {
                lines.push(Span::new(start, i));
                if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    lines.push(Span::new(start, text.len()));
    // Unicode line and paragraph separators also end lines.
    let lines: Vec<Span> = lines
        .into_iter()
        .flat_map(|line| split_on_unicode_separators(text, line))
        .collect();

    let mut paragraphs: Vec<Span> = Vec::new();
    let mut previous_blank = true;
    for line in lines {
        let Some(trimmed) = trim_span(text, line) else {
            previous_blank = true;
            continue;
        };
        if !previous_blank {
            if let Some(last) = paragraphs.last_mut() {
                if is_wrapped_continuation(
                    &text[last.start..last.end],
                    &text[trimmed.start..trimmed.end],
                ) {
                    last.end = trimmed.end;
                    continue;
                }
            }
        }
        paragraphs.push(trimmed);
        previous_blank = false;
    }
    paragraphs
}

pub(super) fn split_on_unicode_separators(text: &str, line: Span) -> Vec<Span> {
    let s = &text[line.start..line.end];
    // A byte scan first: each of these characters holds one of these bytes
    // (U+0085 starts with 0xC2, U+2028 and U+2029 with 0xE2), so a line
    // without them has none.
    let maybe = s.bytes().any(|b| matches!(b, 0x0B | 0x0C | 0xC2 | 0xE2));
    if !maybe || !s.contains(['\u{2028}', '\u{2029}', '\u{85}', '\u{0B}', '\u{0C}']) {
        return vec![line];
    }
    let mut out = Vec::new();
    let mut start = line.start;
    for (i, c) in s.char_indices() {
        if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}') {
            out.push(Span::new(start, line.start + i));
            start = line.start + i + c.len_utf8();
        }
    }
    out.push(Span::new(start, line.end));
    out
}

/// A line that continues the previous one rather than starting a paragraph:
/// the previous line stops mid-sentence and this one starts in lower case.
pub(super) fn is_wrapped_continuation(previous: &str, line: &str) -> bool {
    let ends_open = previous
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-' || c == ';');
    let starts_lower = line.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && starts_lower
}

/// The span without surrounding whitespace (including zero-width and BOM
/// characters), or `None` if nothing is left.
pub(super) fn trim_span(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.start..span.end];
    let is_blank = |c: char| c.is_whitespace() || is_invisible(c);
    let trimmed_start = s.trim_start_matches(is_blank);
    let lead = s.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end_matches(is_blank);
    if trimmed.is_empty() {
        None
    } else {
        Some(Span::new(
            span.start + lead,
            span.start + lead + trimmed.len(),
        ))
    }
}

/// Characters that take no room: zero-width spaces and joiners, BOM, soft
/// hyphen, directional marks, other format controls.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}' | '\u{00AD}')
        || (c.is_control() && !c.is_whitespace())
}

/// Characters that open or close a quotation.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '\''
            | '‚'
            | '＂'
            | '〝'
            | '〞'
    )
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether `c` can be part of a word: letters, digits and the combining marks
/// that attach to them.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

pub(super) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{200D}')
}

/// Tokenize one paragraph, appending to `out`. Sentence indices are filled in
/// later by [`split_sentences`].
pub(super) fn tokenize(text: &str, span: Span, paragraph: usize, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| -> Option<char> { chars.get(k).map(|&(_, c)| c) };
    let offset = |k: usize| -> usize { span.start + chars.get(k).map_or(s.len(), |&(i, _)| i) };
    let mut k = 0;
    let mut space_before = true;
    let mut single_quotes = OpenSingleQuote::default();
    while k < n {
        let c = chars[k].1;
        if c.is_whitespace() || is_invisible(c) {
            space_before = true;
            k += 1;
            continue;
        }
        let start = k;
        let kind;
        if is_word_char(c) {
            // A word or number: alphanumerics joined by inner hyphens,
            // apostrophes, dots, commas and slashes where both sides are
            // alphanumeric (commas and slashes only between digits).
            let mut has_alpha = c.is_alphabetic();
            k += 1;
            loop {
                match at(k) {
                    Some(ch) if is_word_char(ch) => {
                        has_alpha |= ch.is_alphabetic();
                        k += 1;
                    }
                    Some(ch)
                        if (is_hyphen(ch) || ch == '.') && at(k + 1).is_some_and(is_word_char) =>
                    {
                        k += 2;
                    }
                    Some(ch)
                        if is_apostrophe(ch)
                            && at(k + 1).is_some_and(|x| x.is_alphabetic())
                            && !is_possessive_s(&chars, k) =>
                    {
                        k += 2;
                    }
                    Some(',' | '/' | ':')
                        if at(k - 1).is_some_and(|x| x.is_ascii_digit())
                            && at(k + 1).is_some_and(|x| x.is_ascii_digit()) =>
                    {
                        // "2,000", "1/3"; "9:30" too (a time, which figures skip)
                        k += 2;
                    }
                    _ => break,
                }
            }
            // A final dot belongs to a dotted abbreviation ("U.S.", "U.N.").
            if at(k) == Some('.') && is_dotted_initialism(&chars[start..k]) {
                k += 1;
            }
            has_alpha |= chars[start..k].iter().any(|&(_, ch)| ch.is_alphabetic());
            kind = if has_alpha {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
        } else if is_apostrophe(c) && is_possessive_s(&chars, k) {
            k += 2;
            kind = TokenKind::Possessive;
        } else if is_apostrophe(c)
            && k > 0
            && matches!(at(k - 1), Some('s' | 'S'))
            && !space_before
            && at(k + 1).is_none_or(|x| !x.is_alphanumeric())
            && looks_like_plural_possessive(&chars, k, &mut single_quotes)
        {
            k += 1;
            kind = TokenKind::Possessive;
        } else if (c == '\'' && at(k + 1) == Some('\'')) || (c == '`' && at(k + 1) == Some('`')) {
            // '' and `` print double quotation marks in some archives.
            k += 2;
            kind = TokenKind::QuoteMark;
        } else if is_quote_char(c) {
            k += 1;
            kind = TokenKind::QuoteMark;
        } else if c == '.' && at(k + 1) == Some('.') && at(k + 2) == Some('.') {
            k += 3;
            kind = TokenKind::Punct;
        } else {
            k += 1;
            kind = TokenKind::Punct;
        }
        out.push(Token {
            span: Span::new(offset(start), offset(k)),
            kind,
            sentence: 0,
            paragraph,
            space_before,
        });
        space_before = false;
    }
}

/// At `chars[k]`, an apostrophe followed by "s" and then a non-letter: the
/// possessive ending "'s" (or the contraction of "is", which we treat alike).
pub(super) fn is_possessive_s(chars: &[(usize, char)], k: usize) -> bool {
    k > 0
        && chars[k - 1].1.is_alphanumeric()
        && matches!(chars.get(k + 1), Some(&(_, 's' | 'S')))
        && chars.get(k + 2).is_none_or(|&(_, c)| !c.is_alphanumeric())
}

/// A lone apostrophe after a plural ("the officers' base"): a possessive
/// unless it closes a single-quoted passage. We call it possessive when the
/// next character is a space followed by a lower-case letter or a capitalised
/// noun; a closing quote is usually followed by punctuation or "he said".
pub(super) fn looks_like_plural_possessive(
    chars: &[(usize, char)],
    k: usize,
    single_quotes: &mut OpenSingleQuote,
) -> bool {
    matches!(chars.get(k + 1), Some(&(_, ' ')))
        && chars.get(k + 2).is_some_and(|&(_, c)| c.is_alphabetic())
        && !single_quotes.open_before(chars, k)
}

/// Whether an opening single quotation mark appears earlier in the paragraph
/// without a closing one, so a trailing apostrophe may close it. The state
/// is carried along the paragraph, one character at a time, so asking at
/// every plural possessive costs nothing more: scanning from the paragraph's
/// start each time was quadratic in a paragraph full of them.
#[derive(Default)]
pub(super) struct OpenSingleQuote {
    /// Characters read so far: `chars[..scanned]`.
    scanned: usize,
    open: bool,
}

impl OpenSingleQuote {
    /// The state before `chars[k]`; `k` must not decrease between calls.
    fn open_before(&mut self, chars: &[(usize, char)], k: usize) -> bool {
        for j in self.scanned..k {
            let c = chars[j].1;
            if c == '‘' {
                self.open = true;
            } else if c == '\'' {
                let prev_space = j == 0 || chars[j - 1].1.is_whitespace();
                let next_alpha = chars.get(j + 1).is_some_and(|&(_, x)| x.is_alphanumeric());
                if prev_space && next_alpha {
                    self.open = true;
                }
            } else if c == '’' && self.open {
                let next_alpha = chars.get(j + 1).is_some_and(|&(_, x)| x.is_alphanumeric());
                let prev_alpha = j > 0 && chars[j - 1].1.is_alphanumeric();
                if !(next_alpha && prev_alpha) {
                    self.open = false;
                }
            }
        }
        self.scanned = self.scanned.max(k);
        self.open
    }
}

/// Single letters joined by dots: "U.S", "U.N", "e.g" (the final dot not yet taken).
pub(super) fn is_dotted_initialism(chars: &[(usize, char)]) -> bool {
    chars.len() >= 3
        && chars.iter().enumerate().all(|(i, &(_, c))| {
            if i % 2 == 0 {
                c.is_alphabetic()
            } else {
                c == '.'
            }
        })
}

/// Split the tokens of one paragraph into sentences.
pub(super) fn split_sentences(
    text: &str,
    tokens: Range<usize>,
    paragraph: usize,
    all: &mut [Token],
    sentences: &mut Vec<Sentence>,
) {
    if tokens.is_empty() {
        return;
    }
    let mut start = tokens.start;
    let mut i = tokens.start;
    // Where the closers after the last terminal ended: a terminal inside
    // that run ("!?!?!? and") has the same run after it, so it is not
    // scanned again (which was quadratic in the length of the run).
    let mut run_end = tokens.start;
    while i < tokens.end {
        let mut end_here = None;
        let t = &all[i];
        let tt = &text[t.span.start..t.span.end];
        let is_terminal = matches!(tt, "." | "!" | "?" | "…" | "..." | "?!" | "!?")
            || (t.kind == TokenKind::Word && tt.ends_with('.') && tt.len() > 1);
        if is_terminal {
            // Take closing quotation marks and brackets that follow directly.
            let mut j = (i + 1).max(run_end);
            while j < tokens.end
                && !all[j].space_before
                && (all[j].kind == TokenKind::QuoteMark
                    || matches!(
                        &text[all[j].span.start..all[j].span.end],
                        ")" | "]" | "!" | "?" | "."
                    ))
            {
                j += 1;
            }
            run_end = j;
            if j >= tokens.end
                || (all[j].space_before && ends_sentence(text, all, tokens.start, i, j))
            {
                end_here = Some(j);
            }
            if let Some(e) = end_here {
                push_sentence(all, sentences, start..e, paragraph);
                start = e;
                i = e;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.end {
        push_sentence(all, sentences, start..tokens.end, paragraph);
    }
}

/// Whether the terminal punctuation at token `i` ends a sentence, given that
/// the next sentence would begin at token `next`.
pub(super) fn ends_sentence(
    text: &str,
    all: &[Token],
    first: usize,
    i: usize,
    next: usize,
) -> bool {
    let tok = |k: usize| &text[all[k].span.start..all[k].span.end];
    let next_text = tok(next);
    let next_first = next_text.chars().next().unwrap_or(' ');
    let next_starts_upper = next_first.is_uppercase()
        || next_first.is_ascii_digit()
        || all[next].kind == TokenKind::QuoteMark
        || matches!(next_first, '(' | '[' | '-' | '—' | '–' | '•' | '*');
    if !next_starts_upper {
        return false;
    }
    let terminal = tok(i);
    if terminal == "!" || terminal == "?" {
        return true;
    }
    // A word token that ends with its own dot ("U.S.") or a word before ".".
    let (word, dotted_inside) = if terminal.ends_with('.') && terminal.len() > 1 {
        (&terminal[..terminal.len() - 1], true)
    } else if terminal == "." && i > first && !all[i].space_before {
        (tok(i - 1), false)
    } else {
        return true;
    };
    if dotted_inside {
        // "U.S." ends a sentence only when a typical sentence opener follows.
        return SENTENCE_STARTERS.contains(next_text);
    }
    if ABBREVIATIONS.contains(word) {
        // "No. 5", "Gen. Smith": not an end. "etc." or "Calif." before "The" is.
        let open_ended = OPEN_ABBREVIATIONS.contains(word) || STATE_ABBREVIATIONS.contains(word);
        return open_ended && SENTENCE_STARTERS.contains(next_text);
    }
    // An initial: "J. K. Rowling". A single capital before a dot, inside a name.
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() && !SENTENCE_STARTERS.contains(next_text) {
            return false;
        }
    }
    // A decimal never reaches here (it is one Number token).
    true
}

pub(super) fn push_sentence(
    all: &mut [Token],
    sentences: &mut Vec<Sentence>,
    range: Range<usize>,
    paragraph: usize,
) {
    let index = sentences.len();
    for t in &mut all[range.clone()] {
        t.sentence = index;
    }
    let span = Span::new(all[range.start].span.start, all[range.end - 1].span.end);
    sentences.push(Sentence {
        span,
        tokens: range,
        paragraph,
    });
}

//! The document layer: paragraphs, sentences and tokens with byte offsets.
//!
//! Every extractor reads the same [`Document`], so the hard questions of
//! segmentation (is this full stop the end of a sentence? is this apostrophe
//! a quotation mark?) are answered once. Offsets here are byte offsets into
//! the input `&str`, always on character boundaries; the conversion to the
//! code points of SPEC.md happens once, in [`crate::offsets`].
//!
//! Everything is a single left-to-right pass or a pass over tokens, so the
//! cost is linear in the length of the text.

use std::ops::Range;

/// A half-open byte range `start..end` into the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or dots
    /// ("Jean-Luc", "O'Brien", "U.S.", "36-year-old", "1.2bn").
    Word,
    /// Digits with optional inner separators ("2,000", "1.5", "10-20", "1/3").
    Number,
    /// A quotation mark of any style, including `''` printed as one mark.
    QuoteMark,
    /// A possessive ending split off its word ("'s", "’s", or a lone "’" after "s").
    Possessive,
    /// Any other single non-space character: punctuation, symbols, currency.
    Punct,
}

/// One token: its byte span and where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Index of the sentence holding this token.
    pub sentence: usize,
    /// Index of the paragraph holding this token.
    pub paragraph: usize,
    /// Whether whitespace separates this token from the one before.
    pub space_before: bool,
}

/// A sentence: its span and the range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A paragraph: its span and the ranges of its sentences and tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Range<usize>,
    pub tokens: Range<usize>,
}

/// The segmented text every extractor reads.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Every token's text in lower case, one after another: each token is
    /// lowered once here, so the layers compare words without allocating.
    lowered: String,
    /// Where each token's lower-case text lies in `lowered`.
    lower_spans: Vec<Span>,
    /// Per sentence: its first token that is not a quotation mark or
    /// punctuation (its end if none is), for [`Document::is_sentence_initial`].
    first_words: Vec<usize>,
    /// Per sentence: written in Title Case (a headline, a menu, a byline),
    /// for [`Document::in_title_case`].
    title_case: Vec<bool>,
}

/// Abbreviations whose full stop does not end a sentence (compared without
/// the dot, case-sensitively: "No." before a number, not "no.").
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
    "Pvt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Mt", "Ft", "Hon",
    "Pres", "Supt", "Insp", "Det", "Amb", "Sec", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "approx", "est", "Ave", "Blvd",
    "Rd", "Univ", "Dept", "Corp", "Co", "Bros", "Messrs", "Mme", "Mlle", "Ph", "al", "cf", "e.g",
    "i.e", "p", "pp", "para", "Art", "Fig", "Vol", "Ch", "Ex", "Rs",
];

/// AP-style US state abbreviations ("Vacaville, Calif. (AP)"): like "etc.",
/// they end a sentence only before a typical sentence opener.
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
];

/// Words that, capitalised after an ambiguous full stop ("the U.S. The ..."),
/// show that a new sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "Some",
    "Many",
    "Most",
    "Meanwhile",
    "However",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Last",
    "Earlier",
    "Later",
    "Officials",
    "According",
];

impl<'a> Document<'a> {
    /// Segment `text` into paragraphs, sentences and tokens.
    ///
    /// ```
    /// let doc = sidenote::document::Document::parse("Mr. Smith left.\n\nHe said so.");
    /// assert_eq!(doc.paragraphs.len(), 2);
    /// assert_eq!(doc.sentences.len(), 2);
    /// ```
    pub fn parse(text: &'a str) -> Document<'a> {
        let paragraph_spans = split_paragraphs(text);
        let mut doc = Document {
            text,
            paragraphs: Vec::with_capacity(paragraph_spans.len()),
            sentences: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5),
            lowered: String::new(),
            lower_spans: Vec::new(),
            first_words: Vec::new(),
            title_case: Vec::new(),
        };
        for (p, span) in paragraph_spans.into_iter().enumerate() {
            let first_token = doc.tokens.len();
            tokenize(text, span, p, &mut doc.tokens);
            let token_range = first_token..doc.tokens.len();
            let first_sentence = doc.sentences.len();
            split_sentences(
                text,
                token_range.clone(),
                p,
                &mut doc.tokens,
                &mut doc.sentences,
            );
            doc.paragraphs.push(Paragraph {
                span,
                sentences: first_sentence..doc.sentences.len(),
                tokens: token_range,
            });
        }
        doc.lower_tokens();
        doc.first_words = doc
            .sentences
            .iter()
            .map(|s| {
                let mut range = s.tokens.clone();
                let word = |&j: &usize| {
                    !matches!(doc.tokens[j].kind, TokenKind::QuoteMark | TokenKind::Punct)
                };
                range.find(word).unwrap_or(s.tokens.end)
            })
            .collect();
        doc.title_case = (0..doc.sentences.len())
            .map(|s| doc.title_case_sentence(s))
            .collect();
        doc
    }

    /// Fill in the lower-case text of every token, as `str::to_lowercase`
    /// gives it (ASCII, nearly every token, without an allocation).
    fn lower_tokens(&mut self) {
        let text = self.text;
        self.lowered.reserve(text.len());
        self.lower_spans.reserve(self.tokens.len());
        for t in &self.tokens {
            let word = &text[t.span.start..t.span.end];
            let start = self.lowered.len();
            if word.is_ascii() {
                self.lowered.push_str(word);
                self.lowered[start..].make_ascii_lowercase();
            } else {
                self.lowered.push_str(&word.to_lowercase());
            }
            self.lower_spans.push(Span::new(start, self.lowered.len()));
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        self.slice(self.tokens[i].span)
    }

    /// The text of token `i` in lower case.
    pub fn lower(&self, i: usize) -> &str {
        let span = self.lower_spans[i];
        &self.lowered[span.start..span.end]
    }

    /// Whether token `i` is the first of its sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let s = self.tokens[i].sentence;
        self.sentences[s].tokens.start == i
    }

    /// Whether token `i` is the first word of its sentence, looking past
    /// opening quotation marks and brackets.
    pub fn is_sentence_initial(&self, i: usize) -> bool {
        // No word before `i` in its sentence: `i` is at or before the first.
        i <= self.first_words[self.tokens[i].sentence]
    }

    /// The index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The tokens of the sentence holding token `i` (empty past the end).
    ///
    /// ```
    /// let doc = sidenote::document::Document::parse("He left. She stayed.");
    /// assert_eq!(doc.sentence_tokens(4), 3..6);
    /// ```
    pub fn sentence_tokens(&self, i: usize) -> Range<usize> {
        let sentence = self
            .tokens
            .get(i)
            .and_then(|t| self.sentences.get(t.sentence));
        sentence.map_or(self.tokens.len()..self.tokens.len(), |s| s.tokens.clone())
    }

    /// Whether the sentence holding token `i` is written in Title Case, where
    /// capitals do not mark names: of its words of four letters or more that
    /// start with a letter, at least three, and three in four capitalised
    /// ("Port Workers Strike Over Pay"). Decided once per sentence.
    ///
    /// ```
    /// let doc = sidenote::document::Document::parse("Harbour Workers Strike Over Pay\n\nThe workers went home.");
    /// assert!(doc.in_title_case(0));
    /// assert!(!doc.in_title_case(6));
    /// ```
    pub fn in_title_case(&self, i: usize) -> bool {
        let sentence = self.tokens.get(i).map(|t| t.sentence);
        sentence.and_then(|s| self.title_case.get(s)) == Some(&true)
    }

    fn title_case_sentence(&self, s: usize) -> bool {
        let long_words = self.sentences[s].tokens.clone().filter(|&t| {
            let text = self.token_text(t);
            self.tokens[t].kind == TokenKind::Word
                && text.chars().count() >= 4
                && text.starts_with(char::is_alphabetic)
        });
        let (words, caps) = long_words.fold((0, 0), |(w, c), t| {
            let capitalised = self.token_text(t).starts_with(char::is_uppercase);
            (w + 1, c + usize::from(capitalised))
        });
        words >= 3 && caps * 4 >= words * 3
    }
}

/// Split into paragraphs: blank lines always; single newlines too (pasted web
/// text puts one paragraph per line), except where a line was merely wrapped
/// (it ends without closing punctuation and the next begins in lower case).
fn split_paragraphs(text: &str) -> Vec<Span> {
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

fn split_on_unicode_separators(text: &str, line: Span) -> Vec<Span> {
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
fn is_wrapped_continuation(previous: &str, line: &str) -> bool {
    let ends_open = previous
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-' || c == ';');
    let starts_lower = line.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && starts_lower
}

/// The span without surrounding whitespace (including zero-width and BOM
/// characters), or `None` if nothing is left.
fn trim_span(text: &str, span: Span) -> Option<Span> {
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

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether `c` can be part of a word: letters, digits and the combining marks
/// that attach to them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{200D}')
}

/// Tokenize one paragraph, appending to `out`. Sentence indices are filled in
/// later by [`split_sentences`].
fn tokenize(text: &str, span: Span, paragraph: usize, out: &mut Vec<Token>) {
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
fn is_possessive_s(chars: &[(usize, char)], k: usize) -> bool {
    k > 0
        && chars[k - 1].1.is_alphanumeric()
        && matches!(chars.get(k + 1), Some(&(_, 's' | 'S')))
        && chars.get(k + 2).is_none_or(|&(_, c)| !c.is_alphanumeric())
}

/// A lone apostrophe after a plural ("the officers' base"): a possessive
/// unless it closes a single-quoted passage. We call it possessive when the
/// next character is a space followed by a lower-case letter or a capitalised
/// noun; a closing quote is usually followed by punctuation or "he said".
fn looks_like_plural_possessive(
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
struct OpenSingleQuote {
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
fn is_dotted_initialism(chars: &[(usize, char)]) -> bool {
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
fn split_sentences(
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
fn ends_sentence(text: &str, all: &[Token], first: usize, i: usize, next: usize) -> bool {
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
        return SENTENCE_STARTERS.contains(&next_text);
    }
    if ABBREVIATIONS.contains(&word) || STATE_ABBREVIATIONS.contains(&word) {
        // "No. 5", "Gen. Smith": not an end. "etc." or "Calif." before "The" is.
        let open_ended =
            matches!(word, "etc" | "est" | "approx") || STATE_ABBREVIATIONS.contains(&word);
        return open_ended && SENTENCE_STARTERS.contains(&next_text);
    }
    // An initial: "J. K. Rowling". A single capital before a dot, inside a name.
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() && !SENTENCE_STARTERS.contains(&next_text) {
            return false;
        }
    }
    // A decimal never reaches here (it is one Number token).
    true
}

fn push_sentence(
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

/// Call `f` with `word` in lower case, as `str::to_lowercase` gives it, on
/// the stack when the word is short ASCII (nearly every word), so the
/// lookups asked of every token allocate nothing.
pub fn with_lower_case<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buffer = [0u8; 24];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // ASCII in, ASCII out: always valid UTF-8.
            f(std::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        doc.sentences.iter().map(|s| doc.slice(s.span)).collect()
    }

    #[test]
    fn words_keep_inner_hyphens_apostrophes_and_dots() {
        assert_eq!(
            tokens("Jean-Luc O'Brien met U.S. and U.N. staff, a 36-year-old."),
            [
                "Jean-Luc",
                "O'Brien",
                "met",
                "U.S.",
                "and",
                "U.N.",
                "staff",
                ",",
                "a",
                "36-year-old",
                "."
            ]
        );
    }

    #[test]
    fn each_token_is_lowered_once_as_to_lowercase_would() {
        let doc = Document::parse("Mr. ÉCOLE İstanbul ΟΔΟΣ don’t U.S. 4.5M");
        for i in 0..doc.tokens.len() {
            assert_eq!(doc.lower(i), doc.token_text(i).to_lowercase());
        }
        assert_eq!(doc.lower(2), "école");
    }

    #[test]
    fn sentence_initial_looks_past_quotation_marks_and_brackets() {
        let doc = Document::parse("“(Why?” she asked. He left.");
        let initial: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.is_sentence_initial(i))
            .map(|i| doc.token_text(i))
            .collect();
        assert_eq!(initial, ["“", "(", "Why", "He"]);
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(tokens("Russia’s army"), ["Russia", "’s", "army"]);
        assert_eq!(tokens("Iran's drones"), ["Iran", "'s", "drones"]);
        assert_eq!(
            tokens("the officers' base"),
            ["the", "officers", "'", "base"]
        );
        let doc = Document::parse("the officers' base");
        assert_eq!(doc.tokens[2].kind, TokenKind::Possessive);
    }

    #[test]
    fn contractions_stay_whole() {
        assert_eq!(tokens("don't can’t"), ["don't", "can’t"]);
    }

    #[test]
    fn numbers_keep_separators() {
        let doc = Document::parse("nearly 2,000 drones, 1.5 tonnes, 10-20 km, 1/3 of $4.5m");
        let texts: Vec<_> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
        assert_eq!(
            texts,
            [
                "nearly", "2,000", "drones", ",", "1.5", "tonnes", ",", "10-20", "km", ",", "1/3",
                "of", "$", "4.5m"
            ]
        );
        assert_eq!(doc.tokens[1].kind, TokenKind::Number);
        assert_eq!(doc.tokens[13].kind, TokenKind::Word);
    }

    #[test]
    fn quote_marks_are_tokens() {
        let doc = Document::parse("He said: “Go.” ''Fine,'' she said, \"ok\".");
        let marks: Vec<_> = doc
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::QuoteMark)
            .map(|t| doc.slice(t.span))
            .collect();
        assert_eq!(marks, ["“", "”", "''", "''", "\"", "\""]);
        let doc = Document::parse("``Fine,'' she said.");
        assert_eq!(doc.token_text(0), "``");
        assert_eq!(doc.tokens[0].kind, TokenKind::QuoteMark);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Gen. Jones in Sept. last year. They talked."),
            [
                "Mr. Smith met Gen. Jones in Sept. last year.",
                "They talked."
            ]
        );
    }

    #[test]
    fn dotted_initialisms_end_sentences_only_before_openers() {
        assert_eq!(
            sentences("He flew to the U.S. The trip was short. The U.S. Army agreed."),
            [
                "He flew to the U.S.",
                "The trip was short.",
                "The U.S. Army agreed."
            ]
        );
    }

    #[test]
    fn state_abbreviations_end_sentences_only_before_openers() {
        assert_eq!(
            sentences("FAIRVIEW, Calif. (AP) — Crews worked. She moved to Ore. The rain came."),
            [
                "FAIRVIEW, Calif. (AP) — Crews worked.",
                "She moved to Ore.",
                "The rain came."
            ]
        );
    }

    #[test]
    fn initials_and_decimals_stay_inside() {
        assert_eq!(
            sentences("J. K. Rowling earned 1.5 million. Then she left."),
            ["J. K. Rowling earned 1.5 million.", "Then she left."]
        );
    }

    #[test]
    fn quotes_that_end_sentences_are_taken_along() {
        assert_eq!(
            sentences("He said: “We will win.” Then he left. “Why?” she asked."),
            [
                "He said: “We will win.”",
                "Then he left.",
                "“Why?” she asked."
            ]
        );
    }

    #[test]
    fn ellipsis_before_lower_case_continues() {
        assert_eq!(
            sentences("We waited... and waited. Nothing."),
            ["We waited... and waited.", "Nothing."]
        );
    }

    #[test]
    fn paragraphs_split_on_blank_and_single_newlines() {
        let doc = Document::parse("Headline here\nFirst paragraph.\n\n\nSecond one.\r\nThird.");
        let paras: Vec<_> = doc.paragraphs.iter().map(|p| doc.slice(p.span)).collect();
        assert_eq!(
            paras,
            ["Headline here", "First paragraph.", "Second one.", "Third."]
        );
    }

    #[test]
    fn wrapped_lines_join_their_paragraph() {
        let doc = Document::parse("The minister said the plan\nwould go ahead.\nA new paragraph.");
        let paras: Vec<_> = doc.paragraphs.iter().map(|p| doc.slice(p.span)).collect();
        assert_eq!(
            paras,
            [
                "The minister said the plan\nwould go ahead.",
                "A new paragraph."
            ]
        );
    }

    #[test]
    fn empty_and_blank_input() {
        assert!(Document::parse("").tokens.is_empty());
        assert!(Document::parse("  \n\u{200B}\n\t").paragraphs.is_empty());
    }

    #[test]
    fn odd_unicode_keeps_char_boundaries() {
        let text = "Zoë 🇺🇦 e\u{301}te ملف 東京 \u{200D}x\u{0007}";
        let doc = Document::parse(text);
        for t in &doc.tokens {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        assert!(tokens(text).contains(&"e\u{301}te"));
    }
}

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

mod segment;
mod shape;

pub use segment::{is_invisible, is_quote_char};
use segment::{split_paragraphs, split_sentences, tokenize};
pub use shape::{is_acronym, is_capitalised, is_function_word, letter_count};
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
    /// Per sentence: a headline line, for [`Document::is_headline`].
    headline: Vec<bool>,
    /// Per paragraph: short and unpunctuated, for
    /// [`Document::is_headline_paragraph`].
    headline_paragraphs: Vec<bool>,
}

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
            headline: Vec::new(),
            headline_paragraphs: Vec::new(),
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
        doc.headline = (0..doc.sentences.len())
            .map(|s| doc.headline_sentence(s))
            .collect();
        doc.headline_paragraphs = (0..doc.paragraphs.len())
            .map(|p| doc.headline_paragraph(p))
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

    /// Whether token `i` exists and is a word (not a number, a mark or
    /// punctuation): the question every layer's context asks first.
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether tokens `i` and `j` lie in one sentence.
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        self.tokens[i].sentence == self.tokens[j].sentence
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

    /// Whether sentence `s` is a headline line: a headline, a menu, a
    /// byline, a sentence in capitals, where capitals prove nothing.
    /// Decided once per sentence; the entity layer reads only names it
    /// already knows there.
    ///
    /// ```
    /// let doc = sidenote::document::Document::parse("Harbour Workers Strike Over Pay\n\nThe workers went home.");
    /// assert!(doc.is_headline(0));
    /// assert!(!doc.is_headline(1));
    /// ```
    pub fn is_headline(&self, s: usize) -> bool {
        self.headline.get(s) == Some(&true)
    }

    /// Whether paragraph `p` reads as a headline by its punctuation: short
    /// (under 25 tokens) and ending, past its closing quotation marks,
    /// without a sentence's punctuation. The quote layer's test (a quote
    /// there is a title's, not something said); looser than
    /// [`Document::is_headline`], which weighs capitals, and kept apart
    /// from it because the two differ on real articles.
    pub fn is_headline_paragraph(&self, p: usize) -> bool {
        self.headline_paragraphs.get(p) == Some(&true)
    }

    fn headline_paragraph(&self, p: usize) -> bool {
        let paragraph = &self.paragraphs[p];
        paragraph.tokens.len() < 25 && !paragraph.tokens.is_empty() && {
            let mut k = paragraph.tokens.end - 1;
            while k > paragraph.tokens.start && self.tokens[k].kind == TokenKind::QuoteMark {
                k -= 1;
            }
            !matches!(
                self.token_text(k),
                "." | "!" | "?" | "…" | "..." | ":" | ";"
            ) && !self.token_text(k).ends_with('.')
        }
    }

    /// Whether token `i` lies in a headline line ([`Document::is_headline`]).
    pub fn in_headline(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| self.is_headline(t.sentence))
    }

    fn headline_sentence(&self, s: usize) -> bool {
        let doc = self;
        let range = doc.sentences[s].tokens.clone();
        let mut words = 0;
        let mut capitals = 0;
        // lower-case words that are not mere function words: "met", "said"
        let mut lower_content = 0;
        for i in range {
            let w = doc.token_text(i);
            if doc.tokens[i].kind != TokenKind::Word {
                continue;
            }
            let letters = letter_count(w);
            if letters >= 4 {
                words += 1;
                if is_capitalised(w) {
                    capitals += 1;
                }
            }
            if letters >= 3 && !is_capitalised(w) && !is_function_word(w) {
                lower_content += 1;
            }
        }
        let shouted = (doc.sentences[s].tokens.clone())
            .filter(|&i| {
                let w = doc.token_text(i);
                // (in ASCII, as most words are, its length in bytes is its length)
                doc.tokens[i].kind == TokenKind::Word
                    && w.len() >= 4
                    && (w.is_ascii() || w.chars().count() >= 4)
            })
            .filter(|&i| is_acronym(doc.token_text(i)))
            .count();
        if words >= 3 && shouted * 5 >= words * 4 {
            return true; // a sentence in capitals
        }
        let last = doc.token_text(doc.sentences[s].tokens.end - 1);
        let unfinished = !matches!(last, "." | "!" | "?" | "”" | "\"" | "’" | ":");
        let alone = doc.paragraphs[doc.sentences[s].paragraph].sentences.len() == 1;
        // A body sentence dense with names still has a verb in lower case.
        capitals >= 2
            && ((unfinished && capitals * 5 >= words * 4) || (alone && lower_content == 0))
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

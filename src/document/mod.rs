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
    /// Per sentence: the headline line it is, if any, for
    /// [`Document::headline`]; the one answer every layer and the view read.
    headline: Vec<Option<Headline>>,
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
            headline: Vec::new(),
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
        let title_line = doc.is_title_line();
        doc.headline = (0..doc.sentences.len())
            .map(|s| {
                if doc.in_capitals(s) {
                    Some(Headline::Capitals)
                } else {
                    (title_line && doc.sentences[s].paragraph == 0).then_some(Headline::Title)
                }
            })
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

    /// Which headline line sentence `s` is, if it is one: the article's
    /// title, or a line where capitals prove nothing (a headline in Title
    /// Case, a menu, a byline, a sentence in capitals). Decided once per
    /// sentence, here, for every layer and the view:
    /// - the quote layer takes a passage in any headline line that does
    ///   not end a sentence for a title's words, and the reading view shows
    ///   the first paragraph as the headline when it is one;
    /// - where capitals prove nothing ([`Headline::Capitals`]) the entity
    ///   layer reads only names it already knows and the figure layer takes
    ///   no capital for a name; a title in sentence case keeps its names.
    ///
    /// ```
    /// use sidenote::document::{Document, Headline};
    /// let doc = Document::parse("Harbour Workers Strike Over Pay\n\nThe workers went home.");
    /// assert_eq!(doc.headline(0), Some(Headline::Capitals));
    /// assert_eq!(doc.headline(1), None);
    /// let doc = Document::parse("Workers strike over pay in Velmora\n\nThe workers went home.");
    /// assert_eq!(doc.headline(0), Some(Headline::Title));
    /// ```
    pub fn headline(&self, s: usize) -> Option<Headline> {
        self.headline.get(s).copied().flatten()
    }

    /// Which headline line token `i` lies in, if any ([`Document::headline`]).
    pub fn headline_at(&self, i: usize) -> Option<Headline> {
        self.tokens.get(i).and_then(|t| self.headline(t.sentence))
    }

    /// Whether sentence `s` is a headline line of either kind
    /// ([`Document::headline`]).
    pub fn is_headline(&self, s: usize) -> bool {
        self.headline(s).is_some()
    }

    /// Whether every sentence of paragraph `p` is a headline line
    /// ([`Document::is_headline`]): what the reading view asks of the first.
    pub fn is_headline_paragraph(&self, p: usize) -> bool {
        self.paragraphs.get(p).is_some_and(|paragraph| {
            !paragraph.sentences.is_empty()
                && paragraph.sentences.clone().all(|s| self.is_headline(s))
        })
    }

    /// Whether the first paragraph is the article's title: the first of
    /// several, of at most 16 words, not ending as a sentence or a quote
    /// does ("." "!" "?" "”" ":"), in any case ("Council votes to close the
    /// old bridge").
    fn is_title_line(&self) -> bool {
        let Some(first) = self.paragraphs.first() else {
            return false;
        };
        let text = self.slice(first.span);
        self.paragraphs.len() > 1
            && text.split_whitespace().nth(TITLE_WORDS).is_none()
            && !text.trim_end().ends_with(['.', '!', '?', '"', '”', ':'])
    }

    /// Whether sentence `s` is written so that its capitals prove nothing:
    /// in capitals, or capitalised word after word (Title Case) where it is
    /// unfinished or alone in its paragraph with no word in lower case.
    fn in_capitals(&self, s: usize) -> bool {
        let doc = self;
        let range = doc.sentences[s].tokens.clone();
        let mut words = 0;
        let mut capitals = 0;
        // words in lower case that are not mere function words: "met",
        // "said" (a word led by a digit, "4-Word", is in neither case)
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
            if letters >= 3 && w.starts_with(char::is_lowercase) && !is_function_word(w) {
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
}

/// The most words the article's title has ([`Document::headline`]).
const TITLE_WORDS: usize = 16;

/// The kind of a headline line ([`Document::headline`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headline {
    /// The article's title in sentence case: the first of several
    /// paragraphs, short and not closed as a sentence ("Council votes to
    /// close the old bridge"). Its capitals still mark names.
    Title,
    /// A line in capitals, or capitalised word after word (a headline in
    /// Title Case, a menu, a byline): its capitals prove nothing.
    Capitals,
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
    fn headline_lines_are_decided_once_per_sentence() {
        use Headline::{Capitals, Title};
        let body = "\n\nThe crews went home.";
        // (first paragraph, several paragraphs, its first sentence's line)
        let cases = [
            ("Ferry crews strike over pay in Velmora", true, Some(Title)),
            ("Ferry crews strike over pay in Velmora", false, None),
            ("Ferry Crews Strike Over Pay In Velmora", false, Some(Capitals)),
            ("FERRY CREWS STRIKE OVER PAY", false, Some(Capitals)),
            ("Ferry crews struck over pay on Tuesday.", true, None),
            ("“We will not sail,” said Ilse Marrow:", true, None),
            // closed by a full stop, alone and with no word in lower case
            ("Velmora Gov. Backs Ferry Crews, Issues 3-Day Warning.", true, Some(Capitals)),
            (
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
                true,
                None,
            ),
        ];
        for (first, several, line) in cases {
            let text = if several {
                format!("{first}{body}")
            } else {
                first.to_string()
            };
            let doc = Document::parse(&text);
            assert_eq!(doc.headline(0), line, "{first}");
            assert_eq!(doc.headline_at(0), line, "{first}");
            assert_eq!(doc.is_headline_paragraph(0), line.is_some(), "{first}");
            if several {
                assert_eq!(doc.headline(doc.sentences.len() - 1), None, "{first}");
            }
        }
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

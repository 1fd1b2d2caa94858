//! Which paragraph the reading view shows as the article's headline.
//!
//! The view decides it from the text alone: the first of several
//! paragraphs, short, and not closed like a sentence. This is the one rule;
//! `layout` asks it for every paragraph.

/// The most words a headline has.
const HEADLINE_WORDS: usize = 16;

/// Whether paragraph `index` of `count`, whose text is `text`, is a
/// headline: the first of several paragraphs, of at most 16 words, that does
/// not end as a sentence or a quote does ("." "!" "?" "”" ":").
pub fn is_heading(index: usize, count: usize, text: &str) -> bool {
    index == 0
        && count > 1
        && text.split_whitespace().count() <= HEADLINE_WORDS
        && !text.trim_end().ends_with(['.', '!', '?', '"', '”', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_first_paragraph_without_a_full_stop_is_the_headline() {
        let cases = [
            (0, 3, "Council votes to close the old bridge", true),
            (1, 3, "Council votes to close the old bridge", false),
            (0, 1, "Council votes to close the old bridge", false),
            (0, 3, "The council voted on Tuesday to close the bridge.", false),
            (0, 3, "“We will rebuild,” she said:", false),
            (0, 3, "Bridge closes ”", false),
            (
                0,
                3,
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
                false,
            ),
        ];
        for (index, count, text, heading) in cases {
            assert_eq!(is_heading(index, count, text), heading, "{text}");
        }
    }
}

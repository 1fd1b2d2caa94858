//! Which paragraph the reading view shows as the article's headline.
//!
//! The document decides what a headline line is, once, for the core's
//! layers and for the view ([`Document::headline`]): the view shows the
//! first paragraph as the headline when the document reads it as one.
//! `layout` asks for the first paragraph only.

use crate::document::Document;

/// Whether the first of `count` paragraphs is the headline, given the text
/// from its start to the end of the second (`opening`): enough for the
/// document to decide, without parsing the whole article on the page's
/// thread. Each sentence of it must be a headline line, and an article must
/// follow it.
pub fn is_heading(count: usize, opening: &str) -> bool {
    count > 1 && Document::parse(opening).is_headline_paragraph(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_paragraph_the_document_reads_as_a_headline_is_the_headline() {
        let body = "\n\nThe council voted on Tuesday.";
        let cases = [
            (3, "Council votes to close the old bridge", true),
            (1, "Council votes to close the old bridge", false),
            (3, "The council voted on Tuesday to close the bridge.", false),
            (3, "“We will rebuild,” she said:", false),
            (3, "Bridge closes ”", false),
            (
                3,
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
                false,
            ),
            // Title Case closed by a full stop is still a headline line.
            (3, "Harbour Workers Strike Over Pay In Velmora.", true),
        ];
        for (count, first, heading) in cases {
            let opening = if count > 1 {
                format!("{first}{body}")
            } else {
                first.to_string()
            };
            assert_eq!(is_heading(count, &opening), heading, "{first}");
        }
    }
}

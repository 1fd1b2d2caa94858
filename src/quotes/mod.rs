//! The quote layer: what people said, in their words, and who said it.
//!
//! Four steps:
//! 1. `marks.rs` pairs quotation marks into passages: every style of mark,
//!    apostrophes told apart, nesting (the outer quote is the one reported),
//!    quotes running over paragraphs, and recovery from a lost closing mark.
//! 2. `speaker/` finds the cue (a reporting verb, "according to") in the
//!    sentence around each passage and the subject it names; `resolve.rs`
//!    turns pronouns and descriptions into entities of the entity layer.
//! 3. This module decides which passages are quotes and which are quoted
//!    terms (a “falcon hunting” competition, a headline's ‘Aerial Terror’),
//!    and carries a speaker on to the quotes that follow without a cue of
//!    their own, as news writing does.
//! 4. `reported/` finds reported speech; a quote inside a report then takes
//!    the report's source where it has no speaker of its own or its cue
//!    stands inside the report ("Ruiz said voters will say “no”").
//!
//! The entity layer is read only through [`EntityCluster`]'s public fields
//! (kind, name, descriptors, mentions, gender): a speaker can only be an
//! entity it found, so missed names show up here as quotes with no speaker.

mod lexicon;
mod marks;
pub mod reported;
mod resolve;
mod speaker;

use rustc_hash::FxHashMap;

use crate::document::{Document, Span, TokenKind};
use crate::entities::EntityCluster;
use marks::QuotedPassage;
pub use reported::FoundAttribution;
use speaker::{Attribution, Attributor, Placement, Speaker};

/// A quote found in the text, in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The words inside the marks, marks excluded.
    pub span: Span,
    /// Index into the entity list.
    pub speaker: Option<usize>,
    /// Words naming a speaker who is not a named entity ("a spokesman").
    pub speaker_text: Option<String>,
    /// The verb or phrase that attributes the quote, as written.
    pub cue: Option<String>,
    /// Where that cue starts, in bytes.
    pub cue_start: Option<usize>,
}

/// The last quote accepted, for the quotes after it.
struct Previous {
    /// Its closing mark, or last token when it was left open.
    end: usize,
    attribution: Option<Attribution>,
    speaker: Speaker,
}

/// Quotes and reported speech, found together: reported speech reads the
/// quotes (is content wholly quoted, or partly?) and the same cues.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Statements {
    pub quotes: Vec<FoundQuote>,
    pub attributions: Vec<FoundAttribution>,
}

/// Find the quotes of a document and their speakers.
pub fn find(doc: &Document, entities: &[EntityCluster]) -> Vec<FoundQuote> {
    let passages = marks::pair(doc);
    let attributor = Attributor::new(doc, entities, &passages);
    find_quotes(doc, &attributor, &passages).0
}

/// Find the quotes of a document, then its reported speech, with their
/// speakers.
pub fn find_statements(doc: &Document, entities: &[EntityCluster]) -> Statements {
    let passages = marks::pair(doc);
    let attributor = Attributor::new(doc, entities, &passages);
    let (mut quotes, terms) = find_quotes(doc, &attributor, &passages);
    let mut attributions = reported::find(&attributor, &quotes);
    drop_quote_frames(doc, &quotes, &mut attributions);
    speakers_from_reports(&mut quotes, &attributions);
    partial_quotes_in_reports(&terms, &mut attributions, &mut quotes);
    Statements {
        quotes,
        attributions,
    }
}

/// The quotes, then the passages taken for quoted terms outside headlines
/// (both sorted), for [`partial_quotes_in_reports`].
fn find_quotes(
    doc: &Document,
    attributor: &Attributor,
    passages: &[QuotedPassage],
) -> (Vec<FoundQuote>, Vec<Span>) {
    let mut out = Vec::new();
    let mut terms = Vec::new();
    let mut previous: Option<Previous> = None;
    let mut headline_terms: Vec<Span> = Vec::new();
    for (i, p) in passages.iter().enumerate() {
        let previous_end = i
            .checked_sub(1)
            .map(|j| passages[j].close.unwrap_or(passages[j].last));
        let next_open = passages.get(i + 1).map(|n| n.open);
        let attribution = attribution_of(
            doc,
            attributor,
            p,
            previous_end,
            next_open,
            previous.as_ref(),
        );
        // "Lopez: Bridge Plan ‘Dead in the Water’": a headline's words of
        // the speaker it names before the colon, however short.
        let headline_cue = attribution
            .is_none()
            .then(|| attributor.headline_cue(p))
            .flatten();
        let headline_speaker = attribution
            .is_none()
            .then(|| attributor.headline_colon_speaker(p))
            .flatten()
            .or_else(|| headline_cue.as_ref().map(|(_, s)| s.clone()));
        // “…,” she says. It's “…”: a short sentence quoted right after a
        // quote of the same paragraph goes on with it.
        let shape = Shape::of(doc, p);
        let goes_on = previous.as_ref().is_some_and(|q| {
            doc.tokens[q.end].paragraph == doc.tokens[p.open].paragraph
                && p.open <= q.end + 12
                && shape.ends_sentence
                && shape.words >= 2
                && !shape.in_headline
        });
        if headline_speaker.is_none()
            && !(attribution.is_none() && goes_on)
            && !is_quote(doc, p, &shape, attribution.as_ref())
        {
            let span = Span::new(doc.tokens[p.first].span.start, doc.tokens[p.last].span.end);
            if shape.in_headline {
                headline_terms.push(span);
            } else if !marked_as_term(doc, p) {
                terms.push(span);
            }
            continue;
        }
        let (speaker, cue, cue_start) = match &attribution {
            Some(a) => (
                a.speaker.clone(),
                Some(attributor.cue_text(a.cue)),
                Some(doc.tokens[a.cue.token].span.start),
            ),
            None => (
                headline_speaker
                    .unwrap_or_else(|| uncued_speaker(doc, attributor, p, previous.as_ref())),
                headline_cue
                    .as_ref()
                    .map(|(cue, _)| attributor.cue_text(*cue)),
                headline_cue.map(|(cue, _)| doc.tokens[cue.token].span.start),
            ),
        };
        let span = Span::new(doc.tokens[p.first].span.start, doc.tokens[p.last].span.end);
        out.push(FoundQuote {
            span,
            speaker: speaker.entity,
            speaker_text: speaker.text.clone(),
            cue,
            cue_start,
        });
        previous = Some(Previous {
            end: p.close.unwrap_or(p.last),
            attribution,
            speaker,
        });
    }
    headline_quotes(doc, &headline_terms, &mut out);
    (out, terms)
}

/// The report among `reports` (sorted, disjoint) that holds `span`, for
/// spans asked in order: `k` is where the last search stopped, so a walk
/// over all spans is one pass over the reports.
fn report_holding(reports: &[FoundAttribution], k: &mut usize, span: Span) -> Option<usize> {
    while *k < reports.len() && reports[*k].span.end < span.end {
        *k += 1;
    }
    let a = reports.get(*k)?;
    (a.span.start <= span.start && span.end <= a.span.end).then_some(*k)
}

/// A few words quoted inside reported speech are the source's own words, a
/// partial quote (SPEC.md): "Vance said the plan was “dead” and would stay
/// so", "her claim that the rules were “rigged”". Each quoted term inside a
/// report with a source becomes a quote of that source, and the report is
/// mixed. All three lists are sorted and the reports disjoint: one pass.
fn partial_quotes_in_reports(
    terms: &[Span],
    attributions: &mut [FoundAttribution],
    quotes: &mut Vec<FoundQuote>,
) {
    let mut added = Vec::new();
    let mut k = 0;
    for &term in terms {
        let Some(i) = report_holding(attributions, &mut k, term) else {
            continue;
        };
        let a = &mut attributions[i];
        if a.speaker.is_none() {
            continue;
        }
        a.kind = crate::model::AttributionKind::Mixed;
        added.push(FoundQuote {
            span: term,
            speaker: a.speaker,
            speaker_text: a.speaker_text.clone(),
            cue: a.cue.clone(),
            cue_start: None,
        });
    }
    if !added.is_empty() {
        quotes.extend(added);
        quotes.sort_by_key(|q| q.span.start);
    }
}

/// Reported speech read before a cue that holds a quote together with the
/// cue that opens the quote ("shouted, “…”") is that quote's frame, not
/// something said: in "When someone shouted, “Cruz,” Beck joked", Beck
/// reports nothing. Both lists are sorted: one pass.
fn drop_quote_frames(
    doc: &Document,
    quotes: &[FoundQuote],
    attributions: &mut Vec<FoundAttribution>,
) {
    let opens = |q: &FoundQuote, c: usize| {
        doc.text[c..q.span.start]
            .trim_start_matches(char::is_alphabetic)
            .chars()
            .all(|ch| ch.is_whitespace() || matches!(ch, ',' | ':' | '“' | '"' | '‘' | '\'' | '«'))
    };
    let mut k = 0;
    attributions.retain(|a| {
        if a.cue_start < a.span.end {
            return true;
        }
        while k < quotes.len() && quotes[k].span.end <= a.span.start {
            k += 1;
        }
        !quotes[k..]
            .iter()
            .take_while(|q| q.span.start < a.span.end)
            .any(|q| {
                q.cue_start
                    .is_some_and(|c| a.span.start <= c && c < q.span.start && opens(q, c))
            })
    });
}

/// A quote inside reported speech is the reporter's words: “Ruiz said she
/// expected that voters will say “no”” and “the former minister talked
/// about continuing the “progress” we made” give the quote to who reports
/// it, where the quote has no speaker of its own or its own cue stands
/// inside the report. Both lists are sorted and the attributions disjoint,
/// so one pass over them is linear.
fn speakers_from_reports(quotes: &mut [FoundQuote], attributions: &[FoundAttribution]) {
    let mut k = 0;
    for q in quotes.iter_mut() {
        let Some(a) = report_holding(attributions, &mut k, q.span).map(|i| &attributions[i]) else {
            continue;
        };
        if a.speaker.is_none() && a.speaker_text.is_none() {
            continue;
        }
        // No cue of its own: its speaker, if any, was carried on from an
        // earlier quote, and a named source around it is nearer ("The
        // cable said it was “urgent”" keeps the writer carried on).
        let unattributed = (q.speaker.is_none() && q.speaker_text.is_none())
            || (q.cue_start.is_none() && a.speaker.is_some() && a.speaker != q.speaker);
        // Under a strong cue: "Ruiz said he was “outraged”,
        // arguing that “…”"; not "Republicans who agree that … were
        // irritated, with Vance calling it “…”".
        let nested_cue = a.strong_cue
            && q.cue_start
                .is_some_and(|c| a.span.start <= c && c < a.span.end);
        if unattributed || nested_cue {
            q.speaker = a.speaker;
            q.speaker_text = a.speaker_text.clone();
            q.cue = a.cue.clone();
        }
    }
}

/// The words of a text, lowercased, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Headline passages taken for quoted terms that repeat the words of a
/// later quote (‘We never stopped believing’: … then “We never stopped
/// believing,” she said): quotes of the same speaker, with no cue.
fn headline_quotes(doc: &Document, terms: &[Span], out: &mut Vec<FoundQuote>) {
    let wanted: Vec<(Span, Vec<String>)> = terms
        .iter()
        .map(|&term| (term, words(doc.slice(term))))
        .filter(|(_, words)| words.len() >= 3)
        .collect();
    if wanted.is_empty() {
        return;
    }
    // Each quote's words, read once, and which quotes hold each run of three
    // words, in order: a term is looked for only in the quotes that hold its
    // first three words (reading every quote again for every term was
    // quadratic in a one-paragraph text).
    let quote_words: Vec<Vec<String>> = out.iter().map(|q| words(doc.slice(q.span))).collect();
    let mut by_three: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (k, w) in quote_words.iter().enumerate() {
        for three in w.windows(3) {
            let list = by_three.entry(three.join(" ")).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
    }
    let mut added = Vec::new();
    for (term, wanted) in wanted {
        let candidates = by_three
            .get(&wanted[..3].join(" "))
            .map_or(&[][..], Vec::as_slice);
        let source = candidates.iter().map(|&k| (k, &out[k])).find_map(|(k, q)| {
            let holds = q.span.start > term.end
                && quote_words[k]
                    .windows(wanted.len())
                    .any(|w| w == wanted.as_slice());
            holds.then_some(q)
        });
        if let Some(q) = source {
            added.push(FoundQuote {
                span: term,
                speaker: q.speaker,
                speaker_text: q.speaker_text.clone(),
                cue: None,
                cue_start: None,
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|q| q.span.start);
    }
}

/// The attribution of a passage: its own, or one it shares with the quote
/// before it in the same sentence.
fn attribution_of(
    doc: &Document,
    attributor: &Attributor,
    p: &QuotedPassage,
    previous_end: Option<usize>,
    next_open: Option<usize>,
    previous: Option<&Previous>,
) -> Option<Attribution> {
    let own = attributor.attribute(p, previous_end, next_open);
    let Some(a) = own else {
        // "chanting “A” and “B”", "said “A” and that the plan was “B”":
        // the second shares the first's attribution.
        let before = previous?;
        let shared = before.attribution.as_ref()?;
        let same_sentence = doc.tokens[before.end].sentence == doc.tokens[p.open].sentence;
        let joined = joined_to_previous(doc, before.end, p.open)
            || (same_sentence && shared.placement == Placement::Before);
        return joined.then(|| shared.clone());
    };
    // "“…” Smith said the plan ..." yields to a speaker already named in
    // the paragraph: the quote continues what that speaker said.
    if a.placement == Placement::NextSentence {
        let paragraph = doc.tokens[p.open].paragraph;
        let earlier_quote = previous.is_some_and(|q| doc.tokens[q.end].paragraph == paragraph);
        let earlier_cue = attributor
            .previous_cue(p.open)
            .is_some_and(|(at, _)| doc.tokens[at].paragraph == paragraph);
        if earlier_quote || earlier_cue {
            return None;
        }
    }
    Some(a)
}

/// Whether only "and", "or" or a comma lie between the end of the previous
/// quote and this opening mark.
fn joined_to_previous(doc: &Document, previous_end: usize, open: usize) -> bool {
    open > previous_end + 1
        && open - previous_end <= 3
        && (previous_end + 1..open)
            .all(|i| matches!(doc.token_text(i), "and" | "or" | "," | "then"))
}

/// The speaker of a quote with no cue of its own: the one a colon
/// introduces ("Smith's verdict: “…”"), or else the speaker of the latest
/// attribution before it, as news writing continues a speaker: a cue earlier
/// in the paragraph or the one before ("Smith said the plan had failed.
/// “It is over.”"), or the previous quote.
fn uncued_speaker(
    doc: &Document,
    attributor: &Attributor,
    p: &QuotedPassage,
    previous: Option<&Previous>,
) -> Speaker {
    let paragraph = doc.tokens[p.open].paragraph;
    let colon = p
        .open
        .checked_sub(1)
        .filter(|&c| doc.token_text(c) == ":" && doc.tokens[c].paragraph == paragraph);
    if let Some(speaker) = colon.and_then(|c| attributor.colon_speaker(c)) {
        return speaker;
    }
    let previous_quote = previous.filter(|q| doc.tokens[q.end].paragraph + 1 >= paragraph);
    let cue = attributor.previous_cue(p.open);
    match (previous_quote, cue) {
        (Some(q), Some((at, speaker))) if at > q.end => speaker,
        (Some(q), _) => q.speaker.clone(),
        (None, Some((_, speaker))) => speaker,
        (None, None) => Speaker::default(),
    }
}

/// What a passage looks like, for telling quotes from quoted terms.
#[derive(Debug, Clone, Copy)]
struct Shape {
    words: usize,
    /// Ends with . ! ? or …
    ends_sentence: bool,
    capitalised: bool,
    /// Every content word capitalised: a title or a name.
    title_case: bool,
    /// It stands in a headline line ([`Document::is_headline`]).
    in_headline: bool,
}

impl Shape {
    fn of(doc: &Document, p: &QuotedPassage) -> Shape {
        let mut words = 0;
        let mut content = 0;
        let mut capitalised_content = 0;
        for i in p.first..=p.last {
            let t = doc.tokens[i];
            if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                words += 1;
                let w = doc.token_text(i);
                if !matches!(
                    w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "with"
                ) {
                    content += 1;
                    if w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                        capitalised_content += 1;
                    }
                }
            }
        }
        let last = doc.token_text(p.last);
        let in_headline = doc.headline_at(p.open).is_some();
        Shape {
            words,
            ends_sentence: matches!(last, "." | "!" | "?" | "…" | "..."),
            capitalised: doc.token_text(p.first).starts_with(char::is_uppercase),
            title_case: content > 0 && capitalised_content == content,
            in_headline,
        }
    }

    /// Reads as something said: a clause or a sentence, not a name.
    fn sentence_like(&self) -> bool {
        (self.words >= 6 && !self.title_case)
            || (self.words >= 3 && self.ends_sentence && self.capitalised)
    }
}

/// Words right before a passage that mark it as a name or a term.
const TERM_MARKERS: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "named",
    "word",
    "words",
    "term",
    "phrase",
    "hashtag",
    "slogan",
    "label",
    "brand",
    "codenamed",
    "code-named",
    "film",
    "book",
    "song",
    "album",
    "novel",
    "documentary",
    "headline",
    "headlined",
    "motto",
];

/// The word right before the mark names the passage a term: "so-called
/// “…”", "known as “…”".
fn marked_as_term(doc: &Document, p: &QuotedPassage) -> bool {
    p.open.checked_sub(1).is_some_and(|i| {
        let w = doc.lower(i);
        TERM_MARKERS.contains(&w)
            || (w == "as" && i > 0 && doc.token_text(i - 1).eq_ignore_ascii_case("known"))
    })
}

/// Whether a passage is a quote (someone's words) rather than a quoted term.
fn is_quote(
    doc: &Document,
    p: &QuotedPassage,
    shape: &Shape,
    attribution: Option<&Attribution>,
) -> bool {
    if shape.words == 0 {
        return false;
    }
    if marked_as_term(doc, p) {
        return false;
    }
    match attribution {
        Some(a) => {
            // A title ("the film “The Long Road”") is no one's words unless
            // its cue stands right beside it.
            let adjacent = matches!(a.placement, Placement::After) || a.cue.token + 3 >= p.open;
            if shape.title_case && shape.words <= 6 && !shape.ends_sentence && !adjacent {
                return false;
            }
            match a.placement {
                Placement::After | Placement::Before | Placement::SentenceAfter => true,
                Placement::FarAfter | Placement::NextSentence => {
                    shape.words >= 2 || shape.sentence_like()
                }
            }
        }
        // In a headline a quoted phrase is a title's ("Minister Backs ‘Green
        // Corridor’ Plan"); a quoted sentence is still someone's words.
        None => (!shape.in_headline || shape.ends_sentence) && shape.sentence_like(),
    }
}

#[cfg(test)]
mod tests;

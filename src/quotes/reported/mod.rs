//! Reported speech: statements the article gives as someone's without
//! quoting them whole ("Smith said the plan had failed", "According to the
//! report, …", "…, a spokesman said", "the inquiry found that …").
//!
//! Fed by the quote layer: the same cues ([`Attributor::cue_at`], plus the
//! `@reported` words of `data/reporting_verbs.txt` that only documents and
//! clause-taking verbs use), the same subjects and the same resolution of
//! pronouns and descriptions, and the quotes already found, which decide
//! whether content is wholly quoted (a quote only) or partly (`mixed`).
//!
//! Each cue is read in its own sentence: its content runs after it ("said
//! (that) …") or before it ("…, X said."). The look-arounds are bounded in
//! tokens ([`CONTENT_REACH`] and the quote layer's windows), so a document
//! costs linear time.
//!
//! This file holds the pass over sentences, the cue at a token and which
//! form reads it, and the last steps (trimming to bytes, the kind, keeping
//! attributions disjoint). Each form and question has its file: `verb.rs`
//! the cue forms around a verb ("said that", "according to", "adding that",
//! "asked whether"), `objects.rs` object contents and speech nouns,
//! `frames.rs` statements without a verb (headlines, "reportedly", polls),
//! `content.rs` where a content starts and ends, `source.rs` the speaker,
//! `words.rs` the words the rules read; `tests.rs` the cases.

use super::lexicon::CueStrength;
use super::speaker::{Attributor, Cue, CueKind, Speaker, Subject};
use super::FoundQuote;
use crate::document::{Span, TokenKind};
use crate::lexicon::{lists, text, Table};
use crate::model::AttributionKind;
use std::ops::Range;

mod content;
mod frames;
mod objects;
mod source;
mod verb;
mod words;

/// Words of reported speech that are no quote cues (`data/reported_cues.txt`):
/// verbs whose content may be their object, with the particles it follows
/// ("object about"), and speech nouns ("noun").
static REPORTED_CUES: Table<&str> = Table::new(lists::REPORTED_CUES, text);

/// Reported speech found in the text, in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundAttribution {
    /// The reported content, without cue, source or a leading "that".
    pub span: Span,
    /// Index into the entity list.
    pub speaker: Option<usize>,
    /// Words naming a source that is not a named entity ("US officials",
    /// "the report").
    pub speaker_text: Option<String>,
    /// The cue as written ("said", "according to").
    pub cue: Option<String>,
    pub kind: AttributionKind,
    /// Whether the cue is a strong quote cue ("said", "told"): a quote
    /// under it is the source's, whatever cue the quote has of its own.
    pub strong_cue: bool,
    /// Where the cue starts, in bytes: before the content or after it.
    pub cue_start: usize,
}

/// Most tokens a content may run over; longer sentences are cut here.
const CONTENT_REACH: usize = 120;

/// How many quotes a content is checked against for one it opens.
const QUOTES_NEAR: usize = 8;

/// How many neighbouring frames a content is checked against.
const FRAMES_NEAR: usize = 8;

/// Find the reported speech of a document, in text order, never overlapping.
pub fn find(attributor: &Attributor, quotes: &[FoundQuote]) -> Vec<FoundAttribution> {
    let doc = attributor.doc;
    let reader = Reader {
        a: attributor,
        quotes,
    };
    let mut out: Vec<Found> = Vec::new();
    for sentence in &doc.sentences {
        let mut in_sentence: Vec<Found> = Vec::new();
        let range = sentence.tokens.clone();
        in_sentence.extend(reader.headline_colon(range.clone()));
        in_sentence.extend(reader.in_document(range.clone()));
        for i in range.clone() {
            let found = match reader.cue_at(i) {
                Some(cue) => reader.read(cue, range.clone(), &in_sentence),
                None => reader
                    .speech_noun(i, range.clone())
                    .or_else(|| reader.reportedly(i, range.clone())),
            };
            in_sentence.extend(found);
        }
        out.extend(disjoint(&reader, in_sentence));
    }
    let mut found: Vec<FoundAttribution> =
        out.into_iter().filter_map(|f| reader.finish(f)).collect();
    // A content run on to its quote's end stops where the next begins.
    for i in 1..found.len() {
        let next = found[i].span.start;
        let prev = &mut found[i - 1];
        if prev.span.end > next {
            let kept = doc.text[prev.span.start..next.max(prev.span.start)]
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
            prev.span.end = prev.span.start + kept.len();
        }
    }
    found.retain(|f| !f.span.is_empty());
    for f in &mut found {
        f.kind = reader.kind_of(f.span);
    }
    found
}

/// An attribution while it is being read: token ranges, not yet trimmed.
#[derive(Debug, Clone)]
struct Found {
    /// Content tokens, `end` exclusive.
    content: Range<usize>,
    /// Tokens of the cue and its source, which no content may cover.
    frame: Range<usize>,
    cue: Cue,
    speaker: Speaker,
}

struct Reader<'r, 'd, 't> {
    a: &'r Attributor<'d, 't>,
    quotes: &'r [FoundQuote],
}

impl Reader<'_, '_, '_> {
    fn text(&self, i: usize) -> &str {
        self.a.doc.token_text(i)
    }

    fn kind(&self, i: usize) -> TokenKind {
        self.a.doc.tokens[i].kind
    }

    /// A cue of reported speech at token `i`: a quote cue, or a word that
    /// reports only statements ("found", "shows").
    fn cue_at(&self, i: usize) -> Option<Cue> {
        if let Some(cue) = self.a.cue_at(i) {
            return Some(cue);
        }
        let doc = self.a.doc;
        let t = doc.tokens.get(i)?;
        let word = doc.token_text(i);
        if t.kind != TokenKind::Word
            || self.a.quoted[i]
            || !(self.a.lexicon.is_reported_cue(word) || self.object_cue(i).is_some())
            || (word.starts_with(char::is_uppercase) && !doc.is_sentence_initial(i))
        {
            return None;
        }
        // "the findings", "its estimates": nouns, not verbs.
        if i > 0
            && (doc.tokens[i - 1].kind == TokenKind::Possessive
                || self.a.is(i - 1, super::lexicon::DETERMINERS))
        {
            return None;
        }
        Some(Cue {
            token: i,
            kind: if word.ends_with("ing") {
                CueKind::Participle
            } else {
                CueKind::Verb
            },
            strength: CueStrength::Weak,
        })
    }

    /// Read one cue in its sentence `s`: its source and its content.
    fn read(&self, cue: Cue, s: Range<usize>, earlier: &[Found]) -> Option<Found> {
        let i = cue.token;
        // Questions are asked, not stated.
        if self.negated(i, s.start) {
            return None;
        }
        // Weak cues and document words count only before "that" ("agreed
        // that", "pointed out that"), strong ones anywhere.
        let strong = self
            .a
            .cue_at(i)
            .is_some_and(|c| c.strength == CueStrength::Strong);
        match cue.kind {
            CueKind::According => self.according(cue, s),
            CueKind::Participle => self.participle(cue, s, earlier, strong),
            CueKind::Verb => self.verb(cue, s, strong),
        }
    }

    /// Trim a found attribution to bytes; `None` when nothing is left.
    fn finish(&self, f: Found) -> Option<FoundAttribution> {
        let r = self.trimmed(f.content);
        if r.is_empty() {
            return None;
        }
        let doc = self.a.doc;
        let span = Span::new(
            doc.tokens[r.start].span.start,
            doc.tokens[r.end - 1].span.end,
        );
        // A partial quote the content opens runs to its closing mark, past
        // the sentences inside it ("said the plan was simple: “A. B.”").
        let mut span = span;
        let k = self.quotes.partition_point(|q| q.span.end <= span.start);
        if let Some(q) = self.quotes[k..]
            .iter()
            .take_while(|q| q.span.start < span.end)
            .take(QUOTES_NEAR)
            .last()
        {
            if q.span.start >= span.start && q.span.end > span.end {
                span.end = q.span.end;
            }
        }
        Some(FoundAttribution {
            span,
            speaker: f.speaker.entity,
            speaker_text: f.speaker.text,
            cue: Some(self.a.cue_text(f.cue)),
            kind: AttributionKind::Indirect,
            strong_cue: f.cue.strength == CueStrength::Strong,
            cue_start: self.a.doc.tokens[f.cue.token].span.start,
        })
    }

    /// Mixed where the content holds a quote.
    fn kind_of(&self, span: Span) -> AttributionKind {
        // Quotes are sorted and disjoint: the first ending after the start.
        let k = self.quotes.partition_point(|q| q.span.end <= span.start);
        if self.quotes.get(k).is_some_and(|q| q.span.overlaps(span)) {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        }
    }
}

/// The last token of a subject.
fn subject_last(s: Subject) -> usize {
    match s {
        Subject::Named(m) => m.last,
        Subject::Pronoun(p) => p,
        Subject::Description { last, .. } => last,
    }
}

/// The first token of a subject.
fn subject_first(s: Subject) -> usize {
    match s {
        Subject::Named(m) => m.first,
        Subject::Pronoun(p) => p,
        Subject::Description { first, .. } => first,
    }
}

/// The attributions of one sentence made disjoint. A later cue inside an
/// earlier content ends it ("X said A, adding that B"; "She told … that A,
/// and insisted that B"), unless what is left says nothing: then the later
/// one is nested in the earlier ("noted that experts say …") and the earlier
/// stands, except that "A warned that …, according to B" keeps the inner.
fn disjoint(reader: &Reader, mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by_key(|f| f.content.start);
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // Where dropped wrappers' own words start: they still end contents.
    let mut dropped_frames: Vec<usize> = Vec::new();
    for mut f in found {
        if let Some(prev) = out.last_mut() {
            if prev.content.end > f.content.start {
                let source_inside = f.frame.start >= prev.content.start;
                let wrapper = prev.cue.kind == CueKind::According
                    && source_inside
                    && f.frame.start <= prev.content.start + 3;
                // "said that her claim that … was false": a speech noun
                // inside another's content is part of what was said.
                let nested_noun = source_inside && reader.is_speech_noun(f.cue.token);
                if nested_noun {
                    continue;
                }
                if wrapper {
                    dropped_frames.push(prev.frame.start);
                    out.pop();
                } else {
                    let cut = if source_inside {
                        f.frame.start
                    } else {
                        f.cue.token
                    }
                    .min(f.content.start);
                    let kept = reader.trimmed(prev.content.start..cut.max(prev.content.start));
                    let says = if source_inside {
                        reader.is_statement(kept.clone())
                    } else {
                        !kept.is_empty()
                    };
                    if !says {
                        continue;
                    }
                    prev.content = kept;
                }
            }
        }
        if let Some(prev) = out.last() {
            if prev.content.end > f.content.start {
                f.content = reader.trimmed(prev.content.end..f.content.end);
            }
        }
        if !f.content.is_empty() {
            out.push(f);
        }
    }
    // Contents holding a kept frame (another cue's own words) end before
    // it. Frames sit beside their contents: the nearest few are enough,
    // which keeps a sentence of many cues linear.
    let mut frames: Vec<usize> = out.iter().map(|f| f.frame.start).collect();
    frames.extend(dropped_frames);
    frames.sort_unstable();
    for f in &mut out {
        let k = frames.partition_point(|&start| start <= f.content.start);
        let near = &frames[k..(k + FRAMES_NEAR).min(frames.len())];
        if let Some(&cut) = near.iter().find(|&&start| start < f.content.end) {
            f.content = reader.trimmed(f.content.start..cut);
        }
        // "…, according to Y" is never part of what was said.
        let according = (f.content.start + 1..f.content.end).find(|&k| {
            reader
                .a
                .cue_at(k)
                .is_some_and(|c| c.kind == CueKind::According)
        });
        if let Some(cut) = according {
            f.content = reader.trimmed(f.content.start..cut);
        }
    }
    out.retain(|f| !f.content.is_empty());
    out
}

#[cfg(test)]
mod tests;

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

use super::lexicon::{CueStrength, SUBJECT_PRONOUNS, TIME_WORDS};
use super::speaker::{Attributor, Cue, CueKind, Speaker, Subject};
use super::FoundQuote;
use crate::document::{Span, TokenKind};
use crate::lexicon::{lists, text, Table};
use crate::model::AttributionKind;
use std::ops::Range;

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
}

/// Most tokens a content may run over; longer sentences are cut here.
const CONTENT_REACH: usize = 120;

/// How many quotes a content is checked against for one it opens.
const QUOTES_NEAR: usize = 8;

/// How many neighbouring frames a content is checked against.
const FRAMES_NEAR: usize = 8;

/// Finite verbs that show content is a clause, not a phrase ("called the
/// plan a disaster" reports no statement).
const FINITE: &[&str] = &[
    "is", "was", "were", "are", "am", "has", "had", "have", "will", "would", "could", "can",
    "should", "may", "might", "must", "did", "does", "do", "shall", "isn't", "wasn't", "won't",
    "can't", "didn't", "doesn't", "don't", "wouldn't", "couldn't", "hasn't", "haven't", "aren't",
    "weren't", "’s", "'s", "’re", "'re", "’ll", "'ll", "’d", "'d",
];

/// Common irregular past forms, finite verbs with no "-ed" to show it.
const IRREGULAR_PAST: &[&str] = &[
    "said", "made", "took", "gave", "went", "came", "got", "found", "built", "sent", "paid",
    "lost", "won", "held", "left", "kept", "told", "thought", "brought", "bought", "began", "ran",
    "saw", "knew", "grew", "fell", "rose", "led", "met", "spent", "sold", "stood", "wrote",
    "became", "meant", "felt", "heard", "fought", "caught", "taught", "drove", "broke", "chose",
    "spoke", "struck", "threw", "wore", "hid", "shot", "slid", "swore", "tore", "sought",
];

/// Words that cannot open reported content after "said": "said of the
/// plan", "said nothing", "said so".
const NOT_CONTENT_START: &[&str] = &[
    "to",
    "of",
    "on",
    "in",
    "at",
    "for",
    "with",
    "by",
    "during",
    "after",
    "before",
    "nothing",
    "so",
    "yes",
    "no",
    "little",
    "much",
    "something",
    "anything",
    "as",
    "goodbye",
    "hello",
    "thanks",
    "sorry",
    "otherwise",
    "up",
    "back",
];

/// Words that open a clause complement as its first word.
const CLAUSE_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "where", "who",
];

/// Objects of "told" and the like: who was told, not what.
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];

/// Cues that report a question.
const ASK: &[&str] = &["ask", "asks", "asked", "asking"];

/// Cues that take the hearer as object before the content.
const HEARER_CUES: &[&str] = &[
    "ask", "asks", "asked", "asking", "tell", "tells", "told", "telling", "informed", "assured",
    "assures", "reminded", "reminds", "warned", "warns", "warn", "promised", "promises", "assure",
    "remind", "inform",
];

/// Words before a cue that negate it or make it no report: "did not say
/// whether", "declined to say".
const NEGATORS: &[&str] = &[
    "not", "n't", "never", "declined", "refused", "wouldn't", "didn't", "won't", "couldn't",
];

/// Prepositions inside the phrase naming a source: "officials at the
/// ministry", "an inquiry into the fire".
const LINKING_PREPOSITIONS: &[&str] = &["at", "of", "for", "from", "in", "with", "into", "on"];

/// Words that may stand between a cue and its "that": "said in a
/// statement that", "said on Tuesday that", "said, however, that".
const ADVERBIAL_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "via",
    "through",
    "from",
    "with",
    "last",
    "this",
    "earlier",
    "later",
    "again",
    "also",
    "repeatedly",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "however",
    "privately",
    "publicly",
    "for",
    "over",
    "while",
    "when",
    "as",
];

/// Words opening a setting rather than content: "At a rally, Smith said,
/// “…”".
const SETTING_OPENERS: &[&str] = &[
    "at", "in", "on", "after", "during", "with", "from", "before", "for", "by", "over", "outside",
    "inside", "near", "while", "when", "as", "if", "asked", "pressed",
];

/// Words opening a subordinate clause: "While most were …, according to
/// X, two were …" reports the main clause.
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "as", "if", "when", "because", "since", "after", "before",
    "unless", "whereas",
];

/// Words opening the short first part of split content whose second part
/// is a quote: "In other words, he said, “…”", "As for the budget, she
/// said, “…”". Other openers are settings ("At a rally, he said, “…”").
const DISCOURSE_LEADS: &[&[&str]] = &[
    &["of", "course"],
    &["in", "other", "words"],
    &["in", "fact"],
    &["in", "short"],
    &["as", "for"],
    &["also"],
    &["instead"],
    &["still"],
    &["indeed"],
    &["after", "all"],
    &["above", "all"],
];

/// Nouns for documents and polls that state findings.
const DOCUMENT_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "report",
    "reports",
    "study",
    "studies",
    "data",
    "figures",
    "analysis",
    "investigation",
    "review",
    "audit",
    "census",
    "inquiry",
    "records",
    "documents",
    "findings",
    "statistics",
    "research",
    "paper",
    "letter",
    "memo",
    "statement",
    "email",
    "article",
    "book",
    "ad",
    "website",
    "filing",
    "lawsuit",
    "complaint",
];

/// Verbs of findings, which also name finding or showing things ("found
/// shelter", "showed the way", "ruled the island").
const FINDING_VERBS: &[&str] = &[
    "ruled",
    "find",
    "finds",
    "found",
    "show",
    "shows",
    "showed",
    "demonstrate",
    "demonstrates",
    "demonstrated",
    "discovered",
    "uncovered",
];

/// Verbs that lend their subject to a cue after "to": "went on to say".
const LIGHT_VERBS: &[&str] = &[
    "went",
    "go",
    "goes",
    "going",
    "tried",
    "tries",
    "try",
    "continued",
    "continues",
    "began",
    "begins",
    "sought",
    "seeks",
    "moved",
    "rushed",
    "took",
    "used",
];

/// Words before a cue that make it passive: "was told", "were informed".
const PASSIVE: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];

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

    /// A headline giving a source's words after a colon: "Lind: Bridge Is
    /// Safe". Only in a paragraph without closing punctuation, and only a
    /// person or organisation named first.
    fn headline_colon(&self, s: Range<usize>) -> Option<Found> {
        let doc = self.a.doc;
        let first = (s.start..s.end.min(s.start + 3)).find(|&k| self.a.mention_at[k].is_some())?;
        let m = self.a.mention_at[first]?;
        let colon = m.last + 1;
        let titles_only = (s.start..first)
            .all(|k| self.text(k).starts_with(char::is_uppercase) || self.text(k) == ".");
        if !titles_only
            || colon + 1 >= s.end
            || self.text(colon) != ":"
            || !matches!(
                self.a.entities[m.entity].kind,
                crate::model::EntityKind::Person | crate::model::EntityKind::Organization
            )
        {
            return None;
        }
        let paragraph = &doc.paragraphs[doc.tokens[s.start].paragraph];
        let last = (paragraph.tokens.start..paragraph.tokens.end)
            .rev()
            .find(|&k| self.kind(k) != TokenKind::QuoteMark)?;
        let first_paragraph = doc.tokens[s.start].paragraph == 0;
        let headline = paragraph.tokens.len() < 40
            && (first_paragraph || !matches!(self.text(last), "." | "!" | "?"));
        let content = self.trimmed(colon + 1..s.end);
        if !headline || content.len() < 2 || self.wholly_quoted(content.clone()) {
            return None;
        }
        Some(Found {
            content,
            frame: s.start..colon + 1,
            cue: Cue {
                token: colon,
                kind: CueKind::Verb,
                strength: CueStrength::Strong,
            },
            speaker: Speaker {
                entity: Some(m.entity),
                text: None,
            },
        })
    }

    /// "The firm has reportedly sold its mill": a statement reported by no
    /// named source. The adverb splits the clause; the longer part stands
    /// for it, which ends before a remark (", leaving …").
    fn reportedly(&self, i: usize, s: Range<usize>) -> Option<Found> {
        if !self.a.is(i, &["reportedly", "allegedly"]) || self.a.quoted[i] {
            return None;
        }
        let start = (i.saturating_sub(40).max(s.start)..i)
            .rev()
            .find(|&k| self.text(k) == ",")
            .map_or(s.start, |k| k + 1);
        let end = self.clause_end(i + 1, s.end);
        let end = (i + 2..end)
            .find(|&k| {
                self.text(k) == ","
                    && k + 1 < end
                    && self.text(k + 1).ends_with("ing")
                    && self.text(k + 1).starts_with(char::is_lowercase)
            })
            .unwrap_or(end);
        let before = self.trimmed(start..i);
        let after = self.trimmed(i + 1..end.min(i + 1 + CONTENT_REACH));
        if !self.is_statement(before.start..after.end) {
            return None;
        }
        let content = if after.len() >= before.len() {
            after
        } else {
            before
        };
        (content.len() >= 2).then_some(Found {
            content,
            frame: i..i + 1,
            cue: Cue {
                token: i,
                kind: CueKind::Verb,
                strength: CueStrength::Weak,
            },
            speaker: Speaker::default(),
        })
    }

    /// A finding given in the words of a poll the sentence opens with: "In
    /// a May poll, Lind led Hale 40 to 32." The poll is the source, named
    /// by its words.
    fn in_document(&self, s: Range<usize>) -> Option<Found> {
        if !self.a.is(s.start, &["in"]) {
            return None;
        }
        let comma = (s.start + 2..s.end.min(s.start + 10)).find(|&k| self.text(k) == ",")?;
        let head = comma - 1;
        // Only polls: "In a statement, Lind said …" is a setting.
        if !self.a.is(head, &["poll", "polls", "survey", "surveys"])
            || !self.a.is(s.start + 1, super::lexicon::DETERMINERS)
            || (s.start..comma).any(|k| self.a.quoted[k])
        {
            return None;
        }
        let content = self.trimmed(comma + 1..self.clause_end(comma + 1, s.end));
        if !self.is_statement(content.clone()) {
            return None;
        }
        let source = Subject::Description {
            first: s.start + 1,
            last: head,
            head,
        };
        Some(Found {
            content,
            frame: s.start..comma + 1,
            cue: Cue {
                token: s.start,
                kind: CueKind::Verb,
                strength: CueStrength::Weak,
            },
            speaker: Speaker {
                entity: None,
                text: self.a.resolve(source, s.start).text,
            },
        })
    }

    /// Whether the cue at `i` is negated or an infinitive: "did not say
    /// whether", "declined to say", "to predict".
    fn negated(&self, i: usize, start: usize) -> bool {
        let from = i.saturating_sub(3).max(start);
        (from..i).any(|k| {
            self.a.is(k, NEGATORS) || self.text(k).ends_with("n't") || self.text(k).ends_with("n’t")
        }) || (i > start && self.a.is(i - 1, &["to"]) && self.light_verb(i, start).is_none())
    }

    /// The light verb before "to" and a cue, which lends it its subject:
    /// "went on to say", "tried to argue". Not "declined to say", which
    /// [`NEGATORS`] refuse.
    fn light_verb(&self, i: usize, start: usize) -> Option<usize> {
        if i < start + 2 || !self.a.is(i - 1, &["to"]) {
            return None;
        }
        let mut k = i - 2;
        if self.a.is(k, &["on"]) && k > start {
            k -= 1; // "went on to say"
        }
        self.a.is(k, LIGHT_VERBS).then_some(k)
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

    /// "According to X, …" and "…, according to X."
    fn according(&self, cue: Cue, s: Range<usize>) -> Option<Found> {
        let i = cue.token;
        let subject = self.a.subject_after(cue, s.end);
        let speaker = subject.map_or_else(Speaker::default, |sub| self.speaker_of(sub, i, i + 1));
        // The source ends at the first comma after it, or the sentence end.
        let source_end = (i + 2..s.end.min(i + 20))
            .find(|&k| self.text(k) == "," || self.a.quoted[k])
            .unwrap_or(s.end);
        let before = self.content_before(s.start, i);
        let subordinate = self.a.is(before.start, SUBORDINATORS) && source_end + 1 < s.end;

        let words = before
            .clone()
            .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .count();
        let statement = words >= 3 && !self.wholly_quoted(before.clone());
        if !subordinate && statement {
            return Some(Found {
                content: before,
                frame: i..source_end,
                cue,
                speaker,
            });
        }
        if source_end < s.end && self.text(source_end) == "," {
            let content = self.trimmed(source_end + 1..s.end.min(source_end + 1 + CONTENT_REACH));
            if content.len() >= 3 && !self.wholly_quoted(content.clone()) {
                return Some(Found {
                    content,
                    frame: s.start.min(i)..source_end + 1,
                    cue,
                    speaker,
                });
            }
        }
        None
    }

    /// "…, adding that …", "a statement saying …": the speaker of the cue
    /// before it in the sentence, or the sentence's first name.
    fn participle(
        &self,
        cue: Cue,
        s: Range<usize>,
        earlier: &[Found],
        strong: bool,
    ) -> Option<Found> {
        let i = cue.token;
        let (content, that) = self.content_after(i, s.end, self.a.is(i, HEARER_CUES));
        let clause = self.a.lexicon.takes_clause(self.text(i));
        let said = !content.is_empty()
            && (that || strong)
            && self.is_statement_after(content.clone(), that, clause);
        // "…, blaming the flood on a pump that failed": an object that
        // holds a clause.
        let mut content = if said {
            content
        } else {
            self.object_content(i, s.end)?
        };
        // "Noting that A, Smith said B": the subject after the comma speaks,
        // and A ends there.
        let main_subject = if i == s.start {
            let comma = (content.start + 1..content.end).find(|&k| {
                self.text(k) == ","
                    && k + 1 < content.end
                    && (self.a.mention_at[k + 1].is_some_and(|m| m.first == k + 1)
                        || self.a.is(k + 1, SUBJECT_PRONOUNS))
            });
            comma.map(|k| {
                content = self.trimmed(content.start..k);
                let subject = match self.a.mention_at[k + 1] {
                    Some(m) => Subject::Named(m),
                    None => Subject::Pronoun(k + 1),
                };
                self.a.resolve(subject, k + 1)
            })
        } else {
            None
        };
        // "X, while denying A, said B": the subject of the finite cue after.
        let later = || {
            (i + 1..s.end.min(i + 40))
                .filter(|&k| self.a.cue_at(k).is_some_and(|c| c.kind == CueKind::Verb))
                .find_map(|k| self.a.subject_before(k, s.start, 0).map(|sub| (sub, k)))
        };
        // A speech noun's owner ("her claim that …") is no subject of the
        // sentence's participles.
        let earlier = earlier
            .iter()
            .rev()
            .find(|f| !self.is_speech_noun(f.cue.token));
        // "has responded to A by pointing to B": the finite verb's subject.
        let by_verb = || {
            (s.start..i)
                .rev()
                .take(12)
                .find(|&k| self.verb_like(k))
                .and_then(|k| self.a.subject_before(k, s.start, 0).map(|sub| (sub, k)))
        };
        let speaker = match earlier {
            _ if main_subject.is_some() => main_subject.clone().unwrap_or_default(),
            Some(f) => f.speaker.clone(),
            None if i > s.start && self.a.is(i - 1, &["by"]) => match by_verb() {
                Some((sub, k)) => self.speaker_of(sub, k, s.start),
                None => Speaker::default(),
            },
            None if i > s.start && self.a.is(i - 1, &["while", "when", "after"]) => match later() {
                Some((sub, k)) => self.speaker_of(sub, k, s.start),
                None => Speaker::default(),
            },
            None => match self.a.clause_subject(s.start, i) {
                Some(sub) => self.a.resolve(sub, i),
                None => Speaker::default(),
            },
        };
        Some(Found {
            content,
            frame: i..i + 1,
            cue,
            speaker,
        })
    }

    /// "X said (that) …", "…, X said.", "…, said X.", "The economy, he
    /// said, is booming."
    fn verb(&self, cue: Cue, s: Range<usize>, strong: bool) -> Option<Found> {
        let i = cue.token;
        // "…, said X": the subject follows, whatever precedes the comma.
        let inverted = i > s.start
            && (self.text(i - 1) == "," || self.kind(i - 1) == TokenKind::QuoteMark)
            && self.a.subject_after(cue, s.end).is_some_and(|sub| {
                let rest = self.skip_time(subject_last(sub) + 1, s.end);
                // "…, blamed Smith for the fire": an object cue's object.
                let object = self.object_cue(i).is_some();
                self.names_source(sub)
                    && (rest >= s.end
                        || self.is_closing(rest)
                        || !object
                            && self.a.is(
                                rest,
                                &[
                                    ",", "of", "at", "in", "on", "during", "with", "to", "for",
                                    "from",
                                ],
                            ))
            });
        let before = if inverted {
            None
        } else {
            // "Clinton wrongly claimed", "critics soon noted": past an adverb.
            let verb_at = self.light_verb(i, s.start).unwrap_or(i);
            self.a.subject_before(verb_at, s.start, 0).or_else(|| {
                let adverb = i > s.start + 1
                    && self.kind(i - 1) == TokenKind::Word
                    && self.text(i - 1).starts_with(char::is_lowercase)
                    && (self.text(i - 1).ends_with("ly") || self.a.is(i - 1, &["soon"]));
                if adverb {
                    self.a.subject_before(i - 1, s.start, 0)
                } else {
                    None
                }
            })
        };
        // "was told that", "are found slain": passive.
        let passive = i > s.start && self.a.is(i - 1, PASSIVE);
        // Words that report only statements ("found", "shows") need a "that".
        let quote_cue = self.a.cue_at(i).is_some();
        // "the upcoming states would …": a cue that is also a plural noun
        // needs a subject that can speak.
        let noun_like = self.text(i).ends_with('s');
        let before = before.filter(|&sub| {
            self.plausible_source(sub)
                && (!noun_like
                    || match sub {
                        Subject::Named(_) | Subject::Pronoun(_) => true,
                        Subject::Description { head, .. } => {
                            let w = self.text(head);
                            self.is_document(Some(sub))
                                || self.a.lexicon.is_role(w)
                                || self.a.lexicon.is_org_noun(w)
                                || self.a.lexicon.is_generic_org_noun(w)
                                || w.starts_with(char::is_uppercase)
                        }
                    })
        });
        let (subject, subject_start) = match before {
            Some(sub) => (Some(sub), self.with_titles(subject_first(sub), s.start)),
            // An object cue's noun phrase after it is its object ("decried
            // the plan"), unless set off as an inverted source.
            None => match self
                .a
                .subject_after(cue, s.end)
                .filter(|&sub| self.plausible_source(sub))
                .filter(|_| inverted || self.object_cue(i).is_none())
            {
                Some(sub) => (Some(self.whole_source(sub, s.end)), i),
                None => (None, i),
            },
        };
        let subject_after = before.is_none() && subject.is_some();
        let speaker = match subject {
            Some(_) if passive => Speaker::default(),
            Some(sub) => self.speaker_of(sub, i, s.start),
            None => Speaker::default(),
        };
        // Verbs that report only through their object ("blamed", "talked
        // about") take no other content.
        let object_only = !quote_cue && !self.a.lexicon.is_reported_cue(self.text(i));
        if object_only {
            let content = self.object_content(i, s.end).filter(|_| !passive)?;
            return subject.map(|_| Found {
                content,
                frame: subject_start..i + 1,
                cue,
                speaker,
            });
        }
        // Content after the cue: "said (that) …".
        if !subject_after {
            let hearer = self.a.is(i, HEARER_CUES);
            let (mut content, that) = self.content_after(i, s.end, hearer);
            // A poll's findings run on past ", while": "a poll showed Lind
            // ahead, while Hale was at 18 percent".
            if self.is_document(subject)
                && content.end + 1 < s.end
                && self.text(content.end) == ","
                && self.a.is(content.end + 1, &["while", "whereas"])
            {
                let more = content.end + 2;
                content = self.trimmed(content.start..self.clause_end(more, s.end));
            }
            // A question is reported by its clause: "asked (him) whether …".
            if self.a.is(i, ASK) && !(that || self.a.is(content.start, CLAUSE_WORDS)) {
                return None;
            }
            // Documents and polls report phrases too: "a poll showed Smith
            // ahead".
            let clause =
                (self.a.lexicon.takes_clause(self.text(i)) && !hearer) || self.is_document(subject);
            // "He found shelter in a barn": a finding verb reports without
            // "that" only for a document ("the audit found the books short").
            let finding = self.a.is(i, FINDING_VERBS) && !that && !self.is_document(subject);
            if !content.is_empty()
                && !finding
                && (that || strong || clause || !quote_cue)
                && (that || !passive)
                && (that
                    || quote_cue
                    || clause
                    || self.is_statement_after(content.clone(), false, false))
                && self.is_statement_after(content.clone(), that, clause)
            {
                if subject.is_none() && !that {
                    return self.asked(cue, content, s);
                }
                return Some(Found {
                    content,
                    frame: subject_start..i + 1,
                    cue,
                    speaker,
                });
            }
            // "blamed the flood on a pump that failed": an object that
            // holds a clause.
            if let (Some(_), false, Some(content)) =
                (subject, passive, self.object_content(i, s.end))
            {
                return Some(Found {
                    content,
                    frame: subject_start..i + 1,
                    cue,
                    speaker,
                });
            }
        }
        if passive || subject.is_none() || (!strong && quote_cue) {
            return None;
        }
        // Content before: "…, X said." The cue and its source end the
        // sentence, or break it: "The economy, he said, is booming."
        let source_end = match subject {
            Some(Subject::Named(m)) if subject_after => m.last + 1,
            Some(Subject::Description { last, .. }) if subject_after => last + 1,
            Some(Subject::Pronoun(p)) if subject_after => p + 1,
            // "…, the mayor told reporters.": past who was told.
            _ if self.a.is(i, HEARER_CUES) && i + 1 < s.end => self.skip_hearer(i + 1, s.end),
            _ => i + 1,
        };
        let rest = self.skip_time(source_end, s.end);
        let before = self.content_before(s.start, subject_start);
        // The content ends at the comma (or closing mark) before the source:
        // "…,” White House spokesman Tom Hart said" leaves the title out.
        let set_off = subject_start > s.start
            && (self.text(subject_start - 1) == ","
                || self.kind(subject_start - 1) == TokenKind::QuoteMark);
        if before.is_empty() || !set_off {
            return None;
        }
        let ends = (rest..s.end).all(|k| self.is_closing(k));
        if !quote_cue && !ends {
            return None;
        }
        if ends {
            let words = before
                .clone()
                .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
                .count();
            let statement = self.is_statement(before.clone())
                || (quote_cue && words >= 3 && !self.wholly_quoted(before.clone()));
            return statement.then_some(Found {
                content: before,
                frame: subject_start..source_end,
                cue,
                speaker,
            });
        }
        // Split content: the longer part stands for both.
        if self.text(rest) == "," && self.text(subject_start.saturating_sub(1)) == "," {
            let after = self.trimmed(rest + 1..s.end.min(rest + 1 + CONTENT_REACH));
            let whole = before.start..after.end;
            // "At a rally, Smith said, “…”" is a quote with a setting, not
            // split content.
            let quoted_after = (rest + 1..after.end.min(rest + 3))
                .any(|k| self.kind(k) == TokenKind::QuoteMark || self.a.quoted[k]);
            // "In other words, he said, “…”": a short lead the quote
            // completes; the quote, the longer part, stands for both.
            if quoted_after && self.leads_quote(before.clone(), after.clone()) {
                return Some(Found {
                    content: after,
                    frame: subject_start..rest + 1,
                    cue,
                    speaker,
                });
            }
            if quoted_after
                || self.a.is(before.start, SETTING_OPENERS)
                || self.text(before.start).ends_with("ing")
            {
                return None;
            }
            // "…, X said on Tuesday, after a week of …": a setting follows.
            if !self.a.is(after.start, SETTING_OPENERS) && self.is_statement(whole) {
                let content = if after.len() > before.len() {
                    after
                } else {
                    before
                };
                return Some(Found {
                    content,
                    frame: subject_start..rest + 1,
                    cue,
                    speaker,
                });
            }
        }
        // "…, said Ms. Gil, with games of …": an aside after the source.
        if self.text(rest) == "," && self.is_statement(before.clone()) {
            return Some(Found {
                content: before,
                frame: subject_start..source_end,
                cue,
                speaker,
            });
        }
        None
    }

    /// The particles an object cue's content follows ("" for none), or
    /// `None` when the word at `i` is no object cue.
    fn object_cue(&self, i: usize) -> Option<&'static str> {
        let value = REPORTED_CUES.get(self.a.doc.lower(i))?;
        value.strip_prefix("object").map(str::trim)
    }

    /// Whether the word at `i` is a speech noun ("claim", "warning").
    fn is_speech_noun(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word
            && !self.a.quoted[i]
            && REPORTED_CUES.get(self.a.doc.lower(i)) == Some("noun")
    }

    /// The content of an object cue at `i`: its object, past the cue's
    /// particle, when the object holds a finite verb ("blamed the flood on
    /// a pump that failed", "talked about how the plan would work"). An
    /// object without one is a phrase ("criticized the plan"), no statement.
    fn object_content(&self, i: usize, end: usize) -> Option<Range<usize>> {
        let particles = self.object_cue(i)?;
        let mut k = i + 1;
        if !particles.is_empty() {
            if !particles.split(' ').any(|p| self.a.is(k, &[p])) {
                return None;
            }
            k += 1;
        } else if self.a.is(k, NOT_CONTENT_START) || self.a.is(k, SETTING_OPENERS) {
            return None;
        }
        let k = self.skip_time(k, end);
        let end = self.clause_end(k, end);
        let content = self.trimmed(k..end.min(k + CONTENT_REACH));
        // "a poll released on Tuesday showed …": a participle, no object.
        if content.is_empty() || self.verb_like(content.start) {
            return None;
        }
        // The verb must be the object's own, before any cue inside it
        // ("blamed the press for her claim that …" holds only a phrase).
        let own = content.start
            ..(content.start + 1..content.end)
                .find(|&j| self.cue_at(j).is_some() || self.is_speech_noun(j))
                .unwrap_or(content.end);
        // Nor past a comma opening a remark on the object, in the article's
        // voice, which the content leaves out: "praised the plan, which was
        // approved in May", "released the files, with more to come",
        // "…, bringing the total to 90".
        let remark = (content.start + 1..content.end).find(|&j| {
            let next = j + 1;
            self.text(j) == ","
                && next < content.end
                && (self.a.is(next, &["which", "who", "where", "with"])
                    || (self.text(next).ends_with("ing")
                        && self.text(next).starts_with(char::is_lowercase)
                        && !self.a.is(next, &["including"])))
        });
        let content = self.trimmed(content.start..remark.unwrap_or(content.end));
        let own = content.start..own.end.min(content.end);
        let holds_verb = own.clone().any(|j| self.object_verb(j, own.start));
        (content.len() >= 3 && holds_verb && !self.wholly_quoted(content.clone()))
            .then_some(content)
    }

    /// Whether token `k` is a finite verb inside an object starting at
    /// `start`: as [`Reader::finite_at`] reads one, or any verb after "who"
    /// or "which" ("people who oppose the plan").
    fn object_verb(&self, k: usize, start: usize) -> bool {
        self.finite_at(k, start, false)
            || (k > start
                && self.a.is(k - 1, &["which", "who"])
                && self.kind(k) == TokenKind::Word
                && self.text(k).starts_with(char::is_lowercase)
                && !self.a.is(k, super::lexicon::DETERMINERS)
                && !self.a.is(k, SUBJECT_PRONOUNS))
    }

    /// A speech noun at `i` and its "that" clause: "her claim that …",
    /// "the mayor's warning on Friday that …", "his argument was that …".
    /// The owner ("her", "the mayor's", "a report by the council") speaks.
    fn speech_noun(&self, i: usize, s: Range<usize>) -> Option<Found> {
        if !self.is_speech_noun(i) {
            return None;
        }
        // Back over adjectives to the determiner or owner: "Trump's false
        // claims", "a common refrain".
        let mut first = None;
        let mut owner = None;
        let mut k = i;
        while k > s.start && k + 4 > i {
            let t = k - 1;
            if self.kind(t) == TokenKind::Possessive {
                let m = self.a.mention_at[t].or(if t > s.start {
                    self.a.mention_at[t - 1]
                } else {
                    None
                });
                owner = m.map(Subject::Named);
                first = Some(m.map_or(t, |m| m.first));
                break;
            }
            if self.a.is(t, &["his", "her", "their", "its"]) {
                owner = Some(Subject::Pronoun(t));
                first = Some(t);
                break;
            }
            if self.a.is(t, super::lexicon::DETERMINERS) {
                first = Some(t);
                break;
            }
            let adjective = self.kind(t) == TokenKind::Word
                && self.text(t).starts_with(char::is_lowercase)
                && !self.verb_like(t)
                && self.cue_at(t).is_none();
            if !adjective {
                return None;
            }
            k = t;
        }
        let first = first?;
        // On to "that", past a time or a "by" naming the owner: "his claim
        // in November that", "a report by the council that", "was that".
        let reach = s.end.min(i + 8);
        let mut j = i + 1;
        while j < reach && !self.a.is(j, &["that"]) {
            let word = matches!(self.kind(j), TokenKind::Word | TokenKind::Number);
            let linking = self.a.is(j, &["was", "is"]) && self.a.is(j + 1, &["that"]);
            if self.a.quoted[j] || !word || (self.verb_like(j) && !linking) {
                return None;
            }
            if owner.is_none() && self.a.is(j, &["by"]) {
                owner = self
                    .a
                    .mention_at
                    .get(j + 1)
                    .copied()
                    .flatten()
                    .map(Subject::Named);
            }
            j += 1;
        }
        if j >= reach {
            return None;
        }
        let mut end = self.clause_end(j + 1, s.end).min(j + 1 + CONTENT_REACH);
        // "Despite her claim that A, the court ruled …": a fronted phrase
        // ends at the comma before the main clause.
        if self.a.is(s.start, SETTING_OPENERS) || self.a.is(s.start, &["despite", "amid"]) {
            end = (j + 2..end)
                .find(|&k| {
                    self.text(k) == ","
                        && k + 1 < end
                        && (self.a.is(k + 1, super::lexicon::DETERMINERS)
                            || self.a.is(k + 1, SUBJECT_PRONOUNS)
                            || self.a.mention_at[k + 1].is_some())
                })
                .unwrap_or(end);
        }
        let content = self.trimmed(j + 1..end);
        // "the claim that was made": a relative clause.
        if content.len() < 2 || self.verb_like(content.start) || self.wholly_quoted(content.clone())
        {
            return None;
        }
        let speaker = owner.map_or_else(Speaker::default, |o| self.speaker_of(o, i, s.start));
        Some(Found {
            content,
            frame: first..j + 1,
            cue: Cue {
                token: i,
                kind: CueKind::Verb,
                strength: CueStrength::Weak,
            },
            speaker,
        })
    }

    /// "Asked whether the plan would work, Smith said …", "when asked why":
    /// the question put to a source by an unnamed asker. It ends at the
    /// comma before the answer's subject.
    fn asked(&self, cue: Cue, content: Range<usize>, s: Range<usize>) -> Option<Found> {
        let i = cue.token;
        let opens = i == s.start || self.a.is(i - 1, &["when", "after", "once"]);
        if !self.a.is(i, ASK) || !opens || !self.a.is(content.start, CLAUSE_WORDS) {
            return None;
        }
        let answer = (content.start + 1..content.end).find(|&k| {
            self.text(k) == ","
                && k + 1 < content.end
                && (self.a.mention_at[k + 1].is_some() || self.a.is(k + 1, SUBJECT_PRONOUNS))
        });
        let content = self.trimmed(content.start..answer.unwrap_or(content.end));
        // Before a direct answer the question is the quote's setting, as
        // "At a rally" is: "Asked about the plan, she said, “…”".
        let quoted_answer = (content.end..s.end.min(content.end + 12))
            .any(|k| self.a.quoted[k] || self.kind(k) == TokenKind::QuoteMark);
        (content.len() >= 2 && !quoted_answer).then_some(Found {
            content,
            frame: i..i + 1,
            cue,
            speaker: Speaker::default(),
        })
    }

    /// Whether `before`, the first part of split content, is a short lead
    /// the quote in `after` completes: a discourse opener ("In other
    /// words", "As for the budget") or a quote that goes on in lower case
    /// ("No plan, he said, “will survive the winter.”").
    fn leads_quote(&self, before: Range<usize>, after: Range<usize>) -> bool {
        let words = before
            .clone()
            .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .count();
        if words == 0 || words > 8 {
            return false;
        }
        // The lead is the opener alone, or "As for" and what it names.
        let opener = DISCOURSE_LEADS.iter().any(|lead| {
            let whole = lead.len() == before.len() || lead == &["as", "for"];
            whole
                && lead.iter().enumerate().all(|(n, w)| {
                    before.start + n < before.end && self.a.is(before.start + n, &[w])
                })
        });
        let first_word = after
            .clone()
            .find(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number));
        let goes_on = first_word.is_some_and(|k| self.text(k).starts_with(char::is_lowercase))
            && !self.a.is(before.start, SETTING_OPENERS);
        opener || goes_on
    }

    /// What a subject refers to; an unnamed source keeps the whole phrase
    /// that names it ("officials at the ministry", "an inquiry into the
    /// reservoir"), not only the noun after the preposition.
    fn speaker_of(&self, sub: Subject, at: usize, limit: usize) -> Speaker {
        let speaker = self.a.resolve(sub, at);
        if speaker.entity.is_some() {
            return speaker;
        }
        if let Subject::Description { first, last, head } = sub {
            // "CNN, citing the adviser, revealed": the one citing speaks.
            if first > limit + 1 && self.a.is(first - 1, &["citing", "quoting"]) {
                let mut j = first - 2;
                if self.text(j) == "," && j > limit {
                    j -= 1;
                }
                if let Some(m) = self.a.mention_at[j] {
                    return Speaker {
                        entity: Some(m.entity),
                        text: None,
                    };
                }
            }
            // "said the organiser, Renée Müller": the name in apposition.
            let named = self
                .a
                .mention_at
                .get(last + 2)
                .copied()
                .flatten()
                .filter(|m| {
                    self.a.is(last + 1, &[","])
                        && m.first == last + 2
                        && self.a.lexicon.is_role(self.text(head))
                        && self.a.entities[m.entity].kind == crate::model::EntityKind::Person
                });
            if let Some(m) = named {
                return Speaker {
                    entity: Some(m.entity),
                    text: None,
                };
            }
            if first > limit + 1 && self.a.is(first - 1, LINKING_PREPOSITIONS) {
                if let Some(Subject::Description {
                    first: outer, head, ..
                }) = self.a.subject_before(first - 1, limit, 2)
                {
                    let wide = Subject::Description {
                        first: outer,
                        last,
                        head,
                    };
                    return Speaker {
                        entity: None,
                        text: self.a.resolve(wide, at).text,
                    };
                }
            }
        }
        speaker
    }

    /// A source after its cue with what qualifies it: "said a spokesman
    /// for the council", "said officials at the port".
    fn whole_source(&self, sub: Subject, end: usize) -> Subject {
        let Subject::Description { first, last, head } = sub else {
            return sub;
        };
        if !self.a.is(last + 1, LINKING_PREPOSITIONS) {
            return sub;
        }
        let mut k = last + 1;
        while k + 1 < end
            && k < last + 8
            && matches!(
                self.kind(k + 1),
                TokenKind::Word | TokenKind::Possessive | TokenKind::Number
            )
            && !self.a.quoted[k + 1]
            && self.a.cue_at(k + 1).is_none()
        {
            k += 1;
        }
        if k == last + 1 {
            return sub;
        }
        Subject::Description {
            first,
            last: k,
            head,
        }
    }

    /// Where a source starts, with the titles before its name: "Mr. Tom
    /// Vane", "White House press secretary Josh Earnest".
    fn with_titles(&self, first: usize, start: usize) -> usize {
        let mut k = first;
        let mut steps = 0;
        while k > start && steps < 6 {
            let t = k - 1;
            let abbreviation = self.text(t) == "."
                && t > start
                && self.text(t - 1).starts_with(char::is_uppercase)
                && self.text(t - 1).len() <= 4;
            // "Portugal's Infrastructure Minister Helena Marques".
            let title_word = self.kind(t) == TokenKind::Word
                && (self.a.lexicon.is_role(self.text(t))
                    || (self.text(t).starts_with(char::is_uppercase)
                        && !self.a.doc.is_sentence_initial(t)));
            if abbreviation {
                k = t - 1;
            } else if title_word || self.kind(t) == TokenKind::Possessive {
                k = t;
            } else {
                break;
            }
            steps += 1;
        }
        k
    }

    /// Whether a subject is a document or a poll, whose findings are
    /// reported as phrases too ("a new poll showed Smith moving ahead").
    fn is_document(&self, subject: Option<Subject>) -> bool {
        matches!(subject, Some(Subject::Description { head, .. }) if self.a.is(head, DOCUMENT_NOUNS))
    }

    /// Whether a description can name who speaks: it opens with a
    /// determiner, a capital or a number ("the report", "US officials",
    /// "Twenty-four percent"), or is a plural or role noun ("aides",
    /// "analysts"), not a stray phrase ("eliminating urgency in").
    fn plausible_source(&self, sub: Subject) -> bool {
        let Subject::Description { first, head, .. } = sub else {
            return true;
        };
        let w = self.text(first);
        self.a.is(first, super::lexicon::DETERMINERS)
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || self.kind(first) == TokenKind::Number
            || self.a.lexicon.is_role(w)
            || self.a.lexicon.is_role(self.text(head))
            || [first, head].iter().any(|&k| {
                let w = self.text(k);
                self.kind(k) == TokenKind::Number || (w.ends_with('s') && !w.ends_with("ss"))
            })
    }

    /// Whether a subject found after a cue names a source ("said Ms. Gil",
    /// "said a spokesman"), not the start of the content ("said it has").
    fn names_source(&self, sub: Subject) -> bool {
        match sub {
            Subject::Named(_) => true,
            Subject::Pronoun(p) => self.a.is(p, &["he", "she"]),
            Subject::Description { first, head, .. } => {
                let lexicon = self.a.lexicon;
                let word = self.text(head);
                self.a.is(first, super::lexicon::DETERMINERS)
                    && (lexicon.is_role(word)
                        || lexicon.is_org_noun(word)
                        || lexicon.is_generic_org_noun(word))
            }
        }
    }

    /// Whether token `k` is punctuation that may end a sentence after the
    /// attribution.
    fn is_closing(&self, k: usize) -> bool {
        matches!(self.text(k), "." | "!" | "?" | "…" | ")" | ";")
            || self.kind(k) == TokenKind::QuoteMark
    }

    /// Past time words and phrases: "on Tuesday", "last week", "Monday".
    fn skip_time(&self, mut k: usize, end: usize) -> usize {
        let mut steps = 0;
        while k < end && steps < 4 {
            if self.a.is(k, TIME_WORDS) {
                k += 1;
            } else if self.a.is(
                k,
                &["on", "last", "this", "earlier", "later", "early", "late"],
            ) && self.a.is(k + 1, TIME_WORDS)
            {
                k += 2;
            } else if self
                .a
                .is(k, &["earlier", "later", "recently", "again", "also"])
            {
                k += 1;
            } else {
                break;
            }
            steps += 1;
        }
        k
    }

    /// The content after a cue at `i`: from a "that" close after it (past
    /// a hearer, a time, "in a statement"), or right after it (past the
    /// hearer of "told" and a time). Also whether a "that" opened it.
    fn content_after(&self, i: usize, end: usize, hearer: bool) -> (Range<usize>, bool) {
        let end = self.clause_end(i + 1, end);
        let reach = end.min(i + 12);
        let mut k = i + 1;
        if self.a.is(k, &["out", "back"]) {
            k += 1; // "pointed out that", "wrote back that"
        }
        // "said that", "told reporters on Tuesday that", "said in a
        // statement that": a "that" before any verb or quote, past a hearer
        // or an adverbial, never past an object ("adds to the drama that").
        let opens_adverbial = |k: usize| {
            k >= end
                || self.a.is(k, &["that", ","])
                || self.a.is(k, ADVERBIAL_OPENERS)
                || self.a.is(k, TIME_WORDS)
                || (self.text(k).ends_with("ly") && self.text(k).starts_with(char::is_lowercase))
        };
        let search = hearer || opens_adverbial(k);
        while search && k < reach {
            if self.a.quoted[k] || self.kind(k) == TokenKind::QuoteMark {
                break;
            }
            if self.a.is(k, &["that"]) {
                let content = self.trimmed(k + 1..end.min(k + 1 + CONTENT_REACH));
                // "remarks that were featured": a relative clause.
                if content.is_empty() || self.verb_like(content.start) {
                    return (k..k, false);
                }
                return (content, true);
            }
            // "said, arguing that …": the "that" is the participle's.
            if self.a.is(k, FINITE)
                || self.a.is(k, CLAUSE_WORDS)
                || self.a.is(k, SUBJECT_PRONOUNS)
                || self.cue_at(k).is_some()
            {
                break;
            }
            if matches!(self.text(k), "." | "!" | "?" | ";" | ":") {
                break;
            }
            k += 1;
        }
        let mut k = i + 1;
        if self.a.is(k, &["out", "back"]) {
            k += 1;
        }
        if hearer && k < end {
            k = self.skip_hearer(k, end);
        }
        k = self.skip_time(k, end);
        // "said flatly: “…”": past an adverb to the colon.
        if k + 1 < end && self.text(k + 1) == ":" && self.text(k).ends_with("ly") {
            k += 2;
        }
        if k < end && matches!(self.text(k), "," | ":") {
            // "she added, the plan is …": a clause after the comma, not a
            // quote, an aside or a participle.
            let next = k + 1;
            let clause_follows = self.text(k) == ","
                && next < end
                && self.kind(next) == TokenKind::Word
                && !self.a.quoted[next]
                && self.a.cue_at(next).is_none()
                && !self.text(next).ends_with("ing")
                && !self.a.is(next, ADVERBIAL_OPENERS)
                && !self.a.is(
                    next,
                    &["adding", "saying", "noting", "who", "which", "and", "but"],
                );
            if clause_follows {
                let content = self.trimmed(next..end.min(next + CONTENT_REACH));
                if self.is_statement_after(content.clone(), false, false) {
                    return (content, false);
                }
            }
            return (k..k, false);
        }
        (self.trimmed(k..end.min(k + CONTENT_REACH)), false)
    }

    /// Where the reported clause ends: before ", while", ", whereas" or a
    /// semicolon, where the article goes on in its own voice ("…, while 9
    /// percent found …"). A ", but" stays: it usually goes on reporting.
    fn clause_end(&self, from: usize, end: usize) -> usize {
        let reach = end.min(from + CONTENT_REACH);
        let dash = |k: usize| matches!(self.text(k), "—" | "–" | "--");
        (from..reach)
            .find(|&k| {
                !self.a.quoted[k]
                    && (self.text(k) == ";"
                        || (self.text(k) == "," && self.a.is(k + 1, &["while", "whereas"]))
                        // "said A — a boost for B": a lone dash after a
                        // clause, before a noun phrase, opens the article's
                        // remark; a pair of dashes sets off words inside
                        // the content.
                        || (dash(k)
                            && k >= from + 4
                            && self.a.is(k + 1, &["a", "an", "the"])
                            && self.is_statement(from..k)
                            && !(k.saturating_sub(16).max(from)..k).any(dash)
                            && !(k + 1..reach.min(k + 16)).any(dash)))
            })
            .unwrap_or(end)
    }

    /// Past who was told: "told him", "told reporters", "told CNN", "told
    /// the Associated Press".
    fn skip_hearer(&self, k: usize, end: usize) -> usize {
        if let Some(m) = self.a.mention_at[k] {
            return m.last + 1;
        }
        if self.a.is(k, OBJECT_PRONOUNS) {
            return k + 1;
        }
        if self
            .a
            .is(k, &["the", "a", "an", "his", "her", "their", "its"])
        {
            let mut j = k + 1;
            while j < end && j < k + 4 && self.kind(j) == TokenKind::Word && !self.a.is(j, FINITE) {
                if let Some(m) = self.a.mention_at[j] {
                    return m.last + 1;
                }
                j += 1;
                if self.a.is(j, &["that"]) || self.text(j) == "," {
                    break;
                }
            }
            return j;
        }
        // "told reporters", "told supporters": one plural noun.
        let w = self.text(k);
        if self.kind(k) == TokenKind::Word && w.starts_with(char::is_lowercase) && w.ends_with('s')
        {
            return k + 1;
        }
        k
    }

    /// The content before a source at `source`: from the sentence start to
    /// the comma before it.
    fn content_before(&self, start: usize, source: usize) -> Range<usize> {
        if source <= start {
            return start..start;
        }
        let mut from = source.saturating_sub(CONTENT_REACH).max(start);
        // "ZURICH — …": a dateline is no part of what was said.
        if let Some(dash) =
            (from..source.min(from + 8)).find(|&k| matches!(self.text(k), "—" | "–" | "--"))
        {
            let dateline = (from..dash).all(|k| {
                let w = self.text(k);
                self.kind(k) != TokenKind::Word || !w.chars().any(char::is_lowercase)
            });
            if dateline {
                from = dash + 1;
            }
        }
        self.trimmed(from..source)
    }

    /// A range without leading or trailing punctuation, quotation marks
    /// and a joining "and" or "but".
    fn trimmed(&self, r: Range<usize>) -> Range<usize> {
        let (mut a, mut b) = (r.start, r.end);
        let edge = |k: usize| {
            matches!(self.kind(k), TokenKind::Punct | TokenKind::QuoteMark)
                && !matches!(self.text(k), "$" | "£" | "€" | "(" | "%")
        };
        while a < b && (edge(a) || self.a.is(a, &["and", "but", "that"])) {
            a += 1;
        }
        while b > a && (edge(b - 1) || self.a.is(b - 1, &["and", "but"])) {
            b -= 1;
        }
        a..b
    }

    /// Whether content reads as a statement: a clause with a finite verb,
    /// and not wholly inside quotation marks (a quote, not reported speech).
    fn is_statement(&self, r: Range<usize>) -> bool {
        if r.len() < 2 || self.wholly_quoted(r.clone()) {
            return false;
        }
        r.clone().any(|k| self.finite_at(k, r.start, true))
    }

    /// As [`Reader::is_statement`], for content after a cue: a "that" makes
    /// it a clause; else its first words must hold the verb ("said the plan
    /// was dead", not "called the plan a disaster, which ...").
    fn is_statement_after(&self, r: Range<usize>, that: bool, clause: bool) -> bool {
        if r.len() < 2 || self.wholly_quoted(r.clone()) {
            return false;
        }
        if that {
            return true;
        }
        if self.a.is(r.start, CLAUSE_WORDS) {
            return true;
        }
        // "said the day after the vote", "tweeted two hours before …": a
        // time, not what was said.
        if self.a.is(
            r.start + 1,
            &[
                "day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
                "hours", "minutes",
            ],
        ) && self.a.is(r.start + 2, &["after", "before"])
        {
            return false;
        }
        // "said at least 14 bridges …" opens with a hedge, not a setting.
        let hedge = self.a.is(r.start + 1, &["least", "most"])
            || (r.start + 1 < r.end && self.kind(r.start + 1) == TokenKind::Number);
        if !hedge && (self.a.is(r.start, NOT_CONTENT_START) || self.a.is(r.start, SETTING_OPENERS))
        {
            return false;
        }
        let words = r
            .clone()
            .filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .count();
        if clause && words >= 3 {
            return true;
        }
        if self.a.is(r.start, CLAUSE_WORDS) {
            return true;
        }
        let head_end = (r.start..r.end.min(r.start + 12))
            .find(|&k| {
                matches!(self.text(k), "," | ";" | ":")
                    || self.a.quoted[k]
                    || (k > r.start && self.a.is(k, &["that", "which", "who", "whose", "where"]))
            })
            .unwrap_or(r.end.min(r.start + 12));
        (r.start..head_end).any(|k| self.finite_at(k, r.start, false))
    }

    /// Whether token `k` reads as a verb opening a relative clause ("remarks
    /// that were featured", "incidents that happened").
    fn verb_like(&self, k: usize) -> bool {
        let w = self.text(k);
        self.a.is(k, FINITE)
            || self.a.is(k, IRREGULAR_PAST)
            || (w.starts_with(char::is_lowercase) && w.len() > 3 && w.ends_with("ed"))
    }

    /// Whether token `k` looks like a finite verb of a clause starting at
    /// `start`.
    fn finite_at(&self, k: usize, start: usize, loose: bool) -> bool {
        if self.kind(k) != TokenKind::Word {
            return false;
        }
        if self.a.is(k, FINITE) || self.a.is(k, IRREGULAR_PAST) || self.text(k).ends_with("n't") {
            return true;
        }
        if k == start || self.a.mention_at[k].is_some() {
            return false;
        }
        let w = self.text(k);
        let lower_word = w.starts_with(char::is_lowercase) && w.len() > 3;
        let after_subject = self.a.is(k - 1, SUBJECT_PRONOUNS)
            || self.a.mention_at[k - 1].is_some()
            || (loose
                && self.kind(k - 1) == TokenKind::Word
                && !self.a.is(k - 1, super::lexicon::DETERMINERS));
        let determiner_before = self.a.is(k - 1, super::lexicon::DETERMINERS);
        lower_word
            && !determiner_before
            && (w.ends_with("ed") || (after_subject && w.ends_with('s')))
    }

    /// Whether every word of the range is inside one or more quotes.
    fn wholly_quoted(&self, r: Range<usize>) -> bool {
        r.filter(|&k| matches!(self.kind(k), TokenKind::Word | TokenKind::Number))
            .all(|k| self.a.quoted[k])
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
mod tests {
    use super::super::tests::entity;
    use crate::document::Document;
    use crate::entities::Gender;
    use crate::model::EntityKind;

    /// (sentence, people named in it, expected attributions as (content,
    /// speaker's name or words, cue, kind)).
    type Case = (
        &'static str,
        &'static [&'static str],
        &'static [(&'static str, &'static str, &'static str, &'static str)],
    );

    const CASES: &[Case] = &[
        // X said (that) …
        (
            "Mara Lind said the bridge would reopen in May.",
            &["Mara Lind"],
            &[(
                "the bridge would reopen in May",
                "Mara Lind",
                "said",
                "indirect",
            )],
        ),
        (
            "Mara Lind told reporters that the bridge was safe.",
            &["Mara Lind"],
            &[("the bridge was safe", "Mara Lind", "told", "indirect")],
        ),
        (
            "Mara Lind warned on Tuesday that the tunnel could flood.",
            &["Mara Lind"],
            &[("the tunnel could flood", "Mara Lind", "warned", "indirect")],
        ),
        (
            "Mara Lind flatly denied that she had seen the letters.",
            &["Mara Lind"],
            &[(
                "she had seen the letters",
                "Mara Lind",
                "denied",
                "indirect",
            )],
        ),
        // According to X, …  and  …, according to X.
        (
            "According to Mara Lind, the repairs cost £3 million.",
            &["Mara Lind"],
            &[(
                "the repairs cost £3 million",
                "Mara Lind",
                "According to",
                "indirect",
            )],
        ),
        (
            "The repairs cost £3 million, according to the ministry.",
            &[],
            &[(
                "The repairs cost £3 million",
                "the ministry",
                "according to",
                "indirect",
            )],
        ),
        // …, X said.  and  …, said X.
        (
            "The bridge will reopen in May, Mara Lind said on Friday.",
            &["Mara Lind"],
            &[(
                "The bridge will reopen in May",
                "Mara Lind",
                "said",
                "indirect",
            )],
        ),
        (
            "The bridge will reopen in May, said a spokesman for the council.",
            &[],
            &[(
                "The bridge will reopen in May",
                "a spokesman for the council",
                "said",
                "indirect",
            )],
        ),
        // Content split by its source: the longer part stands for it.
        (
            "The bridge, Mara Lind said, is older than the town itself.",
            &["Mara Lind"],
            &[(
                "is older than the town itself",
                "Mara Lind",
                "said",
                "indirect",
            )],
        ),
        // Documents and unnamed sources.
        (
            "The report found that the pier had been neglected for years.",
            &[],
            &[(
                "the pier had been neglected for years",
                "The report",
                "found",
                "indirect",
            )],
        ),
        (
            "Port officials say that the ship carried 400 tonnes of grain.",
            &[],
            &[(
                "the ship carried 400 tonnes of grain",
                "Port officials",
                "say",
                "indirect",
            )],
        ),
        // A pronoun resolved as for quotes.
        (
            "Tom Hale arrived late. He said the tunnel was closed.",
            &["Tom Hale"],
            &[("the tunnel was closed", "Tom Hale", "said", "indirect")],
        ),
        // A light verb lends the cue its subject.
        (
            "Tom Hale went on to say that the tunnel was closed.",
            &["Tom Hale"],
            &[("the tunnel was closed", "Tom Hale", "say", "indirect")],
        ),
        // Two statements in one sentence, and a question.
        (
            "Mara Lind said the bridge was safe, adding that the tunnel would reopen.",
            &["Mara Lind"],
            &[
                ("the bridge was safe", "Mara Lind", "said", "indirect"),
                ("the tunnel would reopen", "Mara Lind", "adding", "indirect"),
            ],
        ),
        (
            "Mara Lind asked whether the tunnel was safe.",
            &["Mara Lind"],
            &[(
                "whether the tunnel was safe",
                "Mara Lind",
                "asked",
                "indirect",
            )],
        ),
        // Mixed: a partial quote inside the content.
        (
            "Mara Lind said the bridge was “perfectly sound” after the storm.",
            &["Mara Lind"],
            &[(
                "the bridge was “perfectly sound” after the storm",
                "Mara Lind",
                "said",
                "mixed",
            )],
        ),
        // A headline giving a source's words after a colon.
        (
            "Mara Lind: Bridge Is Safe for Now",
            &["Mara Lind"],
            &[("Bridge Is Safe for Now", "Mara Lind", ":", "indirect")],
        ),
        // An object that holds a clause, past the cue's particle; an
        // object that is a phrase, or whose only verb follows ", which",
        // is no statement.
        (
            "Tom Rale blamed Greg Miller for the fire that spread in May.",
            &["Tom Rale", "Greg Miller"],
            &[(
                "Greg Miller for the fire that spread in May",
                "Tom Rale",
                "blamed",
                "indirect",
            )],
        ),
        (
            "Tom Rale, a roofer, blamed Greg Miller for the fire that spread in May.",
            &["Tom Rale", "Greg Miller"],
            &[(
                "Greg Miller for the fire that spread in May",
                "Tom Rale",
                "blamed",
                "indirect",
            )],
        ),
        (
            "Mara Lind talked about how the bridge would be repaired.",
            &["Mara Lind"],
            &[(
                "how the bridge would be repaired",
                "Mara Lind",
                "talked",
                "indirect",
            )],
        ),
        (
            "Mara Lind blamed the council for the delay.",
            &["Mara Lind"],
            &[],
        ),
        (
            "Mara Lind praised the plan, which was approved in May.",
            &["Mara Lind"],
            &[],
        ),
        (
            "The harbour board responded to the attacks by pointing to a plan that would build homes.",
            &[],
            &[(
                "a plan that would build homes",
                "The harbour board",
                "pointing",
                "indirect",
            )],
        ),
        (
            "Noting that the bridge was old, Mara Lind urged caution.",
            &["Mara Lind"],
            &[("the bridge was old", "Mara Lind", "Noting", "indirect")],
        ),
        // Speech nouns: the owner speaks; a relative clause is no content.
        (
            "Tom Hale arrived late. He repeated his claim that the tunnel was unsafe.",
            &["Tom Hale"],
            &[("the tunnel was unsafe", "Tom Hale", "claim", "indirect")],
        ),
        (
            "Officials dismissed Mara Lind's warning that the dam could fail.",
            &["Mara Lind"],
            &[("the dam could fail", "Mara Lind", "warning", "indirect")],
        ),
        (
            "Despite Mara Lind's claim that the dam was sound, the council closed it.",
            &["Mara Lind"],
            &[("the dam was sound", "Mara Lind", "claim", "indirect")],
        ),
        (
            "Mara Lind repeated the claim that was made in May.",
            &["Mara Lind"],
            &[],
        ),
        // A question put by an unnamed asker, unless a direct answer
        // follows (then it is the quote's setting).
        (
            "Asked whether the bridge was safe, Mara Lind shrugged.",
            &["Mara Lind"],
            &[("whether the bridge was safe", "-", "Asked", "indirect")],
        ),
        (
            "Asked whether the bridge was safe, Mara Lind said, “It is.”",
            &["Mara Lind"],
            &[],
        ),
        // A short lead the quote completes; a setting leaves a quote only.
        (
            "In other words, Mara Lind said, “the bridge is finished.”",
            &["Mara Lind"],
            &[("the bridge is finished.", "Mara Lind", "said", "mixed")],
        ),
        (
            "No repair, Mara Lind said, “will last the winter.”",
            &["Mara Lind"],
            &[("will last the winter.", "Mara Lind", "said", "mixed")],
        ),
        (
            "At the meeting, Mara Lind said, “The bridge is finished.”",
            &["Mara Lind"],
            &[],
        ),
        // Where a content ends: before a lone dash and a remark, after who
        // was told.
        (
            "Mara Lind said the bridge was safe — a relief for the town.",
            &["Mara Lind"],
            &[("the bridge was safe", "Mara Lind", "said", "indirect")],
        ),
        (
            "The bridge will reopen in May, Mara Lind told reporters.",
            &["Mara Lind"],
            &[(
                "The bridge will reopen in May",
                "Mara Lind",
                "told",
                "indirect",
            )],
        ),
        // An object ends before a remark on it.
        (
            "The council released 300 pages of letters that the mayor kept, with more to follow.",
            &[],
            &[(
                "300 pages of letters that the mayor kept",
                "The council",
                "released",
                "indirect",
            )],
        ),
        // Polls: opening the sentence (a statement opening it is a
        // setting), running past ", while", ending in a percentage;
        // rulings; "reportedly".
        (
            "In a spring poll, Lind led Hale by nine points.",
            &[],
            &[(
                "Lind led Hale by nine points",
                "a spring poll",
                "In",
                "indirect",
            )],
        ),
        (
            "In a statement, Mara Lind said the bridge was safe.",
            &["Mara Lind"],
            &[("the bridge was safe", "Mara Lind", "said", "indirect")],
        ),
        (
            "A new poll showed Lind ahead of Hale, 32%-25%, while Moss was at 18%.",
            &[],
            &[(
                "Lind ahead of Hale, 32%-25%, while Moss was at 18%",
                "A new poll",
                "showed",
                "indirect",
            )],
        ),
        (
            "The judge ruled that the ferry could sail on Sundays.",
            &[],
            &[(
                "the ferry could sail on Sundays",
                "The judge",
                "ruled",
                "indirect",
            )],
        ),
        (
            "In the end, the firm has reportedly sold more than 40 mills, leaving the valley idle.",
            &[],
            &[("sold more than 40 mills", "-", "reportedly", "indirect")],
        ),
        // Not reported speech: whole quotes, mental states, negations,
        // phrases, requests, a finding verb about things, a time.
        (
            "“The bridge is sound,” Mara Lind said.",
            &["Mara Lind"],
            &[],
        ),
        (
            "Mara Lind believes the bridge is safe.",
            &["Mara Lind"],
            &[],
        ),
        (
            "Mara Lind fears that the tunnel could flood.",
            &["Mara Lind"],
            &[],
        ),
        (
            "Mara Lind wants the council to resign.",
            &["Mara Lind"],
            &[],
        ),
        (
            "Mara Lind did not say whether the bridge was safe.",
            &["Mara Lind"],
            &[],
        ),
        (
            "Mara Lind declined to say when the bridge would open.",
            &["Mara Lind"],
            &[],
        ),
        ("Mara Lind called the plan a disaster.", &["Mara Lind"], &[]),
        ("Mara Lind told the council to resign.", &["Mara Lind"], &[]),
        ("The divers found the wreck on Monday.", &[], &[]),
        (
            "Tom Hale found shelter in a barn and waited.",
            &["Tom Hale"],
            &[],
        ),
        (
            "Tom Hale wrote the day after the storm hit the pier.",
            &["Tom Hale"],
            &[],
        ),
    ];

    #[test]
    fn reported_cues_read() {
        let bad: Vec<_> = super::REPORTED_CUES
            .entries()
            .filter(|(_, kind)| {
                *kind != "noun"
                    && !kind
                        .strip_prefix("object")
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            })
            .map(|(word, _)| word)
            .collect();
        assert!(
            super::REPORTED_CUES.unreadable().is_empty() && bad.is_empty(),
            "{bad:?}"
        );
    }

    #[test]
    fn reported_speech_patterns() {
        let mut failures = Vec::new();
        for &(text, people, expected) in CASES {
            let entities: Vec<_> = people
                .iter()
                .map(|&name| {
                    let short = name.rsplit(' ').next().unwrap_or(name);
                    entity(text, EntityKind::Person, &[name, short], Gender::Male)
                })
                .collect();
            let doc = Document::parse(text);
            let got: Vec<(String, String, String, String)> =
                super::super::find_statements(&doc, &entities)
                    .attributions
                    .into_iter()
                    .map(|a| {
                        let speaker = a
                            .speaker
                            .map(|e| entities[e].name.clone())
                            .or(a.speaker_text)
                            .unwrap_or_else(|| "-".into());
                        (
                            doc.slice(a.span).to_string(),
                            speaker,
                            a.cue.unwrap_or_default(),
                            a.kind.as_str().to_string(),
                        )
                    })
                    .collect();
            let want: Vec<(String, String, String, String)> = expected
                .iter()
                .map(|&(c, s, q, k)| (c.into(), s.into(), q.into(), k.into()))
                .collect();
            if got != want {
                failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}

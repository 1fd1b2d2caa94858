//! Who said a quote: the cue (a reporting verb or "according to") near the
//! quote, the subject of that cue, and what the subject refers to.
//!
//! Everything here looks through small windows around a quote (its own
//! sentence, bounded in tokens) or a bounded number of mentions back, so the
//! cost per quote is constant and a document costs linear time.
//!
//! Subjects are found by shape, not parsing: the noun phrase before the verb
//! ("Maria Lopez said", "the minister, who ..., said", "he told"), or after it
//! in an inversion ("said Maria Lopez, the mayor"). [`super::resolve`] then
//! says what the subject refers to. Unnamed speakers ("a spokesman", "US
//! officials") keep their words as `speaker_text` and no entity.

use super::lexicon::{
    CueStrength, Lexicon, BEFORE_VERB, DETERMINERS, POST_NOMINALS, SUBJECT_PRONOUNS, TIME_WORDS,
};
use super::marks::QuotedPassage;
use crate::document::{Document, TokenKind};
use crate::entities::EntityCluster;
use crate::lexicon::WordSet;
use crate::model::EntityKind;
use std::ops::Range;

/// A mention of an entity, as a token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionRef {
    pub entity: usize,
    pub first: usize,
    pub last: usize,
}

/// The subject of a cue, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A named mention.
    Named(MentionRef),
    /// A pronoun, at this token.
    Pronoun(usize),
    /// A noun phrase over these tokens (inclusive), headed by `head`.
    Description {
        first: usize,
        last: usize,
        head: usize,
    },
}

/// The words that attribute a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A finite reporting verb: "said", "told".
    Verb,
    /// A participle that borrows its subject: "..., adding that".
    Participle,
    /// "according to X".
    According,
}

/// A cue at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub token: usize,
    pub kind: CueKind,
    pub strength: CueStrength,
}

/// Who speaks: an entity, or words naming an unnamed speaker, or neither.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    pub entity: Option<usize>,
    pub text: Option<String>,
}

/// Where an attribution was found, from most to least direct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Right after the quote: "“…,” she said".
    After,
    /// Before the quote in its sentence: "She said: “…”", "called it “…”".
    Before,
    /// Later in the sentence that closes the quote.
    FarAfter,
    /// The next sentence, nothing but the attribution: "“…” Smith said."
    SentenceAfter,
    /// The next sentence, opened by a cue: "“…” Smith said the plan ...".
    NextSentence,
}

/// A cue and the speaker it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub cue: Cue,
    pub placement: Placement,
    pub speaker: Speaker,
}

/// Prepositions that put a name inside a longer noun phrase.
const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "from", "outside", "inside", "near", "across", "for", "with", "on", "to",
    "by", "about", "against", "within", "around", "behind", "into", "over", "under",
];

/// Words that open a new clause after a quote: a cue beyond them belongs
/// to that clause, not to the quote.
const CLAUSE_OPENERS: &[&str] = &[
    "which", "that", "to", "because", ";", "while", "whereas", "although", "though", "since",
    "after", "before", "when", "if", "unless", "as", "where",
];

/// Words that end a noun phrase read backwards.
const NP_STOPS: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "when", "as", "if", "while", "because",
];

/// Words before a verb that make it no finite report: "to predict".
const NOT_FINITE: &[&str] = &[
    "to", "not", "would", "could", "might", "may", "will", "can", "should",
];

/// Cues naming a source that passes words on, not the speaker of them.
const SOURCE_CUES: &[&str] = &["reported", "reports", "according"];

/// Verbs that report a request when an infinitive follows.
const REQUEST_VERBS: &[&str] = &[
    "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "tell", "tells", "told",
    "telling",
];

/// Nouns for a message, after which a participle ("a statement saying")
/// takes the clause's subject.
const COMMUNICATION_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "post",
    "tweet",
    "letter",
    "message",
    "release",
    "video",
    "speech",
    "email",
    "note",
    "memo",
    "report",
    "op-ed",
    "column",
    "briefing",
];

/// Longest window, in tokens, around a quote.
const WINDOW: usize = 45;

/// Token ranges around a passage where its attribution may be.
struct Windows {
    /// From the start of the opening sentence to the opening mark.
    before: Range<usize>,
    /// From the closing mark to the end of the closing sentence.
    after: Range<usize>,
    /// Whether the next quote cut the window after short.
    cut_by_next: bool,
}

/// Finds cues and speakers around quoted passages.
pub struct Attributor<'d, 't> {
    pub(super) doc: &'d Document<'t>,
    pub(super) entities: &'d [EntityCluster],
    pub(super) lexicon: &'static Lexicon,
    /// For each token, the mention covering it.
    pub(super) mention_at: Vec<Option<MentionRef>>,
    /// Every mention, in text order.
    pub(super) mentions: Vec<MentionRef>,
    /// For each token, whether it is inside a quoted passage.
    pub(super) quoted: Vec<bool>,
    /// For each token, the cue it is, if any.
    cues: Vec<Option<Cue>>,
}

impl<'d, 't> Attributor<'d, 't> {
    pub fn new(
        doc: &'d Document<'t>,
        entities: &'d [EntityCluster],
        passages: &[QuotedPassage],
    ) -> Self {
        let n = doc.tokens.len();
        let mut mention_at: Vec<Option<MentionRef>> = vec![None; n];
        let mut mentions = Vec::new();
        for (e, entity) in entities.iter().enumerate() {
            for m in &entity.mentions {
                let first = doc.token_at_or_after(m.start);
                let mut last = first;
                while last + 1 < n && doc.tokens[last + 1].span.end <= m.end {
                    last += 1;
                }
                if first >= n || doc.tokens[first].span.end > m.end {
                    continue;
                }
                let r = MentionRef {
                    entity: e,
                    first,
                    last,
                };
                if mention_at[first..=last].iter().all(Option::is_none) {
                    mention_at[first..=last].fill(Some(r));
                    mentions.push(r);
                }
            }
        }
        mentions.sort_by_key(|m| m.first);
        let mut quoted = vec![false; n];
        for p in passages {
            if p.last < n {
                quoted[p.first..=p.last].fill(true);
            }
        }
        let mut attributor = Attributor {
            doc,
            entities,
            lexicon: Lexicon::shared(),
            mention_at,
            mentions,
            quoted,
            cues: Vec::new(),
        };
        // Every look back asks for cues; find them once.
        attributor.cues = (0..n).map(|i| attributor.find_cue(i)).collect();
        attributor
    }

    pub(super) fn lower(&self, i: usize) -> String {
        self.doc.token_text(i).to_lowercase()
    }

    /// Whether token `i` is one of `words` (lower-case ASCII), in any case.
    pub(super) fn is(&self, i: usize, words: &(impl WordSet + ?Sized)) -> bool {
        i < self.doc.tokens.len() && words.has(self.doc.lower(i))
    }

    pub(super) fn is_punct(&self, i: usize) -> bool {
        matches!(
            self.doc.tokens[i].kind,
            TokenKind::Punct | TokenKind::QuoteMark
        )
    }

    /// The cue at token `i`, if any.
    pub fn cue_at(&self, i: usize) -> Option<Cue> {
        self.cues.get(i).copied().flatten()
    }

    fn find_cue(&self, i: usize) -> Option<Cue> {
        let cue = self.word_cue_at(i)?;
        // "asked Iran to deliver", "urged them to": a request, not a report.
        if self.is(i, REQUEST_VERBS) && (i + 1..i + 5).any(|k| self.is(k, &["to"])) {
            return None;
        }
        Some(cue)
    }

    fn word_cue_at(&self, i: usize) -> Option<Cue> {
        let t = self.doc.tokens.get(i)?;
        if t.kind != TokenKind::Word || self.quoted[i] {
            return None;
        }
        let word = self.doc.token_text(i);
        if word.eq_ignore_ascii_case("according") && self.is(i + 1, &["to"]) {
            return Some(Cue {
                token: i,
                kind: CueKind::According,
                strength: CueStrength::Strong,
            });
        }
        // A capitalised cue inside a sentence is a name ("Said"), not a verb.
        if word.starts_with(char::is_uppercase) && !self.doc.is_sentence_initial(i) {
            return None;
        }
        let strength = self.lexicon.cue(word)?;
        // "the union's demands", "his claims": a plural noun, not a verb.
        // "the warning was": a gerund or noun after a determiner, too.
        if (word.ends_with('s') || word.ends_with("ing"))
            && i > 0
            && (self.doc.tokens[i - 1].kind == TokenKind::Possessive || self.is(i - 1, DETERMINERS))
        {
            return None;
        }
        let kind = if word.ends_with("ing") {
            CueKind::Participle
        } else {
            CueKind::Verb
        };
        Some(Cue {
            token: i,
            kind,
            strength,
        })
    }

    /// The cue text as written: the verb, or "according to".
    pub fn cue_text(&self, cue: Cue) -> String {
        match cue.kind {
            CueKind::According => {
                let start = self.doc.tokens[cue.token].span.start;
                let end = self
                    .doc
                    .tokens
                    .get(cue.token + 1)
                    .map_or(start, |t| t.span.end);
                self.doc.text[start..end].to_string()
            }
            _ => self.doc.token_text(cue.token).to_string(),
        }
    }

    /// The attribution of a passage from its own sentences: right after it,
    /// before it, later in its closing sentence, or the next short sentence.
    /// `previous_end` and `next_open` bound the windows by the neighbouring
    /// passages.
    pub fn attribute(
        &self,
        p: &QuotedPassage,
        previous_end: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Attribution> {
        let w = self.windows(p, previous_end, next_open);
        let (right_after, stop) = self.right_after(p, &w);
        right_after
            .or_else(|| self.before_attribution(p, w.before.start, w.before.end))
            .or_else(|| self.later_in_sentence(p, &w, stop))
            .or_else(|| self.next_sentence(p, next_open))
    }

    /// The windows around a passage: from the start of its opening
    /// sentence to its opening mark, and from its closing mark to the end of
    /// the closing sentence; bounded in length and by the neighbouring quotes.
    fn windows(
        &self,
        p: &QuotedPassage,
        previous_end: Option<usize>,
        next_open: Option<usize>,
    ) -> Windows {
        let doc = self.doc;
        let mut cut_by_next = false;
        let after = match p.close {
            Some(c) => {
                let s = &doc.sentences[doc.tokens[c].sentence];
                let mut end = s.tokens.end.min(c + 1 + WINDOW);
                if let Some(o) = next_open.filter(|&o| o < end) {
                    end = o;
                    cut_by_next = true;
                }
                c + 1..end.max(c + 1)
            }
            None => p.last + 1..p.last + 1,
        };
        let before_end = p.open;
        let mut before_start = doc.sentences[doc.tokens[p.open].sentence]
            .tokens
            .start
            .max(p.open.saturating_sub(WINDOW));
        if let Some(e) = previous_end {
            before_start = before_start.max((e + 1).min(before_end));
        }
        Windows {
            before: before_start..before_end,
            after,
            cut_by_next,
        }
    }

    /// First: a cue among the first tokens after the quote, with at most a short
    /// subject between ("“…,” the minister said", "“…,” said X"). Also where
    /// the search stopped: cues beyond belong to later in the sentence.
    fn right_after(&self, p: &QuotedPassage, w: &Windows) -> (Option<Attribution>, usize) {
        let (start, end) = (w.after.start, w.after.end);
        let near_end = end.min(start + 16);
        for i in start..near_end {
            let Some(cue) = self.cue_at(i) else {
                // Words that start a new clause end the search.
                let clause_start = (start..i).all(|k| self.is_punct(k));
                let after_comma = i > start && self.doc.token_text(i - 1) == ",";
                if self.is(i, CLAUSE_OPENERS)
                    || ((clause_start || after_comma) && self.is(i, &["and", "but", "or"]))
                {
                    return (None, i);
                }
                continue;
            };
            if (cue.kind == CueKind::Participle || cue.strength == CueStrength::Weak)
                && i > start + 3
            {
                return (None, i + 1);
            }
            // "a project she has called “…”": a cue whose object is the
            // next quote belongs to that quote; not a finite verb when a
            // comma closes this one ("“…,” he said on “Meet the Press”").
            let own_cue = cue.kind == CueKind::Verb && self.closes_on_comma(p);
            if w.cut_by_next && !own_cue && (i + 1..end).all(|k| !self.is_punct(k)) {
                return (None, i + 1);
            }
            let has_words_before = (start..i).any(|k| self.doc.tokens[k].kind == TokenKind::Word);
            let subject = if has_words_before {
                self.subject_before(i, start, 0)
            } else {
                self.subject_after(cue, end)
            };
            if let Some(s) = subject {
                // "dismissed the reports as “baseless”, state media
                // reported": the outlet is the source, the speaker is before.
                if self.is(i, SOURCE_CUES) {
                    let before = self.before_attribution(p, w.before.start, w.before.end);
                    if let Some(before) = before.filter(|b| b.speaker.entity.is_some()) {
                        return (Some(before), i + 1);
                    }
                }
                return (
                    Some(self.attribution(cue, Placement::After, s, p.first)),
                    i + 1,
                );
            }
            if cue.kind != CueKind::According {
                return (None, i + 1);
            }
        }
        (None, near_end)
    }

    /// Whether a comma ends the passage, inside or right after its closing
    /// mark ("“…,” she said"): what follows is its attribution.
    fn closes_on_comma(&self, p: &QuotedPassage) -> bool {
        let Some(c) = p.close else { return false };
        (p.last + 1..c).any(|k| self.doc.token_text(k) == ",") || self.is(c + 1, &[","])
    }

    /// Third: a cue later in the closing sentence, from `stop` on: "It was “too
    /// early” to predict ..., the council said."
    fn later_in_sentence(
        &self,
        p: &QuotedPassage,
        w: &Windows,
        stop: usize,
    ) -> Option<Attribution> {
        let near_end = w.after.end.min(w.after.start + 16);
        let far_end = if w.cut_by_next { near_end } else { w.after.end };
        for i in stop..far_end {
            let Some(cue) = self.cue_at(i) else { continue };
            if cue.strength == CueStrength::Weak || cue.kind == CueKind::Participle {
                continue;
            }
            // "too early to predict whether ...": an infinitive reports nothing.
            if i > w.after.start && self.is(i - 1, NOT_FINITE) {
                continue;
            }
            let subject = self
                .subject_before(i, w.after.start, 0)
                .or_else(|| self.subject_after(cue, w.after.end));
            if let Some(s) = subject {
                return Some(self.attribution(cue, Placement::FarAfter, s, p.first));
            }
        }
        None
    }

    /// Last: the next sentence, when the quote ends its own and the next opens
    /// with an attribution: "“…” Smith said."
    fn next_sentence(&self, p: &QuotedPassage, next_open: Option<usize>) -> Option<Attribution> {
        let doc = self.doc;
        let c = p.close?;
        let s = doc.tokens[c].sentence;
        if doc.sentences[s].tokens.end.saturating_sub(c + 1) > 1 {
            return None;
        }
        let next = doc
            .sentences
            .get(s + 1)
            .filter(|n| n.paragraph == doc.sentences[s].paragraph)?;
        let (start, end) = (next.tokens.start, next.tokens.end);
        if next_open.is_some_and(|o| o < end) {
            return None;
        }
        let i = (start..end.min(start + 5)).find(|&i| self.cue_at(i).is_some())?;
        let cue = self.cue_at(i)?;
        if cue.strength == CueStrength::Weak || cue.kind != CueKind::Verb {
            return None;
        }
        let subject = self
            .subject_before(i, start, 0)
            .or_else(|| self.subject_after(cue, end))
            .filter(|s| !matches!(s, Subject::Description { .. }))?;
        // "Smith said." or "Smith said on Monday.": the sentence is only
        // the attribution.
        let alone = end - i <= 7 && !(i + 1..end).any(|k| self.is(k, &["that"]));
        let placement = if alone {
            Placement::SentenceAfter
        } else {
            Placement::NextSentence
        };
        Some(self.attribution(cue, placement, subject, p.first))
    }

    /// The nearest cue before a quote, within `start..end`, whose subject is
    /// found; failing that, the nearest cue with no speaker.
    fn before_attribution(
        &self,
        p: &QuotedPassage,
        start: usize,
        end: usize,
    ) -> Option<Attribution> {
        let mut subjectless: Option<Cue> = None;
        // "said doctors ought to ask patients “…”": an infinitive cue yields
        // to a finite one earlier in the window, if there is one.
        let mut infinitive: Option<Attribution> = None;
        for i in (start..end).rev() {
            let Some(cue) = self.cue_at(i) else { continue };
            if cue.strength == CueStrength::Weak && end - i > 3 {
                continue;
            }
            if let Some(s) = self.subject_for_cue_before(cue, start, end) {
                let found = self.attribution(cue, Placement::Before, s, p.first);
                if i > start && self.is(i - 1, &["to"]) {
                    infinitive = infinitive.or(Some(found));
                    continue;
                }
                return Some(found);
            }
            if cue.kind == CueKind::Verb && subjectless.is_none() {
                subjectless = Some(cue);
            }
        }
        if infinitive.is_some() {
            return infinitive;
        }
        // "described Israel as a “…”" with no subject found: keep the cue,
        // the speaker stays unknown.
        if let Some(cue) = subjectless {
            return Some(Attribution {
                cue,
                placement: Placement::Before,
                speaker: Speaker::default(),
            });
        }
        None
    }

    fn attribution(
        &self,
        cue: Cue,
        placement: Placement,
        subject: Subject,
        quote_start: usize,
    ) -> Attribution {
        Attribution {
            cue,
            placement,
            speaker: self.resolve(subject, cue.token.min(quote_start)),
        }
    }

    /// "Asked about the title, she smiled: …": a sentence that opens with the
    /// cue's clause has its speaker as the subject after the comma.
    fn fronted_clause_subject(&self, cue: Cue, end: usize) -> Option<Subject> {
        if !self.doc.is_sentence_initial(cue.token) {
            return None;
        }
        let comma = (cue.token + 1..end.min(cue.token + 15))
            .take_while(|&k| !self.quoted[k])
            .find(|&k| self.doc.token_text(k) == ",")?;
        let k = comma + 1;
        if k >= end || self.quoted[k] {
            return None;
        }
        if self.is(k, SUBJECT_PRONOUNS) {
            return Some(Subject::Pronoun(k));
        }
        self.mention_at[k]
            .filter(|m| self.entities[m.entity].kind == EntityKind::Person)
            .map(Subject::Named)
    }

    /// The subject of a cue found before a quote.
    fn subject_for_cue_before(&self, cue: Cue, start: usize, end: usize) -> Option<Subject> {
        match cue.kind {
            CueKind::According => self.subject_after(cue, end),
            CueKind::Verb => self
                .subject_before(cue.token, start, 0)
                .or_else(|| self.fronted_clause_subject(cue, end))
                .or_else(|| self.subject_after(cue, end)),
            CueKind::Participle => {
                let j = cue.token.checked_sub(1).filter(|&j| j >= start)?;
                // "the agency quoted Zarif as saying": the one quoted, unless
                // passive ("was quoted by the agency as saying").
                if self.is(j, &["as"]) && j > start {
                    let object = j - 1;
                    let named = self.mention_at[object].filter(|m| {
                        let passive = (m.first.saturating_sub(2).max(start)..m.first)
                            .any(|k| self.is(k, &["by"]));
                        m.first > start && !passive
                    });
                    if let Some(m) = named {
                        return Some(Subject::Named(m));
                    }
                    if self.is(object, &["him", "her"]) {
                        return Some(Subject::Pronoun(object));
                    }
                    // "quoted a senior official as saying": unnamed.
                    let quoted_before = (object.saturating_sub(6).max(start)..object)
                        .any(|k| self.is(k, &["quoted", "cited", "quoting", "citing"]));
                    let passive =
                        (object.saturating_sub(3).max(start)..object).any(|k| self.is(k, &["by"]));
                    if quoted_before && !passive && self.mention_at[object].is_none() {
                        if let Some(d @ Subject::Description { .. }) =
                            self.subject_before(j, start, 0)
                        {
                            return Some(d);
                        }
                    }
                }
                // "marchers chanting “…”": the noun phrase doing it.
                let by_noun = self.doc.tokens[j].kind == TokenKind::Word
                    && !self.is(j, COMMUNICATION_NOUNS)
                    && !self.is(
                        j,
                        &[
                            "as", "by", "to", "while", "when", "after", "before", "also", "and",
                            "then", "of", "for", "without",
                        ],
                    )
                    && (j == start
                        || !self.is(j - 1, &["on", "in", "at", "to", "from", "with", "via"]));
                if by_noun {
                    match self.subject_before(cue.token, start, 0) {
                        // "a statement on Friday saying": the message, not
                        // its author; look further.
                        Some(Subject::Description { head, .. })
                            if self.is(head, COMMUNICATION_NOUNS) => {}
                        Some(s) => return Some(s),
                        None => {}
                    }
                }
                // "..., adding that": the subject of the finite verb before,
                // or the clause's first name or pronoun.
                for i in (start..cue.token).rev() {
                    if let Some(c) = self.cue_at(i).filter(|c| c.kind == CueKind::Verb) {
                        if let Some(s) = self.subject_before(c.token, start, 0) {
                            return Some(s);
                        }
                    }
                }
                self.clause_subject(start, cue.token)
            }
        }
    }

    /// The first name (person or organisation) or pronoun in `start..end`.
    pub(super) fn clause_subject(&self, start: usize, end: usize) -> Option<Subject> {
        let first = (start..end).find_map(|i| {
            if self.quoted[i] {
                return None;
            }
            if let Some(m) = self.mention_at[i] {
                let kind = self.entities[m.entity].kind;
                return matches!(kind, EntityKind::Person | EntityKind::Organization)
                    .then_some(Subject::Named(m));
            }
            self.is(i, SUBJECT_PRONOUNS).then_some(Subject::Pronoun(i))
        })?;
        let Subject::Named(mut m) = first else {
            return Some(first);
        };
        // "UNICEF executive director Anthony Lake warned": a title names
        // the person after it, who is the subject.
        let mut k = m.last + 1;
        while k < end && k <= m.last + 4 && !self.quoted[k] && !self.is_punct(k) {
            match self.mention_at[k] {
                Some(next) if self.entities[next.entity].kind == EntityKind::Person => {
                    m = next;
                    k = next.last + 1;
                }
                Some(next) => k = next.last + 1,
                // Only title words between: "executive director", "of".
                None if self.lexicon.is_role(self.doc.token_text(k))
                    || self.is(k, &["of", "for", "the"])
                    || self.doc.token_text(k).starts_with(char::is_uppercase) =>
                {
                    k += 1
                }
                None => break,
            }
        }
        Some(Subject::Named(m))
    }

    /// The subject ending just before token `verb`, not reaching before
    /// `limit`: a name, a pronoun, or a description. `depth` bounds the
    /// recursion through asides and relative clauses.
    pub fn subject_before(&self, verb: usize, limit: usize, depth: u8) -> Option<Subject> {
        let k = self.skip_before_verb(verb, limit);
        if k <= limit {
            return None;
        }
        let mut j = k - 1;
        if self.quoted[j] {
            return None;
        }
        // "Judge Sarah Whitfield KC told", "Tom Hart Jr said": letters after
        // a person's name
        let post_nominal = |w: &str| {
            POST_NOMINALS.contains(w)
                || (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
        };
        if j > limit
            && self.mention_at[j].is_none()
            && post_nominal(self.doc.token_text(j))
            && self.mention_at[j - 1]
                .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
        {
            j -= 1;
        }
        if let Some(m) = self.mention_at[j] {
            let subject = self.named_subject(m, limit);
            // "one protester outside the Capitol said", "Jim Banks of
            // Indiana said": a name after a preposition is not the subject.
            if let Subject::Named(m) = subject {
                let mut p = m.first;
                if p > limit && self.is(p - 1, &["the"]) {
                    p -= 1;
                }
                if depth < 2 && p > limit && self.is(p - 1, PREPOSITIONS) {
                    if let Some(s) = self.subject_before(p - 1, limit, depth + 1) {
                        return Some(s);
                    }
                }
            }
            return Some(subject);
        }
        if self.is(j, &["and", "but", "or"]) {
            // "X pointed to ... and said": the subject of the whole clause.
            let sentence = self.doc.sentences[self.doc.tokens[j].sentence].tokens.start;
            return self.clause_subject(sentence.max(verb.saturating_sub(WINDOW)), j);
        }
        if matches!(self.doc.token_text(j), "," | ")") {
            return self.subject_across_aside(j, limit, depth);
        }
        if self.is(j, &["who", "which", "that"]) && depth < 2 {
            // "the association, which said": the noun the clause hangs on.
            let k = if j > limit && self.doc.token_text(j - 1) == "," {
                j - 1
            } else {
                j
            };
            return self.subject_before(k, limit, depth + 1);
        }
        if self.is(j, SUBJECT_PRONOUNS) {
            return Some(Subject::Pronoun(j));
        }
        if self.doc.tokens[j].kind != TokenKind::Word || self.cue_at(j).is_some() {
            return None;
        }
        if let Some(m) = self.organisation_heading(j, limit) {
            return Some(Subject::Named(m));
        }
        let description = self.description_ending_at(j, limit);
        if self.is_noun_phrase(description) {
            return Some(description);
        }
        // "a senior official who asked not to be named said": the noun the
        // relative clause hangs on.
        let Subject::Description { first, .. } = description else {
            return None;
        };
        (depth < 2 && first > limit + 1 && self.is(first - 1, &["who"]))
            .then(|| self.subject_before(first - 1, limit, depth + 1))
            .flatten()
    }

    /// An organisation named at the head of a subject that a longer
    /// modifier ends at token `j`: "The United Nations monitoring mission in
    /// the country said" → the United Nations. Not when a role word follows
    /// the name ("the Acme spokesman said" is an unnamed spokesman).
    fn organisation_heading(&self, j: usize, limit: usize) -> Option<MentionRef> {
        let mut i = j + 1;
        while i > limit && j + 1 - i < 12 {
            i -= 1;
            if self.quoted[i] || self.doc.tokens[i].kind != TokenKind::Word {
                return None;
            }
            if self.mention_at[i].is_none() && self.lexicon.is_role(self.doc.token_text(i)) {
                return None;
            }
            let Some(m) = self.mention_at[i] else {
                continue;
            };
            if self.entities[m.entity].kind != EntityKind::Organization || m.last >= j {
                return None;
            }
            let start = if m.first > limit && self.is(m.first - 1, &["the"]) {
                m.first - 1
            } else {
                m.first
            };
            let opens = start == limit || self.doc.token_text(start - 1) == ",";
            return opens.then_some(m);
        }
        None
    }

    /// Where the subject ends before `verb`, past auxiliaries, adverbs and
    /// time phrases: "has also said", "on Friday declared".
    fn skip_before_verb(&self, verb: usize, limit: usize) -> usize {
        let mut k = verb;
        let mut skipped = 0;
        while k > limit && skipped < 6 {
            let i = k - 1;
            if self.mention_at[i].is_some() {
                break;
            }
            if self.is(i, BEFORE_VERB) {
                k -= 1;
            } else if self.is(i, TIME_WORDS) {
                k -= 1;
                // "has in the past described"
                if k > limit + 1 && self.is(k - 1, &["the"]) && self.is(k - 2, &["in"]) {
                    k -= 1;
                }
                if k > limit
                    && self.is(
                        k - 1,
                        &["on", "in", "last", "this", "next", "early", "late"],
                    )
                {
                    k -= 1;
                }
            } else {
                break;
            }
            skipped += 1;
        }
        k
    }

    /// The subject before an aside that ends at token `j` (a comma or a
    /// closing bracket): "X, the mayor of Y, said", "X, who ..., said",
    /// "Sarah Jones, 34, a nurse, said", "the coach, Leo Hart, said".
    fn subject_across_aside(&self, j: usize, limit: usize, depth: u8) -> Option<Subject> {
        if depth >= 2 {
            return None;
        }
        let open = if self.doc.token_text(j) == ")" {
            "("
        } else {
            ","
        };
        let reach = j.saturating_sub(30).max(limit);
        let c = (reach..j)
            .rev()
            .find(|&i| self.doc.token_text(i) == open && !self.quoted[i])?;
        let names =
            |s: &Option<Subject>| matches!(s, Some(Subject::Named(_) | Subject::Pronoun(_)));
        let mut outer = self.subject_before(c, limit, depth + 1);
        // Several asides in a row: look past up to two more.
        let mut earlier = c;
        for _ in 0..2 {
            if names(&outer) {
                break;
            }
            let reach = earlier.saturating_sub(12).max(limit);
            let Some(c2) = (reach..earlier)
                .rev()
                .find(|&i| self.doc.token_text(i) == "," && !self.quoted[i])
            else {
                break;
            };
            let candidate = self.subject_before(c2, limit, 2);
            if names(&candidate) {
                outer = candidate;
            }
            earlier = c2;
        }
        // A name filling the aside (after a determiner or capitalised
        // titles at most, before a bracketed party tag: "Gov. Ann Holm
        // (R-Vt.),") wins over a description before it, and a person
        // filling it over a place or organisation named further back.
        let mut end = j;
        if self.doc.token_text(j - 1) == ")" {
            if let Some(b) = (j.saturating_sub(8).max(c + 1)..j - 1)
                .rev()
                .find(|&k| self.doc.token_text(k) == "(")
            {
                end = b;
            }
        }
        let named = self.mention_at[end - 1].filter(|m| {
            let fills = m.first > c
                && m.first - c <= 4
                && (c + 1..m.first).all(|k| {
                    self.is(k, &["the"])
                        || (self.doc.tokens[k].kind == TokenKind::Word
                            && self.doc.token_text(k).starts_with(char::is_uppercase))
                        || self.doc.token_text(k) == "."
                });
            fills
                && matches!(
                    self.entities[m.entity].kind,
                    EntityKind::Person | EntityKind::Organization
                )
        });
        let person = |m: &MentionRef| self.entities[m.entity].kind == EntityKind::Person;
        let outer_person = match outer {
            Some(Subject::Named(m)) => person(&m),
            Some(Subject::Pronoun(_)) => true,
            _ => false,
        };
        if names(&outer) && (outer_person || !named.is_some_and(|m| person(&m))) {
            return outer;
        }
        named.map(Subject::Named).or(outer)
    }

    /// Whether a description read back from a verb is a noun phrase, not
    /// the tail of a clause: "for saying", "tried to", "they were
    /// nitpicking", "in the past described" name no speaker.
    fn is_noun_phrase(&self, subject: Subject) -> bool {
        let Subject::Description { first, last, head } = subject else {
            return true;
        };
        let function_word = |i: usize| {
            self.is(i, PREPOSITIONS)
                || self.is(i, NOT_FINITE)
                || self.is(i, CLAUSE_OPENERS)
                || self.is(i, NP_STOPS)
                || self.is(i, BEFORE_VERB)
                || self.is(i, &["almost", "where", "do", "there", "here", "past"])
                || self.doc.tokens[i].kind != TokenKind::Word
        };
        let clause_inside = (first..=last).any(|i| {
            self.is(i, SUBJECT_PRONOUNS)
                || self.is(
                    i,
                    &[
                        "is", "are", "was", "were", "has", "have", "had", "do", "does", "did",
                        "where", "when", "to",
                    ],
                )
        });
        !function_word(head) && !function_word(last) && !clause_inside
    }

    /// The noun phrase ending at token `j`: back over words to a
    /// determiner or a stop. In "a spokesman for the ministry" the role is
    /// the head.
    fn description_ending_at(&self, j: usize, limit: usize) -> Subject {
        let mut first = j;
        while first > limit && j - first < 6 {
            let i = first - 1;
            let t = self.doc.tokens[i];
            if self.quoted[i]
                || !matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Possessive | TokenKind::Number
                )
            {
                break;
            }
            if self.mention_at[i].is_none() && (self.is(i, NP_STOPS) || self.cue_at(i).is_some()) {
                break;
            }
            first = i;
            if self.is(i, DETERMINERS) {
                break;
            }
        }
        if first >= limit + 2
            && self.is(first - 1, &["for", "of", "at", "from"])
            && self.lexicon.is_role(self.doc.token_text(first - 2))
        {
            let head = first - 2;
            let mut start = head;
            while start > limit
                && head - start < 4
                && self.doc.tokens[start - 1].kind == TokenKind::Word
                && !self.quoted[start - 1]
            {
                start -= 1;
                if self.is(start, DETERMINERS) {
                    break;
                }
            }
            return Subject::Description {
                first: start,
                last: j,
                head,
            };
        }
        Subject::Description {
            first,
            last: j,
            head: j,
        }
    }

    /// A named subject, looking through "X and Y said" to the first name and
    /// through "a spokesman for X said" to the unnamed spokesman.
    pub(super) fn named_subject(&self, m: MentionRef, limit: usize) -> Subject {
        let mut i = m.first;
        let mut steps = 0;
        while i > limit && steps < 6 {
            i -= 1;
            steps += 1;
            if self.quoted[i] || self.is_punct(i) {
                break;
            }
            if self.is(i, &["and", "&"]) && i > limit {
                // Speakers are people or organisations, whatever kind the
                // entity layer gave each conjunct.
                let speaks = |r: MentionRef| {
                    matches!(
                        self.entities[r.entity].kind,
                        EntityKind::Person | EntityKind::Organization
                    )
                };
                if let Some(other) = self.mention_at[i - 1] {
                    if speaks(other) && speaks(m) {
                        return Subject::Named(other);
                    }
                }
                break;
            }
            // Only determiners between "for" and the name, and the role in
            // lower case: "a spokesman for the ministry", not "High
            // Commissioner for Refugees Antonio Guterres".
            let adjacent = (i + 1..m.first).all(|k| self.is(k, DETERMINERS));
            if adjacent
                && self.is(i, &["for", "of", "at", "from"])
                && i > limit
                && self.mention_at[i - 1].is_none()
                && self.lexicon.is_role(self.doc.token_text(i - 1))
                && self.doc.token_text(i - 1).starts_with(char::is_lowercase)
            {
                let head = i - 1;
                let mut first = head;
                while first > limit
                    && head - first < 4
                    && self.doc.tokens[first - 1].kind == TokenKind::Word
                    && !self.quoted[first - 1]
                {
                    first -= 1;
                    if self.is(first, DETERMINERS) {
                        break;
                    }
                }
                return Subject::Description {
                    first,
                    last: m.last,
                    head,
                };
            }
            if self.mention_at[i].is_some()
                && self.entities[self.mention_at[i].map_or(0, |x| x.entity)].kind
                    == EntityKind::Person
            {
                break;
            }
        }
        Subject::Named(m)
    }

    /// The subject after a cue: "said X", "according to X".
    pub fn subject_after(&self, cue: Cue, end: usize) -> Option<Subject> {
        let start = if cue.kind == CueKind::According {
            cue.token + 2
        } else {
            cue.token + 1
        };
        if start >= end {
            return None;
        }
        if self.is(start, &["he", "she"]) {
            return Some(Subject::Pronoun(start));
        }
        let mut persons: Vec<MentionRef> = Vec::new();
        let mut others: Vec<MentionRef> = Vec::new();
        let mut k = start;
        let mut words_before_mention = 0;
        while k < end && k < start + 10 {
            // "said Rep. Jim Banks": the dot of an abbreviated title.
            let title_dot = self.doc.token_text(k) == "."
                && k > start
                && !self.doc.tokens[k].space_before
                && self.doc.token_text(k - 1).starts_with(char::is_uppercase)
                && self.doc.token_text(k - 1).len() <= 5
                && self.mention_at[k - 1].is_none();
            if title_dot {
                k += 1;
                continue;
            }
            if self.quoted[k] || self.is_punct(k) {
                break;
            }
            if let Some(m) = self.mention_at[k] {
                if self.entities[m.entity].kind == EntityKind::Person {
                    persons.push(m);
                } else {
                    others.push(m);
                }
                k = m.last + 1;
                continue;
            }
            let stop_words = [
                "in", "on", "at", "during", "after", "before", "when", "while", "who", "which",
                "that", "as", "to", "from", "with", "about", "and", "last", "this", "earlier",
                "later", "told",
            ];
            if self.is(k, &stop_words) && k > start {
                break;
            }
            if persons.is_empty() && others.is_empty() {
                words_before_mention += 1;
            }
            k += 1;
        }
        // "wrote the ambassador at the time, John Hale": the name in
        // apposition to the description.
        if persons.is_empty() && self.is(start, DETERMINERS) {
            let comma = (k..end.min(k + 8))
                .take_while(|&i| !self.quoted[i])
                .find(|&i| self.doc.token_text(i) == ",");
            if let Some(m) = comma.and_then(|c| self.mention_at.get(c + 1).copied().flatten()) {
                // Closed by a comma or the sentence's end: not the subject
                // of a clause after an opening phrase.
                let closed = m.last + 1 >= end || self.is(m.last + 1, &[",", ".", ";"]);
                if closed && self.entities[m.entity].kind == EntityKind::Person {
                    return Some(Subject::Named(m));
                }
            }
        }
        // "said a spokesman for the ministry": an unnamed speaker.
        if words_before_mention > 0 && self.is(start, DETERMINERS) {
            let head = (start + 1..k).find(|&i| {
                self.lexicon.is_role(self.doc.token_text(i))
                    || self.lexicon.is_org_noun(self.doc.token_text(i))
                    || self.lexicon.is_generic_org_noun(self.doc.token_text(i))
            });
            if let Some(head) = head {
                if persons.is_empty() && others.is_empty() {
                    return Some(Subject::Description {
                        first: start,
                        last: head,
                        head,
                    });
                }
                if self.lexicon.is_role(self.doc.token_text(head))
                    && self.is(head + 1, &["for", "of", "at"])
                {
                    return Some(Subject::Description {
                        first: start,
                        last: k - 1,
                        head,
                    });
                }
            }
        }
        if let Some(&m) = persons.last() {
            return Some(Subject::Named(m));
        }
        if let Some(&m) = others.first() {
            return Some(Subject::Named(m));
        }
        if k > start
            && self.doc.tokens[start].kind == TokenKind::Word
            && self.cue_at(start).is_none()
        {
            let head = k - 1;
            return Some(Subject::Description {
                first: start,
                last: head,
                head,
            });
        }
        None
    }

    /// The speaker introduced by a colon with no reporting verb ("Smith's
    /// answer: “…”"): the latest person named in the sentence before it, or
    /// failing one the latest organisation ("Lena Berg of Umeå University
    /// put it bluntly:" is Berg speaking, not her university).
    pub fn colon_speaker(&self, colon: usize) -> Option<Speaker> {
        let sentence = &self.doc.sentences[self.doc.tokens.get(colon)?.sentence];
        let start = sentence.tokens.start.max(colon.saturating_sub(WINDOW));
        let latest = |kind: EntityKind| {
            (start..colon).rev().find_map(|i| {
                let m = self.mention_at[i].filter(|_| !self.quoted[i])?;
                (self.entities[m.entity].kind == kind).then_some(m.entity)
            })
        };
        // "And she is sure that jailing Ode will backfire:": a pronoun
        // subject opening the sentence (after a conjunction or a
        // subordinate clause) speaks, not a name after it.
        if let Some(Subject::Pronoun(i)) = self.clause_subject(start, colon) {
            let opens = (start..i)
                .all(|k| self.is(k, &["and", "but", "so", "when", "while", "as"]))
                || self.is(start, &["when", "while", "as", "after", "before"]);
            if opens && self.is(i, &["he", "she"]) {
                let speaker = self.resolve(Subject::Pronoun(i), i);
                if speaker.entity.is_some() {
                    return Some(speaker);
                }
            }
        }
        let entity = latest(EntityKind::Person).or_else(|| latest(EntityKind::Organization))?;
        Some(Speaker {
            entity: Some(entity),
            text: None,
        })
    }

    /// The speaker a headline names before a colon ("Lopez: Bridge Plan
    /// ‘Dead in the Water’"): a person or organisation whose name ends
    /// right at a colon among the first tokens of the quote's paragraph.
    pub fn headline_colon_speaker(&self, p: &QuotedPassage) -> Option<Speaker> {
        let paragraph = &self.doc.paragraphs[self.doc.tokens.get(p.open)?.paragraph];
        let start = paragraph.tokens.start;
        let colon = (start + 1..p.open.min(start + 8))
            .find(|&k| self.doc.token_text(k) == ":" && !self.quoted[k])?;
        let Some(m) = self.mention_at[colon - 1].filter(|m| m.last == colon - 1) else {
            return self.headline_surname(colon - 1, start);
        };
        // Only capitalised titles before the name: "Former AG Mukasey:".
        let titled = (start..m.first).all(|k| {
            self.doc.token_text(k).starts_with(char::is_uppercase) || self.doc.token_text(k) == "."
        });
        let speaks = matches!(
            self.entities[m.entity].kind,
            EntityKind::Person | EntityKind::Organization
        );
        (titled && speaks && self.doc.tokens[colon].sentence == self.doc.tokens[p.open].sentence)
            .then_some(Speaker {
                entity: Some(m.entity),
                text: None,
            })
    }

    /// The cue and speaker of a quote in a headline written in Title Case
    /// ("Vera Holm Says Plan ‘Dead in the Water’"), where the cue is
    /// capitalised like every word: a reporting verb before the quote in its
    /// sentence, right after a name. Only for the quote: a headline's
    /// reported speech is the article's to tell.
    pub fn headline_cue(&self, p: &QuotedPassage) -> Option<(Cue, Speaker)> {
        if !self.doc.in_title_case(p.open) {
            return None;
        }
        let start = self.doc.sentences[self.doc.tokens[p.open].sentence]
            .tokens
            .start;
        (start.max(p.open.saturating_sub(12))..p.open).find_map(|i| {
            let strong = self.doc.tokens[i].kind == TokenKind::Word
                && !self.quoted[i]
                && self.lexicon.cue(self.doc.token_text(i)) == Some(CueStrength::Strong);
            let m = self.mention_at[i.checked_sub(1)?].filter(|_| strong)?;
            let speaks = matches!(
                self.entities[m.entity].kind,
                EntityKind::Person | EntityKind::Organization
            );
            speaks.then(|| {
                let cue = Cue {
                    token: i,
                    kind: CueKind::Verb,
                    strength: CueStrength::Strong,
                };
                (cue, self.resolve(Subject::Named(m), i))
            })
        })
    }

    /// A person named by the last word of their name alone at token `i`
    /// ("Lopez:" opening a headline the entity layer read no name in).
    fn headline_surname(&self, i: usize, start: usize) -> Option<Speaker> {
        let word = self.doc.token_text(i);
        let bare = (i == start || self.doc.token_text(i - 1).starts_with(char::is_uppercase))
            && word.starts_with(char::is_uppercase)
            && self.doc.tokens[i].kind == TokenKind::Word;
        if !bare {
            return None;
        }
        let mut found = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(word)
        });
        let (entity, _) = found.next()?;
        found.next().is_none().then_some(Speaker {
            entity: Some(entity),
            text: None,
        })
    }

    /// The latest cue before token `before`, back to the start of the
    /// previous paragraph, whose subject is found; with its position.
    pub fn previous_cue(&self, before: usize) -> Option<(usize, Speaker)> {
        let doc = self.doc;
        let paragraph = doc.tokens.get(before)?.paragraph;
        let floor = doc.paragraphs[paragraph.saturating_sub(1)]
            .tokens
            .start
            .max(before.saturating_sub(300));
        for i in (floor..before).rev() {
            let Some(cue) = self.cue_at(i) else { continue };
            if cue.strength == CueStrength::Weak || cue.kind == CueKind::Participle {
                continue;
            }
            let sentence = &doc.sentences[doc.tokens[i].sentence];
            let start = sentence.tokens.start;
            let subject = match cue.kind {
                CueKind::According => self.subject_after(cue, sentence.tokens.end),
                _ => self.subject_before(i, start, 0),
            };
            if let Some(s) = subject {
                return Some((i, self.resolve(s, i)));
            }
        }
        None
    }
}

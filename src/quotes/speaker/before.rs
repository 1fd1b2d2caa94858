//! The subject of a cue before its verb: the noun phrase or name just
//! before it ("Maria Lopez said", "the minister, who …, said"), a clause's
//! first name, a fronted clause's subject, and across an aside.

use super::words::{COMMUNICATION_NOUNS, NOT_PARTICIPLE_SUBJECTS, PREPOSITIONS};
use super::{Attributor, Cue, CueKind, MentionRef, Subject, WINDOW};
use crate::document::TokenKind;
use crate::model::EntityKind;
use crate::quotes::lexicon::{
    BEFORE_VERB, INDEFINITES, LIGHT_VERBS, POST_NOMINALS, SUBJECT_PRONOUNS, TIME_WORDS,
};

impl Attributor<'_, '_> {
    /// "Asked about the title, she smiled: …": a sentence that opens with the
    /// cue's clause has its speaker as the subject after the comma.
    pub(super) fn fronted_clause_subject(&self, cue: Cue, end: usize) -> Option<Subject> {
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
    pub(super) fn subject_for_cue_before(
        &self,
        cue: Cue,
        start: usize,
        end: usize,
    ) -> Option<Subject> {
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
                    && !self.is(j, NOT_PARTICIPLE_SUBJECTS)
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
    pub(crate) fn clause_subject(&self, start: usize, end: usize) -> Option<Subject> {
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
            // "one Republican said": one unnamed member of the group.
            if m.first > limit
                && self.is(m.first - 1, INDEFINITES)
                && self.entities[m.entity].kind == EntityKind::Group
            {
                return Some(Subject::Description {
                    first: m.first - 1,
                    last: m.last,
                    head: m.last,
                });
            }
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
            // "the association, which said": the noun the clause hangs on;
            // "Tom Hart, 79, who said": past an age.
            let mut k = if j > limit && self.doc.token_text(j - 1) == "," {
                j - 1
            } else {
                j
            };
            if k > limit + 2
                && k < j
                && self.doc.tokens[k - 1].kind == TokenKind::Number
                && self.doc.token_text(k - 2) == ","
            {
                k -= 2;
            }
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
            // "a staffer in the room said", "someone in the audience
            // shouted": the phrase after a preposition is the place, and
            // the noun phrase before it speaks.
            if let Subject::Description { first, .. } = description {
                if depth < 2 && first > limit + 1 && self.is(first - 1, PREPOSITIONS) {
                    if let Some(s) = self.subject_before(first - 1, limit, depth + 1) {
                        return Some(self.spanning_to(s, j));
                    }
                }
            }
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
        // "The piece goes on to slam", "she tried to describe": the light
        // verb's subject.
        if k > limit + 2 && self.is(k - 1, &["to"]) {
            let light = if self.is(k - 2, &["on"]) {
                k - 3
            } else {
                k - 2
            };
            if light > limit && self.is(light, LIGHT_VERBS) {
                k = light;
            }
        }
        let mut skipped = 0;
        while k > limit && skipped < 6 {
            let i = k - 1;
            if self.mention_at[i].is_some() {
                break;
            }
            let w = self.doc.token_text(i);
            // "he’s said", "they've argued": a contracted auxiliary after a
            // pronoun; "wrongly claimed": an adverb.
            let contracted = matches!(w, "’s" | "'s" | "’ve" | "'ve" | "’d" | "'d")
                && i > limit
                && self.is(i - 1, SUBJECT_PRONOUNS);
            // Long enough to be no noun ("reply", "family").
            let adverb = w.len() >= 7
                && w.ends_with("ly")
                && w.starts_with(char::is_lowercase)
                && self.doc.tokens[i].kind == TokenKind::Word
                && i > limit
                && (self.mention_at[i - 1].is_some() || self.is(i - 1, SUBJECT_PRONOUNS));
            if self.is(i, BEFORE_VERB) || contracted || adverb {
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
}

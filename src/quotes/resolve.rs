//! What a speaker refers to: "he" and "she" to a person, "the minister" to
//! the person the text calls a minister, "the ministry" and "the company"
//! to an organisation, and unnamed speakers to no entity at all.
//!
//! Pronouns follow news writing: "he" is the latest person named, unless a
//! person who spoke (the subject of a reporting verb) is more recent than the
//! sentence holding that name ("Dempsey said Ahern had been committed. “…,”
//! he said." → Dempsey). Every look back is bounded in tokens and mentions.

use super::lexicon::{CueStrength, Lexicon, INDEFINITES, POST_NOMINALS};
use super::speaker::{Attributor, CueKind, MentionRef, Speaker, Subject};
use crate::document::TokenKind;
use crate::entities::Gender;
use crate::model::EntityKind;

/// How far back (in tokens) pronouns and descriptions look for a referent.
const PRONOUN_REACH: usize = 600;
const DESCRIPTION_REACH: usize = 3000;
/// How many mentions back any resolution looks at most.
const MENTION_REACH: usize = 80;
/// Whether a role noun can be referred to by a pronoun of `gender`: any
/// but one of the other sex (`data/roles.txt` gives each noun's gender).
fn role_fits(role: &str, gender: Gender) -> bool {
    !matches!(
        (Lexicon::shared().noun_gender(role), gender),
        (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
    )
}

fn opposite(gender: Gender) -> Gender {
    match gender {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
        Gender::Unknown => Gender::Unknown,
    }
}

fn pronoun_of(gender: Gender) -> &'static str {
    match gender {
        Gender::Female => "she",
        _ => "he",
    }
}

impl Attributor<'_, '_> {
    /// What a subject refers to, looking back from token `at`.
    pub fn resolve(&self, subject: Subject, at: usize) -> Speaker {
        match subject {
            Subject::Named(m) => Speaker {
                entity: Some(m.entity),
                text: None,
            },
            Subject::Pronoun(i) => {
                let word = self.lower(i);
                let entity = match word {
                    "he" | "him" | "his" => self.person_for_pronoun(at, Gender::Male, 0),
                    "she" | "her" => self.person_for_pronoun(at, Gender::Female, 0),
                    "it" => self.latest(at, PRONOUN_REACH / 2, |m| {
                        self.entities[m.entity].kind == EntityKind::Organization
                    }),
                    _ => None,
                };
                Speaker { entity, text: None }
            }
            Subject::Description { first, last, head } => {
                let text = self.doc.text
                    [self.doc.tokens[first].span.start..self.doc.tokens[last].span.end]
                    .to_string();
                let definite = self.is(first, &["the", "this", "that"]);
                let owned = (first..=last)
                    .any(|i| self.doc.tokens[i].kind == TokenKind::Possessive)
                    || head != last;
                // "the former secretary of state": the role before "of".
                let head = if self.lexicon.is_role(self.doc.token_text(head)) || owned {
                    head
                } else {
                    (first + 1..last)
                        .take_while(|&i| !self.is(i, &["of"]))
                        .filter(|&i| self.lexicon.is_role(self.doc.token_text(i)))
                        .last()
                        .unwrap_or(head)
                };
                let head_word = self.lower(head);
                // "Ann Ode, the candidate said", "Ann Ode (R). The
                // candidate said": the name just before, through punctuation
                // only, is someone the description's subject is not (a
                // descriptor the entity layer read across that punctuation
                // says nothing).
                let beside = self.name_beside(first);
                let described = self
                    .person_described_as(at, first, last)
                    .filter(|&e| Some(e) != beside);
                let entity = if described.is_some() {
                    described
                } else if !definite || owned {
                    None
                } else if self.lexicon.is_role(head_word) {
                    self.latest(at, DESCRIPTION_REACH, |m| {
                        Some(m.entity) != beside && self.person_with_role(m, head_word)
                    })
                    .or_else(|| self.latest_person_called(at, head_word))
                    .or_else(|| {
                        // "the Lincoln actor": someone else's role, not a
                        // main figure's.
                        let names_someone = (first..=last).any(|i| {
                            self.mention_at[i]
                                .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
                        });
                        (!names_someone)
                            .then(|| self.salient_person(at, head_word))
                            .flatten()
                    })
                } else if head_word.ends_with("-year-old") {
                    // "the 36-year-old said": the latest person named.
                    self.latest(at, PRONOUN_REACH, |m| {
                        self.entities[m.entity].kind == EntityKind::Person
                    })
                } else if self.lexicon.is_person_noun(head_word) {
                    self.latest_person_called(at, head_word)
                } else if self.lexicon.is_org_noun(head_word) {
                    let named_with = |m: &MentionRef, test: &dyn Fn(&str) -> bool| {
                        let e = &self.entities[m.entity];
                        e.kind == EntityKind::Organization
                            && e.name.split_whitespace().any(|w| test(&w.to_lowercase()))
                    };
                    self.latest(at, DESCRIPTION_REACH, |m| {
                        named_with(m, &|w| w == head_word)
                    })
                    .or_else(|| {
                        // "the agency said" of the Transport Department:
                        // another public body, named lately.
                        self.lexicon
                            .is_public_org_noun(head_word)
                            .then(|| {
                                self.latest(at, PRONOUN_REACH, |m| {
                                    named_with(m, &|w| self.lexicon.is_public_org_noun(w))
                                })
                            })
                            .flatten()
                    })
                } else if self.lexicon.is_generic_org_noun(head_word) {
                    self.latest(at, PRONOUN_REACH, |m| {
                        self.entities[m.entity].kind == EntityKind::Organization
                    })
                } else {
                    None
                };
                Speaker {
                    entity,
                    text: if entity.is_some() { None } else { Some(text) },
                }
            }
        }
    }

    /// The entity named just before token `first`, through punctuation
    /// and a bracketed note only ("Ann Ode (R-Vt.). The").
    fn name_beside(&self, first: usize) -> Option<usize> {
        if first == 0 || !self.is_punct(first - 1) {
            return None;
        }
        let mut in_brackets = false;
        for i in (first.saturating_sub(8)..first).rev() {
            if let Some(m) = self.mention_at[i].filter(|_| !in_brackets) {
                return Some(m.entity);
            }
            match self.doc.token_text(i) {
                ")" => in_brackets = true,
                "(" => in_brackets = false,
                _ if in_brackets || self.is_punct(i) => {}
                _ => return None,
            }
        }
        None
    }

    /// The person whose descriptor is the description's own words ("Ana
    /// Ruiz, the campaign's spokeswoman, …. The campaign's spokeswoman
    /// said"), named within reach before token `at`.
    fn person_described_as(&self, at: usize, first: usize, last: usize) -> Option<usize> {
        let strip = |s: &str| {
            let lower = s.trim().to_lowercase();
            ["the ", "a ", "an "]
                .iter()
                .find_map(|d| lower.strip_prefix(d).map(str::to_string))
                .unwrap_or(lower)
        };
        let words = strip(
            &self.doc.text[self.doc.tokens[first].span.start..self.doc.tokens[last].span.end],
        );
        if !words.contains(' ') {
            return None;
        }
        self.latest(at, DESCRIPTION_REACH, |m| {
            let e = &self.entities[m.entity];
            e.kind == EntityKind::Person && e.descriptors.iter().any(|d| strip(d) == words)
        })
    }

    /// The person a definite role description names when no one was given
    /// that role ("the candidate said", "the businessman replied"): the
    /// person named most often in the reach before token `at`, as news
    /// writing refers to its main figure; of the role's sex where it says.
    fn salient_person(&self, at: usize, role: &str) -> Option<usize> {
        // "An aide to the mayor, Tom Vance, …" or "His barrister, Ann Ode,
        // …. The aide said": the one introduced, named in apposition; "A
        // witness said …. The witness said": introduced unnamed, no one.
        let floor = at.saturating_sub(PRONOUN_REACH);
        let introduced = |determiners: &[&str]| {
            (floor..at).rev().find(|&i| {
                self.doc.lower(i) == role
                    && (i.saturating_sub(4).max(floor)..i).any(|k| self.is(k, determiners))
            })
        };
        if let Some(i) = introduced(INDEFINITES) {
            return self.named_in_apposition(i, at);
        }
        if let Some(named) = introduced(&["his", "her", "its", "their"])
            .and_then(|i| self.named_in_apposition(i, at))
        {
            return Some(named);
        }
        // "Tiago Reis said the race was open. “…,” said the scientist": a
        // person who spoke earlier in the paragraph comes first.
        let paragraph = self.doc.tokens[at].paragraph;
        let speaker = [Gender::Male, Gender::Female]
            .into_iter()
            .filter(|&g| role_fits(role, g))
            // Only a named speaker counts here (the deepest level): a
            // description would resolve through this function again, and
            // a chain of "the candidate said" would grow without bound.
            .filter_map(|g| self.latest_speaking_person(at, g, 2))
            .filter(|&(_, cue)| self.doc.tokens[cue].paragraph == paragraph)
            .max_by_key(|&(_, cue)| cue)
            .and_then(|(e, _)| e);
        if speaker.is_some() {
            return speaker;
        }
        // Who is named earlier in the paragraph comes first ("Dame Ana
        // opened the hearing by saying …. “…,” the chairwoman said"); then
        // who is named most often, a subject counting twice: the main
        // figure is the one who acts ("Ana Ruiz doubts Tom Vance's plan. …
        // the candidate said"); then who is named latest.
        #[derive(Clone, Copy)]
        struct Count {
            entity: usize,
            in_paragraph: bool,
            weight: usize,
            latest: usize,
        }
        let upto = self.mentions.partition_point(|m| m.first < at);
        let mut counts: Vec<Count> = Vec::new();
        for m in self.mentions[..upto]
            .iter()
            .rev()
            .take(MENTION_REACH)
            .take_while(|m| at - m.first <= DESCRIPTION_REACH)
        {
            let e = &self.entities[m.entity];
            // A name in the description's own sentence is someone else
            // ("In an interview with Ivo Marsh, the candidate said").
            let same_sentence = self.doc.tokens[m.first].sentence == self.doc.tokens[at].sentence;
            if e.kind != EntityKind::Person
                || self.quoted[m.first]
                || same_sentence
                || !role_fits(role, e.gender)
            {
                continue;
            }
            let weight = if self.in_subject_position(m) { 2 } else { 1 };
            let in_paragraph = self.doc.tokens[m.first].paragraph == paragraph;
            match counts.iter_mut().find(|c| c.entity == m.entity) {
                Some(c) => {
                    c.weight += weight;
                    c.in_paragraph |= in_paragraph;
                }
                None => counts.push(Count {
                    entity: m.entity,
                    in_paragraph,
                    weight,
                    latest: m.first,
                }),
            }
        }
        counts
            .iter()
            .max_by_key(|c| (c.in_paragraph, c.weight, c.latest))
            .map(|c| c.entity)
    }

    /// The person named in apposition after the role word at token `i`, in
    /// its sentence and before `at`: "an aide to the mayor, Tom Vance".
    fn named_in_apposition(&self, i: usize, at: usize) -> Option<usize> {
        let sentence = self.doc.tokens[i].sentence;
        let end = at.min(i + 10).min(self.doc.tokens.len());
        (i + 1..end)
            .take_while(|&k| self.doc.tokens[k].sentence == sentence && !self.quoted[k])
            .find(|&k| {
                self.doc.token_text(k - 1) == ","
                    && self.mention_at[k]
                        .is_some_and(|m| self.entities[m.entity].kind == EntityKind::Person)
            })
            .and_then(|k| self.mention_at[k])
            .map(|m| m.entity)
    }

    /// The person "the teenager" or "the man" at token `at` refers to: the
    /// latest person named, of the noun's sex where both say one.
    fn latest_person_called(&self, at: usize, noun: &str) -> Option<usize> {
        if !self.lexicon.is_person_noun(noun) {
            return None;
        }
        self.latest(at, PRONOUN_REACH, |m| {
            let e = &self.entities[m.entity];
            e.kind == EntityKind::Person && role_fits(noun, e.gender)
        })
    }

    /// The person "he" or "she" at token `at` refers to: the latest person
    /// named, unless a person who was the subject of a reporting verb more
    /// recently than that name stood as a subject ("Dempsey said Ahern was
    /// committed. “…,” he said." → Dempsey).
    fn person_for_pronoun(&self, at: usize, gender: Gender, depth: u8) -> Option<usize> {
        let upto = self.mentions.partition_point(|m| m.first < at);
        let latest = self.mentions[..upto]
            .iter()
            .rev()
            .take(MENTION_REACH)
            .take_while(|m| at - m.first <= PRONOUN_REACH)
            .find(|m| !self.quoted[m.first] && self.person_of_gender(m, gender))
            .copied()?;
        if self.unnamed_subject_since(latest.first, at, gender) {
            return None;
        }
        let Some((speaker, cue_at)) = self.latest_speaking_person(at, gender, depth) else {
            return Some(self.subject_over_object(latest, at, gender).entity);
        };
        // The speaker wins when the latest name sits in what they said
        // ("Dempsey said Ahern was committed"), not in a later sentence.
        let same_sentence =
            self.doc.tokens[cue_at].sentence == self.doc.tokens[latest.first].sentence;
        let speaker_wins = (same_sentence || cue_at > latest.first)
            && !(latest.first > cue_at && self.in_subject_position(&latest));
        if speaker_wins {
            speaker
        } else {
            Some(self.subject_over_object(latest, at, gender).entity)
        }
    }

    /// Whether a sentence after the one naming the candidate at `named`, up
    /// to token `at`, opens on someone unnamed whose noun says the
    /// pronoun's sex ("One supporter, a woman in a scarf, put it simply.
    /// “…,” she asked"): the pronoun is theirs. A few sentences and their
    /// first words only.
    fn unnamed_subject_since(&self, named: usize, at: usize, gender: Gender) -> bool {
        if gender == Gender::Unknown {
            return false;
        }
        let doc = self.doc;
        let (first, last) = (doc.tokens[named].sentence + 1, doc.tokens[at].sentence);
        (first.max(last.saturating_sub(2))..=last).any(|s| {
            let tokens = &doc.sentences[s].tokens;
            let opening = tokens.start..tokens.end.min(tokens.start + 8).min(at);
            self.is(tokens.start, INDEFINITES)
                && opening.clone().all(|i| self.mention_at[i].is_none())
                && opening.clone().any(|i| {
                    let w = self.lower(i);
                    self.doc.tokens[i].kind == TokenKind::Word
                        && (self.lexicon.is_role(w) || self.lexicon.is_person_noun(w))
                        && role_fits(w, gender)
                        && !role_fits(w, opposite(gender))
                })
        })
    }

    /// A subject pronoun goes to the subject of the sentence that names its
    /// candidate, not to an object there ("Smith met Jones. He said …" →
    /// Smith): a person of the same gender opening that sentence or the one
    /// before, a few mentions back, wins over a latest name in object place.
    fn subject_over_object(&self, latest: MentionRef, at: usize, gender: Gender) -> MentionRef {
        if self.in_subject_position(&latest) || self.after_title_words(&latest) {
            return latest;
        }
        let sentence = self.doc.tokens[latest.first].sentence;
        // The sentence before counts when this one's subject is a pronoun
        // that may be that person ("Smith spoke. He then met Jones."), not
        // when it is someone unnamed ("Separately, the reporters reached
        // Jones").
        let opening = self.doc.sentences[sentence].tokens.start;
        let earliest = if self.is(opening, &[pronoun_of(gender)]) {
            sentence.saturating_sub(1)
        } else {
            sentence
        };
        let upto = self.mentions.partition_point(|m| m.first < latest.first);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(8)
            .take_while(|m| {
                let s = self.doc.tokens[m.first].sentence;
                s >= earliest && at - m.first <= PRONOUN_REACH
            })
            .find(|m| {
                m.entity != latest.entity
                    && !self.quoted[m.first]
                    && self.person_of_gender(m, gender)
                    && self.in_subject_position(m)
            })
            .copied()
            .unwrap_or(latest)
    }

    /// Whether a mention follows its sentence's opening (or the comma after
    /// an introductory phrase) through title and role words only: "Speaking
    /// in Beijing, ministry spokesman Lu Kang repeated".
    fn after_title_words(&self, m: &MentionRef) -> bool {
        let sentence = &self.doc.sentences[self.doc.tokens[m.first].sentence];
        let from = m.first.saturating_sub(6).max(sentence.tokens.start);
        let start = (from..m.first)
            .rev()
            .find(|&i| self.doc.token_text(i) == ",")
            .map_or(sentence.tokens.start, |c| c + 1);
        start >= from
            && (start..m.first).all(|i| {
                let w = self.doc.token_text(i);
                self.doc.tokens[i].kind == TokenKind::Possessive
                    || w.starts_with(char::is_uppercase)
                    || self.lexicon.is_role(w)
            })
    }

    /// Whether a mention opens its sentence, after titles and an introductory
    /// phrase or a dateline at most ("Apple's Tim Cook disagreed", "In March,
    /// Trump ...", "PARIS — Ana Ruiz ...").
    fn in_subject_position(&self, m: &MentionRef) -> bool {
        let sentence = &self.doc.sentences[self.doc.tokens[m.first].sentence];
        // Only the last six tokens matter (a comma further back, or the
        // sentence start, fails the test below): a bounded look back.
        let before = sentence.tokens.start.max(m.first.saturating_sub(6))..m.first;
        let after_comma = match before
            .clone()
            .rev()
            .find(|&i| matches!(self.doc.token_text(i), "," | "—" | "–"))
        {
            Some(c) => c + 1,
            None if before.start == sentence.tokens.start => before.start,
            None => return false,
        };
        (after_comma..m.first).all(|i| {
            let t = self.doc.tokens[i];
            t.kind == TokenKind::Possessive
                || t.kind == TokenKind::QuoteMark
                || self.doc.token_text(i).starts_with(char::is_uppercase)
        }) && m.first - after_comma <= 5
    }

    /// The latest named person of `gender` who is the subject of a reporting
    /// verb before token `at`, back to the previous paragraph; with the
    /// verb's position.
    fn latest_speaking_person(
        &self,
        at: usize,
        gender: Gender,
        depth: u8,
    ) -> Option<(Option<usize>, usize)> {
        let doc = self.doc;
        let paragraph = doc.tokens.get(at)?.paragraph;
        let floor = doc.paragraphs[paragraph.saturating_sub(1)]
            .tokens
            .start
            .max(at.saturating_sub(300));
        for i in (floor..at).rev() {
            let Some(cue) = self
                .cue_at(i)
                .filter(|c| c.kind != CueKind::Participle && c.strength == CueStrength::Strong)
            else {
                continue;
            };
            let sentence = &doc.sentences[doc.tokens[i].sentence];
            let subject = match cue.kind {
                CueKind::According => self.subject_after(cue, sentence.tokens.end),
                _ => self
                    .subject_before(i, sentence.tokens.start, 0)
                    .or_else(|| self.subject_after(cue, sentence.tokens.end)),
            };
            match subject {
                Some(Subject::Named(m))
                    if self.person_of_gender(&m, gender) && !self.quoted[m.first] =>
                {
                    return Some((Some(m.entity), i));
                }
                // "But he suggested ...": who "he" is, a level deeper.
                Some(Subject::Pronoun(p)) if depth < 2 && self.is(p, &[pronoun_of(gender)]) => {
                    if let Some(e) = self.person_for_pronoun(i, gender, depth + 1) {
                        return Some((Some(e), i));
                    }
                }
                // "according to a spokeswoman ... “…,” she said": the
                // unnamed speaker, when the role fits the pronoun.
                Some(d @ Subject::Description { head, .. })
                    if depth < 2
                        && self.lexicon.is_role(self.doc.token_text(head))
                        && role_fits(self.lower(head), gender) =>
                {
                    if let Some(e) = self.resolve(d, i).entity {
                        if self.entities[e].kind == EntityKind::Person {
                            return Some((Some(e), i));
                        }
                    } else if !role_fits(self.lower(head), opposite(gender)) {
                        // Unnamed, when the role says the pronoun's sex
                        // ("a spokeswoman"); "an analyst asked …; she
                        // replied" is someone named before.
                        return Some((None, i));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The latest mention before token `at`, outside quotes and within
    /// `reach` tokens, that passes `test`.
    fn latest(&self, at: usize, reach: usize, test: impl Fn(&MentionRef) -> bool) -> Option<usize> {
        let upto = self.mentions.partition_point(|m| m.first < at);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(MENTION_REACH)
            .take_while(|m| at - m.first <= reach)
            .filter(|m| !self.quoted[m.first])
            .find(|m| test(m))
            .map(|m| m.entity)
    }

    fn person_of_gender(&self, m: &MentionRef, gender: Gender) -> bool {
        let e = &self.entities[m.entity];
        let title = self.title_gender(m);
        // An honorific makes a person whatever kind the entity layer gave.
        let post_nominal = e
            .name
            .rsplit(' ')
            .next()
            .is_some_and(|w| POST_NOMINALS.contains(w));
        if e.kind != EntityKind::Person && title == Gender::Unknown && !post_nominal {
            return false;
        }
        // "the Ardnamurch Point lighthouse": a name after an article is a
        // place or thing, whatever kind the entity layer gave it.
        if title == Gender::Unknown && m.first > 0 && self.is(m.first - 1, &["the", "a", "an"]) {
            return false;
        }
        let known = match e.gender {
            Gender::Unknown => title,
            g => g,
        };
        known == gender || known == Gender::Unknown
    }

    /// Gender from an honorific right before a mention ("Mr", "Mrs").
    fn title_gender(&self, m: &MentionRef) -> Gender {
        if m.first == 0 {
            return Gender::Unknown;
        }
        let mut i = m.first - 1;
        if self.doc.token_text(i) == "." && i > 0 {
            i -= 1;
        }
        match self.doc.token_text(i).trim_end_matches('.') {
            "Mr" | "Sir" | "Lord" | "King" | "Prince" => Gender::Male,
            "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// Whether the person mentioned is given `role`: in the entity's
    /// descriptors, as a title right before the mention, or in an
    /// appositive right after it.
    fn person_with_role(&self, m: &MentionRef, role: &str) -> bool {
        let e = &self.entities[m.entity];
        if e.kind != EntityKind::Person {
            return false;
        }
        let has = |s: &str| {
            s.to_lowercase()
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| w == role)
        };
        if e.descriptors.iter().any(|d| has(d)) {
            return true;
        }
        let sentence = &self.doc.sentences[self.doc.tokens[m.first].sentence];
        let before = m.first.saturating_sub(5).max(sentence.tokens.start);
        let plural = format!("{role}s");
        if (before..m.first).any(|i| {
            let w = self.lower(i);
            w == role || w == plural
        }) {
            return true;
        }
        // An appositive closed by a comma or the sentence's end, not the
        // subject of a verb after a fronted phrase ("With Ann Ode, the
        // candidate said …").
        if self.is(m.last + 1, &[","]) {
            let end = (m.last + 10).min(sentence.tokens.end);
            let Some(close) = (m.last + 2..end).find(|&i| {
                matches!(self.doc.token_text(i), "," | "." | ";") || self.cue_at(i).is_some()
            }) else {
                return false;
            };
            let closed = self.cue_at(close).is_none();
            return closed && (m.last + 2..close).any(|i| self.lower(i) == role);
        }
        false
    }
}

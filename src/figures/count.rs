//! The number with no unit: a count with its head noun ("four Russian
//! military officers"), a partitive ("nine of the 20 games"), an age said
//! of a person ("Ann Lee, 33,", "she is now 74"), a bare number kept, or
//! nothing (a year, a score, a list number, a label).

use super::lexicon::*;
use super::{Amount, Draft, FoundFigure, Scanner, Step};
use crate::document::TokenKind;
use crate::model::FigureKind;

impl<'a, 'd> Scanner<'a, 'd> {
    /// The rest: a count with its head noun, a partitive ("nine of the 20
    /// games"), an age in apposition ("Ann Lee, 33,"), a bare number, or
    /// nothing.
    pub(super) fn count_or_skip(
        &self,
        fig: Draft,
        a: &Amount,
        mut f: FoundFigure,
        k: usize,
        end: usize,
    ) -> Step {
        let first = a.start;
        let finish = |mut f: FoundFigure, last: usize| {
            f.span = self.span(fig.start, last);
            Step::Figure(f, last)
        };
        let singular = a.value == 1.0 && a.high.is_none();
        // Partitive: "nine of the 20 games", "31 of 35 drones", "more than
        // 500 of which". The span is the number; the unit comes from after "of".
        if self.low(k) == "of" {
            let det = self.low(k + 1);
            let inner = self.amount_at(k + 1, end).filter(|b| !b.year_like);
            if a.is_one || a.year_like || fig.after_name {
                if partitive_word(det).is_some() || inner.is_some() {
                    return Step::Skip(k);
                }
            } else if let Some(b) = inner {
                if let Some(head) = self.head_noun(b.end, end, false) {
                    let unit = self.text(head).to_string();
                    f.kind = self.kind_of_unit(head);
                    f.unit = Some(unit);
                }
                return finish(f, k);
            } else if let Some(takes_noun) = partitive_word(det) {
                if takes_noun {
                    let mut h = k + 2;
                    if let Some(inner) = self.amount_at(h, end) {
                        h = inner.end;
                    }
                    if let Some(head) = self.head_noun(h, end, false) {
                        let unit = self.text(head).to_string();
                        f.kind = self.kind_of_unit(head);
                        f.unit = Some(unit);
                    }
                }
                return finish(f, k);
            }
        }
        let head = self.head_noun(k, end, singular);
        // "Boeing 737", "Section 48": a number after a name, unless it
        // counts something ("sent Kyiv 31 tanks").
        if fig.after_name && head.is_none_or(|h| self.capitalised(h)) {
            return Step::Skip(k);
        }
        if let Some(head) = head {
            let unit = self.text(head).to_string();
            if a.year_like && (fig.hedge.is_none() || (1800.0..2100.0).contains(&a.value)) {
                return Step::Skip(k);
            }
            let lower = self.low(head);
            if a.is_one && is_one_idiom(lower) {
                return Step::Skip(k);
            }
            // "the next one finds us", "one must ask": a verb right after
            // "one" makes it the pronoun, not a count.
            if a.is_one && head == k && reads_as_verb(lower) {
                return Step::Skip(k);
            }
            // "One idea is...", "One study found...": opening a sentence, "one"
            // picks an example out of many rather than counting.
            let opening = self.text(first) == "One" && self.doc.is_sentence_initial(first);
            if a.is_one && opening && is_one_of_many(lower) {
                return Step::Skip(k);
            }
            if is_time_unit(lower) && self.low(head + 1) == "ago" {
                return Step::Skip(head + 2);
            }
            f.kind = self.kind_of_unit(head);
            // "two apartment blocks": a unit of measure after a noun that
            // modifies it names things ("three city blocks" still measures).
            if f.kind == FigureKind::Measure && head > k && !is_time_unit(lower) {
                let modifier = self.low(head - 1);
                let measuring = is_measuring_modifier(modifier) || is_measure_unit(modifier);
                if !measuring {
                    f.kind = FigureKind::Count;
                }
            }
            // "three evenings a week": occasions in each period, a frequency.
            let per_period = matches!(self.low(head + 1), "a" | "per" | "each" | "every")
                && matches!(
                    self.low(head + 2),
                    "day" | "week" | "fortnight" | "month" | "year" | "season"
                );
            if per_period && is_occasion_noun(lower) {
                f.kind = FigureKind::Frequency;
            }
            f.unit = Some(unit);
            return finish(f, head + 1);
        }
        // No head noun. Four bare digits without a comma read as a year or
        // a code ("5784", "0800"): English prose writes "4,500" for a count.
        let bare_digits = self.text(first).len() == 4
            && self.text(first).bytes().all(|b| b.is_ascii_digit())
            && a.end == first + 1;
        if a.is_one || a.year_like || a.value == 0.0 || (bare_digits && fig.hedge.is_none()) {
            return Step::Skip(k);
        }
        // "children under five", "voters over 65": an age.
        let by_age = fig.hedge.is_some_and(|h| {
            // One word, in lower case the document's.
            let one_word = self.doc.tokens[fig.start].span == h.1;
            one_word && matches!(self.low(fig.start), "under" | "over" | "above" | "below")
        });
        let holder = fig.start > 0
            && (is_age_holder(self.low(fig.start - 1))
                || by_age && is_people_plural(self.low(fig.start - 1)));
        if fig.hedge.is_some() && a.value <= 120.0 && a.value.fract() == 0.0 && holder {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        let kind_first = self.kind(first);
        // One unhedged whole number in digits, no range: what the age rules
        // below start from.
        let bare_whole_up_to = |max: f64| {
            fig.hedge.is_none()
                && kind_first == Some(TokenKind::Number)
                && a.value.fract() == 0.0
                && (1.0..=max).contains(&a.value)
                && a.end == first + 1
                && a.high.is_none()
        };
        // "Ann Lee, 33, said": an age in apposition.
        if bare_whole_up_to(115.0)
            && first >= 2
            && matches!(self.text(first - 1), "," | "(")
            && self.is_word(first - 2)
            && !ends_phrase(self.low(first - 2))
            && matches!(self.text(first + 1), "," | ")" | ".")
        {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // "Lee, at 15 the youngest, ...", "who turned 90": an age.
        if bare_whole_up_to(115.0)
            && first >= 2
            && (self.low(first - 1) == "at" && self.text(first - 2) == ","
                || matches!(self.low(first - 1), "turned" | "turns" | "turning"))
        {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // "she is now 74", "when he was 27", "Baird, now 63,", "aged 38 and
        // 45": a bare whole number said of a person is an age.
        if bare_whole_up_to(120.0) && (self.age_of_person(first) || self.aged_list(first)) {
            f.kind = FigureKind::Age;
            f.unit = Some("years".into());
            return finish(f, k);
        }
        // A bare decimal is a level or a rating ("closed at 4,850.3", "7.8 on
        // the Richter scale"), not a count.
        if a.value.fract() != 0.0 && fig.hedge.is_none() && a.scale <= 1.0 && !a.words {
            return Step::Skip(k);
        }
        // A bare number: keep it unless it reads as a label, score or name.
        if k < end && self.capitalised(k) && !self.doc.is_sentence_initial(k) {
            // "11 Nisan", "5 Down": part of a name or a date.
            if fig.hedge.is_none() {
                return Step::Skip(k);
            }
        }
        if let (Some(_), None) = (a.high, fig.hedge) {
            if kind_first == Some(TokenKind::Number) && self.text(first).contains('-') {
                // "won 3-1", "a 49-51 vote": a score or a tally, not a range.
                return Step::Skip(k);
            }
        }
        if fig.start > 0 && is_score_word(self.low(fig.start - 1)) {
            return Step::Skip(k);
        }
        if fig.hedge.is_none() && self.in_tally(fig.start) {
            return Step::Skip(k);
        }
        // Bracketed page furniture ("[widget 404]").
        // List numbers: "1." opening a sentence, "(2)" on its own.
        let list_number = a.value.fract() == 0.0
            && a.end == first + 1
            && fig.hedge.is_none()
            && ((self.doc.is_sentence_initial(first) && matches!(self.text(first + 1), "." | ")"))
                || (self.text(first.wrapping_sub(1)) == "(" && self.text(first + 1) == ")"));
        if list_number {
            return Step::Skip(k);
        }
        // Look back a bounded way, to stay linear on endless sentences.
        let from = self.sentence_start(first).max(first.saturating_sub(12));
        let open = (from..first)
            .rev()
            .find(|&t| matches!(self.text(t), "[" | "]"));
        if open.is_some_and(|t| self.text(t) == "[") {
            return Step::Skip(k);
        }
        finish(f, k)
    }

    /// Whether the bare number at `at` is one side of a vote or a score:
    /// "N to N" (or "N-N", or "N votes to N") within three words after a
    /// score word ("voted 31 to 24", "carried by 58 to 31", "rejected it 48
    /// to 52"). A tally is not two counts nor a range.
    fn in_tally(&self, at: usize) -> bool {
        let number = |t: usize| {
            self.doc
                .tokens
                .get(t)
                .is_some_and(|t| t.kind == TokenKind::Number)
        };
        let joiner = |t: usize| matches!(self.low(t), "to" | "-" | "–");
        // The first number of the pair: the second follows its joiner,
        // right after it or after the noun it counts.
        let first = if at >= 2 && joiner(at - 1) && number(at - 2) {
            at - 2
        } else if at >= 3 && joiner(at - 1) && number(at - 3) && is_score_word(self.low(at - 2)) {
            // "58 votes to 31": the noun says it is a tally.
            return true;
        } else if at >= 3 && joiner(at - 1) && number(at - 3) && self.is_word(at - 2) {
            at - 3
        } else if joiner(at + 1) && number(at + 2) {
            at
        } else {
            return false;
        };
        let from = self.sentence_start(first).max(first.saturating_sub(3));
        (from..first).any(|t| is_score_word(self.low(t)))
    }

    /// Whether the bare number at `first` is said of a person: after a
    /// personal subject and "is"/"was" ("she is now 74", "who was 27"), or
    /// in apposition after a name with "now" ("Baird, now 63,"). The number
    /// must end its phrase ("she was 27 when", not "he was 5 under par").
    fn age_of_person(&self, first: usize) -> bool {
        let start = self.sentence_start(first);
        let ends = matches!(self.text(first + 1), "," | "." | ";" | ")" | "" | "—" | "–")
            || matches!(self.low(first + 1), "and" | "when" | "but" | "at" | "in");
        if !ends || first <= start {
            return false;
        }
        let mut p = first - 1;
        let now = matches!(self.low(p), "now" | "still");
        if now {
            if p == start {
                return false;
            }
            p -= 1;
        }
        // A name: a person's mention, or a capitalised word that is no
        // place's ("Madrid was 40") and, opening the sentence, some name
        // ("Inflation was 5" names nothing).
        let named = |t: usize| {
            self.capitalised(t)
                && !ends_phrase(self.low(t))
                && !self.in_place[t]
                && (self.in_name[t] || !self.doc.is_sentence_initial(t))
        };
        // "Baird, now 63,": in apposition; "the striker, now 29," too when
        // the aside closes.
        if now && self.text(p) == "," && p > start {
            let name = p - 1;
            let closes = self.text(first + 1) == ",";
            return named(name) || (closes && self.is_word(name) && !ends_phrase(self.low(name)));
        }
        // "I'm 36", "she's 70".
        if is_pronoun_be(self.low(p)) {
            return true;
        }
        let verbs = ["is", "was", "'s", "’s", "am", "'m", "’m", "are", "were"];
        if !verbs.contains(&self.low(p)) || p == start {
            return false;
        }
        let mut subject = p - 1;
        // "His father, Derek, was 40": the aside's last word names him.
        if self.text(subject) == "," && subject > start + 1 {
            subject -= 1;
        }
        // A name or a noun takes a singular verb: "the Lakers were 45 and
        // 30" is a record, not two ages.
        let singular = matches!(self.low(p), "is" | "was" | "'s" | "’s");
        matches!(
            self.low(subject),
            "he" | "she" | "i" | "you" | "we" | "they" | "who"
        ) || singular && (named(subject) || is_person_noun(self.low(subject)))
    }

    /// Whether the number at `first` continues a list of ages after "aged"
    /// or a person's "is"/"was" ("aged 38 and 45", "aged 19, 22 and 30",
    /// "they were 12 and 14").
    fn aged_list(&self, first: usize) -> bool {
        let start = self.sentence_start(first);
        let mut t = first;
        for _ in 0..4 {
            if t < start + 3 || !matches!(self.low(t - 1), "and" | "or" | ",") {
                return false;
            }
            if self.kind(t - 2) != Some(TokenKind::Number) {
                return false;
            }
            t -= 2;
            if matches!(self.low(t - 1), "aged" | "ages") || self.age_of_person(t) {
                return true;
            }
        }
        false
    }
}

/// Whether a lower-case word right after "one" (and ending its phrase)
/// reads as its verb: a modal, "is"/"was"/"has", a past form ("which one
/// described"), or a third-person "-s" form. Singular nouns that end in
/// "s" mostly end in "ss", "us", "is", "ies" or "ics" ("class", "bus",
/// "crisis", "series", "politics"), so those stay nouns.
fn reads_as_verb(w: &str) -> bool {
    let noun_s = ["ss", "us", "is", "ies", "ics", "'s", "’s"];
    let past = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed");
    is_modal(w)
        || past
        || matches!(w, "is" | "was" | "has")
        || (w.len() > 2 && w.ends_with('s') && !noun_s.iter().any(|e| w.ends_with(e)))
}

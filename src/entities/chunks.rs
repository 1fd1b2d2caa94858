//! Runs of name tokens ("chunks"): capitalised words joined over particles
//! ("von der Leyen"), over "of"/"for"/"on" after a head or title ("Bureau of
//! Diplomatic Security"), over "and" inside a name a head ends, and over the
//! dots of initials and abbreviations. [`super::mentions`] splits each.

use super::finder::{Finder, CONNECTORS};
use super::shape::{is_acronym, is_capitalised};
use super::words::{
    CALENDAR, CLOSED_BY_DOT, COMPANY_FORMS, LEGAL_FORMS, PARTICLES, PLACE_PREFIXES,
};
use crate::document::TokenKind;
use crate::model::EntityKind;

/// The most tokens one name may span.
pub(super) const MAX_NAME_TOKENS: usize = 12;

impl<'d, 'a> Finder<'d, 'a> {
    /// Maximal name runs in token range `range`, joined over particles and,
    /// after a head or title, over "of"/"for"/"on".
    pub fn chunks(&self, range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            if !self.is_name_token(i) && !self.is_street_number(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            // past "Office for the Regulation", the name may go on: "… of
            // Civil Nuclear Safety"
            let mut connected = false;
            // a name is short: a longer capitalised run is a title or a list
            while j < range.end && j - i < MAX_NAME_TOKENS {
                if self.ends_before_calendar(j, range.end) {
                    break;
                }
                // "Mr. Orlen Is Not a Serious Man": a title in Title Case;
                // a verb or "Not" is never inside a name
                if matches!(
                    self.word(j),
                    "Is" | "Are" | "Was" | "Were" | "Has" | "Have" | "Had"
                ) || matches!(
                    self.word(j),
                    "Not" | "Does" | "Did" | "Would" | "Should" | "Could"
                ) {
                    break;
                }
                if self.is_name_token(j) && self.doc.tokens[j].space_before {
                    j += 1;
                    continue;
                }
                let w = self.word(j);
                // "Halvard Assurance plc": a legal form in lower case ends the name
                if LEGAL_FORMS.contains(w) && self.doc.tokens[j].space_before {
                    j += 1;
                    break;
                }
                // "U.S. Customs and Border Protection": a known name reaching
                // past the "and"
                if w == "and" {
                    if let Some((n, _)) = self.longest_known(i, range.end) {
                        if i + n > j + 1 {
                            j = i + n;
                            continue;
                        }
                    }
                }
                // "von der Leyen", "bin Salman": particles then a name
                let particles = (j..range.end)
                    .take_while(|&k| self.is_word_token(k) && PARTICLES.contains(self.word(k)))
                    .count();
                if particles > 0
                    && particles <= 3
                    && j + particles < range.end
                    && self.is_name_token(j + particles)
                {
                    j += particles + 1;
                    continue;
                }
                let prev = self.word(j - 1);
                // (a legal form closes the name: "Brennic AG of Hamburg")
                let head_before = (self.lex.is_org_head(prev)
                    || self.lex.is_place_head(prev)
                    || self.lex.title(prev).is_some())
                    && !LEGAL_FORMS.contains(prev);
                let connects = match w {
                    "on" => matches!(
                        prev,
                        "Committee" | "Commission" | "Council" | "Conference" | "Panel"
                    ),
                    _ => CONNECTORS.contains(&w),
                };
                let next_is_calendar = j + 1 < range.end && self.lex.is_not_name(self.word(j + 1));
                let joins = self.is_word_token(j) && j + 1 < range.end && self.is_name_token(j + 1);
                let org_head_before = self.lex.is_org_head(prev) || connected;
                if (head_before || connected) && connects && !next_is_calendar {
                    if joins {
                        j += 2;
                        connected = org_head_before;
                        continue;
                    }
                    // "of the Interior"
                    if j + 2 < range.end && self.word(j + 1) == "the" && self.is_name_token(j + 2) {
                        j += 3;
                        connected = org_head_before;
                        continue;
                    }
                }
                // "District Attorney's Office", "Sheriff's Department"
                let possessive = self.doc.tokens[j].kind == TokenKind::Possessive;
                if possessive
                    && self.lex.title(prev).is_some()
                    && j + 1 < range.end
                    && self.is_name_token(j + 1)
                    && self.lex.is_org_head(self.word(j + 1))
                {
                    j += 2;
                    continue;
                }
                // "Alzheimer's Research UK", "Children's Rights Society": an
                // eponym's possessive inside a name that a head or a country
                // code ends
                // (not an acronym's: "NOAA's Coral Reef Watch" is NOAA's)
                // ("St James's University Hospital": a saint's name too)
                let eponym = j - i == 1 || j - i == 2 && PLACE_PREFIXES.contains(self.word(i));
                if possessive && eponym && self.lex.known(prev).is_none() && !is_acronym(prev) {
                    let run = (j + 1..range.end.min(j + 4))
                        .take_while(|&k| self.is_name_token(k))
                        .count();
                    let last = j + run;
                    // (a facility's too: "St Mary's Hospital")
                    let headed = run > 0
                        && (self.lex.is_org_head(self.word(last))
                            || self.lex.is_place_head(self.word(last)) && j - i == 2
                            || run >= 2 && matches!(self.word(last), "UK" | "US" | "USA"));
                    if headed && (self.lex.first_name(prev).is_none() || j - i == 2) {
                        j = last + 1;
                        continue;
                    }
                }
                // "Dock Workers' Union", "National Farmers' Union",
                // "Women's Institute": a common plural owning the head of
                // an organisation inside one name
                let plural_owner =
                    prev.ends_with('s') || matches!(prev, "Women" | "Men" | "Children" | "People");
                if possessive
                    && plural_owner
                    && self.lex.is_common(prev)
                    && self.lex.known(prev).is_none()
                {
                    let run = (j + 1..range.end.min(j + 3))
                        .take_while(|&k| self.is_name_token(k))
                        .count();
                    if run > 0 && self.lex.is_org_head(self.word(j + run)) {
                        j += run + 1;
                        continue;
                    }
                }
                if w == "&" && j + 1 < range.end && self.is_name_token(j + 1) {
                    j += 2;
                    continue;
                }
                // "Securities and Exchange Commission", "Strategic and
                // Economic Dialogue": "and" inside a name that a head ends.
                // ("National Oceanic and Atmospheric Administration": an
                // adjective before "and" as well as a common word)
                let adjective = prev.len() > 5
                    && ["ic", "al", "ary", "ive", "ous"]
                        .iter()
                        .any(|e| prev.ends_with(e))
                    && self.lex.first_name(prev).is_none();
                if w == "and"
                    && self.lex.known(prev).is_none()
                    && (self.lex.is_common(prev) || adjective)
                    && !is_acronym(prev)
                    && !self.lex.is_org_head(prev)
                {
                    let run = (j + 1..range.end.min(j + 5))
                        .take_while(|&k| self.is_name_token(k))
                        .count();
                    let last = j + run;
                    // "Commission for the Protection of Children and Young
                    // People": inside a name its head has opened already
                    let inside = connected
                        && self.lex.is_common(self.word(j + 1))
                        && self.lex.known(self.word(j + 1)).is_none();
                    if run > 0
                        && (self.lex.is_org_head(self.word(last))
                            || self.lex.is_event_head(self.word(last))
                            || inside)
                    {
                        j = last + 1;
                        continue;
                    }
                }
                if w == "." && !self.doc.tokens[j].space_before {
                    // "Gov. Nathan Deal", "Jacob J. Lew": a dot inside the name
                    let initial = (prev.chars().count() == 1 && is_capitalised(prev))
                        || PLACE_PREFIXES.contains(prev);
                    if (initial || self.lex.title(prev).is_some())
                        && j + 1 < range.end
                        && self.is_name_token(j + 1)
                    {
                        j += 2;
                        continue;
                    }
                    // "Ford Motor Co.", "Calif.": the dot ends the name (a
                    // company form's dot that ends the sentence is its full
                    // stop: "… said John Casesa of Schroder & Co.")
                    let last = j + 1 >= range.end
                        || j + 2 == range.end && matches!(self.word(j + 1), "\"" | "”" | "’" | "'");
                    let company = COMPANY_FORMS.contains(prev);
                    if (CLOSED_BY_DOT.contains(prev)
                        || self.lex.known(&format!("{prev} .")).is_some())
                        && !(last && company)
                    {
                        j += 1;
                    }
                }
                break;
            }
            out.push((i, j));
            i = j;
        }
        out
    }

    /// Whether a run stops before token `j`, a day or month that closes it:
    /// "Harlow Thursday said", "City Hall Monday night" (the day is when,
    /// not part of the name). A surname that is also a month after a first
    /// name or a title stays ("Nora May"), and so does a day inside a longer run
    /// ("Tuesday Group" is found through its head), and a known place
    /// before a day may be a club named so (print writes "in the town on
    /// Tuesday" far more than "in the town Tuesday").
    fn ends_before_calendar(&self, j: usize, end: usize) -> bool {
        let w = self.word(j);
        if !CALENDAR.contains(w) {
            return false;
        }
        let prev = self.word(j - 1);
        // ("Mrs May", "Nora May": a surname after a title or a first name)
        let surname = self.lex.first_name(w).is_some()
            && (self.lex.first_name(prev).is_some() || self.lex.title(prev).is_some());
        let place = self
            .lex
            .known(prev)
            .is_some_and(|k| k.kind == EntityKind::Place);
        let closes = j + 1 >= end || !self.is_name_token(j + 1);
        closes && !surname && !place
    }
}

//! What the text says an organisation is: a business noun before its name
//! ("the retailer Brode & Lyle", "Another carrier, Tamsin Lines"), an
//! appositive after it ("Parvel, a soap maker that employs 300 people,")
//! and a relative clause ("Parvel, which is based in Cork, said").
//!
//! The same readings as a person's ([`super::descriptors`]), headed by
//! business nouns instead of roles.

use rustc_hash::FxHashSet;

use super::descriptors::{appositive_after, relative_after, role_before};
use super::finder::Finder;
use super::types::{Candidate, EntityCluster};
use super::words::{ORG_APPOSITIVES, ORG_ROLES};

/// Whether a lower-case word heads a description of an organisation.
fn business_noun(w: &str) -> bool {
    ORG_APPOSITIVES.contains(w) || ORG_ROLES.contains(w)
}

/// Fill the descriptors of an organisation cluster from its mentions.
pub fn describe<'c>(
    finder: &Finder,
    cluster: &mut EntityCluster,
    members: impl Iterator<Item = &'c Candidate>,
) {
    let mut out: Vec<String> = Vec::new();
    // (a set beside the list, as for people: no search of it per mention)
    let mut seen: FxHashSet<String> = FxHashSet::default();
    for c in members {
        let found = [
            role_before(finder, c.first, c.end, &business_noun, false),
            appositive_after(finder, c.end, &business_noun),
            relative_after(finder, c.end, &["which"]),
        ];
        for d in found.into_iter().flatten() {
            if !d.is_empty() && seen.insert(d.clone()) {
                out.push(d);
            }
        }
    }
    cluster.descriptors = out;
}

//! The sources of "Who says what": every named entity, unnamed source
//! ("US officials") and the article itself, with the quotes, reported
//! statements and figures each gives.

use super::Target;
use crate::model::Annotations;

/// Who gives statements in the article: a named entity, an unnamed source
/// as the text words it ("US officials"), or the article itself (the
/// figures it states in its own voice).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    Entity(usize),
    Unnamed(String),
    Article,
}

/// One source with everything it says: for the "Who says what" view.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceView {
    pub source: Source,
    pub name: String,
    pub role: Option<String>,
    pub quotes: Vec<usize>,
    pub attributions: Vec<usize>,
    pub figures: Vec<usize>,
}

impl SourceView {
    /// Everything this source says, as view targets.
    pub fn targets(&self) -> impl Iterator<Item = Target> + '_ {
        self.quotes
            .iter()
            .map(|&i| Target::Quote(i))
            .chain(self.attributions.iter().map(|&i| Target::Attribution(i)))
            .chain(self.figures.iter().map(|&i| Target::Figure(i)))
    }
}

/// Every source of the article's quotes, reported statements and figures,
/// the one that says most first; the figures the article states itself
/// last. Unnamed sources are told apart by their words, whatever their case.
pub fn sources(a: &Annotations) -> Vec<SourceView> {
    let mut index: std::collections::HashMap<Source, usize> = std::collections::HashMap::new();
    let mut out: Vec<SourceView> = Vec::new();
    let mut slot = |speaker: Option<&String>, text: Option<&String>, out: &mut Vec<SourceView>| {
        let entity = speaker.and_then(|id| a.entities.iter().position(|e| &e.id == id));
        let (source, name, role) = match (entity, text) {
            (Some(e), _) => (
                Source::Entity(e),
                a.entities[e].name.clone(),
                a.entities[e].descriptors.first().cloned(),
            ),
            (None, Some(t)) => (Source::Unnamed(t.to_lowercase()), t.clone(), None),
            (None, None) => return None,
        };
        Some(*index.entry(source.clone()).or_insert_with(|| {
            out.push(SourceView {
                source,
                name,
                role,
                quotes: vec![],
                attributions: vec![],
                figures: vec![],
            });
            out.len() - 1
        }))
    };
    for (i, q) in a.quotes.iter().enumerate() {
        if let Some(k) = slot(q.speaker.as_ref(), q.speaker_text.as_ref(), &mut out) {
            out[k].quotes.push(i);
        }
    }
    for (i, r) in a.attributions.iter().enumerate() {
        if let Some(k) = slot(r.speaker.as_ref(), r.speaker_text.as_ref(), &mut out) {
            out[k].attributions.push(i);
        }
    }
    let mut own = Vec::new();
    for (i, f) in a.figures.iter().enumerate() {
        match &f.attributed_to {
            Some(s) => {
                if let Some(k) = slot(s.speaker.as_ref(), s.speaker_text.as_ref(), &mut out) {
                    out[k].figures.push(i);
                }
            }
            None => own.push(i),
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.quotes.len() + s.attributions.len() + s.figures.len()));
    if !own.is_empty() {
        out.push(SourceView {
            source: Source::Article,
            name: "The article itself".into(),
            role: None,
            quotes: vec![],
            attributions: vec![],
            figures: own,
        });
    }
    out
}

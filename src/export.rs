//! Annotations in the shapes other software reads: SPEC.md JSON with UTF-16
//! offsets added for JavaScript, and the W3C Web Annotation Data Model.
//!
//! Pure functions over [`Annotations`], so the page, the widget, the
//! JavaScript API and the tests all export the same thing.

use serde_json::{json, Map, Value};

use crate::model::Annotations;
use crate::offsets::OffsetMap;
use crate::view::describe_figure;

/// SPEC.md JSON where every object with `start`/`end` (code points) also
/// carries `start16`/`end16`, the UTF-16 offsets a DOM `Range` needs.
pub fn with_utf16_offsets(text: &str, annotations: &Annotations) -> Value {
    let map = OffsetMap::new(text);
    let mut value = serde_json::to_value(annotations).unwrap_or(Value::Null);
    add_utf16(&mut value, &map);
    value
}

fn add_utf16(value: &mut Value, map: &OffsetMap) {
    match value {
        Value::Object(obj) => {
            let pos = |k: &str, obj: &Map<String, Value>| {
                obj.get(k).and_then(Value::as_u64).map(|v| v as usize)
            };
            if let (Some(s), Some(e)) = (pos("start", obj), pos("end", obj)) {
                obj.insert("start16".into(), json!(map.utf16_of_char(s)));
                obj.insert("end16".into(), json!(map.utf16_of_char(e)));
            }
            for v in obj.values_mut() {
                add_utf16(v, map);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| add_utf16(v, map)),
        _ => {}
    }
}

/// How many code points of context a `TextQuoteSelector` keeps each side.
const CONTEXT: usize = 32;

/// The name of a speaker: the entity's name, else the words for an unnamed
/// one, else "unknown speaker".
fn speaker_name(
    annotations: &Annotations,
    speaker: &Option<String>,
    text: &Option<String>,
) -> String {
    speaker
        .as_ref()
        .and_then(|s| annotations.entities.iter().find(|e| &e.id == s))
        .map(|e| e.name.clone())
        .or_else(|| text.clone())
        .unwrap_or_else(|| "unknown speaker".into())
}

/// The annotations as a W3C Web Annotation collection (JSON-LD): each
/// mention, figure, quote and reported statement an `Annotation` whose target has a
/// `TextQuoteSelector` (with prefix and suffix) and a `TextPositionSelector`.
/// `source` is the IRI of the annotated document.
pub fn to_web_annotations(text: &str, annotations: &Annotations, source: &str) -> Value {
    let chars: Vec<char> = text.chars().collect();
    let selector = |start: usize, end: usize| {
        let end = end.min(chars.len());
        let start = start.min(end);
        let take = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
        object(vec![
            ("source", source.into()),
            (
                "selector",
                Value::Array(vec![
                    object(vec![
                        ("type", "TextQuoteSelector".into()),
                        ("exact", take(start, end).into()),
                        ("prefix", take(start.saturating_sub(CONTEXT), start).into()),
                        ("suffix", take(end, (end + CONTEXT).min(chars.len())).into()),
                    ]),
                    object(vec![
                        ("type", "TextPositionSelector".into()),
                        ("start", start.into()),
                        ("end", end.into()),
                    ]),
                ]),
            ),
        ])
    };
    // One annotation: every kind has the same shape.
    let annotation = |id: String, motivation: &str, value: String, start: usize, end: usize| {
        object(vec![
            ("id", id.into()),
            ("type", "Annotation".into()),
            ("motivation", motivation.into()),
            (
                "body",
                object(vec![
                    ("type", "TextualBody".into()),
                    ("purpose", motivation.into()),
                    ("value", value.into()),
                ]),
            ),
            ("target", selector(start, end)),
        ])
    };
    let mut items = Vec::new();
    let id = |kind: &str, n: String| format!("{source}#sidenote-{kind}-{n}");
    for e in &annotations.entities {
        let mut value = format!("{} ({})", e.name, e.kind.as_str());
        if !e.descriptors.is_empty() {
            value.push_str(": ");
            value.push_str(&e.descriptors.join("; "));
        }
        for (k, m) in e.mentions.iter().enumerate() {
            items.push(annotation(
                id("entity", format!("{}-{k}", e.id)),
                "identifying",
                value.clone(),
                m.start,
                m.end,
            ));
        }
    }
    for (i, f) in annotations.figures.iter().enumerate() {
        // Who gives the figure, where the article says.
        let value = match &f.attributed_to {
            Some(source) => format!(
                "{} (given by {})",
                describe_figure(f),
                speaker_name(annotations, &source.speaker, &source.speaker_text)
            ),
            None => describe_figure(f),
        };
        items.push(annotation(
            id("figure", i.to_string()),
            "describing",
            value,
            f.start,
            f.end,
        ));
    }
    // Quotes and reported statements: "Quote: Lena Novak (said)".
    let statement = |label: &str, speaker: String, cue: &Option<String>| match cue {
        Some(cue) => format!("{label}: {speaker} ({cue})"),
        None => format!("{label}: {speaker}"),
    };
    for (i, q) in annotations.quotes.iter().enumerate() {
        let speaker = speaker_name(annotations, &q.speaker, &q.speaker_text);
        items.push(annotation(
            id("quote", i.to_string()),
            "describing",
            statement("Quote", speaker, &q.cue),
            q.start,
            q.end,
        ));
    }
    for (i, r) in annotations.attributions.iter().enumerate() {
        let speaker = speaker_name(annotations, &r.speaker, &r.speaker_text);
        items.push(annotation(
            id("attribution", i.to_string()),
            "describing",
            statement("Reported speech", speaker, &r.cue),
            r.start,
            r.end,
        ));
    }
    let total = items.len();
    object(vec![
        ("@context", "http://www.w3.org/ns/anno.jsonld".into()),
        ("type", "AnnotationCollection".into()),
        ("label", "Sidenote annotations".into()),
        ("total", total.into()),
        (
            "first",
            object(vec![
                ("type", "AnnotationPage".into()),
                ("items", Value::Array(items)),
            ]),
        ),
    ])
}

/// A JSON object from its fields. Built by hand rather than with `json!`,
/// whose every field goes through serde: one small function instead of a
/// serializer per field type, in the widget's download.
fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_emoji_twice() {
        let text = "🙂 Lena Novak said “hi”, said Lena Novak in Zürich.";
        let a = crate::annotate(text);
        let v = with_utf16_offsets(text, &a);
        let m = &v["entities"][0]["mentions"][0];
        let start = m["start"].as_u64().unwrap();
        assert_eq!(m["start16"].as_u64().unwrap(), start + 1);
        let units: Vec<u16> = text.encode_utf16().collect();
        let (s16, e16) = (
            m["start16"].as_u64().unwrap() as usize,
            m["end16"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16_lossy(&units[s16..e16]),
            m["text"].as_str().unwrap()
        );
    }

    #[test]
    fn reported_speech_and_figure_sources_are_exported() {
        let text = "Lena Novak said the council had bought 40 boats.";
        let a = crate::annotate(text);
        assert_eq!(a.attributions.len(), 1, "{a:?}");
        let v = to_web_annotations(text, &a, "urn:x");
        let items = v["first"]["items"].as_array().unwrap();
        let values: Vec<&str> = items
            .iter()
            .filter_map(|i| i["body"]["value"].as_str())
            .collect();
        assert!(
            values.contains(&"Reported speech: Lena Novak (said)"),
            "{values:?}"
        );
        assert!(
            values.iter().any(|v| v.ends_with("(given by Lena Novak)")),
            "{values:?}"
        );
        let j = with_utf16_offsets(text, &a);
        assert_eq!(
            j["attributions"][0]["start16"],
            j["attributions"][0]["start"]
        );
        assert_eq!(j["figures"][0]["attributed_to"]["attribution"], 0);
    }

    #[test]
    fn web_annotations_carry_both_selectors() {
        let text = "The mayor, Lena Novak, counted 40 boats in Oslo.";
        let a = crate::annotate(text);
        let v = to_web_annotations(text, &a, "urn:x");
        let items = v["first"]["items"].as_array().unwrap();
        assert!(!items.is_empty());
        for item in items {
            let sel = &item["target"]["selector"];
            let (start, end) = (
                sel[1]["start"].as_u64().unwrap() as usize,
                sel[1]["end"].as_u64().unwrap() as usize,
            );
            let exact: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(sel[0]["exact"].as_str().unwrap(), exact);
            let before: String = text.chars().take(start).collect();
            assert!(before.ends_with(sel[0]["prefix"].as_str().unwrap()));
        }
    }
}

//! Whole-article expectations: each `tests/articles/NAME.txt` (written by the
//! team) has a `NAME.expect` file listing, one per line, the facts a careful
//! reader finds in it. The format is described at the top of
//! `port-rebuild.expect`. Every failing line is reported, not just the first.

use std::path::Path;

use sidenote::model::{Annotations, Bound, FigureKind};

/// Split a line into words, keeping "quoted strings" whole.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut s = String::new();
            for ch in chars.by_ref() {
                if ch == '"' {
                    break;
                }
                s.push(ch);
            }
            out.push(s);
        } else {
            let mut s = String::new();
            while let Some(&ch) = chars.peek() {
                if ch.is_whitespace() {
                    break;
                }
                s.push(ch);
                chars.next();
            }
            out.push(s);
        }
    }
    out
}

fn number(s: &str) -> Option<f64> {
    if s == "-" {
        None
    } else {
        Some(
            s.parse()
                .unwrap_or_else(|_| panic!("bad number {s:?} in expect file")),
        )
    }
}

fn optional(s: &str) -> Option<&str> {
    (s != "-").then_some(s)
}

fn option_after<'w>(w: &'w [String], key: &str) -> Option<&'w str> {
    w.iter()
        .position(|x| x == key)
        .and_then(|i| w.get(i + 1))
        .map(String::as_str)
}

/// The name of a statement's speaker: the entity's name, or the words for
/// an unnamed one.
fn speaker_name(
    a: &Annotations,
    speaker: &Option<String>,
    text: &Option<String>,
) -> Option<String> {
    speaker
        .as_ref()
        .and_then(|id| a.entities.iter().find(|e| &e.id == id))
        .map(|e| e.name.clone())
        .or_else(|| text.clone())
}

/// Check one fact; `Err` says what is wrong.
fn check(a: &Annotations, w: &[String]) -> Result<(), String> {
    let kind_of = |s: &str| {
        serde_json::from_value(serde_json::Value::String(s.to_string()))
            .map_err(|_| format!("bad kind {s}"))
    };
    match w[0].as_str() {
        "entity" => {
            let kind = kind_of(&w[1])?;
            let e = a
                .entities
                .iter()
                .find(|e| e.name == w[2] && e.kind == kind)
                .ok_or_else(|| format!("no {} entity named {:?}", w[1], w[2]))?;
            if let Some(n) = option_after(w, "mentions") {
                let n: usize = n.parse().map_err(|_| "bad count")?;
                if e.mentions.len() != n {
                    let got: Vec<_> = e.mentions.iter().map(|m| &m.text).collect();
                    return Err(format!(
                        "{:?} has {} mentions, not {n}: {got:?}",
                        w[2],
                        e.mentions.len()
                    ));
                }
            }
            if let Some(d) = option_after(w, "descriptor") {
                if !e.descriptors.iter().any(|x| x.contains(d)) {
                    return Err(format!(
                        "{:?} lacks descriptor {d:?}: {:?}",
                        w[2], e.descriptors
                    ));
                }
            }
            Ok(())
        }
        "mention" => {
            let kind = kind_of(&w[1])?;
            a.entities
                .iter()
                .any(|e| e.kind == kind && e.mentions.iter().any(|m| m.text == w[2]))
                .then_some(())
                .ok_or_else(|| format!("no {} mention {:?}", w[1], w[2]))
        }
        "no-mention" => match a
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == w[1]))
        {
            Some(e) => Err(format!("{:?} was taken as a mention of {:?}", w[1], e.name)),
            None => Ok(()),
        },
        "figure" => {
            let f = a.figures.iter().find(|f| f.text == w[1]).ok_or_else(|| {
                let near: Vec<_> = a.figures.iter().map(|f| &f.text).collect();
                format!("no figure {:?}; figures: {near:?}", w[1])
            })?;
            let kind: FigureKind = serde_json::from_value(serde_json::Value::String(w[2].clone()))
                .map_err(|_| "bad figure kind")?;
            let mut rest = &w[3..];
            let value = number(&rest[0]);
            rest = &rest[1..];
            let mut high = None;
            if rest[0] == "high" {
                high = number(&rest[1]);
                rest = &rest[2..];
            }
            let bound: Bound = serde_json::from_value(serde_json::Value::String(rest[0].clone()))
                .map_err(|_| "bad bound")?;
            let unit = optional(&rest[1]);
            let got = (f.kind, f.value, f.high, f.bound, f.unit.as_deref());
            if got != (kind, value, high, bound, unit) {
                return Err(format!("figure {:?}: got {got:?}", w[1]));
            }
            Ok(())
        }
        "no-figure" => match a.figures.iter().find(|f| f.text.contains(w[1].as_str())) {
            Some(f) => Err(format!("{:?} was taken as the figure {:?}", w[1], f.text)),
            None => Ok(()),
        },
        "quote" => {
            let q = a
                .quotes
                .iter()
                .find(|q| q.text.starts_with(w[1].as_str()))
                .ok_or_else(|| format!("no quote starting {:?}", w[1]))?;
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|id| a.entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.as_str());
            if speaker != optional(&w[2]) {
                return Err(format!(
                    "quote {:?}: speaker {speaker:?}, not {:?}",
                    w[1], w[2]
                ));
            }
            if let Some(cue) = option_after(w, "cue") {
                if q.cue.as_deref() != Some(cue) {
                    return Err(format!("quote {:?}: cue {:?}, not {cue:?}", w[1], q.cue));
                }
            }
            Ok(())
        }
        "no-quote" => match a.quotes.iter().find(|q| q.text.contains(w[1].as_str())) {
            Some(q) => Err(format!("{:?} was taken as the quote {:?}", w[1], q.text)),
            None => Ok(()),
        },
        "attribution" => {
            let r = a
                .attributions
                .iter()
                .find(|r| r.text.starts_with(w[1].as_str()))
                .ok_or_else(|| {
                    let got: Vec<_> = a.attributions.iter().map(|r| &r.text).collect();
                    format!("no attribution starting {:?}; attributions: {got:?}", w[1])
                })?;
            let speaker = speaker_name(a, &r.speaker, &r.speaker_text);
            if speaker.as_deref() != optional(&w[2]) {
                return Err(format!(
                    "attribution {:?}: speaker {speaker:?}, not {:?}",
                    w[1], w[2]
                ));
            }
            if let Some(cue) = option_after(w, "cue") {
                if r.cue.as_deref() != Some(cue) {
                    return Err(format!(
                        "attribution {:?}: cue {:?}, not {cue:?}",
                        w[1], r.cue
                    ));
                }
            }
            if let Some(kind) = option_after(w, "kind") {
                if r.kind.as_str() != kind {
                    return Err(format!("attribution {:?}: kind {:?}", w[1], r.kind));
                }
            }
            Ok(())
        }
        "no-attribution" => match a
            .attributions
            .iter()
            .find(|r| r.text.contains(w[1].as_str()))
        {
            Some(r) => Err(format!(
                "{:?} was taken as reported speech {:?}",
                w[1], r.text
            )),
            None => Ok(()),
        },
        "figure-source" => {
            let f = a
                .figures
                .iter()
                .find(|f| f.text == w[1])
                .ok_or_else(|| format!("no figure {:?}", w[1]))?;
            let source = f
                .attributed_to
                .as_ref()
                .and_then(|s| speaker_name(a, &s.speaker, &s.speaker_text));
            let stated = f.attributed_to.is_some();
            let want = optional(&w[2]);
            if source.as_deref() != want || (want.is_none() && stated) {
                return Err(format!(
                    "figure {:?}: given by {source:?} ({:?}), not {:?}",
                    w[1], f.attributed_to, w[2]
                ));
            }
            Ok(())
        }
        other => Err(format!("unknown fact {other:?}")),
    }
}

#[test]
fn team_articles_meet_their_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for expect in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "expect"))
    {
        let text = std::fs::read_to_string(expect.with_extension("txt")).unwrap();
        let annotations = sidenote::annotate(&text);
        let name = expect.file_name().unwrap().to_string_lossy().to_string();
        for (n, line) in std::fs::read_to_string(expect).unwrap().lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            checked += 1;
            if let Err(why) = check(&annotations, &words(line)) {
                failures.push(format!("{name}:{}: {line}\n    {why}", n + 1));
            }
        }
    }
    assert!(
        checked > 40,
        "only {checked} facts found in {}",
        dir.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} facts fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

//! The Arabic edition uses one word for each term that carries a side's framing
//! (data/terms.ar.toml): a form kept for quotes appears only inside «…», never in our voice.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[derive(serde::Deserialize)]
struct Terms {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Term {
    english: String,
    #[serde(rename = "use")]
    decision: String,
    reason: String,
    quotes_only: Vec<String>,
}

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every string of a TOML value, with the dotted place it is at.
fn strings(value: &toml::Value, place: String, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(text) => out.push((place, text.clone())),
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{place}[{}]", i + 1), out);
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                strings(item, if place.is_empty() { key.clone() } else { format!("{place}.{key}") }, out);
            }
        }
        _ => {}
    }
}

/// Each place in `text` where `form` stands outside «…».
fn outside_quotes(text: &str, form: &str) -> usize {
    text.match_indices(form)
        .filter(|(at, _)| {
            let before = &text[..*at];
            before.matches('«').count() <= before.matches('»').count()
        })
        .count()
}

fn arabic_texts() -> Vec<(String, String)> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(Path::new(ROOT).join("data/ar"))
        .expect("data/ar")
        .flatten()
        .map(|entry| entry.path())
        .collect();
    files.push(Path::new(ROOT).join("data/ui.ar.toml"));
    files.sort();
    let mut texts = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.strip_prefix(ROOT).unwrap_or(&file).display().to_string();
        let mut found = Vec::new();
        strings(&value, String::new(), &mut found);
        texts.extend(found.into_iter().map(|(place, text)| (format!("{name}: {place}"), text)));
    }
    texts
}

#[test]
fn no_framing_kept_for_quotes_appears_in_our_own_voice() {
    let terms: Terms =
        toml::from_str(&std::fs::read_to_string(Path::new(ROOT).join("data/terms.ar.toml")).expect("read"))
            .expect("data/terms.ar.toml");
    assert!(
        terms.term.iter().all(|term| !term.reason.is_empty() && !term.decision.is_empty()),
        "each decision has its reason"
    );
    let texts = arabic_texts();
    assert!(texts.len() > 500, "the Arabic texts: {}", texts.len());
    let mut found = Vec::new();
    for term in &terms.term {
        for form in &term.quotes_only {
            for (place, text) in &texts {
                if outside_quotes(text, form) > 0 {
                    found.push(format!("{place}: «{form}» ({}) outside a quotation", term.english));
                }
            }
        }
    }
    assert!(found.is_empty(), "write the edition's word, or quote the party:\n{}", found.join("\n"));
}

#[test]
fn a_form_is_caught_outside_quotes_and_allowed_inside() {
    assert_eq!(outside_quotes("قال إن «جيش الاحتلال» انسحب", "جيش الاحتلال"), 0);
    assert_eq!(outside_quotes("انسحب جيش الاحتلال", "جيش الاحتلال"), 1);
    assert_eq!(outside_quotes("«أ» ثم جيش الاحتلال", "جيش الاحتلال"), 1);
}

//! Our own words: no string in `data/` may repeat a run of eight or more words of a source's
//! text outside quotation marks. The sources are the texts in `../shared/sources/` and the
//! source texts kept in `data/source-texts/`; proper names, titles and lists of names are let
//! through only by `data/own-words-allow.toml`, each with its reason.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

/// How many identical words in a row make a copied run.
const RUN: usize = 8;

/// Words as the check compares them: lower case, apostrophes dropped ("Hamas's" is "hamass"),
/// everything that is not a letter or a digit a break.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’')))
        .map(|word| word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>())
        .filter(|word| !word.is_empty())
        .collect()
}

/// The stretches of a string outside quotation marks (straight or curly double quotes): a quote
/// may be copied, so runs are looked for only between quotes, never across one.
fn outside_quotes(text: &str) -> Vec<&str> {
    text.split(['"', '“', '”']).step_by(2).collect()
}

/// Every run of [`RUN`] words in the source texts, with the file it comes from.
struct Sources {
    runs: HashMap<Vec<String>, String>,
}

impl Sources {
    fn new(texts: &[(String, String)]) -> Self {
        let mut runs = HashMap::new();
        for (name, text) in texts {
            let words = words(&without_addresses(text));
            for window in words.windows(RUN) {
                runs.entry(window.to_vec()).or_insert_with(|| name.clone());
            }
        }
        Sources { runs }
    }
}

/// The text with its web addresses taken out: an address's words are not the source's prose.
fn without_addresses(text: &str) -> String {
    text.split_whitespace().filter(|piece| !piece.contains("://")).collect::<Vec<_>>().join(" ")
}

/// A copied run found in a data file.
#[derive(Debug, PartialEq)]
struct Copied {
    file: String,
    line: usize,
    source: String,
    words: String,
}

impl std::fmt::Display for Copied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Copied { file, line, source, words } = self;
        write!(f, "{file}:{line}: repeats {} words of {source} outside quotation marks: \"{words}\"", words_in(words))
    }
}

fn words_in(run: &str) -> usize {
    run.split(' ').count()
}

/// Splits `words` where an allowed phrase occurs, so no run can take in an allowed name or title.
fn without_allowed(words: &[String], allowed: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut pieces = vec![Vec::new()];
    let mut i = 0;
    while i < words.len() {
        match allowed.iter().find(|phrase| !phrase.is_empty() && words[i..].starts_with(phrase)) {
            Some(phrase) => {
                i += phrase.len();
                pieces.push(Vec::new());
            }
            None => {
                if let Some(piece) = pieces.last_mut() {
                    piece.push(words[i].clone());
                }
                i += 1;
            }
        }
    }
    pieces
}

/// The longest copied runs in one string: overlapping windows are merged into one finding.
fn copied_in(text: &str, sources: &Sources, allowed: &[Vec<String>]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for stretch in outside_quotes(text) {
        for piece in without_allowed(&words(stretch), allowed) {
            let mut start = 0;
            while start + RUN <= piece.len() {
                let Some(source) = sources.runs.get(&piece[start..start + RUN]) else {
                    start += 1;
                    continue;
                };
                let mut end = start + RUN;
                while end < piece.len() && sources.runs.contains_key(&piece[end + 1 - RUN..=end]) {
                    end += 1;
                }
                found.push((source.clone(), piece[start..end].join(" ")));
                start = end;
            }
        }
    }
    found
}

/// Every string value in a TOML document, with the byte offset where it starts. Addresses are
/// not prose, so strings that are URLs are left out.
fn strings<'a>(value: &'a DeValue<'a>, at: usize, out: &mut Vec<(usize, &'a str)>) {
    match value {
        DeValue::String(text) if !text.starts_with("http://") && !text.starts_with("https://") => {
            out.push((at, text.as_ref()));
        }
        DeValue::Array(items) => items.iter().for_each(|item| strings(item.get_ref(), item.span().start, out)),
        DeValue::Table(table) => table_strings(table, out),
        _ => {}
    }
}

fn table_strings<'a>(table: &'a DeTable<'a>, out: &mut Vec<(usize, &'a str)>) {
    for value in table.values() {
        strings(value.get_ref(), value.span().start, out);
    }
}

fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

/// Every copied run in one data file.
fn check_file(name: &str, text: &str, sources: &Sources, allowed: &[Vec<String>]) -> Result<Vec<Copied>, String> {
    let table = DeTable::parse(text).map_err(|err| format!("{name}: does not parse: {err}"))?;
    let mut found = Vec::new();
    table_strings(table.get_ref(), &mut found);
    Ok(found
        .into_iter()
        .flat_map(|(at, value)| {
            copied_in(value, sources, allowed).into_iter().map(move |(source, words)| Copied {
                file: name.to_owned(),
                line: line_at(text, at),
                source,
                words,
            })
        })
        .collect())
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Files with one of `extensions` directly in `dir`, by name, as (name, text).
fn texts_in(dir: &Path, extensions: &[&str]) -> Vec<(String, String)> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()));
    let mut texts: Vec<(String, String)> = entries
        .map(|entry| entry.unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display())).path())
        .filter(|path| path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)))
        .map(|path| {
            let text =
                std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
            let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            (name, text)
        })
        .collect();
    texts.sort();
    texts
}

/// The shared source folder beside the checkout (or `OWN_WORDS_SOURCES`), and the source texts
/// kept in `data/source-texts/`.
fn source_texts() -> Vec<(String, String)> {
    let shared = std::env::var_os("OWN_WORDS_SOURCES")
        .map_or_else(|| root().join("..").join("shared").join("sources"), PathBuf::from);
    assert!(
        shared.is_dir(),
        "the own-words check needs the source texts in {} (set OWN_WORDS_SOURCES to their folder)",
        shared.display()
    );
    let mut texts = texts_in(&shared, &["md", "txt"]);
    texts.extend(texts_in(&root().join("data").join("source-texts"), &["txt"]));
    texts
}

/// The allowed phrases of `data/own-words-allow.toml`, as words.
fn allowed(text: &str) -> Vec<Vec<String>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct AllowFile {
        allow: Vec<Allow>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Allow {
        words: String,
        reason: String,
    }
    let file: AllowFile = toml::from_str(text).unwrap_or_else(|err| panic!("data/own-words-allow.toml: {err}"));
    for allow in &file.allow {
        assert!(!allow.reason.trim().is_empty(), "data/own-words-allow.toml: \"{}\" needs a reason", allow.words);
    }
    file.allow.iter().map(|allow| words(&allow.words)).collect()
}

fn allow_list() -> Vec<Vec<String>> {
    let path = root().join("data").join("own-words-allow.toml");
    allowed(&std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display())))
}

#[test]
fn no_data_file_repeats_eight_words_of_a_source() {
    let sources = Sources::new(&source_texts());
    let allowed = allow_list();
    let mut copied = Vec::new();
    for (name, text) in texts_in(&root().join("data"), &["toml"]) {
        if name == "own-words-allow.toml" {
            continue;
        }
        copied.extend(check_file(&format!("data/{name}"), &text, &sources, &allowed).unwrap_or_else(|e| panic!("{e}")));
    }
    let report: Vec<String> = copied.iter().map(ToString::to_string).collect();
    assert!(report.is_empty(), "write these in our own words, or quote them:\n{}", report.join("\n"));
}

/// Nine words in a row from the middle of the first source text, as a planted copy.
fn planted_run() -> (String, String) {
    let (name, text) = source_texts().into_iter().next().expect("at least one source text");
    let words = words(&text);
    assert!(words.len() > 200, "{name} is too short to plant from");
    (name, words[100..109].join(" "))
}

#[test]
fn a_planted_copy_is_found_with_its_file_line_and_words() {
    let sources = Sources::new(&source_texts());
    let (source, run) = planted_run();
    let data = format!("[[event]]\ntitle = \"Planted\"\ntext = \"As reported, {run}, it said.\"\n");
    let copied = check_file("data/events.toml", &data, &sources, &[]).expect("parses");
    assert_eq!(copied.len(), 1, "{copied:#?}");
    assert_eq!(copied[0].file, "data/events.toml");
    assert_eq!(copied[0].line, 3);
    assert!(copied[0].words.contains(&run), "{copied:#?}");
    assert!(copied[0].to_string().starts_with("data/events.toml:3: repeats "), "{}", copied[0]);
    // The source named is one that holds the run (several may).
    assert!(sources.runs.values().any(|name| *name == source));
}

#[test]
fn a_quoted_copy_a_short_run_and_an_allowed_name_pass() {
    let sources = Sources::new(&source_texts());
    let (_, run) = planted_run();
    let quoted = format!("text = \"They said \\\"{run}\\\" on the day.\"\n");
    assert_eq!(check_file("data/x.toml", &quoted, &sources, &[]), Ok(vec![]));
    let curly = format!("text = \"They said “{run}” on the day.\"\n");
    assert_eq!(check_file("data/x.toml", &curly, &sources, &[]), Ok(vec![]));
    let short: Vec<&str> = run.split(' ').take(RUN - 1).collect();
    let seven = format!("text = \"Then {} and more.\"\n", short.join(" "));
    assert_eq!(check_file("data/x.toml", &seven, &sources, &[]), Ok(vec![]));
    // Allowing the middle of the run leaves two short pieces on either side: no run of eight.
    let middle = words(&run)[3..6].to_vec();
    let plain = format!("text = \"{run}\"\n");
    assert_eq!(check_file("data/x.toml", &plain, &sources, &[middle]), Ok(vec![]));
    assert_eq!(check_file("data/x.toml", &plain, &sources, &[]).map(|c| c.len()), Ok(1));
}

#[test]
fn a_run_across_a_quotation_mark_is_not_one_run() {
    let sources = Sources::new(&source_texts());
    let (_, run) = planted_run();
    let words: Vec<&str> = run.split(' ').collect();
    let split = format!("text = \"{} \\\"{}\\\" {}\"\n", words[..4].join(" "), words[4], words[5..].join(" "));
    assert_eq!(check_file("data/x.toml", &split, &sources, &[]), Ok(vec![]));
}

#[test]
fn addresses_are_not_prose() {
    let sources = Sources::new(&[("s.txt".into(), "one two three four five six seven eight nine".into())]);
    let url = "urls = [\"https://example.org/one/two/three/four/five/six/seven/eight/nine\"]\n";
    assert_eq!(check_file("data/sources.toml", url, &sources, &[]), Ok(vec![]));
    let prose = "note = \"One, two: three four five six seven eight!\"\n";
    assert_eq!(check_file("data/sources.toml", prose, &sources, &[]).map(|c| c.len()), Ok(1));
}

#[test]
fn words_ignore_case_punctuation_and_apostrophes() {
    assert_eq!(
        words("Hamas's “offensive” weapons, e.g. RPGs—kept."),
        ["hamass", "offensive", "weapons", "e", "g", "rpgs", "kept"]
    );
}

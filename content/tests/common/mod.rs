//! What the data tests share. The checks stand between an editor's typo and a reader: each
//! broken input in these tests must fail the build with the file, the line and the field.
//!
//! Two kinds of test. A few check the SHIPPED files in `data/`, by shape only, so that an
//! editor can rewrite any sentence or move any date. Every test that plants a mistake does it
//! in the small fixture files in `tests/fixtures/data/`, which these tests own: they are loaded
//! under the names in `check::FILES` ("data/points.toml", ...), so the messages read exactly
//! as an editor would see them.

// Each test file uses some of these.
#![allow(dead_code)]

use gaza_plan_content::Content;
use gaza_plan_content::check::{Arena, FILES, load};

/// The text of the file `$name` names ("data/points.toml") from the folder `$dir`, or `$missing`.
macro_rules! by_name {
    ($dir:literal, $name:expr, $missing:expr) => {
        match $name {
            "data/meta.toml" => include_str!(concat!($dir, "meta.toml")),
            "data/sources.toml" => include_str!(concat!($dir, "sources.toml")),
            "data/points.toml" => include_str!(concat!($dir, "points.toml")),
            "data/parties.toml" => include_str!(concat!($dir, "parties.toml")),
            "data/issues.toml" => include_str!(concat!($dir, "issues.toml")),
            "data/positions.toml" => include_str!(concat!($dir, "positions.toml")),
            "data/people.toml" => include_str!(concat!($dir, "people.toml")),
            "data/events.toml" => include_str!(concat!($dir, "events.toml")),
            "data/figures.toml" => include_str!(concat!($dir, "figures.toml")),
            "data/charts.toml" => include_str!(concat!($dir, "charts.toml")),
            "data/glossary.toml" => include_str!(concat!($dir, "glossary.toml")),
            "data/corrections.toml" => include_str!(concat!($dir, "corrections.toml")),
            "data/edition-corrections.toml" => include_str!(concat!($dir, "edition-corrections.toml")),
            "data/status.toml" => include_str!(concat!($dir, "status.toml")),
            other => $missing(other),
        }
    };
}

/// The shipped data files, by name.
pub fn shipped(name: &str) -> &'static str {
    by_name!("../../../data/", name, |other| panic!("no data file {other}"))
}

/// The test-owned stand-in for each data file, by the data file's name.
pub fn fixture(name: &str) -> &'static str {
    by_name!("../fixtures/data/", name, |other| panic!(
        "no fixture for {other}: add one to content/tests/fixtures/data/"
    ))
}

/// Where a test's content lives: for the rest of the test run, which is short.
pub fn arena() -> &'static Arena {
    Box::leak(Box::default())
}

/// The shipped files, checked; panics with every message if they are rejected.
pub fn load_shipped() -> Content<'static> {
    load(&|name| Ok(shipped(name).to_owned()), arena()).unwrap_or_else(|errors| {
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the shipped data is rejected: {messages:#?}")
    })
}

/// Loads the fixtures with some files replaced, returning the messages an editor would see.
pub fn load_fixture_replacing(replaced: &[(&str, &str)]) -> Result<Content<'static>, Vec<String>> {
    for (name, _) in replaced {
        assert!(FILES.contains(name), "not a data file: {name}");
    }
    let read = |name: &str| {
        Ok(replaced
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| fixture(name).to_owned(), |(_, text)| (*text).to_owned()))
    };
    load(&read, arena()).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The messages for the fixtures with `file` replaced by `text`, which must be rejected.
pub fn errors_for(file: &str, text: &str) -> Vec<String> {
    load_fixture_replacing(&[(file, text)]).expect_err("broken data must be rejected")
}

/// The fixture for `file` with `from`, which must occur exactly once, replaced by `to`.
pub fn fixture_with(file: &str, from: &str, to: &str) -> String {
    let text = fixture(file);
    assert_eq!(text.matches(from).count(), 1, "fixture text must occur once in {file}: {from}");
    text.replacen(from, to, 1)
}

/// The 1-based line on which `needle`, which must occur exactly once, starts.
pub fn line_of(text: &str, needle: &str) -> usize {
    assert_eq!(text.matches(needle).count(), 1, "needle must occur once: {needle}");
    let at = text.find(needle).expect("needle in text");
    text[..at].matches('\n').count() + 1
}

/// The fixture for `file` with `extra` added at its end.
pub fn fixture_and(file: &str, extra: &str) -> String {
    format!("{}{extra}", fixture(file))
}

/// Asserts that `broken`, standing in for `file`, gets exactly the `expected` messages, in
/// order: each `(at, message)` is `message` at the line on which `at` (which must occur once in
/// `broken`) starts.
pub fn assert_errors(file: &str, broken: &str, expected: &[(&str, &str)]) {
    let expected: Vec<String> =
        expected.iter().map(|(at, message)| format!("{file}:{}: {message}", line_of(broken, at))).collect();
    assert_eq!(errors_for(file, broken), expected);
}

/// Asserts that `broken`, standing in for `file`, gets exactly one message: `message`, at the
/// line on which `at` (which must occur once) starts.
pub fn assert_one_error(file: &str, broken: &str, at: &str, message: &str) {
    assert_errors(file, broken, &[(at, message)]);
}

/// Asserts that `broken`, standing in for `file`, gets exactly one message, at the line on
/// which `at` starts, and that what follows the file and line starts with `start`.
pub fn assert_one_error_starting(file: &str, broken: &str, at: &str, start: &str) {
    let message = only_error(file, broken, at);
    assert!(message.starts_with(start), "{message}");
}

/// Asserts that `broken`, standing in for `file`, gets exactly one message, at the line on
/// which `at` starts, and that it says `needle`.
pub fn assert_one_error_containing(file: &str, broken: &str, at: &str, needle: &str) {
    let message = only_error(file, broken, at);
    assert!(message.contains(needle), "{message}");
}

/// The one message `broken`, standing in for `file`, must get, at the line on which `at` (which
/// must occur once) starts: what follows the file and line.
pub fn only_error(file: &str, broken: &str, at: &str) -> String {
    let errors = errors_for(file, broken);
    let prefix = format!("{file}:{}: ", line_of(broken, at));
    match &errors[..] {
        [only] if only.starts_with(&prefix) => only[prefix.len()..].to_owned(),
        _ => panic!("expected one message starting {prefix:?}: {errors:#?}"),
    }
}

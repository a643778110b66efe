//! data/glossary.toml: every term has a source and a definition short enough to open in place.

mod common;

use common::{assert_one_error_containing, fixture, fixture_with, load_fixture_replacing};

const GLOSSARY: &str = "data/glossary.toml";

#[test]
fn the_fixture_term_loads_with_its_forms_longest_first() {
    let content = load_fixture_replacing(&[]).expect("the fixtures are valid");
    let [term] = content.glossary else { panic!("one fixture term") };
    assert_eq!(term.forms, ["Fixture Board", "the Board"]);
}

#[test]
fn a_term_without_a_source_is_rejected() {
    let broken = fixture_with(GLOSSARY, "sources = [\"source-one\"]", "sources = []");
    assert_one_error_containing(GLOSSARY, &broken, "sources = []", "no source, no claim");
}

#[test]
fn a_definition_over_sixty_words_is_rejected_and_sixty_pass() {
    let words = |n: usize| vec!["word"; n].join(" ");
    let from = "A fixture definition of a few words.";
    let long = fixture_with(GLOSSARY, from, &words(61));
    assert_one_error_containing(GLOSSARY, &long, "definition = ", "has 61 words");
    let sixty = fixture(GLOSSARY).replace(from, &words(60));
    assert!(load_fixture_replacing(&[(GLOSSARY, &sixty)]).is_ok());
}

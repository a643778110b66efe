//! The interface table's checks: each broken table fails the build with the file, the line and
//! the key, before a reader meets a missing form or a sentence the code cannot fill.

use gaza_plan_content::check::DataError;
use gaza_plan_content::ui::{Edition, Value, generate, load, parse, pseudo, states_facts, unused};

const FILE: &str = "data/ui.en.toml";

fn errors(text: &str, language: &str) -> Vec<String> {
    parse(FILE, text, language).err().unwrap_or_default().iter().map(DataError::to_string).collect()
}

#[test]
fn the_shipped_tables_load() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for edition in [Edition::English, Edition::Pseudo] {
        let table = load(&root, edition).unwrap_or_else(|e| panic!("{edition:?}: {e:?}"));
        assert!(table.entries.len() > 100, "{edition:?}: {} entries", table.entries.len());
    }
}

#[test]
fn a_plural_message_needs_every_category_of_its_language_and_no_other() {
    let one_only = "[filters]\nshown = { count = \"n\", one = \"{n} point\" }\n";
    assert_eq!(errors(one_only, "en"), [format!("{FILE}:2: field `filters.shown`: the language needs a `other` form")]);
    let english = "[filters]\nshown = { count = \"n\", one = \"{n} point\", other = \"{n} points\" }\n";
    assert_eq!(errors(english, "en"), Vec::<String>::new());
    // Arabic has six categories: English's two forms are four short.
    assert_eq!(errors(english, "ar"), [format!("{FILE}:2: field `filters.shown`: the language needs a `zero` form")]);
    let extra = "[filters]\nshown = { count = \"n\", one = \"a\", two = \"b {n}\", other = \"{n}\" }\n";
    assert!(errors(extra, "en")[0].ends_with("the language has no `two` category"), "{:?}", errors(extra, "en"));
}

#[test]
fn every_form_of_a_plural_says_its_number_and_the_same_placeholders() {
    let silent = "[a]\nb = { count = \"n\", one = \"{n} point\", other = \"points\" }\n";
    assert!(errors(silent, "en")[0].contains("does not say its number `{n}`"));
    // A category of one number may spell it in words, as Arabic writes «نقطتان» for 2.
    let spelled = "[a]\nb = { count = \"n\", one = \"one point\", other = \"{n} points\" }\n";
    assert_eq!(errors(spelled, "en"), Vec::<String>::new());
    let arabic = "[a]\nb = { count = \"n\", zero = \"{n} نقطة\", one = \"نقطة واحدة\", two = \"نقطتان\", \
        few = \"{n} نقاط\", many = \"{n} نقطة\", other = \"{n} نقطة\" }\n";
    assert_eq!(errors(arabic, "ar"), Vec::<String>::new());
    let few_silent = arabic.replace("\"{n} نقاط\"", "\"نقاط\"");
    assert!(errors(&few_silent, "ar")[0].contains("does not say its number `{n}`"), "{:?}", errors(&few_silent, "ar"));
    let differ = "[a]\nb = { count = \"n\", one = \"{n} of {total}\", other = \"{n} points\" }\n";
    assert!(errors(differ, "en")[0].contains("other placeholders than the first form"));
}

#[test]
fn a_key_no_code_names_is_reported_at_its_line() {
    let table = parse(FILE, "[nav]\nused = \"A\"\n# a note\nforgotten = \"B\"\n", "en").expect("a table");
    let dir = std::env::temp_dir().join(format!("gaza-ui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    std::fs::write(dir.join("view.rs"), "fn f() -> &'static str { WORDS.nav_used }").expect("written");
    let found: Vec<String> = unused(&table, std::slice::from_ref(&dir)).iter().map(DataError::to_string).collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(found, [format!("{FILE}:4: field `nav.forgotten`: no code uses `nav_forgotten`: remove it, or use it")]);
}

/// A template's placeholders become the fields of its arguments, so the code that fills it names
/// each one: a placeholder added, renamed or dropped on either side fails to compile there.
#[test]
fn a_template_is_filled_by_its_placeholders_names() {
    let table = parse(FILE, "[f]\nshown = { count = \"total\", one = \"{shown} of {total} point\", other = \"{shown} of {total} points\" }\nplain = \"Topic\"\n", "en").expect("a table");
    let code = generate(&table);
    assert!(code.contains("pub struct f_shown<'a> {\n        pub shown: &'a dyn ::core::fmt::Display,\n        pub total: &'a dyn ::gaza_plan_content::words::Count,\n    }"), "{code}");
    assert!(code.contains("pub f_plain: &'static str,"), "{code}");
    let shown = table.entries.iter().find(|entry| entry.name == "f_shown").expect("the plural");
    assert!(matches!(shown.value, Value::Plural { .. }));
}

#[test]
fn the_pseudo_locale_changes_every_letter_and_keeps_placeholders() {
    let text = pseudo("Point {number} of {count}: Who wants what");
    assert!(text.contains("{number}") && text.contains("{count}"), "{text}");
    let outside: String = text.replace("{number}", "").replace("{count}", "");
    assert!(!outside.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    assert!(
        text.chars().count() > "Point {number} of {count}: Who wants what".len() * 13 / 10,
        "a third longer: {text}"
    );
}

#[test]
fn the_table_states_no_fact_a_year_or_a_name_belongs_to_the_content() {
    let text = "[a]\nfine = \"An explainer of the “{plan}”, published by {publisher} on {date}.\"\n\
        dated = \"The talks of October 2025\"\nnamed = \"What Hamas wanted\"\n\
        adjective = \"Israeli forces\"\ncount = \"{n} of 2025 points\"\n";
    let table = parse(FILE, text, "en").expect("a valid table");
    let mut found: Vec<String> = states_facts(&table, &["Hamas", "Israel"]).iter().map(DataError::to_string).collect();
    found.sort();
    let start = |line: usize, key: &str| format!("{FILE}:{line}: field `a.{key}`: states a fact");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with(&start(3, "dated")) && found[0].contains("the year 2025"), "{found:#?}");
    assert!(found[1].starts_with(&start(4, "named")) && found[1].contains("“Hamas”"), "{found:#?}");
    assert!(found[2].starts_with(&start(6, "count")), "{found:#?}");
}

#[test]
fn the_arabic_table_writes_the_dual_in_words_never_after_a_digit() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let table = load(&root, Edition::Arabic).unwrap_or_else(|e| panic!("{e:?}"));
    let mut duals = 0;
    for entry in &table.entries {
        if let Value::Plural { count, forms } = &entry.value {
            let two = forms[2].as_deref().unwrap_or_default();
            // The word after the number, if any: a dual ends in ان or ين.
            let after = two.split(&format!("{{{count}}} ")).nth(1).and_then(|rest| rest.split([' ', '،', '.']).next());
            let dual = after.is_some_and(|word| word.ends_with("ان") || word.ends_with("ين"));
            assert!(!dual, "{}: «{two}» writes 2 as a digit before the dual", entry.name);
            duals += 1;
        }
    }
    assert!(duals > 5, "the table's counts were read: {duals}");
}

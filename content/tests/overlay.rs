//! The Arabic edition's files over the English ones (content/src/check/overlay.rs): every text
//! has its counterpart, on both sides, and the merged files pass every check the English pass.

use gaza_plan_content::check::overlay::overlay;
use gaza_plan_content::check::{Arena, DataError, FILES, load};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn messages(result: Result<String, Vec<DataError>>) -> Vec<String> {
    result.err().unwrap_or_default().iter().map(ToString::to_string).collect()
}

const EN: &str = "[[point]]\nnumber = 1\ntitle = \"One\"\nsources = [\"a\"]\n\n[[point.commitment]]\nwhat = \"Do it\"\n\n[[point]]\nnumber = 2\ntitle = \"Two\"\nforms = [\"x\", \"y\"]\n";

#[test]
fn the_words_are_replaced_and_everything_else_is_the_english_file_s() {
    let ar = "[[point]]\nnumber = 1\ntitle = \"واحد\"\n\n[[point.commitment]]\nwhat = \"افعلها \\\"الآن\\\"\"\n\n[[point]]\nnumber = 2\ntitle = \"اثنان\"\nforms = [\"س\"]\n";
    let merged = overlay("data/points.toml", EN, "data/ar/points.toml", ar).expect("merged");
    assert!(merged.contains("title = \"واحد\"") && merged.contains("sources = [\"a\"]"), "{merged}");
    assert!(merged.contains("what = \"افعلها \\\"الآن\\\"\"") && merged.contains("forms = [\"س\"]"), "{merged}");
    assert!(!merged.contains("One") && !merged.contains("Do it"), "{merged}");
}

#[test]
fn a_text_missing_on_either_side_is_reported_where_it_is() {
    let missing = "[[point]]\nnumber = 1\ntitle = \"واحد\"\n\n[[point.commitment]]\n\n[[point]]\nnumber = 2\ntitle = \"اثنان\"\nforms = [\"س\"]\n";
    assert_eq!(
        messages(overlay("data/points.toml", EN, "data/ar/points.toml", missing)),
        [
            "data/points.toml:7: field `point[1].commitment[1].what`: this text has no counterpart in data/ar/points.toml"
        ]
    );
    let extra = "[[point]]\nnumber = 1\ntitle = \"واحد\"\nsummary = \"زيادة\"\n\n[[point.commitment]]\nwhat = \"افعلها\"\n\n[[point]]\nnumber = 2\ntitle = \"اثنان\"\nforms = [\"س\"]\n";
    let found = messages(overlay("data/points.toml", EN, "data/ar/points.toml", extra));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("data/ar/points.toml:4: field `point[1].summary`"), "{found:?}");
    let reordered = "[[point]]\nnumber = 2\ntitle = \"اثنان\"\n\n[[point.commitment]]\nwhat = \"افعلها\"\n\n[[point]]\nnumber = 1\ntitle = \"واحد\"\nforms = [\"س\"]\n";
    let found = messages(overlay("data/points.toml", EN, "data/ar/points.toml", reordered));
    assert!(found.iter().any(|m| m.contains("`number` differs")), "{found:?}");
}

/// Each Arabic file there is covers its English file, and with them every check still passes.
#[test]
fn the_arabic_files_there_are_cover_the_english_ones() {
    let read = |name: &str| -> Result<String, String> {
        let english = std::fs::read_to_string(format!("{ROOT}/{name}")).map_err(|e| e.to_string())?;
        let arabic_name = name.replacen("data/", "data/ar/", 1);
        match std::fs::read_to_string(format!("{ROOT}/{arabic_name}")) {
            Ok(arabic) => overlay(name, &english, &arabic_name, &arabic)
                .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
            Err(_) => Ok(english),
        }
    };
    let mut problems = Vec::new();
    for name in FILES {
        if let Err(problem) = read(name) {
            problems.push(problem);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let arena = Arena::new();
    let loaded = load(&|name| read(name), &arena);
    let errors: Vec<String> = loaded.err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

//! Each island's own code on the site (src/islands.rs): a wasm-bindgen module per
//! `src/bin/island-NAME.rs` binary, built as Trunk builds the base (release, `csr`, portable paths,
//! `wasm-opt -Oz`) and written to `dist/islands/NAME-HASH.js` and `NAME-HASH_bg.wasm`, which the
//! prerenderer names in the pages that hold the island. The same module for every build of
//! the same code: the sub-path build reuses it.

use anyhow::Context as _;
use sha2::Digest as _;
use std::path::Path;

use crate::Result;
use crate::sh::Cmd;

/// The build's folder of island code (src/prerender.rs `IslandCode::DIR`).
pub const DIR: &str = "islands";
/// An island's binary in Cargo.toml is `island-NAME`.
const PREFIX: &str = "island-";

/// Every island's name, from its binary, `src/bin/island-NAME.rs` (which Cargo finds by itself):
/// adding an island adds nothing here or in Cargo.toml.
pub fn names() -> Result<Vec<String>> {
    let bins = crate::root().join("src").join("bin");
    let mut names: Vec<String> = fs_err::read_dir(&bins)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| Some(file.strip_prefix(PREFIX)?.strip_suffix(".rs")?.to_owned()))
        .collect();
    names.sort();
    anyhow::ensure!(!names.is_empty(), "{} has no `{PREFIX}NAME.rs` binaries", bins.display());
    Ok(names)
}

/// Builds every island's code into `dist/islands/`.
pub fn build(dist: &Path) -> Result {
    let names = names()?;
    let mut cargo =
        Cmd::new("cargo").args(["build", "--release", "--target", "wasm32-unknown-unknown", "--features", "csr"]);
    for name in &names {
        cargo = cargo.arg("--bin").arg(format!("{PREFIX}{name}"));
    }
    cargo.with_portable_paths().quiet_unless_failed().run()?;
    let out = dist.join(DIR);
    if out.exists() {
        fs_err::remove_dir_all(&out)?;
    }
    fs_err::create_dir_all(&out)?;
    let release = crate::root().join("target").join("wasm32-unknown-unknown").join("release");
    for name in &names {
        let work = crate::root().join("target").join("islands").join(name);
        Cmd::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-name", name, "--out-dir"])
            .arg(&work)
            .arg(release.join(format!("{PREFIX}{name}.wasm")))
            .quiet_unless_failed()
            .run()?;
        let wasm = work.join(format!("{name}_bg.wasm"));
        Cmd::new("wasm-opt")
            .arg("-Oz")
            .arg(&wasm)
            .arg("-o")
            .arg(&wasm)
            .with_tools_path()
            .quiet_unless_failed()
            .run()?;
        minify_js(&work.join(format!("{name}.js")))?;
        let js = fs_err::read(work.join(format!("{name}.js")))?;
        let bytes = fs_err::read(&wasm)?;
        let digest = sha2::Sha256::new().chain_update(&js).chain_update(&bytes).finalize();
        let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        fs_err::write(out.join(format!("{name}-{hash}.js")), &js)?;
        fs_err::write(out.join(format!("{name}-{hash}_bg.wasm")), &bytes)
            .with_context(|| format!("writing the island `{name}`'s code"))?;
    }
    Ok(())
}

/// `js` minified in place by terser (npm): wasm-bindgen's glue is written to be read, and every
/// page that loads the code pays for its comments and long names (about 2 KB brotli a module).
pub fn minify_js(js: &Path) -> Result {
    Cmd::new("npx")
        .args(["terser", "--module", "--compress", "--mangle", "--output"])
        .arg(js)
        .arg(js)
        .quiet_unless_failed()
        .run()
}

/// No reader-facing words in the code every page runs: the base's and each island's wasm and JS
/// hold no text of the interface table (each run of words between its placeholders, of three
/// words or more), as islands take their words from the page. The code is then the same for
/// every edition.
pub fn check_no_words(dist: &Path) -> Result {
    let table =
        gaza_plan_content::ui::load(&crate::root(), gaza_plan_content::ui::Edition::English).map_err(|errors| {
            anyhow::anyhow!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        })?;
    let runs = word_runs(&table);
    let mut code = Vec::new();
    for file in crate::files_under(dist)? {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let top_level_app = file.parent() == Some(dist) && name.starts_with("app-");
        let island = file.parent().is_some_and(|dir| dir.ends_with(DIR));
        if (top_level_app || island) && (name.ends_with(".wasm") || name.ends_with(".js")) {
            code.push(file);
        }
    }
    anyhow::ensure!(!code.is_empty(), "{}: no base or island code to check", dist.display());
    let mut found = Vec::new();
    for file in &code {
        let bytes = fs_err::read(file)?;
        for run in &runs {
            if bytes.windows(run.len()).any(|window| window == run.as_bytes()) {
                found.push(format!("{}: \"{run}\"", file.display()));
            }
        }
    }
    anyhow::ensure!(
        found.is_empty(),
        "the page's code holds words of the interface table; islands take theirs from the page:\n{}",
        found.join("\n")
    );
    Ok(())
}

/// The runs of three or more words between the placeholders of every text of `table`.
fn word_runs(table: &gaza_plan_content::ui::Table) -> Vec<String> {
    use gaza_plan_content::ui::Value;
    let mut texts: Vec<&str> = Vec::new();
    for entry in &table.entries {
        match &entry.value {
            Value::Text(text) => texts.push(text),
            Value::List(list) => texts.extend(list.iter().map(String::as_str)),
            Value::Plural { forms, .. } => texts.extend(forms.iter().flatten().map(String::as_str)),
        }
    }
    let mut runs: Vec<String> = texts
        .iter()
        .flat_map(|text| text.split(['{', '}']).step_by(2))
        .map(str::trim)
        .filter(|run| run.split_whitespace().count() >= 3)
        .map(str::to_owned)
        .collect();
    runs.sort();
    runs.dedup();
    runs
}

#[cfg(test)]
mod word_tests {
    /// The check finds a run of the table in code, and the table has runs to look for.
    #[test]
    fn the_runs_of_the_table_are_found_in_code_that_holds_them() {
        let table =
            gaza_plan_content::ui::load(&crate::root(), gaza_plan_content::ui::Edition::English).expect("the table");
        let runs = super::word_runs(&table);
        assert!(runs.len() > 20, "the table's runs: {runs:?}");
        let dir = std::env::temp_dir().join(format!("gaza-words-{}", std::process::id()));
        let islands = dir.join(super::DIR);
        fs_err::create_dir_all(&islands).expect("a folder");
        fs_err::write(islands.join("x_bg.wasm"), format!("\0\0{}\0", runs[0])).expect("written");
        assert!(super::check_no_words(&dir).is_err(), "a run in an island's wasm is found");
        fs_err::write(islands.join("x_bg.wasm"), b"\0\0nothing\0").expect("written");
        assert!(super::check_no_words(&dir).is_ok());
        let _ = fs_err::remove_dir_all(&dir);
    }
}

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

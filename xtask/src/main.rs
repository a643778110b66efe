//! `cargo xtask <command>`: everything a developer or CI does, with the tools it needs
//! installed on first use. See `cargo xtask help`.

mod bench;
mod data;
mod embed_heights;
mod images;
mod lighthouse;
mod serve_dist;
mod service_worker;
mod setup;
mod sh;
mod single_file;
mod wasm_breakdown;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sh::Cmd;

const HELP: &str = "\
cargo xtask <command>

  serve              build and serve the explainer on http://127.0.0.1:8080, rebuilding on change
  check-data         check data/ and print its problems, if any (serve, build and test do it first)
  build [--public-url /path/]
                     release build (wasm-opt applied) into dist/
  test               every check and test: fmt, clippy (native and wasm), native tests,
                     wasm tests in headless Chromium, end-to-end tests against a release build
  bench              release build; sizes of every file and of the first view, what the wasm
                     spends its bytes on (twiggy), Lighthouse; writes target/bench/report.json
  setup              install whatever is missing (also done by every command above)
  serve-dist [--dir DIR] [--port N] [--base /path/]
                     serve a built dist/ on 127.0.0.1 like a static host (used by the e2e tests)
";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => data::check().and_then(|()| serve()),
        Some("build") => data::check().and_then(|()| build(&args[1..]).map(drop)),
        Some("test") => data::check().and_then(|()| test()),
        Some("check-data") => data::check(),
        Some("bench") => data::check().and_then(|()| bench::run()),
        Some("setup") => setup::all(),
        Some("serve-dist") => serve_dist::run(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Every file below `dir`, at any depth.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// The repository root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The development server: Trunk serves `dev.html`, which is `index.html` running the whole
/// app (the `spa` binary) in place of the site's islands, as no page is prerendered here.
fn serve() -> Result {
    setup::build_tools()?;
    let index =
        std::fs::read_to_string(root().join("index.html")).map_err(|e| format!("cannot read index.html: {e}"))?;
    let dev = index.replacen("data-bin=\"app\"", "data-bin=\"spa\"", 1);
    if dev == index {
        return Err("index.html has no data-bin=\"app\" to swap for the development server".into());
    }
    std::fs::write(root().join("dev.html"), dev).map_err(|e| format!("cannot write dev.html: {e}"))?;
    // Its own dist, so a development build never mixes into a release one in dist/.
    Cmd::new("trunk").args(["serve", "dev.html", "--offline", "--dist", "target/dev-dist"]).with_tools_path().run()
}

/// A release build into `dist/` (or `--dist DIR`), honouring `--public-url`.
pub fn build(args: &[String]) -> Result<PathBuf> {
    setup::build_tools()?;
    let mut public_url = "/".to_owned();
    let mut dist = root().join("dist");
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match (arg.as_str(), rest.next()) {
            ("--public-url", Some(value)) => public_url = value.clone(),
            ("--dist", Some(value)) => dist = root().join(value),
            _ => return Err(format!("build: unexpected argument `{arg}`")),
        }
    }
    Cmd::new("trunk")
        .args(["build", "--release", "--offline", "--public-url", &public_url])
        .arg("--dist")
        .arg(&dist)
        .with_tools_path()
        .with_portable_paths()
        .quiet_unless_failed()
        .run()?;
    single_file::write(&dist)?;
    prerender(&dist, &public_url)?;
    Ok(dist)
}

/// Every view as a static page (`src/prerender.rs`), with its embed's measured height, and a
/// share card per view.
fn prerender(dist: &Path, public_url: &str) -> Result {
    let cards = root().join("target").join("share-cards");
    std::fs::remove_dir_all(&cards)
        .or_else(|e| if e.kind() == std::io::ErrorKind::NotFound { Ok(()) } else { Err(e) })
        .map_err(|e| format!("cannot clear {}: {e}", cards.display()))?;
    let prerender = |rest: &[&std::ffi::OsStr]| {
        Cmd::new("cargo")
            .args(["run", "--quiet", "--features", "ssr", "--bin", "prerender", "--"])
            .arg(dist)
            .arg(public_url)
            .args(rest)
            .quiet_unless_failed()
            .run()
    };
    // Only a browser can tell how tall a view is: the embed pages first, measured, then every
    // page with the heights in its embed codes.
    prerender(&["--embeds-only".as_ref()])?;
    let heights = embed_heights::measure(dist, public_url)?;
    prerender(&[cards.as_os_str(), heights.as_os_str()])?;
    images::share_cards(&cards, &dist.join("share"))?;
    images::app_icons(&root().join("assets").join("favicon.svg"), &cards, &dist.join("icons"))?;
    // The pym.js embed code loads pym from our own site, never a third party's.
    let pym = root().join("node_modules").join("pym.js").join("dist").join("pym.v1.min.js");
    std::fs::copy(&pym, dist.join("pym.v1.min.js")).map_err(|e| format!("cannot copy {}: {e}", pym.display()))?;
    // Last: it lists and hashes every other file.
    service_worker::write(dist, public_url)
}

fn test() -> Result {
    setup::all()?;
    let step = |name: &str| println!("\n== {name}");

    step("format");
    Cmd::new("cargo").args(["fmt", "--all", "--check"]).run()?;

    step("clippy (native and wasm)");
    Cmd::new("cargo")
        .args(["clippy", "--workspace", "--all-targets", "--features", "ssr,csr", "--", "-D", "warnings"])
        .run()?;
    Cmd::new("cargo")
        .args(["clippy", "--lib", "--bins", "--tests", "--target", "wasm32-unknown-unknown", "--features", "hydration"])
        .args(["--", "-D", "warnings"])
        .run()?;

    step("native tests: data, model, server rendering");
    Cmd::new("cargo").args(["test", "--workspace", "--features", "ssr"]).run()?;

    step("wasm tests in headless Chromium");
    Cmd::new("cargo")
        .args(["test", "--target", "wasm32-unknown-unknown", "--features", "hydration", "--test", "keyboard"])
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "60")
        .run()?;

    step("release builds (site root and a sub-path)");
    build(&[])?;
    build(&["--public-url".into(), serve_dist::SUB_PATH.into(), "--dist".into(), "target/dist-subpath".into()])?;

    bench::check_budget(&root().join("dist"))?;
    bench::check_no_build_paths(&root().join("dist"))?;

    step("end-to-end tests (Playwright, Chromium)");
    let xtask = std::env::current_exe().map_err(|e| format!("cannot locate the xtask binary: {e}"))?;
    Cmd::new("npx")
        .args(["playwright", "test", "--config", "tests/e2e/playwright.config.ts"])
        .env("XTASK_BIN", xtask)
        .env("CHROMIUM_PATH", setup::CHROMIUM)
        .run()
}

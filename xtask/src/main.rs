//! `cargo xtask <command>`: everything a developer or CI does, with the tools it needs
//! installed on first use. See `cargo xtask help`.

mod bench;
mod bench_charts;
mod data;
mod embed_heights;
mod engines;
mod html;
mod images;
mod islands;
mod lighthouse;
mod serve_dist;
mod service_worker;
mod setup;
mod sh;
mod single_file;
mod spa;
mod wasm_breakdown;

use anyhow::Context as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sh::Cmd;

type Result<T = ()> = anyhow::Result<T>;

/// `cargo xtask <command>`: each command installs what it needs first.
#[derive(clap::Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", disable_version_flag = true)]
enum Command {
    /// Build and serve the explainer on http://127.0.0.1:8080, rebuilding on change
    Serve,
    /// Check data/ and print its problems, if any (serve, build and test do it first)
    CheckData,
    /// Release build (wasm-opt applied) into dist/
    Build(BuildArgs),
    /// Every check and test: fmt, clippy (native and wasm), tsc, native tests, wasm tests in headless
    /// Chromium, end-to-end tests against a release build
    Test,
    /// Release build; sizes of every file and of the first view, what the wasm spends its bytes
    /// on (twiggy), Lighthouse; writes target/bench/report.json
    Bench,
    /// The first view of every page of the build in dist/ against its budget, and each island's
    /// code (no build: run `cargo xtask build` first)
    Budget,
    /// The pseudo-locale's edition (en-XA) of the build in dist/ into target/dist-pseudo/ (no
    /// build: run `cargo xtask build` first); see docs/words.md
    Pseudo,
    /// Install whatever is missing (also done by every command above)
    Setup,
    /// Serve a built dist/ on 127.0.0.1 like a static host (used by the e2e tests)
    ServeDist(serve_dist::Args),
}

#[derive(clap::Args)]
pub struct BuildArgs {
    /// A path (`/news/gaza-plan/`) or a full URL (`https://news.example.com/gaza/`)
    #[arg(long, default_value = "/")]
    public_url: String,
    /// Where to write the build, relative to the repository (default: dist)
    #[arg(long)]
    dist: Option<PathBuf>,
    /// The English edition alone, without the others below it (`/ar/`)
    #[arg(long)]
    english_only: bool,
}

impl Default for BuildArgs {
    fn default() -> Self {
        BuildArgs { public_url: "/".into(), dist: None, english_only: false }
    }
}

/// The editions besides English, by language: each a site of its own below the English one
/// (`/ar/`), from the same code and files, its pages prerendered in its own words.
pub const EDITIONS: [&str; 1] = ["ar"];

fn main() -> ExitCode {
    let result = match <Command as clap::Parser>::parse() {
        Command::Serve => data::check().and_then(|()| serve()),
        Command::Build(args) => data::check().and_then(|()| build(&args).map(drop)),
        Command::Test => data::check().and_then(|()| test()),
        Command::CheckData => data::check(),
        Command::Bench => data::check().and_then(|()| bench::run()),
        Command::Budget => bench::check_budget(&root().join("dist"))
            .and_then(|()| bench::print_islands(&root().join("dist")).map(drop)),
        Command::Pseudo => pseudo_locale(&root().join("dist")).map(drop),
        Command::Setup => setup::all(),
        Command::ServeDist(args) => serve_dist::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message:#}");
            ExitCode::FAILURE
        }
    }
}

/// Every file below `dir`, at any depth.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
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

/// The development server: Trunk serves spa.html, the whole app (`spa` binary) on index.html,
/// as no page is prerendered here.
fn serve() -> Result {
    setup::build_tools()?;
    spa::page()?;
    // Its own dist, so a development build never mixes into a release one in dist/.
    Cmd::new("trunk").args(["serve", spa::PAGE, "--offline", "--dist", "target/dev-dist"]).with_tools_path().run()
}

/// A release build into `dist/` (or `--dist DIR`), honouring `--public-url`: the English edition,
/// and each of [`EDITIONS`] below it.
pub fn build(args: &BuildArgs) -> Result<PathBuf> {
    setup::build_tools()?;
    let public_url = args.public_url.as_str();
    let dist = root().join(args.dist.as_deref().unwrap_or(Path::new("dist")));
    Cmd::new("trunk")
        .args(["build", "--release", "--offline", "--public-url", public_url])
        .arg("--dist")
        .arg(&dist)
        .env("GAZA_EDITION", "en")
        .with_tools_path()
        .with_portable_paths()
        .quiet_unless_failed()
        .run()?;
    // Trunk 0.21 leaves wasm-bindgen's glue as written: the base's too is minified.
    for file in fs_err::read_dir(&dist)? {
        let path = file?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with("app-") && name.ends_with(".js") {
            islands::minify_js(&path)?;
        }
    }
    // Kept for a build of another edition from the same code (`pseudo_locale`).
    fs_err::copy(dist.join("index.html"), template_of(&dist))?;
    single_file::write(&dist, "en")?;
    islands::build(&dist)?;
    // Every edition's site starts from these files: the code is the same for all of them.
    let stage = root().join("target").join("edition-stage");
    if !args.english_only {
        copy_tree(&dist, &stage)?;
    }
    prerender(&dist, public_url, "en")?;
    if !args.english_only {
        for lang in EDITIONS {
            edition(&stage, &dist.join(lang), &format!("{}/{lang}/", public_url.trim_end_matches('/')), lang)?;
        }
    }
    Ok(dist)
}

/// The edition `lang` at `public_url` into `out`, from the English build's files in `stage`
/// (before its pages were prerendered): the same files, its own `<base>`, single file and pages.
fn edition(stage: &Path, out: &Path, public_url: &str, lang: &str) -> Result {
    copy_tree(stage, out)?;
    let template = fs_err::read_to_string(out.join("index.html"))?;
    let base = |url: &str| format!("<base href=\"{url}\"");
    let english_url = public_url.strip_suffix(&format!("{lang}/")).unwrap_or(public_url);
    anyhow::ensure!(template.contains(&base(english_url)), "Trunk's page has no <base href=\"{english_url}\">");
    let mut page = template.replacen(&base(english_url), &base(public_url), 1);
    // Trunk writes its files' addresses whole ("/base-….css"): point them at this edition's own
    // copies, so that its pages, and its service worker (whose scope is the edition's folder),
    // need nothing from the other edition's, offline included.
    for entry in fs_err::read_dir(stage)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            let name = entry.file_name().to_string_lossy().into_owned();
            page = page.replace(&format!("\"{english_url}{name}\""), &format!("\"{public_url}{name}\""));
        }
    }
    fs_err::write(out.join("index.html"), page)?;
    fs_err::copy(out.join("index.html"), template_of(out))?;
    single_file::write(out, lang)?;
    prerender(out, public_url, lang)
}

/// Cargo's target folder for a build of the edition `lang`: English in `target/`, each other
/// edition (and the pseudo-locale) in one of its own, so switching editions rebuilds nothing.
pub fn target_dir(lang: &str) -> PathBuf {
    if lang == "en" { root().join("target") } else { root().join("target").join(format!("edition-{lang}")) }
}

/// Every file below `from` copied to the same place below `to`, which is emptied first.
fn copy_tree(from: &Path, to: &Path) -> Result {
    if to.exists() {
        fs_err::remove_dir_all(to)?;
    }
    for file in files_under(from)? {
        let target = to.join(file.strip_prefix(from).context("a file below the folder")?);
        if let Some(parent) = target.parent() {
            fs_err::create_dir_all(parent)?;
        }
        fs_err::copy(&file, &target)?;
    }
    Ok(())
}

/// Every view as a static page (`src/prerender.rs`), with its embed's measured height, and a
/// share card per view.
fn prerender(dist: &Path, public_url: &str, lang: &str) -> Result {
    let cards = root().join("target").join("share-cards");
    std::fs::remove_dir_all(&cards)
        .or_else(|e| if e.kind() == std::io::ErrorKind::NotFound { Ok(()) } else { Err(e) })
        .with_context(|| format!("cannot clear {}", cards.display()))?;
    let prerender = |rest: &[&std::ffi::OsStr]| {
        Cmd::new("cargo")
            .args(["run", "--quiet", "--features", "ssr", "--bin", "prerender", "--"])
            .arg(dist)
            .arg(public_url)
            .args(rest)
            .env("GAZA_EDITION", lang)
            .env("CARGO_TARGET_DIR", target_dir(lang))
            .quiet_unless_failed()
            .run()
    };
    // Only a browser can tell how tall a view is: the embed pages first, measured, then every
    // page with the heights in its embed codes.
    prerender(&["--embeds-only".as_ref()])?;
    let heights = embed_heights::measure(dist, public_url)?;
    prerender(&[cards.as_os_str(), heights.as_os_str()])?;
    images::share_cards(&cards, &dist.join("share"))?;
    images::app_icons(&root().join("assets").join("favicon.svg"), &dist.join("icons"))?;
    // The pym.js embed code loads pym from our own site, never a third party's.
    let pym = root().join("node_modules").join("pym.js").join("dist").join("pym.v1.min.js");
    fs_err::copy(&pym, dist.join("pym.v1.min.js"))?;
    // Last: it lists and hashes every other file.
    service_worker::write(dist, public_url, lang)
}

/// Where `build` keeps Trunk's page of the build in `dist`, before the prerenderer fills it.
fn template_of(dist: &Path) -> PathBuf {
    let name = dist.file_name().map_or_else(|| "dist".into(), |name| name.to_string_lossy().into_owned());
    root().join("target").join(format!("{name}-template.html"))
}

/// The pseudo-locale's edition (`en-XA`) of the build in `dist/`, into `target/dist-pseudo/`: the
/// same code and files, every page prerendered with the interface table and the content's words
/// transformed (content/src/ui.rs `pseudo`), so a word a reader sees that did not come through
/// them shows in English (tests/e2e/specs/pseudo-locale.spec.ts). The edition is the build
/// script's (`GAZA_EDITION`), built in a target folder of its own ([`target_dir`]).
fn pseudo_locale(dist: &Path) -> Result<PathBuf> {
    let pseudo = root().join("target").join("dist-pseudo");
    if pseudo.exists() {
        fs_err::remove_dir_all(&pseudo)?;
    }
    for file in files_under(dist)? {
        let relative = file.strip_prefix(dist).context("a file of the build")?;
        if EDITIONS.iter().any(|lang| relative.starts_with(lang)) {
            continue;
        }
        let to = pseudo.join(relative);
        if let Some(parent) = to.parent() {
            fs_err::create_dir_all(parent)?;
        }
        fs_err::copy(&file, &to)?;
    }
    fs_err::copy(template_of(dist), pseudo.join("index.html"))?;
    Cmd::new("cargo")
        .args(["run", "--quiet", "--features", "ssr", "--bin", "prerender", "--"])
        .arg(&pseudo)
        .arg("/")
        .env("GAZA_EDITION", "en-XA")
        .env("CARGO_TARGET_DIR", target_dir("en-XA"))
        .quiet_unless_failed()
        .run()?;
    Ok(pseudo)
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
        .args(["clippy", "--lib", "--bins", "--tests", "--target", "wasm32-unknown-unknown", "--features", "csr"])
        .args(["--", "-D", "warnings"])
        .run()?;

    step("type-check the JS (tsc): the page scripts, the service worker, the end-to-end tests");
    for config in ["assets/tsconfig.json", "assets/tsconfig.worker.json", "tsconfig.json"] {
        Cmd::new("npx").args(["tsc", "-p", config]).run()?;
    }

    step("native tests: data, model, server rendering");
    Cmd::new("cargo").args(["test", "--workspace", "--features", "ssr"]).run()?;

    step("wasm tests in headless Chromium and Firefox");
    for (driver, path) in [("CHROMEDRIVER", setup::CHROMEDRIVER.into()), ("GECKODRIVER", setup::geckodriver())] {
        Cmd::new("cargo")
            .args(["test", "--target", "wasm32-unknown-unknown", "--features", "csr", "--test", "keyboard"])
            .env(driver, path)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "60")
            .run()?;
    }

    step("release builds (site root and a sub-path)");
    build(&BuildArgs::default())?;
    build(&BuildArgs {
        public_url: serve_dist::SUB_PATH.into(),
        dist: Some("target/dist-subpath".into()),
        // Both editions: a newsroom hosts the Arabic one below its path too.
        english_only: false,
    })?;

    bench::check_budget(&root().join("dist"))?;
    bench::check_no_build_paths(&root().join("dist"))?;
    islands::check_no_words(&root().join("dist"))?;
    step("the data packages (frictionless) and each page's JSON-LD (PyLD), in both editions");
    let dist = root().join("dist");
    Cmd::new(setup::python_env().join("bin").join("python"))
        .arg(root().join("tests").join("python").join("check_site.py"))
        .args(std::iter::once(dist.clone()).chain(EDITIONS.iter().map(|lang| dist.join(lang))))
        .run()?;
    step("the pseudo-locale's edition (en-XA)");
    pseudo_locale(&root().join("dist"))?;

    step("end-to-end tests (Playwright, Chromium)");
    let xtask = std::env::current_exe().context("cannot locate the xtask binary")?;
    Cmd::new("npx")
        .args(["playwright", "test", "--config", "tests/e2e/playwright.config.ts"])
        .env("XTASK_BIN", xtask)
        .env("CHROMIUM_PATH", setup::CHROMIUM)
        .run()?;

    step("the cross-engine suite (Firefox ESR and WebKitGTK, over WebDriver)");
    engines::run(&root().join("dist"))
}

//! The cross-engine suite: what a reader does, in Firefox ESR (geckodriver) and WebKitGTK
//! (WebKitWebDriver), over WebDriver, against a release build. `cargo xtask test` runs it once per
//! engine, both at once (xtask/src/engines.rs); every line it prints names its engine.
//!
//! `engines <firefox|webkit> --dist DIR --xtask BIN [WORDS]`: runs the checks whose names hold
//! WORDS (all of them when none is given).

mod checks;
mod driver;
mod host;
mod page;
mod site;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use driver::{Browser, Engine, Prefs};
use site::{Edition, Server};

/// What every check reads: the engine, a session in it, the served build, both editions.
pub struct Suite {
    pub engine: Engine,
    pub browser: Browser,
    pub site: String,
    /// The server of `site`, which says which requests it could not answer.
    pub server: Server,
    pub dist: PathBuf,
    pub xtask: PathBuf,
    pub editions: Vec<Edition>,
}

impl Suite {
    /// The address of `path` (`/points/7`) in `edition` on the served build.
    pub fn url(&self, edition: &Edition, path: &str) -> String {
        format!("{}{}{path}", self.site, edition.prefix)
    }
}

pub type Outcome<'a> = Pin<Box<dyn Future<Output = Result<()>> + 'a>>;
type Check = for<'a> fn(&'a Suite) -> Outcome<'a>;

/// Every check, in the order a reader meets them.
const CHECKS: &[(&str, Check)] = &[
    ("errors in a page reach the suite", checks::views::errors_heard),
    ("every view of both editions loads and reads as prerendered", checks::views::every_view),
    ("the arrow keys walk the points in reading direction", checks::reading::arrow_walk),
    ("the filters set the address and the count", checks::reading::filters),
    ("the comparison of two parties", checks::reading::comparison),
    ("the tracker's date control", checks::reading::tracker_date),
    ("search by keyboard", checks::reading::search),
    ("the glossary's terms open in place", checks::reading::glossary),
    ("the embed dialog", checks::reading::embed_dialog),
    ("an article with embeds at 360 px", checks::embeds::article_narrow),
    ("an article with embeds at 1000 px", checks::embeds::article_wide),
    ("offline after one visit", checks::offline::after_one_visit),
    ("the single file from disk", checks::offline::single_file),
    ("dark mode and reduced motion", checks::preferences::dark_and_still),
];

/// How long one check may take before it counts as failed.
const TIMEOUT: Duration = Duration::from_secs(300);

#[tokio::main(flavor = "current_thread")]
async fn main() {
    match run().await {
        Ok(true) => {}
        Ok(false) => std::process::exit(1),
        Err(err) => {
            eprintln!("engines: {err:#}");
            std::process::exit(2);
        }
    }
}

async fn run() -> Result<bool> {
    let mut args = std::env::args().skip(1);
    let name = args.next().context("usage: engines <firefox|webkit> --dist DIR --xtask BIN [WORDS]")?;
    let engine = Engine::from_name(&name).with_context(|| format!("{name} is not an engine: firefox or webkit"))?;
    let (mut dist, mut xtask, mut words) = (None, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = args.next().map(PathBuf::from),
            "--xtask" => xtask = args.next().map(PathBuf::from),
            _ if words.is_none() => words = Some(arg),
            _ => bail!("unexpected argument {arg}"),
        }
    }
    let dist = dist.context("--dist DIR: the build to read")?;
    let xtask = xtask.context("--xtask BIN: the xtask binary that serves the build")?;
    let editions = Edition::both(&site::root())?;
    let server = Server::start(&xtask, &dist).await?;
    let browser = Browser::launch(engine, Prefs::default(), 1280, 900).await?;
    let suite = Suite { engine, browser, site: server.url.clone(), server, dist, xtask, editions };

    let label = engine.name();
    let mut failed = Vec::new();
    for (name, check) in CHECKS.iter().filter(|(name, _)| words.as_deref().is_none_or(|w| name.contains(w))) {
        let started = Instant::now();
        let outcome = match tokio::time::timeout(TIMEOUT, check(&suite)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(anyhow::anyhow!("did not finish within {} s", TIMEOUT.as_secs())),
        };
        // Whatever the check did, the console must have stayed clean and no page have thrown.
        let mut errors = suite.browser.console_errors();
        errors.extend(page::thrown(&suite.browser.client).await.into_iter().map(|e| format!("thrown: {e}")));
        errors.extend(suite.server.misses().into_iter().map(|path| format!("not found: {path}")));
        let outcome = outcome.and_then(|()| {
            if errors.is_empty() { Ok(()) } else { bail!("the console reported errors:\n  {}", errors.join("\n  ")) }
        });
        let took = started.elapsed().as_secs_f32();
        match outcome {
            Ok(()) => println!("[{label}] ok      {name} ({took:.1} s)"),
            Err(err) => {
                println!("[{label}] FAILED  {name} ({took:.1} s): {err:#}");
                failed.push(*name);
            }
        }
    }
    suite.browser.close().await;
    suite.server.stop().await;
    if !failed.is_empty() {
        println!("[{label}] {} check(s) failed in {label}: {}", failed.len(), failed.join("; "));
    }
    Ok(failed.is_empty())
}

//! What the suite reads: the build, served on loopback by `xtask serve-dist` as a static host
//! serves it, and the content both editions were built from, read by the content crate.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, Result, bail};
use gaza_plan_content::check::{self, Arena};
use gaza_plan_content::ui::{self, Value};
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::{Child, Command};

/// A folder served by `xtask serve-dist` on a port of its own, until dropped.
pub struct Server {
    pub url: String,
    _child: Child,
    /// Every path the server answered with 404, as it printed them (`--log-misses`).
    misses: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Serves `dir` at the site root; `xtask` is the xtask binary.
    pub async fn start(xtask: &Path, dir: &Path) -> Result<Server> {
        let mut child = Command::new(xtask)
            .args(["serve-dist", "--log-misses", "--port", "0", "--dir"])
            .arg(dir)
            .stdout(Stdio::piped())
            .stdin(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("cannot run {} serve-dist", xtask.display()))?;
        let stdout = child.stdout.take().context("serve-dist's output")?;
        let mut lines = BufReader::new(stdout).lines();
        // "serving DIR at http://127.0.0.1:PORT/"
        let first = lines.next_line().await?.context("serve-dist said nothing")?;
        let url = first.rsplit(" at ").next().filter(|url| url.starts_with("http://"));
        let Some(url) = url else { bail!("serve-dist said {first:?}, not where it serves") };
        let url = url.trim_end_matches('/').to_owned();
        let misses = Arc::new(Mutex::new(Vec::new()));
        let heard = Arc::clone(&misses);
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(path) = line.strip_prefix("miss ") {
                    heard.lock().map(|mut all| all.push(path.to_owned())).ok();
                }
            }
        });
        Ok(Server { url, _child: child, misses })
    }

    /// The paths answered with 404 since the last call: requests a page made that failed, which
    /// not every engine's WebDriver reports.
    pub fn misses(&self) -> Vec<String> {
        self.misses.lock().map(|mut all| std::mem::take(&mut *all)).unwrap_or_default()
    }

    /// Stops serving: from now on the address answers nothing, as with the network cut.
    pub async fn stop(mut self) {
        let _ = self._child.kill().await;
    }
}

/// One edition as its pages show it.
pub struct Edition {
    /// `en` or `ar`, as the pages' `lang` says.
    pub lang: &'static str,
    /// Where its addresses start: `` or `/ar`.
    pub prefix: &'static str,
    pub dir: &'static str,
    /// Each point's title, point 1 first.
    pub titles: Vec<String>,
    /// Every view's path, as the app lists them.
    pub views: Vec<String>,
    /// The first disputed issue's slug, and the first term's slug.
    pub first_issue: String,
    table: ui::Table,
}

impl Edition {
    /// Both editions, English first, read from `root`'s data/.
    pub fn both(root: &Path) -> Result<Vec<Edition>> {
        [("en", "", "ltr"), ("ar", "/ar", "rtl")]
            .into_iter()
            .map(|(lang, prefix, dir)| Edition::read(root, lang, prefix, dir))
            .collect()
    }

    fn read(root: &Path, lang: &'static str, prefix: &'static str, dir: &'static str) -> Result<Edition> {
        let arena = Arena::new();
        let words = (lang != "en").then(|| format!("data/{lang}/"));
        let content = check::load_edition(root, words.as_deref(), &arena).map_err(|errors| errors_of(&errors))?;
        let edition = ui::Edition::from_code(lang).context("an edition the content crate knows")?;
        let table = ui::load(root, edition).map_err(|errors| errors_of(&errors))?;
        let views = gaza_plan_content::view_paths(
            content.points.iter().map(|p| p.number),
            content.issues.iter().map(|i| i.slug),
            content.charts.iter().map(|c| c.slug),
        );
        Ok(Edition {
            lang,
            prefix,
            dir,
            titles: content.points.iter().map(|p| p.title.to_owned()).collect(),
            views: views.into_iter().collect(),
            first_issue: content.issues.first().map(|i| i.slug.to_string()).context("no issue")?,
            table,
        })
    }

    /// The interface's text `key` (`section_key`), placeholders and all.
    pub fn ui(&self, key: &str) -> Result<&str> {
        match self.table.entries.iter().find(|e| e.name == key).map(|e| &e.value) {
            Some(Value::Text(text)) => Ok(text),
            _ => bail!("no text {key} in {}", self.table.file),
        }
    }

    /// Point `n`'s title.
    pub fn title(&self, n: usize) -> &str {
        self.titles.get(n - 1).map_or("", String::as_str)
    }

    /// The key that reads on to the next point: → in English, ← in Arabic.
    pub fn onward(&self) -> char {
        if self.dir == "rtl" { '\u{E012}' } else { '\u{E014}' }
    }
}

fn errors_of(errors: &[gaza_plan_content::check::DataError]) -> anyhow::Error {
    anyhow::anyhow!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
}

/// The repository: the suite runs from it (`cargo xtask test`) or is told where it is.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..")
}

//! The browsers. Each session runs in a WebDriver server of its own (geckodriver serves one
//! session at a time), started for it and stopped with it; the browser's console is read from
//! its own output, as neither engine's classic WebDriver reports it.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::{Child, Command};

/// An engine readers use, through Debian's build of its browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Firefox ESR through geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver: the engine of every browser on an iPhone.
    WebKit,
}

impl Engine {
    pub fn from_name(name: &str) -> Option<Engine> {
        match name {
            "firefox" => Some(Engine::Firefox),
            "webkit" => Some(Engine::WebKit),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// What a reader may ask of the system: dark mode, less motion.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prefs {
    pub dark: bool,
    pub reduced_motion: bool,
}

/// A browser session and the WebDriver server it runs in.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    driver: Child,
    output: Arc<Mutex<Vec<String>>>,
    /// Where MiniBrowser's own output goes, and how much of it was read.
    console: Option<(PathBuf, Mutex<usize>)>,
    scratch: PathBuf,
}

impl Browser {
    /// Starts the engine's WebDriver server and a session in it, its viewport `width` × `height`.
    pub async fn launch(engine: Engine, prefs: Prefs, width: u32, height: u32) -> Result<Browser> {
        let port = free_port()?;
        let scratch = std::env::temp_dir().join(format!("engines-{}-{}-{port}", engine.name(), std::process::id()));
        std::fs::create_dir_all(&scratch)?;
        let mut command = match engine {
            Engine::Firefox => {
                let mut command = Command::new(geckodriver()?);
                command.arg("--port").arg(port.to_string());
                command
            }
            Engine::WebKit => {
                // MiniBrowser draws in an X window even when driven: a virtual screen of its own.
                let mut command = Command::new("xvfb-run");
                command.args(["-a", "-s", "-screen 0 1920x1200x24", "WebKitWebDriver"]).arg(format!("--port={port}"));
                // GTK's own settings are where WebKitGTK reads "reduce motion" from.
                let gtk = scratch.join("gtk-3.0");
                std::fs::create_dir_all(&gtk)?;
                let animations = if prefs.reduced_motion { 0 } else { 1 };
                std::fs::write(gtk.join("settings.ini"), format!("[Settings]\ngtk-enable-animations={animations}\n"))?;
                command.env("XDG_CONFIG_HOME", &scratch);
                command
            }
        };
        command.stdout(Stdio::piped()).stderr(Stdio::piped()).stdin(Stdio::null()).kill_on_drop(true);
        // One group, so that stopping it stops xvfb-run's X server and the browser too.
        command.process_group(0);
        let mut driver =
            command.spawn().with_context(|| format!("cannot start {}'s WebDriver server", engine.name()))?;
        let output = Arc::new(Mutex::new(Vec::new()));
        for stream in
            [driver.stdout.take().map(Reader::Out), driver.stderr.take().map(Reader::Err)].into_iter().flatten()
        {
            let output = Arc::clone(&output);
            tokio::spawn(async move {
                let mut lines = match stream {
                    Reader::Out(out) => Lines::Out(BufReader::new(out).lines()),
                    Reader::Err(err) => Lines::Err(BufReader::new(err).lines()),
                };
                while let Ok(Some(line)) = lines.next().await {
                    output.lock().map(|mut all| all.push(line)).ok();
                }
            });
        }
        let url = format!("http://127.0.0.1:{port}");
        // WebKitWebDriver drops its browser's output: MiniBrowser runs through a script that
        // keeps it in a file.
        let console = match engine {
            Engine::Firefox => None,
            Engine::WebKit => Some(console_wrapper(&scratch)?),
        };
        let binary = console.as_ref().map(|(_, wrapper)| wrapper.clone());
        let client = connect(&url, capabilities(engine, prefs, binary)?).await;
        let client = match client {
            Ok(client) => client,
            Err(err) => {
                stop(&mut driver).await;
                let said = output.lock().map(|all| all.join("\n")).unwrap_or_default();
                return Err(err.context(format!("{} did not start a session; it said:\n{said}", engine.name())));
            }
        };
        let console = console.map(|(log, _)| (log, Mutex::new(0)));
        let browser = Browser { client, engine, driver, output, console, scratch };
        browser.set_viewport(width, height).await?;
        Ok(browser)
    }

    /// Sizes the window so that the page's viewport is `width` × `height` CSS px.
    pub async fn set_viewport(&self, width: u32, height: u32) -> Result<()> {
        self.client.set_window_size(width, height).await?;
        let inner = self.client.execute("return [innerWidth, innerHeight]", vec![]).await?;
        let (w, h) = (inner[0].as_u64().unwrap_or(0) as u32, inner[1].as_u64().unwrap_or(0) as u32);
        if (w, h) != (width, height) {
            // The window's frame and toolbars: add what they take.
            let outer = (width + width.saturating_sub(w), height + height.saturating_sub(h));
            self.client.set_window_size(outer.0, outer.1).await?;
        }
        Ok(())
    }

    /// The errors the browser's console printed since the last call: messages logged as errors
    /// and uncaught exceptions.
    pub fn console_errors(&self) -> Vec<String> {
        let mut lines = self.output.lock().map(|mut all| std::mem::take(&mut *all)).unwrap_or_default();
        if let Some((log, read)) = &self.console {
            let text = std::fs::read(log).unwrap_or_default();
            if let Ok(mut read) = read.lock() {
                let new = text.get(*read..).unwrap_or_default();
                lines.extend(String::from_utf8_lossy(new).lines().map(str::to_owned));
                *read = text.len();
            }
        }
        lines.into_iter().filter(|line| is_console_error(self.engine, line)).collect()
    }

    /// Ends the session and stops its server.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        stop(&mut self.driver).await;
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

enum Reader {
    Out(tokio::process::ChildStdout),
    Err(tokio::process::ChildStderr),
}

enum Lines {
    Out(tokio::io::Lines<BufReader<tokio::process::ChildStdout>>),
    Err(tokio::io::Lines<BufReader<tokio::process::ChildStderr>>),
}

impl Lines {
    async fn next(&mut self) -> std::io::Result<Option<String>> {
        match self {
            Lines::Out(lines) => lines.next_line().await,
            Lines::Err(lines) => lines.next_line().await,
        }
    }
}

/// Marks of Firefox's own code in its output (its modules, and its settings loader, which
/// logs without them): not the page's.
const FIREFOX_OWN: [&str; 3] = ["resource://", "chrome://", "RSLoader"];

/// What each engine prints for a console error: Firefox with `devtools.console.stdout.content`,
/// MiniBrowser with `--enable-write-console-messages-to-stdout` ("URL:1:22: CONSOLE ERROR …").
fn is_console_error(engine: Engine, line: &str) -> bool {
    match engine {
        // Firefox's own code (resource://, chrome://) is not the page's.
        Engine::Firefox => {
            (line.starts_with("console.error:") || line.contains("JavaScript error:"))
                && !FIREFOX_OWN.iter().any(|own| line.contains(own))
        }
        Engine::WebKit => line.contains(": CONSOLE ") && line.contains(" ERROR "),
    }
}

/// A script that runs MiniBrowser with its output appended to a file; returns (file, script).
fn console_wrapper(scratch: &Path) -> Result<(PathBuf, PathBuf)> {
    use std::os::unix::fs::PermissionsExt as _;
    let log = scratch.join("console.log");
    let wrapper = scratch.join("minibrowser");
    std::fs::write(&wrapper, format!("#!/bin/sh\nexec '{}' \"$@\" >>'{}' 2>&1\n", minibrowser()?, log.display()))?;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))?;
    Ok((log, wrapper))
}

fn capabilities(engine: Engine, prefs: Prefs, binary: Option<PathBuf>) -> Result<serde_json::Map<String, Value>> {
    let capabilities = match engine {
        Engine::Firefox => json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "binary": "/usr/bin/firefox-esr",
                "args": ["-headless"],
                "prefs": {
                    "devtools.console.stdout.content": true,
                    "devtools.console.stdout.chrome": false,
                    // Nothing of Firefox's own may reach the network: no settings, no backups.
                    "services.settings.server": "data:,#remote-settings-dummy/v1",
                    "browser.backup.enabled": false,
                    "browser.backup.scheduled.enabled": false,
                    // 0 dark, 1 light: what the page's prefers-color-scheme says.
                    "layout.css.prefers-color-scheme.content-override": if prefs.dark { 0 } else { 1 },
                    "ui.prefersReducedMotion": if prefs.reduced_motion { 1 } else { 0 },
                },
            },
        }),
        Engine::WebKit => {
            let mut args = vec!["--automation".to_owned(), "--enable-write-console-messages-to-stdout=true".to_owned()];
            if prefs.dark {
                args.push("--dark-mode".to_owned());
            }
            json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": { "binary": binary.context("MiniBrowser's wrapper")?, "args": args },
            })
        }
    };
    match capabilities {
        Value::Object(map) => Ok(map),
        _ => bail!("capabilities are an object"),
    }
}

async fn connect(url: &str, capabilities: serde_json::Map<String, Value>) -> Result<Client> {
    // The server takes a moment to listen; a browser a few seconds to start.
    let mut last = None;
    for _ in 0..100 {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(capabilities.clone()).connect(url).await {
            Ok(client) => return Ok(client),
            Err(err) => last = Some(err),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err(anyhow!("no WebDriver session at {url}: {last:?}"))
}

async fn stop(driver: &mut Child) {
    if let Some(pid) = driver.id() {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{pid}")]).status().await;
    }
    let _ = tokio::time::timeout(Duration::from_secs(5), driver.wait()).await;
    let _ = driver.kill().await;
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// geckodriver, from `GECKODRIVER` (as wasm-bindgen-test-runner reads it), which `cargo xtask
/// test` sets from where its set-up installed it.
fn geckodriver() -> Result<PathBuf> {
    std::env::var_os("GECKODRIVER")
        .map(PathBuf::from)
        .context("GECKODRIVER is not set: run the suite through `cargo xtask test`")
}

/// Debian's MiniBrowser, in the multiarch folder of this machine.
fn minibrowser() -> Result<String> {
    for entry in std::fs::read_dir("/usr/lib")?.flatten() {
        let candidate = entry.path().join("webkit2gtk-4.1").join("MiniBrowser");
        if candidate.exists() {
            return Ok(candidate.to_string_lossy().into_owned());
        }
    }
    bail!("no MiniBrowser under /usr/lib/*/webkit2gtk-4.1: install webkit2gtk-driver (cargo xtask setup does)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_errors_are_told_from_other_output() {
        assert!(is_console_error(Engine::Firefox, "console.error: \"boom\""));
        assert!(is_console_error(Engine::Firefox, "JavaScript error: http://127.0.0.1/app.js, line 1: TypeError"));
        assert!(!is_console_error(Engine::Firefox, "console.log: \"fine\""));
        assert!(!is_console_error(
            Engine::Firefox,
            "JavaScript error: resource://gre/actors/ContentMetaChild.sys.mjs, line 182: E"
        ));
        assert!(is_console_error(Engine::WebKit, "http://127.0.0.1:4173/:1:22: CONSOLE ERROR boom"));
        assert!(is_console_error(Engine::WebKit, "http://127.0.0.1:4173/:0:0: CONSOLE NETWORK ERROR Failed to load"));
        assert!(!is_console_error(Engine::WebKit, "http://127.0.0.1:4173/:1:22: CONSOLE LOG fine"));
    }
}

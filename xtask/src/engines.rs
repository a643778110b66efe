//! The cross-engine suite (tests/engines): the build in `dist/` read in Firefox ESR and WebKitGTK
//! over WebDriver, both engines at once, each in a process of its own whose every line names it.

use std::path::Path;
use std::process::Command;

use anyhow::{Context as _, bail};

use crate::Result;
use crate::sh::Cmd;

/// The engines besides Chromium (which the Playwright suite drives).
const ENGINES: [&str; 2] = ["firefox", "webkit"];

pub fn run(dist: &Path) -> Result {
    Cmd::new("cargo").args(["build", "--quiet", "--package", "gaza-plan-engines"]).run()?;
    let suite = crate::root().join("target").join("debug").join("engines");
    let xtask = std::env::current_exe().context("cannot locate the xtask binary")?;
    let mut running = Vec::new();
    for engine in ENGINES {
        let child = Command::new(&suite)
            .arg(engine)
            .arg("--dist")
            .arg(dist)
            .arg("--xtask")
            .arg(&xtask)
            .env("GECKODRIVER", crate::setup::geckodriver())
            .spawn()
            .with_context(|| format!("cannot start the {engine} suite"))?;
        running.push((engine, child));
    }
    let mut failed = Vec::new();
    for (engine, mut child) in running {
        if !child.wait().with_context(|| format!("the {engine} suite"))?.success() {
            failed.push(engine);
        }
    }
    if !failed.is_empty() {
        bail!("the cross-engine suite failed in {}", failed.join(" and "));
    }
    Ok(())
}

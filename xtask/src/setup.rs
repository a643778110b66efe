//! Installs what the project needs, once: quiet and quick when everything is already there.

use anyhow::{Context as _, anyhow, bail};
use std::path::Path;

use crate::Result;
use crate::sh::Cmd;

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Reads the text of printed pages in the print test.
pub const PDFTOTEXT: &str = "/usr/bin/pdftotext";
/// Firefox ESR, WebKitGTK's WebDriver and the virtual screen MiniBrowser draws on, for the
/// cross-engine suite (tests/engines).
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";
/// geckodriver, built from crates.io (Mozilla publishes it there): no downloaded binary.
const GECKODRIVER_VERSION: &str = "0.37.1";
const TRUNK_VERSION: &str = "0.21.14";
const TWIGGY_VERSION: &str = "0.8.0";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Everything `build`, `serve` and `bench` need.
pub fn build_tools() -> Result {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm_tools()
}

/// Everything, including the browsers for the tests.
pub fn all() -> Result {
    build_tools()?;
    chromium()?;
    other_engines()?;
    python_tools()
}

fn installing(what: &str) {
    eprintln!("xtask: installing {what} (first run only)…");
}

fn wasm_target() -> Result {
    let installed = Cmd::new("rustup").args(["target", "list", "--installed"]).probe().unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    installing(&format!("the Rust target {WASM_TARGET}"));
    Cmd::new("rustup").args(["target", "add", WASM_TARGET]).run()
}

fn trunk() -> Result {
    let version = Cmd::new("trunk").arg("--version").probe().unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(TRUNK_VERSION) {
        return Ok(());
    }
    installing(&format!("trunk {TRUNK_VERSION} (a few minutes)"));
    Cmd::new("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]).run()
}

/// wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
fn wasm_bindgen() -> Result {
    let wanted = locked_version("wasm-bindgen")?;
    let have = |tool: &str| Cmd::new(tool).arg("--version").probe().unwrap_or_default();
    let matches = |tool: &str| have(tool).split_whitespace().nth(1) == Some(wanted.as_str());
    if matches("wasm-bindgen") && matches("wasm-bindgen-test-runner") {
        return Ok(());
    }
    installing(&format!("wasm-bindgen-cli {wanted} (a few minutes)"));
    // Not --locked: one of its locked dependencies is not in the registry this project uses.
    Cmd::new("cargo").args(["install", "wasm-bindgen-cli", "--force", "--version", &wanted]).run()
}

/// twiggy, for the bench's breakdown of the wasm (not needed by the tests).
pub fn twiggy() -> Result {
    if Cmd::new("twiggy").arg("--version").probe().is_some_and(|v| v.contains(TWIGGY_VERSION)) {
        return Ok(());
    }
    installing(&format!("twiggy {TWIGGY_VERSION}"));
    Cmd::new("cargo").args(["install", "twiggy", "--version", TWIGGY_VERSION, "--locked"]).quiet_unless_failed().run()
}

/// The version of `package` recorded in Cargo.lock, as `cargo metadata` resolves it (`--locked`:
/// an out-of-date lock file is an error, not a silent update).
pub fn locked_version(package: &str) -> Result<String> {
    let json = Cmd::new("cargo").args(["metadata", "--format-version", "1", "--locked"]).output()?;
    let metadata = serde_json::from_str(&json).context("`cargo metadata` printed something other than JSON")?;
    version_in(&metadata, package)
}

/// The one version of `package` among the resolved packages of `cargo metadata`'s output.
fn version_in(metadata: &serde_json::Value, package: &str) -> Result<String> {
    let packages = metadata["packages"].as_array().context("`cargo metadata` listed no packages")?;
    let mut versions: Vec<&str> =
        packages.iter().filter(|p| p["name"] == package).filter_map(|p| p["version"].as_str()).collect();
    versions.sort_unstable();
    versions.dedup();
    match versions[..] {
        [version] => Ok(version.to_owned()),
        [] => Err(anyhow!("Cargo.lock has no package `{package}`")),
        _ => Err(anyhow!("Cargo.lock has `{package}` at {}: the tools match only one", versions.join(" and "))),
    }
}

/// The npm dev-tools pinned in package-lock.json: binaryen's wasm-opt, Playwright.
fn npm_tools() -> Result {
    let root = crate::root();
    let lock = std::fs::read(root.join("package-lock.json")).context("cannot read package-lock.json")?;
    let stamp = root.join("node_modules").join(".xtask-installed-lock");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    if Cmd::new("npm").arg("--version").probe().is_none() {
        bail!("npm is missing: install Node.js 20 or newer (Debian: apt-get install nodejs npm)");
    }
    installing("the npm dev-tools from package-lock.json");
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        // Playwright drives Debian's Chromium; it must never download a browser.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .quiet_unless_failed()
        .run()?;
    Ok(fs_err::write(&stamp, lock)?)
}

/// Debian's Chromium and ChromeDriver, for the wasm and end-to-end tests, and poppler's
/// pdftotext for the print test.
pub fn chromium() -> Result {
    if [CHROMIUM, CHROMEDRIVER, PDFTOTEXT].iter().all(|tool| Path::new(tool).exists()) {
        return Ok(());
    }
    installing("Chromium, ChromeDriver and poppler-utils from Debian");
    apt_install(&["chromium", "chromium-driver", "poppler-utils"])
}

/// Debian's Firefox ESR, WebKitGTK's WebDriver (with its MiniBrowser) and Xvfb, and geckodriver
/// from crates.io, for the cross-engine suite and the wasm tests in Firefox.
pub fn other_engines() -> Result {
    if ![FIREFOX, WEBKIT_DRIVER, XVFB_RUN].iter().all(|tool| Path::new(tool).exists()) {
        installing("Firefox ESR, WebKitGTK's WebDriver and Xvfb from Debian");
        apt_install(&["firefox-esr", "webkit2gtk-driver", "xvfb", "xauth"])?;
    }
    if Cmd::new(geckodriver())
        .arg("--version")
        .probe()
        .is_some_and(|v| v.split_whitespace().nth(1) == Some(GECKODRIVER_VERSION))
    {
        return Ok(());
    }
    installing(&format!("geckodriver {GECKODRIVER_VERSION} (a few minutes)"));
    Cmd::new("cargo")
        .args(["install", "geckodriver", "--version", GECKODRIVER_VERSION, "--locked"])
        .quiet_unless_failed()
        .run()
}

/// The Python tools tests/python/requirements.txt pins (frictionless, PyLD), in a virtual
/// environment of their own under target/, with Debian's Python if the machine has none.
pub fn python_tools() -> Result {
    let root = crate::root();
    let requirements = root.join("tests").join("python").join("requirements.txt");
    let wanted = fs_err::read(&requirements)?;
    let stamp = python_env().join(".xtask-installed-requirements");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == wanted) {
        return Ok(());
    }
    if Cmd::new("python3").args(["-c", "import venv, ensurepip"]).probe().is_none() {
        installing("Python 3 and its venv module from Debian");
        apt_install(&["python3", "python3-venv"])?;
    }
    installing("the Python test tools from tests/python/requirements.txt");
    let env = python_env();
    Cmd::new("python3").args(["-m", "venv", "--clear"]).arg(&env).quiet_unless_failed().run()?;
    Cmd::new(env.join("bin").join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
        .arg(&requirements)
        .quiet_unless_failed()
        .run()?;
    Ok(fs_err::write(&stamp, wanted)?)
}

/// The virtual environment of the Python test tools.
pub fn python_env() -> std::path::PathBuf {
    crate::root().join("target").join("python")
}

/// Where `cargo install` puts geckodriver.
pub fn geckodriver() -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join("geckodriver")
}

fn apt_install(packages: &[&str]) -> Result {
    let is_root = Cmd::new("id").arg("-u").probe().is_some_and(|uid| uid.trim() == "0");
    let apt = |args: &[&str]| {
        let cmd = if is_root { Cmd::new("apt-get") } else { Cmd::new("sudo").arg("apt-get") };
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive").quiet_unless_failed().run()
    };
    apt(&["update", "-qq"])?;
    apt(&[&["install", "-y", "-qq"][..], packages].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_the_one_package_of_that_name() {
        let metadata = serde_json::json!({ "packages": [
            { "name": "wasm-bindgen-shared", "version": "0.2.1" },
            { "name": "wasm-bindgen", "version": "0.2.130" },
            { "name": "syn", "version": "1.0.109" },
            { "name": "syn", "version": "2.0.119" },
        ] });
        assert_eq!(version_in(&metadata, "wasm-bindgen").expect("found"), "0.2.130");
        let two = version_in(&metadata, "syn").expect_err("two versions");
        assert!(two.to_string().contains("1.0.109 and 2.0.119"), "{two}");
        assert!(version_in(&metadata, "wasm").is_err(), "names match whole");
        assert!(version_in(&serde_json::json!({}), "wasm-bindgen").is_err());
    }

    #[test]
    fn the_workspace_locks_the_wasm_bindgen_that_cargo_lock_names() {
        let version = locked_version("wasm-bindgen").expect("cargo metadata resolves wasm-bindgen");
        let lock = fs_err::read_to_string(crate::root().join("Cargo.lock")).expect("Cargo.lock");
        assert!(lock.contains(&format!("name = \"wasm-bindgen\"\nversion = \"{version}\"\n")), "{version}");
    }
}

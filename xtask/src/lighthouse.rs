//! Lighthouse (mobile) on the release build, and on the same pages with every script removed:
//! the static floor. Hydration must not cost the reader: LCP within 1.1 × the floor, CLS 0.

use anyhow::{Context as _, anyhow};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::Result;
use crate::sh::Cmd;

/// The pages measured, as paths on the site.
pub const PAGES: [&str; 2] = ["/", "/points/7"];
const APP_PORT: u16 = 4190;
const FLOOR_PORT: u16 = 4191;

/// One Lighthouse run's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub performance: f64,
    pub accessibility: f64,
    pub lcp_ms: f64,
    pub fcp_ms: f64,
    pub tbt_ms: f64,
    pub cls: f64,
}

impl Run {
    fn from_report(report: &Value) -> Result<Run> {
        let score = |category: &str| report["categories"][category]["score"].as_f64();
        let audit = |id: &str| report["audits"][id]["numericValue"].as_f64();
        let missing = || anyhow!("Lighthouse report lacks a score or metric");
        Ok(Run {
            performance: score("performance").ok_or_else(missing)? * 100.0,
            accessibility: score("accessibility").ok_or_else(missing)? * 100.0,
            lcp_ms: audit("largest-contentful-paint").ok_or_else(missing)?,
            fcp_ms: audit("first-contentful-paint").ok_or_else(missing)?,
            tbt_ms: audit("total-blocking-time").ok_or_else(missing)?,
            cls: audit("cumulative-layout-shift").ok_or_else(missing)?,
        })
    }

    fn to_json(&self) -> Value {
        json!({
            "performance": self.performance, "accessibility": self.accessibility,
            "lcp_ms": self.lcp_ms, "fcp_ms": self.fcp_ms, "tbt_ms": self.tbt_ms, "cls": self.cls,
        })
    }
}

/// A copy of `dist` whose pages load no script: what a reader gets before the wasm.
fn static_floor(dist: &Path) -> Result<PathBuf> {
    let floor = crate::root().join("target").join("bench").join("floor");
    let _ = std::fs::remove_dir_all(&floor);
    copy_dir(dist, &floor)?;
    for page in PAGES {
        let file = floor.join(page.trim_start_matches('/')).join("index.html");
        let html = fs_err::read_to_string(&file)?;
        fs_err::write(&file, without_scripts(&html)?)?;
    }
    Ok(floor)
}

/// The page with its `<script>` elements and script or wasm preloads removed.
pub fn without_scripts(html: &str) -> Result<String> {
    let remove =
        lol_html::ElementContentHandlers::default().element(|element: &mut lol_html::html_content::Element<'_, '_>| {
            element.remove();
            Ok(())
        });
    let selector = crate::html::selector_named("script, link[rel=modulepreload], link[rel=preload]")?;
    let settings = lol_html::RewriteStrSettings::new().append_element_content_handler((selector, remove));
    Ok(lol_html::rewrite_str(html, settings)?)
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    for path in crate::files_under(from)? {
        let target = to.join(path.strip_prefix(from)?);
        if let Some(parent) = target.parent() {
            fs_err::create_dir_all(parent)?;
        }
        fs_err::copy(&path, &target)?;
    }
    Ok(())
}

fn lighthouse(url: &str, out: &Path) -> Result<Run> {
    Cmd::new("npx")
        .args(["lighthouse", url, "--quiet", "--output=json", "--form-factor=mobile"])
        .args(["--only-categories=performance,accessibility", "--max-wait-for-load=30000"])
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu")
        .arg(format!("--output-path={}", out.display()))
        .env("CHROME_PATH", crate::setup::CHROMIUM)
        .quiet_unless_failed()
        .run()?;
    let text = fs_err::read_to_string(out)?;
    let report: Value = serde_json::from_str(&text).with_context(|| format!("{}: not JSON", out.display()))?;
    Run::from_report(&report)
}

/// Where [`run`] serves the release build, for the other measurements made while it does.
pub fn app_url() -> String {
    format!("http://127.0.0.1:{APP_PORT}")
}

/// The scores every page must reach (issue 7): mobile, simulated slow 4G.
pub const PERFORMANCE_TARGET: f64 = 98.0;
pub const ACCESSIBILITY_TARGET: f64 = 100.0;
/// The app's largest paint may come at most this much later than the script-free page's (issue 4).
pub const LCP_RATIO_TARGET: f64 = 1.1;

/// Runs Lighthouse on the app and the floor, prints the table, and returns the report section
/// and the pages that missed a target.
pub fn run(dist: &Path) -> Result<(Value, Vec<String>)> {
    let floor = static_floor(dist)?;
    let dir = crate::root().join("target").join("bench");
    crate::serve_dist::spawn(dist, APP_PORT)?;
    crate::serve_dist::spawn(&floor, FLOOR_PORT)?;
    println!("\nLighthouse, mobile (simulated slow 4G, 4× CPU slowdown):");
    println!(
        "{:<12} {:<7} {:>5} {:>5} {:>9} {:>9} {:>8} {:>6} {:>11}",
        "page", "build", "perf", "a11y", "LCP ms", "FCP ms", "TBT ms", "CLS", "LCP/floor"
    );
    let mut pages = Vec::new();
    let mut misses = Vec::new();
    for page in PAGES {
        let name = if page == "/" { "overview".to_owned() } else { page.trim_matches('/').replace('/', "-") };
        let app =
            lighthouse(&format!("http://127.0.0.1:{APP_PORT}{page}"), &dir.join(format!("lighthouse-{name}.json")))?;
        let floor = lighthouse(
            &format!("http://127.0.0.1:{FLOOR_PORT}{page}"),
            &dir.join(format!("lighthouse-{name}-floor.json")),
        )?;
        let ratio = app.lcp_ms / floor.lcp_ms.max(1.0);
        for (build, run) in [("app", &app), ("floor", &floor)] {
            let ratio = if build == "app" { format!("{ratio:.2}") } else { String::new() };
            println!(
                "{page:<12} {build:<7} {:>5.0} {:>5.0} {:>9.0} {:>9.0} {:>8.0} {:>6.3} {ratio:>11}",
                run.performance, run.accessibility, run.lcp_ms, run.fcp_ms, run.tbt_ms, run.cls
            );
        }
        if app.performance < PERFORMANCE_TARGET || app.accessibility < ACCESSIBILITY_TARGET {
            misses.push(format!(
                "{page}: performance {:.0}, accessibility {:.0} (targets {PERFORMANCE_TARGET}, {ACCESSIBILITY_TARGET})",
                app.performance, app.accessibility
            ));
        }
        if ratio > LCP_RATIO_TARGET || app.cls > 0.0 {
            misses.push(format!(
                "{page}: LCP {ratio:.2}× the script-free page's, CLS {:.3} (targets {LCP_RATIO_TARGET}×, 0)",
                app.cls
            ));
        }
        pages.push(json!({ "page": page, "app": app.to_json(), "floor": floor.to_json(), "lcp_ratio": ratio }));
    }
    Ok((json!(pages), misses))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_keeps_the_content_and_drops_every_script() {
        let html = "<head>\n<link rel=\"modulepreload\" href=\"/app.js\">\n<link href=\"/app.wasm\"\n rel=preload>\n\
                    <link rel=\"stylesheet\" href=\"/a.css\">\n<script type=\"module\">init()</script>\
                    <script src=\"/theme.js\"\n></script><SCRIPT>if (a < b) document.write(\"</p>\")</SCRIPT></head>\
                    <body><main>Text <code>&lt;script&gt;</code></main></body>";
        let floor = without_scripts(html).expect("rewritten");
        assert!(!floor.contains("<script") && !floor.contains("<SCRIPT") && !floor.contains("preload"), "{floor}");
        assert!(floor.contains("<main>Text <code>&lt;script&gt;</code></main>") && floor.contains("a.css"), "{floor}");
    }
}

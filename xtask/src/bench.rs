//! Sizes of what readers download: every file in the build, and the first view in total.

use anyhow::{Context as _, anyhow, bail};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Result;

/// The first view (HTML, CSS, JS, wasm, icon), brotli-compressed, may not exceed this.
pub const FIRST_VIEW_BUDGET_BROTLI: usize = 100 * 1024;
/// The search index the build writes (src/search.rs, `INDEX_FILE`), not part of the first view.
const SEARCH_INDEX: &str = "search-index.txt";
/// Nor its wasm this, uncompressed: what the phone has to compile.
pub const WASM_BUDGET_RAW: usize = 300 * 1024;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Size {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

impl std::ops::Add for Size {
    type Output = Size;
    fn add(self, other: Size) -> Size {
        Size { raw: self.raw + other.raw, gzip: self.gzip + other.gzip, brotli: self.brotli + other.brotli }
    }
}

pub fn measure(bytes: &[u8]) -> Size {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let gzip = gzip.write_all(bytes).and_then(|()| gzip.finish()).map_or(0, |out| out.len());
    let mut brotli = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let brotli = brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params).map_or(0, |_| brotli.len());
    Size { raw: bytes.len(), gzip, brotli }
}

/// Local files the browser fetches for the first view of `index.html`: the page, its
/// stylesheets, icon and manifest, its scripts, and the JS and wasm the loader starts.
pub fn first_view_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let html = fs_err::read_to_string(dist.join("index.html"))?;
    let fetched = "link[rel=stylesheet], link[rel=icon], link[rel=manifest], script[src], \
                   meta[name=app-js], meta[name=app-wasm]";
    let mut files = vec![dist.join("index.html")];
    for url in crate::html::attribute_values(&html, fetched, &["src", "href", "content"])? {
        if url.contains("://") {
            continue;
        }
        let file = dist.join(url.trim_start_matches('/').rsplit('/').next().unwrap_or(""));
        if file.is_file() && !files.contains(&file) {
            files.push(file);
        }
    }
    Ok(files)
}

pub fn first_view_size(dist: &Path) -> Result<Size> {
    let mut total = Size::default();
    for file in first_view_files(dist)? {
        let bytes = read(&file)?;
        total = total + measure(&bytes);
    }
    Ok(total)
}

/// Fails if the first view is over budget: a size regression is a bug readers pay for.
pub fn check_budget(dist: &Path) -> Result {
    let size = first_view_size(dist)?;
    let wasm = first_view_files(dist)?
        .into_iter()
        .filter(|file| file.extension().is_some_and(|e| e == "wasm"))
        .map(|file| {
            std::fs::metadata(&file)
                .map(|m| m.len() as usize)
                .with_context(|| format!("cannot read {}", file.display()))
        })
        .sum::<Result<usize>>()?;
    if size.brotli > FIRST_VIEW_BUDGET_BROTLI {
        return Err(anyhow!(
            "first view is {} brotli, over the {} budget",
            kb(size.brotli),
            kb(FIRST_VIEW_BUDGET_BROTLI)
        ));
    }
    if wasm > WASM_BUDGET_RAW {
        bail!("the first view's wasm is {} raw, over the {} budget", kb(wasm), kb(WASM_BUDGET_RAW));
    }
    content_stays_out_of_the_wasm(dist)?;
    println!(
        "first view: {} brotli (budget {}), wasm {} raw (budget {})",
        kb(size.brotli),
        kb(FIRST_VIEW_BUDGET_BROTLI),
        kb(wasm),
        kb(WASM_BUDGET_RAW)
    );
    Ok(())
}

/// No wasm readers download names a folder of the machine that built it (see
/// `Cmd::with_portable_paths`): the site's, and the single file's before it is inlined.
pub fn check_no_build_paths(dist: &Path) -> Result {
    let mut files = crate::files_under(dist)?;
    files.extend(crate::files_under(&crate::single_file::spa_dist())?);
    for file in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "wasm")) {
        let bytes = read(&file)?;
        let marker = b"/registry/src/";
        if let Some(at) = bytes.windows(marker.len()).position(|w| w == marker) {
            let start = bytes[..at].iter().rposition(|b| !b.is_ascii_graphic()).map_or(0, |i| i + 1);
            let path = String::from_utf8_lossy(&bytes[start..at + marker.len()]);
            bail!("{} names a folder of this machine: {path}…", file.display());
        }
    }
    Ok(())
}

/// The site's wasm reads what it needs from the page (src/islands.rs); if it used the content,
/// the linker would pull all of it in, and every reader would download it twice. Checked by
/// the points' titles, which only the content has.
fn content_stays_out_of_the_wasm(dist: &Path) -> Result {
    let points = crate::root().join("data").join("points.toml");
    let data = fs_err::read_to_string(&points)?;
    let titles: Vec<&str> =
        data.lines().filter_map(|line| line.strip_prefix("title = \"")?.strip_suffix('"')).collect();
    if titles.len() < 20 {
        bail!("expected the 20 points' titles in {}, found {}", points.display(), titles.len());
    }
    for file in first_view_files(dist)?.into_iter().filter(|f| f.extension().is_some_and(|e| e == "wasm")) {
        let bytes = read(&file)?;
        let found = titles.iter().find(|title| bytes.windows(title.len()).any(|w| w == title.as_bytes()));
        if let Some(title) = found {
            bail!("{} contains the content (\"{title}\"): the site's wasm must not", file.display());
        }
    }
    Ok(())
}

/// The embed tests' article page (tests/e2e/support/host.ts: three pym.js embeds, one
/// @newswire/frames) on another origin, framing the build served at `app`, timed by
/// tests/e2e/bench/embed-host.bench.ts on simulated slow 4G and a 4× slower CPU: when every
/// frame had its final height, and the host's layout shift while loading and read through.
fn embeds_on_an_article(app: &str) -> Result<(serde_json::Value, Vec<String>)> {
    let out = crate::root().join("target").join("bench").join("embed-host.json");
    let _ = std::fs::remove_file(&out);
    crate::sh::Cmd::new("npx")
        .args(["playwright", "test", "--config", "tests/e2e/bench.config.ts"])
        .env("EMBED_APP_URL", app)
        .env("EMBED_BENCH_OUT", &out)
        .env("CHROMIUM_PATH", crate::setup::CHROMIUM)
        .quiet_unless_failed()
        .run()?;
    let text = fs_err::read_to_string(&out)?;
    let runs: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not JSON", out.display()))?;
    println!("\nEmbeds on an article page (3 pym.js, 1 @newswire/frames; slow 4G, 4× CPU):");
    println!(
        "{:<7} {:>20} {:>9} {:>9} {:>16}",
        "width", "all final height ms", "CLS load", "CLS read", "in-view changes"
    );
    let mut misses = Vec::new();
    for run in runs.as_array().into_iter().flatten() {
        let number = |key: &str| run[key].as_f64().unwrap_or(f64::NAN);
        let (width, cls_read, in_view) = (number("width"), number("cls_read"), number("in_view_changes"));
        println!(
            "{width:<7} {:>20.0} {:>9.3} {cls_read:>9.3} {in_view:>16.0}",
            number("all_final_ms"),
            number("cls_load")
        );
        if cls_read.is_nan() || cls_read > 0.0 || in_view != 0.0 {
            misses.push(format!("article with embeds at {width} px: CLS {cls_read:.3}, {in_view} frame height changes in view (target 0, 0)"));
        }
    }
    if misses.is_empty() && runs.as_array().is_none_or(Vec::is_empty) {
        misses.push(format!("{} holds no runs", out.display()));
    }
    Ok((runs, misses))
}

fn read(file: &Path) -> Result<Vec<u8>> {
    Ok(fs_err::read(file)?)
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

pub fn run() -> Result {
    let dist = crate::build(&crate::BuildArgs::default())?;
    // Every measurement below writes its files here; a fresh checkout has no such folder.
    let out = crate::root().join("target").join("bench");
    fs_err::create_dir_all(&out)?;
    let mut entries: Vec<_> = fs_err::read_dir(&dist)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    println!("{:<44} {:>10} {:>10} {:>10}", "file", "raw", "gzip", "brotli");
    let first_view = first_view_files(&dist)?;
    for path in &entries {
        let bytes = read(path)?;
        let size = measure(&bytes);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let marker = if first_view.contains(path) { "*" } else { " " };
        println!("{marker}{name:<43} {:>10} {:>10} {:>10}", kb(size.raw), kb(size.gzip), kb(size.brotli));
    }
    let total = first_view_size(&dist)?;
    println!("{:<44} {:>10} {:>10} {:>10}", "first view (* above)", kb(total.raw), kb(total.gzip), kb(total.brotli));
    let index = measure(&read(&dist.join(SEARCH_INDEX))?);
    println!(
        "\nsearch index ({SEARCH_INDEX}, fetched when a reader first focuses search): {} raw, {} gzip, {} brotli",
        kb(index.raw),
        kb(index.gzip),
        kb(index.brotli)
    );
    let wasm = entries.iter().find(|p| p.extension().is_some_and(|e| e == "wasm")).context("the build has no wasm")?;
    let wasm = measure(&read(wasm)?);
    let breakdown = crate::wasm_breakdown::measure()?;
    crate::wasm_breakdown::print(&breakdown);
    let charts = crate::bench_charts::report(&dist)?;
    let (lighthouse, mut misses) = crate::lighthouse::run(&dist)?;
    let (embeds, embed_misses) = embeds_on_an_article(&crate::lighthouse::app_url())?;
    misses.extend(embed_misses);
    let report = serde_json::json!({
        "first_view": { "raw": total.raw, "gzip": total.gzip, "brotli": total.brotli },
        "wasm": { "raw": wasm.raw, "gzip": wasm.gzip, "brotli": wasm.brotli },
        "search_index": { "raw": index.raw, "gzip": index.gzip, "brotli": index.brotli },
        "wasm_breakdown": crate::wasm_breakdown::to_json(&breakdown),
        "lighthouse": lighthouse,
        "embeds_on_an_article": embeds,
        "pages_with_charts": charts,
    });
    let out = out.join("report.json");
    let text = serde_json::to_string_pretty(&report).context("cannot write the report")?;
    fs_err::write(&out, text)?;
    println!("\nwrote {}", out.display());
    if !misses.is_empty() {
        bail!("below target:\n  {}", misses.join("\n  "));
    }
    check_budget(&dist)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_shrinks_repetitive_text_and_counts_raw_bytes() {
        let size = measure(&b"the plan ".repeat(1000));
        assert_eq!(size.raw, 9000);
        assert!(size.gzip < 200 && size.brotli < 200, "{size:?}");
    }

    #[test]
    fn the_first_view_is_what_the_browser_fetches_not_every_link() {
        let dist = std::env::temp_dir().join(format!("first-view-{}", std::process::id()));
        std::fs::create_dir_all(&dist).expect("temp dir");
        // A link commented out is not fetched; one written with other quotes or spacing is.
        let html = "<head><link rel=\"stylesheet\" href=\"/a.css\"/><link rel=\"canonical\" href=\"/b.css\"/>\
                    <!-- <link rel=\"stylesheet\" href=\"/old.css\"> --><link href='/c.css' rel=stylesheet>\
                    <meta property=\"og:image\" content=\"/card.png\"/><meta name=\"app-wasm\" content=\"/app.wasm\"/>\
                    <script src=\"/boot.js\"></script></head><body><a href=\"/offline.html\">x</a></body>";
        for name in ["a.css", "b.css", "c.css", "old.css", "card.png", "app.wasm", "boot.js", "offline.html"] {
            std::fs::write(dist.join(name), name).expect("file");
        }
        std::fs::write(dist.join("index.html"), html).expect("index");
        let names: Vec<String> = first_view_files(&dist)
            .expect("listed")
            .iter()
            .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
            .collect();
        assert_eq!(names, ["index.html", "a.css", "c.css", "app.wasm", "boot.js"]);
        let _ = std::fs::remove_dir_all(&dist);
    }
}

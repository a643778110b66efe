//! Sizes of what readers download: every file in the build, and the first view in total.

use anyhow::{Context as _, bail};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Result;

/// The first view of every page, embeds included (HTML, CSS, JS, wasm, icon, manifest, and the
/// code of the islands that load with the page), brotli-compressed, may not exceed this.
pub const PAGE_BUDGET_BROTLI: usize = 64 * 1024;
/// Nor that of a point page and its embed, the pages news articles link and embed most.
pub const POINT_PAGE_BUDGET_BROTLI: usize = 40 * 1024;
/// The point pages held to the smaller budget.
const POINT_PAGES: [&str; 2] = ["points/7/index.html", "embed/points/7/index.html"];
/// The search index the build writes (src/search.rs, `INDEX_FILE`), not part of the first view.
const SEARCH_INDEX: &str = "search-index.txt";
/// Nor a page's wasm this, uncompressed: what the phone has to compile.
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

/// The file in `dist` a page's URL names (root build: the URL's path below `/`).
fn file_of(dist: &Path, url: &str) -> PathBuf {
    let path = url.split(['?', '#']).next().unwrap_or(url).trim_start_matches('/');
    dist.join(path)
}

/// Local files the browser fetches for the first view of `page` (below `dist`): the page, its
/// stylesheets, icon and manifest, its scripts, the JS and wasm the loader starts, and the code
/// of each island it holds that loads with the page (`data-load="page"`); not the code of one
/// that loads when the reader reaches for it.
pub fn first_view_files(dist: &Path, page: &Path) -> Result<Vec<PathBuf>> {
    let html = fs_err::read_to_string(dist.join(page))?;
    let fetched = "link[rel=stylesheet], link[rel=icon], link[rel=manifest], script[src], \
                   meta[name=app-js], meta[name=app-wasm]";
    let mut urls = crate::html::attribute_values(&html, fetched, &["src", "href", "content"])?;
    let with_page = crate::html::attribute_values(&html, "[data-load=page]", &["data-island"])?;
    for code in crate::html::attribute_values(&html, "meta[name=island]", &["content"])? {
        if let [name, js, wasm] = code.split(' ').collect::<Vec<_>>()[..]
            && with_page.iter().any(|held| held == name)
        {
            urls.extend([js.to_owned(), wasm.to_owned()]);
        }
    }
    let mut files = vec![dist.join(page)];
    for url in urls.into_iter().filter(|url| !url.contains("://")) {
        let file = file_of(dist, &url);
        if file.is_file() && !files.contains(&file) {
            files.push(file);
        }
    }
    Ok(files)
}

/// Every page of the site and of its embeds, below `dist` (not the single file: one file that
/// holds the whole app, read from disk).
pub fn pages(dist: &Path) -> Result<Vec<PathBuf>> {
    let mut pages: Vec<PathBuf> = crate::files_under(dist)?
        .into_iter()
        .filter(|file| file.extension().is_some_and(|e| e == "html"))
        .filter(|file| !file.ends_with(crate::single_file::NAME))
        .filter_map(|file| file.strip_prefix(dist).ok().map(Path::to_path_buf))
        .collect();
    pages.sort();
    Ok(pages)
}

/// One page's first view.
pub struct FirstView {
    pub page: PathBuf,
    pub size: Size,
    pub wasm_raw: usize,
}

/// The first view of every page; each file measured once.
pub fn first_views(dist: &Path) -> Result<Vec<FirstView>> {
    let mut sizes: std::collections::HashMap<PathBuf, Size> = std::collections::HashMap::new();
    let mut views = Vec::new();
    for page in pages(dist)? {
        let (mut size, mut wasm_raw) = (Size::default(), 0);
        for file in first_view_files(dist, &page)? {
            let measured = match sizes.get(&file) {
                Some(measured) => *measured,
                None => *sizes.entry(file.clone()).or_insert(measure(&read(&file)?)),
            };
            size = size + measured;
            if file.extension().is_some_and(|e| e == "wasm") {
                wasm_raw += measured.raw;
            }
        }
        views.push(FirstView { page, size, wasm_raw });
    }
    Ok(views)
}

/// A page's kind, for the report: its path with numbers and slugs after the kind left out.
fn kind_of(page: &Path) -> String {
    let parts: Vec<String> = page.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    let embed = parts.first().is_some_and(|p| p == "embed");
    let rest = &parts[usize::from(embed)..];
    let kind = match rest {
        [only] if only == "index.html" => "/".to_owned(),
        [only] => format!("/{}", only.trim_end_matches(".html")),
        [kind, ..] => format!("/{kind}"),
        [] => "/".to_owned(),
    };
    match (embed, kind.as_str()) {
        (true, "/") => "/embed".to_owned(),
        (true, _) => format!("/embed{kind}"),
        (false, _) => kind,
    }
}

/// Each page's islands and the code it names, which must be the same: a page that named the
/// code of an island it does not hold would make its readers download it, and one without
/// the code of an island it holds would leave that island dead.
fn islands_match_their_code(dist: &Path, page: &Path) -> Result {
    let html = fs_err::read_to_string(dist.join(page))?;
    let mut held = crate::html::attribute_values(&html, "[data-island]", &["data-island"])?;
    let mut named: Vec<String> = crate::html::attribute_values(&html, "meta[name=island]", &["content"])?
        .iter()
        .map(|code| code.split(' ').next().unwrap_or_default().to_owned())
        .collect();
    held.sort();
    held.dedup();
    named.sort();
    if held != named {
        bail!("{}: holds the islands {held:?} but names the code of {named:?}", page.display());
    }
    Ok(())
}

/// Fails if any page's first view is over its budget, or names the wrong islands' code: a size
/// regression is a bug readers pay for.
pub fn check_budget(dist: &Path) -> Result {
    let views = first_views(dist)?;
    anyhow::ensure!(views.len() > 2, "{} holds no pages", dist.display());
    let mut over = Vec::new();
    for view in &views {
        islands_match_their_code(dist, &view.page)?;
        let point_page = POINT_PAGES.iter().any(|p| view.page == Path::new(p));
        let budget = if point_page { POINT_PAGE_BUDGET_BROTLI } else { PAGE_BUDGET_BROTLI };
        if view.size.brotli > budget {
            over.push(format!(
                "{}: first view {} brotli, over its {}",
                view.page.display(),
                kb(view.size.brotli),
                kb(budget)
            ));
        }
        if view.wasm_raw > WASM_BUDGET_RAW {
            over.push(format!("{}: wasm {} raw, over {}", view.page.display(), kb(view.wasm_raw), kb(WASM_BUDGET_RAW)));
        }
    }
    for page in POINT_PAGES {
        anyhow::ensure!(views.iter().any(|v| v.page == Path::new(page)), "the build has no {page}");
    }
    if !over.is_empty() {
        bail!("over budget:\n  {}", over.join("\n  "));
    }
    content_stays_out_of_the_wasm(dist)?;
    let largest = views.iter().max_by_key(|v| v.size.brotli).context("no pages")?;
    let point = views.iter().filter(|v| POINT_PAGES.iter().any(|p| v.page == Path::new(p)));
    let point = point.map(|v| v.size.brotli).max().unwrap_or_default();
    println!(
        "first views: {} pages, largest {} brotli ({}; budget {}), point page and its embed {} (budget {})",
        views.len(),
        kb(largest.size.brotli),
        largest.page.display(),
        kb(PAGE_BUDGET_BROTLI),
        kb(point),
        kb(POINT_PAGE_BUDGET_BROTLI)
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

/// The site's wasm (the base and every island's code) reads what it needs from the page
/// (src/islands.rs); if it used the content,
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
    for file in crate::files_under(dist)?.into_iter().filter(|f| f.extension().is_some_and(|e| e == "wasm")) {
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
    let runs = playwright_bench(app, "embed-host", "EMBED_BENCH_OUT")?;
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
        misses.push("the embed bench wrote no runs".to_owned());
    }
    Ok((runs, misses))
}

/// Prints each island's code's size and when pages load it; returns them.
pub fn print_islands(dist: &Path) -> Result<Vec<(String, Size, String)>> {
    let islands = island_code(dist)?;
    println!("\nEach island's code (JS and wasm), loaded only by pages that hold the island:");
    println!("{:<24} {:>10} {:>10} {:>10}  when", "island", "raw", "gzip", "brotli");
    for (name, size, when) in &islands {
        println!("{name:<24} {:>10} {:>10} {:>10}  {when}", kb(size.raw), kb(size.gzip), kb(size.brotli));
    }
    Ok(islands)
}

/// Each island's code in the build, its size (JS and wasm) and when pages load it.
fn island_code(dist: &Path) -> Result<Vec<(String, Size, String)>> {
    let mut islands = Vec::new();
    for name in crate::islands::names()? {
        let mut size = Size::default();
        for file in crate::files_under(&dist.join(crate::islands::DIR))? {
            let file_name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if file_name.rsplit_once('-').is_some_and(|(named, _)| named == name) {
                size = size + measure(&read(&file)?);
            }
        }
        let mut when = std::collections::BTreeSet::new();
        for page in pages(dist)? {
            let html = fs_err::read_to_string(dist.join(&page))?;
            let selector = format!("[data-island=\"{name}\"]");
            when.extend(crate::html::attribute_values(&html, &selector, &["data-load"])?);
        }
        let when = when.into_iter().collect::<Vec<_>>().join(", ");
        islands.push((name, size, if when.is_empty() { "on no page".into() } else { when }));
    }
    Ok(islands)
}

/// How long a reader arriving cold waits until a page's keys and controls work (the ready mark)
/// and until its content paints, on slow 4G and a 4× slower CPU (tests/e2e/bench/ready.bench.ts,
/// the median of five loads); a miss where the site's point page's controls take over 1.2 s (its
/// embed's are reported: it also loads the frame's scripts).
fn time_to_ready(app: &str) -> Result<(serde_json::Value, Vec<String>)> {
    let times = playwright_bench(app, "ready", "READY_BENCH_OUT")?;
    println!("\nA reader arriving cold (slow 4G, 4× CPU; median of 5): content painted, then the controls work");
    println!("{:<20} {:>12} {:>12}", "page", "painted ms", "ready ms");
    let mut misses = Vec::new();
    for (page, time) in times.as_object().into_iter().flatten() {
        let ready = time["ready_ms"].as_f64().unwrap_or(f64::NAN);
        println!("{page:<20} {:>12.0} {ready:>12.0}", time["painted_ms"].as_f64().unwrap_or(f64::NAN));
        if page.starts_with("/points/") && (ready.is_nan() || ready > POINT_PAGE_READY_MS) {
            misses.push(format!("{page}: controls work after {ready:.0} ms (target {POINT_PAGE_READY_MS} ms)"));
        }
    }
    Ok((times, misses))
}

/// Runs tests/e2e/bench/NAME.bench.ts against the build served at `app` and returns the JSON it
/// writes to the file named by the environment variable `out`.
fn playwright_bench(app: &str, name: &str, out_variable: &str) -> Result<serde_json::Value> {
    let out = crate::root().join("target").join("bench").join(format!("{name}.json"));
    let _ = std::fs::remove_file(&out);
    crate::sh::Cmd::new("npx")
        .args(["playwright", "test", "--config", "tests/e2e/bench.config.ts", &format!("{name}.bench.ts")])
        .env("EMBED_APP_URL", app)
        .env(out_variable, &out)
        .env("CHROMIUM_PATH", crate::setup::CHROMIUM)
        .quiet_unless_failed()
        .run()?;
    let text = fs_err::read_to_string(&out)?;
    serde_json::from_str(&text).with_context(|| format!("{}: not JSON", out.display()))
}

/// A reader stepping through the points with → loses presses until a page's keys work.
const POINT_PAGE_READY_MS: f64 = 1200.0;

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
    let mut files = entries.clone();
    files.extend(crate::files_under(&dist.join(crate::islands::DIR))?);
    for path in &files {
        let size = measure(&read(path)?);
        let name = path.strip_prefix(&dist).unwrap_or(path).display().to_string();
        println!(" {name:<43} {:>10} {:>10} {:>10}", kb(size.raw), kb(size.gzip), kb(size.brotli));
    }
    let views = first_views(&dist)?;
    let mut kinds: std::collections::BTreeMap<String, (usize, &FirstView)> = std::collections::BTreeMap::new();
    for view in &views {
        let entry = kinds.entry(kind_of(&view.page)).or_insert((0, view));
        entry.0 += 1;
        if view.size.brotli > entry.1.size.brotli {
            entry.1 = view;
        }
    }
    println!("\nFirst view by kind of page (every response on load, no interaction; the largest page of each kind):");
    println!("{:<24} {:>6} {:>10} {:>10} {:>10}  largest", "kind", "pages", "raw", "gzip", "brotli");
    for (kind, (count, view)) in &kinds {
        let size = view.size;
        println!(
            "{kind:<24} {count:>6} {:>10} {:>10} {:>10}  {}",
            kb(size.raw),
            kb(size.gzip),
            kb(size.brotli),
            view.page.display()
        );
    }
    let islands = print_islands(&dist)?;
    let index = measure(&read(&dist.join(SEARCH_INDEX))?);
    println!(
        "\nsearch index ({SEARCH_INDEX}, fetched when a reader first focuses search): {} raw, {} gzip, {} brotli",
        kb(index.raw),
        kb(index.gzip),
        kb(index.brotli)
    );
    // The base every page runs.
    let wasm = entries.iter().find(|p| p.extension().is_some_and(|e| e == "wasm")).context("the build has no wasm")?;
    let wasm = measure(&read(wasm)?);
    let breakdown = crate::wasm_breakdown::measure()?;
    crate::wasm_breakdown::print(&breakdown);
    let charts = crate::bench_charts::report(&dist)?;
    let (lighthouse, mut misses) = crate::lighthouse::run(&dist)?;
    let (embeds, embed_misses) = embeds_on_an_article(&crate::lighthouse::app_url())?;
    misses.extend(embed_misses);
    let (ready, ready_misses) = time_to_ready(&crate::lighthouse::app_url())?;
    misses.extend(ready_misses);
    let size_json = |size: Size| serde_json::json!({ "raw": size.raw, "gzip": size.gzip, "brotli": size.brotli });
    let report = serde_json::json!({
        "first_view_by_kind": kinds
            .iter()
            .map(|(kind, (count, view))| (kind.clone(), serde_json::json!({
                "pages": count, "largest": view.page.display().to_string(), "size": size_json(view.size),
            })))
            .collect::<serde_json::Map<_, _>>(),
        "first_view_pages": views
            .iter()
            .map(|view| (view.page.display().to_string(), size_json(view.size)))
            .collect::<serde_json::Map<_, _>>(),
        "islands": islands
            .iter()
            .map(|(name, size, when)| (name.clone(), serde_json::json!({ "size": size_json(*size), "loads": when })))
            .collect::<serde_json::Map<_, _>>(),
        "wasm": { "raw": wasm.raw, "gzip": wasm.gzip, "brotli": wasm.brotli },
        "search_index": { "raw": index.raw, "gzip": index.gzip, "brotli": index.brotli },
        "wasm_breakdown": crate::wasm_breakdown::to_json(&breakdown),
        "lighthouse": lighthouse,
        "embeds_on_an_article": embeds,
        "time_to_ready": ready,
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
    fn pages_are_grouped_by_kind_with_embeds_apart() {
        assert_eq!(kind_of(Path::new("index.html")), "/");
        assert_eq!(kind_of(Path::new("points/7/index.html")), "/points");
        assert_eq!(kind_of(Path::new("embed/points/7/index.html")), "/embed/points");
        assert_eq!(kind_of(Path::new("404.html")), "/404");
        assert_eq!(kind_of(Path::new("embed/index.html")), "/embed");
    }

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
                    <script src=\"/boot.js\"></script>\
                    <meta name=\"island\" content=\"count /islands/count-1.js /islands/count-1_bg.wasm\"/>\
                    <meta name=\"island\" content=\"embed /islands/embed-2.js /islands/embed-2_bg.wasm\"/></head>\
                    <body><a href=\"/offline.html\">x</a><div data-island=\"count\" data-load=\"page\"></div>\
                    <div data-island=\"embed\" data-load=\"press\"></div></body>";
        std::fs::create_dir_all(dist.join("islands")).expect("islands dir");
        let files = ["a.css", "b.css", "c.css", "old.css", "card.png", "app.wasm", "boot.js", "offline.html"];
        let islands =
            ["islands/count-1.js", "islands/count-1_bg.wasm", "islands/embed-2.js", "islands/embed-2_bg.wasm"];
        for name in files.into_iter().chain(islands) {
            std::fs::write(dist.join(name), name).expect("file");
        }
        std::fs::write(dist.join("index.html"), html).expect("index");
        let names: Vec<String> = first_view_files(&dist, Path::new("index.html"))
            .expect("listed")
            .iter()
            .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
            .collect();
        // The island that loads with the page is in its first view; the one loaded on a press is not.
        assert_eq!(names, ["index.html", "a.css", "c.css", "app.wasm", "boot.js", "count-1.js", "count-1_bg.wasm"]);
        assert!(islands_match_their_code(&dist, Path::new("index.html")).is_ok());
        let stray = "<meta name=\"island\" content=\"tracker /t.js /t.wasm\"/><div data-island=\"count\"></div>";
        std::fs::write(dist.join("stray.html"), stray).expect("page");
        assert!(islands_match_their_code(&dist, Path::new("stray.html")).is_err(), "names code it does not hold");
        let _ = std::fs::remove_dir_all(&dist);
    }
}

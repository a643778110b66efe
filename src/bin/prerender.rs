//! Writes every view as a static page into a Trunk build:
//! `prerender DIST PUBLIC_URL [CARDS_DIR [HEIGHTS_JSON]]`, the last being the embed heights the
//! build measured on the embed pages of a first run, `prerender DIST PUBLIC_URL --embeds-only`
//! (which leaves Trunk's template in place), and `prerender --single-file PAGE`, which gives
//! Trunk's page of the whole app the single file's frame. Run by `cargo xtask build`; see
//! `src/prerender.rs`.

use std::path::Path;
use std::process::ExitCode;

use gaza_plan_explainer::Route;
use gaza_plan_explainer::embed::{EMBED_SEGMENT, Frame};
use gaza_plan_explainer::html::escape;
use gaza_plan_explainer::prerender::{APP_ROOT, Heights, IslandCode, Site, localized, route_key, share_card, site};
use gaza_plan_explainer::words::WORDS;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(count) => {
            println!("prerendered {count} files");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<usize, String> {
    if let [flag, page] = args
        && flag == "--single-file"
    {
        let page = Path::new(page);
        let html = std::fs::read_to_string(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        return write(page, &single_file_shell(&html)?).map(|()| 1);
    }
    let [dist, public_url, rest @ ..] = args else {
        return Err("usage: prerender DIST PUBLIC_URL (--embeds-only | [CARDS_DIR [HEIGHTS_JSON]]) \
                    | prerender --single-file PAGE"
            .into());
    };
    let dist = Path::new(dist);
    let site_url = Site::from_public_url(public_url)?.with_islands(island_code(dist)?);
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e} (run trunk build first)", template_path.display()))?;
    if !template.contains(APP_ROOT) {
        return Err(format!(
            "{} is not Trunk's template (already prerendered?): build with trunk again first",
            template_path.display()
        ));
    }
    let heights = match rest.get(1) {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Heights::from_json(&text).map_err(|e| format!("{path}: {e}"))?
        }
        None => Heights::default(),
    };
    let embeds_only = rest.first().is_some_and(|arg| arg == "--embeds-only");
    let mut files = site(&template, &site_url, &heights)?;
    if embeds_only {
        files.retain(|file| file.path.starts_with(&format!("{EMBED_SEGMENT}/")));
        return files.iter().try_for_each(|file| write(&dist.join(&file.path), &file.contents)).map(|()| files.len());
    }
    for file in &files {
        write(&dist.join(&file.path), &file.contents)?;
    }
    if let Some(cards) = rest.first() {
        for route in Route::all() {
            write(&Path::new(cards).join(format!("{}.html", route_key(route))), &share_card(route))?;
        }
    }
    Ok(files.len())
}

/// The islands' code the build put in `dist/islands/`: none before `cargo xtask build` does.
fn island_code(dist: &Path) -> Result<IslandCode, String> {
    let dir = dist.join(IslandCode::DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(IslandCode::default()),
        Err(e) => return Err(format!("cannot read {}: {e}", dir.display())),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        files.push(entry.file_name().to_string_lossy().into_owned());
    }
    IslandCode::from_files(files.iter().map(String::as_str)).map_err(|e| format!("{}: {e}", dir.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Trunk's page of the whole app as the single file's: its app root names the frame, which the
/// app reads back (`Frame::from_marker`), and a reader without JavaScript is told why it is empty.
fn single_file_shell(page: &str) -> Result<String, String> {
    let Some((before, after)) = page.split_once(APP_ROOT) else {
        return Err(format!("the whole app's page has no empty {APP_ROOT}"));
    };
    let root = Frame::SingleFile.app_root();
    let noscript = format!("<noscript><p>{}</p></noscript>", escape(WORDS.notice_single_file_no_script));
    localized(&format!("{before}{root}</div>\n    {noscript}{after}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_single_file_s_root_names_the_frame_the_app_reads_back() {
        let page = "<body>\n    <div id=\"app\"></div>\n    <p id=\"app-error\" hidden>…</p>\n  </body>";
        let shell = single_file_shell(page).expect("a shell");
        let marker = shell.split("data-frame=\"").nth(1).and_then(|rest| rest.split('"').next());
        assert_eq!(marker.and_then(Frame::from_marker), Some(Frame::SingleFile), "{shell}");
        assert_eq!(shell.matches("id=\"app\"").count(), 1);
        assert!(shell.contains("<noscript>") && shell.contains("<p id=\"app-error\" hidden>"));
        assert!(single_file_shell(&shell).is_err(), "a page is given its frame once");
    }
}

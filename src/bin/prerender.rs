//! Writes every view as a static page into a Trunk build: `prerender DIST PUBLIC_URL [CARDS_DIR]`.
//! Run by `cargo xtask build`; see `src/prerender.rs`.

use std::path::Path;
use std::process::ExitCode;

use gaza_plan_explainer::Route;
use gaza_plan_explainer::prerender::{Site, route_key, share_card, site};

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
    let [dist, public_url, rest @ ..] = args else {
        return Err("usage: prerender DIST PUBLIC_URL [CARDS_DIR]".into());
    };
    let dist = Path::new(dist);
    let site_url = Site::from_public_url(public_url)?;
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e} (run trunk build first)", template_path.display()))?;
    if !template.contains(gaza_plan_explainer::prerender::APP_ROOT) {
        return Err(format!(
            "{} is not Trunk's template (already prerendered?): build with trunk again first",
            template_path.display()
        ));
    }
    let files = site(&template, &site_url)?;
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

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

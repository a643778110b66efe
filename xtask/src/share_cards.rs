//! Share images for link previews: each card page the prerenderer wrote, screenshotted by
//! headless Chromium at the size previews ask for (1200 × 630).

use std::path::Path;

use crate::Result;
use crate::sh::Cmd;

pub fn screenshot(cards: &Path, out: &Path) -> Result {
    crate::setup::chromium()?;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut pages: Vec<_> = std::fs::read_dir(cards)
        .map_err(|e| format!("cannot list {}: {e}", cards.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "html"))
        .collect();
    pages.sort();
    for page in pages {
        let stem = page.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let png = out.join(format!("{stem}.png"));
        Cmd::new(crate::setup::CHROMIUM)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"])
            .args(["--no-first-run", "--disable-background-networking", "--disable-component-update"])
            .arg("--window-size=1200,630")
            .arg(format!("--screenshot={}", png.display()))
            .arg(format!("file://{}", page.display()))
            .quiet_unless_failed()
            .run()?;
        if !png.is_file() {
            return Err(format!("Chromium wrote no share card for {}", page.display()));
        }
    }
    Ok(())
}

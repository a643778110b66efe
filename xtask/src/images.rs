//! Images made at build time by headless Chromium screenshots: share cards for link previews
//! (the pages the prerenderer wrote, 1200 × 630) and the installable app's icons.

use anyhow::bail;
use std::path::Path;

use crate::Result;
use crate::sh::Cmd;

/// Every card page in `cards`, screenshotted into `out/<name>.png`.
pub fn share_cards(cards: &Path, out: &Path) -> Result {
    let mut pages: Vec<_> = fs_err::read_dir(cards)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "html"))
        .collect();
    pages.sort();
    for page in pages {
        let stem = page.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        screenshot(&page, (1200, 630), &out.join(format!("{stem}.png")))?;
    }
    Ok(())
}

/// The app icons the web app manifest lists (src/prerender.rs): the favicon at 192 and 512 px,
/// and a maskable 512 px one with the mark inside the safe zone.
pub fn app_icons(favicon: &Path, scratch: &Path, out: &Path) -> Result {
    let svg = fs_err::read_to_string(favicon)?;
    for (name, size, padding) in
        [("icon-192.png", 192, 0), ("icon-512.png", 512, 0), ("icon-maskable-512.png", 512, 20)]
    {
        let page = scratch.join(format!("{name}.html"));
        let html = format!(
            "<!doctype html><meta charset=\"utf-8\"><style>html,body{{margin:0;background:#1d3b53}}\
             body{{box-sizing:border-box;width:{size}px;height:{size}px;padding:{padding}%}}\
             svg{{display:block;width:100%;height:100%}}</style>{svg}"
        );
        fs_err::create_dir_all(scratch)?;
        fs_err::write(&page, html)?;
        screenshot(&page, (size, size), &out.join(name))?;
    }
    Ok(())
}

fn screenshot(page: &Path, (width, height): (u32, u32), png: &Path) -> Result {
    crate::setup::chromium()?;
    if let Some(dir) = png.parent() {
        fs_err::create_dir_all(dir)?;
    }
    Cmd::new(crate::setup::CHROMIUM)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"])
        .args(["--no-first-run", "--disable-background-networking", "--disable-component-update"])
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .quiet_unless_failed()
        .run()?;
    if !png.is_file() {
        bail!("Chromium wrote no image for {}", page.display());
    }
    Ok(())
}

//! Images made at build time: share cards for link previews (the pages the prerenderer wrote,
//! 1200 × 630, screenshotted by headless Chromium, as they are HTML) and the installable app's
//! icons (assets/favicon.svg, rasterised by resvg: the same bytes on every run).

use anyhow::{Context as _, anyhow, bail};
use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg;
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

/// The icons the web app manifest lists (src/prerender.rs): name, size in px, and the margin
/// around the mark as a fraction of the size (a maskable icon keeps it inside the safe zone).
const ICONS: [(&str, u32, f32); 3] =
    [("icon-192.png", 192, 0.0), ("icon-512.png", 512, 0.0), ("icon-maskable-512.png", 512, 0.2)];
/// The mark's own background colour, behind the margin and the rounded corners.
const BACKGROUND: (u8, u8, u8) = (0x1d, 0x3b, 0x53);
/// What the favicon's `serif` means here when it has no Georgia: the first of these installed
/// (Debian's fonts-dejavu-core comes with Chromium), so the icons do not depend on font order.
const SERIF_FONTS: [&str; 4] = ["DejaVu Serif", "Liberation Serif", "Noto Serif", "FreeSerif"];

/// The app icons from the favicon, into `out`.
pub fn app_icons(favicon: &Path, out: &Path) -> Result {
    let svg = fs_err::read_to_string(favicon)?;
    let tree = usvg::Tree::from_str(&svg, &svg_options()?).with_context(|| format!("{}", favicon.display()))?;
    fs_err::create_dir_all(out)?;
    for (name, size, margin) in ICONS {
        fs_err::write(out.join(name), icon(&tree, size, margin)?)?;
    }
    Ok(())
}

/// The system's fonts, for the mark's text, with `serif` pinned to one of [`SERIF_FONTS`].
fn svg_options() -> Result<usvg::Options<'static>> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let installed = |name: &str| fonts.faces().any(|face| face.families.iter().any(|(family, _)| family == name));
    let serif = SERIF_FONTS.into_iter().find(|name| installed(name)).with_context(|| {
        format!("no serif font for the icons: install one of {SERIF_FONTS:?} (Debian: fonts-dejavu-core)")
    })?;
    fonts.set_serif_family(serif);
    Ok(options)
}

/// One square PNG: the background, and the mark scaled to fit inside the margin, centred.
fn icon(tree: &usvg::Tree, size: u32, margin: f32) -> Result<Vec<u8>> {
    let mut pixmap = Pixmap::new(size, size).context("an icon needs a size")?;
    let (r, g, b) = BACKGROUND;
    pixmap.fill(Color::from_rgba8(r, g, b, 255));
    let side = size as f32;
    let mark = tree.size();
    let scale = side * (1.0 - 2.0 * margin) / mark.width().max(mark.height());
    let (x, y) = ((side - mark.width() * scale) / 2.0, (side - mark.height() * scale) / 2.0);
    resvg::render(tree, Transform::from_scale(scale, scale).post_translate(x, y), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| anyhow!("cannot encode a {size} px icon: {e}"))
}

fn screenshot(page: &Path, (width, height): (u32, u32), png: &Path) -> Result {
    crate::setup::chromium()?;
    if let Some(dir) = png.parent() {
        fs_err::create_dir_all(dir)?;
    }
    // Headless Chromium now and then exits without writing the image (seen on a busy 2-core
    // machine): two more tries before the build fails.
    for _ in 0..3 {
        Cmd::new(crate::setup::CHROMIUM)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"])
            .args(["--no-first-run", "--disable-background-networking", "--disable-component-update"])
            .arg(format!("--window-size={width},{height}"))
            .arg(format!("--screenshot={}", png.display()))
            .arg(format!("file://{}", page.display()))
            .quiet_unless_failed()
            .run()?;
        if png.is_file() {
            return Ok(());
        }
    }
    bail!("Chromium wrote no image for {}, three times", page.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn favicon() -> usvg::Tree {
        let svg = fs_err::read_to_string(crate::root().join("assets").join("favicon.svg")).expect("favicon");
        usvg::Tree::from_str(&svg, &svg_options().expect("fonts")).expect("SVG")
    }

    /// How many of the icon's pixels are white: the mark's "20".
    fn white_pixels(png: &[u8], within: impl Fn(u32, u32) -> bool) -> usize {
        let pixmap = Pixmap::decode_png(png).expect("PNG");
        let width = pixmap.width();
        let pixels = pixmap.pixels().iter().enumerate();
        pixels
            .filter(|(i, p)| within(*i as u32 % width, *i as u32 / width) && p.red() > 0xf0 && p.green() > 0xf0)
            .count()
    }

    #[test]
    fn icons_are_the_same_bytes_on_every_run_and_show_the_mark() {
        let tree = favicon();
        let first = icon(&tree, 192, 0.0).expect("icon");
        assert_eq!(icon(&favicon(), 192, 0.0).expect("icon"), first);
        assert_eq!(Pixmap::decode_png(&first).map(|p| (p.width(), p.height())).ok(), Some((192, 192)));
        assert!(white_pixels(&first, |_, _| true) > 192 * 192 / 50, "the text is drawn");
    }

    #[test]
    fn the_maskable_icon_keeps_the_mark_inside_the_safe_zone() {
        let png = icon(&favicon(), 512, 0.2).expect("icon");
        let outside = |x: u32, y: u32| x.min(y).min(511 - x).min(511 - y) < 102;
        assert_eq!(white_pixels(&png, outside), 0);
        assert!(white_pixels(&png, |x, y| !outside(x, y)) > 0);
    }
}

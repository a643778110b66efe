//! Sizes of what readers download: every file in the build, and the first view in total.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Result;

/// The first view (HTML, CSS, JS, wasm, icon), brotli-compressed, may not exceed this.
/// Raised from 150 KB when hydration and embeds landed; the target is 100 KB (README).
pub const FIRST_VIEW_BUDGET_BROTLI: usize = 160 * 1024;

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

/// Local files that `index.html` makes the browser fetch for the first view: every quoted
/// reference to a file in `dist/` (links, and the JS and wasm the loader script imports).
pub fn first_view_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let html = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("cannot read index.html: {e}"))?;
    let mut files = vec![dist.join("index.html")];
    for (i, quoted) in html.split('"').enumerate() {
        let name = quoted.rsplit('/').next().unwrap_or("");
        let file = dist.join(name);
        let is_reference = i % 2 == 1 && !quoted.contains("://") && !quoted.contains(' ') && name.contains('.');
        if is_reference && file.is_file() && !files.contains(&file) {
            files.push(file);
        }
    }
    Ok(files)
}

pub fn first_view_size(dist: &Path) -> Result<Size> {
    let mut total = Size::default();
    for file in first_view_files(dist)? {
        let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        total = total + measure(&bytes);
    }
    Ok(total)
}

/// Fails if the first view is over budget: a size regression is a bug readers pay for.
pub fn check_budget(dist: &Path) -> Result {
    let size = first_view_size(dist)?;
    if size.brotli > FIRST_VIEW_BUDGET_BROTLI {
        return Err(format!(
            "first view is {} brotli, over the {} budget",
            kb(size.brotli),
            kb(FIRST_VIEW_BUDGET_BROTLI)
        ));
    }
    println!("first view: {} brotli (budget {})", kb(size.brotli), kb(FIRST_VIEW_BUDGET_BROTLI));
    Ok(())
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

pub fn run() -> Result {
    let dist = crate::build(&[])?;
    let mut entries: Vec<_> = std::fs::read_dir(&dist)
        .map_err(|e| format!("cannot list {}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    println!("{:<44} {:>10} {:>10} {:>10}", "file", "raw", "gzip", "brotli");
    let first_view = first_view_files(&dist)?;
    for path in &entries {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let size = measure(&bytes);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let marker = if first_view.contains(path) { "*" } else { " " };
        println!("{marker}{name:<43} {:>10} {:>10} {:>10}", kb(size.raw), kb(size.gzip), kb(size.brotli));
    }
    let total = first_view_size(&dist)?;
    println!("{:<44} {:>10} {:>10} {:>10}", "first view (* above)", kb(total.raw), kb(total.gzip), kb(total.brotli));
    let wasm = entries.iter().find(|p| p.extension().is_some_and(|e| e == "wasm")).ok_or("the build has no wasm")?;
    let wasm = measure(&std::fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?);
    let lighthouse = crate::lighthouse::run(&dist)?;
    let report = serde_json::json!({
        "first_view": { "raw": total.raw, "gzip": total.gzip, "brotli": total.brotli },
        "wasm": { "raw": wasm.raw, "gzip": wasm.gzip, "brotli": wasm.brotli },
        "lighthouse": lighthouse,
    });
    let out = crate::root().join("target").join("bench").join("report.json");
    let text = serde_json::to_string_pretty(&report).map_err(|e| format!("cannot write the report: {e}"))?;
    std::fs::write(&out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("\nwrote {}", out.display());
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
}

//! What the site's wasm spends its bytes on, by crate: twiggy over the release build, optimised
//! as Trunk does but keeping function names (which the shipped file drops).

use anyhow::Context as _;
use std::collections::BTreeMap;

use crate::Result;
use crate::sh::Cmd;

/// The wasm-bindgen output Trunk optimises into dist/ (it keeps the names wasm-opt later drops).
const UNOPTIMISED: &str = "target/wasm-bindgen/release/app_bg.wasm";

pub struct Breakdown {
    /// Bytes of code and data, as shipped (names and other custom sections left out).
    pub total: usize,
    /// Each part of the program, largest first.
    pub parts: Vec<(&'static str, usize)>,
    /// The largest single functions and data segments.
    pub largest: Vec<(String, usize)>,
    /// Search's own code (src/search.rs, src/hooks/search.rs), which every page carries.
    pub search: usize,
}

pub fn measure() -> Result<Breakdown> {
    crate::setup::twiggy()?;
    let root = crate::root();
    let named = root.join("target").join("bench").join("app-with-names.wasm");
    Cmd::new(root.join("node_modules").join(".bin").join("wasm-opt"))
        .args(["-Oz", "--debuginfo", UNOPTIMISED, "-o"])
        .arg(&named)
        .quiet_unless_failed()
        .run()?;
    let json = Cmd::new("twiggy")
        .args(["top", "--format", "json"])
        .arg(&named)
        .probe()
        .with_context(|| format!("twiggy could not read {}", named.display()))?;
    let items: Vec<serde_json::Value> =
        serde_json::from_str(&json).context("twiggy's output is not the JSON expected")?;
    let items = items.iter().filter_map(|item| Some((item["name"].as_str()?, item["shallow_size"].as_u64()? as usize)));
    Ok(tally(items))
}

fn tally<'a>(items: impl Iterator<Item = (&'a str, usize)>) -> Breakdown {
    let mut parts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut largest = Vec::new();
    let mut search = 0;
    for (name, size) in items {
        let Some(part) = part_of(name) else { continue };
        *parts.entry(part).or_default() += size;
        if name.contains("gaza_plan_explainer::search::") || name.contains("gaza_plan_explainer::hooks::search::") {
            search += size;
        }
        largest.push((name.to_owned(), size));
    }
    let mut parts: Vec<_> = parts.into_iter().collect();
    parts.sort_by_key(|part| std::cmp::Reverse(part.1));
    largest.sort_by_key(|item| std::cmp::Reverse(item.1));
    largest.truncate(12);
    Breakdown { total: parts.iter().map(|(_, size)| size).sum(), parts, largest, search }
}

/// Which part of the program an item belongs to; `None` for what the shipped file leaves out.
fn part_of(item: &str) -> Option<&'static str> {
    if item.starts_with('"') || item.starts_with("custom section") {
        return None;
    }
    if item.starts_with("data segment") {
        return Some("data: strings, tables");
    }
    if item.starts_with("import ") || item.starts_with("export ") || item.starts_with("__wbindgen") {
        return Some("wasm-bindgen, js-sys, web-sys");
    }
    Some(match crate_of(item) {
        "yew" | "yew_router" | "implicit_clone" | "prokio" => "Yew",
        "core" | "alloc" | "std" | "char" | "str" | "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" | "f64"
        | "bool" => "Rust standard library",
        "wasm_bindgen" | "js_sys" | "web_sys" | "wasm_bindgen_futures" => "wasm-bindgen, js-sys, web-sys",
        "dlmalloc" => "allocator (dlmalloc)",
        "gaza_plan_explainer" | "app" => "this explainer",
        "gloo" | "gloo_events" | "gloo_utils" => "gloo",
        "hashbrown" | "indexmap" | "slab" | "bincode" | "serde" => "collections and serde",
        _ => "other",
    })
}

/// `yew` for `yew::dom_bundle::…`, `<yew::X as core::Y>::f` and `drop_in_place<yew::X>`; `core`
/// for `core[hash]::…`; for an impl on a generic or primitive type (`<&T as core::fmt::Debug>`),
/// the trait's crate.
fn crate_of(item: &str) -> &str {
    // Dropping a value is code for its type's crate, though the function is core's.
    let item = item.strip_prefix("core::ptr::drop_in_place<").unwrap_or(item);
    let path = match item.strip_prefix('<').and_then(|rest| rest.split_once(" as ")) {
        Some((ty, trait_path)) if is_generic_or_primitive(ty) => trait_path,
        Some((ty, _)) => ty,
        None => item.trim_start_matches('<'),
    };
    let end = path.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(path.len());
    &path[..end]
}

fn is_generic_or_primitive(ty: &str) -> bool {
    let ty = ty.trim_start_matches(['&', '[', '*']).trim_start_matches("mut ").trim_start_matches("const ");
    let name = &ty[..ty.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(ty.len())];
    let generic = name.len() == 1 && name.chars().all(|c| c.is_ascii_uppercase());
    let primitive = !ty.contains("::") && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    generic || primitive
}

pub fn print(breakdown: &Breakdown) {
    println!("\nWhat the site's wasm spends its bytes on (twiggy, before names are dropped):");
    for (part, size) in &breakdown.parts {
        let share = *size as f64 * 100.0 / breakdown.total.max(1) as f64;
        println!("  {part:<34} {:>8.1} KB {share:>5.1} %", *size as f64 / 1024.0);
    }
    println!("  {:<34} {:>8.1} KB", "total", breakdown.total as f64 / 1024.0);
    println!("  of which search's own functions      {:>8.1} KB", breakdown.search as f64 / 1024.0);
}

pub fn to_json(breakdown: &Breakdown) -> serde_json::Value {
    serde_json::json!({
        "total": breakdown.total,
        "parts": breakdown.parts.iter().map(|(part, size)| serde_json::json!({ "part": part, "bytes": size })).collect::<Vec<_>>(),
        "search_functions": breakdown.search,
        "largest": breakdown.largest.iter().map(|(name, size)| serde_json::json!({ "item": name, "bytes": size })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_go_to_the_crate_that_owns_the_code() {
        let cases = [
            ("yew::dom_bundle::bnode::reconcile::hd23d", Some("Yew")),
            ("<yew::html::component::lifecycle::CompStateInner<COMP> as yew::X>::view::h79b0", Some("Yew")),
            ("<dlmalloc[e24a27700634d609]::dlmalloc::Dlmalloc<S>>::malloc", Some("allocator (dlmalloc)")),
            ("<&T as core::fmt::Debug>::fmt::hcc91", Some("Rust standard library")),
            ("<u32 as core[c5930c85a12de822]::fmt::Display>::fmt", Some("Rust standard library")),
            ("<char>::escape_debug_ext", Some("Rust standard library")),
            ("core[c5930c85a12de822]::str::slice_error_fail", Some("Rust standard library")),
            (
                "<T as wasm_bindgen::convert::traits::ReturnWasmAbi>::return_abi::hd2d7",
                Some("wasm-bindgen, js-sys, web-sys"),
            ),
            ("import ./app_bg.js::__wbg_instanceof_Window_5cf4", Some("wasm-bindgen, js-sys, web-sys")),
            ("gaza_plan_explainer::islands::start::h1234", Some("this explainer")),
            ("app::main::h3e27", Some("this explainer")),
            ("data segment \".rodata.2\"", Some("data: strings, tables")),
            ("\"function names\" subsection", None),
            ("custom section 'producers'", None),
            ("core::ptr::drop_in_place<yew::dom_bundle::bnode::BNode>::h0a6f", Some("Yew")),
            ("memcmp", Some("other")),
        ];
        for (item, part) in cases {
            assert_eq!(part_of(item), part, "{item}");
        }
    }

    #[test]
    fn parts_add_up_to_what_ships_largest_first() {
        let items = [("\"function names\" subsection", 800), ("yew::a", 30), ("yew::b", 20), ("core::c", 40)];
        let breakdown = tally(items.into_iter());
        assert_eq!(breakdown.total, 90);
        assert_eq!(breakdown.parts, [("Yew", 50), ("Rust standard library", 40)]);
        assert_eq!(breakdown.largest[0], ("core::c".to_owned(), 40));
    }
}

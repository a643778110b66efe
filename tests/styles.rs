//! The stylesheets' promise to readers on browsers without `light-dark()` (before 2024): the
//! light theme, the same colours as everyone else's, rather than no colours at all.

use std::collections::BTreeMap;

const TOKENS: &str = include_str!("../styles/tokens.css");
const OTHER_SHEETS: [(&str, &str); 3] = [
    ("base.css", include_str!("../styles/base.css")),
    ("layout.css", include_str!("../styles/layout.css")),
    ("components.css", include_str!("../styles/components.css")),
];
const FALLBACK: &str = "@supports not (color: light-dark(";

/// `--name: value;` declarations, one per line, in `css`.
fn declarations(css: &str) -> impl Iterator<Item = (&str, &str)> {
    css.lines().filter_map(|line| {
        let (name, value) = line.trim().split_once(": ")?;
        let value = value.strip_suffix(';')?;
        name.starts_with("--").then_some((name, value))
    })
}

/// The light half of `light-dark(light, dark)`: up to the first comma outside brackets.
fn light_half(value: &str) -> Option<&str> {
    let inner = value.strip_prefix("light-dark(")?.strip_suffix(')')?;
    let mut depth = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => return Some(inner[..i].trim()),
            _ => {}
        }
    }
    None
}

#[test]
fn browsers_without_light_dark_get_every_colour_of_the_light_theme() {
    let (themed, fallback) = TOKENS.split_once(FALLBACK).expect("tokens.css has the @supports fallback");
    let light: BTreeMap<&str, &str> =
        declarations(themed).filter_map(|(name, value)| Some((name, light_half(value)?))).collect();
    assert!(light.len() >= 10, "expected the colour tokens, found {light:?}");
    let given: BTreeMap<&str, &str> = declarations(fallback).collect();
    assert_eq!(given, light, "the fallback must list every light-dark() token with its light value");
    assert!(fallback.contains("color-scheme: light;"), "the fallback pins the light scheme for form controls");
}

#[test]
fn only_the_tokens_choose_between_light_and_dark() {
    for (name, css) in OTHER_SHEETS {
        assert!(
            !without_comments(css).contains("light-dark("),
            "{name} uses light-dark(): give it a token in tokens.css, which has the fallback"
        );
    }
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out + rest
}

/// Every physical side in a declaration: `left`/`right` as a property or part of one
/// (`margin-left`, `border-right`) or as a value (`text-align: left`, `float: right`).
fn physical_sides(css: &str) -> Vec<String> {
    let css = without_comments(css);
    let mut found = Vec::new();
    for (i, line) in css.lines().enumerate() {
        let Some((property, value)) = line.trim().split_once(':') else { continue };
        let words = |text: &str| {
            text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .flat_map(|word| word.split('-').map(str::to_owned).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        };
        // Selectors and custom properties' names are not layout.
        if property.trim().starts_with("--") || line.trim_end().ends_with('{') {
            continue;
        }
        let sides = |text: &str| words(text).iter().any(|word| word == "left" || word == "right");
        if sides(property) || sides(value) {
            found.push(format!("line {}: {}", i + 1, line.trim()));
        }
    }
    found
}

/// Ready for right to left: the Arabic edition mirrors the layout with `dir="rtl"` alone, which
/// only logical properties (`margin-inline-start`, `inset-inline-end`, `text-align: start`) follow.
#[test]
fn styles_use_logical_sides_only() {
    for (name, css) in std::iter::once(("tokens.css", TOKENS)).chain(OTHER_SHEETS) {
        assert_eq!(physical_sides(css), Vec::<String>::new(), "{name}: a physical side, not a logical one");
    }
    let caught = physical_sides(".a {\n  margin-left: 0;\n  text-align: right;\n  inset-inline-start: 0;\n}");
    assert_eq!(caught.len(), 2, "the check finds physical sides: {caught:?}");
}

/// Where a style rule opens inside another style rule (not an `@media` or `@supports` block),
/// which browsers read as nesting: every rule after an unclosed one would then match nothing.
fn nested_rules(css: &str) -> Vec<usize> {
    let css = without_comments(css);
    let mut open: Vec<bool> = Vec::new();
    let mut found = Vec::new();
    let mut start = 0;
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                let prelude = css[start..i].trim();
                let at_rule = prelude.starts_with('@');
                if !at_rule && open.iter().any(|&block_is_at_rule| !block_is_at_rule) {
                    found.push(css[..i].lines().count());
                }
                open.push(at_rule);
                start = i + 1;
            }
            '}' => {
                open.pop();
                start = i + 1;
            }
            ';' => start = i + 1,
            _ => {}
        }
    }
    if !open.is_empty() {
        found.push(css.lines().count());
    }
    found
}

#[test]
fn every_rule_is_closed_before_the_next_opens() {
    assert_eq!(nested_rules("a { b: c; }\n@media print { a { b: c; } }"), Vec::<usize>::new());
    assert_eq!(nested_rules("a { b: c;\nd { e: f; }"), vec![2, 2], "an unclosed rule is caught");
    for (name, css) in std::iter::once(("tokens.css", TOKENS)).chain(OTHER_SHEETS) {
        assert_eq!(nested_rules(css), Vec::<usize>::new(), "{name}: a rule opens inside another at these lines");
    }
}

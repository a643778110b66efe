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

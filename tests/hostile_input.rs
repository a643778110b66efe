//! Whatever is typed into the address bar, the app maps it to a view or to not-found, and never
//! panics. Property tests over arbitrary and adversarial strings. (What host pages post is
//! assets/embed.js's to ignore: tests/e2e/specs/embed-messages.spec.ts.)
#![cfg(not(target_arch = "wasm32"))]

use gaza_plan_explainer::Route;
use gaza_plan_explainer::embed::Frame;
use gaza_plan_explainer::route::path_of_hash;
use gaza_plan_explainer::site_base::SiteBase;
use proptest::prelude::*;
use yew_router::Routable;

/// Strings that have broken routers and parsers elsewhere, mixed into the generated ones.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("%".to_owned()),
        Just("%FF%FE".to_owned()),
        Just("%C0%AF".to_owned()),
        Just("..".to_owned()),
        Just("%2e%2e%2f".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\u{202E}71 tniop".to_owned()),
        Just("\u{0}".to_owned()),
        Just("99999999999999999999999999".to_owned()),
        Just("-1".to_owned()),
        Just("7.0".to_owned()),
        Just("x".repeat(10_000)),
        "\\PC{0,40}",
        "[0-9]{1,30}",
    ]
}

fn path() -> impl Strategy<Value = String> {
    prop::collection::vec(nasty(), 0..6).prop_map(|segments| format!("/{}", segments.join("/")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_path_is_a_view_or_not_found(path in path()) {
        let route = Route::parse(&path);
        // Whatever it is, it can be titled, and a view found links to itself by a path that
        // finds it again.
        prop_assert!(!route.title().is_empty());
        if route != Route::NotFound {
            prop_assert_eq!(Route::parse(&route.to_path()), route);
        }
    }

    #[test]
    fn points_outside_the_plan_are_never_found(n in any::<i128>()) {
        let route = Route::parse(&format!("/points/{n}"));
        let is_point = matches!(route, Route::Point { .. });
        let count = i128::try_from(gaza_plan_explainer::model::POINTS.len()).unwrap_or(0);
        prop_assert_eq!(is_point, (1..=count).contains(&n));
    }

    #[test]
    fn any_hash_names_a_route_path_the_router_accepts(hash in "#?\\PC{0,60}") {
        let path = path_of_hash(&hash);
        prop_assert!(path.starts_with('/'), "{path}");
        let _ = Route::parse(&path).title();
    }

    #[test]
    fn any_path_belongs_to_one_frame(path in path(), base in prop::option::of("/[a-z/]{0,20}")) {
        let frame = SiteBase::new(base.as_deref().unwrap_or_default()).frame_of(&path);
        // Whatever the path, it is the site's or an embed's (the single file has no path); and a
        // view's own path is in the frame it was made for.
        prop_assert!(frame != Frame::SingleFile);
        let base = SiteBase::new(base.as_deref().unwrap_or_default());
        let view = Route::parse(&path).to_path();
        prop_assert_eq!(base.frame_of(&base.of_frame(Frame::Embed).join(&view)), Frame::Embed);
        prop_assert_eq!(base.frame_of(&base.join(&view)), Frame::Site);
    }
}

#[test]
fn the_canonical_spellings_are_found() {
    assert!(matches!(Route::parse("/points/7"), Route::Point { .. }));
    assert!(matches!(Route::parse("/positions/disarmament"), Route::Issue { .. }));
    assert_eq!(Route::parse("/\0"), Route::NotFound);
    // A percent-encoded digit is the same URL (RFC 3986, 6.2.2.2); a padded number is not.
    assert_eq!(Route::parse("/points/%37"), Route::parse("/points/7"));
    for unknown in ["/points/07", "/positions/%64isarmament/x", "/points/7/../8"] {
        assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
    }
}

#[test]
fn a_hash_without_its_slash_names_the_same_view() {
    assert_eq!(Route::parse(&path_of_hash("#points/7")), Route::parse("/points/7"));
    assert!(matches!(Route::parse(&path_of_hash("#/points/7")), Route::Point { .. }));
    assert_eq!(path_of_hash("#"), "/");
    assert_eq!(path_of_hash(""), "/");
    assert_eq!(path_of_hash("#positions"), "/positions");
    assert_eq!(Route::parse(&path_of_hash("#nowhere")), Route::NotFound);
}

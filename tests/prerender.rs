//! The static site the build writes: a page per view inside Trunk's template, each with its
//! own head tags, and an oEmbed document per view.

use gaza_plan_explainer::Route;
use gaza_plan_explainer::embed::Frame;
use gaza_plan_explainer::model::{EXPLAINER, ISSUES, POINTS};
use gaza_plan_explainer::prerender::{Heights, Site, page_path, route_key, site};
use gaza_plan_explainer::say;
use gaza_plan_explainer::words::WORDS;

const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    \
                        <title>The 20-point plan for Gaza, explained</title>\n    <script type=\"module\">init()</script>\n    \
                        <script src=\"/theme.js\" data-embed-only></script>\n  \
                        </head>\n  <body><div id=\"app\"></div><p id=\"app-error\" hidden>x</p></body>\n</html>\n";

mod common;
use common::file;

fn files(public_url: &str) -> Vec<(String, String)> {
    common::files(TEMPLATE, public_url)
}

#[test]
fn every_view_becomes_a_real_file_and_not_found_becomes_404_html() {
    let files = files("/");
    let views = Route::all().len();
    let expected = 2 * views + 1;
    assert_eq!(files.iter().filter(|(p, _)| p.ends_with(".html")).count(), expected);
    for path in ["index.html", "points/1/index.html", "points/20/index.html", "positions/index.html"] {
        assert!(file(&files, path).contains("<main id=\"main\""), "{path}");
    }
    for issue in ISSUES {
        file(&files, &format!("positions/{}/index.html", issue.slug));
    }
    for path in ["timeline/index.html", "people/index.html", "sources/index.html", "about/index.html"] {
        file(&files, path);
    }
    let not_found = file(&files, "404.html");
    assert!(not_found.contains(WORDS.route_name_not_found));
    assert!(not_found.contains("<meta name=\"robots\" content=\"noindex\" />"));
    assert_eq!(page_path(Route::NotFound, Frame::Site), "404.html");
}

#[test]
fn each_page_has_its_own_head_and_keeps_the_template_scripts() {
    let files = files("/");
    let page = file(&files, "points/7/index.html");
    let point = &POINTS[6];
    assert_eq!(page.matches("<title>").count(), 1, "{page}");
    let title =
        say!(route_title, name = say!(route_name_point, number = 7, title = point.title), explainer = EXPLAINER.title);
    assert!(page.contains(&format!("<title>{}</title>", gaza_plan_explainer::html::escape(&title))), "{page}");
    assert!(page.contains("<link rel=\"canonical\" href=\"/points/7\" />"));
    assert!(page.contains("<meta property=\"og:image\" content=\"/share/points-7.png\" />"));
    assert!(page.contains("href=\"/oembed/points-7.json\""));
    assert!(page.contains("<script type=\"module\">init()</script>"), "template scripts stay");
    // The island's code renders it afresh: no hydration markers anywhere (bytes for nothing).
    // The embed button is prerendered, so nothing shifts when its code comes on the first press;
    // its dialog, which needs the browser, is not.
    let island = &page[page.find("data-island=\"embed-button\"").expect("an embed button island")..];
    let tag = &island[..island.find('>').expect("tag ends")];
    assert!(tag.contains("data-load=\"press\""), "{tag}");
    let inside = &island[tag.len() + 1..island.find("</div>").expect("mount ends")];
    assert!(inside.starts_with("<button type=\"button\"") && inside.contains(WORDS.embed_button), "{inside:.200}");
    assert!(!inside.contains("<dialog"), "{inside:.200}");
    assert_eq!(page.matches("<!--").count(), 0, "hydration markers");
    let head_end = page.find("</head>").unwrap_or(0);
    assert!(page.find("<main").unwrap_or(0) > head_end, "the view is in the body");
}

#[test]
fn a_sub_path_with_an_origin_makes_absolute_preview_urls() {
    let files = files("https://news.example.com/world/gaza-plan/");
    let page = file(&files, "positions/index.html");
    assert!(page.contains("<link rel=\"canonical\" href=\"https://news.example.com/world/gaza-plan/positions\" />"));
    assert!(page.contains("content=\"https://news.example.com/world/gaza-plan/share/positions.png\""));
    assert!(page.contains("href=\"/world/gaza-plan/timeline\""), "in-app links stay under the sub-path");
    let oembed: serde_json::Value = serde_json::from_str(file(&files, "oembed/positions.json")).expect("JSON");
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["version"], "1.0");
    assert_eq!(oembed["thumbnail_url"], "https://news.example.com/world/gaza-plan/share/positions.png");
    assert!(
        oembed["html"]
            .as_str()
            .unwrap_or("")
            .contains("src=\"https://news.example.com/world/gaza-plan/embed/positions\"")
    );
}

#[test]
fn a_template_without_a_body_is_an_error_not_a_blank_page() {
    let site_url = Site::from_public_url("/").expect("valid");
    let error = site("<html><head><title>x</title></head><body></body></html>", &site_url, &Heights::default())
        .expect_err("rejected");
    assert!(error.contains("<div id=\"app\"></div>"), "{error}");
}

#[test]
fn every_view_has_an_embed_page_that_is_not_indexed_and_knows_its_frame() {
    let files = files("/");
    let embed = file(&files, "embed/points/7/index.html");
    assert!(embed.contains("<div id=\"app\" data-frame=\"embed\">"), "{embed}");
    assert!(embed.contains("<meta name=\"robots\" content=\"noindex\" />"));
    assert!(embed.contains("<link rel=\"canonical\" href=\"/points/7\" />"), "canonical is the view itself");
    file(&files, "embed/index.html");
    file(&files, "embed/positions/disarmament/index.html");
    let site = file(&files, "points/7/index.html");
    assert!(site.contains("<div id=\"app\"><") && !site.contains("data-frame"), "site pages carry no frame marker");
    let oembed: serde_json::Value = serde_json::from_str(file(&files, "oembed/points-7.json")).expect("JSON");
    assert!(oembed["html"].as_str().unwrap_or("").starts_with("<iframe src=\"/embed/points/7\""), "{oembed}");
}

#[test]
fn the_nginx_policy_in_the_docs_is_the_one_the_build_writes() {
    let docs = include_str!("../docs/deploy.md");
    let policy = gaza_plan_explainer::prerender::csp::policy(&[]);
    assert!(docs.contains(&format!("add_header Content-Security-Policy \"{policy}\" always;")), "{policy}");
    let root = Site::from_public_url("/").expect("valid");
    let files = site(TEMPLATE_WITHOUT_SCRIPTS, &root, &Heights::default()).expect("prerenders");
    let headers = &files.iter().find(|f| f.path == "_headers").expect("_headers").contents;
    assert!(headers.contains(&format!("Content-Security-Policy: {policy}\n")), "{headers}");
}

const TEMPLATE_WITHOUT_SCRIPTS: &str = "<html><head><title>t</title></head><body><div id=\"app\"></div></body></html>";

#[test]
fn the_embed_only_theme_script_is_dropped_from_site_pages() {
    let files = files("/");
    assert!(!file(&files, "points/7/index.html").contains("theme.js"));
    assert!(!file(&files, "404.html").contains("theme.js"));
    assert!(file(&files, "embed/points/7/index.html").contains("<script src=\"/theme.js\" data-embed-only></script>"));
}

/// Heights as the build's measurement writes them: every view, here 1000 + its index.
fn measured() -> (Heights, Vec<(Route, u32)>) {
    let views: Vec<(Route, u32)> = Route::all().into_iter().zip(1000..).collect();
    let json: serde_json::Map<String, serde_json::Value> =
        views.iter().map(|(route, height)| (route_key(*route), (*height).into())).collect();
    (Heights::from_json(&serde_json::Value::Object(json).to_string()).expect("valid heights"), views)
}

#[test]
fn measured_heights_reach_the_embed_button_the_island_and_oembed() {
    let (heights, views) = measured();
    let files: Vec<(String, String)> = site(TEMPLATE, &Site::from_public_url("/").expect("valid"), &heights)
        .expect("prerenders")
        .into_iter()
        .map(|f| (f.path, f.contents))
        .collect();
    for (route, height) in views {
        let page = file(&files, &page_path(route, Frame::Site));
        let mount = &page[page.find("data-island=\"embed-button\"").expect("a mount point")..];
        let mount = &mount[..mount.find('>').expect("tag ends")];
        assert!(mount.contains(&format!(" data-height=\"{height}\"")), "{mount}");
        assert_eq!(page.matches(" data-height=").count(), 1, "one mount, one height");
        let oembed: serde_json::Value =
            serde_json::from_str(file(&files, &format!("oembed/{}.json", route_key(route)))).expect("JSON");
        assert_eq!(oembed["height"], height);
        assert_eq!(oembed["width"], gaza_plan_explainer::embed::MEASURE_WIDTH);
        assert!(oembed["html"].as_str().unwrap_or("").contains(&format!(" height=\"{height}\" ")), "{oembed}");
    }
}

#[test]
fn a_measurement_missing_a_view_or_naming_an_unknown_one_is_an_error() {
    let all = |extra: &str| {
        let pairs: Vec<String> = Route::all().into_iter().map(|r| format!("\"{}\": 900", route_key(r))).collect();
        format!("{{{}{extra}}}", pairs.join(", "))
    };
    assert!(Heights::from_json(&all("")).is_ok());
    let unknown = Heights::from_json(&all(", \"points-99\": 900")).expect_err("no such view");
    assert!(unknown.contains("points-99"), "{unknown}");
    let missing = Heights::from_json(&all("").replacen("\"overview\": 900, ", "", 1)).expect_err("one missing");
    assert!(missing.contains("overview"), "{missing}");
    let absurd = Heights::from_json(&all("").replacen("\"overview\": 900", "\"overview\": 0", 1)).expect_err("zero");
    assert!(absurd.contains("overview"), "{absurd}");
    assert!(Heights::from_json("[1, 2]").is_err());
    assert!(Heights::from_json("{\"overview\": -5}").is_err());
}

#[test]
fn the_tracker_page_carries_its_date_control_as_an_island_that_reads_back() {
    use gaza_plan_explainer::model::{EXPLAINER, status_change_dates};
    let files = files("/");
    let page = file(&files, "status/index.html");
    let mount = &page[page.find("data-island=\"status-date\"").expect("a mount point")..];
    let tag = &mount[..mount.find('>').expect("tag ends")];
    let dates: Vec<String> = status_change_dates().iter().map(|d| d.iso().to_string()).collect();
    assert!(tag.contains(&format!("data-dates=\"{}\"", dates.join(" "))), "{tag}");
    assert!(tag.contains(&format!("data-on=\"{}\"", EXPLAINER.as_of.iso())), "{tag}");
    // The island's own rendering, which the page's script renders again in its place.
    let inside = &mount[..mount.find("</div>").expect("mount ends")];
    assert!(inside.contains("type=\"range\"") && inside.contains(" disabled"), "{inside}");
    assert!(!inside.contains("<!--"), "no hydration markers: {inside}");
}

/// The island names a page's mount points and its `<meta name="island">` tags give.
fn islands_of(page: &str) -> (Vec<String>, Vec<String>) {
    let names = |marker: &str| {
        let mut names: Vec<String> =
            page.split(marker).skip(1).filter_map(|rest| rest.split(['"', ' ']).next().map(str::to_owned)).collect();
        names.sort();
        names.dedup();
        names
    };
    (names("data-island=\""), names("<meta name=\"island\" content=\""))
}

#[test]
fn a_page_names_the_code_of_the_islands_it_holds_and_no_other() {
    use gaza_plan_explainer::prerender::IslandCode;
    let built = ["embed-button-1a.js", "embed-button-1a_bg.wasm", "live-count-2b.js", "live-count-2b_bg.wasm"]
        .into_iter()
        .chain(["search-3c.js", "search-3c_bg.wasm", "status-date-4d.js", "status-date-4d_bg.wasm"]);
    let code = IslandCode::from_files(built).expect("pairs");
    let sub = Site::from_public_url("/news/gaza").expect("valid").with_islands(code);
    let files = site(TEMPLATE, &sub, &Heights::default()).expect("prerenders");
    let mut seen = std::collections::BTreeSet::new();
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        let (held, named) = islands_of(&file.contents);
        assert_eq!(held, named, "{}: the islands it holds and the code it names", file.path);
        seen.extend(held);
    }
    assert_eq!(seen.len(), 4, "every island is on some page: {seen:?}");
    let point = &files.iter().find(|f| f.path == "points/7/index.html").expect("a point page").contents;
    assert!(!point.contains("status-date-4d") && !point.contains("live-count-2b"), "a point page carries neither");
    assert!(point.contains("/news/gaza/islands/embed-button-1a.js"), "code below the site's path");
    assert!(IslandCode::from_files(["search-3c.js"]).is_err(), "a JS file without its wasm");
}

#[test]
fn every_island_has_its_own_code_and_all_code_is_an_island() {
    use gaza_plan_explainer::components::each_island;
    use gaza_plan_explainer::island::{EachIsland, Island};
    struct Names(Vec<String>);
    impl EachIsland for Names {
        fn island<I: Island>(&mut self) {
            self.0.push(I::NAME.to_owned());
        }
    }
    let mut registered = Names(Vec::new());
    each_island(&mut registered);
    let mut registered = registered.0;
    registered.sort();
    let bins = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("bin");
    let mut code: Vec<String> = std::fs::read_dir(&bins)
        .expect("src/bin")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| Some(file.strip_prefix("island-")?.strip_suffix(".rs")?.to_owned()))
        .collect();
    code.sort();
    assert_eq!(registered, code, "components::each_island against src/bin/island-NAME.rs");
}

/// A static page carries the definitions of the glossary terms marked on it and no other: /positions
/// marks none, so it carries none, and every term button on any page opens a definition it holds.
#[test]
fn a_page_carries_only_the_definitions_its_terms_open() {
    let files = files("/");
    let ids = |html: &str, attribute: &str| -> std::collections::BTreeSet<String> {
        html.split(&format!("{attribute}=\""))
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_owned)
            .collect()
    };
    let mut some_page_has_terms = false;
    for (path, html) in files.iter().filter(|(path, _)| path.ends_with(".html")) {
        let opened = ids(html, "popovertarget");
        let held: std::collections::BTreeSet<String> = ids(html, "id")
            .into_iter()
            .filter(|id| id.starts_with("term-") && html.contains(&format!("popover=\"auto\" id=\"{id}\"")))
            .collect();
        assert_eq!(held, opened, "{path}: the definitions held are those its terms open");
        some_page_has_terms |= !opened.is_empty();
    }
    assert!(some_page_has_terms, "some page marks a glossary term");
    assert!(!file(&files, "positions/index.html").contains("popover=\"auto\""), "/positions marks no term");
}

#[test]
fn every_view_s_head_carries_json_ld_naming_the_day_the_explainer_last_changed() {
    let files = files("https://news.example.com/gaza/");
    for route in Route::all() {
        let page = file(&files, &page_path(route, Frame::Site));
        let head = &page[..page.find("</head>").expect("a head")];
        let start = head.find("<script type=\"application/ld+json\">").map(|at| at + 35);
        let data = start.and_then(|start| Some(&head[start..start + head[start..].find("</script>")?]));
        let data = data.unwrap_or_else(|| panic!("{route:?} has no JSON-LD"));
        let facts: serde_json::Value = serde_json::from_str(data).unwrap_or_else(|e| panic!("{route:?}: {e}"));
        assert_eq!(facts["@type"], "NewsArticle", "{route:?}");
        assert_eq!(facts["dateModified"], EXPLAINER.updated.iso().to_string(), "{route:?}");
        assert_eq!(facts["inLanguage"], WORDS.edition_lang, "{route:?}");
        assert_eq!(facts["headline"], route.title(), "{route:?}");
        let corrections = facts["correction"].as_array().map_or(0, Vec::len);
        let path = yew_router::Routable::to_path(&route);
        assert_eq!(corrections, gaza_plan_explainer::model::corrections_of(&path).count(), "{route:?}");
        let embed = file(&files, &page_path(route, Frame::Embed));
        assert!(!embed.contains("application/ld+json"), "{route:?}: embeds are not articles of their own");
    }
}

#[test]
fn an_embed_s_head_names_its_view_and_carries_no_preview_edition_or_oembed_tags() {
    let files = files("/");
    let embed = file(&files, &page_path(Route::Point { number: "7".parse().expect("a point") }, Frame::Embed));
    let head = &embed[..embed.find("</head>").expect("a head")];
    assert!(head.contains("<link rel=\"canonical\" href=\"/points/7\" />"), "{head}");
    assert!(head.contains("noindex"));
    for absent in ["og:", "twitter:", "hreflang", "json+oembed", "atom+xml", "ld+json"] {
        assert!(!head.contains(absent), "an embed's head has {absent}");
    }
}

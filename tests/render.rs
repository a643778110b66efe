//! Every view rendered by Yew's server renderer, as a prerender or a crawler would get it.

use gaza_plan_explainer::{ServerApp, ServerAppProps};
use yew::ServerRenderer;

fn render(path: &'static str) -> String {
    let renderer = ServerRenderer::<ServerApp>::with_props(move || ServerAppProps {
        path: path.into(),
        basename: None,
    })
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// The text a reader sees: tags removed (block-level ones leave a space), entities decoded,
/// whitespace collapsed. Inline tags leave nothing, as in a browser's text content.
fn visible_text(html: &str) -> String {
    const BLOCKS: [&str; 20] = [
        "p", "li", "h1", "h2", "h3", "header", "footer", "main", "nav", "section", "article",
        "aside", "ul", "ol", "div", "br", "dl", "dt", "dd", "table",
    ];
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = rest[start + 1..start + end].trim_start_matches('/');
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if BLOCKS.contains(&name) {
            text.push(' ');
        }
        rest = &rest[start + end + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn overview_lists_all_twenty_titles_linked_to_their_pages() {
    let html = render("/");
    let text = visible_text(&html);
    for point in gaza_plan_explainer::model::POINTS {
        assert!(
            text.contains(point.title),
            "overview lacks title of point {}: {}",
            point.number,
            point.title
        );
        assert!(
            html.contains(&format!("href=\"/points/{}\"", point.number)),
            "no link to point {}",
            point.number
        );
    }
    for heading in [
        "First phase: on acceptance",
        "The transition",
        "Aims and the long term",
    ] {
        assert!(
            text.contains(heading),
            "overview lacks phase heading {heading}"
        );
    }
    assert!(
        text.contains("Information as of 17 November 2025"),
        "{text}"
    );
    assert_eq!(count(&html, "<h1"), 1);
}

#[test]
fn overview_groups_points_by_phase_in_plan_order() {
    let text = visible_text(&render("/"));
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("missing {needle}"))
    };
    // Point 3 opens the first phase; point 9 the transition; point 1 sits with the long-term aims.
    assert!(at("First phase: on acceptance") < at("The war stops once both sides agree"));
    assert!(at("The war stops once both sides agree") < at("The transition"));
    assert!(at("The transition") < at("A technocratic committee"));
    assert!(at("Aims and the long term") < at("A Gaza free of terror"));
}

#[test]
fn point_seven_shows_its_numbers_progress_and_neighbours() {
    let html = render("/points/7");
    let text = visible_text(&html);
    assert!(text.contains("Point 7: Full aid, straight away"), "{text}");
    assert!(
        text.contains("19 January 2025"),
        "point 7 must name the aid baseline agreement"
    );
    assert!(text.contains("Point 7 of 20"), "{text}");
    assert!(
        text.contains("← Previous · Point 6: Amnesty, or safe passage out"),
        "{text}"
    );
    assert!(
        text.contains("Next → · Point 8: Aid handed out by neutral bodies"),
        "{text}"
    );
    assert!(html.contains("href=\"/points/6\"") && html.contains("href=\"/points/8\""));
    assert!(
        text.contains("Immediately on acceptance of the plan"),
        "commitment deadline: {text}"
    );
    assert!(text.contains("The White House"), "source shown: {text}");
    assert!(
        text.contains("(belaaz.com, redcensor.com, nabamart.com, wsbradio.com)"),
        "links name their site: {text}"
    );
    assert!(text.contains("Plan text as of 29 September 2025"), "{text}");
    assert!(html.contains("aria-current=\"step\""));
}

#[test]
fn point_five_shows_both_prisoner_groups_and_the_remains_ratio() {
    let text = visible_text(&render("/points/5"));
    for fact in [
        "250 prisoners serving life sentences",
        "1,700 Gazans detained after 7 October 2023",
        "remains of 15 dead Gazans",
    ] {
        assert!(text.contains(fact), "point 5 lacks {fact}: {text}");
    }
}

#[test]
fn first_and_last_points_have_one_neighbour_each() {
    let first = visible_text(&render("/points/1"));
    assert!(!first.contains("Previous"), "{first}");
    assert!(first.contains("Next → · Point 2"));
    let last = visible_text(&render("/points/20"));
    assert!(last.contains("Previous · Point 19"));
    assert!(!last.contains("Next →"), "{last}");
}

#[test]
fn a_commitment_without_a_named_party_says_so() {
    let text = visible_text(&render("/points/12"));
    assert!(text.contains("No party named in the plan"), "{text}");
    assert!(text.contains("no deadline given"), "{text}");
}

#[test]
fn unknown_points_and_paths_render_not_found_with_a_way_back() {
    for path in [
        "/points/21",
        "/points/0",
        "/points/abc",
        "/points/07",
        "/points/+7",
        "/points/7/extra",
        "/nothing-here",
        "/points/999999999999",
    ] {
        let html = render(path);
        let text = visible_text(&html);
        assert!(
            text.contains("Page not found"),
            "{path} should be not found: {text}"
        );
        assert!(html.contains("href=\"/\""), "{path} needs a link home");
        assert!(
            html.contains("href=\"/points/1\""),
            "{path} needs a link to point 1"
        );
    }
}

#[test]
fn links_honour_a_sub_path_basename() {
    let renderer = ServerRenderer::<ServerApp>::with_props(|| ServerAppProps {
        path: "/news/gaza-plan/points/7".into(),
        basename: Some("/news/gaza-plan".into()),
    })
    .hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    assert!(
        visible_text(&html).contains("Point 7 of 20"),
        "the route is found under the sub-path"
    );
    assert!(html.contains("href=\"/news/gaza-plan/points/8\""), "{html}");
    assert!(!html.contains("href=\"/points/8\""));
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(render("/points/9"), render("/points/9"));
}

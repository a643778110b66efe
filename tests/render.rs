//! Every view rendered by Yew's server renderer, as a prerender or a crawler would get it.

use gaza_plan_explainer::components::EmbedButton;
use gaza_plan_explainer::embed::Frame;
use gaza_plan_explainer::island::Island;
use gaza_plan_explainer::model::{EXPLAINER, POINTS};
use gaza_plan_explainer::render_path;
use gaza_plan_explainer::say;
use gaza_plan_explainer::site_base::SiteBase;
use gaza_plan_explainer::words::{self, WORDS};

fn render(path: &'static str) -> String {
    render_path(path.into(), SiteBase::default(), Frame::Site, None)
}

/// The text a reader sees: tags removed (block-level ones leave a space), entities decoded,
/// whitespace collapsed. Inline tags leave nothing, as in a browser's text content.
fn visible_text(html: &str) -> String {
    const BLOCKS: [&str; 20] = [
        "p", "li", "h1", "h2", "h3", "header", "footer", "main", "nav", "section", "article", "aside", "ul", "ol",
        "div", "br", "dl", "dt", "dd", "table",
    ];
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = rest[start + 1..start + end].trim_start_matches('/');
        let name = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
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

/// The as-of line at the foot of every view, as the data dates it, saying what the date means.
fn as_of_line() -> String {
    say!(c_as_of_newest, what = WORDS.c_as_of_information, date = words::date(EXPLAINER.as_of))
}

/// The fixed words of `template` before its first placeholder: "← Previous · Point " of
/// "← Previous · Point {number}".
fn before_placeholder(template: &str) -> &str {
    template.split('{').next().unwrap_or(template)
}

/// A point's heading as the page reads it: "Point 7: Full aid, straight away".
fn point_heading(point: &gaza_plan_explainer::model::Point) -> String {
    format!("{}{}{}", say!(view_point_number, number = point.number), WORDS.view_point_title_separator, point.title)
}

/// The last point's number, as the walkthrough counts.
fn last() -> usize {
    POINTS.len()
}

#[test]
fn overview_lists_all_twenty_titles_linked_to_their_pages() {
    let html = render("/");
    let text = visible_text(&html);
    for point in POINTS {
        assert!(text.contains(point.title), "overview lacks title of point {}: {}", point.number, point.title);
        assert!(html.contains(&format!("href=\"/points/{}\"", point.number)), "no link to point {}", point.number);
    }
    for phase in gaza_plan_explainer::model::Phase::ALL {
        let heading = words::phase(phase);
        assert!(text.contains(heading), "overview lacks phase heading {heading}");
    }
    assert!(!text.contains("First phase:"), "our grouping must not read as the 9 October first-phase deal");
    assert!(html.contains("href=\"/about\""), "the overview says where its grouping is explained");
    assert!(text.contains(&as_of_line()), "{text}");
    assert_eq!(count(&html, "<h1"), 1);
}

#[test]
fn overview_groups_points_by_phase_in_plan_order() {
    use gaza_plan_explainer::model::{Phase, group, points_in, source};
    // The filters' form names every phase too; the order read here is the sections'.
    let html = render("/");
    let form = html.find("<form class=\"point-filters\"").expect("the filters");
    let after = form + html[form..].find("</form>").expect("the form ends");
    let text = visible_text(&format!("{}{}", &html[..form], &html[after..]));
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("missing {needle}"));
    // Each group's heading comes before its points, and its points come before the next heading.
    let mut previous = 0;
    for phase in Phase::ALL {
        let name = words::phase(phase);
        let heading = at(&format!("{name} "));
        assert!(heading >= previous, "{name} is out of order");
        // Under the heading, what the group holds: a sentence of fact from the content, sourced.
        let about = group(phase).unwrap_or_else(|| panic!("{name} has no sentence in data/meta.toml"));
        let sentence = at(about.text);
        assert!(heading < sentence, "{name}'s sentence is not under it");
        let cited = text[sentence..].find(source(about.sources[0]).short).map(|at| sentence + at);
        // Its points follow its source, so the source is the sentence's, not the first point's.
        let mut last = cited.unwrap_or_else(|| panic!("{name}'s sentence shows no source"));
        for point in points_in(phase) {
            // After the one before it; the next heading's check above keeps it under this one.
            let title = text[last..].find(point.title).map(|at| last + at);
            last = title.unwrap_or_else(|| panic!("point {} is not under {name}", point.number));
        }
        previous = last;
    }
}

/// A neighbour's link in the walkthrough as the page reads it: "← Previous · Point 6: Amnesty, or safe passage out".
fn neighbour(direction: String, n: usize) -> String {
    format!("{direction}{}{}", WORDS.c_pager_before_title, POINTS[n - 1].title)
}

#[test]
fn point_seven_shows_its_numbers_progress_and_neighbours() {
    use gaza_plan_explainer::model::{PLAN, source};
    let html = render("/points/7");
    let text = visible_text(&html);
    assert!(text.contains(&point_heading(&POINTS[6])), "{text}");
    assert!(text.contains(POINTS[6].summary), "the point's summary: {text}");
    assert!(text.contains(&say!(c_pager_progress, number = 7, total = POINTS.len())), "{text}");
    assert!(text.contains(&neighbour(say!(c_pager_previous, number = 6), 6)), "{text}");
    assert!(text.contains(&neighbour(say!(c_pager_next, number = 8), 8)), "{text}");
    assert!(html.contains("href=\"/points/6\"") && html.contains("href=\"/points/8\""));
    for commitment in POINTS[6].commitments {
        assert!(text.contains(commitment.what), "commitment: {text}");
        if let Some(when) = commitment.when {
            assert!(text.contains(when), "commitment deadline: {text}");
        }
    }
    for &id in POINTS[6].sources {
        let source = source(id);
        assert!(text.contains(source.publisher), "source shown: {text}");
        for url in source.urls {
            assert!(html.contains(&format!("href=\"{url}\"")), "links {url}");
        }
    }
    let plan_text = say!(c_as_of_line, what = WORDS.view_point_plan_text, date = words::date(PLAN.published));
    assert!(text.contains(&plan_text), "{text}");
    assert!(html.contains("aria-current=\"step\""));
}

#[test]
fn every_point_page_shows_its_summary_and_each_commitment_in_full() {
    // Which numbers and dates a point must carry is the data's to say (content/tests/shipped.rs).
    for point in POINTS {
        let path: &'static str = format!("/points/{}", point.number).leak();
        let text = visible_text(&render(path));
        assert!(text.contains(point.summary), "{path} lacks its summary: {text}");
        for commitment in point.commitments {
            assert!(text.contains(commitment.what), "{path} lacks a commitment: {text}");
        }
    }
}

#[test]
fn first_and_last_points_have_one_neighbour_each() {
    let previous = before_placeholder(WORDS.c_pager_previous.0);
    let next = before_placeholder(WORDS.c_pager_next.0);
    let first = visible_text(&render("/points/1"));
    assert!(!first.contains(previous), "{first}");
    assert!(first.contains(&neighbour(say!(c_pager_next, number = 2), 2)), "{first}");
    let last_path: &'static str = format!("/points/{}", last()).leak();
    let final_page = visible_text(&render(last_path));
    assert!(final_page.contains(&neighbour(say!(c_pager_previous, number = last() - 1), last() - 1)), "{final_page}");
    assert!(!final_page.contains(next), "{final_page}");
}

#[test]
fn a_commitment_without_a_named_party_or_a_deadline_says_so() {
    let (mut unnamed, mut undated) = (0, 0);
    for point in POINTS {
        let no_party = point.commitments.iter().any(|c| c.who.is_none());
        let no_deadline = point.commitments.iter().any(|c| c.when.is_none());
        if !no_party && !no_deadline {
            continue;
        }
        let path: &'static str = format!("/points/{}", point.number).leak();
        let text = visible_text(&render(path));
        assert!(!no_party || text.contains(WORDS.c_commitment_no_party), "{path}: {text}");
        assert!(!no_deadline || text.contains(WORDS.c_commitment_no_deadline), "{path}: {text}");
        unnamed += usize::from(no_party);
        undated += usize::from(no_deadline);
    }
    assert!(unnamed > 0 && undated > 0, "the plan leaves some commitments without a party and some without a date");
}

#[test]
fn unknown_points_and_paths_render_not_found_with_a_way_back() {
    use gaza_plan_explainer::model::first_point;
    let past_the_last: &'static str = format!("/points/{}", last() + 1).leak();
    for path in [
        past_the_last,
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
        assert!(text.contains(WORDS.route_name_not_found), "{path} should be not found: {text}");
        assert!(html.contains("href=\"/\""), "{path} needs a link home");
        let first = first_point();
        assert!(html.contains(&format!("href=\"/points/{first}\"")), "{path} needs a link to point {first}");
    }
}

#[test]
fn links_honour_a_sub_path_basename() {
    let html = render_path("/news/gaza-plan/points/7".into(), SiteBase::new("/news/gaza-plan"), Frame::Site, None);
    let progress = say!(c_pager_progress, number = 7, total = POINTS.len());
    assert!(visible_text(&html).contains(&progress), "the route is found under the sub-path");
    assert!(html.contains("href=\"/news/gaza-plan/points/8\""), "{html}");
    assert!(!html.contains("href=\"/points/8\""));
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(render("/points/9"), render("/points/9"));
}

#[test]
fn positions_matrix_has_a_cell_for_every_issue_and_party() {
    use gaza_plan_explainer::model::{ISSUES, PARTIES, position};
    let html = render("/positions");
    let table = &html[html.find("<table").expect("a table")..html.find("</table>").expect("table ends")];
    for party in PARTIES {
        let header = format!("<th scope=\"col\" data-party=\"{}\">{}</th>", party.id, party.name);
        assert!(table.contains(&header), "no column for {}", party.name);
    }
    let rows: Vec<&str> = table.split("<tr").skip(2).collect();
    assert_eq!(rows.len(), ISSUES.len(), "one row per issue");
    for (issue, row) in ISSUES.iter().zip(&rows) {
        assert!(row.contains(&format!("href=\"/positions/{}\"", issue.slug)), "row links {}", issue.slug);
        assert_eq!(count(row, "<td"), PARTIES.len(), "{}: one cell per party", issue.slug);
        for party in PARTIES {
            let cell = row.split(&format!("data-party=\"{}\"", party.id)).nth(1).expect("cell per party");
            let cell = &cell[..cell.find("</td>").expect("cell ends")];
            let expected = match position(issue.slug, party.id).and_then(|p| p.stance.as_ref()) {
                Some(stance) => stance.label,
                None => WORDS.c_stance_none,
            };
            assert!(visible_text(cell).contains(expected), "{}/{}: {cell}", issue.slug, party.id);
        }
    }
}

#[test]
fn an_issue_page_links_every_point_it_names_and_shows_each_party() {
    use gaza_plan_explainer::model::{ISSUES, PARTIES};
    for issue in ISSUES {
        let path: &'static str = format!("/positions/{}", issue.slug).leak();
        let html = render(path);
        let text = visible_text(&html);
        assert!(text.contains(issue.title), "{path}: {text}");
        for number in issue.points {
            assert!(html.contains(&format!("href=\"/points/{number}\"")), "{path} must link point {number}");
        }
        for party in PARTIES {
            assert!(text.contains(party.name), "{path} lacks {}", party.name);
        }
        assert!(text.contains(WORDS.view_issue_outcomes), "{path}");
        assert!(text.contains(issue.outcomes[0].text), "{path} shows its outcome");
    }
}

#[test]
fn the_no_public_position_marker_is_shown_not_hidden() {
    use gaza_plan_explainer::model::{ISSUES, positions_on};
    let mut shown = 0;
    for issue in ISSUES {
        let silent = positions_on(issue).filter(|(_, p)| p.is_some_and(|p| p.stance.is_none())).count();
        let path: &'static str = format!("/positions/{}", issue.slug).leak();
        let text = visible_text(&render(path));
        assert_eq!(count(&text, WORDS.c_stance_none), silent, "{path}: {text}");
        // Each blank is a finding: when the sources were searched, and which.
        for (_, position) in positions_on(issue) {
            let Some(unstated) = position.and_then(|p| p.unstated.as_ref()) else { continue };
            let checked = say!(c_stance_checked_on, date = words::date(unstated.checked));
            assert!(text.contains(&checked), "{path}: {text}");
            for id in unstated.searched {
                assert!(text.contains(gaza_plan_explainer::model::source(*id).short), "{path} names {id}: {text}");
            }
        }
        shown += silent;
    }
    assert!(shown > 0, "the data has parties with no public position, and the pages must say so");
}

/// The badge an issue's page and matrix row must show, derived from the stances in the data.
fn expected_badge(issue: &gaza_plan_explainer::model::Issue) -> String {
    use gaza_plan_explainer::model::positions_on;
    let stated: Vec<(&str, &str)> = positions_on(issue)
        .filter_map(|(party, p)| p.and_then(|p| p.stance.as_ref()).map(|s| (party.name, s.camp)))
        .collect();
    match stated.as_slice() {
        [] => WORDS.agreement_none_all.into(),
        [(name, _)] => say!(agreement_only_all, party = name),
        [(_, first), rest @ ..] if rest.iter().any(|(_, camp)| camp != first) => WORDS.agreement_diverge.into(),
        _ => WORDS.agreement_agree_all.into(),
    }
}

#[test]
fn every_issue_says_whether_the_stated_positions_diverge_and_silence_is_not_agreement() {
    use gaza_plan_explainer::model::ISSUES;
    let matrix = visible_text(&render("/positions"));
    for issue in ISSUES {
        let path: &'static str = format!("/positions/{}", issue.slug).leak();
        let text = visible_text(&render(path));
        let badge = expected_badge(issue);
        assert!(text.contains(&badge), "{path} must say \"{badge}\": {text}");
        assert!(matrix.contains(&badge), "the matrix must say \"{badge}\" for {}", issue.slug);
        if badge != WORDS.agreement_agree_all {
            assert!(!text.contains(WORDS.agreement_agree_all), "{path} claims agreement: {text}");
        }
    }
}

#[test]
fn the_people_page_names_everyone_with_their_role() {
    use gaza_plan_explainer::model::PEOPLE;
    let text = visible_text(&render("/people"));
    for person in PEOPLE {
        assert!(text.contains(person.name) && text.contains(person.role), "/people shows {}: {text}", person.name);
    }
}

#[test]
fn the_corrections_log_lists_every_correction_and_is_linked_from_about() {
    use gaza_plan_explainer::model::CORRECTIONS;
    let html = render("/corrections");
    let text = visible_text(&html);
    assert_eq!(count(&html, "class=\"correction\""), CORRECTIONS.len());
    for correction in CORRECTIONS {
        assert!(text.contains(correction.wrong) && text.contains(correction.now), "{text}");
        let corrected = say!(view_corrections_corrected_on, date = words::date(correction.date));
        assert!(text.contains(&corrected), "{text}");
    }
    assert!(render("/about").contains("href=\"/corrections\""), "/about links the log");
}

#[test]
fn the_foot_of_every_corrected_view_shows_its_corrections_and_no_other_view_does() {
    use gaza_plan_explainer::Route;
    use gaza_plan_explainer::model::corrections_of;
    use yew_router::Routable;
    for route in Route::all() {
        let path: &'static str = route.to_path().leak();
        let html = render(path);
        let text = visible_text(&html);
        let own: Vec<_> = corrections_of(path).collect();
        let note = WORDS.c_corrections_note_title;
        assert_eq!(text.contains(note), !own.is_empty(), "{path}");
        for (_, correction) in own {
            assert!(text.contains(correction.now), "{path} lacks its correction: {text}");
        }
        if path != "/corrections" && text.contains(note) {
            assert!(html.contains("href=\"/corrections\""), "{path} links the log");
        }
    }
}

#[test]
fn a_point_page_lists_the_disputed_issues_that_touch_it() {
    use gaza_plan_explainer::model::ISSUES;
    let mut touched = 0;
    for point in POINTS {
        let path: &'static str = format!("/points/{}", point.number).leak();
        let html = render(path);
        for issue in ISSUES.iter().filter(|issue| issue.points.contains(&point.number)) {
            assert!(html.contains(&format!("href=\"/positions/{}\"", issue.slug)), "{path} lists {}", issue.slug);
            touched += 1;
        }
    }
    assert!(touched > 0, "the disputed issues turn on points of the plan");
}

#[test]
fn every_view_shows_its_as_of_date_and_sources() {
    let issue: &'static str = format!("/positions/{}", gaza_plan_explainer::model::ISSUES[0].slug).leak();
    for path in ["/", "/points/4", "/positions", issue, "/timeline", "/people", "/sources", "/about"] {
        let html = render(path);
        let text = visible_text(&html);
        assert!(text.contains(&as_of_line()), "{path} lacks its as-of line: {text}");
        if path != "/about" && path != "/sources" {
            let cites = html.contains("class=\"cite\"") || html.contains("class=\"source-list\"");
            assert!(cites, "{path} shows no source");
        }
    }
    // The foot of every view: the plan's name, publisher and date from the content, and its source.
    let plan = gaza_plan_explainer::model::PLAN;
    for path in ["/", "/points/4", "/about", "/search"] {
        let html = render(path);
        let foot = visible_text(&html[html.find("<footer class=\"site-footer\"").expect("a footer")..]);
        let source = gaza_plan_explainer::model::source(plan.sources[0]).short;
        for fact in [plan.name, plan.publisher, &words::date(plan.published), source] {
            assert!(foot.contains(fact), "{path}'s foot lacks {fact}: {foot}");
        }
    }
    let unknown = visible_text(&render("/positions/not-an-issue"));
    assert!(unknown.contains(WORDS.route_name_not_found), "{unknown}");
}

fn render_embed(path: &'static str, site_base: Option<&'static str>) -> String {
    render_path(path.into(), SiteBase::new(site_base.unwrap_or_default()), Frame::Embed, None)
}

#[test]
fn an_embedded_view_has_compact_chrome_a_credit_and_a_way_out() {
    let html = render_embed("/embed/points/7", None);
    let text = visible_text(&html);
    assert!(text.contains(&say!(c_pager_progress, number = 7, total = POINTS.len())), "the view itself: {text}");
    assert!(!html.contains("class=\"site-nav\""), "no site navigation in a frame");
    assert!(!html.contains(WORDS.view_site_skip));
    assert!(text.contains(&say!(embed_credit, title = EXPLAINER.title)), "{text}");
    assert!(text.contains(&as_of_line()));
    let plan = gaza_plan_explainer::model::source(gaza_plan_explainer::model::PLAN.sources[0]).short;
    let sources = say!(embed_sources, plan = say!(embed_plan_source, source = plan));
    assert!(text.contains(&sources), "{text}");
    let way_out = format!("<a href=\"/points/7\" target=\"_blank\" rel=\"noopener\">{}", WORDS.embed_open_full);
    assert!(html.contains(&way_out), "{html}");
    assert!(html.contains("href=\"/embed/points/8\""), "in-frame links stay in the frame: {html}");
}

#[test]
fn embeds_under_a_sub_path_link_within_the_frame_and_out_to_the_site() {
    let html = render_embed("/news/gaza-plan/embed/positions", Some("/news/gaza-plan"));
    let issue = gaza_plan_explainer::model::ISSUES[0].slug;
    assert!(html.contains(&format!("href=\"/news/gaza-plan/embed/positions/{issue}\"")), "{html}");
    assert!(html.contains("<a href=\"/news/gaza-plan/positions\" target=\"_blank\""), "{html}");
}

#[test]
fn the_embed_button_is_in_the_prerendered_page_and_its_dialog_is_not() {
    // Its code comes on the first press, so the button is there from the start and nothing
    // shifts; the dialog needs the browser.
    let html = render("/points/7");
    assert!(html.contains("aria-haspopup=\"dialog\""), "the button");
    assert!(!html.contains("<dialog"), "no dialog");
    // What the page script reads to mount it (src/islands.rs, through the Island trait).
    let at = html.find("data-island=\"embed-button\"").expect("a mount point");
    let tag = &html[at..at + html[at..].find('>').expect("tag ends")];
    let attribute = |name: &str| {
        let start = tag.find(&format!("{name}=\"")).map(|i| i + name.len() + 2)?;
        Some(tag[start..start + tag[start..].find('"')?].to_owned())
    };
    let props = EmbedButton::from_attributes(attribute).expect("a readable target");
    assert!(!props.open_at_once, "opens only when pressed");
    assert_eq!(attribute("data-load").as_deref(), Some("press"));
    assert_eq!((props.path.as_str(), props.height), ("/points/7", 900));
    let name = say!(route_name_point, number = 7, title = POINTS[6].title);
    assert!(props.title.starts_with(&name), "{}", props.title);
    assert!(!render("/no/such/page").contains("data-island=\"embed-button\""), "nothing to embed on not-found");
}

#[test]
fn the_walkthrough_links_say_which_is_previous_and_next_for_the_arrow_keys() {
    let html = render("/points/7");
    assert_eq!(count(&html, "rel=\"prev\""), 1);
    assert_eq!(count(&html, "rel=\"next\""), 1);
    assert!(html.contains("<a href=\"/points/6\" rel=\"prev\""), "{html}");
    assert!(html.contains("<a href=\"/points/8\" rel=\"next\""), "{html}");
    assert_eq!(count(&render("/points/1"), "rel=\"prev\""), 0);
    let last_path: &'static str = format!("/points/{}", last()).leak();
    assert_eq!(count(&render(last_path), "rel=\"next\""), 0);
}

#[test]
fn the_route_announcer_is_in_the_page_and_silent_until_a_navigation() {
    let html = render("/points/3");
    let at = html.find("role=\"status\" aria-live=\"polite\"").expect("a polite status region");
    let inside = &html[at..];
    let text = &inside[inside.find('>').expect("tag ends") + 1..inside.find("</p>").expect("p ends")];
    assert_eq!(text, "", "says nothing on the first view");
}

#[test]
fn the_positions_page_lists_the_sources_its_stances_cite() {
    use gaza_plan_explainer::model::{source, sources_of_positions};
    let html = render("/positions");
    let list = visible_text(&html[html.rfind("class=\"source-list\"").expect("a source list")..]);
    let cited = sources_of_positions();
    assert!(!cited.is_empty());
    for id in cited {
        let publisher = source(id).publisher;
        assert!(list.contains(publisher), "{publisher}: {list}");
    }
}

#[test]
fn the_tracker_shows_every_point_once_under_its_status_with_a_count_that_matches() {
    use gaza_plan_explainer::model::{Status, status_on};
    let html = render("/status");
    let text = visible_text(&html);
    assert_eq!(count(&html, "class=\"status-card\""), POINTS.len());
    let now: Vec<Status> =
        POINTS.iter().filter_map(|p| status_on(p.number, EXPLAINER.as_of)).map(|e| e.status).collect();
    assert_eq!(now.len(), POINTS.len(), "every point has a status on the as-of date");
    let sentence =
        words::status_count_sentence(&words::status_count_phrasebook(), EXPLAINER.as_of, now.iter().copied());
    assert!(text.contains(&sentence), "{text}");
    for status in Status::ALL {
        let n = now.iter().filter(|s| **s == status).count();
        let group = html.split(&format!("data-status=\"{}\" ", status.slug())).count() > 1;
        if n > 0 {
            let heading = format!("{} {}", words::status(status), say!(view_status_group_count, count = n));
            assert!(text.contains(&heading), "group {status:?}: {text}");
        }
        assert!(group || n == 0);
    }
    for point in POINTS {
        assert!(
            html.contains(&format!("href=\"/points/{}\"", point.number)),
            "the tracker links point {}",
            point.number
        );
    }
}

#[test]
fn each_points_status_links_the_chart_that_draws_its_numbers() {
    use gaza_plan_explainer::model::{CHARTS, charts_for};
    let html = render("/status");
    assert!(!CHARTS.is_empty());
    for point in POINTS {
        // A card from its own data-point to its history, which follows the link.
        let own = format!("\"{}\"", point.number);
        let card = html.split("data-point=").find(|card| card.starts_with(&own)).expect("a card per point");
        let card = card.split("status-card__history").next().unwrap_or(card);
        let charts: Vec<_> = charts_for(point.number).collect();
        for chart in &charts {
            assert!(
                card.contains(&format!("href=\"/figures/{}\"", chart.slug)),
                "point {}'s card links {}",
                point.number,
                chart.slug
            );
            assert!(
                visible_text(card).contains(&say!(c_status_card_numbers, title = chart.title)),
                "point {}",
                point.number
            );
        }
        assert_eq!(count(card, "href=\"/figures/"), charts.len(), "point {} links only its own charts", point.number);
    }
}

#[test]
fn a_point_page_shows_where_it_stands_and_its_history_newest_first() {
    use gaza_plan_explainer::model::{status_history, status_on};
    for point in POINTS {
        let path: &'static str = format!("/points/{}", point.number).leak();
        let text = visible_text(&render(path));
        let now = status_on(point.number, EXPLAINER.as_of).expect("a current status");
        let stands = say!(
            view_point_status_now,
            status = words::status(now.status),
            date = words::date(EXPLAINER.as_of),
            link = WORDS.view_point_all_statuses,
        );
        assert!(text.contains(&stands), "{path}: {text}");
        let history = status_history(point.number);
        let at: Vec<usize> = history.iter().map(|e| text.find(e.why).expect("each entry shown")).collect();
        assert!(at.windows(2).all(|w| w[0] > w[1]), "{path}: the history runs newest first");
    }
}

#[test]
fn the_overview_shows_each_points_current_status() {
    use gaza_plan_explainer::model::status_on;
    let html = render("/");
    for point in POINTS {
        let now = status_on(point.number, EXPLAINER.as_of).expect("a current status");
        // The last link to the point is its card (the first may be "Start with point 1").
        let card = html.rsplit(&format!("href=\"/points/{}\"", point.number)).next().expect("a card");
        let card = &card[..card.find("class=\"point-card\"").unwrap_or(card.len())];
        assert!(card.contains(&format!("data-status=\"{}\"", now.status.slug())), "point {}: {card}", point.number);
    }
}

#[test]
fn the_timeline_is_grouped_by_month_and_names_its_newest_entry() {
    use gaza_plan_explainer::model::EVENTS;
    let html = render("/timeline");
    let text = visible_text(&html);
    let mut months: Vec<(u16, u8)> = EVENTS.iter().map(|e| (e.date.year, e.date.month)).collect();
    months.dedup();
    assert_eq!(count(&html, "class=\"timeline__month\""), months.len());
    let newest = EVENTS.last().expect("events").date;
    assert!(text.contains(&say!(view_timeline_newest, date = words::date(newest))), "{text}");
}

#[test]
fn the_tracker_says_its_as_of_date_once() {
    // Its header, down to the date control (the foot of every view says it again, once).
    let text = visible_text(&render("/status"));
    let header = &text[..text.find(WORDS.status_date_label).expect("the date control")];
    let as_of = say!(c_as_of_newest, what = WORDS.view_status_what, date = words::date(EXPLAINER.as_of));
    assert_eq!(count(header, &as_of), 1, "{header}");
}

#[test]
fn a_point_rechecked_with_nothing_new_says_when_its_sources_were_checked() {
    use gaza_plan_explainer::model::status_checked;
    let status = visible_text(&render("/status"));
    let mut rechecked = 0;
    for point in POINTS {
        let Some(date) = status_checked(point.number) else { continue };
        let path: &'static str = format!("/points/{}", point.number).leak();
        let line = say!(c_status_history_checked, date = words::date(date));
        assert!(visible_text(&render(path)).contains(&line), "{path} lacks {line}");
        rechecked += 1;
        assert!(count(&status, &line) >= 1, "/status lacks {line}");
    }
    assert!(rechecked > 0, "the data re-checks points with nothing new, and their pages must say when");
}

#[test]
fn a_figure_a_newer_one_replaces_never_heads_the_list_and_says_so() {
    use gaza_plan_explainer::model::FIGURES;
    let text = visible_text(&render("/positions"));
    let mut replaced = 0;
    for old in FIGURES {
        let newer = FIGURES.iter().filter(|f| f.measure.is_some() && f.measure == old.measure && f.as_of > old.as_of);
        let Some(newest) = newer.max_by_key(|f| f.as_of) else { continue };
        let at = |label: &str| text.find(label).unwrap_or_else(|| panic!("/positions lacks {label}"));
        assert!(at(newest.label) < at(old.label), "{} is listed before {}", old.label, newest.label);
        let replaced_by = say!(c_figure_replaced_by, figure = newest.label);
        assert!(text.contains(&format!("{replaced_by} {}", old.label)), "{text}");
        replaced += 1;
    }
    assert!(replaced > 0, "the data has figures of one measure over time");
}

#[test]
fn the_about_page_dates_the_positions_from_the_data() {
    use gaza_plan_explainer::model::positions_reported;
    let text = visible_text(&render("/about"));
    let (from, to) = positions_reported().expect("dated positions");
    let dated: Vec<String> = EXPLAINER
        .about
        .iter()
        .flat_map(|section| section.paragraphs)
        .filter(|p| p.contains("{positions_from}") || p.contains("{positions_to}"))
        .map(|p| p.replace("{positions_from}", &words::date(from)).replace("{positions_to}", &words::date(to)))
        .collect();
    assert!(!dated.is_empty(), "data/meta.toml's /about dates the positions from the data");
    for paragraph in dated {
        assert!(text.contains(&visible_text(&paragraph)), "{paragraph}: {text}");
    }
    assert!(!text.contains("{positions_"), "{text}");
}

#[test]
fn views_with_a_sourced_introduction_open_with_it_and_its_sources() {
    use gaza_plan_explainer::model::{intro, source};
    for path in ["/", "/positions", "/timeline"] {
        let opening = intro(path).unwrap_or_else(|| panic!("{path} has an introduction in data/meta.toml"));
        let text = visible_text(&render(path));
        let at = text.find(opening.text).unwrap_or_else(|| panic!("{path} does not open with its introduction"));
        for id in opening.sources {
            assert!(text[at..].contains(source(*id).short), "{path}: the introduction's source {id} is not shown");
        }
    }
}

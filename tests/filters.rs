//! The overview's filters as the server renders them: every point shows, each card says what the
//! filters read of its point (as the data gives it), and the filters' mount point reads back with
//! the choices the data offers. Read through an HTML parser, as a browser reads the page. (A
//! filtered address is rendered in the browser only: the router reads a query through web APIs;
//! tests/e2e/specs/filters.spec.ts drives it.)

use gaza_plan_explainer::components::LiveCount;
use gaza_plan_explainer::embed::Frame;
use gaza_plan_explainer::island::Island;
use gaza_plan_explainer::model::{EXPLAINER, ISSUES, PARTIES, POINTS, Phase, Status, Topic, status_on};
use gaza_plan_explainer::render_path;
use gaza_plan_explainer::site_base::SiteBase;
use scraper::{Html, Selector};

fn overview(query: &str) -> Html {
    Html::parse_fragment(&render_path(format!("/{query}"), SiteBase::default(), Frame::Site, None))
}

fn select(selector: &str) -> Selector {
    Selector::parse(selector).expect("a valid selector")
}

#[test]
fn every_card_says_its_points_topics_phase_bound_parties_and_status() {
    let page = overview("");
    let cards: Vec<_> = page.select(&select(".point-card")).collect();
    assert_eq!(cards.len(), POINTS.len());
    for card in &cards {
        let number = card.select(&select(".point-card__number")).next().map(|n| n.text().collect::<String>());
        let point = POINTS.iter().find(|p| Some(p.number.to_string()) == number).expect("a card per point");
        let attribute = |name: &str| card.value().attr(name).unwrap_or_default().to_owned();
        assert_eq!(card.value().attr("hidden"), None, "every point shows before a filter is set");
        let topics: Vec<Topic> = attribute("data-topics").split(' ').filter_map(Topic::from_slug).collect();
        assert_eq!(topics, point.topics, "point {}", point.number);
        assert_eq!(Phase::from_slug(&attribute("data-phase")), Some(point.phase));
        let now = status_on(point.number, EXPLAINER.as_of).map(|entry| entry.status);
        assert_eq!(Status::from_slug(&attribute("data-status")), now);
        let named: Vec<&str> = point.commitments.iter().filter_map(|c| c.party.map(|p| p.as_str())).collect();
        let binds = attribute("data-binds");
        let binds: Vec<&str> = binds.split(' ').filter(|id| !id.is_empty()).collect();
        assert!(named.iter().all(|id| binds.contains(id)) && binds.iter().all(|id| named.contains(id)));
    }
}

#[test]
fn the_filters_offer_every_bound_party_and_current_status_and_read_back() {
    let page = overview("");
    let options = |name: &str| -> Vec<String> {
        let options = select(&format!("select[name={name}] option"));
        let values = page.select(&options).filter_map(|o| o.value().attr("value"));
        values.filter(|value| !value.is_empty()).map(str::to_owned).collect()
    };
    let bound = |id: &str| POINTS.iter().flat_map(|p| p.commitments).any(|c| c.party.is_some_and(|p| p.as_str() == id));
    let expected: Vec<&str> = PARTIES.iter().map(|p| p.id.as_str()).filter(|id| bound(id)).collect();
    assert_eq!(options("binds"), expected);
    assert!(!expected.is_empty(), "some point binds a party");
    for status in options("status") {
        let status = Status::from_slug(&status).expect("a status the tracker knows");
        assert!(POINTS.iter().any(|p| status_on(p.number, EXPLAINER.as_of).map(|e| e.status) == Some(status)));
    }
    let mount = page.select(&select("[data-island=live-count]")).next().expect("the count's mount point");
    let props = LiveCount::from_attributes(|name| mount.value().attr(name).map(str::to_owned))
        .expect("the mount point reads back");
    assert_eq!((props.counted.id(), props.total), ("point-count", POINTS.len()));
    // The selects are there, disabled until the app runs, and the count says all.
    assert_eq!(page.select(&select(".point-filters select[disabled]")).count(), 4);
    let count = page.select(&select("#point-count")).next().expect("a count line");
    let all = gaza_plan_explainer::say!(filters_points_shown, shown = POINTS.len(), total = POINTS.len());
    assert_eq!(count.text().collect::<String>(), all);
}

#[test]
fn the_positions_table_says_each_cells_party_and_camp_and_its_comparison_starts_with_all() {
    let page = Html::parse_fragment(&render_path("/positions".into(), SiteBase::default(), Frame::Site, None));
    let rows: Vec<_> = page.select(&select(".matrix__table tbody tr[data-issue]")).collect();
    assert_eq!(rows.len(), ISSUES.len());
    for row in &rows {
        let parties: Vec<&str> =
            row.select(&select("td[data-party]")).filter_map(|td| td.value().attr("data-party")).collect();
        assert_eq!(parties, PARTIES.iter().map(|p| p.id.as_str()).collect::<Vec<_>>());
    }
    let mount = page.select(&select("[data-island=live-count]")).next().expect("the comparison's count");
    let props = LiveCount::from_attributes(|name| mount.value().attr(name).map(str::to_owned))
        .expect("the mount point reads back");
    assert_eq!((props.counted.id(), props.total), ("issue-count", ISSUES.len()));
    let boxes = page.select(&select(".positions-filters input[type=checkbox][disabled]")).count();
    assert_eq!(boxes, PARTIES.len() + 1, "a box per party and one for disagreement, disabled until the app runs");
    assert_eq!(page.select(&select("[hidden]")).filter(|e| e.value().attr("data-issue").is_some()).count(), 0);
}

//! The charts as the server renders them (and so as every reader, printer and embed gets them):
//! each is a named picture with its takeaway filled from the data, a table of exactly the values
//! it draws, as the figures print them, and the date of its newest value. Read through an HTML
//! parser, as a browser reads the page.

use gaza_plan_explainer::embed::Frame;
use gaza_plan_explainer::model::{CHARTS, Chart, figure, plotted};
use gaza_plan_explainer::render_path;
use gaza_plan_explainer::site_base::SiteBase;
use scraper::{Html, Selector};

fn render(path: String) -> Html {
    Html::parse_fragment(&render_path(path, SiteBase::default(), Frame::Site, None))
}

fn select(selector: &str) -> Selector {
    Selector::parse(selector).expect("a valid selector")
}

fn text(element: scraper::ElementRef<'_>) -> String {
    element.text().collect::<Vec<_>>().join("").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every value the chart draws, from the data: (ISO date, value as printed).
fn drawn(chart: &'static Chart) -> Vec<(String, String)> {
    let series = chart.panels.iter().flat_map(|p| p.series);
    series.flat_map(plotted).map(|p| (p.date().iso().to_string(), p.figure.value.to_owned())).collect()
}

#[test]
fn there_are_charts_and_each_draws_two_or_more_values() {
    assert!(!CHARTS.is_empty(), "data/charts.toml has charts");
    assert!(CHARTS.iter().all(|chart| drawn(chart).len() >= 2));
}

#[test]
fn every_chart_is_a_named_picture_with_its_takeaway_and_a_table_of_its_values() {
    let page = render("/figures".into());
    for chart in CHARTS {
        let figure = page
            .select(&select(&format!("figure[data-chart=\"{}\"]", chart.slug)))
            .next()
            .unwrap_or_else(|| panic!("/figures shows {}", chart.slug));
        let svgs: Vec<_> = figure.select(&select("svg[role=img]")).collect();
        assert_eq!(svgs.len(), 2, "a narrow and a wide artboard for {}", chart.slug);
        for svg in svgs {
            let ids = svg.value().attr("aria-labelledby").expect("each picture is named");
            for id in ids.split_whitespace() {
                let named = page.select(&select(&format!("#{id}"))).next().map(text).unwrap_or_default();
                assert!(!named.is_empty(), "{} names its picture by #{id}, which has text", chart.slug);
            }
        }
        let takeaway = figure.select(&select(".chart__takeaway")).next().map(text).unwrap_or_default();
        assert!(!takeaway.is_empty() && !takeaway.contains('{'), "{}: filled takeaway {takeaway:?}", chart.slug);
        let rows: Vec<(String, String)> = figure
            .select(&select(".chart__table tbody tr"))
            .map(|row| {
                let date = row
                    .select(&select(".chart__table-date time"))
                    .next()
                    .and_then(|t| t.value().attr("datetime"))
                    .unwrap_or("");
                let value = row.select(&select(".chart__table-value")).next().map(text).unwrap_or_default();
                (date.to_owned(), value)
            })
            .collect();
        assert_eq!(rows, drawn(chart), "the table of {} lists exactly what it draws", chart.slug);
        let newest = drawn(chart).into_iter().map(|(date, _)| date).max().unwrap_or_default();
        let said = figure.select(&select(".chart__newest time")).next().and_then(|t| t.value().attr("datetime"));
        assert_eq!(said, Some(newest.as_str()), "{} says when its newest value is from", chart.slug);
    }
}

#[test]
fn a_takeaway_takes_its_numbers_and_dates_from_the_values_it_names() {
    for chart in CHARTS {
        let page = render(format!("/figures/{}", chart.slug));
        let takeaway = page.select(&select(".chart__takeaway")).next().map(text).unwrap_or_default();
        let printed: Vec<String> = chart
            .panels
            .iter()
            .flat_map(|p| p.series)
            .flat_map(plotted)
            .flat_map(|p| [p.figure.value.to_owned(), gaza_plan_explainer::words::date(p.date())])
            .collect();
        assert!(
            printed.iter().any(|value| takeaway.contains(value.as_str())),
            "{}: {takeaway:?} quotes a value or date it draws",
            chart.slug
        );
    }
}

#[test]
fn each_chart_has_its_own_page_and_the_points_it_illustrates_show_it() {
    for chart in CHARTS {
        let own = render(format!("/figures/{}", chart.slug));
        assert_eq!(own.select(&select("figure.chart")).count(), 1, "/figures/{} shows its chart", chart.slug);
        for number in chart.points {
            let point = render(format!("/points/{number}"));
            let shown = point.select(&select(&format!("figure[data-chart=\"{}\"]", chart.slug))).count();
            assert_eq!(shown, 1, "point {number}'s page shows {}", chart.slug);
        }
    }
    let missing = render("/figures/no-such-chart".into());
    assert!(missing.select(&select("figure.chart")).next().is_none(), "an unknown chart is not found");
}

#[test]
fn a_range_is_drawn_from_one_end_to_the_other_never_as_one_number() {
    let ranged: Vec<_> = CHARTS
        .iter()
        .flat_map(|c| c.panels.iter().flat_map(|p| p.series).flat_map(|s| s.points))
        .filter(|p| figure(p.figure).amount_to.is_some())
        .collect();
    let page = render("/figures".into());
    let bars = page.select(&select(".chart__plot--wide .chart__range")).count();
    assert_eq!(bars, ranged.len(), "one bar per range in the data");
}

#[test]
fn every_chart_links_its_data_downloaded_on_the_site_opened_from_an_embed_and_not_in_the_single_file() {
    let link = |frame: Frame, path: &str| -> Vec<(String, Option<String>, Option<String>)> {
        let page = Html::parse_fragment(&render_path(path.into(), SiteBase::new("/news"), frame, None));
        page.select(&select(".chart__links a.data-link"))
            .map(|a| {
                let attr = |name: &str| a.value().attr(name).map(str::to_owned);
                (attr("href").unwrap_or_default(), attr("download"), attr("target"))
            })
            .collect()
    };
    let on_figures = link(Frame::Site, "/figures");
    assert_eq!(on_figures.len(), CHARTS.len(), "one data link per chart");
    for (chart, (href, download, target)) in CHARTS.iter().zip(&on_figures) {
        assert_eq!(href, &format!("/news/data/charts/{}.csv", chart.slug));
        assert!(download.is_some() && target.is_none(), "{}: downloaded on the site", chart.slug);
        let embedded = link(Frame::Embed, &format!("/figures/{}", chart.slug));
        assert_eq!(embedded, vec![(href.clone(), None, Some("_blank".into()))], "{}: opened from an embed", chart.slug);
        assert!(
            link(Frame::SingleFile, &format!("/figures/{}", chart.slug)).is_empty(),
            "no files beside the single file"
        );
    }
}

//! Every view's URL. Editors link to these: keep them stable.

use yew_router::Routable;

use crate::model::{
    CHARTS, ChartSlug, EXPLAINER, ISSUES, IssueSlug, POINTS, PointNumber, chart, intro, issue, point, takeaway,
};
use crate::say;
use crate::words::WORDS;

#[derive(Routable, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    #[at("/")]
    Overview,
    /// Only numbers of existing points: `/points/21` and `/points/abc` are not found.
    #[at("/points/:number")]
    Point { number: PointNumber },
    /// Where each point stands; `?on=YYYY-MM-DD` picks the date (read by the view).
    #[at("/status")]
    Status,
    #[at("/positions")]
    Positions,
    /// Only slugs of existing issues.
    #[at("/positions/:slug")]
    Issue { slug: IssueSlug },
    /// Charts of the dated figures.
    #[at("/figures")]
    Figures,
    /// Only slugs of existing charts.
    #[at("/figures/:slug")]
    Chart { slug: ChartSlug },
    #[at("/timeline")]
    Timeline,
    #[at("/people")]
    People,
    #[at("/sources")]
    Sources,
    /// Terms explained, each at its anchor.
    #[at("/glossary")]
    Glossary,
    #[at("/about")]
    About,
    #[at("/corrections")]
    Corrections,
    /// Search; `?q=` holds the query (read by the page's script).
    #[at("/search")]
    Search,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The view at `path` (below the basename), or not-found: the one way in from an address,
    /// so the ids in a route always name something. The router checks an id's spelling only;
    /// this checks that it exists. Control characters never reach the router: route-recognizer
    /// 0.3 underflows on `\0`.
    pub fn parse(path: &str) -> Route {
        if path.chars().any(char::is_control) {
            return Route::NotFound;
        }
        match Route::recognize(path) {
            Some(Route::Point { number }) if !POINTS.iter().any(|p| p.number == number) => Route::NotFound,
            Some(Route::Issue { slug }) if !ISSUES.iter().any(|i| i.slug == slug) => Route::NotFound,
            Some(Route::Chart { slug }) if !CHARTS.iter().any(|c| c.slug == slug) => Route::NotFound,
            route => route.unwrap_or(Route::NotFound),
        }
    }

    /// What the overview is called where a list names it beside the other views.
    pub fn overview_name() -> &'static str {
        WORDS.route_overview
    }

    /// The main sections, in the order of the site navigation.
    pub fn sections() -> [(Route, &'static str); 8] {
        [
            (Route::Overview, Route::overview_name()),
            (Route::Status, WORDS.route_section_status),
            (Route::Positions, WORDS.route_section_positions),
            (Route::Figures, WORDS.route_section_figures),
            (Route::Timeline, WORDS.route_section_timeline),
            (Route::People, WORDS.route_section_people),
            (Route::Sources, WORDS.route_section_sources),
            (Route::About, WORDS.route_section_about),
        ]
    }

    /// The section a view belongs to, for marking the navigation.
    pub fn section(self) -> Option<Route> {
        match self {
            Route::Point { .. } => Some(Route::Overview),
            Route::Issue { .. } => Some(Route::Positions),
            Route::Chart { .. } => Some(Route::Figures),
            Route::Corrections | Route::Glossary => Some(Route::About),
            Route::NotFound => None,
            other => Some(other),
        }
    }

    /// The view's own name, before the explainer's in the document title; `None` for the overview.
    pub fn name(self) -> Option<String> {
        match self {
            Route::Overview => None,
            Route::Point { number } => Some(say!(route_name_point, number = number, title = point(number).title)),
            Route::Issue { slug } => Some(issue(slug).title.to_owned()),
            Route::Status => Some(WORDS.route_name_status.into()),
            Route::Figures => Some(WORDS.route_name_figures.into()),
            Route::Chart { slug } => Some(chart(slug).title.to_owned()),
            Route::Positions => Some(WORDS.route_name_positions.into()),
            Route::Timeline => Some(WORDS.route_name_timeline.into()),
            Route::People => Some(WORDS.route_name_people.into()),
            Route::Sources => Some(WORDS.route_name_sources.into()),
            Route::About => Some(WORDS.route_name_about.into()),
            Route::Corrections => Some(WORDS.route_name_corrections.into()),
            Route::Glossary => Some(WORDS.route_name_glossary.into()),
            Route::Search => Some(WORDS.route_name_search.into()),
            Route::NotFound => Some(WORDS.route_name_not_found.into()),
        }
    }

    /// Every view that has a page of its own, in reading order: what the build prerenders.
    pub fn all() -> Vec<Route> {
        let points = POINTS.iter().map(|p| Route::Point { number: p.number });
        let issues = ISSUES.iter().map(|issue| Route::Issue { slug: issue.slug });
        let charts = CHARTS.iter().map(|chart| Route::Chart { slug: chart.slug });
        std::iter::once(Route::Overview)
            .chain(points)
            .chain([Route::Status])
            .chain([Route::Positions])
            .chain(issues)
            .chain([Route::Figures])
            .chain(charts)
            .chain([Route::Timeline, Route::People, Route::Sources, Route::Glossary, Route::About, Route::Corrections])
            .chain([Route::Search])
            .collect()
    }

    /// One sentence for search results and link previews.
    pub fn description(self) -> String {
        match self {
            Route::Overview => EXPLAINER.standfirst.to_owned(),
            Route::Point { number } => first_sentence(point(number).summary),
            Route::Issue { slug } => issue(slug).question.to_owned(),
            // A sentence of fact, with its sources in the content; the view's name without it.
            Route::Positions => intro(&self.to_path()).map_or(WORDS.route_name_positions, |intro| intro.text).into(),
            Route::Status => WORDS.route_description_status.into(),
            Route::Figures => {
                let titles: Vec<&str> = CHARTS.iter().map(|chart| chart.title).collect();
                say!(route_description_figures, charts = titles.join(WORDS.route_description_figures_separator))
            }
            Route::Chart { slug } => takeaway(chart(slug)),
            // A sentence of fact, with its sources in the content; the view's own words without it.
            Route::Timeline => intro(&self.to_path()).map_or(WORDS.view_timeline_standfirst, |intro| intro.text).into(),
            Route::People => WORDS.route_description_people.into(),
            Route::Sources => WORDS.route_description_sources.into(),
            Route::About => WORDS.route_description_about.into(),
            Route::Corrections => WORDS.route_description_corrections.into(),
            Route::Glossary => WORDS.route_description_glossary.into(),
            Route::Search => WORDS.route_description_search.into(),
            Route::NotFound => WORDS.route_description_not_found.into(),
        }
    }

    /// The document title for this view.
    pub fn title(self) -> String {
        match self.name() {
            Some(name) => say!(route_title, name = name, explainer = EXPLAINER.title),
            None => EXPLAINER.title.to_owned(),
        }
    }
}

/// The route path an address's hash names in the single file, where routes live after `#`:
/// `#/points/7`, and also `#points/7` as a reader might type it. The router accepts only the
/// first form, so the app rewrites the hash through this before the router reads it.
pub fn path_of_hash(hash: &str) -> String {
    let inner = hash.strip_prefix('#').unwrap_or(hash);
    if inner.starts_with('/') { inner.to_owned() } else { format!("/{inner}") }
}

/// The first sentence of a summary, for a description.
fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(end) => text[..=end].to_owned(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checker accepts in a correction's `views` exactly the paths the app serves.
    #[test]
    fn the_views_a_correction_may_name_are_exactly_the_apps_views() {
        let points = POINTS.iter().map(|p| p.number);
        let issues = ISSUES.iter().map(|issue| issue.slug);
        let charts = CHARTS.iter().map(|chart| chart.slug);
        let routes: std::collections::BTreeSet<String> = Route::all().iter().map(|r| r.to_path()).collect();
        assert_eq!(gaza_plan_content::view_paths(points, issues, charts), routes);
    }

    /// The router checks only how an id is spelt; `parse` drops ids that name nothing, so no
    /// view is ever handed one.
    #[test]
    fn an_id_spelt_right_that_names_nothing_is_not_found() {
        assert_eq!("99".parse::<PointNumber>().map(PointNumber::get), Ok(99));
        assert_eq!(Route::parse("/points/99"), Route::NotFound);
        assert!("no-such-issue".parse::<IssueSlug>().is_ok());
        assert_eq!(Route::parse("/positions/no-such-issue"), Route::NotFound);
        assert!(Route::all().iter().all(|route| Route::parse(&route.to_path()) == *route));
    }
}

//! Every view's URL. Editors link to these: keep them stable.

use yew_router::Routable;

use crate::model::{
    CHARTS, ChartSlug, EXPLAINER, ISSUES, IssueSlug, POINTS, PointNumber, chart, issue, point, takeaway,
};

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
    pub const OVERVIEW_NAME: &'static str = "The plan";

    /// The main sections, in the order of the site navigation.
    pub const SECTIONS: [(Route, &'static str); 8] = [
        (Route::Overview, Route::OVERVIEW_NAME),
        (Route::Status, "Where it stands"),
        (Route::Positions, "Positions"),
        (Route::Figures, "Figures"),
        (Route::Timeline, "Timeline"),
        (Route::People, "People"),
        (Route::Sources, "Sources"),
        (Route::About, "About"),
    ];

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
            Route::Point { number } => Some(format!("Point {number}: {}", point(number).title)),
            Route::Issue { slug } => Some(issue(slug).title.to_owned()),
            Route::Status => Some("Where each point stands".into()),
            Route::Figures => Some("The numbers since the ceasefire".into()),
            Route::Chart { slug } => Some(chart(slug).title.to_owned()),
            Route::Positions => Some("Who wants what".into()),
            Route::Timeline => Some("Timeline".into()),
            Route::People => Some("Who's who".into()),
            Route::Sources => Some("Sources".into()),
            Route::About => Some("About this explainer".into()),
            Route::Corrections => Some("Corrections".into()),
            Route::Glossary => Some("Terms explained".into()),
            Route::Search => Some("Search".into()),
            Route::NotFound => Some("Page not found".into()),
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
            Route::Positions => "What Hamas, Israel, the United States and the mediators wanted on each issue \
                                 disputed at the Sharm El Sheikh talks, and what happened next."
                .into(),
            Route::Status => "For each of the plan's points, where it stands as of the newest fact in our sources, \
                               and how that changed, date by date."
                .into(),
            Route::Figures => {
                let titles: Vec<&str> = CHARTS.iter().map(|chart| chart.title).collect();
                format!("Charts of dated, attributed figures: {}.", titles.join("; "))
            }
            Route::Chart { slug } => takeaway(chart(slug)),
            Route::Timeline => "From the attack of 7 October 2023 to the plan, the talks and what followed, \
                                date by date."
                .into(),
            Route::People => "The delegates and officials named in our sources, by party.".into(),
            Route::Sources => "Every source this explainer cites, and what cites it.".into(),
            Route::About => "How this explainer was made: where the facts come from and how to report an error.".into(),
            Route::Corrections => "Every factual correction made to this explainer: what was wrong, what it \
                                   says now, and when it changed."
                .into(),
            Route::Glossary => "What the terms in this explainer mean, from the Board of Peace to the yellow line, \
                                each with its source."
                .into(),
            Route::Search => "Search the plan's points, the disputed issues, the parties' positions, the people, \
                              the timeline, the figures, the terms and the sources."
                .into(),
            Route::NotFound => "There is no page at this address.".into(),
        }
    }

    /// The document title for this view.
    pub fn title(self) -> String {
        match self.name() {
            Some(name) => format!("{name} | {}", EXPLAINER.title),
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

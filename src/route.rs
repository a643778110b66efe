//! Every view's URL. Editors link to these: keep them stable.

use yew_router::Routable;

use crate::model::{EXPLAINER, IssueSlug, PointNumber};

#[derive(Routable, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    #[at("/")]
    Overview,
    /// Only numbers of existing points parse, so `/points/21` and `/points/abc` are not found.
    #[at("/points/:number")]
    Point { number: PointNumber },
    #[at("/positions")]
    Positions,
    /// Only slugs of existing issues parse.
    #[at("/positions/:slug")]
    Issue { slug: IssueSlug },
    #[at("/timeline")]
    Timeline,
    #[at("/people")]
    People,
    #[at("/sources")]
    Sources,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The main sections, in the order of the site navigation.
    pub const SECTIONS: [(Route, &'static str); 6] = [
        (Route::Overview, "The plan"),
        (Route::Positions, "Positions"),
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
            Route::NotFound => None,
            other => Some(other),
        }
    }

    /// The view's own name, before the explainer's in the document title.
    fn name(self) -> Option<String> {
        match self {
            Route::Overview => None,
            Route::Point { number } => Some(
                number.point().map_or_else(|| format!("Point {number}"), |p| format!("Point {number}: {}", p.title)),
            ),
            Route::Issue { slug } => Some(slug.issue().map_or_else(|| slug.to_string(), |i| i.title.to_owned())),
            Route::Positions => Some("Who wants what".into()),
            Route::Timeline => Some("Timeline".into()),
            Route::People => Some("People".into()),
            Route::Sources => Some("Sources".into()),
            Route::About => Some("About this explainer".into()),
            Route::NotFound => Some("Page not found".into()),
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

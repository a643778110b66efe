//! Every view's URL. Editors link to these: keep them stable.

use yew_router::Routable;

use crate::model::{EXPLAINER, PointNumber, point};

#[derive(Routable, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    #[at("/")]
    Overview,
    /// Only numbers of existing points parse, so `/points/21` and `/points/abc` are not found.
    #[at("/points/:number")]
    Point { number: PointNumber },
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The document title for this view.
    pub fn title(self) -> String {
        match self {
            Route::Overview => EXPLAINER.title.to_owned(),
            Route::Point { number } => match point(number) {
                Some(p) => format!("Point {number}: {} | {}", p.title, EXPLAINER.title),
                None => format!("Point {number} | {}", EXPLAINER.title),
            },
            Route::NotFound => format!("Page not found | {}", EXPLAINER.title),
        }
    }
}

//! One component per route.

mod about;
pub(crate) mod corrections;
mod figures;
mod glossary;
mod issue;
mod not_found;
mod overview;
mod people;
mod point;
mod positions;
mod search;
mod sources;
mod status;
mod timeline;

pub use about::About;
pub use corrections::Corrections;
pub use figures::{ChartView, Figures};
pub use glossary::Glossary;
pub use issue::IssueView;
pub use not_found::NotFound;
pub use overview::Overview;
pub use people::People;
pub use point::PointView;
pub use positions::Positions;
pub use search::SearchView;
pub use sources::Sources;
pub use status::StatusView;
pub use timeline::Timeline;

use yew::prelude::*;

use crate::route::Route;

pub fn render(route: Route) -> Html {
    match route {
        Route::Overview => html! { <Overview /> },
        Route::Point { number } => html! { <PointView {number} /> },
        Route::Status => html! { <StatusView /> },
        Route::Positions => html! { <Positions /> },
        Route::Issue { slug } => html! { <IssueView {slug} /> },
        Route::Figures => html! { <Figures /> },
        Route::Chart { slug } => html! { <ChartView {slug} /> },
        Route::Timeline => html! { <Timeline /> },
        Route::People => html! { <People /> },
        Route::Sources => html! { <Sources /> },
        Route::Glossary => html! { <Glossary /> },
        Route::About => html! { <About /> },
        Route::Corrections => html! { <Corrections /> },
        Route::Search => html! { <SearchView /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

use yew::prelude::*;

use crate::components::{NavLink, StatusBadge, TopicTags};
use crate::model::{EXPLAINER, Point, status_on};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PointCardProps {
    pub point: &'static Point,
}

/// A point in the overview's list: its number and title, linking to its page, and where it
/// stands as of the newest fact.
#[component]
pub fn PointCard(props: &PointCardProps) -> Html {
    let point = props.point;
    let number = point.number;
    html! {
        <li class="point-card">
            <NavLink to={Route::Point { number }} classes="point-card__link">
                <span class="point-card__number" aria-hidden="true">{number.get()}</span>
                <span class="point-card__title">
                    <span class="visually-hidden">{format!("Point {number}: ")}</span>
                    {point.title}
                </span>
            </NavLink>
            <TopicTags topics={point.topics} />
            if let Some(now) = status_on(number, EXPLAINER.as_of) {
                <p class="point-card__status"><StatusBadge status={now.status} /></p>
            }
        </li>
    }
}

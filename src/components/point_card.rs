use yew::prelude::*;

use crate::components::{NavLink, StatusBadge, TopicTags, VISIBLE, partly_hidden};
use crate::model::{EXPLAINER, Point, parties_bound_by, status_on};
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
    let now = status_on(number, EXPLAINER.as_of);
    // What the filters' island reads to hide the card (hooks::show_points_filtered).
    let topics: Vec<&str> = point.topics.iter().map(|topic| topic.slug()).collect();
    let binds: Vec<&str> = parties_bound_by(point).iter().map(|party| party.id.as_str()).collect();
    html! {
        <li class="point-card" data-topics={topics.join(" ")} data-phase={point.phase.slug()}
            data-binds={binds.join(" ")} data-status={now.map(|now| now.status.slug())}>
            <NavLink to={Route::Point { number }} classes="point-card__link">
                <span class="point-card__number" aria-hidden="true">{number.get()}</span>
                <span class="point-card__title">
                    // Screen readers hear "Point 3: …"; the eye sees the title beside the big number.
                    { partly_hidden(
                        &crate::say!(c_point_card_title, number = number, title = VISIBLE),
                        html! { {point.title} },
                    ) }
                </span>
            </NavLink>
            <TopicTags topics={point.topics} />
            if let Some(now) = now {
                <p class="point-card__status"><StatusBadge status={now.status} /></p>
            }
        </li>
    }
}

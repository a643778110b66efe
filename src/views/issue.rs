use yew::prelude::*;

use crate::components::{Cite, DivergeBadge, NavLink, OutcomeList, StanceSummary, ViewHeading};
use crate::model::{IssueSlug, issue, point, positions_on};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct IssueViewProps {
    pub slug: IssueSlug,
}

/// `/positions/<slug>`: one issue in depth.
#[component]
pub fn IssueView(props: &IssueViewProps) -> Html {
    let issue = issue(props.slug);
    html! {
        <article class="issue">
            <header class="view-header">
                <p class="kicker"><NavLink to={Route::Positions}>{"Who wants what"}</NavLink></p>
                <ViewHeading>{issue.title}</ViewHeading>
                <p class="standfirst">{issue.question}</p>
                <DivergeBadge {issue} />
            </header>
            <p>{issue.summary}</p>
            <Cite ids={issue.sources} />

            <section aria-labelledby="stances-heading">
                <h2 id="stances-heading">{"Where each party stood"}</h2>
                <ul class="stances">
                    { for positions_on(issue).map(|(party, position)| html! {
                        <li class="stance">
                            <h3 class="stance__party">{party.name}</h3>
                            <StanceSummary {issue} {position} full=true />
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="points-heading">
                <h2 id="points-heading">{"What the plan says"}</h2>
                <ul class="issue__points">
                    { for issue.points.iter().map(|&number| html! {
                        <li>
                            <NavLink to={Route::Point { number }}>
                                {format!("Point {number}: ")}{point(number).title}
                            </NavLink>
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="outcome-heading">
                <h2 id="outcome-heading">{"What happened next"}</h2>
                <OutcomeList outcomes={issue.outcomes} />
            </section>
        </article>
    }
}

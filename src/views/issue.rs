use yew::prelude::*;

use crate::components::{Cite, DivergeBadge, NavLink, OutcomeList, StanceSummary, ViewHeading};
use crate::model::{IssueSlug, issue, point, positions_on};
use crate::route::Route;
use crate::words::WORDS;

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
                <p class="kicker"><NavLink to={Route::Positions}>{WORDS.route_name_positions}</NavLink></p>
                <ViewHeading>{issue.title}</ViewHeading>
                <p class="standfirst">{issue.question}</p>
                <DivergeBadge {issue} />
            </header>
            <p>{issue.summary}</p>
            <Cite ids={issue.sources} quoting={vec![issue.question, issue.summary]} />

            <section aria-labelledby="stances-heading">
                <h2 id="stances-heading">{WORDS.view_issue_stances}</h2>
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
                <h2 id="points-heading">{WORDS.view_issue_points}</h2>
                <ul class="issue__points">
                    { for issue.points.iter().map(|&number| html! {
                        <li>
                            <NavLink to={Route::Point { number }}>
                                {crate::say!(route_name_point, number = number, title = point(number).title)}
                            </NavLink>
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="outcome-heading">
                <h2 id="outcome-heading">{WORDS.view_issue_outcomes}</h2>
                <OutcomeList outcomes={issue.outcomes} />
            </section>
        </article>
    }
}

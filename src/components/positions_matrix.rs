use yew::prelude::*;

use crate::components::{DivergeBadge, NavLink, StanceSummary};
use crate::model::{ISSUES, PARTIES, position};
use crate::route::Route;

/// Issues × parties: a table on wide screens, a card per issue on phones (CSS picks one;
/// the other is `display: none` and so hidden from screen readers too).
#[component]
pub fn PositionsMatrix() -> Html {
    let issue_link = |issue: &'static crate::model::Issue| {
        html! { <NavLink to={Route::Issue { slug: issue.slug }}>{issue.title}</NavLink> }
    };
    html! {
        <div class="matrix">
            <table class="matrix__table">
                <caption class="visually-hidden">{"Each party's position on each disputed issue"}</caption>
                <thead>
                    <tr>
                        <th scope="col">{"Issue"}</th>
                        { for PARTIES.iter().map(|party| html! { <th scope="col">{party.name}</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for ISSUES.iter().map(|issue| html! {
                        <tr>
                            <th scope="row" class="matrix__issue">
                                { issue_link(issue) }
                                <DivergeBadge {issue} />
                            </th>
                            { for PARTIES.iter().map(|party| html! {
                                <td class="matrix__cell" data-party={party.id.as_str()}>
                                    <StanceSummary {issue} position={position(issue.slug, party.id)} />
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <div class="matrix__cards">
                { for ISSUES.iter().map(|issue| html! {
                    <section class="matrix-card" aria-label={issue.title}>
                        <h2 class="matrix-card__title">{ issue_link(issue) }</h2>
                        <DivergeBadge {issue} />
                        <dl class="matrix-card__parties">
                            { for PARTIES.iter().map(|party| html! {
                                <div class="matrix-card__party">
                                    <dt>{party.name}</dt>
                                    <dd><StanceSummary {issue} position={position(issue.slug, party.id)} /></dd>
                                </div>
                            }) }
                        </dl>
                    </section>
                }) }
            </div>
        </div>
    }
}

use yew::prelude::*;

use crate::components::{DivergeBadge, NavLink, StanceSummary};
use crate::model::{ISSUES, Issue, PARTIES, Party, party_camps, position};
use crate::route::Route;
use crate::words::WORDS;

/// Issues × parties: a table on wide screens, a card per issue on phones (CSS picks one;
/// the other is `display: none` and so hidden from screen readers too). Each cell says its party
/// and camp, which the comparison reads on the site's page (hooks::show_positions_filtered).
/// Rendered with every party and issue; the comparison's island hides what the reader leaves out.
#[component]
pub fn PositionsMatrix() -> Html {
    let issue_link = |issue: &'static Issue| {
        html! { <NavLink to={Route::Issue { slug: issue.slug }}>{issue.title}</NavLink> }
    };
    html! {
        <div class="matrix">
            <table class="matrix__table">
                <caption class="visually-hidden">{WORDS.c_positions_matrix_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{WORDS.c_positions_matrix_issue}</th>
                        { for PARTIES.iter().map(|party| html! {
                            <th scope="col" data-party={party.id.as_str()}>{party.name}</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for ISSUES.iter().map(|issue| html! {
                        <tr data-issue={issue.slug.as_str()}>
                            <th scope="row" class="matrix__issue">
                                { issue_link(issue) }
                                <DivergeBadge {issue} />
                            </th>
                            { for PARTIES.iter().map(|party| html! {
                                <td class="matrix__cell" data-party={party.id.as_str()} data-camp={camp_of(issue, party)}>
                                    <StanceSummary {issue} position={position(issue.slug, party.id)} />
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <div class="matrix__cards">
                { for ISSUES.iter().map(|issue| html! {
                    <section class="matrix-card" aria-label={issue.title} data-issue={issue.slug.as_str()}>
                        <h2 class="matrix-card__title">{ issue_link(issue) }</h2>
                        <DivergeBadge {issue} />
                        <dl class="matrix-card__parties">
                            { for PARTIES.iter().map(|party| html! {
                                <div class="matrix-card__party" data-party={party.id.as_str()}
                                    data-camp={camp_of(issue, party)}>
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

/// The index of the party's camp on the issue, as the cell's `data-camp`.
fn camp_of(issue: &Issue, party: &Party) -> Option<String> {
    let camps = party_camps(issue);
    let camp = camps.iter().find(|(id, _)| *id == party.id.as_str()).and_then(|(_, camp)| *camp);
    camp.map(|index| index.to_string())
}

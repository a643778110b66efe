use yew::prelude::*;

use yew_router::hooks::use_location;

use crate::components::{
    CampMark, CompareChoices, FigureList, PositionsFilters, PositionsMatrix, SourceList, ViewHeading, issues_shown,
};
use crate::filter::positions::PositionsFilter;
use crate::hooks;
use crate::model::{FIGURES, ISSUES, PARTIES, positions_reported, sources_of_positions};

/// `/positions`: every disputed issue against every party, and a choice of which parties to
/// compare and whether to keep only the issues they disagree on (`?parties=hamas,israel&
/// disagree=yes`). The site prerenders everything; its script applies the choice to the page
/// (src/hooks/positions.rs), while the whole app re-renders this view.
#[component]
pub fn Positions() -> Html {
    let asked = use_location().map(|location| PositionsFilter::from_query(location.query_str())).unwrap_or_default();
    let filter = use_state(|| asked);
    let on_change = {
        let filter = filter.clone();
        Callback::from(move |chosen: PositionsFilter| {
            hooks::show_positions_filter_in_address(&chosen);
            filter.set(chosen);
        })
    };
    let choices = CompareChoices {
        parties: PARTIES.iter().map(|party| (party.id.to_string(), party.name.to_owned())).collect(),
        issues: ISSUES.len(),
    };
    let shown = issues_shown(&filter);
    html! {
        <article class="positions">
            <header class="view-header">
                <ViewHeading>{"Who wants what"}</ViewHeading>
                <p class="standfirst">
                    {"The issues in dispute when talks on the plan opened in Sharm El Sheikh on 6 October 2025, \
                      and where each party stood. Select an issue for the detail and what happened next."}
                </p>
                if let Some((from, to)) = positions_reported() {
                    <p class="as-of">
                        {"Positions as reported from "}
                        <time datetime={from.iso().to_string()}>{from.to_string()}</time>{" to "}
                        <time datetime={to.iso().to_string()}>{to.to_string()}</time>
                    </p>
                }
            </header>
            <section class="matrix-legend" aria-label="How to read the table">
                <p>
                    <CampMark index={0} />{" "}<CampMark index={1} />
                    {" On each issue, parties with the same letter stated compatible positions; different letters mark where they diverge."}
                </p>
                <p>{"“No public position in our sources” means exactly that: we do not infer one."}</p>
            </section>
            <div class="positions__filters">
                <PositionsFilters filter={(*filter).clone()} {choices} {shown} {on_change} />
            </div>
            <PositionsMatrix filter={(*filter).clone()} />
            <section class="key-figures" aria-labelledby="figures-heading">
                <h2 id="figures-heading">{"Key figures"}</h2>
                <FigureList figures={FIGURES} />
            </section>
            <SourceList ids={sources_of_positions()} />
        </article>
    }
}

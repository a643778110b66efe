use yew::prelude::*;

use crate::components::{
    CampMark, CompareChoices, FigureList, PositionsFilters, PositionsMatrix, SourceList, ViewHeading,
};
use crate::model::{FIGURES, ISSUES, PARTIES, positions_reported, sources_of_positions};

/// `/positions`: every disputed issue against every party, and a choice of which parties to
/// compare and whether to keep only the issues they disagree on (`?parties=hamas,israel&
/// disagree=yes`). Rendered with everything; the comparison's island applies the address's
/// choice and the reader's to the page, with the DOM (src/hooks/positions.rs), on the site and in
/// the whole app alike.
#[component]
pub fn Positions() -> Html {
    let choices = CompareChoices {
        parties: PARTIES.iter().map(|party| (party.id.to_string(), party.name.to_owned())).collect(),
        issues: ISSUES.len(),
    };
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
                <PositionsFilters {choices} />
            </div>
            <PositionsMatrix />
            <section class="key-figures" aria-labelledby="figures-heading">
                <h2 id="figures-heading">{"Key figures"}</h2>
                <FigureList figures={FIGURES} />
            </section>
            <SourceList ids={sources_of_positions()} />
        </article>
    }
}

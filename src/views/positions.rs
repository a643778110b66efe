use yew::prelude::*;
use yew_router::Routable;

use crate::components::{
    CampMark, Cite, CompareChoices, FigureList, PositionsFilters, PositionsMatrix, SourceList, ViewHeading, time,
};
use crate::model::{FIGURES, ISSUES, PARTIES, intro, positions_reported, sources_of_positions};
use crate::route::Route;
use crate::say_html;
use crate::words::WORDS;

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
    // When and where the disputes were: a sentence of fact, with its sources (data/meta.toml).
    let talks = intro(&Route::Positions.to_path());
    html! {
        <article class="positions">
            <header class="view-header">
                <ViewHeading>{WORDS.route_name_positions}</ViewHeading>
                <p class="standfirst">
                    if let Some(talks) = talks {
                        {talks.text}{" "}
                    }
                    {WORDS.view_positions_select}
                </p>
                if let Some(talks) = talks {
                    <Cite ids={talks.sources} quoting={vec![talks.text]} />
                }
                if let Some((from, to)) = positions_reported() {
                    <p class="as-of">{say_html!(view_positions_reported, from = time(from), to = time(to))}</p>
                }
            </header>
            <section class="matrix-legend" aria-label={WORDS.view_positions_legend_label}>
                <p>
                    {say_html!(
                        view_positions_legend,
                        first = html! { <CampMark index={0} /> },
                        second = html! { <CampMark index={1} /> },
                    )}
                </p>
                <p>{WORDS.view_positions_unstated}</p>
            </section>
            <div class="positions__filters">
                <PositionsFilters {choices} />
            </div>
            <PositionsMatrix />
            <section class="key-figures" aria-labelledby="figures-heading">
                <h2 id="figures-heading">{WORDS.view_positions_figures}</h2>
                <FigureList figures={FIGURES} />
            </section>
            <SourceList ids={sources_of_positions()} />
        </article>
    }
}

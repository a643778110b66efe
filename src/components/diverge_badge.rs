use yew::prelude::*;

use crate::filter::positions::PositionsFilter;
use crate::model::{Issue, PARTIES, party_camps};

#[derive(Properties, PartialEq)]
pub struct DivergeBadgeProps {
    pub issue: &'static Issue,
}

/// Says whether the parties shown that stated a position on the issue disagree, and says so
/// plainly where fewer than two did: one party's stance is not agreement. On the site's
/// /positions the comparison's script rewrites it (hooks::show_positions_filtered).
#[component]
pub fn DivergeBadge(props: &DivergeBadgeProps) -> Html {
    let name = |id: &str| PARTIES.iter().find(|p| p.id.as_str() == id).map_or(id, |p| p.name).to_owned();
    // Every party, as rendered; the comparison's island rewrites it for the parties it shows.
    let every_party = PositionsFilter::default();
    let agreement = every_party.agreement(&party_camps(props.issue));
    let (modifier, words) = agreement.badge(name, true, &crate::words::agreement_phrasebook());
    html! { <span class={format!("badge badge--{modifier}")}>{words}</span> }
}

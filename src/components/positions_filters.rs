use yew::prelude::*;

use crate::components::{Counted, LiveCount, LiveCountProps};
use crate::island;
use crate::words::WORDS;

#[derive(Properties, PartialEq, Clone)]
pub struct PositionsFiltersProps {
    pub choices: CompareChoices,
}

/// The parties the table can show, `(id, name)` in its order, and how many issues it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareChoices {
    pub parties: Vec<(String, String)>,
    pub issues: usize,
}

/// Which parties the positions table compares, and whether it keeps only the issues on which
/// they disagree: native checkboxes, rendered with every party and issue shown, disabled, in the
/// same place as when they work, so the page never shifts; without JavaScript every party and
/// issue shows. The count line's island makes them work, on the site and in the whole app alike
/// ([`crate::components::start_live_count`]).
#[component]
pub fn PositionsFilters(props: &PositionsFiltersProps) -> Html {
    let choices = &props.choices;
    let count = LiveCountProps { counted: Counted::Issues, total: choices.issues, words: Counted::Issues.phrasebook() };
    html! {
        <form class="positions-filters" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
            <fieldset>
                <legend>{WORDS.c_positions_filters_legend}</legend>
                { for choices.parties.iter().map(|(id, name)| html! {
                    <label class="positions-filters__party">
                        <input type="checkbox" name="party" value={id.clone()} checked=true disabled=true />
                        {name.clone()}
                    </label>
                }) }
            </fieldset>
            <label class="positions-filters__disagree">
                <input type="checkbox" name="disagree" disabled=true />
                {WORDS.c_positions_filters_disagree}
            </label>
            { island::mount::<LiveCount>("positions-filters__status", &count, html! { <LiveCount ..count.clone() /> }) }
        </form>
    }
}

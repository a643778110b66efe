use yew::prelude::*;

use crate::components::{Counted, LiveCount, LiveCountProps};
use crate::filter::positions::{PositionsFilter, count_sentence};
use crate::hooks::{self, ISSUE_COUNT_ID};
use crate::island;

#[derive(Properties, PartialEq, Clone)]
pub struct PositionsFiltersProps {
    pub filter: PositionsFilter,
    pub choices: CompareChoices,
    /// How many issues the filter keeps.
    pub shown: usize,
    /// Called with the filter the reader sets.
    #[prop_or_default]
    pub on_change: Callback<PositionsFilter>,
}

/// The parties the table can show, `(id, name)` in its order, and how many issues it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareChoices {
    pub parties: Vec<(String, String)>,
    pub issues: usize,
}

/// Which parties the positions table compares, and whether it keeps only the issues on which
/// they disagree: native checkboxes, disabled until the app runs, in the same place, so the page
/// never shifts; without JavaScript every party and issue shows.
#[component]
pub fn PositionsFilters(props: &PositionsFiltersProps) -> Html {
    let PositionsFiltersProps { filter, choices, shown, on_change } = props.clone();
    let mounted = hooks::use_mounted();
    let ids: Vec<String> = choices.parties.iter().map(|(id, _)| id.clone()).collect();
    let party_change = |party: String| {
        let (filter, on_change, ids) = (filter.clone(), on_change.clone(), ids.clone());
        Callback::from(move |event: Event| {
            if let Some(shown) = hooks::checkbox_checked(&event) {
                on_change.emit(filter.with_party(&party, shown, &ids));
            }
        })
    };
    let disagree_change = {
        let (filter, on_change) = (filter.clone(), on_change.clone());
        Callback::from(move |event: Event| {
            if let Some(disagree) = hooks::checkbox_checked(&event) {
                on_change.emit(PositionsFilter { disagree, ..filter.clone() });
            }
        })
    };
    html! {
        <form class="positions-filters" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
            <fieldset>
                <legend>{"Compare"}</legend>
                { for choices.parties.iter().map(|(id, name)| html! {
                    <label class="positions-filters__party">
                        <input type="checkbox" name="party" value={id.clone()} checked={filter.shows_party(id)}
                            disabled={!mounted} onchange={party_change(id.clone())} />
                        {name.clone()}
                    </label>
                }) }
            </fieldset>
            <label class="positions-filters__disagree">
                <input type="checkbox" name="disagree" checked={filter.disagree} disabled={!mounted}
                    onchange={disagree_change} />
                {"Only the issues where the stated positions of the parties shown fall in different camps"}
            </label>
            { island::mount::<LiveCount>("positions-filters__status", &LiveCountProps { counted: Counted::Issues, total: choices.issues }, html! {
                <p id={ISSUE_COUNT_ID} class="positions-filters__count" role="status">{count_sentence(shown, choices.issues)}</p>
            }) }
        </form>
    }
}

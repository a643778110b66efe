use yew::prelude::*;

use crate::components::{Counted, LiveCount, LiveCountProps};
use crate::filter::{KEYS, PointFilter, count_sentence};
use crate::hooks::{self, POINT_COUNT_ID};
use crate::island;
use crate::model::{Phase, Status, Topic};

#[derive(Properties, PartialEq, Clone)]
pub struct PointFiltersProps {
    pub filter: PointFilter,
    pub choices: FilterChoices,
    /// How many points the filter shows.
    pub shown: usize,
    /// Called with the filter the reader sets.
    #[prop_or_default]
    pub on_change: Callback<PointFilter>,
}

/// What the filters offer that the vocabularies do not fix: the parties the plan assigns tasks, the
/// statuses some point has now, and how many points there are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterChoices {
    /// `(id, name)`, in data/parties.toml's order.
    pub parties: Vec<(String, String)>,
    pub statuses: Vec<Status>,
    pub total: usize,
}

/// The overview's filters: a native select for each of topic, phase, whom the plan assigns it and its
/// status, and how many points they leave. Disabled until the app runs, in the same place, so
/// the page never shifts; without JavaScript every point shows.
#[component]
pub fn PointFilters(props: &PointFiltersProps) -> Html {
    let PointFiltersProps { filter, choices, shown, on_change } = props.clone();
    let mounted = hooks::use_mounted();
    let onchange = {
        let (filter, on_change) = (filter.clone(), on_change.clone());
        Callback::from(move |event: Event| {
            if let Some((key, value)) = hooks::select_value(&event) {
                on_change.emit(filter.with(&key, &value));
            }
        })
    };
    let reset = Callback::from(move |_: MouseEvent| on_change.emit(PointFilter::default()));
    let [topic, phase, binds, status] = filter.values();
    let options = |all: &'static str, chosen: Option<&str>, each: Vec<(String, String)>| {
        html! {
            <>
                <option value="" selected={chosen.is_none()}>{all}</option>
                { for each.into_iter().map(|(value, label)| {
                    let selected = chosen == Some(value.as_str());
                    html! { <option {value} {selected}>{label}</option> }
                }) }
            </>
        }
    };
    let owned = |pairs: &mut dyn Iterator<Item = (&'static str, &'static str)>| {
        pairs.map(|(slug, label)| (slug.to_owned(), label.to_owned())).collect::<Vec<_>>()
    };
    let fields = [
        ("Topic", options("All topics", topic, owned(&mut Topic::ALL.iter().map(|t| (t.slug(), t.label()))))),
        ("Phase", options("All phases", phase, owned(&mut Phase::ALL.iter().map(|p| (p.slug(), p.label()))))),
        ("Plan assigns to", options("Any party", binds, choices.parties.clone())),
        (
            "Status now",
            options("Any status", status, owned(&mut choices.statuses.iter().map(|s| (s.slug(), s.label())))),
        ),
    ];
    html! {
        <form class="point-filters" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
            <fieldset>
                <legend>{"Filter the points"}</legend>
                { for KEYS.into_iter().zip(fields).map(|(key, (label, options))| html! {
                    // Labelled by `for`, not by wrapping: a wrapping label names the select with every option.
                    <div class="point-filters__field">
                        <label class="point-filters__label" for={format!("filter-{key}")}>{label}</label>
                        <select id={format!("filter-{key}")} name={key} disabled={!mounted} onchange={onchange.clone()}>
                            {options}
                        </select>
                    </div>
                }) }
            </fieldset>
            { island::mount::<LiveCount>("point-filters__status", &LiveCountProps { counted: Counted::Points, total: choices.total }, html! {
                <p id={POINT_COUNT_ID} class="point-filters__count" role="status">{count_sentence(shown, choices.total)}</p>
            }) }
            <button type="button" class="button button--quiet point-filters__reset" hidden={filter.is_all()} onclick={reset}>
                {"Show all points"}
            </button>
        </form>
    }
}

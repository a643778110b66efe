use yew::prelude::*;

use crate::filter::{KEYS, PointFilter, count_sentence};
use crate::hooks::{self, POINT_COUNT_ID};
use crate::island::Island;
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
                    <label class="point-filters__field">
                        <span class="point-filters__label">{label}</span>
                        <select name={key} disabled={!mounted} onchange={onchange.clone()}>{options}</select>
                    </label>
                }) }
            </fieldset>
            <p id={POINT_COUNT_ID} class="point-filters__count" role="status">{count_sentence(shown, choices.total)}</p>
            <button type="button" class="button button--quiet point-filters__reset" hidden={filter.is_all()} onclick={reset}>
                {"Show all points"}
            </button>
        </form>
    }
}

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct PointFiltersIslandProps {
    pub choices: FilterChoices,
}

impl Island for PointFiltersIsland {
    const NAME: &'static str = "point-filters";

    fn attributes(props: &PointFiltersIslandProps) -> Vec<(&'static str, String)> {
        let FilterChoices { parties, statuses, total } = &props.choices;
        let parties: Vec<String> = parties.iter().map(|(id, name)| format!("{id}={name}")).collect();
        let statuses: Vec<&str> = statuses.iter().map(|status| status.slug()).collect();
        vec![
            ("data-parties", parties.join("|")),
            ("data-statuses", statuses.join(" ")),
            ("data-total", total.to_string()),
        ]
    }

    /// `None` unless every party is `id=name` and every status one the tracker knows.
    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<PointFiltersIslandProps> {
        let parties = attribute("data-parties")?;
        let parties: Option<Vec<(String, String)>> = parties
            .split('|')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split_once('=').map(|(id, name)| (id.to_owned(), name.to_owned())))
            .collect();
        let statuses: Option<Vec<Status>> =
            attribute("data-statuses")?.split(' ').filter(|s| !s.is_empty()).map(Status::from_slug).collect();
        let total = attribute("data-total")?.parse().ok()?;
        Some(PointFiltersIslandProps { choices: FilterChoices { parties: parties?, statuses: statuses?, total } })
    }
}

/// The filters as an island on the site's prerendered overview: it hydrates showing every
/// point, then applies the filter in the address, and each one the reader sets, to the cards the
/// page holds (no content in this wasm).
#[component]
pub fn PointFiltersIsland(props: &PointFiltersIslandProps) -> Html {
    let total = props.choices.total;
    let state = use_state(|| (PointFilter::default(), total));
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let asked = hooks::asked_point_filter();
            if !asked.is_all() {
                let shown = hooks::show_points_filtered(&asked);
                state.set((asked, shown));
            }
        });
    }
    let on_change = {
        let state = state.clone();
        Callback::from(move |filter: PointFilter| {
            let shown = hooks::show_points_filtered(&filter);
            hooks::show_point_filter_in_address(&filter);
            state.set((filter, shown));
        })
    };
    let (filter, shown) = (*state).clone();
    html! { <PointFilters {filter} choices={props.choices.clone()} {shown} {on_change} /> }
}

use yew::prelude::*;

use crate::components::{Counted, LiveCount, LiveCountProps};
use crate::filter::KEYS;
use crate::island;
use crate::model::{Phase, Status, Topic};
use crate::words::{self, WORDS};

#[derive(Properties, PartialEq, Clone)]
pub struct PointFiltersProps {
    pub choices: FilterChoices,
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
/// status, and how many points they leave. Rendered showing every point, disabled, in the same
/// place as when they work, so the page never shifts; without JavaScript every point shows. The
/// count line's island makes them work, on the site and in the whole app alike
/// ([`crate::components::start_live_count`]).
#[component]
pub fn PointFilters(props: &PointFiltersProps) -> Html {
    let choices = &props.choices;
    // Rendered on "all"; the island selects what the address asks for.
    let options = |all: &'static str, each: Vec<(String, String)>| {
        html! {
            <>
                <option value="" selected=true>{all}</option>
                { for each.into_iter().map(|(value, label)| html! { <option {value}>{label}</option> }) }
            </>
        }
    };
    let owned = |pairs: &mut dyn Iterator<Item = (&'static str, &'static str)>| {
        pairs.map(|(slug, label)| (slug.to_owned(), label.to_owned())).collect::<Vec<_>>()
    };
    let fields = [
        (
            WORDS.c_point_filters_topic,
            options(
                WORDS.c_point_filters_all_topics,
                owned(&mut Topic::ALL.iter().map(|t| (t.slug(), words::topic(*t)))),
            ),
        ),
        (
            WORDS.c_point_filters_phase,
            options(
                WORDS.c_point_filters_all_phases,
                owned(&mut Phase::ALL.iter().map(|p| (p.slug(), words::phase(*p)))),
            ),
        ),
        (WORDS.c_point_filters_assigns_to, options(WORDS.c_point_filters_any_party, choices.parties.clone())),
        (
            WORDS.c_point_filters_status,
            options(
                WORDS.c_point_filters_any_status,
                owned(&mut choices.statuses.iter().map(|s| (s.slug(), words::status(*s)))),
            ),
        ),
    ];
    let count = LiveCountProps { counted: Counted::Points, total: choices.total, words: Counted::Points.phrasebook() };
    html! {
        <form class="point-filters" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
            <fieldset>
                <legend>{WORDS.c_point_filters_legend}</legend>
                { for KEYS.into_iter().zip(fields).map(|(key, (label, options))| html! {
                    // Labelled by `for`, not by wrapping: a wrapping label names the select with every option.
                    <div class="point-filters__field">
                        <label class="point-filters__label" for={format!("filter-{key}")}>{label}</label>
                        <select id={format!("filter-{key}")} name={key} disabled=true>
                            {options}
                        </select>
                    </div>
                }) }
            </fieldset>
            { island::mount::<LiveCount>("point-filters__status", &count, html! { <LiveCount ..count.clone() /> }) }
            <button type="button" class="button button--quiet point-filters__reset" hidden=true>
                {WORDS.c_point_filters_show_all}
            </button>
        </form>
    }
}

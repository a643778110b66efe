use yew::prelude::*;

use crate::hooks;
use crate::island::Island;
use crate::model::Date;

/// The id of the date control, for its label and output.
pub const STATUS_DATE_ID: &str = "status-date";

#[derive(Properties, PartialEq, Clone)]
pub struct StatusDateProps {
    /// Every date on which a point's status changed, oldest first.
    pub dates: Vec<Date>,
    /// The date shown.
    pub on: Date,
    /// Called with the date the reader moves to.
    #[prop_or_default]
    pub on_change: Callback<Date>,
}

/// Moves the tracker through the dates on which any status changed: a native, labelled range
/// input, so arrow keys step it and a screen reader hears the date (`aria-valuetext`). It is
/// disabled until the app runs, in the same place, so the page never shifts when it starts.
#[component]
pub fn StatusDate(props: &StatusDateProps) -> Html {
    let StatusDateProps { dates, on, on_change } = props.clone();
    let mounted = hooks::use_mounted();
    let index = dates.iter().rposition(|date| *date <= on).unwrap_or(0);
    let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
        return html! {};
    };
    let oninput = {
        let dates = dates.clone();
        Callback::from(move |event: InputEvent| {
            let step = hooks::input_value(&event).and_then(|value| value.parse::<usize>().ok());
            if let Some(date) = step.and_then(|i| dates.get(i)).copied() {
                on_change.emit(date);
            }
        })
    };
    html! {
        <div class="status-date">
            <label for={STATUS_DATE_ID} class="status-date__label">{"Show where each point stood on"}</label>
            <output for={STATUS_DATE_ID} class="status-date__value">
                <time datetime={on.iso().to_string()}>{on.to_string()}</time>
            </output>
            <input id={STATUS_DATE_ID} type="range" min="0" max={(dates.len() - 1).to_string()} step="1"
                value={index.to_string()} aria-valuetext={on.to_string()} disabled={!mounted} {oninput} />
            <p class="status-date__ends" aria-hidden="true">
                <span>{first.to_string()}</span><span>{last.to_string()}</span>
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct StatusDateIslandProps {
    /// Every date on which a point's status changed, oldest first.
    pub dates: Vec<Date>,
    /// The date the page was prerendered for.
    pub on: Date,
}

impl Island for StatusDateIsland {
    const NAME: &'static str = "status-date";

    fn attributes(props: &StatusDateIslandProps) -> Vec<(&'static str, String)> {
        let dates: Vec<String> = props.dates.iter().map(|date| date.iso().to_string()).collect();
        vec![("data-dates", dates.join(" ")), ("data-on", props.on.iso().to_string())]
    }

    /// `None` unless every date is a real one, oldest first.
    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<StatusDateIslandProps> {
        let dates: Option<Vec<Date>> = attribute("data-dates")?.split(' ').map(Date::parse_iso).collect();
        let dates = dates.filter(|dates| !dates.is_empty() && dates.is_sorted())?;
        let on = Date::parse_iso(&attribute("data-on")?)?;
        Some(StatusDateIslandProps { dates, on })
    }
}

/// The date control as an island on the site's prerendered /status: it hydrates on the date the
/// page shows, then moves the page to the date in the address, and to each date the reader
/// picks, from the histories the page holds (no content in this wasm).
#[component]
pub fn StatusDateIsland(props: &StatusDateIslandProps) -> Html {
    let on = use_state(|| props.on);
    {
        let (on, dates) = (on.clone(), props.dates.clone());
        use_effect_with((), move |()| {
            let (first, last) = (dates.first().copied(), dates.last().copied());
            if let (Some(asked), Some(first), Some(last)) = (hooks::asked_status_date(), first, last) {
                let asked = asked.clamp(first, last);
                if asked != *on {
                    hooks::show_statuses_on(asked);
                    on.set(asked);
                }
            }
        });
    }
    let on_change = {
        let on = on.clone();
        Callback::from(move |date: Date| {
            hooks::show_statuses_on(date);
            hooks::show_status_date_in_address(date);
            on.set(date);
        })
    };
    html! { <StatusDate dates={props.dates.clone()} on={*on} {on_change} /> }
}

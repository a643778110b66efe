use yew::prelude::*;

use gaza_plan_content::words::Phrasebook;

use crate::island::Load;
use crate::model::Date;
use crate::words::{WORDS, date};

/// The id of the date control, for its label and output.
pub const STATUS_DATE_ID: &str = "status-date";

#[derive(Properties, PartialEq, Clone)]
pub struct StatusDateProps {
    /// Every date on which a point's status changed, oldest first.
    pub dates: Vec<Date>,
    /// The date shown.
    pub on: Date,
}

/// Moves the tracker through the dates on which any status changed: a native, labelled range
/// input, so arrow keys step it and a screen reader hears the date (`aria-valuetext`). Rendered
/// disabled, in the place where it works, so the page never shifts when its island enables it.
#[component]
pub fn StatusDate(props: &StatusDateProps) -> Html {
    let StatusDateProps { dates, on } = props.clone();
    let index = dates.iter().rposition(|date| *date <= on).unwrap_or(0);
    let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
        return html! {};
    };
    html! {
        <div class="status-date">
            <label for={STATUS_DATE_ID} class="status-date__label">{WORDS.status_date_label}</label>
            <output for={STATUS_DATE_ID} class="status-date__value">
                <time datetime={on.iso().to_string()}>{date(on)}</time>
            </output>
            <input id={STATUS_DATE_ID} type="range" min="0" max={(dates.len() - 1).to_string()} step="1"
                value={index.to_string()} aria-valuetext={date(on)} disabled=true />
            <p class="status-date__ends" aria-hidden="true">
                <span>{date(first)}</span><span>{date(last)}</span>
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
    /// The count line's words and the dates' (`words::status_count_phrasebook`).
    pub words: Phrasebook,
}

// Every date a real one, oldest first.
crate::island::island! {
    StatusDateIsland: "status-date", load: |_| Load::Page,
    StatusDateIslandProps { dates: "data-dates", on: "data-on", words: "data-words" },
    valid: |props| !props.dates.is_empty() && props.dates.is_sorted()
}

/// The date control as an island of /status: rendered as the page first shows it (disabled, on
/// the date the page was rendered for), and brought to life with the DOM alone
/// (`hooks::wire_status_date`, from the histories the page holds): by the island's own code on
/// the site (no content and no Yew in it), by this component's effect in the whole app.
#[component]
pub fn StatusDateIsland(props: &StatusDateIslandProps) -> Html {
    use_effect_with((), |()| {
        #[cfg(target_arch = "wasm32")]
        crate::islands::wire::<StatusDateIsland>(|mount, props| {
            crate::hooks::wire_status_date(mount, props.dates, props.on, props.words)
        });
    });
    html! { <StatusDate dates={props.dates.clone()} on={props.on} /> }
}

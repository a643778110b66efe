use yew::prelude::*;

use crate::components::{Cite, Glossed, StatusBadge, time};
use crate::model::{Date, StatusEntry};

#[derive(Properties, PartialEq)]
pub struct StatusEntryBodyProps {
    pub entry: &'static StatusEntry,
}

/// One dated status: the date, the status, why, and the sources. The same markup stands in the
/// history and as the card's current status, so the tracker's script can copy one to the other.
#[component]
pub fn StatusEntryBody(props: &StatusEntryBodyProps) -> Html {
    let entry = props.entry;
    html! {
        <>
            <p class="status-entry__head">
                <StatusBadge status={entry.status} />{" "}
                { time(entry.date) }
            </p>
            <p class="status-entry__why"><Glossed text={entry.why} /></p>
            <Cite ids={entry.sources} quoting={vec![entry.why]} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusHistoryProps {
    /// Oldest first, as in the data; shown newest first.
    pub entries: &'static [StatusEntry],
    /// The day the sources were last searched, where that is after the newest entry.
    #[prop_or_default]
    pub checked: Option<Date>,
}

/// A point's status over time, newest first. The tracker's script reads each entry's date and
/// status back from `data-date` and `data-status`.
#[component]
pub fn StatusHistory(props: &StatusHistoryProps) -> Html {
    html! {
        <>
        if let Some(date) = props.checked {
            <SourcesChecked {date} />
        }
        <ol class="status-history">
            { for props.entries.iter().rev().map(|entry| html! {
                <li class="status-history__entry" data-date={entry.date.iso().to_string()} data-status={entry.status.slug()}>
                    <StatusEntryBody {entry} />
                </li>
            }) }
        </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesCheckedProps {
    pub date: Date,
}

/// The day the sources were last searched with nothing new found: a re-check moves this line,
/// never the status.
#[component]
pub fn SourcesChecked(props: &SourcesCheckedProps) -> Html {
    html! {
        <p class="status-checked">
            { crate::say_html!(c_status_history_checked, date = time(props.date)) }
        </p>
    }
}

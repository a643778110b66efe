use yew::prelude::*;

use crate::model::Status;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: Status,
}

/// Where a point stands, in words (colour only repeats them).
#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let status = props.status;
    html! {
        <span class={classes!("status", format!("status--{}", status.slug()))} data-status={status.slug()}>
            {crate::words::status(status)}
        </span>
    }
}

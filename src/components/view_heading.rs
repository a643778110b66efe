use yew::prelude::*;

use crate::hooks::VIEW_HEADING_ID;

#[derive(Properties, PartialEq)]
pub struct ViewHeadingProps {
    pub children: Html,
}

/// Each view's one `<h1>`. Focus moves here after an in-app navigation (`hooks.rs`), so it
/// carries the id the hook looks for and can take focus without being in the tab order.
#[component]
pub fn ViewHeading(props: &ViewHeadingProps) -> Html {
    html! { <h1 id={VIEW_HEADING_ID} tabindex="-1">{props.children.clone()}</h1> }
}

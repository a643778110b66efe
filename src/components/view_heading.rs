use yew::prelude::*;

use crate::components::AsOf;
use crate::hooks::VIEW_HEADING_ID;
use crate::model::EXPLAINER;

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

#[derive(Properties, PartialEq)]
pub struct ViewHeaderProps {
    pub heading: &'static str,
    #[prop_or_default]
    pub standfirst: Option<&'static str>,
    /// What the view's date is the date of ([`AsOf`]'s `what`).
    #[prop_or(AttrValue::Static(crate::words::WORDS.view_heading_what))]
    pub what: AttrValue,
    /// What follows the date in the header.
    #[prop_or_default]
    pub children: Html,
}

/// A view's header: its heading, its standfirst, and how current it is.
#[component]
pub fn ViewHeader(props: &ViewHeaderProps) -> Html {
    html! {
        <header class="view-header">
            <ViewHeading>{props.heading}</ViewHeading>
            if let Some(standfirst) = props.standfirst {
                <p class="standfirst">{standfirst}</p>
            }
            <AsOf date={EXPLAINER.as_of} what={props.what.clone()} />
            {props.children.clone()}
        </header>
    }
}

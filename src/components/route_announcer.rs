use yew::prelude::*;

use crate::route::Route;

/// The live region's id: the site's page script announces page loads in it (src/islands.rs).
pub const ANNOUNCER_ID: &str = "route-announcer";

#[derive(Properties, PartialEq)]
pub struct RouteAnnouncerProps {
    pub route: Route,
}

/// Tells screen-reader users that an in-app navigation loaded a new view, by its title. Empty
/// on the first view (the page load announces itself) and in the prerendered page.
#[component]
pub fn RouteAnnouncer(props: &RouteAnnouncerProps) -> Html {
    let announcement = use_state(|| None::<String>);
    let first = crate::hooks::use_is_first_render();
    {
        let announcement = announcement.clone();
        use_effect_with(props.route, move |route| {
            if !first {
                announcement.set(Some(announcement_for(&route.title())));
            }
        });
    }
    html! {
        <p id={ANNOUNCER_ID} class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            { announcement.as_deref().unwrap_or_default() }
        </p>
    }
}

/// What the live region says when a view replaces another.
pub fn announcement_for(title: &str) -> String {
    format!("Now showing: {title}")
}

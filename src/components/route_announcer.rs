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
                announcement.set(Some(announcement_for(crate::words::WORDS.route_announced.0, &route.title())));
            }
        });
    }
    html! {
        // The page's own script reads what to say from the page (`data-say`): its code holds no words.
        <p id={ANNOUNCER_ID} class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
            data-say={crate::words::WORDS.route_announced.0}>
            { announcement.as_deref().unwrap_or_default() }
        </p>
    }
}

/// What the live region says when a view replaces another, from its template (the table's
/// `route.announced`, which the region carries as `data-say`).
pub fn announcement_for(template: &str, title: &str) -> String {
    gaza_plan_content::words::fill(template, |name| (name == "title").then(|| title.to_owned()))
}

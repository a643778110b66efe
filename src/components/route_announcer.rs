use yew::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouteAnnouncerProps {
    pub route: Route,
}

/// Tells screen-reader users that an in-app navigation loaded a new view, by its title. Empty
/// on the first view (the page load announces itself) and in the prerendered page.
#[component]
pub fn RouteAnnouncer(props: &RouteAnnouncerProps) -> Html {
    let announcement = use_state(|| None::<String>);
    let first = use_mut_ref(|| true);
    {
        let announcement = announcement.clone();
        use_effect_with(props.route, move |route| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                announcement.set(Some(format!("Now showing: {}", route.title())));
            }
        });
    }
    html! {
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            { announcement.as_deref().unwrap_or_default() }
        </p>
    }
}

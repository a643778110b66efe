use yew::prelude::*;
use yew_router::prelude::*;

use crate::embed::Frame;
use crate::route::Route;
use crate::site_base::SiteBase;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    /// Marks the link as the current page for assistive technology and styling.
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub classes: Classes,
    /// The link's relation, e.g. `prev`/`next` in the walkthrough, which the page's arrow keys follow.
    #[prop_or_default]
    pub rel: Option<AttrValue>,
    pub children: Html,
}

/// An in-app link like yew-router's `Link`, which can also say it is the current page.
/// Modified clicks (new tab, new window) are left to the browser.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let NavLinkProps { to, current, classes, rel, children } = props;
    let navigator = use_navigator();
    let frame = use_context::<Frame>().unwrap_or_default();
    let base = use_context::<SiteBase>().unwrap_or_default().of_frame(frame);
    let hash = navigator.as_ref().is_some_and(|n| n.kind() == yew_router::navigator::NavigatorKind::Hash);
    let href = format!("{}{}", if hash { "#" } else { "" }, base.join(&to.to_path()));
    let onclick = navigator.map(|navigator| {
        let to = *to;
        Callback::from(move |event: MouseEvent| {
            let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
            if event.button() == 0 && !modified {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    });
    html! {
        <a {href} class={classes.clone()} rel={rel.clone()} aria-current={current.then_some("page")} {onclick}>{children.clone()}</a>
    }
}

use yew::prelude::*;

use crate::components::{AsOf, ViewHeading};
use crate::model::EXPLAINER;

/// `/about`: method, currency and corrections, from data/meta.toml.
#[component]
pub fn About() -> Html {
    html! {
        <article class="about">
            <header class="view-header">
                <ViewHeading>{"About this explainer"}</ViewHeading>
                <AsOf date={EXPLAINER.as_of} />
            </header>
            { for EXPLAINER.about.iter().map(|section| html! {
                <section>
                    <h2>{section.heading}</h2>
                    { for section.paragraphs.iter().map(|p| html! { <p>{*p}</p> }) }
                </section>
            }) }
        </article>
    }
}

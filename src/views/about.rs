use yew::prelude::*;

use crate::components::{NavLink, ViewHeader};
use crate::model::{CORRECTIONS, EXPLAINER, GLOSSARY, positions_reported};
use crate::route::Route;

/// `/about`: method, currency and corrections, from data/meta.toml.
#[component]
pub fn About() -> Html {
    html! {
        <article class="about">
            <ViewHeader heading={"About this explainer"} />
            { for EXPLAINER.about.iter().map(|section| html! {
                <section>
                    <h2>{section.heading}</h2>
                    { for section.paragraphs.iter().map(|p| html! {
                        <p>{gaza_plan_content::about::fill(p, positions_reported())}</p>
                    }) }
                </section>
            }) }
            <section>
                <h2>{"Corrections"}</h2>
                <p>
                    <NavLink to={Route::Corrections}>{"The corrections log"}</NavLink>
                    {format!(" lists every factual correction made to this explainer ({} so far), dated, with what \
                              it said and what it says now. This page was last updated on ", CORRECTIONS.len())}
                    <time datetime={EXPLAINER.updated.iso().to_string()}>{EXPLAINER.updated.to_string()}</time>{"."}
                </p>
            </section>
            <section>
                <h2>{"Terms"}</h2>
                <p>
                    <NavLink to={Route::Glossary}>{"Terms explained"}</NavLink>
                    {format!(" defines {} names and terms a reader of this story meets, each with its source.", GLOSSARY.len())}
                </p>
            </section>
        </article>
    }
}

use yew::prelude::*;

use crate::components::{NavLink, ViewHeader, time};
use crate::model::{CORRECTIONS, EXPLAINER, GLOSSARY, positions_reported};
use crate::route::Route;
use crate::words::{PLURAL_RULES, WORDS, markup, number};

/// `/about`: method, currency and corrections, from data/meta.toml.
#[component]
pub fn About() -> Html {
    let count = |n: usize| html! { {number(u64::try_from(n).unwrap_or(u64::MAX))} };
    let terms = u64::try_from(GLOSSARY.len()).unwrap_or(u64::MAX);
    html! {
        <article class="about">
            <ViewHeader heading={WORDS.route_name_about} />
            { for EXPLAINER.about.iter().map(|section| html! {
                <section>
                    <h2>{section.heading}</h2>
                    { for section.paragraphs.iter().map(|p| html! {
                        <p>{gaza_plan_content::about::fill(p, positions_reported(), crate::words::date)}</p>
                    }) }
                </section>
            }) }
            <section>
                <h2>{WORDS.view_about_corrections}</h2>
                <p>
                    {crate::say_html!(
                        view_about_corrections_text,
                        log = html! { <NavLink to={Route::Corrections}>{WORDS.view_about_corrections_log}</NavLink> },
                        count = count(CORRECTIONS.len()),
                        updated = time(EXPLAINER.updated),
                    )}
                </p>
            </section>
            <section>
                <h2>{WORDS.view_about_terms}</h2>
                <p>
                    // A plural template with markup: the form for the count, then its parts.
                    {markup(WORDS.view_about_terms_text.0.form(&PLURAL_RULES, terms), &[
                        ("glossary", html! { <NavLink to={Route::Glossary}>{WORDS.route_name_glossary}</NavLink> }),
                        ("count", count(GLOSSARY.len())),
                    ])}
                </p>
            </section>
        </article>
    }
}

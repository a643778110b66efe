use yew::prelude::*;

use crate::components::{AsOf, Cite, ViewHeading};
use crate::model::{EXPLAINER, GLOSSARY};

/// `/glossary`: every term the text marks, with its definition and sources (data/glossary.toml).
#[component]
pub fn Glossary() -> Html {
    html! {
        <article class="glossary">
            <header class="view-header">
                <ViewHeading>{"Terms explained"}</ViewHeading>
                <p class="standfirst">
                    {"Names and terms that recur in this explainer. Where one appears in the text, select it to \
                      read its definition there."}
                </p>
                <AsOf date={EXPLAINER.as_of} />
            </header>
            <dl class="glossary__terms">
                { for GLOSSARY.iter().map(|term| html! {
                    <div class="glossary__entry" id={term.slug}>
                        <dt>{term.term}</dt>
                        <dd>
                            <p>{term.definition}</p>
                            <Cite ids={term.sources} />
                        </dd>
                    </div>
                }) }
            </dl>
        </article>
    }
}

use yew::prelude::*;

use crate::components::{Cite, ViewHeader};
use crate::model::GLOSSARY;

/// What the view is, under its heading.
const STANDFIRST: &str = "Names and terms a reader of this story meets, here and in the reports it cites. Where one \
    appears in the text, select it to read its definition there.";

/// `/glossary`: every term the text marks, with its definition and sources (data/glossary.toml).
#[component]
pub fn Glossary() -> Html {
    html! {
        <article class="glossary">
            <ViewHeader heading={"Terms explained"} standfirst={STANDFIRST} />
            <dl class="glossary__terms">
                { for GLOSSARY.iter().map(|term| html! {
                    <div class="glossary__entry" id={crate::anchors::term(term.slug)}>
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

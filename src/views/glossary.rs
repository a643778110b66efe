use yew::prelude::*;

use crate::components::{Cite, ViewHeader};
use crate::model::GLOSSARY;
use crate::words::WORDS;

/// `/glossary`: every term the text marks, with its definition and sources (data/glossary.toml).
#[component]
pub fn Glossary() -> Html {
    html! {
        <article class="glossary">
            <ViewHeader heading={WORDS.route_name_glossary} standfirst={WORDS.view_glossary_standfirst} />
            <dl class="glossary__terms">
                { for GLOSSARY.iter().map(|term| html! {
                    <div class="glossary__entry" id={crate::anchors::term(term.slug)}>
                        <dt>{term.term}</dt>
                        <dd>
                            <p>{term.definition}</p>
                            <Cite ids={term.sources} quoting={vec![term.definition]} />
                        </dd>
                    </div>
                }) }
            </dl>
        </article>
    }
}

use yew::prelude::*;

use crate::components::time;
use crate::model::{SourceId, source};
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    pub ids: &'static [SourceId],
    /// What the sources are to the claim; "Source: " or "Sources: " by default.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The claim's texts: where they quote a source in another language than the edition's,
    /// the line says the quoted words are our translation.
    #[prop_or_default]
    pub quoting: Vec<&'static str>,
}

/// A compact source line under a claim: "Source: The National, 6 October 2025".
/// The full references, with links, are on the Sources page.
#[component]
pub fn Cite(props: &CiteProps) -> Html {
    let plain = if props.ids.len() == 1 { WORDS.c_cite_source } else { WORDS.c_cite_sources };
    let label = props.label.clone().unwrap_or(AttrValue::Static(plain));
    html! {
        <p class="cite">
            <span class="cite__label">{label}</span>
            { for props.ids.iter().enumerate().map(|(i, id)| {
                let separator = if i > 0 { WORDS.c_cite_separator } else { "" };
                let s = source(*id);
                html! {
                    <>
                        {separator}
                        if let Some(date) = s.published {
                            { crate::say_html!(c_cite_dated, source = source_words(s.short), date = time(date)) }
                        } else {
                            { source_words(s.short) }
                        }
                    </>
                }
            }) }
            if quoted_in_translation(&props.quoting, props.ids) {
                {" "}<span class="cite__translated">{WORDS.c_cite_translated}</span>
            }
        </p>
    }
}

/// Words of data/sources.toml, in their own language: marked so where the page's is another,
/// so a screen reader reads "Reuters" in English on an Arabic page.
pub fn source_words(text: &'static str) -> Html {
    use gaza_plan_content::SOURCES_LANGUAGE;
    if WORDS.edition_lang == SOURCES_LANGUAGE {
        return html! { {text} };
    }
    html! { <span lang={SOURCES_LANGUAGE}>{text}</span> }
}

/// Whether the claim made of `texts` and backed by `ids` quotes someone in our translation.
pub fn quoted_in_translation(texts: &[&str], ids: &[SourceId]) -> bool {
    let languages = ids.iter().map(|id| source(*id).language);
    gaza_plan_content::quotes_in_translation(texts, languages, WORDS.edition_lang)
}

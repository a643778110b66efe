use yew::prelude::*;

use crate::components::{Cite, NavLink, ViewHeader, time};
use crate::model::{Correction, corrections_newest_first};
use crate::route::Route;
use crate::say_html;
use crate::words::WORDS;

/// `/corrections`: every factual correction, newest first: data/corrections.toml's, which both
/// editions share, and this edition's own (data/edition-corrections.toml, data/ar/…).
#[component]
pub fn Corrections() -> Html {
    let mut corrections = corrections_newest_first().peekable();
    let list = corrections.peek().is_some().then(|| {
        html! {
            <ol class="corrections__list" reversed=true>
                { for corrections.map(|(number, correction)| html! { <CorrectionEntry {number} {correction} /> }) }
            </ol>
        }
    });
    html! {
        <article class="corrections">
            <ViewHeader heading={WORDS.route_name_corrections} standfirst={WORDS.view_corrections_standfirst} />
            { list.unwrap_or_else(|| html! { <p>{WORDS.view_corrections_none}</p> }) }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct CorrectionEntryProps {
    /// Its place in the log, oldest first: the anchor the affected views link to.
    pub number: usize,
    pub correction: &'static Correction,
}

/// One correction: when, what it said, what it says now, where, on what sources; and whether it
/// corrects this edition's text alone.
#[component]
pub fn CorrectionEntry(props: &CorrectionEntryProps) -> Html {
    let c = props.correction;
    html! {
        <li class="correction" id={correction_anchor(props.number)}>
            <p class="correction__date">{say_html!(view_corrections_corrected_on, date = time(c.date))}</p>
            if c.edition_only {
                <p class="correction__edition">{WORDS.view_corrections_edition_only}</p>
            }
            <dl class="correction__change">
                <dt>{WORDS.view_corrections_said}</dt>
                <dd>{c.wrong}</dd>
                <dt>{WORDS.view_corrections_says_now}</dt>
                <dd>{c.now}</dd>
            </dl>
            <p class="correction__views">
                {say_html!(view_corrections_affects, views = affected(c.views))}
            </p>
            <Cite ids={c.sources} quoting={vec![c.wrong, c.now]} />
        </li>
    }
}

/// Links to the views a correction affects, by name.
fn affected(paths: &[&str]) -> Html {
    html! {
        { for paths.iter().enumerate().map(|(i, path)| {
            let route = Route::parse(path);
            html! {
                <>
                    if i > 0 { {WORDS.list_separator} }
                    <NavLink to={route}>{route.name().unwrap_or_else(|| Route::overview_name().into())}</NavLink>
                </>
            }
        }) }
    }
}

/// The id of a correction on /corrections, which the foot of each affected view links to.
pub fn correction_anchor(number: usize) -> String {
    format!("correction-{number}")
}

#[cfg(all(test, feature = "ssr", not(target_arch = "wasm32")))]
mod tests {
    use yew::ServerRenderer;

    use super::{CorrectionEntry, CorrectionEntryProps};
    use crate::model::{CORRECTIONS, Correction};
    use crate::words::WORDS;

    fn rendered(edition_only: bool) -> String {
        let correction: &'static Correction = Box::leak(Box::new(Correction { edition_only, ..CORRECTIONS[0] }));
        let props = CorrectionEntryProps { number: 1, correction };
        futures::executor::block_on(
            ServerRenderer::<CorrectionEntry>::with_props(move || props).hydratable(false).render(),
        )
    }

    #[test]
    fn a_correction_of_this_editions_text_alone_says_so_and_a_shared_one_does_not() {
        assert!(rendered(true).contains(WORDS.view_corrections_edition_only));
        assert!(!rendered(false).contains(WORDS.view_corrections_edition_only));
    }
}

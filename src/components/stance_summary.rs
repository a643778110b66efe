use yew::prelude::*;

use crate::components::{CampMark, Cite, Glossed, time};
use crate::model::{Issue, Position, camps};
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct StanceSummaryProps {
    pub issue: &'static Issue,
    pub position: Option<&'static Position>,
    /// The full stance text as well as its label (issue pages), or the label only (matrix).
    #[prop_or_default]
    pub full: bool,
}

/// One party's stance on one issue, or the explicit absence of one.
#[component]
pub fn StanceSummary(props: &StanceSummaryProps) -> Html {
    let StanceSummaryProps { issue, position, full } = props;
    let Some(stance) = position.and_then(|p| p.stance.as_ref()) else {
        let unstated = position.and_then(|p| p.unstated.as_ref());
        return html! {
            <>
                <p class="stance__none">{WORDS.c_stance_none}</p>
                if let Some(unstated) = unstated {
                    <p class="stance__as-of">
                        { crate::say_html!(c_stance_checked_on, date = time(unstated.checked)) }
                    </p>
                    <Cite ids={unstated.searched} label={WORDS.c_stance_searched} />
                }
            </>
        };
    };
    let index = camps(issue).iter().position(|camp| *camp == stance.camp).unwrap_or(0);
    html! {
        <>
            <p class="stance__label"><CampMark {index} />{" "}<span>{stance.label}</span></p>
            if *full {
                <p class="stance__text"><Glossed text={stance.text} /></p>
                <p class="stance__as-of">
                    { crate::say_html!(c_stance_as_of, date = time(stance.as_of)) }
                </p>
            }
            <Cite ids={stance.sources} quoting={vec![stance.label, stance.text]} />
        </>
    }
}

use yew::prelude::*;

use crate::components::{CampMark, Cite, Glossed};
use crate::model::{Issue, Position, camps};

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
                <p class="stance__none">{"No public position in our sources"}</p>
                if let Some(unstated) = unstated {
                    <p class="stance__as-of">
                        {"Checked on "}
                        <time datetime={unstated.checked.iso().to_string()}>{unstated.checked.to_string()}</time>
                    </p>
                    <Cite ids={unstated.searched} label="Searched, no position found: " />
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
                    {"As of "}<time datetime={stance.as_of.iso().to_string()}>{stance.as_of.to_string()}</time>
                </p>
            }
            <Cite ids={stance.sources} />
        </>
    }
}

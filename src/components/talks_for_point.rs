use yew::prelude::*;

use crate::components::NavLink;
use crate::model::{PointNumber, issues_touching};
use crate::route::Route;
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct TalksForPointProps {
    pub number: PointNumber,
}

/// On a point's page: the disputed issues at the talks that touch this point.
#[component]
pub fn TalksForPoint(props: &TalksForPointProps) -> Html {
    let issues: Vec<_> = issues_touching(props.number).collect();
    html! {
        <section class="talks-for-point" aria-labelledby="talks-heading">
            <h2 id="talks-heading">{WORDS.c_talks_heading}</h2>
            if issues.is_empty() {
                <p>{WORDS.c_talks_none}</p>
            } else {
                <p>{WORDS.c_talks_intro}</p>
                <ul class="talks-for-point__issues">
                    { for issues.into_iter().map(|issue| html! {
                        <li>
                            <NavLink to={Route::Issue { slug: issue.slug }}>{issue.title}</NavLink>
                            <span class="talks-for-point__question">
                                {crate::say!(c_talks_question, question = issue.question)}
                            </span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

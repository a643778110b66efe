use yew::prelude::*;
use yew_router::Routable;

use crate::components::{NavLink, time};
use crate::model::corrections_of;
use crate::route::Route;
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct CorrectionsNoteProps {
    pub route: Route,
}

/// At the foot of a view: each correction made to it, dated, and the way to the full log.
#[component]
pub fn CorrectionsNote(props: &CorrectionsNoteProps) -> Html {
    let path = props.route.to_path();
    let corrections: Vec<_> = corrections_of(&path).collect();
    if corrections.is_empty() {
        return html! {};
    }
    html! {
        <aside class="corrections-note" aria-labelledby="corrections-note-title">
            <h2 id="corrections-note-title" class="corrections-note__title">{WORDS.c_corrections_note_title}</h2>
            <ul>
                { for corrections.iter().map(|(_, c)| html! {
                    <li>
                        { crate::say_html!(
                            c_corrections_note_entry,
                            date = time(c.date),
                            correction = html! { {c.now} },
                        ) }
                    </li>
                }) }
            </ul>
            <p><NavLink to={Route::Corrections}>{WORDS.c_corrections_note_all}</NavLink></p>
        </aside>
    }
}

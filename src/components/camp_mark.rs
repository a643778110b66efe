use yew::prelude::*;

use crate::components::{VISIBLE, partly_hidden};

#[derive(Properties, PartialEq)]
pub struct CampMarkProps {
    /// 0 for the first camp on the issue, 1 for the second, …
    pub index: usize,
}

/// The letter of a party's camp on an issue: same letter, compatible positions.
#[component]
pub fn CampMark(props: &CampMarkProps) -> Html {
    let letter = camp_letter(props.index);
    // The class is the camp's place, whatever the edition's letters: `camp--a` is the first camp.
    let class = char::from(b'a' + u8::try_from(props.index % 26).unwrap_or(0));
    html! {
        <span class={classes!("camp", format!("camp--{class}"))}>
            { partly_hidden(&crate::say!(c_camp_mark_name, letter = VISIBLE), html! { {letter} }) }
        </span>
    }
}

/// The edition's letter for the camp at `index` (A, B, C in English).
fn camp_letter(index: usize) -> &'static str {
    let letters = crate::words::WORDS.c_camp_mark_letters;
    letters.get(index % letters.len().max(1)).copied().unwrap_or_default()
}

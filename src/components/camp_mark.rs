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
    html! {
        <span class={classes!("camp", format!("camp--{}", letter.to_ascii_lowercase()))}>
            { partly_hidden(&crate::say!(c_camp_mark_name, letter = VISIBLE), html! { {letter} }) }
        </span>
    }
}

fn camp_letter(index: usize) -> char {
    char::from(b'A' + u8::try_from(index % 26).unwrap_or(0))
}

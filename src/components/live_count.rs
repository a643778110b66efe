use yew::prelude::*;

use crate::hooks::{self, ISSUE_COUNT_ID, POINT_COUNT_ID};
use crate::island::Island;

/// What a count line counts, and so which prerendered form beside it the island makes work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// The overview's points, under its filters.
    Points,
    /// /positions' issues, under its comparison.
    Issues,
}

impl Counted {
    fn slug(self) -> &'static str {
        match self {
            Counted::Points => "points",
            Counted::Issues => "issues",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Counted::Points => POINT_COUNT_ID,
            Counted::Issues => ISSUE_COUNT_ID,
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Counted::Points => "point-filters__count",
            Counted::Issues => "positions-filters__count",
        }
    }

    /// "6 of 20 points", "3 of 9 issues".
    pub fn sentence(self, shown: usize, total: usize) -> String {
        match self {
            Counted::Points => crate::filter::count_sentence(shown, total),
            Counted::Issues => crate::filter::positions::count_sentence(shown, total),
        }
    }
}

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct LiveCountProps {
    pub counted: Counted,
    /// How many there are in all.
    pub total: usize,
}

impl Island for LiveCount {
    const NAME: &'static str = "live-count";

    fn attributes(props: &LiveCountProps) -> Vec<(&'static str, String)> {
        vec![("data-counts", props.counted.slug().into()), ("data-total", props.total.to_string())]
    }

    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<LiveCountProps> {
        let counts = attribute("data-counts")?;
        let counted = [Counted::Points, Counted::Issues].into_iter().find(|c| c.slug() == counts)?;
        Some(LiveCountProps { counted, total: attribute("data-total")?.parse().ok()? })
    }
}

/// The filters on a prerendered page (the overview's, /positions' comparison): an island of the
/// count line alone, whose effect enables the form the page holds around it, applies the choice
/// in the address and each one the reader makes to the page, and counts what is left. One
/// island for both forms, and no form rendering in the site's wasm: each Yew component there
/// costs every reader kilobytes.
#[component]
pub fn LiveCount(props: &LiveCountProps) -> Html {
    let LiveCountProps { counted, total } = *props;
    let shown = use_state(|| total);
    {
        let shown = shown.clone();
        use_effect_with((), move |()| match counted {
            Counted::Points => hooks::wire_point_filters(move |filter, by_reader| {
                if by_reader {
                    hooks::show_point_filter_in_address(&filter);
                }
                shown.set(hooks::show_points_filtered(&filter));
            }),
            Counted::Issues => hooks::wire_positions_filters(move |filter, by_reader| {
                if by_reader {
                    hooks::show_positions_filter_in_address(&filter);
                }
                shown.set(hooks::show_positions_filtered(&filter));
            }),
        });
    }
    html! { <p id={counted.id()} class={counted.class()} role="status">{counted.sentence(*shown, total)}</p> }
}

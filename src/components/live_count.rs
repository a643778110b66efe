use yew::prelude::*;

use crate::hooks::{self, ISSUE_COUNT_ID, POINT_COUNT_ID};
use gaza_plan_content::words::Phrasebook;

use crate::island::{Attribute, Load};
use crate::words::{PLURAL_RULES, WORDS};

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

    /// The words of its count line ("6 of 20 points", "3 of 9 issues"), for the page to carry.
    pub fn phrasebook(self) -> Phrasebook {
        let plural = match self {
            Counted::Points => &WORDS.filters_points_shown.0,
            Counted::Issues => &WORDS.filters_issues_shown.0,
        };
        let book = match self {
            Counted::Points => Phrasebook::default(),
            Counted::Issues => crate::words::agreement_phrasebook(),
        };
        book.with_plural(SHOWN, plural, &PLURAL_RULES)
    }
}

/// The name of the count line's sentence in the island's phrasebook.
const SHOWN: &str = "shown";

/// The count line, from the words the page carries.
fn sentence(words: &Phrasebook, shown: usize, total: usize) -> String {
    let total = u64::try_from(total).unwrap_or(u64::MAX);
    words.plural(SHOWN, total, |name| match name {
        "shown" => Some(shown.to_string()),
        "total" => Some(total.to_string()),
        _ => None,
    })
}

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct LiveCountProps {
    pub counted: Counted,
    /// How many there are in all.
    pub total: usize,
    /// Its sentence ([`Counted::phrasebook`]).
    pub words: Phrasebook,
}

impl Attribute for Counted {
    fn write(&self) -> String {
        self.slug().into()
    }
    fn read(text: &str) -> Option<Counted> {
        [Counted::Points, Counted::Issues].into_iter().find(|counted| counted.slug() == text)
    }
}

crate::island::island! {
    LiveCount: "live-count", load: |_| Load::Page,
    LiveCountProps { counted: "data-counts", total: "data-total", words: "data-words" }
}

/// What the island does, with the DOM alone: enables the form the page holds around the count
/// line, applies the choice in the address and each one the reader makes to the page, and
/// rewrites the line. The component's effect runs it in the whole app, and the island's own code
/// (src/bin/island-live-count.rs) on the site: one behaviour, with no Yew in the site's code.
pub fn start_live_count(props: &LiveCountProps) {
    let LiveCountProps { counted, total, ref words } = *props;
    let (words, badges) = (words.clone(), words.clone());
    let count = move |shown: usize| hooks::set_text(counted.id(), &sentence(&words, shown, total));
    match counted {
        Counted::Points => hooks::wire_point_filters(move |filter, by_reader| {
            if by_reader {
                hooks::show_point_filter_in_address(&filter);
            }
            count(hooks::show_points_filtered(&filter));
        }),
        Counted::Issues => hooks::wire_positions_filters(move |filter, by_reader| {
            if by_reader {
                hooks::show_positions_filter_in_address(&filter);
            }
            count(hooks::show_positions_filtered(&filter, &badges));
        }),
    }
}

/// The filters on a prerendered page (the overview's, /positions' comparison): an island of the
/// count line alone, whose behaviour ([`start_live_count`]) makes the form around it work. One
/// island for both forms.
#[component]
pub fn LiveCount(props: &LiveCountProps) -> Html {
    let LiveCountProps { counted, total, ref words } = *props;
    {
        let props = props.clone();
        use_effect_with((), move |()| start_live_count(&props));
    }
    html! { <p id={counted.id()} class={counted.class()} role="status">{sentence(words, total, total)}</p> }
}

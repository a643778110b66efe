//! Reusable pieces of the page. Each takes props only and reads no global state but the content.

mod as_of;
mod camp_mark;
mod chart_figure;
mod chart_plot;
mod chart_scale;
pub(crate) mod cite;
mod commitment_list;
mod corrections_note;
mod data_link;
mod diverge_badge;
mod embed_button;
mod embed_chrome;
mod figure_list;
mod glossed;
mod live_count;
#[cfg(all(test, feature = "ssr", not(target_arch = "wasm32")))]
mod markup_tests;
mod nav_link;
mod outcome_list;
mod point_card;
mod point_filters;
mod point_pager;
mod positions_filters;
mod positions_matrix;
mod route_announcer;
mod search_box;
mod site_footer;
mod site_header;
mod skip_link;
mod source_list;
mod stance_summary;
mod status_badge;
mod status_card;
mod status_date;
mod status_history;
mod talks_for_point;
mod topic_tags;
mod view_heading;

pub use as_of::AsOf;
pub use camp_mark::CampMark;
pub use chart_figure::ChartFigure;
pub use cite::Cite;
pub use commitment_list::CommitmentList;
pub use corrections_note::CorrectionsNote;
pub use data_link::DataLink;
pub use diverge_badge::DivergeBadge;
pub use embed_button::{EmbedButton, EmbedButtonProps};
pub use embed_chrome::{EmbedFooter, EmbedHeader};
pub use figure_list::FigureList;
pub use glossed::{GlossaryPopovers, Glossed};
pub use live_count::{Counted, LiveCount, LiveCountProps, start_live_count};
pub use nav_link::NavLink;
pub use outcome_list::OutcomeList;
pub use point_card::PointCard;
pub use point_filters::{FilterChoices, PointFilters};
pub use point_pager::PointPager;
pub use positions_filters::{CompareChoices, PositionsFilters};
pub use positions_matrix::PositionsMatrix;
pub use route_announcer::RouteAnnouncer;
pub use search_box::{SearchBox, SearchField, SearchIsland, SearchIslandProps, use_search_props};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use source_list::{SourceEntry, SourceList};
pub use stance_summary::StanceSummary;
pub use status_badge::StatusBadge;
pub use status_card::StatusCard;
pub use status_date::{StatusDateIsland, StatusDateIslandProps};
pub use status_history::{SourcesChecked, StatusEntryBody, StatusHistory};
pub use talks_for_point::TalksForPoint;
pub use topic_tags::TopicTags;
pub use view_heading::{ViewHeader, ViewHeading};

/// The live region the site's page script writes to after a move between views.
#[cfg(target_arch = "wasm32")]
pub use route_announcer::{ANNOUNCER_ID, announcement_for};

/// Stands in a template for the part of it sighted readers see: see [`partly_hidden`].
pub(crate) const VISIBLE: &str = "\u{1}";

/// Words a screen reader reads whole but the eye sees only part of: `text`, a template filled
/// with [`VISIBLE`] where `shown` goes, with the rest visually hidden. "Camp {letter}" filled with
/// `letter = VISIBLE` gives `<span class="visually-hidden">Camp </span>A`.
pub(crate) fn partly_hidden(text: &str, shown: yew::Html) -> yew::Html {
    let (before, after) = text.split_once(VISIBLE).unwrap_or((text, ""));
    let hidden = |words: &str| {
        (!words.is_empty()).then(|| yew::html! { <span class="visually-hidden">{words.to_owned()}</span> })
    };
    yew::html! { <>{hidden(before)}{shown}{hidden(after)}</> }
}

/// A date as readers read it, marked up with its machine form.
pub(crate) fn time(date: crate::model::Date) -> yew::Html {
    yew::html! { <time datetime={date.iso().to_string()}>{crate::words::date(date)}</time> }
}

/// Every island: the one list the prerenderer walks. Adding an island is its component declared
/// with `island!`, a line here, and its own code in src/bin/island-NAME.rs (docs/islands.md).
pub fn each_island(each: &mut impl crate::island::EachIsland) {
    each.island::<EmbedButton>();
    each.island::<StatusDateIsland>();
    each.island::<LiveCount>();
    each.island::<SearchIsland>();
}

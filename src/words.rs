//! Every word of the interface, from this edition's table (`data/ui.en.toml`), baked by
//! `build.rs` as typed fields: `WORDS.nav_positions`, and for a template `say!(key, name = value)`.
//! Dates and numbers are written here, in the table's patterns.

use gaza_plan_content::words::Phrasebook;

use crate::model::{Date, PersonGroup, Phase, Status, Topic};
use crate::search::Kind;

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// Fills a template of the table by its placeholders' names: `say!(filters_count, shown = 6, total = 20)`.
/// A name the table's template lacks, or one it has and the call does not give, fails to compile.
#[macro_export]
macro_rules! say {
    ($key:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::words::WORDS.$key.say(&$crate::words::args::$key { $($name: &$value),* })
    };
}

/// Fills a template of the table with markup: `say_html!(positions_reported, from = html! {…}, to = html! {…})`.
/// The names are checked against the template's as `say!` checks them.
#[macro_export]
macro_rules! say_html {
    ($key:ident $(, $name:ident = $value:expr)* $(,)?) => {{
        let _names_as_the_table_has_them = $crate::words::args::$key { $($name: &""),* };
        $crate::words::markup($crate::words::WORDS.$key.0, &[$((stringify!($name), $value)),*])
    }};
}

/// `template` as markup: its text as text, each `{name}` as the markup `parts` gives it.
pub fn markup(template: &str, parts: &[(&str, yew::Html)]) -> yew::Html {
    let mut nodes: Vec<yew::Html> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|close| open + close) else { break };
        let name = &rest[open + 1..close];
        match parts.iter().find(|(part, _)| *part == name) {
            Some((_, html)) => {
                nodes.push(yew::Html::from(rest[..open].to_owned()));
                nodes.push(html.clone());
            }
            None => nodes.push(yew::Html::from(rest[..=close].to_owned())),
        }
        rest = &rest[close + 1..];
    }
    nodes.push(yew::Html::from(rest.to_owned()));
    nodes.into_iter().collect()
}

/// A count as this edition prints numbers.
pub fn number(n: u64) -> String {
    gaza_plan_content::words::group_thousands(n, WORDS.number_group)
}

/// A date as this edition prints it: "29 September 2025".
pub fn date(date: Date) -> String {
    say!(date_long, day = date.day, month = month(date), year = date.year)
}

/// A chart's tick: "Oct 2025".
pub fn month_and_year(date: Date) -> String {
    let short = WORDS.date_months_short.get(usize::from(date.month.saturating_sub(1))).copied().unwrap_or_default();
    say!(date_short, month = short, year = date.year)
}

fn month(date: Date) -> &'static str {
    WORDS.date_months.get(usize::from(date.month.saturating_sub(1))).copied().unwrap_or_default()
}

/// A phase's name, as the overview heads it.
pub fn phase(phase: Phase) -> &'static str {
    match phase {
        Phase::First => WORDS.phase_first,
        Phase::Transition => WORDS.phase_transition,
        Phase::LongTerm => WORDS.phase_long_term,
    }
}

pub fn topic(topic: Topic) -> &'static str {
    match topic {
        Topic::HostagesPrisoners => WORDS.topic_hostages_prisoners,
        Topic::CeasefireWithdrawal => WORDS.topic_ceasefire_withdrawal,
        Topic::Aid => WORDS.topic_aid,
        Topic::Governance => WORDS.topic_governance,
        Topic::SecurityDisarmament => WORDS.topic_security_disarmament,
        Topic::ReconstructionEconomy => WORDS.topic_reconstruction_economy,
        Topic::PoliticalHorizon => WORDS.topic_political_horizon,
    }
}

/// Why the people of a group appear, as the people page heads it.
pub fn group(group: PersonGroup) -> &'static str {
    match group {
        PersonGroup::Delegate => WORDS.group_delegate,
        PersonGroup::Official => WORDS.group_official,
        PersonGroup::Prisoner => WORDS.group_prisoner,
    }
}

/// A status as a badge or heading shows it.
pub fn status(status: Status) -> &'static str {
    match status {
        Status::Done => WORDS.status_done,
        Status::PartlyDone => WORDS.status_partly_done,
        Status::UnderWay => WORDS.status_under_way,
        Status::Stalled => WORDS.status_stalled,
        Status::Disputed => WORDS.status_disputed,
        Status::NotStarted => WORDS.status_not_started,
        Status::NoPublicInformation => WORDS.status_no_public_information,
    }
}

/// A status as the count line counts it ("3 partly done"), by CLDR plural category.
fn status_counted(status: Status) -> &'static gaza_plan_content::words::Plural<'static> {
    match status {
        Status::Done => &WORDS.status_counted_done.0,
        Status::PartlyDone => &WORDS.status_counted_partly_done.0,
        Status::UnderWay => &WORDS.status_counted_under_way.0,
        Status::Stalled => &WORDS.status_counted_stalled.0,
        Status::Disputed => &WORDS.status_counted_disputed.0,
        Status::NotStarted => &WORDS.status_counted_not_started.0,
        Status::NoPublicInformation => &WORDS.status_counted_no_public_information.0,
    }
}

/// What the tracker's count line needs, for the page to carry to the date control's island:
/// the line, each status's count, the list separator, dates.
pub fn status_count_phrasebook() -> Phrasebook {
    let mut book = Phrasebook::default()
        .with("count_on", WORDS.status_count_on.0)
        .with("separator", WORDS.list_separator)
        .with_dates(WORDS.date_long.0, WORDS.date_months);
    for status in Status::ALL {
        book = book.with_plural(status.slug(), status_counted(status), &PLURAL_RULES);
    }
    book
}

/// "On 26 January 2026: 2 done, 3 partly done, 15 not started.": every status some point has on
/// `on`, in the order of [`Status::ALL`]. The page and the date control's island both write it
/// from the same phrasebook ([`status_count_phrasebook`]), so they agree.
pub fn status_count_sentence(book: &Phrasebook, on: Date, statuses: impl IntoIterator<Item = Status>) -> String {
    let parts: Vec<String> = gaza_plan_content::status::counts(statuses)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| {
            let n = u64::try_from(n).unwrap_or(u64::MAX);
            book.plural(status.slug(), n, |name| (name == "count").then(|| n.to_string()))
        })
        .collect();
    let date = book.date(on.year, on.month, on.day);
    let counts = parts.join(&book.text("separator"));
    gaza_plan_content::words::fill(&book.text("count_on"), |name| match name {
        "date" => Some(date.clone()),
        "counts" => Some(counts.clone()),
        _ => None,
    })
}

/// The badge words of /positions' issues (`filter::positions::Agreement::badge`), for the page to
/// carry to the comparison's island.
pub fn agreement_phrasebook() -> Phrasebook {
    Phrasebook::default()
        .with("diverge", WORDS.agreement_diverge)
        .with("agree_all", WORDS.agreement_agree_all)
        .with("agree_shown", WORDS.agreement_agree_shown)
        .with("only_all", WORDS.agreement_only_all.0)
        .with("only_shown", WORDS.agreement_only_shown.0)
        .with("none_all", WORDS.agreement_none_all)
        .with("none_shown", WORDS.agreement_none_shown)
}

/// The heading of a kind of search result.
pub fn search_kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Point => WORDS.search_kind_point,
        Kind::Issue => WORDS.search_kind_issue,
        Kind::Position => WORDS.search_kind_position,
        Kind::Person => WORDS.search_kind_person,
        Kind::Event => WORDS.search_kind_event,
        Kind::Figure => WORDS.search_kind_figure,
        Kind::Term => WORDS.search_kind_term,
        Kind::Source => WORDS.search_kind_source,
        Kind::View => WORDS.search_kind_view,
    }
}

/// What search says, for the page to carry to its island (`search::count_sentence` and kin).
pub fn search_phrasebook() -> Phrasebook {
    let mut book = Phrasebook::default()
        .with_plural("results", &WORDS.search_results.0, &PLURAL_RULES)
        .with_plural("see_all", &WORDS.search_see_all.0, &PLURAL_RULES)
        .with("nothing_found", WORDS.search_nothing_found.0)
        .with("not_loaded", WORDS.search_not_loaded);
    for kind in Kind::ALL {
        book = book.with(&format!("kind.{}", kind.slug()), search_kind(kind));
    }
    book
}

/// The embed dialog's words, for the page to carry to its island.
pub fn embed_phrasebook() -> Phrasebook {
    Phrasebook::default()
        .with("button", WORDS.embed_button)
        .with("iframe", WORDS.embed_iframe)
        .with("iframe_copy", WORDS.embed_iframe_copy)
        .with("iframe_hint", WORDS.embed_iframe_hint.0)
        .with("pym", WORDS.embed_pym)
        .with("pym_copy", WORDS.embed_pym_copy)
        .with("pym_hint", WORDS.embed_pym_hint)
        .with("failed", WORDS.embed_failed)
        .with("close", WORDS.embed_close)
        .with("copied", WORDS.embed_copied.0)
        .with("selected", WORDS.embed_selected.0)
}

//! The tracker page in the browser: the date in the address (`?on=`), and on the site's
//! prerendered /status, showing another date's statuses from the histories the page holds.
//! Reads only the page, never the content, so the site's wasm stays free of it.

use crate::model::Date;

/// The id of the line that counts the points by status, which the page's script rewrites.
pub const STATUS_COUNT_ID: &str = "status-count";

#[cfg(target_arch = "wasm32")]
pub use browser::{asked_status_date, show_status_date_in_address, show_statuses_on, wire_status_date};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{asked_status_date, show_status_date_in_address, show_statuses_on};

/// The date in a query string's `on` parameter (`?on=2026-01-26`), if it is a real date.
pub fn query_date(query: &str) -> Option<Date> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').find_map(|pair| pair.strip_prefix("on=")).and_then(Date::parse_iso)
}

/// The query string with `on` set to `date` and every other parameter kept as it was (in an
/// embed, pym.js's `childId` and `?theme=` must survive, or a reload could not size the frame).
pub fn with_query_date(query: &str, date: Date) -> String {
    crate::filter::with_pairs(query, &["on"], &[Some(date.iso().to_string().as_str())])
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use gaza_plan_content::status::{Status, in_force};
    use gaza_plan_content::words::Phrasebook;
    use wasm_bindgen::JsCast;

    use crate::hooks::dom::elements;
    use web_sys::{Element, HtmlInputElement};

    use super::{query_date, with_query_date};
    use crate::model::Date;

    /// The date the address asks for, if any.
    pub fn asked_status_date() -> Option<Date> {
        // In the single file, the query is in the hash route.
        query_date(&crate::hooks::address::query())
    }

    /// Puts the date in the address without a new history entry, so the reader can link to it.
    pub fn show_status_date_in_address(date: Date) {
        crate::hooks::address::replace_query(|query| with_query_date(query, date));
    }

    /// The date control's island on the site's /status, with the DOM alone: enables the
    /// prerendered control (components::StatusDate), moves the page to the date in the address,
    /// and to each date the reader picks, from the histories the page holds. `on` is the date the
    /// page was prerendered for; `dates`, every date a status changed, oldest first.
    pub fn wire_status_date(mount: &Element, dates: Vec<Date>, on: Date, words: Phrasebook) {
        let Some(input) = mount.query_selector("input[type=range]").ok().flatten() else { return };
        let Ok(input) = input.dyn_into::<HtmlInputElement>() else { return };
        let output = mount.query_selector("output time").ok().flatten();
        let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else { return };
        let show = {
            let (input, dates) = (input.clone(), dates.clone());
            move |date: Date| {
                let index = dates.iter().rposition(|d| *d <= date).unwrap_or(0);
                input.set_value(&index.to_string());
                let said = words.date(date.year, date.month, date.day);
                let _ = input.set_attribute("aria-valuetext", &said);
                if let Some(output) = &output {
                    let _ = output.set_attribute("datetime", &date.iso().to_string());
                    output.set_text_content(Some(&said));
                }
                show_statuses_on(date, &words);
            }
        };
        if let Some(asked) = asked_status_date().map(|asked| asked.clamp(first, last))
            && asked != on
        {
            show(asked);
        }
        input.set_disabled(false);
        let target = input.clone();
        gloo::events::EventListener::new(&target, "input", move |_| {
            let picked = input.value().parse::<usize>().ok().and_then(|index| dates.get(index)).copied();
            if let Some(date) = picked {
                show(date);
                show_status_date_in_address(date);
            }
        })
        .forget();
    }

    /// Shows every card's status on `date` from the history it holds, regroups the cards by
    /// status in point order, and rewrites each group's count and the count line.
    pub fn show_statuses_on(date: Date, words: &Phrasebook) {
        let document = gloo::utils::document();
        let mut statuses = Vec::new();
        let mut cards = elements(&document, ".status-card");
        cards.sort_by_key(|card| card.get_attribute("data-point").and_then(|n| n.parse::<u8>().ok()));
        for card in cards {
            let Some(status) = show_card_on(&card, date) else { continue };
            statuses.push(status);
            let list = document
                .query_selector(&format!(".tracker__group[data-status={}] .status-cards", status.slug()))
                .ok()
                .flatten();
            if let Some(list) = list {
                let _ = list.append_child(&card);
            }
        }
        for group in elements(&document, ".tracker__group") {
            let count = group.query_selector_all(".status-card").map_or(0, |cards| cards.length());
            let _ = if count == 0 { group.set_attribute("hidden", "") } else { group.remove_attribute("hidden") };
            if let Ok(Some(shown)) = group.query_selector(".tracker__group-count") {
                shown.set_text_content(Some(&format!("({count})")));
            }
        }
        if let Some(line) = document.get_element_by_id(super::STATUS_COUNT_ID) {
            line.set_text_content(Some(&crate::words::status_count_sentence(words, date, statuses)));
        }
    }

    /// Copies the history entry in force on `date` into the card's current status.
    fn show_card_on(card: &Element, date: Date) -> Option<Status> {
        let mut entries: Vec<(Date, Status, Element)> = elements(card, ".status-history__entry")
            .into_iter()
            .filter_map(|entry| {
                let when = entry.get_attribute("data-date").and_then(|d| Date::parse_iso(&d))?;
                let status = entry.get_attribute("data-status").and_then(|s| Status::from_slug(&s))?;
                Some((when, status, entry))
            })
            .collect();
        entries.sort_by_key(|(when, ..)| *when);
        let (_, status, entry) = in_force(&entries, date, |(when, ..)| *when)?;
        let now = card.query_selector(".status-card__now").ok().flatten()?;
        now.set_inner_html(&entry.inner_html());
        let _ = card.set_attribute("data-status", status.slug());
        Some(*status)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::model::Date;

    pub fn asked_status_date() -> Option<Date> {
        None
    }

    pub fn show_status_date_in_address(_date: Date) {}

    pub fn show_statuses_on(_date: Date, _words: &gaza_plan_content::words::Phrasebook) {}
}

#[cfg(test)]
mod tests {
    use super::{query_date, with_query_date};
    use crate::model::Date;

    #[test]
    fn the_date_goes_into_the_query_and_every_other_parameter_stays() {
        let date = Date::new(2026, 1, 26).expect("a real date");
        assert_eq!(with_query_date("", date), "?on=2026-01-26");
        assert_eq!(with_query_date("?on=2025-10-20", date), "?on=2026-01-26");
        let embedded = with_query_date("?initialWidth=600&childId=gaza-plan-status&on=2025-10-20&theme=dark", date);
        assert_eq!(embedded, "?initialWidth=600&childId=gaza-plan-status&theme=dark&on=2026-01-26");
        assert_eq!(query_date(&embedded), Some(date));
    }

    #[test]
    fn only_a_real_date_is_read_from_the_query() {
        assert_eq!(query_date("?on=2026-02-30"), None);
        assert_eq!(query_date("?moon=2026-01-26"), None);
        assert_eq!(query_date("?theme=dark&on=2026-01-26"), Date::new(2026, 1, 26));
    }
}

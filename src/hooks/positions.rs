//! The positions table's comparison in the browser: the filter in the address, and on the site's
//! prerendered /positions, hiding the parties and issues it leaves out by what each cell says
//! (its party and camp). Reads only the page, never the content.

/// The id of the line that says how many issues the comparison keeps.
pub const ISSUE_COUNT_ID: &str = "issue-count";

#[cfg(target_arch = "wasm32")]
pub use browser::{show_positions_filter_in_address, show_positions_filtered, wire_positions_filters};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{show_positions_filter_in_address, show_positions_filtered, wire_positions_filters};

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;

    use crate::hooks::dom::elements;
    use web_sys::{Element, HtmlInputElement};

    use crate::filter::positions::PositionsFilter;
    use crate::hooks::address;
    use gaza_plan_content::words::Phrasebook;

    /// Makes /positions' prerendered form work: enables its checkboxes, shows the choice the
    /// address asks for, and calls `changed` with it (`false`: not the reader's doing) and with
    /// each choice the reader makes (`true`). The listener lasts as long as the page.
    pub fn wire_positions_filters(changed: impl Fn(PositionsFilter, bool) + 'static) {
        let document = gloo::utils::document();
        let Some(form) = document.query_selector("form.positions-filters").ok().flatten() else { return };
        let boxes = {
            let document = document.clone();
            move || -> Vec<HtmlInputElement> {
                let found = elements(&document, "form.positions-filters input[type=checkbox]");
                found.into_iter().filter_map(|input| input.dyn_into::<HtmlInputElement>().ok()).collect()
            }
        };
        let asked = PositionsFilter::from_query(&address::query());
        for input in boxes() {
            let checked = match input.name().as_str() {
                "disagree" => asked.disagree,
                _ => asked.shows_party(&input.value()),
            };
            input.set_checked(checked);
            input.set_disabled(false);
        }
        if asked != PositionsFilter::default() {
            changed(asked, false);
        }
        gloo::events::EventListener::new(&form, "change", move |_| {
            let inputs = boxes();
            let all: Vec<String> = inputs.iter().filter(|i| i.name() == "party").map(HtmlInputElement::value).collect();
            let filter = inputs.iter().fold(PositionsFilter::default(), |filter, input| match input.name().as_str() {
                "disagree" => PositionsFilter { disagree: input.checked(), ..filter },
                _ => filter.with_party(&input.value(), input.checked(), &all),
            });
            changed(filter, true);
        })
        .forget();
    }

    pub fn show_positions_filter_in_address(filter: &PositionsFilter) {
        address::replace_query(|query| filter.in_query(query));
    }

    /// Hides each party's column and card entry the filter leaves out, and each issue it does
    /// not keep, and words each issue's badge for the parties shown; returns how many issues show.
    pub fn show_positions_filtered(filter: &PositionsFilter, words: &Phrasebook) -> usize {
        let document = gloo::utils::document();
        // Party names as the table's header prints them: the page, not the content, says them.
        let names: Vec<(String, String)> = elements(&document, ".matrix thead [data-party]")
            .iter()
            .filter_map(|th| Some((th.get_attribute("data-party")?, th.text_content()?)))
            .collect();
        let name = |id: &str| names.iter().find(|(party, _)| party == id).map_or(id, |(_, name)| name).to_owned();
        for cell in elements(&document, ".matrix [data-party]") {
            let shown = cell.get_attribute("data-party").is_some_and(|party| filter.shows_party(&party));
            show(&cell, shown);
        }
        let mut kept = Vec::new();
        for row in elements(&document, ".matrix [data-issue]") {
            let cells: Vec<(String, Option<usize>)> = elements(&row, "[data-party]")
                .iter()
                .filter_map(|cell| {
                    let camp = cell.get_attribute("data-camp").and_then(|camp| camp.parse().ok());
                    Some((cell.get_attribute("data-party")?, camp))
                })
                .collect();
            let cells: Vec<(&str, Option<usize>)> = cells.iter().map(|(p, c)| (p.as_str(), *c)).collect();
            let shown = filter.shows_issue(&cells);
            show(&row, shown);
            if let Some(badge) = row.query_selector(".badge").ok().flatten() {
                let (modifier, words) = filter.agreement(&cells).badge(name, filter.parties.is_none(), words);
                badge.set_class_name(&format!("badge badge--{modifier}"));
                badge.set_text_content(Some(&words));
            }
            if let Some(issue) = row.get_attribute("data-issue").filter(|_| shown)
                && !kept.contains(&issue)
            {
                kept.push(issue);
            }
        }
        kept.len()
    }

    fn show(element: &Element, shown: bool) {
        let _ = if shown { element.remove_attribute("hidden") } else { element.set_attribute("hidden", "") };
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::filter::positions::PositionsFilter;
    use gaza_plan_content::words::Phrasebook;

    pub fn wire_positions_filters(_changed: impl Fn(PositionsFilter, bool) + 'static) {}

    pub fn show_positions_filter_in_address(_filter: &PositionsFilter) {}

    /// No page to filter: the server renders every party and issue.
    pub fn show_positions_filtered(_filter: &PositionsFilter, _words: &Phrasebook) -> usize {
        0
    }
}

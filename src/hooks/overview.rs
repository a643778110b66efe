//! The overview's filters in the browser: the filter in the address, and on the site's
//! prerendered overview, hiding the cards it leaves out by what each card says of its point.
//! Reads only the page, never the content, so the site's wasm stays free of it.

/// The id of the line that says how many points the filters show.
pub const POINT_COUNT_ID: &str = "point-count";

#[cfg(target_arch = "wasm32")]
pub use browser::{show_point_filter_in_address, show_points_filtered, wire_point_filters};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{show_point_filter_in_address, show_points_filtered, wire_point_filters};

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;

    use crate::hooks::dom::elements;
    use web_sys::HtmlSelectElement;

    use crate::filter::{PointFacets, PointFilter};
    use crate::hooks::address;
    use crate::model::{Phase, Status, Topic};

    /// Makes the overview's prerendered form work: enables its controls, shows the filter the
    /// address asks for, and calls `changed` with it (`false`: not the reader's doing) and with
    /// each filter the reader sets (`true`), "Show all points" included. The listeners last as
    /// long as the page.
    pub fn wire_point_filters(changed: impl Fn(PointFilter, bool) + 'static) {
        let document = gloo::utils::document();
        let Some(form) = document.query_selector("form.point-filters").ok().flatten() else { return };
        let selects = {
            let document = document.clone();
            move || -> Vec<HtmlSelectElement> {
                let found = elements(&document, "form.point-filters select[name]");
                found.into_iter().filter_map(|select| select.dyn_into::<HtmlSelectElement>().ok()).collect()
            }
        };
        let reset = form.query_selector(".point-filters__reset").ok().flatten();
        let show = {
            let reset = reset.clone();
            move |filter: &PointFilter| {
                if let Some(reset) = &reset {
                    let _ = if filter.is_all() {
                        reset.set_attribute("hidden", "")
                    } else {
                        reset.remove_attribute("hidden")
                    };
                }
            }
        };
        let asked = PointFilter::from_query(&address::query());
        for select in selects() {
            let key = select.name();
            let value = crate::filter::KEYS.iter().position(|k| *k == key).and_then(|i| asked.values()[i]);
            select.set_value(value.unwrap_or(""));
            select.set_disabled(false);
        }
        show(&asked);
        let changed = std::rc::Rc::new(changed);
        if !asked.is_all() {
            changed(asked, false);
        }
        let read = {
            let selects = selects.clone();
            move || selects().iter().fold(PointFilter::default(), |filter, s| filter.with(&s.name(), &s.value()))
        };
        {
            let (changed, show) = (changed.clone(), show.clone());
            gloo::events::EventListener::new(&form, "change", move |_| {
                let filter = read();
                show(&filter);
                changed(filter, true);
            })
            .forget();
        }
        if let Some(reset) = reset {
            gloo::events::EventListener::new(&reset, "click", move |_| {
                for select in selects() {
                    select.set_value("");
                }
                show(&PointFilter::default());
                changed(PointFilter::default(), true);
            })
            .forget();
        }
    }

    /// Puts the filter in the address without a new history entry, so the reader can link to it.
    pub fn show_point_filter_in_address(filter: &PointFilter) {
        address::replace_query(|query| filter.in_query(query));
    }

    /// Hides each card whose point the filter leaves out, and each phase left with none; returns
    /// how many cards show.
    pub fn show_points_filtered(filter: &PointFilter) -> usize {
        let document = gloo::utils::document();
        let mut shown = 0;
        for card in elements(&document, ".point-card[data-phase]") {
            let attribute = |name: &str| card.get_attribute(name).unwrap_or_default();
            let topics: Vec<Topic> = attribute("data-topics").split(' ').filter_map(Topic::from_slug).collect();
            let binds = attribute("data-binds");
            let binds: Vec<&str> = binds.split(' ').filter(|id| !id.is_empty()).collect();
            let Some(phase) = Phase::from_slug(&attribute("data-phase")) else { continue };
            let status = Status::from_slug(&attribute("data-status"));
            let matches = filter.matches(&PointFacets { topics: &topics, phase, binds: &binds, status });
            shown += usize::from(matches);
            let _ = if matches { card.remove_attribute("hidden") } else { card.set_attribute("hidden", "") };
        }
        for phase in elements(&document, ".overview .phase") {
            let any = phase.query_selector(".point-card:not([hidden])").ok().flatten().is_some();
            let _ = if any { phase.remove_attribute("hidden") } else { phase.set_attribute("hidden", "") };
        }
        shown
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::filter::PointFilter;

    pub fn wire_point_filters(_changed: impl Fn(PointFilter, bool) + 'static) {}

    pub fn show_point_filter_in_address(_filter: &PointFilter) {}

    /// No page to filter: the server renders every card.
    pub fn show_points_filtered(_filter: &PointFilter) -> usize {
        0
    }
}

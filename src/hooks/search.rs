//! Search in the browser: the index loaded when the reader first focuses a search field, and the
//! results written into the field's list as they type (the header's combobox, the ARIA pattern)
//! or the /search page's list of links. With the DOM, not Yew, so the island costs little wasm.

#[cfg(not(target_arch = "wasm32"))]
use crate::components::SearchIslandProps;

/// The ids of a search field, its results and the line that says how many there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchIds {
    pub input: &'static str,
    pub results: &'static str,
    pub status: &'static str,
}

impl SearchIds {
    pub fn of(page: bool) -> SearchIds {
        if page {
            SearchIds { input: "search-page-q", results: "search-page-results", status: "search-page-status" }
        } else {
            SearchIds { input: "site-search-q", results: "site-search-results", status: "site-search-status" }
        }
    }
}

/// Where the whole app takes its index from, instead of fetching it: the single file opens
/// from disk, where nothing can be fetched. The site's pages never set it.
#[cfg(target_arch = "wasm32")]
pub fn index_in_app(make: fn() -> String) {
    browser::IN_APP.with(|cell| cell.set(Some(make)));
}

#[cfg(not(target_arch = "wasm32"))]
pub fn wire_search(_props: &SearchIslandProps) {}

#[cfg(target_arch = "wasm32")]
pub use browser::{slash_to_search, wire_search};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlElement, HtmlInputElement, KeyboardEvent};

    use super::SearchIds;
    use crate::components::SearchIslandProps;
    use crate::search::{self, Index, Kind};

    thread_local! {
        pub static IN_APP: Cell<Option<fn() -> String>> = const { Cell::new(None) };
        /// One index per page, however many fields it has.
        static INDEX: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
        /// Whether a field is fetching the index: /search's two fields fetch it once.
        static LOADING: Cell<bool> = const { Cell::new(false) };
    }

    /// One search field on the page, and what it shows.
    struct Field {
        document: Document,
        input: HtmlInputElement,
        results: Element,
        status: Element,
        props: SearchIslandProps,
        /// The option the arrow keys are on, in the popup.
        active: Cell<Option<usize>>,
    }

    /// Makes the field work: loads the index on first focus (the field may already hold a query:
    /// on /search, the address's `?q=`), shows results as the reader types, and for the header's
    /// field the combobox keys and `/` to reach it. The listeners last as long as the page.
    pub fn wire_search(props: &SearchIslandProps) {
        let document = gloo::utils::document();
        let ids = SearchIds::of(props.page);
        let (Some(input), Some(results), Some(status)) = (
            document.get_element_by_id(ids.input).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()),
            document.get_element_by_id(ids.results),
            document.get_element_by_id(ids.status),
        ) else {
            return;
        };
        let field = Rc::new(Field { document, input, results, status, props: props.clone(), active: Cell::new(None) });
        if field.props.page {
            let asked = query_value(&crate::hooks::address::query());
            if !asked.is_empty() {
                field.input.set_value(&asked);
            }
        }
        // A reader may have focused the field, or typed in it, before this script ran.
        let input: &Element = field.input.as_ref();
        let focused = field.document.active_element().is_some_and(|active| active == *input);
        if focused || !field.input.value().is_empty() {
            field.load();
        }
        let on = |target: &web_sys::EventTarget, kind: &'static str, act: fn(&Rc<Field>, &web_sys::Event)| {
            let field = field.clone();
            EventListener::new_with_options(
                target,
                kind,
                EventListenerOptions::enable_prevent_default(),
                move |event| act(&field, event),
            )
            .forget();
        };
        // Back in a field that holds a query, the reader sees its results again.
        on(&field.input, "focus", |field, _| {
            field.load();
            field.show();
        });
        on(&field.input, "input", |field, _| {
            field.load();
            field.show();
            if field.props.page {
                let query = field.input.value();
                crate::hooks::address::replace_query(|old| search::with_query(old, &encode(&query)));
            }
        });
        if field.props.page {
            if let Some(form) = field.input.form() {
                on(&form, "submit", |field, event| {
                    event.prevent_default();
                    field.show();
                });
            }
            return;
        }
        for (name, value) in [
            ("role", "combobox"),
            ("aria-autocomplete", "list"),
            ("aria-expanded", "false"),
            ("aria-controls", ids.results),
            ("aria-keyshortcuts", "/"),
        ] {
            let _ = field.input.set_attribute(name, value);
        }
        on(&field.input, "keydown", |field, event| {
            if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                field.key(event);
            }
        });
        on(&field.input, "blur", |field, _| field.close());
        // A press on a result must not take focus from the field before the click picks it.
        on(&field.results, "mousedown", |_, event| event.prevent_default());
        on(&field.results, "click", |field, event| {
            let option = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[role=option]").ok().flatten());
            if let Some(href) = option.and_then(|option| option.get_attribute("data-href")) {
                field.close();
                open(&href);
            }
        });
    }

    /// `/` reaches search from anywhere but a field: on /search the page's own field, where its
    /// results are, else the header's. Part of every page's base script, as search's own code
    /// loads only when a field is first focused.
    pub fn slash_to_search() -> EventListener {
        let document = gloo::utils::document();
        EventListener::new_with_options(&document, "keydown", EventListenerOptions::enable_prevent_default(), |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            let typing = event.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|target| {
                matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || target.closest("[contenteditable]").ok().flatten().is_some()
            });
            let modified = event.ctrl_key() || event.meta_key() || event.alt_key();
            if event.key() != "/" || typing || modified {
                return;
            }
            let document = gloo::utils::document();
            let field = [SearchIds::of(true).input, SearchIds::of(false).input]
                .into_iter()
                .find_map(|id| document.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()));
            if let Some(field) = field {
                event.prevent_default();
                let _ = field.focus();
            }
        })
    }

    impl Field {
        /// Reads the index once: from the whole app's content, or fetched from the site.
        fn load(self: &Rc<Self>) {
            if INDEX.with(|index| index.borrow().is_some()) || LOADING.with(Cell::get) {
                return;
            }
            if let Some(make) = IN_APP.with(Cell::get) {
                INDEX.with(|index| *index.borrow_mut() = Some(Rc::new(Index::parse(&make()))));
                self.show();
                return;
            }
            LOADING.with(|loading| loading.set(true));
            let field = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_text(&field.props.index).await {
                    Some(text) => INDEX.with(|index| *index.borrow_mut() = Some(Rc::new(Index::parse(&text)))),
                    None => field.status.set_text_content(Some(&search::not_loaded(&field.props.words))),
                }
                LOADING.with(|loading| loading.set(false));
                // The reader may have left the field while the index came.
                let input: &Element = field.input.as_ref();
                if field.props.page || field.document.active_element().is_some_and(|active| active == *input) {
                    field.show();
                }
            });
        }

        /// Writes the results for what the field holds, and says how many there are.
        fn show(&self) {
            let Some(index) = INDEX.with(|index| index.borrow().clone()) else { return };
            let query = self.input.value();
            self.results.set_inner_html("");
            self.active.set(None);
            let _ = self.input.remove_attribute("aria-activedescendant");
            if query.trim().is_empty() {
                self.status.set_text_content(Some(""));
                self.close();
                return;
            }
            let hits = index.find(&query);
            let terms = search::terms(&query);
            let message = if hits.is_empty() {
                search::nothing_found(&self.props.words, &query)
            } else {
                search::count_sentence(&self.props.words, hits.len())
            };
            self.status.set_text_content(Some(&message));
            let mut groups: Vec<(Kind, Vec<&search::Entry>)> = Vec::new();
            for hit in &hits {
                match groups.last_mut() {
                    Some((kind, entries)) if *kind == hit.entry.kind => entries.push(hit.entry),
                    _ => groups.push((hit.entry.kind, vec![hit.entry])),
                }
            }
            let offered = hits.is_empty();
            if offered {
                groups.push((Kind::View, index.of_kind(Kind::View).collect()));
            }
            let mut count = 0;
            for (kind, entries) in groups {
                let limit = if self.props.page || offered { entries.len() } else { search::LIST_LIMIT };
                // With nothing found, the popup's views are headed by saying so (the page's status
                // line already says it, above them).
                let label = if offered && !self.props.page {
                    message.clone()
                } else {
                    search::kind_label(&self.props.words, kind)
                };
                let group = self.group(kind, &label);
                for entry in entries.into_iter().take(limit) {
                    if let Some(item) = self.item(entry, &terms, count) {
                        let _ = group.append_child(&item);
                        count += 1;
                    }
                }
            }
            if !self.props.page && hits.len() > count {
                let all = Some(search::see_all(&self.props.words, hits.len()));
                let href = format!("{}?q={}", self.props.action, encode(&query));
                if let Some(option) = self.element("div", "search-option search-option--all", all.as_deref()) {
                    self.make_option(&option, &href, count);
                    let _ = self.results.append_child(&option);
                }
            }
            if !self.props.page {
                let _ = self.results.remove_attribute("hidden");
                let _ = self.input.set_attribute("aria-expanded", "true");
            }
        }

        /// A group of results under its heading, returning where its results go: on the page a
        /// section with a list of links, in the popup a group of options.
        fn group(&self, kind: Kind, label: &str) -> Element {
            let id = format!("{}-{}", self.results.id(), kind.slug());
            let page = self.props.page;
            let Some(group) = self.element(if page { "section" } else { "div" }, "search-group", None) else {
                return self.results.clone();
            };
            let _ = self.results.append_child(&group);
            let _ = group.set_attribute("aria-labelledby", &id);
            if let Some(heading) = self.element(if page { "h2" } else { "div" }, "search-group__label", Some(label)) {
                let label = heading;
                label.set_id(&id);
                let _ = label.set_attribute("role", if page { "heading" } else { "presentation" });
                let _ = group.append_child(&label);
            }
            if !page {
                let _ = group.set_attribute("role", "group");
                return group;
            }
            let list = self.element("ul", "search-list", None).unwrap_or_else(|| group.clone());
            let _ = group.append_child(&list);
            list
        }

        /// One result: its title and an excerpt, the query's words marked; a link on the page,
        /// an option in the popup.
        fn item(&self, entry: &search::Entry, terms: &[String], count: usize) -> Option<Element> {
            // In the single file the route is the hash, so a place inside a view cannot be one too.
            let path = if self.props.links.starts_with('#') {
                entry.path.split('#').next().unwrap_or("")
            } else {
                &entry.path
            };
            // In a frame, results carry the host's parameters, as the page's other links do (islands.rs).
            let in_frame = self.props.links.rsplit('/').next() == Some(crate::embed::EMBED_SEGMENT);
            let page_query = if in_frame { crate::hooks::address::query() } else { String::new() };
            let href = search::result_href(&self.props.links, path, &page_query);
            let title = self.marked("span", "search-option__title", &entry.title, terms)?;
            let excerpt = self.marked("span", "search-option__excerpt", &search::shown_text(entry, terms), terms)?;
            if self.props.page {
                let item = self.element("li", "search-result", None)?;
                let link = self.element("a", "search-result__link", None)?;
                let _ = link.set_attribute("href", &href);
                let _ = link.append_child(&title);
                let _ = item.append_child(&link);
                let _ = item.append_child(&excerpt);
                return Some(item);
            }
            let option = self.element("div", "search-option", None)?;
            let _ = option.append_child(&title);
            let _ = option.append_child(&excerpt);
            self.make_option(&option, &href, count);
            Some(option)
        }

        fn make_option(&self, option: &Element, href: &str, count: usize) {
            option.set_id(&format!("{}-{count}", self.results.id()));
            let _ = option.set_attribute("role", "option");
            let _ = option.set_attribute("aria-selected", "false");
            let _ = option.set_attribute("data-href", href);
        }

        /// `text` in an element, with `<mark>` around the words the query found.
        fn marked(&self, tag: &str, class: &str, text: &str, terms: &[String]) -> Option<Element> {
            let element = self.element(tag, class, None)?;
            for (run, mark) in search::marked(text, terms) {
                if mark {
                    let _ = element.append_child(&self.element("mark", "", Some(&run))?.into());
                } else {
                    let _ = element.append_child(&self.document.create_text_node(&run));
                }
            }
            Some(element)
        }

        fn element(&self, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
            let element = self.document.create_element(tag).ok()?;
            if !class.is_empty() {
                element.set_class_name(class);
            }
            if text.is_some() {
                element.set_text_content(text);
            }
            Some(element)
        }

        /// The combobox's keys: ↓ and ↑ move through the options (opening the list), Enter opens
        /// the one chosen (else the form goes to /search), Escape closes the list, then clears.
        fn key(&self, event: &KeyboardEvent) {
            // Safari ends an IME composition with a keydown that is no longer composing, but 229.
            if event.is_composing() || event.key_code() == 229 {
                return;
            }
            let options = self.results.query_selector_all("[role=option]").ok();
            let count = options.as_ref().map_or(0, |o| o.length() as usize);
            let is_open = !self.results.has_attribute("hidden");
            match event.key().as_str() {
                "ArrowDown" | "ArrowUp" => {
                    event.prevent_default();
                    if !is_open {
                        self.show();
                        return;
                    }
                    if count == 0 {
                        return;
                    }
                    let down = event.key() == "ArrowDown";
                    let next = match (self.active.get(), down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    };
                    self.choose(options.as_ref(), next);
                }
                "Enter" => {
                    let chosen = self.active.get().and_then(|i| options.as_ref()?.item(i as u32));
                    let href =
                        chosen.and_then(|o| o.dyn_into::<Element>().ok()).and_then(|o| o.get_attribute("data-href"));
                    event.prevent_default();
                    self.close();
                    match href {
                        Some(href) => open(&href),
                        None if !self.input.value().trim().is_empty() => {
                            open(&format!("{}?q={}", self.props.action, encode(&self.input.value())));
                        }
                        None => {}
                    }
                }
                "Escape" => {
                    event.prevent_default();
                    if is_open {
                        self.close();
                    } else {
                        self.input.set_value("");
                        self.status.set_text_content(Some(""));
                    }
                }
                _ => {}
            }
        }

        fn choose(&self, options: Option<&web_sys::NodeList>, next: usize) {
            let Some(options) = options else { return };
            for i in 0..options.length() {
                if let Some(option) = options.item(i).and_then(|o| o.dyn_into::<HtmlElement>().ok()) {
                    let chosen = i as usize == next;
                    let _ = option.set_attribute("aria-selected", if chosen { "true" } else { "false" });
                    if chosen {
                        let _ = self.input.set_attribute("aria-activedescendant", &option.id());
                        let options = web_sys::ScrollIntoViewOptions::new();
                        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                        option.scroll_into_view_with_scroll_into_view_options(&options);
                    }
                }
            }
            self.active.set(Some(next));
        }

        fn close(&self) {
            let _ = self.results.set_attribute("hidden", "");
            let _ = self.input.set_attribute("aria-expanded", "false");
            let _ = self.input.remove_attribute("aria-activedescendant");
            self.active.set(None);
        }
    }

    fn open(href: &str) {
        let _ = gloo::utils::window().location().assign(href);
    }

    async fn fetch_text(url: &str) -> Option<String> {
        let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.ok()?;
        let response = response.dyn_into::<web_sys::Response>().ok().filter(web_sys::Response::ok)?;
        wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
    }

    /// The `q` parameter of a query string, decoded.
    fn query_value(query: &str) -> String {
        let query = query.strip_prefix('?').unwrap_or(query);
        let raw = query.split('&').find_map(|pair| pair.strip_prefix("q=")).unwrap_or("");
        js_sys::decode_uri_component(&raw.replace('+', " ")).ok().and_then(|s| s.as_string()).unwrap_or_default()
    }

    fn encode(text: &str) -> String {
        js_sys::encode_uri_component(text).as_string().unwrap_or_default()
    }
}

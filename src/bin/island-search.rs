//! The code of search on the site (src/islands.rs): loaded when the reader first reaches for
//! a search field (on /search, with the page), with the DOM alone.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::islands::wire::<gaza_plan_explainer::components::SearchIsland>(|_, props| {
        gaza_plan_explainer::hooks::wire_search(&props)
    });
}

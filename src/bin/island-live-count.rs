//! The code of the overview's and /positions' filters on the site (src/islands.rs): loaded by
//! pages that hold a `live-count` island, with the DOM alone.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::islands::wire::<gaza_plan_explainer::components::LiveCount>(|_, props| {
        gaza_plan_explainer::components::start_live_count(&props)
    });
}

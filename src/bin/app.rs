//! The site's prerendered pages' script, which Trunk builds into wasm: islands of behaviour on
//! HTML that already holds the content (src/islands.rs).

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::islands::start();
}

//! The browser entry point that Trunk builds into wasm.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::hooks::start();
}

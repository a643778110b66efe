//! The browser entry point that Trunk builds into wasm.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<gaza_plan_explainer::App>::new().render();
}

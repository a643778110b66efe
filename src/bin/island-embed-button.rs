//! The code of the embed dialog on the site (src/islands.rs): loaded on the first press of
//! "Embed this view", and rendered with Yew.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::islands::render::<gaza_plan_explainer::components::EmbedButton>();
}

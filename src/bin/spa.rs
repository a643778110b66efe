//! The whole app in one wasm, rendering every view in the browser: for the single file that
//! opens from disk and for the development server, where no page is prerendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::start();
}

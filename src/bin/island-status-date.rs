//! The code of /status's date control on the site (src/islands.rs), with the DOM alone.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gaza_plan_explainer::islands::wire::<gaza_plan_explainer::components::StatusDateIsland>(|mount, props| {
        gaza_plan_explainer::hooks::wire_status_date(mount, props.dates, props.on, props.words)
    });
}

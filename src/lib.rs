//! An explainer of the US 20-point plan for Gaza, as a Yew app.
//!
//! One component tree renders on the server ([`ServerApp`]: every view becomes a static page)
//! and in the browser ([`App`]: the single file and the development server). The site's pages
//! run a small base and each island's own code (`src/islands.rs`) on top of the prerendered
//! HTML, which re-renders or wires what the server rendered. Rules that keep the renderings
//! identical:
//! - No browser API, clock, randomness or locale while rendering: only in effects and
//!   callbacks, all of which live in [`hooks`].
//! - Content comes from [`model`], generated at build time from `data/`; nothing is fetched.
//! - Ids are fixed slugs, never generated.

mod anchors;
mod app;
pub mod components;
pub mod data_files;
pub mod embed;
pub mod filter;
pub mod hooks;
pub mod html;
pub mod island;
#[cfg(target_arch = "wasm32")]
pub mod islands;
pub mod model;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod route;
pub mod search;
pub mod site_base;
mod views;
pub mod words;

#[cfg(feature = "ssr")]
pub use app::render_path;
#[cfg(target_arch = "wasm32")]
pub use app::start;
pub use app::{App, AppProps, ServerApp, ServerAppProps};
pub use route::Route;

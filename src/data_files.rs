//! The data package's files, by name: written by the prerenderer (src/prerender/data_package.rs)
//! and linked by the "Get the data" links (src/components/data_link.rs).

use crate::model::ChartSlug;

/// The folder below the site that holds the package.
pub const DIR: &str = "data";
/// The package's description of every table.
pub const DESCRIPTOR: &str = "datapackage.json";
/// The content's tables, each `NAME.csv`, in the package's order.
pub const TABLES: [&str; 16] = [
    "sources",
    "points",
    "commitments",
    "parties",
    "issues",
    "outcomes",
    "positions",
    "people",
    "events",
    "figures",
    "charts",
    "chart_series",
    "status",
    "glossary",
    "corrections",
    "citations",
];

/// The tables' licence, as the README states it, by its SPDX id (its name and text in each
/// language are the interface table's, `view_sources.data_licence_*`).
pub const LICENCE: &str = "CC-BY-4.0";

/// A file of the package, below the site: `/data/points.csv`.
pub fn path(file: &str) -> String {
    format!("/{DIR}/{file}")
}

/// One chart's values, below [`DIR`].
pub fn chart_file(slug: ChartSlug) -> String {
    format!("charts/{slug}.csv")
}

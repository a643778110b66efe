//! The checks, by what the reader does.

pub mod embeds;
pub mod offline;
pub mod preferences;
pub mod reading;
pub mod views;

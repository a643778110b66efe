//! Every word of the interface, from this edition's table (`data/ui.en.toml`), baked by
//! `build.rs` as typed fields: `WORDS.nav_positions`, and for a template `say!(key, name = value)`.
//! Dates and numbers are written here, in the table's patterns.

use crate::model::Date;

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// Fills a template of the table by its placeholders' names: `say!(filters_count, shown = 6, total = 20)`.
/// A name the table's template lacks, or one it has and the call does not give, fails to compile.
#[macro_export]
macro_rules! say {
    ($key:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::words::WORDS.$key.say(&$crate::words::args::$key { $($name: &$value),* })
    };
}

/// A count as this edition prints numbers.
pub fn number(n: u64) -> String {
    gaza_plan_content::words::group_thousands(n, WORDS.number_group)
}

/// A date as this edition prints it: "29 September 2025".
pub fn date(date: Date) -> String {
    say!(date_long, day = date.day, month = month(date), year = date.year)
}

/// A chart's tick: "Oct 2025".
pub fn month_and_year(date: Date) -> String {
    let short = WORDS.date_months_short.get(usize::from(date.month.saturating_sub(1))).copied().unwrap_or_default();
    say!(date_short, month = short, year = date.year)
}

fn month(date: Date) -> &'static str {
    WORDS.date_months.get(usize::from(date.month.saturating_sub(1))).copied().unwrap_or_default()
}

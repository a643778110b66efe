//! Dates the /about text computes from the data instead of stating, so that they cannot drift:
//! `{positions_from}` and `{positions_to}`, the oldest and newest positions' `as_of`.

use crate::date::Date;

/// Every placeholder the /about paragraphs may hold.
pub const PLACEHOLDERS: [&str; 2] = ["positions_from", "positions_to"];

/// The first `{name}` in `text` that is not one of [`PLACEHOLDERS`].
pub fn unknown_placeholder(text: &str) -> Option<&str> {
    let names = text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name));
    names.into_iter().find(|name| !PLACEHOLDERS.contains(name))
}

/// `text` with its placeholders filled from the positions' date range, each date as `show` writes
/// it (`None` leaves them as written).
pub fn fill(text: &str, positions: Option<(Date, Date)>, show: impl Fn(Date) -> String) -> String {
    let Some((from, to)) = positions else { return text.to_owned() };
    text.replace("{positions_from}", &show(from)).replace("{positions_to}", &show(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_unknown_ones_found() {
        let (from, to) = (Date::new(2025, 9, 25).unwrap(), Date::new(2025, 10, 12).unwrap());
        let text = "Positions are dated {positions_from} to {positions_to}.";
        let iso = |date: Date| date.iso().to_string();
        assert_eq!(fill(text, Some((from, to)), iso), "Positions are dated 2025-09-25 to 2025-10-12.");
        assert_eq!(unknown_placeholder(text), None);
        assert_eq!(unknown_placeholder("As of {as_of}."), Some("as_of"));
    }
}

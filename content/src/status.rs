//! Where a point stands: the tracker's vocabulary (`data/status.toml`, defined in
//! `../shared/editorial.md`) and the questions asked of a point's dated history. It holds no
//! content, so the site's wasm can use it on what it reads from the page.

use crate::date::Date;

/// One status from the editorial vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Done,
    PartlyDone,
    UnderWay,
    Stalled,
    Disputed,
    NotStarted,
    NoPublicInformation,
}

impl Status {
    /// In the order the tracker groups and counts them: furthest along first, no information last.
    pub const ALL: [Status; 7] = [
        Status::Done,
        Status::PartlyDone,
        Status::UnderWay,
        Status::Stalled,
        Status::Disputed,
        Status::NotStarted,
        Status::NoPublicInformation,
    ];

    /// The spelling used in data files, attributes and CSS classes.
    pub const fn slug(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::PartlyDone => "partly-done",
            Status::UnderWay => "under-way",
            Status::Stalled => "stalled",
            Status::Disputed => "disputed",
            Status::NotStarted => "not-started",
            Status::NoPublicInformation => "no-public-information",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.slug() == slug)
    }

    /// As a badge or heading shows it.
    pub const fn label(self) -> &'static str {
        match self {
            Status::Done => "Done",
            Status::PartlyDone => "Partly done",
            Status::UnderWay => "Under way",
            Status::Stalled => "Stalled",
            Status::Disputed => "Disputed",
            Status::NotStarted => "Not started",
            Status::NoPublicInformation => "No public information",
        }
    }

    /// As the count line says it: "3 partly done".
    pub const fn counted(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::PartlyDone => "partly done",
            Status::UnderWay => "under way",
            Status::Stalled => "stalled",
            Status::Disputed => "disputed",
            Status::NotStarted => "not started",
            Status::NoPublicInformation => "with no public information",
        }
    }
}

/// The entry in force on `date`: the last one dated on or before it (entries are oldest first).
pub fn in_force<T>(entries: &[T], date: Date, date_of: impl Fn(&T) -> Date) -> Option<&T> {
    entries.iter().take_while(|entry| date_of(entry) <= date).last()
}

/// How many points stand at each status, in the order of [`Status::ALL`], leaving out none.
pub fn counts(statuses: impl IntoIterator<Item = Status>) -> [(Status, usize); 7] {
    let mut counts = Status::ALL.map(|status| (status, 0));
    for status in statuses {
        if let Some((_, n)) = counts.iter_mut().find(|(s, _)| *s == status) {
            *n += 1;
        }
    }
    counts
}

/// "2 done, 3 partly done, 15 not started": every status some point has, in the order of
/// [`Status::ALL`]. The page and its script both write it through this, so they agree.
pub fn count_line(statuses: impl IntoIterator<Item = Status>) -> String {
    let parts: Vec<String> = counts(statuses)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| format!("{n} {}", status.counted()))
        .collect();
    parts.join(", ")
}

/// "On 26 January 2026: 2 done, 3 partly done, …": the tracker's count for a date.
pub fn count_sentence(on: Date, statuses: impl IntoIterator<Item = Status>) -> String {
    format!("On {on}: {}.", count_line(statuses))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> Date {
        Date::new(2026, 1, d).expect("a real date")
    }

    #[test]
    fn the_entry_in_force_is_the_last_on_or_before_the_date() {
        let entries = [(day(1), Status::NotStarted), (day(10), Status::UnderWay), (day(20), Status::Done)];
        let at = |d: u8| in_force(&entries, day(d), |e| e.0).map(|e| e.1);
        assert_eq!(at(1), Some(Status::NotStarted));
        assert_eq!(at(9), Some(Status::NotStarted));
        assert_eq!(at(10), Some(Status::UnderWay));
        assert_eq!(at(31), Some(Status::Done));
        assert_eq!(in_force(&entries[1..], day(2), |e| e.0), None);
    }

    #[test]
    fn the_count_line_names_only_statuses_some_point_has_in_vocabulary_order() {
        let line = count_line([Status::NotStarted, Status::Done, Status::NotStarted, Status::PartlyDone]);
        assert_eq!(line, "1 done, 1 partly done, 2 not started");
        assert_eq!(count_line([]), "");
    }

    #[test]
    fn every_slug_reads_back() {
        for status in Status::ALL {
            assert_eq!(Status::from_slug(status.slug()), Some(status));
        }
        assert_eq!(Status::from_slug("finished"), None);
    }
}

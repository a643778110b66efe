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
    fn counts_leave_out_no_status_and_keep_the_vocabulary_order() {
        let counted = counts([Status::NotStarted, Status::Done, Status::NotStarted]);
        assert_eq!(counted.map(|(status, _)| status), Status::ALL);
        assert_eq!(counted[0], (Status::Done, 1));
        assert_eq!(counted[5], (Status::NotStarted, 2));
    }

    #[test]
    fn every_slug_reads_back() {
        for status in Status::ALL {
            assert_eq!(Status::from_slug(status.slug()), Some(status));
        }
        assert_eq!(Status::from_slug("finished"), None);
    }
}

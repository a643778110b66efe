//! The overview's filters as a value: which topic, phase, bound party and status a reader
//! asked for, read from and written to the address (`/?topic=aid&binds=israel`), and whether a
//! point matches. Pure, so the site's island, the whole app and native tests share it; it reads
//! points as their cards describe them, never the content.

use crate::model::{Phase, Status, Topic};

pub mod positions;

/// The query parameters, in the order they are written.
pub const KEYS: [&str; 4] = ["topic", "phase", "binds", "status"];

/// What the reader filters the points by; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PointFilter {
    pub topic: Option<Topic>,
    pub phase: Option<Phase>,
    /// A party's id, as data/parties.toml gives it.
    pub binds: Option<String>,
    pub status: Option<Status>,
}

/// A point as its card describes it (the overview's cards carry it as `data-*` attributes).
pub struct PointFacets<'a> {
    pub topics: &'a [Topic],
    pub phase: Phase,
    /// The ids of the parties its commitments bind.
    pub binds: &'a [&'a str],
    pub status: Option<Status>,
}

impl PointFilter {
    /// The filter a query string asks for; a value that names nothing is ignored.
    pub fn from_query(query: &str) -> PointFilter {
        let value = |key: &str| query_value(query, key);
        PointFilter {
            topic: value("topic").and_then(|slug| Topic::from_slug(&slug)),
            phase: value("phase").and_then(|slug| Phase::from_slug(&slug)),
            binds: value("binds").filter(|id| is_id(id)),
            status: value("status").and_then(|slug| Status::from_slug(&slug)),
        }
    }

    /// The value of each of [`KEYS`], `None` where the filter shows all.
    pub fn values(&self) -> [Option<&str>; 4] {
        [self.topic.map(Topic::slug), self.phase.map(Phase::slug), self.binds.as_deref(), self.status.map(Status::slug)]
    }

    /// The filter with the value of `key` (one of [`KEYS`]) set from a control's value; an empty
    /// value is "all".
    pub fn with(&self, key: &str, value: &str) -> PointFilter {
        let query = format!("{key}={value}");
        let read = PointFilter::from_query(&query);
        let mut next = self.clone();
        match key {
            "topic" => next.topic = read.topic,
            "phase" => next.phase = read.phase,
            "binds" => next.binds = read.binds,
            "status" => next.status = read.status,
            _ => {}
        }
        next
    }

    pub fn is_all(&self) -> bool {
        self.values().iter().all(Option::is_none)
    }

    pub fn matches(&self, point: &PointFacets<'_>) -> bool {
        self.topic.is_none_or(|topic| point.topics.contains(&topic))
            && self.phase.is_none_or(|phase| point.phase == phase)
            && self.binds.as_deref().is_none_or(|party| point.binds.contains(&party))
            && self.status.is_none_or(|status| point.status == Some(status))
    }

    /// `query` with the filter's parameters set (or removed, where it shows all) and every other
    /// parameter kept as it was: in an embed, pym.js's `childId` and `?theme=` must survive.
    pub fn in_query(&self, query: &str) -> String {
        with_pairs(query, &KEYS, &self.values())
    }
}

/// `query` with each of `keys` set to its value (or removed, where it has none) and every other
/// parameter kept as it was: in an embed, pym.js's `childId` and `?theme=` must survive.
pub(crate) fn with_pairs(query: &str, keys: &[&str], values: &[Option<&str>]) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let ours = |pair: &&str| keys.iter().any(|key| pair.split('=').next() == Some(*key));
    let mut pairs: Vec<String> =
        query.split('&').filter(|pair| !pair.is_empty() && !ours(pair)).map(str::to_owned).collect();
    pairs.extend(keys.iter().zip(values).filter_map(|(key, value)| value.map(|value| format!("{key}={value}"))));
    if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
}

fn query_value(query: &str, key: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').find_map(|pair| pair.strip_prefix(key)?.strip_prefix('=')).map(str::to_owned)
}

/// A slug as the data's ids are written: lower-case letters, digits and hyphens.
fn is_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_survives_the_trip_through_the_address_and_keeps_other_parameters() {
        let filter = PointFilter { topic: Some(Topic::Aid), binds: Some("israel".into()), ..PointFilter::default() };
        let query = filter.in_query("?childId=gaza&topic=governance&theme=dark");
        assert_eq!(query, "?childId=gaza&theme=dark&topic=aid&binds=israel");
        assert_eq!(PointFilter::from_query(&query), filter);
        assert_eq!(PointFilter::default().in_query(&query), "?childId=gaza&theme=dark");
        assert_eq!(PointFilter::default().in_query(""), "");
    }

    #[test]
    fn values_that_name_nothing_are_ignored() {
        let filter = PointFilter::from_query("?topic=moon&phase=first-phase&binds=<script>&status=nope&topical=aid");
        assert_eq!(filter, PointFilter { phase: Some(Phase::First), ..PointFilter::default() });
        assert_eq!(filter.with("phase", ""), PointFilter::default());
    }

    #[test]
    fn filters_combine() {
        let point = PointFacets {
            topics: &[Topic::Aid, Topic::Governance],
            phase: Phase::First,
            binds: &["israel"],
            status: None,
        };
        assert!(PointFilter::default().matches(&point));
        assert!(PointFilter::from_query("topic=aid&binds=israel").matches(&point));
        assert!(!PointFilter::from_query("topic=aid&binds=hamas").matches(&point));
        assert!(!PointFilter::from_query("topic=political-horizon").matches(&point));
        let any_status = PointFilter { status: Some(Status::ALL[0]), ..PointFilter::default() };
        assert!(!any_status.matches(&point), "a point with no status matches no status");
    }
}

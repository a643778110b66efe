//! The positions table's filters as a value: which parties a reader compares, and whether to
//! keep only the issues on which those parties disagree, read from and written to the address
//! (`/positions?parties=hamas,israel&disagree=yes`). Pure, like the overview's filter.

use gaza_plan_content::words::{Phrasebook, fill};

use super::{is_id, query_value, with_pairs};

/// The query parameters, in the order they are written.
pub const KEYS: [&str; 2] = ["parties", "disagree"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PositionsFilter {
    /// The ids of the parties shown, in the table's order; `None` shows every party.
    pub parties: Option<Vec<String>>,
    /// Only the issues on which the parties shown stated positions in more than one camp.
    pub disagree: bool,
}

/// One party's cell on one issue: its id, and its camp's index if it stated a position.
pub type Cell<'a> = (&'a str, Option<usize>);

impl PositionsFilter {
    /// The filter a query string asks for; what names nothing is ignored.
    pub fn from_query(query: &str) -> PositionsFilter {
        let parties = query_value(query, "parties")
            .map(|ids| ids.split(',').filter(|id| is_id(id)).map(str::to_owned).collect::<Vec<_>>())
            // A list that names no party would hide the whole table: show all instead.
            .filter(|parties| !parties.is_empty());
        PositionsFilter { parties, disagree: query_value(query, "disagree").as_deref() == Some("yes") }
    }

    pub fn shows_party(&self, party: &str) -> bool {
        self.parties.as_ref().is_none_or(|parties| parties.iter().any(|p| p == party))
    }

    /// The filter with `party` shown or not; `all` is every party, in the table's order.
    pub fn with_party(&self, party: &str, shown: bool, all: &[String]) -> PositionsFilter {
        let parties: Vec<String> =
            all.iter().filter(|p| if *p == party { shown } else { self.shows_party(p) }).cloned().collect();
        let parties = (parties.len() != all.len()).then_some(parties);
        PositionsFilter { parties, ..self.clone() }
    }

    /// Whether the filter keeps an issue whose cells are `cells`.
    pub fn shows_issue(&self, cells: &[Cell<'_>]) -> bool {
        !self.disagree || self.agreement(cells) == Agreement::Diverge
    }

    /// What the stated positions of the parties shown come to, on an issue whose cells are
    /// `cells`: a party that stated none counts for neither side.
    pub fn agreement<'a>(&self, cells: &[Cell<'a>]) -> Agreement<'a> {
        let mut stated = cells.iter().filter(|(party, camp)| self.shows_party(party) && camp.is_some());
        match (stated.next(), stated.clone().next()) {
            (None, _) => Agreement::NoneStated,
            (Some((party, _)), None) => Agreement::OnlyOne(party),
            (Some((_, first)), Some(_)) if stated.any(|(_, camp)| camp != first) => Agreement::Diverge,
            _ => Agreement::Compatible,
        }
    }

    /// `query` with the filter's parameters set (or removed, where it shows all) and every other
    /// parameter kept as it was.
    pub fn in_query(&self, query: &str) -> String {
        let parties = self.parties.as_ref().map(|parties| parties.join(","));
        with_pairs(query, &KEYS, &[parties.as_deref(), self.disagree.then_some("yes")])
    }
}

/// What the stated positions of the parties shown on an issue come to: the badge above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement<'a> {
    /// They fall in more than one camp.
    Diverge,
    /// Two or more parties stated positions, all in one camp.
    Compatible,
    /// Only this party (its id) stated a position.
    OnlyOne(&'a str),
    /// None of them stated a position.
    NoneStated,
}

impl Agreement<'_> {
    /// The badge's modifier class and words, from the words the page carries
    /// (`words::agreement_phrasebook`); `name` is a party's name by its id, and `all` says whether
    /// every party is shown (else the words say they speak of those shown only).
    pub fn badge(self, name: impl Fn(&str) -> String, all: bool, words: &Phrasebook) -> (&'static str, String) {
        let say = |key: &str| words.text(&format!("{key}_{}", if all { "all" } else { "shown" }));
        match self {
            Agreement::Diverge => ("diverge", words.text("diverge")),
            Agreement::Compatible => ("agree", say("agree")),
            Agreement::OnlyOne(party) => {
                let party = name(party);
                ("single", fill(&say("only"), |key| (key == "party").then(|| party.clone())))
            }
            Agreement::NoneStated => ("single", say("none")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<String> {
        ["hamas", "israel", "united-states", "mediators"].map(String::from).to_vec()
    }

    #[test]
    fn a_comparison_survives_the_trip_through_the_address() {
        let filter = PositionsFilter::default().with_party("united-states", false, &all()).with_party(
            "mediators",
            false,
            &all(),
        );
        let filter = PositionsFilter { disagree: true, ..filter };
        let query = filter.in_query("?childId=x");
        assert_eq!(query, "?childId=x&parties=hamas,israel&disagree=yes");
        assert_eq!(PositionsFilter::from_query(&query), filter);
        let back = filter.with_party("united-states", true, &all()).with_party("mediators", true, &all());
        assert_eq!(back.parties, None, "every party shown is no filter");
        assert_eq!(PositionsFilter::from_query("?parties=<b>,Hamas").parties, None, "no party named: all shown");
        assert_eq!(
            PositionsFilter::from_query("?parties=<b>,hamas&disagree=1"),
            PositionsFilter { parties: Some(vec!["hamas".into()]), disagree: false }
        );
    }

    #[test]
    fn disagreement_is_among_the_parties_shown_and_a_missing_position_is_none() {
        let cells: [Cell; 3] = [("hamas", Some(0)), ("israel", Some(1)), ("mediators", None)];
        let disagree = PositionsFilter { disagree: true, ..PositionsFilter::default() };
        assert!(disagree.shows_issue(&cells));
        let hamas_and_mediators =
            PositionsFilter { parties: Some(vec!["hamas".into(), "mediators".into()]), disagree: true };
        assert!(!hamas_and_mediators.shows_issue(&cells), "no position is not a disagreement");
        assert!(PositionsFilter::default().shows_issue(&cells));
    }

    #[test]
    fn the_badge_speaks_of_the_parties_shown_only() {
        let cells: [Cell; 4] =
            [("hamas", Some(0)), ("israel", Some(1)), ("united-states", Some(1)), ("mediators", None)];
        let shown = |parties: &[&str]| PositionsFilter {
            parties: Some(parties.iter().map(|p| p.to_string()).collect()),
            disagree: false,
        };
        assert_eq!(PositionsFilter::default().agreement(&cells), Agreement::Diverge);
        assert_eq!(shown(&["israel", "united-states"]).agreement(&cells), Agreement::Compatible);
        assert_eq!(shown(&["hamas", "mediators"]).agreement(&cells), Agreement::OnlyOne("hamas"));
        assert_eq!(shown(&["mediators"]).agreement(&cells), Agreement::NoneStated);
        let name = |id: &str| id.to_uppercase();
        let words = crate::words::agreement_phrasebook();
        let only = Agreement::OnlyOne("hamas").badge(name, true, &words).1;
        assert_eq!(only, crate::say!(agreement_only_all, party = "HAMAS"));
        for agreement in [Agreement::Compatible, Agreement::OnlyOne("hamas"), Agreement::NoneStated] {
            let (shown, all) = (agreement.badge(name, false, &words).1, agreement.badge(name, true, &words).1);
            assert_ne!(shown, all, "the words say when they speak of the parties shown only");
        }
    }
}

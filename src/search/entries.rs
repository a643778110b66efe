//! The search index's entries, from the content: what the build writes to [`super::INDEX_FILE`]
//! and the whole app reads in place (the single file opens from disk, where nothing is fetched).

use super::{Entry, Kind, PIECE};
use crate::anchors;
use crate::model::{EVENTS, FIGURES, GLOSSARY, ISSUES, PEOPLE, POINTS, SOURCES, party, position};
use crate::route::Route;
use crate::say;
use crate::words::{WORDS, date};
use yew_router::Routable;

/// Everything search finds, in the order of the views that show it.
pub fn entries() -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut add = |kind, path: String, title: String, text: Vec<&str>| {
        // Each piece is what a result may show, whole (search::shown_text).
        entries.push(Entry { kind, path, title, text: text.join(&PIECE.to_string()) });
    };
    for point in POINTS {
        let route = Route::Point { number: point.number };
        // Each commitment says it is the plan's, and whom the plan assigns it, as the point's page does.
        let commitments: Vec<String> = point
            .commitments
            .iter()
            .map(|c| match c.who {
                Some(who) => say!(search_entries_commitment_by, who = who, what = c.what),
                None => say!(search_entries_commitment, what = c.what),
            })
            .collect();
        let mut text = vec![point.summary];
        text.extend(commitments.iter().map(String::as_str));
        add(Kind::Point, route.to_path(), say!(route_name_point, number = point.number, title = point.title), text);
    }
    for issue in ISSUES {
        let path = Route::Issue { slug: issue.slug }.to_path();
        add(Kind::Issue, path.clone(), issue.title.to_owned(), vec![issue.question, issue.summary]);
        for party in crate::model::PARTIES {
            let Some(stance) = position(issue.slug, party.id).and_then(|p| p.stance.as_ref()) else { continue };
            let title = say!(search_entries_position_title, issue = issue.title, party = party.name);
            // Shown whole, with its date: a stance is a party's as of a day, not for ever.
            let text = say!(search_entries_position, stance = stance.text, date = date(stance.as_of));
            add(Kind::Position, path.clone(), title, vec![&text]);
        }
    }
    for person in PEOPLE {
        let path = format!("{}#{}", Route::People.to_path(), anchors::person(person.name));
        // Their side, unless the role names it already ("Israel's prime minister").
        let role = match person.party.map(|id| party(id).name) {
            Some(name) if !person.role.contains(name) => say!(search_entries_role, role = person.role, party = name),
            _ => person.role.to_owned(),
        };
        add(Kind::Person, path, person.name.to_owned(), vec![&role]);
    }
    for event in EVENTS {
        let path = format!("{}#{}", Route::Timeline.to_path(), anchors::month(event.date));
        let text = say!(search_entries_event, date = date(event.date), text = event.text);
        add(Kind::Event, path, event.title.to_owned(), vec![&text]);
    }
    for figure in FIGURES {
        let path = format!("{}#{}", Route::Positions.to_path(), anchors::figure(figure.id));
        // As /positions prints it: the number, whose it is and when, and what it counts.
        let text = say!(
            search_entries_figure,
            value = figure.value,
            attribution = figure.attribution,
            date = date(figure.as_of),
            detail = figure.detail,
        );
        add(Kind::Figure, path, figure.label.to_owned(), vec![&text]);
    }
    for term in GLOSSARY {
        let path = format!("{}#{}", Route::Glossary.to_path(), anchors::term(term.slug));
        // Other spellings in the title, so that the definition reads as written; the checker
        // lists the term itself among its forms, and a form of the same words ("first-phase")
        // would only repeat it.
        let same_words = crate::search::terms(term.term);
        let others: Vec<&str> =
            term.forms.iter().copied().filter(|form| crate::search::terms(form) != same_words).collect();
        let title = match others.as_slice() {
            [] => term.term.to_owned(),
            others => say!(search_entries_term, term = term.term, others = others.join(WORDS.list_separator)),
        };
        add(Kind::Term, path, title, vec![term.definition]);
    }
    for source in SOURCES {
        let path = format!("{}#{}", Route::Sources.to_path(), anchors::source(source.id));
        // As /sources lists it: who published it, and when.
        let text = match source.published {
            Some(published) => say!(search_entries_source, publisher = source.publisher, date = date(published)),
            None => source.publisher.to_owned(),
        };
        add(Kind::Source, path, source.title.to_owned(), vec![&text]);
    }
    for route in Route::all()
        .into_iter()
        .filter(|route| !matches!(route, Route::Point { .. } | Route::Issue { .. } | Route::Search))
    {
        let title = route.name().unwrap_or_else(|| Route::overview_name().into());
        add(Kind::View, route.to_path(), title, vec![&route.description()]);
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Index, shown_text, terms, write_index};

    /// What a reader sees under a result's title, for every word of `text` they might type.
    fn shown_for_each_word<'a>(index: &'a Index, kind: Kind, title: &str) -> impl Iterator<Item = String> + 'a {
        let entry = index.of_kind(kind).find(|entry| entry.title == title).cloned();
        let entry = entry.unwrap_or_else(|| panic!("no {kind:?} titled {title:?}"));
        let words: Vec<String> = terms(&entry.text);
        words.into_iter().map(move |word| shown_text(&entry, &[word]))
    }

    #[test]
    fn every_result_that_states_a_claim_shows_whose_it_is_and_when() {
        let index = Index::parse(&write_index(&entries()));
        for figure in FIGURES {
            for shown in shown_for_each_word(&index, Kind::Figure, figure.label) {
                assert!(shown.contains(figure.attribution), "{}: {shown:?} hides whose it is", figure.label);
                assert!(shown.contains(&date(figure.as_of)), "{}: {shown:?} hides when", figure.label);
                assert!(shown.contains(figure.value), "{}: {shown:?} hides the number", figure.label);
            }
        }
        for issue in ISSUES {
            for party in crate::model::PARTIES {
                let Some(stance) = position(issue.slug, party.id).and_then(|p| p.stance.as_ref()) else { continue };
                let title = say!(search_entries_position_title, issue = issue.title, party = party.name);
                for shown in shown_for_each_word(&index, Kind::Position, &title) {
                    assert!(shown.contains(&date(stance.as_of)), "{title}: {shown:?} hides when");
                    // Whole: an attribution in one sentence stays with the claim in the next.
                    assert!(shown.contains(stance.text.split_whitespace().last().unwrap_or("")), "{title}: {shown:?}");
                    assert!(
                        shown.starts_with(stance.text.split_whitespace().next().unwrap_or("")),
                        "{title}: {shown:?}"
                    );
                }
            }
        }
        for event in EVENTS {
            for shown in shown_for_each_word(&index, Kind::Event, event.title) {
                assert!(shown.starts_with(&date(event.date)), "{}: {shown:?} hides when", event.title);
            }
        }
        for person in PEOPLE {
            let Some(id) = person.party else { continue };
            for shown in shown_for_each_word(&index, Kind::Person, person.name) {
                assert!(shown.contains(party(id).name), "{}: {shown:?} hides their side", person.name);
            }
        }
        for source in SOURCES {
            for shown in shown_for_each_word(&index, Kind::Source, source.title) {
                assert!(shown.contains(source.publisher), "{}: {shown:?}", source.title);
                if let Some(published) = source.published {
                    assert!(shown.contains(&date(published)), "{}: {shown:?} hides when", source.title);
                }
            }
        }
    }

    #[test]
    fn a_term_is_titled_with_its_other_spellings_only() {
        let index = Index::parse(&write_index(&entries()));
        for term in GLOSSARY {
            let title = index
                .of_kind(Kind::Term)
                .map(|entry| &entry.title)
                .find(|title| title.as_str() == term.term || title.starts_with(&format!("{} (", term.term)));
            let title = title.unwrap_or_else(|| panic!("no entry for {}", term.term));
            let others = title.strip_prefix(term.term).unwrap_or_default();
            assert!(!terms(others).starts_with(&terms(term.term)), "{title:?} repeats the term");
        }
    }
}

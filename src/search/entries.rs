//! The search index's entries, from the content: what the build writes to [`super::INDEX_FILE`]
//! and the whole app reads in place (the single file opens from disk, where nothing is fetched).

use super::{Entry, Kind};
use crate::anchors;
use crate::model::{EVENTS, FIGURES, GLOSSARY, ISSUES, PEOPLE, POINTS, SOURCES, party, position};
use crate::route::Route;
use yew_router::Routable;

/// Everything search finds, in the order of the views that show it.
pub fn entries() -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut add = |kind, path: String, title: String, text: Vec<&str>| {
        entries.push(Entry { kind, path, title, text: text.join(" ") });
    };
    for point in POINTS {
        let route = Route::Point { number: point.number };
        let mut text = vec![point.summary];
        text.extend(point.commitments.iter().map(|c| c.what));
        add(Kind::Point, route.to_path(), format!("Point {}: {}", point.number, point.title), text);
    }
    for issue in ISSUES {
        let path = Route::Issue { slug: issue.slug }.to_path();
        add(Kind::Issue, path.clone(), issue.title.to_owned(), vec![issue.question, issue.summary]);
        for party in crate::model::PARTIES {
            let Some(stance) = position(issue.slug, party.id).and_then(|p| p.stance.as_ref()) else { continue };
            let title = format!("{}: {}", party.name, issue.title);
            add(Kind::Position, path.clone(), title, vec![stance.text]);
        }
    }
    for person in PEOPLE {
        let path = format!("{}#{}", Route::People.to_path(), anchors::person(person.name));
        let role = match person.party {
            Some(id) => format!("{} ({})", person.role, party(id).name),
            None => person.role.to_owned(),
        };
        add(Kind::Person, path, person.name.to_owned(), vec![&role]);
    }
    for event in EVENTS {
        let path = format!("{}#{}", Route::Timeline.to_path(), anchors::month(event.date));
        add(Kind::Event, path, event.title.to_owned(), vec![event.text]);
    }
    for figure in FIGURES {
        let path = format!("{}#{}", Route::Positions.to_path(), anchors::figure(figure.id));
        // As /positions shows it: the figure, what it counts, whose it is and when.
        let text =
            format!("{}: {} According to {}, as of {}.", figure.value, figure.detail, figure.attribution, figure.as_of);
        add(Kind::Figure, path, figure.label.to_owned(), vec![&text]);
    }
    for term in GLOSSARY {
        let path = format!("{}#{}", Route::Glossary.to_path(), anchors::term(term.slug));
        // Other spellings in the title, so that the definition reads as written.
        let title = match term.forms {
            [] => term.term.to_owned(),
            forms => format!("{} ({})", term.term, forms.join(", ")),
        };
        add(Kind::Term, path, title, vec![term.definition]);
    }
    for source in SOURCES {
        let path = format!("{}#{}", Route::Sources.to_path(), anchors::source(source.id));
        add(Kind::Source, path, source.title.to_owned(), vec![&format!("{}: {}", source.publisher, source.short)]);
    }
    for route in Route::all()
        .into_iter()
        .filter(|route| !matches!(route, Route::Point { .. } | Route::Issue { .. } | Route::Search))
    {
        let title = route.name().unwrap_or_else(|| Route::OVERVIEW_NAME.into());
        add(Kind::View, route.to_path(), title, vec![&route.description()]);
    }
    entries
}

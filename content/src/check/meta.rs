//! `data/meta.toml`: the explainer's title, dates and /about text, and the plan's facts.

use super::Known;
use super::report::{Check, Doc};
use super::rules::UNREAD;
use crate::model::{AboutSection, Explainer, Plan};

/// `None` when the file does not parse, or lacks a table or a date or count that others are
/// checked against: they are then not, so that one mistake is one message.
pub(super) fn load<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<(Explainer<'a>, Plan<'a>)> {
    let sources = known.sources.as_ref();
    check
        .root(doc, |root| {
            let about = root.tables("about", |section| {
                let heading = section.text("heading");
                let paragraphs = section.strings("paragraphs").map(|(_, paragraphs)| paragraphs).unwrap_or_default();
                for (paragraph, span) in &paragraphs {
                    if paragraph.is_empty() {
                        section.error_at(span.clone(), "paragraphs", "must not be empty");
                    }
                    if let Some(unknown) = crate::about::unknown_placeholder(paragraph) {
                        let message = format!(
                            "unknown placeholder {{{unknown}}}: the /about text may use {}",
                            crate::about::PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
                        );
                        section.error_at(span.clone(), "paragraphs", message);
                    }
                }
                AboutSection { heading, paragraphs: section.list(paragraphs.into_iter().map(|(p, _)| p)) }
            });
            let about = root.list(about);
            let explainer = root.table("explainer", |t| {
                let (title, standfirst) = (t.text("title"), t.text("standfirst"));
                // Every key read before giving up, so none is taken for a stray one.
                let (as_of, updated) = (t.date("as_of"), t.date("updated"));
                let (as_of, updated) = (as_of?, updated?);
                if updated < as_of {
                    let message = format!(
                        "is earlier than explainer.as_of ({as_of}): the newest fact cannot postdate the last update",
                        as_of = as_of.iso()
                    );
                    t.error("updated", message);
                }
                Some(Explainer { title, standfirst, as_of, updated, about })
            });
            let explainer = explainer.flatten();
            let plan = root.table("plan", |t| {
                let point_count = t.integer("point_count");
                let point_count = point_count.map(|count| u8::try_from(count).unwrap_or(0));
                if point_count == Some(0) {
                    t.error("point_count", "must be between 1 and 255");
                }
                let published = t.date("published");
                let as_of = explainer.map(|e| e.as_of);
                if let Some(as_of) = as_of.filter(|as_of| published.is_some_and(|published| *as_of < published)) {
                    t.error("published", format!("is later than explainer.as_of ({as_of})", as_of = as_of.iso()));
                }
                let plan = Plan {
                    name: t.text("name"),
                    published: published.unwrap_or(UNREAD),
                    point_count: point_count.unwrap_or(0),
                    sources: t.sources("sources", sources),
                };
                (published.is_some() && plan.point_count > 0).then_some(plan)
            });
            let plan = plan.flatten();
            Some((explainer?, plan?))
        })
        .flatten()
}

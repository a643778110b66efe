//! `data/meta.toml`: the explainer's title, dates and /about text, and the plan's facts.

use super::Known;
use super::item::{Check, Doc};
use crate::model::{AboutSection, Explainer, Plan};

/// `None` when the file does not parse or lacks `[explainer]` or `[plan]`.
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
                }
                AboutSection { heading, paragraphs: section.list(paragraphs.into_iter().map(|(p, _)| p)) }
            });
            let about = root.list(about);
            let explainer = root.table("explainer", |t| {
                let explainer = Explainer {
                    title: t.text("title"),
                    standfirst: t.text("standfirst"),
                    as_of: t.date("as_of"),
                    updated: t.date("updated"),
                    about,
                };
                if explainer.updated < explainer.as_of {
                    let as_of = explainer.as_of;
                    let message = format!(
                        "is earlier than explainer.as_of ({as_of}): the newest fact cannot postdate the last update"
                    );
                    t.error("updated", message);
                }
                explainer
            });
            let plan = root.table("plan", |t| {
                let point_count = t.integer("point_count");
                let point_count = point_count.map(|count| u8::try_from(count).unwrap_or(0));
                if point_count == Some(0) {
                    t.error("point_count", "must be between 1 and 255");
                }
                let published = t.date("published");
                if let Some(as_of) = explainer.map(|e| e.as_of).filter(|as_of| *as_of < published) {
                    t.error("published", format!("is later than explainer.as_of ({as_of})"));
                }
                Plan {
                    name: t.text("name"),
                    published,
                    point_count: point_count.unwrap_or(0),
                    sources: t.sources("sources", sources),
                }
            });
            Some((explainer?, plan?))
        })
        .flatten()
}

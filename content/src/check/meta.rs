//! `data/meta.toml`: the explainer's title, dates, /about text and the sourced sentences that
//! introduce views, and the plan's facts.

use std::collections::BTreeSet;
use std::ops::Range;

use super::Known;
use super::corrections::Views;
use super::item::Item;
use super::renames::Kind;
use super::report::{Check, Doc};
use super::rules::UNREAD;
use crate::model::{AboutSection, Explainer, Group, Intro, Plan};
use crate::vocab::Phase;

/// Where an introduction names its view: checked by [`check_views`] once the points, issues and
/// charts, whose pages are views too, are known.
pub(super) struct NamedView<'a> {
    path: &'a str,
    span: Range<usize>,
    field: String,
}

/// `None` when the file does not parse, or lacks a table or a date or count that others are
/// checked against: they are then not, so that one mistake is one message. With it, the views
/// the introductions name, for [`check_views`].
pub(super) fn load<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    known: &Known<'a>,
) -> (Option<(Explainer<'a>, Plan<'a>)>, Vec<NamedView<'a>>) {
    let sources = known.sources.as_ref();
    let mut views = Vec::new();
    let meta = check
        .root(doc, |root| {
            let mut introduced = BTreeSet::new();
            let intros = root.tables("intro", |intro| {
                let value = intro.required("view");
                let view = value.and_then(|value| Some((intro.string("view", value)?, value.span())));
                if let Some((path, span)) = view.clone() {
                    if introduced.insert(path) {
                        views.push(NamedView { path, span, field: intro.field("view") });
                    } else {
                        let message = format!("\"{path}\" has an introduction already: write one per view");
                        intro.error_at(span, "view", message);
                    }
                }
                Intro {
                    view: view.map_or("", |(path, _)| path),
                    text: intro.text("text"),
                    sources: intro.sources("sources", sources),
                }
            });
            let intros = root.list(intros);
            let groups = groups(root, sources);
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
                let published = t.optional_date("published");
                let (as_of, updated) = (as_of?, updated?);
                if published.is_some_and(|published| published > updated) {
                    let message = format!("is later than explainer.updated ({updated})", updated = updated.iso());
                    t.error("published", message);
                }
                if updated < as_of {
                    let message = format!(
                        "is earlier than explainer.as_of ({as_of}): the newest fact cannot postdate the last update",
                        as_of = as_of.iso()
                    );
                    t.error("updated", message);
                }
                Some(Explainer { title, standfirst, as_of, updated, published, about, intros, groups })
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
                    publisher: t.text("publisher"),
                    published: published.unwrap_or(UNREAD),
                    point_count: point_count.unwrap_or(0),
                    sources: t.sources("sources", sources),
                };
                (published.is_some() && plan.point_count > 0).then_some(plan)
            });
            let plan = plan.flatten();
            Some((explainer?, plan?))
        })
        .flatten();
    (meta, views)
}

/// The `[[group]]` sentences, one per phase in the phases' order, so the overview has one under
/// each heading and no heading shows another's.
fn groups<'a>(root: &mut Item<'_, 'a>, sources: Option<&BTreeSet<&'a str>>) -> &'a [Group<'a>] {
    let read = root.tables("group", |group| {
        let phase = group.choice("phase", &Phase::ALL, Phase::slug, "phase");
        let at = group.span_of("phase");
        let text = group.text("text");
        let sources = group.sources("sources", sources);
        phase.map(|phase| (Group { phase, text, sources }, at))
    });
    let read: Vec<_> = read.into_iter().flatten().collect();
    let rank = |phase: Phase| Phase::ALL.iter().position(|p| *p == phase);
    let mut groups: Vec<Group<'a>> = Vec::new();
    for (group, at) in read {
        let message = if groups.iter().any(|kept| kept.phase == group.phase) {
            format!("phase \"{}\" has a group already: write one per phase", group.phase.slug())
        } else if groups.last().is_some_and(|last| rank(last.phase) > rank(group.phase)) {
            format!("\"{}\" is out of order: the groups follow the phases, {}", group.phase.slug(), slugs())
        } else {
            groups.push(group);
            continue;
        };
        root.error_at(at, "group.phase", message);
    }
    for phase in Phase::ALL.into_iter().filter(|phase| groups.iter().all(|group| group.phase != *phase)) {
        root.error("group", format!("no [[group]] for phase \"{}\": write one per phase, {}", phase.slug(), slugs()));
    }
    root.list(groups)
}

fn slugs() -> String {
    Phase::ALL.map(|phase| format!("\"{}\"", phase.slug())).join(", ")
}

/// Reports each introduction whose view the app does not serve.
pub(super) fn check_views<'a>(check: &mut Check<'a>, doc: &Doc<'a>, views: Vec<NamedView<'a>>, known: &Known<'a>) {
    let served = Views::new(known);
    for NamedView { path, span, field } in views {
        let message = (!served.may_name(path))
            .then(|| format!("no view at \"{path}\" (write a path such as \"/positions\" or \"/points/7\")"));
        let error = message.map(|message| check.error(doc, span, field, message));
        if let Some(slug) = path.strip_prefix("/positions/") {
            check.ids.used(Kind::Issue, slug, error);
        }
    }
}

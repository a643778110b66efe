//! The content's types, written once. The checker builds them from `data/*.toml` with `'a` the
//! life of its arena; the baker writes the same values as Rust, which the app holds as `'static`.

use crate::date::Date;
use crate::ids::{ChartSlug, FigureId, IssueSlug, PartyId, PointNumber, SourceId};
use crate::status::Status;
use crate::vocab::{Draw, PersonGroup, Phase, Topic};

/// Declares each type and, with `check`, how the baker writes it: every field, by construction,
/// so a field added here cannot be left out of the statics.
macro_rules! content_types {
    ($($(#[$meta:meta])* pub struct $name:ident<$lt:lifetime> {
        $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)*
    })*) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct $name<$lt> {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        #[cfg(feature = "check")]
        impl crate::bake::Bake for $name<'_> {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!("::gaza_plan_content::", stringify!($name), " {"));
                $(
                    out.push_str(concat!(" ", stringify!($field), ": "));
                    crate::bake::field(stringify!($field), || self.$field.bake(out));
                    out.push(',');
                )*
                out.push_str(" }");
            }
        }
    )*};
}

content_types! {
    /// Everything in `data/`, checked: the app reads each field as a static of the same name.
    pub struct Content<'a> {
        pub explainer: Explainer<'a>,
        pub plan: Plan<'a>,
        pub sources: &'a [Source<'a>],
        pub points: &'a [Point<'a>],
        pub parties: &'a [Party<'a>],
        pub issues: &'a [Issue<'a>],
        pub positions: &'a [Position<'a>],
        pub people: &'a [Person<'a>],
        pub events: &'a [Event<'a>],
        pub figures: &'a [Figure<'a>],
        pub corrections: &'a [Correction<'a>],
        /// Each point's dated status history (data/status.toml), in point order.
        pub tracker: &'a [Tracked<'a>],
        /// Charts of dated figures (data/charts.toml), drawn as SVG at build time.
        pub charts: &'a [Chart<'a>],
        /// Terms readers stumble on (data/glossary.toml), explained where they appear.
        pub glossary: &'a [Term<'a>],
    }

    /// The explainer as a publication.
    pub struct Explainer<'a> {
        pub title: &'a str,
        pub standfirst: &'a str,
        /// No fact in the data is newer than this.
        pub as_of: Date,
        /// The day the explainer was last changed (a correction, an update); never before `as_of`.
        pub updated: Date,
        /// The day it was first published, once the editors record it: search engines read it
        /// (the JSON-LD's `datePublished`). Never after `updated`.
        pub published: Option<Date>,
        /// The /about page.
        pub about: &'a [AboutSection<'a>],
        /// Sentences of fact that introduce views, each with its sources (data/meta.toml's
        /// `[[intro]]`); at most one per view.
        pub intros: &'a [Intro<'a>],
        /// What each of the overview's groups of points holds, with its sources (data/meta.toml's
        /// `[[group]]`): one per phase, in the phases' order.
        pub groups: &'a [Group<'a>],
    }

    /// A sourced sentence of fact under a group's heading on the overview: which of the plan's
    /// steps the points this explainer groups under `phase` set out.
    pub struct Group<'a> {
        pub phase: Phase,
        pub text: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// A sourced sentence of fact a view opens with, where its introduction is.
    pub struct Intro<'a> {
        /// The path of the view it introduces; the checker makes sure the app serves it.
        pub view: &'a str,
        pub text: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// A section of the /about page.
    pub struct AboutSection<'a> {
        pub heading: &'a str,
        pub paragraphs: &'a [&'a str],
    }

    /// The plan being explained.
    pub struct Plan<'a> {
        pub name: &'a str,
        /// Who published it, as the footer names them: "the White House".
        pub publisher: &'a str,
        pub published: Date,
        pub point_count: u8,
        pub sources: &'a [SourceId<'a>],
    }

    pub struct Source<'a> {
        pub id: SourceId<'a>,
        /// The name used in short citations, e.g. "The National".
        pub short: &'a str,
        pub publisher: &'a str,
        pub title: &'a str,
        pub published: Option<Date>,
        pub urls: &'a [&'a str],
        pub note: Option<&'a str>,
        /// The language it is written in (a BCP 47 tag: "en", "ar"): where it is not the
        /// edition's, words quoted from it are our translation, and the page says so.
        pub language: &'a str,
    }

    pub struct Point<'a> {
        pub number: PointNumber,
        pub title: &'a str,
        pub phase: Phase,
        pub topics: &'a [Topic],
        pub summary: &'a str,
        pub commitments: &'a [Commitment<'a>],
        pub sources: &'a [SourceId<'a>],
    }

    /// What a point commits a party to, and by when.
    pub struct Commitment<'a> {
        /// `None` where the plan names no party.
        pub who: Option<&'a str>,
        /// The party at the talks that `who` names, if any.
        pub party: Option<PartyId<'a>>,
        pub what: &'a str,
        /// `None` where the plan gives no deadline or trigger.
        pub when: Option<&'a str>,
    }

    /// A party to the talks: a column of the positions matrix.
    pub struct Party<'a> {
        pub id: PartyId<'a>,
        pub name: &'a str,
        pub description: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// A disputed issue at the talks: a row of the positions matrix.
    pub struct Issue<'a> {
        pub slug: IssueSlug,
        pub title: &'a str,
        pub question: &'a str,
        pub summary: &'a str,
        /// The plan points it touches.
        pub points: &'a [PointNumber],
        pub sources: &'a [SourceId<'a>],
        /// What happened next, oldest first.
        pub outcomes: &'a [Outcome<'a>],
    }

    pub struct Outcome<'a> {
        pub date: Date,
        pub text: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// One party on one issue. The checker guarantees one per issue and party.
    pub struct Position<'a> {
        pub issue: IssueSlug,
        pub party: PartyId<'a>,
        /// `None`: our sources give no public position. Never inferred.
        pub stance: Option<Stance<'a>>,
        /// Where `stance` is `None`: which sources were searched for one, and when. The checker
        /// gives every position exactly one of the two.
        pub unstated: Option<Unstated<'a>>,
    }

    /// The finding that a party stated no position: a search, dated, not a guess.
    pub struct Unstated<'a> {
        /// The day the sources were last searched.
        pub checked: Date,
        /// The sources searched, which report on the party then and give no position.
        pub searched: &'a [SourceId<'a>],
    }

    pub struct Stance<'a> {
        /// A few words for the matrix cell.
        pub label: &'a str,
        pub text: &'a str,
        /// Parties with the same camp on an issue agree.
        pub camp: &'a str,
        pub as_of: Date,
        pub sources: &'a [SourceId<'a>],
    }

    pub struct Person<'a> {
        pub name: &'a str,
        pub role: &'a str,
        pub party: Option<PartyId<'a>>,
        pub group: PersonGroup,
        pub sources: &'a [SourceId<'a>],
    }

    /// A dated entry on the timeline.
    pub struct Event<'a> {
        pub date: Date,
        pub title: &'a str,
        pub text: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// A key number, with who says so and when.
    pub struct Figure<'a> {
        pub id: FigureId<'a>,
        /// What it counts, by whom: figures of one measure are one count over time, and only the
        /// newest reads as current.
        pub measure: Option<&'a str>,
        pub label: &'a str,
        pub value: &'a str,
        /// The number a chart draws (`value` as a number, e.g. 459 for "about 459"), if any.
        pub amount: Option<u32>,
        /// The top of a range ("600 to 800"): a chart draws `amount` to this.
        pub amount_to: Option<u32>,
        pub detail: &'a str,
        pub attribution: &'a str,
        pub as_of: Date,
        pub sources: &'a [SourceId<'a>],
    }

    /// A factual correction: what was wrong, what the explainer says now, and where.
    pub struct Correction<'a> {
        pub date: Date,
        /// Paths of the views it affects; the checker makes sure each exists.
        pub views: &'a [&'a str],
        pub wrong: &'a str,
        pub now: &'a str,
        pub sources: &'a [SourceId<'a>],
        /// Made to this edition's own text alone (its data/…/edition-corrections.toml): an
        /// error the other edition did not have, such as a translation that changed a fact.
        pub edition_only: bool,
    }

    /// One point's status over time, oldest first; the first entry is the plan's publication.
    pub struct Tracked<'a> {
        pub point: PointNumber,
        pub entries: &'a [StatusEntry<'a>],
        /// The day the sources were last searched for news of the point, where that is later than
        /// its newest entry: a re-check with nothing new moves this, never the status.
        pub checked: Option<Date>,
    }

    /// Where a point stood from a date on, why, and who says so.
    pub struct StatusEntry<'a> {
        pub date: Date,
        pub status: Status,
        pub why: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// A chart of dated figures, one or more panels over one time axis.
    pub struct Chart<'a> {
        pub slug: ChartSlug,
        pub title: &'a str,
        /// One sentence with placeholders (`{dead.last}`, `{dead.last_date}`) filled from the data.
        pub takeaway: &'a str,
        /// How it is drawn, where a reader needs telling (gaps between reports).
        pub note: Option<&'a str>,
        /// The plan's points it illustrates: their pages show it too.
        pub points: &'a [PointNumber],
        /// Dates marked across every panel (a deadline), each sourced.
        pub markers: &'a [Marker<'a>],
        pub panels: &'a [Panel<'a>],
    }

    /// A dated line across a chart.
    pub struct Marker<'a> {
        pub date: Date,
        pub label: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// One y axis (no chart has two on one panel) and the series drawn against it.
    pub struct Panel<'a> {
        /// What the axis counts, e.g. "trucks a day".
        pub axis: &'a str,
        /// Levels marked across the panel (the 600 agreed), each sourced.
        pub levels: &'a [Level<'a>],
        pub series: &'a [Series<'a>],
    }

    pub struct Level<'a> {
        pub value: u32,
        pub label: &'a str,
        pub sources: &'a [SourceId<'a>],
    }

    /// Values of one thing over time, each a figure with its own date, attribution and sources.
    pub struct Series<'a> {
        /// The name the takeaway's placeholders use.
        pub key: &'a str,
        pub label: &'a str,
        pub draw: Draw,
        pub points: &'a [ChartPoint<'a>],
    }

    pub struct ChartPoint<'a> {
        pub figure: FigureId<'a>,
        /// The point's own direct label (who says so), where it differs from the series'.
        pub label: Option<&'a str>,
    }

    /// A term explained in place and on /glossary.
    pub struct Term<'a> {
        /// Its anchor on /glossary and its popover's id.
        pub slug: &'a str,
        pub term: &'a str,
        /// The spellings marked in the text, longest first, each matched as a whole phrase.
        pub forms: &'a [&'a str],
        /// Our own words, at most 60.
        pub definition: &'a str,
        pub sources: &'a [SourceId<'a>],
    }
}

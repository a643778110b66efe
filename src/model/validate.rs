//! Reads the editorial files in `data/` and checks them, so that a mistake fails the build
//! with the file, line and field instead of reaching a reader.
//!
//! Compiled into `build.rs` and the data tests (through `#[path]`), never into the app: the app
//! gets the checked content as generated Rust and ships no TOML parser. Expects sibling modules
//! `vocab` and `date` at the including crate's root.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::date::Date;
use super::vocab::{Phase, Topic};

/// One problem in one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based; `None` only when the file cannot be located at all.
    pub line: Option<usize>,
    /// Dotted path of the field, e.g. `point[7].sources`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: ", self.file)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.field.is_empty() {
            write!(f, "field `{}`: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

/// The text of each data file, with the name used in messages.
pub struct DataFiles<'a> {
    pub meta: (&'a str, &'a str),
    pub sources: (&'a str, &'a str),
    pub points: (&'a str, &'a str),
}

/// Everything in `data/`, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub explainer: Explainer,
    pub plan: Plan,
    pub sources: Vec<Source>,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Explainer {
    pub title: String,
    pub standfirst: String,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub name: String,
    pub published: Date,
    pub point_count: u8,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub published: Option<Date>,
    pub urls: Vec<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub number: u8,
    pub title: String,
    pub phase: Phase,
    pub topics: Vec<Topic>,
    pub summary: String,
    pub commitments: Vec<Commitment>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Commitment {
    pub who: Option<String>,
    pub what: String,
    pub when: Option<String>,
}

// The files as written: every field an editor can get wrong keeps its position.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    explainer: RawExplainer,
    plan: RawPlan,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExplainer {
    title: Spanned<String>,
    standfirst: Spanned<String>,
    as_of: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    name: Spanned<String>,
    published: Spanned<toml::value::Datetime>,
    point_count: Spanned<i64>,
    sources: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    publisher: Spanned<String>,
    title: Spanned<String>,
    published: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    urls: Vec<Spanned<String>>,
    note: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PointsFile {
    #[serde(default)]
    point: Vec<RawPoint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    number: Spanned<i64>,
    title: Spanned<String>,
    phase: Spanned<String>,
    topics: Spanned<Vec<Spanned<String>>>,
    summary: Spanned<String>,
    sources: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    commitment: Vec<RawCommitment>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommitment {
    who: Option<Spanned<String>>,
    what: Spanned<String>,
    when: Option<Spanned<String>>,
}

/// Collects errors for one file, turning byte offsets into line numbers.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<DataError>,
}

impl<'a> Report<'a> {
    fn new((file, text): (&'a str, &'a str)) -> Self {
        Report {
            file,
            text,
            errors: Vec::new(),
        }
    }

    fn line_of(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    fn error(&mut self, span: &Range<usize>, field: impl Into<String>, message: impl Into<String>) {
        let line = Some(self.line_of(span));
        self.errors.push(DataError {
            file: self.file.to_owned(),
            line,
            field: field.into(),
            message: message.into(),
        });
    }

    /// Parses the whole file; a syntax or shape error stops here with the parser's position.
    fn parse<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        match toml::from_str::<T>(self.text) {
            Ok(value) => Some(value),
            Err(err) => {
                let span = err.span().unwrap_or(0..0);
                let message = err.message().trim().to_owned();
                let field = field_named_in(&message).unwrap_or_default();
                self.error(&span, field, message);
                None
            }
        }
    }

    /// Non-empty text, trimmed of the whitespace that multi-line strings leave.
    fn text(&mut self, value: &Spanned<String>, field: &str) -> String {
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.error(&value.span(), field, "must not be empty");
        }
        text.to_owned()
    }

    fn optional_text(&mut self, value: &Option<Spanned<String>>, field: &str) -> Option<String> {
        value.as_ref().map(|value| self.text(value, field))
    }

    fn date(&mut self, value: &Spanned<toml::value::Datetime>, field: &str) -> Date {
        let datetime = value.get_ref();
        let date = match (datetime.date, datetime.time, datetime.offset) {
            (Some(d), None, None) => Date::new(d.year, d.month, d.day),
            _ => None,
        };
        date.unwrap_or_else(|| {
            self.error(
                &value.span(),
                field,
                "must be a date like 2025-09-29, with no time",
            );
            Date {
                year: 0,
                month: 1,
                day: 1,
            }
        })
    }

    /// Source ids must exist in `data/sources.toml`; a claim needs at least one. `known` is
    /// `None` when that file did not parse, so one typo there is not echoed by every claim.
    fn source_ids(
        &mut self,
        ids: &Spanned<Vec<Spanned<String>>>,
        field: &str,
        known: Option<&BTreeSet<String>>,
    ) -> Vec<String> {
        if ids.get_ref().is_empty() {
            self.error(
                &ids.span(),
                field,
                "needs at least one source id: no source, no claim",
            );
        }
        ids.get_ref()
            .iter()
            .map(|id| {
                if known.is_some_and(|known| !known.contains(id.get_ref())) {
                    self.error(
                        &id.span(),
                        field,
                        format!(
                            "unknown source id \"{}\" (not in data/sources.toml)",
                            id.get_ref()
                        ),
                    );
                }
                id.get_ref().clone()
            })
            .collect()
    }
}

/// The field a parser message names, such as "missing field `summary`".
fn field_named_in(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_owned())
}

/// Ends of sentences: ".", "?" or "!" followed by a space or the end, ignoring closing quotes.
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| matches!(chars[i], '.' | '?' | '!'))
        .filter(|&i| {
            let rest = chars[i + 1..]
                .iter()
                .skip_while(|c| matches!(c, '"' | '\'' | ')'));
            rest.clone().next().is_none_or(|c| c.is_whitespace())
        })
        .count()
}

/// The slugs a data file may use, for error messages.
fn slugs<T: Copy>(all: &[T], slug: fn(T) -> &'static str) -> String {
    all.iter()
        .map(|item| slug(*item))
        .collect::<Vec<_>>()
        .join(", ")
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks every file and returns the content, or every problem found.
pub fn load(files: &DataFiles<'_>) -> Result<Content, Vec<DataError>> {
    let mut errors = Vec::new();
    let sources = load_sources(files.sources, &mut errors);
    let known: Option<BTreeSet<String>> = sources
        .as_ref()
        .map(|sources| sources.iter().map(|s| s.id.clone()).collect());
    let meta = load_meta(files.meta, known.as_ref(), &mut errors);
    let points = load_points(
        files.points,
        meta.as_ref().map(|(_, plan)| plan),
        known.as_ref(),
        &mut errors,
    );
    match (errors.is_empty(), meta, sources) {
        (true, Some((explainer, plan)), Some(sources)) => Ok(Content {
            explainer,
            plan,
            sources,
            points,
        }),
        _ => Err(errors),
    }
}

fn load_meta(
    file: (&str, &str),
    known: Option<&BTreeSet<String>>,
    errors: &mut Vec<DataError>,
) -> Option<(Explainer, Plan)> {
    let mut report = Report::new(file);
    let parsed = report
        .parse::<MetaFile>()
        .map(|MetaFile { explainer, plan }| {
            let explainer = Explainer {
                title: report.text(&explainer.title, "explainer.title"),
                standfirst: report.text(&explainer.standfirst, "explainer.standfirst"),
                as_of: report.date(&explainer.as_of, "explainer.as_of"),
            };
            let point_count = u8::try_from(*plan.point_count.get_ref()).unwrap_or(0);
            if point_count == 0 {
                report.error(
                    &plan.point_count.span(),
                    "plan.point_count",
                    "must be between 1 and 255",
                );
            }
            let published = report.date(&plan.published, "plan.published");
            if explainer.as_of < published {
                report.error(
                    &plan.published.span(),
                    "plan.published",
                    format!("is later than explainer.as_of ({})", explainer.as_of),
                );
            }
            let plan = Plan {
                name: report.text(&plan.name, "plan.name"),
                published,
                point_count,
                sources: report.source_ids(&plan.sources, "plan.sources", known),
            };
            (explainer, plan)
        });
    errors.append(&mut report.errors);
    parsed
}

/// `None` when the file does not parse at all.
fn load_sources(file: (&str, &str), errors: &mut Vec<DataError>) -> Option<Vec<Source>> {
    let mut report = Report::new(file);
    let mut seen = BTreeSet::new();
    let parsed = report.parse::<SourcesFile>();
    let sources = parsed.map(|parsed| {
        parsed
            .source
            .into_iter()
            .enumerate()
            .map(|(i, raw)| {
                let at = |field: &str| format!("source[{}].{field}", i + 1);
                let id = raw.id.get_ref().clone();
                if !is_slug(&id) {
                    report.error(
                        &raw.id.span(),
                        at("id"),
                        format!("\"{id}\" must use only lowercase letters, digits and hyphens"),
                    );
                }
                if !seen.insert(id.clone()) {
                    report.error(
                        &raw.id.span(),
                        at("id"),
                        format!("duplicate source id \"{id}\""),
                    );
                }
                for url in &raw.urls {
                    let url_text = url.get_ref();
                    if !(url_text.starts_with("https://") || url_text.starts_with("http://")) {
                        report.error(
                            &url.span(),
                            at("urls"),
                            format!("\"{url_text}\" must start with https:// or http://"),
                        );
                    }
                }
                Source {
                    publisher: report.text(&raw.publisher, &at("publisher")),
                    title: report.text(&raw.title, &at("title")),
                    published: raw
                        .published
                        .as_ref()
                        .map(|date| report.date(date, &at("published"))),
                    urls: raw.urls.iter().map(|url| url.get_ref().clone()).collect(),
                    note: report.optional_text(&raw.note, &at("note")),
                    id,
                }
            })
            .collect()
    });
    errors.append(&mut report.errors);
    sources
}

fn load_points(
    file: (&str, &str),
    plan: Option<&Plan>,
    known: Option<&BTreeSet<String>>,
    errors: &mut Vec<DataError>,
) -> Vec<Point> {
    let mut report = Report::new(file);
    let raw_points = report.parse::<PointsFile>().map(|parsed| parsed.point);
    let Some(raw_points) = raw_points else {
        errors.append(&mut report.errors);
        return Vec::new();
    };
    if raw_points.is_empty() {
        report.error(&(0..0), "point", "no [[point]] tables found");
    }
    let mut expected: i64 = 1;
    let mut seen = BTreeSet::new();
    let mut points = Vec::with_capacity(raw_points.len());
    for raw in &raw_points {
        let number = *raw.number.get_ref();
        let at = |field: &str| format!("point[{number}].{field}");
        if !seen.insert(number) {
            report.error(
                &raw.number.span(),
                at("number"),
                format!("duplicate point number {number}"),
            );
        } else if number > expected {
            let message = format!(
                "point {expected} is missing: found {number} where {expected} was expected"
            );
            report.error(&raw.number.span(), at("number"), message);
        } else if number < expected {
            let message = format!(
                "points must be in order 1, 2, 3…: found {number} after {}",
                expected - 1
            );
            report.error(&raw.number.span(), at("number"), message);
        }
        expected = expected.max(number + 1);

        let phase = Phase::from_slug(raw.phase.get_ref()).unwrap_or_else(|| {
            let message = format!(
                "bad phase \"{}\" (expected one of: {})",
                raw.phase.get_ref(),
                slugs(&Phase::ALL, Phase::slug)
            );
            report.error(&raw.phase.span(), at("phase"), message);
            Phase::First
        });
        let topics = load_topics(&mut report, &raw.topics, &at("topics"));
        let summary = report.text(&raw.summary, &at("summary"));
        let sentences = sentence_count(&summary);
        if !summary.is_empty() && !(2..=4).contains(&sentences) {
            report.error(
                &raw.summary.span(),
                at("summary"),
                format!("has {sentences} sentence(s); write 2 to 4"),
            );
        }
        if raw.commitment.is_empty() {
            report.error(
                &raw.number.span(),
                at("commitment"),
                "needs at least one [[point.commitment]]: what the point commits whom to",
            );
        }
        let commitments = raw
            .commitment
            .iter()
            .map(|c| Commitment {
                who: report.optional_text(&c.who, &at("commitment.who")),
                what: report.text(&c.what, &at("commitment.what")),
                when: report.optional_text(&c.when, &at("commitment.when")),
            })
            .collect();
        points.push(Point {
            number: u8::try_from(number).unwrap_or(0),
            title: report.text(&raw.title, &at("title")),
            phase,
            topics,
            summary,
            commitments,
            sources: report.source_ids(&raw.sources, &at("sources"), known),
        });
    }
    if let (Some(plan), Some(last)) = (plan, raw_points.last()) {
        let count = i64::from(plan.point_count);
        if expected - 1 != count {
            report.error(
                &last.number.span(),
                format!("point[{}].number", last.number.get_ref()),
                format!(
                    "the plan has {count} points (plan.point_count in data/meta.toml) but the last point here is {}",
                    expected - 1
                ),
            );
        }
    }
    errors.append(&mut report.errors);
    points
}

fn load_topics(
    report: &mut Report<'_>,
    raw: &Spanned<Vec<Spanned<String>>>,
    field: &str,
) -> Vec<Topic> {
    if raw.get_ref().is_empty() {
        report.error(&raw.span(), field, "needs at least one topic");
    }
    let mut topics = Vec::new();
    for slug in raw.get_ref() {
        match Topic::from_slug(slug.get_ref()) {
            Some(topic) if topics.contains(&topic) => {
                report.error(
                    &slug.span(),
                    field,
                    format!("topic \"{}\" is listed twice", slug.get_ref()),
                );
            }
            Some(topic) => topics.push(topic),
            None => report.error(
                &slug.span(),
                field,
                format!(
                    "bad topic \"{}\" (expected one of: {})",
                    slug.get_ref(),
                    slugs(&Topic::ALL, Topic::slug)
                ),
            ),
        }
    }
    topics
}

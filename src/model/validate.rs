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
use super::vocab::{PersonGroup, Phase, Topic};

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

/// Every data file, in the order they are read.
pub const FILES: [&str; 10] = [
    "data/meta.toml",
    "data/sources.toml",
    "data/points.toml",
    "data/parties.toml",
    "data/issues.toml",
    "data/positions.toml",
    "data/people.toml",
    "data/events.toml",
    "data/figures.toml",
    "data/corrections.toml",
];

/// Everything in `data/`, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub explainer: Explainer,
    pub plan: Plan,
    pub sources: Vec<Source>,
    pub points: Vec<Point>,
    pub parties: Vec<Party>,
    pub issues: Vec<Issue>,
    pub positions: Vec<Position>,
    pub people: Vec<Person>,
    pub events: Vec<Event>,
    pub figures: Vec<Figure>,
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Explainer {
    pub title: String,
    pub standfirst: String,
    pub as_of: Date,
    pub updated: Date,
    pub about: Vec<AboutSection>,
}

/// A section of the /about page.
#[derive(Debug, Clone, PartialEq)]
pub struct AboutSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
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
    pub short: String,
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

#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub description: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub slug: String,
    pub title: String,
    pub question: String,
    pub summary: String,
    pub points: Vec<u8>,
    pub sources: Vec<String>,
    pub outcomes: Vec<Outcome>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub date: Date,
    pub text: String,
    pub sources: Vec<String>,
}

/// A party's position on an issue; `stance` is `None` where our sources give none.
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    pub issue: String,
    pub party: String,
    pub stance: Option<Stance>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    pub label: String,
    pub text: String,
    pub camp: String,
    pub as_of: Date,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub party: Option<String>,
    pub group: PersonGroup,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub date: Date,
    pub title: String,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub value: String,
    pub detail: String,
    pub attribution: String,
    pub as_of: Date,
    pub sources: Vec<String>,
}

/// A factual correction, shown to readers on /corrections and at the foot of each view it affects.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub date: Date,
    /// Paths of the views it affects, each one that exists (see [`view_paths`]).
    pub views: Vec<String>,
    pub wrong: String,
    pub now: String,
    pub sources: Vec<String>,
}

// The files as written: every field an editor can get wrong keeps its position.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    explainer: RawExplainer,
    plan: RawPlan,
    #[serde(default)]
    about: Vec<RawAboutSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAboutSection {
    heading: Spanned<String>,
    paragraphs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExplainer {
    title: Spanned<String>,
    standfirst: Spanned<String>,
    as_of: Spanned<toml::value::Datetime>,
    updated: Spanned<toml::value::Datetime>,
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
    short: Spanned<String>,
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

type Ids = Spanned<Vec<Spanned<String>>>;
type TomlDate = Spanned<toml::value::Datetime>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartiesFile {
    #[serde(default)]
    party: Vec<RawParty>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParty {
    id: Spanned<String>,
    name: Spanned<String>,
    description: Spanned<String>,
    sources: Ids,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuesFile {
    #[serde(default)]
    issue: Vec<RawIssue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIssue {
    slug: Spanned<String>,
    title: Spanned<String>,
    question: Spanned<String>,
    summary: Spanned<String>,
    points: Spanned<Vec<Spanned<i64>>>,
    sources: Ids,
    #[serde(default)]
    outcome: Vec<RawOutcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    date: TomlDate,
    text: Spanned<String>,
    sources: Ids,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionsFile {
    #[serde(default)]
    position: Vec<RawPosition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPosition {
    issue: Spanned<String>,
    party: Spanned<String>,
    no_public_position: Option<Spanned<bool>>,
    label: Option<Spanned<String>>,
    stance: Option<Spanned<String>>,
    camp: Option<Spanned<String>>,
    as_of: Option<TomlDate>,
    sources: Option<Ids>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(default)]
    person: Vec<RawPerson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: Spanned<String>,
    role: Spanned<String>,
    party: Option<Spanned<String>>,
    group: Spanned<String>,
    sources: Ids,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<RawEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    date: TomlDate,
    title: Spanned<String>,
    text: Spanned<String>,
    sources: Ids,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresFile {
    #[serde(default)]
    figure: Vec<RawFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    id: Spanned<String>,
    label: Spanned<String>,
    value: Spanned<String>,
    detail: Spanned<String>,
    attribution: Spanned<String>,
    as_of: TomlDate,
    sources: Ids,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectionsFile {
    #[serde(default)]
    correction: Vec<RawCorrection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCorrection {
    date: TomlDate,
    views: Spanned<Vec<Spanned<String>>>,
    wrong: Spanned<String>,
    now: Spanned<String>,
    sources: Ids,
}

/// Collects errors for one file, turning byte offsets into line numbers.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<DataError>,
}

impl<'a> Report<'a> {
    fn new((file, text): (&'a str, &'a str)) -> Self {
        Report { file, text, errors: Vec::new() }
    }

    fn line_of(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.text.len());
        self.text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
    }

    fn error(&mut self, span: &Range<usize>, field: impl Into<String>, message: impl Into<String>) {
        let line = Some(self.line_of(span));
        self.errors.push(DataError { file: self.file.to_owned(), line, field: field.into(), message: message.into() });
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
            self.error(&value.span(), field, "must be a date like 2025-09-29, with no time");
            Date { year: 0, month: 1, day: 1 }
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
            self.error(&ids.span(), field, "needs at least one source id: no source, no claim");
        }
        ids.get_ref()
            .iter()
            .map(|id| {
                if known.is_some_and(|known| !known.contains(id.get_ref())) {
                    self.error(
                        &id.span(),
                        field,
                        format!("unknown source id \"{}\" (not in data/sources.toml)", id.get_ref()),
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
            let rest = chars[i + 1..].iter().skip_while(|c| matches!(c, '"' | '\'' | ')'));
            rest.clone().next().is_none_or(|c| c.is_whitespace())
        })
        .count()
}

/// The slugs a data file may use, for error messages.
fn slugs<T: Copy>(all: &[T], slug: fn(T) -> &'static str) -> String {
    all.iter().map(|item| slug(*item)).collect::<Vec<_>>().join(", ")
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks every file and returns the content, or every problem found. `read` gives the text of
/// each file in [`FILES`] by name.
pub fn load(read: &dyn Fn(&str) -> Result<String, String>) -> Result<Content, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut texts = Vec::with_capacity(FILES.len());
    for file in FILES {
        match read(file) {
            Ok(text) => texts.push(text),
            Err(message) => {
                errors.push(DataError { file: file.into(), line: None, field: String::new(), message });
                texts.push(String::new());
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let file = |i: usize| (FILES[i], texts[i].as_str());

    let sources = load_sources(file(1), &mut errors);
    let known: Option<BTreeSet<String>> =
        sources.as_ref().map(|sources| sources.iter().map(|s| s.id.clone()).collect());
    let meta = load_meta(file(0), known.as_ref(), &mut errors);
    let points = load_points(file(2), meta.as_ref().map(|(_, plan)| plan), known.as_ref(), &mut errors);
    let latest = meta.as_ref().map(|(explainer, _)| explainer.as_of);
    let numbers = points.as_ref().map(|points| points.iter().map(|p| p.number).collect());
    let context = Context { sources: known.as_ref(), points: numbers, latest };
    let parties = load_parties(file(3), &context, &mut errors);
    let issues = load_issues(file(4), &context, &mut errors);
    let positions = load_positions(file(5), (file(4), &issues), &parties, &context, &mut errors);
    let people = load_people(file(6), &parties, &context, &mut errors);
    let events = load_events(file(7), &context, &mut errors);
    let figures = load_figures(file(8), &context, &mut errors);
    let views = context.points.as_ref().map(|points| view_paths(points, &issues));
    let window = meta.as_ref().map(|(explainer, plan)| (plan.published, explainer.updated));
    let corrections = load_corrections(file(9), views.as_ref(), window, &context, &mut errors);
    match (errors.is_empty(), meta, sources, points) {
        (true, Some((explainer, plan)), Some(sources), Some(points)) => Ok(Content {
            explainer,
            plan,
            sources,
            points,
            parties,
            issues,
            positions,
            people,
            events,
            figures,
            corrections,
        }),
        _ => Err(errors),
    }
}

/// What later files are checked against.
struct Context<'a> {
    /// `None` when data/sources.toml did not parse.
    sources: Option<&'a BTreeSet<String>>,
    /// `None` when data/points.toml did not parse: references to points are then not checked.
    points: Option<BTreeSet<u8>>,
    /// The explainer's as-of date: nothing may be dated after it.
    latest: Option<Date>,
}

impl Report<'_> {
    /// A date no later than the explainer's as-of date.
    fn dated(&mut self, value: &TomlDate, field: &str, context: &Context<'_>) -> Date {
        let date = self.date(value, field);
        if let Some(latest) = context.latest.filter(|latest| date > *latest) {
            self.error(
                &value.span(),
                field,
                format!("{date} is after the explainer's as-of date ({latest}) in data/meta.toml"),
            );
        }
        date
    }

    fn slug(&mut self, value: &Spanned<String>, field: &str, seen: &mut BTreeSet<String>) -> String {
        let slug = value.get_ref().clone();
        if !is_slug(&slug) {
            let message = format!("\"{slug}\" must use only lowercase letters, digits and hyphens");
            self.error(&value.span(), field, message);
        } else if !seen.insert(slug.clone()) {
            self.error(&value.span(), field, format!("\"{slug}\" is used twice"));
        }
        slug
    }

    fn sentences(&mut self, value: &Spanned<String>, field: &str, range: std::ops::RangeInclusive<usize>) -> String {
        let text = self.text(value, field);
        let count = sentence_count(&text);
        if !text.is_empty() && !range.contains(&count) {
            let message = format!("has {count} sentence(s); write {} to {}", range.start(), range.end());
            self.error(&value.span(), field, message);
        }
        text
    }
}

fn load_parties(file: (&str, &str), context: &Context<'_>, errors: &mut Vec<DataError>) -> Vec<Party> {
    let mut report = Report::new(file);
    let mut seen = BTreeSet::new();
    let parties = report
        .parse::<PartiesFile>()
        .map(|parsed| parsed.party)
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let id = report.slug(&raw.id, "party.id", &mut seen);
            let at = |field: &str| format!("party[{id}].{field}");
            Party {
                name: report.text(&raw.name, &at("name")),
                description: report.text(&raw.description, &at("description")),
                sources: report.source_ids(&raw.sources, &at("sources"), context.sources),
                id,
            }
        })
        .collect();
    errors.append(&mut report.errors);
    parties
}

fn load_issues(file: (&str, &str), context: &Context<'_>, errors: &mut Vec<DataError>) -> Vec<Issue> {
    let mut report = Report::new(file);
    let mut seen = BTreeSet::new();
    let issues = report
        .parse::<IssuesFile>()
        .map(|parsed| parsed.issue)
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let slug = report.slug(&raw.slug, "issue.slug", &mut seen);
            let at = |field: &str| format!("issue[{slug}].{field}");
            if raw.points.get_ref().is_empty() {
                report.error(&raw.points.span(), at("points"), "name at least one point of the plan");
            }
            let points = raw
                .points
                .get_ref()
                .iter()
                .filter_map(|n| {
                    let number = u8::try_from(*n.get_ref()).ok();
                    let known =
                        context.points.as_ref().is_none_or(|points| number.is_some_and(|n| points.contains(&n)));
                    if !known {
                        let message = format!("unknown point {} (not in data/points.toml)", n.get_ref());
                        report.error(&n.span(), at("points"), message);
                    }
                    number
                })
                .collect();
            if raw.outcome.is_empty() {
                report.error(
                    &raw.slug.span(),
                    at("outcome"),
                    "needs at least one [[issue.outcome]]: what happened next",
                );
            }
            let outcomes = raw
                .outcome
                .iter()
                .map(|o| Outcome {
                    date: report.dated(&o.date, &at("outcome.date"), context),
                    text: report.text(&o.text, &at("outcome.text")),
                    sources: report.source_ids(&o.sources, &at("outcome.sources"), context.sources),
                })
                .collect();
            Issue {
                title: report.text(&raw.title, &at("title")),
                question: report.text(&raw.question, &at("question")),
                summary: report.sentences(&raw.summary, &at("summary"), 1..=3),
                points,
                sources: report.source_ids(&raw.sources, &at("sources"), context.sources),
                outcomes,
                slug,
            }
        })
        .collect();
    errors.append(&mut report.errors);
    issues
}

fn load_positions(
    file: (&str, &str),
    (issues_file, issues): ((&str, &str), &[Issue]),
    parties: &[Party],
    context: &Context<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<Position> {
    let mut report = Report::new(file);
    let mut seen = BTreeSet::new();
    let raw_positions = report.parse::<PositionsFile>().map(|parsed| parsed.position);
    let parsed = raw_positions.is_some();
    let positions: Vec<Position> = raw_positions
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let (issue, party) = (raw.issue.get_ref().clone(), raw.party.get_ref().clone());
            let at = |field: &str| format!("position[{issue}/{party}].{field}");
            if !issues.iter().any(|i| i.slug == issue) {
                report.error(
                    &raw.issue.span(),
                    at("issue"),
                    format!("unknown issue \"{issue}\" (not in data/issues.toml)"),
                );
            }
            if !parties.iter().any(|p| p.id == party) {
                report.error(
                    &raw.party.span(),
                    at("party"),
                    format!("unknown party \"{party}\" (not in data/parties.toml)"),
                );
            }
            if !seen.insert((issue.clone(), party.clone())) {
                report.error(
                    &raw.party.span(),
                    at("party"),
                    format!("a second position for \"{party}\" on \"{issue}\""),
                );
            }
            let stance = load_stance(&mut report, raw, &at, context);
            Position { issue, party, stance }
        })
        .collect();
    errors.append(&mut report.errors);

    // Every party needs an entry on every issue, even if only to say our sources have none.
    if parsed {
        let mut issue_report = Report::new(issues_file);
        let slugs = issue_report.parse::<IssuesFile>().map(|f| f.issue).unwrap_or_default();
        for issue in &slugs {
            for party in parties {
                let covered = positions.iter().any(|p| p.issue == *issue.slug.get_ref() && p.party == party.id);
                if !covered && issues.iter().any(|i| i.slug == *issue.slug.get_ref()) {
                    issue_report.error(
                        &issue.slug.span(),
                        format!("issue[{}]", issue.slug.get_ref()),
                        format!(
                            "party \"{}\" has neither a position nor `no_public_position = true` in data/positions.toml",
                            party.id
                        ),
                    );
                }
            }
        }
        errors.append(&mut issue_report.errors);
    }
    positions
}

/// A stance needs all its fields; `no_public_position = true` needs none of them.
fn load_stance(
    report: &mut Report<'_>,
    raw: &RawPosition,
    at: &dyn Fn(&str) -> String,
    context: &Context<'_>,
) -> Option<Stance> {
    let none = raw.no_public_position.as_ref().is_some_and(|flag| *flag.get_ref());
    let given: Vec<&str> = [
        raw.label.as_ref().map(|_| "label"),
        raw.stance.as_ref().map(|_| "stance"),
        raw.camp.as_ref().map(|_| "camp"),
        raw.as_of.as_ref().map(|_| "as_of"),
        raw.sources.as_ref().map(|_| "sources"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if none {
        if !given.is_empty() {
            let message =
                format!("has `no_public_position = true` and also {}: keep one or the other", given.join(", "));
            report.error(&raw.party.span(), at("no_public_position"), message);
        }
        return None;
    }
    let (Some(label), Some(stance), Some(camp), Some(as_of), Some(sources)) =
        (&raw.label, &raw.stance, &raw.camp, &raw.as_of, &raw.sources)
    else {
        let missing: Vec<&str> =
            ["label", "stance", "camp", "as_of", "sources"].into_iter().filter(|f| !given.contains(f)).collect();
        let message =
            format!("needs {} (or `no_public_position = true` if our sources give no position)", missing.join(", "));
        report.error(&raw.party.span(), at("stance"), message);
        return None;
    };
    Some(Stance {
        label: report.text(label, &at("label")),
        text: report.sentences(stance, &at("stance"), 1..=3),
        camp: report.text(camp, &at("camp")),
        as_of: report.dated(as_of, &at("as_of"), context),
        sources: report.source_ids(sources, &at("sources"), context.sources),
    })
}

fn load_people(
    file: (&str, &str),
    parties: &[Party],
    context: &Context<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<Person> {
    let mut report = Report::new(file);
    let people = report
        .parse::<PeopleFile>()
        .map(|parsed| parsed.person)
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let name = report.text(&raw.name, "person.name");
            let at = |field: &str| format!("person[{name}].{field}");
            let party = raw.party.as_ref().map(|party| {
                if !parties.iter().any(|p| p.id == *party.get_ref()) {
                    let message = format!("unknown party \"{}\" (not in data/parties.toml)", party.get_ref());
                    report.error(&party.span(), at("party"), message);
                }
                party.get_ref().clone()
            });
            let group = PersonGroup::from_slug(raw.group.get_ref()).unwrap_or_else(|| {
                let message = format!(
                    "bad group \"{}\" (expected one of: {})",
                    raw.group.get_ref(),
                    slugs(&PersonGroup::ALL, PersonGroup::slug)
                );
                report.error(&raw.group.span(), at("group"), message);
                PersonGroup::Official
            });
            Person {
                role: report.text(&raw.role, &at("role")),
                party,
                group,
                sources: report.source_ids(&raw.sources, &at("sources"), context.sources),
                name,
            }
        })
        .collect();
    errors.append(&mut report.errors);
    people
}

fn load_events(file: (&str, &str), context: &Context<'_>, errors: &mut Vec<DataError>) -> Vec<Event> {
    let mut report = Report::new(file);
    let mut previous: Option<Date> = None;
    let events = report
        .parse::<EventsFile>()
        .map(|parsed| parsed.event)
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let date = report.dated(&raw.date, "event.date", context);
            if previous.is_some_and(|previous| date < previous) {
                report.error(
                    &raw.date.span(),
                    "event.date",
                    format!("{date} is out of order: list events oldest first"),
                );
            }
            previous = Some(date);
            let at = |field: &str| format!("event[{}].{field}", date.iso());
            Event {
                date,
                title: report.text(&raw.title, &at("title")),
                text: report.sentences(&raw.text, &at("text"), 1..=3),
                sources: report.source_ids(&raw.sources, &at("sources"), context.sources),
            }
        })
        .collect();
    errors.append(&mut report.errors);
    events
}

fn load_figures(file: (&str, &str), context: &Context<'_>, errors: &mut Vec<DataError>) -> Vec<Figure> {
    let mut report = Report::new(file);
    let mut seen = BTreeSet::new();
    let figures = report
        .parse::<FiguresFile>()
        .map(|parsed| parsed.figure)
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let id = report.slug(&raw.id, "figure.id", &mut seen);
            let at = |field: &str| format!("figure[{id}].{field}");
            Figure {
                label: report.text(&raw.label, &at("label")),
                value: report.text(&raw.value, &at("value")),
                detail: report.text(&raw.detail, &at("detail")),
                attribution: report.text(&raw.attribution, &at("attribution")),
                as_of: report.dated(&raw.as_of, &at("as_of"), context),
                sources: report.source_ids(&raw.sources, &at("sources"), context.sources),
                id,
            }
        })
        .collect();
    errors.append(&mut report.errors);
    figures
}

fn load_meta(
    file: (&str, &str),
    known: Option<&BTreeSet<String>>,
    errors: &mut Vec<DataError>,
) -> Option<(Explainer, Plan)> {
    let mut report = Report::new(file);
    let parsed = report.parse::<MetaFile>().map(|MetaFile { explainer, plan, about }| {
        let explainer_updated_span = explainer.updated.span();
        let about = about
            .iter()
            .map(|section| AboutSection {
                heading: report.text(&section.heading, "about.heading"),
                paragraphs: section.paragraphs.iter().map(|p| report.text(p, "about.paragraphs")).collect(),
            })
            .collect();
        let explainer = Explainer {
            title: report.text(&explainer.title, "explainer.title"),
            standfirst: report.text(&explainer.standfirst, "explainer.standfirst"),
            as_of: report.date(&explainer.as_of, "explainer.as_of"),
            updated: report.date(&explainer.updated, "explainer.updated"),
            about,
        };
        if explainer.updated < explainer.as_of {
            report.error(
                &explainer_updated_span,
                "explainer.updated",
                format!(
                    "is earlier than explainer.as_of ({}): the newest fact cannot postdate the last update",
                    explainer.as_of
                ),
            );
        }
        let point_count = u8::try_from(*plan.point_count.get_ref()).unwrap_or(0);
        if point_count == 0 {
            report.error(&plan.point_count.span(), "plan.point_count", "must be between 1 and 255");
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
                    report.error(&raw.id.span(), at("id"), format!("duplicate source id \"{id}\""));
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
                    short: report.text(&raw.short, &at("short")),
                    publisher: report.text(&raw.publisher, &at("publisher")),
                    title: report.text(&raw.title, &at("title")),
                    published: raw.published.as_ref().map(|date| report.date(date, &at("published"))),
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
) -> Option<Vec<Point>> {
    let mut report = Report::new(file);
    let raw_points = report.parse::<PointsFile>().map(|parsed| parsed.point);
    let Some(raw_points) = raw_points else {
        errors.append(&mut report.errors);
        return None;
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
            report.error(&raw.number.span(), at("number"), format!("duplicate point number {number}"));
        } else if number > expected {
            let message = format!("point {expected} is missing: found {number} where {expected} was expected");
            report.error(&raw.number.span(), at("number"), message);
        } else if number < expected {
            let message = format!("points must be in order 1, 2, 3…: found {number} after {}", expected - 1);
            report.error(&raw.number.span(), at("number"), message);
        }
        expected = expected.max(number + 1);

        let phase = Phase::from_slug(raw.phase.get_ref()).unwrap_or_else(|| {
            let message =
                format!("bad phase \"{}\" (expected one of: {})", raw.phase.get_ref(), slugs(&Phase::ALL, Phase::slug));
            report.error(&raw.phase.span(), at("phase"), message);
            Phase::First
        });
        let topics = load_topics(&mut report, &raw.topics, &at("topics"));
        let summary = report.sentences(&raw.summary, &at("summary"), 2..=4);
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
    Some(points)
}

fn load_topics(report: &mut Report<'_>, raw: &Spanned<Vec<Spanned<String>>>, field: &str) -> Vec<Topic> {
    if raw.get_ref().is_empty() {
        report.error(&raw.span(), field, "needs at least one topic");
    }
    let mut topics = Vec::new();
    for slug in raw.get_ref() {
        match Topic::from_slug(slug.get_ref()) {
            Some(topic) if topics.contains(&topic) => {
                report.error(&slug.span(), field, format!("topic \"{}\" is listed twice", slug.get_ref()));
            }
            Some(topic) => topics.push(topic),
            None => report.error(
                &slug.span(),
                field,
                format!("bad topic \"{}\" (expected one of: {})", slug.get_ref(), slugs(&Topic::ALL, Topic::slug)),
            ),
        }
    }
    topics
}

/// The path of every view an editor may name, as `Route::all` lists them (a test keeps the two
/// equal): a correction's `views` must be among them.
pub fn view_paths(points: &BTreeSet<u8>, issues: &[Issue]) -> BTreeSet<String> {
    let fixed = ["/", "/positions", "/timeline", "/people", "/sources", "/about", "/corrections"];
    let points = points.iter().map(|n| format!("/points/{n}"));
    let issues = issues.iter().map(|issue| format!("/positions/{}", issue.slug));
    fixed.iter().map(|path| (*path).to_owned()).chain(points).chain(issues).collect()
}

/// `views` is `None` when points did not parse; `window` is the plan's publication and the
/// explainer's last update, between which every correction falls.
fn load_corrections(
    file: (&str, &str),
    views: Option<&BTreeSet<String>>,
    window: Option<(Date, Date)>,
    context: &Context<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<Correction> {
    let mut report = Report::new(file);
    let mut previous: Option<Date> = None;
    let corrections = report
        .parse::<CorrectionsFile>()
        .map(|parsed| parsed.correction)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            let at = |field: &str| format!("correction[{}].{field}", i + 1);
            let date = report.date(&raw.date, &at("date"));
            if previous.is_some_and(|previous| date < previous) {
                let message = format!("{date} is out of order: list corrections oldest first, add new ones at the end");
                report.error(&raw.date.span(), at("date"), message);
            }
            previous = Some(date);
            if let Some((published, updated)) = window {
                if date > updated {
                    let message = format!("{date} is after explainer.updated ({updated}) in data/meta.toml");
                    report.error(&raw.date.span(), at("date"), message);
                } else if date < published {
                    let message = format!("{date} is before the plan was published ({published})");
                    report.error(&raw.date.span(), at("date"), message);
                }
            }
            if raw.views.get_ref().is_empty() {
                report.error(&raw.views.span(), at("views"), "name at least one view the correction affects");
            }
            for view in raw.views.get_ref() {
                if views.is_some_and(|views| !views.contains(view.get_ref())) {
                    let message = format!(
                        "no view at \"{}\" (write a path such as \"/people\" or \"/points/7\")",
                        view.get_ref()
                    );
                    report.error(&view.span(), at("views"), message);
                }
            }
            Correction {
                date,
                views: raw.views.get_ref().iter().map(|view| view.get_ref().clone()).collect(),
                wrong: report.text(&raw.wrong, &at("wrong")),
                now: report.text(&raw.now, &at("now")),
                sources: report.source_ids(&raw.sources, &at("sources"), context.sources),
            }
        })
        .collect();
    errors.append(&mut report.errors);
    corrections
}

//! The content as open data: a CSV table per part of `data/`, each chart's values as a table of
//! its own, and `datapackage.json` (Frictionless Data Package v1) describing every table, field,
//! type, key and reference, with the licence and the `as_of` and `updated` dates. Written under
//! `data/` in each edition; the "Get the data" links under the charts and on /sources name them.
//!
//! Lists inside a cell (a point's topics, an issue's points) are joined by spaces; which source
//! backs which row is one table of its own (`citations`), so every source id is a checked key.

use serde_json::{Value, json};

use crate::data_files::{DESCRIPTOR, DIR, LICENCE};
use crate::model::{
    CHARTS, CORRECTIONS, Chart, EVENTS, EXPLAINER, FIGURES, GLOSSARY, ISSUES, PARTIES, PEOPLE, POINTS, POSITIONS,
    SOURCES, SourceId, TRACKER, plotted, takeaway,
};
use crate::words::WORDS;

/// A field's type, as Table Schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    Date,
    Boolean,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Text => "string",
            Kind::Integer => "integer",
            Kind::Date => "date",
            Kind::Boolean => "boolean",
        }
    }
}

/// One column: its name, type and whether every row has a value.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn field(name: &'static str, kind: Kind, required: bool) -> Field {
    Field { name, kind, required }
}

/// One CSV table and its schema.
#[derive(Debug, Clone)]
pub struct Table {
    /// The resource's name in the package, and its file's (`NAME.csv`, or `charts/SLUG.csv`).
    pub name: String,
    pub path: String,
    pub fields: Vec<Field>,
    pub primary_key: Vec<&'static str>,
    /// (fields, the table they name, its fields).
    pub foreign_keys: Vec<(Vec<&'static str>, &'static str, Vec<&'static str>)>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    fn new(name: &str, fields: Vec<Field>, primary_key: Vec<&'static str>) -> Table {
        Table {
            name: name.into(),
            path: format!("{name}.csv"),
            fields,
            primary_key,
            foreign_keys: Vec::new(),
            rows: Vec::new(),
        }
    }

    fn references(mut self, fields: Vec<&'static str>, table: &'static str, keys: Vec<&'static str>) -> Table {
        self.foreign_keys.push((fields, table, keys));
        self
    }

    fn with_rows(self, rows: impl IntoIterator<Item = Vec<String>>) -> Table {
        Table { rows: rows.into_iter().collect(), ..self }
    }

    /// The table as CSV, header first.
    pub fn csv(&self) -> Result<String, String> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| format!("{}: {e}", self.path);
        out.write_record(self.fields.iter().map(|f| f.name)).map_err(fail)?;
        for row in &self.rows {
            out.write_record(row).map_err(fail)?;
        }
        let bytes = out.into_inner().map_err(|e| format!("{}: {e}", self.path))?;
        String::from_utf8(bytes).map_err(|e| format!("{}: {e}", self.path))
    }

    fn resource(&self) -> Value {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|f| json!({ "name": f.name, "type": f.kind.name(), "constraints": { "required": f.required } }))
            .collect();
        let foreign_keys: Vec<Value> = self
            .foreign_keys
            .iter()
            .map(
                |(fields, table, keys)| json!({ "fields": fields, "reference": { "resource": table, "fields": keys } }),
            )
            .collect();
        let mut schema = json!({ "fields": fields, "missingValues": [""] });
        if !self.primary_key.is_empty() {
            schema["primaryKey"] = json!(self.primary_key);
        }
        if !foreign_keys.is_empty() {
            schema["foreignKeys"] = json!(foreign_keys);
        }
        json!({
            "name": self.name,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        })
    }
}

fn text(value: &str) -> String {
    value.to_owned()
}

fn maybe<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn joined<T: ToString>(values: impl IntoIterator<Item = T>) -> String {
    values.into_iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" ")
}

use Kind::{Boolean, Date as Day, Integer, Text};

/// Every table of the package, the content's first, then each chart's.
pub fn tables() -> Vec<Table> {
    let mut citations: Vec<Vec<String>> = Vec::new();
    let mut cite = |table: &str, key: String, sources: &[SourceId]| {
        for source in sources {
            let row = vec![table.to_owned(), key.clone(), source.as_str().to_owned()];
            if !citations.contains(&row) {
                citations.push(row);
            }
        }
    };
    let sources = Table::new(
        "sources",
        vec![
            field("id", Text, true),
            field("short", Text, true),
            field("publisher", Text, true),
            field("title", Text, true),
            field("published", Day, false),
            field("url", Text, false),
            field("more_urls", Text, false),
            field("note", Text, false),
            field("language", Text, true),
        ],
        vec!["id"],
    )
    .with_rows(SOURCES.iter().map(|s| {
        vec![
            text(s.id.as_str()),
            text(s.short),
            text(s.publisher),
            text(s.title),
            maybe(s.published.map(|d| d.iso())),
            maybe(s.urls.first()),
            joined(s.urls.iter().skip(1)),
            maybe(s.note),
            text(s.language),
        ]
    }));
    let points = Table::new(
        "points",
        vec![
            field("number", Integer, true),
            field("title", Text, true),
            field("phase", Text, true),
            field("topics", Text, true),
            field("summary", Text, true),
        ],
        vec!["number"],
    )
    .with_rows(POINTS.iter().map(|p| {
        cite("points", p.number.to_string(), p.sources);
        vec![
            p.number.to_string(),
            text(p.title),
            text(p.phase.slug()),
            joined(p.topics.iter().map(|t| t.slug())),
            text(p.summary),
        ]
    }));
    let parties = Table::new(
        "parties",
        vec![field("id", Text, true), field("name", Text, true), field("description", Text, true)],
        vec!["id"],
    )
    .with_rows(PARTIES.iter().map(|p| {
        cite("parties", p.id.as_str().to_owned(), p.sources);
        vec![text(p.id.as_str()), text(p.name), text(p.description)]
    }));
    let commitments = Table::new(
        "commitments",
        vec![
            field("point", Integer, true),
            field("order", Integer, true),
            field("who", Text, false),
            field("party", Text, false),
            field("what", Text, true),
            field("when", Text, false),
        ],
        vec!["point", "order"],
    )
    .references(vec!["point"], "points", vec!["number"])
    .references(vec!["party"], "parties", vec!["id"])
    .with_rows(POINTS.iter().flat_map(|p| {
        p.commitments.iter().enumerate().map(move |(i, c)| {
            vec![
                p.number.to_string(),
                (i + 1).to_string(),
                maybe(c.who),
                maybe(c.party.map(|id| id.as_str().to_owned())),
                text(c.what),
                maybe(c.when),
            ]
        })
    }));
    let issues = Table::new(
        "issues",
        vec![
            field("slug", Text, true),
            field("title", Text, true),
            field("question", Text, true),
            field("summary", Text, true),
            field("points", Text, true),
        ],
        vec!["slug"],
    )
    .with_rows(ISSUES.iter().map(|issue| {
        cite("issues", issue.slug.to_string(), issue.sources);
        vec![issue.slug.to_string(), text(issue.title), text(issue.question), text(issue.summary), joined(issue.points)]
    }));
    let outcomes = Table::new(
        "outcomes",
        vec![
            field("issue", Text, true),
            field("date", Day, true),
            field("order", Integer, true),
            field("text", Text, true),
        ],
        vec!["issue", "date", "order"],
    )
    .references(vec!["issue"], "issues", vec!["slug"])
    .with_rows(
        ISSUES
            .iter()
            .flat_map(|issue| {
                super::numbered_by_day(issue.outcomes, |o| o.date).map(|(n, o)| (issue, n, o)).collect::<Vec<_>>()
            })
            .map(|(issue, n, o)| {
                cite("outcomes", format!("{}/{}/{n}", issue.slug, o.date.iso()), o.sources);
                vec![issue.slug.to_string(), o.date.iso().to_string(), n.to_string(), text(o.text)]
            }),
    );
    let positions = Table::new(
        "positions",
        vec![
            field("issue", Text, true),
            field("party", Text, true),
            field("label", Text, false),
            field("text", Text, false),
            field("camp", Text, false),
            field("as_of", Day, false),
            field("no_position_found_on", Day, false),
        ],
        vec!["issue", "party"],
    )
    .references(vec!["issue"], "issues", vec!["slug"])
    .references(vec!["party"], "parties", vec!["id"])
    .with_rows(POSITIONS.iter().map(|p| {
        let key = format!("{}/{}", p.issue, p.party.as_str());
        let stance = p.stance.as_ref();
        cite("positions", key.clone(), stance.map_or(p.unstated.map_or(&[][..], |u| u.searched), |s| s.sources));
        vec![
            p.issue.to_string(),
            text(p.party.as_str()),
            maybe(stance.map(|s| s.label)),
            maybe(stance.map(|s| s.text)),
            maybe(stance.map(|s| s.camp)),
            maybe(stance.map(|s| s.as_of.iso())),
            maybe(p.unstated.map(|u| u.checked.iso())),
        ]
    }));
    let people = Table::new(
        "people",
        vec![
            field("name", Text, true),
            field("role", Text, true),
            field("party", Text, false),
            field("group", Text, true),
        ],
        vec!["name"],
    )
    .references(vec!["party"], "parties", vec!["id"])
    .with_rows(PEOPLE.iter().map(|p| {
        cite("people", p.name.to_owned(), p.sources);
        vec![text(p.name), text(p.role), maybe(p.party.map(|id| id.as_str().to_owned())), text(p.group.slug())]
    }));
    let events = Table::new(
        "events",
        vec![
            field("date", Day, true),
            field("order", Integer, true),
            field("title", Text, true),
            field("text", Text, true),
        ],
        vec!["date", "order"],
    )
    .with_rows(
        super::numbered_by_day(EVENTS, |e| e.date)
            .map(|(n, e)| {
                cite("events", format!("{}/{n}", e.date.iso()), e.sources);
                vec![e.date.iso().to_string(), n.to_string(), text(e.title), text(e.text)]
            })
            .collect::<Vec<_>>(),
    );
    let figures = Table::new(
        "figures",
        vec![
            field("id", Text, true),
            field("measure", Text, false),
            field("label", Text, true),
            field("value", Text, true),
            field("amount", Integer, false),
            field("amount_to", Integer, false),
            field("detail", Text, false),
            field("attribution", Text, true),
            field("as_of", Day, true),
        ],
        vec!["id"],
    )
    .with_rows(FIGURES.iter().map(|f| {
        cite("figures", f.id.as_str().to_owned(), f.sources);
        vec![
            text(f.id.as_str()),
            maybe(f.measure),
            text(f.label),
            text(f.value),
            maybe(f.amount),
            maybe(f.amount_to),
            text(f.detail),
            text(f.attribution),
            f.as_of.iso().to_string(),
        ]
    }));
    let charts = Table::new(
        "charts",
        vec![
            field("slug", Text, true),
            field("title", Text, true),
            field("takeaway", Text, true),
            field("note", Text, false),
            field("points", Text, false),
        ],
        vec!["slug"],
    )
    .with_rows(
        CHARTS.iter().map(|c| vec![c.slug.to_string(), text(c.title), takeaway(c), maybe(c.note), joined(c.points)]),
    );
    let chart_series = Table::new(
        "chart_series",
        vec![
            field("chart", Text, true),
            field("series", Text, true),
            field("series_label", Text, true),
            field("draw", Text, true),
            field("figure", Text, true),
            field("label", Text, true),
        ],
        vec!["chart", "series", "figure"],
    )
    .references(vec!["chart"], "charts", vec!["slug"])
    .references(vec!["figure"], "figures", vec!["id"])
    .with_rows(CHARTS.iter().flat_map(|c| c.panels.iter().flat_map(|p| p.series).map(move |s| (c, s))).flat_map(
        |(c, s)| {
            plotted(s).map(move |p| {
                vec![
                    c.slug.to_string(),
                    text(s.key),
                    text(s.label),
                    text(s.draw.slug()),
                    text(p.figure.id.as_str()),
                    text(p.label),
                ]
            })
        },
    ));
    let status = Table::new(
        "status",
        vec![
            field("point", Integer, true),
            field("date", Day, true),
            field("status", Text, true),
            field("why", Text, true),
        ],
        vec!["point", "date"],
    )
    .references(vec!["point"], "points", vec!["number"])
    .with_rows(
        TRACKER
            .iter()
            .flat_map(|t| t.entries.iter().map(move |e| (t.point, e)))
            .map(|(point, e)| {
                cite("status", format!("{point}/{}", e.date.iso()), e.sources);
                vec![point.to_string(), e.date.iso().to_string(), text(e.status.slug()), text(e.why)]
            })
            .collect::<Vec<_>>(),
    );
    let glossary = Table::new(
        "glossary",
        vec![field("slug", Text, true), field("term", Text, true), field("definition", Text, true)],
        vec!["slug"],
    )
    .with_rows(GLOSSARY.iter().map(|t| {
        cite("glossary", t.slug.to_owned(), t.sources);
        vec![text(t.slug), text(t.term), text(t.definition)]
    }));
    let corrections = Table::new(
        "corrections",
        vec![
            field("number", Integer, true),
            field("date", Day, true),
            field("views", Text, true),
            field("wrong", Text, true),
            field("now", Text, true),
            field("edition_only", Boolean, true),
        ],
        vec!["number"],
    )
    // Numbered as /corrections numbers them (1 for the oldest), which its anchors keep.
    .with_rows(CORRECTIONS.iter().enumerate().map(|(i, c)| {
        cite("corrections", (i + 1).to_string(), c.sources);
        vec![
            (i + 1).to_string(),
            c.date.iso().to_string(),
            joined(c.views),
            text(c.wrong),
            text(c.now),
            c.edition_only.to_string(),
        ]
    }));
    let citations = Table::new(
        "citations",
        vec![field("table", Text, true), field("key", Text, true), field("source", Text, true)],
        vec!["table", "key", "source"],
    )
    .references(vec!["source"], "sources", vec!["id"])
    .with_rows(citations);
    let mut all = vec![
        sources,
        points,
        commitments,
        parties,
        issues,
        outcomes,
        positions,
        people,
        events,
        figures,
        charts,
        chart_series,
        status,
        glossary,
        corrections,
        citations,
    ];
    all.extend(CHARTS.iter().map(chart_table));
    all
}

/// One chart's values as its table shows them: a row per value drawn.
pub fn chart_table(chart: &'static Chart) -> Table {
    let mut table = Table::new(
        &format!("chart-{}", chart.slug),
        vec![
            field("date", Day, true),
            field("series", Text, true),
            field("according_to", Text, true),
            field("value", Text, true),
            field("amount", Integer, true),
            field("amount_to", Integer, false),
            field("figure", Text, true),
            field("sources", Text, true),
        ],
        vec!["series", "figure"],
    )
    .references(vec!["figure"], "figures", vec!["id"]);
    table.path = chart_path(chart);
    table.with_rows(chart.panels.iter().flat_map(|p| p.series).flat_map(|s| {
        plotted(s).map(move |p| {
            let (amount, to) = p.amount();
            vec![
                p.date().iso().to_string(),
                text(s.label),
                text(p.label),
                text(p.figure.value),
                amount.to_string(),
                maybe(to),
                text(p.figure.id.as_str()),
                joined(p.figure.sources.iter().map(|id| id.as_str())),
            ]
        })
    }))
}

/// A chart's table, below [`DIR`].
pub fn chart_path(chart: &Chart) -> String {
    crate::data_files::chart_file(chart.slug)
}

/// `datapackage.json` for `tables`.
pub fn descriptor(tables: &[Table]) -> Result<String, String> {
    let (title, path) = (WORDS.view_sources_data_licence_name, WORDS.view_sources_data_licence_url);
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("gaza-plan-{}", WORDS.edition_lang),
        "title": EXPLAINER.title,
        "description": EXPLAINER.standfirst,
        "language": WORDS.edition_lang,
        "as_of": EXPLAINER.as_of.iso().to_string(),
        "updated": EXPLAINER.updated.iso().to_string(),
        "licenses": [{ "name": LICENCE, "title": title, "path": path }],
        "resources": tables.iter().map(Table::resource).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&package).map_err(|e| format!("datapackage.json: {e}"))
}

/// Every file of the package, below the site: `data/datapackage.json` and each table.
pub fn files() -> Result<Vec<(String, String)>, String> {
    let tables = tables();
    let mut files = vec![(format!("{DIR}/{DESCRIPTOR}"), descriptor(&tables)?)];
    for table in &tables {
        files.push((format!("{DIR}/{}", table.path), table.csv()?));
    }
    Ok(files)
}

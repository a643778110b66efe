//! The data package a newsroom or researcher downloads: every table has a row per item of the
//! content, its header is its schema's fields, every key it names exists, and each chart's table
//! holds that chart's values. (`cargo xtask test` also validates the built package with the
//! reference validator, `frictionless validate`.)

use std::collections::BTreeSet;

use gaza_plan_explainer::data_files::{DIR, TABLES};
use gaza_plan_explainer::model::{
    CHARTS, CORRECTIONS, EVENTS, FIGURES, GLOSSARY, ISSUES, PARTIES, PEOPLE, POINTS, POSITIONS, SOURCES, TRACKER,
};
use gaza_plan_explainer::prerender::data_package::{Table, chart_path, files, tables};

fn table(name: &str) -> Table {
    tables().into_iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no table {name}"))
}

/// The rows of a table's CSV, read back by a CSV reader.
fn read(table: &Table) -> Vec<csv::StringRecord> {
    let text = table.csv().expect("writes");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("a header").iter().map(str::to_owned).collect();
    assert_eq!(header, table.fields.iter().map(|f| f.name).collect::<Vec<_>>(), "{}", table.name);
    reader.records().map(|r| r.expect("a row")).collect()
}

#[test]
fn the_links_name_every_table_the_package_has() {
    let written: Vec<String> = tables().into_iter().map(|t| t.name).take(TABLES.len()).collect();
    assert_eq!(written, TABLES);
}

#[test]
fn every_table_has_a_row_per_item_of_the_content() {
    let counts = [
        ("sources", SOURCES.len()),
        ("points", POINTS.len()),
        ("commitments", POINTS.iter().map(|p| p.commitments.len()).sum()),
        ("parties", PARTIES.len()),
        ("issues", ISSUES.len()),
        ("outcomes", ISSUES.iter().map(|i| i.outcomes.len()).sum()),
        ("positions", POSITIONS.len()),
        ("people", PEOPLE.len()),
        ("events", EVENTS.len()),
        ("figures", FIGURES.len()),
        ("charts", CHARTS.len()),
        ("status", TRACKER.iter().map(|t| t.entries.len()).sum()),
        ("glossary", GLOSSARY.len()),
        ("corrections", CORRECTIONS.len()),
    ];
    for (name, count) in counts {
        assert!(count > 0, "{name} is empty in the content");
        assert_eq!(read(&table(name)).len(), count, "{name}");
    }
}

#[test]
fn primary_keys_are_unique_and_references_name_rows_that_exist() {
    let all = tables();
    let column = |table: &Table, fields: &[&str], row: &csv::StringRecord| -> Vec<String> {
        fields
            .iter()
            .map(|f| table.fields.iter().position(|field| field.name == *f).expect("a field of the schema"))
            .map(|i| row.get(i).unwrap_or_default().to_owned())
            .collect()
    };
    for table in &all {
        let rows = read(table);
        let keys: BTreeSet<Vec<String>> = rows.iter().map(|row| column(table, &table.primary_key, row)).collect();
        assert_eq!(keys.len(), rows.len(), "{}: a primary key repeats", table.name);
        for (fields, target, target_fields) in &table.foreign_keys {
            let target = all.iter().find(|t| t.name == *target).expect("a table it names");
            let known: BTreeSet<Vec<String>> =
                read(target).iter().map(|row| column(target, target_fields, row)).collect();
            for row in &rows {
                let key = column(table, fields, row);
                if key.iter().all(String::is_empty) {
                    continue;
                }
                assert!(known.contains(&key), "{}: {key:?} is not a row of {}", table.name, target.name);
            }
        }
    }
}

#[test]
fn each_chart_has_a_table_of_the_values_it_draws_and_every_file_is_listed() {
    let files = files().expect("writes");
    let descriptor: serde_json::Value = serde_json::from_str(&files[0].1).expect("datapackage.json is JSON");
    let listed: BTreeSet<&str> =
        descriptor["resources"].as_array().expect("resources").iter().filter_map(|r| r["path"].as_str()).collect();
    for (path, _) in &files[1..] {
        assert!(listed.contains(path.trim_start_matches(&format!("{DIR}/"))), "{path} is not in datapackage.json");
    }
    for chart in CHARTS {
        let drawn: usize = chart.panels.iter().flat_map(|p| p.series).map(|s| s.points.len()).sum();
        let file = files.iter().find(|(path, _)| *path == format!("{DIR}/{}", chart_path(chart)));
        let (_, text) = file.unwrap_or_else(|| panic!("no table for the chart {}", chart.slug));
        assert_eq!(csv::Reader::from_reader(text.as_bytes()).records().count(), drawn, "{}", chart.slug);
    }
}

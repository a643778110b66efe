//! data/charts.toml: a chart draws only dated, sourced figures, two or more per series, and its
//! takeaway takes its numbers from them. Each planted mistake gets one message at its line.

mod common;

use common::{
    assert_one_error, assert_one_error_containing, errors_for, fixture, fixture_with, load_fixture_replacing,
};

const CHARTS: &str = "data/charts.toml";
const FIGURES: &str = "data/figures.toml";

#[test]
fn the_fixture_chart_loads_with_its_figures_in_order() {
    let content = load_fixture_replacing(&[]).expect("the fixtures are valid");
    let [chart] = content.charts else { panic!("one fixture chart") };
    let figures: Vec<&str> = chart.panels[0].series[0].points.iter().map(|p| p.figure.as_str()).collect();
    assert_eq!(figures, ["figure-one", "figure-two"]);
    assert_eq!(content.figures[0].amount, Some(1234));
}

#[test]
fn a_series_with_one_value_is_rejected() {
    let from = "\n[[chart.panel.series.point]]\nfigure = \"figure-two\"\nlabel = \"Fixture Publisher Two\"\n";
    let broken = fixture_with(CHARTS, from, "\n");
    assert_one_error_containing(CHARTS, &broken, "[[chart.panel.series.point]]", "at least two dated, sourced values");
}

#[test]
fn a_value_whose_figure_is_missing_or_has_no_number_is_rejected() {
    let unknown = fixture_with(CHARTS, "figure = \"figure-two\"", "figure = \"figure-nine\"");
    assert_one_error_containing(CHARTS, &unknown, "figure = \"figure-nine\"", "no figure \"figure-nine\"");

    let no_amount = fixture_with(FIGURES, "amount = 1300\n", "");
    let errors = load_fixture_replacing(&[(FIGURES, &no_amount)]).expect_err("a drawn figure needs its number");
    let line = common::line_of(fixture(CHARTS), "figure = \"figure-two\"");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(&format!("{CHARTS}:{line}: ")) && errors[0].contains("no `amount`"), "{errors:#?}");
}

#[test]
fn a_drawn_value_without_a_source_or_dated_after_as_of_is_rejected() {
    let unsourced = fixture_with(FIGURES, "sources = [\"source-two\"]", "sources = []");
    assert_one_error_containing(FIGURES, &unsourced, "sources = []", "no source, no claim");

    let late = fixture_with(FIGURES, "as_of = 2020-03-20", "as_of = 2020-04-20");
    let errors = errors_for(FIGURES, &late);
    assert!(
        errors.iter().any(|e| e.contains("figure-two].as_of") && e.contains("is after the explainer's as-of date")),
        "{errors:#?}"
    );
}

#[test]
fn a_number_that_is_not_the_one_printed_is_rejected() {
    let broken = fixture_with(FIGURES, "amount = 1300", "amount = 1400");
    assert_one_error_containing(FIGURES, &broken, "amount = 1400", "1400 is not the number in value = \"about 1,300\"");
}

#[test]
fn values_out_of_date_order_are_rejected() {
    let swapped = fixture(CHARTS).replace("figure = \"figure-one\"", "figure = \"TMP\"");
    let swapped = swapped.replace("figure = \"figure-two\"", "figure = \"figure-one\"").replace("TMP", "figure-two");
    let errors = errors_for(CHARTS, &swapped);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("out of order"), "{errors:#?}");
}

#[test]
fn a_takeaway_must_take_its_numbers_from_a_series_of_the_chart() {
    let hard_coded = fixture_with(CHARTS, "From {count.first} on {count.first_date} to {count.last}.", "It rose.");
    assert_one_error_containing(CHARTS, &hard_coded, "takeaway = ", "must take its numbers from the data");

    let unknown = fixture_with(CHARTS, "to {count.last}.", "to {deaths.last}.");
    assert_one_error_containing(CHARTS, &unknown, "takeaway = ", "{deaths.last} names no series");
}

#[test]
fn an_older_figure_of_a_measure_must_say_its_date() {
    // figure-one (15 March 2020) and figure-two (20 March 2020) are one measure.
    let broken = fixture_with(FIGURES, "label = \"Fixture figure, 15 March 2020\"", "label = \"Fixture figure\"");
    assert_one_error(
        FIGURES,
        &broken,
        "label = \"Fixture figure\"",
        "field `figure[figure-one].label`: reads as current, but figure \"figure-two\" of the same measure is newer \
         (2020-03-20): say its date, 2020-03-15, in the label",
    );
}

#[test]
fn figures_of_different_measures_are_not_compared() {
    let apart = fixture_with(
        FIGURES,
        "measure = \"fixture-count\"\nlabel = \"Fixture figure, 15 March 2020\"",
        "measure = \"other-count\"\nlabel = \"Fixture figure\"",
    );
    assert!(load_fixture_replacing(&[(FIGURES, &apart)]).is_ok());
}

#[test]
fn a_line_joins_the_values_of_one_measure_only() {
    let two_measures = two_measures();
    // Side by side, as dots, the two counts are fine.
    assert!(load_fixture_replacing(&[(FIGURES, &two_measures)]).is_ok());
    let line = fixture_with(CHARTS, "draw = \"dots\"", "draw = \"step\"");
    let errors =
        load_fixture_replacing(&[(FIGURES, &two_measures), (CHARTS, &line)]).expect_err("a line across two measures");
    let at = common::line_of(&line, "draw = \"step\"");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("{CHARTS}:{at}: ")) && errors[0].contains("one measure only"),
        "{errors:#?}"
    );
    // One measure may be joined.
    assert!(load_fixture_replacing(&[(CHARTS, &line)]).is_ok());
}

#[test]
fn only_the_values_of_one_measure_are_ranked() {
    let ranked = fixture_with(CHARTS, "to {count.last}.", "to {count.high}.");
    assert!(load_fixture_replacing(&[(CHARTS, &ranked)]).is_ok(), "one measure may be ranked");
    let two_measures = two_measures();
    let errors =
        load_fixture_replacing(&[(FIGURES, &two_measures), (CHARTS, &ranked)]).expect_err("ranking two measures");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("{count.high} ranks counts of different measures"), "{errors:#?}");
}

/// The fixture figures, the later one counting something else.
fn two_measures() -> String {
    fixture_with(
        FIGURES,
        "measure = \"fixture-count\"\nlabel = \"Fixture figure, later\"",
        "measure = \"other-count\"\nlabel = \"Fixture figure, later\"",
    )
}

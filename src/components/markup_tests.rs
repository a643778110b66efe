//! Editorial text is text: quotes, ampersands and angle brackets in the data must reach the
//! reader literally, never as markup. Fixture content rendered through the shared components.

use yew::ServerRenderer;
use yew::prelude::*;

use crate::components::{CommitmentList, FigureList, OutcomeList, PointCard, StanceSummary};
use crate::model::{
    Commitment, Date, Figure, FigureId, Issue, IssueSlug, Outcome, PartyId, Phase, Point, PointNumber, Position,
    Stance, Topic,
};

const HOSTILE: &str = "<script>alert(\"x\")</script> Tom & Jerry's <b>bold</b> \"quoted\"";
/// As text content: quotes need no escaping outside attributes.
const ESCAPED: &str = "&lt;script&gt;alert(\"x\")&lt;/script&gt; Tom &amp; Jerry's &lt;b&gt;bold&lt;/b&gt; \"quoted\"";
const DAY: Date = Date { year: 2025, month: 10, day: 6 };
// Ids built as the baker builds them: these statics stand in for baked content.

static COMMITMENTS: [Commitment; 1] =
    [Commitment { who: Some(HOSTILE), party: None, what: HOSTILE, when: Some(HOSTILE) }];
static POINT: Point = Point {
    number: PointNumber::baked(7),
    title: HOSTILE,
    phase: Phase::First,
    topics: &[Topic::Aid],
    summary: HOSTILE,
    commitments: &COMMITMENTS,
    sources: &[],
};
static OUTCOMES: [Outcome; 1] = [Outcome { date: DAY, text: HOSTILE, sources: &[] }];
static FIGURES: [Figure; 1] = [Figure {
    id: FigureId::baked("x"),
    measure: None,
    label: HOSTILE,
    value: HOSTILE,
    amount: None,
    amount_to: None,
    detail: HOSTILE,
    attribution: HOSTILE,
    as_of: DAY,
    sources: &[],
}];
static ISSUE: Issue = Issue {
    slug: IssueSlug::baked("x"),
    title: HOSTILE,
    question: HOSTILE,
    summary: HOSTILE,
    points: &[PointNumber::baked(7)],
    sources: &[],
    outcomes: &OUTCOMES,
};
static POSITION: Position = Position {
    issue: IssueSlug::baked("x"),
    party: PartyId::baked("hamas"),
    stance: Some(Stance { label: HOSTILE, text: HOSTILE, camp: "a", as_of: DAY, sources: &[] }),
    unstated: None,
};

#[component]
fn Fixture() -> Html {
    html! {
        <>
            <ul><PointCard point={&POINT} /></ul>
            <CommitmentList commitments={&COMMITMENTS[..]} />
            <OutcomeList outcomes={&OUTCOMES[..]} />
            <FigureList figures={&FIGURES[..]} />
            <StanceSummary issue={&ISSUE} position={Some(&POSITION)} full=true />
        </>
    }
}

#[test]
fn markup_in_the_data_renders_as_text_everywhere() {
    let html = futures::executor::block_on(ServerRenderer::<Fixture>::new().hydratable(false).render());
    assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
    // Every place the fixture text appears, it appears escaped.
    let shown = html.matches(ESCAPED).count();
    assert!(shown >= 10, "expected the text in every field, escaped; found {shown}: {html}");
}

use yew::prelude::*;

use crate::components::{
    AsOf, ChartFigure, CommitmentList, Glossed, NavLink, PointPager, SourceList, StatusBadge, StatusHistory,
    TalksForPoint, TopicTags, ViewHeading,
};
use crate::hooks::use_arrow_keys;
use crate::model::{
    EXPLAINER, PLAN, PointNumber, charts_for, next_point, point, previous_point, status_checked, status_history,
    status_on,
};
use crate::route::Route;
use crate::words::WORDS;
use crate::{say, say_html};

#[derive(Properties, PartialEq)]
pub struct PointViewProps {
    pub number: PointNumber,
}

/// `/points/N`: one point in full, with its place in the walkthrough.
#[component]
pub fn PointView(props: &PointViewProps) -> Html {
    let number = props.number;
    let to_route = |n: PointNumber| Route::Point { number: n };
    use_arrow_keys(previous_point(number).map(to_route), next_point(number).map(to_route));
    let point = point(number);
    html! {
        <article class={classes!("point", format!("point--{}", point.phase.slug()))}>
            <header class="view-header">
                <p class="point__phase">
                    {crate::words::phase(point.phase)}
                    <span class="point__grouping">{WORDS.view_point_grouping}</span>
                </p>
                <ViewHeading>
                    <span class="point__number">{say!(view_point_number, number = number)}</span>
                    <span class="visually-hidden">{WORDS.view_point_title_separator}</span>
                    <span class="point__title">{point.title}</span>
                </ViewHeading>
                <TopicTags topics={point.topics} />
            </header>
            <p class="point__summary"><Glossed text={point.summary} /></p>
            <section class="point__commitments" aria-labelledby="commitments-heading">
                <h2 id="commitments-heading">{WORDS.view_point_commitments}</h2>
                <CommitmentList commitments={point.commitments} />
            </section>
            <SourceList ids={point.sources.to_vec()} quoting={point_texts(point)} />
            <AsOf date={PLAN.published} what={WORDS.view_point_plan_text} />
            <section class="point__status" aria-labelledby="status-heading">
                <h2 id="status-heading">{WORDS.view_point_status}</h2>
                if let Some(now) = status_on(number, EXPLAINER.as_of) {
                    <p class="point__status-now">
                        {say_html!(
                            view_point_status_now,
                            status = html! { <StatusBadge status={now.status} /> },
                            date = html! { {crate::words::date(EXPLAINER.as_of)} },
                            link = html! { <NavLink to={Route::Status}>{WORDS.view_point_all_statuses}</NavLink> },
                        )}
                    </p>
                }
                <StatusHistory entries={status_history(number)} checked={status_checked(number)} />
                { for charts_for(number).map(|chart| html! { <ChartFigure {chart} level={3} /> }) }
            </section>
            <TalksForPoint number={point.number} />
            <PointPager {number} />
        </article>
    }
}

/// Everything the point's sources back on its page: its title, summary and commitments.
fn point_texts(point: &'static crate::model::Point) -> Vec<&'static str> {
    let commitments = point.commitments.iter().flat_map(|c| [Some(c.what), c.who, c.when]).flatten();
    [point.title, point.summary].into_iter().chain(commitments).collect()
}

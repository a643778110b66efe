use yew::prelude::*;

use crate::components::{Cite, time};
use crate::model::Figure;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub figures: &'static [Figure],
}

/// The newer figure of the same measure that replaces `figure`, if one is in `figures`.
fn replaced_by(figure: &Figure, figures: &'static [Figure]) -> Option<&'static Figure> {
    let measure = figure.measure?;
    let same = figures.iter().filter(|f| f.measure == Some(measure) && f.as_of > figure.as_of);
    same.max_by_key(|f| f.as_of)
}

/// Key numbers, each with who gives it and as of when. A figure that a newer one of the same
/// measure replaces comes after the current ones and says so: an old count never heads the list.
#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    let figures = props.figures;
    let mut ordered: Vec<(&'static Figure, Option<&'static Figure>)> =
        figures.iter().map(|f| (f, replaced_by(f, figures))).collect();
    ordered.sort_by_key(|(_, newer)| newer.is_some());
    html! {
        <ul class="figures">
            { for ordered.into_iter().map(|(figure, newer)| html! {
                <li class={classes!("figure", newer.map(|_| "figure--replaced"))} id={crate::anchors::figure(figure.id)}>
                    if let Some(newer) = newer {
                        <p class="figure__replaced">
                            { crate::say_html!(c_figure_replaced_by, figure = html! {
                                <a href={format!("#{}", crate::anchors::figure(newer.id))}>{newer.label}</a>
                            }) }
                        </p>
                    }
                    <p class="figure__label">{figure.label}</p>
                    <p class="figure__value">{figure.value}</p>
                    <p class="figure__detail">{figure.detail}</p>
                    <p class="figure__meta">
                        { crate::say_html!(
                            c_figure_according_to,
                            who = html! { {figure.attribution} },
                            date = time(figure.as_of),
                        ) }
                    </p>
                    <Cite ids={figure.sources} quoting={vec![figure.label, figure.detail]} />
                </li>
            }) }
        </ul>
    }
}

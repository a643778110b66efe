use yew::prelude::*;

use crate::components::Cite;
use crate::model::Figure;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub figures: &'static [Figure],
}

/// Key numbers, each with who gives it and as of when.
#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    html! {
        <ul class="figures">
            { for props.figures.iter().map(|figure| html! {
                <li class="figure" id={crate::anchors::figure(figure.id)}>
                    <p class="figure__label">{figure.label}</p>
                    <p class="figure__value">{figure.value}</p>
                    <p class="figure__detail">{figure.detail}</p>
                    <p class="figure__meta">
                        {"According to "}{figure.attribution}{", as of "}
                        <time datetime={figure.as_of.iso().to_string()}>{figure.as_of.to_string()}</time>
                    </p>
                    <Cite ids={figure.sources} />
                </li>
            }) }
        </ul>
    }
}

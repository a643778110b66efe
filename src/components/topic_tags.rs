use yew::prelude::*;

use crate::model::Topic;

#[derive(Properties, PartialEq)]
pub struct TopicTagsProps {
    pub topics: &'static [Topic],
}

/// The subjects a point deals with, as small labels.
#[component]
pub fn TopicTags(props: &TopicTagsProps) -> Html {
    html! {
        <ul class="topic-tags" aria-label={crate::words::WORDS.c_topic_tags_label}>
            { for props.topics.iter().map(|topic| html! {
                <li class={classes!("topic-tag", format!("topic-tag--{}", topic.slug()))}>
                    {crate::words::topic(*topic)}
                </li>
            }) }
        </ul>
    }
}

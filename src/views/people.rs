use yew::prelude::*;

use crate::components::{Cite, ViewHeader};
use crate::model::{PEOPLE, PersonGroup, party};
use crate::words::WORDS;

/// `/people`: everyone named in our sources, by the part they played.
#[component]
pub fn People() -> Html {
    html! {
        <article class="people">
            <ViewHeader heading={WORDS.route_name_people} standfirst={WORDS.view_people_standfirst} />
            { for PersonGroup::ALL.into_iter().map(|group| html! {
                <section aria-labelledby={format!("group-{}", group.slug())}>
                    <h2 id={format!("group-{}", group.slug())}>{crate::words::group(group)}</h2>
                    <ul class="person-list">
                        { for PEOPLE.iter().filter(|p| p.group == group).map(|person| html! {
                            <li class="person" id={crate::anchors::person(person.name)}>
                                <p class="person__name">{person.name}</p>
                                if let Some(p) = person.party.map(party) {
                                    <p class="person__party">{p.name}</p>
                                }
                                <p class="person__role">{person.role}</p>
                                <Cite ids={person.sources} quoting={vec![person.role]} />
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </article>
    }
}

//! Editorial text with the glossary's terms marked: each term's first appearance in a passage
//! becomes a button that opens its definition in place through the native `popover` attribute
//! (no script: it works in the single file, in embeds and before the wasm loads). The
//! definitions themselves are on the page once, in [`GlossaryPopovers`].

use yew::prelude::*;

use crate::components::{Cite, NavLink};
use crate::model::{GLOSSARY, Term};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct GlossedProps {
    pub text: &'static str,
}

#[component]
pub fn Glossed(props: &GlossedProps) -> Html {
    let pieces = marked(props.text, GLOSSARY);
    html! {
        { for pieces.into_iter().map(|piece| match piece {
            Piece::Text(text) => html! { {text} },
            Piece::Term(text, term) => html! {
                <button type="button" class="term" popovertarget={popover_id(term)}>{text}</button>
            },
        }) }
    }
}

/// The id of a term's definition on every page.
pub fn popover_id(term: &Term) -> String {
    format!("term-{}", term.slug)
}

#[derive(Debug, PartialEq)]
enum Piece {
    Text(&'static str),
    Term(&'static str, &'static Term),
}

/// `text` cut into plain runs and each term's first appearance, as a whole word or phrase.
fn marked(text: &'static str, terms: &'static [Term]) -> Vec<Piece> {
    let mut found: Vec<(usize, usize, &'static Term)> = Vec::new();
    for term in terms {
        let first = term.forms.iter().filter_map(|form| find_whole(text, form).map(|at| (at, form.len()))).min();
        if let Some((at, len)) = first {
            found.push((at, at + len, term));
        }
    }
    found.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut pieces = Vec::new();
    let mut done = 0;
    for (start, end, term) in found {
        if start < done {
            continue; // Inside a longer term already marked.
        }
        if start > done {
            pieces.push(Piece::Text(&text[done..start]));
        }
        pieces.push(Piece::Term(&text[start..end], term));
        done = end;
    }
    if done < text.len() {
        pieces.push(Piece::Text(&text[done..]));
    }
    pieces
}

/// Where `form` first appears in `text` with no letter or digit either side.
fn find_whole(text: &str, form: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // Arabic writes a conjunction or preposition onto the word (و، ف، ب، ك، ل, one or two):
    // «والمجلس» holds the whole word «المجلس», as search finds it.
    let after_prefix = |before: &str| {
        let mut back = before.chars().rev().peekable();
        let mut prefixes = 0;
        while prefixes < 2 && back.next_if(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل')).is_some() {
            prefixes += 1;
        }
        prefixes > 0 && !is_word(back.next())
    };
    text.match_indices(form).map(|(at, _)| at).find(|&at| {
        let before = &text[..at];
        (!is_word(before.chars().next_back()) || after_prefix(before))
            && !is_word(text[at + form.len()..].chars().next())
    })
}

/// Every term's definition, hidden until its button opens it: once per page, at the end of main.
#[component]
pub fn GlossaryPopovers() -> Html {
    html! {
        <div class="term-popovers">
            { for GLOSSARY.iter().map(|term| html! {
                <div popover="auto" id={popover_id(term)} class="term-popover" role="note"
                    aria-label={term.term}>
                    <p>
                        { crate::say_html!(
                            c_glossed_definition,
                            term = html! { <strong>{term.term}</strong> },
                            definition = html! { {term.definition} },
                        ) }
                    </p>
                    <Cite ids={term.sources} quoting={vec![term.definition]} />
                    <p class="term-popover__more">
                        <NavLink to={Route::Glossary}>{crate::words::WORDS.c_glossed_all_terms}</NavLink>
                    </p>
                </div>
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceId;

    #[test]
    fn an_arabic_term_is_found_with_the_prefixes_written_onto_it() {
        assert_eq!(find_whole("قال والمجلس إن", "المجلس"), Some("قال و".len()));
        assert_eq!(find_whole("وبالمجلس", "المجلس"), Some("وب".len()));
        assert_eq!(find_whole("المجلسان", "المجلس"), None, "a longer word is another word");
        assert_eq!(find_whole("كتابالمجلس", "المجلس"), None, "a prefix follows a word's start, not a word");
        assert_eq!(find_whole("the boards", "board"), None);
    }

    static TERMS: [Term; 2] = [
        Term {
            slug: "isf",
            term: "ISF",
            forms: &["International Stabilization Force", "ISF"],
            definition: "",
            sources: &[] as &[SourceId],
        },
        Term { slug: "board", term: "Board of Peace", forms: &["Board of Peace"], definition: "", sources: &[] },
    ];

    fn marks(text: &'static str) -> Vec<&'static str> {
        marked(text, &TERMS)
            .into_iter()
            .filter_map(|p| if let Piece::Term(t, _) = p { Some(t) } else { None })
            .collect()
    }

    #[test]
    fn each_term_is_marked_once_as_a_whole_word_and_the_text_is_kept() {
        let text = "The ISF and the Board of Peace; the ISF again, but not ISFs or MISF.";
        assert_eq!(marks(text), ["ISF", "Board of Peace"]);
        let rebuilt: String = marked(text, &TERMS)
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Term(t, _) => t,
            })
            .collect();
        assert_eq!(rebuilt, text);
        assert_eq!(marks("No terms here, nor in ISFs."), Vec::<&str>::new());
        assert_eq!(marks("an International Stabilization Force (ISF)"), ["International Stabilization Force"]);
    }
}

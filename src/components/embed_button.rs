use yew::prelude::*;

use crate::embed::{EmbedCodes, EmbedTarget, MAX_HEIGHT, MEASURE_WIDTH, embed_codes};
use crate::hooks::{self, CopyResult};
use crate::island::Island;

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct EmbedButtonProps {
    pub target: EmbedTarget,
}

impl Island for EmbedButton {
    const NAME: &'static str = "embed-button";

    fn attributes(props: &EmbedButtonProps) -> Vec<(&'static str, String)> {
        let EmbedTarget { path, title, height } = &props.target;
        vec![("data-path", path.clone()), ("data-title", title.clone()), ("data-height", height.to_string())]
    }

    /// `None` unless the path is one below the site and the height one a view can have.
    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<EmbedButtonProps> {
        let path = attribute("data-path").filter(|p| p.starts_with('/'))?;
        let height = attribute("data-height")?.parse().ok().filter(|h| (1..=MAX_HEIGHT).contains(h))?;
        Some(EmbedButtonProps { target: EmbedTarget { path, title: attribute("data-title")?, height } })
    }
}

/// "Embed this view": a dialog with the codes an editor pastes into a CMS, each with a copy
/// button. Shown only once the app runs (it needs the browser), so it never shifts the page.
/// On the site it is an island: the page's script hydrates it where SiteFooter's mount point is,
/// with the target read back from that point's attributes ([`Island::from_attributes`]).
#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let mounted = hooks::use_mounted();
    let dialog = use_node_ref();
    let codes = use_state(|| None::<EmbedCodes>);
    let status = use_state(|| None::<AttrValue>);
    if !mounted {
        return html! {};
    }
    let open = {
        let (dialog, codes, status) = (dialog.clone(), codes.clone(), status.clone());
        let target = props.target.clone();
        Callback::from(move |_: MouseEvent| {
            codes.set(hooks::site_root().map(|root| embed_codes(&target, &root, &hooks::instance_token())));
            status.set(None);
            hooks::show_modal(&dialog);
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| hooks::close_dialog(&dialog))
    };
    let copy_button = |id: &'static str, label: &'static str, action: &'static str, code: String| {
        let status = status.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            hooks::copy_text(code.clone(), id, move |result| {
                status.set(Some(
                    match result {
                        CopyResult::Copied => format!("{label} copied."),
                        CopyResult::Selected => format!("{label} selected: press Ctrl+C or ⌘C to copy."),
                    }
                    .into(),
                ));
            });
        });
        html! { <button type="button" class="button" {onclick}>{action}</button> }
    };
    let code_field = |(id, label, action, hint): (&'static str, &'static str, &'static str, String), code: &str| {
        html! {
            <div class="embed-dialog__code">
                <label for={id}>{label}</label>
                <p class="embed-dialog__hint">{hint}</p>
                <textarea {id} readonly=true rows="4" spellcheck="false" value={code.to_owned()} />
                { copy_button(id, label, action, code.to_owned()) }
            </div>
        }
    };
    html! {
        <>
            <button type="button" class="button button--quiet" aria-haspopup="dialog" onclick={open}>
                {"Embed this view"}
            </button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-dialog-title">
                <h2 id="embed-dialog-title">{"Embed this view"}</h2>
                if let Some(codes) = &*codes {
                    { code_field(("embed-iframe", "Iframe code", "Copy iframe code", format!("Works in any page or CMS, as tall as the view is in a {MEASURE_WIDTH} px column.")), &codes.iframe) }
                    { code_field(("embed-pym", "Pym.js code", "Copy pym.js code", "Resizes with pym.js, as many newsrooms do.".into()), &codes.pym) }
                } else {
                    <p>{"The embed codes could not be made on this page."}</p>
                }
                <p class="embed-dialog__status" role="status" aria-live="polite">
                    { status.as_ref().cloned().unwrap_or_default() }
                </p>
                <button type="button" class="button button--quiet" onclick={close}>{"Close"}</button>
            </dialog>
        </>
    }
}

use gaza_plan_content::words::{Phrasebook, fill};
use yew::prelude::*;

use crate::embed::{EmbedCodes, EmbedTarget, MAX_HEIGHT, MEASURE_WIDTH, embed_codes};
use crate::hooks::{self, CopyResult};
use crate::island::Load;

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct EmbedButtonProps {
    /// The view's path below the site root, e.g. `/points/7`.
    pub path: String,
    /// The view's document title, for the frame's accessible name.
    pub title: String,
    /// The frame's height before it reports its own.
    pub height: u32,
    /// Open the dialog as soon as it renders: on the site, the reader pressed the prerendered
    /// button before the island's code had come (assets/boot.js sets `data-open="yes"`).
    #[prop_or_default]
    pub open_at_once: bool,
    /// Its words (`words::embed_phrasebook`): the page carries them, the island's code holds none.
    pub words: Phrasebook,
}

impl EmbedButtonProps {
    /// The props that embed `target`, opened by a press.
    pub fn of(target: EmbedTarget) -> EmbedButtonProps {
        let EmbedTarget { path, title, height } = target;
        EmbedButtonProps { path, title, height, open_at_once: false, words: crate::words::embed_phrasebook() }
    }

    fn target(&self) -> EmbedTarget {
        EmbedTarget { path: self.path.clone(), title: self.title.clone(), height: self.height }
    }
}

// A path one below the site, and a height a view can have.
crate::island::island! {
    EmbedButton: "embed-button", load: |_| Load::Press,
    EmbedButtonProps { path: "data-path", title: "data-title", height: "data-height", open_at_once: "data-open", words: "data-words" },
    valid: |props| props.path.starts_with('/') && (1..=MAX_HEIGHT).contains(&props.height)
}

/// "Embed this view": a dialog with the codes an editor pastes into a CMS, each with a copy
/// button. The button is prerendered, so nothing shifts when the code comes (styles hide it
/// where scripting is off); the dialog is rendered once the component runs in the browser. On the
/// site it is an island whose code loads on the first press ([`Load::Press`]), with the target
/// read back from its mount point's attributes ([`Island::from_attributes`]).
#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let mounted = hooks::use_mounted();
    let dialog = use_node_ref();
    let opener = use_node_ref();
    let codes = use_state(|| None::<EmbedCodes>);
    let status = use_state(|| None::<AttrValue>);
    let show = {
        let (dialog, codes, status) = (dialog.clone(), codes.clone(), status.clone());
        let target = props.target();
        Callback::from(move |()| {
            codes.set(hooks::site_root().map(|root| embed_codes(&target, &root, &hooks::instance_token())));
            status.set(None);
            hooks::show_modal(&dialog);
        })
    };
    {
        let (show, opener, open_at_once) = (show.clone(), opener.clone(), props.open_at_once);
        use_effect_with(mounted, move |mounted| {
            if *mounted && open_at_once {
                // The button pressed was the prerendered one this replaced: closing the dialog
                // returns focus to the element focused when it opened.
                hooks::focus(&opener);
                show.emit(());
            }
        });
    }
    let open = show.reform(|_: MouseEvent| ());
    let words = &props.words;
    let say = |name: &str, value: &str| {
        fill(&words.text(name), |key| (key == "label" || key == "width").then(|| value.to_owned()))
    };
    let button = html! {
        <button ref={opener} type="button" class="button button--quiet" aria-haspopup="dialog" onclick={open}>
            {words.text("button")}
        </button>
    };
    if !mounted {
        return button;
    }
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| hooks::close_dialog(&dialog))
    };
    let copy_button = |id: &'static str, label: String, action: String, code: String| {
        let status = status.clone();
        let (copied, selected) = (say("copied", &label), say("selected", &label));
        let onclick = Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let (copied, selected) = (copied.clone(), selected.clone());
            hooks::copy_text(code.clone(), id, move |result| {
                status.set(Some(
                    match result {
                        CopyResult::Copied => copied,
                        CopyResult::Selected => selected,
                    }
                    .into(),
                ));
            });
        });
        html! { <button type="button" class="button" {onclick}>{action}</button> }
    };
    let code_field = |(id, label, action, hint): (&'static str, String, String, String), code: &str| {
        html! {
            <div class="embed-dialog__code">
                <label for={id}>{label.clone()}</label>
                <p class="embed-dialog__hint">{hint}</p>
                <textarea {id} readonly=true rows="4" spellcheck="false" value={code.to_owned()} />
                { copy_button(id, label, action, code.to_owned()) }
            </div>
        }
    };
    html! {
        <>
            {button}
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-dialog-title">
                <h2 id="embed-dialog-title">{words.text("button")}</h2>
                if let Some(codes) = &*codes {
                    { code_field(("embed-iframe", words.text("iframe"), words.text("iframe_copy"), say("iframe_hint", &MEASURE_WIDTH.to_string())), &codes.iframe) }
                    { code_field(("embed-pym", words.text("pym"), words.text("pym_copy"), words.text("pym_hint")), &codes.pym) }
                } else {
                    <p>{words.text("failed")}</p>
                }
                <p class="embed-dialog__status" role="status" aria-live="polite">
                    { status.as_ref().cloned().unwrap_or_default() }
                </p>
                <button type="button" class="button button--quiet" onclick={close}>{words.text("close")}</button>
            </dialog>
        </>
    }
}

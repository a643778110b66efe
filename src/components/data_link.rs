//! A "Get the data" link to a file of the data package: downloaded on the site, opened on the
//! site from an embed (a sandboxed frame may not download), and left out of the single file,
//! which has no files beside it.

use yew::prelude::*;

use crate::embed::Frame;
use crate::site_base::SiteBase;

#[derive(Properties, PartialEq)]
pub struct DataLinkProps {
    /// The file, below the package's folder: `points.csv`, `charts/aid-trucks.csv`.
    pub file: AttrValue,
    pub children: Html,
}

#[component]
pub fn DataLink(props: &DataLinkProps) -> Html {
    let frame = use_context::<Frame>().unwrap_or_default();
    let site_base = use_context::<SiteBase>().unwrap_or_default();
    let href = site_base.join(&crate::data_files::path(&props.file));
    match frame {
        Frame::Site => html! { <a {href} download="" class="data-link">{props.children.clone()}</a> },
        Frame::Embed => {
            html! { <a {href} target="_blank" rel="noopener" class="data-link">{props.children.clone()}</a> }
        }
        Frame::SingleFile => Html::default(),
    }
}

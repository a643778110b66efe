//! The path the site is published under, normalised in this one place: the routers' basenames,
//! in-app links, the way out of a frame and the prerendered pages' URLs all start from it.

use crate::embed::{EMBED_SEGMENT, Frame};

/// The editions' languages, as their tables' `edition.lang` and the Arabic edition's folder say.
pub const ENGLISH: &str = "en";
pub const ARABIC: &str = "ar";

/// The public URL's path without its trailing slash: `""` at the root, `/news/gaza-plan` below
/// it. A `String`, not an `AttrValue`: the server renderer's props must be `Send`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteBase(String);

impl SiteBase {
    /// From a path as `<base href>`, yew-router or the build give it: `/`, `/news/gaza-plan/`
    /// or `/news/gaza-plan`.
    pub fn new(path: &str) -> SiteBase {
        SiteBase(path.trim_end_matches('/').to_owned())
    }

    /// `""` at the root, else the path with its leading slash and without a trailing one.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A path below this base: `join("/points/7")` is `/news/gaza-plan/points/7`.
    pub fn join(&self, below: &str) -> String {
        format!("{}{below}", self.0)
    }

    /// Where `frame`'s router lives: the site's base, embeds below it at `/embed`, and the single
    /// file at none, as it routes by `#/points/7`.
    pub fn of_frame(&self, frame: Frame) -> SiteBase {
        match frame {
            Frame::Site => self.clone(),
            Frame::Embed => SiteBase(format!("{}/{EMBED_SEGMENT}", self.0)),
            Frame::SingleFile => SiteBase::default(),
        }
    }

    /// The same place in the other edition: English pages have the Arabic edition below them at
    /// `/ar`, the Arabic pages the English one above. `lang` is this page's language.
    pub fn other_edition(&self, lang: &str, path: &str) -> String {
        match self.0.strip_suffix(&format!("/{lang}")).filter(|_| lang != ENGLISH) {
            Some(english) => format!("{english}{path}"),
            None => format!("{}/{ARABIC}{path}", self.0),
        }
    }

    /// The basename yew-router takes: none at the root.
    pub fn router_basename(&self) -> Option<String> {
        (!self.0.is_empty()).then(|| self.0.clone())
    }

    /// The frame a full path below this base belongs to.
    pub fn frame_of(&self, path: &str) -> Frame {
        let rest = path.strip_prefix(self.as_str()).unwrap_or(path);
        let embed = rest.strip_prefix('/').and_then(|r| r.strip_prefix(EMBED_SEGMENT));
        match embed {
            Some(after) if after.is_empty() || after.starts_with('/') => Frame::Embed,
            _ => Frame::Site,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_links_the_same_view_in_the_other() {
        assert_eq!(SiteBase::new("/").other_edition("en", "/points/7"), "/ar/points/7");
        assert_eq!(SiteBase::new("/ar/").other_edition("ar", "/points/7"), "/points/7");
        assert_eq!(SiteBase::new("/news/gaza/").other_edition("en", "/"), "/news/gaza/ar/");
        assert_eq!(SiteBase::new("/news/gaza/ar").other_edition("ar", "/status"), "/news/gaza/status");
    }

    #[test]
    fn one_spelling_whatever_the_trailing_slash() {
        assert_eq!(SiteBase::new("/"), SiteBase::default());
        assert_eq!(SiteBase::new("/news/gaza/"), SiteBase::new("/news/gaza"));
        assert_eq!(SiteBase::new("/news/gaza/").as_str(), "/news/gaza");
        assert_eq!(SiteBase::new("/news/gaza").join("/points/7"), "/news/gaza/points/7");
        assert_eq!(SiteBase::default().join("/points/7"), "/points/7");
    }

    #[test]
    fn frames_map_to_router_basenames_and_back() {
        let (root, sub) = (SiteBase::default(), SiteBase::new("/news/gaza/"));
        let basename = |base: &SiteBase, frame| base.of_frame(frame).router_basename();
        assert_eq!(basename(&root, Frame::Site), None);
        assert_eq!(basename(&root, Frame::Embed).as_deref(), Some("/embed"));
        assert_eq!(basename(&sub, Frame::Site).as_deref(), Some("/news/gaza"));
        assert_eq!(basename(&sub, Frame::Embed).as_deref(), Some("/news/gaza/embed"));
        assert_eq!(basename(&sub, Frame::SingleFile), None);
        assert_eq!(root.frame_of("/embed/points/7"), Frame::Embed);
        assert_eq!(root.frame_of("/embed"), Frame::Embed);
        assert_eq!(root.frame_of("/embedded"), Frame::Site);
        assert_eq!(sub.frame_of("/news/gaza/embed/"), Frame::Embed);
        assert_eq!(root.frame_of("/points/7"), Frame::Site);
    }
}

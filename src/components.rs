//! Reusable pieces of the page. Each takes props only and reads no global state but the content.

mod as_of;
mod commitment_list;
mod point_card;
mod point_pager;
mod site_footer;
mod site_header;
mod skip_link;
mod source_list;
mod topic_tags;

pub use as_of::AsOf;
pub use commitment_list::CommitmentList;
pub use point_card::PointCard;
pub use point_pager::PointPager;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use source_list::SourceList;
pub use topic_tags::TopicTags;

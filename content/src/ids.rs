//! Ids that say what they name: a point's number, an issue's slug, a party's and a source's id.
//!
//! Only the checker and the baked statics make them (`baked` is for generated code), so an id
//! the app holds names something that exists. The one other way in is `FromStr`, for the
//! router: it checks the spelling only, and `Route::parse` drops ids that name nothing.

use std::fmt;
use std::str::FromStr;

/// Why a path segment cannot be an id.
#[derive(Debug, PartialEq, Eq)]
pub struct NotFound;

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("nothing at this address")
    }
}

/// The number of a point of the plan: 1, 2, 3…
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PointNumber(u8);

impl PointNumber {
    #[doc(hidden)]
    pub const fn baked(number: u8) -> Self {
        PointNumber(number)
    }

    pub const fn get(self) -> u8 {
        self.0
    }
}

/// Only the canonical spelling: "7", not "07", "+7" or "0".
impl FromStr for PointNumber {
    type Err = NotFound;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits = !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit());
        if !digits || text.starts_with('0') {
            return Err(NotFound);
        }
        text.parse().map(PointNumber).map_err(|_| NotFound)
    }
}

impl fmt::Display for PointNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Slugs that are URLs, held inline rather than borrowed, so that a route holding one stays
/// `Copy` and a URL can be parsed into one.
macro_rules! inline_slugs {
    ($($(#[$meta:meta])* $name:ident),*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name {
            len: u8,
            bytes: [u8; SLUG_MAX_LEN],
        }

        impl $name {
            /// The longest slug one may have.
            pub const MAX_LEN: usize = SLUG_MAX_LEN;

            /// Panics (at compile time, in a static) on a slug the checker would reject.
            #[doc(hidden)]
            pub const fn baked(slug: &str) -> Self {
                let mut bytes = [0; SLUG_MAX_LEN];
                let mut i = 0;
                while i < slug.len() {
                    bytes[i] = slug.as_bytes()[i];
                    i += 1;
                }
                $name { len: slug.len() as u8, bytes }
            }

            pub fn as_str(&self) -> &str {
                // Built only from checked slugs, which are ASCII.
                std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
            }
        }

        impl FromStr for $name {
            type Err = NotFound;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                if is_slug(text) && text.len() <= SLUG_MAX_LEN { Ok($name::baked(text)) } else { Err(NotFound) }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.as_str())
            }
        }
    )*};
}

const SLUG_MAX_LEN: usize = 31;

inline_slugs!(
    /// An issue's slug, which is its URL (`/positions/disarmament`).
    IssueSlug,
    /// A chart's slug, which is its URL (`/figures/aid-trucks`).
    ChartSlug
);

/// Ids borrowed from the content they name, e.g. `hamas` or `wh-plan-2025-09-29`.
macro_rules! borrowed_ids {
    ($($(#[$meta:meta])* $name:ident),*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name<'a>(&'a str);

        impl<'a> $name<'a> {
            #[doc(hidden)]
            pub const fn baked(id: &'a str) -> Self {
                $name(id)
            }

            pub const fn as_str(self) -> &'a str {
                self.0
            }
        }

        impl fmt::Display for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
    )*};
}

borrowed_ids!(
    /// A party's id in `data/parties.toml`.
    PartyId,
    /// A source's id in `data/sources.toml`.
    SourceId,
    /// A figure's id in `data/figures.toml`.
    FigureId
);

/// Lowercase letters, digits and inner hyphens: what ids and URL slugs are made of.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_number_parses_only_as_written_in_a_url() {
        assert_eq!("7".parse(), Ok(PointNumber::baked(7)));
        assert_eq!("255".parse::<PointNumber>().map(PointNumber::get), Ok(255));
        for bad in ["", "0", "07", "+7", "-1", "256", "7a", " 7", "1000"] {
            assert_eq!(bad.parse::<PointNumber>(), Err(NotFound), "{bad:?}");
        }
    }

    #[test]
    fn an_issue_slug_parses_to_the_same_id_the_baker_writes() {
        assert_eq!("disarmament".parse(), Ok(IssueSlug::baked("disarmament")));
        assert_eq!(IssueSlug::baked("disarmament").to_string(), "disarmament");
        let longest = "a".repeat(IssueSlug::MAX_LEN);
        assert_eq!(longest.parse::<IssueSlug>().map(|s| s.to_string()), Ok(longest.clone()));
        for bad in [&format!("{longest}a"), "", "Disarmament", "-x", "x-", "a b", "a/b", "é"] {
            assert_eq!(bad.parse::<IssueSlug>(), Err(NotFound), "{bad:?}");
        }
    }
}

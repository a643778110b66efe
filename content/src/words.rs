//! Interface words at run time, for any language: templates filled by placeholder name, and
//! the plural form a number takes by its CLDR category. The words themselves come from
//! `data/ui.LANG.toml` (baked by the app's build script) or from the page an island is mounted in.

use core::fmt::Display;

/// CLDR plural categories, in this order in every table of forms and on every page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] =
        [Category::Zero, Category::One, Category::Two, Category::Few, Category::Many, Category::Other];

    /// Its CLDR name, as the tables' keys spell it.
    pub const fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// One letter per category, for the list of categories a page carries.
    pub const fn letter(self) -> u8 {
        match self {
            Category::Zero => b'z',
            Category::One => b'o',
            Category::Two => b't',
            Category::Few => b'f',
            Category::Many => b'm',
            Category::Other => b'x',
        }
    }

    pub fn from_letter(letter: u8) -> Option<Category> {
        Category::ALL.into_iter().find(|category| category.letter() == letter)
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|category| category.name() == name)
    }
}

/// How many whole numbers a language's category list spells out; beyond it a number takes the
/// category of `100 + n % 100`, which holds for every language we publish (the build checks it
/// against the CLDR rules up to 100 000).
pub const SPELLED: u64 = 200;

/// A language's plural rule for whole numbers, as the category of 0, 1, 2, … (one letter each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PluralRules<'a> {
    pub letters: &'a str,
}

impl PluralRules<'_> {
    pub fn category(&self, n: u64) -> Category {
        let index = if n < SPELLED { n } else { 100 + n % 100 };
        usize::try_from(index)
            .ok()
            .and_then(|i| self.letters.as_bytes().get(i))
            .and_then(|letter| Category::from_letter(*letter))
            .unwrap_or(Category::Other)
    }
}

/// A message with one form per plural category (`None` where its language has no such category).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural<'a> {
    pub forms: [Option<&'a str>; 6],
}

impl<'a> Plural<'a> {
    /// The form `n` takes; `other`, which every language has, where a category has no form.
    pub fn form(&self, rules: &PluralRules<'_>, n: u64) -> &'a str {
        let category = rules.category(n) as usize;
        self.forms[category].or(self.forms[Category::Other as usize]).unwrap_or_default()
    }
}

/// A number a plural form is chosen by.
pub trait Count: Display {
    fn count(&self) -> u64;
}

macro_rules! count {
    ($($ty:ty),*) => {$(
        impl Count for $ty {
            fn count(&self) -> u64 {
                u64::try_from(*self).unwrap_or(u64::MAX)
            }
        }
    )*};
}

count!(u8, u16, u32, u64, usize);

/// `template` with each `{name}` replaced by `value(name)`; a name `value` does not know stays as
/// written, so a mistake shows rather than vanishing.
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    // `split_once`, not indexing: no slicing panic, whose message would bring the formatting
    // machinery into every page's wasm.
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) if is_placeholder(name) => {
                match value(name) {
                    Some(text) => out.push_str(&text),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of `template`, in order of first appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_placeholder(&after[..close]) => {
                if !names.contains(&&after[..close]) {
                    names.push(&after[..close]);
                }
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    names
}

/// A placeholder's name: lower-case letters, digits, `_` and `.`.
fn is_placeholder(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
}

/// `n` with its thousands grouped by `separator` ("1,718"); a language without grouping passes "".
pub fn group_thousands(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    if n < 1000 || separator.is_empty() {
        return digits;
    }
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// The words an island needs, carried by the page it is mounted in (one attribute), so that its
/// code holds none and is the same for every edition: texts by name, plural forms as
/// `NAME.CATEGORY` beside the language's category list, `plural`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Phrasebook {
    entries: Vec<(String, String)>,
}

/// Between a name and its text, and between entries: characters no text holds.
const NAME_END: char = '\u{1f}';
const ENTRY_END: char = '\u{1e}';

impl Phrasebook {
    /// The name of the language's category list.
    pub const PLURAL: &'static str = "plural";
    /// The names of the month names (`month.1` … `month.12`) and of the date's pattern.
    pub const DATE: &'static str = "date";

    pub fn with(mut self, name: &str, text: &str) -> Phrasebook {
        self.entries.push((name.to_owned(), text.to_owned()));
        self
    }

    /// With every form of a plural message, and the category list it is chosen by.
    pub fn with_plural(mut self, name: &str, plural: &Plural<'_>, rules: &PluralRules<'_>) -> Phrasebook {
        for category in Category::ALL {
            if let Some(form) = plural.forms[category as usize] {
                self = self.with(&format!("{name}.{}", category.name()), form);
            }
        }
        if self.get(Self::PLURAL).is_none() {
            self = self.with(Self::PLURAL, rules.letters);
        }
        self
    }

    /// With what [`Phrasebook::date`] needs: the date's pattern (`{day}`, `{month}`, `{year}`) and
    /// the month names.
    pub fn with_dates(mut self, pattern: &str, months: &[&str]) -> Phrasebook {
        self = self.with(Self::DATE, pattern);
        for (i, month) in months.iter().enumerate() {
            self = self.with(&format!("month.{}", i + 1), month);
        }
        self
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.entries.iter().find(|(n, _)| n == name).map(|(_, text)| text.as_str())
    }

    /// The text called `name`; its name, bracketed, if the page lacks it, so a mistake shows.
    pub fn text(&self, name: &str) -> String {
        self.get(name).map_or_else(|| format!("[{name}]"), str::to_owned)
    }

    /// The form of the plural message `name` that `n` takes, filled by `value` and with `{count}`
    /// as `n`.
    pub fn plural(&self, name: &str, n: u64, value: impl Fn(&str) -> Option<String>) -> String {
        let rules = PluralRules { letters: self.get(Self::PLURAL).unwrap_or_default() };
        let form = format!("{name}.{}", rules.category(n).name());
        let text = self.get(&form).or_else(|| self.get(&format!("{name}.other"))).unwrap_or(name);
        fill(text, value)
    }

    /// A date in the page's edition.
    pub fn date(&self, year: u16, month: u8, day: u8) -> String {
        let month = self.text(&format!("month.{month}"));
        fill(&self.text(Self::DATE), |name| match name {
            "day" => Some(day.to_string()),
            "month" => Some(month.clone()),
            "year" => Some(year.to_string()),
            _ => None,
        })
    }

    /// As an attribute's value.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (name, text) in &self.entries {
            out.push_str(name);
            out.push(NAME_END);
            out.push_str(text);
            out.push(ENTRY_END);
        }
        out
    }

    /// From an attribute's value; `None` if it is not one [`Phrasebook::encode`] wrote.
    pub fn decode(text: &str) -> Option<Phrasebook> {
        let entries = text
            .split_terminator(ENTRY_END)
            .map(|entry| entry.split_once(NAME_END).map(|(name, text)| (name.to_owned(), text.to_owned())))
            .collect::<Option<Vec<_>>>()?;
        Some(Phrasebook { entries })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_by_name_in_any_order_and_keep_what_they_do_not_know() {
        let value = |name: &str| match name {
            "shown" => Some("6".to_owned()),
            "total" => Some("20".to_owned()),
            _ => None,
        };
        assert_eq!(fill("{shown} of {total} points", value), "6 of 20 points");
        assert_eq!(fill("{total}: {shown} {unknown} {Not a name} {", value), "20: 6 {unknown} {Not a name} {");
        assert_eq!(placeholders("{a} and {b.c} and {a} {B}"), ["a", "b.c"]);
    }

    #[test]
    fn numbers_beyond_the_spelled_list_take_the_category_of_their_last_two_digits() {
        let mut letters = String::from("xo");
        letters.extend(std::iter::repeat_n('x', 198));
        let rules = PluralRules { letters: &letters };
        assert_eq!(rules.category(1), Category::One);
        assert_eq!(rules.category(1001), Category::Other, "101's category, not 1's");
        let plural = Plural { forms: [None, Some("{n} point"), None, None, None, Some("{n} points")] };
        assert_eq!(plural.form(&rules, 1), "{n} point");
        assert_eq!(plural.form(&rules, 0), "{n} points");
    }

    #[test]
    fn a_phrasebook_survives_its_attribute_and_says_plurals_and_dates() {
        let letters: String =
            std::iter::once('x').chain(std::iter::once('o')).chain(std::iter::repeat_n('x', 198)).collect();
        let plural = Plural { forms: [None, Some("{count} point"), None, None, None, Some("{count} points")] };
        let book = Phrasebook::default()
            .with("title", "Points")
            .with_plural("points", &plural, &PluralRules { letters: &letters })
            .with_dates("{day} {month} {year}", &["January", "February"]);
        let book = Phrasebook::decode(&book.encode()).expect("reads back");
        let count = |n: u64| move |name: &str| (name == "count").then(|| n.to_string());
        assert_eq!(book.plural("points", 1, count(1)), "1 point");
        assert_eq!(book.plural("points", 7, count(7)), "7 points");
        assert_eq!(book.date(2026, 2, 3), "3 February 2026");
        assert_eq!(book.text("missing"), "[missing]");
        assert_eq!(Phrasebook::decode("no separator"), None);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(999, ","), "999");
        assert_eq!(group_thousands(1718, ","), "1,718");
        assert_eq!(group_thousands(70_000_000, ","), "70,000,000");
        assert_eq!(group_thousands(12_345, ""), "12345");
    }
}

//! The interface tables, `data/ui.LANG.toml`: every word of the interface a reader sees, by
//! section and key. Read and checked here, then written as Rust (typed: a key is a field, a
//! template's placeholders are the fields of its arguments), so a key the code names and the
//! table lacks, or a placeholder the two disagree on, fails the build where the code names it; a
//! key no code names fails it here, with the table's file and line.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::check::DataError;
use crate::words::{Category, SPELLED, placeholders};

/// An edition: the language of its words, and the table they come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edition {
    English,
    /// `ar`: right to left, its words from `data/ui.ar.toml` and `data/ar/`.
    Arabic,
    /// `en-XA`: the English edition with every word of the tables and of `data/` accented,
    /// bracketed and a third longer, so a word that did not come through them shows.
    Pseudo,
}

impl Edition {
    /// The edition a build asks for in `GAZA_EDITION` (`en`, the default, or `en-XA`).
    pub fn from_code(code: &str) -> Option<Edition> {
        match code {
            "" | "en" => Some(Edition::English),
            "ar" => Some(Edition::Arabic),
            "en-XA" => Some(Edition::Pseudo),
            _ => None,
        }
    }

    /// The table its words come from.
    pub const fn table(self) -> &'static str {
        match self {
            Edition::English | Edition::Pseudo => "data/ui.en.toml",
            Edition::Arabic => "data/ui.ar.toml",
        }
    }

    /// The language whose plural rules it follows.
    pub const fn plural_language(self) -> &'static str {
        match self {
            Edition::English | Edition::Pseudo => "en",
            Edition::Arabic => "ar",
        }
    }

    /// Where its words of the content files are, over the English files (`None`: the files themselves).
    pub const fn content_dir(self) -> Option<&'static str> {
        match self {
            Edition::English | Edition::Pseudo => None,
            Edition::Arabic => Some("data/ar/"),
        }
    }
}

/// One entry of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// `section_key`: the field the code names.
    pub name: String,
    pub line: usize,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A string, maybe with `{placeholders}`.
    Text(String),
    /// A list of strings (the months).
    List(Vec<String>),
    /// A form per plural category the language has, chosen by the number in `count`.
    Plural { count: String, forms: [Option<String>; 6] },
}

/// A checked table.
#[derive(Clone, Debug)]
pub struct Table {
    pub file: &'static str,
    pub entries: Vec<Entry>,
    /// The category of 0, 1, 2, … below [`SPELLED`], one letter each.
    pub plural_letters: String,
}

/// Reads and checks the table of `edition` under `root` (the repository).
pub fn load(root: &Path, edition: Edition) -> Result<Table, Vec<DataError>> {
    let file = edition.table();
    let text = std::fs::read_to_string(root.join(file)).map_err(|err| {
        vec![DataError {
            file: file.to_owned(),
            line: None,
            field: String::new(),
            message: format!("cannot read: {err}"),
        }]
    })?;
    parse(file, &text, edition.plural_language())
}

/// Checks `text`, the table `file` of a language whose plural rules are `language`'s.
pub fn parse(file: &'static str, text: &str, language: &str) -> Result<Table, Vec<DataError>> {
    let error = |line: Option<usize>, field: &str, message: String| DataError {
        file: file.to_owned(),
        line,
        field: field.to_owned(),
        message,
    };
    let line_of = |offset: usize| text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1;
    let root_table = DeTable::parse(text)
        .map_err(|err| vec![error(err.span().map(|span| line_of(span.start)), "", err.message().trim().to_owned())])?;
    let plural_letters = plural_letters(language).map_err(|message| vec![error(None, "", message)])?;
    let needed: BTreeSet<Category> = plural_letters.bytes().filter_map(Category::from_letter).collect();

    let mut errors = Vec::new();
    let mut entries = Vec::new();
    for (section, value) in root_table.get_ref() {
        let section_name = section.get_ref().as_ref();
        let DeValue::Table(keys) = value.get_ref() else {
            errors.push(error(
                Some(line_of(section.span().start)),
                section_name,
                "expected a [section] of keys".into(),
            ));
            continue;
        };
        for (key, value) in keys {
            let name = format!("{section_name}_{}", key.get_ref());
            let field = format!("{section_name}.{}", key.get_ref());
            let line = line_of(key.span().start);
            let mut fail = |message: String| errors.push(error(Some(line), &field, message));
            if !is_name(section_name) || !is_name(key.get_ref()) {
                fail("sections and keys are lower-case letters, digits and `_`".into());
                continue;
            }
            let value = match value.get_ref() {
                DeValue::String(text) => Value::Text(text.to_string()),
                DeValue::Array(items) => {
                    let texts: Option<Vec<String>> =
                        items.iter().map(|item| item.get_ref().as_str().map(str::to_owned)).collect();
                    match texts {
                        Some(texts) => Value::List(texts),
                        None => {
                            fail("a list holds strings only".into());
                            continue;
                        }
                    }
                }
                DeValue::Table(forms) => match plural(forms, &needed, &plural_letters) {
                    Ok(value) => value,
                    Err(message) => {
                        fail(message);
                        continue;
                    }
                },
                _ => {
                    fail("expected a string, a list of strings or a table of plural forms".into());
                    continue;
                }
            };
            entries.push(Entry { name, line, value });
        }
    }
    if errors.is_empty() { Ok(Table { file, entries, plural_letters }) } else { Err(errors) }
}

/// A plural message: `count` names the placeholder that chooses the form, then one form per
/// category the language has, all with the same placeholders. A category that holds one number
/// only (English and Arabic `one`, Arabic `zero` and `two`) may leave the number out, as Arabic
/// copy writes «نقطتان», never «2 نقطتان»; `letters` is the language's, from [`plural_letters`].
fn plural(forms: &DeTable<'_>, needed: &BTreeSet<Category>, letters: &str) -> Result<Value, String> {
    let mut count = None;
    let mut found: [Option<String>; 6] = Default::default();
    for (key, value) in forms {
        let text = value.get_ref().as_str().ok_or_else(|| format!("`{}` must be a string", key.get_ref()))?;
        if key.get_ref() == "count" {
            count = Some(text.to_owned());
        } else {
            let category = Category::from_name(key.get_ref()).ok_or_else(|| {
                format!("`{}` is not a plural category (zero, one, two, few, many, other) or `count`", key.get_ref())
            })?;
            found[category as usize] = Some(text.to_owned());
        }
    }
    let count = count.ok_or("a plural message names its number in `count`")?;
    let have: BTreeSet<Category> = Category::ALL.into_iter().filter(|c| found[*c as usize].is_some()).collect();
    if let Some(missing) = needed.difference(&have).next() {
        return Err(format!("the language needs a `{}` form", missing.name()));
    }
    if let Some(extra) = have.difference(needed).next() {
        return Err(format!("the language has no `{}` category", extra.name()));
    }
    let one_number = |category: Category| letters.bytes().filter(|b| *b == category.letter()).count() == 1;
    let mut names: Option<BTreeSet<&str>> = None;
    for category in Category::ALL {
        let Some(form) = &found[category as usize] else { continue };
        let mut these: BTreeSet<&str> = placeholders(form).into_iter().collect();
        if !these.remove(count.as_str()) && !one_number(category) {
            return Err(format!("the form \"{form}\" does not say its number `{{{count}}}`"));
        }
        match &names {
            Some(names) if *names != these => {
                return Err(format!("the form \"{form}\" has other placeholders than the first form"));
            }
            _ => names = Some(these),
        }
    }
    Ok(Value::Plural { count, forms: found })
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The CLDR category of each whole number below [`SPELLED`] in `language`, one letter each;
/// an error if a larger number does not take the category of `100 + n % 100`.
pub fn plural_letters(language: &str) -> Result<String, String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let langid: unic_langid::LanguageIdentifier =
        language.parse().map_err(|err| format!("`{language}` is not a language tag: {err}"))?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL)
        .map_err(|err| format!("no plural rules for `{language}`: {err}"))?;
    let category = |n: u64| -> Result<Category, String> {
        Ok(match rules.select(n).map_err(|err| format!("plural rules for {n}: {err}"))? {
            PluralCategory::ZERO => Category::Zero,
            PluralCategory::ONE => Category::One,
            PluralCategory::TWO => Category::Two,
            PluralCategory::FEW => Category::Few,
            PluralCategory::MANY => Category::Many,
            PluralCategory::OTHER => Category::Other,
        })
    };
    let letters: Vec<u8> = (0..SPELLED).map(|n| category(n).map(Category::letter)).collect::<Result<_, _>>()?;
    for n in SPELLED..100_000 {
        let spelled = letters[usize::try_from(100 + n % 100).unwrap_or_default()];
        if category(n)?.letter() != spelled {
            return Err(format!("`{language}`: {n} does not take the category of {}", 100 + n % 100));
        }
    }
    String::from_utf8(letters).map_err(|err| err.to_string())
}

/// What keeps two editions' tables in step: the same keys, each the same kind of value with the
/// same placeholders (a translator moves them, never drops or adds one), lists as long.
pub fn compare(english: &Table, other: &Table) -> Vec<DataError> {
    let mut errors = Vec::new();
    let error = |table: &Table, entry: &Entry, message: String| DataError {
        file: table.file.to_owned(),
        line: Some(entry.line),
        field: entry.name.replacen('_', ".", 1),
        message,
    };
    let names = |value: &Value| -> Option<BTreeSet<String>> {
        let texts: Vec<&String> = match value {
            Value::Text(text) => vec![text],
            Value::List(_) => return None,
            Value::Plural { forms, .. } => forms.iter().flatten().collect(),
        };
        Some(texts.iter().flat_map(|text| placeholders(text)).map(str::to_owned).collect())
    };
    for entry in &english.entries {
        let Some(theirs) = other.entries.iter().find(|e| e.name == entry.name) else {
            errors.push(error(english, entry, format!("has no counterpart in {}", other.file)));
            continue;
        };
        let same_kind = match (&entry.value, &theirs.value) {
            (Value::Text(_), Value::Text(_)) | (Value::Plural { .. }, Value::Plural { .. }) => true,
            (Value::List(mine), Value::List(their_list)) => mine.len() == their_list.len(),
            _ => false,
        };
        if !same_kind {
            errors.push(error(other, theirs, format!("is not the same kind of value as in {}", english.file)));
        } else if names(&entry.value) != names(&theirs.value) {
            let message = format!("has other placeholders than in {}: keep every one, add none", english.file);
            errors.push(error(other, theirs, message));
        }
    }
    for theirs in &other.entries {
        if !english.entries.iter().any(|e| e.name == theirs.name) {
            errors.push(error(other, theirs, format!("has no counterpart in {}", english.file)));
        }
    }
    errors
}

/// Every entry that states a fact: a year, or a name among `names` (the content's parties and
/// people), as a whole word. Facts belong to the content files, with their sources; the table
/// holds only the words around them, which get dates and names through placeholders.
pub fn states_facts(table: &Table, names: &[&str]) -> Vec<DataError> {
    let texts = |value: &Value| -> Vec<String> {
        match value {
            Value::Text(text) => vec![text.clone()],
            Value::List(texts) => texts.clone(),
            Value::Plural { forms, .. } => forms.iter().flatten().cloned().collect(),
        }
    };
    let mut errors = Vec::new();
    for entry in &table.entries {
        let found = texts(&entry.value).iter().find_map(|text| {
            let year = text.as_bytes().windows(4).enumerate().find(|(at, four)| {
                let bounded = |i: Option<&u8>| i.is_none_or(|c| !c.is_ascii_digit());
                four.iter().all(u8::is_ascii_digit)
                    && matches!(&four[..2], b"19" | b"20")
                    && bounded(at.checked_sub(1).and_then(|i| text.as_bytes().get(i)))
                    && bounded(text.as_bytes().get(at + 4))
            });
            let year = year.map(|(at, _)| format!("the year {}", &text[at..at + 4]));
            year.or_else(|| names.iter().find(|name| whole_word(text, name)).map(|name| format!("“{name}”")))
        });
        if let Some(found) = found {
            errors.push(DataError {
                file: table.file.to_owned(),
                line: Some(entry.line),
                field: entry.name.replacen('_', ".", 1),
                message: format!(
                    "states a fact ({found}): facts go in the content files with their sources, and reach this text through a placeholder"
                ),
            });
        }
    }
    errors
}

/// `name` in `text`, with no letter or digit joined to either end.
fn whole_word(text: &str, name: &str) -> bool {
    !name.is_empty()
        && text.match_indices(name).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            [before, after].iter().all(|c| c.is_none_or(|c| !c.is_alphanumeric()))
        })
}

/// Every entry no code names: its field must appear as a word in some file under `dirs`.
pub fn unused(table: &Table, dirs: &[PathBuf]) -> Vec<DataError> {
    let mut words: BTreeSet<String> = BTreeSet::new();
    for dir in dirs {
        let mut stack = vec![dir.clone()];
        while let Some(path) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&path) else {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    words.extend(text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map(str::to_owned));
                }
                continue;
            };
            stack.extend(entries.flatten().map(|entry| entry.path()));
        }
    }
    table
        .entries
        .iter()
        .filter(|entry| !words.contains(&entry.name))
        .map(|entry| DataError {
            file: table.file.to_owned(),
            line: Some(entry.line),
            field: entry.name.replacen('_', ".", 1),
            message: format!("no code uses `{}`: remove it, or use it", entry.name),
        })
        .collect()
}

/// Every text of the table, each `text` passed through `change` (the pseudo-locale's).
pub fn transformed(table: &Table, change: impl Fn(&str) -> String) -> Table {
    let entries = table
        .entries
        .iter()
        .map(|entry| Entry {
            value: match &entry.value {
                Value::Text(text) => Value::Text(change(text)),
                Value::List(texts) => Value::List(texts.iter().map(|text| change(text)).collect()),
                Value::Plural { count, forms } => {
                    Value::Plural { count: count.clone(), forms: forms.clone().map(|form| form.map(|f| change(&f))) }
                }
            },
            ..entry.clone()
        })
        .collect();
    Table { entries, ..table.clone() }
}

/// The table as Rust, for `include!` in the app's `words` module: `Words` (a field per key),
/// `WORDS`, the language's `PLURAL_RULES`, and per template its arguments (`args::KEY`, a field
/// per placeholder) and its `say`. The includer defines `number(u64) -> String`.
pub fn generate(table: &Table) -> String {
    let mut out = format!("// Generated from {} by gaza-plan-content. Edit that file, not this.\n\n", table.file);
    let _ = writeln!(
        out,
        "pub static PLURAL_RULES: ::gaza_plan_content::words::PluralRules<'static> = \
         ::gaza_plan_content::words::PluralRules {{ letters: {:?} }};\n",
        table.plural_letters
    );
    let mut fields = String::new();
    let mut values = String::new();
    let mut args = String::new();
    let mut says = String::new();
    for Entry { name, value, .. } in &table.entries {
        let template = |text: &str| placeholders(text).into_iter().map(str::to_owned).collect::<Vec<_>>();
        let (ty, init, names, count) = match value {
            Value::Text(text) if template(text).is_empty() => {
                ("&'static str".to_owned(), format!("{text:?}"), Vec::new(), None)
            }
            Value::Text(text) => (format!("says::{name}"), format!("says::{name}({text:?})"), template(text), None),
            Value::List(texts) => ("&'static [&'static str]".to_owned(), format!("&{texts:?}"), Vec::new(), None),
            Value::Plural { count, forms } => {
                // Every form's placeholders: a form of one number may leave out `count`.
                let mut first: Vec<String> = Vec::new();
                for name in forms.iter().flatten().flat_map(|form| template(form)) {
                    if !first.contains(&name) {
                        first.push(name);
                    }
                }
                let forms = forms.iter().map(|form| format!("{form:?}")).collect::<Vec<_>>().join(", ");
                let init = format!("says::{name}(::gaza_plan_content::words::Plural {{ forms: [{forms}] }})",);
                (format!("says::{name}"), init, first, Some(count.clone()))
            }
        };
        let _ = writeln!(fields, "    pub {name}: {ty},");
        let _ = writeln!(values, "    {name}: {init},");
        if names.is_empty() {
            continue;
        }
        let arg_field = |n: &str| n.replace('.', "_");
        let _ = writeln!(args, "    pub struct {name}<'a> {{");
        for placeholder in &names {
            let kind = if Some(placeholder) == count.as_ref() {
                "::gaza_plan_content::words::Count"
            } else {
                "::core::fmt::Display"
            };
            let _ = writeln!(args, "        pub {}: &'a dyn {kind},", arg_field(placeholder));
        }
        let _ = writeln!(args, "    }}");
        let inner = if count.is_some() { "::gaza_plan_content::words::Plural<'static>" } else { "&'static str" };
        let _ = writeln!(says, "    pub struct {name}(pub {inner});");
        let _ = writeln!(says, "    impl {name} {{");
        let _ = writeln!(says, "        pub fn say(&self, a: &super::args::{name}<'_>) -> String {{");
        match &count {
            Some(count) => {
                let _ = writeln!(
                    says,
                    "            let text = self.0.form(&super::PLURAL_RULES, a.{}.count());",
                    arg_field(count)
                );
            }
            None => {
                let _ = writeln!(says, "            let text = self.0;");
            }
        }
        let _ = writeln!(says, "            ::gaza_plan_content::words::fill(text, |name| match name {{");
        for placeholder in &names {
            let shown = if Some(placeholder) == count.as_ref() {
                format!("super::number(a.{}.count())", arg_field(placeholder))
            } else {
                format!("a.{}.to_string()", arg_field(placeholder))
            };
            let _ = writeln!(says, "                {placeholder:?} => Some({shown}),");
        }
        let _ = writeln!(says, "                _ => None,\n            }})\n        }}\n    }}");
    }
    let _ = writeln!(out, "/// Every word of the interface, by key (`section_key` in the table).");
    let _ = writeln!(out, "pub struct Words {{\n{fields}}}\n");
    let _ = writeln!(out, "pub static WORDS: Words = Words {{\n{values}}};\n");
    let _ = writeln!(
        out,
        "/// Each template's placeholders, as fields.\n#[allow(non_camel_case_types)]\npub mod args {{\n{args}}}\n"
    );
    let _ = writeln!(
        out,
        "/// Each template, filled by `say`.\n#[allow(non_camel_case_types)]\npub mod says {{\n    #[allow(unused_imports)]\n    use ::gaza_plan_content::words::Count as _;\n{says}}}"
    );
    out
}

/// The pseudo-locale's form of a text: every ASCII letter accented, `{placeholders}` kept, the
/// whole bracketed and a third longer, as platforms test their translations.
pub fn pseudo(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let accented = accented(text);
    let pad = (text.chars().count() * 35).div_ceil(100);
    let padding: String = (0..pad).map(|i| if i % 6 == 5 { ' ' } else { '·' }).collect();
    format!("⟦{accented} {padding}⟧")
}

/// Every ASCII letter of `text` accented, `{placeholders}` kept as they are.
pub fn accented(text: &str) -> String {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ţ', 'û', 'ṽ',
        'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û', 'Ṽ',
        'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        let index = |base: u8| usize::from(u8::try_from(c).unwrap_or_default().wrapping_sub(base));
        out.push(match c {
            'a'..='z' if !in_placeholder => LOWER[index(b'a')],
            'A'..='Z' if !in_placeholder => UPPER[index(b'A')],
            other => other,
        });
    }
    out
}

//! Search as values: the index the build writes from the content (one line per entry, so the
//! site's wasm reads it with `split`, not a JSON parser), what a query finds in it, and the words
//! to mark. Pure, so the site's island, the whole app and native tests share it; only
//! [`entries`] reads the content, and only the build and the whole app call it.

// Linked only where it is called: the build and the whole app, never the site's islands.
mod entries;
pub use entries::entries;

use gaza_plan_content::words::{Phrasebook, fill};

/// The index's file in the build, below the site's base; fetched when a reader first focuses search.
pub const INDEX_FILE: &str = "search-index.txt";
/// How many results of each kind the header's list shows; the /search page shows all.
pub const LIST_LIMIT: usize = 4;

/// What a result is, in the order the results are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Point,
    Issue,
    Position,
    Person,
    Event,
    Figure,
    Term,
    Source,
    View,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Point,
        Kind::Issue,
        Kind::Position,
        Kind::Person,
        Kind::Event,
        Kind::Figure,
        Kind::Term,
        Kind::Source,
        Kind::View,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Point => "point",
            Kind::Issue => "issue",
            Kind::Position => "position",
            Kind::Person => "person",
            Kind::Event => "event",
            Kind::Figure => "figure",
            Kind::Term => "term",
            Kind::Source => "source",
            Kind::View => "view",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.slug() == slug)
    }
}

/// One thing search can find: a link below the site (`/points/7`, `/people#person-ron-dermer`),
/// what it is called and the text it is found by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub path: String,
    pub title: String,
    pub text: String,
}

/// The index file: one entry a line, its four fields separated by tabs (which the text never
/// holds: every run of white space is one space).
pub fn write_index(entries: &[Entry]) -> String {
    let mut out = String::new();
    for entry in entries {
        let fields = [entry.kind.slug(), &entry.path, &one_line(&entry.title), &one_line(&entry.text)];
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A read index, each entry with its words folded once, so each keystroke only compares.
pub struct Index {
    entries: Vec<(Entry, Vec<String>, Vec<String>)>,
}

/// What a query found: an entry, and the query's terms to mark in it.
pub struct Hit<'a> {
    pub entry: &'a Entry,
    /// True when every term is in the title, which ranks it first in its group.
    pub in_title: bool,
}

impl Index {
    /// The entries of an index file; a line that is not one is skipped.
    pub fn parse(text: &str) -> Index {
        let entries = text
            .lines()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let kind = Kind::from_slug(fields.next()?)?;
                let (path, title, text) = (fields.next()?, fields.next()?, fields.next()?);
                let entry = Entry { kind, path: path.into(), title: title.into(), text: text.into() };
                let title_words = words(&entry.title).map(|(_, folded)| folded).collect();
                let text_words = words(&entry.text).map(|(_, folded)| folded).collect();
                Some((entry, title_words, text_words))
            })
            .collect();
        Index { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry in which each of the query's terms begins a word ("hostage" finds
    /// "hostages"), case and diacritics ignored; grouped by kind, title matches first, otherwise
    /// in the data's order. Nothing for a query with no letters or digits.
    pub fn find(&self, query: &str) -> Vec<Hit<'_>> {
        let terms = terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let has = |words: &[String], term: &str| words.iter().any(|word| word.starts_with(term));
        let found = |title: &[String], text: &[String]| terms.iter().all(|term| has(title, term) || has(text, term));
        let in_title = |title: &[String]| terms.iter().all(|term| has(title, term));
        // Passes rather than a sort: the index lists entries by kind, and a sort costs the wasm 5 KB.
        let mut hits = Vec::new();
        for kind in Kind::ALL {
            for title_first in [true, false] {
                for (entry, title, text) in &self.entries {
                    if entry.kind == kind && in_title(title) == title_first && found(title, text) {
                        hits.push(Hit { entry, in_title: title_first });
                    }
                }
            }
        }
        hits
    }

    /// The entries of one kind, in the data's order (the views, offered when nothing is found).
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().map(|(entry, ..)| entry).filter(move |entry| entry.kind == kind)
    }
}

/// The query's terms, folded: what [`Index::find`] looks for and [`marked`] marks.
pub fn terms(query: &str) -> Vec<String> {
    words(query).map(|(_, folded)| folded).collect()
}

/// `text` as runs to show, each `true` where a word begins with one of `terms`.
pub fn marked(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut at = 0;
    for (word, folded) in words(text) {
        if !terms.iter().any(|term| folded.starts_with(term.as_str())) {
            continue;
        }
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        if start > at {
            runs.push((text[at..start].to_owned(), false));
        }
        runs.push((word.to_owned(), true));
        at = start + word.len();
    }
    if at < text.len() {
        runs.push((text[at..].to_owned(), false));
    }
    runs
}

/// What a result shows under its title: the piece of its text (a point's summary, one of its
/// commitments, a stance, a figure with whose and when) that holds the first marked word, whole,
/// so that a claim keeps its subject and attribution; the first piece if none does.
pub fn shown_text(entry: &Entry, terms: &[String]) -> String {
    let mut pieces = entry.text.split(PIECE).map(str::trim);
    let first = pieces.clone().next().unwrap_or("");
    let found = pieces.find(|piece| marked(piece, terms).iter().any(|(_, mark)| *mark));
    found.unwrap_or(first).to_owned()
}

/// Between the pieces of an entry's text: a character the content never holds, and not white
/// space, so the index file keeps it.
pub const PIECE: char = '\u{1f}';

/// The heading of a kind's results ("Points of the plan"), from the words the page carries.
pub fn kind_label(words: &Phrasebook, kind: Kind) -> String {
    words.text(&format!("kind.{}", kind.slug()))
}

/// "12 results" / "1 result".
pub fn count_sentence(words: &Phrasebook, count: usize) -> String {
    let count = u64::try_from(count).unwrap_or(u64::MAX);
    words.plural("results", count, |name| (name == "count").then(|| count.to_string()))
}

/// What the status line says when nothing matches; the views follow it.
pub fn nothing_found(words: &Phrasebook, query: &str) -> String {
    fill(&words.text("nothing_found"), |name| (name == "query").then(|| query.trim().to_owned()))
}

/// The popup's last option, when it lists only the first few of each kind.
pub fn see_all(words: &Phrasebook, count: usize) -> String {
    let count = u64::try_from(count).unwrap_or(u64::MAX);
    words.plural("see_all", count, |name| (name == "count").then(|| count.to_string()))
}

/// What the status line says when the index cannot be fetched.
pub fn not_loaded(words: &Phrasebook) -> String {
    words.text("not_loaded")
}

/// `query` with `q` set to `encoded` (removed when empty) and every other parameter kept: in
/// an embed, pym.js's `childId` must survive.
pub fn with_query(query: &str, encoded: &str) -> String {
    crate::filter::with_pairs(query, &["q"], &[Some(encoded).filter(|encoded| !encoded.is_empty())])
}

/// A result's link: `path` below `links`, carrying the page's parameters but the query (in an
/// embed, pym.js's `childId` and the theme, or the next page could not size its frame) before
/// any `#place`.
pub fn result_href(links: &str, path: &str, page_query: &str) -> String {
    let (path, place) = path.split_once('#').map_or((path, None), |(path, place)| (path, Some(place)));
    let carried = with_query(page_query, "");
    let place = place.map(|place| format!("#{place}")).unwrap_or_default();
    format!("{links}{path}{carried}{place}")
}

/// An anchor for a name: `person-khalil-al-hayya`.
pub fn anchor(prefix: &str, name: &str) -> String {
    let words: Vec<String> = words(name).map(|(_, folded)| folded).collect();
    format!("{prefix}-{}", words.join("-"))
}

/// The words of `text`, each as it is written and folded: lower case, without diacritics or
/// apostrophes ("Sha'ath" is `shaath`, "Al-Sisi" two words). Letters and digits make words.
fn words(text: &str) -> impl Iterator<Item = (&str, String)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(is_word)?;
        let tail = &rest[start..];
        let len = tail.find(|c: char| !is_word(c) && !is_apostrophe(c)).unwrap_or(tail.len());
        let word = tail[..len].trim_end_matches(is_apostrophe);
        rest = &tail[len..];
        Some((word, fold(word)))
    })
}

/// A letter or digit. Outside ASCII, every character but Latin-1's signs and spaces (U+00A0 to
/// U+00BF, × and ÷), the general punctuation and currency blocks (U+2000 to U+20CF: dashes,
/// quotes, spaces, …, €) and apostrophes: Unicode's `is_alphanumeric` tables cost 2 KB of wasm.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !('\u{a0}'..='\u{bf}').contains(&c)
            && !('\u{2000}'..='\u{20cf}').contains(&c)
            && !matches!(c, '×' | '÷')
            && !is_apostrophe(c))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '‘' | '`')
}

/// Lower case, diacritics off the Latin letters names are written with, apostrophes dropped.
/// Other letters stay as they are: Unicode's case tables would cost every reader 4 KB of wasm.
fn fold(word: &str) -> String {
    // "Israel's" is found by "israel" (and "Sha'ath" by "shaath").
    let word = ["'s", "’s"].iter().find_map(|s| word.strip_suffix(s)).unwrap_or(word);
    let folded: String = word
        .chars()
        .filter(|c| !is_apostrophe(*c) && !is_arabic_mark(*c))
        .map(|c| plain(c).or_else(|| arabic_letter(c)).unwrap_or(c.to_ascii_lowercase()))
        .collect();
    without_arabic_prefixes(folded)
}

/// Arabic diacritics (harakat, tanwin, shadda, sukun, the dagger alif) and the tatweel: search
/// engines ignore them, and most text omits them.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The Arabic letters written more than one way, as Arabic search engines fold them: the alef
/// with hamza or madda to alef, taa marbuta to haa, alef maqsura to yaa, hamza on waw or yaa to
/// the letter.
fn arabic_letter(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ة' => Some('ه'),
        'ى' | 'ئ' => Some('ي'),
        'ؤ' => Some('و'),
        _ => None,
    }
}

/// An Arabic word without the prefixes written onto it (و، ف، then ب، ك، ل, then ال), so that
/// «والمجلس» is found by «مجلس»: the query is folded the same way, and what remains keeps two
/// letters at least.
fn without_arabic_prefixes(word: String) -> String {
    let long = |rest: &str, letters: usize| rest.chars().count() >= letters;
    let mut rest: &str = &word;
    if let Some(shorter) = rest.strip_prefix(['و', 'ف']).filter(|r| long(r, 3)) {
        rest = shorter;
    }
    // A preposition only before the article: «بالمجلس», never the first letter of «بيت».
    if let Some(shorter) = rest.strip_prefix(['ب', 'ك', 'ل']).filter(|r| r.starts_with("ال")) {
        rest = shorter;
    }
    if let Some(shorter) = rest.strip_prefix("ال").or_else(|| rest.strip_prefix("لل")).filter(|r| long(r, 2)) {
        rest = shorter;
    }
    rest.to_owned()
}

/// The letter a Latin letter with a diacritic is written on, in lower case.
fn plain(c: char) -> Option<char> {
    let at = DIACRITICS.chars().position(|from| from == c)?;
    PLAIN.chars().nth(at % PLAIN.chars().count())
}

/// Latin letters with diacritics, lower case then upper; at the same place in [`PLAIN`] (once
/// for each case) the letter each is written on.
const DIACRITICS: &str = "àáâãäåāăąçćčďđèéêëēėęěğīìíîïıķłľńňñòóôõöøōőřśšşșťţțùúûüūůűųýÿźżž\
                          ÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚĞĪÌÍÎÏİĶŁĽŃŇÑÒÓÔÕÖØŌŐŘŚŠŞȘŤŢȚÙÚÛÜŪŮŰŲÝŸŹŻŽ";
const PLAIN: &str = "aaaaaaaaacccddeeeeeeeegiiiiiikllnnnoooooooorsssstttuuuuuuuuyyzzz";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_found_as_arabic_search_engines_find_it() {
        let words = |text: &str| words(text).map(|(_, folded)| folded).collect::<Vec<_>>();
        // Attached prefixes: the conjunction, a preposition with the article, the article.
        assert_eq!(words("والمجلس"), words("مجلس"));
        assert_eq!(words("بالمجلس"), words("المجلس"));
        assert_eq!(words("للمجلس"), words("مجلس"));
        // Letters written more than one way, diacritics and the tatweel.
        assert_eq!(words("إسرائيل"), words("اسرائيل"));
        assert_eq!(words("الهدنة"), words("هدنه"));
        assert_eq!(words("مُستشفى"), words("مستشفي"));
        assert_eq!(words("غـــزة"), words("غزه"));
        // The first letter of a word is not a prefix.
        assert_eq!(words("بيت"), ["بيت"]);
        assert_ne!(words("ولد"), words("لد"));
    }

    fn index() -> Index {
        let entries = [
            Entry {
                kind: Kind::Person,
                path: "/people#person-ali-shaath".into(),
                title: "Ali Sha'ath".into(),
                text: "Head of the committee".into(),
            },
            Entry {
                kind: Kind::Point,
                path: "/points/4".into(),
                title: "Hostages returned".into(),
                text: "All hostages, living and dead, within 72 hours.".into(),
            },
            Entry {
                kind: Kind::Position,
                path: "/positions/hostage-handover".into(),
                title: "Hamas on the handover".into(),
                text: "Released hostages in stages, said Al-Hayya.".into(),
            },
            Entry { kind: Kind::View, path: "/timeline".into(), title: "Timeline".into(), text: "Date by date".into() },
        ];
        Index::parse(&write_index(&entries))
    }

    #[test]
    fn the_index_file_reads_back_as_written() {
        let entry = Entry {
            kind: Kind::Term,
            path: "/glossary#isf".into(),
            title: "ISF".into(),
            text: "A  force\tof\nstates".into(),
        };
        let read = Index::parse(&write_index(std::slice::from_ref(&entry)));
        assert_eq!(read.of_kind(Kind::Term).next().map(|e| e.text.as_str()), Some("A force of states"));
        assert_eq!(Index::parse("nonsense\nterm\t/x\n").len(), 0);
    }

    #[test]
    fn case_diacritics_and_apostrophes_are_ignored_and_words_are_found_by_their_start() {
        let index = index();
        for query in ["shaath", "SHA'ATH", "Shaʿath", "shá"] {
            let found: Vec<&str> = index.find(query).iter().map(|hit| hit.entry.title.as_str()).collect();
            assert_eq!(found, ["Ali Sha'ath"], "{query}");
        }
        assert_eq!(index.find("hostage").len(), 2);
        assert_eq!(index.find("hayya").len(), 1);
        assert!(index.find("hostage moon").is_empty());
        assert!(index.find(" … ").is_empty());
        assert_eq!(terms("“Gaza’s” – 20 points…"), ["gaza", "20", "points"]);
        assert_eq!(terms("Israel's Sha'ath"), ["israel", "shaath"]);
    }

    #[test]
    fn results_come_grouped_in_the_kinds_order_title_matches_first() {
        let index = index();
        let kinds: Vec<Kind> = index.find("hostages").iter().map(|hit| hit.entry.kind).collect();
        assert_eq!(kinds, [Kind::Point, Kind::Position]);
        assert!(index.find("hostages")[0].in_title);
    }

    #[test]
    fn matching_words_are_marked_where_they_are_written() {
        let terms = terms("hayya stage");
        let runs = marked("Released hostages in stages, said Al-Hayya.", &terms);
        let shown: Vec<(&str, bool)> = runs.iter().map(|(text, mark)| (text.as_str(), *mark)).collect();
        assert_eq!(
            shown,
            [("Released hostages in ", false), ("stages", true), (", said Al-", false), ("Hayya", true), (".", false)]
        );
        assert_eq!(
            runs.iter().map(|(t, _)| t.as_str()).collect::<String>(),
            "Released hostages in stages, said Al-Hayya."
        );
    }

    #[test]
    fn a_result_shows_the_whole_piece_of_its_text_that_holds_the_match() {
        let text = format!(
            "Gaza's toll rose. It is 6.5 thousand.{PIECE}Mediators: the bodies lay in tunnels, according to sources \
             cited by The National.{PIECE}Talks went on"
        );
        let entry = Entry { kind: Kind::Point, path: "/points/1".into(), title: "Point 1".into(), text };
        let read = Index::parse(&write_index(&[entry]));
        let entry = read.of_kind(Kind::Point).next().expect("the entry reads back");
        let tunnels = "Mediators: the bodies lay in tunnels, according to sources cited by The National.";
        assert_eq!(shown_text(entry, &terms("tunnels")), tunnels);
        assert_eq!(shown_text(entry, &terms("thousand")), "Gaza's toll rose. It is 6.5 thousand.");
        assert_eq!(shown_text(entry, &terms("talks")), "Talks went on");
        assert_eq!(shown_text(entry, &terms("zzz")), "Gaza's toll rose. It is 6.5 thousand.");
        assert_eq!(read.find("toll tunnels").len(), 1, "a query's words may be in different pieces");
    }

    #[test]
    fn every_letter_with_a_diacritic_has_its_plain_letter() {
        let diacritics: String = DIACRITICS.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(diacritics.chars().count(), 2 * PLAIN.chars().count());
        assert_eq!(DIACRITICS.chars().filter(|c| !c.is_whitespace()).count(), DIACRITICS.chars().count());
        assert_eq!(super::plain('Ř'), Some('r'));
        assert_eq!(super::plain('ž'), Some('z'));
        assert_eq!(super::plain('a'), None);
    }

    #[test]
    fn the_query_goes_into_the_address_and_other_parameters_stay() {
        assert_eq!(with_query("", "rafah"), "?q=rafah");
        assert_eq!(with_query("?childId=x&q=old", "new"), "?childId=x&q=new");
        assert_eq!(with_query("?q=old", ""), "");
    }

    #[test]
    fn a_result_link_keeps_the_frame_parameters_but_not_the_query() {
        let embedded = "?initialWidth=600&childId=gaza-search&q=hamas&theme=dark";
        assert_eq!(
            result_href("/embed", "/people#person-x", embedded),
            "/embed/people?initialWidth=600&childId=gaza-search&theme=dark#person-x"
        );
        assert_eq!(result_href("", "/points/4", "?q=hostage"), "/points/4");
        assert_eq!(result_href("#", "/timeline", ""), "#/timeline");
    }

    #[test]
    fn anchors_are_slugs_of_names() {
        assert_eq!(anchor("person", "Khalil Al Hayya"), "person-khalil-al-hayya");
        assert_eq!(anchor("person", "Abdel Fattah al-Sisi"), "person-abdel-fattah-al-sisi");
        assert_eq!(anchor("person", "Recep Tayyip Erdoğan"), "person-recep-tayyip-erdogan");
    }
}

//! One mistyped id where it is defined makes every use of the id it meant unknown, and leaves
//! the id as written with no use at all: one mistake, so one message, at the definition. So
//! does an id defined twice where another was meant (a copied entry whose id was left as it
//! was).

use super::report::DataError;

/// The kinds of id other files refer to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Source,
    Party,
    Issue,
}

impl Kind {
    /// How messages name an id of this kind.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Source => "source id",
            Kind::Party => "party id",
            Kind::Issue => "issue slug",
        }
    }
}

/// Every definition and use of an id, as the loaders meet them.
#[derive(Default)]
pub struct Ids {
    /// The id, and where it is defined: the message a fold would give, without its text.
    defined: Vec<(Kind, String, DataError)>,
    /// The id, and the message already given if it names nothing.
    used: Vec<(Kind, String, Option<usize>)>,
    /// Messages that say a defined id has no use where it needs one.
    unused: Vec<(Kind, String, usize)>,
    /// Messages that say an id is defined a second time, each at that second definition.
    duplicates: Vec<(Kind, usize)>,
}

impl Ids {
    pub fn define(&mut self, kind: Kind, id: &str, at: DataError) {
        self.defined.push((kind, id.to_owned(), at));
    }

    /// Where `id` is defined, for a message about it.
    pub fn definition(&self, kind: Kind, id: &str) -> Option<&DataError> {
        self.defined.iter().find(|(k, i, _)| *k == kind && i == id).map(|(.., at)| at)
    }

    pub fn used(&mut self, kind: Kind, id: &str, error: Option<usize>) {
        self.used.push((kind, id.to_owned(), error));
    }

    pub fn unused(&mut self, kind: Kind, id: &str, error: usize) {
        self.unused.push((kind, id.to_owned(), error));
    }

    pub fn duplicate(&mut self, kind: Kind, error: usize) {
        self.duplicates.push((kind, error));
    }

    fn is_used(&self, kind: Kind, id: &str) -> bool {
        self.used.iter().any(|(k, i, _)| *k == kind && i == id)
    }

    /// Replaces the messages a mistyped definition caused with one at the definition: where an
    /// id is used but defined nowhere, and exactly one defined id close to it in spelling is
    /// used nowhere. Then [`Self::fold_duplicate`]. Otherwise each message stands.
    pub fn fold(self, errors: &mut Vec<DataError>) {
        let mut dropped = vec![false; errors.len()];
        // Messages a fold has taken, so that no later fold takes them again.
        let mut taken = vec![false; errors.len()];
        for (kind, written, at) in &self.defined {
            if self.is_used(*kind, written) {
                continue;
            }
            let mut meant: Vec<&str> = self
                .used
                .iter()
                .filter(|(k, id, error)| k == kind && error.is_some() && close(id, written))
                .map(|(_, id, _)| id.as_str())
                .collect();
            meant.sort_unstable();
            meant.dedup();
            let [meant] = meant[..] else { continue };
            if self.defined.iter().filter(|(k, id, _)| k == kind && close(id, meant) && !self.is_used(*k, id)).count()
                > 1
            {
                continue;
            }
            let uses: Vec<usize> =
                self.used.iter().filter(|(k, id, _)| k == kind && id == meant).filter_map(|u| u.2).collect();
            let unused = self.unused.iter().filter(|(k, id, _)| k == kind && id == written).map(|(.., e)| *e);
            let caused: Vec<usize> = uses.iter().copied().chain(unused).collect();
            let Some(&first) = caused.iter().min() else { continue };
            let uses = uses.len();
            for i in caused {
                dropped[i] = true;
                taken[i] = true;
            }
            let message = format!(
                "\"{written}\" is named nowhere else, while \"{meant}\" is named {uses} time(s) and defined nowhere: \
                 is \"{written}\" a typo for \"{meant}\"?"
            );
            errors[first] = DataError { message, ..at.clone() };
            dropped[first] = false;
        }
        for kind in [Kind::Source, Kind::Party, Kind::Issue] {
            self.fold_duplicate(kind, errors, &mut dropped, &taken);
        }
        let mut keep = dropped.into_iter().map(|dropped| !dropped);
        errors.retain(|_| keep.next().unwrap_or(true));
    }

    /// Where an id of `kind` is defined twice and exactly one id of that kind is used but
    /// defined nowhere, the second definition is most likely that one with its id left as
    /// copied: the unknown-id messages are dropped, and the duplicate's message names the id.
    fn fold_duplicate(&self, kind: Kind, errors: &mut [DataError], dropped: &mut [bool], taken: &[bool]) {
        let duplicates: Vec<usize> = self.duplicates.iter().filter(|(k, _)| *k == kind).map(|(_, e)| *e).collect();
        let [duplicate] = duplicates[..] else { return };
        let unknown =
            |(k, _, error): &&(Kind, String, Option<usize>)| *k == kind && error.is_some_and(|error| !taken[error]);
        let mut meant: Vec<&str> = self.used.iter().filter(unknown).map(|(_, id, _)| id.as_str()).collect();
        meant.sort_unstable();
        meant.dedup();
        let [meant] = meant[..] else { return };
        let uses: Vec<usize> = self.used.iter().filter(unknown).filter_map(|(.., error)| *error).collect();
        for &i in &uses {
            dropped[i] = true;
        }
        let message = &mut errors[duplicate].message;
        *message = format!(
            "{message}, while \"{meant}\" is named {} time(s) and defined nowhere: is this one \"{meant}\"?",
            uses.len()
        );
    }
}

/// Two ids an editor could mistype one for the other: at most two edits apart, and not short.
pub fn close(a: &str, b: &str) -> bool {
    a != b && a.len().min(b.len()) > 4 && edits(a.as_bytes(), b.as_bytes()) <= 2
}

/// Levenshtein distance.
fn edits(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(x != y));
            diagonal = above;
        }
    }
    row[b.len()]
}

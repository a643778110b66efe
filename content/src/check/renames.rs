//! One mistyped id where it is defined makes every use of the id it meant unknown, and leaves
//! the id as written with no use at all: one mistake, so one message, at the definition.

use super::report::DataError;

/// The kinds of id other files refer to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Source,
    Party,
    Issue,
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

    fn is_used(&self, kind: Kind, id: &str) -> bool {
        self.used.iter().any(|(k, i, _)| *k == kind && i == id)
    }

    /// Replaces the messages a mistyped definition caused with one at the definition: where an
    /// id is used but defined nowhere, and exactly one defined id close to it in spelling is
    /// used nowhere. Otherwise each message stands.
    pub fn fold(self, errors: &mut Vec<DataError>) {
        let mut dropped = vec![false; errors.len()];
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
            }
            let message = format!(
                "\"{written}\" is named nowhere else, while \"{meant}\" is named {uses} time(s) and defined nowhere: \
                 is \"{written}\" a typo for \"{meant}\"?"
            );
            errors[first] = DataError { message, ..at.clone() };
            dropped[first] = false;
        }
        let mut keep = dropped.into_iter().map(|dropped| !dropped);
        errors.retain(|_| keep.next().unwrap_or(true));
    }
}

/// Two ids an editor could mistype one for the other: at most two edits apart, and not short.
fn close(a: &str, b: &str) -> bool {
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

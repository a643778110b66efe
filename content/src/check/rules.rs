//! Rules several files share: how to name a bad choice, count sentences, and find what is out
//! of order.

use crate::date::Date;

/// Stands in for a date that was reported missing or malformed: never baked, as the check fails.
pub const UNREAD: Date = Date { year: 0, month: 1, day: 1 };

/// Which entries to call out of order in a list that must be oldest first: those outside one
/// longest run that is in order, so one misplaced entry is one message, not one for each entry
/// after it. `None` (a date already reported) is neither in order nor out of it.
pub fn out_of_order<T: Ord + Copy>(items: &[Option<T>]) -> Vec<bool> {
    let dated: Vec<(usize, T)> = items.iter().enumerate().filter_map(|(i, item)| Some((i, (*item)?))).collect();
    // run[k]: the longest in-order run ending at dated[k], and the entry before it in that run.
    let mut run: Vec<(usize, Option<usize>)> = Vec::with_capacity(dated.len());
    for (k, (_, item)) in dated.iter().enumerate() {
        let before = (0..k).filter(|&j| dated[j].1 <= *item).max_by_key(|&j| (run[j].0, std::cmp::Reverse(j)));
        run.push((before.map_or(1, |j| run[j].0 + 1), before));
    }
    let mut flagged: Vec<bool> = items.iter().map(|_| false).collect();
    for (i, _) in &dated {
        flagged[*i] = true;
    }
    let mut at = (0..dated.len()).max_by_key(|&k| (run[k].0, k));
    while let Some(k) = at {
        flagged[dated[k].0] = false;
        at = run[k].1;
    }
    flagged
}

pub fn choose<T: Copy>(all: &[T], slug: fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|item| slug(*item) == text)
}

/// "bad phase "x" (expected one of: …)".
pub fn bad_choice<T: Copy>(noun: &str, text: &str, all: &[T], slug: fn(T) -> &'static str) -> String {
    let allowed: Vec<&str> = all.iter().map(|item| slug(*item)).collect();
    format!("bad {noun} \"{text}\" (expected one of: {})", allowed.join(", "))
}

/// Ends of sentences: ".", "?" or "!" followed by a space or the end, ignoring closing quotes.
pub fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| matches!(chars[i], '.' | '?' | '!'))
        .filter(|&i| {
            let rest = chars[i + 1..].iter().skip_while(|c| matches!(c, '"' | '\'' | ')'));
            rest.clone().next().is_none_or(|c| c.is_whitespace())
        })
        .count()
}

//! A chart's arithmetic, apart from its markup: where a date or a count falls on an artboard,
//! which ticks to label, and how to keep direct labels from overlapping.

use crate::model::Date;

/// A linear map from a domain onto pixel positions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub from: (f64, f64),
    pub to: (f64, f64),
}

impl Scale {
    pub fn at(self, value: f64) -> f64 {
        let (d0, d1) = self.from;
        let (r0, r1) = self.to;
        if d1 == d0 { r0 } else { r0 + (value - d0) / (d1 - d0) * (r1 - r0) }
    }
}

/// The time axis: from a few days before the first date to a few after the last, so no dot
/// sits on the frame.
pub fn time_scale(first: Date, last: Date, left: f64, right: f64) -> Scale {
    let (first, last) = (f64::from(first.day_number()), f64::from(last.day_number()));
    let pad = ((last - first) * 0.04).max(3.0);
    Scale { from: (first - pad, last + pad), to: (left, right) }
}

/// A round top for a count axis at or above `max`, and its step: 1, 2 or 5 times a power of ten,
/// in at most `ticks` steps.
pub fn nice_top(max: u32, ticks: u32) -> (u32, u32) {
    let max = max.max(1);
    let rough = f64::from(max) / f64::from(ticks.max(1));
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= rough).unwrap_or(power * 10.0);
    let step = (step.round() as u32).max(1);
    (max.div_ceil(step) * step, step)
}

/// The first of each month from `first` to `last`, every `every` months, for time ticks.
pub fn month_ticks(first: Date, last: Date, most: usize) -> Vec<Date> {
    let mut months = Vec::new();
    let (mut year, mut month) = (first.year, first.month);
    loop {
        // The month after `first`'s, so every tick lies inside the data.
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
        match Date::new(year, month, 1) {
            Some(date) if date <= last => months.push(date),
            _ => break,
        }
    }
    let every = months.len().div_ceil(most.max(1)).max(1);
    // Keep January ticks where possible: a year's start is the easiest mark to read.
    let offset = months.iter().position(|d| d.month == 1).map_or(0, |jan| jan % every);
    months.into_iter().skip(offset).step_by(every).collect()
}

/// Moves label positions (y, in pixels, any order) apart by at least `gap`, keeping each as
/// close to its own point as it can and all within `top..=bottom`.
pub fn spread(wanted: &[f64], gap: f64, top: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by(|a, b| wanted[*a].total_cmp(&wanted[*b]));
    let mut placed = vec![0.0; wanted.len()];
    let mut previous = f64::NEG_INFINITY;
    for &i in &order {
        let y = wanted[i].max(previous + gap).max(top);
        placed[i] = y;
        previous = y;
    }
    // Pushed past the bottom: shift the run back up, keeping the gaps.
    let mut limit = bottom;
    for &i in order.iter().rev() {
        if placed[i] > limit {
            placed[i] = limit;
        }
        limit = placed[i] - gap;
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).expect("a real date")
    }

    #[test]
    fn a_count_axis_ends_on_a_round_number_above_the_data() {
        assert_eq!(nice_top(28, 4), (30, 10));
        assert_eq!(nice_top(800, 4), (800, 200));
        assert_eq!(nice_top(1481, 4), (1500, 500));
        assert_eq!(nice_top(1968, 4), (2000, 500));
        assert_eq!(nice_top(0, 4), (1, 1));
    }

    #[test]
    fn dates_fall_in_order_inside_the_frame() {
        let scale = time_scale(date(2025, 10, 13), date(2026, 1, 26), 40.0, 600.0);
        let (a, b) =
            (scale.at(f64::from(date(2025, 10, 13).day_number())), scale.at(f64::from(date(2026, 1, 26).day_number())));
        assert!(40.0 < a && a < b && b < 600.0, "{a} {b}");
    }

    #[test]
    fn month_ticks_are_firsts_of_months_within_the_span_and_few() {
        let ticks = month_ticks(date(2025, 10, 13), date(2026, 10, 10), 4);
        assert!(ticks.len() <= 4 && ticks.len() >= 3, "{ticks:?}");
        assert!(ticks.iter().all(|d| d.day == 1 && *d > date(2025, 10, 13) && *d <= date(2026, 10, 10)));
        assert!(ticks.iter().any(|d| d.month == 1), "a year's start is marked: {ticks:?}");
    }

    #[test]
    fn labels_are_spread_apart_and_kept_in_the_frame() {
        let placed = spread(&[50.0, 52.0, 10.0, 200.0], 14.0, 12.0, 190.0);
        let mut sorted = placed.clone();
        sorted.sort_by(f64::total_cmp);
        assert!(sorted.windows(2).all(|w| w[1] - w[0] >= 14.0 - 1e-9), "{placed:?}");
        assert!(placed.iter().all(|y| (12.0..=190.0).contains(y)), "{placed:?}");
        assert_eq!(placed[2], 12.0);
    }
}

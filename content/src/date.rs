//! Calendar dates. Readers see them as each edition prints them (the app's `words::date`);
//! here they are only the machine's `2025-09-29`.

use core::fmt;

/// A calendar day. Checked when the data is built, so every value is a real date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `None` unless the day exists in that month of that year.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(Date { year, month, day })
    }

    /// From the machine-readable form, "2025-09-29" (as in `?on=` and `data-date`); `None` for
    /// anything else, including days that do not exist.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// For `<time datetime>`: "2025-09-29".
    pub fn iso(self) -> IsoDate {
        IsoDate(self)
    }

    /// Days since 1 January 1970, for placing dates on a chart's time axis.
    pub fn day_number(self) -> i32 {
        // Howard Hinnant's days_from_civil: exact for every Gregorian date.
        let (month, day) = (i32::from(self.month), i32::from(self.day));
        let year = i32::from(self.year) - i32::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

/// Machine-readable form of a [`Date`].
pub struct IsoDate(Date);

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Date { year, month, day } = self.0;
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn day_numbers_count_days() {
        let day = |y, m, d| Date::new(y, m, d).map(Date::day_number);
        assert_eq!(day(1970, 1, 1), Some(0));
        assert_eq!(day(2025, 10, 13).zip(day(2026, 1, 26)).map(|(a, b)| b - a), Some(105));
        assert_eq!(day(2024, 3, 1).zip(day(2024, 2, 28)).map(|(a, b)| a - b), Some(2));
    }

    #[test]
    fn iso_dates_read_back_and_nothing_else_does() {
        let date = Date::new(2026, 1, 26).expect("a real date");
        assert_eq!(Date::parse_iso(&date.iso().to_string()), Some(date));
        for bad in ["", "2026-1-26", "2026-02-30", "26-01-2026", "2026-01-26x", "+202-01-26", "2026-13-01"] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }
}

//! Calendar dates as helder reads them: the one parser of `YYYY-MM-DD`, the ISO form it
//! writes, and distances from the letter date (`-2y`, `+30d`) for a schema's date bounds.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};
use time::{Date, Duration, Month};

use crate::diag::{Code, Diagnostic};

/// Dates outside these years are mistakes or placeholders of case systems (`0001-01-01`,
/// `9999-12-31` for "no date"); letters and their deadlines need real dates.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// What a date looks like, for messages.
pub(crate) const EXPECTED: &str = "a date as \"YYYY-MM-DD\"";

/// Parses a date as written in decision data, case files and catalogs: `YYYY-MM-DD`, a
/// real calendar day, years 1900–2199. The error is a whole sentence:
/// `expected a date as "YYYY-MM-DD", got "2026-02-30" (February 2026 has 28 days)`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    read_date(text).map_err(|d| d.message)
}

/// [`parse_date`] with the problem as a [`Diagnostic`] to place: text that is not of the
/// shape `YYYY-MM-DD` is [`Code::DATA_TYPE`], a date-shaped text that names no day helder
/// takes (30 February, the year 0001) is [`Code::DATA_VALUE`].
pub(crate) fn read_date(text: &str) -> Result<Date, Diagnostic> {
    parse(text).map_err(|why| {
        let code = if why.is_empty() {
            Code::DATA_TYPE
        } else {
            Code::DATA_VALUE
        };
        let message = format!(
            "expected {EXPECTED}, got {}{why}",
            super::text::show_str(text)
        );
        Diagnostic::error(code, message)
    })
}

/// A time of day written `HH:MM` on the 24-hour clock (`14:00`, `9:30`). The error is
/// empty when the text is not of that shape at all, else why it names no time
/// (` (hours run from 0 to 23)`).
pub fn parse_time(text: &str) -> Result<time::Time, String> {
    let Some((h, m)) = text.split_once(':') else {
        return Err(String::new());
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return Err(String::new());
    }
    let (hour, minute): (u8, u8) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
    if hour > 23 {
        return Err(" (hours run from 0 to 23)".into());
    }
    if minute > 59 {
        return Err(" (minutes run from 00 to 59)".into());
    }
    time::Time::from_hms(hour, minute, 0).map_err(|e| format!(" ({e})"))
}

/// A date in the form [`parse_date`] reads: `2026-12-01`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Parses `YYYY-MM-DD` strictly; the error is a short reason to append to a message
/// (` (there is no month 13)`), or empty when the text is not of that shape at all.
pub(super) fn parse(s: &str) -> Result<Date, String> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !shape {
        return Err(String::new());
    }
    let year: i32 = s[..4].parse().map_err(|_| String::new())?;
    let month: u8 = s[5..7].parse().map_err(|_| String::new())?;
    let day: u8 = s[8..].parse().map_err(|_| String::new())?;
    if !YEARS.contains(&year) {
        return Err(format!(
            " (the year must be from {} to {}; is this a placeholder for \"no date\"?)",
            YEARS.start(),
            YEARS.end()
        ));
    }
    let Ok(month) = Month::try_from(month) else {
        return Err(format!(" (there is no month {month})"));
    };
    Date::from_calendar_date(year, month, day).map_err(|_| {
        let days = month.length(year);
        format!(" ({month} {year} has {days} days)")
    })
}

/// The unit of an [`Offset`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    Day,
    Week,
    Month,
    Year,
}

impl OffsetUnit {
    const fn letter(self) -> char {
        match self {
            OffsetUnit::Day => 'd',
            OffsetUnit::Week => 'w',
            OffsetUnit::Month => 'm',
            OffsetUnit::Year => 'y',
        }
    }

    const fn word(self) -> &'static str {
        match self {
            OffsetUnit::Day => "day",
            OffsetUnit::Week => "week",
            OffsetUnit::Month => "month",
            OffsetUnit::Year => "year",
        }
    }

    /// The largest amount of this unit: 300 years either way, more than the whole
    /// range of [`YEARS`], so adding an offset to a valid date never leaves the calendar.
    const fn max(self) -> i32 {
        match self {
            OffsetUnit::Day => 109_575,
            OffsetUnit::Week => 15_654,
            OffsetUnit::Month => 3_600,
            OffsetUnit::Year => 300,
        }
    }

    /// The fewest and most days `amount` of this unit can span (months and years vary).
    fn days(self, amount: i32) -> (i64, i64) {
        let a = i64::from(amount);
        let (lo, hi) = match self {
            OffsetUnit::Day => (a, a),
            OffsetUnit::Week => (7 * a, 7 * a),
            OffsetUnit::Month => (28 * a, 31 * a),
            OffsetUnit::Year => (365 * a, 366 * a),
        };
        (lo.min(hi), lo.max(hi))
    }
}

/// A distance from a date, written with a sign, a whole number and a unit: `-2y`, `+0d`,
/// `+6w`, `-3m`. Adding months or years keeps the day of the month where it exists and
/// otherwise takes the last day of the month: 31 January + 1 month is 28 February (29 in
/// a leap year); 29 February - 1 year is 28 February.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offset {
    pub amount: i32,
    pub unit: OffsetUnit,
}

impl Offset {
    pub const fn new(amount: i32, unit: OffsetUnit) -> Offset {
        Offset { amount, unit }
    }

    /// `date` moved by this offset; `None` only past the end of the calendar (year ±9999).
    pub fn apply(self, date: Date) -> Option<Date> {
        let n = self.amount;
        match self.unit {
            OffsetUnit::Day => date.checked_add(Duration::days(i64::from(n))),
            OffsetUnit::Week => date.checked_add(Duration::weeks(i64::from(n))),
            OffsetUnit::Month => add_months(date, n),
            OffsetUnit::Year => add_months(date, n.checked_mul(12)?),
        }
    }

    /// `the letter date - 2 years`, naming the date it counts from.
    pub fn describe(self, from: &str) -> String {
        let sign = if self.amount < 0 { '-' } else { '+' };
        let n = self.amount.unsigned_abs();
        let s = if n == 1 { "" } else { "s" };
        format!("{from} {sign} {n} {}{s}", self.unit.word())
    }

    /// Whether `self` is later than `other` whatever the date they count from: only then
    /// is a date range from `self` to `other` certainly empty (a month is 28 to 31 days).
    pub(super) fn always_after(self, other: Offset) -> bool {
        self.unit.days(self.amount).0 > other.unit.days(other.amount).1
    }
}

/// Months added with the day clamped to the end of the month.
fn add_months(date: Date, months: i32) -> Option<Date> {
    let index = date
        .year()
        .checked_mul(12)?
        .checked_add(i32::from(u8::from(date.month())) - 1)?
        .checked_add(months)?;
    let year = index.div_euclid(12);
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).ok()
}

impl FromStr for Offset {
    type Err = String;

    /// The error says what is wrong, to follow `expected ..., got "2y"`.
    fn from_str(text: &str) -> Result<Offset, String> {
        let sign = match text.chars().next() {
            Some('+') => 1,
            Some('-') => -1,
            Some(c) if c.is_ascii_digit() => {
                return Err(
                    "the sign is required: + for after the letter date, - for before".into(),
                );
            }
            _ => return Err(String::new()),
        };
        let rest = &text[1..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let (number, unit) = rest.split_at(digits);
        if number.is_empty() {
            return Err("a number must follow the sign".into());
        }
        let unit = match unit {
            "d" => OffsetUnit::Day,
            "w" => OffsetUnit::Week,
            "m" => OffsetUnit::Month,
            "y" => OffsetUnit::Year,
            "" => return Err("the unit is missing: d, w, m or y".into()),
            other => {
                return Err(format!(
                    "unknown unit {}; use d (days), w (weeks), m (months) or y (years)",
                    super::text::show_str(other)
                ));
            }
        };
        let amount = number
            .parse::<i32>()
            .ok()
            .filter(|n| *n <= unit.max())
            .ok_or_else(|| format!("at most {}{} (300 years)", unit.max(), unit.letter()))?;
        Ok(Offset::new(sign * amount, unit))
    }
}

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.amount < 0 { '-' } else { '+' };
        write!(
            f,
            "{sign}{}{}",
            self.amount.unsigned_abs(),
            self.unit.letter()
        )
    }
}

/// As written in template.toml: `"-2y"`.
impl Serialize for Offset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn offset(text: &str) -> Offset {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn parses_real_days_and_explains_the_rest() {
        assert_eq!(parse_date("2026-12-01"), Ok(date!(2026 - 12 - 01)));
        assert_eq!(parse_date("2028-02-29"), Ok(date!(2028 - 02 - 29)));
        let e = "expected a date as \"YYYY-MM-DD\", got";
        assert_eq!(
            parse_date("2026-02-29").unwrap_err(),
            format!("{e} \"2026-02-29\" (February 2026 has 28 days)")
        );
        assert_eq!(
            parse_date("2026-04-31").unwrap_err(),
            format!("{e} \"2026-04-31\" (April 2026 has 30 days)")
        );
        assert_eq!(
            parse_date("2026-13-01").unwrap_err(),
            format!("{e} \"2026-13-01\" (there is no month 13)")
        );
        assert_eq!(
            parse_date("2026-00-01").unwrap_err(),
            format!("{e} \"2026-00-01\" (there is no month 0)")
        );
        assert_eq!(
            parse_date("9999-12-31").unwrap_err(),
            format!(
                "{e} \"9999-12-31\" (the year must be from 1900 to 2199; is this a \
                 placeholder for \"no date\"?)"
            )
        );
        for shape in [
            "",
            "2026-1-01",
            "2026/12/01",
            "20261201",
            "2026-12-01 ",
            "٢٠٢٦-١٢-٠١",
        ] {
            assert_eq!(
                parse_date(shape).unwrap_err(),
                format!("{e} {}", super::super::text::show_str(shape))
            );
            assert_eq!(
                read_date(shape).unwrap_err().code,
                Code::DATA_TYPE,
                "{shape}"
            );
        }
        for no_day in ["2026-02-29", "2026-13-01", "9999-12-31"] {
            assert_eq!(
                read_date(no_day).unwrap_err().code,
                Code::DATA_VALUE,
                "{no_day}"
            );
        }
    }

    #[test]
    fn iso_writes_what_parse_reads() {
        assert_eq!(iso(date!(1900 - 01 - 01)), "1900-01-01");
        assert_eq!(iso(date!(2026 - 11 - 20)), "2026-11-20");
        assert_eq!(
            parse_date(&iso(date!(2199 - 12 - 31))),
            Ok(date!(2199 - 12 - 31))
        );
    }

    #[test]
    fn offsets_parse_and_print_as_written() {
        for text in ["-2y", "+0d", "+6w", "-3m", "+366d", "-0d"] {
            let o = offset(text);
            let back = o.to_string();
            // -0 has no sign of its own: it prints as +0.
            assert_eq!(back, text.replace("-0d", "+0d"));
        }
        assert_eq!(offset("-2y"), Offset::new(-2, OffsetUnit::Year));
        assert_eq!(offset("+14d"), Offset::new(14, OffsetUnit::Day));
        assert_eq!(
            serde_json::to_value(offset("-120y")).unwrap(),
            serde_json::json!("-120y")
        );
    }

    #[test]
    fn offset_errors_say_what_is_wrong() {
        let err = |t: &str| t.parse::<Offset>().unwrap_err();
        assert_eq!(
            err("2y"),
            "the sign is required: + for after the letter date, - for before"
        );
        assert_eq!(err("+y"), "a number must follow the sign");
        assert_eq!(err("+2"), "the unit is missing: d, w, m or y");
        assert_eq!(
            err("+2q"),
            "unknown unit \"q\"; use d (days), w (weeks), m (months) or y (years)"
        );
        assert_eq!(
            err("+2 y"),
            "unknown unit \" y\"; use d (days), w (weeks), m (months) or y (years)"
        );
        assert_eq!(err("-301y"), "at most 300y (300 years)");
        assert_eq!(err("+99999999999d"), "at most 109575d (300 years)");
        assert_eq!(err(""), "");
        assert_eq!(err("x"), "");
    }

    #[test]
    fn adding_days_weeks_months_and_years() {
        let d = date!(2026 - 11 - 20);
        assert_eq!(offset("+0d").apply(d), Some(d));
        assert_eq!(offset("+14d").apply(d), Some(date!(2026 - 12 - 04)));
        assert_eq!(offset("-6w").apply(d), Some(date!(2026 - 10 - 09)));
        assert_eq!(offset("+2m").apply(d), Some(date!(2027 - 01 - 20)));
        assert_eq!(offset("-11m").apply(d), Some(date!(2025 - 12 - 20)));
        assert_eq!(offset("-2y").apply(d), Some(date!(2024 - 11 - 20)));
        assert_eq!(offset("-120y").apply(d), Some(date!(1906 - 11 - 20)));
    }

    #[test]
    fn months_and_years_clamp_to_the_end_of_the_month() {
        assert_eq!(
            offset("+1m").apply(date!(2026 - 01 - 31)),
            Some(date!(2026 - 02 - 28))
        );
        assert_eq!(
            offset("+1m").apply(date!(2028 - 01 - 31)),
            Some(date!(2028 - 02 - 29))
        );
        assert_eq!(
            offset("-1m").apply(date!(2026 - 03 - 31)),
            Some(date!(2026 - 02 - 28))
        );
        assert_eq!(
            offset("+1y").apply(date!(2028 - 02 - 29)),
            Some(date!(2029 - 02 - 28))
        );
        assert_eq!(
            offset("-4y").apply(date!(2028 - 02 - 29)),
            Some(date!(2024 - 02 - 29))
        );
        assert_eq!(
            offset("+1m").apply(date!(2026 - 12 - 15)),
            Some(date!(2027 - 01 - 15))
        );
        // The largest offsets from the ends of the plausible years stay in the calendar.
        assert!(offset("+300y").apply(date!(2199 - 12 - 31)).is_some());
        assert!(offset("-109575d").apply(date!(1900 - 01 - 01)).is_some());
    }

    #[test]
    fn describes_offsets_in_words() {
        let from = "the letter date";
        assert_eq!(offset("+0d").describe(from), "the letter date + 0 days");
        assert_eq!(offset("-2y").describe(from), "the letter date - 2 years");
        assert_eq!(offset("+1m").describe(from), "the letter date + 1 month");
        assert_eq!(offset("-1w").describe(from), "the letter date - 1 week");
    }

    #[test]
    fn always_after_only_when_no_date_can_make_it_right() {
        assert!(offset("+1d").always_after(offset("+0d")));
        assert!(!offset("+0d").always_after(offset("+0d")));
        assert!(offset("-1m").always_after(offset("-32d")));
        // -1m is 28 to 31 days back: -30d can be before or after it.
        assert!(!offset("-1m").always_after(offset("-30d")));
        assert!(!offset("-2y").always_after(offset("+0d")));
        assert!(offset("+1y").always_after(offset("+364d")));
        assert!(!offset("+1y").always_after(offset("+365d")));
    }

    #[test]
    fn times_parse_on_the_24_hour_clock() {
        assert_eq!(parse_time("14:00").unwrap(), time::macros::time!(14:00));
        assert_eq!(parse_time("9:05").unwrap(), time::macros::time!(9:05));
        assert_eq!(
            parse_time("24:00").unwrap_err(),
            " (hours run from 0 to 23)"
        );
        assert_eq!(
            parse_time("12:60").unwrap_err(),
            " (minutes run from 00 to 59)"
        );
        for bad in [
            "", "14", "14.00", "14:0", "2 pm", "014:00", "14:00:00", "-1:00",
        ] {
            assert_eq!(parse_time(bad).unwrap_err(), "", "{bad}");
        }
    }
}

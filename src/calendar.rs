//! Legal dates computed in Rust: Dutch public holidays, the Algemene termijnenwet (ATW),
//! the objection period (Awb 6:7, 6:8) and repair terms (Awb 4:5).
//!
//! Sources (text as in force in 2026):
//! - ATW art. 1 lid 1: a statutory term ending on a Saturday, Sunday or generally
//!   recognised holiday is extended up to and including the next day that is none of these.
//! - ATW art. 3 lid 1: the holidays are Nieuwjaarsdag, Christian second Easter and
//!   Pentecost day, both Christmas days, Hemelvaartsdag, the day the King's birthday is
//!   celebrated, and "de vijfde mei". Lid 2: Goede Vrijdag is treated the same.
//!   Lid 3: further days may be made equal by Royal Decree, published in the Staatscourant
//!   (see `DECREED_DAYS`).
//! - ATW art. 4 lid 1: a statutory term of at least three days that does not count back
//!   is extended where needed so that it contains at least two days that are not a
//!   Saturday, Sunday or holiday.
//!
//! The current text of the ATW is applied to every year; historical versions of the law
//! (before 5 May and Goede Vrijdag were included) are not modelled, because letters are
//! dated now.

use time::{Date, Duration, Month, Weekday};

/// Days made equal to a holiday by Royal Decree under ATW art. 3 lid 3. The decrees cover
/// about three years each and must be added here when a new one is published:
/// - Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024
///   en 30 mei 2025 met een algemeen erkende feestdag;
/// - Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en
///   26 mei 2028 met een algemeen erkende feestdag.
///
/// Stored as (year, month, day) so the table reads like the decree titles.
const DECREED_DAYS: &[(i32, u8, u8)] = &[
    (2023, 4, 28),
    (2023, 5, 19),
    (2024, 5, 10),
    (2024, 12, 27),
    (2025, 5, 30),
    (2026, 1, 2),
    (2026, 5, 15),
    (2027, 5, 7),
    (2028, 4, 28),
    (2028, 5, 26),
];

/// The objection period (bezwaartermijn), Awb 6:7: six weeks.
const OBJECTION_DAYS: u32 = 42;

/// The last day to object to a decision sent on `sent`: six weeks counted from the day
/// after sending (Awb 6:7, 6:8), so the plain last day is `sent + 42 days`, then moved
/// past Saturdays, Sundays and public holidays (ATW art. 1 and 3) and, formally, ATW
/// art. 4 (which never changes a six-week term: it always holds two working days).
///
/// Saturates at the last representable date instead of panicking for dates near year 9999.
pub fn objection_deadline(sent: Date) -> Date {
    term_end(sent, OBJECTION_DAYS)
}

/// The end of a repair term of `days` days (Awb 4:5) starting the day after `sent`,
/// extended by the Algemene termijnenwet likewise.
///
/// Strictly, the ATW covers terms set in a statute, while an Awb 4:5 term is set by the
/// municipality. We still apply art. 1 and art. 4 to it: a term that ends on a closed day,
/// or that consists of closed days, would not give the resident the time the letter
/// promises, and a longer term never harms them. `days == 0` means the term ends on `sent`
/// itself (moved past closed days); callers should ask for at least one day.
pub fn repair_deadline(sent: Date, days: u32) -> Date {
    term_end(sent, days)
}

/// Whether `date` is a general public holiday under the Algemene termijnenwet art. 3,
/// including Goede Vrijdag (lid 2) and days made equal by decree (lid 3).
pub fn is_public_holiday(date: Date) -> bool {
    let year = date.year();
    if is_fixed_holiday(date) || is_kings_day(date) {
        return true;
    }
    if DECREED_DAYS
        .iter()
        .any(|&(y, m, d)| y == year && date.month() as u8 == m && date.day() == d)
    {
        return true;
    }
    match easter_sunday(year) {
        Some(easter) => {
            let offset = (date - easter).whole_days();
            // Goede Vrijdag (-2), Tweede Paasdag (+1), Hemelvaartsdag (+39),
            // Tweede Pinksterdag (+50).
            matches!(offset, -2 | 1 | 39 | 50)
        }
        None => false,
    }
}

/// A day on which a term cannot end (ATW art. 1): Saturday, Sunday or holiday.
pub fn is_closed_day(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) || is_public_holiday(date)
}

/// Easter Sunday of `year` in the Gregorian calendar (anonymous Gregorian computus,
/// Meeus/Jones/Butcher). `None` before the Gregorian reform (1583) or outside `time`'s range.
pub fn easter_sunday(year: i32) -> Option<Date> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// Nieuwjaarsdag, de vijfde mei, both Christmas days.
fn is_fixed_holiday(date: Date) -> bool {
    matches!(
        (date.month(), date.day()),
        (Month::January, 1) | (Month::May, 5) | (Month::December, 25 | 26)
    )
}

/// "De dag waarop de verjaardag van de Koning wordt gevierd" (ATW art. 3 lid 1).
/// Since 2014 Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday.
/// 1949–2013 Koninginnedag: 30 April; when that was a Sunday it moved to Saturday 29
/// April from 1980, and to Monday 1 May before.
fn is_kings_day(date: Date) -> bool {
    let year = date.year();
    let on = |month: Month, day: u8| {
        Date::from_calendar_date(year, month, day).is_ok_and(|celebrated| celebrated == date)
    };
    let is_sunday = |month: Month, day: u8| {
        Date::from_calendar_date(year, month, day).is_ok_and(|d| d.weekday() == Weekday::Sunday)
    };
    if year >= 2014 {
        if is_sunday(Month::April, 27) {
            on(Month::April, 26)
        } else {
            on(Month::April, 27)
        }
    } else if year >= 1980 {
        if is_sunday(Month::April, 30) {
            on(Month::April, 29)
        } else {
            on(Month::April, 30)
        }
    } else if is_sunday(Month::April, 30) {
        on(Month::May, 1)
    } else {
        on(Month::April, 30)
    }
}

/// The last day of a term of `days` days that starts the day after `sent` (Awb 6:8 for
/// objections; the same counting for repair terms), extended by ATW art. 1 and 4.
fn term_end(sent: Date, days: u32) -> Date {
    let Some(plain_end) = sent.checked_add(Duration::days(i64::from(days))) else {
        return Date::MAX;
    };
    // ATW art. 1: move past Saturdays, Sundays and holidays.
    let mut end = next_open_day_from(plain_end);
    // ATW art. 4: a term of at least three days must hold at least two open days. Each
    // step moves to the next open day, so the result stays valid under art. 1.
    if days >= 3 {
        let Some(first) = sent.next_day() else {
            return Date::MAX;
        };
        while open_days_between(first, end) < 2 {
            match end.next_day() {
                Some(next) => end = next_open_day_from(next),
                None => return Date::MAX,
            }
        }
    }
    end
}

/// `date` itself if it is open, else the next open day (saturating at `Date::MAX`).
fn next_open_day_from(mut date: Date) -> Date {
    while is_closed_day(date) {
        match date.next_day() {
            Some(next) => date = next,
            None => return Date::MAX,
        }
    }
    date
}

/// Open days in `first..=last`; stops counting at two, which is all ATW art. 4 needs.
fn open_days_between(first: Date, last: Date) -> u32 {
    let mut count = 0;
    let mut day = last;
    while day >= first && count < 2 {
        if !is_closed_day(day) {
            count += 1;
        }
        match day.previous_day() {
            Some(prev) => day = prev,
            None => break,
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn easter_known_years() {
        assert_eq!(easter_sunday(2008), Some(date!(2008 - 03 - 23)));
        assert_eq!(easter_sunday(2011), Some(date!(2011 - 04 - 24)));
        assert_eq!(easter_sunday(2019), Some(date!(2019 - 04 - 21)));
        assert_eq!(easter_sunday(2024), Some(date!(2024 - 03 - 31)));
        assert_eq!(easter_sunday(2025), Some(date!(2025 - 04 - 20)));
        assert_eq!(easter_sunday(2026), Some(date!(2026 - 04 - 05)));
        assert_eq!(easter_sunday(2027), Some(date!(2027 - 03 - 28)));
        assert_eq!(easter_sunday(2038), Some(date!(2038 - 04 - 25)));
        assert_eq!(easter_sunday(1500), None);
    }

    #[test]
    fn holidays_2026() {
        let holidays = [
            date!(2026 - 01 - 01), // Nieuwjaarsdag
            date!(2026 - 01 - 02), // decree
            date!(2026 - 04 - 03), // Goede Vrijdag
            date!(2026 - 04 - 06), // Tweede Paasdag
            date!(2026 - 04 - 27), // Koningsdag (Monday)
            date!(2026 - 05 - 05), // de vijfde mei
            date!(2026 - 05 - 14), // Hemelvaartsdag
            date!(2026 - 05 - 15), // decree
            date!(2026 - 05 - 25), // Tweede Pinksterdag
            date!(2026 - 12 - 25),
            date!(2026 - 12 - 26),
        ];
        let found: Vec<Date> = (0..365)
            .map(|n| date!(2026 - 01 - 01) + Duration::days(n))
            .filter(|d| is_public_holiday(*d))
            .collect();
        assert_eq!(found, holidays);
        // Easter Sunday and Pentecost Sunday are Sundays, not ATW holidays themselves.
        assert!(!is_public_holiday(date!(2026 - 04 - 05)));
        assert!(is_closed_day(date!(2026 - 04 - 05)));
    }

    #[test]
    fn kings_day_moves_off_sunday() {
        // 27 April 2025 was a Sunday: Koningsdag was Saturday 26 April.
        assert_eq!(date!(2025 - 04 - 27).weekday(), Weekday::Sunday);
        assert!(is_public_holiday(date!(2025 - 04 - 26)));
        assert!(!is_public_holiday(date!(2025 - 04 - 27)));
        assert!(is_public_holiday(date!(2027 - 04 - 27)));
        // Koninginnedag 2006: 30 April was a Sunday, celebrated Saturday 29 April.
        assert!(is_public_holiday(date!(2006 - 04 - 29)));
        assert!(!is_public_holiday(date!(2006 - 04 - 30)));
        assert!(is_public_holiday(date!(2013 - 04 - 30)));
        assert!(!is_public_holiday(date!(2014 - 04 - 30)));
    }

    #[test]
    fn objection_over_new_year() {
        // Sent Friday 20 November 2026: day 42 is Friday 1 January 2027 (Nieuwjaarsdag),
        // then the weekend: Monday 4 January.
        assert_eq!(
            date!(2026 - 11 - 20) + Duration::days(42),
            date!(2027 - 01 - 01)
        );
        assert_eq!(
            objection_deadline(date!(2026 - 11 - 20)),
            date!(2027 - 01 - 04)
        );
    }

    #[test]
    fn objection_plain_cases() {
        // Monday 2 March 2026 + 42 = Monday 13 April, an ordinary day.
        assert_eq!(
            objection_deadline(date!(2026 - 03 - 02)),
            date!(2026 - 04 - 13)
        );
        // Wednesday 1 July 2026 + 42 = Wednesday 12 August.
        assert_eq!(
            objection_deadline(date!(2026 - 07 - 01)),
            date!(2026 - 08 - 12)
        );
        // Sent Tuesday 1 September 2026: day 42 is Tuesday 13 October.
        assert_eq!(
            objection_deadline(date!(2026 - 09 - 01)),
            date!(2026 - 10 - 13)
        );
        // Ends on Saturday 10 October 2026 → Monday 12 October.
        assert_eq!(
            objection_deadline(date!(2026 - 08 - 29)),
            date!(2026 - 10 - 12)
        );
    }

    #[test]
    fn objection_over_easter_and_may() {
        // Day 42 is Goede Vrijdag 3 April 2026; Saturday, Easter Sunday, Tweede Paasdag
        // follow: Tuesday 7 April.
        assert_eq!(
            objection_deadline(date!(2026 - 02 - 20)),
            date!(2026 - 04 - 07)
        );
        // Day 42 is Koningsdag, Monday 27 April 2026 → Tuesday 28 April.
        assert_eq!(
            objection_deadline(date!(2026 - 03 - 16)),
            date!(2026 - 04 - 28)
        );
        // Day 42 is Tuesday 5 May 2026 → Wednesday 6 May.
        assert_eq!(
            objection_deadline(date!(2026 - 03 - 24)),
            date!(2026 - 05 - 06)
        );
        // Day 42 is Hemelvaartsdag 14 May 2026; Friday 15 May is equal by decree:
        // Monday 18 May.
        assert_eq!(
            objection_deadline(date!(2026 - 04 - 02)),
            date!(2026 - 05 - 18)
        );
        // Day 42 is Christmas, Friday 25 December 2026 → Monday 28 December.
        assert_eq!(
            objection_deadline(date!(2026 - 11 - 13)),
            date!(2026 - 12 - 28)
        );
    }

    #[test]
    fn repair_terms() {
        // 14 days from Monday 2 November 2026: Monday 16 November.
        assert_eq!(
            repair_deadline(date!(2026 - 11 - 02), 14),
            date!(2026 - 11 - 16)
        );
        // 14 days from Friday 11 December 2026 end on Friday 25 December → Monday 28.
        assert_eq!(
            repair_deadline(date!(2026 - 12 - 11), 14),
            date!(2026 - 12 - 28)
        );
        // Art. 1 alone: a 2-day term from Thursday 24 December 2026 ends Saturday 26 →
        // Monday 28 (art. 4 does not apply below three days).
        assert_eq!(
            repair_deadline(date!(2026 - 12 - 24), 2),
            date!(2026 - 12 - 28)
        );
        // Art. 4: a 3-day term from 24 December 2026 covers 25, 26, 27 December; art. 1
        // gives Monday 28, the only open day, so art. 4 extends to Tuesday 29.
        assert_eq!(
            repair_deadline(date!(2026 - 12 - 24), 3),
            date!(2026 - 12 - 29)
        );
        // Art. 4 around Hemelvaart 2027: from Wednesday 5 May, 3 days are 6 (Hemelvaart),
        // 7 (decree), 8 (Saturday); art. 1 gives Monday 10, art. 4 Tuesday 11 May.
        assert_eq!(
            repair_deadline(date!(2027 - 05 - 05), 3),
            date!(2027 - 05 - 11)
        );
        // Zero days: the sending day itself, moved past the weekend.
        assert_eq!(
            repair_deadline(date!(2026 - 11 - 07), 0),
            date!(2026 - 11 - 09)
        );
    }

    #[test]
    fn saturates_at_end_of_time() {
        assert_eq!(objection_deadline(Date::MAX), Date::MAX);
        assert_eq!(repair_deadline(date!(2026 - 01 - 01), u32::MAX), Date::MAX);
        // Near the end the result is still a real date, never a panic.
        let _ = objection_deadline(date!(9999 - 12 - 01));
    }

    fn any_date() -> impl Strategy<Value = Date> {
        // 1950 to 2150.
        (0i64..73_000).prop_map(|n| date!(1950 - 01 - 01) + Duration::days(n))
    }

    proptest! {
        #[test]
        fn objection_deadline_is_first_open_day_from_day_42(sent in any_date()) {
            let deadline = objection_deadline(sent);
            let plain = sent + Duration::days(42);
            prop_assert!(deadline >= plain);
            prop_assert!(!is_closed_day(deadline));
            prop_assert!(!matches!(deadline.weekday(), Weekday::Saturday | Weekday::Sunday));
            // Minimal: every day skipped was closed.
            let mut day = plain;
            while day < deadline {
                prop_assert!(is_closed_day(day), "{day} skipped but open");
                day = day.next_day().unwrap();
            }
        }

        #[test]
        fn repair_deadline_holds_two_open_days(sent in any_date(), days in 3u32..60) {
            let deadline = repair_deadline(sent, days);
            prop_assert!(deadline >= sent + Duration::days(i64::from(days)));
            prop_assert!(!is_closed_day(deadline));
            let first = sent.next_day().unwrap();
            prop_assert!(open_days_between(first, deadline) >= 2);
            // Minimal: the day before the deadline (if past the plain end) would not do.
            let prev = deadline.previous_day().unwrap();
            if prev >= sent + Duration::days(i64::from(days)) {
                prop_assert!(is_closed_day(prev) || open_days_between(first, prev) < 2);
            }
        }
    }
}

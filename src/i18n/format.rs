//! Locale formatting of money, dates and numbers through ICU4X (compiled CLDR data).
//!
//! Each language profile builds its [`Formatters`] once, from its CLDR locale, and keeps
//! them: letters are rendered at hundreds per second and building an ICU4X formatter
//! costs far more than using one. Fluent's numbers go through [`FluentNumbers`], which
//! fluent-rs builds once per bundle from the bundle's language identifier.

use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::{T, YM, YMD};
use icu::datetime::input::{DateTime, Time};
use icu::datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu::datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::locale::Locale;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use writeable::TryWriteable;

/// The ICU4X formatters of one locale.
pub(super) struct Formatters {
    money: CurrencyFormatter<DecimalFormatter>,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    time: TimeFormat,
    decimal: DecimalFormatter,
}

/// How a time of day is written: the locale's own hours and minutes, or a CLDR pattern
/// the language profile sets (Dutch letters write `14.00`, CLDR's `nl` has `14:00`),
/// with the locale's names of the day periods (`pm`).
enum TimeFormat {
    Locale(Box<NoCalendarFormatter<T>>),
    Pattern {
        names: Box<FixedCalendarDateTimeNames<Gregorian>>,
        pattern: DateTimePattern,
    },
}

impl Formatters {
    /// The formatters of `locale`; times in `time_pattern` (a CLDR pattern of hours,
    /// minutes and day period only, like `H.mm` or `h:mm a`) when given.
    pub(super) fn with_time(
        locale: &Locale,
        time_pattern: Option<&str>,
    ) -> Result<Formatters, String> {
        let mut formatters = Formatters::new(locale)?;
        if let Some(text) = time_pattern {
            let pattern: DateTimePattern = text
                .parse()
                .map_err(|e| format!("time pattern `{text}`: {e}"))?;
            if !only_time_fields(text) {
                return Err(format!(
                    "time pattern `{text}`: only hours (H, h), minutes (mm) and the day period (a) \
                     belong in it; put other text in 'quotes'"
                ));
            }
            let mut names = FixedCalendarDateTimeNames::<Gregorian>::try_new(locale.into())
                .map_err(|e| format!("time names: {e}"))?;
            names
                .include_for_pattern(&pattern)
                .map_err(|e| format!("time pattern `{text}`: {e}"))?;
            formatters.time = TimeFormat::Pattern {
                names: Box::new(names),
                pattern,
            };
        }
        Ok(formatters)
    }

    pub(super) fn new(locale: &Locale) -> Result<Formatters, String> {
        let euro: CurrencyType = "EUR".parse().map_err(|e| format!("currency EUR: {e:?}"))?;
        // The narrow symbol: Ukrainian's standard symbol for the euro is "EUR"; every
        // other language here has "€" either way.
        let money =
            CurrencyFormatter::try_new_symbol_narrow(locale.into(), euro, Default::default())
                .map_err(|e| format!("currency patterns: {e}"))?;
        let date = FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long())
            .map_err(|e| format!("Gregorian dates: {e}"))?;
        let month = FixedCalendarDateTimeFormatter::try_new(locale.into(), YM::long())
            .map_err(|e| format!("Gregorian months: {e}"))?;
        let time = NoCalendarFormatter::try_new(locale.into(), T::hm())
            .map_err(|e| format!("times: {e}"))?;
        let decimal = DecimalFormatter::try_new(locale.into(), Default::default())
            .map_err(|e| format!("number symbols: {e}"))?;
        Ok(Formatters {
            money,
            date,
            month,
            time: TimeFormat::Locale(Box::new(time)),
            decimal,
        })
    }

    /// A month of a year: nl `januari 2027`.
    pub(super) fn month(&self, date: time::Date) -> String {
        self.month.format(&gregorian(date)).to_string()
    }

    /// A time of day in hours and minutes: nl `14.00`, en `2:00 pm` (with the patterns
    /// of locales/nl and locales/en).
    pub(super) fn time(&self, time: time::Time) -> String {
        let t = Time::try_new(time.hour(), time.minute(), 0, 0)
            .expect("a time::Time is a valid time of day");
        match &self.time {
            TimeFormat::Locale(formatter) => formatter.format(&t).to_string(),
            TimeFormat::Pattern { names, pattern } => {
                let input = DateTime {
                    date: Date::try_new_gregorian(2000, 1, 1).expect("a valid day"),
                    time: t,
                };
                // The names the pattern needs were loaded with it, and it has no date
                // fields, so writing cannot fail; the lossy text is the same string.
                let formatted = names.with_pattern_unchecked(pattern).format(&input);
                match formatted.try_write_to_string() {
                    Ok(text) => text.into_owned(),
                    Err((_, text)) => text.into_owned(),
                }
            }
        }
    }

    /// Money in integer cents.
    pub(super) fn money(&self, cents: i64) -> String {
        self.money
            .format_fixed_decimal(&decimal(cents, 2))
            .to_string()
    }

    /// A calendar date in the long form.
    pub(super) fn date(&self, date: time::Date) -> String {
        // `time::Date` is always a valid proleptic Gregorian date within ±9999 years,
        // which ICU4X accepts.
        self.date.format(&gregorian(date)).to_string()
    }

    /// A decimal number given as `mantissa × 10^-scale`.
    pub(super) fn decimal(&self, mantissa: i64, scale: u8) -> String {
        self.decimal.format(&decimal(mantissa, scale)).to_string()
    }

    pub(super) fn decimals(&self) -> &DecimalFormatter {
        &self.decimal
    }
}

/// Whether a CLDR pattern has no fields but hours, minutes and the day period: every
/// letter outside 'quotes' is one of H, h, K, k, m, a.
fn only_time_fields(pattern: &str) -> bool {
    let mut quoted = false;
    pattern.chars().all(|c| {
        if c == '\'' {
            quoted = !quoted;
        }
        quoted || !c.is_ascii_alphabetic() || "HhKkma".contains(c)
    })
}

/// `time::Date` is always a valid proleptic Gregorian date within ±9999 years, which
/// ICU4X accepts.
fn gregorian(date: time::Date) -> Date<Gregorian> {
    Date::try_new_gregorian(date.year(), u8::from(date.month()), date.day())
        .expect("a time::Date is a valid Gregorian date")
}

fn decimal(mantissa: i64, scale: u8) -> Decimal {
    let mut value = Decimal::from(mantissa);
    value.multiply_pow10(-i16::from(scale));
    value
}

/// A number from a Fluent message, written by `formatter` with at least
/// `minimum_fraction_digits` digits after the decimal separator. `None` for values that
/// are not finite, so Fluent falls back to its own formatting.
pub(super) fn format_f64(
    formatter: &DecimalFormatter,
    value: f64,
    minimum_fraction_digits: usize,
) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    // Rust prints the shortest text that reads back as the same f64, never in exponent
    // form: exactly the digits the message author passed.
    let mut value = Decimal::try_from_str(&value.to_string()).ok()?;
    let digits = i16::try_from(minimum_fraction_digits).unwrap_or(i16::MAX);
    value.pad_end(-digits);
    Some(formatter.format(&value).to_string())
}

/// The decimal formatter of a Fluent bundle, built once by the bundle's memoizer from
/// the bundle's language identifier (which the profile's locale sets). fluent-rs takes a
/// plain `fn` as its number formatter; this is how that one `fn` finds each language's
/// formatter without per-language code.
///
/// Limit: fluent-rs' language identifiers have no Unicode extension keywords, so a
/// locale's `-u-nu-…` reaches money, dates and `number` but not Fluent's numbers; a
/// profile whose locale would write numbers differently without them is refused when it
/// loads (see `fluent_numbers_agree` in profile.rs).
pub(super) struct FluentNumbers(pub(super) DecimalFormatter);

impl intl_memoizer::Memoizable for FluentNumbers {
    type Args = ();
    type Error = String;

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<FluentNumbers, String> {
        let locale = Locale::try_from_str(&lang.to_string()).map_err(|e| e.to_string())?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(FluentNumbers)
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use time::macros::date;

    use std::collections::BTreeMap;
    use std::path::Path;
    use std::sync::LazyLock;

    use super::super::Profile;
    use super::*;

    /// The languages of the repository's locales folder, in the order of reference/i18n.md.
    const CODES: [&str; 6] = ["nl", "en", "tr", "pl", "uk", "ar"];

    /// The repository's profiles: the golden values below are theirs.
    static PROFILES: LazyLock<BTreeMap<&str, Profile>> = LazyLock::new(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        CODES
            .into_iter()
            .map(|code| {
                let file = dir.join(code).join("language.toml");
                let text = std::fs::read_to_string(&file).unwrap();
                let profile = Profile::parse(&text, &file, code).unwrap_or_else(|e| panic!("{e}"));
                (code, profile)
            })
            .collect()
    });

    fn format_money(code: &str, cents: i64) -> String {
        PROFILES[code].format_money(cents)
    }

    fn format_date(code: &str, date: time::Date) -> String {
        PROFILES[code].format_date(date)
    }

    fn format_decimal(code: &str, mantissa: i64, scale: u8) -> String {
        PROFILES[code].format_decimal(mantissa, scale)
    }

    fn fluent_number(code: &str, value: f64, minimum_fraction_digits: usize) -> Option<String> {
        format_f64(
            PROFILES[code].formatters.decimals(),
            value,
            minimum_fraction_digits,
        )
    }

    const NBSP: char = '\u{a0}';
    const NNBSP: char = '\u{202f}';
    const RLM: char = '\u{200f}';

    /// Code points of `s`, so a failing comparison shows which space is which.
    fn codepoints(s: &str) -> Vec<String> {
        s.chars()
            .map(|c| format!("{c} U+{:04X}", c as u32))
            .collect()
    }

    #[track_caller]
    fn same(actual: String, expected: &str) {
        assert_eq!(
            codepoints(&actual),
            codepoints(expected),
            "{actual:?} != {expected:?}"
        );
    }

    // Golden values of reference/i18n.md (CLDR 48). That table writes some spaces as
    // plain spaces where CLDR, and so ICU4X, has U+00A0 or U+202F: pl `12 345,67 €`, uk
    // `1 234,50 €` and `1 234,5`, nl negative `€ -1.234,50`, uk `2026 р.`. We keep
    // CLDR's no-break spaces, because a line break between an amount and its € sign or
    // inside a number would be wrong in a letter; the expectations below spell them out.

    #[test]
    fn money_nl() {
        same(format_money("nl", 123_450), &format!("€{NBSP}1.234,50"));
    }

    #[test]
    fn money_nl_negative() {
        same(format_money("nl", -123_450), &format!("€{NBSP}-1.234,50"));
    }

    #[test]
    fn money_en() {
        same(format_money("en", 123_450), "€1,234.50");
    }

    #[test]
    fn money_tr() {
        same(format_money("tr", 123_450), "€1.234,50");
    }

    #[test]
    fn money_pl_has_no_grouping_below_ten_thousand() {
        same(format_money("pl", 123_450), &format!("1234,50{NBSP}€"));
        same(
            format_money("pl", 1_234_567),
            &format!("12{NBSP}345,67{NBSP}€"),
        );
    }

    #[test]
    fn money_uk_uses_the_narrow_symbol() {
        same(
            format_money("uk", 123_450),
            &format!("1{NBSP}234,50{NBSP}€"),
        );
    }

    #[test]
    fn money_ar_has_latin_digits_and_rlm() {
        same(
            format_money("ar", 123_450),
            &format!("{RLM}1,234.50{NBSP}€"),
        );
    }

    #[test]
    fn money_negative_elsewhere() {
        same(format_money("en", -123_450), "-€1,234.50");
        same(format_money("pl", -5), &format!("-0,05{NBSP}€"));
        // CLDR's explicit negative pattern for `ar`: RLM, then LRM so the minus stays
        // left of the digits.
        same(
            format_money("ar", -123_450),
            &format!("{RLM}\u{200e}-1,234.50{NBSP}€"),
        );
    }

    #[test]
    fn money_small_and_large() {
        same(format_money("nl", 0), &format!("€{NBSP}0,00"));
        same(format_money("nl", 7), &format!("€{NBSP}0,07"));
        same(
            format_money("nl", i64::MAX),
            &format!("€{NBSP}92.233.720.368.547.758,07"),
        );
        same(
            format_money("nl", i64::MIN),
            &format!("€{NBSP}-92.233.720.368.547.758,08"),
        );
    }

    #[test]
    fn decimal_nl() {
        same(format_decimal("nl", 12_345, 1), "1.234,5");
    }

    #[test]
    fn decimal_en() {
        same(format_decimal("en", 12_345, 1), "1,234.5");
    }

    #[test]
    fn decimal_tr() {
        same(format_decimal("tr", 12_345, 1), "1.234,5");
    }

    #[test]
    fn decimal_pl() {
        same(format_decimal("pl", 12_345, 1), "1234,5");
    }

    #[test]
    fn decimal_uk() {
        same(format_decimal("uk", 12_345, 1), &format!("1{NBSP}234,5"));
    }

    #[test]
    fn decimal_ar() {
        same(format_decimal("ar", 12_345, 1), "1,234.5");
    }

    #[test]
    fn decimal_keeps_the_given_scale() {
        same(format_decimal("nl", 12_340, 2), "123,40");
        same(format_decimal("nl", -5, 3), "-0,005");
        same(format_decimal("en", 1_500, 0), "1,500");
        same(
            format_decimal("nl", 1, 255),
            &format!("0,{}1", "0".repeat(254)),
        );
    }

    const DECEMBER_FIRST: time::Date = date!(2026 - 12 - 01);

    #[test]
    fn date_nl() {
        same(format_date("nl", DECEMBER_FIRST), "1 december 2026");
    }

    #[test]
    fn date_en() {
        same(format_date("en", DECEMBER_FIRST), "1 December 2026");
    }

    #[test]
    fn date_tr() {
        same(format_date("tr", DECEMBER_FIRST), "1 Aralık 2026");
    }

    #[test]
    fn date_pl() {
        same(format_date("pl", DECEMBER_FIRST), "1 grudnia 2026");
    }

    #[test]
    fn date_uk() {
        same(
            format_date("uk", DECEMBER_FIRST),
            &format!("1 грудня 2026{NNBSP}р."),
        );
    }

    #[test]
    fn date_ar() {
        same(format_date("ar", DECEMBER_FIRST), "1 ديسمبر 2026");
    }

    #[test]
    fn times_follow_the_profile() {
        let time = |code: &str, h: u8, m: u8| {
            PROFILES[code].format_time(time::Time::from_hms(h, m, 0).unwrap())
        };
        assert_eq!(time("nl", 14, 0), "14.00");
        assert_eq!(time("nl", 9, 5), "9.05");
        same(time("en", 14, 0), "2:00\u{a0}pm");
        same(time("en", 0, 30), "12:30\u{a0}am");
        // Without a `time` pattern: the locale's own hours and minutes.
        assert_eq!(time("tr", 14, 0), "14:00");
    }

    #[test]
    fn months_name_the_month_and_year() {
        assert_eq!(
            PROFILES["nl"].format_month(date!(2027 - 01 - 01)),
            "januari 2027"
        );
        assert_eq!(
            PROFILES["en"].format_month(date!(2027 - 01 - 31)),
            "January 2027"
        );
    }

    #[test]
    fn time_patterns_hold_only_time_fields() {
        assert!(only_time_fields("H.mm"));
        assert!(only_time_fields("h:mm a"));
        assert!(only_time_fields("H 'uur' mm"));
        assert!(!only_time_fields("d-M H:mm"));
        let nl: Locale = "nl".parse().unwrap();
        let err = Formatters::with_time(&nl, Some("yyyy H.mm")).err().unwrap();
        assert!(err.contains("only hours"), "{err}");
    }

    #[test]
    fn date_extremes() {
        same(format_date("nl", date!(2024 - 02 - 29)), "29 februari 2024");
        // ICU adds the era where the year alone would be ambiguous.
        same(format_date("en", date!(0001 - 01 - 01)), "1 January 1 AD");
        same(format_date("nl", date!(9999 - 12 - 31)), "31 december 9999");
    }

    #[test]
    fn f64_numbers_as_fluent_passes_them() {
        assert_eq!(fluent_number("nl", 1500.0, 0).as_deref(), Some("1.500"));
        assert_eq!(fluent_number("nl", 1.5, 0).as_deref(), Some("1,5"));
        assert_eq!(fluent_number("nl", 2.0, 2).as_deref(), Some("2,00"));
        assert_eq!(fluent_number("en", -0.25, 0).as_deref(), Some("-0.25"));
        assert_eq!(fluent_number("nl", f64::NAN, 0), None);
        assert_eq!(fluent_number("nl", f64::INFINITY, 0), None);
    }

    #[test]
    fn formatters_work_on_many_threads() {
        std::thread::scope(|scope| {
            for lang in CODES {
                scope.spawn(move || {
                    for cents in 0..200 {
                        assert!(format_money(lang, cents).contains('€'));
                    }
                });
            }
        });
    }

    /// Not a benchmark: a rough figure, printed with `--nocapture`, to compare with the
    /// thread-local formatters this replaced (about 11 ms in a debug build).
    #[test]
    fn ten_thousand_amounts_reuse_the_formatters() {
        let profile = &PROFILES["nl"];
        let start = std::time::Instant::now();
        let mut length = 0;
        for cents in 0..10_000 {
            length += profile.format_money(cents).len();
        }
        eprintln!("10,000 format_money calls: {:?}", start.elapsed());
        assert_eq!(length, 99_000);
    }

    /// Only the digits of an amount, in order.
    fn digits(s: &str) -> String {
        s.chars().filter(char::is_ascii_digit).collect()
    }

    proptest! {
        #[test]
        fn money_shows_every_digit_once_and_the_sign(cents in any::<i64>(), index in 0..6usize) {
            let lang = CODES[index];
            let text = format_money(lang, cents);
            let magnitude = cents.unsigned_abs();
            let expected = format!("{}{:02}", magnitude / 100, magnitude % 100);
            prop_assert_eq!(digits(&text), expected);
            prop_assert_eq!(text.contains('-'), cents < 0);
            prop_assert_eq!(text.matches('€').count(), 1);
        }

        #[test]
        fn decimal_shows_every_digit_once(mantissa in any::<i64>(), scale in 0..20u8, index in 0..6usize) {
            let lang = CODES[index];
            let text = format_decimal(lang, mantissa, scale);
            let magnitude = mantissa.unsigned_abs().to_string();
            // Leading zeros appear when the scale exceeds the digits: 5 × 10^-3 = 0,005.
            let width = usize::from(scale) + 1;
            let expected = format!("{magnitude:0>width$}");
            prop_assert_eq!(digits(&text), expected);
            prop_assert_eq!(text.contains('-'), mantissa < 0);
        }

        #[test]
        fn every_date_formats(julian in time::Date::MIN.to_julian_day()..=time::Date::MAX.to_julian_day(), index in 0..6usize) {
            let date = time::Date::from_julian_day(julian).unwrap();
            let text = format_date(CODES[index], date);
            prop_assert!(text.contains(&date.day().to_string()), "{}", text);
        }
    }
}

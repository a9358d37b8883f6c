//! Locale formatting of money, dates and numbers through ICU4X (compiled CLDR data).
//!
//! Formatters are built once per thread and language and then reused: letters are
//! rendered at 150+ per second and building an ICU4X formatter costs far more than using
//! one. Thread-local rather than a global static so this does not depend on ICU4X's
//! `sync` feature being enabled somewhere in the dependency tree.

use std::cell::OnceCell;

use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::YMD;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::locale::Locale;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;

use super::Language;

/// The ICU4X formatters of one language.
struct Formatters {
    money: CurrencyFormatter<DecimalFormatter>,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    decimal: DecimalFormatter,
}

/// The CLDR locale whose conventions a language's letters follow.
fn cldr_locale(lang: Language) -> Locale {
    let tag = match lang {
        Language::Nl => "nl",
        // British conventions (`1 December 2026`, not `December 1, 2026`): the English
        // letters go to residents in the Netherlands, not to the US.
        Language::En => "en-GB",
        Language::Tr => "tr",
        Language::Pl => "pl",
        Language::Uk => "uk",
        // Latin digits: plain `ar` in CLDR 48 uses them, and the Dutch letter beside the
        // translation shows the same amounts; pinned explicitly so a data update cannot
        // switch the digits under us.
        Language::Ar => "ar-u-nu-latn",
    };
    tag.parse().expect("the locale tags above are valid BCP 47")
}

impl Formatters {
    fn new(lang: Language) -> Formatters {
        let locale = cldr_locale(lang);
        let euro: CurrencyType = "EUR".parse().expect("EUR is a valid currency code");
        // The narrow symbol: Ukrainian's standard symbol for the euro is "EUR"; every
        // other language here has "€" either way.
        let money =
            CurrencyFormatter::try_new_symbol_narrow((&locale).into(), euro, Default::default())
                .expect("compiled CLDR data has currency patterns for every supported language");
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .expect("compiled CLDR data has Gregorian dates for every supported language");
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .expect("compiled CLDR data has number symbols for every supported language");
        Formatters {
            money,
            date,
            decimal,
        }
    }
}

thread_local! {
    static FORMATTERS: [OnceCell<Formatters>; Language::ALL.len()] = Default::default();
}

fn with_formatters<R>(lang: Language, f: impl FnOnce(&Formatters) -> R) -> R {
    FORMATTERS.with(|cells| {
        let cell = &cells[lang as usize];
        f(cell.get_or_init(|| Formatters::new(lang)))
    })
}

fn decimal(mantissa: i64, scale: u8) -> Decimal {
    let mut value = Decimal::from(mantissa);
    value.multiply_pow10(-i16::from(scale));
    value
}

/// Money in integer cents, formatted per locale: nl `€ 1.234,50` (with U+00A0).
pub fn format_money(lang: Language, cents: i64) -> String {
    let value = decimal(cents, 2);
    with_formatters(lang, |f| f.money.format_fixed_decimal(&value).to_string())
}

/// A calendar date in the long form: nl `1 december 2026`, en `1 December 2026`.
pub fn format_date(lang: Language, date: time::Date) -> String {
    // `time::Date` is always a valid proleptic Gregorian date within ±9999 years, which
    // ICU4X accepts.
    let date = Date::try_new_gregorian(date.year(), u8::from(date.month()), date.day())
        .expect("a time::Date is a valid Gregorian date");
    with_formatters(lang, |f| f.date.format(&date).to_string())
}

/// A decimal number given as `mantissa × 10^-scale` (1234.5 = (12345, 1)): nl `1.234,5`.
pub fn format_decimal(lang: Language, mantissa: i64, scale: u8) -> String {
    let value = decimal(mantissa, scale);
    with_formatters(lang, |f| f.decimal.format(&value).to_string())
}

/// A number from a Fluent message, written the way `lang` writes numbers, with at least
/// `minimum_fraction_digits` digits after the decimal separator. `None` for values that
/// are not finite, so Fluent falls back to its own formatting.
pub(super) fn format_f64(
    lang: Language,
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
    Some(with_formatters(lang, |f| {
        f.decimal.format(&value).to_string()
    }))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use time::macros::date;

    use super::*;
    use Language::*;

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
        same(format_money(Nl, 123_450), &format!("€{NBSP}1.234,50"));
    }

    #[test]
    fn money_nl_negative() {
        same(format_money(Nl, -123_450), &format!("€{NBSP}-1.234,50"));
    }

    #[test]
    fn money_en() {
        same(format_money(En, 123_450), "€1,234.50");
    }

    #[test]
    fn money_tr() {
        same(format_money(Tr, 123_450), "€1.234,50");
    }

    #[test]
    fn money_pl_has_no_grouping_below_ten_thousand() {
        same(format_money(Pl, 123_450), &format!("1234,50{NBSP}€"));
        same(
            format_money(Pl, 1_234_567),
            &format!("12{NBSP}345,67{NBSP}€"),
        );
    }

    #[test]
    fn money_uk_uses_the_narrow_symbol() {
        same(format_money(Uk, 123_450), &format!("1{NBSP}234,50{NBSP}€"));
    }

    #[test]
    fn money_ar_has_latin_digits_and_rlm() {
        same(format_money(Ar, 123_450), &format!("{RLM}1,234.50{NBSP}€"));
    }

    #[test]
    fn money_negative_elsewhere() {
        same(format_money(En, -123_450), "-€1,234.50");
        same(format_money(Pl, -5), &format!("-0,05{NBSP}€"));
        // CLDR's explicit negative pattern for `ar`: RLM, then LRM so the minus stays
        // left of the digits.
        same(
            format_money(Ar, -123_450),
            &format!("{RLM}\u{200e}-1,234.50{NBSP}€"),
        );
    }

    #[test]
    fn money_small_and_large() {
        same(format_money(Nl, 0), &format!("€{NBSP}0,00"));
        same(format_money(Nl, 7), &format!("€{NBSP}0,07"));
        same(
            format_money(Nl, i64::MAX),
            &format!("€{NBSP}92.233.720.368.547.758,07"),
        );
        same(
            format_money(Nl, i64::MIN),
            &format!("€{NBSP}-92.233.720.368.547.758,08"),
        );
    }

    #[test]
    fn decimal_nl() {
        same(format_decimal(Nl, 12_345, 1), "1.234,5");
    }

    #[test]
    fn decimal_en() {
        same(format_decimal(En, 12_345, 1), "1,234.5");
    }

    #[test]
    fn decimal_tr() {
        same(format_decimal(Tr, 12_345, 1), "1.234,5");
    }

    #[test]
    fn decimal_pl() {
        same(format_decimal(Pl, 12_345, 1), "1234,5");
    }

    #[test]
    fn decimal_uk() {
        same(format_decimal(Uk, 12_345, 1), &format!("1{NBSP}234,5"));
    }

    #[test]
    fn decimal_ar() {
        same(format_decimal(Ar, 12_345, 1), "1,234.5");
    }

    #[test]
    fn decimal_keeps_the_given_scale() {
        same(format_decimal(Nl, 12_340, 2), "123,40");
        same(format_decimal(Nl, -5, 3), "-0,005");
        same(format_decimal(En, 1_500, 0), "1,500");
        same(
            format_decimal(Nl, 1, 255),
            &format!("0,{}1", "0".repeat(254)),
        );
    }

    const DECEMBER_FIRST: time::Date = date!(2026 - 12 - 01);

    #[test]
    fn date_nl() {
        same(format_date(Nl, DECEMBER_FIRST), "1 december 2026");
    }

    #[test]
    fn date_en() {
        same(format_date(En, DECEMBER_FIRST), "1 December 2026");
    }

    #[test]
    fn date_tr() {
        same(format_date(Tr, DECEMBER_FIRST), "1 Aralık 2026");
    }

    #[test]
    fn date_pl() {
        same(format_date(Pl, DECEMBER_FIRST), "1 grudnia 2026");
    }

    #[test]
    fn date_uk() {
        same(
            format_date(Uk, DECEMBER_FIRST),
            &format!("1 грудня 2026{NNBSP}р."),
        );
    }

    #[test]
    fn date_ar() {
        same(format_date(Ar, DECEMBER_FIRST), "1 ديسمبر 2026");
    }

    #[test]
    fn date_extremes() {
        same(format_date(Nl, date!(2024 - 02 - 29)), "29 februari 2024");
        // ICU adds the era where the year alone would be ambiguous.
        same(format_date(En, date!(0001 - 01 - 01)), "1 January 1 AD");
        same(format_date(Nl, date!(9999 - 12 - 31)), "31 december 9999");
    }

    #[test]
    fn f64_numbers_as_fluent_passes_them() {
        assert_eq!(format_f64(Nl, 1500.0, 0).as_deref(), Some("1.500"));
        assert_eq!(format_f64(Nl, 1.5, 0).as_deref(), Some("1,5"));
        assert_eq!(format_f64(Nl, 2.0, 2).as_deref(), Some("2,00"));
        assert_eq!(format_f64(En, -0.25, 0).as_deref(), Some("-0.25"));
        assert_eq!(format_f64(Nl, f64::NAN, 0), None);
        assert_eq!(format_f64(Nl, f64::INFINITY, 0), None);
    }

    #[test]
    fn formatters_work_on_many_threads() {
        std::thread::scope(|scope| {
            for lang in Language::ALL {
                scope.spawn(move || {
                    for cents in 0..200 {
                        assert!(format_money(lang, cents).contains('€'));
                    }
                });
            }
        });
    }

    /// Only the digits of an amount, in order.
    fn digits(s: &str) -> String {
        s.chars().filter(char::is_ascii_digit).collect()
    }

    proptest! {
        #[test]
        fn money_shows_every_digit_once_and_the_sign(cents in any::<i64>(), index in 0..6usize) {
            let lang = Language::ALL[index];
            let text = format_money(lang, cents);
            let magnitude = cents.unsigned_abs();
            let expected = format!("{}{:02}", magnitude / 100, magnitude % 100);
            prop_assert_eq!(digits(&text), expected);
            prop_assert_eq!(text.contains('-'), cents < 0);
            prop_assert_eq!(text.matches('€').count(), 1);
        }

        #[test]
        fn decimal_shows_every_digit_once(mantissa in any::<i64>(), scale in 0..20u8, index in 0..6usize) {
            let lang = Language::ALL[index];
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
            let text = format_date(Language::ALL[index], date);
            prop_assert!(text.contains(&date.day().to_string()), "{}", text);
        }
    }
}

//! Language profiles: `locales/<code>/language.toml` says everything helder needs to know
//! about a language besides its messages — its CLDR locale, direction, scripts, fonts,
//! line spacing, readability formulas, hyphenation patterns, plural categories and whether
//! it is the binding language. Adding a language is adding that file and its `.ftl` files.
//!
//! A profile owns the ICU4X formatters of its locale, built once when it loads: letters
//! are rendered at hundreds per second and building a formatter costs far more than using
//! one. They are `Send + Sync` through ICU4X's `sync` feature (enabled in Cargo.toml), so
//! the loaded profiles are shared by every thread without thread-local copies.

use std::path::{Path, PathBuf};

use icu::locale::Locale;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Deserialize;
use toml::Spanned;

use super::format::{self, FluentNumbers, Formatters};
use super::{Direction, I18nError, Language};
use crate::plain::metrics::Formula;

/// The file of a language folder that holds its profile.
pub const PROFILE_FILE: &str = "language.toml";

/// One language as helder writes it, from `locales/<code>/language.toml`.
pub struct Profile {
    pub language: Language,
    /// The language's own name: "Nederlands", "العربية".
    pub name: String,
    /// Its English name: "Dutch", "Arabic".
    pub english_name: String,
    /// The CLDR locale of money, dates and numbers ("en-GB", "ar-u-nu-latn").
    pub locale: Locale,
    pub direction: Direction,
    /// ISO 15924 codes of the scripts the language is written in ("Latn", "Arab").
    pub scripts: Vec<String>,
    /// Font families in fallback order for its letters.
    pub fonts: Vec<String>,
    /// Space between lines in em (typst `par(leading:)`).
    pub line_spacing: f64,
    /// The readability formulas the plain-language checker computes.
    pub readability: Vec<Formula>,
    /// The hyphenation patterns that count syllables; `None`: no syllable counts.
    pub hyphenation: Option<hypher::Lang>,
    /// The CLDR plural categories of the language, in CLDR order.
    pub plurals: Vec<&'static str>,
    /// The source language of the letters, the one that binds (Awb 2:6).
    pub binding: bool,
    /// "Mr"/"Ms" take the surname alone (`Dear Ms Jansen`), not the name as the data
    /// gives it (`Beste mevrouw E. Jansen`): `salutation_name = "surname"`.
    pub salutation_surname: bool,
    /// The file it was read from, for diagnostics.
    pub file: PathBuf,
    pub(super) formatters: Formatters,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("language", &self.language)
            .field("locale", &self.locale.to_string())
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

/// `language.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    code: Spanned<String>,
    name: Spanned<String>,
    english_name: Spanned<String>,
    locale: Spanned<String>,
    direction: Spanned<String>,
    scripts: Spanned<Vec<Spanned<String>>>,
    fonts: Spanned<Vec<Spanned<String>>>,
    line_spacing: Spanned<f64>,
    readability: Spanned<Vec<Spanned<String>>>,
    hyphenation: Option<Spanned<String>>,
    plurals: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    binding: bool,
    /// How letters write a time of day: a CLDR pattern (`H.mm`, `h:mm a`); default the
    /// locale's own hours and minutes.
    #[serde(default)]
    time: Option<Spanned<String>>,
    /// The name after a title: `full` (default) or `surname`.
    #[serde(default)]
    salutation_name: Option<Spanned<String>>,
}

/// CLDR's plural categories, in CLDR order.
const CATEGORIES: [(&str, PluralCategory); 6] = [
    ("zero", PluralCategory::ZERO),
    ("one", PluralCategory::ONE),
    ("two", PluralCategory::TWO),
    ("few", PluralCategory::FEW),
    ("many", PluralCategory::MANY),
    ("other", PluralCategory::OTHER),
];

impl Profile {
    /// Parses the profile in `text`, read from `file` in the language folder `folder`
    /// (its name must be the profile's code). `file` is only used in error messages.
    pub fn parse(text: &str, file: &Path, folder: &str) -> Result<Profile, I18nError> {
        let at = |span: std::ops::Range<usize>, message: String| {
            let (line, column) = crate::diag::line_col(text, span.start);
            I18nError::Profile {
                path: file.to_path_buf(),
                line,
                column,
                message,
            }
        };
        let raw: Raw = toml::from_str(text)
            .map_err(|e| at(e.span().unwrap_or(0..0), e.message().trim_end().to_owned()))?;

        let code = raw.code.get_ref();
        let language = Language::from_code(code).map_err(|e| at(raw.code.span(), e.to_string()))?;
        if language.code() != code || code != folder {
            return Err(at(
                raw.code.span(),
                format!("code `{code}` must be the language folder's name `{folder}`"),
            ));
        }
        for field in [&raw.name, &raw.english_name] {
            if field.get_ref().trim().is_empty() {
                return Err(at(field.span(), "the name must not be empty".to_owned()));
            }
        }

        let locale = Locale::try_from_str(raw.locale.get_ref()).map_err(|e| {
            at(
                raw.locale.span(),
                format!(
                    "`{}` is not a BCP 47 locale ({e}): expected a tag such as `en-GB` or `ar-u-nu-latn`",
                    raw.locale.get_ref()
                ),
            )
        })?;
        if locale.id.language.as_str() != code {
            return Err(at(
                raw.locale.span(),
                format!(
                    "locale `{locale}` is for language `{}`, not `{code}`",
                    locale.id.language
                ),
            ));
        }

        let direction = match raw.direction.get_ref().as_str() {
            "ltr" => Direction::Ltr,
            "rtl" => Direction::Rtl,
            other => {
                return Err(at(
                    raw.direction.span(),
                    format!("unknown direction `{other}`: expected `ltr` or `rtl`"),
                ));
            }
        };

        let scripts = non_empty(&raw.scripts, "scripts", &at)?;
        for script in raw.scripts.get_ref() {
            let ok = icu::locale::subtags::Script::try_from_str(script.get_ref())
                .is_ok_and(|s| s.as_str() == script.get_ref());
            if !ok {
                return Err(at(
                    script.span(),
                    format!(
                        "`{}` is not an ISO 15924 script code: expected four letters such as `Latn`, `Cyrl` or `Arab`",
                        script.get_ref()
                    ),
                ));
            }
        }
        let fonts = non_empty(&raw.fonts, "fonts", &at)?;

        let line_spacing = *raw.line_spacing.get_ref();
        if !(line_spacing > 0.0 && line_spacing <= 3.0) {
            return Err(at(
                raw.line_spacing.span(),
                format!(
                    "line_spacing {line_spacing}: expected the space between lines in em, above 0 and at most 3"
                ),
            ));
        }

        let hyphenation = match &raw.hyphenation {
            None => None,
            Some(code) => {
                let lang = <[u8; 2]>::try_from(code.get_ref().as_bytes())
                    .ok()
                    .and_then(hypher::Lang::from_iso);
                Some(lang.ok_or_else(|| {
                    at(
                        code.span(),
                        format!(
                            "no hyphenation patterns for `{}`: expected the ISO 639-1 code of a language hypher has patterns for, or leave `hyphenation` out (then no syllables are counted)",
                            code.get_ref()
                        ),
                    )
                })?)
            }
        };

        let mut readability = Vec::new();
        for name in raw.readability.get_ref() {
            let formula = Formula::from_name(name.get_ref()).ok_or_else(|| {
                at(
                    name.span(),
                    format!(
                        "unknown readability formula `{}`: expected one of {}",
                        name.get_ref(),
                        Formula::ALL.map(Formula::name).join(", ")
                    ),
                )
            })?;
            if readability.contains(&formula) {
                return Err(at(
                    name.span(),
                    format!("`{}` is listed twice", formula.name()),
                ));
            }
            if formula.needs_syllables() && hyphenation.is_none() {
                return Err(at(
                    name.span(),
                    format!(
                        "`{}` counts syllables with hyphenation patterns: set `hyphenation`",
                        formula.name()
                    ),
                ));
            }
            readability.push(formula);
        }

        let bundle_id = fluent_language(&locale);
        let plurals = plurals(&raw.plurals, &bundle_id, &at)?;
        let salutation_surname = match &raw.salutation_name {
            None => false,
            Some(n) => match n.get_ref().as_str() {
                "full" => false,
                "surname" => true,
                other => {
                    return Err(at(
                        n.span(),
                        format!("unknown salutation_name `{other}`: expected full or surname"),
                    ));
                }
            },
        };

        let time_pattern = raw.time.as_ref().map(|t| t.get_ref().as_str());
        let formatters =
            Formatters::with_time(&locale, time_pattern).map_err(|e| match &raw.time {
                Some(t) if e.starts_with("time pattern") => at(t.span(), e),
                _ => at(
                    raw.locale.span(),
                    format!("no CLDR data for locale `{locale}`: {e}"),
                ),
            })?;
        fluent_numbers_agree(&formatters, &locale, &bundle_id)
            .map_err(|message| at(raw.locale.span(), message))?;

        Ok(Profile {
            language,
            name: raw.name.into_inner(),
            english_name: raw.english_name.into_inner(),
            locale,
            direction,
            scripts,
            fonts,
            line_spacing,
            readability,
            hyphenation,
            plurals,
            binding: raw.binding,
            salutation_surname,
            file: file.to_path_buf(),
            formatters,
        })
    }

    /// Money in integer cents: nl `€ 1.234,50` (with U+00A0).
    pub fn format_money(&self, cents: i64) -> String {
        self.formatters.money(cents)
    }

    /// A calendar date in the long form: nl `1 december 2026`, en `1 December 2026`.
    pub fn format_date(&self, date: time::Date) -> String {
        self.formatters.date(date)
    }

    /// A month of a year: nl `januari 2027`, en `January 2027`.
    pub fn format_month(&self, date: time::Date) -> String {
        self.formatters.month(date)
    }

    /// A time of day: nl `14.00`, en `2:00 pm` (the profile's `time` pattern, else the
    /// locale's own form).
    pub fn format_time(&self, time: time::Time) -> String {
        self.formatters.time(time)
    }

    /// A decimal number given as `mantissa × 10^-scale` (1234.5 = (12345, 1)): nl `1.234,5`.
    pub fn format_decimal(&self, mantissa: i64, scale: u8) -> String {
        self.formatters.decimal(mantissa, scale)
    }

    /// Fluent's language identifier of this language: the locale without its Unicode
    /// extension keywords, which fluent-rs' identifiers cannot hold.
    pub(super) fn fluent_language(&self) -> unic_langid::LanguageIdentifier {
        fluent_language(&self.locale)
    }
}

fn non_empty<F>(
    list: &Spanned<Vec<Spanned<String>>>,
    field: &str,
    at: &F,
) -> Result<Vec<String>, I18nError>
where
    F: Fn(std::ops::Range<usize>, String) -> I18nError,
{
    if list.get_ref().is_empty() {
        return Err(at(list.span(), format!("`{field}` must name at least one")));
    }
    let mut out = Vec::new();
    for item in list.get_ref() {
        if item.get_ref().trim().is_empty() {
            return Err(at(item.span(), format!("`{field}` has an empty name")));
        }
        if out.contains(item.get_ref()) {
            return Err(at(
                item.span(),
                format!("`{}` is listed twice", item.get_ref()),
            ));
        }
        out.push(item.get_ref().clone());
    }
    Ok(out)
}

/// The locale as fluent-rs' `LanguageIdentifier` (language, script, region, variants).
fn fluent_language(locale: &Locale) -> unic_langid::LanguageIdentifier {
    locale
        .id
        .to_string()
        .parse()
        // An ICU4X language identifier is valid BCP 47, which unic-langid parses; `und`
        // is what a parser that ever disagreed would give.
        .unwrap_or_default()
}

/// The plural categories as written, checked against the rules Fluent selects with.
fn plurals<F>(
    list: &Spanned<Vec<Spanned<String>>>,
    bundle_id: &unic_langid::LanguageIdentifier,
    at: &F,
) -> Result<Vec<&'static str>, I18nError>
where
    F: Fn(std::ops::Range<usize>, String) -> I18nError,
{
    let names = CATEGORIES.map(|(name, _)| name).join(", ");
    let mut written = Vec::new();
    for item in list.get_ref() {
        let Some(&(name, _)) = CATEGORIES.iter().find(|(n, _)| n == item.get_ref()) else {
            return Err(at(
                item.span(),
                format!(
                    "unknown plural category `{}`: expected CLDR's {names}",
                    item.get_ref()
                ),
            ));
        };
        if written.contains(&name) {
            return Err(at(item.span(), format!("`{name}` is listed twice")));
        }
        written.push(name);
    }
    let fluent = fluent_plurals(bundle_id).map_err(|message| at(list.span(), message))?;
    let mut sorted = written.clone();
    sorted.sort_by_key(|name| CATEGORIES.iter().position(|(n, _)| n == name));
    if sorted != fluent {
        return Err(at(
            list.span(),
            format!(
                "plurals [{}] are not the plural categories of `{bundle_id}`: Fluent's plural rules have [{}]",
                written.join(", "),
                fluent.join(", ")
            ),
        ));
    }
    Ok(fluent)
}

/// The plural categories Fluent selects from for `lang` (cardinal numbers), in CLDR order.
///
/// fluent-rs picks the rules of `lang` by lookup (`en-GB` finds `en`) and falls back to
/// English's for a language it has no rules for, silently; that is an error here.
fn fluent_plurals(lang: &unic_langid::LanguageIdentifier) -> Result<Vec<&'static str>, String> {
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let found = available
        .iter()
        .find(|l| *l == lang)
        .or_else(|| available.iter().find(|l| l.language == lang.language))
        .ok_or_else(|| {
            format!(
                "Fluent has no plural rules for `{}`, so its messages could not select plurals",
                lang.language
            )
        })?;
    let rules = PluralRules::create(found.clone(), PluralRuleType::CARDINAL)
        .map_err(|e| format!("Fluent's plural rules for `{found}`: {e}"))?;
    // intl_pluralrules cannot list its categories: select them from numbers that reach
    // every rule CLDR has (integers, decimals with one or two digits, visible zeros,
    // millions).
    let mut seen = [false; CATEGORIES.len()];
    let mut mark = |category: Result<PluralCategory, &str>| {
        if let Ok(category) = category
            && let Some(i) = CATEGORIES.iter().position(|(_, c)| *c == category)
        {
            seen[i] = true;
        }
    };
    for n in 0..=1_000u32 {
        mark(rules.select(n));
        mark(rules.select(format!("{n}.0").as_str()));
    }
    for n in 0..=30u32 {
        for fraction in ["1", "2", "3", "5", "7", "01", "10", "25"] {
            mark(rules.select(format!("{n}.{fraction}").as_str()));
        }
    }
    for n in [1_000_000u32, 2_000_000, 10_000_000] {
        mark(rules.select(n));
    }
    Ok(CATEGORIES
        .iter()
        .zip(seen)
        .filter(|(_, seen)| *seen)
        .map(|((name, _), _)| *name)
        .collect())
}

/// Fluent formats the numbers in messages from its own language identifier, which has no
/// Unicode extensions (`-u-nu-latn`). Checks that this gives what the locale gives, so a
/// count in a message is never written with other digits than the amounts beside it.
fn fluent_numbers_agree(
    formatters: &Formatters,
    locale: &Locale,
    bundle_id: &unic_langid::LanguageIdentifier,
) -> Result<(), String> {
    let fluent = <FluentNumbers as intl_memoizer::Memoizable>::construct(bundle_id.clone(), ())
        .map_err(|e| format!("Fluent's numbers for `{bundle_id}`: {e}"))?;
    for probe in [1_234_567.5, -0.25, 42.0] {
        let ours = format::format_f64(formatters.decimals(), probe, 0);
        let theirs = format::format_f64(&fluent.0, probe, 0);
        if ours != theirs {
            return Err(format!(
                "numbers in Fluent messages follow `{bundle_id}` (fluent-rs keeps no Unicode extensions), \
                 which writes {probe} as {}, while locale `{locale}` writes {}: choose a locale \
                 whose language identifier alone gives the same numbers",
                theirs.unwrap_or_default(),
                ours.unwrap_or_default()
            ));
        }
    }
    Ok(())
}

// Profiles are loaded once and shared by the rayon pool and the server's threads.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Profile>();
};

#[cfg(test)]
mod tests {
    use super::*;

    const NL: &str = r#"
code = "nl"
name = "Nederlands"
english_name = "Dutch"
locale = "nl"
direction = "ltr"
scripts = ["Latn"]
fonts = ["Noto Sans"]
line_spacing = 0.75
readability = ["flesch-douma"]
hyphenation = "nl"
plurals = ["one", "other"]
binding = true
"#;

    fn parse(text: &str) -> Result<Profile, I18nError> {
        Profile::parse(text, Path::new("locales/nl/language.toml"), "nl")
    }

    /// The error for the nl profile with `from` replaced by `to`.
    fn error(from: &str, to: &str) -> String {
        assert!(NL.contains(from), "{from}");
        parse(&NL.replace(from, to)).unwrap_err().to_string()
    }

    fn langid(code: &str) -> unic_langid::LanguageIdentifier {
        code.parse().unwrap()
    }

    #[test]
    fn a_profile_reads_every_field() {
        let p = parse(NL).unwrap();
        assert_eq!(p.language.code(), "nl");
        assert_eq!(
            (p.name.as_str(), p.english_name.as_str()),
            ("Nederlands", "Dutch")
        );
        assert_eq!(p.locale.to_string(), "nl");
        assert_eq!(p.direction, Direction::Ltr);
        assert_eq!(p.scripts, ["Latn"]);
        assert_eq!(p.fonts, ["Noto Sans"]);
        assert_eq!(p.line_spacing, 0.75);
        assert_eq!(p.readability, [Formula::FleschDouma]);
        assert_eq!(p.hyphenation, Some(hypher::Lang::Dutch));
        assert_eq!(p.plurals, ["one", "other"]);
        assert!(p.binding);
        assert_eq!(p.format_money(123_450), "€\u{a0}1.234,50");
    }

    #[test]
    fn the_name_after_a_title_is_full_or_the_surname() {
        assert!(!parse(NL).unwrap().salutation_surname);
        let with = |value: &str| {
            NL.replace(
                "binding = true",
                &format!("binding = true\nsalutation_name = \"{value}\""),
            )
        };
        assert!(parse(&with("surname")).unwrap().salutation_surname);
        assert!(!parse(&with("full")).unwrap().salutation_surname);
        let e = parse(&with("first")).unwrap_err().to_string();
        assert!(
            e.contains("unknown salutation_name `first`: expected full or surname"),
            "{e}"
        );
    }

    #[test]
    fn fluent_has_the_cldr_plural_categories() {
        for (code, expected) in [
            ("nl", &["one", "other"][..]),
            ("en-GB", &["one", "other"]),
            ("de", &["one", "other"]),
            ("tr", &["one", "other"]),
            ("pl", &["one", "few", "many", "other"]),
            ("uk", &["one", "few", "many", "other"]),
            ("ar", &["zero", "one", "two", "few", "many", "other"]),
            ("ja", &["other"]),
        ] {
            assert_eq!(fluent_plurals(&langid(code)).unwrap(), expected, "{code}");
        }
        let err = fluent_plurals(&langid("xx")).unwrap_err();
        assert!(err.contains("no plural rules for `xx`"), "{err}");
    }

    #[test]
    fn plural_lists_are_checked() {
        let text = error(r#"["one", "other"]"#, r#"["other", "one", "one"]"#);
        assert!(text.contains("`one` is listed twice"), "{text}");
        let text = error(r#"["one", "other"]"#, r#"["one", "several"]"#);
        assert!(text.contains("unknown plural category `several`"), "{text}");
        // Any order is fine; the profile keeps CLDR's.
        let p = parse(&NL.replace(r#"["one", "other"]"#, r#"["other", "one"]"#)).unwrap();
        assert_eq!(p.plurals, ["one", "other"]);
    }

    #[test]
    fn wrong_fields_are_located() {
        for (from, to, expected) in [
            (
                r#"code = "nl""#,
                r#"code = "en""#,
                "locales/nl/language.toml:2:8: code `en` must be the language folder's name `nl`",
            ),
            (
                r#"locale = "nl""#,
                r#"locale = "fr-BE""#,
                "locale `fr-BE` is for language `fr`, not `nl`",
            ),
            (
                r#"locale = "nl""#,
                r#"locale = "nl_NL!""#,
                "is not a BCP 47 locale",
            ),
            (
                r#"direction = "ltr""#,
                r#"direction = "left""#,
                "unknown direction `left`: expected `ltr` or `rtl`",
            ),
            (
                r#"["Latn"]"#,
                r#"["latin"]"#,
                "`latin` is not an ISO 15924 script code",
            ),
            (r#"["Latn"]"#, r#"[]"#, "`scripts` must name at least one"),
            (r#"["Noto Sans"]"#, r#"[""]"#, "`fonts` has an empty name"),
            (
                "line_spacing = 0.75",
                "line_spacing = 0",
                "line_spacing 0: expected",
            ),
            (
                r#"hyphenation = "nl""#,
                r#"hyphenation = "xx""#,
                "no hyphenation patterns for `xx`",
            ),
            (
                r#"hyphenation = "nl"
"#,
                "",
                "`flesch-douma` counts syllables with hyphenation patterns: set `hyphenation`",
            ),
            (
                r#"["flesch-douma"]"#,
                r#"["osman", "osman"]"#,
                "`osman` is listed twice",
            ),
            (
                "binding = true",
                "binding = true\nfont = 1",
                "unknown field `font`",
            ),
            (
                r#"name = "Nederlands""#,
                r#"name = " ""#,
                "the name must not be empty",
            ),
        ] {
            let text = error(from, to);
            assert!(text.starts_with("locales/nl/language.toml:"), "{text}");
            assert!(text.contains(expected), "{expected} in {text}");
        }
    }

    #[test]
    fn osman_needs_no_hyphenation() {
        let p = parse(
            &NL.replace(r#"["flesch-douma"]"#, r#"["osman"]"#)
                .replace("hyphenation = \"nl\"\n", ""),
        )
        .unwrap();
        assert_eq!(p.readability, [Formula::Osman]);
        assert_eq!(p.hyphenation, None);
    }

    #[test]
    fn a_locale_whose_extensions_fluent_would_drop_is_refused() {
        let ar = NL
            .replace(r#"code = "nl""#, r#"code = "ar""#)
            .replace(r#"locale = "nl""#, r#"locale = "ar-u-nu-arab""#)
            .replace(
                r#"["one", "other"]"#,
                r#"["zero", "one", "two", "few", "many", "other"]"#,
            );
        let err = Profile::parse(&ar, Path::new("ar/language.toml"), "ar")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("numbers in Fluent messages follow `ar`"),
            "{err}"
        );
        assert!(err.contains("١٬٢٣٤٬٥٦٧٫٥"), "{err}");
        // The repository's pin to Latin digits is what `ar` writes anyway.
        let latin = ar.replace("ar-u-nu-arab", "ar-u-nu-latn");
        assert!(Profile::parse(&latin, Path::new("ar/language.toml"), "ar").is_ok());
    }
}

//! Languages: Fluent messages (`locales/<lang>/*.ftl`) and locale formatting of money,
//! dates and numbers through ICU4X (fluent-rs' NUMBER()/DATETIME() are not locale-aware).
//! OWNER: i18n helper. Interface below is the contract; bodies are to be written.

use std::path::{Path, PathBuf};

use serde::Serialize;

/// A language helder writes letters in. `nl` is the source and binding language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Nl,
    En,
    Tr,
    Pl,
    Uk,
    Ar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::Nl,
        Language::En,
        Language::Tr,
        Language::Pl,
        Language::Uk,
        Language::Ar,
    ];

    /// BCP 47 code: "nl", "en", ...
    pub fn code(self) -> &'static str {
        todo!()
    }

    /// Parses a code ("nl", "NL", "en-GB" → En). Errors list the supported codes.
    pub fn from_code(code: &str) -> Result<Language, I18nError> {
        let _ = code;
        todo!()
    }

    pub fn direction(self) -> Direction {
        todo!()
    }
}

/// A value passed into a Fluent message. Counts are numbers so plurals select.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// All Fluent messages of all languages, loaded once and shared read-only (Send + Sync).
pub struct Locales {
    _private: (),
}

impl Locales {
    /// Loads `dir/<lang>/*.ftl` for every language directory present. Syntax errors are
    /// reported with file:line:column; the same message id twice in a language is an error.
    pub fn load(dir: &Path) -> Result<Locales, I18nError> {
        let _ = dir;
        todo!()
    }

    /// Languages that have at least one `.ftl` file.
    pub fn languages(&self) -> Vec<Language> {
        todo!()
    }

    pub fn has_message(&self, lang: Language, id: &str) -> bool {
        let _ = (lang, id);
        todo!()
    }

    /// Formats message `id` (or `id.attribute`) with `args`. A missing message, a missing
    /// variable or any Fluent resolver error is an `Err` — never a `{$name}` in a letter.
    pub fn message(
        &self,
        lang: Language,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, I18nError> {
        let _ = (lang, id, args);
        todo!()
    }

    /// Where message `id` is defined (file and 1-based line), for diagnostics.
    pub fn source_of(&self, lang: Language, id: &str) -> Option<(PathBuf, u32)> {
        let _ = (lang, id);
        todo!()
    }
}

/// Money in integer cents, formatted per locale: nl `€ 1.234,50` (with U+00A0).
pub fn format_money(lang: Language, cents: i64) -> String {
    let _ = (lang, cents);
    todo!()
}

/// A calendar date in the long form: nl `1 december 2026`, en `1 December 2026`.
pub fn format_date(lang: Language, date: time::Date) -> String {
    let _ = (lang, date);
    todo!()
}

/// A decimal number given as `mantissa × 10^-scale` (1234.5 = (12345, 1)): nl `1.234,5`.
pub fn format_decimal(lang: Language, mantissa: i64, scale: u8) -> String {
    let _ = (lang, mantissa, scale);
    todo!()
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("unknown language `{0}`: expected one of nl, en, tr, pl, uk, ar")]
    UnknownLanguage(String),
    #[error("{0}")]
    Other(String),
}

//! Languages: Fluent messages (`locales/<lang>/*.ftl`) and locale formatting of money,
//! dates and numbers through ICU4X (fluent-rs' NUMBER()/DATETIME() are not locale-aware).

use std::path::PathBuf;

use serde::Serialize;

mod format;
mod locales;

pub use format::{format_date, format_decimal, format_money};
pub use locales::Locales;

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
        match self {
            Language::Nl => "nl",
            Language::En => "en",
            Language::Tr => "tr",
            Language::Pl => "pl",
            Language::Uk => "uk",
            Language::Ar => "ar",
        }
    }

    /// Parses a code ("nl", "NL", "en-GB" → En). Errors list the supported codes.
    pub fn from_code(code: &str) -> Result<Language, I18nError> {
        let unknown = || I18nError::UnknownLanguage(code.to_string());
        // A full BCP 47 parse, so "en-GB", "EN_gb" and "ar-EG" are accepted but
        // "english" or "en-" are not; only the language subtag decides.
        let id: unic_langid::LanguageIdentifier = code.trim().parse().map_err(|_| unknown())?;
        let subtag = id.language.as_str();
        Language::ALL
            .into_iter()
            .find(|lang| lang.code() == subtag)
            .ok_or_else(unknown)
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar => Direction::Rtl,
            Language::Nl | Language::En | Language::Tr | Language::Pl | Language::Uk => {
                Direction::Ltr
            }
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = I18nError;

    fn from_str(code: &str) -> Result<Language, I18nError> {
        Language::from_code(code)
    }
}

/// A value passed into a Fluent message. Counts are numbers so plurals select.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Arg {
        // Counts in letters are far below 2^53, where f64 is still exact.
        Arg::Number(count as f64)
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum I18nError {
    #[error("unknown language `{0}`: expected one of nl, en, tr, pl, uk, ar")]
    UnknownLanguage(String),
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        /// What the operating system said.
        source: std::sync::Arc<std::io::Error>,
    },
    #[error("{}:{line}:{column}: Fluent syntax error: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    #[error(
        "{}:{}: {kind} `{id}` is already defined for language {lang} at {}:{}",
        second.0.display(), second.1, first.0.display(), first.1
    )]
    Duplicate {
        lang: Language,
        /// "message" or "term".
        kind: &'static str,
        id: String,
        /// File and 1-based line of the first definition.
        first: (PathBuf, u32),
        /// File and 1-based line of the second definition.
        second: (PathBuf, u32),
    },
    /// Every problem found while loading the locales, so they can all be fixed at once.
    #[error("{} problems in the Fluent files:\n{}", .0.len(), list(.0))]
    Load(Vec<I18nError>),
    #[error("no Fluent messages are loaded for language {0}")]
    NoMessages(Language),
    #[error("language {lang}: message `{id}` does not exist")]
    MissingMessage { lang: Language, id: String },
    #[error("language {lang}: message `{id}`: {problem}")]
    Message {
        lang: Language,
        id: String,
        problem: String,
    },
    #[error("{0}")]
    Other(String),
}

fn list(errors: &[I18nError]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()).unwrap(), lang);
            assert_eq!(lang.to_string(), lang.code());
        }
    }

    #[test]
    fn from_code_accepts_case_and_region_variants() {
        for (code, lang) in [
            ("NL", Language::Nl),
            ("nl-BE", Language::Nl),
            ("en-GB", Language::En),
            ("En-gb", Language::En),
            ("en_GB", Language::En),
            (" tr ", Language::Tr),
            ("pl-PL", Language::Pl),
            ("uk-UA", Language::Uk),
            ("ar-EG", Language::Ar),
            ("ar-Arab-MA", Language::Ar),
        ] {
            assert_eq!(Language::from_code(code).unwrap(), lang, "{code}");
        }
    }

    #[test]
    fn from_code_rejects_others_and_lists_supported_codes() {
        for code in ["", "de", "english", "en-", "e", "ti", "nl nl"] {
            let err = Language::from_code(code).unwrap_err();
            let text = err.to_string();
            assert!(text.contains(&format!("`{code}`")), "{text}");
            assert!(text.contains("nl, en, tr, pl, uk, ar"), "{text}");
        }
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for lang in Language::ALL {
            let expected = if lang == Language::Ar {
                Direction::Rtl
            } else {
                Direction::Ltr
            };
            assert_eq!(lang.direction(), expected, "{lang}");
        }
    }

    #[test]
    fn serde_uses_the_code() {
        assert_eq!(serde_json::to_string(&Language::Uk).unwrap(), "\"uk\"");
        let lang: Language = serde_json::from_str("\"ar\"").unwrap();
        assert_eq!(lang, Language::Ar);
        assert_eq!(serde_json::to_string(&Direction::Rtl).unwrap(), "\"rtl\"");
    }
}

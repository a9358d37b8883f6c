//! Languages: a profile per language (`locales/<code>/language.toml`), Fluent messages
//! (`locales/<code>/*.ftl`) and locale formatting of money, dates and numbers through
//! ICU4X (fluent-rs' NUMBER()/DATETIME() are not locale-aware). A language is data: adding
//! one is adding its folder, never Rust.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tinystr::TinyAsciiStr;

use crate::diag::{Code, Diagnostic};

pub(crate) mod bidi;
pub(crate) use bidi::unisolated;
pub mod check;
pub mod fallback;
mod format;
mod locales;
mod pages;
mod profile;

pub use fallback::Fallback;
pub use locales::Locales;
pub use pages::{PAGE_OF, PagePart};
pub use profile::{PROFILE_FILE, Profile};

/// A language, by its code ("nl", "ar"): the language subtag of BCP 47. Which languages
/// a project writes letters in is decided by its profiles ([`Locales::languages`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(TinyAsciiStr<8>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Language {
    /// The code: "nl", "en", ...
    pub fn code(&self) -> &str {
        self.0.as_str()
    }

    /// Parses a code ("nl", "NL", "en-GB" and "ar-EG" give nl, en and ar: only the
    /// language subtag decides). Checks the syntax only; whether the project has the
    /// language is for [`Locales::profile`] to say.
    pub fn from_code(code: &str) -> Result<Language, I18nError> {
        let bad = || I18nError::BadLanguageCode(code.to_string());
        // A full BCP 47 parse, so "en-GB", "EN_gb" and "ar-EG" are accepted but "en-"
        // is not. Language subtags of 5 to 8 letters are reserved, never assigned.
        let id: unic_langid::LanguageIdentifier = code.trim().parse().map_err(|_| bad())?;
        let subtag = id.language.as_str();
        if id.language.is_empty() || !(2..=3).contains(&subtag.len()) {
            return Err(bad());
        }
        TinyAsciiStr::try_from_str(subtag)
            .map(|code| Language(code.to_ascii_lowercase()))
            .map_err(|_| bad())
    }
}

#[cfg(test)]
impl Language {
    /// A language for unit tests' constants (`const NL: Language = Language::test("nl")`).
    pub(crate) const fn test(code: &str) -> Language {
        match TinyAsciiStr::try_from_str(code) {
            Ok(code) => Language(code),
            Err(_) => panic!("a test language code has 2 to 8 ASCII letters"),
        }
    }
}

/// Unit tests' locales folders: copies the repository's profiles of `codes` into the
/// locales folder `dir` (`dir/<code>/language.toml`), leaving profiles already there.
#[cfg(test)]
pub(crate) fn write_profiles(dir: &std::path::Path, codes: &[&str]) {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for code in codes {
        let to = dir.join(code).join(PROFILE_FILE);
        if !to.exists() {
            std::fs::create_dir_all(dir.join(code)).unwrap();
            std::fs::copy(repo.join(code).join(PROFILE_FILE), to).unwrap();
        }
    }
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Language({})", self.code())
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

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Language, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Language::from_code(&code).map_err(serde::de::Error::custom)
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
    #[error(
        "`{0}` is not a language code: expected the ISO 639 code of a language (2 or 3 letters, \
         such as `nl`), optionally with a region (`en-GB`)"
    )]
    BadLanguageCode(String),
    /// A language this project has no profile for.
    #[error(
        "unknown language `{code}`: this project writes letters in {} \
         (a language is a folder locales/<code>/ with a language.toml)",
        codes(known)
    )]
    UnknownLanguage {
        code: String,
        /// The languages the project has.
        known: Vec<Language>,
    },
    /// A language profile (`language.toml`) that is not right.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Profile {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
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

impl I18nError {
    /// The problem(s) as diagnostics, at the `.ftl` or `language.toml` line where there
    /// is one.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let at = |path: &std::path::Path, line: u32, column: u32, code: Code, message: String| {
            vec![Diagnostic::error(code, message).at_file(path.display().to_string(), line, column)]
        };
        let plain = |code: Code| vec![Diagnostic::error(code, self.to_string())];
        match self {
            I18nError::Io { path, source } => at(path, 0, 0, Code::IO_READ, source.to_string()),
            I18nError::Syntax {
                path,
                line,
                column,
                message,
            } => at(
                path,
                *line,
                *column,
                Code::FLUENT_SYNTAX,
                format!("Fluent syntax error: {message}"),
            ),
            I18nError::Profile {
                path,
                line,
                column,
                message,
            } => at(
                path,
                *line,
                *column,
                Code::LANGUAGE_PROFILE,
                message.clone(),
            ),
            I18nError::Duplicate {
                kind,
                id,
                lang,
                first,
                second,
            } => at(
                &second.0,
                second.1,
                0,
                Code::FLUENT_DUPLICATE,
                format!(
                    "{kind} `{id}` is already defined for language {lang} at {}:{}",
                    first.0.display(),
                    first.1
                ),
            ),
            I18nError::Load(all) => all.iter().flat_map(I18nError::diagnostics).collect(),
            I18nError::BadLanguageCode(_) | I18nError::UnknownLanguage { .. } => {
                plain(Code::LANGUAGE_UNKNOWN)
            }
            I18nError::NoMessages(_) => plain(Code::FLUENT_NO_MESSAGES),
            I18nError::MissingMessage { .. } => plain(Code::FLUENT_MISSING_MESSAGE),
            I18nError::Message { .. } | I18nError::Other(_) => plain(Code::FLUENT_MESSAGE),
        }
    }
}

/// "nl, en, ar".
pub(crate) fn codes(languages: &[Language]) -> String {
    languages
        .iter()
        .map(Language::code)
        .collect::<Vec<_>>()
        .join(", ")
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

    fn lang(code: &str) -> Language {
        Language::from_code(code).unwrap()
    }

    #[test]
    fn codes_round_trip() {
        for code in ["nl", "en", "tr", "pl", "uk", "ar", "de", "fry"] {
            assert_eq!(lang(code).code(), code);
            assert_eq!(lang(code).to_string(), code);
        }
    }

    #[test]
    fn from_code_accepts_case_and_region_variants() {
        for (code, expected) in [
            ("NL", "nl"),
            ("nl-BE", "nl"),
            ("en-GB", "en"),
            ("En-gb", "en"),
            ("en_GB", "en"),
            (" tr ", "tr"),
            ("pl-PL", "pl"),
            ("uk-UA", "uk"),
            ("ar-EG", "ar"),
            ("ar-Arab-MA", "ar"),
        ] {
            assert_eq!(lang(code), lang(expected), "{code}");
        }
    }

    #[test]
    fn from_code_checks_the_syntax_only() {
        for code in ["de", "ti", "gsw"] {
            assert!(Language::from_code(code).is_ok(), "{code}");
        }
        for code in ["", "english", "en-", "e", "nl nl", "12", "und"] {
            let err = Language::from_code(code).unwrap_err();
            let text = err.to_string();
            assert!(text.contains(&format!("`{code}`")), "{text}");
            assert!(text.contains("not a language code"), "{text}");
        }
    }

    #[test]
    fn serde_uses_the_code() {
        assert_eq!(serde_json::to_string(&lang("uk")).unwrap(), "\"uk\"");
        let parsed: Language = serde_json::from_str("\"ar\"").unwrap();
        assert_eq!(parsed, lang("ar"));
        assert!(serde_json::from_str::<Language>("\"english\"").is_err());
        assert_eq!(serde_json::to_string(&Direction::Rtl).unwrap(), "\"rtl\"");
    }

    #[test]
    fn unknown_language_lists_the_projects_languages() {
        let err = I18nError::UnknownLanguage {
            code: "de".into(),
            known: vec![lang("nl"), lang("en")],
        };
        let text = err.to_string();
        assert!(text.contains("`de`"), "{text}");
        assert!(text.contains("nl, en"), "{text}");
    }
}

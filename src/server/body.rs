//! Request bodies: `application/json` only, at most the service's limit, received within
//! its read timeout, read as every input is (input::read_from: the limit, a byte order
//! mark, UTF-8; input::parse_json: strict JSON, no key twice). Then the envelope of a
//! request (`template`, `language`, `format`, ...) is read field by field, so a mistake
//! names its field as a data mistake does.

use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use serde_json::{Map, Value};

use super::reply::Problem;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::i18n::Language;
use crate::input;

/// How the envelope of a request is named in diagnostics.
pub const RECORD: &str = "request";

/// Reads the JSON body of a request.
pub async fn read_json(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    timeout: Duration,
) -> Result<Value, Problem> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let media = content_type.split(';').next().unwrap_or("").trim();
    if !media.eq_ignore_ascii_case("application/json") {
        let got = if media.is_empty() {
            "no Content-Type".to_string()
        } else {
            format!("`{media}`")
        };
        return Err(Problem::of(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Code::HTTP_CONTENT_TYPE,
            format!("the body must be JSON with `Content-Type: application/json`; got {got}"),
        ));
    }
    let too_large = || {
        Problem::of(
            StatusCode::PAYLOAD_TOO_LARGE,
            Code::HTTP_TOO_LARGE,
            format!(
                "the body is larger than the {} this service takes (its --max-input)",
                input::show_size(limit as u64)
            ),
        )
    };
    // A declared length over the limit is refused before a byte is read.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let bytes = match tokio::time::timeout(timeout, axum::body::to_bytes(body, limit)).await {
        Err(_) => {
            return Err(Problem::of(
                StatusCode::REQUEST_TIMEOUT,
                Code::HTTP_TIMEOUT,
                format!("the body did not arrive within {} s", timeout.as_secs_f32()),
            ));
        }
        // The only error of a body within its limit is the limit itself, or a broken
        // connection (then nobody reads the answer).
        Ok(Err(_)) => return Err(too_large()),
        Ok(Ok(bytes)) => bytes,
    };
    let text = input::read_from(RECORD, &bytes[..], limit as u64)
        .map_err(|e| Problem::from(crate::Error::Input(e)))?;
    input::parse_json(RECORD, &text.text).map_err(|e| Problem::from(crate::Error::Input(e)))
}

/// The fields of a request object, read one by one; every mistake is kept, and unknown
/// fields are reported at the end.
pub struct Fields<'a> {
    object: &'a Map<String, Value>,
    known: Vec<&'static str>,
    pub problems: Diagnostics,
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Value) -> Result<Fields<'a>, Problem> {
        match value {
            Value::Object(object) => Ok(Fields {
                object,
                known: Vec::new(),
                problems: Diagnostics::new(),
            }),
            _ => Err(Diagnostics::from(
                Diagnostic::error(Code::DATA_TYPE, "expected a JSON object").at_record(RECORD, ""),
            )
            .into()),
        }
    }

    fn problem(&mut self, code: Code, name: &str, message: String) {
        self.problems
            .push(Diagnostic::error(code, message).at_record(RECORD, name));
    }

    /// The value of `name`, `None` when absent or null.
    pub fn value(&mut self, name: &'static str) -> Option<&'a Value> {
        self.known.push(name);
        self.object.get(name).filter(|v| !v.is_null())
    }

    /// A required value.
    pub fn required(&mut self, name: &'static str, what: &str) -> Option<&'a Value> {
        let v = self.value(name);
        if v.is_none() {
            self.problem(Code::DATA_MISSING, name, format!("missing: {what}"));
        }
        v
    }

    /// Text, if present.
    pub fn text(&mut self, name: &'static str) -> Option<&'a str> {
        let v = self.value(name)?;
        match v.as_str() {
            Some(s) => Some(s),
            None => {
                self.problem(Code::DATA_TYPE, name, format!("expected text, got {v}"));
                None
            }
        }
    }

    /// Required text.
    pub fn required_text(&mut self, name: &'static str, what: &str) -> Option<&'a str> {
        if self.object.get(name).is_none_or(Value::is_null) {
            self.known.push(name);
            self.problem(Code::DATA_MISSING, name, format!("missing: {what}"));
            return None;
        }
        self.text(name)
    }

    /// A language code (default `nl`).
    pub fn language(&mut self) -> Language {
        self.optional_language()
            .unwrap_or_else(|| Language::from_code("nl").expect("nl is a language"))
    }

    /// A language code, if given.
    pub fn optional_language(&mut self) -> Option<Language> {
        let code = self.text("language")?;
        match Language::from_code(code) {
            Ok(lang) => Some(lang),
            Err(e) => {
                self.problem(Code::LANGUAGE_UNKNOWN, "language", e.to_string());
                None
            }
        }
    }

    /// A layout, `"b1"` or `"easy-read"`, if given (else the template's own `style`).
    pub fn style(&mut self) -> Option<crate::house::Style> {
        let given = self.text("style")?;
        match given.parse() {
            Ok(style) => Some(style),
            Err(message) => {
                self.problem(Code::DATA_VALUE, "style", message);
                None
            }
        }
    }

    /// One of `choices` (default the first).
    pub fn choice<T: Copy>(&mut self, name: &'static str, choices: &[(&str, T)]) -> T {
        let Some(given) = self.text(name) else {
            return choices[0].1;
        };
        match choices.iter().find(|(n, _)| *n == given) {
            Some((_, v)) => *v,
            None => {
                let names: Vec<String> = choices.iter().map(|(n, _)| format!("\"{n}\"")).collect();
                self.problem(
                    Code::DATA_VALUE,
                    name,
                    format!("expected one of {}, got \"{given}\"", names.join(", ")),
                );
                choices[0].1
            }
        }
    }

    /// `true` or `false` (default `false`).
    pub fn flag(&mut self, name: &'static str) -> bool {
        let Some(v) = self.value(name) else {
            return false;
        };
        match v.as_bool() {
            Some(b) => b,
            None => {
                self.problem(
                    Code::DATA_TYPE,
                    name,
                    format!("expected true or false, got {v}"),
                );
                false
            }
        }
    }

    /// A positive whole number (default `default`).
    pub fn count(&mut self, name: &'static str, default: usize) -> usize {
        let Some(v) = self.value(name) else {
            return default;
        };
        match v.as_u64().filter(|n| *n >= 1) {
            Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
            None => {
                self.problem(
                    Code::DATA_TYPE,
                    name,
                    format!("expected a whole number from 1, got {v}"),
                );
                default
            }
        }
    }

    /// Every problem found, unknown fields included; `Ok` when there is none.
    pub fn finish(mut self) -> Result<(), Problem> {
        let unknown: Vec<&String> = self
            .object
            .keys()
            .filter(|k| !self.known.contains(&k.as_str()))
            .collect();
        for key in unknown {
            let mut d = Diagnostic::error(
                Code::DATA_UNKNOWN_FIELD,
                format!(
                    "unknown field `{key}`; expected one of {}",
                    self.known.join(", ")
                ),
            )
            .at_record(RECORD, key.clone());
            if let Some(close) = crate::diag::closest(key, self.known.iter().copied()) {
                d = d.with_suggestion(format!("did you mean `{close}`?"));
            }
            self.problems.push(d);
        }
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(self.problems.into())
        }
    }
}

//! What the service answers when something is wrong: JSON with the code of the first
//! problem and every problem as the CLI reports it (the same [`Diagnostics`]).
//!
//! `{"status": 422, "code": "data.type", "message": "...", "diagnostics": [...]}`

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::error::Error;

/// An error answer: an HTTP status and the diagnostics behind it.
#[derive(Debug, Clone)]
pub struct Problem {
    pub status: StatusCode,
    pub diagnostics: Diagnostics,
    /// Seconds to wait before trying again (`Retry-After`), for 503.
    pub retry_after: Option<u64>,
}

/// The JSON form of a [`Problem`] (documented in the OpenAPI document).
#[derive(Serialize, ToSchema)]
pub struct ProblemBody {
    /// The HTTP status, repeated for clients that only keep the body.
    pub status: u16,
    /// The stable code of the first problem (`data.type`, `template.unknown`, ...).
    pub code: String,
    /// The first problem in one line, for a log or a caseworker's screen.
    pub message: String,
    /// Every problem: `code`, `severity`, `message`, and `record` + `path` (a field of
    /// the data) or `file` + `line` + `column` (a template file), `suggestion`.
    #[schema(value_type = Vec<Object>)]
    pub diagnostics: serde_json::Value,
    /// How many problems were found past the ones listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted: Option<usize>,
}

impl Problem {
    pub fn new(status: StatusCode, diagnostic: Diagnostic) -> Problem {
        Problem {
            status,
            diagnostics: diagnostic.into(),
            retry_after: None,
        }
    }

    /// One problem with `code` and `message`.
    pub fn of(status: StatusCode, code: Code, message: impl Into<String>) -> Problem {
        Problem::new(status, Diagnostic::error(code, message))
    }

    /// The code of the first problem.
    pub fn code(&self) -> Code {
        self.diagnostics
            .iter()
            .next()
            .map_or(Code::INTERNAL_ERROR, |d| d.code)
    }

    fn body(&self) -> ProblemBody {
        let first = self.diagnostics.iter().next();
        let json = serde_json::to_value(&self.diagnostics).unwrap_or_default();
        ProblemBody {
            status: self.status.as_u16(),
            code: self.code().to_string(),
            message: first.map(ToString::to_string).unwrap_or_default(),
            omitted: json
                .get("omitted")
                .and_then(serde_json::Value::as_u64)
                .map(|n| n as usize),
            diagnostics: json.get("diagnostics").cloned().unwrap_or_default(),
        }
    }
}

/// The status a library error is answered with: the caller's mistake (4xx) when the
/// request can be fixed by the caller, else the service's (500).
pub fn status_of(code: Code) -> StatusCode {
    let name = code.as_str();
    if code == Code::INPUT_TOO_LARGE || code == Code::HTTP_TOO_LARGE {
        StatusCode::PAYLOAD_TOO_LARGE
    } else if code == Code::TEMPLATE_UNKNOWN {
        StatusCode::NOT_FOUND
    } else if name.starts_with("json.") || name.starts_with("input.") {
        StatusCode::BAD_REQUEST
    } else if name.starts_with("data.")
        || name.starts_with("csv.")
        || [
            Code::REQUEST_INVALID,
            Code::TEMPLATE_LANGUAGE,
            Code::LANGUAGE_UNKNOWN,
            Code::LETTER_DATE,
            // Text in the data that no font of the letter can show.
            Code::FONT_MISSING_GLYPHS,
        ]
        .contains(&code)
    {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::INTERNAL_SERVER_ERROR
    }
}

impl From<Error> for Problem {
    fn from(e: Error) -> Problem {
        let diagnostics = e.diagnostics();
        let code = diagnostics
            .iter()
            .next()
            .map_or(Code::INTERNAL_ERROR, |d| d.code);
        Problem {
            status: status_of(code),
            diagnostics,
            retry_after: None,
        }
    }
}

impl From<Diagnostics> for Problem {
    fn from(diagnostics: Diagnostics) -> Problem {
        Problem::from(Error::Data(diagnostics))
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.body()).unwrap_or_default();
        let mut response = (self.status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"helder\""),
            );
        }
        response.extensions_mut().insert(self.code());
        response
    }
}

/// A JSON answer with status 200.
pub fn json(value: &impl Serialize) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caller_s_mistakes_are_4xx_the_project_s_are_500() {
        assert_eq!(status_of(Code::DATA_TYPE), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(status_of(Code::JSON_SYNTAX), StatusCode::BAD_REQUEST);
        assert_eq!(status_of(Code::TEMPLATE_UNKNOWN), StatusCode::NOT_FOUND);
        assert_eq!(
            status_of(Code::INPUT_TOO_LARGE),
            StatusCode::PAYLOAD_TOO_LARGE
        );
        assert_eq!(
            status_of(Code::TEMPLATE_SYNTAX),
            StatusCode::INTERNAL_SERVER_ERROR
        );
        assert_eq!(
            status_of(Code::TYPST_COMPILE),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn the_body_names_the_first_code_and_every_diagnostic() {
        let mut all = Diagnostics::new();
        all.push(
            Diagnostic::error(Code::DATA_TYPE, "expected money")
                .at_record("data", "decision.amount"),
        );
        all.push(Diagnostic::error(Code::DATA_MISSING, "missing").at_record("data", "letter.date"));
        let body = serde_json::to_value(Problem::from(all).body()).unwrap();
        assert_eq!(body["status"], 422);
        assert_eq!(body["code"], "data.type");
        assert_eq!(body["diagnostics"][1]["path"], "letter.date");
        assert_eq!(body["message"], "data: decision.amount: expected money");
    }
}

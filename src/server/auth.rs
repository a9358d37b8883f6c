//! API keys: read from a file (one key a line, `#` comments) or the environment
//! (`HELDER_API_KEYS`, separated by commas or white space). A request gives its key as
//! `Authorization: Bearer <key>` or `X-Api-Key: <key>`.

use std::path::Path;

use axum::http::{HeaderMap, StatusCode, header};

use super::reply::Problem;
use crate::diag::Code;
use crate::error::Error;

/// The shortest key accepted: a key a person can guess protects nothing.
pub const MIN_KEY_LENGTH: usize = 16;

/// The keys the service accepts; empty means none is asked for.
#[derive(Clone, Default)]
pub struct Keys(Vec<String>);

impl Keys {
    /// The keys in `text` (a key file's contents or the variable's value): one per line
    /// or separated by commas or white space; `#` starts a comment.
    pub fn parse(name: &str, text: &str) -> Result<Keys, Error> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("");
            for key in line.split(|c: char| c == ',' || c.is_whitespace()) {
                if key.is_empty() {
                    continue;
                }
                if key.chars().count() < MIN_KEY_LENGTH || !key.is_ascii() {
                    return Err(Error::Unsupported(format!(
                        "{name}:{}: an API key must be at least {MIN_KEY_LENGTH} ASCII characters \
                         (make one with `head -c 24 /dev/urandom | base64`)",
                        n + 1
                    )));
                }
                keys.push(key.to_owned());
            }
        }
        Ok(Keys(keys))
    }

    /// The keys of the file `path` and of the variable `env` (its value), together.
    pub fn load(path: Option<&Path>, env: Option<&str>) -> Result<Keys, Error> {
        let mut keys = match env {
            Some(value) => Keys::parse("HELDER_API_KEYS", value)?,
            None => Keys::default(),
        };
        if let Some(path) = path {
            let input = crate::input::read(
                &crate::input::Source::File(path.to_path_buf()),
                crate::input::DEFAULT_MAX_BYTES,
            )?;
            keys.0.extend(Keys::parse(&input.name, &input.text)?.0);
        }
        Ok(keys)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when no key is asked for or the request gives a known one.
    pub fn check(&self, headers: &HeaderMap) -> Result<(), Problem> {
        if self.0.is_empty() {
            return Ok(());
        }
        let bearer = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let given = bearer.or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()));
        let Some(given) = given else {
            return Err(Problem::of(
                StatusCode::UNAUTHORIZED,
                Code::AUTH_MISSING,
                "this service needs an API key: send `Authorization: Bearer <key>` or `X-Api-Key: <key>`",
            ));
        };
        // Every key is compared in full, whatever matches, so the time taken does not
        // tell how much of a key was right.
        let known = self.0.iter().fold(false, |found, key| {
            found | same(key.as_bytes(), given.trim().as_bytes())
        });
        if known {
            Ok(())
        } else {
            Err(Problem::of(
                StatusCode::UNAUTHORIZED,
                Code::AUTH_INVALID,
                "the API key is not one this service knows",
            ))
        }
    }
}

/// Byte-wise equality in time that depends only on the lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for (i, x) in a.iter().enumerate() {
        diff |= x ^ b.get(i).copied().unwrap_or(!x);
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    const KEY: &str = "0123456789abcdef-key";

    fn headers(name: &'static str, value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn keys_come_one_a_line_or_comma_separated_with_comments() {
        let keys = Keys::parse(
            "keys",
            &format!("# case system\n{KEY}\n\n{KEY}2, {KEY}3 # test\n"),
        )
        .unwrap();
        assert_eq!(keys.0.len(), 3);
        let err = Keys::parse("keys", "short").err().unwrap().to_string();
        assert!(
            err.contains("keys:1: an API key must be at least 16"),
            "{err}"
        );
    }

    #[test]
    fn a_request_needs_a_known_key_when_keys_are_set() {
        let keys = Keys::parse("keys", KEY).unwrap();
        assert!(
            keys.check(&headers("authorization", &format!("Bearer {KEY}")))
                .is_ok()
        );
        assert!(keys.check(&headers("x-api-key", KEY)).is_ok());
        assert_eq!(
            keys.check(&HeaderMap::new()).unwrap_err().code(),
            Code::AUTH_MISSING
        );
        let wrong = keys
            .check(&headers("x-api-key", "0123456789abcdef-kex"))
            .unwrap_err();
        assert_eq!(
            (wrong.status, wrong.code()),
            (StatusCode::UNAUTHORIZED, Code::AUTH_INVALID)
        );
        assert!(keys.check(&headers("x-api-key", &KEY[..10])).is_err());
        assert!(Keys::default().check(&HeaderMap::new()).is_ok());
    }
}

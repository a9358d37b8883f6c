//! The Tera function `t()` and the filters of letter.md. Each holds what it needs (as
//! zola's `Trans` holds its config): `t()` an `Arc` of the Fluent messages. The letter's
//! language comes from the render context (`lang`), so one compiled template serves every
//! language and thread at once, with no state kept between renders.

use std::sync::Arc;

use tera::{Kwargs, State, Tera, TeraResult, Value};
use time::Date;

use super::escape::escape_argument;
use super::lines::{FluentProblem, MESSAGE_ID_ARG, mark_message, without_markers};
use crate::diag::close_matches;
use crate::i18n::{Arg, I18nError, Language, Locales, Profile};

/// The context variable that holds the letter's language code.
pub(super) const LANG: &str = "lang";

/// Registers `t()` and the filters. Call before adding templates: Tera checks at compile
/// time that every function and filter used exists.
pub(super) fn register(tera: &mut Tera, locales: Arc<Locales>) {
    // The filters format with the profile of the letter's language.
    let shared = Arc::clone(&locales);
    tera.register_filter(
        "money",
        move |value: &Value, kwargs: Kwargs, state: &State| money(&shared, value, kwargs, state),
    );
    let shared = Arc::clone(&locales);
    tera.register_filter(
        "date",
        move |value: &Value, kwargs: Kwargs, state: &State| date(&shared, value, kwargs, state),
    );
    let shared = Arc::clone(&locales);
    tera.register_filter(
        "number",
        move |value: &Value, kwargs: Kwargs, state: &State| number(&shared, value, kwargs, state),
    );
    let shared = Arc::clone(&locales);
    tera.register_filter(
        "month",
        move |value: &Value, kwargs: Kwargs, state: &State| month(&shared, value, kwargs, state),
    );
    let shared = Arc::clone(&locales);
    tera.register_filter(
        "time",
        move |value: &Value, kwargs: Kwargs, state: &State| time(&shared, value, kwargs, state),
    );
    tera.register_filter("address", address);
    tera.register_function("t", Message { locales });
}

/// The letter's language, from the render context.
fn language(state: &State) -> TeraResult<Language> {
    let code: Option<String> = state.get(LANG)?;
    let code =
        code.ok_or_else(|| tera::Error::message("only available while rendering a letter"))?;
    Language::from_code(&code).map_err(|e| tera::Error::message(e.to_string()))
}

/// The profile of the letter's language, which formats its money, dates and numbers.
fn profile<'l>(locales: &'l Locales, state: &State) -> TeraResult<&'l Profile> {
    let lang = language(state)?;
    locales
        .profile(lang)
        .map_err(|e| tera::Error::message(e.to_string()))
}

/// A value formatted by the letter's profile, isolated in a right-to-left letter
/// ([`Profile::isolate`]) so an amount or a date keeps its order in the sentence.
fn formatted(
    locales: &Locales,
    state: &State,
    format: impl FnOnce(&Profile) -> String,
) -> TeraResult<Value> {
    let profile = profile(locales, state)?;
    Ok(Value::from(profile.isolate(format(profile))))
}

/// `t("id", name=value, ..)`: the Fluent message in the letter's language. Its text is
/// trusted Markdown; the arguments are data and are escaped before they go in. The text
/// comes back wrapped in message markers, so the checker can trace it to its `.ftl` line.
struct Message {
    locales: Arc<Locales>,
}

impl tera::Function<TeraResult<Value>> for Message {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
        let id = match kwargs.get::<&Value>(MESSAGE_ID_ARG)? {
            Some(v) => v.as_str().map(str::to_owned).ok_or_else(|| {
                tera::Error::message(format!(
                    "t(): the message id must be a string, got {}",
                    describe(v)
                ))
            })?,
            None => {
                return Err(tera::Error::message(
                    "t() needs a message id first: t(\"message-id\", name=value)",
                ));
            }
        };
        let mut names: Vec<String> = Vec::new();
        let mut values: Vec<Arg> = Vec::new();
        for (key, value) in kwargs.iter() {
            let Some(name) = key.as_str() else { continue };
            if name == MESSAGE_ID_ARG {
                continue;
            }
            values.push(message_arg(&id, name, value)?);
            names.push(name.to_owned());
        }
        let args: Vec<(&str, Arg)> = names.iter().map(String::as_str).zip(values).collect();
        let lang = language(state)?;
        let text = self
            .locales
            .message(lang, &id, &args)
            .map_err(|e| fluent_error(&self.locales, lang, &id, &names, e))?;
        Ok(Value::safe_string(&mark_message(&id, &text)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// A Fluent problem as the author fixes it: a missing message with the nearest ids of
/// its language, a message that cannot be formatted at its `.ftl` line with the
/// variables this call passed.
fn fluent_error(
    locales: &Locales,
    lang: Language,
    id: &str,
    passed: &[String],
    error: I18nError,
) -> tera::Error {
    let code = lang.code();
    let problem = match error {
        I18nError::MissingMessage { .. } => FluentProblem {
            missing: true,
            ftl: None,
            message: format!("message `{id}` is not in {code} (locales/{code}/*.ftl)"),
            suggestion: close_matches(id, locales.message_ids(lang))
                .first()
                .map(|near| format!("did you mean `{near}`?")),
        },
        I18nError::Message { problem, .. } => {
            let passed = if passed.is_empty() {
                "nothing".to_owned()
            } else {
                passed
                    .iter()
                    .map(|n| format!("`${n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            FluentProblem {
                missing: false,
                ftl: locales
                    .source_of(lang, id)
                    .map(|(path, line)| (path.display().to_string(), line)),
                message: format!(
                    "message `{id}` in {code} cannot be formatted: {problem}; the t() call \
                     passed {passed}"
                ),
                suggestion: None,
            }
        }
        other => return tera::Error::message(format!("t(\"{id}\"): {other}")),
    };
    tera::Error::message(problem.encode())
}

fn message_arg(id: &str, name: &str, value: &Value) -> TeraResult<Arg> {
    if let Some(s) = value.as_str() {
        // Fluent isolates every argument itself: a filter's isolate would be a second.
        let s = crate::i18n::unisolated(s);
        // A safe string is Markdown already (another message): do not escape it twice;
        // its markers go, the outer message is where its words end up.
        return Ok(Arg::Text(if value.is_safe() {
            without_markers(s)
        } else {
            escape_argument(&without_markers(s))
        }));
    }
    if let Some(b) = value.as_bool() {
        // For selectors: `{ $partner -> [true] .. *[false] .. }`.
        return Ok(Arg::Text(b.to_string()));
    }
    if let Some(n) = value.as_i64() {
        return Ok(Arg::Number(n as f64));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Arg::Number(n));
    }
    if value.is_undefined() || value.is_none() {
        return Err(tera::Error::message(format!(
            "t(\"{id}\"): argument `{name}` has no value; if the field is optional, use it inside {{% if .. %}}"
        )));
    }
    Err(tera::Error::message(format!(
        "t(\"{id}\"): argument `{name}` must be text or a number, got {}",
        describe(value)
    )))
}

/// A value as an error shows it: `"12,50" (text)`.
fn describe(value: &Value) -> String {
    let kind = match value.kind() {
        tera::value::ValueKind::Undefined => return "nothing (undefined)".to_owned(),
        tera::value::ValueKind::None => return "nothing (null)".to_owned(),
        tera::value::ValueKind::Bool => "yes/no",
        tera::value::ValueKind::String => "text",
        tera::value::ValueKind::F64 => "decimal number",
        tera::value::ValueKind::Array => "list",
        tera::value::ValueKind::Map => "record",
        tera::value::ValueKind::Bytes => "bytes",
        _ => "whole number",
    };
    let shown = match value.as_str() {
        Some(s) => format!("{s:?}"),
        None => value.to_string(),
    };
    let shown: String = if shown.chars().count() > 60 {
        shown.chars().take(57).chain("...".chars()).collect()
    } else {
        shown
    };
    format!("`{shown}` ({kind})")
}

fn filter_error(filter: &str, expected: &str, value: &Value) -> tera::Error {
    tera::Error::message(format!(
        "filter `{filter}` expects {expected}, got {}",
        describe(value)
    ))
}

/// `amount | money`: integer cents → `€ 1.234,50` in the letter's language.
fn money(locales: &Locales, value: &Value, _: Kwargs, state: &State) -> TeraResult<Value> {
    let cents = value.as_i64().ok_or_else(|| {
        filter_error(
            "money",
            "an amount in whole cents (123450 for € 1.234,50)",
            value,
        )
    })?;
    formatted(locales, state, |p| p.format_money(cents))
}

fn parse_date(filter: &str, value: &Value) -> TeraResult<Date> {
    let expected = "a date written YYYY-MM-DD";
    let text = value
        .as_str()
        .ok_or_else(|| filter_error(filter, expected, value))?;
    crate::data::parse_date(text).map_err(|_| filter_error(filter, expected, value))
}

/// `some_date | date`: `2026-12-01` → `1 december 2026`.
fn date(locales: &Locales, value: &Value, _: Kwargs, state: &State) -> TeraResult<Value> {
    let date = parse_date("date", value)?;
    formatted(locales, state, |p| p.format_date(date))
}

/// `some_date | month`: `2027-01-01` → `januari 2027`.
fn month(locales: &Locales, value: &Value, _: Kwargs, state: &State) -> TeraResult<Value> {
    let date = parse_date("month", value)?;
    formatted(locales, state, |p| p.format_month(date))
}

/// `some_time | time`: `14:00` → `14.00` (nl), `2:00 pm` (en).
fn time(locales: &Locales, value: &Value, _: Kwargs, state: &State) -> TeraResult<Value> {
    let expected = "a time written HH:MM";
    let text = value
        .as_str()
        .ok_or_else(|| filter_error("time", expected, value))?;
    let time = crate::data::parse_time(text).map_err(|_| filter_error("time", expected, value))?;
    formatted(locales, state, |p| p.format_time(time))
}

/// `some_address | address`: an `address` field as part of a sentence,
/// `Stadhuisplein 1 B, 1011 AB Helderstad`: the suffix is never forgotten.
fn address(value: &Value, _: Kwargs, _: &State) -> TeraResult<Value> {
    let expected = "an address (street, number, suffix, postcode, city)";
    let json = serde_json::to_value(value).map_err(|_| filter_error("address", expected, value))?;
    let address = crate::data::Address::from_value(&json)
        .ok_or_else(|| filter_error("address", expected, value))?;
    Ok(Value::from(address.in_sentence()))
}

/// `n | number`: a whole or decimal number → `1.234,5` in the letter's language. Decimal
/// text (`"1234.50"`) keeps its digits exactly; a decimal number from JSON is taken in its
/// shortest form.
fn number(locales: &Locales, value: &Value, _: Kwargs, state: &State) -> TeraResult<Value> {
    let expected = "a number (1234 or 1234.5)";
    let (mantissa, scale) = if let Some(n) = value.as_i64() {
        (n, 0)
    } else if let Some(text) = value.as_str() {
        parse_decimal(text).ok_or_else(|| filter_error("number", expected, value))?
    } else if let Some(f) = value.as_f64().filter(|f| f.is_finite()) {
        // `{:?}` gives the shortest form that reads back as the same f64.
        parse_decimal(&format!("{f:?}")).ok_or_else(|| filter_error("number", expected, value))?
    } else {
        return Err(filter_error("number", expected, value));
    };
    formatted(locales, state, |p| p.format_decimal(mantissa, scale))
}

/// `-1234.50` → (-123450, 2). Plain decimal notation only.
fn parse_decimal(text: &str) -> Option<(i64, u8)> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || (digits.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let scale = u8::try_from(fraction.len()).ok()?;
    let mut mantissa: i64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Some((if negative { -mantissa } else { mantissa }, scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_parse_exactly() {
        assert_eq!(parse_decimal("1234.5"), Some((12345, 1)));
        assert_eq!(parse_decimal("-0.05"), Some((-5, 2)));
        assert_eq!(parse_decimal("1234.50"), Some((123450, 2)));
        assert_eq!(parse_decimal("7"), Some((7, 0)));
        for bad in [
            "",
            "-",
            ".5",
            "5.",
            "1,5",
            "1e3",
            "12a",
            "1.2.3",
            "99999999999999999999",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn values_are_described_for_errors() {
        assert_eq!(describe(&Value::from("12,50")), "`\"12,50\"` (text)");
        assert_eq!(describe(&Value::from(12.5)), "`12.5` (decimal number)");
        assert_eq!(describe(&Value::from(3)), "`3` (whole number)");
        assert_eq!(describe(&Value::none()), "nothing (null)");
    }

    #[test]
    fn filters_outside_a_render_are_errors_not_panics() {
        let context = tera::Context::new();
        let err = language(&State::new(&context)).unwrap_err();
        assert!(err.to_string().contains("only available while rendering"));
    }
}

//! Validating one record against a schema, collecting every problem as a [`Diagnostic`]
//! at its JSON path. Every value is checked against its bounds, and sizes before
//! contents, so a huge value costs no more than looking at its length.

use serde_json::{Map, Value};
use time::Date;

use super::address::normalise_postcode;
use super::date::{self, Offset, iso, parse_time};
use super::iban::normalise_iban;
use super::text::{clean_text, show, show_name};
use super::{Condition, Field, FieldType, euros, list_size};
use crate::diag::{Code, Diagnostic, Diagnostics, closest};

/// Longer than this is no postcode, whatever its spacing; refused before it is read.
const MAX_POSTCODE_INPUT: usize = 32;

/// Validates `data` against `fields`; returns it cleaned, with the letter date parsed
/// (once, here) when the fields hold the envelope.
pub(super) fn validate(
    fields: &[Field],
    record: &str,
    data: &Value,
) -> Result<(Value, Option<Date>), Diagnostics> {
    let mut v = Validator {
        record,
        problems: Diagnostics::new(),
        letter_date: letter_date(fields, data),
    };
    let members: Vec<Member> = fields.iter().map(Member::from_field).collect();
    let cleaned = v.object(&members, "", data, || {
        FieldType::Record {
            fields: fields.to_vec(),
        }
        .expected()
    });
    // `object` returns a value whenever it reported no problem.
    let letter_date = v.letter_date;
    v.problems
        .into_result((cleaned.unwrap_or(Value::Null), letter_date))
}

/// The record's letter date (`letter.date` of the envelope), which date bounds count
/// from. `None` when the schema has no envelope or the date is missing or invalid: then
/// the relative bounds are not checked and only the letter date itself is reported.
fn letter_date(fields: &[Field], data: &Value) -> Option<Date> {
    let letter = fields.iter().find(|f| f.name == "letter")?;
    let FieldType::Record { fields } = &letter.ty else {
        return None;
    };
    let is_date = |f: &Field| f.name == "date" && matches!(f.ty, FieldType::Date { .. });
    if !fields.iter().any(is_date) {
        return None;
    }
    date::parse(data.get("letter")?.get("date")?.as_str()?).ok()
}

/// What one member of an object must be: a schema type, or one of the fixed parts of
/// the built-in person and address types.
#[derive(Clone, Copy)]
enum Check<'a> {
    Type(&'a FieldType),
    Salutation,
    HouseNumber,
    Postcode,
}

impl Check<'_> {
    fn expected(&self) -> String {
        match self {
            Check::Type(ty) => ty.expected(),
            Check::Salutation => "\"heer\" or \"mevrouw\"".into(),
            Check::HouseNumber => format!(
                "a house number (an integer from {} to {})",
                FieldType::HOUSE_NUMBERS.start(),
                FieldType::HOUSE_NUMBERS.end()
            ),
            Check::Postcode => "a Dutch postcode like \"1234 AB\"".into(),
        }
    }
}

#[derive(Clone, Copy)]
struct Member<'a> {
    name: &'a str,
    optional: bool,
    description: &'a str,
    check: Check<'a>,
    /// The choice beside it that requires it (then `optional` is true otherwise).
    required_when: Option<&'a Condition>,
}

impl<'a> Member<'a> {
    fn from_field(f: &'a Field) -> Member<'a> {
        Member {
            name: &f.name,
            optional: f.optional,
            description: &f.description,
            check: Check::Type(&f.ty),
            required_when: f.required_when.as_ref(),
        }
    }

    const fn fixed(name: &'a str, optional: bool, check: Check<'a>) -> Member<'a> {
        Member {
            name,
            optional,
            description: "",
            check,
            required_when: None,
        }
    }
}

const PERSON: [Member<'static>; 2] = [
    Member::fixed(
        "name",
        false,
        Check::Type(&FieldType::Text {
            max_length: FieldType::NAME_MAX_LENGTH,
        }),
    ),
    Member::fixed("salutation", true, Check::Salutation),
];

const ADDRESS: [Member<'static>; 5] = [
    Member::fixed(
        "street",
        false,
        Check::Type(&FieldType::Text {
            max_length: FieldType::STREET_MAX_LENGTH,
        }),
    ),
    Member::fixed("number", false, Check::HouseNumber),
    Member::fixed(
        "suffix",
        true,
        Check::Type(&FieldType::Text {
            max_length: FieldType::SUFFIX_MAX_LENGTH,
        }),
    ),
    Member::fixed("postcode", false, Check::Postcode),
    Member::fixed(
        "city",
        false,
        Check::Type(&FieldType::Text {
            max_length: FieldType::CITY_MAX_LENGTH,
        }),
    ),
];

/// What the choice of `condition` is in `map`, and whether it requires the field:
/// `` (`form` "gift", false) ``. `None` when the choice has a value that is not one of
/// its own (reported at the choice, so not again here).
fn chosen(
    condition: &Condition,
    members: &[Member],
    map: &Map<String, Value>,
) -> Option<(String, bool)> {
    let choice = members.iter().find(|m| m.name == condition.field)?;
    let Check::Type(FieldType::Enum { values }) = choice.check else {
        return None;
    };
    match map.get(&condition.field) {
        None | Some(Value::Null) => Some((format!("no `{}`", condition.field), false)),
        Some(Value::String(v)) if values.contains(v) => Some((
            format!("`{}` \"{v}\"", condition.field),
            condition.values.contains(v),
        )),
        Some(_) => None,
    }
}

struct Validator<'r> {
    /// Names the record in every diagnostic.
    record: &'r str,
    /// Keeps the first problems and counts the rest: a list of a million bad items must
    /// not become a million-line error.
    problems: Diagnostics,
    letter_date: Option<Date>,
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// `1 character`, `200 characters`.
fn characters(n: usize) -> String {
    format!("{n} character{}", if n == 1 { "" } else { "s" })
}

impl Validator<'_> {
    /// Reports a problem at `path` and returns `None`.
    fn report(&mut self, code: Code, path: &str, message: String) -> Option<Value> {
        self.report_with(code, path, message, None)
    }

    fn report_with(
        &mut self,
        code: Code,
        path: &str,
        message: String,
        suggestion: Option<String>,
    ) -> Option<Value> {
        let mut d = Diagnostic::error(code, message).at_record(self.record, path);
        d.suggestion = suggestion;
        self.problems.push(d);
        None
    }

    /// How many problems were found so far, kept or not.
    fn found(&self) -> usize {
        self.problems.len() + self.problems.omitted()
    }

    /// Reports `expected X, got Y` for a value of the wrong JSON type.
    fn mismatch(&mut self, path: &str, expected: &str, got: &Value) -> Option<Value> {
        self.unexpected(Code::DATA_TYPE, path, expected, got)
    }

    /// Reports `expected X, got Y` with `code`: [`Code::DATA_VALUE`] for a value of the
    /// right type that is out of bounds.
    fn unexpected(&mut self, code: Code, path: &str, expected: &str, got: &Value) -> Option<Value> {
        self.report(
            code,
            path,
            format!("expected {expected}, got {}", show(got)),
        )
    }

    /// Validates an object with the given members. `expected` describes it for the
    /// message when `value` is not an object at all. Returns the cleaned object (members
    /// in schema order, `null` optionals left out) if it had no problem.
    fn object(
        &mut self,
        members: &[Member],
        path: &str,
        value: &Value,
        expected: impl FnOnce() -> String,
    ) -> Option<Value> {
        let Value::Object(map) = value else {
            return self.mismatch(path, &expected(), value);
        };
        let before = self.found();
        let mut out = Map::new();
        for m in members {
            let path = join(path, m.name);
            // A field a choice requires: required when the choice is made, refused when
            // another is (`None`: the choice itself is wrong, and reported).
            let chosen = m.required_when.and_then(|c| chosen(c, members, map));
            let required = !m.optional || chosen.as_ref().is_some_and(|(_, yes)| *yes);
            match map.get(m.name) {
                None | Some(Value::Null) if !required => {}
                None | Some(Value::Null) => {
                    let described = if m.description.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", m.description)
                    };
                    let got_null = if map.contains_key(m.name) {
                        ", got null"
                    } else {
                        ""
                    };
                    let (what, when) = match m.required_when {
                        Some(c) if m.optional => {
                            ("field", format!(", required when {}", c.describe()))
                        }
                        _ => ("required field", String::new()),
                    };
                    self.report(
                        Code::DATA_MISSING,
                        &path,
                        format!(
                            "missing {what} `{}`{described}{when}: expected {}{got_null}",
                            m.name,
                            m.check.expected()
                        ),
                    );
                }
                Some(_) if matches!(chosen, Some((_, false))) => {
                    let (c, given) = (m.required_when.expect("chosen"), chosen.expect("chosen").0);
                    self.report_with(
                        Code::DATA_INCONSISTENT,
                        &path,
                        format!(
                            "`{}` belongs only to a letter where {}, got {given}",
                            m.name,
                            c.describe()
                        ),
                        Some(format!("leave `{}` out, or check `{}`", m.name, c.field)),
                    );
                }
                Some(v) => match self.check(m.check, m.optional, &path, v) {
                    // Optional text that is empty once cleaned means "no value": left out
                    // like null, so defaults apply (`letter.phone` falls back to the house
                    // number) and templates test one thing.
                    Some(Value::String(s)) if m.optional && s.is_empty() => {}
                    Some(clean) => {
                        out.insert(m.name.to_string(), clean);
                    }
                    None => {}
                },
            }
        }
        // Unknown fields after the known ones: "missing `amount`" reads before "unknown `amout`".
        for key in map.keys() {
            if members.iter().any(|m| m.name == key) {
                continue;
            }
            let names = members.iter().map(|m| m.name);
            let suggestion = closest(key, names.clone()).map(|n| format!("did you mean `{n}`?"));
            let expected: Vec<&str> = names.collect();
            // The key is received text: escape it in the path as in the message.
            let shown = show_name(key);
            self.report_with(
                Code::DATA_UNKNOWN_FIELD,
                &join(path, &shown[1..shown.len() - 1]),
                format!(
                    "unknown field {shown}; expected one of {}",
                    expected.join(", ")
                ),
                suggestion,
            );
        }
        (self.found() == before).then_some(Value::Object(out))
    }

    fn check(&mut self, check: Check, optional: bool, path: &str, value: &Value) -> Option<Value> {
        match check {
            Check::Type(ty) => self.value(ty, optional, path, value),
            Check::Salutation => match value {
                Value::String(s) if s == "heer" || s == "mevrouw" => Some(value.clone()),
                Value::String(_) => self.unexpected(
                    Code::DATA_VALUE,
                    path,
                    "\"heer\" or \"mevrouw\" (or leave it out)",
                    value,
                ),
                _ => self.mismatch(path, "\"heer\" or \"mevrouw\" (or leave it out)", value),
            },
            Check::HouseNumber => match value.as_i64() {
                Some(n) if FieldType::HOUSE_NUMBERS.contains(&n) => Some(Value::from(n)),
                _ if value.is_u64() || value.is_i64() => {
                    self.unexpected(Code::DATA_VALUE, path, &check.expected(), value)
                }
                _ => self.mismatch(path, &check.expected(), value),
            },
            Check::Postcode => match value {
                Value::String(s) if s.len() > MAX_POSTCODE_INPUT => {
                    self.unexpected(Code::DATA_VALUE, path, &check.expected(), value)
                }
                Value::String(s) => match normalise_postcode(s) {
                    Ok(p) => Some(Value::String(p)),
                    Err(message) => self.report(Code::DATA_VALUE, path, message),
                },
                _ => self.mismatch(path, &check.expected(), value),
            },
        }
    }

    fn value(
        &mut self,
        ty: &FieldType,
        optional: bool,
        path: &str,
        value: &Value,
    ) -> Option<Value> {
        match ty {
            FieldType::Text { max_length } => {
                let Value::String(s) = value else {
                    return self.mismatch(path, &ty.expected(), value);
                };
                // Bytes first: no more bytes than the limit is never too many characters,
                // and a 10 MB value is counted once, never cleaned or copied.
                if s.len() > *max_length {
                    let n = s.chars().count();
                    if n > *max_length {
                        return self.report(
                            Code::DATA_VALUE,
                            path,
                            format!(
                                "expected text of at most {}, got {}",
                                characters(*max_length),
                                characters(n)
                            ),
                        );
                    }
                }
                match clean_text(s) {
                    Ok(clean) if clean.is_empty() && !optional => self.report(
                        Code::DATA_VALUE,
                        path,
                        format!("expected text, got {} (empty)", show(value)),
                    ),
                    Ok(clean) => Some(Value::String(clean)),
                    Err(message) => self.report(Code::DATA_VALUE, path, message),
                }
            }
            FieldType::Integer { .. } | FieldType::Money { .. } | FieldType::Term { .. } => {
                self.whole_number(ty, path, value)
            }
            FieldType::Date { earliest, latest } => {
                self.date(ty, "a date", *earliest, *latest, path, value)
            }
            FieldType::Birthdate => self.date(
                ty,
                "a birth date",
                Some(FieldType::BIRTHDATE_EARLIEST),
                Some(FieldType::BIRTHDATE_LATEST),
                path,
                value,
            ),
            FieldType::Iban => match value {
                Value::String(s) => match normalise_iban(s) {
                    Ok(print) => Some(Value::String(print)),
                    Err(message) => self.report(Code::DATA_VALUE, path, message),
                },
                _ => self.mismatch(path, &ty.expected(), value),
            },
            FieldType::Time => match value {
                Value::String(s) => match parse_time(s) {
                    Ok(t) => Some(Value::String(format!("{:02}:{:02}", t.hour(), t.minute()))),
                    Err(why) => self.report(
                        if why.is_empty() {
                            Code::DATA_TYPE
                        } else {
                            Code::DATA_VALUE
                        },
                        path,
                        format!("expected {}, got {}{why}", ty.expected(), show(value)),
                    ),
                },
                _ => self.mismatch(path, &ty.expected(), value),
            },
            FieldType::Boolean => match value {
                Value::Bool(_) => Some(value.clone()),
                _ => self.mismatch(path, &ty.expected(), value),
            },
            FieldType::Enum { values } => match value.as_str() {
                Some(s) if values.iter().any(|v| v == s) => Some(value.clone()),
                Some(s) => {
                    let suggestion = closest(s, values.iter().map(String::as_str))
                        .map(|v| format!("did you mean \"{v}\"?"));
                    self.report_with(
                        Code::DATA_VALUE,
                        path,
                        format!("expected {}, got {}", ty.expected(), show(value)),
                        suggestion,
                    )
                }
                None => self.mismatch(path, &ty.expected(), value),
            },
            FieldType::Record { fields } => {
                let members: Vec<Member> = fields.iter().map(Member::from_field).collect();
                self.object(&members, path, value, || ty.expected())
            }
            FieldType::List {
                of,
                min_items,
                max_items,
            } => {
                let Value::Array(items) = value else {
                    return self.mismatch(path, &ty.expected(), value);
                };
                // The length before the items: 100,000 items are one problem, not 100,000.
                if !(*min_items..=*max_items).contains(&items.len()) {
                    return self.unexpected(
                        Code::DATA_VALUE,
                        path,
                        &list_size(*min_items, *max_items),
                        value,
                    );
                }
                let mut out = Vec::with_capacity(items.len());
                let mut ok = true;
                for (i, item) in items.iter().enumerate() {
                    // Items are never optional: a null item is a mistake, not an absence.
                    match self.value(of, false, &format!("{path}[{i}]"), item) {
                        Some(clean) => out.push(clean),
                        None => ok = false,
                    }
                }
                ok.then_some(Value::Array(out))
            }
            FieldType::Person => self.object(&PERSON, path, value, || ty.expected()),
            FieldType::Address => self.object(&ADDRESS, path, value, || ty.expected()),
        }
    }

    /// Integers, money and terms: a JSON integer within the type's bounds.
    fn whole_number(&mut self, ty: &FieldType, path: &str, value: &Value) -> Option<Value> {
        let (min, max, money) = match *ty {
            FieldType::Integer { min, max } => (min, max, false),
            FieldType::Money { min, max } => (Some(min), Some(max), true),
            FieldType::Term { min, max } => (Some(min), Some(max), false),
            _ => (None, None, false),
        };
        let expected = || ty.expected();
        match value {
            Value::Number(n) => match n.as_i64() {
                Some(i) if min.is_none_or(|m| i >= m) && max.is_none_or(|m| i <= m) => {
                    Some(Value::from(i))
                }
                Some(i) => {
                    let amount = if money {
                        format!(" ({})", euros(i))
                    } else {
                        String::new()
                    };
                    self.report(
                        Code::DATA_VALUE,
                        path,
                        format!("expected {}, got {i}{amount}", expected()),
                    )
                }
                None if n.is_u64() => self.report(
                    Code::DATA_VALUE,
                    path,
                    format!("expected {}, got {n} (too large)", expected()),
                ),
                // A fraction: not an integer at all.
                None => {
                    let suggestion = if money {
                        cents_hint(&n.to_string())
                    } else {
                        None
                    };
                    self.report_with(
                        Code::DATA_TYPE,
                        path,
                        format!("expected {}, got {n}", expected()),
                        suggestion,
                    )
                }
            },
            Value::String(s) if money => self.report_with(
                Code::DATA_TYPE,
                path,
                format!("expected {}, got {}", expected(), show(value)),
                cents_hint(s),
            ),
            _ => self.mismatch(path, &expected(), value),
        }
    }

    /// Dates and birth dates: a real day from 1900 to 2199, and from `earliest` to
    /// `latest` counted from the letter date when the record has a valid one. `noun`
    /// names the value in bound messages (`a birth date on or before ...`).
    fn date(
        &mut self,
        ty: &FieldType,
        noun: &str,
        earliest: Option<Offset>,
        latest: Option<Offset>,
        path: &str,
        value: &Value,
    ) -> Option<Value> {
        let Value::String(s) = value else {
            return self.mismatch(path, &ty.expected(), value);
        };
        let day = match date::parse(s) {
            Ok(day) => day,
            Err(why) => {
                // No reason: not of the shape of a date at all; else a date-shaped text
                // that names no day helder takes (30 February, the year 0001).
                let code = if why.is_empty() {
                    Code::DATA_TYPE
                } else {
                    Code::DATA_VALUE
                };
                return self.report(
                    code,
                    path,
                    format!("expected {}, got {}{why}", ty.expected(), show(value)),
                );
            }
        };
        if let Some(letter) = self.letter_date {
            let from = "the letter date";
            if let Some(e) = earliest
                && let Some(bound) = e.apply(letter)
                && day < bound
            {
                return self.report(
                    Code::DATA_VALUE,
                    path,
                    format!(
                        "expected {noun} on or after {} ({}), got {}",
                        iso(bound),
                        e.describe(from),
                        show(value)
                    ),
                );
            }
            if let Some(l) = latest
                && let Some(bound) = l.apply(letter)
                && day > bound
            {
                return self.report(
                    Code::DATA_VALUE,
                    path,
                    format!(
                        "expected {noun} on or before {} ({}), got {}",
                        iso(bound),
                        l.describe(from),
                        show(value)
                    ),
                );
            }
        }
        Some(value.clone())
    }
}

/// For money sent as euros (`12.5`, `"12,50"`, `"€ 1.234,50"`): the cents it probably
/// meant, as a suggestion: `send 1250 for € 12,50`.
fn cents_hint(text: &str) -> Option<String> {
    if text.len() > 64 {
        return None;
    }
    let t: String = text
        .trim()
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, t),
    };
    // The last `,` or `.` followed by one or two digits is the decimal separator;
    // any other `.` is a thousands separator (Dutch style).
    let (whole, frac) = match t.rfind([',', '.']) {
        Some(i) if (1..=2).contains(&(t.len() - i - 1)) => (&t[..i], &t[i + 1..]),
        _ => (t.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|&c| c != '.').collect();
    if whole.is_empty() || whole.len() > 15 || !whole.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (Ok(euros_part), Ok(cents)) = (whole.parse::<i64>(), format!("{frac:0<2}").parse::<i64>())
    else {
        return None;
    };
    let total = euros_part * 100 + cents;
    let total = if negative { -total } else { total };
    Some(format!("send {total} for {}", euros(total)))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::Schema;
    use super::*;
    use crate::diag::Location;

    fn toml_schema(text: &str) -> Schema {
        let doc: toml::Table = text.parse().unwrap();
        Schema::from_toml(&doc["data"]).unwrap()
    }

    fn decision_schema() -> Schema {
        toml_schema(
            r#"
            [data.decision]
            type = "record"
            [data.decision.fields.amount]
            type = "money"
            description = "Toegekend bedrag"
            [data.decision.fields.cost]
            type = "enum"
            values = ["bril", "wasmachine", "bewind"]
            [data.decision.fields.paid_on]
            type = "date"
            [data.decision.fields.note]
            type = "text"
            optional = true
            [data.decision.fields.items]
            type = "list"
            of = { type = "record", fields = { what = { type = "text" }, amount = { type = "money" } } }
            [data.count]
            type = "integer"
            optional = true
            [data.urgent]
            type = "boolean"
            optional = true
            "#,
        )
        .with_envelope()
        .unwrap()
    }

    fn valid() -> Value {
        json!({
            "letter": { "date": "2026-11-20", "reference": "BB-2026-04817", "handled_by": "Samira Bakker" },
            "recipient": { "name": "E. Jansen", "salutation": "mevrouw" },
            "address": { "street": "Lindenlaan", "number": 14, "suffix": "B", "postcode": "1013 KP", "city": "Helderstad" },
            "decision": {
                "amount": 123450, "cost": "wasmachine", "paid_on": "2026-12-01",
                "items": [ { "what": "wasmachine", "amount": 123450 } ]
            }
        })
    }

    /// The problems of `data` as `path: message (suggestion)` lines: each diagnostic's
    /// `Display` without its record, which must be `test.json`.
    fn problems(data: &Value) -> Vec<String> {
        match decision_schema().validate("test.json", data) {
            Ok(_) => Vec::new(),
            Err(e) => lines(&e, "test.json"),
        }
    }

    fn lines(problems: &Diagnostics, record: &str) -> Vec<String> {
        problems
            .iter()
            .map(|d| {
                assert!(
                    matches!(&d.location, Location::Record { record: r, .. } if r == record),
                    "{d:?}"
                );
                d.to_string()
                    .strip_prefix(&format!("{record}: "))
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    /// The one problem of `data`: its code, path, message and suggestion.
    fn coded(data: &Value) -> (Code, String, String, Option<String>) {
        let err = decision_schema().validate("test.json", data).unwrap_err();
        assert_eq!(err.len(), 1, "{err}");
        let d = err.into_vec().remove(0);
        let Location::Record { record, path } = d.location else {
            panic!("{:?}", d.location);
        };
        assert_eq!(record, "test.json");
        (d.code, path, d.message, d.suggestion)
    }

    fn with(pointer: &str, value: Value) -> Value {
        let mut data = valid();
        *data
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}")) = value;
        data
    }

    fn one(pointer: &str, value: Value) -> String {
        let p = problems(&with(pointer, value));
        assert_eq!(p.len(), 1, "{p:?}");
        p.into_iter().next().unwrap()
    }

    #[test]
    fn valid_record_passes_unchanged() {
        assert_eq!(decision_schema().validate("x", &valid()).unwrap(), valid());
    }

    #[test]
    fn money_errors() {
        let expected = "decision.amount: expected money in cents (an integer, 1234,50 euro is \
                        123450) from € 0,00 to € 1.000.000,00";
        assert_eq!(
            one("/decision/amount", json!("12,50")),
            format!("{expected}, got \"12,50\" (send 1250 for € 12,50)")
        );
        assert_eq!(
            one("/decision/amount", json!(12.5)),
            format!("{expected}, got 12.5 (send 1250 for € 12,50)")
        );
        assert_eq!(
            one("/decision/amount", json!("€ 1.234,5")),
            format!("{expected}, got \"€ 1.234,5\" (send 123450 for € 1.234,50)")
        );
        assert_eq!(
            one("/decision/amount", json!("veel")),
            format!("{expected}, got \"veel\"")
        );
        assert_eq!(
            one("/decision/amount", json!(true)),
            format!("{expected}, got true")
        );
        assert_eq!(
            one("/decision/amount", json!(u64::MAX)),
            format!("{expected}, got 18446744073709551615 (too large)")
        );
        assert_eq!(
            one("/decision/amount", json!(1e300)),
            format!("{expected}, got 1e+300")
        );
        // The hint is the suggestion, not part of the message.
        let (code, path, message, suggestion) = coded(&with("/decision/amount", json!("12,50")));
        assert_eq!(code, Code::DATA_TYPE);
        assert_eq!(path, "decision.amount");
        assert_eq!(
            message,
            format!(
                "{}, got \"12,50\"",
                expected.strip_prefix("decision.amount: ").unwrap()
            )
        );
        assert_eq!(suggestion.as_deref(), Some("send 1250 for € 12,50"));
    }

    #[test]
    fn integer_errors() {
        let mut data = valid();
        data["count"] = json!(2.0);
        assert_eq!(problems(&data), ["count: expected an integer, got 2.0"]);
        data["count"] = json!("2");
        assert_eq!(problems(&data), ["count: expected an integer, got \"2\""]);
        data["count"] = json!(-3);
        assert!(problems(&data).is_empty());
    }

    #[test]
    fn date_errors() {
        let e = "decision.paid_on: expected a date as \"YYYY-MM-DD\", got";
        assert_eq!(
            one("/decision/paid_on", json!("2026-02-30")),
            format!("{e} \"2026-02-30\" (February 2026 has 28 days)")
        );
        assert_eq!(
            one("/decision/paid_on", json!("2028-02-30")),
            format!("{e} \"2028-02-30\" (February 2028 has 29 days)")
        );
        assert_eq!(
            one("/decision/paid_on", json!("2026-13-01")),
            format!("{e} \"2026-13-01\" (there is no month 13)")
        );
        assert_eq!(
            one("/decision/paid_on", json!("1-12-2026")),
            format!("{e} \"1-12-2026\"")
        );
        assert_eq!(
            one("/decision/paid_on", json!("2026-12-01T00:00")),
            format!("{e} \"2026-12-01T00:00\"")
        );
        assert_eq!(
            one("/decision/paid_on", json!("+026-12-01")),
            format!("{e} \"+026-12-01\"")
        );
        assert_eq!(
            one("/decision/paid_on", json!(20261201)),
            format!("{e} 20261201")
        );
        assert_eq!(
            one("/decision/paid_on", json!("0001-01-01")),
            format!(
                "{e} \"0001-01-01\" (the year must be from 1900 to 2199; is this a placeholder \
                 for \"no date\"?)"
            )
        );
        assert!(problems(&with("/decision/paid_on", json!("2028-02-29"))).is_empty());
        assert!(problems(&with("/decision/paid_on", json!("1900-01-01"))).is_empty());
        assert!(problems(&with("/decision/paid_on", json!("2199-12-31"))).is_empty());
        assert!(!problems(&with("/decision/paid_on", json!("2200-01-01"))).is_empty());
    }

    #[test]
    fn boolean_and_enum_errors() {
        let mut data = valid();
        data["urgent"] = json!("ja");
        assert_eq!(
            problems(&data),
            ["urgent: expected true or false, got \"ja\""]
        );
        assert_eq!(
            one("/decision/cost", json!("wasmachien")),
            "decision.cost: expected one of \"bril\", \"wasmachine\", \"bewind\", got \
             \"wasmachien\" (did you mean \"wasmachine\"?)"
        );
        let (code, _, message, suggestion) = coded(&with("/decision/cost", json!("wasmachien")));
        assert_eq!(code, Code::DATA_VALUE);
        assert!(message.ends_with("got \"wasmachien\""), "{message}");
        assert_eq!(suggestion.as_deref(), Some("did you mean \"wasmachine\"?"));
        assert_eq!(coded(&with("/decision/cost", json!(1))).0, Code::DATA_TYPE);
        assert_eq!(
            one("/decision/cost", json!("auto")),
            "decision.cost: expected one of \"bril\", \"wasmachine\", \"bewind\", got \"auto\""
        );
        assert_eq!(
            one("/decision/cost", json!(1)),
            "decision.cost: expected one of \"bril\", \"wasmachine\", \"bewind\", got 1"
        );
    }

    #[test]
    fn unknown_and_missing_fields() {
        let mut data = valid();
        data["decision"]["amout"] = data["decision"]["amount"].take();
        data["decision"].as_object_mut().unwrap().remove("amount");
        data["extra"] = json!(1);
        assert_eq!(
            problems(&data),
            [
                "decision.amount: missing required field `amount` (Toegekend bedrag): expected \
                 money in cents (an integer, 1234,50 euro is 123450) from € 0,00 to \
                 € 1.000.000,00",
                "decision.amout: unknown field `amout`; expected one of amount, cost, paid_on, \
                 note, items (did you mean `amount`?)",
                "extra: unknown field `extra`; expected one of letter, recipient, address, \
                 decision, count, urgent",
            ]
        );
        assert_eq!(
            one("/decision/paid_on", json!(null)),
            "decision.paid_on: missing required field `paid_on`: expected a date as \
             \"YYYY-MM-DD\", got null"
        );
        let mut data = valid();
        data.as_object_mut().unwrap().remove("letter");
        assert_eq!(
            problems(&data),
            [
                "letter: missing required field `letter` (De brief zelf): expected a record (a JSON \
              object with date, reference, handled_by, phone, contact_id)"
            ]
        );
        let mut data = valid();
        data["address"]["\u{202E}x"] = json!(1);
        assert_eq!(
            problems(&data),
            [
                "address.\\u{202E}x: unknown field `\\u{202E}x`; expected one of street, number, \
              suffix, postcode, city"
            ]
        );
    }

    #[test]
    fn codes_say_what_kind_of_problem() {
        let codes = |data: &Value| -> Vec<(Code, String)> {
            match decision_schema().validate("test.json", data) {
                Ok(_) => Vec::new(),
                Err(e) => e
                    .iter()
                    .map(|d| match &d.location {
                        Location::Record { path, .. } => (d.code, path.clone()),
                        other => panic!("{other:?}"),
                    })
                    .collect(),
            }
        };
        let mut data = valid();
        data["decision"]["amout"] = json!(1);
        data["decision"].as_object_mut().unwrap().remove("amount");
        data["decision"]["paid_on"] = json!(20261201);
        data["decision"]["items"] = json!([{ "what": "bril", "amount": -1 }]);
        data["recipient"]["salutation"] = json!("Mevr.");
        data["address"]["number"] = json!("14");
        data["address"]["postcode"] = json!("0123 AB");
        data["letter"]["reference"] = json!("");
        data["urgent"] = json!(null);
        data["count"] = json!(1.5);
        assert_eq!(
            codes(&data),
            [
                (Code::DATA_VALUE, "letter.reference".into()),
                (Code::DATA_VALUE, "recipient.salutation".into()),
                (Code::DATA_TYPE, "address.number".into()),
                (Code::DATA_VALUE, "address.postcode".into()),
                (Code::DATA_MISSING, "decision.amount".into()),
                (Code::DATA_TYPE, "decision.paid_on".into()),
                (Code::DATA_VALUE, "decision.items[0].amount".into()),
                (Code::DATA_UNKNOWN_FIELD, "decision.amout".into()),
                (Code::DATA_TYPE, "count".into()),
            ]
        );
        // A date of the wrong shape is not a date; a date-shaped text of no real day is
        // a wrong value; so is a date out of its bounds, a list too long and a house
        // number out of range.
        let code = |pointer: &str, value: Value| coded(&with(pointer, value)).0;
        assert_eq!(
            code("/decision/paid_on", json!("1-12-2026")),
            Code::DATA_TYPE
        );
        assert_eq!(
            code("/decision/paid_on", json!("2026-02-30")),
            Code::DATA_VALUE
        );
        assert_eq!(
            code("/decision/paid_on", json!("0001-01-01")),
            Code::DATA_VALUE
        );
        assert_eq!(code("/address/number", json!(0)), Code::DATA_VALUE);
        assert_eq!(code("/address/number", json!(14.5)), Code::DATA_TYPE);
        assert_eq!(code("/address/postcode", json!(1013)), Code::DATA_TYPE);
        assert_eq!(code("/recipient/salutation", json!(1)), Code::DATA_TYPE);
        assert_eq!(code("/recipient/name", json!("a\u{7}")), Code::DATA_VALUE);
        assert_eq!(code("/decision/amount", json!(u64::MAX)), Code::DATA_VALUE);
        assert_eq!(code("/decision/amount", json!(12.5)), Code::DATA_TYPE);
        assert_eq!(
            code("/decision/items", json!(vec![json!(1); 101])),
            Code::DATA_VALUE
        );
        assert_eq!(code("/decision/items", json!({})), Code::DATA_TYPE);
        assert_eq!(code("/decision", json!(null)), Code::DATA_MISSING);
        assert_eq!(code("/recipient", json!([])), Code::DATA_TYPE);
        assert_eq!(
            bounded_codes(
                json!({ "applied_on": "2026-11-21", "days": 6, "note": "01234567890", "account": "NL92 ABNA 0417 1643 00", "born": 1980 })
            ),
            [
                Code::DATA_VALUE,
                Code::DATA_VALUE,
                Code::DATA_TYPE,
                Code::DATA_VALUE,
                Code::DATA_VALUE
            ]
        );
    }

    #[test]
    fn collects_every_problem_with_paths() {
        let mut data = valid();
        data["decision"]["items"] = json!([
            { "what": "bril", "amount": 100 },
            { "what": "", "amount": 100 },
            { "what": "lens", "amount": "12,50" },
            "bril",
            null
        ]);
        data["address"]["postcode"] = json!("0123AB");
        data["letter"]["date"] = json!("2026-02-30");
        assert_eq!(
            problems(&data),
            [
                "letter.date: expected a date as \"YYYY-MM-DD\", got \"2026-02-30\" (February \
                 2026 has 28 days)",
                "address.postcode: expected a Dutch postcode like \"1234 AB\", got \"0123AB\" (a \
                 postcode never starts with 0)",
                "decision.items[1].what: expected text, got \"\" (empty)",
                "decision.items[2].amount: expected money in cents (an integer, 1234,50 euro is \
                 123450) from € 0,00 to € 1.000.000,00, got \"12,50\" (send 1250 for € 12,50)",
                "decision.items[3]: expected a record (a JSON object with what, amount), got \"bril\"",
                "decision.items[4]: expected a record (a JSON object with what, amount), got null",
            ]
        );
    }

    #[test]
    fn caps_the_number_of_problems() {
        let schema = toml_schema(
            "[data.items]\ntype = \"list\"\nmax_items = 1000\nof = { type = \"integer\" }",
        );
        let data = json!({ "items": vec![json!("1"); 250] });
        let err = schema.validate("big.json", &data).unwrap_err();
        assert_eq!(err.len(), crate::diag::MAX_DIAGNOSTICS);
        assert_eq!(err.omitted(), 150);
        assert!(err.has_errors());
        assert_eq!(
            err.to_string().lines().last().unwrap(),
            "... and 150 more problems"
        );
        // A million bad items: the list's length is the one problem.
        let data = json!({ "items": vec![json!("1"); 1_000_000] });
        let err = schema.validate("big.json", &data).unwrap_err();
        assert_eq!((err.len(), err.omitted()), (1, 0));
    }

    #[test]
    fn record_itself_must_be_an_object() {
        let err = decision_schema().validate("r", &json!([1])).unwrap_err();
        assert_eq!(
            lines(&err, "r"),
            [
                "expected a record (a JSON object with letter, recipient, address, decision, \
              count, urgent), got a list of 1 item"
            ]
        );
        assert_eq!(
            err.as_slice()[0].location,
            Location::Record {
                record: "r".into(),
                path: "".into()
            }
        );
        let err = decision_schema()
            .validate("r", &json!({"decision": 1}))
            .unwrap_err();
        assert!(lines(&err, "r").iter().any(|e| {
            e.starts_with("decision: expected a record (a JSON object with amount, cost")
        }));
    }

    #[test]
    fn text_is_cleaned_and_checked() {
        let mut data = valid();
        data["letter"]["handled_by"] = json!("  Samira\u{202E}\n Bakker\u{E000} ");
        data["decision"]["note"] = json!("  ");
        let clean = decision_schema().validate("x", &data).unwrap();
        assert_eq!(clean["letter"]["handled_by"], "Samira Bakker");
        // Optional text that is empty is left out, like null.
        assert!(clean["decision"].get("note").is_none());
        assert_eq!(
            one("/letter/reference", json!("BB\u{7}1")),
            "letter.reference: control character U+0007 (at character 3) is not allowed in text"
        );
        assert_eq!(
            one("/letter/reference", json!(" \u{202E}\n ")),
            "letter.reference: expected text, got \" \\u{202E}\\n \" (empty)"
        );
        assert_eq!(
            one("/letter/reference", json!(4817)),
            "letter.reference: expected text (a string of at most 100 characters), got 4817"
        );
    }

    #[test]
    fn optional_null_is_left_out() {
        let mut data = valid();
        data["decision"]["note"] = json!(null);
        data["recipient"]["salutation"] = json!(null);
        data["letter"]["phone"] = json!(null);
        let clean = decision_schema().validate("x", &data).unwrap();
        assert!(clean["decision"].get("note").is_none());
        assert!(clean["recipient"].get("salutation").is_none());
        assert!(clean["letter"].get("phone").is_none());
    }

    #[test]
    fn person_errors() {
        assert_eq!(
            one("/recipient/salutation", json!("Mevr.")),
            "recipient.salutation: expected \"heer\" or \"mevrouw\" (or leave it out), got \"Mevr.\""
        );
    }

    #[test]
    fn person_missing_name_and_unknown_key() {
        assert_eq!(
            problems(&with("/recipient", json!({"naam": "J. de Vries"}))),
            [
                "recipient.name: missing required field `name`: expected text (a string of at most \
                 200 characters)",
                "recipient.naam: unknown field `naam`; expected one of name, salutation (did you \
                 mean `name`?)",
            ]
        );
        assert_eq!(
            one("/recipient", json!("J. de Vries")),
            "recipient: expected a person { \"name\": text of at most 200 characters, \
             \"salutation\": \"heer\" or \"mevrouw\" (optional) }, got \"J. de Vries\""
        );
    }

    #[test]
    fn address_errors_and_normalising() {
        let data = with("/address/postcode", json!("1013kp"));
        let clean = decision_schema().validate("x", &data).unwrap();
        assert_eq!(clean["address"]["postcode"], "1013 KP");
        for bad in [
            json!(0),
            json!(-1),
            json!(100_000),
            json!("14"),
            json!(14.5),
        ] {
            assert_eq!(
                one("/address/number", bad.clone()),
                format!(
                    "address.number: expected a house number (an integer from 1 to 99999), got {}",
                    show(&bad)
                )
            );
        }
        assert_eq!(
            one("/address/postcode", json!(1013)),
            "address.postcode: expected a Dutch postcode like \"1234 AB\", got 1013"
        );
        assert_eq!(
            one("/address", json!([])),
            "address: expected an address { \"street\", \"number\", \"suffix\" (optional), \
             \"postcode\", \"city\" }, got an empty list"
        );
        let mut data = valid();
        data["address"].as_object_mut().unwrap().remove("city");
        assert_eq!(
            problems(&data),
            [
                "address.city: missing required field `city`: expected text (a string of at most 100 \
              characters)"
            ]
        );
    }

    #[test]
    fn list_errors() {
        assert_eq!(
            one("/decision/items", json!({"what": "x"})),
            "decision.items: expected a list of at most 100 items, each a record (a JSON object \
             with what, amount), got an object with \"what\""
        );
        assert!(problems(&with("/decision/items", json!([]))).is_empty());
    }

    #[test]
    fn output_follows_schema_order() {
        let data = json!({
            "decision": { "items": [], "paid_on": "2026-12-01", "cost": "bril", "amount": 1 },
            "address": { "city": "Helderstad", "postcode": "1013 KP", "number": 1, "street": "A" },
            "recipient": { "name": "E" },
            "letter": { "handled_by": "S", "reference": "R", "date": "2026-11-20" }
        });
        let clean = decision_schema().validate("x", &data).unwrap();
        let keys: Vec<&String> = clean.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["letter", "recipient", "address", "decision"]);
        let keys: Vec<&String> = clean["decision"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["amount", "cost", "paid_on", "items"]);
    }

    #[test]
    fn cents_hints() {
        let hint = |text| cents_hint(text).unwrap();
        assert_eq!(hint("12,50"), "send 1250 for € 12,50");
        assert_eq!(hint("12.5"), "send 1250 for € 12,50");
        assert_eq!(hint("-3"), "send -300 for € -3,00");
        assert_eq!(hint("1.234"), "send 123400 for € 1.234,00");
        assert_eq!(hint("€ 1.234,50"), "send 123450 for € 1.234,50");
        for none in ["1e300", "abc", "", "9999999999999999999", "1,234,5"] {
            assert_eq!(cents_hint(none), None, "{none}");
        }
    }

    /// The envelope plus one field of each bounded kind.
    fn bounded_schema() -> Schema {
        toml_schema(
            r#"
            [data.note]
            type = "text"
            max_length = 10
            optional = true
            [data.amount]
            type = "money"
            optional = true
            [data.claim]
            type = "money"
            min = -50000
            max = 50000
            optional = true
            [data.count]
            type = "integer"
            min = 1
            max = 12
            optional = true
            [data.documents]
            type = "list"
            min_items = 1
            of = { type = "text" }
            optional = true
            [data.applied_on]
            type = "date"
            earliest = "-2y"
            latest = "+0d"
            optional = true
            [data.born]
            type = "birthdate"
            optional = true
            [data.days]
            type = "term"
            min = 7
            max = 28
            optional = true
            [data.account]
            type = "iban"
            optional = true
            "#,
        )
        .with_envelope()
        .unwrap()
    }

    /// The problems of the envelope of `valid()` plus `extra` against [`bounded_schema`].
    fn bounded(extra: Value) -> Vec<String> {
        let mut data = valid();
        data.as_object_mut().unwrap().remove("decision");
        for (k, v) in extra.as_object().unwrap() {
            data[k] = v.clone();
        }
        match bounded_schema().validate("test.json", &data) {
            Ok(_) => Vec::new(),
            Err(e) => lines(&e, "test.json"),
        }
    }

    /// The codes of the problems of `extra`, as for [`bounded`].
    fn bounded_codes(extra: Value) -> Vec<Code> {
        let mut data = valid();
        data.as_object_mut().unwrap().remove("decision");
        for (k, v) in extra.as_object().unwrap() {
            data[k] = v.clone();
        }
        match bounded_schema().validate("test.json", &data) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(|d| d.code).collect(),
        }
    }

    fn bounded_clean(extra: Value) -> Value {
        let mut data = valid();
        data.as_object_mut().unwrap().remove("decision");
        for (k, v) in extra.as_object().unwrap() {
            data[k] = v.clone();
        }
        bounded_schema().validate("test.json", &data).unwrap()
    }

    #[test]
    fn text_length_is_bounded_in_characters() {
        assert!(bounded(json!({ "note": "0123456789" })).is_empty());
        // Ten characters of two bytes each: counted as characters, not bytes.
        assert!(bounded(json!({ "note": "éééééééééé" })).is_empty());
        assert_eq!(
            bounded(json!({ "note": "0123456789x" })),
            ["note: expected text of at most 10 characters, got 11 characters"]
        );
        // The limit is on the text as received, before spaces are folded.
        assert_eq!(
            bounded(json!({ "note": "a\n\n\n\n\n\n\n\n\n\nb" })),
            ["note: expected text of at most 10 characters, got 12 characters"]
        );
        // The default is 500.
        let mut data = valid();
        data["decision"]["note"] = json!("x".repeat(500));
        assert!(problems(&data).is_empty());
        data["decision"]["note"] = json!("x".repeat(501));
        assert_eq!(
            problems(&data),
            ["decision.note: expected text of at most 500 characters, got 501 characters"]
        );
    }

    #[test]
    fn envelope_text_has_tighter_bounds() {
        for (pointer, max) in [
            ("/recipient/name", 200),
            ("/address/street", 200),
            ("/address/city", 100),
            ("/address/suffix", 10),
            ("/letter/reference", 100),
            ("/letter/handled_by", 200),
            ("/letter/phone", 40),
        ] {
            let path = pointer[1..].replace('/', ".");
            assert!(
                problems(&with_set(pointer, json!("x".repeat(max)))).is_empty(),
                "{path}"
            );
            assert_eq!(
                problems(&with_set(pointer, json!("x".repeat(max + 1)))),
                [format!(
                    "{path}: expected text of at most {max} characters, got {} characters",
                    max + 1
                )]
            );
        }
    }

    /// `valid()` with the member at `pointer` set, whether or not it is there already.
    fn with_set(pointer: &str, value: Value) -> Value {
        let mut data = valid();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        data.pointer_mut(parent).unwrap()[key] = value;
        data
    }

    #[test]
    fn a_ten_megabyte_name_is_refused_fast() {
        let name = "x".repeat(10 * 1024 * 1024);
        let data = with("/recipient/name", json!(name));
        let start = std::time::Instant::now();
        let err = decision_schema().validate("huge.json", &data).unwrap_err();
        let took = start.elapsed();
        assert_eq!(
            lines(&err, "huge.json"),
            ["recipient.name: expected text of at most 200 characters, got 10485760 characters"]
        );
        assert!(
            took < std::time::Duration::from_millis(500),
            "took {took:?}"
        );
    }

    #[test]
    fn long_lists_are_refused_before_their_items() {
        let mut data = valid();
        // 100,000 bad items: one problem, the length.
        data["decision"]["items"] = json!(vec![json!(1); 100_000]);
        assert_eq!(
            problems(&data),
            ["decision.items: expected a list of at most 100 items, got a list of 100000 items"]
        );
        let item = json!({ "what": "bril", "amount": 100 });
        data["decision"]["items"] = json!(vec![item.clone(); 100]);
        assert!(problems(&data).is_empty());
        data["decision"]["items"] = json!(vec![item; 101]);
        assert_eq!(
            problems(&data),
            ["decision.items: expected a list of at most 100 items, got a list of 101 items"]
        );
    }

    #[test]
    fn lists_can_refuse_to_be_empty() {
        assert_eq!(
            bounded(json!({ "documents": [] })),
            ["documents: expected a list of 1 to 100 items, got an empty list"]
        );
        assert!(bounded(json!({ "documents": ["loonstrook"] })).is_empty());
        assert_eq!(list_size(1, 1), "a list of exactly 1 item");
        assert_eq!(list_size(0, 1), "a list of at most 1 item");
        assert_eq!(list_size(2, 5), "a list of 2 to 5 items");
    }

    #[test]
    fn money_is_not_negative_unless_the_field_says_so() {
        let e = "expected money in cents (an integer, 1234,50 euro is 123450) from € 0,00 to \
                 € 1.000.000,00";
        assert_eq!(
            bounded(json!({ "amount": -1 })),
            [format!("amount: {e}, got -1 (€ -0,01)")]
        );
        assert!(bounded(json!({ "amount": 0 })).is_empty());
        assert!(bounded(json!({ "amount": 100_000_000 })).is_empty());
        assert_eq!(
            bounded(json!({ "amount": 100_000_001 })),
            [format!("amount: {e}, got 100000001 (€ 1.000.000,01)")]
        );
        assert_eq!(
            bounded(json!({ "amount": i64::MIN })),
            [format!(
                "amount: {e}, got -9223372036854775808 (€ -92.233.720.368.547.758,08)"
            )]
        );
        // A field that may be negative says so.
        assert!(bounded(json!({ "claim": -50000 })).is_empty());
        assert_eq!(
            bounded(json!({ "claim": 50001 })),
            [
                "claim: expected money in cents (an integer, 1234,50 euro is 123450) from \
              € -500,00 to € 500,00, got 50001 (€ 500,01)"
            ]
        );
    }

    #[test]
    fn euros_are_written_the_dutch_way() {
        assert_eq!(euros(0), "€ 0,00");
        assert_eq!(euros(-1), "€ -0,01");
        assert_eq!(euros(5), "€ 0,05");
        assert_eq!(euros(123_450), "€ 1.234,50");
        assert_eq!(euros(100_000_000), "€ 1.000.000,00");
        assert_eq!(euros(-100_000), "€ -1.000,00");
        assert_eq!(euros(99_999), "€ 999,99");
    }

    #[test]
    fn integers_may_have_bounds() {
        assert!(bounded(json!({ "count": 1 })).is_empty());
        assert!(bounded(json!({ "count": 12 })).is_empty());
        assert_eq!(
            bounded(json!({ "count": 13 })),
            ["count: expected an integer from 1 to 12, got 13"]
        );
        assert_eq!(
            bounded(json!({ "count": 0 })),
            ["count: expected an integer from 1 to 12, got 0"]
        );
        // Without bounds, any i64.
        assert!(problems(&with_set("/count", json!(i64::MIN))).is_empty());
        let one = |min, max| FieldType::Integer { min, max }.expected();
        assert_eq!(one(Some(1), None), "an integer of at least 1");
        assert_eq!(one(None, Some(9)), "an integer of at most 9");
        assert_eq!(one(None, None), "an integer");
    }

    #[test]
    fn dates_are_bounded_by_the_letter_date() {
        // The letter date of valid() is 2026-11-20.
        assert!(bounded(json!({ "applied_on": "2026-11-20" })).is_empty());
        assert!(bounded(json!({ "applied_on": "2024-11-20" })).is_empty());
        assert_eq!(
            bounded(json!({ "applied_on": "2026-11-21" })),
            [
                "applied_on: expected a date on or before 2026-11-20 (the letter date + 0 days), \
              got \"2026-11-21\""
            ]
        );
        assert_eq!(
            bounded(json!({ "applied_on": "2024-11-19" })),
            [
                "applied_on: expected a date on or after 2024-11-20 (the letter date - 2 years), \
              got \"2024-11-19\""
            ]
        );
        // The plausible years still hold, and the shape is checked before the bounds.
        assert_eq!(
            bounded(json!({ "applied_on": "2026-02-30" })),
            [
                "applied_on: expected a date as \"YYYY-MM-DD\", from the letter date - 2 years to \
              the letter date + 0 days, got \"2026-02-30\" (February 2026 has 28 days)"
            ]
        );
    }

    #[test]
    fn a_bad_letter_date_is_the_only_problem_reported() {
        let mut data = valid();
        data.as_object_mut().unwrap().remove("decision");
        data["applied_on"] = json!("1999-01-01");
        data["born"] = json!("2100-01-01");
        data["letter"]["date"] = json!("2026-02-30");
        let err = bounded_schema().validate("x", &data).unwrap_err();
        assert_eq!(
            lines(&err, "x"),
            [
                "letter.date: expected a date as \"YYYY-MM-DD\", got \"2026-02-30\" (February 2026 \
              has 28 days)"
            ]
        );
        // Without the envelope there is no letter date: only the fixed years are checked.
        let own = toml_schema("[data.born]\ntype = \"birthdate\"");
        assert!(own.validate("x", &json!({ "born": "2100-01-01" })).is_ok());
    }

    #[test]
    fn birth_dates_are_plausible() {
        assert!(bounded(json!({ "born": "1980-05-17" })).is_empty());
        assert!(bounded(json!({ "born": "2026-11-20" })).is_empty());
        assert!(bounded(json!({ "born": "1906-11-20" })).is_empty());
        assert_eq!(
            bounded(json!({ "born": "2026-11-21" })),
            [
                "born: expected a birth date on or before 2026-11-20 (the letter date + 0 days), \
              got \"2026-11-21\""
            ]
        );
        assert_eq!(
            bounded(json!({ "born": "1906-11-19" })),
            [
                "born: expected a birth date on or after 1906-11-20 (the letter date - 120 years), \
              got \"1906-11-19\""
            ]
        );
        assert_eq!(
            bounded(json!({ "born": "17-05-1980" })),
            [
                "born: expected a birth date as \"YYYY-MM-DD\" (not after the letter date, at most \
              120 years before it), got \"17-05-1980\""
            ]
        );
    }

    #[test]
    fn terms_are_days_within_their_bounds() {
        assert!(bounded(json!({ "days": 7 })).is_empty());
        assert!(bounded(json!({ "days": 28 })).is_empty());
        for bad in [json!(6), json!(29), json!(14.5), json!("14")] {
            assert_eq!(
                bounded(json!({ "days": bad })),
                [format!(
                    "days: expected a term in days (an integer from 7 to 28), got {}",
                    show(&bad)
                )]
            );
        }
        assert_eq!(
            FieldType::term().expected(),
            "a term in days (an integer from 1 to 366)"
        );
    }

    #[test]
    fn ibans_are_checked_and_printed_in_groups() {
        let clean = bounded_clean(json!({ "account": "nl91abna0417164300" }));
        assert_eq!(clean["account"], "NL91 ABNA 0417 1643 00");
        assert_eq!(
            bounded(json!({ "account": "NL92 ABNA 0417 1643 00" })),
            [
                "account: expected an IBAN like \"NL91 ABNA 0417 1643 00\", got \"NL92 ABNA 0417 \
              1643 00\" (the check digits do not match: a typing error in the number?)"
            ]
        );
        assert_eq!(
            bounded(json!({ "account": 417164300 })),
            ["account: expected an IBAN like \"NL91 ABNA 0417 1643 00\", got 417164300"]
        );
    }

    #[test]
    fn huge_values_of_other_kinds_are_cheap() {
        let huge = json!("1".repeat(10 * 1024 * 1024));
        let start = std::time::Instant::now();
        let p = bounded(json!({ "account": huge, "born": huge, "days": huge }));
        let mut data = valid();
        data["address"]["postcode"] = huge.clone();
        data["decision"]["cost"] = huge.clone();
        data["decision"]["amount"] = huge;
        let q = problems(&data);
        assert!(start.elapsed() < std::time::Duration::from_millis(500));
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(q.len(), 3, "{q:?}");
    }

    #[test]
    fn examples_in_the_repository_validate() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path().join("template.toml")) else {
                continue;
            };
            let doc: toml::Table = text.parse().unwrap();
            let schema = Schema::from_toml(&doc["data"])
                .unwrap()
                .with_envelope()
                .unwrap();
            let Ok(examples) = std::fs::read_dir(entry.path().join("examples")) else {
                continue;
            };
            for ex in examples.flatten() {
                let text = std::fs::read_to_string(ex.path()).unwrap();
                let data: Value = serde_json::from_str(&text).unwrap();
                let name = ex.path().display().to_string();
                if let Err(e) = schema.validate(&name, &data) {
                    panic!("{e}");
                }
            }
        }
    }

    fn loan_schema() -> Schema {
        toml_schema(
            r#"
            [data.decision]
            type = "record"
            [data.decision.fields.form]
            type = "enum"
            values = ["gift", "lening"]
            [data.decision.fields.monthly_repayment]
            type = "money"
            description = "Aflossing per maand"
            required_when = { form = "lening" }
            [data.decision.fields.payments]
            type = "integer"
            required_when = { form = ["lening"] }
            "#,
        )
    }

    fn loan_problems(decision: Value) -> Vec<(Code, String, String)> {
        match loan_schema().validate("r", &json!({ "decision": decision })) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .into_vec()
                .into_iter()
                .map(|d| {
                    let Location::Record { path, .. } = d.location else {
                        panic!("{:?}", d.location)
                    };
                    (d.code, path, d.message)
                })
                .collect(),
        }
    }

    #[test]
    fn a_choice_requires_its_fields_and_names_them() {
        assert_eq!(
            loan_problems(json!({ "form": "lening", "payments": 20 })),
            [(
                Code::DATA_MISSING,
                "decision.monthly_repayment".to_owned(),
                "missing field `monthly_repayment` (Aflossing per maand), required when `form` \
                 is \"lening\": expected money in cents (an integer, 1234,50 euro is 123450) \
                 from € 0,00 to € 1.000.000,00"
                    .to_owned()
            )]
        );
        assert!(
            loan_problems(json!({ "form": "lening", "payments": 20, "monthly_repayment": 4300 }))
                .is_empty()
        );
        assert!(loan_problems(json!({ "form": "gift" })).is_empty());
        assert!(loan_problems(json!({ "form": "gift", "payments": null })).is_empty());
    }

    #[test]
    fn a_field_of_another_choice_is_inconsistent_data() {
        assert_eq!(
            loan_problems(json!({ "form": "gift", "monthly_repayment": 4300 })),
            [(
                Code::DATA_INCONSISTENT,
                "decision.monthly_repayment".to_owned(),
                "`monthly_repayment` belongs only to a letter where `form` is \"lening\", got \
                 `form` \"gift\""
                    .to_owned()
            )]
        );
        // A wrong choice is reported once, at the choice.
        let p = loan_problems(json!({ "form": "leen", "monthly_repayment": 4300 }));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].1, "decision.form");
    }
}

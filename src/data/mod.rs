//! Decision data: the typed schema a template declares, and validation of records
//! against it. Every problem of a record is reported at once, as a
//! [`Diagnostic`](crate::diag::Diagnostic) at the record and its JSON path.
//!
//! - [`Schema::from_toml`] reads the `[data]` table of a `template.toml`;
//!   [`Schema::with_envelope`] adds the fields every letter has ([`Schema::envelope`]).
//! - [`Schema::validate`] checks one record and returns it cleaned (text sanitised,
//!   postcodes normalised), or every problem with its path; [`Schema::validate_letter`]
//!   also reads the typed [`Envelope`], whose [`Envelope::window_lines`] is the
//!   window-envelope address block.
//! - [`read_data`] splits a JSON, JSON Lines or CSV input into named records.

mod address;
mod csv_data;
mod date;
mod envelope;
mod iban;
mod records;
mod schema;
mod text;
mod validate;

#[cfg(test)]
mod proptests;

use serde::Serialize;

pub use address::normalise_postcode;
pub(crate) use csv_data::delimiter as csv_delimiter;
pub use csv_data::read_csv;
pub(crate) use date::read_date;
pub use date::{Offset, OffsetUnit, YEARS, iso, parse_date, parse_time};
pub use envelope::{Address, Envelope, LetterFields, Person, Salutation, serialize_date};
pub use iban::normalise_iban;
pub(crate) use records::input_problem;
pub use records::{DataFormat, Record, read_data, read_data_as, read_records};
pub use text::clean_text;
pub(crate) use text::{show, show_name, show_str};

use crate::diag::Diagnostics;

/// A template's data schema, read from the `[data]` table of `template.toml`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schema {
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    pub name: String,
    pub ty: FieldType,
    pub optional: bool,
    /// Shown by `helder templates` and in errors.
    pub description: String,
    /// The choice that requires this field (`required_when = { form = "lening" }`): then
    /// the field is required when that choice has one of the values, and refused when it
    /// has another, so a loan without its repayment is a data error naming the field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_when: Option<Condition>,
}

/// A choice in the same record and the values that require a field: `form` is
/// `"lening"`. The choice is an `enum` field beside the one that names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    /// The enum field beside this one.
    pub field: String,
    /// Its values that require this field.
    pub values: Vec<String>,
}

impl Condition {
    /// `` `form` is "lening" `` or `` `reason` is "inkomen" or "voorliggend" ``.
    pub fn describe(&self) -> String {
        let values: Vec<String> = self.values.iter().map(|v| format!("\"{v}\"")).collect();
        format!("`{}` is {}", self.field, values.join(" or "))
    }
}

/// The type of a field and the bounds of its values. Every type is bounded: text in
/// length, lists in items, money and integers in value, dates relative to the letter date.
/// The constructors (`FieldType::text()`, ...) give the defaults a template.toml gets
/// when it sets no bound.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    /// A string of at most `max_length` characters as received (before cleaning).
    Text {
        max_length: usize,
    },
    /// An integer from `min` to `max`, each `None` for no bound beyond i64.
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    /// Integer cents (1234,50 euro = 123450), never a float or a string, from `min` to
    /// `max` cents: by default from € 0,00 to € 1.000.000,00.
    Money {
        min: i64,
        max: i64,
    },
    /// `YYYY-MM-DD` from 1900 to 2199, and, when set, from `earliest` to `latest`
    /// counted from the record's letter date.
    Date {
        earliest: Option<Offset>,
        latest: Option<Offset>,
    },
    /// A date of birth: not after the letter date, at most 120 years before it.
    Birthdate,
    /// A time of day, `"HH:MM"` on the 24-hour clock (`"14:00"`, `"09:30"`); letters
    /// write it per language with the `time` filter (`14.00`, `2:00 pm`).
    Time,
    /// A repair term in days (Awb 4:5): an integer from `min` to `max`, within 1 to 366.
    /// A schema has at most one, so the letter has one deadline computed from it.
    Term {
        min: i64,
        max: i64,
    },
    /// An IBAN (checksum and length for its country checked), cleaned to the print form
    /// `NL91 ABNA 0417 1643 00`.
    Iban,
    Boolean,
    Enum {
        values: Vec<String>,
    },
    Record {
        fields: Vec<Field>,
    },
    /// From `min_items` to `max_items` items, each of type `of`.
    List {
        of: Box<FieldType>,
        min_items: usize,
        max_items: usize,
    },
    /// `{ name, salutation? }`; the name is at most [`FieldType::NAME_MAX_LENGTH`] characters.
    Person,
    /// A Dutch postal address `{ street, number, suffix?, postcode, city }`; street,
    /// suffix and city are at most [`FieldType::STREET_MAX_LENGTH`],
    /// [`FieldType::SUFFIX_MAX_LENGTH`] and [`FieldType::CITY_MAX_LENGTH`] characters.
    Address,
}

impl FieldType {
    /// The longest `text` unless the field sets `max_length`.
    pub const TEXT_MAX_LENGTH: usize = 500;
    /// The most a template may set as `max_length` (a letter is not the place for more).
    pub const TEXT_MAX_LENGTH_LIMIT: usize = 10_000;
    /// The longest name of a person (`recipient.name`).
    pub const NAME_MAX_LENGTH: usize = 200;
    /// The longest street name (the longest in the BAG has under 100 characters).
    pub const STREET_MAX_LENGTH: usize = 200;
    /// The longest house number suffix (letter and toevoeging: `A`, `bis`, `3 hoog`).
    pub const SUFFIX_MAX_LENGTH: usize = 10;
    /// The longest city name.
    pub const CITY_MAX_LENGTH: usize = 100;
    /// BAG house numbers run from 1 to 99999.
    pub const HOUSE_NUMBERS: std::ops::RangeInclusive<i64> = 1..=99_999;
    /// The most items of a `list` unless the field sets `max_items`.
    pub const LIST_MAX_ITEMS: usize = 100;
    /// The most a template may set as `max_items`.
    pub const LIST_MAX_ITEMS_LIMIT: usize = 10_000;
    /// The largest amount of `money` unless the field sets `max`: € 1.000.000,00.
    pub const MONEY_MAX: i64 = 100_000_000;
    /// The days a `term` may have; a field's `min` and `max` may narrow them.
    pub const TERM_DAYS: std::ops::RangeInclusive<i64> = 1..=366;
    /// A birth date is at most this long before the letter date...
    pub const BIRTHDATE_EARLIEST: Offset = Offset::new(-120, OffsetUnit::Year);
    /// ...and not after it.
    pub const BIRTHDATE_LATEST: Offset = Offset::new(0, OffsetUnit::Day);

    /// Text of at most [`FieldType::TEXT_MAX_LENGTH`] characters.
    pub const fn text() -> FieldType {
        FieldType::Text {
            max_length: FieldType::TEXT_MAX_LENGTH,
        }
    }

    /// Any i64.
    pub const fn integer() -> FieldType {
        FieldType::Integer {
            min: None,
            max: None,
        }
    }

    /// From € 0,00 to € 1.000.000,00.
    pub const fn money() -> FieldType {
        FieldType::Money {
            min: 0,
            max: FieldType::MONEY_MAX,
        }
    }

    /// Any date from 1900 to 2199.
    pub const fn date() -> FieldType {
        FieldType::Date {
            earliest: None,
            latest: None,
        }
    }

    /// From 1 to 366 days.
    pub const fn term() -> FieldType {
        FieldType::Term {
            min: *FieldType::TERM_DAYS.start(),
            max: *FieldType::TERM_DAYS.end(),
        }
    }

    /// From 0 to [`FieldType::LIST_MAX_ITEMS`] items of `of`.
    pub fn list(of: FieldType) -> FieldType {
        FieldType::List {
            of: Box::new(of),
            min_items: 0,
            max_items: FieldType::LIST_MAX_ITEMS,
        }
    }

    /// The type's name as written in template.toml (`list` for every list).
    pub fn name(&self) -> &'static str {
        match self {
            FieldType::Text { .. } => "text",
            FieldType::Integer { .. } => "integer",
            FieldType::Money { .. } => "money",
            FieldType::Date { .. } => "date",
            FieldType::Birthdate => "birthdate",
            FieldType::Time => "time",
            FieldType::Term { .. } => "term",
            FieldType::Iban => "iban",
            FieldType::Boolean => "boolean",
            FieldType::Enum { .. } => "enum",
            FieldType::Record { .. } => "record",
            FieldType::List { .. } => "list",
            FieldType::Person => "person",
            FieldType::Address => "address",
        }
    }

    /// What a value of this type looks like, with its bounds, for error messages and
    /// `helder templates`: `money in cents (an integer, 1234,50 euro is 123450) from
    /// € 0,00 to € 1.000.000,00`.
    pub fn expected(&self) -> String {
        match self {
            FieldType::Text { max_length } => {
                format!("text (a string of at most {max_length} characters)")
            }
            FieldType::Integer { min, max } => format!("an integer{}", range(*min, *max)),
            FieldType::Money { min, max } => format!(
                "money in cents (an integer, 1234,50 euro is 123450) from {} to {}",
                euros(*min),
                euros(*max)
            ),
            FieldType::Date { earliest, latest } => {
                let from = "the letter date";
                let bounds = match (earliest, latest) {
                    (None, None) => String::new(),
                    (Some(e), None) => format!(", on or after {}", e.describe(from)),
                    (None, Some(l)) => format!(", on or before {}", l.describe(from)),
                    (Some(e), Some(l)) => {
                        format!(", from {} to {}", e.describe(from), l.describe(from))
                    }
                };
                format!("{}{bounds}", date::EXPECTED)
            }
            FieldType::Birthdate => {
                "a birth date as \"YYYY-MM-DD\" (not after the letter date, at most 120 years \
                 before it)"
                    .into()
            }
            FieldType::Term { min, max } => {
                format!("a term in days (an integer from {min} to {max})")
            }
            FieldType::Iban => "an IBAN like \"NL91 ABNA 0417 1643 00\"".into(),
            FieldType::Time => {
                "a time of day as \"HH:MM\" on the 24-hour clock, like \"14:00\"".into()
            }
            FieldType::Boolean => "true or false".into(),
            FieldType::Enum { values } => format!("one of {}", quoted_list(values)),
            FieldType::Record { fields } => {
                let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
                format!("a record (a JSON object with {})", names.join(", "))
            }
            FieldType::List {
                of,
                min_items,
                max_items,
            } => format!(
                "{}, each {}",
                list_size(*min_items, *max_items),
                of.expected()
            ),
            FieldType::Person => format!(
                "a person {{ \"name\": text of at most {} characters, \"salutation\": \"heer\" or \
                 \"mevrouw\" (optional) }}",
                FieldType::NAME_MAX_LENGTH
            ),
            FieldType::Address => "an address { \"street\", \"number\", \"suffix\" (optional), \
                 \"postcode\", \"city\" }"
                .into(),
        }
    }
}

/// ` from 1 to 10`, ` of at least 1`, ` of at most 10`, or nothing.
fn range(min: Option<i64>, max: Option<i64>) -> String {
    match (min, max) {
        (None, None) => String::new(),
        (Some(min), None) => format!(" of at least {min}"),
        (None, Some(max)) => format!(" of at most {max}"),
        (Some(min), Some(max)) => format!(" from {min} to {max}"),
    }
}

/// `a list of at most 100 items`, `a list of 1 to 100 items`.
pub(crate) fn list_size(min_items: usize, max_items: usize) -> String {
    let items = |n: usize| if n == 1 { "item" } else { "items" };
    match min_items {
        0 => format!("a list of at most {max_items} {}", items(max_items)),
        n if n == max_items => format!("a list of exactly {n} {}", items(n)),
        n => format!("a list of {n} to {max_items} items"),
    }
}

/// An amount of cents written the Dutch way, as letters show it: `€ 1.234,50`, `€ -0,01`.
pub(crate) fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let digits = (abs / 100).to_string();
    let mut whole = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            whole.push('.');
        }
        whole.push(c);
    }
    format!("€ {sign}{whole},{:02}", abs % 100)
}

/// The schema as `helder templates --format json` shows it: every bound that applies,
/// the defaults included, so an integrator sees them without reading helder.
impl Serialize for FieldType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(tag = "type", rename_all = "kebab-case")]
        enum Shown<'a> {
            Text {
                max_length: usize,
            },
            Integer {
                min: Option<i64>,
                max: Option<i64>,
            },
            Money {
                min: i64,
                max: i64,
            },
            Date {
                earliest: Option<Offset>,
                latest: Option<Offset>,
            },
            Birthdate {
                earliest: Offset,
                latest: Offset,
            },
            Term {
                min: i64,
                max: i64,
            },
            Iban,
            Time,
            Boolean,
            Enum {
                values: &'a [String],
            },
            Record {
                fields: &'a [Field],
            },
            List {
                of: &'a FieldType,
                min_items: usize,
                max_items: usize,
            },
            Person {
                name_max_length: usize,
            },
            Address {
                street_max_length: usize,
                number_min: i64,
                number_max: i64,
                suffix_max_length: usize,
                city_max_length: usize,
            },
        }
        let shown = match self {
            FieldType::Text { max_length } => Shown::Text {
                max_length: *max_length,
            },
            FieldType::Integer { min, max } => Shown::Integer {
                min: *min,
                max: *max,
            },
            FieldType::Money { min, max } => Shown::Money {
                min: *min,
                max: *max,
            },
            FieldType::Date { earliest, latest } => Shown::Date {
                earliest: *earliest,
                latest: *latest,
            },
            FieldType::Birthdate => Shown::Birthdate {
                earliest: FieldType::BIRTHDATE_EARLIEST,
                latest: FieldType::BIRTHDATE_LATEST,
            },
            FieldType::Term { min, max } => Shown::Term {
                min: *min,
                max: *max,
            },
            FieldType::Iban => Shown::Iban,
            FieldType::Time => Shown::Time,
            FieldType::Boolean => Shown::Boolean,
            FieldType::Enum { values } => Shown::Enum { values },
            FieldType::Record { fields } => Shown::Record { fields },
            FieldType::List {
                of,
                min_items,
                max_items,
            } => Shown::List {
                of,
                min_items: *min_items,
                max_items: *max_items,
            },
            FieldType::Person => Shown::Person {
                name_max_length: FieldType::NAME_MAX_LENGTH,
            },
            FieldType::Address => Shown::Address {
                street_max_length: FieldType::STREET_MAX_LENGTH,
                number_min: *FieldType::HOUSE_NUMBERS.start(),
                number_max: *FieldType::HOUSE_NUMBERS.end(),
                suffix_max_length: FieldType::SUFFIX_MAX_LENGTH,
                city_max_length: FieldType::CITY_MAX_LENGTH,
            },
        };
        shown.serialize(serializer)
    }
}

pub(crate) fn quoted_list(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Schema {
    /// Parses the `[data]` table of a template.toml (`value` is that table). Errors name
    /// the field (its TOML path, `data.decision.fields.cost`) and what is wrong; every
    /// problem is reported, one per line.
    pub fn from_toml(value: &toml::Value) -> Result<Schema, String> {
        schema::from_toml(value)
    }

    /// The fields every letter has, whatever the template: `letter` (date, reference,
    /// handled_by, phone?), `recipient` (person) and `address` (address).
    pub fn envelope() -> Schema {
        schema::envelope()
    }

    /// The template's full schema: the envelope fields first, then the template's own.
    /// A template that declares an envelope field itself is an error.
    pub fn with_envelope(self) -> Result<Schema, String> {
        schema::with_envelope(self)
    }

    /// The field called `name` at the top level.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Where the repair term is (`["request", "days"]`: the field names from the top,
    /// through records), if the schema has a `term` field. A schema read from template.toml
    /// has at most one, never inside a list; otherwise this is the first outside lists.
    pub fn term_path(&self) -> Option<Vec<&str>> {
        fn find<'a>(fields: &'a [Field], path: &mut Vec<&'a str>) -> bool {
            for f in fields {
                path.push(&f.name);
                let found = match &f.ty {
                    FieldType::Term { .. } => true,
                    FieldType::Record { fields } => find(fields, path),
                    _ => false,
                };
                if found {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = Vec::new();
        find(&self.fields, &mut path).then_some(path)
    }

    /// Validates `data` and returns it cleaned: strings sanitised (bidi controls and private
    /// use characters removed, newlines folded, control characters rejected), postcodes
    /// normalised to `1234 AB`, optional fields given as `null` (or as text that is empty
    /// once cleaned) left out. `record` names the record in every diagnostic
    /// (`data.json[3]`, `batch.jsonl:17`); each problem is at its JSON path with a code
    /// ([`Code::DATA_TYPE`](crate::diag::Code::DATA_TYPE), `DATA_MISSING`,
    /// `DATA_UNKNOWN_FIELD`, `DATA_VALUE`) and, where helder can tell, a suggestion.
    /// At most [`MAX_DIAGNOSTICS`](crate::diag::MAX_DIAGNOSTICS) problems are kept, the
    /// rest counted.
    pub fn validate(
        &self,
        record: &str,
        data: &serde_json::Value,
    ) -> Result<serde_json::Value, Diagnostics> {
        validate::validate(&self.fields, record, data).map(|(clean, _)| clean)
    }

    /// Validates a letter's data (the schema holds the envelope) and reads its envelope
    /// typed: the letter date is parsed once, here, and every later stage uses the date.
    pub fn validate_letter(
        &self,
        record: &str,
        data: &serde_json::Value,
    ) -> Result<(serde_json::Value, Envelope), Diagnostics> {
        let (clean, date) = validate::validate(&self.fields, record, data)?;
        let envelope = Envelope::read(record, &clean, date)?;
        Ok((clean, envelope))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_describes_nested_types() {
        let t = FieldType::list(FieldType::Enum {
            values: vec!["a".into(), "b".into()],
        });
        assert_eq!(
            t.expected(),
            "a list of at most 100 items, each one of \"a\", \"b\""
        );
        assert_eq!(t.name(), "list");
    }
}

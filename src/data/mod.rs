//! Decision data: the typed schema a template declares, and validation of records
//! against it. Every problem of a record is reported at once, each with its JSON path.
//!
//! - [`Schema::from_toml`] reads the `[data]` table of a `template.toml`;
//!   [`Schema::with_envelope`] adds the fields every letter has ([`Schema::envelope`]).
//! - [`Schema::validate`] checks one record and returns it cleaned (text sanitised,
//!   postcodes normalised), or every problem with its path.
//! - [`read_data`] splits a JSON, JSON Lines or CSV input into named records;
//!   [`recipient_lines`] builds the window-envelope address block.

mod address;
mod csv_data;
mod envelope;
mod pending;
mod records;
mod schema;
mod text;
mod validate;

#[cfg(test)]
mod proptests;

use std::fmt;

use serde::Serialize;

pub use address::{normalise_postcode, recipient_lines};
pub use csv_data::read_csv;
pub use envelope::{Address, Envelope, LetterFields, Person, Salutation, serialize_date};
pub use pending::iso;
pub use records::{DataFormat, Record, read_data, read_data_as, read_records};
pub use text::clean_text;
pub(crate) use text::show_str;
pub use validate::parse_date;

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
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum FieldType {
    Text,
    Integer,
    /// Integer cents (1234,50 euro = 123450). Never a float or a string.
    Money,
    /// `YYYY-MM-DD`.
    Date,
    Boolean,
    Enum {
        values: Vec<String>,
    },
    Record {
        fields: Vec<Field>,
    },
    List {
        of: Box<FieldType>,
    },
    /// `{ name, salutation? }`.
    Person,
    /// A Dutch postal address `{ street, number, suffix?, postcode, city }`.
    Address,
}

impl FieldType {
    /// The type's name as written in template.toml (`list` for every list).
    pub fn name(&self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Integer => "integer",
            FieldType::Money => "money",
            FieldType::Date => "date",
            FieldType::Boolean => "boolean",
            FieldType::Enum { .. } => "enum",
            FieldType::Record { .. } => "record",
            FieldType::List { .. } => "list",
            FieldType::Person => "person",
            FieldType::Address => "address",
        }
    }

    /// What a value of this type looks like, for error messages and `helder templates`:
    /// `money in cents (an integer, 1234,50 euro is 123450)`.
    pub fn expected(&self) -> String {
        match self {
            FieldType::Text => "text (a string)".into(),
            FieldType::Integer => "an integer".into(),
            FieldType::Money => "money in cents (an integer, 1234,50 euro is 123450)".into(),
            FieldType::Date => "a date as \"YYYY-MM-DD\"".into(),
            FieldType::Boolean => "true or false".into(),
            FieldType::Enum { values } => format!("one of {}", quoted_list(values)),
            FieldType::Record { fields } => {
                let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
                format!("a record (a JSON object with {})", names.join(", "))
            }
            FieldType::List { of } => format!("a list of {}", of.expected()),
            FieldType::Person => {
                "a person { \"name\": text, \"salutation\": \"heer\" or \"mevrouw\" (optional) }"
                    .into()
            }
            FieldType::Address => "an address { \"street\", \"number\", \"suffix\" (optional), \
                 \"postcode\", \"city\" }"
                .into(),
        }
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

    /// Validates `data` and returns it cleaned: strings sanitised (bidi controls and private
    /// use characters removed, newlines folded, control characters rejected), postcodes
    /// normalised to `1234 AB`, optional fields given as `null` (or as text that is empty
    /// once cleaned) left out. `record` names the record in errors (`data.json[3]`,
    /// `batch.jsonl:17`).
    pub fn validate(
        &self,
        record: &str,
        data: &serde_json::Value,
    ) -> Result<serde_json::Value, DataErrors> {
        validate::validate(&self.fields, record, data)
    }
}

/// One problem in a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataError {
    /// JSON path: `decision.items[2].amount`; empty for the record as a whole.
    pub path: String,
    /// `expected money in cents, got "12,50"`.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// All problems of one record. Displayed as a header line naming the record followed by
/// one indented line per problem, so printing it with `{}` tells the whole story.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
pub struct DataErrors {
    pub record: String,
    pub errors: Vec<DataError>,
}

impl DataErrors {
    /// A record with a single problem not tied to a field (unreadable file, bad JSON).
    pub fn single(record: impl Into<String>, message: impl Into<String>) -> DataErrors {
        DataErrors {
            record: record.into(),
            errors: vec![DataError {
                path: String::new(),
                message: message.into(),
            }],
        }
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errors.as_slice() {
            [one] if one.path.is_empty() => write!(f, "{}: {}", self.record, one.message),
            errors => {
                let n = errors.len();
                let s = if n == 1 { "" } else { "s" };
                write!(f, "{}: {n} problem{s} in the data", self.record)?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_errors_display_lists_every_problem() {
        let e = DataErrors {
            record: "data.json[3]".into(),
            errors: vec![
                DataError {
                    path: "decision.amount".into(),
                    message: "expected money".into(),
                },
                DataError {
                    path: "address.postcode".into(),
                    message: "expected a postcode".into(),
                },
            ],
        };
        assert_eq!(
            e.to_string(),
            "data.json[3]: 2 problems in the data\n  decision.amount: expected money\n  \
             address.postcode: expected a postcode"
        );
    }

    #[test]
    fn data_errors_display_single_record_level_problem_on_one_line() {
        let e = DataErrors::single("batch.jsonl:17", "invalid JSON at batch.jsonl:17:5: x");
        assert_eq!(
            e.to_string(),
            "batch.jsonl:17: invalid JSON at batch.jsonl:17:5: x"
        );
        let e = DataErrors {
            record: "r".into(),
            errors: vec![DataError {
                path: "a".into(),
                message: "m".into(),
            }],
        };
        assert_eq!(e.to_string(), "r: 1 problem in the data\n  a: m");
    }

    #[test]
    fn expected_describes_nested_types() {
        let t = FieldType::List {
            of: Box::new(FieldType::Enum {
                values: vec!["a".into(), "b".into()],
            }),
        };
        assert_eq!(t.expected(), "a list of one of \"a\", \"b\"");
        assert_eq!(t.name(), "list");
    }
}

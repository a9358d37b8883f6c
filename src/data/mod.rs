//! Decision data: the typed schema a template declares, and validation of records
//! against it. Every problem of a record is reported at once, each with its JSON path.
//! OWNER: data helper. Interface below is the contract; bodies are to be written.

use serde::Serialize;

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

impl Schema {
    /// Parses the `[data]` table of a template.toml (`value` is that table). Errors name
    /// the field and what is wrong.
    pub fn from_toml(value: &toml::Value) -> Result<Schema, String> {
        let _ = value;
        todo!()
    }

    /// The fields every letter has, whatever the template: `letter`, `recipient`, `address`.
    pub fn envelope() -> Schema {
        todo!()
    }

    /// Validates `data` and returns it cleaned: strings sanitised (bidi controls and private
    /// use characters removed, newlines folded, control characters rejected), postcodes
    /// normalised to `1234 AB`. `record` names the record in errors (file and line, or
    /// `stdin record 3`).
    pub fn validate(
        &self,
        record: &str,
        data: &serde_json::Value,
    ) -> Result<serde_json::Value, DataErrors> {
        let _ = (record, data);
        todo!()
    }
}

/// One problem in a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataError {
    /// JSON path: `decision.items[2].amount`.
    pub path: String,
    /// `expected money in cents, got "12,50"`.
    pub message: String,
}

/// All problems of one record.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[error("{record}: {} problem(s) in the data", errors.len())]
pub struct DataErrors {
    pub record: String,
    pub errors: Vec<DataError>,
}

/// The window-envelope address block from validated `recipient` and `address`.
pub fn recipient_lines(data: &serde_json::Value) -> Vec<String> {
    let _ = data;
    todo!()
}

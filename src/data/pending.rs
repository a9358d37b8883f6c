//! Placeholders until the schema work lands (replaced by data/date.rs and FieldType::Term).

use serde_json::Value;

use super::Schema;

pub fn iso(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

impl Schema {
    /// The repair term in days of the record, if the schema has a `term` field.
    pub fn term_days(&self, clean: &Value) -> Option<u32> {
        clean
            .pointer("/request/days")
            .and_then(Value::as_u64)
            .and_then(|d| u32::try_from(d).ok())
    }
}

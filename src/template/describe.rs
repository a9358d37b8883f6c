//! Templates described for people: what `helder templates` prints.

use std::fmt::Write as _;

use super::Template;
use crate::data::{Field, FieldType};

impl Template {
    /// The template's id, kind, languages and every data field with its type, one a line.
    pub fn describe(&self) -> String {
        let langs: Vec<_> = self.languages.iter().map(|l| l.code()).collect();
        let mut out = format!("{}  ({:?}; {})\n", self.id, self.kind, langs.join(", "));
        for field in &self.schema.fields {
            describe_field(&mut out, field, "");
        }
        out.push('\n');
        out
    }
}

fn describe_field(out: &mut String, field: &Field, prefix: &str) {
    let name = format!("{prefix}{}", field.name);
    let ty = match &field.ty {
        FieldType::Text => "text".to_string(),
        FieldType::Integer => "integer".into(),
        FieldType::Money => "money (cents)".into(),
        FieldType::Date => "date (YYYY-MM-DD)".into(),
        FieldType::Boolean => "boolean".into(),
        FieldType::Enum { values } => format!("one of {}", values.join(", ")),
        FieldType::Record { .. } => "record".into(),
        FieldType::List { .. } => "list".into(),
        FieldType::Person => "person { name, salutation? }".into(),
        FieldType::Address => "address { street, number, suffix?, postcode, city }".into(),
    };
    let optional = if field.optional { ", optional" } else { "" };
    let description = if field.description.is_empty() {
        String::new()
    } else {
        format!("  {}", field.description)
    };
    let _ = writeln!(out, "    {name}: {ty}{optional}{description}");
    match &field.ty {
        FieldType::Record { fields } => {
            for f in fields {
                describe_field(out, f, &format!("{name}."));
            }
        }
        FieldType::List { of } => {
            if let FieldType::Record { fields } = of.as_ref() {
                for f in fields {
                    describe_field(out, f, &format!("{name}[]."));
                }
            }
        }
        _ => {}
    }
}

//! Templates described for people: what `helder templates` prints.

use std::fmt::Write as _;

use super::Template;
use crate::data::{Field, FieldType};

impl Template {
    /// Templates as `helder templates` lists them: for people, or JSON for case systems
    /// (ids, kinds, languages and the data schema with every bound).
    pub fn list(templates: &[Template], json: bool) -> String {
        if json {
            // A list of plain values cannot fail to serialise.
            serde_json::to_string_pretty(templates).unwrap_or_default() + "\n"
        } else {
            templates.iter().map(Template::describe).collect()
        }
    }

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
    let ty = type_text(&field.ty);
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
        FieldType::List { of, .. } => {
            if let FieldType::Record { fields } = of.as_ref() {
                for f in fields {
                    describe_field(out, f, &format!("{name}[]."));
                }
            }
        }
        _ => {}
    }
}

/// A field's type in words, with its bounds and, for a choice, every value.
fn type_text(ty: &FieldType) -> String {
    match ty {
        FieldType::Text { max_length } => format!("text (at most {max_length} characters)"),
        FieldType::Integer { min, max } => match (min, max) {
            (Some(a), Some(b)) => format!("integer from {a} to {b}"),
            (Some(a), None) => format!("integer, at least {a}"),
            (None, Some(b)) => format!("integer, at most {b}"),
            (None, None) => "integer".into(),
        },
        FieldType::Money { min, max } => format!(
            "money in cents, {} to {}",
            crate::data::euros(*min),
            crate::data::euros(*max)
        ),
        FieldType::Date { earliest, latest } => {
            let mut text = "date (YYYY-MM-DD)".to_string();
            if let Some(e) = earliest {
                text.push_str(&format!(", from the letter date {e}"));
            }
            if let Some(l) = latest {
                text.push_str(&format!(", until the letter date {l}"));
            }
            text
        }
        FieldType::Birthdate => "birth date (YYYY-MM-DD)".into(),
        FieldType::Term { min, max } => format!("repair term in days, {min} to {max}"),
        FieldType::Iban => "IBAN".into(),
        FieldType::Time => "time of day (HH:MM)".into(),
        FieldType::Boolean => "boolean".into(),
        FieldType::Enum { values } => format!("one of {}", values.join(", ")),
        FieldType::Record { .. } => "record".into(),
        FieldType::List {
            of,
            min_items,
            max_items,
        } => match of.as_ref() {
            // The record's fields are listed below it.
            FieldType::Record { .. } => format!("list of {min_items} to {max_items} records"),
            item => format!(
                "list of {min_items} to {max_items} items, each {}",
                type_text(item)
            ),
        },
        FieldType::Person => "person { name, salutation? }".into(),
        FieldType::Address => "address { street, number, suffix?, postcode, city }".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_says_what_each_item_is_and_a_choice_its_values() {
        let choice = FieldType::Enum {
            values: vec!["bril".into(), "tandarts".into()],
        };
        let list = FieldType::List {
            of: Box::new(choice.clone()),
            min_items: 1,
            max_items: 3,
        };
        assert_eq!(
            type_text(&list),
            "list of 1 to 3 items, each one of bril, tandarts"
        );
        let records = FieldType::List {
            of: Box::new(FieldType::Record { fields: vec![] }),
            min_items: 0,
            max_items: 5,
        };
        assert_eq!(type_text(&records), "list of 0 to 5 records");
    }
}

//! A template's data schema as JSON Schema (draft 2020-12), so a case system can check
//! its data before it calls. Generated from the schema helder validates with; what JSON
//! Schema cannot say (dates counted from the letter date, the IBAN checksum) is in the
//! field's description, and helder's own validation stays the judge.

use serde_json::{Map, Value, json};

use crate::data::{Field, FieldType, Schema};

/// The JSON Schema of the data of template `id`.
pub fn json_schema(id: &str, schema: &Schema) -> Value {
    let mut root = record(&schema.fields);
    if let Value::Object(map) = &mut root {
        let mut head = Map::new();
        head.insert(
            "$schema".into(),
            "https://json-schema.org/draft/2020-12/schema".into(),
        );
        head.insert("title".into(), format!("Data of the letter `{id}`").into());
        head.append(map);
        return Value::Object(head);
    }
    root
}

fn record(fields: &[Field]) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut conditions = Vec::new();
    for f in fields {
        if let Some(c) = &f.required_when {
            // Required when the choice has one of the values, absent otherwise: the same
            // rule helder validates with (`data.missing` / `data.inconsistent`).
            conditions.push(json!({
                "if": {
                    "properties": { &c.field: { "enum": c.values } },
                    "required": [&c.field],
                },
                "then": { "required": [&f.name] },
                "else": { "not": { "required": [&f.name] } },
            }));
        }
        let mut schema = of_type(&f.ty);
        if !f.description.is_empty() {
            describe(&mut schema, &f.description);
        }
        if f.optional {
            schema = json!({ "anyOf": [schema, { "type": "null" }] });
        } else {
            required.push(Value::from(f.name.clone()));
        }
        properties.insert(f.name.clone(), schema);
    }
    let mut out = json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    });
    if !conditions.is_empty() {
        out["allOf"] = conditions.into();
    }
    out
}

/// Adds `text` to the schema's description (after what the type says).
fn describe(schema: &mut Value, text: &str) {
    if let Value::Object(map) = schema {
        let joined = match map.get("description").and_then(Value::as_str) {
            Some(own) => format!("{text} ({own})"),
            None => text.to_owned(),
        };
        map.insert("description".into(), joined.into());
    }
}

fn text(max_length: usize) -> Value {
    json!({ "type": "string", "maxLength": max_length })
}

fn date(description: String) -> Value {
    json!({
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": description,
    })
}

fn of_type(ty: &FieldType) -> Value {
    match ty {
        FieldType::Text { max_length } => text(*max_length),
        FieldType::Integer { min, max } => {
            let mut s = json!({ "type": "integer" });
            if let Some(min) = min {
                s["minimum"] = (*min).into();
            }
            if let Some(max) = max {
                s["maximum"] = (*max).into();
            }
            s
        }
        FieldType::Money { min, max } => json!({
            "type": "integer",
            "minimum": min,
            "maximum": max,
            "description": "money in euro cents: 1250 is € 12,50",
        }),
        FieldType::Date { earliest, latest } => {
            let mut words = "a date, YYYY-MM-DD".to_string();
            if let Some(e) = earliest {
                words.push_str(&format!("; from the letter date {e}"));
            }
            if let Some(l) = latest {
                words.push_str(&format!("; until the letter date {l}"));
            }
            date(words)
        }
        FieldType::Birthdate => date(
            "a date of birth, YYYY-MM-DD: not after the letter date, at most 120 years before it"
                .into(),
        ),
        FieldType::Term { min, max } => json!({
            "type": "integer",
            "minimum": min,
            "maximum": max,
            "description": "a repair term in days",
        }),
        FieldType::Iban => json!({
            "type": "string",
            "maxLength": 42,
            "pattern": "^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]+$",
            "description": "an IBAN; its checksum and length are checked",
        }),
        FieldType::Time => json!({
            "type": "string",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$",
            "description": "a time of day on the 24-hour clock, H:MM or HH:MM",
        }),
        FieldType::Boolean => json!({ "type": "boolean" }),
        FieldType::Enum { values } => json!({ "type": "string", "enum": values }),
        FieldType::Record { fields } => record(fields),
        FieldType::List {
            of,
            min_items,
            max_items,
        } => json!({
            "type": "array",
            "items": of_type(of),
            "minItems": min_items,
            "maxItems": max_items,
        }),
        FieldType::Person => json!({
            "type": "object",
            "properties": {
                "name": text(FieldType::NAME_MAX_LENGTH),
                "salutation": { "anyOf": [
                    { "type": "string", "enum": ["heer", "mevrouw"] },
                    { "type": "null" }
                ] },
            },
            "required": ["name"],
            "additionalProperties": false,
        }),
        FieldType::Address => json!({
            "type": "object",
            "properties": {
                "street": text(FieldType::STREET_MAX_LENGTH),
                "number": {
                    "type": "integer",
                    "minimum": FieldType::HOUSE_NUMBERS.start(),
                    "maximum": FieldType::HOUSE_NUMBERS.end(),
                },
                "suffix": { "anyOf": [text(FieldType::SUFFIX_MAX_LENGTH), { "type": "null" }] },
                "postcode": {
                    "type": "string",
                    "pattern": "^\\s*[1-9][0-9]{3}\\s*[A-Za-z]{2}\\s*$",
                    "description": "a Dutch postcode like \"1234 AB\"",
                },
                "city": text(FieldType::CITY_MAX_LENGTH),
            },
            "required": ["street", "number", "postcode", "city"],
            "additionalProperties": false,
        }),
    }
}

#[cfg(test)]
mod tests {
    //! The JSON Schema agrees with helder's validation on every example of the bundled
    //! project, and on examples broken on purpose. The validator here knows only the
    //! keywords the generator writes.
    use super::*;
    use crate::Project;

    fn valid(schema: &Value, v: &Value) -> bool {
        if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
            return any.iter().any(|s| valid(s, v));
        }
        let ty = schema.get("type").and_then(Value::as_str).unwrap_or("");
        let ok = match ty {
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            "integer" => v.is_i64() || v.is_u64(),
            "string" => v.is_string(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            _ => true,
        };
        if !ok {
            return false;
        }
        let num = |k: &str| schema.get(k).and_then(Value::as_i64);
        if let Some(n) = v.as_i64()
            && (num("minimum").is_some_and(|m| n < m) || num("maximum").is_some_and(|m| n > m))
        {
            return false;
        }
        if let Some(s) = v.as_str() {
            if num("maxLength").is_some_and(|m| s.chars().count() as i64 > m) {
                return false;
            }
            if let Some(p) = schema.get("pattern").and_then(Value::as_str)
                && !regex::Regex::new(p).unwrap().is_match(s)
            {
                return false;
            }
            if let Some(e) = schema.get("enum").and_then(Value::as_array)
                && !e.contains(v)
            {
                return false;
            }
        }
        if let Some(items) = v.as_array() {
            let n = items.len() as i64;
            if num("minItems").is_some_and(|m| n < m) || num("maxItems").is_some_and(|m| n > m) {
                return false;
            }
            if let Some(s) = schema.get("items") {
                return items.iter().all(|i| valid(s, i));
            }
        }
        if let Some(object) = v.as_object() {
            let props = schema.get("properties").and_then(Value::as_object);
            let required = schema.get("required").and_then(Value::as_array);
            if required.is_some_and(|r| r.iter().any(|k| !object.contains_key(k.as_str().unwrap())))
            {
                return false;
            }
            for (k, value) in object {
                let fits = match props.and_then(|p| p.get(k)) {
                    Some(s) => valid(s, value),
                    None => schema.get("additionalProperties") != Some(&Value::Bool(false)),
                };
                if !fits {
                    return false;
                }
            }
        }
        true
    }

    #[test]
    fn every_example_fits_its_template_s_json_schema_and_broken_ones_do_not() {
        let project = Project::bundled().unwrap();
        let mut checked = 0;
        for template in project.templates() {
            let schema = json_schema(&template.id, &template.schema);
            for example in &template.examples {
                assert!(
                    valid(&schema, &example.data),
                    "{} {}",
                    template.id,
                    example.name
                );
                let mut unknown = example.data.clone();
                unknown["letter"]["refernce"] = "x".into();
                assert!(
                    !valid(&schema, &unknown),
                    "{}: unknown field passes",
                    template.id
                );
                assert!(template.schema.validate_letter("x", &unknown).is_err());
                let mut missing = example.data.clone();
                missing["recipient"].as_object_mut().unwrap().remove("name");
                assert!(
                    !valid(&schema, &missing),
                    "{}: missing name passes",
                    template.id
                );
                assert!(template.schema.validate_letter("x", &missing).is_err());
                let mut postcode = example.data.clone();
                postcode["address"]["postcode"] = "0123 AB".into();
                assert!(
                    !valid(&schema, &postcode),
                    "{}: postcode 0123 passes",
                    template.id
                );
                checked += 1;
            }
        }
        assert!(checked >= 4, "{checked} examples");
    }
}

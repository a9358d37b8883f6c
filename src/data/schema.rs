//! Reading the `[data]` table of template.toml, and the envelope fields.

use toml::Value as Toml;

use super::date::Offset;
use super::{Condition, Field, FieldType, Schema, euros};
use crate::diag::{IdKind, check_id, closest, suggest_id};

const TYPES: [&str; 14] = [
    "text",
    "integer",
    "money",
    "date",
    "boolean",
    "enum",
    "record",
    "list",
    "person",
    "address",
    "iban",
    "birthdate",
    "term",
    "time",
];

/// The keys that set a type's bounds or contents, and the types that have them.
const OWN_KEYS: [(&str, &[&str]); 10] = [
    ("values", &["enum"]),
    ("fields", &["record"]),
    ("of", &["list"]),
    ("min_items", &["list"]),
    ("max_items", &["list"]),
    ("max_length", &["text"]),
    ("min", &["integer", "money", "term"]),
    ("max", &["integer", "money", "term"]),
    ("earliest", &["date"]),
    ("latest", &["date"]),
];

/// Deeper than this is certainly a mistake, and the limit keeps recursion bounded.
const MAX_DEPTH: usize = 16;

pub(super) fn from_toml(value: &Toml) -> Result<Schema, String> {
    let mut errors = Vec::new();
    let fields = match value {
        Toml::Table(table) => fields(&mut errors, "data", table, 0),
        other => {
            errors.push(format!(
                "data: expected a table of fields ([data.<name>] sections), got {}",
                show_toml(other)
            ));
            Vec::new()
        }
    };
    one_term(&mut errors, &fields);
    if errors.is_empty() {
        Ok(Schema { fields })
    } else {
        Err(errors.join("\n"))
    }
}

fn fields(errors: &mut Vec<String>, path: &str, table: &toml::Table, depth: usize) -> Vec<Field> {
    let mut out = Vec::new();
    for (name, def) in table {
        let path = format!("{path}.{name}");
        if let Err(why) = check_id(IdKind::Field, name) {
            errors.push(format!(
                "{path}: `{name}` cannot be used in letter.md: {why} (for example `{}`)",
                suggest_id(IdKind::Field, name)
            ));
        }
        let Some(def) = def.as_table() else {
            errors.push(format!(
                "{path}: expected a field definition like {{ type = \"text\" }}, got {}",
                show_toml(def)
            ));
            continue;
        };
        if let Some((ty, optional, description)) = definition(errors, &path, def, true, depth) {
            let required_when = def
                .get("required_when")
                .and_then(|c| condition(errors, &path, c, def.contains_key("optional")));
            out.push(Field {
                name: name.clone(),
                ty,
                optional: optional || required_when.is_some(),
                description,
                required_when,
            });
        }
    }
    conditions_name_choices(errors, path, &out);
    out
}

/// `required_when = { form = "lening" }` or `{ reason = ["inkomen", "voorliggend"] }`:
/// one choice beside the field and the values that require it.
fn condition(
    errors: &mut Vec<String>,
    path: &str,
    value: &Toml,
    has_optional: bool,
) -> Option<Condition> {
    let path = format!("{path}.required_when");
    let example = "required_when = { form = \"lening\" }";
    if has_optional {
        errors.push(format!(
            "{path}: a field with required_when is required exactly when that choice is \
             made and left out otherwise; remove `optional`"
        ));
        return None;
    }
    let table = match value {
        Toml::Table(t) if t.len() == 1 => t,
        other => {
            errors.push(format!(
                "{path}: expected one choice and its values, like {example}, got {}",
                show_toml(other)
            ));
            return None;
        }
    };
    let (field, values) = table.iter().next()?;
    let values: Vec<String> = match values {
        Toml::String(v) => vec![v.clone()],
        Toml::Array(items) if !items.is_empty() => {
            let strings: Vec<String> = items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_owned))
                .collect();
            if strings.len() != items.len() {
                errors.push(format!(
                    "{path}.{field}: expected the values of `{field}` as strings, like {example}"
                ));
                return None;
            }
            strings
        }
        other => {
            errors.push(format!(
                "{path}.{field}: expected a value of `{field}` or a list of them, like \
                 {example}, got {}",
                show_toml(other)
            ));
            return None;
        }
    };
    Some(Condition {
        field: field.clone(),
        values,
    })
}

/// Every `required_when` names an `enum` field of the same record and values it has.
fn conditions_name_choices(errors: &mut Vec<String>, path: &str, fields: &[Field]) {
    for f in fields {
        let Some(c) = &f.required_when else { continue };
        let at = format!("{path}.{}.required_when.{}", f.name, c.field);
        let Some(choice) = fields.iter().find(|other| other.name == c.field) else {
            let names = fields.iter().map(|f| f.name.as_str());
            let hint = closest(&c.field, names)
                .map(|n| format!(" (did you mean `{n}`?)"))
                .unwrap_or_default();
            errors.push(format!(
                "{at}: no field `{}` beside `{}`{hint}; required_when names an enum field of \
                 the same record",
                c.field, f.name
            ));
            continue;
        };
        let FieldType::Enum { values } = &choice.ty else {
            errors.push(format!(
                "{at}: `{}` is {}, not an enum; required_when names an enum field",
                c.field,
                choice.ty.name()
            ));
            continue;
        };
        for v in &c.values {
            if !values.contains(v) {
                let hint = closest(v, values.iter().map(String::as_str))
                    .map(|n| format!(" (did you mean \"{n}\"?)"))
                    .unwrap_or_default();
                errors.push(format!(
                    "{at}: \"{v}\" is not a value of `{}`{hint}; expected one of {}",
                    c.field,
                    super::quoted_list(values)
                ));
            }
        }
    }
}

/// One type definition: a field (`in_field`: may be `optional`) or the `of` of a list.
fn definition(
    errors: &mut Vec<String>,
    path: &str,
    def: &toml::Table,
    in_field: bool,
    depth: usize,
) -> Option<(FieldType, bool, String)> {
    if depth > MAX_DEPTH {
        errors.push(format!("{path}: fields nested more than {MAX_DEPTH} deep"));
        return None;
    }
    let before = errors.len();
    let ty_name = match def.get("type") {
        Some(Toml::String(s)) => s.as_str(),
        Some(other) => {
            errors.push(format!(
                "{path}.type: expected the name of a type ({}), got {}",
                TYPES.join(", "),
                show_toml(other)
            ));
            return None;
        }
        None => {
            errors.push(format!(
                "{path}: missing `type`; expected one of {}",
                TYPES.join(", ")
            ));
            return None;
        }
    };
    if !TYPES.contains(&ty_name) {
        let hint = closest(ty_name, TYPES)
            .map(|t| format!(" (did you mean \"{t}\"?)"))
            .unwrap_or_default();
        errors.push(format!(
            "{path}.type: unknown type \"{ty_name}\"{hint}; expected one of {}",
            TYPES.join(", ")
        ));
        return None;
    }

    // Keys allowed for this type; each other key is reported.
    let mut allowed = vec!["type", "description"];
    if in_field {
        allowed.push("optional");
        allowed.push("required_when");
    }
    allowed.extend(
        OWN_KEYS
            .iter()
            .filter(|(_, types)| types.contains(&ty_name))
            .map(|(key, _)| *key),
    );
    for key in def.keys() {
        if allowed.contains(&key.as_str()) {
            continue;
        }
        let owners = OWN_KEYS.iter().find(|(k, _)| k == key).map(|(_, t)| *t);
        errors.push(match owners {
            Some(owners) => format!(
                "{path}.{key}: `{key}` is only for {} fields, not {ty_name}",
                and_list(owners)
            ),
            None if key == "optional" => format!(
                "{path}.optional: the items of a list cannot be optional; make the list \
                 itself optional, or leave items out"
            ),
            None => {
                let hint = closest(key, allowed.iter().copied())
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                format!(
                    "{path}.{key}: unknown key `{key}`{hint}; expected {}",
                    allowed.join(", ")
                )
            }
        });
    }

    let optional = match def.get("optional") {
        None => false,
        Some(Toml::Boolean(b)) => *b,
        Some(other) => {
            errors.push(format!(
                "{path}.optional: expected true or false, got {}",
                show_toml(other)
            ));
            false
        }
    };
    let description = match def.get("description") {
        None => String::new(),
        Some(Toml::String(s)) => s.trim().to_string(),
        Some(other) => {
            errors.push(format!(
                "{path}.description: expected a string, got {}",
                show_toml(other)
            ));
            String::new()
        }
    };

    let ty = match ty_name {
        "text" => {
            let limit = FieldType::TEXT_MAX_LENGTH_LIMIT;
            FieldType::Text {
                max_length: count(errors, path, def, "max_length", "characters", limit)
                    .unwrap_or(FieldType::TEXT_MAX_LENGTH),
            }
        }
        "integer" => {
            let (min, max) = bounds(errors, path, def, None, None, None, |n: i64| n.to_string());
            FieldType::Integer { min, max }
        }
        "money" => {
            let (min, max) = bounds(
                errors,
                path,
                def,
                Some(0),
                Some(FieldType::MONEY_MAX),
                None,
                |cents| format!("{cents} ({})", euros(cents)),
            );
            FieldType::Money {
                min: min.unwrap_or(0),
                max: max.unwrap_or(FieldType::MONEY_MAX),
            }
        }
        "term" => {
            let days = FieldType::TERM_DAYS;
            let within = format!("a term is from {} to {} days", days.start(), days.end());
            let (min, max) = bounds(
                errors,
                path,
                def,
                Some(*days.start()),
                Some(*days.end()),
                Some((days.clone(), within.as_str())),
                |n: i64| n.to_string(),
            );
            FieldType::Term {
                min: min.unwrap_or(*days.start()),
                max: max.unwrap_or(*days.end()),
            }
        }
        "date" => {
            let earliest = offset(errors, path, def, "earliest");
            let latest = offset(errors, path, def, "latest");
            if let (Some(e), Some(l)) = (earliest, latest)
                && e.always_after(l)
            {
                errors.push(format!(
                    "{path}.earliest: earliest (\"{e}\") is after latest (\"{l}\"), so no \
                     date fits"
                ));
            }
            FieldType::Date { earliest, latest }
        }
        "birthdate" => FieldType::Birthdate,
        "iban" => FieldType::Iban,
        "time" => FieldType::Time,
        "boolean" => FieldType::Boolean,
        "person" => FieldType::Person,
        "address" => FieldType::Address,
        "enum" => FieldType::Enum {
            values: enum_values(errors, path, def.get("values")),
        },
        "record" => match def.get("fields") {
            Some(Toml::Table(t)) if !t.is_empty() => FieldType::Record {
                fields: fields(errors, &format!("{path}.fields"), t, depth + 1),
            },
            Some(Toml::Table(_)) => {
                errors.push(format!("{path}.fields: a record needs at least one field"));
                return None;
            }
            Some(other) => {
                errors.push(format!(
                    "{path}.fields: expected a table of fields like {{ what = {{ type = \"text\" }} }}, got {}",
                    show_toml(other)
                ));
                return None;
            }
            None => {
                errors.push(format!(
                    "{path}: record without `fields`; add [{}.fields.<name>] sections",
                    path.trim_start_matches('.')
                ));
                return None;
            }
        },
        "list" => match def.get("of") {
            Some(Toml::Table(of)) => {
                let limit = FieldType::LIST_MAX_ITEMS_LIMIT;
                let min_items = count(errors, path, def, "min_items", "items", limit);
                let max_items = count(errors, path, def, "max_items", "items", limit);
                let (min_items, max_items) = (
                    min_items.unwrap_or(0),
                    max_items.unwrap_or(FieldType::LIST_MAX_ITEMS),
                );
                if min_items > max_items {
                    let default = if def.contains_key("max_items") {
                        ""
                    } else {
                        ", the default"
                    };
                    errors.push(format!(
                        "{path}.min_items: min_items ({min_items}) is more than max_items \
                         ({max_items}{default})"
                    ));
                }
                let (of, _, _) = definition(errors, &format!("{path}.of"), of, false, depth + 1)?;
                FieldType::List {
                    of: Box::new(of),
                    min_items,
                    max_items,
                }
            }
            Some(other) => {
                errors.push(format!(
                    "{path}.of: expected the type of the items like {{ type = \"text\" }}, got {}",
                    show_toml(other)
                ));
                return None;
            }
            None => {
                errors.push(format!(
                    "{path}: list without `of`; say what the items are, like of = {{ type = \"text\" }}"
                ));
                return None;
            }
        },
        _ => unreachable!("checked against TYPES above"),
    };
    (errors.len() == before).then_some((ty, optional, description))
}

/// A count (`max_length`, `min_items`, `max_items`): a whole number from 0 (from 1 for a
/// maximum) to `limit`; `None` when absent or wrong (then reported).
fn count(
    errors: &mut Vec<String>,
    path: &str,
    def: &toml::Table,
    key: &str,
    unit: &str,
    limit: usize,
) -> Option<usize> {
    let value = def.get(key)?;
    let least = usize::from(key.starts_with("max"));
    match value {
        Toml::Integer(n) if *n >= least as i64 && *n <= limit as i64 => usize::try_from(*n).ok(),
        Toml::Integer(n) if *n > limit as i64 => {
            errors.push(format!(
                "{path}.{key}: at most {limit} {unit} (more does not belong in a letter), got {n}"
            ));
            None
        }
        other => {
            errors.push(format!(
                "{path}.{key}: expected a whole number of {unit} from {least} to {limit}, like \
                 {key} = 20, got {}",
                show_toml(other)
            ));
            None
        }
    }
}

/// `min` and `max` of integers, money and terms. A bound that is absent takes its default
/// (`None` for no bound); one outside `within` (the range and a sentence saying it) and
/// `min` above `max` are reported, `show` writing the amounts.
fn bounds(
    errors: &mut Vec<String>,
    path: &str,
    def: &toml::Table,
    default_min: Option<i64>,
    default_max: Option<i64>,
    within: Option<(std::ops::RangeInclusive<i64>, &str)>,
    show: impl Fn(i64) -> String,
) -> (Option<i64>, Option<i64>) {
    let mut bound = |key: &str| match def.get(key) {
        None => Ok(None),
        Some(Toml::Integer(n)) => match &within {
            Some((range, what)) if !range.contains(n) => {
                errors.push(format!("{path}.{key}: {what}, got {n}"));
                Err(())
            }
            _ => Ok(Some(*n)),
        },
        Some(other) => {
            errors.push(format!(
                "{path}.{key}: expected a whole number like {key} = 10, got {}",
                show_toml(other)
            ));
            Err(())
        }
    };
    let (min, max) = (bound("min"), bound("max"));
    let min = min.map(|m| m.or(default_min));
    let max = max.map(|m| m.or(default_max));
    if let (Ok(Some(lo)), Ok(Some(hi))) = (min, max)
        && lo > hi
    {
        let default = if def.contains_key("max") {
            ""
        } else {
            ", the default"
        };
        errors.push(format!(
            "{path}.min: min {} is more than max {}{default}",
            show(lo),
            show(hi)
        ));
    }
    (min.unwrap_or(None), max.unwrap_or(None))
}

/// `earliest` or `latest` of a date: a distance from the letter date like `"-2y"`.
fn offset(errors: &mut Vec<String>, path: &str, def: &toml::Table, key: &str) -> Option<Offset> {
    let value = def.get(key)?;
    let parsed = match value {
        Toml::String(s) => s.parse::<Offset>(),
        _ => Err(String::new()),
    };
    parsed
        .map_err(|why| {
            let why = if why.is_empty() {
                String::new()
            } else {
                format!(" ({why})")
            };
            errors.push(format!(
                "{path}.{key}: expected a distance from the letter date like \"-2y\" or \
                 \"+30d\" (a sign, a number and d, w, m or y), got {}{why}",
                show_toml(value)
            ));
        })
        .ok()
}

/// A letter has one repair term, whose deadline it shows: at most one `term` field in a
/// schema, and none inside a list (every item would have its own).
fn one_term(errors: &mut Vec<String>, fields: &[Field]) {
    fn walk(
        errors: &mut Vec<String>,
        first: &mut Option<String>,
        path: String,
        ty: &FieldType,
        in_list: bool,
    ) {
        match ty {
            FieldType::Term { .. } if in_list => errors.push(format!(
                "{path}: a term cannot be inside a list: a letter has one repair term, and \
                 every item would have its own"
            )),
            FieldType::Term { .. } => match first {
                Some(first) => errors.push(format!(
                    "{path}: a schema has at most one `term` field (the letter's repair \
                     deadline is computed from it); {first} is one already"
                )),
                None => *first = Some(path),
            },
            FieldType::Record { fields } => {
                for f in fields {
                    walk(
                        errors,
                        first,
                        format!("{path}.fields.{}", f.name),
                        &f.ty,
                        in_list,
                    );
                }
            }
            FieldType::List { of, .. } => walk(errors, first, format!("{path}.of"), of, true),
            _ => {}
        }
    }
    let mut first = None;
    for f in fields {
        walk(errors, &mut first, format!("data.{}", f.name), &f.ty, false);
    }
}

/// `integer, money and term`.
fn and_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn enum_values(errors: &mut Vec<String>, path: &str, values: Option<&Toml>) -> Vec<String> {
    let example = "values = [\"bril\", \"wasmachine\"]";
    let Some(values) = values else {
        errors.push(format!(
            "{path}: enum without `values`; list the allowed values, like {example}"
        ));
        return Vec::new();
    };
    let Some(items) = values.as_array() else {
        errors.push(format!(
            "{path}.values: expected a list of strings like {example}, got {}",
            show_toml(values)
        ));
        return Vec::new();
    };
    if items.is_empty() {
        errors.push(format!("{path}.values: an enum needs at least one value"));
    }
    let mut out: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) if s.trim().is_empty() => {
                errors.push(format!("{path}.values[{i}]: a value cannot be empty"));
            }
            Some(s) if out.iter().any(|v| v == s) => {
                errors.push(format!("{path}.values[{i}]: \"{s}\" is listed twice"));
            }
            Some(s) => out.push(s.to_string()),
            None => errors.push(format!(
                "{path}.values[{i}]: expected a string, got {}",
                show_toml(item)
            )),
        }
    }
    out
}

/// Field names become Tera variables (`decision.paid_on`), so they must be identifiers.
fn show_toml(value: &Toml) -> String {
    match value {
        Toml::String(s) => super::text::show_str(s),
        Toml::Integer(i) => i.to_string(),
        Toml::Float(f) => f.to_string(),
        Toml::Boolean(b) => b.to_string(),
        Toml::Datetime(d) => d.to_string(),
        Toml::Array(_) => "a list".into(),
        Toml::Table(_) => "a table".into(),
    }
}

/// The names of the envelope fields, in order.
pub(super) const ENVELOPE: [&str; 3] = ["letter", "recipient", "address"];

pub(super) fn envelope() -> Schema {
    let field = |name: &str, ty, optional, description: &str| Field {
        name: name.into(),
        ty,
        optional,
        description: description.into(),
        required_when: None,
    };
    Schema {
        fields: vec![
            field(
                "letter",
                FieldType::Record {
                    fields: vec![
                        field(
                            "date",
                            FieldType::date(),
                            false,
                            "Datum van de brief; termijnen tellen vanaf deze dag",
                        ),
                        field(
                            "reference",
                            // Zaaknummers are short; 100 leaves room for any case system.
                            FieldType::Text { max_length: 100 },
                            false,
                            "Ons kenmerk (zaaknummer)",
                        ),
                        field(
                            "handled_by",
                            FieldType::Text {
                                max_length: FieldType::NAME_MAX_LENGTH,
                            },
                            false,
                            "Naam van de contactpersoon",
                        ),
                        field(
                            "phone",
                            // `+31 (0)20 123 45 67 toestel 1234` fits.
                            FieldType::Text { max_length: 40 },
                            true,
                            "Direct telefoonnummer (anders het algemene nummer)",
                        ),
                        field(
                            "contact_id",
                            // The case system's id of the employee: a key of the
                            // house's [team] photos, never a file name.
                            FieldType::Text { max_length: 64 },
                            true,
                            "Id van de contactpersoon in de teamfoto's van de huisstijl ([team] in house.toml)",
                        ),
                    ],
                },
                false,
                "De brief zelf",
            ),
            field("recipient", FieldType::Person, false, "Aan wie de brief is"),
            field(
                "address",
                FieldType::Address,
                false,
                "Adres van de ontvanger",
            ),
        ],
    }
}

/// Top-level names letter.md receives besides the data: the language code and the house
/// settings (phone, addresses, URLs). A data field of that name would clash.
pub(super) const RESERVED: [(&str, &str); 4] = [
    ("lang", "the letter's language code"),
    ("house", "the house settings (phone, addresses, websites)"),
    (
        "deadline",
        "the deadlines helder computes (objection, repair)",
    ),
    (
        "remedy",
        "a decision's remedy (template.toml `remedy`: bezwaar or administratief-beroep)",
    ),
];

pub(super) fn with_envelope(own: Schema) -> Result<Schema, String> {
    let errors: Vec<String> =
        own.fields
            .iter()
            .filter_map(|f| {
                if ENVELOPE.contains(&f.name.as_str()) {
                    Some(format!(
                        "data.{0}: `{0}` is an envelope field that every letter already has ({1}); \
                     remove it from template.toml or choose another name",
                        f.name,
                        ENVELOPE.join(", ")
                    ))
                } else {
                    RESERVED.iter().find(|(name, _)| *name == f.name).map(|(name, what)| {
                    format!(
                        "data.{name}: `{name}` is reserved: letter.md gets {what} under that \
                         name; choose another name"
                    )
                })
                }
            })
            .collect();
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    let mut fields = envelope().fields;
    fields.extend(own.fields);
    Ok(Schema { fields })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Schema, String> {
        let doc: toml::Table = text.parse().expect("test TOML parses");
        let data = doc
            .get("data")
            .cloned()
            .unwrap_or(Toml::Table(Default::default()));
        from_toml(&data)
    }

    #[test]
    fn parses_the_documented_example_in_order() {
        let schema = parse(
            r#"
            [data.decision]
            type = "record"
            description = "Het besluit"

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

            [data.partner]
            type = "person"
            optional = true

            [data.home]
            type = "address"

            [data.count]
            type = "integer"

            [data.urgent]
            type = "boolean"
            "#,
        )
        .unwrap();
        let names: Vec<&str> = schema.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["decision", "partner", "home", "count", "urgent"]);
        let decision = schema.field("decision").unwrap();
        assert_eq!(decision.description, "Het besluit");
        let FieldType::Record { fields } = &decision.ty else {
            panic!("record")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["amount", "cost", "paid_on", "note", "items"]);
        assert_eq!(fields[0].ty, FieldType::money());
        assert_eq!(fields[0].description, "Toegekend bedrag");
        assert_eq!(
            fields[1].ty,
            FieldType::Enum {
                values: vec!["bril".into(), "wasmachine".into(), "bewind".into()]
            }
        );
        assert!(fields[3].optional && !fields[2].optional);
        let FieldType::List { of, .. } = &fields[4].ty else {
            panic!("list")
        };
        let FieldType::Record { fields: item } = of.as_ref() else {
            panic!("record items")
        };
        assert_eq!(item[0].name, "what");
        assert_eq!(item[1].ty, FieldType::money());
        assert!(schema.field("partner").unwrap().optional);
        assert_eq!(schema.field("home").unwrap().ty, FieldType::Address);
    }

    #[test]
    fn parses_the_templates_in_the_repository() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path().join("template.toml");
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let doc: toml::Table = text.parse().unwrap();
            if let Some(data) = doc.get("data") {
                let schema = from_toml(data).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                schema.with_envelope().unwrap();
            }
        }
    }

    #[test]
    fn unknown_type_suggests_the_closest() {
        assert_eq!(
            parse("[data.amount]\ntype = \"monee\"").unwrap_err(),
            "data.amount.type: unknown type \"monee\" (did you mean \"money\"?); expected one of \
             text, integer, money, date, boolean, enum, record, list, person, address, iban, \
             birthdate, term, time"
        );
        assert_eq!(
            parse("[data.amount]\ntype = \"float\"").unwrap_err(),
            "data.amount.type: unknown type \"float\"; expected one of text, integer, money, \
             date, boolean, enum, record, list, person, address, iban, birthdate, term, time"
        );
    }

    #[test]
    fn type_missing_or_not_a_string() {
        assert_eq!(
            parse("[data.amount]\ndescription = \"x\"").unwrap_err(),
            "data.amount: missing `type`; expected one of text, integer, money, date, boolean, \
             enum, record, list, person, address, iban, birthdate, term, time"
        );
        assert!(
            parse("[data.amount]\ntype = 3")
                .unwrap_err()
                .starts_with("data.amount.type: expected the name of a type (text, integer, ")
        );
        assert!(
            parse("[data.amount]\ntype = 3")
                .unwrap_err()
                .ends_with("got 3")
        );
    }

    #[test]
    fn enum_errors() {
        assert_eq!(
            parse("[data.cost]\ntype = \"enum\"").unwrap_err(),
            "data.cost: enum without `values`; list the allowed values, like values = [\"bril\", \"wasmachine\"]"
        );
        assert_eq!(
            parse("[data.cost]\ntype = \"enum\"\nvalues = \"bril\"").unwrap_err(),
            "data.cost.values: expected a list of strings like values = [\"bril\", \"wasmachine\"], got \"bril\""
        );
        assert_eq!(
            parse("[data.cost]\ntype = \"enum\"\nvalues = []").unwrap_err(),
            "data.cost.values: an enum needs at least one value"
        );
        assert_eq!(
            parse("[data.cost]\ntype = \"enum\"\nvalues = [\"a\", 1, \" \", \"a\"]").unwrap_err(),
            "data.cost.values[1]: expected a string, got 1\n\
             data.cost.values[2]: a value cannot be empty\n\
             data.cost.values[3]: \"a\" is listed twice"
        );
    }

    #[test]
    fn list_errors() {
        assert_eq!(
            parse("[data.items]\ntype = \"list\"").unwrap_err(),
            "data.items: list without `of`; say what the items are, like of = { type = \"text\" }"
        );
        assert_eq!(
            parse("[data.items]\ntype = \"list\"\nof = \"text\"").unwrap_err(),
            "data.items.of: expected the type of the items like { type = \"text\" }, got \"text\""
        );
        assert_eq!(
            parse("[data.items]\ntype = \"list\"\nof = { type = \"text\", optional = true }")
                .unwrap_err(),
            "data.items.of.optional: the items of a list cannot be optional; make the list \
             itself optional, or leave items out"
        );
        assert_eq!(
            parse("[data.items]\ntype = \"list\"\nof = { type = \"tekst\" }").unwrap_err(),
            "data.items.of.type: unknown type \"tekst\" (did you mean \"text\"?); expected one of \
             text, integer, money, date, boolean, enum, record, list, person, address, iban, \
             birthdate, term, time"
        );
    }

    #[test]
    fn record_errors() {
        assert_eq!(
            parse("[data.decision]\ntype = \"record\"").unwrap_err(),
            "data.decision: record without `fields`; add [data.decision.fields.<name>] sections"
        );
        assert_eq!(
            parse("[data.decision]\ntype = \"record\"\nfields = {}").unwrap_err(),
            "data.decision.fields: a record needs at least one field"
        );
        assert_eq!(
            parse("[data.decision]\ntype = \"record\"\nfields = 1").unwrap_err(),
            "data.decision.fields: expected a table of fields like { what = { type = \"text\" } }, got 1"
        );
        // Errors inside a record carry the full path.
        assert_eq!(
            parse("[data.decision.fields.amount]\ntype = \"monee\"\n[data.decision]\ntype = \"record\"")
                .unwrap_err(),
            "data.decision.fields.amount.type: unknown type \"monee\" (did you mean \"money\"?); \
             expected one of text, integer, money, date, boolean, enum, record, list, person, address, iban, \
             birthdate, term, time"
        );
    }

    #[test]
    fn key_errors() {
        assert_eq!(
            parse("[data.note]\ntype = \"text\"\noptinal = true").unwrap_err(),
            "data.note.optinal: unknown key `optinal` (did you mean `optional`?); expected type, \
             description, optional, required_when, max_length"
        );
        assert_eq!(
            parse("[data.note]\ntype = \"text\"\nvalues = [\"a\"]").unwrap_err(),
            "data.note.values: `values` is only for enum fields, not text"
        );
        assert_eq!(
            parse("[data.note]\ntype = \"money\"\nof = { type = \"text\" }").unwrap_err(),
            "data.note.of: `of` is only for list fields, not money"
        );
        assert_eq!(
            parse("[data.note]\ntype = \"text\"\noptional = \"yes\"").unwrap_err(),
            "data.note.optional: expected true or false, got \"yes\""
        );
        assert_eq!(
            parse("[data.note]\ntype = \"text\"\ndescription = 4").unwrap_err(),
            "data.note.description: expected a string, got 4"
        );
    }

    #[test]
    fn field_name_and_shape_errors() {
        assert_eq!(
            parse("[data.paid-on]\ntype = \"date\"").unwrap_err(),
            "data.paid-on: `paid-on` cannot be used in letter.md: a field name cannot hold \
             `-`; use ASCII letters, digits and `_`, starting with a letter or `_` (for example \
             `paid_on`)"
        );
        assert_eq!(
            parse("[data]\namount = \"money\"").unwrap_err(),
            "data.amount: expected a field definition like { type = \"text\" }, got \"money\""
        );
        assert_eq!(
            from_toml(&Toml::Integer(3)).unwrap_err(),
            "data: expected a table of fields ([data.<name>] sections), got 3"
        );
        assert_eq!(
            parse("[data.1st]\ntype = \"date\"").unwrap_err(),
            "data.1st: `1st` cannot be used in letter.md: a field name cannot start with `1`; \
             use ASCII letters, digits and `_`, starting with a letter or `_` (for example \
             `_1st`)"
        );
    }

    #[test]
    fn reports_every_problem() {
        let err = parse(
            "[data.a]\ntype = \"monee\"\n[data.b]\ntype = \"enum\"\n[data.c]\ntype = \"list\"",
        )
        .unwrap_err();
        assert_eq!(err.lines().count(), 3, "{err}");
    }

    #[test]
    fn nesting_is_bounded() {
        let mut of = "{ type = \"text\" }".to_string();
        for _ in 0..20 {
            of = format!("{{ type = \"list\", of = {of} }}");
        }
        let err = parse(&format!("[data.deep]\ntype = \"list\"\nof = {of}")).unwrap_err();
        assert!(err.ends_with("fields nested more than 16 deep"), "{err}");
    }

    #[test]
    fn bounds_default_when_not_set() {
        let schema = parse(
            r#"
            [data.note]
            type = "text"
            [data.amount]
            type = "money"
            [data.count]
            type = "integer"
            [data.items]
            type = "list"
            of = { type = "text" }
            [data.on]
            type = "date"
            [data.days]
            type = "term"
            [data.born]
            type = "birthdate"
            [data.account]
            type = "iban"
            "#,
        )
        .unwrap();
        let ty = |name: &str| schema.field(name).unwrap().ty.clone();
        assert_eq!(ty("note"), FieldType::Text { max_length: 500 });
        assert_eq!(
            ty("amount"),
            FieldType::Money {
                min: 0,
                max: 100_000_000
            }
        );
        assert_eq!(
            ty("count"),
            FieldType::Integer {
                min: None,
                max: None
            }
        );
        assert_eq!(
            ty("items"),
            FieldType::List {
                of: Box::new(FieldType::text()),
                min_items: 0,
                max_items: 100
            }
        );
        assert_eq!(ty("on"), FieldType::date());
        assert_eq!(ty("days"), FieldType::Term { min: 1, max: 366 });
        assert_eq!(ty("born"), FieldType::Birthdate);
        assert_eq!(ty("account"), FieldType::Iban);
    }

    #[test]
    fn bounds_are_read() {
        let schema = parse(
            r#"
            [data.note]
            type = "text"
            max_length = 80
            [data.claim]
            type = "money"
            min = -50000
            [data.count]
            type = "integer"
            min = 1
            max = 12
            [data.items]
            type = "list"
            min_items = 1
            max_items = 20
            of = { type = "text", max_length = 30 }
            [data.on]
            type = "date"
            earliest = "-2y"
            latest = "+0d"
            [data.days]
            type = "term"
            min = 7
            "#,
        )
        .unwrap();
        let ty = |name: &str| schema.field(name).unwrap().ty.clone();
        assert_eq!(ty("note"), FieldType::Text { max_length: 80 });
        assert_eq!(
            ty("claim"),
            FieldType::Money {
                min: -50000,
                max: 100_000_000
            }
        );
        assert_eq!(
            ty("count"),
            FieldType::Integer {
                min: Some(1),
                max: Some(12)
            }
        );
        assert_eq!(
            ty("items"),
            FieldType::List {
                of: Box::new(FieldType::Text { max_length: 30 }),
                min_items: 1,
                max_items: 20
            }
        );
        assert_eq!(
            ty("on"),
            FieldType::Date {
                earliest: Some("-2y".parse().unwrap()),
                latest: Some("+0d".parse().unwrap())
            }
        );
        assert_eq!(ty("days"), FieldType::Term { min: 7, max: 366 });
    }

    #[test]
    fn bound_keys_belong_to_their_types() {
        assert_eq!(
            parse("[data.a]\ntype = \"money\"\nmax_length = 10").unwrap_err(),
            "data.a.max_length: `max_length` is only for text fields, not money"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"text\"\nmax = 10").unwrap_err(),
            "data.a.max: `max` is only for integer, money and term fields, not text"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"birthdate\"\nearliest = \"-18y\"").unwrap_err(),
            "data.a.earliest: `earliest` is only for date fields, not birthdate"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"text\"\nmax_items = 3").unwrap_err(),
            "data.a.max_items: `max_items` is only for list fields, not text"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"text\"\nmax_lenght = 3").unwrap_err(),
            "data.a.max_lenght: unknown key `max_lenght` (did you mean `max_length`?); \
             expected type, description, optional, required_when, max_length"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"iban\"\nmin = 1").unwrap_err(),
            "data.a.min: `min` is only for integer, money and term fields, not iban"
        );
    }

    #[test]
    fn bound_values_must_make_sense() {
        assert_eq!(
            parse("[data.a]\ntype = \"text\"\nmax_length = \"200\"").unwrap_err(),
            "data.a.max_length: expected a whole number of characters from 1 to 10000, like \
             max_length = 20, got \"200\""
        );
        assert_eq!(
            parse("[data.a]\ntype = \"text\"\nmax_length = 0").unwrap_err(),
            "data.a.max_length: expected a whole number of characters from 1 to 10000, like \
             max_length = 20, got 0"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"text\"\nmax_length = 20000").unwrap_err(),
            "data.a.max_length: at most 10000 characters (more does not belong in a letter), \
             got 20000"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"money\"\nmin = 1.5").unwrap_err(),
            "data.a.min: expected a whole number like min = 10, got 1.5"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"money\"\nmin = 5000\nmax = 100").unwrap_err(),
            "data.a.min: min 5000 (€ 50,00) is more than max 100 (€ 1,00)"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"money\"\nmin = 200000000").unwrap_err(),
            "data.a.min: min 200000000 (€ 2.000.000,00) is more than max 100000000 \
             (€ 1.000.000,00), the default"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"integer\"\nmin = 3\nmax = 2").unwrap_err(),
            "data.a.min: min 3 is more than max 2"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"term\"\nmin = 0\nmax = 400").unwrap_err(),
            "data.a.min: a term is from 1 to 366 days, got 0\n\
             data.a.max: a term is from 1 to 366 days, got 400"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"term\"\nmin = 30\nmax = 14").unwrap_err(),
            "data.a.min: min 30 is more than max 14"
        );
        assert_eq!(
            parse(
                "[data.a]\ntype = \"list\"\nmin_items = 5\nmax_items = 3\nof = { type = \"text\" }"
            )
            .unwrap_err(),
            "data.a.min_items: min_items (5) is more than max_items (3)"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"list\"\nmin_items = 101\nof = { type = \"text\" }")
                .unwrap_err(),
            "data.a.min_items: min_items (101) is more than max_items (100, the default)"
        );
        assert_eq!(
            parse(
                "[data.a]\ntype = \"list\"\nmin_items = -1\nmax_items = 0\nof = { type = \"text\" }"
            )
            .unwrap_err(),
            "data.a.min_items: expected a whole number of items from 0 to 10000, like \
             min_items = 20, got -1\n\
             data.a.max_items: expected a whole number of items from 1 to 10000, like \
             max_items = 20, got 0"
        );
    }

    #[test]
    fn date_bounds_are_distances_from_the_letter_date() {
        assert_eq!(
            parse("[data.a]\ntype = \"date\"\nearliest = \"2y\"").unwrap_err(),
            "data.a.earliest: expected a distance from the letter date like \"-2y\" or \"+30d\" \
             (a sign, a number and d, w, m or y), got \"2y\" (the sign is required: + for after \
             the letter date, - for before)"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"date\"\nlatest = \"+2q\"").unwrap_err(),
            "data.a.latest: expected a distance from the letter date like \"-2y\" or \"+30d\" \
             (a sign, a number and d, w, m or y), got \"+2q\" (unknown unit \"q\"; use d (days), \
             w (weeks), m (months) or y (years))"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"date\"\nlatest = 14").unwrap_err(),
            "data.a.latest: expected a distance from the letter date like \"-2y\" or \"+30d\" \
             (a sign, a number and d, w, m or y), got 14"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"date\"\nearliest = \"+1d\"\nlatest = \"+0d\"").unwrap_err(),
            "data.a.earliest: earliest (\"+1d\") is after latest (\"+0d\"), so no date fits"
        );
        // A month is 28 to 31 days: -1m to -30d can hold a date.
        assert!(parse("[data.a]\ntype = \"date\"\nearliest = \"-1m\"\nlatest = \"-30d\"").is_ok());
    }

    #[test]
    fn a_schema_has_at_most_one_term_outside_lists() {
        assert_eq!(
            parse(
                "[data.a]\ntype = \"term\"\n[data.r]\ntype = \"record\"\n\
                 fields = { b = { type = \"term\" } }"
            )
            .unwrap_err(),
            "data.r.fields.b: a schema has at most one `term` field (the letter's repair \
             deadline is computed from it); data.a is one already"
        );
        assert_eq!(
            parse("[data.a]\ntype = \"list\"\nof = { type = \"term\" }").unwrap_err(),
            "data.a.of: a term cannot be inside a list: a letter has one repair term, and every \
             item would have its own"
        );
        assert_eq!(
            parse(
                "[data.a]\ntype = \"list\"\n\
                 of = { type = \"record\", fields = { d = { type = \"term\" } } }"
            )
            .unwrap_err(),
            "data.a.of.fields.d: a term cannot be inside a list: a letter has one repair term, \
             and every item would have its own"
        );
        let schema =
            parse("[data.request]\ntype = \"record\"\nfields = { days = { type = \"term\" } }")
                .unwrap();
        assert_eq!(schema.term_path(), Some(vec!["request", "days"]));
        assert_eq!(
            parse("[data.a]\ntype = \"integer\"").unwrap().term_path(),
            None
        );
    }

    #[test]
    fn every_bound_problem_is_reported_at_once() {
        let err = parse(
            "[data.a]\ntype = \"text\"\nmax_length = 0\n[data.b]\ntype = \"money\"\nmin = 9\nmax = 1\n\
             [data.c]\ntype = \"date\"\nlatest = \"x\"\n[data.d]\ntype = \"boolean\"\nmax = 1",
        )
        .unwrap_err();
        assert_eq!(err.lines().count(), 4, "{err}");
    }

    #[test]
    fn json_shows_every_bound_with_its_default() {
        let schema = parse(
            r#"
            [data.note]
            type = "text"
            [data.count]
            type = "integer"
            max = 9
            [data.amount]
            type = "money"
            [data.on]
            type = "date"
            latest = "+0d"
            [data.items]
            type = "list"
            of = { type = "iban" }
            [data.days]
            type = "term"
            [data.born]
            type = "birthdate"
            "#,
        )
        .unwrap()
        .with_envelope()
        .unwrap();
        let json = serde_json::to_value(&schema).unwrap();
        let ty = |i: usize| json["fields"][i]["ty"].clone();
        use serde_json::json;
        assert_eq!(
            ty(0)["fields"][1]["ty"],
            json!({ "type": "text", "max_length": 100 })
        );
        assert_eq!(ty(1), json!({ "type": "person", "name_max_length": 200 }));
        assert_eq!(
            ty(2),
            json!({
                "type": "address", "street_max_length": 200, "number_min": 1,
                "number_max": 99999, "suffix_max_length": 10, "city_max_length": 100
            })
        );
        assert_eq!(ty(3), json!({ "type": "text", "max_length": 500 }));
        assert_eq!(ty(4), json!({ "type": "integer", "min": null, "max": 9 }));
        assert_eq!(
            ty(5),
            json!({ "type": "money", "min": 0, "max": 100000000 })
        );
        assert_eq!(
            ty(6),
            json!({ "type": "date", "earliest": null, "latest": "+0d" })
        );
        assert_eq!(
            ty(7),
            json!({ "type": "list", "of": { "type": "iban" }, "min_items": 0, "max_items": 100 })
        );
        assert_eq!(ty(8), json!({ "type": "term", "min": 1, "max": 366 }));
        assert_eq!(
            ty(9),
            json!({ "type": "birthdate", "earliest": "-120y", "latest": "+0d" })
        );
    }

    #[test]
    fn envelope_has_the_documented_fields() {
        let env = envelope();
        let names: Vec<&str> = env.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ENVELOPE);
        let FieldType::Record { fields } = &env.fields[0].ty else {
            panic!("letter record")
        };
        let letter: Vec<(&str, &FieldType, bool)> = fields
            .iter()
            .map(|f| (f.name.as_str(), &f.ty, f.optional))
            .collect();
        assert_eq!(
            letter,
            [
                ("date", &FieldType::date(), false),
                ("reference", &FieldType::Text { max_length: 100 }, false),
                ("handled_by", &FieldType::Text { max_length: 200 }, false),
                ("phone", &FieldType::Text { max_length: 40 }, true),
                ("contact_id", &FieldType::Text { max_length: 64 }, true),
            ]
        );
        assert_eq!(env.fields[1].ty, FieldType::Person);
        assert_eq!(env.fields[2].ty, FieldType::Address);
    }

    #[test]
    fn with_envelope_puts_envelope_first_and_refuses_redeclaring() {
        let own = parse("[data.amount]\ntype = \"money\"").unwrap();
        let full = own.with_envelope().unwrap();
        let names: Vec<&str> = full.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["letter", "recipient", "address", "amount"]);

        let own = parse("[data.lang]\ntype = \"text\"\n[data.house]\ntype = \"text\"").unwrap();
        assert_eq!(
            own.with_envelope().unwrap_err(),
            "data.lang: `lang` is reserved: letter.md gets the letter's language code under that \
             name; choose another name\n\
             data.house: `house` is reserved: letter.md gets the house settings (phone, \
             addresses, websites) under that name; choose another name"
        );

        let own =
            parse("[data.recipient]\ntype = \"text\"\n[data.address]\ntype = \"text\"").unwrap();
        assert_eq!(
            own.with_envelope().unwrap_err(),
            "data.recipient: `recipient` is an envelope field that every letter already has \
             (letter, recipient, address); remove it from template.toml or choose another name\n\
             data.address: `address` is an envelope field that every letter already has \
             (letter, recipient, address); remove it from template.toml or choose another name"
        );
    }

    #[test]
    fn required_when_names_a_choice_beside_the_field() {
        let schema = parse(
            "[data.form]\ntype = \"enum\"\nvalues = [\"gift\", \"lening\"]\n\
             [data.monthly]\ntype = \"money\"\nrequired_when = { form = \"lening\" }",
        )
        .unwrap();
        let monthly = schema.field("monthly").unwrap();
        assert!(monthly.optional);
        assert_eq!(
            monthly.required_when,
            Some(Condition {
                field: "form".into(),
                values: vec!["lening".into()]
            })
        );
        let err = |extra: &str| {
            parse(&format!(
                "[data.form]\ntype = \"enum\"\nvalues = [\"gift\", \"lening\"]\n\
                 [data.note]\ntype = \"text\"\n[data.monthly]\ntype = \"money\"\n{extra}"
            ))
            .unwrap_err()
        };
        assert_eq!(
            err("required_when = { from = \"lening\" }"),
            "data.monthly.required_when.from: no field `from` beside `monthly` (did you mean \
             `form`?); required_when names an enum field of the same record"
        );
        assert_eq!(
            err("required_when = { note = \"x\" }"),
            "data.monthly.required_when.note: `note` is text, not an enum; required_when names \
             an enum field"
        );
        assert_eq!(
            err("required_when = { form = [\"leening\"] }"),
            "data.monthly.required_when.form: \"leening\" is not a value of `form` (did you \
             mean \"lening\"?); expected one of \"gift\", \"lening\""
        );
        assert_eq!(
            err("optional = true\nrequired_when = { form = \"lening\" }"),
            "data.monthly.required_when: a field with required_when is required exactly when \
             that choice is made and left out otherwise; remove `optional`"
        );
        assert_eq!(
            err("required_when = \"lening\""),
            "data.monthly.required_when: expected one choice and its values, like \
             required_when = { form = \"lening\" }, got \"lening\""
        );
    }
}

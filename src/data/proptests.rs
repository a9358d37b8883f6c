//! Property tests: validation never panics, sanitised text is always safe, and valid
//! records (of arbitrary generated schemas) come back unchanged.

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::*;

/// Arbitrary JSON, including the characters sanitising must handle.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        nasty_text().prop_map(Value::String),
        Just(Value::String("2026-02-30".into())),
        Just(Value::String("1234ab".into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Keys that often hit real field names, and sometimes not.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "letter",
            "recipient",
            "address",
            "decision",
            "date",
            "reference",
            "handled_by",
            "phone",
            "name",
            "salutation",
            "street",
            "number",
            "suffix",
            "postcode",
            "city",
            "amount",
            "items",
            "what",
            "f0",
            "f1",
        ])
        .prop_map(String::from),
        "[a-z_]{1,8}",
    ]
}

/// Text with control, bidi, private use and break characters mixed in.
fn nasty_text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => any::<char>(),
        1 => prop::sample::select(vec![
            '\n', '\r', '\t', ' ', '\u{7}', '\u{7F}', '\u{85}', '\u{202A}', '\u{202E}',
            '\u{2066}', '\u{2069}', '\u{E000}', '\u{F8FF}', '\u{2028}', 'a', 'ب',
        ]),
    ];
    prop::collection::vec(ch, 0..24).prop_map(|cs| cs.into_iter().collect())
}

fn decision_schema() -> Schema {
    Schema {
        fields: vec![Field {
            name: "decision".into(),
            ty: FieldType::Record {
                fields: vec![
                    field("amount", FieldType::Money, false),
                    field("paid_on", FieldType::Date, true),
                    field(
                        "items",
                        FieldType::List {
                            of: Box::new(FieldType::Record {
                                fields: vec![
                                    field("what", FieldType::Text, false),
                                    field("amount", FieldType::Money, false),
                                ],
                            }),
                        },
                        true,
                    ),
                ],
            },
            optional: false,
            description: String::new(),
        }],
    }
    .with_envelope()
    .unwrap()
}

fn field(name: &str, ty: FieldType, optional: bool) -> Field {
    Field {
        name: name.into(),
        ty,
        optional,
        description: String::new(),
    }
}

/// Arbitrary field types, nested a few levels.
fn any_type() -> impl Strategy<Value = FieldType> {
    let leaf = prop_oneof![
        Just(FieldType::Text),
        Just(FieldType::Integer),
        Just(FieldType::Money),
        Just(FieldType::Date),
        Just(FieldType::Boolean),
        Just(FieldType::Person),
        Just(FieldType::Address),
        prop::collection::btree_set("[a-z]{1,6}", 1..4).prop_map(|v| FieldType::Enum {
            values: v.into_iter().collect()
        }),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            inner
                .clone()
                .prop_map(|of| FieldType::List { of: Box::new(of) }),
            prop::collection::vec((inner, any::<bool>()), 1..4).prop_map(|tys| {
                FieldType::Record {
                    fields: tys
                        .into_iter()
                        .enumerate()
                        .map(|(i, (ty, optional))| field(&format!("f{i}"), ty, optional))
                        .collect(),
                }
            }),
        ]
    })
}

/// Clean, non-empty text: what validation returns, so it must come back unchanged.
fn clean_words() -> impl Strategy<Value = String> {
    "[\\p{L}\\p{N}][\\p{L}\\p{N} .,'-]{0,16}".prop_map(|s| s.trim().to_string())
}

fn valid_postcode() -> impl Strategy<Value = String> {
    (1000u32..=9999, "[A-Z]{2}")
        .prop_filter("letters not used by PostNL", |(_, l)| {
            !matches!(l.as_str(), "SA" | "SD" | "SS")
        })
        .prop_map(|(n, l)| format!("{n} {l}"))
}

fn valid_date() -> impl Strategy<Value = String> {
    let first = time::macros::date!(1900 - 01 - 01).to_julian_day();
    let last = time::macros::date!(2199 - 12 - 31).to_julian_day();
    (first..=last).prop_map(|j| {
        let d = time::Date::from_julian_day(j).unwrap();
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    })
}

/// A valid, already clean value of `ty`.
fn valid_value(ty: &FieldType) -> BoxedStrategy<Value> {
    match ty {
        FieldType::Text => clean_words().prop_map(Value::String).boxed(),
        FieldType::Integer | FieldType::Money => any::<i64>().prop_map(Value::from).boxed(),
        FieldType::Date => valid_date().prop_map(Value::String).boxed(),
        FieldType::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
        FieldType::Enum { values } => prop::sample::select(values.clone())
            .prop_map(Value::String)
            .boxed(),
        FieldType::List { of } => prop::collection::vec(valid_value(of), 0..3)
            .prop_map(Value::Array)
            .boxed(),
        FieldType::Record { fields } => valid_record(fields),
        FieldType::Person => (
            clean_words(),
            prop::option::of(prop::sample::select(vec!["heer", "mevrouw"])),
        )
            .prop_map(|(name, salutation)| {
                let mut m = Map::new();
                m.insert("name".into(), name.into());
                if let Some(s) = salutation {
                    m.insert("salutation".into(), s.into());
                }
                Value::Object(m)
            })
            .boxed(),
        FieldType::Address => (
            clean_words(),
            1i64..=99_999,
            prop::option::of(clean_words()),
            valid_postcode(),
            clean_words(),
        )
            .prop_map(|(street, number, suffix, postcode, city)| {
                let mut m = Map::new();
                m.insert("street".into(), street.into());
                m.insert("number".into(), number.into());
                if let Some(s) = suffix {
                    m.insert("suffix".into(), s.into());
                }
                m.insert("postcode".into(), postcode.into());
                m.insert("city".into(), city.into());
                Value::Object(m)
            })
            .boxed(),
    }
}

fn valid_record(fields: &[Field]) -> BoxedStrategy<Value> {
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
        .iter()
        .map(|f| {
            let name = f.name.clone();
            let value = valid_value(&f.ty).prop_map(move |v| Some((name.clone(), v)));
            if f.optional {
                prop_oneof![Just(None), value].boxed()
            } else {
                value.boxed()
            }
        })
        .collect();
    parts
        .prop_map(|kv| Value::Object(kv.into_iter().flatten().collect()))
        .boxed()
}

fn schema_and_record() -> impl Strategy<Value = (Schema, Value)> {
    prop::collection::vec((any_type(), any::<bool>()), 0..4).prop_flat_map(|tys| {
        let own = Schema {
            fields: tys
                .into_iter()
                .enumerate()
                .map(|(i, (ty, optional))| field(&format!("f{i}"), ty, optional))
                .collect(),
        };
        let schema = own.with_envelope().unwrap();
        let record = valid_record(&schema.fields);
        (Just(schema), record)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn validate_never_panics_and_errors_are_well_formed(data in any_json()) {
        match decision_schema().validate("r", &data) {
            Ok(clean) => {
                // Whatever passed once passes again unchanged.
                prop_assert_eq!(decision_schema().validate("r", &clean), Ok(clean.clone()));
            }
            Err(e) => {
                prop_assert!(!e.errors.is_empty());
                prop_assert!(e.errors.len() <= 101);
                for err in &e.errors {
                    prop_assert!(!err.message.is_empty());
                    // Error text is safe to show: no bidi controls or raw control characters.
                    let shown = err.to_string();
                    prop_assert!(!shown.chars().any(|c| c.is_control()
                        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')), "{}", shown);
                }
            }
        }
    }

    #[test]
    fn validate_never_panics_on_arbitrary_schemas(tys in prop::collection::vec(any_type(), 1..4), data in any_json()) {
        let schema = Schema {
            fields: tys.into_iter().enumerate().map(|(i, ty)| field(&format!("f{i}"), ty, false)).collect(),
        };
        let _ = schema.validate("r", &data);
    }

    #[test]
    fn sanitised_text_is_safe(text in nasty_text()) {
        if let Ok(clean) = clean_text(&text) {
            prop_assert!(!clean.chars().any(|c| c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{E000}'..='\u{F8FF}'
                    | '\u{2028}' | '\u{2029}')), "{:?}", clean);
            prop_assert_eq!(clean.trim(), clean.as_str());
            prop_assert_eq!(clean_text(&clean), Ok(clean.clone()));
        } else {
            // Rejected only for a real control character.
            prop_assert!(text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
        }
    }

    #[test]
    fn valid_generated_records_round_trip((schema, record) in schema_and_record()) {
        prop_assert_eq!(schema.validate("r", &record), Ok(record.clone()));
    }

    #[test]
    fn postcodes_normalise_in_any_spelling(postcode in valid_postcode(), lower in any::<bool>(), spaces in 0usize..3) {
        let (digits, letters) = postcode.split_at(4);
        let letters = letters.trim();
        let letters = if lower { letters.to_lowercase() } else { letters.to_string() };
        let spelled = format!("{digits}{}{letters}", " ".repeat(spaces));
        prop_assert_eq!(normalise_postcode(&spelled), Ok(postcode.clone()));
    }

    #[test]
    fn address_block_has_at_most_six_lines((_, record) in schema_and_record()) {
        let lines = recipient_lines(&record);
        prop_assert_eq!(lines.len(), 3, "{:?}", &lines);
        prop_assert!(lines.last().unwrap().contains("  "));
    }

    #[test]
    fn reading_never_panics(text in prop_oneof![
        any::<String>(),
        prop::collection::vec(prop_oneof![
            Just("recipient.name".to_string()), Just("decision.items[0].amount".to_string()),
            Just(";".to_string()), Just(",".to_string()), Just("\n".to_string()),
            Just("\"".to_string()), Just("{".to_string()), Just("}".to_string()),
            "[a-z0-9 ]{0,5}",
        ], 0..30).prop_map(|parts| parts.concat()),
    ]) {
        for name in ["d.json", "d.jsonl", "d.csv", "stdin"] {
            for record in read_data(name, &text, &decision_schema()).into_iter().flatten() {
                prop_assert!(record.name.starts_with(name));
                let _ = decision_schema().validate(&record.name, &record.data);
            }
        }
    }
}

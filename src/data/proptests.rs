//! Property tests: validation never panics, sanitised text is always safe, valid records
//! (of arbitrary generated schemas with arbitrary bounds) come back unchanged, and whatever
//! validation accepts is within its bounds.

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::*;
use crate::diag::Code;

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
                    field("amount", FieldType::money(), false),
                    field("paid_on", FieldType::date(), true),
                    field(
                        "items",
                        FieldType::list(FieldType::Record {
                            fields: vec![
                                field("what", FieldType::text(), false),
                                field("amount", FieldType::money(), false),
                            ],
                        }),
                        true,
                    ),
                ],
            },
            optional: false,
            description: String::new(),
            required_when: None,
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
        required_when: None,
    }
}

/// An optional bound: none, or one of the given.
fn maybe<T: std::fmt::Debug + Clone + 'static>(
    values: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop_oneof![Just(None), values.prop_map(Some)].boxed()
}

/// Offsets on one side of the letter date: `sign` -1 for earliest, +1 for latest, so a
/// range of them always holds the letter date itself.
fn side_offset(sign: i32) -> impl Strategy<Value = Offset> {
    (
        0i32..=40,
        prop::sample::select(vec![
            OffsetUnit::Day,
            OffsetUnit::Week,
            OffsetUnit::Month,
            OffsetUnit::Year,
        ]),
    )
        .prop_map(move |(n, unit)| Offset::new(sign * n, unit))
}

/// Arbitrary field types with arbitrary (consistent) bounds, nested a few levels.
fn any_type() -> impl Strategy<Value = FieldType> {
    let leaf = prop_oneof![
        (1usize..=40).prop_map(|max_length| FieldType::Text { max_length }),
        Just(FieldType::text()),
        (maybe(-1000i64..=1000), maybe(0i64..=2000)).prop_map(|(min, max)| {
            // An empty range would make no record valid; keep min <= max.
            let max = match (min, max) {
                (Some(lo), Some(hi)) => Some(hi.max(lo)),
                (_, hi) => hi,
            };
            FieldType::Integer { min, max }
        }),
        Just(FieldType::money()),
        (-100_000i64..=0, 0i64..=100_000).prop_map(|(min, max)| FieldType::Money { min, max }),
        Just(FieldType::date()),
        (maybe(side_offset(-1)), maybe(side_offset(1)))
            .prop_map(|(earliest, latest)| FieldType::Date { earliest, latest }),
        Just(FieldType::Birthdate),
        (1i64..=366, 0i64..=30).prop_map(|(min, span)| FieldType::Term {
            min,
            max: (min + span).min(366)
        }),
        Just(FieldType::Iban),
        Just(FieldType::Time),
        Just(FieldType::Boolean),
        Just(FieldType::Person),
        Just(FieldType::Address),
        prop::collection::btree_set("[a-z]{1,6}", 1..4).prop_map(|v| FieldType::Enum {
            values: v.into_iter().collect()
        }),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            (inner.clone(), 0usize..=2, 0usize..=3).prop_map(|(of, min_items, more)| {
                FieldType::List {
                    of: Box::new(of),
                    min_items,
                    max_items: (min_items + more).max(1),
                }
            }),
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

/// Clean, non-empty text of at most `max` characters: what validation returns, so it must
/// come back unchanged.
fn clean_words(max: usize) -> impl Strategy<Value = String> {
    "[\\p{L}\\p{N}][\\p{L}\\p{N} .,'-]{0,16}"
        .prop_map(move |s| s.chars().take(max).collect::<String>().trim().to_string())
}

fn valid_postcode() -> impl Strategy<Value = String> {
    (1000u32..=9999, "[A-Z]{2}")
        .prop_filter("letters not used by PostNL", |(_, l)| {
            !matches!(l.as_str(), "SA" | "SD" | "SS")
        })
        .prop_map(|(n, l)| format!("{n} {l}"))
}

const FIRST_DAY: time::Date = time::macros::date!(1900 - 01 - 01);
const LAST_DAY: time::Date = time::macros::date!(2199 - 12 - 31);

/// A day from `first` to `last` (both within the plausible years), as `YYYY-MM-DD`.
fn day_between(first: time::Date, last: time::Date) -> impl Strategy<Value = String> {
    let (first, last) = (first.max(FIRST_DAY), last.min(LAST_DAY));
    (first.to_julian_day()..=last.to_julian_day())
        .prop_map(|j| iso(time::Date::from_julian_day(j).unwrap()))
}

/// Letter dates; so that every generated bound stays inside the calendar they keep clear
/// of its ends, which the fixed-years property below covers.
fn letter_date() -> impl Strategy<Value = time::Date> {
    let first = time::macros::date!(1950 - 01 - 01).to_julian_day();
    let last = time::macros::date!(2150 - 12 - 31).to_julian_day();
    (first..=last).prop_map(|j| time::Date::from_julian_day(j).unwrap())
}

/// `letter - 120 years`, computed without [`Offset`]: 29 February becomes 28 February.
fn years_before(letter: time::Date, years: i32) -> time::Date {
    let year = letter.year() - years;
    letter.replace_year(year).unwrap_or_else(|_| {
        time::Date::from_calendar_date(year, time::Month::February, 28).unwrap()
    })
}

/// The IBAN check digits of `country` + `bban`, computed here (ISO 7064 mod 97-10)
/// independently of the crate the validator uses.
fn check_digits(country: &str, bban: &str) -> u32 {
    let rearranged = format!("{bban}{country}00");
    let rest = rearranged.chars().fold(0u32, |acc, c| {
        let v = c.to_digit(36).unwrap();
        if v < 10 {
            (acc * 10 + v) % 97
        } else {
            (acc * 100 + v) % 97
        }
    });
    98 - rest
}

/// A valid Dutch IBAN in print form: NL, check digits, 4 letters, 10 digits.
fn valid_iban() -> impl Strategy<Value = String> {
    ("[A-Z]{4}", "[0-9]{10}").prop_map(|(bank, account)| {
        let bban = format!("{bank}{account}");
        let compact = format!("NL{:02}{bban}", check_digits("NL", &bban));
        print_iban(&compact)
    })
}

fn print_iban(compact: &str) -> String {
    let chars: Vec<char> = compact.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A valid, already clean value of `ty` for a record whose letter date is `letter`.
fn valid_value(ty: &FieldType, letter: time::Date) -> BoxedStrategy<Value> {
    match ty {
        FieldType::Text { max_length } => clean_words(*max_length).prop_map(Value::String).boxed(),
        FieldType::Integer { min, max } => (min.unwrap_or(i64::MIN)..=max.unwrap_or(i64::MAX))
            .prop_map(Value::from)
            .boxed(),
        FieldType::Money { min, max } | FieldType::Term { min, max } => {
            (*min..=*max).prop_map(Value::from).boxed()
        }
        FieldType::Date { earliest, latest } => {
            let first = earliest.map_or(FIRST_DAY, |e| e.apply(letter).unwrap());
            let last = latest.map_or(LAST_DAY, |l| l.apply(letter).unwrap());
            day_between(first, last).prop_map(Value::String).boxed()
        }
        FieldType::Birthdate => day_between(years_before(letter, 120), letter)
            .prop_map(Value::String)
            .boxed(),
        FieldType::Iban => valid_iban().prop_map(Value::String).boxed(),
        FieldType::Time => (0u8..24, 0u8..60)
            .prop_map(|(h, m)| Value::String(format!("{h:02}:{m:02}")))
            .boxed(),
        FieldType::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
        FieldType::Enum { values } => prop::sample::select(values.clone())
            .prop_map(Value::String)
            .boxed(),
        FieldType::List {
            of,
            min_items,
            max_items,
        } => prop::collection::vec(valid_value(of, letter), *min_items..=*max_items)
            .prop_map(Value::Array)
            .boxed(),
        FieldType::Record { fields } => valid_record(fields, letter),
        FieldType::Person => (
            clean_words(FieldType::NAME_MAX_LENGTH),
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
            clean_words(FieldType::STREET_MAX_LENGTH),
            FieldType::HOUSE_NUMBERS,
            prop::option::of(clean_words(FieldType::SUFFIX_MAX_LENGTH)),
            valid_postcode(),
            clean_words(FieldType::CITY_MAX_LENGTH),
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

/// A value of `ty` near its bounds, on either side, or of the wrong kind: what a
/// careless or hostile case system might send.
fn near_value(ty: &FieldType, letter: time::Date) -> BoxedStrategy<Value> {
    let around = |n: i64| (-2i64..=2).prop_map(move |d| Value::from(n.saturating_add(d)));
    let near = match ty {
        FieldType::Text { max_length } => {
            let max = *max_length;
            (
                max.saturating_sub(2)..=max + 2,
                prop::sample::select(vec!["x", "é", " ", "\n"]),
            )
                .prop_map(|(n, c)| Value::String(format!("a{}", c.repeat(n.saturating_sub(1)))))
                .boxed()
        }
        FieldType::Integer { min, max } => prop_oneof![
            around(min.unwrap_or(i64::MIN)),
            around(max.unwrap_or(i64::MAX)),
        ]
        .boxed(),
        FieldType::Money { min, max } | FieldType::Term { min, max } => {
            prop_oneof![around(*min), around(*max), Just(Value::from(0))].boxed()
        }
        FieldType::Date { earliest, latest } => {
            let bounds: Vec<time::Date> = [*earliest, *latest]
                .into_iter()
                .flatten()
                .filter_map(|o| o.apply(letter))
                .chain([letter, FIRST_DAY, LAST_DAY])
                .collect();
            (prop::sample::select(bounds), -2i64..=2)
                .prop_map(|(d, n)| date_value(d, n))
                .boxed()
        }
        FieldType::Birthdate => (
            prop::sample::select(vec![years_before(letter, 120), letter]),
            -2i64..=2,
        )
            .prop_map(|(d, n)| date_value(d, n))
            .boxed(),
        FieldType::Iban => (valid_iban(), 0usize..22, "[0-9A-Z -]")
            .prop_map(|(iban, at, c)| {
                // One character replaced: sometimes still valid, mostly not.
                let mut chars: Vec<char> = iban.chars().collect();
                let at = at % chars.len();
                chars[at] = c.chars().next().unwrap();
                Value::String(chars.into_iter().collect())
            })
            .boxed(),
        FieldType::List {
            of,
            min_items,
            max_items,
        } => {
            let lo = min_items.saturating_sub(1);
            prop::collection::vec(near_value(of, letter), lo..=*max_items + 1)
                .prop_map(Value::Array)
                .boxed()
        }
        FieldType::Record { fields } => {
            let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
                .iter()
                .map(|f| {
                    let name = f.name.clone();
                    prop_oneof![
                        1 => Just(None),
                        4 => near_value(&f.ty, letter).prop_map(move |v| Some((name.clone(), v))),
                    ]
                    .boxed()
                })
                .collect();
            parts
                .prop_map(|kv| Value::Object(kv.into_iter().flatten().collect()))
                .boxed()
        }
        FieldType::Person => (0usize..=2)
            .prop_map(|extra| {
                let mut m = Map::new();
                m.insert(
                    "name".into(),
                    "n".repeat(FieldType::NAME_MAX_LENGTH - 1 + extra).into(),
                );
                Value::Object(m)
            })
            .boxed(),
        _ => valid_value(ty, letter),
    };
    prop_oneof![
        4 => near,
        1 => valid_value(ty, letter),
        1 => any_json(),
    ]
    .boxed()
}

/// `day` moved by `days`, as JSON; outside the plausible years it is still written.
fn date_value(day: time::Date, days: i64) -> Value {
    let moved = day.checked_add(time::Duration::days(days)).unwrap_or(day);
    Value::String(format!(
        "{:04}-{:02}-{:02}",
        moved.year(),
        u8::from(moved.month()),
        moved.day()
    ))
}

/// Whether an accepted, cleaned `value` is within the bounds of `ty`, checked here
/// independently of the validator (only `Offset::apply` is shared).
fn within(ty: &FieldType, value: &Value, letter: Option<time::Date>) -> Result<(), String> {
    let fail = |why: &str| Err(format!("{why}: {value} for {ty:?}"));
    let int_in = |lo: Option<i64>, hi: Option<i64>| {
        let i = value.as_i64();
        i.is_some_and(|i| lo.is_none_or(|lo| i >= lo) && hi.is_none_or(|hi| i <= hi))
    };
    let text_in = |v: Option<&Value>, max: usize| {
        v.and_then(Value::as_str)
            .is_some_and(|s| s.chars().count() <= max)
    };
    let day = || value.as_str().and_then(|s| parse_date(s).ok());
    match ty {
        FieldType::Text { max_length } => {
            if !text_in(Some(value), *max_length) {
                return fail("text too long");
            }
        }
        FieldType::Integer { min, max } => {
            if !int_in(*min, *max) {
                return fail("integer out of bounds");
            }
        }
        FieldType::Money { min, max } | FieldType::Term { min, max } => {
            if !int_in(Some(*min), Some(*max)) {
                return fail("amount out of bounds");
            }
        }
        FieldType::Date { earliest, latest } => {
            let Some(d) = day() else {
                return fail("not a date");
            };
            if let Some(letter) = letter {
                if earliest.is_some_and(|e| d < e.apply(letter).unwrap()) {
                    return fail("before earliest");
                }
                if latest.is_some_and(|l| d > l.apply(letter).unwrap()) {
                    return fail("after latest");
                }
            }
        }
        FieldType::Birthdate => {
            let Some(d) = day() else {
                return fail("not a date");
            };
            if let Some(letter) = letter
                && (d > letter || d < years_before(letter, 120))
            {
                return fail("implausible birth date");
            }
        }
        FieldType::Time => {
            let ok = value
                .as_str()
                .and_then(|s| crate::data::parse_time(s).ok())
                .is_some_and(|t| {
                    value.as_str() == Some(&format!("{:02}:{:02}", t.hour(), t.minute()))
                });
            if !ok {
                return fail("not a time in HH:MM");
            }
        }
        FieldType::Iban => {
            let Some(s) = value.as_str() else {
                return fail("not a string");
            };
            let compact: String = s.chars().filter(|c| *c != ' ').collect();
            if print_iban(&compact) != s
                || !compact
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                || compact.len() < 5
                || compact[2..4].parse::<u32>().ok()
                    != Some(check_digits(&compact[..2], &compact[4..]))
            {
                return fail("not a checked IBAN in print form");
            }
        }
        FieldType::List {
            of,
            min_items,
            max_items,
        } => {
            let Some(items) = value.as_array() else {
                return fail("not a list");
            };
            if !(*min_items..=*max_items).contains(&items.len()) {
                return fail("list length out of bounds");
            }
            for item in items {
                within(of, item, letter)?;
            }
        }
        FieldType::Record { fields } => {
            for f in fields {
                if let Some(v) = value.get(&f.name) {
                    within(&f.ty, v, letter)?;
                }
            }
        }
        FieldType::Person => {
            if !text_in(value.get("name"), FieldType::NAME_MAX_LENGTH) {
                return fail("name too long");
            }
        }
        FieldType::Address => {
            for (part, max) in [
                ("street", FieldType::STREET_MAX_LENGTH),
                ("city", FieldType::CITY_MAX_LENGTH),
            ] {
                if !text_in(value.get(part), max) {
                    return fail("address part too long");
                }
            }
            if value
                .get("suffix")
                .is_some_and(|s| !text_in(Some(s), FieldType::SUFFIX_MAX_LENGTH))
            {
                return fail("suffix too long");
            }
        }
        FieldType::Boolean | FieldType::Enum { .. } => {}
    }
    Ok(())
}

fn valid_record(fields: &[Field], letter: time::Date) -> BoxedStrategy<Value> {
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
        .iter()
        .map(|f| {
            let name = f.name.clone();
            let value = valid_value(&f.ty, letter).prop_map(move |v| Some((name.clone(), v)));
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

/// An arbitrary schema (with the envelope) and its letter date.
fn any_schema() -> impl Strategy<Value = (Schema, time::Date)> {
    (
        prop::collection::vec((any_type(), any::<bool>()), 0..4),
        letter_date(),
    )
        .prop_map(|(tys, letter)| {
            let own = Schema {
                fields: tys
                    .into_iter()
                    .enumerate()
                    .map(|(i, (ty, optional))| field(&format!("f{i}"), ty, optional))
                    .collect(),
            };
            (own.with_envelope().unwrap(), letter)
        })
}

/// The record's letter date set to `letter`, as every generated value assumes.
fn dated(mut record: Value, letter: time::Date) -> Value {
    record["letter"]["date"] = Value::String(iso(letter));
    record
}

fn schema_and_record() -> impl Strategy<Value = (Schema, Value)> {
    any_schema().prop_flat_map(|(schema, letter)| {
        let record = valid_record(&schema.fields, letter).prop_map(move |r| dated(r, letter));
        (Just(schema), record)
    })
}

/// A schema and a record whose values lie near their bounds, either side.
fn schema_and_near_record() -> impl Strategy<Value = (Schema, Value, time::Date)> {
    any_schema().prop_flat_map(|(schema, letter)| {
        let own = Schema {
            fields: schema.fields[Schema::envelope().fields.len()..].to_vec(),
        };
        let envelope = valid_record(&Schema::envelope().fields, letter);
        let near = near_value(&FieldType::Record { fields: own.fields }, letter);
        (Just(schema), envelope, near, Just(letter)).prop_map(|(schema, envelope, near, letter)| {
            let mut record = dated(envelope, letter);
            if let (Value::Object(r), Value::Object(n)) = (&mut record, near) {
                r.extend(n);
            }
            (schema, record, letter)
        })
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
                prop_assert!(!e.is_empty());
                prop_assert!(e.has_errors());
                prop_assert!(e.len() <= crate::diag::MAX_DIAGNOSTICS);
                for err in &e {
                    prop_assert!(!err.message.is_empty());
                    // At the record, with a code of decision data.
                    let at_record = matches!(&err.location, crate::diag::Location::Record { record, .. } if record == "r");
                    prop_assert!(at_record, "{:?}", err.location);
                    prop_assert!([Code::DATA_TYPE, Code::DATA_MISSING, Code::DATA_UNKNOWN_FIELD, Code::DATA_VALUE].contains(&err.code), "{}", err.code);
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
    fn accepted_values_are_within_their_bounds((schema, record, letter) in schema_and_near_record()) {
        if let Ok(clean) = schema.validate("r", &record) {
            for f in &schema.fields {
                if let Some(v) = clean.get(&f.name) {
                    let checked = within(&f.ty, v, Some(letter));
                    prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
                }
            }
        }
    }

    #[test]
    fn ibans_with_right_check_digits_pass_and_one_changed_digit_fails(
        iban in valid_iban(), at in 8usize..18, digit in 0u32..10,
    ) {
        let compact: String = iban.chars().filter(|c| *c != ' ').collect();
        prop_assert_eq!(normalise_iban(&compact.to_lowercase()), Ok(iban.clone()));
        prop_assert_eq!(normalise_iban(&iban), Ok(iban.clone()));
        // Mod 97 catches every change of a single digit.
        let mut chars: Vec<char> = compact.chars().collect();
        let new = char::from_digit(digit, 10).unwrap();
        prop_assume!(chars[at] != new);
        chars[at] = new;
        let changed: String = chars.into_iter().collect();
        let err = normalise_iban(&changed).unwrap_err();
        prop_assert!(err.contains("check digits do not match"), "{}", err);
    }

    #[test]
    fn dates_round_trip_through_iso(j in FIRST_DAY.to_julian_day()..=LAST_DAY.to_julian_day()) {
        let day = time::Date::from_julian_day(j).unwrap();
        prop_assert_eq!(parse_date(&iso(day)), Ok(day));
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month(
        j in FIRST_DAY.to_julian_day()..=LAST_DAY.to_julian_day(), n in -3600i32..=3600,
    ) {
        let day = time::Date::from_julian_day(j).unwrap();
        let moved = Offset::new(n, OffsetUnit::Month).apply(day);
        // Within 300 years of a plausible date the calendar never ends.
        prop_assert!(moved.is_some());
        let moved = moved.unwrap();
        let index = |d: time::Date| d.year() * 12 + i32::from(u8::from(d.month()));
        prop_assert_eq!(index(moved) - index(day), n);
        prop_assert_eq!(moved.day(), day.day().min(moved.month().length(moved.year())));
        // Years are twelve months.
        if n.abs() <= 300 {
            prop_assert_eq!(
                Offset::new(n, OffsetUnit::Year).apply(day),
                Offset::new(n * 12, OffsetUnit::Month).apply(day)
            );
        }
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
    fn address_block_has_at_most_six_lines((schema, record) in schema_and_record()) {
        let (_, envelope) = schema.validate_letter("r", &record).unwrap();
        let lines = envelope.window_lines();
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

//! Arbitrary bytes as decision data: reading records (JSON, JSON Lines, CSV) and validating
//! each against a fixed schema that uses every field type must never panic, and whatever
//! validates must validate again unchanged.
#![no_main]

use std::sync::LazyLock;

use helder::data::{Schema, read_data};
use libfuzzer_sys::fuzz_target;

const TEMPLATE: &str = r#"
[data.decision]
type = "record"
[data.decision.fields.amount]
type = "money"
[data.decision.fields.cost]
type = "enum"
values = ["bril", "wasmachine", "bewind"]
[data.decision.fields.paid_on]
type = "date"
[data.decision.fields.note]
type = "text"
optional = true
[data.decision.fields.count]
type = "integer"
optional = true
[data.decision.fields.urgent]
type = "boolean"
optional = true
[data.decision.fields.items]
type = "list"
of = { type = "record", fields = { what = { type = "text" }, amount = { type = "money" } } }
[data.partner]
type = "person"
optional = true
[data.home]
type = "address"
optional = true
"#;

static SCHEMA: LazyLock<Schema> = LazyLock::new(|| {
    let doc: toml::Table = TEMPLATE.parse().expect("fuzz schema is valid TOML");
    Schema::from_toml(&doc["data"])
        .and_then(Schema::with_envelope)
        .expect("fuzz schema is valid")
});

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    for name in ["fuzz.json", "fuzz.jsonl", "fuzz.csv"] {
        for record in read_data(name, text, &SCHEMA).into_iter().flatten() {
            if let Ok((clean, envelope)) = SCHEMA.validate_letter(&record.name, &record.data) {
                let again = SCHEMA.validate(&record.name, &clean);
                assert_eq!(again.as_ref(), Ok(&clean), "validation is not idempotent");
                assert!(envelope.window_lines().len() <= 6);
            }
        }
    }
});

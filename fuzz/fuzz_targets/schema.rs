//! Arbitrary bytes as the `[data]` table of a template.toml: parsing the schema must
//! never panic, only return errors.
#![no_main]

use helder::data::Schema;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(doc) = text.parse::<toml::Table>() else {
        return;
    };
    if let Some(data) = doc.get("data")
        && let Ok(schema) = Schema::from_toml(data)
    {
        let _ = schema.with_envelope();
    }
});

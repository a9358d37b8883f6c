//! Arbitrary bytes as a checklist case: reading and merging against the bundled catalog
//! must never panic; every mistake is an error with a JSON path.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use helder::checklist::{Case, Catalog, merge};
use libfuzzer_sys::fuzz_target;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schemes")).unwrap()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = time::Date::from_calendar_date(2026, time::Month::November, 22).unwrap();
    if let Ok(case) = Case::from_json("fuzz", text) {
        let _ = merge(&CATALOG, &case, today);
    }
    // Read and checked in one go, as `helder checklist` does: what it accepts merges.
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        for date in [Some(today), None] {
            if let Ok(case) = Case::from_value_checked("fuzz", &value, &CATALOG, date) {
                assert!(merge(&CATALOG, &case, today).is_ok() || date.is_none());
            }
        }
    }
});

//! Arbitrary text through the plain-language checker in every language: sentence
//! splitting, syllables and rules must never panic on any input.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use helder::plain::{Profile, Rules, check_text};
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    Rules::load_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")).unwrap()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in RULES.languages() {
        for profile in [Profile::B1, Profile::EasyRead] {
            let _ = check_text(text, "fuzz.txt", lang, &RULES, profile);
        }
    }
});

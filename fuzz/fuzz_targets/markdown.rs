//! Arbitrary text as rendered template Markdown: the Markdown → Letter IR parser must never
//! panic, whatever the `:::` fences, HTML, links or escapes.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use helder::i18n::Locales;
use helder::icons::Icons;
use helder::letter::parse::parse_body;
use helder::letter::parse::RenderedMarkdown;
use libfuzzer_sys::fuzz_target;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

static ICONS: LazyLock<Icons> = LazyLock::new(|| Icons::load_dir(&root().join("icons")).unwrap());
static LOCALES: LazyLock<Locales> =
    LazyLock::new(|| Locales::load_dir(&root().join("locales")).unwrap());

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = text.lines().count() + 1;
    let markdown = RenderedMarkdown {
        text: text.to_string(),
        lines: (1..=lines as u32).collect(),
        file: "fuzz/letter.md".into(),
        messages: Vec::new(),
    };
    let _ = parse_body(&markdown, LOCALES.binding(), &ICONS, &LOCALES);
});

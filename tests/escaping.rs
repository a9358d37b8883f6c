//! Resident data that looks like Markdown, HTML or Typst shows literally in every
//! backend: a property test over arbitrary strings, through the public API.

#[path = "common/poppler.rs"]
mod poppler;

use std::path::PathBuf;
use std::sync::OnceLock;

use helder::i18n::Language;
use helder::{Format, Project, Request};
use poppler::normalise;
use proptest::prelude::*;

fn project() -> &'static Project {
    static PROJECT: OnceLock<Project> = OnceLock::new();
    PROJECT.get_or_init(|| Project::open(env!("CARGO_MANIFEST_DIR")).expect("project loads"))
}

fn grant(name: &str, handled_by: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["recipient"]["name"] = name.into();
    v["letter"]["handled_by"] = handled_by.into();
    v
}

/// Text compared without white space, for the PDF where a value may wrap. pdftotext
/// also joins a line that ends in "-" to the next one without it (it takes the hyphen
/// for a word break), so hyphens are left out of this comparison too.
fn glued(s: &str) -> String {
    normalise(s).split(' ').collect::<String>().replace('-', "")
}

fn render(letter: &helder::Letter, format: Format) -> Vec<u8> {
    let output = project().render(letter, &[format]).unwrap().remove(0);
    match output.files().as_slice() {
        [one] => one.to_vec(),
        _ => panic!("expected one file"),
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.pdf");
    std::fs::write(&path, pdf).unwrap();
    normalise(&poppler::pdftotext(&path, &["-enc", "UTF-8"]))
}

/// Markup-like pieces from Markdown, HTML, Typst and Tera, mixed with ordinary text.
fn nasty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("*x*".to_string()),
        Just("_y_".to_string()),
        Just("<script>".to_string()),
        Just("</p>".to_string()),
        Just("&amp;".to_string()),
        Just("#panic()".to_string()),
        Just("#set text(red)".to_string()),
        Just("]".to_string()),
        Just("[".to_string()),
        Just("\\".to_string()),
        Just("$x$".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("{{ x }}".to_string()),
        Just("{% if %}".to_string()),
        Just("`code`".to_string()),
        Just("# kop".to_string()),
        Just("- lijst".to_string()),
        Just("1. een".to_string()),
        Just("> quote".to_string()),
        Just("| a | b |".to_string()),
        Just("[link](https://x.nl)".to_string()),
        Just("@label".to_string()),
        Just("~~s~~".to_string()),
        "[a-zA-Zà-ÿ€0-9 ]{1,8}",
        "[!-~]{1,6}",
    ];
    proptest::collection::vec(piece, 1..6).prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn resident_data_shows_literally_in_html_text_and_pdf(name in nasty(), handler in nasty()) {
        let request = Request::new("prop", "bijzondere-bijstand-toekenning", Language::from_code("nl").unwrap(), grant(&name, &handler));
        let expected_name = normalise(&name);
        let expected_handler = normalise(&handler);
        // Text that is only spaces is no name: the schema refuses it, naming the field.
        if expected_name.is_empty() || expected_handler.is_empty() {
            let err = project().letter(&request).expect_err("blank text is refused").to_string();
            let field = if expected_name.is_empty() { "recipient.name" } else { "letter.handled_by" };
            prop_assert!(err.contains(field), "{}", err);
            return Ok(());
        }
        let letter = project().letter(&request).expect("valid record renders");

        let text = String::from_utf8(render(&letter, Format::Txt)).unwrap();
        prop_assert!(normalise(&text).contains(&expected_name), "text: {}", text);
        prop_assert!(normalise(&text).contains(&expected_handler), "text: {}", text);

        let html = String::from_utf8(render(&letter, Format::Html)).unwrap();
        // Quotes may or may not be written as entities in text nodes; <, > and & must be.
        let html = html.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'");
        // What the HTML writer wraps around numbers, phone numbers and web addresses
        // (nowrap spans, tel: and https: links) is markup around the text, not in it.
        let wrappers = regex::Regex::new(r#"<span class="nowrap">|<a class="nowrap" href="[^"]*">|</span>|</a>"#).unwrap();
        let html = wrappers.replace_all(&html, "").into_owned();
        prop_assert!(normalise(&html).contains(&html_escape(&expected_name)), "html lacks {}", expected_name);
        prop_assert!(!html.contains("<script>"), "unescaped script element");

        // A value may wrap in the PDF (the details beside the window are narrow), and
        // pdftotext turns the line break into a space: compared glued (see `glued`).
        let pdf = pdf_text(&render(&letter, Format::Pdf));
        prop_assert!(glued(&pdf).contains(&glued(&expected_name)), "pdf lacks {:?}: {}", expected_name, pdf);
        prop_assert!(glued(&pdf).contains(&glued(&expected_handler)), "pdf lacks {:?}: {}", expected_handler, pdf);
    }

    /// Whitespace-only text is refused with the field's name, never rendered blank.
    #[test]
    fn blank_text_is_refused_naming_the_field(blank in "[ \t\n\r\u{a0}]{0,6}") {
        let request = Request::new("prop", "bijzondere-bijstand-toekenning", Language::from_code("nl").unwrap(), grant("E. Jansen", &blank));
        let err = project().letter(&request).expect_err("blank handled_by is refused").to_string();
        prop_assert!(err.contains("letter.handled_by"), "{}", err);
    }
}

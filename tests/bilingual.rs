//! Bilingual letters (`--with-dutch`, `Options::with_dutch`): the translation with the
//! binding Dutch text after it (Awb 2:6), through the library and the binary, read back
//! from the real PDF (pdftotext, qpdf) and HTML.

use std::path::PathBuf;
use std::process::Command;

use helder::i18n::{Direction, Language};
use helder::{Format, Output, Project, Request};

const TEMPLATE: &str = "bijzondere-bijstand-toekenning";
const EXAMPLE: &str = "templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn project() -> &'static Project {
    static PROJECT: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
    PROJECT.get_or_init(|| Project::open(root()).unwrap())
}

fn request(lang: &str, with_dutch: bool) -> Request {
    let data =
        serde_json::from_str(&std::fs::read_to_string(root().join(EXAMPLE)).unwrap()).unwrap();
    let mut request = Request::new("jansen", TEMPLATE, Language::from_code(lang).unwrap(), data);
    request.options.with_dutch = with_dutch;
    request
}

fn tool(name: &str, args: &[&str], input: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, input).unwrap();
    let out = Command::new(name)
        .args(args)
        .arg(&path)
        .args(if name == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed ({e}): bash scripts/setup"));
    assert!(out.status.success(), "{name} failed");
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF's text with runs of white space folded.
fn pdf_text(pdf: &[u8]) -> String {
    tool("pdftotext", &["-enc", "UTF-8"], pdf)
        .split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The PDF with its objects unpacked, so the structure tree can be read.
fn uncompressed(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in.pdf"), dir.path().join("out.pdf"));
    std::fs::write(&input, pdf).unwrap();
    let status = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&input)
        .arg(&output)
        .status()
        .unwrap_or_else(|e| panic!("qpdf is needed ({e}): apt-get install qpdf"));
    assert!(status.success(), "qpdf failed");
    String::from_utf8_lossy(&std::fs::read(output).unwrap()).into_owned()
}

fn make(request: &Request, formats: &[Format]) -> (helder::Letter, Vec<Output>) {
    project().make(request, formats).unwrap()
}

fn pos(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from:\n{haystack}"))
}

#[test]
fn the_letter_carries_the_dutch_text_made_from_the_same_request() {
    let (letter, _) = make(&request("en", true), &[]);
    let b = letter.bilingual.as_ref().expect("a bilingual letter");
    let (dutch, _) = make(&request("nl", false), &[]);
    // The binding text is the Dutch letter itself: same title, body and signature.
    assert_eq!(b.binding.language.code(), "nl");
    assert_eq!(b.binding.direction, Direction::Ltr);
    assert_eq!(b.binding.title, dutch.meta.title);
    assert_eq!(b.binding.body, dutch.body);
    assert_eq!(b.binding.signature, dutch.signature);
    // The labels in both languages; the one-language note ("This is a translation") is
    // replaced by the note of the bilingual letter.
    assert_eq!(b.translation_label.binding, "Vertaling");
    assert_ne!(b.note.text, b.note.binding);
    let (english, _) = make(&request("en", false), &[]);
    assert_eq!(&letter.body[..], &english.body[1..]);
    assert_ne!(
        letter.meta.id, english.meta.id,
        "the PDF ident names both languages"
    );
    // A Dutch letter is the binding text already: the option changes nothing.
    let (nl_with, nl_outputs) = make(&request("nl", true), &[Format::Pdf]);
    assert!(nl_with.bilingual.is_none());
    let (_, plain) = make(&request("nl", false), &[Format::Pdf]);
    assert_eq!(nl_outputs, plain);
}

#[test]
fn the_pdf_holds_both_texts_with_their_labels_the_note_first_and_the_address_once() {
    let (letter, outputs) = make(&request("en", true), &[Format::Pdf]);
    let Output::Pdf { bytes, pages, .. } = &outputs[0] else {
        panic!()
    };
    let text = pdf_text(bytes);
    let b = letter.bilingual.as_ref().unwrap();
    // The titles are also the subject in the details, above the note: look after it.
    let note = pos(&text, &b.note.binding);
    let english = note + pos(&text[note..], &letter.meta.title);
    let dutch = english + pos(&text[english..], &b.binding.title);
    assert!(
        note < english && english < dutch,
        "note, translation, Dutch: {text}"
    );
    for label in [
        &b.translation_label.text,
        &b.translation_label.binding,
        &b.binding_label.text,
        &b.binding_label.binding,
    ] {
        pos(&text, label);
    }
    let (_, single) = make(&request("en", false), &[Format::Pdf]);
    let Output::Pdf { pages: single, .. } = single[0] else {
        panic!()
    };
    assert!(*pages > single, "{pages} pages");
    // The address block once (the salutations name the resident again).
    let address = letter
        .recipient
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(text.matches(&address).count(), 1, "{address:?} in:\n{text}");
    // Each part is tagged with its language: the document is English, the Dutch part
    // says it is Dutch.
    let pdf = uncompressed(bytes);
    assert!(pdf.contains("/Lang (en)"), "the document's language");
    assert!(pdf.contains("/Lang (nl)"), "the Dutch part's language tag");
}

#[test]
fn the_html_has_a_section_per_language_the_note_first_and_the_reference_once() {
    let (letter, outputs) = make(&request("en", true), &[Format::Html]);
    let Output::Html(html) = &outputs[0] else {
        panic!()
    };
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\""));
    let note = pos(html, "bilingual-note");
    let translation = pos(
        html,
        "<section class=\"part part-translation\" lang=\"en\" dir=\"ltr\"",
    );
    let binding = pos(
        html,
        "<section class=\"part part-binding\" lang=\"nl\" dir=\"ltr\"",
    );
    assert!(note < translation && translation < binding);
    // The note and the labels are each in both languages, each tagged.
    let b = letter.bilingual.as_ref().unwrap();
    pos(
        html,
        &format!("<p lang=\"nl\" dir=\"ltr\">{}</p>", b.note.binding),
    );
    pos(
        html,
        &format!(
            "<span class=\"part-label-other\" lang=\"nl\" dir=\"ltr\">{}</span>",
            b.translation_label.binding
        ),
    );
    // The details (with the reference) once; the objection text of each part names the
    // reference again, as a resident writing in must quote it.
    let in_details = format!(
        "<dd><span class=\"nowrap\">{}</span></dd>",
        letter.meta.reference
    );
    assert_eq!(html.matches(&in_details).count(), 1, "{html}");
    assert_eq!(html.matches("class=\"recipient\"").count(), 1);
    assert_eq!(html.matches("<h1 class=\"subject\">").count(), 2);
}

#[test]
fn the_cli_renders_a_bilingual_letter_and_the_text_has_both_parts() {
    let out = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args([
            "render",
            "-t",
            TEMPLATE,
            "-d",
            EXAMPLE,
            "--lang",
            "en",
            "--with-dutch",
        ])
        .args(["--format", "txt", "--out", "-"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (letter, _) = make(&request("en", true), &[]);
    let b = letter.bilingual.unwrap();
    let english = pos(&text, &letter.meta.title.to_uppercase());
    let dutch = pos(&text, &b.binding.title.to_uppercase());
    assert!(english < dutch);
    pos(&text, &b.binding_label.binding.to_uppercase());
    assert_eq!(text.matches(&letter.recipient[1]).count(), 1, "{text}");
}

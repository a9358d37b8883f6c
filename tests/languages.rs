//! A language is data: a temp copy of the project gets German (a profile and `.ftl` files,
//! no Rust) and writes a letter in it; broken profiles stop the project from loading with
//! an error naming the file.

#[path = "common/letters.rs"]
mod letters;

use std::path::Path;

use helder::i18n::{Direction, Language};
use helder::{Format, Output, Project, Request};
use letters::{add_language, project_copy};

const GERMAN_PROFILE: &str = r#"# German, for this test only.
code = "de"
name = "Deutsch"
english_name = "German"
locale = "de"
direction = "ltr"
scripts = ["Latn"]
fonts = ["Noto Sans", "Noto Sans Arabic"]
line_spacing = 0.8
readability = []
hyphenation = "de"
plurals = ["one", "other"]
"#;

const GERMAN_GRANT: &str = r#"bbt-title = Sie erhalten besondere Unterstützung
bbt-cost = { $cost ->
    [wasmachine] eine Waschmaschine
   *[other] Ihre Kosten
}
bbt-intro = Am { $requested } haben Sie Geld für { bbt-cost } beantragt. Sie erhalten dieses Geld.
bbt-what-heading = Was erhalten Sie?
bbt-amount = Sie erhalten **{ $amount }**.
bbt-payment = Wir zahlen das Geld am **{ $date }**.
bbt-gift = Sie müssen dieses Geld nicht zurückzahlen.
bbt-loan = Dieses Geld ist ein Darlehen. Sie zahlen jeden Monat **{ $monthly }** zurück.
bbt-why-heading = Warum erhalten Sie dieses Geld?
bbt-why = Sie brauchen Geld für { bbt-cost }.
bbt-do-heading = Was müssen Sie tun?
bbt-receipt = Bewahren Sie die Rechnung auf.
bbt-changes = Ändert sich etwas? Dann sagen Sie es uns.
bbt-laws = Dieser Bescheid beruht auf Artikel 35 des Partizipationsgesetzes (Participatiewet).
"#;

/// The project copy with German added to the grant template: its profile, the grant's
/// messages in German, and the house, municipality and objection texts (English, with the
/// binding note in German).
fn with_german() -> tempfile::TempDir {
    let dir = project_copy();
    let root = dir.path();
    let de = root.join("locales/de");
    std::fs::create_dir(&de).unwrap();
    std::fs::write(de.join("language.toml"), GERMAN_PROFILE).unwrap();
    std::fs::write(de.join("bijzondere-bijstand-toekenning.ftl"), GERMAN_GRANT).unwrap();
    // The binding note in German, however the English one is worded.
    let note = regex::Regex::new(r"(?m)^binding-note =.*(\n[ \t]+.*)*").unwrap();
    for file in ["house.ftl", "municipality.ftl", "decision.ftl"] {
        let text = std::fs::read_to_string(root.join("locales/en").join(file)).unwrap();
        let text = note.replace(
            &text,
            "binding-note = Dies ist eine Übersetzung. Der niederländische Brief ist maßgeblich.",
        );
        std::fs::write(de.join(file), text.as_ref()).unwrap();
    }
    add_language(
        &root.join("templates/bijzondere-bijstand-toekenning/template.toml"),
        "de",
    );
    dir
}

fn example(root: &Path) -> serde_json::Value {
    let file =
        root.join("templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json");
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

#[test]
fn a_new_language_is_a_profile_and_its_messages() {
    let dir = with_german();
    let project = Project::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let german = Language::from_code("de-DE").unwrap();
    let request = Request::new(
        "jansen",
        "bijzondere-bijstand-toekenning",
        german,
        example(dir.path()),
    );
    let letter = project.letter(&request).unwrap_or_else(|e| panic!("{e}"));
    let meta = &letter.meta;
    assert_eq!(meta.language.code(), "de");
    assert_eq!(meta.direction, Direction::Ltr);
    assert_eq!(meta.fonts, ["Noto Sans", "Noto Sans Arabic"]);
    assert_eq!(meta.line_spacing, 0.8);
    // German dates and money, from CLDR through the profile's locale.
    assert_eq!(meta.date_text, "20. November 2026");

    let outputs = project
        .render(&letter, &[Format::Txt, Format::Html])
        .unwrap_or_else(|e| panic!("{e}"));
    let Output::Text(text) = &outputs[0] else {
        panic!("asked for text");
    };
    assert!(text.contains("Sie erhalten 1.234,50\u{a0}€."), "{text}");
    assert!(
        text.contains("Am 2. November 2026 haben Sie Geld für eine Waschmaschine"),
        "{text}"
    );
    assert!(
        text.contains("Wir zahlen das Geld am 1. Dezember 2026."),
        "{text}"
    );
    // Not the binding language: the letter says the Dutch one is official.
    assert!(
        text.contains("Der niederländische Brief ist maßgeblich."),
        "{text}"
    );
    let Output::Html(html) = &outputs[1] else {
        panic!("asked for HTML");
    };
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"de\" dir=\"ltr\" class=\"style-b1\">"),
        "{html}"
    );

    // The house style takes the fonts and line spacing from the letter.
    let pdf = project
        .render(&letter, &[Format::Pdf])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(&pdf[0], Output::Pdf { pages, .. } if *pages >= 1));

    // The Dutch letter stays as it was: no binding note.
    let dutch = Request::new(
        "jansen",
        "bijzondere-bijstand-toekenning",
        Language::from_code("nl").unwrap(),
        example(dir.path()),
    );
    let dutch = project.letter(&dutch).unwrap();
    assert_eq!(dutch.meta.date_text, "20 november 2026");
    let Output::Text(text) = project.render(&dutch, &[Format::Txt]).unwrap().remove(0) else {
        panic!("asked for text");
    };
    assert!(text.contains("€\u{a0}1.234,50"), "{text}");
    assert!(!text.contains("Übersetzung"), "{text}");
}

#[test]
fn a_language_without_a_profile_is_named_with_the_projects_languages() {
    let project = Project::open(env!("CARGO_MANIFEST_DIR")).unwrap();
    let request = Request::new(
        "x",
        "bijzondere-bijstand-toekenning",
        Language::from_code("de").unwrap(),
        serde_json::json!({}),
    );
    let err = project.letter(&request).unwrap_err().to_string();
    assert!(err.contains("unknown language `de`"), "{err}");
    assert!(err.contains("ar, en, nl, pl, tr, uk"), "{err}");
}

#[test]
fn a_template_may_only_list_the_projects_languages() {
    let dir = project_copy();
    let manifest = dir
        .path()
        .join("templates/bijzondere-bijstand-toekenning/template.toml");
    add_language(&manifest, "de");
    let project = Project::open(dir.path()).unwrap();
    let problems = project.template_problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let text = problems[0].1[0].to_string();
    // The error points at the line of the list.
    let line = 1 + std::fs::read_to_string(&manifest)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("languages"))
        .unwrap();
    assert!(
        text.contains(&format!("template.toml:{line}:")) && text.contains("unknown language `de`"),
        "{text}"
    );
}

/// Loads the German project with its profile edited by `edit`: the error text.
fn broken(edit: impl Fn(&str) -> String) -> String {
    let dir = with_german();
    let file = dir.path().join("locales/de/language.toml");
    std::fs::write(&file, edit(GERMAN_PROFILE)).unwrap();
    let Err(err) = Project::open(dir.path()) else {
        panic!("the project loaded with a wrong profile");
    };
    let err = err.to_string();
    let named = file.display().to_string();
    assert!(err.contains(&named), "{named} in {err}");
    err
}

#[test]
fn a_wrong_profile_is_a_load_error_naming_the_file() {
    let plurals =
        broken(|p| p.replace(r#"["one", "other"]"#, r#"["one", "few", "many", "other"]"#));
    assert!(
        plurals.contains(
            "are not the plural categories of `de`: Fluent's plural rules have [one, other]"
        ),
        "{plurals}"
    );

    let formula = broken(|p| p.replace("readability = []", r#"readability = ["amstad"]"#));
    assert!(
        formula.contains("unknown readability formula `amstad`"),
        "{formula}"
    );

    let missing = broken(|p| p.replace("direction = \"ltr\"\n", ""));
    assert!(missing.contains("missing field `direction`"), "{missing}");

    let two = broken(|p| format!("{p}binding = true\n"));
    assert!(two.contains("exactly one language binds"), "{two}");
    assert!(two.contains("nl/language.toml"), "{two}");
}

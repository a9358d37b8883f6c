//! The Project through the public API: loaded once, shared across threads, each part
//! reloadable on its own, a failed reload keeping the version that worked, and the
//! bundled project the same as the repository's.

#[path = "common/letters.rs"]
mod letters;

use std::path::Path;
use std::sync::Arc;

use helder::i18n::Language;
use helder::{Format, Output, Part, Project, Request};

const GRANT: &str = "bijzondere-bijstand-toekenning";

fn grant(project_dir: &Path) -> Request {
    let path = project_dir.join(format!("templates/{GRANT}/examples/jansen-wasmachine.json"));
    let data = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Request::new(
        "jansen.json",
        GRANT,
        Language::from_code("nl").unwrap(),
        data,
    )
}

fn text(project: &Project, request: &Request) -> String {
    let letter = project.letter(request).unwrap_or_else(|e| panic!("{e}"));
    match project.render(&letter, &[Format::Txt]).unwrap().remove(0) {
        Output::Text(text) => text,
        _ => unreachable!("asked for text"),
    }
}

#[test]
fn a_project_is_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Project>();
    let dir = letters::root();
    let project = Arc::new(Project::open(&dir).unwrap());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let project = Arc::clone(&project);
            let request = grant(&dir);
            std::thread::spawn(move || text(&project, &request))
        })
        .collect();
    let texts: Vec<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(texts.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn each_part_reloads_on_its_own_and_a_broken_reload_keeps_the_old_version() {
    let dir = letters::project_copy();
    let project = Project::open(dir.path()).unwrap();
    let request = grant(dir.path());
    let before = text(&project, &request);
    assert!(before.contains("Anouk Visser"), "{before}");

    // The house: a new signatory shows after a reload of the house only.
    let house = dir.path().join("house/house.toml");
    let settings = std::fs::read_to_string(&house).unwrap();
    std::fs::write(&house, settings.replace("Anouk Visser", "Bram de Wit")).unwrap();
    assert_eq!(
        text(&project, &request),
        before,
        "nothing changes before a reload"
    );
    project.reload(Part::House).unwrap();
    assert!(text(&project, &request).contains("Bram de Wit"));

    // A half-saved house.toml: the reload fails and names the file, the letters go on.
    std::fs::write(&house, "organisation = \n").unwrap();
    let err = project.reload(Part::House).unwrap_err().to_string();
    assert!(err.contains("house.toml"), "{err}");
    assert!(text(&project, &request).contains("Bram de Wit"));

    // Messages: a changed text shows after a reload of the locales.
    let ftl = dir.path().join("locales/nl/house.ftl");
    let messages = std::fs::read_to_string(&ftl).unwrap();
    assert!(messages.contains("closing = "), "{messages}");
    let changed: String = messages
        .lines()
        .map(|l| {
            if l.starts_with("closing = ") {
                "closing = Hartelijke groet,".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&ftl, changed).unwrap();
    project.reload(Part::Locales).unwrap();
    assert!(text(&project, &request).contains("Hartelijke groet,"));

    // A template that breaks on reload is reported; the others stay usable.
    let letter_md = dir.path().join(format!("templates/{GRANT}/letter.md"));
    std::fs::write(&letter_md, "{% if decision %}\nniet gesloten\n").unwrap();
    project.reload(Part::Templates).unwrap();
    let problems = project.template_problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, GRANT);
    assert!(project.letter(&request).is_err());
    assert!(
        project
            .templates()
            .iter()
            .any(|t| t.id == "documenten-opvragen")
    );
}

#[test]
fn a_changed_file_names_its_part() {
    assert_eq!(
        Part::of(Path::new("templates/x/letter.md")),
        Some(Part::Templates)
    );
    assert_eq!(
        Part::of(Path::new("locales/nl/house.ftl")),
        Some(Part::Locales)
    );
    assert_eq!(Part::of(Path::new("icons/money.svg")), Some(Part::Icons));
    assert_eq!(Part::of(Path::new("house/letter.typ")), Some(Part::House));
    assert_eq!(
        Part::of(Path::new("schemes/bijstand.toml")),
        Some(Part::Schemes)
    );
    assert_eq!(Part::of(Path::new("README.md")), None);
}

/// The bundled project is the repository's: the same letters, byte for byte.
#[test]
fn the_bundled_project_makes_the_same_letters() {
    let bundled = Project::bundled().unwrap();
    assert!(bundled.is_bundled());
    let folder = Project::open(letters::root()).unwrap();
    let request = grant(&letters::root());
    for format in [Format::Txt, Format::Html, Format::Pdf] {
        let a = bundled
            .render(&bundled.letter(&request).unwrap(), &[format])
            .unwrap();
        let b = folder
            .render(&folder.letter(&request).unwrap(), &[format])
            .unwrap();
        assert_eq!(a, b, "{format}");
    }
    let ids = |p: &Project| p.templates().into_iter().map(|t| t.id).collect::<Vec<_>>();
    assert_eq!(ids(&bundled), ids(&folder));
}

/// PDF and PNG come from one typst compile: asking for both gives both, page for page.
#[test]
fn pdf_and_png_come_together() {
    let project = Project::open(letters::root()).unwrap();
    let letter = project.letter(&grant(&letters::root())).unwrap();
    let outputs = project
        .render(&letter, &[Format::Pdf, Format::Png, Format::Pdf])
        .unwrap();
    assert_eq!(outputs.len(), 2, "a format asked twice is made once");
    let (Output::Pdf { pages, bytes, .. }, Output::Png { pages: images }) =
        (&outputs[0], &outputs[1])
    else {
        panic!("PDF first, then PNG, as asked");
    };
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(*pages, images.len());
}

//! `helder new <id>` through the binary: the skeleton renders at once and passes `helder
//! check`; a bad or existing id, or a file in the way, is refused and nothing is written.

use std::path::Path;
use std::process::{Command, Output};

fn helder(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("HELDER_ROOT")
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_new_template_renders_at_once_and_passes_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    assert!(helder(root, &["init", "."]).status.success());

    let out = helder(root, &["new", "afspraak-verzet"]);
    assert!(out.status.success(), "{}", text(&out));
    for file in [
        "templates/afspraak-verzet/template.toml",
        "templates/afspraak-verzet/letter.md",
        "templates/afspraak-verzet/examples/voorbeeld.json",
        "locales/nl/afspraak-verzet.ftl",
        "locales/en/afspraak-verzet.ftl",
    ] {
        assert!(root.join(file).is_file(), "{file}: {}", text(&out));
        assert!(text(&out).contains(file), "{}", text(&out));
    }
    // The other languages wait for a translator: named, and no English text in their place.
    assert!(
        text(&out).contains("add ar, pl, tr, uk to `languages`"),
        "{}",
        text(&out)
    );
    for lang in ["ar", "pl", "tr", "uk"] {
        let file = format!("locales/{lang}/afspraak-verzet.ftl");
        assert!(!root.join(&file).exists(), "{file} was written");
    }

    // It is listed, with the values of its choice.
    let out = helder(root, &["templates"]);
    assert!(out.status.success(), "{}", text(&out));
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.contains("afspraak-verzet  (Information; nl, en)"),
        "{listed}"
    );
    assert!(
        listed.contains("info.topic: one of afspraak, verhuizing"),
        "{listed}"
    );

    // Both languages render from the example, in every format.
    for (lang, words) in [("nl", "De datum is 15"), ("en", "The date is 15")] {
        let out = helder(
            root,
            &[
                "render",
                "-t",
                "afspraak-verzet",
                "-d",
                "templates/afspraak-verzet/examples/voorbeeld.json",
                "--lang",
                lang,
                "--format",
                "txt",
                "--out",
                "-",
            ],
        );
        assert!(out.status.success(), "{lang}: {}", text(&out));
        let letter = String::from_utf8_lossy(&out.stdout);
        assert!(letter.contains(words), "{lang}: {letter}");
        assert!(letter.contains("15"), "the date of the example: {letter}");
    }
    let out = helder(
        root,
        &[
            "render",
            "-t",
            "afspraak-verzet",
            "-d",
            "templates/afspraak-verzet/examples/voorbeeld.json",
            "--format",
            "pdf",
            "--out",
            "brief.pdf",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        std::fs::read(root.join("brief.pdf"))
            .unwrap()
            .starts_with(b"%PDF")
    );

    // The static check and the plain-language check pass.
    let out = helder(root, &["check", "afspraak-verzet"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn a_bad_or_taken_id_or_a_file_in_the_way_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    assert!(helder(root, &["init", "."]).status.success());
    let before = files(root);

    let out = helder(root, &["new", "Afspraak_Verzet"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("`Afspraak_Verzet` cannot be a template id"),
        "{}",
        text(&out)
    );
    assert!(
        text(&out).contains("try `afspraak-verzet`"),
        "{}",
        text(&out)
    );

    let out = helder(root, &["new", "kwijtschelding"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("template `kwijtschelding` already exists"),
        "{}",
        text(&out)
    );
    assert_eq!(files(root), before);

    // A message file of that name is someone's work: kept, and nothing else written.
    std::fs::write(root.join("locales/en/verzet.ftl"), "mine = Mine\n").unwrap();
    let out = helder(root, &["new", "verzet"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("locales/en/verzet.ftl"),
        "{}",
        text(&out)
    );
    assert!(
        text(&out).contains("never replaces a file"),
        "{}",
        text(&out)
    );
    assert!(!root.join("templates/verzet").exists());
    assert_eq!(
        std::fs::read_to_string(root.join("locales/en/verzet.ftl")).unwrap(),
        "mine = Mine\n"
    );

    // Outside a project folder there is nowhere to write.
    let empty = tempfile::tempdir().unwrap();
    let out = helder(empty.path(), &["new", "verzet"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("helder init"), "{}", text(&out));
    assert!(files(empty.path()).is_empty());
}

//! `helder i18n check` and the Dutch fallback, through the `helder` binary on temp copies
//! of the project whose translations are broken on purpose.

#[path = "common/letters.rs"]
mod letters;

use std::path::Path;
use std::process::{Command, Output};

use letters::project_copy;

fn helder(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("--root")
        .arg(root)
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .expect("helder runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A project copy with nl and an English that is Dutch word for word (so complete), and
/// no other language.
fn nl_and_en() -> tempfile::TempDir {
    let dir = project_copy();
    let locales = dir.path().join("locales");
    for entry in std::fs::read_dir(&locales).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name != "nl" && name != "en" {
            std::fs::remove_dir_all(&path).unwrap();
        }
    }
    for entry in std::fs::read_dir(locales.join("en")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            std::fs::remove_file(path).unwrap();
        }
    }
    for entry in std::fs::read_dir(locales.join("nl")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            std::fs::copy(&path, locales.join("en").join(path.file_name().unwrap())).unwrap();
        }
    }
    // Templates may list only the languages the copy still has.
    let line = regex::Regex::new(r"(?m)^languages\s*=\s*\[[^\]]*\]").unwrap();
    for entry in std::fs::read_dir(dir.path().join("templates")).unwrap() {
        let manifest = entry.unwrap().path().join("template.toml");
        let text = std::fs::read_to_string(&manifest).unwrap();
        let text = line.replace(&text, r#"languages = ["nl", "en"]"#);
        std::fs::write(&manifest, text.as_ref()).unwrap();
    }
    dir
}

fn edit(path: &Path, change: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, change(text)).unwrap();
}

#[test]
fn the_bundled_six_languages_check_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = helder(root, &["i18n", "check"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        !stdout(&out).contains("error") && !stderr(&out).contains("error"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let totals = stdout(&out)
        .lines()
        .find(|l| l.starts_with("messages ") && l.contains('/'))
        .unwrap_or_default()
        .to_string();
    // ar, en, nl, pl, tr, uk: every message of nl in each.
    let columns: Vec<&str> = totals.split_whitespace().skip(1).collect();
    assert_eq!(columns.len(), 6, "{totals}");
    assert!(
        columns
            .iter()
            .all(|c| c.split_once('/').is_some_and(|(a, b)| a == b)),
        "{totals}"
    );
}

#[test]
fn a_complete_translation_checks_clean_with_its_coverage() {
    let dir = nl_and_en();
    let out = helder(dir.path(), &["i18n", "check"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let table = stdout(&out);
    assert!(table.contains("against nl (binding)"), "{table}");
    let house = table
        .lines()
        .find(|l| l.starts_with("house.ftl"))
        .unwrap_or_else(|| panic!("{table}"));
    let cells: Vec<&str> = house.split_whitespace().skip(1).collect();
    assert_eq!(cells.len(), 2, "{house}");
    assert_eq!(cells[0], cells[1], "{house}");
    assert!(table.contains("100%"), "{table}");

    let out = helder(dir.path(), &["i18n", "check", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["binding"], "nl");
    let en = &json["coverage"][0];
    assert_eq!(en["language"], "en");
    assert_eq!(en["present"], en["total"]);
    assert!(en["total"].as_u64().unwrap() > 50, "{en}");
    assert_eq!(json["diagnostics"], serde_json::json!([]));
}

#[test]
fn every_kind_of_mistake_is_reported_at_its_line_and_fails() {
    let dir = nl_and_en();
    let en = dir.path().join("locales/en");
    edit(&en.join("house.ftl"), |t| {
        // A message dropped, one renamed (obsolete), a variable renamed.
        let t = t.replace("binding-note = ", "binding-notice = ");
        let t = t.replace(
            "salutation-none = Beste { $name },",
            "salutation-none = Beste { $naam },",
        );
        t.replace("callout-info = Goed om te weten\n", "")
    });
    // A syntax error in another file: the rest is still compared.
    edit(&en.join("decision.ftl"), |t| format!("broken = {{ $x\n{t}"));
    let out = helder(dir.path(), &["i18n", "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for expected in [
        "error[fluent.syntax]",
        "en/decision.ftl:",
        "error[fluent.missing-message]: message `callout-info` is missing in en",
        "error[fluent.missing-message]: message `binding-note` is missing in en",
        "warning[fluent.obsolete]: message `binding-notice` in en is not in nl",
        "error[fluent.variables]: message `salutation-none` in en uses $naam",
        "leaves out $name",
        "en/house.ftl:",
    ] {
        assert!(err.contains(expected), "{expected:?} in:\n{err}");
    }
    // The table is still printed, with the missing ones counted.
    let table = stdout(&out);
    let house = table
        .lines()
        .find(|l| l.starts_with("house.ftl"))
        .unwrap_or_else(|| panic!("{table}"));
    let cells: Vec<&str> = house.split_whitespace().skip(1).collect();
    let (present, total) = cells[0].split_once('/').unwrap();
    let (present, total): (usize, usize) = (present.parse().unwrap(), total.parse().unwrap());
    assert_eq!(present + 2, total, "{house}");

    let json = helder(dir.path(), &["i18n", "check", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    for code in [
        "fluent.syntax",
        "fluent.missing-message",
        "fluent.obsolete",
        "fluent.variables",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    let syntax = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "fluent.syntax")
        .unwrap();
    assert!(syntax["line"].as_u64().unwrap() >= 1, "{syntax}");
    assert!(
        syntax["file"].as_str().unwrap().ends_with("decision.ftl"),
        "{syntax}"
    );
}

#[test]
fn ids_the_templates_and_pictograms_use_must_exist_in_dutch() {
    let dir = nl_and_en();
    for lang in ["nl", "en"] {
        let house = dir.path().join("locales").join(lang).join("house.ftl");
        edit(&house, |t| t.replace("icon-money = ", "icon-cash = "));
        let grant = dir
            .path()
            .join("locales")
            .join(lang)
            .join("bijzondere-bijstand-toekenning.ftl");
        edit(&grant, |t| {
            t.lines()
                .filter(|l| !l.starts_with("bbt-gift = "))
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        });
    }
    let out = helder(dir.path(), &["i18n", "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("the alt text `icon-money` of pictogram `money` is not in nl"),
        "{err}"
    );
    assert!(err.contains("message `bbt-gift` is not in nl"), "{err}");
    assert!(
        err.contains("templates/bijzondere-bijstand-toekenning/letter.md:"),
        "{err}"
    );
}

#[test]
fn a_missing_translation_is_made_in_dutch_with_a_warning() {
    let dir = nl_and_en();
    let grant = dir
        .path()
        .join("locales/en/bijzondere-bijstand-toekenning.ftl");
    edit(&grant, |t| {
        t.lines()
            .filter(|l| !l.starts_with("bbt-gift = "))
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    let data = dir
        .path()
        .join("templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json");
    let out = helder(
        dir.path(),
        &[
            "render",
            "--template",
            "bijzondere-bijstand-toekenning",
            "--data",
            data.to_str().unwrap(),
            "--lang",
            "en",
            "--format",
            "txt",
            "--out",
            "-",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("U hoeft dit geld niet terug te betalen."),
        "{text}"
    );
    assert!(!text.contains("bbt-gift") && !text.contains("{$"), "{text}");
    let err = stderr(&out);
    assert!(err.contains("warning[fluent.fallback]"), "{err}");
    assert!(
        err.contains("`bbt-gift`") && err.contains("into en"),
        "{err}"
    );

    // The batch manifest carries the same warning; the letter is made.
    let job = serde_json::json!({
        "id": "j-1",
        "template": "bijzondere-bijstand-toekenning",
        "language": "en",
        "data": serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&data).unwrap()).unwrap(),
    });
    let jobs = dir.path().join("jobs.jsonl");
    std::fs::write(&jobs, format!("{job}\n")).unwrap();
    let out_dir = dir.path().join("out");
    let out = helder(
        dir.path(),
        &[
            "batch",
            jobs.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
            "--format",
            "txt",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(out_dir.join("manifest.jsonl")).unwrap();
    let line: serde_json::Value = serde_json::from_str(manifest.lines().next().unwrap()).unwrap();
    assert_eq!(line["status"], "ok", "{line}");
    let warnings = line["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w["code"] == "fluent.fallback"
            && w["message"].as_str().unwrap().contains("`bbt-gift`")),
        "{line}"
    );
}

#[test]
fn a_project_whose_messages_do_not_load_is_still_checked() {
    let dir = nl_and_en();
    edit(&dir.path().join("locales/nl/house.ftl"), |t| {
        format!("{t}\nbroken = {{ $x\n")
    });
    // Other commands stop at the load error.
    let out = helder(dir.path(), &["templates"]);
    assert!(!out.status.success());
    let out = helder(dir.path(), &["i18n", "check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[fluent.syntax]"), "{err}");
    assert!(err.contains("nl/house.ftl:"), "{err}");
    // The comparison still ran: the table is there.
    assert!(stdout(&out).contains("house.ftl"), "{}", stdout(&out));
}

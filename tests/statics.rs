//! The static template check through the CLI: `helder check` finds what letter.md uses
//! in every branch, whatever the examples reach, each finding at its letter.md line.

#[path = "common/letters.rs"]
mod letters;

use std::path::Path;
use std::process::{Command, Output};

use helder::Project;

const ID: &str = "uitnodiging-gesprek";

fn check(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["check", ID])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// The 1-based line of `letter.md` text that holds `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle}"))
        + 1
}

#[test]
fn a_broken_template_is_reported_at_its_lines_whatever_the_examples_reach() {
    let dir = letters::project_copy();
    let root = dir.path();
    // Before: the copy passes.
    let out = check(root);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let md = root.join(format!("templates/{ID}/letter.md"));
    let mut text = std::fs::read_to_string(&md).unwrap();
    // A misspelt pictogram, a message only Dutch has, a misspelt field and a message
    // without the variable it uses, each in a branch no example reaches (no interview
    // lasts 179 minutes).
    text.push_str(
        "\n{% if interview.minutes == 179 %}\n\
         ::: step phnoe\n\
         {{ t(\"inv-long\") }}\n\
         :::\n\
         {{ interview.buildng }}\n\
         {{ t(\"inv-cannot\", telephone=letter.phone) }}\n\
         {% endif %}\n",
    );
    std::fs::write(&md, &text).unwrap();
    let nl = root.join(format!("locales/nl/{ID}.ftl"));
    let mut ftl = std::fs::read_to_string(&nl).unwrap();
    ftl.push_str("\ninv-long = Het gesprek duurt lang.\n");
    std::fs::write(&nl, ftl).unwrap();

    // The examples still render and pass: only the static check sees these.
    let project = Project::open(root).unwrap();
    let letters = project
        .check(&[ID.to_owned()], &[], helder::plain::Profile::B1)
        .unwrap();
    assert!(letters.iter().all(|c| !c.report.has_errors()));

    let out = check(root);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let file = format!("templates/{ID}/letter.md");
    let at = |needle: &str| format!("{file}:{}:", line_of(&text, needle));

    let icon = stderr
        .lines()
        .position(|l| l.contains("unknown pictogram `phnoe`"))
        .unwrap_or_else(|| panic!("no pictogram finding:\n{stderr}"));
    assert!(stderr.contains(&at("::: step phnoe")), "{stderr}");
    assert!(stderr.contains("did you mean `phone`?"), "{stderr}");
    assert!(icon > 0);

    assert!(
        stderr.contains("message `inv-long` is not in en"),
        "{stderr}"
    );
    assert!(stderr.contains(&at("t(\"inv-long\")")), "{stderr}");

    assert!(
        stderr.contains("unknown field `interview.buildng`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("did you mean `interview.building`?"),
        "{stderr}"
    );
    assert!(stderr.contains(&at("interview.buildng")), "{stderr}");

    assert!(stderr.contains("uses `$phone`"), "{stderr}");
    assert!(stderr.contains(&at("telephone=")), "{stderr}");
    assert!(stderr.contains("passes `telephone`"), "{stderr}");
    for code in [
        "icon.unknown",
        "fluent.missing-message",
        "template.field",
        "template.variable",
        "template.unused-argument",
    ] {
        assert!(stderr.contains(code), "{code}:\n{stderr}");
    }

    // The same findings as JSON on standard output, for CI and the studio.
    let out = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["check", ID, "--format", "json"])
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all["reports"], serde_json::json!([]), "{all}");
    let found = all["static"].as_array().unwrap();
    let icon = found
        .iter()
        .find(|d| d["code"] == "icon.unknown")
        .unwrap_or_else(|| panic!("{all}"));
    assert_eq!(icon["file"], file.as_str());
    assert_eq!(icon["line"], line_of(&text, "::: step phnoe"));
    assert_eq!(icon["severity"], "error");
    assert_eq!(icon["suggestion"], "did you mean `phone`?");
    for code in [
        "fluent.missing-message",
        "template.field",
        "template.variable",
    ] {
        assert!(found.iter().any(|d| d["code"] == code), "{code}: {all}");
    }
}

#[test]
fn every_bundled_template_passes_the_static_check() {
    let project = Project::open(letters::root()).unwrap();
    let found = project.check_static(&[]).unwrap();
    assert!(found.is_empty(), "{found}");
}

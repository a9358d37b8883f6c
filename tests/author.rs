//! The author's loop through the CLI: a mistake in letter.md or a `.ftl` file is reported
//! where the author fixes it — the tag left open, the `.ftl` line of a message that cannot
//! be formatted, the nearest message id — never at a line past the end of the file.

#[path = "common/letters.rs"]
mod letters;

use std::path::Path;
use std::process::Command;

const ID: &str = "herinnering-papieren";

/// `helder render` of the template's first example in `lang`: (success, stderr).
fn render(root: &Path, lang: &str) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args([
            "render",
            "-t",
            ID,
            "-d",
            &format!("templates/{ID}/examples/bakker-bijstand.json"),
            "--lang",
            lang,
            "--format",
            "txt",
            "--out",
            "-",
        ])
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle}"))
        + 1
}

fn edit(path: &Path, from: &str, to: &str) -> String {
    let before = std::fs::read_to_string(path).unwrap();
    assert!(before.contains(from), "{from:?} not in {}", path.display());
    let after = before.replacen(from, to, 1);
    std::fs::write(path, &after).unwrap();
    after
}

#[test]
fn template_mistakes_are_reported_at_the_line_to_fix() {
    let dir = letters::project_copy();
    let root = dir.path();
    let md = root.join(format!("templates/{ID}/letter.md"));
    let original = std::fs::read_to_string(&md).unwrap();
    let file = format!("templates/{ID}/letter.md");
    assert!(render(root, "nl").0);

    // An `{% if %}` never closed: Tera says only "Unexpected end of input".
    let text = edit(&md, "{% endif %}\n{{ t(\"rem-item\"", "\n{{ t(\"rem-item\"");
    let (ok, err) = render(root, "nl");
    assert!(!ok);
    let opened = line_of(&text, "::: step {% if doc");
    assert!(
        err.contains(&format!(
            "`{{% if %}}` opened on line {opened} is not closed: end the block with `{{% endif %}}`"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("{file}:{opened}:")), "{err}");
    assert!(!err.contains("Unexpected end of input"), "{err}");

    // A `:::` block left open after a loop: every line named is a letter.md line. The
    // loop makes more output lines than letter.md has, which is where a line past the
    // end of the file came from.
    std::fs::write(&md, &original).unwrap();
    let text = edit(
        &md,
        "{{ t(\"rem-upload\", url=house.upload_url, reference=letter.reference) }}\n:::\n",
        "{{ t(\"rem-upload\", url=house.upload_url, reference=letter.reference) }}\n",
    );
    let (ok, err) = render(root, "nl");
    assert!(!ok);
    let upload = line_of(&text, "::: step upload");
    let next = upload + 3; // the `::: step envelope` that follows
    assert!(
        err.contains(&format!("inside `::: step` (line {upload})")),
        "{err}"
    );
    assert!(err.contains(&format!("{file}:{next}:")), "{err}");
    assert!(text.lines().count() >= next);

    // A misspelt message id: the nearest ids of the language.
    std::fs::write(&md, &original).unwrap();
    edit(&md, "t(\"rem-sent\")", "t(\"rem-snet\")");
    let (ok, err) = render(root, "en");
    assert!(!ok);
    assert!(err.contains("error[fluent.missing-message]"), "{err}");
    assert!(err.contains("message `rem-snet` is not in en"), "{err}");
    assert!(err.contains("did you mean `rem-sent`?"), "{err}");
}

#[test]
fn a_message_that_cannot_be_formatted_is_at_its_ftl_line_with_what_was_passed() {
    let dir = letters::project_copy();
    let root = dir.path();
    let ftl = root.join(format!("locales/en/{ID}.ftl"));
    let text = edit(&ftl, "rem-help = ", "rem-help = Ask { $person } for help. ");
    // Dutch still works: the message of its own language is fine.
    assert!(render(root, "nl").0);
    let (ok, err) = render(root, "en");
    assert!(!ok);
    let line = line_of(&text, "rem-help = ");
    assert!(err.contains("error[fluent.message]"), "{err}");
    assert!(
        err.contains(&format!("locales/en/{ID}.ftl:{line}")),
        "{err}"
    );
    assert!(err.contains("$person"), "{err}");
    assert!(err.contains("the t() call passed `$phone`"), "{err}");
    let md = std::fs::read_to_string(root.join(format!("templates/{ID}/letter.md"))).unwrap();
    assert!(
        err.contains(&format!(
            "templates/{ID}/letter.md:{}:",
            line_of(&md, "t(\"rem-help\"")
        )),
        "{err}"
    );
}

//! The letter pipeline end to end, through the `helder` binary as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn helder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("helder runs")
}

fn helder_stdin(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("helder runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: run `bash scripts/setup` (apt-get install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    // Compare on single spaces: PDF text has no NBSP semantics to rely on.
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

const GRANT: &str = "templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json";

fn grant_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let text = std::fs::read_to_string(root().join(GRANT)).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn templates_lists_the_bundled_templates_as_json() {
    let out = helder(&["templates", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "bijzondere-bijstand-afwijzing",
            "bijzondere-bijstand-toekenning",
            "documenten-opvragen"
        ]
    );
    for t in list.as_array().unwrap() {
        assert_eq!(t["languages"], serde_json::json!(["nl", "en"]));
    }
}

#[test]
fn grant_letter_pdf_shows_amount_date_name_and_objection_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("letter.pdf");
    let out = helder(&[
        "render",
        "--template",
        "bijzondere-bijstand-toekenning",
        "--data",
        GRANT,
        "--lang",
        "nl",
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdftotext(&pdf);
    assert!(text.contains("E. Jansen"), "{text}");
    assert!(text.contains("€ 1.234,50"), "{text}");
    assert!(text.contains("1 december 2026"), "{text}");
    assert!(text.contains("1013 KP HELDERSTAD"), "{text}");
    // Sent Friday 20 November 2026: six weeks end on Friday 1 January 2027, New Year's
    // Day, so the Algemene termijnenwet moves the deadline to Monday 4 January 2027.
    assert!(text.contains("4 januari 2027"), "{text}");
}

#[test]
fn every_format_renders_in_english_too() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["html", "txt", "pdf", "png"] {
        let path = dir.path().join(format!("letter.{format}"));
        let out = helder(&[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            GRANT,
            "-l",
            "en",
            "-f",
            format,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
    }
    let html = std::fs::read_to_string(dir.path().join("letter.html")).unwrap();
    assert!(html.contains("lang=\"en\""));
    assert!(html.contains("€1,234.50"), "{html}");
    let txt = std::fs::read_to_string(dir.path().join("letter.txt")).unwrap();
    assert!(txt.contains("1 December 2026"), "{txt}");
    let png_pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".png"))
        .collect();
    assert!(!png_pages.is_empty());
}

#[test]
fn same_input_gives_byte_identical_pdfs() {
    let args = [
        "render",
        "-t",
        "documenten-opvragen",
        "-d",
        "templates/documenten-opvragen/examples/bakker-bijstand.json",
        "-f",
        "pdf",
        "-o",
        "-",
    ];
    let a = helder(&args);
    let b = helder(&args);
    assert!(a.status.success(), "{}", stderr(&a));
    assert!(a.stdout.starts_with(b"%PDF-"));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn resident_data_that_looks_like_markup_shows_literally_everywhere() {
    let name = r#"*x* <script>alert(1)</script> #panic() ] \ $ " {{ x }}"#;
    let data = grant_with(|v| v["recipient"]["name"] = name.into());
    let dir = tempfile::tempdir().unwrap();
    for format in ["html", "txt", "pdf"] {
        let path = dir.path().join(format!("l.{format}"));
        let out = helder_stdin(
            &[
                "render",
                "-t",
                "bijzondere-bijstand-toekenning",
                "-d",
                "-",
                "-f",
                format,
                "-o",
                path.to_str().unwrap(),
            ],
            &data,
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
    }
    let txt = std::fs::read_to_string(dir.path().join("l.txt")).unwrap();
    assert!(txt.contains(name), "{txt}");
    let html = std::fs::read_to_string(dir.path().join("l.html")).unwrap();
    assert!(!html.contains("<script>alert"), "unescaped script in HTML");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let pdf = pdftotext(&dir.path().join("l.pdf"));
    assert!(pdf.contains(name), "{pdf}");
}

#[test]
fn every_problem_of_a_record_is_reported_with_its_path_and_nothing_is_written() {
    let data = grant_with(|v| {
        v["decision"]["amount"] = "12,50".into();
        v["decision"]["paid_on"] = "2026-02-30".into();
        v["decision"]["amout"] = 5.into();
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.pdf");
    let out = helder_stdin(
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            "-",
            "-o",
            path.to_str().unwrap(),
        ],
        &data,
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("decision.amount"), "{err}");
    assert!(err.contains("12,50"), "{err}");
    assert!(err.contains("decision.paid_on"), "{err}");
    assert!(err.contains("amout"), "{err}");
    assert!(!path.exists(), "nothing half-written");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn malformed_json_names_line_and_column() {
    let out = helder_stdin(
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            "-",
            "-o",
            "-",
        ],
        "{\n  \"letter\": {,\n}",
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("stdin:2:"), "{err}");
}

#[test]
fn unknown_template_and_language_are_clear_errors() {
    let out = helder(&["render", "-t", "bijstand-xyz", "-d", GRANT, "-o", "-"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("bijstand-xyz") && err.contains("documenten-opvragen"),
        "{err}"
    );

    let out = helder(&[
        "render",
        "-t",
        "bijzondere-bijstand-toekenning",
        "-d",
        GRANT,
        "-l",
        "xx",
        "-o",
        "-",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("xx"), "{}", stderr(&out));

    let out = helder(&[
        "render",
        "-t",
        "bijzondere-bijstand-toekenning",
        "-d",
        GRANT,
        "-l",
        "tr",
        "-o",
        "-",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("nl, en"), "{}", stderr(&out));
}

#[test]
fn demo_renders_every_template_language_and_example() {
    let dir = tempfile::tempdir().unwrap();
    let out = helder(&["demo", "--out", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    for template in [
        "bijzondere-bijstand-toekenning",
        "bijzondere-bijstand-afwijzing",
        "documenten-opvragen",
    ] {
        for lang in ["nl", "en"] {
            let folder = dir.path().join(template).join(lang);
            let pdfs = std::fs::read_dir(&folder)
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .path()
                        .extension()
                        .is_some_and(|x| x == "pdf")
                })
                .count();
            assert_eq!(pdfs, 2, "{}", folder.display());
        }
        assert!(index.contains(template));
    }
}

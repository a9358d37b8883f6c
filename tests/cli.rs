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
            "bijstand-besluit",
            "bijzondere-bijstand-afwijzing",
            "bijzondere-bijstand-toekenning",
            "documenten-opvragen",
            "documentenlijst",
            "herinnering-papieren",
            "kwijtschelding",
            "terugvordering",
            "uitnodiging-gesprek",
            "wmo-toekenning"
        ]
    );
    for t in list.as_array().unwrap() {
        assert_eq!(
            t["languages"],
            serde_json::json!(["nl", "en", "tr", "pl", "uk", "ar"])
        );
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
        "de",
        "-o",
        "-",
    ]);
    // German has no locales/de: the error lists the languages there are (a language the
    // project has but a template does not offer is tested in tests/languages.rs).
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("ar, en, nl, pl, tr, uk"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn demo_renders_every_template_language_and_example() {
    let dir = tempfile::tempdir().unwrap();
    let out = helder(&["demo", "--out", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    // Two examples per letter template; the checklist letter is made from the three
    // example cases in examples/cases.
    for (template, letters) in [
        ("bijzondere-bijstand-toekenning", 2),
        ("bijzondere-bijstand-afwijzing", 2),
        ("documenten-opvragen", 2),
        ("uitnodiging-gesprek", 2),
        ("herinnering-papieren", 2),
        ("wmo-toekenning", 2),
        ("terugvordering", 2),
        ("bijstand-besluit", 2),
        ("kwijtschelding", 3),
        ("documentenlijst", 3),
    ] {
        for lang in ["nl", "en", "tr"] {
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
            assert_eq!(pdfs, letters, "{}", folder.display());
        }
        assert!(index.contains(template));
    }
}

const CASE: &str = "examples/cases/el-amrani.json";

#[test]
fn checklist_json_merges_the_requests_and_reports_the_figures() {
    let out = helder(&["checklist", "--case", CASE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["schema"], "helder.checklist/1");
    let items = json["items"].as_array().unwrap();
    assert_eq!(json["figures"]["items_after_merge"], items.len());
    let before = json["figures"]["requests_before_merge"].as_u64().unwrap();
    assert!(
        before > items.len() as u64,
        "merging asks for less: {before} → {}",
        items.len()
    );
    // The joint account's statements are one item for both holders.
    let joint: Vec<_> = items
        .iter()
        .filter(|i| i["iban"] == "NL91 ABNA 0417 1643 00")
        .collect();
    assert_eq!(joint.len(), 1, "{joint:?}");
    assert_eq!(joint[0]["who"], serde_json::json!(["samira", "youssef"]));
    assert!(
        stderr(&out).contains("requests before merging"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn checklist_letter_lists_every_item_with_its_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("lijst.pdf");
    let out = helder(&[
        "checklist",
        "--case",
        CASE,
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdftotext(&pdf);
    assert!(text.contains("S. El Amrani"), "{text}");
    assert!(
        text.contains("Deze papieren hebben wij van u nodig"),
        "{text}"
    );
    assert!(text.contains("Van Samira"), "{text}");
    assert!(text.contains("NL91 ABNA 0417 1643 00"), "{text}");
    assert!(
        text.contains("Stuur alles uiterlijk op 7 december 2026"),
        "{text}"
    );
    assert!(text.contains("Dit hoeft u niet te sturen"), "{text}");

    let out = helder(&[
        "checklist",
        "--case",
        CASE,
        "--format",
        "txt",
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("These are the documents we need from you"),
        "{text}"
    );
}

#[test]
fn checklist_case_mistakes_are_reported_with_json_paths_all_at_once() {
    let mut case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(CASE)).unwrap()).unwrap();
    case["accounts"][0]["holders"][1] = "piet".into();
    case["household"][2]["birth_date"] = "2012-02-30".into();
    let out = helder_stdin(&["checklist", "--case", "-"], &case.to_string());
    assert!(!out.status.success());
    let err = stderr(&out);
    // rustc-style: the problem, then where it is (the record and the field's path).
    assert!(
        err.contains("error[data.inconsistent]: member `piet` is not in the household\n--> stdin: accounts[0].holders[1]"),
        "{err}"
    );
    assert!(
        err.contains("--> stdin: household[2].birth_date\n"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    // Against the catalog: an unknown scheme, named with its path, reported together
    // with the mistakes in the case's shape.
    case["applications"][0]["scheme"] = "bijstandd".into();
    let out = helder_stdin(&["checklist", "--case", "-"], &case.to_string());
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("unknown scheme `bijstandd`"), "{err}");
    assert!(err.contains("--> stdin: applications[0].scheme"), "{err}");
    assert!(err.contains("household[2].birth_date"), "{err}");
    assert!(err.contains("accounts[0].holders[1]"), "{err}");
    case["accounts"][0]["holders"][1] = "youssef".into();
    case["household"][2]["birth_date"] = "2012-05-30".into();

    // A letter needs the envelope; JSON does not.
    let mut bare = case.clone();
    bare["applications"][0]["scheme"] = "bijzondere-bijstand".into();
    for key in ["letter", "recipient", "address"] {
        bare.as_object_mut().unwrap().remove(key);
    }
    let out = helder_stdin(
        &["checklist", "--case", "-", "--date", "2026-11-23"],
        &bare.to_string(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = helder_stdin(
        &[
            "checklist",
            "--case",
            "-",
            "--date",
            "2026-11-23",
            "-f",
            "pdf",
        ],
        &bare.to_string(),
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("envelope"), "{}", stderr(&out));
}

#[test]
fn render_refuses_the_checklist_letter_and_points_to_helder_checklist() {
    let out = helder(&["render", "-t", "documentenlijst", "-d", GRANT, "-o", "-"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("helder checklist"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_passes_the_bundled_templates_at_b1_and_reports_json() {
    let out = helder(&["check", "--profile", "b1", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The static check found nothing in the bundled templates.
    assert_eq!(all["static"], serde_json::json!([]), "{all}");
    let reports = all["reports"].as_array().unwrap();
    // 8 templates × 6 languages × 2 examples, kwijtschelding × 6 × 3, and the checklist
    // letter × 6 × 3 cases.
    assert_eq!(reports.len(), 132);
    for r in reports {
        assert!(r["template"].is_string() && r["language"].is_string());
    }
    // Sentences that come from a Fluent message point at the .ftl line, with the
    // letter.md line beside it.
    let from_fluent = reports
        .iter()
        .flat_map(|r| r["report"]["findings"].as_array().unwrap())
        .find(|f| f["location"]["file"].as_str().unwrap().ends_with(".ftl"))
        .expect("a finding located in a Fluent file");
    assert!(from_fluent["location"]["line"].as_u64().unwrap() > 0);
    assert!(
        from_fluent["template_location"]["file"]
            .as_str()
            .unwrap()
            .ends_with("letter.md"),
        "{from_fluent}"
    );
}

#[test]
fn check_text_flags_officialese_and_fails_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.txt");
    std::fs::write(
        &path,
        "Indien u het niet eens bent met dit besluit, dan kunt u derhalve binnen zes weken na de dag van verzending van deze beschikking een gemotiveerd bezwaarschrift indienen bij het college van burgemeester en wethouders van de gemeente.\n",
    )
    .unwrap();
    let out = helder(&["check", "--text", path.to_str().unwrap(), "--lang", "nl"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains("indien") || report.contains("Indien"),
        "{report}"
    );
    assert!(report.contains("derhalve"), "{report}");
    assert!(report.contains(":1:"), "file:line:col in {report}");
}

#[test]
fn text_no_font_can_show_is_an_error_naming_the_character_not_tofu() {
    let data = grant_with(|v| v["recipient"]["name"] = "J. de Vries \u{1F600}".into());
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
    assert!(err.contains("U+1F600"), "{err}");
    assert!(!path.exists(), "nothing half-written");
    // HTML and text need no fonts: the same record renders there.
    let out = helder_stdin(
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            "-",
            "-f",
            "txt",
            "-o",
            "-",
        ],
        &data,
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

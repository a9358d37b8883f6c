//! Snapshots of every bundled letter as plain text (template × language × example, and
//! the checklist letter of every example case), through the public API. A change in a
//! template, a message, a formatter or the text writer shows up here as a diff to review.

use helder::{Format, Output, Project};

#[test]
fn every_bundled_letter_as_text() {
    let project = Project::open(env!("CARGO_MANIFEST_DIR")).expect("project loads");
    let mut count = 0;
    for example in project.examples().expect("examples load") {
        let letter = project.letter(&example.request).unwrap_or_else(|e| {
            panic!(
                "{} {} {}: {e}",
                example.template, example.language, example.name
            )
        });
        let Output::Text(text) = project.render(&letter, &[Format::Txt]).unwrap().remove(0) else {
            panic!("asked for text");
        };
        let name = format!(
            "{}-{}-{}",
            example.template,
            example.language.code(),
            example.name
        );
        insta::assert_snapshot!(name, text);
        count += 1;
    }
    assert_eq!(count, 132);
}

fn helder(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("helder runs")
}

/// The text of a PDF as pdftotext reads it, spaces folded (no-break spaces too).
fn pdf_text(template: &str, example: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.pdf");
    let data = format!("templates/{template}/examples/{example}.json");
    let o = helder(&[
        "render",
        "-t",
        template,
        "-d",
        &data,
        "-l",
        lang,
        "-f",
        "pdf",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils, scripts/setup) runs");
    String::from_utf8_lossy(&text.stdout)
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn has(text: &str, facts: &[&str]) {
    for fact in facts {
        assert!(text.contains(fact), "missing {fact:?} in:\n{text}");
    }
}

#[test]
fn key_facts_are_on_the_pdf() {
    let college = "namens het college van burgemeester en wethouders";
    let objection = "https://www.helderstad.nl/bezwaar";
    let post = "Postbus 100 1000 AA Helderstad";
    has(
        &pdf_text(
            "bijzondere-bijstand-toekenning",
            "el-amrani-verhuiskosten-lening",
            "nl",
        ),
        &[
            "Y. El Amrani",
            "€ 860,00",
            "15 december 2026",
            "20 keer",
            "€ 43,00",
            "januari 2027",
            "leenovereenkomst",
            "18 januari 2027",
            objection,
            "Team Bezwaar",
            post,
            college,
        ],
    );
    has(
        &pdf_text("bijzondere-bijstand-afwijzing", "de-vries-inkomen", "nl"),
        &[
            "€ 1.650,00",
            "€ 1.437,50",
            "€ 212,50",
            "12 maanden",
            "€ 2.550,00",
            "4 januari 2027",
            objection,
            college,
        ],
    );
    has(
        &pdf_text("bijzondere-bijstand-afwijzing", "yilmaz-tandarts", "en"),
        &[
            "your supplementary health insurance",
            "on behalf of the Municipal Executive",
        ],
    );
    has(
        &pdf_text("documenten-opvragen", "nowak-kwijtschelding", "nl"),
        &[
            "K. Nowak",
            "https://www.helderstad.nl/inleveren",
            "Werk en Inkomen",
            post,
            "op 14 020",
            "KW-2026-00912",
        ],
    );
    has(
        &pdf_text("uitnodiging-gesprek", "bakker-bijstand", "nl"),
        &[
            "3 december 2026",
            "om 14.00 uur",
            "45 minuten",
            "Stadhuisplein 1, 1011 AB Helderstad",
            "020 555 0147",
        ],
    );
    has(
        &pdf_text("uitnodiging-gesprek", "nowak-wmo", "en"),
        &[
            "12 January 2027",
            "at 9:30 am",
            "Dapperstraat 12 A, 1093 BS Helderstad",
        ],
    );
    has(
        &pdf_text("wmo-toekenning", "de-boer-huishouden", "nl"),
        &[
            "G. de Boer",
            "150 minuten",
            "7 december 2026",
            "6 december 2028",
            "Thuiszorg Helderstad",
            "€ 21,80",
            "7 januari 2027",
            objection,
            college,
        ],
    );
    has(
        &pdf_text("terugvordering", "jansen-inkomen", "nl"),
        &[
            "1 juni 2026",
            "31 augustus 2026",
            "€ 1.245,00",
            "€ 83,00",
            "15 keer",
            "januari 2027",
            "5 januari 2027",
            "020 555 0147",
            objection,
            college,
        ],
    );
    has(
        &pdf_text("terugvordering", "el-amrani-samenwonen", "en"),
        &[
            "Y. El Amrani",
            "€4,320.00",
            "€120.00",
            "36 times",
            "February 2027",
        ],
    );
    has(
        &pdf_text("bijstand-besluit", "bakker-toegekend", "nl"),
        &[
            "U krijgt bijstand",
            "alleenstaande ouder",
            "€ 1.398,46",
            "9 november 2026",
            "21 januari 2027",
            objection,
            college,
        ],
    );
    has(
        &pdf_text("bijstand-besluit", "de-vries-vermogen", "nl"),
        &[
            "U krijgt geen bijstand",
            "€ 11.200,00",
            "€ 7.850,00",
            "26 januari 2027",
            objection,
        ],
    );
    has(
        &pdf_text("herinnering-papieren", "bakker-bijstand", "nl"),
        &[
            "23 november 2026",
            "7 december 2026",
            "Uw loonstroken",
            "Uw huurcontract",
            post,
        ],
    );
}

/// Kwijtschelding is decided by the invorderingsambtenaar and the remedy is administratief
/// beroep to the college (Gemeentewet art. 255, Invorderingswet 1990 art. 26), not bezwaar:
/// the template's `remedy` and `signed_for` settings, not the college's texts.
#[test]
fn kwijtschelding_names_its_figures_the_beroep_and_the_invorderingsambtenaar() {
    let signer = "namens de invorderingsambtenaar van de gemeente";
    let beroep = "U kunt in beroep gaan tegen dit besluit";
    let final_ = "U kunt daarna niet naar de rechter";
    let granted = pdf_text("kwijtschelding", "el-amrani-toegekend", "nl");
    has(
        &granted,
        &[
            "U hoeft niets te betalen",
            "€ 528,60",
            "20 november 2026",
            "2026.00.41873",
            "afvalstoffenheffing",
            "rioolheffing",
            "25 januari 2027",
            beroep,
            final_,
            signer,
        ],
    );
    let partly = pdf_text("kwijtschelding", "nowak-gedeeltelijk", "nl");
    has(
        &partly,
        &[
            "U krijgt kwijtschelding voor € 212,40",
            "€ 512,40",
            "€ 1.410,00",
            "€ 1.385,00",
            "€ 25,00 per maand",
            "12 maanden",
            "Betaal € 300,00 uiterlijk op 31 maart 2027",
            "25 januari 2027",
            beroep,
            signer,
        ],
    );
    let refused = pdf_text("kwijtschelding", "de-vries-afgewezen", "nl");
    has(
        &refused,
        &[
            "U krijgt geen kwijtschelding",
            "€ 1.850,00",
            "€ 1.420,00",
            "€ 5.160,00",
            "meer dan de belasting van € 581,10",
            "28 februari 2027",
            "26 januari 2027",
            beroep,
            final_,
            signer,
        ],
    );
    for text in [&granted, &partly, &refused] {
        assert!(!text.contains("bezwaar maken"), "{text}");
        assert!(!text.contains("namens het college"), "{text}");
    }
    has(
        &pdf_text("kwijtschelding", "nowak-gedeeltelijk", "en"),
        &[
            "We cancel €212.40 of the tax",
            "Please pay €300.00 by 31 March 2027",
            "administratief beroep",
            "on behalf of the municipal tax collector",
        ],
    );
}

#[test]
fn a_kwijtschelding_refusal_needs_its_calculation() {
    let err = render_with("kwijtschelding", "de-vries-afgewezen", |d| {
        d["decision"].as_object_mut().unwrap().remove("costs");
    });
    assert!(err.contains("decision.costs"), "{err}");
    assert!(
        err.contains("required when `reason` is \"betalingscapaciteit\""),
        "{err}"
    );
    let err = render_with("kwijtschelding", "nowak-gedeeltelijk", |d| {
        d["decision"].as_object_mut().unwrap().remove("pay_by");
    });
    assert!(err.contains("decision.pay_by"), "{err}");
}

/// `decision` of an example, changed, as the data of one render through the CLI.
fn render_with(template: &str, example: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let path = format!(
        "{}/templates/{template}/examples/{example}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    edit(&mut data);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("data.json");
    std::fs::write(&input, data.to_string()).unwrap();
    let o = helder(&[
        "render",
        "-t",
        template,
        "-d",
        input.to_str().unwrap(),
        "-l",
        "nl",
        "-f",
        "txt",
        "-o",
        "-",
    ]);
    assert!(!o.status.success(), "expected a data error");
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_loan_without_its_terms_is_a_data_error_naming_the_field() {
    let err = render_with(
        "bijzondere-bijstand-toekenning",
        "el-amrani-verhuiskosten-lening",
        |d| {
            d["decision"]
                .as_object_mut()
                .unwrap()
                .remove("monthly_repayment");
        },
    );
    assert!(err.contains("error[data.missing]"), "{err}");
    assert!(err.contains("decision.monthly_repayment"), "{err}");
    assert!(err.contains("required when `form` is \"lening\""), "{err}");
    assert!(!err.contains("letter.md"), "{err}");
    let err = render_with("bijzondere-bijstand-toekenning", "jansen-wasmachine", |d| {
        d["decision"]["payments"] = 12.into();
    });
    assert!(err.contains("error[data.inconsistent]"), "{err}");
    assert!(err.contains("decision.payments"), "{err}");
}

#[test]
fn a_refusal_for_income_needs_the_calculation_and_one_for_another_scheme_names_it() {
    let err = render_with("bijzondere-bijstand-afwijzing", "de-vries-inkomen", |d| {
        d["decision"].as_object_mut().unwrap().remove("limit");
    });
    assert!(err.contains("decision.limit"), "{err}");
    let err = render_with("bijzondere-bijstand-afwijzing", "yilmaz-tandarts", |d| {
        d["decision"]
            .as_object_mut()
            .unwrap()
            .remove("first_scheme");
    });
    assert!(err.contains("decision.first_scheme"), "{err}");
}

#[test]
fn a_repair_term_below_the_house_minimum_is_a_data_error() {
    let err = render_with("documenten-opvragen", "nowak-kwijtschelding", |d| {
        d["request"]["days"] = 7.into();
    });
    assert!(err.contains("error[data.value]"), "{err}");
    assert!(err.contains("request.days"), "{err}");
    assert!(err.contains("at least 14 days"), "{err}");
    assert!(err.contains("min_repair_days"), "{err}");
}

#[test]
fn an_empty_document_list_is_refused() {
    let err = render_with("documenten-opvragen", "nowak-kwijtschelding", |d| {
        d["request"]["documents"] = serde_json::json!([]);
    });
    assert!(err.contains("request.documents"), "{err}");
    assert!(err.contains("a list of 1 to 100 items"), "{err}");
}

#[test]
fn every_letter_passes_b1_without_errors() {
    let o = helder(&["check", "--profile", "b1"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
}

/// Easy read (makkelijk lezen) on the Dutch letters of the letter set: every paragraph sits
/// in a pictogram step, no sentence over 20 words. The checklist letter (documentenlijst)
/// is left out: its texts are issue 9's.
#[test]
fn the_dutch_letters_pass_easy_read_without_errors() {
    let templates = [
        "bijstand-besluit",
        "bijzondere-bijstand-afwijzing",
        "bijzondere-bijstand-toekenning",
        "documenten-opvragen",
        "herinnering-papieren",
        "kwijtschelding",
        "terugvordering",
        "uitnodiging-gesprek",
        "wmo-toekenning",
    ];
    let mut args = vec!["check", "--profile", "easy-read", "--lang", "nl"];
    args.extend(templates);
    let o = helder(&args);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!out.contains("error["), "{out}");
    // One report per example, each with 0 errors.
    let reports = out
        .lines()
        .filter(|l| l.contains(": nl easy-read: "))
        .count();
    assert_eq!(reports, 19, "{out}");
    assert_eq!(
        out.lines()
            .filter(|l| l.contains(": nl easy-read: 0 error(s)"))
            .count(),
        19,
        "{out}"
    );
}

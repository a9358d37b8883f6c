//! The checklist letter (`documentenlijst`) as a resident reads it, through the CLI: one
//! test per letter rule of the checklist issue (7 to 13), on the rendered text (and the
//! PNG pages for the length), for the bundled example cases.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "common/poppler.rs"]
mod poppler;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn helder(args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn case(name: &str) -> String {
    format!("examples/cases/{name}.json")
}

/// The checklist letter of a bundled case as text, in `lang`.
fn letter(name: &str, lang: &str) -> String {
    let out = helder(
        &["checklist", "--case", &case(name), "-f", "txt", "-l", lang],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text with every run of white space as one space (lines are wrapped).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text between the line that starts with `from` and the next heading in capitals.
fn section<'a>(text: &'a str, from: &str) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in\n{text}"));
    let rest = &text[start + from.len()..];
    let end = rest
        .lines()
        .scan(0, |pos, l| {
            let at = *pos;
            *pos += l.len() + 1;
            Some((at, l))
        })
        .skip(1)
        .find(|(_, l)| l.len() > 3 && !l.starts_with(' ') && l.chars().all(|c| !c.is_lowercase()))
        .map_or(rest.len(), |(at, _)| at);
    &rest[..end]
}

#[test]
fn rule_7_the_headline_deadline_comes_from_what_must_be_sent() {
    // De Vries: the Wmo's optional personal plan (keep ready) would end on 30 November,
    // seven days after the letter; bijstand's documents would be due 3 December. Both are
    // held to the house's shortest repair term (`min_repair_days = 14` in
    // house/house.toml): 14 days after Monday 23 November is Monday 7 December.
    let nl = letter("de-vries", "nl");
    assert!(
        nl.contains("STUUR ALLES UITERLIJK OP 7 DECEMBER 2026"),
        "{nl}"
    );
    assert!(!nl.contains("30 november 2026"), "{nl}");
    assert!(!nl.contains("3 december 2026"), "{nl}");
    // No item is due sooner than the house minimum either.
    let json = helder(&["checklist", "--case", &case("de-vries")], None);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    for it in v["items"].as_array().unwrap() {
        assert!(it["deadline"].as_str().unwrap() >= "2026-12-07", "{it}");
    }
}

#[test]
fn rule_8_the_addressee_is_in_the_household_and_may_receive_it() {
    let mut c: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(case("el-amrani"))).unwrap())
            .unwrap();
    c["addressee"] = "noor".into();
    let out = helder(&["checklist", "--case", "-"], Some(&c.to_string()));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("addressee"), "{err}");
    assert!(err.contains("member `noor` is a child"), "{err}");
    c["addressee"] = "piet".into();
    let out = helder(&["checklist", "--case", "-"], Some(&c.to_string()));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("member `piet` is not in the household"),
        "{err}"
    );
    c["addressee"] = "youssef".into();
    assert!(
        helder(&["checklist", "--case", "-"], Some(&c.to_string()))
            .status
            .success()
    );
}

#[test]
fn rule_9_never_what_the_municipality_holds_or_issues() {
    let nl = letter("de-vries", "nl");
    // Debt help asks both tax assessments; the municipality issues its own.
    assert!(nl.contains("Aanslag waterschapsbelasting"), "{nl}");
    assert!(
        !nl.to_lowercase()
            .contains("aanslag gemeentelijke belastingen"),
        "{nl}"
    );
    // The ID held for debt help is still asked for bijstand (another regime): the letter
    // does not also say it has it.
    assert!(nl.contains("Een van deze: paspoort"), "{nl}");
    assert!(!nl.contains("identiteitsbewijs"), "{nl}");
    let not_needed = section(&nl, "DIT HOEFT U NIET TE STUREN");
    assert!(not_needed.contains("Uw zorgverzekering (Linda): dit hebben wij al."));
}

#[test]
fn rule_10_alternatives_periods_and_lower_case() {
    let nl = flat(&letter("el-amrani", "nl"));
    for want in [
        // Kindpakket's August to October and kwijtschelding's July to September.
        "Loonstroken of uitkeringsspecificaties",
        "Over juli tot en met oktober 2026.",
        "U vroeg bij ons 3 regelingen aan: bijzondere bijstand, kwijtschelding van",
    ] {
        assert!(nl.contains(want), "missing {want:?} in\n{nl}");
    }
    let nl = flat(&letter("de-vries", "nl"));
    assert!(
        nl.contains("Een van deze: paspoort, identiteitskaart of verblijfsdocument"),
        "{nl}"
    );
    let en = flat(&letter("el-amrani", "en"));
    assert!(en.contains("For July to October 2026."), "{en}");
    let en = flat(&letter("de-vries", "en"));
    assert!(
        en.contains("One of these: passport, ID card or residence document"),
        "{en}"
    );
}

#[test]
fn rule_11_short_items_keep_ready_apart_and_reasons_in_the_annex() {
    for name in ["de-vries", "el-amrani", "yilmaz"] {
        let nl = letter(name, "nl");
        // Every item: the document and one to three lines.
        let mut lines = nl.lines().peekable();
        while let Some(l) = lines.next() {
            if l.starts_with("[ ] ") {
                let mut n = 0;
                while lines.peek().is_some_and(|x| x.starts_with("    ")) {
                    lines.next();
                    n += 1;
                }
                assert!(n <= 3, "{name}: item {l:?} has {n} lines");
            }
        }
        assert!(!nl.contains("Nodig voor"), "{name}: reasons in the letter");
        assert!(
            !nl.contains(" vraagt de laatste"),
            "{name}: reasons in the letter"
        );
    }
    let nl = letter("de-vries", "nl");
    let keep = section(&nl, "DEZE PAPIEREN BEWAART U. U STUURT ZE NU NIET.");
    assert!(keep.contains("Persoonlijk plan (Linda)"), "{keep}");
    assert!(
        !keep.contains("[ ]") && !keep.contains("Uiterlijk"),
        "{keep}"
    );
    // The reasons per scheme, and which file decided each value, are for staff.
    let out = helder(
        &["checklist", "--case", &case("de-vries"), "--explain"],
        None,
    );
    let annex = String::from_utf8(out.stdout).unwrap();
    assert!(annex.contains("Bijlage voor medewerkers"), "{annex}");
    assert!(
        annex.contains(
            "Bijstand (bank-statements, art. 17 lid 1 Pw): Bijstand vraagt de laatste 3 maanden"
        ),
        "{annex}"
    );
    assert!(annex.contains("bijstand.toml:"), "{annex}");
}

#[test]
fn rule_12_lateness_addresses_and_opening_hours() {
    let nl = flat(&letter("de-vries", "nl"));
    for want in [
        "artikel 4:5 van de Algemene wet bestuursrecht",
        "https://www.helderstad.nl/inleveren",
        "Postbus 100, 1000 AA",
        "De balie is open op werkdagen van 9.00 tot 16.00 uur.",
    ] {
        assert!(nl.contains(want), "missing {want:?} in\n{nl}");
    }
    // No original to show: no opening hours.
    assert!(!flat(&letter("el-amrani", "nl")).contains("De balie is open"));
    let en = flat(&letter("de-vries", "en"));
    for want in [
        "article 4:5",
        "Or send copies by post to Postbus 100",
        "The front desk is open",
    ] {
        assert!(en.contains(want), "missing {want:?} in\n{en}");
    }
}

fn pages(name: &str, lang: &str, dir: &Path) -> usize {
    let out = dir.join(format!("{name}-{lang}.png"));
    let o = helder(
        &[
            "checklist",
            "--case",
            &case(name),
            "-f",
            "png",
            "-l",
            lang,
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{name}-{lang}"))
        })
        .count()
}

/// The left edge and the top of the first word `word` on page 1 of a `pdftotext -bbox`.
fn word_box(bbox: &str, word: &str) -> (f64, f64) {
    let line = bbox
        .lines()
        .find(|l| l.ends_with(&format!(">{word}</word>")))
        .unwrap_or_else(|| panic!("no word {word:?} in the PDF"));
    let attr = |name: &str| -> f64 {
        let from = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[from..].split('"').next().unwrap().parse().unwrap()
    };
    (attr("xMin"), attr("yMin"))
}

#[test]
fn each_person_is_a_section_and_kept_documents_stand_two_to_a_row() {
    // Whose documents they are is a section of the letter, a sibling of "keep ready"
    // and "not needed": the same heading level, so the same size in print.
    let out = helder(
        &["checklist", "--case", &case("de-vries"), "-f", "html"],
        None,
    );
    let html = String::from_utf8(out.stdout).unwrap();
    for heading in [
        "Van Linda",
        "Van Mees",
        "Van Truus",
        "Dit hoeft u niet te sturen",
    ] {
        assert!(html.contains(&format!("<h2>{heading}</h2>")), "{heading}");
    }
    // In print the two documents to keep ready share one row, without checkboxes.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("de-vries.pdf");
    let out = helder(
        &[
            "checklist",
            "--case",
            &case("de-vries"),
            "-f",
            "pdf",
            "-o",
            pdf.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bbox = poppler::pdftotext(&pdf, &["-bbox"]);
    let (plan_x, plan_y) = word_box(&bbox, "Persoonlijk");
    let (policy_x, policy_y) = word_box(&bbox, "Polis");
    assert!((plan_y - policy_y).abs() < 1.0, "{plan_y} vs {policy_y}");
    assert!(policy_x > plan_x + 150.0, "{plan_x} vs {policy_x}");
}

#[test]
fn rule_13_length_and_plain_language() {
    let dir = std::env::temp_dir().join(format!("helder-cl-pages-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Every typical household fits on two pages in Dutch, the largest too: five
    // schemes, ten documents from three people, two to keep ready, four not needed.
    for case in ["yilmaz", "el-amrani", "de-vries"] {
        assert!(pages(case, "nl", &dir) <= 2, "{case}");
    }
    std::fs::remove_dir_all(&dir).ok();
    let out = helder(&["check", "documentenlijst", "--profile", "b1"], None);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    // Six languages × three cases.
    assert_eq!(report.matches(" 0 error(s)").count(), 18, "{report}");
}

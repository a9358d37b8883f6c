//! `helder icons`: the contact sheet of every pictogram, through the binary.

use std::process::Command;

#[test]
fn helder_icons_writes_the_contact_sheet_as_html_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sheet");
    let run = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["--root", env!("CARGO_MANIFEST_DIR"), "icons", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let count: usize = stdout.split_whitespace().next().unwrap().parse().unwrap();
    assert!(count >= 48, "{stdout}");
    let html = std::fs::read_to_string(out.join("pictograms.html")).unwrap();
    assert!(
        html.contains("<strong>savings</strong>"),
        "the sheet names each pictogram"
    );
    assert_eq!(html.matches("class=\"step\"").count(), count);
    let pdf = std::fs::read(out.join("pictograms.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(out.join("pictograms-1.png").exists());
}

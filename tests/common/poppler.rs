//! poppler-utils for the tests that read a PDF back (`scripts/setup` installs them).

use std::path::Path;
use std::process::Command;

/// `pdftotext <options> <pdf> -`: the text (or with `-bbox` the words' boxes) of `pdf`.
pub fn pdftotext(pdf: &Path, options: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(options)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: run `bash scripts/setup` (apt-get install poppler-utils)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

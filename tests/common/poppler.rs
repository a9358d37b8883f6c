//! poppler-utils for the tests that read a PDF back (`scripts/setup` installs them).

// Shared with `#[path]`: each test uses what it needs of it.
#![allow(dead_code)]

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

/// Text as a reader compares it: what is invisible left out (bidi marks, embeddings and
/// isolates, which pdftotext adds of its own and the letter puts around web addresses;
/// U+200B, the break opportunity in long words), every run of spaces (no-break ones
/// too) one space.
pub fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect::<String>()
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

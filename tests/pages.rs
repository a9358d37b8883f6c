//! Pages are filled: every bundled Dutch letter, B1 and easy read, and the checklist
//! letter of each bundled case, rendered to PDF through the CLI. On every page but the
//! last, the text reaches at least halfway down the page's body: a box or block that
//! does not fit must not push the rest on, leaving a page mostly empty (issue 13: easy-read
//! decision letters left page 2 up to 82% empty when the objection box moved whole).
//! Measured from the words' positions (`pdftotext -bbox`), the footer left out.

#[path = "common/poppler.rs"]
mod poppler;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The share of a page's body, down from the top margin, that every page but the last
/// must reach.
const MIN_FILL: f64 = 0.5;
/// house/letter.typ: 15 mm top margin, 22 mm bottom margin (the footer is in it).
const TOP: f64 = 15.0 * 72.0 / 25.4;
const BOTTOM: f64 = 22.0 * 72.0 / 25.4;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn helder(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "helder {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

/// How far down its body the text of each page reaches (0 to 1).
fn fill(pdf: &Path) -> Vec<f64> {
    let html = poppler::pdftotext(pdf, &["-bbox"]);
    let mut pages = Vec::new();
    for page in html.split("<page ").skip(1) {
        let height = attribute(page, "height");
        let body_end = height - BOTTOM;
        let lowest = page
            .split("<word ")
            .skip(1)
            .map(|w| (attribute(w, "yMin"), attribute(w, "yMax")))
            .filter(|(top, _)| *top < body_end)
            .map(|(_, bottom)| bottom)
            .fold(TOP, f64::max);
        pages.push((lowest - TOP) / (body_end - TOP));
    }
    pages
}

#[test]
fn no_page_but_the_last_is_left_half_empty() {
    let dir = tempfile::tempdir().unwrap();
    let mut letters: Vec<(String, PathBuf)> = Vec::new();
    for style in ["b1", "easy-read"] {
        // Each letter to PDF in `style`, named for the report.
        let mut make = |name: String, command: &[&str]| {
            let pdf = dir.path().join(format!("{}.pdf", name.replace(' ', "-")));
            let mut args = command.to_vec();
            args.extend(["--style", style, "--format", "pdf", "--out"]);
            args.push(pdf.to_str().unwrap());
            helder(&args);
            letters.push((name, pdf));
        };
        let templates = std::fs::read_dir(root().join("templates")).unwrap();
        for template in templates.map(|e| e.unwrap().path()) {
            let id = template.file_name().unwrap().to_string_lossy().into_owned();
            let Ok(examples) = std::fs::read_dir(template.join("examples")) else {
                continue;
            };
            for example in examples.map(|e| e.unwrap().path()) {
                let name = format!(
                    "{id} {} {style}",
                    example.file_stem().unwrap().to_string_lossy()
                );
                let data = example.to_str().unwrap();
                make(name, &["render", "-t", &id, "-d", data, "-l", "nl"]);
            }
        }
        for case in ["de-vries", "el-amrani", "yilmaz"] {
            let file = format!("examples/cases/{case}.json");
            make(
                format!("checklist {case} {style}"),
                &["checklist", "--case", &file],
            );
        }
    }
    assert!(letters.len() > 40, "{} letters", letters.len());
    let mut empty = Vec::new();
    for (name, pdf) in &letters {
        let pages = fill(pdf);
        assert!(!pages.is_empty(), "{name}: no pages");
        for (n, f) in pages.iter().enumerate().take(pages.len() - 1) {
            if *f < MIN_FILL {
                empty.push(format!("{name}: page {} is {:.0}% full", n + 1, f * 100.0));
            }
        }
    }
    assert!(
        empty.is_empty(),
        "pages left half empty:\n{}",
        empty.join("\n")
    );
}

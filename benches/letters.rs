//! The whole letter pipeline at batch speed: 1,000 letters from the bundled two-page
//! grant template (validate → Tera → Markdown → IR → PDF) on one thread, as a case
//! system's batch would run them. Prints letters per second and peak memory along the
//! way, so a leak (memory growing with every letter) shows.
//!
//! `cargo bench --bench letters` (release build). Target: ≥ 150 letters/s on one core,
//! memory flat across the run.

use std::time::Instant;

use helder::i18n::Language;
use helder::{Format, Output, Project, Request};

const LETTERS: usize = 1_000;

#[path = "common/rss.rs"]
mod rss;
use rss::peak_rss_mib;

fn main() {
    // One thread: the target is per core; batches parallelise across letters.
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .ok();
    let root = env!("CARGO_MANIFEST_DIR");
    let project = Project::open(root).expect("project loads");
    let path =
        format!("{root}/templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json");
    let base: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let names = [
        "E. Jansen",
        "Y. El Amrani",
        "A. Yılmaz-Öztürk",
        "K. Nowak",
        "M. Bakker-Smit",
        "O. Kovalenko",
    ];

    let request_for = |i: usize, lang: Language| {
        let mut data = base.clone();
        data["recipient"]["name"] = names[i % names.len()].into();
        data["letter"]["reference"] = format!("BB-2026-{i:05}").into();
        data["decision"]["amount"] = (10_000 + (i as i64 * 137) % 250_000).into();
        Request::new("bench", "bijzondere-bijstand-toekenning", lang, data)
    };
    let pdf = |letter: &helder::Letter| match project
        .render(letter, &[Format::Pdf])
        .expect("pdf")
        .remove(0)
    {
        Output::Pdf { bytes, .. } => bytes,
        _ => unreachable!("asked for a PDF"),
    };

    // The first letter builds fonts and the typst library: report it apart.
    let start = Instant::now();
    let first = project
        .letter(&request_for(0, Language::from_code("nl").unwrap()))
        .expect("letter");
    let first_pdf = pdf(&first);
    println!(
        "first letter (loads fonts, typst library): {:.1} ms, {} bytes, peak memory {:.0} MiB",
        start.elapsed().as_secs_f64() * 1000.0,
        first_pdf.len(),
        peak_rss_mib()
    );

    // The stages before typst (validate, Tera, Fluent, Markdown → IR), on their own.
    let start = Instant::now();
    for i in 0..LETTERS {
        let lang = if i % 2 == 0 {
            Language::from_code("nl").unwrap()
        } else {
            Language::from_code("en").unwrap()
        };
        let letter = project.letter(&request_for(i, lang)).expect("letter");
        std::hint::black_box(letter);
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{LETTERS} letters to the Letter IR (validate, Tera, Fluent, Markdown): {:.1} ms, {:.0} letters/s",
        secs * 1000.0,
        LETTERS as f64 / secs
    );

    let start = Instant::now();
    let mut bytes = 0usize;
    for i in 0..LETTERS {
        let lang = if i % 2 == 0 {
            Language::from_code("nl").unwrap()
        } else {
            Language::from_code("en").unwrap()
        };
        let letter = project.letter(&request_for(i, lang)).expect("letter");
        bytes += pdf(&letter).len();
        if (i + 1) % 100 == 0 {
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{:>5} letters  {:>7.1} letters/s  peak memory {:>6.1} MiB",
                i + 1,
                (i + 1) as f64 / secs,
                peak_rss_mib()
            );
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{LETTERS} two-page letters to PDF on one thread: {:.2} s, {:.1} letters/s, {:.1} KiB per PDF, peak memory {:.1} MiB",
        secs,
        LETTERS as f64 / secs,
        bytes as f64 / LETTERS as f64 / 1024.0,
        peak_rss_mib()
    );
}

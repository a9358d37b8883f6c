//! Benchmark of the plain-language checker: 100 generated letters (headings, steps,
//! lists and paragraphs from the Dutch test corpus), checked for B1 and easy read.
//!
//! Then the whole `helder check`: every bundled template rendered and checked.
//!
//! Run: `cargo bench --bench check`. Prints letters per second; exits 1 when checking the
//! 100 letters, or all bundled templates, takes 2 seconds or more.

use std::time::{Duration, Instant};

use helder::i18n::{Direction, Language};
use helder::letter::ir::{Block, Inline, Letter, LetterKind, Meta, Origin, Sender, Signature};
use helder::plain::{Profile, Rules, SourceMap, check_letter};

const LETTERS: usize = 100;

fn paragraphs() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/tests/plain/corpus-nl.txt"))
        .expect("tests/plain/corpus-nl.txt");
    text.split("\n\n")
        .map(|b| {
            b.lines()
                .filter(|l| !l.starts_with('#'))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|b| !b.trim().is_empty())
        .collect()
}

fn para(text: &str, line: u32) -> Block {
    Block::Paragraph {
        content: vec![Inline::text(text)],
        origin: Origin { line },
    }
}

fn letter(n: usize, corpus: &[String]) -> Letter {
    let pick = |k: usize| corpus[(n * 7 + k) % corpus.len()].as_str();
    let mut body = Vec::new();
    for section in 0..3u32 {
        let line = section * 10 + 1;
        body.push(Block::Heading {
            level: 2,
            content: vec![Inline::text(format!("Onderdeel {}", section + 1))],
            origin: Origin { line },
        });
        body.push(para(pick(section as usize), line + 2));
        body.push(Block::Step {
            icon: "geld".into(),
            alt: "Geld".into(),
            content: vec![para(pick(section as usize + 3), line + 4)],
            origin: Origin { line: line + 4 },
        });
        body.push(Block::List {
            ordered: false,
            items: vec![
                vec![para("Uw loonstrook van oktober.", line + 6)],
                vec![para("Een afschrift van uw bankrekening.", line + 7)],
            ],
            origin: Origin { line: line + 6 },
        });
    }
    Letter {
        meta: Meta {
            id: format!("bench-{n}"),
            template: "bench".into(),
            kind: LetterKind::Decision,
            language: Language::from_code("nl").unwrap(),
            direction: Direction::Ltr,
            fonts: vec!["Noto Sans".into(), "Noto Sans Arabic".into()],
            line_spacing: 0.75,
            title: "Uw aanvraag voor bijzondere bijstand".into(),
            date: time::macros::date!(2026 - 11 - 20),
            date_text: "20 november 2026".into(),
            reference: format!("Z-{n}"),
        },
        sender: Sender {
            organisation: "Gemeente Helderstad".into(),
            department: "Werk en Inkomen".into(),
            return_address: "Postbus 100, 1000 AA Helderstad".into(),
            contact: vec![],
            logo: None,
        },
        recipient: vec![
            "J. de Vries".into(),
            "Dorpsstraat 12".into(),
            "1234 AB  Helderstad".into(),
        ],
        details: vec![],
        salutation: Some("Beste mevrouw De Vries,".into()),
        body,
        signature: Signature {
            closing: "Met vriendelijke groet,".into(),
            name: "A. Jansen".into(),
            role: "Klantmanager".into(),
        },
        contact_photo: None,
        layout: Default::default(),
        data: serde_json::Value::Null,
        warnings: Vec::new(),
        bilingual: None,
    }
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let load = Instant::now();
    let rules = Rules::load_dir(format!("{root}/locales").as_ref()).expect("rule files load");
    let load = load.elapsed();
    let corpus = paragraphs();
    let letters: Vec<Letter> = (0..LETTERS).map(|n| letter(n, &corpus)).collect();
    let map = SourceMap::file("templates/bench/letter.md");

    let mut best = Duration::MAX;
    let mut findings = 0;
    for _ in 0..5 {
        let start = Instant::now();
        findings = 0;
        for l in &letters {
            for profile in Profile::ALL {
                findings += check_letter(l, &rules, profile, &map).findings.len();
            }
        }
        best = best.min(start.elapsed());
    }
    let per_second = LETTERS as f64 / best.as_secs_f64();
    println!(
        "plain check: {LETTERS} letters × 2 profiles in {:.1} ms ({per_second:.0} letters/s, \
         {findings} findings); loading rules {:.1} ms",
        best.as_secs_f64() * 1e3,
        load.as_secs_f64() * 1e3,
    );
    if best + load >= Duration::from_secs(2) {
        eprintln!("too slow: checking {LETTERS} letters must take under 2 s");
        std::process::exit(1);
    }

    // What `helder check` does: open the project, render every bundled template ×
    // language × example (and the checklist letter of every example case), check each.
    let start = Instant::now();
    let project = helder::Project::open(env!("CARGO_MANIFEST_DIR")).expect("project loads");
    let checked = project
        .check(&[], &[], Profile::B1)
        .expect("bundled templates render");
    let all = start.elapsed();
    println!(
        "helder check (all bundled templates): {} letters rendered and checked in {:.1} ms, \
         loading the project included",
        checked.len(),
        all.as_secs_f64() * 1e3
    );
    if all >= Duration::from_secs(2) {
        eprintln!("too slow: checking all bundled templates must take under 2 s");
        std::process::exit(1);
    }
}

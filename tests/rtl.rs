//! Right-to-left letters as residents see them: Arabic HTML laid out by headless
//! Chromium (Debian's `chromium`, driven by playwright-core as in tests/studio.rs) and
//! the Arabic PDF's first page as a PNG. Both are measured, not compared by eye: where
//! the pictograms, box bars, list markers, letterhead and details are against the text,
//! and that the address stays left-aligned in the window. A Dutch letter is measured the
//! same way beside it, so a test that passed for any layout would fail there.
//!
//! The screenshots are written to `target/tmp/rtl/` (look at them).
//! Without Chromium or the npm package the browser test says so and passes, except in CI
//! (`CI` set), where it fails: CI installs them.

#[path = "common/browser.rs"]
mod browser;
#[path = "common/letters.rs"]
mod letters;

use std::path::PathBuf;
use std::process::Command;

use helder::letter::Letter;
use helder::{Format, Output};
use letters::Pipeline;
use serde_json::Value;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::open(&letters::root()))
}

/// The bundled Arabic letter of a template's first example, with the Dutch text after
/// it when `with_dutch`.
fn bundled_arabic(template: &str, example: &str, with_dutch: bool) -> Letter {
    let path = letters::root().join(format!("templates/{template}/examples/{example}.json"));
    let data = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let ar = helder::i18n::Language::from_code("ar").unwrap();
    let mut request = helder::Request::new(example, template, ar, data);
    request.options.with_dutch = with_dutch;
    pipeline().0.letter(&request).unwrap()
}

fn html(letter: &Letter) -> String {
    match pipeline()
        .0
        .render(letter, &[Format::Html])
        .unwrap()
        .remove(0)
    {
        Output::Html(html) => html,
        other => panic!("asked for HTML, got {:?}", other.format()),
    }
}

/// Where the screenshots and PNG pages go, to be looked at.
fn shots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rtl");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Each letter's measurements (`tests/studio/layout.mjs`), by file stem; `None` when the
/// browser is not installed (outside CI).
fn measure(letters: &[(&str, String)]) -> Option<Vec<Value>> {
    let dir = browser::ready(&["playwright-core"])?;
    let shots = shots();
    let mut files = Vec::new();
    for (name, html) in letters {
        let path = shots.join(format!("{name}.html"));
        std::fs::write(&path, html).unwrap();
        files.push(path);
    }
    let out = Command::new("node")
        .arg(dir.join("layout.mjs"))
        .arg(&shots)
        .args(&files)
        .current_dir(&dir)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn f(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("no number {key} in {v}"))
}

/// Checks one layout (screen or print) of one letter: everything in right-to-left text
/// mirrored, everything in left-to-right text not, the address left in the window.
/// Returns how many right-to-left and left-to-right elements it checked.
fn check_layout(name: &str, m: &Value) -> (usize, usize) {
    let mut seen = (0, 0);
    let mut count = |dir: &str| {
        if dir == "rtl" {
            seen.0 += 1
        } else {
            seen.1 += 1
        }
    };
    for step in m["steps"].as_array().unwrap() {
        let dir = step["dir"].as_str().unwrap();
        let (icon, text) = (&step["pictogram"], &step["text"]);
        if dir == "rtl" {
            assert!(
                f(icon, "left") > f(text, "left"),
                "{name}: pictogram left of the text in right-to-left {step}"
            );
        } else {
            assert!(
                f(icon, "left") < f(text, "left"),
                "{name}: pictogram right of the text in left-to-right {step}"
            );
        }
        count(dir);
    }
    for b in m["boxes"].as_array().unwrap() {
        let dir = b["dir"].as_str().unwrap();
        let rtl = dir == "rtl";
        assert_eq!(
            f(b, "bar_right") > f(b, "bar_left"),
            rtl,
            "{name}: the box's bar is not on the side reading starts: {b}"
        );
        assert_eq!(
            f(&b["pictogram"], "left") > f(&b["text"], "left"),
            rtl,
            "{name}: box pictogram on the wrong side: {b}"
        );
        count(dir);
    }
    for l in m["lists"].as_array().unwrap() {
        let dir = l["dir"].as_str().unwrap();
        let (list, item) = (&l["list"], &l["item"]);
        // The markers sit in the indent on the start side.
        let start_indent = if dir == "rtl" {
            f(list, "right") - f(item, "right")
        } else {
            f(item, "left") - f(list, "left")
        };
        assert!(
            start_indent > 10.0,
            "{name}: list not indented on its start side: {l}"
        );
        count(dir);
    }
    for n in m["numbers"].as_array().unwrap() {
        assert!(
            f(n, "first") < f(n, "last"),
            "{name}: a number group or reference reads backwards: {n}"
        );
        count(n["dir"].as_str().unwrap());
    }
    let window = &m["window"];
    assert_eq!(window["dir"], "ltr", "{name}: the address window: {window}");
    let lines = window["lines"].as_array().unwrap();
    let first = f(&lines[0], "left");
    for line in lines {
        assert!(
            (f(line, "left") - first).abs() < 1.0,
            "{name}: the address is not left-aligned: {window}"
        );
    }
    let rtl = m["html"]["dir"] == "rtl";
    let head = &m["letterhead"];
    assert_eq!(
        f(&head["organisation"], "left") > f(&head["contact"], "left"),
        rtl,
        "{name}: letterhead not in the letter's direction: {head}"
    );
    for d in m["details"].as_array().unwrap() {
        assert_eq!(
            f(&d["label"], "left") > f(&d["value"], "left"),
            rtl,
            "{name}: details not in the letter's direction: {d}"
        );
    }
    seen
}

#[test]
fn arabic_html_mirrors_in_chromium_and_the_dutch_part_and_the_address_do_not() {
    let arabic = html(&letters::arabic("rtl-1"));
    let bilingual = html(&letters::bilingual_arabic("rtl-2"));
    let dutch = html(&letters::decision(
        "rtl-3",
        "Mevrouw A. de Vries",
        "€\u{a0}1.234,50",
    ));
    let bundled = html(&bundled_arabic(
        "bijzondere-bijstand-toekenning",
        "jansen-wasmachine",
        true,
    ));
    for html in [&arabic, &bilingual, &bundled] {
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\""), "{html}");
    }
    let Some(measured) = measure(&[
        ("arabic", arabic),
        ("bilingual-ar-nl", bilingual),
        ("dutch", dutch),
        ("bundled-ar-nl", bundled),
    ]) else {
        return;
    };
    for m in &measured {
        let name = m["file"].as_str().unwrap();
        for media in ["screen", "print"] {
            let (rtl, ltr) = check_layout(&format!("{name} ({media})"), &m[media]);
            match name {
                "arabic.html" => assert!(rtl >= 3 && ltr == 0, "{name}: {rtl} {ltr}"),
                "dutch.html" => assert!(rtl == 0 && ltr >= 5, "{name}: {rtl} {ltr}"),
                // Both directions in one letter.
                _ => assert!(rtl >= 5 && ltr >= 5, "{name}: {rtl} {ltr}"),
            }
        }
        // Printed, the window is where the envelope's is: on the left, in every letter.
        let print = &m["print"]["window"];
        assert!(
            f(&print["window"], "left") < f(&print["details"], "left"),
            "{name}: printed window not on the left: {print}"
        );
    }
    for bilingual in [&measured[1]["screen"], &measured[3]["screen"]] {
        let parts: Vec<(&str, &str)> = bilingual["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["lang"].as_str().unwrap(), p["dir"].as_str().unwrap()))
            .collect();
        assert_eq!(parts, [("ar", "rtl"), ("nl", "ltr")]);
    }
}

/// The page as RGBA pixels: width, height, pixels.
fn decode(png: &[u8]) -> (usize, usize, Vec<[u8; 4]>) {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).unwrap();
    let pixels = pixmap
        .pixels()
        .iter()
        .map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    (pixmap.width() as usize, pixmap.height() as usize, pixels)
}

/// Where the ink is on a page, measured in the regions a layout puts things.
struct Ink {
    /// The mean x of the pictograms' accent colour below the address, as a share of
    /// the page's width.
    accent_x: f64,
    /// Of the text lines below the address, the share that ends at the right margin and
    /// the share that starts at the left margin.
    flush_right: f64,
    flush_left: f64,
    /// The leftmost ink in the address window, in mm from the page's left edge.
    window_left_mm: f64,
}

fn ink(png: &[u8]) -> Ink {
    let (w, h, px) = decode(png);
    let mm = w as f64 / 210.0;
    let dark = |p: [u8; 4]| p[3] > 128 && (p[0] as u32 + p[1] as u32 + p[2] as u32) < 200;
    let below_window = (95.0 * mm) as usize..h - (25.0 * mm) as usize;
    let (mut sum, mut n) = (0.0, 0usize);
    let (mut rows, mut right, mut left) = (0usize, 0usize, 0usize);
    for y in below_window {
        let row = &px[y * w..(y + 1) * w];
        for (x, p) in row.iter().enumerate() {
            if is_accent(*p) {
                sum += x as f64;
                n += 1;
            }
        }
        let inked: Vec<usize> = (0..w).filter(|x| dark(row[*x])).collect();
        if let (Some(first), Some(last)) = (inked.first(), inked.last()) {
            rows += 1;
            if (190.0 * mm - *last as f64).abs() < 3.0 * mm {
                right += 1;
            }
            if (*first as f64 - 20.0 * mm).abs() < 3.0 * mm {
                left += 1;
            }
        }
    }
    let window = (52.0 * mm) as usize..(90.0 * mm) as usize;
    let px = &px;
    let window_left = window
        .flat_map(|y| (0..(110.0 * mm) as usize).filter(move |x| dark(px[y * w + x])))
        .min()
        .expect("ink in the address window");
    assert!(n > 0 && rows > 0, "no pictogram or text below the address");
    Ink {
        accent_x: sum / n as f64 / w as f64,
        flush_right: right as f64 / rows as f64,
        flush_left: left as f64 / rows as f64,
        window_left_mm: window_left as f64 / mm,
    }
}

#[test]
fn arabic_pdf_page_one_is_laid_out_right_to_left() {
    let bundled = pipeline()
        .png(&bundled_arabic(
            "bijzondere-bijstand-toekenning",
            "jansen-wasmachine",
            true,
        ))
        .unwrap();
    let arabic = pipeline().png(&letters::bilingual_arabic("rtl-4")).unwrap();
    let dutch = pipeline()
        .png(&letters::decision(
            "rtl-5",
            "Mevrouw A. de Vries",
            "€\u{a0}1.234,50",
        ))
        .unwrap();
    let shots = shots();
    for (i, page) in arabic.iter().enumerate() {
        std::fs::write(shots.join(format!("bilingual-ar-nl-{}.png", i + 1)), page).unwrap();
    }
    for (i, page) in bundled.iter().enumerate() {
        std::fs::write(shots.join(format!("bundled-ar-nl-{}.png", i + 1)), page).unwrap();
    }
    std::fs::write(shots.join("dutch-1.png"), &dutch[0]).unwrap();
    let real = ink(&bundled[0]);
    assert!(real.accent_x > 0.6, "bundled Arabic: {}", real.accent_x);
    assert!(
        real.flush_right > 0.5,
        "bundled Arabic: {}",
        real.flush_right
    );

    let (ar, nl) = (ink(&arabic[0]), ink(&dutch[0]));
    assert!(
        ar.accent_x > 0.6,
        "Arabic pictograms not on the right: {}",
        ar.accent_x
    );
    assert!(
        nl.accent_x < 0.4,
        "Dutch pictograms not on the left: {}",
        nl.accent_x
    );
    assert!(
        ar.flush_right > 0.5 && ar.flush_left < 0.3,
        "Arabic text lines not flush right: {} right, {} left",
        ar.flush_right,
        ar.flush_left
    );
    assert!(
        nl.flush_left > 0.3 && nl.flush_right < 0.3,
        "Dutch text lines not flush left: {} left, {} right",
        nl.flush_left,
        nl.flush_right
    );
    // The address starts at the window's left edge (20 mm) in both.
    for (name, page) in [("ar", &ar), ("nl", &nl)] {
        assert!(
            (19.0..24.0).contains(&page.window_left_mm),
            "{name}: the address starts {} mm from the left",
            page.window_left_mm
        );
    }
    // The translation's pages have their pictograms on the right, the Dutch part's
    // (the last pages) on the left again.
    for pages in [&arabic, &bundled] {
        let sides: Vec<f64> = pages.iter().filter_map(|p| accent_x(p)).collect();
        assert!(sides[0] > 0.6, "{sides:?}");
        assert!(
            *sides.last().unwrap() < 0.4,
            "the Dutch part's pictograms are not on the left: {sides:?}"
        );
    }
}

/// The mean x of the accent colour over a whole page (a later page has no address), as
/// a share of its width; `None` for a page without pictograms.
fn accent_x(png: &[u8]) -> Option<f64> {
    let (w, h, px) = decode(png);
    let (mut sum, mut n) = (0.0, 0usize);
    for y in 0..h {
        for x in 0..w {
            if is_accent(px[y * w + x]) {
                sum += x as f64;
                n += 1;
            }
        }
    }
    (n > 0).then(|| sum / n as f64 / w as f64)
}

/// The house's accent #f6b73c, which every pictogram fills.
fn is_accent(p: [u8; 4]) -> bool {
    p[3] > 128 && p[0].abs_diff(0xf6) < 30 && p[1].abs_diff(0xb7) < 30 && p[2].abs_diff(0x3c) < 40
}

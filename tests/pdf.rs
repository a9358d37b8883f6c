//! PDF and PNG output through the public API, checked with poppler-utils (pdftotext,
//! pdffonts, pdfinfo). These tools are required: a missing tool fails the test with the
//! package to install, it never skips.

#[path = "common/letters.rs"]
mod letters;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use helder::letter::ir::*;
use helder::render::typst::TypstError;
use letters::Pipeline;

fn typesetter() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::open(&letters::root()))
}

/// Runs a poppler tool on `pdf` (written to a temp file) and returns its stdout.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} is needed for this test ({e}): apt-get install poppler-utils")
        });
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Text with every run of whitespace (NBSP included) folded into one space.
fn normalise(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn text_of(pdf: &[u8]) -> String {
    normalise(&poppler("pdftotext", &["-enc", "UTF-8"], pdf))
}

#[test]
fn text_shows_names_amounts_and_dates() {
    let letter = letters::decision("t-1", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let pdf = typesetter().pdf(&letter).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = text_of(&pdf);
    for expected in [
        "Mevrouw A. de Vries",
        "€ 1.234,50",
        "1 december 2026",
        "Gemeente Helderstad",
        "Postbus 100, 1000 AA Helderstad",
        "Bankafschriften van rekening NL91 ABNA 0417 1643 00",
        "Bent u het niet eens met dit besluit?",
        "Met vriendelijke groet,",
        "Klantmanager Werk en Inkomen",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}

#[test]
fn every_font_is_embedded() {
    let letter = letters::decision("t-2", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let pdf = typesetter().pdf(&letter).unwrap();
    let fonts = poppler("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed:\n{fonts}");
    for row in rows {
        // name type encoding emb sub uni object ID
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "unexpected pdffonts row {row:?}");
        assert_eq!(cols[n - 5], "yes", "font not embedded: {row}");
        assert_eq!(cols[n - 3], "yes", "font without Unicode map: {row}");
        assert!(row.contains("NotoSans"), "unexpected font: {row}");
    }
}

#[test]
fn pdf_is_pdf_a_2b_and_tagged() {
    let letter = letters::decision("t-3", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let pdf = typesetter().pdf(&letter).unwrap();
    let meta = poppler("pdfinfo", &["-meta"], &pdf);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    assert!(
        meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{meta}"
    );
    // PDF/UA-1 combines with PDF/A-2b in typst 0.15.
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           U krijgt bijstand"),
        "{info}"
    );
    assert!(info.contains("Pages:           2"), "{info}");
}

#[test]
fn same_letter_gives_same_bytes() {
    let letter = letters::decision("t-4", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let first = typesetter().pdf(&letter).unwrap();
    let other = letters::decision("t-other", "De heer B. Jansen", "€\u{a0}99,00");
    typesetter().pdf(&other).unwrap();
    let second = typesetter().pdf(&letter).unwrap();
    assert!(first == second, "PDF bytes differ between two runs");
}

#[test]
fn resident_data_is_never_markup() {
    let nasty = [
        "#panic(\"boom\")",
        "$x$",
        "]",
        "\\",
        "\"",
        "'quoted'",
        "{{ x }}",
        "#set text(red)",
        "~~s~~ `code`",
        "<script>alert(1)</script>",
        "*x*",
        "#import \"/letter.typ\"",
        "@label",
        "// not a comment",
    ];
    let mut letter = letters::decision("t-5", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    letter.recipient[0] = nasty.join(" ");
    letter
        .body
        .insert(0, letters::p(nasty.iter().map(|s| letters::t(s)).collect()));
    let pdf = typesetter().pdf(&letter).unwrap();
    // The long recipient line wraps inside the address window: compare without spaces.
    let squash = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{200B}')
            .collect::<String>()
    };
    let text = squash(&text_of(&pdf));
    for s in nasty {
        assert!(
            text.contains(&squash(s)),
            "{s:?} not shown literally in:\n{text}"
        );
    }
}

#[test]
fn uncovered_characters_are_an_error_not_tofu() {
    for (c, hint) in [('\u{1F600}', "emoji"), ('\u{0915}', "Devanagari")] {
        let mut letter = letters::decision("t-6", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
        letter.signature.name = format!("Sanne {c} Bakker");
        let err = typesetter().pdf(&letter).unwrap_err();
        let message = err.to_string();
        assert!(
            matches!(err, helder::Error::Typst(TypstError::MissingGlyphs { .. })),
            "{message}"
        );
        let code = format!("U+{:04X}", c as u32);
        assert!(message.contains(&code), "{message}");
        assert!(message.contains("language nl"), "{message}");
        assert!(message.contains("in the signature"), "{message}");
        assert!(message.contains(hint), "{message}");
        assert!(typesetter().png(&letter).is_err());
    }
}

/// A character from the resident's data is named by its field, in the words of the case
/// system that sent it, never by a place in the Letter IR.
#[test]
fn uncovered_characters_in_the_data_name_the_field() {
    let root = letters::root();
    let path =
        root.join("templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json");
    let mut data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    data["recipient"]["name"] = "E. Jansen \u{1F600}".into();
    let project = &typesetter().0;
    let lang = helder::i18n::Language::from_code("nl").unwrap();
    let request = helder::Request::new("t.json", "bijzondere-bijstand-toekenning", lang, data);
    let letter = project.letter(&request).unwrap();
    let message = project
        .render(&letter, &[helder::Format::Pdf])
        .unwrap_err()
        .to_string();
    assert!(message.contains("U+1F600"), "{message}");
    assert!(message.contains("in recipient.name"), "{message}");
    assert!(
        !message.contains("recipient[0]") && !message.contains("meta."),
        "{message}"
    );
}

#[test]
fn unknown_icon_is_named() {
    let mut letter = letters::decision("t-7", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    letter.body.push(Block::Step {
        icon: "rocket".into(),
        alt: "Raket".into(),
        content: vec![],
        origin: Origin { line: 9 },
    });
    let message = typesetter().pdf(&letter).unwrap_err().to_string();
    assert!(message.contains("\"rocket\""), "{message}");
}

#[test]
fn arabic_letter_uses_noto_sans_arabic() {
    let letter = letters::arabic("t-9");
    let pdf = typesetter().pdf(&letter).unwrap();
    let fonts = poppler("pdffonts", &[], &pdf);
    assert!(fonts.contains("NotoSansArabic"), "{fonts}");
    let text = text_of(&pdf);
    assert!(text.contains("مساعدة"), "{text}");
    assert!(text.contains("Mevrouw A. de Vries"), "{text}");
    let meta = poppler("pdfinfo", &["-meta"], &pdf);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    // Arabic passes PDF/UA-1 too: shaped glyphs keep their Unicode mapping.
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    assert!(meta.contains("<rdf:li>ar</rdf:li>"), "{meta}");
}

#[test]
fn png_previews_are_valid() {
    let letter = letters::decision("t-10", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let pages = typesetter().png(&letter).unwrap();
    assert_eq!(pages.len(), 2);
    for png in &pages {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        // A4 is 595.28 × 841.89 pt; two pixels per point (144 dpi).
        assert_eq!((width, height), (1191, 1684), "unexpected size");
    }
}

#[test]
fn missing_house_style_is_named() {
    let dir = letters::project_copy();
    std::fs::remove_file(dir.path().join("house/letter.typ")).unwrap();
    let err = helder::Project::open(dir.path()).err().unwrap();
    assert!(err.to_string().contains("letter.typ"), "{err}");
}

#[test]
fn house_style_errors_name_the_line() {
    let dir = letters::project_copy();
    std::fs::write(
        dir.path().join("house/letter.typ"),
        "#let letter = json(\"/letter.json\")\n#letter.meta.title\n#letter.no-such-field\n",
    )
    .unwrap();
    let pipeline = Pipeline::open(dir.path());
    let letter = letters::decision("t-11", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    match pipeline.pdf(&letter).unwrap_err() {
        helder::Error::Typst(TypstError::Compile { message, line }) => {
            assert_eq!(line, Some(3), "{message}");
            assert!(message.contains("no-such-field"), "{message}");
        }
        other => panic!("expected a compile error, got {other}"),
    }
}

#[test]
fn font_dirs_are_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let dejavu = PathBuf::from("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    assert!(
        dejavu.exists(),
        "needs DejaVu Sans: apt-get install fonts-dejavu-core"
    );
    std::fs::copy(&dejavu, dir.path().join("DejaVuSans.ttf")).unwrap();
    let with_dejavu = Pipeline(
        helder::Project::open(letters::root())
            .unwrap()
            .with_font_dirs(vec![dir.path().to_path_buf()]),
    );
    // U+2318 (place of interest sign) is in DejaVu Sans, not in Noto Sans.
    let mut letter = letters::decision("t-12", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    letter.signature.role = "Klantmanager \u{2318}".into();
    assert!(typesetter().pdf(&letter).is_err());
    let pdf = with_dejavu.pdf(&letter).unwrap();
    assert!(poppler("pdffonts", &[], &pdf).contains("DejaVuSans"));
}

/// The PDF with object streams unpacked, so the structure tree can be searched.
fn uncompressed(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in.pdf"), dir.path().join("out.pdf"));
    std::fs::write(&input, pdf).unwrap();
    let status = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&input)
        .arg(&output)
        .status()
        .unwrap_or_else(|e| panic!("qpdf is needed for this test ({e}): apt-get install qpdf"));
    assert!(status.success(), "qpdf failed");
    String::from_utf8_lossy(&std::fs::read(output).unwrap()).into_owned()
}

#[test]
fn pictograms_carry_alt_text_and_the_document_its_language() {
    let letter = letters::decision("t-13", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let pdf = uncompressed(&typesetter().pdf(&letter).unwrap());
    for alt in [
        "/Alt (Geld)",
        "/Alt (Document)",
        "/Alt (Kalender)",
        "/Lang (nl)",
    ] {
        assert!(pdf.contains(alt), "{alt} missing from the structure tree");
    }
    assert!(
        pdf.contains("/S /H1"),
        "the title is not tagged as a heading"
    );
    assert!(pdf.contains("/S /Table"), "the table is not tagged");
}

#[test]
fn benchmark_letter_has_two_pages() {
    let letter = letters::two_pages("t-14", "Mevrouw Ç. Yılmaz 999", "€\u{a0}10.234,50");
    let info = poppler("pdfinfo", &[], &typesetter().pdf(&letter).unwrap());
    assert!(info.contains("Pages:           2"), "{info}");
}

#[test]
fn logo_is_drawn_with_the_organisation_as_alt_text() {
    // The house's logo (house/logo.svg) comes with every letter the project makes.
    let project = &typesetter().0;
    let path = letters::root()
        .join("templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json");
    let data = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let request = helder::Request::new(
        "jansen.json",
        "bijzondere-bijstand-toekenning",
        helder::i18n::Language::from_code("nl").unwrap(),
        data,
    );
    let letter = project.letter(&request).unwrap();
    assert!(letter.sender.logo.is_some(), "the house names a logo");
    let pdf = uncompressed(&typesetter().pdf(&letter).unwrap());
    assert!(
        pdf.contains("/Alt (Gemeente Helderstad)"),
        "logo without alt text"
    );
}

#[test]
fn conformance_is_reported() {
    use helder::render::Conformance;
    let letter = letters::decision("t-16", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let (_, conformance) = typesetter().pdf_with_conformance(&letter).unwrap();
    assert_eq!(conformance, Conformance::PdfA2bUa1);
    let (_, conformance) = typesetter()
        .pdf_with_conformance(&letters::arabic("t-17"))
        .unwrap();
    assert_eq!(conformance, Conformance::PdfA2bUa1);
    // Markdown headings may start at ## or skip a level; the house style renumbers
    // them so the PDF's heading levels stay consecutive, as PDF/UA-1 requires.
    let mut letter = letters::decision("t-19", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    let heading = |level: u8, text: &str| Block::Heading {
        level,
        content: vec![letters::t(text)],
        origin: Origin { line: 2 },
    };
    letter.body.insert(0, heading(3, "Eerst een diepe kop"));
    letter.body.insert(1, heading(2, "Dan een gewone kop"));
    let (_, conformance) = typesetter().pdf_with_conformance(&letter).unwrap();
    assert_eq!(conformance, Conformance::PdfA2bUa1);
    // A pictogram without alt text breaks PDF/UA-1: the letter is still archived as A-2b.
    let mut letter = letters::decision("t-18", "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    for block in &mut letter.body {
        if let Block::Step { alt, .. } = block {
            alt.clear();
        }
    }
    let (pdf, conformance) = typesetter().pdf_with_conformance(&letter).unwrap();
    assert_eq!(conformance, Conformance::PdfA2b);
    let meta = poppler("pdfinfo", &["-meta"], &pdf);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    assert!(!meta.contains("pdfuaid:part>1"), "{meta}");
}

#[test]
fn turkish_polish_and_ukrainian_text_shows() {
    use helder::i18n::Language;
    for (language, sentence) in [
        (
            Language::from_code("tr").unwrap(),
            "Yardım alıyorsunuz. Şubat ayında ödüyoruz.",
        ),
        (
            Language::from_code("pl").unwrap(),
            "Otrzymujesz zasiłek. Płacimy od grudnia, źródło: gmina.",
        ),
        (
            Language::from_code("uk").unwrap(),
            "Ви отримуєте допомогу. Ґрунтовно, їжа, єдність.",
        ),
    ] {
        let mut letter = letters::decision("t-20", "Pani Łucja Żółć", "€\u{a0}1.234,50");
        letter.meta.language = language;
        letter
            .body
            .insert(0, letters::p(vec![letters::t(sentence)]));
        let text = text_of(&typesetter().pdf(&letter).unwrap());
        assert!(
            text.contains(sentence),
            "{sentence:?} missing from:\n{text}"
        );
        assert!(text.contains("Pani Łucja Żółć"), "{text}");
    }
}

/// Word boxes (xMin, yMin, xMax, yMax in pt from the top left) of page 1.
fn words(pdf: &[u8]) -> Vec<(String, [f64; 4])> {
    let html = poppler("pdftotext", &["-bbox", "-f", "1", "-l", "1"], pdf);
    html.lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("<word ")?;
            let coord = |key: &str| -> f64 {
                let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                let end = start + line[start..].find('"').unwrap();
                line[start..end].parse().unwrap()
            };
            let word = line[line.find('>')? + 1..line.find("</word>")?].to_string();
            Some((
                word,
                [coord("xMin"), coord("yMin"), coord("xMax"), coord("yMax")],
            ))
        })
        .collect()
}

#[test]
fn address_sits_in_the_envelope_window() {
    const MM: f64 = 72.0 / 25.4;
    // Window: 20 mm from the left, 50 mm from the top, 90 × 40 mm.
    // (Half a point of slack for the rounding of pdftotext's coordinates.)
    let window = [
        20.0 * MM - 0.5,
        50.0 * MM - 0.5,
        110.0 * MM + 0.5,
        90.0 * MM + 0.5,
    ];
    for letter in [
        letters::decision("t-21", "Mevrouw A. de Vries", "€\u{a0}1.234,50"),
        letters::arabic("t-22"),
    ] {
        let boxes = words(&typesetter().pdf(&letter).unwrap());
        let lines = letter
            .recipient
            .iter()
            .chain([&letter.sender.return_address]);
        let inside = |b: &[f64; 4]| {
            b[0] >= window[0] && b[1] >= window[1] && b[2] <= window[2] && b[3] <= window[3]
        };
        for word in lines.flat_map(|l| l.split_whitespace()) {
            let places: Vec<_> = boxes
                .iter()
                .filter(|(w, _)| w == word)
                .map(|(_, b)| b)
                .collect();
            assert!(
                places.iter().any(|b| inside(b)),
                "{word} at {places:?} is outside the window {window:?} ({:?})",
                letter.meta.language
            );
        }
    }
}

use std::path::Path;

use proptest::prelude::*;

use super::*;
use crate::i18n::{Direction, Language};
use crate::letter::ir::*;

fn house() -> House {
    let files = crate::project::Files::Dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    House::load(&files, "house").unwrap()
}

/// The bundled house with another `letter.typ`.
fn house_with(typst: &str) -> House {
    let mut house = house();
    house.typst = typst.to_owned();
    house
}

/// The bundled house's fonts, looked for in `dir` only.
fn fonts_in(dir: &Path) -> crate::house::Fonts {
    crate::house::Fonts {
        dirs: vec![dir.to_path_buf()],
        ..house().settings.fonts
    }
}

const NOTO_DIR: &str = "/usr/share/fonts/truetype/noto";

fn icons() -> Vec<(String, String)> {
    vec![(
        "document".to_string(),
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="8" height="8" x="1" y="1" fill="none" stroke="black"/></svg>"#
            .to_string(),
    )]
}

fn letter(body: Vec<Block>) -> Letter {
    Letter {
        meta: Meta {
            id: "unit-1".into(),
            template: "unit".into(),
            kind: LetterKind::Information,
            language: Language::test("nl"),
            direction: Direction::Ltr,
            fonts: vec!["Noto Sans".into(), "Noto Sans Arabic".into()],
            line_spacing: 0.75,
            title: "Titel".into(),
            date: time::macros::date!(2026 - 12 - 01),
            date_text: "1 december 2026".into(),
            reference: "REF-1".into(),
        },
        sender: Sender {
            organisation: "Gemeente Helderstad".into(),
            department: "Werk en Inkomen".into(),
            return_address: "Postbus 100, 1000 AA Helderstad".into(),
            contact: vec!["Telefoon 14 020".into()],
            logo: None,
        },
        recipient: vec![
            "J. Jansen".into(),
            "Dorpsstraat 1".into(),
            "1234 AB  Helderstad".into(),
        ],
        details: vec![Detail {
            label: "Datum".into(),
            value: "1 december 2026".into(),
        }],
        salutation: Some("Beste meneer Jansen,".into()),
        body,
        signature: Signature {
            closing: "Met vriendelijke groet,".into(),
            name: "Sanne Bakker".into(),
            role: "Klantmanager".into(),
        },
        contact_photo: None,
        layout: Default::default(),
        data: serde_json::Value::Null,
        warnings: Vec::new(),
        bilingual: None,
    }
}

fn para(text: &str) -> Block {
    Block::Paragraph {
        content: vec![Inline::text(text)],
        origin: Origin { line: 7 },
    }
}

/// The PDF of `letter`, through the one export the backend uses.
fn pdf_of(ts: &Typesetter, letter: &Letter) -> Result<Vec<u8>, TypstError> {
    match ts.render(letter, &[Format::Pdf])?.remove(0) {
        Output::Pdf { bytes, .. } => Ok(bytes),
        _ => unreachable!("asked for a PDF"),
    }
}

fn typesetter() -> &'static Typesetter {
    static TYPESETTER: std::sync::OnceLock<Typesetter> = std::sync::OnceLock::new();
    TYPESETTER.get_or_init(|| Typesetter::with_icons(&house(), icons(), &[]).unwrap())
}

#[test]
fn texts_reach_nested_blocks_and_name_their_place() {
    let body = vec![Block::List {
        ordered: false,
        items: vec![vec![Block::Callout {
            kind: CalloutKind::Info,
            title: vec![Inline::Strong {
                content: vec![Inline::text("Diep")],
            }],
            content: vec![para("dieper")],
            origin: Origin { line: 4 },
        }]],
        origin: Origin { line: 3 },
    }];
    let l = letter(body);
    let texts = coverage::texts(&l);
    let deep = texts.iter().find(|(_, t)| *t == "dieper").unwrap();
    assert_eq!(deep.0, "templates/unit/letter.md line 7");
    let title = texts.iter().find(|(_, t)| *t == "Diep").unwrap();
    assert_eq!(title.0, "templates/unit/letter.md line 4");
    assert!(
        texts
            .iter()
            .any(|(f, t)| f == "the address block (recipient, address)"
                && *t == "1234 AB  Helderstad")
    );
}

#[test]
fn uncovered_lists_each_character_once_in_order() {
    let l = letter(vec![para("a\u{0915}b\u{1F600}\u{0915}\u{00A0}\n")]);
    let missing = coverage::uncovered(&l, |c| c == '\u{00A0}');
    let chars: Vec<char> = missing.iter().map(|m| m.ch).collect();
    assert_eq!(chars, vec!['\u{0915}', '\u{1F600}']);
    assert_eq!(missing[0].field, "templates/unit/letter.md line 7");
}

#[test]
fn uncovered_characters_of_the_data_name_their_field() {
    let mut l = letter(vec![]);
    l.recipient[0] = "J. \u{4E2D}ansen".into();
    l.data = serde_json::json!({
        "letter": { "reference": "REF-1" },
        "decision": { "items": [{ "what": "x" }, { "what": "y" }] },
        "recipient": { "name": "J. \u{4E2D}ansen" },
    });
    let missing = coverage::uncovered(&l, |_| false);
    assert_eq!(missing[0].ch, '\u{4E2D}');
    assert_eq!(missing[0].field, "recipient.name");
    l.data["decision"]["items"][1]["what"] = "\u{4E2D}".into();
    let missing = coverage::uncovered(&l, |_| false);
    assert_eq!(missing[0].field, "decision.items[1].what");
}

#[test]
fn loaded_fonts_cover_dutch_polish_turkish_ukrainian_and_arabic() {
    let samples = "€ëïéèçñ ąćęłńóśźż ğışçöüİ ґєіїщЮ بتثجحخ ٠١٢ ،؛؟ – — ‘’ “” • ‣ … ×";
    let l = letter(vec![para(samples)]);
    assert_eq!(typesetter().uncovered(&l), vec![]);
}

#[test]
fn missing_required_font_names_it_and_the_package() {
    let empty = tempfile::tempdir().unwrap();
    let err = load_fonts(&fonts_in(empty.path()), &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("Noto Sans"), "{err}");
    assert!(err.contains("fonts-noto-core"), "{err}");
    assert!(err.contains("--font-dir"), "{err}");
}

#[test]
fn font_dirs_may_hold_the_required_fonts() {
    let noto = Path::new(NOTO_DIR);
    let fonts = load_fonts(&fonts_in(Path::new("/nonexistent")), &[noto.to_path_buf()]);
    // Every required font is found in the font directory instead of the known path.
    assert!(fonts.is_ok(), "{:?}", fonts.err());
}

#[test]
fn missing_font_dir_is_named() {
    let err = load_fonts(
        &fonts_in(Path::new(NOTO_DIR)),
        &[PathBuf::from("/nonexistent/fonts")],
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("/nonexistent/fonts"), "{err}");
}

#[test]
fn icon_names_must_be_plain() {
    let err = Typesetter::with_icons(&house(), vec![("a/b".to_string(), String::new())], &[])
        .err()
        .unwrap();
    assert!(err.to_string().contains("a/b"), "{err}");
}

#[test]
fn fixed_paths_are_interned_once() {
    // The same path always yields the same id: building more typesetters or rendering
    // more letters never grows typst's (never freed) file-id interner.
    assert_eq!(fixed_id("/letter.json").unwrap(), typesetter().letter_id);
    assert_eq!(fixed_id("/letter.typ").unwrap(), typesetter().main.id());
}

#[test]
fn panics_become_errors_naming_the_letter() {
    let err = guarded::<()>("brief-7", || panic!("index out of bounds: {}", 3)).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, TypstError::Panic { .. }));
    assert!(message.contains("brief-7"), "{message}");
    assert!(message.contains("index out of bounds: 3"), "{message}");
    assert_eq!(guarded("brief-8", || Ok(5)).unwrap(), 5);
}

#[test]
fn house_style_syntax_error_names_file_and_line() {
    let err = Typesetter::with_icons(&house_with("= Titel\n\n#let x = (\n"), icons(), &[])
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("letter.typ:"), "{err}");
}

#[test]
fn today_is_the_letter_date() {
    let ts = Typesetter::with_icons(
        &house_with("#set document(title: \"t\")\n#assert.eq(datetime.today(), datetime(year: 2026, month: 12, day: 1))\nok\n"),
        icons(),
        &[],
    )
    .unwrap();
    let outputs = ts.render(&letter(vec![]), &[Format::Png]).unwrap();
    assert_eq!(outputs[0].pages(), Some(1));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever a resident's data holds, it is text: the letter always compiles.
    #[test]
    fn any_printable_text_compiles(name in "[ -~À-ž]{0,40}", line in "[#$\\[\\]{}*_`<>@=/\\\\\"'a-z ]{0,40}") {
        let mut l = letter(vec![para(&line), Block::Checklist {
            items: vec![ChecklistItem {
                icon: "document".into(),
                alt: name.clone(),
                document: vec![Inline::text(&name)],
                who: line.clone(),
                period: None,
                deadline: Some(name.clone()),
                note: vec![Inline::LineBreak, Inline::text(&line)],
            }],
            keep: false,
            origin: Origin { line: 1 },
        }]);
        l.recipient[0] = name.clone();
        l.meta.title = name.clone();
        let pdf = pdf_of(typesetter(), &l);
        prop_assert!(pdf.is_ok(), "{:?}", pdf.err());
    }
}

#[test]
fn empty_parts_compile() {
    let o = Origin { line: 1 };
    let mut l = letter(vec![
        Block::Heading {
            level: 9,
            content: vec![],
            origin: o,
        },
        Block::Paragraph {
            content: vec![],
            origin: o,
        },
        Block::List {
            ordered: true,
            items: vec![vec![]],
            origin: o,
        },
        Block::List {
            ordered: false,
            items: vec![],
            origin: o,
        },
        Block::Table {
            header: vec![],
            align: vec![],
            rows: vec![],
            origin: o,
        },
        Block::Table {
            header: vec![vec![Inline::text("a")]],
            align: vec![],
            rows: vec![
                vec![],
                vec![vec![], vec![], vec![Inline::text("extra column")]],
            ],
            origin: o,
        },
        Block::Step {
            icon: "document".into(),
            alt: "x".into(),
            content: vec![],
            origin: o,
        },
        Block::Callout {
            kind: CalloutKind::Warning,
            title: vec![],
            content: vec![],
            origin: o,
        },
        Block::Objection {
            title: vec![],
            content: vec![],
            origin: o,
        },
        Block::Address {
            lines: vec![],
            origin: o,
        },
        Block::Checklist {
            items: vec![],
            keep: false,
            origin: o,
        },
        Block::Checklist {
            items: vec![ChecklistItem {
                icon: "document".into(),
                alt: "x".into(),
                document: vec![],
                who: String::new(),
                period: None,
                deadline: None,
                note: vec![],
            }],
            keep: false,
            origin: o,
        },
    ]);
    l.recipient.clear();
    l.details.clear();
    l.salutation = None;
    l.sender.contact.clear();
    let result = pdf_of(typesetter(), &l);
    assert!(result.is_ok(), "{}", result.err().unwrap());
}

#[test]
fn typesetter_is_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Typesetter>();
    let letters: Vec<Letter> = (0..4)
        .map(|i| {
            let mut l = letter(vec![para(&format!("Brief {i}"))]);
            l.meta.id = format!("thread-{i}");
            l
        })
        .collect();
    let pdfs: Vec<Vec<u8>> = std::thread::scope(|s| {
        let handles: Vec<_> = letters
            .iter()
            .map(|l| s.spawn(|| pdf_of(typesetter(), l).unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    // Rendering in parallel gives the same bytes as rendering alone.
    for (l, pdf) in letters.iter().zip(&pdfs) {
        assert!(pdf_of(typesetter(), l).unwrap() == *pdf);
    }
}

/// The images typst placed on the pages of `letter`.
fn images_in(ts: &Typesetter, letter: &Letter) -> Result<usize, TypstError> {
    fn count(frame: &::typst::layout::Frame) -> usize {
        frame
            .items()
            .map(|(_, item)| match item {
                ::typst::layout::FrameItem::Group(g) => count(&g.frame),
                ::typst::layout::FrameItem::Image(..) => 1,
                _ => 0,
            })
            .sum()
    }
    ts.typeset(letter, |doc| {
        Ok(doc.pages().iter().map(|p| count(&p.frame)).sum())
    })
}

fn with_box_pictograms(mut l: Letter) -> Letter {
    for kind in ["deadline", "warning", "info", "objection", "next", "letter"] {
        l.layout.pictograms.insert(
            kind.to_string(),
            crate::house::Pictogram {
                icon: "document".into(),
                alt: kind.into(),
            },
        );
    }
    l
}

#[test]
fn callouts_and_the_objection_carry_their_pictogram_in_pdf() {
    let o = Origin { line: 1 };
    let body = vec![
        Block::Callout {
            kind: CalloutKind::Deadline,
            title: vec![Inline::text("Uiterlijk 1 mei")],
            content: vec![para("Stuur het op.")],
            origin: o,
        },
        Block::Objection {
            title: vec![Inline::text("Bezwaar")],
            content: vec![para("Stuur de brief naar:")],
            origin: o,
        },
    ];
    let l = with_box_pictograms(letter(body.clone()));
    assert_eq!(images_in(typesetter(), &l).unwrap(), 2);
    // Easy read adds the timeline: the letter, the deadline, the objection.
    let mut easy = l.clone();
    easy.layout.style = crate::house::Style::EasyRead;
    assert_eq!(images_in(typesetter(), &easy).unwrap(), 5);
}

#[test]
fn a_500_character_word_wraps_inside_the_page() {
    let l = letter(vec![para(&"x".repeat(500))]);
    let pages = typesetter().render(&l, &[Format::Png]).unwrap();
    assert_eq!(pages[0].pages(), Some(1));
}

#[test]
fn an_address_too_long_for_the_window_is_an_error_naming_the_field() {
    let mut l = letter(vec![]);
    let name = "Mevrouw Jansen-de Vries van Oosterhout tot Bergen en Dal ".repeat(3);
    l.recipient[0] = name.clone();
    l.data = serde_json::json!({ "recipient": { "name": name } });
    let err = pdf_of(typesetter(), &l).unwrap_err();
    assert!(matches!(err, TypstError::Layout(_)), "{err}");
    let message = err.to_string();
    assert!(message.contains("envelope window"), "{message}");
    assert!(message.contains("recipient.name"), "{message}");
}

#[test]
fn a_letter_over_its_page_budget_is_an_error() {
    let mut l = letter((0..80).map(|i| para(&format!("Zin nummer {i}."))).collect());
    l.layout.look.max_pages = 1;
    let err = pdf_of(typesetter(), &l).unwrap_err().to_string();
    assert!(err.contains("page budget of 1"), "{err}");
}

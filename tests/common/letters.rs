//! Hand-built Letter IR for the PDF tests and the PDF benchmark (shared with
//! `#[path]`, so both render the same kind of letter).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use helder::i18n::{Direction, Language};
use helder::letter::ir::*;
use helder::render::Conformance;
use helder::{Error, Format, Output, Project};

/// The repository's project (templates, icons, house style), for rendering hand-built
/// letters through the public pipeline.
pub struct Pipeline(pub Project);

impl Pipeline {
    pub fn open(root: &Path) -> Pipeline {
        Pipeline(Project::open(root).unwrap_or_else(|e| panic!("project loads: {e}")))
    }

    pub fn pdf_with_conformance(&self, letter: &Letter) -> Result<(Vec<u8>, Conformance), Error> {
        match self.0.render(letter, &[Format::Pdf])?.remove(0) {
            Output::Pdf {
                bytes, conformance, ..
            } => Ok((bytes, conformance)),
            other => panic!("asked for a PDF, got {:?}", other.format()),
        }
    }

    pub fn pdf(&self, letter: &Letter) -> Result<Vec<u8>, Error> {
        self.pdf_with_conformance(letter).map(|(bytes, _)| bytes)
    }

    pub fn png(&self, letter: &Letter) -> Result<Vec<Vec<u8>>, Error> {
        match self.0.render(letter, &[Format::Png])?.remove(0) {
            Output::Png { pages } => Ok(pages),
            other => panic!("asked for PNG, got {:?}", other.format()),
        }
    }
}

/// The repository's folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the repository's project in a temp folder, to break on purpose: what
/// `helder init` writes (the bundle is the repository's project).
pub fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    Project::init(dir.path()).unwrap_or_else(|e| panic!("init: {e}"));
    dir
}

pub fn t(s: &str) -> Inline {
    Inline::text(s)
}

pub fn p(inlines: Vec<Inline>) -> Block {
    Block::Paragraph {
        content: inlines,
        origin: Origin { line: 1 },
    }
}

/// A complete Dutch decision letter using every block kind. `name` and `amount` vary
/// per letter in the benchmark.
pub fn decision(id: &str, name: &str, amount: &str) -> Letter {
    let o = Origin { line: 3 };
    Letter {
        meta: Meta {
            id: id.into(),
            template: "bijstand-toekenning".into(),
            kind: LetterKind::Decision,
            language: Language::from_code("nl").unwrap(),
            direction: Direction::Ltr,
            fonts: vec!["Noto Sans".into(), "Noto Sans Arabic".into()],
            line_spacing: 0.75,
            title: "U krijgt bijstand".into(),
            date: time::macros::date!(2026 - 11 - 20),
            date_text: "20 november 2026".into(),
            reference: "WI-2026-000123".into(),
        },
        sender: Sender {
            organisation: "Gemeente Helderstad".into(),
            department: "Werk en Inkomen".into(),
            return_address: "Postbus 100, 1000 AA Helderstad".into(),
            contact: vec![
                "Stadhuisplein 1, Helderstad".into(),
                "Telefoon 14 020".into(),
                "www.helderstad.nl".into(),
            ],
            logo: None,
        },
        recipient: vec![
            name.into(),
            "Kerkstraat 12 A".into(),
            "1234 AB  Helderstad".into(),
        ],
        details: vec![
            Detail {
                label: "Datum".into(),
                value: "20 november 2026".into(),
            },
            Detail {
                label: "Ons kenmerk".into(),
                value: "WI-2026-000123".into(),
            },
            Detail {
                label: "Onderwerp".into(),
                value: "Uw aanvraag bijstand".into(),
            },
            Detail {
                label: "Contact".into(),
                value: "Sanne Bakker, 14 020".into(),
            },
        ],
        salutation: Some(format!("Beste {name},")),
        body: vec![
            p(vec![
                t("U vroeg om bijstand. "),
                Inline::Strong {
                    content: vec![t("U krijgt bijstand.")],
                },
            ]),
            Block::Heading {
                level: 1,
                content: vec![t("Hoeveel geld krijgt u?")],
                origin: o,
            },
            Block::Step {
                icon: "money".into(),
                alt: "Geld".into(),
                content: vec![p(vec![
                    t("U krijgt "),
                    Inline::Strong {
                        content: vec![t(amount)],
                    },
                    t(" per maand."),
                    Inline::LineBreak,
                    t("Wij betalen vanaf 1 december 2026."),
                ])],
                origin: o,
            },
            Block::Table {
                header: vec![vec![t("Wat")], vec![t("Bedrag")]],
                align: vec![Align::Left, Align::Right],
                rows: vec![
                    vec![vec![t("Bijstand")], vec![t(amount)]],
                    vec![vec![t("Vakantiegeld")], vec![t("€\u{a0}62,15")]],
                ],
                origin: o,
            },
            Block::Heading {
                level: 2,
                content: vec![t("Wat moet u doen?")],
                origin: o,
            },
            Block::List {
                ordered: true,
                items: vec![
                    vec![p(vec![t("Geef veranderingen meteen door.")])],
                    vec![p(vec![t("Bewaar uw bankafschriften.")])],
                    vec![
                        p(vec![t("Zoek werk. Dat doet u zo:")]),
                        Block::List {
                            ordered: false,
                            items: vec![
                                vec![p(vec![t("kijk op werk.nl")])],
                                vec![p(vec![t("praat met uw klantmanager")])],
                            ],
                            origin: o,
                        },
                    ],
                ],
                origin: o,
            },
            Block::Callout {
                kind: CalloutKind::Deadline,
                title: vec![t("Uiterlijk 1 december 2026")],
                content: vec![p(vec![t(
                    "Stuur ons dan de papieren van de lijst hieronder.",
                )])],
                origin: o,
            },
            Block::Checklist {
                items: vec![
                    ChecklistItem {
                        icon: "bank-statement".into(),
                        alt: "Document".into(),
                        document: vec![t("Bankafschriften van rekening NL91 ABNA 0417 1643 00")],
                        who: "Van u en uw partner".into(),
                        period: Some("1 september 2026 tot en met 30 november 2026".into()),
                        deadline: Some("1 december 2026".into()),
                        note: vec![t("Nodig voor bijstand en kwijtschelding.")],
                    },
                    ChecklistItem {
                        icon: "payslip".into(),
                        alt: "Kalender".into(),
                        document: vec![t("Loonstroken")],
                        who: "Van uw partner".into(),
                        period: None,
                        deadline: Some("1 december 2026".into()),
                        note: vec![],
                    },
                ],
                keep: false,
                origin: o,
            },
            Block::Callout {
                kind: CalloutKind::Warning,
                title: vec![t("Let op")],
                content: vec![p(vec![t(
                    "Geeft u iets niet door? Dan moet u geld terugbetalen.",
                )])],
                origin: o,
            },
            Block::Address {
                lines: vec!["Stadhuisplein 1".into(), "1234 AB  Helderstad".into()],
                origin: o,
            },
            Block::Objection {
                title: vec![t("Bent u het niet eens met dit besluit?")],
                content: vec![
                    p(vec![t(
                        "Dan kunt u bezwaar maken. Doe dat uiterlijk 4 januari 2027.",
                    )]),
                    p(vec![
                        t("Kijk op "),
                        Inline::Link {
                            href: "https://www.helderstad.nl/bezwaar".into(),
                            content: vec![t("www.helderstad.nl/bezwaar")],
                        },
                        t(" of bel "),
                        Inline::Link {
                            href: "tel:14020".into(),
                            content: vec![t("14 020")],
                        },
                        t("."),
                    ]),
                ],
                origin: o,
            },
            Block::Callout {
                kind: CalloutKind::Info,
                title: vec![],
                content: vec![p(vec![t("Hebt u vragen? Bel ons. Wij helpen u graag.")])],
                origin: o,
            },
        ],
        signature: Signature {
            closing: "Met vriendelijke groet,".into(),
            name: "Sanne Bakker".into(),
            role: "Klantmanager Werk en Inkomen".into(),
        },
        contact_photo: None,
        layout: Default::default(),
        data: serde_json::Value::Null,
        warnings: Vec::new(),
        bilingual: None,
    }
}

/// The same letter in Arabic, right to left (names and address stay Latin).
pub fn arabic(id: &str) -> Letter {
    let mut letter = decision(id, "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    letter.meta.language = Language::from_code("ar").unwrap();
    letter.meta.direction = Direction::Rtl;
    letter.meta.fonts = vec!["Noto Sans Arabic".into(), "Noto Sans".into()];
    letter.meta.line_spacing = 1.0;
    letter.meta.title = "ستحصل على مساعدة اجتماعية".into();
    letter.meta.date_text = "20 نوفمبر 2026".into();
    letter.salutation = Some("عزيزتي السيدة دي فريس،".into());
    letter.details = vec![
        Detail {
            label: "التاريخ".into(),
            value: "20 نوفمبر 2026".into(),
        },
        Detail {
            label: "المرجع".into(),
            value: "WI-2026-000123".into(),
        },
    ];
    letter.body = vec![
        p(vec![
            t("لقد طلبت مساعدة اجتماعية. "),
            Inline::Strong {
                content: vec![t("ستحصل على المساعدة.")],
            },
        ]),
        Block::Heading {
            level: 1,
            content: vec![t("كم من المال ستحصل عليه؟")],
            origin: Origin { line: 2 },
        },
        Block::Step {
            icon: "money".into(),
            alt: "مال".into(),
            content: vec![p(vec![t("ستحصل على "), t("€\u{a0}1.234,50"), t(" شهريًا.")])],
            origin: Origin { line: 3 },
        },
        Block::Callout {
            kind: CalloutKind::Deadline,
            title: vec![t("انتبه")],
            content: vec![p(vec![t("أرسل الأوراق قبل 1 ديسمبر 2026.")])],
            origin: Origin { line: 4 },
        },
    ];
    letter.signature.closing = "مع أطيب التحيات،".into();
    letter
}

/// A letter long enough for two pages: the decision plus extra explanation.
pub fn two_pages(id: &str, name: &str, amount: &str) -> Letter {
    let mut letter = decision(id, name, amount);
    for i in 1..=3 {
        letter.body.push(p(vec![t(&format!(
            "Uitleg {i}: wij kijken elk jaar of u nog recht hebt op bijstand. \
             Wij vragen u dan om nieuwe papieren. U krijgt daarover een brief."
        ))]));
    }
    letter
}

/// Adds language `code` to the `languages` of the template.toml at `manifest`, whatever
/// languages it lists now, keeping the line where the list starts.
pub fn add_language(manifest: &Path, code: &str) {
    let text = std::fs::read_to_string(manifest).unwrap();
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let mut languages: Vec<String> = parsed["languages"]
        .as_array()
        .expect("template.toml lists its languages")
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect();
    if languages.iter().any(|l| l == code) {
        return;
    }
    languages.push(code.to_string());
    let list = languages
        .iter()
        .map(|l| format!("{l:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let line = regex::Regex::new(r"(?m)^languages\s*=\s*\[[^\]]*\]").unwrap();
    assert!(
        line.is_match(&text),
        "no languages list in {}",
        manifest.display()
    );
    let text = line.replace(&text, format!("languages = [{list}]").as_str());
    std::fs::write(manifest, text.as_ref()).unwrap();
}

/// The Arabic letter with more of what mirrors (a list, a phone number in the text), and
/// with the binding Dutch text after it: a bilingual Arabic/Dutch letter.
pub fn bilingual_arabic(id: &str) -> Letter {
    let mut letter = arabic(id);
    letter.body.push(Block::List {
        ordered: false,
        items: vec![
            vec![p(vec![t("أخبرنا بالتغييرات فورًا.")])],
            vec![p(vec![t(
                "احتفظ بكشوف حسابك البنكي NL91 ABNA 0417 1643 00.",
            )])],
        ],
        origin: Origin { line: 5 },
    });
    letter
        .body
        .push(p(vec![t("هل لديك أسئلة؟ اتصل بنا على 14 020.")]));
    let dutch = decision(id, "Mevrouw A. de Vries", "€\u{a0}1.234,50");
    letter.bilingual = Some(Box::new(Bilingual {
        note: BothLanguages {
            text: "هذه الرسالة بلغتين. أولًا الترجمة، ثم النص الهولندي. النص الهولندي وحده رسمي."
                .into(),
            binding: "Deze brief staat in twee talen. Eerst staat de vertaling. Daarna staat de \
                      Nederlandse tekst. Alleen de Nederlandse tekst is officieel."
                .into(),
        },
        translation_label: BothLanguages {
            text: "ترجمة".into(),
            binding: "Vertaling".into(),
        },
        binding_label: BothLanguages {
            text: "النص الهولندي: هذا النص رسمي".into(),
            binding: "Nederlandse tekst: deze tekst is officieel".into(),
        },
        binding: Part {
            language: dutch.meta.language,
            direction: dutch.meta.direction,
            fonts: dutch.meta.fonts,
            line_spacing: dutch.meta.line_spacing,
            title: dutch.meta.title,
            salutation: dutch.salutation,
            body: dutch.body,
            signature: dutch.signature,
            layout: dutch.layout,
        },
    }));
    letter
}

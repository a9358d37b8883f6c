//! The Letter IR: one parse of a rendered template, read by every backend and by the
//! plain-language checker. It is mdBook's book model for one letter: typed blocks and
//! inlines, with resident data only ever present as `Inline::Text` values (never markup).
//!
//! The IR is serialised to JSON for the Typst house style (`house/letter.typ`
//! reads it with `json()`), so field names here are part of that contract: change them
//! together with the house style.

use serde::Serialize;

use crate::i18n::{Direction, Language};

/// A complete letter, ready for any backend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Letter {
    pub meta: Meta,
    /// The municipality's letterhead and return address (from the house style).
    pub sender: Sender,
    /// The resident's address block in the window-envelope position, 3–6 lines.
    pub recipient: Vec<String>,
    /// Labelled details beside or under the address: date, reference, subject, contact.
    pub details: Vec<Detail>,
    /// The salutation line ("Beste mevrouw De Vries,").
    pub salutation: Option<String>,
    /// The body as written in the template.
    pub body: Vec<Block>,
    /// Closing and signature.
    pub signature: Signature,
    /// The contact person's photo (house.toml `[team]`, chosen by `letter.contact_id`):
    /// the layouts show it instead of the pictogram of the `::: step contact` step.
    pub contact_photo: Option<crate::house::image::Picture>,
    /// The style (B1 or easy read), the house's look and the pictograms of its boxes.
    pub layout: crate::house::Layout,
    /// The validated data the letter was made from (the envelope's `letter.phone` filled
    /// in). Not sent to the house style: it lets an error about a character name the
    /// field the user gave (`recipient.name`), not a place in the IR.
    #[serde(skip)]
    pub data: serde_json::Value,
    /// What the letter's report says beside it (a message shown in Dutch because the
    /// translation lacks it): never printed on the letter.
    #[serde(skip)]
    pub warnings: Vec<crate::diag::Diagnostic>,
    /// A bilingual letter (`Options::with_dutch`): the binding text and the labels that
    /// tell the two parts apart. `None` for a letter in one language.
    pub bilingual: Option<Box<Bilingual>>,
}

/// What a translated letter carries when the binding text (Dutch, Awb 2:6) goes with
/// it: the same letter made again from the same request in the binding language, and
/// texts in both languages. The letterhead, the address and the details are the
/// letter's own and appear once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bilingual {
    /// Which text binds and where it is: first thing in the letter.
    pub note: BothLanguages,
    /// Above the translation ("Vertaling").
    pub translation_label: BothLanguages,
    /// Above the binding text ("Nederlandse tekst: deze tekst geldt").
    pub binding_label: BothLanguages,
    /// The binding text, after the translation.
    pub binding: Part,
}

/// One text in the letter's language and in the binding language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BothLanguages {
    pub text: String,
    pub binding: String,
}

/// The text of a letter in one language: everything but the letterhead, the address
/// and the details, with that language's direction, fonts and line spacing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub language: Language,
    pub direction: Direction,
    pub fonts: Vec<String>,
    pub line_spacing: f64,
    pub title: String,
    pub salutation: Option<String>,
    pub body: Vec<Block>,
    pub signature: Signature,
    pub layout: crate::house::Layout,
}

impl Letter {
    /// The path of the first text field of the letter's data that holds `c`
    /// (`recipient.name`, `decision.items[2].what`), if it came from there. Walked only
    /// when an error needs it, so no letter pays for it.
    pub fn data_field_with(&self, c: char) -> Option<String> {
        fn find(value: &serde_json::Value, c: char, path: &mut String) -> bool {
            use serde_json::Value;
            match value {
                Value::String(text) => text.contains(c),
                Value::Array(items) => items.iter().enumerate().any(|(i, item)| {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    let found = find(item, c, path);
                    if !found {
                        path.truncate(len);
                    }
                    found
                }),
                Value::Object(map) => map.iter().any(|(key, item)| {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                    let found = find(item, c, path);
                    if !found {
                        path.truncate(len);
                    }
                    found
                }),
                _ => false,
            }
        }
        let mut path = String::new();
        find(&self.data, c, &mut path).then_some(path)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// Unique letter id, used as the PDF document identifier (deterministic output).
    pub id: String,
    pub template: String,
    pub kind: LetterKind,
    pub language: Language,
    /// From the language's profile, like `fonts` and `line_spacing`.
    pub direction: Direction,
    /// Font families in fallback order (the profile's `fonts`).
    pub fonts: Vec<String>,
    /// The space between lines in em (the profile's `line_spacing`).
    pub line_spacing: f64,
    /// The subject line, also the document title.
    pub title: String,
    /// The letter date (ISO `YYYY-MM-DD` in JSON): the fixed PDF timestamp and the anchor
    /// of deadlines.
    #[serde(serialize_with = "crate::data::serialize_date")]
    pub date: time::Date,
    /// The same date formatted for the letter's language ("1 december 2026").
    pub date_text: String,
    pub reference: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LetterKind {
    /// A decision (beschikking): carries the reasoning and the objection clause.
    Decision,
    /// A request for information or documents (with a repair term under Awb 4:5).
    Request,
    /// Information only.
    Information,
    /// A merged document checklist.
    Checklist,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sender {
    /// "Gemeente Helderstad"
    pub organisation: String,
    /// "Werk en Inkomen"
    pub department: String,
    /// Return address line for the envelope window ("Postbus 100, 1000 AA Helderstad").
    pub return_address: String,
    /// Contact lines in the letterhead (visiting address, phone, website).
    pub contact: Vec<String>,
    /// The municipality's logo (from the house style, never resident data).
    pub logo: Option<crate::house::image::Picture>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signature {
    /// "Met vriendelijke groet,"
    pub closing: String,
    pub name: String,
    pub role: String,
}

/// Where a block came from: the line in the template's `letter.md` that produced it,
/// so diagnostics (parser errors, checker findings) point at what the writer edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Origin {
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Heading {
        /// 1 to 3 (deeper levels are folded into 3).
        level: u8,
        content: Vec<Inline>,
        origin: Origin,
    },
    Paragraph {
        content: Vec<Inline>,
        origin: Origin,
    },
    List {
        ordered: bool,
        /// Each item holds blocks (usually one paragraph).
        items: Vec<Vec<Block>>,
        origin: Origin,
    },
    Table {
        header: Vec<Vec<Inline>>,
        /// Column alignment, one per column.
        align: Vec<Align>,
        rows: Vec<Vec<Vec<Inline>>>,
        origin: Origin,
    },
    /// A pictogram beside one step of what the resident must know or do.
    Step {
        /// Icon name from `icons/icons.toml`.
        icon: String,
        /// Alternative text for the pictogram, in the letter's language.
        alt: String,
        content: Vec<Block>,
        origin: Origin,
    },
    /// A highlighted box: a deadline, a warning, or information.
    Callout {
        kind: CalloutKind,
        /// Optional short title ("Let op", "Uiterlijk 1 december 2026").
        title: Vec<Inline>,
        content: Vec<Block>,
        origin: Origin,
    },
    /// The objection clause of a decision (Awb 3:45): how, where and by when to object.
    Objection {
        title: Vec<Inline>,
        content: Vec<Block>,
        origin: Origin,
    },
    /// A postal or visiting address inside the body (where to hand in documents).
    Address { lines: Vec<String>, origin: Origin },
    /// The merged document checklist (one item per document the resident provides).
    /// With `keep`, the documents to keep ready and not send: pictogram lines without a
    /// checkbox or deadline, whose `document` carries the whole line.
    Checklist {
        items: Vec<ChecklistItem>,
        keep: bool,
        origin: Origin,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalloutKind {
    Deadline,
    Warning,
    Info,
}

/// One line of a checklist: a document, whose it is, what it must cover and by when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    pub icon: String,
    pub alt: String,
    /// What to provide ("Bankafschriften van rekening NL.. ").
    pub document: Vec<Inline>,
    /// Whose document ("Van u en uw partner"); empty when the heading above already
    /// says it. Backends leave an empty line out.
    pub who: String,
    /// The period it must cover, formatted ("1 september 2026 tot en met 30 november 2026").
    pub period: Option<String>,
    /// The earliest deadline, formatted.
    pub deadline: Option<String>,
    /// Extra explanation (which schemes need it, how to deliver).
    pub note: Vec<Inline>,
}

impl ChecklistItem {
    /// A document to keep ready as the text and HTML letters show it: a step, its
    /// pictogram beside the one line (print sets these lines side by side).
    pub fn kept(&self, origin: Origin) -> Block {
        Block::Step {
            icon: self.icon.clone(),
            alt: self.alt.clone(),
            content: vec![Block::Paragraph {
                content: self.document.clone(),
                origin,
            }],
            origin,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Inline {
    Text {
        text: String,
    },
    Strong {
        content: Vec<Inline>,
    },
    /// Only `https:`, `mailto:` and `tel:` targets exist in the IR.
    Link {
        href: String,
        content: Vec<Inline>,
    },
    LineBreak,
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Inline {
        Inline::Text { text: s.into() }
    }
}

/// The plain text of inlines, as a reader (or screen reader) gets it.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { content } | Inline::Link { content, .. } => push_plain(content, out),
            Inline::LineBreak => out.push('\n'),
        }
    }
}

impl Block {
    pub fn origin(&self) -> Origin {
        match self {
            Block::Heading { origin, .. }
            | Block::Paragraph { origin, .. }
            | Block::List { origin, .. }
            | Block::Table { origin, .. }
            | Block::Step { origin, .. }
            | Block::Callout { origin, .. }
            | Block::Objection { origin, .. }
            | Block::Address { origin, .. }
            | Block::Checklist { origin, .. } => *origin,
        }
    }
}

/// Puts a parsed body in the shape every backend draws, in one place:
///
/// - Heading levels count from 1 for the shallowest heading the template wrote (a
///   template that starts at `##` gets 1, 2, ...), and never go more than one deeper
///   than the heading before them, so sibling sections get one size and one tag level
///   in HTML and PDF alike (h2 under the subject's h1).
/// - The objection clause is a section: the blocks after `::: objection` up to the next
///   heading (where to send the objection, whom to call first) belong to it and are
///   drawn inside its box.
pub fn arrange(body: &mut Vec<Block>) {
    let mut i = 0;
    while i < body.len() {
        if matches!(body[i], Block::Objection { .. }) {
            let end = body[i + 1..]
                .iter()
                .position(|b| matches!(b, Block::Heading { .. } | Block::Objection { .. }))
                .map_or(body.len(), |p| i + 1 + p);
            let tail: Vec<Block> = body.drain(i + 1..end).collect();
            if let Block::Objection { content, .. } = &mut body[i] {
                content.extend(tail);
            }
        }
        i += 1;
    }
    let mut shallowest = u8::MAX;
    visit_headings(body, &mut |level| shallowest = shallowest.min(*level));
    // The objection's own heading is a sibling of the top-level sections.
    let mut prev = 0u8;
    visit_headings(body, &mut |level| {
        let wanted = level.saturating_sub(shallowest) + 1;
        *level = wanted.min(prev + 1).max(1);
        prev = *level;
    });
}

fn visit_headings(blocks: &mut [Block], f: &mut dyn FnMut(&mut u8)) {
    for block in blocks {
        match block {
            Block::Heading { level, .. } => f(level),
            Block::List { items, .. } => items.iter_mut().for_each(|b| visit_headings(b, f)),
            Block::Step { content, .. }
            | Block::Callout { content, .. }
            | Block::Objection { content, .. } => visit_headings(content, f),
            Block::Paragraph { .. }
            | Block::Table { .. }
            | Block::Address { .. }
            | Block::Checklist { .. } => {}
        }
    }
}

#[cfg(test)]
mod arrange_tests {
    use super::*;

    fn h(level: u8) -> Block {
        Block::Heading {
            level,
            content: vec![Inline::text(format!("h{level}"))],
            origin: Origin::default(),
        }
    }

    fn p(s: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::text(s)],
            origin: Origin::default(),
        }
    }

    fn levels(blocks: &[Block]) -> Vec<u8> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn sibling_sections_get_one_level_and_none_skips() {
        let mut body = vec![h(2), p("a"), h(2), h(3), h(2)];
        arrange(&mut body);
        assert_eq!(levels(&body), vec![1, 1, 2, 1]);
        let mut body = vec![h(3), h(1), h(3)];
        arrange(&mut body);
        assert_eq!(levels(&body), vec![1, 1, 2]);
    }

    #[test]
    fn the_objection_box_holds_everything_up_to_the_next_heading() {
        let address = Block::Address {
            lines: vec!["Postbus 100".into()],
            origin: Origin::default(),
        };
        let mut body = vec![
            p("intro"),
            Block::Objection {
                title: vec![],
                content: vec![p("Stuur de brief naar:")],
                origin: Origin::default(),
            },
            address.clone(),
            p("Bezwaar maken is gratis."),
            h(2),
            p("regels"),
        ];
        arrange(&mut body);
        assert_eq!(body.len(), 4);
        let Block::Objection { content, .. } = &body[1] else {
            panic!("{body:?}")
        };
        assert_eq!(content.len(), 3);
        assert_eq!(content[1], address);
        assert_eq!(
            plain_text(match &content[2] {
                Block::Paragraph { content, .. } => content,
                _ => panic!(),
            }),
            "Bezwaar maken is gratis."
        );
    }
}

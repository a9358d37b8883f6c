//! [`Helder`]: the loaded project (templates, messages, pictograms, house style) and the
//! letter pipeline over it: validate → Tera → Markdown → Letter IR → backend.
//!
//! Everything is loaded once and shared read-only, so one `Helder` serves a batch or a
//! server from many threads. The typesetter (fonts, typst library) is built on first use:
//! HTML and text need none of it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::checklist::Catalog;
use crate::data;
use crate::error::Error;
use crate::house::House;
use crate::i18n::{self, Arg, Language, Locales};
use crate::icons::Icons;
use crate::letter::ir::{Block, CalloutKind, Detail, Inline, Letter, LetterKind, Meta, Origin};
use crate::letter::parse::parse_body;
use crate::plain::Rules;
use crate::render::{self, Format, typst::Typesetter};
use crate::template::{Templates, UsedMessage};

mod check;
mod checklist;

pub use check::{CheckedLetter, ExampleLetter};
pub use checklist::CaseFile;

pub struct Helder {
    root: PathBuf,
    templates: Templates,
    locales: Locales,
    icons: Icons,
    house: House,
    css: String,
    logo_svg: Option<String>,
    font_dirs: Vec<PathBuf>,
    typesetter: OnceLock<Result<Typesetter, String>>,
    plain_rules: OnceLock<Result<Rules, String>>,
    catalog: OnceLock<Result<Catalog, String>>,
}

/// A rendered letter: one file, or one PNG per page.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    File(Vec<u8>),
    Pages(Vec<Vec<u8>>),
}

impl Helder {
    /// Loads the project at `root`: `templates/`, `house/`, `locales/`, `icons/`.
    pub fn open(root: impl AsRef<Path>) -> Result<Helder, Error> {
        let root = root.as_ref().to_path_buf();
        for dir in ["templates", "locales", "icons"] {
            if !root.join(dir).is_dir() {
                return Err(Error::Setup(format!(
                    "{}: no `{dir}/` folder here; run helder from the project folder or pass --root",
                    root.display()
                )));
            }
        }
        let house_dir = root.join("house");
        let house = House::load(&house_dir).map_err(Error::Setup)?;
        let css_path = house_dir.join("letter.css");
        let css = std::fs::read_to_string(&css_path).map_err(|source| Error::Io {
            path: css_path,
            source,
        })?;
        let logo_svg = match &house.logo {
            Some(file) => {
                let path = house_dir.join(file);
                let svg = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                    path: path.clone(),
                    source,
                })?;
                // The logo is inlined in every letter: hold it to the pictograms' rules.
                crate::icons::check_svg(&svg, None)
                    .map_err(|e| Error::Setup(format!("{}: {e}", path.display())))?;
                Some(svg)
            }
            None => None,
        };
        Ok(Helder {
            templates: Templates::load(&root.join("templates"))?,
            locales: Locales::load(&root.join("locales"))?,
            icons: Icons::load(&root.join("icons")).map_err(Error::Setup)?,
            house,
            css,
            logo_svg,
            font_dirs: Vec::new(),
            typesetter: OnceLock::new(),
            plain_rules: OnceLock::new(),
            catalog: OnceLock::new(),
            root,
        })
    }

    /// Extra folders with fonts for the PDF and PNG backends (`--font-dir`).
    pub fn with_font_dirs(mut self, dirs: Vec<PathBuf>) -> Helder {
        self.font_dirs = dirs;
        self.typesetter = OnceLock::new();
        self
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn templates(&self) -> &Templates {
        &self.templates
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    pub fn icons(&self) -> &Icons {
        &self.icons
    }

    pub fn house(&self) -> &House {
        &self.house
    }

    /// The typesetter, built on first use and shared afterwards.
    pub fn typesetter(&self) -> Result<&Typesetter, Error> {
        self.typesetter
            .get_or_init(|| {
                Typesetter::new(
                    &self.root.join("house"),
                    &self.icons,
                    &self.font_dirs,
                )
                .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| Error::Setup(e.clone()))
    }

    /// Builds the Letter IR for one record: validates `data` against the template's
    /// schema, renders `letter.md`, parses it. `record` names the record in errors.
    pub fn letter(
        &self,
        template_id: &str,
        lang: Language,
        record: &str,
        data: &Value,
    ) -> Result<Letter, Error> {
        Ok(self.letter_traced(template_id, lang, record, data)?.0)
    }

    /// [`Helder::letter`], with the Fluent messages the template used.
    fn letter_traced(
        &self,
        template_id: &str,
        lang: Language,
        record: &str,
        data: &Value,
    ) -> Result<(Letter, Vec<UsedMessage>), Error> {
        let template = self.templates.get(template_id)?;
        if template.kind == LetterKind::Checklist {
            return Err(Error::Record {
                record: record.to_string(),
                message: format!(
                    "`{template_id}` is a checklist letter: make it from a case with `helder checklist --case case.json --format pdf`"
                ),
            });
        }
        let (letter, messages) = self.build_letter(template_id, lang, record, data)?;
        if let Some(block) = letter
            .body
            .iter()
            .find(|b| matches!(b, Block::Checklist { .. }))
        {
            return Err(Error::Record {
                record: record.to_string(),
                message: format!(
                    "templates/{template_id}/letter.md:{}: `::: checklist` belongs in a template of kind `checklist`",
                    block.origin().line
                ),
            });
        }
        Ok((letter, messages))
    }

    fn build_letter(
        &self,
        template_id: &str,
        lang: Language,
        record: &str,
        data: &Value,
    ) -> Result<(Letter, Vec<UsedMessage>), Error> {
        let template = self.templates.get(template_id)?;
        if !template.languages.contains(&lang) {
            return Err(Error::Language {
                template: template.id.clone(),
                language: lang.code().to_string(),
                shipped: template
                    .languages
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        let clean = template.schema.validate(record, data)?;

        // The template sees the data and the house settings (phone, addresses, URLs).
        let mut context = clean.clone();
        if let Value::Object(map) = &mut context {
            let house =
                serde_json::to_value(&self.house).map_err(|e| Error::Setup(e.to_string()))?;
            map.insert("house".into(), house);
        }
        let markdown =
            self.templates
                .render_markdown(template_id, lang, &self.locales, &context)?;
        let mut body = parse_body(&markdown, lang, &self.icons, &self.locales)?;
        if lang != Language::Nl {
            // Awb 2:6: the Dutch letter binds; a translation says so before anything else.
            body.insert(
                0,
                Block::Callout {
                    kind: CalloutKind::Info,
                    title: vec![Inline::text(self.locales.message(
                        lang,
                        "callout-info",
                        &[],
                    )?)],
                    content: vec![Block::Paragraph {
                        content: vec![Inline::text(self.locales.message(
                            lang,
                            "binding-note",
                            &[],
                        )?)],
                        origin: Origin::default(),
                    }],
                    origin: Origin::default(),
                },
            );
        }

        let field = |path: &[&str]| -> Option<&str> {
            let mut v = &clean;
            for p in path {
                v = v.get(p)?;
            }
            v.as_str()
        };
        let date_iso = field(&["letter", "date"]).unwrap_or_default().to_string();
        let date = data::parse_date(&date_iso).map_err(|message| Error::Record {
            record: record.to_string(),
            message: format!("letter.date: {message}"),
        })?;
        let reference = field(&["letter", "reference"])
            .unwrap_or_default()
            .to_string();
        let handled_by = field(&["letter", "handled_by"])
            .unwrap_or_default()
            .to_string();
        let phone = field(&["letter", "phone"])
            .unwrap_or(&self.house.phone)
            .to_string();
        let name = field(&["recipient", "name"])
            .unwrap_or_default()
            .to_string();
        let salutation_id = match field(&["recipient", "salutation"]) {
            Some("heer") => "salutation-heer",
            Some("mevrouw") => "salutation-mevrouw",
            _ => "salutation-none",
        };

        let msg = |id: &str| self.locales.message(lang, id, &[]);
        let title = msg(&template.title)?;
        let date_text = i18n::format_date(lang, date);
        let details = vec![
            Detail {
                label: msg("detail-date")?,
                value: date_text.clone(),
            },
            Detail {
                label: msg("detail-reference")?,
                value: reference.clone(),
            },
            Detail {
                label: msg("detail-subject")?,
                value: title.clone(),
            },
            Detail {
                label: msg("detail-handled-by")?,
                value: handled_by,
            },
            Detail {
                label: msg("detail-phone")?,
                value: phone,
            },
        ];
        let letter = Letter {
            meta: Meta {
                id: format!("{}-{}-{}", template.id, reference, lang.code()),
                template: template.id.clone(),
                kind: template.kind,
                language: lang,
                direction: lang.direction(),
                title,
                date: date_iso,
                date_text,
                reference,
            },
            sender: self
                .house
                .sender(lang, &self.locales, self.logo_svg.clone())?,
            recipient: data::recipient_lines(&clean),
            details,
            salutation: Some(self.locales.message(
                lang,
                salutation_id,
                &[("name", Arg::Text(name))],
            )?),
            body,
            signature: self.house.signature(lang, &self.locales)?,
        };
        Ok((letter, markdown.messages))
    }

    /// Renders a letter to one format.
    pub fn render(&self, letter: &Letter, format: Format) -> Result<Output, Error> {
        Ok(match format {
            Format::Html => {
                Output::File(render::html::render(letter, &self.icons, &self.css).into_bytes())
            }
            Format::Txt => Output::File(render::text::render(letter).into_bytes()),
            Format::Pdf => Output::File(self.typesetter()?.pdf(letter)?),
            Format::Png => Output::Pages(self.typesetter()?.png(letter, 2.0)?),
        })
    }
}

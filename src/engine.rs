//! [`Helder`]: the loaded project (templates, messages, pictograms, house style) and the
//! letter pipeline over it: validate → Tera → Markdown → Letter IR → backend.
//!
//! Everything is loaded once and shared read-only, so one `Helder` serves a batch or a
//! server from many threads. The typesetter (fonts, typst library) is built on first use:
//! HTML and text need none of it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::checklist::{self, Case, Catalog, Checklist, Msg};
use crate::data;
use crate::error::Error;
use crate::house::House;
use crate::i18n::{self, Arg, Language, Locales};
use crate::icons::Icons;
use crate::letter::ir::{Block, Detail, Inline, Letter, LetterKind, Meta};
use crate::letter::parse::parse_body;
use crate::plain::{self, Location, Profile, RenderedMessages, Report, Rules, SourceMap};
use crate::render::{self, Format, typst::Typesetter};
use crate::template::{Template, Templates, UsedMessage};

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

/// A case file for `helder checklist`: the case itself, and optionally the envelope of
/// the checklist letter (`letter`, `recipient`, `address`, as in every letter's data).
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub name: String,
    pub case: Case,
    pub envelope: Option<Value>,
}

/// One example letter of a template (for demo and check), with the Fluent messages its
/// template used, so findings can point at the `.ftl` line a sentence comes from.
#[derive(Debug, Clone)]
pub struct ExampleLetter {
    pub example: String,
    pub letter: Letter,
    pub messages: Vec<UsedMessage>,
}

/// One letter checked by the plain-language checker: which template, language and example.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckedLetter {
    pub template: String,
    pub language: Language,
    pub example: String,
    pub report: Report,
}

/// A rendered letter: one file, or one PNG per page.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    File(Vec<u8>),
    Pages(Vec<Vec<u8>>),
}

impl Helder {
    /// Loads the project at `root`: `templates/` (with `_house/`), `locales/`, `icons/`.
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
        let house_dir = root.join("templates/_house");
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
                    &self.root.join("templates/_house"),
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

    /// The checklist letter of a merged case in `lang`: the `checklist` template filled
    /// with the merged items, grouped per person. `envelope` is the case file's `letter`,
    /// `recipient` and `address`.
    pub fn checklist_letter(
        &self,
        checklist: &Checklist<'_>,
        case: &Case,
        lang: Language,
        record: &str,
        envelope: Option<&Value>,
    ) -> Result<Letter, Error> {
        Ok(self
            .checklist_letter_traced(checklist, case, lang, record, envelope)?
            .0)
    }

    fn checklist_letter_traced(
        &self,
        checklist: &Checklist<'_>,
        case: &Case,
        lang: Language,
        record: &str,
        envelope: Option<&Value>,
    ) -> Result<(Letter, Vec<UsedMessage>), Error> {
        let template = self
            .templates
            .iter()
            .find(|t| t.kind == LetterKind::Checklist)
            .ok_or_else(|| Error::Setup("no template of kind `checklist` in templates/".into()))?;
        let Some(Value::Object(envelope)) = envelope else {
            return Err(Error::Record {
                record: record.to_string(),
                message: "a checklist letter needs the envelope in the case file: `letter` (date, reference, handled_by), `recipient` and `address`".into(),
            });
        };
        let catalog = self.scheme_catalog()?;
        let message = |m: &Msg| checklist::letter::resolve(&self.locales, lang, m);
        let mut schemes = Vec::new();
        for application in &case.applications {
            if let Some(scheme) = catalog.scheme(&application.scheme) {
                schemes.push(Value::from(self.locales.message(
                    lang,
                    &scheme.name,
                    &[],
                )?));
            }
        }
        let not_needed = checklist
            .letter_left_out()
            .iter()
            .map(|m| message(m).map(Value::from))
            .collect::<Result<Vec<_>, _>>()?;
        let mut pointers = Vec::new();
        for p in &checklist.pointers {
            let name = self.locales.message(lang, p.name, &[])?;
            pointers.push(Value::from(self.locales.message(
                lang,
                "checklist-pointer",
                &[
                    ("scheme", Arg::Text(name)),
                    ("url", Arg::Text(p.url.to_string())),
                ],
            )?));
        }
        let mut summary = serde_json::json!({
            "schemes": schemes,
            "items": checklist.items.len(),
            "not_needed": not_needed,
            "pointers": pointers,
        });
        if let Some(deadline) = checklist.items.iter().map(|i| i.deadline).min() {
            summary["deadline"] = checklist::iso(deadline).into();
        }
        let mut data = envelope.clone();
        data.insert("summary".into(), summary);

        let (mut letter, messages) =
            self.build_letter(&template.id, lang, record, &Value::Object(data))?;
        let mut groups = checklist.letter_blocks(&self.locales, lang)?;
        // Backends show the deadline as given: say what the date is.
        for item in groups.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
            if let Some(date) = item.deadline.take() {
                item.deadline = Some(self.locales.message(
                    lang,
                    "checklist-deadline",
                    &[("date", Arg::Text(date))],
                )?);
            }
        }
        let mut body = Vec::with_capacity(letter.body.len() + 2 * groups.len());
        for block in letter.body {
            match block {
                Block::Checklist { items, origin } if items.is_empty() => {
                    for (heading, items) in &groups {
                        body.push(Block::Heading {
                            level: 2,
                            content: vec![Inline::text(heading.clone())],
                            origin,
                        });
                        body.push(Block::Checklist {
                            items: items.clone(),
                            origin,
                        });
                    }
                }
                other => body.push(other),
            }
        }
        letter.body = body;
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
        let body = parse_body(&markdown, lang, &self.icons, &self.locales)?;

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

    /// The plain-language rules (`locales/<lang>/plain.toml`), loaded on first use.
    pub fn plain_rules(&self) -> Result<&Rules, Error> {
        self.plain_rules
            .get_or_init(|| Rules::load(&self.root.join("locales")).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Setup(e.clone()))
    }

    /// Renders every example of the templates `ids` (all when empty) in `langs` (every
    /// language a template ships when empty) and checks it for `profile`. Findings point
    /// at `templates/<id>/letter.md` lines.
    pub fn check_templates(
        &self,
        ids: &[String],
        langs: &[Language],
        profile: Profile,
    ) -> Result<Vec<CheckedLetter>, Error> {
        let rules = self.plain_rules()?;
        let templates = if ids.is_empty() {
            self.templates.iter().collect::<Vec<_>>()
        } else {
            ids.iter()
                .map(|id| self.templates.get(id))
                .collect::<Result<Vec<_>, _>>()?
        };
        let mut checked = Vec::new();
        for template in templates {
            let file = format!("templates/{}/letter.md", template.id);
            let path = self.root.join(&file);
            let source =
                std::fs::read_to_string(&path).map_err(|source| Error::Io { path, source })?;
            for &lang in &template.languages {
                if !langs.is_empty() && !langs.contains(&lang) {
                    continue;
                }
                for ExampleLetter {
                    example,
                    letter,
                    messages,
                } in self.example_letters(template, lang)?
                {
                    let mut rendered = RenderedMessages::new();
                    for m in &messages {
                        if let Some((path, line)) = self.locales.source_of(lang, &m.id) {
                            let path = path.strip_prefix(&self.root).unwrap_or(&path);
                            rendered.push(
                                &m.text,
                                Location {
                                    file: path.display().to_string(),
                                    line,
                                    column: None,
                                },
                            );
                        }
                    }
                    let lookup = |sentence: &str| rendered.locate(sentence);
                    let map = SourceMap {
                        file: &file,
                        text: Some(&source),
                        fluent: Some(&lookup),
                    };
                    checked.push(CheckedLetter {
                        template: template.id.clone(),
                        language: lang,
                        example,
                        report: plain::check_letter(&letter, rules, profile, &map),
                    });
                }
            }
        }
        Ok(checked)
    }

    /// Every example letter of a template in `lang`, named by its example: the
    /// `examples/*.json` records, or for a checklist letter the example cases in
    /// `examples/cases/`.
    pub fn example_letters(
        &self,
        template: &Template,
        lang: Language,
    ) -> Result<Vec<ExampleLetter>, Error> {
        if template.kind != LetterKind::Checklist {
            return template
                .examples
                .iter()
                .map(|example| {
                    let record = example.path.display().to_string();
                    let (letter, messages) =
                        self.letter_traced(&template.id, lang, &record, &example.data)?;
                    Ok(ExampleLetter {
                        example: example.name.clone(),
                        letter,
                        messages,
                    })
                })
                .collect();
        }
        let dir = self.root.join("examples/cases");
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect(),
            Err(_) => Vec::new(),
        };
        paths.sort();
        let catalog = self.scheme_catalog()?;
        let mut letters = Vec::new();
        for path in paths {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let file = self.read_case(&name, &text)?;
            let date = file
                .envelope
                .as_ref()
                .and_then(|e| e.pointer("/letter/date"))
                .and_then(Value::as_str)
                .and_then(|d| data::parse_date(d).ok())
                .ok_or_else(|| Error::Record {
                    record: name.clone(),
                    message: "an example case needs `letter.date`".into(),
                })?;
            let merged = checklist::merge(catalog, &file.case, date).map_err(Error::Case)?;
            let (letter, messages) = self.checklist_letter_traced(
                &merged,
                &file.case,
                lang,
                &name,
                file.envelope.as_ref(),
            )?;
            let example = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            letters.push(ExampleLetter {
                example,
                letter,
                messages,
            });
        }
        Ok(letters)
    }

    /// Checks free text (a letter written elsewhere) for `profile`.
    pub fn check_text(
        &self,
        name: &str,
        text: &str,
        lang: Language,
        profile: Profile,
    ) -> Result<Report, Error> {
        Ok(plain::check_text(
            text,
            name,
            lang,
            self.plain_rules()?,
            profile,
        ))
    }

    /// The scheme catalog (`schemes/`), loaded on first use.
    pub fn scheme_catalog(&self) -> Result<&Catalog, Error> {
        self.catalog
            .get_or_init(|| Catalog::load(&self.root.join("schemes")).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Setup(e.clone()))
    }

    /// Reads a case file: the case, plus the letter envelope when the file carries one.
    pub fn read_case(&self, name: &str, text: &str) -> Result<CaseFile, Error> {
        let case = Case::from_json(name, text).map_err(Error::Case)?;
        let value: Value = serde_json::from_str(text).map_err(|e| Error::Record {
            record: format!("{name}:{}:{}", e.line(), e.column()),
            message: format!("not valid JSON: {e}"),
        })?;
        let mut envelope = serde_json::Map::new();
        for key in ["letter", "recipient", "address"] {
            if let Some(v) = value.get(key) {
                envelope.insert(key.to_string(), v.clone());
            }
        }
        Ok(CaseFile {
            name: name.to_string(),
            case,
            envelope: (!envelope.is_empty()).then_some(Value::Object(envelope)),
        })
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

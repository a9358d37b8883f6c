//! `helder icons`: a contact sheet of every pictogram with its name, its alt text in
//! Dutch and English and its aliases, made as a letter in the house style (one pictogram
//! step per icon), so the sheet shows the pictograms exactly as letters print them, in
//! HTML and in PDF, through the one pipeline. It also lists every pictogram that leaves
//! the drawing style of `icons/README.md` ([`super::style`]).

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::i18n::Language;
use crate::letter::Letter;
use crate::letter::ir::{Block, Detail, Inline, LetterKind, Meta, Origin, Signature};
use crate::output::Writer;
use crate::project::Project;
use crate::render::{Format, Output};

/// The sheet, rendered.
pub struct ContactSheet {
    /// Pictograms on the sheet.
    pub count: usize,
    /// `name.svg: what breaks the style`, one per problem.
    pub problems: Vec<String>,
    /// HTML, PDF and PNG pages, in that order.
    pub outputs: Vec<Output>,
}

impl ContactSheet {
    /// Writes `pictograms.html`, `pictograms.pdf` and `pictograms.png` (or
    /// `pictograms-1.png`, ...) into `dir`; returns what to tell the user.
    pub fn write(&self, dir: &Path) -> Result<String, Error> {
        let writer = Writer::new();
        let mut files: Vec<PathBuf> = Vec::new();
        for output in &self.outputs {
            files.extend(writer.write_named(dir, "pictograms", output)?);
        }
        let mut text = format!("{} pictograms on the contact sheet:\n", self.count);
        for file in files {
            text.push_str(&format!("  {}\n", file.display()));
        }
        for problem in &self.problems {
            text.push_str(&format!("error: {problem}\n"));
        }
        Ok(text)
    }
}

impl Project {
    /// The contact sheet of the pictograms whose name or keyword holds `search` (all
    /// when `None`), in Dutch with English alt texts beside.
    pub fn contact_sheet(&self, search: Option<&str>) -> Result<ContactSheet, Error> {
        let parts = self.parts();
        let icons = &parts.icons;
        let locales = &parts.locales;
        let nl = locales.binding();
        let en = Language::from_code("en")
            .ok()
            .filter(|en| locales.profile(*en).is_ok());
        let chosen = icons.search(search.unwrap_or(""));
        let mut problems = Vec::new();
        let mut body = Vec::new();
        for icon in &chosen {
            for problem in super::style::problems(&icon.svg) {
                problems.push(format!("{}.svg: {problem}", icon.name));
            }
            let alt = locales.message(nl, &icon.alt, &[])?;
            let mut line = vec![
                Inline::Strong {
                    content: vec![Inline::text(icon.name.clone())],
                },
                Inline::LineBreak,
                Inline::text(alt.clone()),
            ];
            if let Some(en) = en {
                line.push(Inline::text(format!(
                    " · {}",
                    locales.message(en, &icon.alt, &[])?
                )));
            }
            if !icon.aliases.is_empty() {
                line.push(Inline::LineBreak);
                line.push(Inline::text(format!("= {}", icon.aliases.join(", "))));
            }
            body.push(Block::Step {
                icon: icon.name.clone(),
                alt,
                content: vec![Block::Paragraph {
                    content: line,
                    origin: Origin::default(),
                }],
                origin: Origin::default(),
            });
        }
        let profile = locales.profile(nl)?;
        let house = &parts.house;
        let date = time::macros::date!(2026 - 01 - 01);
        let title = format!("helder: {} pictogrammen", chosen.len());
        let letter = Letter {
            meta: Meta {
                id: "helder-pictograms".into(),
                template: "pictograms".into(),
                kind: LetterKind::Information,
                language: nl,
                direction: profile.direction,
                fonts: profile.fonts.clone(),
                line_spacing: profile.line_spacing,
                title: title.clone(),
                date,
                date_text: profile.format_date(date),
                reference: "icons/icons.toml".into(),
            },
            sender: house.sender(nl, locales)?,
            recipient: Vec::new(),
            details: vec![Detail {
                label: locales.message(nl, "detail-subject", &[])?,
                value: title,
            }],
            salutation: None,
            body,
            signature: Signature {
                closing: String::new(),
                name: String::new(),
                role: String::new(),
            },
            contact_photo: None,
            layout: house.layout(nl, crate::house::Style::B1, locales, icons)?,
            data: serde_json::Value::Null,
            warnings: Vec::new(),
            bilingual: None,
        };
        let outputs = self.render(&letter, &[Format::Html, Format::Pdf, Format::Png])?;
        Ok(ContactSheet {
            count: chosen.len(),
            problems,
            outputs,
        })
    }
}

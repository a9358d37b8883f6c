//! The house style (`house/`): who sends the letters and how they look. It owns
//! `house.toml` (letterhead, return address, contact details, signatory, the fonts the
//! style uses), `letter.typ` (the PDF layout), `letter.css` (the HTML layout) and the
//! logo, and makes the parts of every letter that come from the municipality rather than
//! from the template: the letterhead, the signature and the note that the Dutch letter
//! binds. Language-dependent texts (department, role) are Fluent messages, so one house
//! serves every language. A municipality copies and edits the folder, never Rust.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, I18nError, Language, Locales};
use crate::letter::ir::{Block, CalloutKind, Inline, Origin, Sender, Signature};
use crate::project::files::{Files, join};

/// `house.toml` as written: what templates see as `house.*`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub organisation: String,
    pub return_address: String,
    pub visiting_address: String,
    pub phone: String,
    pub website: String,
    pub email: String,
    /// Where objections go: the lines of a postal address.
    pub objection_address: Vec<String>,
    pub upload_url: String,
    pub objection_url: String,
    /// Where residents send papers by post: the lines of a postal address.
    pub post_address: Vec<String>,
    /// The shortest repair term (Awb 4:5) a letter may give, in days: a letter whose
    /// data asks for less is refused (a data error at the term field), whatever the
    /// template allows.
    #[serde(default = "default_min_repair_days")]
    pub min_repair_days: u32,
    pub signature: SignatureSettings,
    /// An SVG logo file beside house.toml, drawn for the municipality.
    #[serde(default)]
    pub logo: Option<String>,
    /// The fonts `letter.typ` uses.
    pub fonts: Fonts,
}

/// Two weeks: a week over Christmas or the summer holidays is no reasonable term.
fn default_min_repair_days() -> u32 {
    14
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureSettings {
    pub name: String,
}

/// The font files the house style needs, where helder looks for them (besides
/// `--font-dir`) and which Debian package provides them.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    /// Folders searched, in order.
    pub dirs: Vec<PathBuf>,
    /// The package that installs them, named in the error when one is missing.
    pub package: String,
    pub files: Vec<FontFile>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FontFile {
    pub file: String,
    pub family: String,
    #[serde(default)]
    pub bold: bool,
}

/// The loaded house style.
#[derive(Debug, Clone)]
pub struct House {
    pub settings: Settings,
    /// `house.*` for templates, built once.
    context: serde_json::Value,
    /// The Typst source of the PDF layout and the file it came from.
    pub typst: String,
    pub typst_file: PathBuf,
    /// The CSS of the HTML letters.
    pub css: String,
    pub logo_svg: Option<String>,
}

/// What is wrong with the house style; every message names the file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}{}: {message}", file.display(), location(*line, *column))]
pub struct HouseError {
    pub file: PathBuf,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

fn location(line: u32, column: u32) -> String {
    match (line, column) {
        (0, _) => String::new(),
        (l, 0) => format!(":{l}"),
        (l, c) => format!(":{l}:{c}"),
    }
}

impl House {
    /// Loads `dir/house.toml`, `letter.typ`, `letter.css` and the logo it names.
    pub fn load(files: &Files, dir: &str) -> Result<House, HouseError> {
        let read = |name: &str| {
            let rel = join(dir, name);
            files.read_text(&rel).map_err(|e| HouseError {
                file: files.display(&rel),
                line: 0,
                column: 0,
                message: format!("cannot read the house style: {e}"),
            })
        };
        let toml_rel = join(dir, "house.toml");
        let text = read("house.toml")?;
        let settings: Settings = toml::from_str(&text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| crate::diag::line_col(&text, s.start))
                .unwrap_or((0, 0));
            HouseError {
                file: files.display(&toml_rel),
                line,
                column,
                message: e.message().trim_end().to_owned(),
            }
        })?;
        let logo_svg = match &settings.logo {
            Some(name) => {
                let svg = read(name).map_err(|e| HouseError {
                    message: format!("the logo named in house.toml: {}", e.message),
                    ..e
                })?;
                // The logo is inlined in every letter: hold it to the pictograms' rules.
                crate::icons::check_svg(&svg, None).map_err(|message| HouseError {
                    file: files.display(&join(dir, name)),
                    line: 0,
                    column: 0,
                    message,
                })?;
                Some(svg)
            }
            None => None,
        };
        let context = serde_json::to_value(&settings).map_err(|e| HouseError {
            file: files.display(&toml_rel),
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
        Ok(House {
            settings,
            context,
            typst: read("letter.typ")?,
            typst_file: files.display(&join(dir, "letter.typ")),
            css: read("letter.css")?,
            logo_svg,
        })
    }

    /// The settings as templates see them (`house.phone`, `house.upload_url`, ...).
    pub fn context(&self) -> &serde_json::Value {
        &self.context
    }

    /// The letterhead in `lang`.
    pub fn sender(&self, lang: Language, locales: &Locales) -> Result<Sender, I18nError> {
        let s = &self.settings;
        Ok(Sender {
            organisation: s.organisation.clone(),
            department: locales.message(lang, "municipality-department", &[])?,
            return_address: s.return_address.clone(),
            contact: vec![
                s.visiting_address.clone(),
                locales.message(
                    lang,
                    "municipality-contact-phone",
                    &[("phone", Arg::Text(s.phone.clone()))],
                )?,
                s.website.clone(),
            ],
            logo_svg: self.logo_svg.clone(),
        })
    }

    /// The signature; `closing` is the Fluent id of the closing lines, which say on whose
    /// behalf the letter is signed (the template's `signed_for`).
    pub fn signature(
        &self,
        lang: Language,
        locales: &Locales,
        closing: &str,
    ) -> Result<Signature, I18nError> {
        Ok(Signature {
            closing: locales.message(lang, closing, &[])?,
            name: self.settings.signature.name.clone(),
            role: locales.message(lang, "municipality-signature-role", &[])?,
        })
    }

    /// Awb 2:6: the Dutch letter binds; a translation says so before anything else.
    pub fn binding_note(&self, lang: Language, locales: &Locales) -> Result<Block, I18nError> {
        Ok(Block::Callout {
            kind: CalloutKind::Info,
            title: vec![Inline::text(locales.message(lang, "callout-info", &[])?)],
            content: vec![Block::Paragraph {
                content: vec![Inline::text(locales.message(lang, "binding-note", &[])?)],
                origin: Origin::default(),
            }],
            origin: Origin::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> Files {
        Files::Dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")))
    }

    #[test]
    fn the_bundled_house_loads() {
        let house = House::load(&repo(), "house").unwrap();
        assert_eq!(house.settings.organisation, "Gemeente Helderstad");
        assert_eq!(house.context()["phone"], "14 020");
        assert!(house.typst.contains("json(\"/letter.json\")"));
        assert!(!house.settings.fonts.files.is_empty());
    }

    #[test]
    fn errors_name_the_file_and_position() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("house")).unwrap();
        std::fs::write(dir.path().join("house/house.toml"), "organisation = 3\n").unwrap();
        let files = Files::Dir(dir.path().to_path_buf());
        let err = House::load(&files, "house").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.to_string().contains("house/house.toml:1:"), "{err}");

        std::fs::remove_file(dir.path().join("house/house.toml")).unwrap();
        let err = House::load(&files, "house").unwrap_err();
        assert!(
            err.to_string().contains("cannot read the house style"),
            "{err}"
        );
    }
}

//! The house style (`house/`): who sends the letters and how they look. It owns
//! `house.toml` (letterhead, return address, contact details, signatory, the fonts the
//! style uses), `letter.typ` (the PDF layout), `letter.css` (the HTML layout) and the
//! logo, and makes the parts of every letter that come from the municipality rather than
//! from the template: the letterhead, the signature and the note that the Dutch letter
//! binds. Language-dependent texts (department, role) are Fluent messages, so one house
//! serves every language. A municipality copies and edits the folder, never Rust.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, I18nError, Language, Locales};
use crate::letter::ir::{Block, CalloutKind, Inline, Origin, Sender, Signature};
use crate::project::files::{Files, join};

pub mod image;
use self::image::{Picture, PrintSize};

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
    /// The municipality's logo in the letterhead: a PNG, JPEG or SVG file in the house
    /// folder (`logo.png`).
    #[serde(default)]
    pub logo: Option<String>,
    /// Photos of the contact persons (`[team]`), by the id the case system gives as
    /// `letter.contact_id`: `sbakker = "team/sbakker.jpg"`. A letter whose contact has
    /// one shows it beside "Questions? Call …" (`::: step contact`).
    #[serde(default)]
    pub team: BTreeMap<String, String>,
    /// The fonts `letter.typ` uses.
    pub fonts: Fonts,
    /// The pictogram of each box the house style draws (`[pictograms]`).
    #[serde(default)]
    pub pictograms: Pictograms,
    /// Colours, type sizes and where the address window is (`[look]`).
    #[serde(default)]
    pub look: Look,
}

/// The pictograms the house style puts beside its boxes, by icon name.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pictograms {
    pub deadline: String,
    pub warning: String,
    pub info: String,
    pub objection: String,
    /// The "what happens next" timeline of easy-read letters: its title pictogram.
    pub next: String,
    /// The timeline's first moment: the resident gets this letter.
    pub letter: String,
}

impl Default for Pictograms {
    fn default() -> Pictograms {
        Pictograms {
            deadline: "deadline".into(),
            warning: "warning".into(),
            info: "info".into(),
            objection: "objection".into(),
            next: "next".into(),
            letter: "envelope".into(),
        }
    }
}

/// How the letters look: colours, type sizes and the address window. Both layouts
/// (letter.typ and letter.css) read these, so a municipality changes them here once.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Look {
    /// Body text.
    pub ink: String,
    /// Headings, box frames, the letterhead.
    pub heading: String,
    /// The accent (the pictograms' second colour).
    pub accent: String,
    /// Links in HTML.
    pub link: String,
    /// The background of boxes.
    pub box_fill: String,
    /// Body size in points: B1 letters and easy-read letters.
    pub size_b1: f64,
    pub size_easy_read: f64,
    /// The envelope window, in millimetres from the page's top left corner.
    pub window: Window,
    /// The page budget: a letter longer than this is an error (the layout check).
    pub max_pages: usize,
    /// The logo's height in the letterhead, in millimetres (its width follows, at most
    /// 70 mm).
    pub logo_height: f64,
    /// Photos of the contact person on or off, and their size (a square, in mm).
    pub photo: bool,
    pub photo_size: f64,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Default for Look {
    fn default() -> Look {
        Look {
            ink: "#1b1b1b".into(),
            heading: "#1b2a4a".into(),
            accent: "#f6b73c".into(),
            link: "#0b4f9c".into(),
            box_fill: "#f2f2f2".into(),
            size_b1: 12.0,
            size_easy_read: 14.0,
            // NEN 1026 / PostNL window envelope (EA5/6): 20 mm from the left, 50 mm
            // from the top, 90 × 40 mm.
            window: Window {
                left: 20.0,
                top: 50.0,
                width: 90.0,
                height: 40.0,
            },
            max_pages: 6,
            logo_height: 14.0,
            photo: true,
            photo_size: 24.0,
        }
    }
}

/// The two layouts of a letter: B1 (plain Dutch, 12 pt) and easy read (makkelijk
/// lezen: 14 pt and up, a narrow text column beside the pictograms, a timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    #[default]
    B1,
    EasyRead,
}

impl Style {
    pub const ALL: [Style; 2] = [Style::B1, Style::EasyRead];

    pub fn name(self) -> &'static str {
        match self {
            Style::B1 => "b1",
            Style::EasyRead => "easy-read",
        }
    }
}

impl std::fmt::Display for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Style {
    type Err = String;

    fn from_str(s: &str) -> Result<Style, String> {
        Style::ALL
            .into_iter()
            .find(|style| style.name() == s.trim())
            .ok_or_else(|| format!("unknown style `{s}`: expected b1 or easy-read"))
    }
}

/// What the layouts read beside the letter's text: its style, the house's look and the
/// pictograms (with alt texts in the letter's language) of the boxes and the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Layout {
    pub style: Style,
    pub look: Look,
    /// `deadline`, `warning`, `info`, `objection`, `next`, `letter` → the pictogram.
    pub pictograms: BTreeMap<String, Pictogram>,
    /// Texts of the easy-read timeline: its title and its first moment.
    pub timeline_title: String,
    pub timeline_letter: String,
    /// The footer's page number ("Pagina 1 van 2") in the letter's language: its words
    /// and where the two numbers go, which typst fills in per page.
    pub page_of: Vec<crate::i18n::PagePart>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pictogram {
    pub icon: String,
    pub alt: String,
}

impl Layout {
    /// The pictogram of a box kind (`deadline`, ...), if the house names one.
    pub fn pictogram(&self, kind: &str) -> Option<&Pictogram> {
        self.pictograms.get(kind)
    }
}

/// Two weeks: a week over Christmas or the summer holidays is no reasonable term.
/// `min_repair_days` when house.toml does not set it.
pub const DEFAULT_MIN_REPAIR_DAYS: u32 = 14;

fn default_min_repair_days() -> u32 {
    DEFAULT_MIN_REPAIR_DAYS
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
    /// The logo and the team's photos, checked and print-sized once.
    pub logo: Option<Picture>,
    pub photos: BTreeMap<String, Picture>,
}

/// The widest a logo prints, in millimetres (the contact lines sit beside it).
pub const LOGO_MAX_WIDTH_MM: f64 = 70.0;

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
    /// Loads `dir/house.toml`, `letter.typ`, `letter.css` and the pictures it names.
    pub fn load(files: &Files, dir: &str) -> Result<House, HouseError> {
        House::load_over(files, dir, None)
    }

    /// As [`House::load`]; a `letter.typ` or `letter.css` the folder leaves out comes
    /// from `base` (a house folder that only changes house.toml and the logo keeps the
    /// bundled layout, and gets its fixes).
    pub fn load_over(files: &Files, dir: &str, base: Option<&House>) -> Result<House, HouseError> {
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
        let look = &settings.look;
        for (name, value) in [
            ("ink", &look.ink),
            ("heading", &look.heading),
            ("accent", &look.accent),
            ("link", &look.link),
            ("box_fill", &look.box_fill),
        ] {
            let ok = value.len() == 7
                && value.starts_with('#')
                && value[1..].chars().all(|c| c.is_ascii_hexdigit());
            if !ok {
                return Err(HouseError {
                    file: files.display(&toml_rel),
                    line: 0,
                    column: 0,
                    message: format!("[look] {name} = {value:?}: expected a colour as \"#rrggbb\""),
                });
            }
        }
        for (name, value, low, high) in [
            ("size_b1", look.size_b1, 9.0, 20.0),
            ("size_easy_read", look.size_easy_read, 14.0, 24.0),
            ("window.left", look.window.left, 0.0, 120.0),
            ("window.top", look.window.top, 20.0, 200.0),
            ("window.width", look.window.width, 60.0, 120.0),
            ("window.height", look.window.height, 25.0, 60.0),
            ("logo_height", look.logo_height, 6.0, 30.0),
            ("photo_size", look.photo_size, 12.0, 40.0),
        ] {
            if !(low..=high).contains(&value) {
                return Err(HouseError {
                    file: files.display(&toml_rel),
                    line: 0,
                    column: 0,
                    message: format!(
                        "[look] {name} = {value}: expected {low} to {high}{}",
                        if name.starts_with("size") {
                            " points"
                        } else {
                            " mm"
                        }
                    ),
                });
            }
        }
        let picture = |name: &str, path: &str, size: PrintSize, what: &str| {
            let rel = join(dir, name);
            let fail = |message: String| HouseError {
                file: files.display(&rel),
                line: 0,
                column: 0,
                message: format!("{what} named in house.toml: {message}"),
            };
            let bytes = files
                .read(&rel)
                .map_err(|e| fail(format!("cannot read it: {e}")))?;
            image::load(&bytes, path, size).map_err(fail)
        };
        let logo = match &settings.logo {
            Some(name) => Some(picture(
                name,
                "/house/logo",
                PrintSize {
                    width_mm: LOGO_MAX_WIDTH_MM,
                    height_mm: look.logo_height,
                },
                "the logo",
            )?),
            None => None,
        };
        let mut photos = BTreeMap::new();
        for (id, name) in &settings.team {
            // The id becomes a file path inside typst's world: never `..` or a slash.
            crate::diag::check_id(crate::diag::IdKind::Slug, id).map_err(|why| HouseError {
                file: files.display(&toml_rel),
                line: 0,
                column: 0,
                message: format!("[team] {id:?}: {why}"),
            })?;
            let size = PrintSize {
                width_mm: look.photo_size,
                height_mm: look.photo_size,
            };
            let photo = picture(
                name,
                &format!("/house/team/{id}"),
                size,
                &format!("the photo of {id:?}"),
            )?;
            photos.insert(id.clone(), photo);
        }
        let context = serde_json::to_value(&settings).map_err(|e| HouseError {
            file: files.display(&toml_rel),
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
        let inherited = |name: &str| base.filter(|_| !files.is_file(&join(dir, name)));
        let (typst, typst_file) = match inherited("letter.typ") {
            Some(base) => (base.typst.clone(), base.typst_file.clone()),
            None => (read("letter.typ")?, files.display(&join(dir, "letter.typ"))),
        };
        let css = match inherited("letter.css") {
            Some(base) => base.css.clone(),
            None => read("letter.css")?,
        };
        Ok(House {
            settings,
            context,
            typst,
            typst_file,
            css,
            logo,
            photos,
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
            logo: self.logo.clone(),
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

    /// The layout of a letter in `lang` and `style`: the house's look and its box
    /// pictograms with their alt texts. Unknown pictogram names are an error naming
    /// house.toml and the nearest names.
    pub fn layout(
        &self,
        lang: Language,
        style: Style,
        locales: &Locales,
        icons: &crate::icons::Icons,
    ) -> Result<Layout, crate::Error> {
        let p = &self.settings.pictograms;
        let mut pictograms = BTreeMap::new();
        for (kind, name) in [
            ("deadline", &p.deadline),
            ("warning", &p.warning),
            ("info", &p.info),
            ("objection", &p.objection),
            ("next", &p.next),
            ("letter", &p.letter),
        ] {
            let Some(icon) = icons.get(name) else {
                return Err(crate::Error::Icons(format!(
                    "house/house.toml [pictograms] {kind}: {}",
                    crate::letter::parse::unknown_icon(
                        name,
                        icons
                            .iter()
                            .map(|i| (i.name.as_str(), i.keywords.as_slice()))
                    )
                )));
            };
            let alt = locales.message(lang, &icon.alt, &[])?;
            pictograms.insert(
                kind.to_string(),
                Pictogram {
                    icon: icon.name.clone(),
                    alt,
                },
            );
        }
        let (timeline_title, timeline_letter) = if style == Style::EasyRead {
            (
                locales.message(lang, "timeline-title", &[])?,
                locales.message(lang, "timeline-letter", &[])?,
            )
        } else {
            (String::new(), String::new())
        };
        Ok(Layout {
            style,
            look: self.settings.look.clone(),
            pictograms,
            timeline_title,
            timeline_letter,
            page_of: locales.page_numbers(lang)?,
        })
    }

    /// Awb 2:6: the Dutch letter binds; a translation says so before anything else.
    pub fn binding_note(&self, lang: Language, locales: &Locales) -> Result<Block, I18nError> {
        Ok(Block::Callout {
            kind: CalloutKind::Info,
            // A title of its own: a letter's other info boxes are "Good to know" too,
            // and two regions of one name are one for a screen reader.
            title: vec![Inline::text(locales.message(
                lang,
                "binding-note-title",
                &[],
            )?)],
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

//! PDF and PNG through typst, in-process. Fonts, library, house style and icons are
//! loaded once (`Typesetter`), shared read-only; each letter gets a cheap World that
//! adds only the letter's JSON (at the fixed path `/letter.json`) and its date.
//!
//! Safety of resident data: the letter reaches typst only as JSON bytes that the house
//! style reads with `json()`. Strings read that way are values shown as text; nothing
//! is ever evaluated as markup, so `#panic()` or `*x*` in a name prints as written.
//!
//! PDF standards (checked against typst 0.15.1 / krilla 0.8.2, see `tests/pdf.rs`):
//! PDF/A-2b and PDF/UA-1 combine (krilla accepts one archival and one accessibility
//! validator together; the file is PDF 1.7 with both ids in its XMP). Every letter is
//! tagged and exported as PDF/A-2b + PDF/UA-1 — Arabic included: right-to-left text
//! shaped with Noto Sans Arabic keeps a Unicode mapping for every glyph, which is what
//! UA-1 checks for text. UA-1 also needs a document title, headings for the outline
//! (the house style makes the letter title an H1) and alt text on every image. A letter
//! that breaks one of those (an empty title or alt text) is exported again as PDF/A-2b
//! only, still tagged, and [`Conformance`] says so: the archive copy matters more than
//! the UA claim.

mod check;
mod coverage;
mod world;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use ::typst::diag::{Severity, SourceDiagnostic};
use ::typst::foundations::{Bytes, Datetime, Smart};
use ::typst::syntax::{DiagSpan, DiagSpanKind};
use ::typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use ::typst::text::{Font, FontBook};
use ::typst::utils::LazyHash;
use ::typst::{Library, LibraryExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::house::House;
use crate::icons::Icons;
use crate::letter::Letter;
use crate::letter::ir::{Block, ChecklistItem};
use crate::render::{Backend, Format, Output};

pub use coverage::Uncovered;
use world::LetterWorld;

/// How many compilations a cached result may stay unused before typst's memo cache
/// drops it: small, because letters share little beyond the house style.
const EVICT_AGE: usize = 10;

/// The standards a PDF claims (in its XMP metadata); both are tagged PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conformance {
    /// PDF/A-2b and PDF/UA-1: the normal case, in every language helder writes.
    PdfA2bUa1,
    /// PDF/A-2b only: the letter broke a PDF/UA-1 rule (see [`Typesetter::pdf_with_conformance`]).
    PdfA2b,
}

/// Everything typst needs that does not change per letter.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    letter_id: FileId,
    /// Icon SVGs at `/icons/<name>.svg` and the house's pictures at `/house/...`,
    /// FileIds created once here.
    icons: HashMap<FileId, Bytes>,
    icon_names: HashSet<String>,
    /// The package that provides the house's fonts (house.toml `[fonts] package`).
    font_package: String,
}

impl Typesetter {
    /// Builds the typesetter for `house` (its `letter.typ` and fonts) and the pictograms.
    /// Fonts are read from the folders house.toml names and from `font_dirs`; a missing
    /// one is an error naming it and the Debian package that provides it.
    pub fn new(
        house: &House,
        icons: &Icons,
        font_dirs: &[PathBuf],
    ) -> Result<Typesetter, TypstError> {
        Typesetter::with_icons(
            house,
            icons
                .iter()
                .map(|icon| (icon.name.clone(), icon.svg.clone()))
                // An old name (an alias) finds the same file.
                .chain(icons.aliases().filter_map(|(alias, name)| {
                    Some((alias.to_string(), icons.get(name)?.svg.clone()))
                })),
            font_dirs,
        )
    }

    /// As [`Typesetter::new`], with the pictograms given as (name, SVG) pairs.
    pub fn with_icons(
        house: &House,
        icons: impl IntoIterator<Item = (String, String)>,
        font_dirs: &[PathBuf],
    ) -> Result<Typesetter, TypstError> {
        let fonts = load_fonts(&house.settings.fonts, font_dirs)?;
        let book = FontBook::from_fonts(&fonts);

        let main = Source::new(fixed_id("/letter.typ")?, house.typst.clone());
        let (errors, _) = main.root().errors_and_warnings();
        if let Some(error) = errors.first() {
            let line = line_of(&main, error.span).map_or(String::new(), |l| format!(":{l}"));
            return Err(TypstError::HouseStyle(format!(
                "{}{line}: {}",
                house.typst_file.display(),
                error.message
            )));
        }

        let mut icon_files = HashMap::new();
        let mut icon_names = HashSet::new();
        for (name, svg) in icons {
            // The name becomes a file path inside typst's world: never `..` or a slash.
            if let Err(why) = crate::diag::check_id(crate::diag::IdKind::Icon, &name) {
                return Err(TypstError::Icon(format!("icon {name:?}: {why}")));
            }
            let id = fixed_id(&format!("/icons/{name}.svg"))?;
            icon_files.insert(id, Bytes::new(svg.into_bytes()));
            icon_names.insert(name);
        }
        // The house's logo and team photos, at the paths the house gave them when it
        // loaded (`/house/logo.png`): a fixed set, so FileIds are made once.
        for picture in house.logo.iter().chain(house.photos.values()) {
            let id = fixed_id(&picture.path)?;
            icon_files.insert(id, Bytes::new(picture.bytes.to_vec()));
        }

        Ok(Typesetter {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            fonts,
            main,
            letter_id: fixed_id("/letter.json")?,
            icons: icon_files,
            icon_names,
            font_package: house.settings.fonts.package.clone(),
        })
    }

    /// Compiles `letter` once and exports it in each of `formats` (PDF and/or PNG).
    pub fn render(&self, letter: &Letter, formats: &[Format]) -> Result<Vec<Output>, TypstError> {
        self.typeset(letter, |document| {
            formats
                .iter()
                .map(|format| match format {
                    Format::Pdf => {
                        let (bytes, conformance) = self.export_pdf(letter, document)?;
                        Ok(Output::Pdf {
                            bytes,
                            pages: document.pages().len(),
                            conformance,
                        })
                    }
                    Format::Png => Ok(Output::Png {
                        pages: export_png(document)?,
                    }),
                    other => Err(TypstError::Other(format!("typst does not make {other}"))),
                })
                .collect()
        })
    }

    fn export_pdf(
        &self,
        letter: &Letter,
        document: &PagedDocument,
    ) -> Result<(Vec<u8>, Conformance), TypstError> {
        let date = letter.meta.date;
        let timestamp = Timestamp::new_utc(
            Datetime::from_ymd_hms(date.year(), date.month() as u8, date.day(), 0, 0, 0)
                .ok_or_else(|| TypstError::Date(letter.meta.date.to_string()))?,
        );
        let options = |standards: &[PdfStandard]| -> Result<PdfOptions, TypstError> {
            Ok(PdfOptions {
                ident: Smart::Custom(letter.meta.id.clone()),
                timestamp: Some(timestamp),
                standards: PdfStandards::new(standards)
                    .map_err(|e| TypstError::Export(e.message().to_string()))?,
                tagged: true,
                ..PdfOptions::default()
            })
        };
        let both = [PdfStandard::A_2b, PdfStandard::Ua_1];
        if let Ok(bytes) = typst_pdf::pdf(document, &options(&both)?) {
            return Ok((bytes, Conformance::PdfA2bUa1));
        }
        typst_pdf::pdf(document, &options(&[PdfStandard::A_2b])?)
            .map(|bytes| (bytes, Conformance::PdfA2b))
            .map_err(|errors| self.diagnostics(&errors))
    }

    /// The characters of `letter` that no loaded font can show.
    pub fn uncovered(&self, letter: &Letter) -> Vec<Uncovered> {
        coverage::uncovered(letter, |c| {
            self.fonts
                .iter()
                .any(|font| font.info().coverage.contains(c as u32))
        })
    }

    /// The font families of the letter's language (its profile's `fonts`) must be loaded:
    /// typst would otherwise fall back to another font without a word.
    fn check_fonts(&self, letter: &Letter) -> Result<(), TypstError> {
        let meta = &letter.meta;
        match meta
            .fonts
            .iter()
            .find(|family| !self.book.contains_family(&family.to_lowercase()))
        {
            None => Ok(()),
            Some(family) => Err(TypstError::Font(format!(
                "letter {} (language {}): font family `{family}` (`fonts` in \
                 locales/{}/language.toml) is not loaded: list its files in house.toml [fonts] \
                 (the house's fonts come from the Debian package {}) or give their folder with \
                 --font-dir",
                meta.id, meta.language, meta.language, self.font_package
            ))),
        }
    }

    /// Checks, compiles and hands the document to `export`, with panics caught and
    /// typst's memo cache trimmed afterwards.
    fn typeset<T>(
        &self,
        letter: &Letter,
        export: impl FnOnce(&PagedDocument) -> Result<T, TypstError>,
    ) -> Result<T, TypstError> {
        self.check_icons(letter)?;
        self.check_fonts(letter)?;
        let missing = self.uncovered(letter);
        if !missing.is_empty() {
            return Err(coverage_error(letter, &missing, &self.font_package));
        }
        let json = serde_json::to_vec(letter)
            .map_err(|e| TypstError::Other(format!("cannot serialise letter: {e}")))?;
        let world = LetterWorld::new(self, Bytes::new(json), letter.meta.date);

        let result = guarded(&letter.meta.id, || {
            let document = ::typst::compile::<PagedDocument>(&world)
                .output
                .map_err(|errors| self.diagnostics(&errors))?;
            check::layout(letter, &document)?;
            export(&document)
        });
        ::typst::comemo::evict(EVICT_AGE);
        result
    }

    /// Every pictogram a letter names must be loaded: typst would only say "file not
    /// found" for `/icons/x.svg`.
    fn check_icons(&self, letter: &Letter) -> Result<(), TypstError> {
        let mut names = Vec::new();
        icon_names(&letter.body, &mut names);
        for name in names {
            if !self.icon_names.contains(name) {
                let mut known: Vec<&str> = self.icon_names.iter().map(String::as_str).collect();
                known.sort_unstable();
                return Err(TypstError::Icon(format!(
                    "letter {} uses pictogram {name:?}, which is not in icons/ (known: {})",
                    letter.meta.id,
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }

    /// Turns typst errors into one message, each with the house-style line it points at.
    fn diagnostics(&self, errors: &[SourceDiagnostic]) -> TypstError {
        let mut message = String::new();
        let mut first_line = None;
        for error in errors.iter().filter(|e| e.severity == Severity::Error) {
            if !message.is_empty() {
                message.push_str("; ");
            }
            message.push_str(&error.message);
            // The span may point into the JSON or nowhere; the trace then still leads
            // back to the house style.
            let mut spans =
                std::iter::once(error.span).chain(error.trace.iter().map(|t| t.span.into()));
            let line = spans.find_map(|span| line_of(&self.main, span));
            if let Some(line) = line {
                let _ = write!(message, " (letter.typ line {line})");
                first_line.get_or_insert(line);
            }
            for hint in &error.hints {
                let _ = write!(message, " hint: {}", hint.v);
            }
        }
        TypstError::Compile {
            message,
            line: first_line,
        }
    }
}

/// Runs `f`, turning a panic (typst has had reported ones) into an error naming the
/// letter, so one bad letter never takes down a batch or the server.
fn guarded<T>(letter_id: &str, f: impl FnOnce() -> Result<T, TypstError>) -> Result<T, TypstError> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(TypstError::Panic {
            letter: letter_id.to_string(),
            message,
        })
    })
}

/// The 1-based line of `source` that `span` points at, if it points into it.
fn line_of(source: &Source, span: DiagSpan) -> Option<usize> {
    let range = match span.get() {
        DiagSpanKind::Number { id, num, sub_range } if id == source.id() => {
            source.range(num, sub_range)?
        }
        DiagSpanKind::Range { id, range } if id == source.id() => range,
        _ => return None,
    };
    source.lines().byte_to_line(range.start).map(|l| l + 1)
}

/// Builds a FileId for a fixed path. Only ever called while building the Typesetter:
/// file ids are interned for the life of the process (at most 65,535).
fn fixed_id(path: &str) -> Result<FileId, TypstError> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| TypstError::Other(format!("bad virtual path {path}: {e:?}")))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

fn icon_names<'a>(blocks: &'a [Block], out: &mut Vec<&'a str>) {
    for block in blocks {
        match block {
            Block::Step { icon, content, .. } => {
                out.push(icon);
                icon_names(content, out);
            }
            Block::Checklist { items, .. } => {
                out.extend(items.iter().map(|item: &ChecklistItem| item.icon.as_str()))
            }
            Block::List { items, .. } => items.iter().for_each(|item| icon_names(item, out)),
            Block::Callout { content, .. } | Block::Objection { content, .. } => {
                icon_names(content, out)
            }
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Table { .. }
            | Block::Address { .. } => {}
        }
    }
}

/// PNG previews at two pixels per point (144 dpi): sharp on screen, small enough to send.
const PNG_PIXELS_PER_PT: f64 = 2.0;

/// One PNG per page.
fn export_png(document: &PagedDocument) -> Result<Vec<Vec<u8>>, TypstError> {
    let options = typst_render::RenderOptions {
        pixel_per_pt: PNG_PIXELS_PER_PT.into(),
        render_bleed: false,
    };
    document
        .pages()
        .iter()
        .map(|page| {
            typst_render::render(page, &options)
                .encode_png()
                .map_err(|e| TypstError::Export(format!("PNG encoding failed: {e}")))
        })
        .collect()
}

fn coverage_error(letter: &Letter, missing: &[Uncovered], package: &str) -> TypstError {
    let language = letter.meta.language.to_string();
    let chars = missing
        .iter()
        .map(|m| format!("U+{:04X} {:?} in {}", m.ch as u32, m.ch, m.field))
        .collect::<Vec<_>>()
        .join(", ");
    let mut hints: Vec<String> = Vec::new();
    for hint in missing.iter().map(|m| coverage::font_hint(m.ch)) {
        if !hints.contains(&hint) {
            hints.push(hint);
        }
    }
    TypstError::MissingGlyphs {
        letter: letter.meta.id.clone(),
        language,
        chars,
        install: hints.join("; "),
        package: package.to_owned(),
    }
}

/// Reads every .ttf/.otf/.ttc in `font_dirs`, then the fonts the house style names that
/// those did not provide, from the folders house.toml lists.
fn load_fonts(house: &crate::house::Fonts, font_dirs: &[PathBuf]) -> Result<Vec<Font>, TypstError> {
    let mut fonts = Vec::new();
    for dir in font_dirs {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            TypstError::Font(format!("cannot read font directory {}: {e}", dir.display()))
        })?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| {
                path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(e.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc")
                })
            })
            .collect();
        // Directory order is arbitrary; font indices must not be (deterministic output).
        paths.sort();
        for path in paths {
            let loaded = read_font(&path)?;
            if loaded.is_empty() {
                return Err(TypstError::Font(format!(
                    "{} holds no usable font face",
                    path.display()
                )));
            }
            fonts.extend(loaded);
        }
    }
    for wanted in &house.files {
        let have = |fonts: &[Font]| {
            fonts.iter().any(|f| {
                f.info().family == wanted.family
                    && (f.info().variant.weight.to_number() >= 600) == wanted.bold
            })
        };
        if have(&fonts) {
            continue;
        }
        let Some(path) = house
            .dirs
            .iter()
            .map(|dir| dir.join(&wanted.file))
            .find(|path| path.is_file())
        else {
            let searched: Vec<String> =
                house.dirs.iter().map(|d| d.display().to_string()).collect();
            return Err(TypstError::Font(format!(
                "font {}{} ({}) not found in {}: install the Debian package {} \
                 (apt-get install {}) or pass a folder holding {} with --font-dir",
                wanted.family,
                if wanted.bold { " Bold" } else { "" },
                wanted.file,
                searched.join(", "),
                house.package,
                house.package,
                wanted.file,
            )));
        };
        fonts.extend(read_font(&path)?);
    }
    Ok(fonts)
}

fn read_font(path: &Path) -> Result<Vec<Font>, TypstError> {
    let data = std::fs::read(path)
        .map_err(|e| TypstError::Font(format!("cannot read font {}: {e}", path.display())))?;
    Ok(Font::iter(Bytes::new(data)).collect())
}

/// The typst backend: PDF and PNG pages from one compile. The typesetter (fonts, typst
/// library, house style, pictograms) is built on first use and shared afterwards: HTML
/// and text never pay for it.
pub struct Typst {
    house: std::sync::Arc<House>,
    icons: std::sync::Arc<Icons>,
    font_dirs: Vec<PathBuf>,
    typesetter: std::sync::OnceLock<Result<Typesetter, TypstError>>,
}

impl Typst {
    pub fn new(
        house: std::sync::Arc<House>,
        icons: std::sync::Arc<Icons>,
        font_dirs: Vec<PathBuf>,
    ) -> Typst {
        Typst {
            house,
            icons,
            font_dirs,
            typesetter: std::sync::OnceLock::new(),
        }
    }

    /// The typesetter, built on first use.
    pub fn typesetter(&self) -> Result<&Typesetter, TypstError> {
        self.typesetter
            .get_or_init(|| Typesetter::new(&self.house, &self.icons, &self.font_dirs))
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl Backend for Typst {
    fn formats(&self) -> &'static [Format] {
        &[Format::Pdf, Format::Png]
    }

    fn render(&self, letter: &Letter, formats: &[Format]) -> Result<Vec<Output>, crate::Error> {
        Ok(self.typesetter()?.render(letter, formats)?)
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum TypstError {
    /// A font is missing or unreadable.
    #[error("{0}")]
    Font(String),
    /// The house style cannot be read or does not parse.
    #[error("house style: {0}")]
    HouseStyle(String),
    #[error("{0}")]
    Icon(String),
    #[error("bad letter date: {0}")]
    Date(String),
    /// Text in the letter that no loaded font can show (it would print as empty boxes).
    #[error(
        "letter {letter} (language {language}) has characters no loaded font can show: {chars}. \
         To fix: {install}, and list it in house.toml [fonts] and in `fonts` of \
         locales/{language}/language.toml (the house's fonts come from the Debian package \
         {package}); helder also reads fonts from a folder given with --font-dir"
    )]
    MissingGlyphs {
        letter: String,
        language: String,
        chars: String,
        install: String,
        /// The package of the house's fonts (house.toml `[fonts] package`).
        package: String,
    },
    /// typst reported errors; `line` is the first house-style line they point at.
    #[error("typst: {message}")]
    Compile {
        message: String,
        line: Option<usize>,
    },
    #[error("PDF export: {0}")]
    Export(String),
    /// The layout check after typesetting: what lies outside its region, naming the field.
    #[error("{0}")]
    Layout(String),
    #[error("typst panicked on letter {letter}: {message}")]
    Panic { letter: String, message: String },
    #[error("{0}")]
    Other(String),
}

#[cfg(test)]
mod tests;

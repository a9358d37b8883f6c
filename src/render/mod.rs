//! Backends over the Letter IR, as mdBook's renderers are over its book: HTML, plain
//! text, and typst (PDF and PNG pages from one compile). Every caller renders through
//! [`Backend`]; which backend makes which format is decided here, once.

pub mod html;
pub mod text;
pub mod typst;

use std::sync::Arc;

use serde::Serialize;

use crate::error::Error;
use crate::icons::Icons;
use crate::letter::Letter;

pub use self::typst::Conformance;

/// The stack every thread that renders letters gets. Typst's layout and shaping recurse
/// deeper than the 2 MiB a spawned thread has by default (an Arabic letter overflowed it
/// in a debug build); the main thread has 8 MiB. Memory is only touched as used.
pub const THREAD_STACK: usize = 16 * 1024 * 1024;

/// An output format a letter can be rendered to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Html,
    Png,
    Txt,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Pdf, Format::Html, Format::Png, Format::Txt];

    /// The name as users write it (`--format pdf`), also the file extension.
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Png => "png",
            Format::Txt => "txt",
        }
    }

    pub fn extension(self) -> &'static str {
        self.name()
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown format `{s}`: expected pdf, html, png or txt"))
    }
}

/// A rendered letter in one format.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Pdf {
        bytes: Vec<u8>,
        pages: usize,
        /// The standards the file claims.
        conformance: Conformance,
    },
    /// One PNG per page.
    Png {
        pages: Vec<Vec<u8>>,
    },
    Html(String),
    Text(String),
}

impl Output {
    pub fn format(&self) -> Format {
        match self {
            Output::Pdf { .. } => Format::Pdf,
            Output::Png { .. } => Format::Png,
            Output::Html(_) => Format::Html,
            Output::Text(_) => Format::Txt,
        }
    }

    /// The files of this output: one, or one per page for PNG.
    pub fn files(&self) -> Vec<&[u8]> {
        match self {
            Output::Pdf { bytes, .. } => vec![bytes],
            Output::Png { pages } => pages.iter().map(Vec::as_slice).collect(),
            Output::Html(html) => vec![html.as_bytes()],
            Output::Text(text) => vec![text.as_bytes()],
        }
    }

    /// Pages on paper, where the format knows them.
    pub fn pages(&self) -> Option<usize> {
        match self {
            Output::Pdf { pages, .. } => Some(*pages),
            Output::Png { pages } => Some(pages.len()),
            Output::Html(_) | Output::Text(_) => None,
        }
    }
}

/// Turns a Letter into files. Implemented by the HTML, text and typst backends; one
/// call renders every format asked of that backend, from one pass over the letter.
pub trait Backend: Send + Sync {
    /// The formats this backend makes.
    fn formats(&self) -> &'static [Format];

    /// Renders `letter` in each of `formats` (all among [`Backend::formats`]), in that
    /// order.
    fn render(&self, letter: &Letter, formats: &[Format]) -> Result<Vec<Output>, Error>;
}

/// The HTML backend: one self-contained file, CSS and pictograms inline.
#[derive(Clone)]
pub struct Html {
    icons: Arc<Icons>,
    css: Arc<str>,
}

impl Html {
    pub fn new(icons: Arc<Icons>, css: &str) -> Html {
        Html {
            icons,
            css: css.into(),
        }
    }
}

impl Backend for Html {
    fn formats(&self) -> &'static [Format] {
        &[Format::Html]
    }

    fn render(&self, letter: &Letter, formats: &[Format]) -> Result<Vec<Output>, Error> {
        let html = html::render(letter, &self.icons, &self.css);
        Ok(formats.iter().map(|_| Output::Html(html.clone())).collect())
    }
}

/// The plain-text backend.
pub struct Text;

impl Backend for Text {
    fn formats(&self) -> &'static [Format] {
        &[Format::Txt]
    }

    fn render(&self, letter: &Letter, formats: &[Format]) -> Result<Vec<Output>, Error> {
        let text = text::render(letter);
        Ok(formats.iter().map(|_| Output::Text(text.clone())).collect())
    }
}

/// Renders `letter` in every format of `formats` with the backend that makes it, each
/// backend called once; outputs come back in the order of `formats` (duplicates dropped).
pub fn render_all(
    backends: &[&dyn Backend],
    letter: &Letter,
    formats: &[Format],
) -> Result<Vec<Output>, Error> {
    let mut wanted: Vec<Format> = Vec::with_capacity(formats.len());
    for f in formats {
        if !wanted.contains(f) {
            wanted.push(*f);
        }
    }
    let mut outputs: Vec<Option<Output>> = vec![None; wanted.len()];
    for backend in backends {
        let mine: Vec<Format> = wanted
            .iter()
            .copied()
            .filter(|f| backend.formats().contains(f))
            .collect();
        if mine.is_empty() {
            continue;
        }
        for output in backend.render(letter, &mine)? {
            if let Some(i) = wanted.iter().position(|f| *f == output.format()) {
                outputs[i] = Some(output);
            }
        }
    }
    wanted
        .iter()
        .zip(outputs)
        .map(|(format, output)| {
            output.ok_or_else(|| Error::Unsupported(format!("no backend makes {format}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_and_print() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
        }
        assert_eq!("PDF".parse::<Format>().unwrap(), Format::Pdf);
        assert!(
            "docx"
                .parse::<Format>()
                .unwrap_err()
                .contains("pdf, html, png or txt")
        );
    }
}

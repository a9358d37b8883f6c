//! PDF and PNG through typst, in-process. Fonts, library, house style and icons are
//! loaded once (`Typesetter`), shared read-only; each letter gets a cheap World.
//! OWNER: typst helper. Interface below is the contract; bodies are to be written.

use std::path::{Path, PathBuf};

use crate::icons::Icons;
use crate::letter::Letter;

/// Everything typst needs that does not change per letter.
pub struct Typesetter {
    _private: (),
}

impl Typesetter {
    /// `house_dir` holds `letter.typ`; fonts are read from the known system paths and
    /// from `font_dirs`. Fails when a required font is missing (naming it and the Debian
    /// package that provides it).
    pub fn new(
        house_dir: &Path,
        icons: &Icons,
        font_dirs: &[PathBuf],
    ) -> Result<Typesetter, TypstError> {
        let _ = (house_dir, icons, font_dirs);
        todo!()
    }

    /// PDF bytes: tagged, PDF/A-2b, deterministic (ident from the letter id, timestamp
    /// from the letter date). Text no loaded font can show is an error, never tofu.
    pub fn pdf(&self, letter: &Letter) -> Result<Vec<u8>, TypstError> {
        let _ = letter;
        todo!()
    }

    /// One PNG per page at `pixels_per_pt` (2.0 is a good preview).
    pub fn png(&self, letter: &Letter, pixels_per_pt: f32) -> Result<Vec<Vec<u8>>, TypstError> {
        let _ = (letter, pixels_per_pt);
        todo!()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TypstError {
    #[error("{0}")]
    Other(String),
}

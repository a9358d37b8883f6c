//! The one error type the library hands to its callers (CLI, server, batch).

use std::path::PathBuf;

use crate::data::DataErrors;
use crate::i18n::I18nError;
use crate::letter::parse::ParseError;
use crate::render::typst::TypstError;
use crate::template::TemplateError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The project folder (templates, locales, icons, house style) is incomplete or broken.
    #[error("{0}")]
    Setup(String),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    /// Every problem of one record.
    #[error(transparent)]
    Data(DataErrors),
    #[error(transparent)]
    Letter(#[from] ParseError),
    #[error(transparent)]
    Typst(#[from] TypstError),
    #[error("template `{template}` is not available in `{language}`: it ships {shipped}")]
    Language {
        template: String,
        language: String,
        shipped: String,
    },
    /// Every mistake of one case for the checklist.
    #[error("{0}")]
    Case(crate::checklist::CaseErrors),
    #[error("{record}: {message}")]
    Record { record: String, message: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl From<DataErrors> for Error {
    fn from(e: DataErrors) -> Self {
        Error::Data(e)
    }
}

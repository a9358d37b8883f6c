//! The one error type the library hands to its callers (CLI, server, batch).

use std::fmt;
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
    #[error("{}", DataReport(.0))]
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

/// Lists every problem of a record, one per line, so an integrator fixes them in one go.
struct DataReport<'a>(&'a DataErrors);

impl fmt::Display for DataReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = &self.0.errors;
        write!(
            f,
            "{}: {} problem{} in the data",
            self.0.record,
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )?;
        for e in errors {
            write!(f, "\n  {}: {}", e.path, e.message)?;
        }
        Ok(())
    }
}

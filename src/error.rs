//! The one error type the library hands to its callers (CLI, demo, batch, server).

use std::path::PathBuf;
use std::sync::Arc;

use crate::checklist::CatalogError;
use crate::diag::Diagnostics;
use crate::house::HouseError;
use crate::i18n::I18nError;
use crate::input::InputError;
use crate::letter::parse::ParseError;
use crate::output::OutputError;
use crate::plain::RuleError;
use crate::render::typst::TypstError;
use crate::template::TemplateError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// The folder is not a helder project, or a part of it is missing.
    #[error("{}: {message}", path.display())]
    Project { path: PathBuf, message: String },
    #[error(transparent)]
    House(#[from] HouseError),
    /// The pictograms (`icons/`) do not load.
    #[error("{0}")]
    Icons(String),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error(transparent)]
    Rules(#[from] RuleError),
    #[error("{0}")]
    Catalog(#[from] CatalogError),
    /// An input that cannot be read: too large, not UTF-8, not JSON, a key twice.
    #[error(transparent)]
    Input(#[from] InputError),
    /// Every problem of one record or case.
    #[error(transparent)]
    Data(#[from] Diagnostics),
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
    /// A request that cannot be served as asked (wrong kind of template, a format the
    /// destination cannot take).
    #[error("{record}: {message}")]
    Request { record: String, message: String },
    #[error("{0}")]
    Unsupported(String),
    /// A result could not be written.
    #[error("{0}")]
    Output(Arc<OutputError>),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
}

impl From<OutputError> for Error {
    fn from(e: OutputError) -> Error {
        Error::Output(Arc::new(e))
    }
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source: Arc::new(source),
        }
    }

    pub(crate) fn request(record: &str, message: impl Into<String>) -> Error {
        Error::Request {
            record: record.to_owned(),
            message: message.into(),
        }
    }
}

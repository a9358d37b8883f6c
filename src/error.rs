//! The one error type the library hands to its callers (CLI, demo, batch, server).

use std::path::PathBuf;
use std::sync::Arc;

use crate::checklist::CatalogError;
use crate::diag::{Code, Diagnostic, Diagnostics};
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

impl Error {
    /// Every problem this error stands for, as diagnostics: what the CLI prints
    /// rustc-style and the server returns as JSON.
    pub fn diagnostics(&self) -> Diagnostics {
        if let Error::Data(all) = self {
            // Keeps the count of problems left out past the cap.
            return all.clone();
        }
        self.diagnostic_list().into_iter().collect()
    }

    fn diagnostic_list(&self) -> Vec<Diagnostic> {
        let one = |code: Code, message: &dyn std::fmt::Display| {
            vec![Diagnostic::error(code, message.to_string())]
        };
        match self {
            Error::Project { path, message } => {
                vec![
                    Diagnostic::error(Code::PROJECT_INVALID, message.clone()).at_file(
                        path.display().to_string(),
                        0,
                        0,
                    ),
                ]
            }
            Error::House(e) => vec![
                Diagnostic::error(Code::HOUSE_INVALID, e.message.clone()).at_file(
                    e.file.display().to_string(),
                    e.line,
                    e.column,
                ),
            ],
            Error::Icons(message) => one(Code::ICON_INVALID, message),
            Error::Template(e) => e.diagnostics(),
            Error::I18n(e) => e.diagnostics(),
            Error::Rules(e) => match e {
                RuleError::Languages(e) => e.diagnostics(),
                RuleError::Io { file, source } => vec![
                    Diagnostic::error(
                        Code::IO_READ,
                        format!("cannot read plain-language rules: {source}"),
                    )
                    .at_file(file.display().to_string(), 0, 0),
                ],
                RuleError::Invalid {
                    file,
                    line,
                    message,
                } => {
                    vec![
                        Diagnostic::error(Code::PLAIN_RULES, message.clone()).at_file(
                            file.display().to_string(),
                            *line,
                            0,
                        ),
                    ]
                }
            },
            Error::Catalog(e) => e
                .issues
                .iter()
                .map(|i| {
                    Diagnostic::error(Code::CATALOG_INVALID, i.message.clone()).at_file(
                        i.file.display().to_string(),
                        i.line,
                        0,
                    )
                })
                .collect(),
            Error::Input(e) => vec![e.diagnostic()],
            Error::Data(e) => e.iter().cloned().collect(),
            Error::Letter(e) => vec![
                Diagnostic::error(Code::LETTER_MARKDOWN, e.message.clone())
                    .at_file(&e.file, e.line, 0),
            ],
            Error::Typst(e) => vec![typst_diagnostic(e)],
            Error::Request { record, message } => {
                vec![
                    Diagnostic::error(Code::REQUEST_INVALID, message.clone()).at_record(record, ""),
                ]
            }
            Error::Unsupported(message) => one(Code::REQUEST_INVALID, message),
            Error::Output(e) => vec![
                Diagnostic::error(Code::IO_WRITE, e.message.clone()).at_file(
                    e.path.display().to_string(),
                    0,
                    0,
                ),
            ],
            Error::Io { path, source } => {
                vec![
                    Diagnostic::error(Code::IO_READ, source.to_string()).at_file(
                        path.display().to_string(),
                        0,
                        0,
                    ),
                ]
            }
        }
    }
}

fn typst_diagnostic(e: &TypstError) -> Diagnostic {
    let code = match e {
        TypstError::Font(_) => Code::FONT_MISSING,
        TypstError::HouseStyle(_) | TypstError::Compile { .. } => Code::TYPST_COMPILE,
        TypstError::Icon(_) => Code::ICON_UNKNOWN,
        TypstError::Date(_) => Code::LETTER_DATE,
        TypstError::MissingGlyphs { .. } => Code::FONT_MISSING_GLYPHS,
        TypstError::Export(_) => Code::TYPST_EXPORT,
        TypstError::Layout(_) => Code::LAYOUT_OVERFLOW,
        TypstError::Panic { .. } | TypstError::Other(_) => Code::INTERNAL_ERROR,
    };
    Diagnostic::error(code, e.to_string())
}

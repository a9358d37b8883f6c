//! Backends over the Letter IR: HTML, PDF and PNG (typst), plain text.

pub mod html;
pub mod text;
pub mod typst;

use serde::Serialize;

/// An output format a letter can be rendered to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Html,
    Png,
    Txt,
}

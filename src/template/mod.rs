//! Template packages (`templates/<id>/`: template.toml, letter.md, examples/*.json) and
//! rendering `letter.md` with Tera into Markdown. Values are Markdown-escaped on the way
//! in; `t()` reads Fluent; filters format money, dates and numbers per locale.
//! OWNER: template helper. Interface below is the contract; bodies are to be written.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::data::Schema;
use crate::i18n::{Language, Locales};
use crate::letter::ir::LetterKind;

/// One template package.
#[derive(Debug, Clone, Serialize)]
pub struct Template {
    pub id: String,
    pub kind: LetterKind,
    /// Fluent message id of the subject line.
    pub title: String,
    pub schemes: Vec<String>,
    pub languages: Vec<Language>,
    /// The template's own fields merged after the envelope fields.
    pub schema: Schema,
    pub dir: PathBuf,
    pub examples: Vec<Example>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Example {
    /// File stem: `examples/gezin.json` → `gezin`.
    pub name: String,
    pub path: PathBuf,
    #[serde(skip)]
    pub data: serde_json::Value,
}

/// Every template package under a directory, with their Tera sources compiled once.
pub struct Templates {
    _private: (),
}

/// Markdown produced by a template, with the template line of every output line.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedMarkdown {
    pub text: String,
    /// `lines[i]` is the 1-based line in `letter.md` that produced output line `i`
    /// (0-based); 0 where unknown.
    pub lines: Vec<u32>,
    /// The file the lines refer to.
    pub file: PathBuf,
}

impl Templates {
    /// Loads every `dir/<id>/` (skipping `_house`). A broken template.toml, an unknown
    /// field type or a Tera syntax error is reported with file:line:column.
    pub fn load(dir: &Path) -> Result<Templates, TemplateError> {
        let _ = dir;
        todo!()
    }

    pub fn get(&self, id: &str) -> Result<&Template, TemplateError> {
        let _ = id;
        todo!()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Template> {
        std::iter::empty()
    }

    /// Renders the template's `letter.md` for `data` (already validated by the template's
    /// schema) in `lang`. Errors (Tera runtime errors, missing Fluent messages or
    /// variables) point at letter.md line:column.
    pub fn render_markdown(
        &self,
        id: &str,
        lang: Language,
        locales: &Locales,
        data: &serde_json::Value,
    ) -> Result<RenderedMarkdown, TemplateError> {
        let _ = (id, lang, locales, data);
        todo!()
    }
}

/// Escapes text so Markdown shows it literally: every ASCII punctuation character is
/// backslash-escaped; newlines are folded to spaces.
pub fn escape_markdown(text: &str) -> String {
    let _ = text;
    todo!()
}

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("unknown template `{id}`: expected one of {known}")]
    Unknown { id: String, known: String },
    #[error("{0}")]
    Other(String),
}

//! Markdown (the output of a template) → Letter IR blocks, with pulldown-cmark.
//! OWNER: letter helper. Interface below is the contract; bodies are to be written.

use crate::i18n::{Language, Locales};
use crate::icons::Icons;
use crate::letter::ir::Block;
use crate::template::RenderedMarkdown;

/// Parses the body of a letter. Raw HTML, unsupported constructs, links other than
/// https/mailto/tel, unknown icons and malformed `:::` blocks are errors naming the
/// letter.md line.
pub fn parse_body(
    markdown: &RenderedMarkdown,
    lang: Language,
    icons: &Icons,
    locales: &Locales,
) -> Result<Vec<Block>, ParseError> {
    let _ = (markdown, lang, icons, locales);
    todo!()
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ParseError {
    pub file: String,
    pub line: u32,
    pub message: String,
}

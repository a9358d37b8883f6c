//! The Letter IR and how Markdown becomes it.

pub mod ir;
pub mod parse;

pub use ir::{Block, Inline, Letter};

//! The Letter IR and how Markdown becomes it.

mod fences;
pub mod ir;
pub mod parse;

pub use ir::{Block, Inline, Letter};

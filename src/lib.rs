//! helder: decision data from a case system to letters residents can read, and one
//! merged document checklist per resident.
//!
//! One pipeline for every caller, as mdBook runs one book through its renderers: a
//! [`Project`] (templates, messages, pictograms, house style, scheme catalog; loaded once,
//! shared, each part reloadable) turns a [`Request`] (template, language, data, options)
//! into a [`Letter`] (the IR), and a [`Backend`] turns the letter into [`Output`] (HTML,
//! text, PDF and PNG). The CLI, the demo, batch and the server call only this.
//!
//! ```no_run
//! use helder::{Format, Project, Request};
//! use helder::i18n::Language;
//! let project = Project::open(".")?;
//! let data = serde_json::from_str(&std::fs::read_to_string("data.json").unwrap()).unwrap();
//! let request = Request::new("data.json", "bijzondere-bijstand-toekenning", Language::from_code("nl")?, data);
//! let (letter, outputs) = project.make(&request, &[Format::Pdf, Format::Png])?;
//! # Ok::<(), helder::Error>(())
//! ```

pub mod batch;
pub mod calendar;
pub mod checklist;
pub mod data;
pub mod demo;
pub mod diag;
pub mod house;
pub mod i18n;
pub mod icons;
pub mod input;
pub mod letter;
pub mod output;
pub mod plain;
pub mod project;
pub mod render;
pub mod request;
pub mod server;

mod error;

mod template;

pub use error::Error;
pub use letter::Letter;
pub use project::{Part, Project};
pub use render::{Backend, Format, Output};
pub use request::{CheckedLetter, Example, Merged, Options, Request};
pub use template::{Template, TemplateError};

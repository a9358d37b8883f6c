//! helder: decision data from a case system to letters residents can read, and one
//! merged document checklist per resident.
//!
//! Stages, one module each: [`data`] (schema, validation) → [`template`] (Tera, escaping)
//! with [`i18n`] (Fluent, ICU4X) → [`letter`] (Markdown → Letter IR) → [`render`]
//! (HTML, PDF, PNG, text). [`plain`] checks the IR; [`checklist`] merges document requests.
//! [`Helder`] ties the stages together; the CLI is a thin shell over it.

pub mod calendar;
pub mod checklist;
pub mod data;
pub mod demo;
pub mod i18n;
pub mod icons;
pub mod letter;
pub mod output;
pub mod plain;
pub mod render;
pub mod template;

mod engine;
mod error;
mod house;
#[allow(dead_code)] // until the Project loader reads the bundle
mod project {
    pub mod bundled;
}

pub use engine::{CaseFile, CheckedLetter, ExampleLetter, Helder, Output};
pub use error::Error;
pub use house::House;

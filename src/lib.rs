//! helder: decision data from a case system to letters residents can read, and one
//! merged document checklist per resident.
//!
//! Stages, one module each: [`data`] (schema, validation) → [`template`] (Tera, escaping)
//! with [`i18n`] (Fluent, ICU4X) → [`letter`] (Markdown → Letter IR) → [`render`]
//! (HTML, PDF, PNG, text). [`plain`] checks the IR; [`checklist`] merges document requests.

pub mod calendar;
pub mod checklist;
pub mod data;
pub mod i18n;
pub mod icons;
pub mod letter;
pub mod plain;
pub mod render;
pub mod template;

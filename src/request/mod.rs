//! The driver: one [`Request`] becomes one [`Letter`](crate::Letter), for every caller.
//! The CLI, the demo, batch and the server call only this; none of them re-implements a
//! step. The stages, in order: the template is looked up once; the data is validated
//! against its schema and the envelope read (the letter date parsed once); deadlines
//! are computed; Tera renders letter.md; the Markdown becomes the Letter IR; a backend
//! renders the IR ([`Project::render`]).

mod check;
mod checklist;
mod letter;
mod statics;
mod translations;

use serde_json::Value;
use time::Date;

use crate::data::DataFormat;
use crate::error::Error;
use crate::i18n::Language;
use crate::input::Input;
use crate::letter::Letter;
use crate::project::Project;
use crate::render::{self, Format, Output};

pub use check::CheckedLetter;
pub use checklist::Merged;

/// One letter to make.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Names the record in every diagnostic: `stdin`, `data.json`, `batch.jsonl:17`.
    pub record: String,
    /// The template id (`helder templates` lists them).
    pub template: String,
    pub language: Language,
    /// The decision data, as the template's schema describes it. For a checklist
    /// template: the case file (the case, and the letter's `letter`, `recipient` and
    /// `address`).
    pub data: Value,
    pub options: Options,
}

/// How to make a letter, beyond its data.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The day a checklist is made: deadlines and "letter date" periods count from it.
    /// Default: the case file's `letter.date`, else today.
    pub checklist_date: Option<Date>,
    /// The layout: B1 or easy read (`--style easy-read`); None: the template's
    /// (template.toml `style`, default B1).
    pub style: Option<crate::house::Style>,
    /// Also the binding Dutch text (Awb 2:6), after the translation: a bilingual letter
    /// (`--with-dutch`). Nothing changes for a letter that is in Dutch already.
    pub with_dutch: bool,
}

impl Request {
    pub fn new(
        record: impl Into<String>,
        template: impl Into<String>,
        language: Language,
        data: Value,
    ) -> Request {
        Request {
            record: record.into(),
            template: template.into(),
            language,
            data,
            options: Options::default(),
        }
    }
}

/// One example letter a template ships (`templates/<id>/examples/*.json`, or for a
/// checklist template the cases in `examples/cases/`), in one of its languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub template: String,
    pub language: Language,
    /// The example's file stem.
    pub name: String,
    pub request: Request,
}

impl Project {
    /// The data of one letter for `template` from an input: strict JSON (a key twice is
    /// an error), or for [`DataFormat::Csv`] a header row and exactly one row, its cells
    /// typed by the template's schema.
    pub fn read_data(
        &self,
        template: &str,
        input: &Input,
        format: DataFormat,
    ) -> Result<Value, Error> {
        let parts = self.parts();
        let schema = &parts.templates.get(template)?.schema;
        let mut records = crate::data::read_data_as(&input.name, &input.text, format, schema);
        match records.len() {
            1 => Ok(records.remove(0)?.data),
            n => Err(Error::request(
                &input.name,
                format!("holds {n} records; a letter is made from one record"),
            )),
        }
    }

    /// Makes the Letter IR for `request`: validates the data against the template's
    /// schema (every problem at once), renders letter.md and parses it.
    pub fn letter(&self, request: &Request) -> Result<Letter, Error> {
        letter::build(&self.parts(), request).map(|(letter, _)| letter)
    }

    /// Makes the letter for `request` and renders it in each of `formats`, both from one
    /// version of the project: a reload in between never mixes two house styles or
    /// message sets into one letter. What the CLI, the demo, batch and the server call.
    pub fn make(
        &self,
        request: &Request,
        formats: &[Format],
    ) -> Result<(Letter, Vec<Output>), Error> {
        let parts = self.parts();
        let (letter, _) = letter::build(&parts, request)?;
        let outputs = render::render_all(&parts.backends(), &letter, formats)?;
        Ok((letter, outputs))
    }

    /// Renders `letter` in each of `formats`; each backend runs once (PDF and PNG come
    /// from one typst compile). Outputs are in the order of `formats`.
    pub fn render(&self, letter: &Letter, formats: &[Format]) -> Result<Vec<Output>, Error> {
        let parts = self.parts();
        render::render_all(&parts.backends(), letter, formats)
    }

    /// Merges the case in a checklist request (`request.data` is the case file) into one
    /// checklist: the `helder.checklist/1` JSON and its figures.
    pub fn merge(&self, request: &Request) -> Result<Merged, Error> {
        checklist::merge(&self.parts(), request)
    }

    /// The staff annex of the checklist in a checklist request: per item why each scheme
    /// asks it and which file (national catalog or `schemes/local/` policy) decided each
    /// value; then what is left out and why. What `helder checklist --explain` prints.
    pub fn checklist_annex(&self, request: &Request) -> Result<String, Error> {
        checklist::annex(&self.parts(), request)
    }

    /// The language that binds (Awb 2:6; `binding = true` in its language.toml): Dutch.
    /// The text a bilingual letter adds ([`Options::with_dutch`]).
    pub fn binding_language(&self) -> Language {
        self.parts().locales.binding()
    }

    /// The id of the checklist letter's template (the one of kind `checklist`).
    pub fn checklist_template(&self) -> Result<String, Error> {
        self.parts()
            .templates
            .iter()
            .find(|t| t.kind == crate::letter::ir::LetterKind::Checklist)
            .map(|t| t.id.clone())
            .ok_or_else(|| {
                Error::Unsupported(
                    "no template of kind `checklist` in templates/: the checklist letter needs one"
                        .into(),
                )
            })
    }

    /// Every example of every template in every language it ships, sorted by template,
    /// language and example.
    pub fn examples(&self) -> Result<Vec<Example>, Error> {
        check::examples(&self.parts())
    }
}

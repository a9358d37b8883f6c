//! The checklist side of the engine: the scheme catalog, case files and the checklist
//! letter, which fills a `checklist` template's `::: checklist` block with merged items.

use serde_json::Value;

use super::Helder;
use crate::checklist::{self, Case, Catalog, Checklist, Msg};
use crate::error::Error;
use crate::i18n::{Arg, Language};
use crate::letter::ir::{Block, Inline, Letter, LetterKind};
use crate::template::UsedMessage;

/// A case file for `helder checklist`: the case itself, and optionally the envelope of
/// the checklist letter (`letter`, `recipient`, `address`, as in every letter's data).
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub name: String,
    pub case: Case,
    pub envelope: Option<Value>,
}

impl CaseFile {
    /// The envelope's `letter.date`, if the case file carries one: the day a checklist
    /// letter is made, from which its deadlines and "letter date" periods count.
    pub fn letter_date(&self) -> Option<&str> {
        self.envelope.as_ref()?.pointer("/letter/date")?.as_str()
    }
}

impl Helder {
    /// The checklist letter of a merged case in `lang`: the `checklist` template filled
    /// with the merged items, grouped per person. `envelope` is the case file's `letter`,
    /// `recipient` and `address`.
    pub fn checklist_letter(
        &self,
        checklist: &Checklist<'_>,
        case: &Case,
        lang: Language,
        record: &str,
        envelope: Option<&Value>,
    ) -> Result<Letter, Error> {
        Ok(self
            .checklist_letter_traced(checklist, case, lang, record, envelope)?
            .0)
    }

    pub(super) fn checklist_letter_traced(
        &self,
        checklist: &Checklist<'_>,
        case: &Case,
        lang: Language,
        record: &str,
        envelope: Option<&Value>,
    ) -> Result<(Letter, Vec<UsedMessage>), Error> {
        let template = self
            .templates
            .iter()
            .find(|t| t.kind == LetterKind::Checklist)
            .ok_or_else(|| Error::Setup("no template of kind `checklist` in templates/".into()))?;
        let Some(Value::Object(envelope)) = envelope else {
            return Err(Error::Record {
                record: record.to_string(),
                message: "a checklist letter needs the envelope in the case file: `letter` (date, reference, handled_by), `recipient` and `address`".into(),
            });
        };
        let catalog = self.scheme_catalog()?;
        let message = |m: &Msg| checklist::letter::resolve(&self.locales, lang, m);
        let mut schemes = Vec::new();
        for application in &case.applications {
            if let Some(scheme) = catalog.scheme(&application.scheme) {
                schemes.push(Value::from(self.locales.message(
                    lang,
                    &scheme.name,
                    &[],
                )?));
            }
        }
        let not_needed = checklist
            .letter_left_out()
            .iter()
            .map(|m| message(m).map(Value::from))
            .collect::<Result<Vec<_>, _>>()?;
        let mut pointers = Vec::new();
        for p in &checklist.pointers {
            let name = self.locales.message(lang, p.name, &[])?;
            pointers.push(Value::from(self.locales.message(
                lang,
                "checklist-pointer",
                &[
                    ("scheme", Arg::Text(name)),
                    ("url", Arg::Text(p.url.to_string())),
                ],
            )?));
        }
        let mut summary = serde_json::json!({
            "schemes": schemes,
            "items": checklist.items.len(),
            "not_needed": not_needed,
            "pointers": pointers,
        });
        if let Some(deadline) = checklist.items.iter().map(|i| i.deadline).min() {
            summary["deadline"] = checklist::iso(deadline).into();
        }
        let mut data = envelope.clone();
        data.insert("summary".into(), summary);

        let (mut letter, messages) =
            self.build_letter(&template.id, lang, record, &Value::Object(data))?;
        let mut groups = checklist.letter_blocks(&self.locales, lang)?;
        // Backends show the deadline as given: say what the date is.
        for item in groups.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
            if let Some(date) = item.deadline.take() {
                item.deadline = Some(self.locales.message(
                    lang,
                    "checklist-deadline",
                    &[("date", Arg::Text(date))],
                )?);
            }
        }
        let mut body = Vec::with_capacity(letter.body.len() + 2 * groups.len());
        for block in letter.body {
            match block {
                Block::Checklist { items, origin } if items.is_empty() => {
                    for (heading, items) in &groups {
                        body.push(Block::Heading {
                            level: 2,
                            content: vec![Inline::text(heading.clone())],
                            origin,
                        });
                        body.push(Block::Checklist {
                            items: items.clone(),
                            origin,
                        });
                    }
                }
                other => body.push(other),
            }
        }
        letter.body = body;
        Ok((letter, messages))
    }

    /// The scheme catalog (`schemes/`), loaded on first use.
    pub fn scheme_catalog(&self) -> Result<&Catalog, Error> {
        self.catalog
            .get_or_init(|| Catalog::load(&self.root.join("schemes")).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Setup(e.clone()))
    }

    /// Reads a case file: the case, plus the letter envelope when the file carries one.
    pub fn read_case(&self, name: &str, text: &str) -> Result<CaseFile, Error> {
        let value: Value = serde_json::from_str(text).map_err(|e| Error::Record {
            record: format!("{name}:{}:{}", e.line(), e.column()),
            message: format!("not valid JSON: {e}"),
        })?;
        let case = Case::from_value(name, &value).map_err(Error::Case)?;
        let mut envelope = serde_json::Map::new();
        for key in ["letter", "recipient", "address"] {
            if let Some(v) = value.get(key) {
                envelope.insert(key.to_string(), v.clone());
            }
        }
        Ok(CaseFile {
            name: name.to_string(),
            case,
            envelope: (!envelope.is_empty()).then_some(Value::Object(envelope)),
        })
    }
}

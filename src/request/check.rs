//! The bundled examples as requests, and the plain-language check of every template
//! (each language × example, as the resident reads it), with sentences traced back to
//! the `.ftl` line they come from.

use serde::Serialize;

use super::{Example, Request};
use crate::error::Error;
use crate::i18n::Language;
use crate::letter::ir::LetterKind;
use crate::plain::{self, Location, Profile, RenderedMessages, Report, SourceMap};
use crate::project::files::join;
use crate::project::{Parts, Project};

/// Where the example cases of a checklist template live.
const CASES: &str = "examples/cases";

/// One letter checked by the plain-language checker: which template, language and example.
#[derive(Debug, Clone, Serialize)]
pub struct CheckedLetter {
    pub template: String,
    pub language: Language,
    pub example: String,
    pub report: Report,
}

impl CheckedLetter {
    /// Reports as `helder check` prints them for people: a header per letter, then the
    /// findings compiler-style.
    pub fn human(checked: &[CheckedLetter]) -> String {
        let mut out = String::new();
        for c in checked {
            out.push_str(&format!(
                "== {} ({}, example {})\n{}\n",
                c.template,
                c.language.code(),
                c.example,
                c.report.human()
            ));
        }
        out
    }

    /// Reports as JSON for CI, the shape `POST /v1/check` answers: `{"static": [the
    /// static check's diagnostics], "reports": [{template, language, example, report}]}`.
    pub fn json(statics: &crate::diag::Diagnostics, checked: &[CheckedLetter]) -> String {
        let list: Vec<serde_json::Value> = checked
            .iter()
            .map(|c| {
                serde_json::json!({
                    "report": c.report,
                    "template": c.template,
                    "language": c.language.code(),
                    "example": c.example,
                })
            })
            .collect();
        let all = serde_json::json!({"static": statics.as_slice(), "reports": list});
        serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
    }
}

pub(super) fn examples(parts: &Parts) -> Result<Vec<Example>, Error> {
    let mut examples = Vec::new();
    let mut cases: Option<Vec<(String, String, serde_json::Value)>> = None;
    for template in parts.templates.iter() {
        // (name, record, data) of each example of this template.
        let own: Vec<(String, String, serde_json::Value)> =
            if template.kind == LetterKind::Checklist {
                if cases.is_none() {
                    cases = Some(example_cases(parts)?);
                }
                cases.clone().unwrap_or_default()
            } else {
                template
                    .examples
                    .iter()
                    .map(|e| (e.name.clone(), e.path.display().to_string(), e.data.clone()))
                    .collect()
            };
        for &language in &template.languages {
            for (name, record, data) in &own {
                examples.push(Example {
                    template: template.id.clone(),
                    language,
                    name: name.clone(),
                    request: Request::new(
                        record.clone(),
                        template.id.clone(),
                        language,
                        data.clone(),
                    ),
                });
            }
        }
    }
    Ok(examples)
}

/// The example cases in `examples/cases/*.json`, sorted by name.
fn example_cases(parts: &Parts) -> Result<Vec<(String, String, serde_json::Value)>, Error> {
    let files = &parts.files;
    if !files.is_dir(CASES) {
        return Ok(Vec::new());
    }
    let entries = files
        .list(CASES)
        .map_err(|e| Error::io(files.display(CASES), e))?;
    let mut cases = Vec::new();
    for entry in entries {
        let Some(name) = entry.name.strip_suffix(".json") else {
            continue;
        };
        let rel = join(CASES, &entry.name);
        let record = files.display(&rel).display().to_string();
        let text = files
            .read_text(&rel)
            .map_err(|e| Error::io(files.display(&rel), e))?;
        // Strict JSON, as every input: a syntax error or a key twice names file:line:column.
        let data = crate::input::parse_json(&record, &text)?;
        cases.push((name.to_owned(), record, data));
    }
    Ok(cases)
}

impl Project {
    /// Renders every example of the templates `ids` (all when empty) in `langs` (every
    /// language a template ships when empty) and checks it for `profile`. Findings point
    /// at `templates/<id>/letter.md` lines, or at the `.ftl` line of the message a
    /// sentence comes from.
    pub fn check(
        &self,
        ids: &[String],
        langs: &[Language],
        profile: Profile,
    ) -> Result<Vec<CheckedLetter>, Error> {
        let parts = self.parts();
        let rules = parts.rules()?;
        for id in ids {
            parts.templates.get(id)?;
        }
        let mut checked = Vec::new();
        for example in examples(&parts)? {
            if (!ids.is_empty() && !ids.contains(&example.template))
                || (!langs.is_empty() && !langs.contains(&example.language))
            {
                continue;
            }
            checked.push(CheckedLetter {
                template: example.template,
                language: example.language,
                example: example.name,
                report: check_request(&parts, rules, &example.request, profile)?,
            });
        }
        Ok(checked)
    }

    /// Renders the letter of one request (any data, not only an example) and checks it
    /// for `profile`, with findings traced to `letter.md` and `.ftl` lines as in
    /// [`Project::check`]: what the studio shows beside a letter being edited.
    pub fn check_request(&self, request: &Request, profile: Profile) -> Result<Report, Error> {
        let parts = self.parts();
        check_request(&parts, parts.rules()?, request, profile)
    }

    /// Checks the templates `ids` (all when empty) statically, from their letter.md
    /// source whatever the examples reach: message ids in every language the template
    /// ships and the variables each call passes, pictogram names, data fields in every
    /// branch. Findings point at letter.md lines.
    pub fn check_static(&self, ids: &[String]) -> Result<crate::diag::Diagnostics, Error> {
        let parts = self.parts();
        let mut out = crate::diag::Diagnostics::new();
        for template in parts.templates.iter() {
            if ids.is_empty() || ids.contains(&template.id) {
                out.append(super::statics::check(
                    template,
                    &parts.locales,
                    &parts.icons,
                ));
            }
        }
        for id in ids {
            parts.templates.get(id)?;
        }
        Ok(out)
    }

    /// Checks free text (a letter written elsewhere) for `profile`.
    pub fn check_text(
        &self,
        name: &str,
        text: &str,
        lang: Language,
        profile: Profile,
    ) -> Result<Report, Error> {
        let parts = self.parts();
        Ok(plain::check_text(text, name, lang, parts.rules()?, profile))
    }
}

/// The plain-language report of the letter `request` makes, sentences traced back to the
/// `.ftl` line of the message they come from.
fn check_request(
    parts: &Parts,
    rules: &plain::Rules,
    request: &Request,
    profile: Profile,
) -> Result<Report, Error> {
    let template = parts.templates.get(&request.template)?;
    let file = format!("templates/{}/letter.md", template.id);
    let (letter, messages) = super::letter::build(parts, request)?;
    let lang = request.language;
    let mut rendered = RenderedMessages::new();
    for m in &messages {
        if let Some((path, line)) = parts.locales.source_of(lang, &m.id) {
            let path = parts.files.relative(&path);
            rendered.push(
                &m.text,
                Location {
                    file: path.display().to_string(),
                    line,
                    column: None,
                },
            );
        }
    }
    let lookup = |sentence: &str| rendered.locate(sentence);
    let map = SourceMap {
        file: &file,
        text: Some(template.letter_md()),
        fluent: Some(&lookup),
    };
    let mut report = plain::check_letter(&letter, rules, profile, &map);
    crate::icons::suggest_in(&mut report, rules, &parts.icons);
    Ok(report)
}

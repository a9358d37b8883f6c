//! The plain-language side of the engine: every template rendered with its examples (or
//! example cases) and checked, with sentences traced back to their Fluent messages.

use std::path::PathBuf;

use super::Helder;
use crate::checklist;
use crate::data;
use crate::error::Error;
use crate::i18n::Language;
use crate::letter::ir::{Letter, LetterKind};
use crate::plain::{self, Location, Profile, RenderedMessages, Report, Rules, SourceMap};
use crate::template::{Template, UsedMessage};

/// One example letter of a template (for demo and check), with the Fluent messages its
/// template used, so findings can point at the `.ftl` line a sentence comes from.
#[derive(Debug, Clone)]
pub struct ExampleLetter {
    pub example: String,
    pub letter: Letter,
    pub messages: Vec<UsedMessage>,
}

/// One letter checked by the plain-language checker: which template, language and example.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckedLetter {
    pub template: String,
    pub language: Language,
    pub example: String,
    pub report: Report,
}

impl Helder {
    /// The plain-language rules (`locales/<lang>/plain.toml`), loaded on first use.
    pub fn plain_rules(&self) -> Result<&Rules, Error> {
        self.plain_rules
            .get_or_init(|| Rules::load(&self.root.join("locales")).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Setup(e.clone()))
    }

    /// Renders every example of the templates `ids` (all when empty) in `langs` (every
    /// language a template ships when empty) and checks it for `profile`. Findings point
    /// at `templates/<id>/letter.md` lines.
    pub fn check_templates(
        &self,
        ids: &[String],
        langs: &[Language],
        profile: Profile,
    ) -> Result<Vec<CheckedLetter>, Error> {
        let rules = self.plain_rules()?;
        let templates = if ids.is_empty() {
            self.templates.iter().collect::<Vec<_>>()
        } else {
            ids.iter()
                .map(|id| self.templates.get(id))
                .collect::<Result<Vec<_>, _>>()?
        };
        let mut checked = Vec::new();
        for template in templates {
            let file = format!("templates/{}/letter.md", template.id);
            let path = self.root.join(&file);
            let source =
                std::fs::read_to_string(&path).map_err(|source| Error::Io { path, source })?;
            for &lang in &template.languages {
                if !langs.is_empty() && !langs.contains(&lang) {
                    continue;
                }
                for ExampleLetter {
                    example,
                    letter,
                    messages,
                } in self.example_letters(template, lang)?
                {
                    let mut rendered = RenderedMessages::new();
                    for m in &messages {
                        if let Some((path, line)) = self.locales.source_of(lang, &m.id) {
                            let path = path.strip_prefix(&self.root).unwrap_or(&path);
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
                        text: Some(&source),
                        fluent: Some(&lookup),
                    };
                    checked.push(CheckedLetter {
                        template: template.id.clone(),
                        language: lang,
                        example,
                        report: plain::check_letter(&letter, rules, profile, &map),
                    });
                }
            }
        }
        Ok(checked)
    }

    /// Every example letter of a template in `lang`, named by its example: the
    /// `examples/*.json` records, or for a checklist letter the example cases in
    /// `examples/cases/`.
    pub fn example_letters(
        &self,
        template: &Template,
        lang: Language,
    ) -> Result<Vec<ExampleLetter>, Error> {
        if template.kind != LetterKind::Checklist {
            return template
                .examples
                .iter()
                .map(|example| {
                    let record = example.path.display().to_string();
                    let (letter, messages) =
                        self.letter_traced(&template.id, lang, &record, &example.data)?;
                    Ok(ExampleLetter {
                        example: example.name.clone(),
                        letter,
                        messages,
                    })
                })
                .collect();
        }
        let dir = self.root.join("examples/cases");
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect(),
            Err(_) => Vec::new(),
        };
        paths.sort();
        let catalog = self.scheme_catalog()?;
        let mut letters = Vec::new();
        for path in paths {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let file = self.read_case(&name, &text)?;
            let date = file
                .letter_date()
                .and_then(|d| data::parse_date(d).ok())
                .ok_or_else(|| Error::Record {
                    record: name.clone(),
                    message: "an example case needs `letter.date`".into(),
                })?;
            let merged = checklist::merge(catalog, &file.case, date).map_err(Error::Case)?;
            let (letter, messages) = self.checklist_letter_traced(
                &merged,
                &file.case,
                lang,
                &name,
                file.envelope.as_ref(),
            )?;
            let example = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            letters.push(ExampleLetter {
                example,
                letter,
                messages,
            });
        }
        Ok(letters)
    }

    /// Checks free text (a letter written elsewhere) for `profile`.
    pub fn check_text(
        &self,
        name: &str,
        text: &str,
        lang: Language,
        profile: Profile,
    ) -> Result<Report, Error> {
        Ok(plain::check_text(
            text,
            name,
            lang,
            self.plain_rules()?,
            profile,
        ))
    }
}

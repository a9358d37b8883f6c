//! `helder new <id>`: a template skeleton an author starts from. It renders at once and
//! passes `helder check`: a small schema (a choice and a date), letter.md with a
//! pictogram step and a deadline box, messages in Dutch and English (the languages we have
//! words for; a letter in another language is added when it is translated, so no resident
//! gets English text marked as theirs), and one example. Nothing is overwritten: any file in the way stops it before
//! anything is written.

use std::io;
use std::path::{Path, PathBuf};

use crate::diag::{IdKind, check_id, suggest_id};
use crate::i18n::{Language, Locales};

/// The files of the skeleton of template `id`, relative to the project folder, for the
/// message languages `languages` (the binding language first).
pub(crate) fn files(id: &str, languages: &[Language], binding: Language) -> Vec<(String, String)> {
    // Fluent ids start with a letter; a template id may start with a digit.
    let prefix = if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("brief-{id}")
    } else {
        id.to_owned()
    };
    let codes: Vec<String> = languages
        .iter()
        .map(|l| format!("\"{}\"", l.code()))
        .collect();
    let mut out = vec![
        (
            format!("templates/{id}/template.toml"),
            template_toml(id, &prefix, &codes.join(", ")),
        ),
        (format!("templates/{id}/letter.md"), letter_md(&prefix)),
        (
            format!("templates/{id}/examples/voorbeeld.json"),
            EXAMPLE.replace("{id}", id),
        ),
    ];
    for &lang in languages {
        let text = match lang.code() {
            "nl" => messages_nl(&prefix),
            "en" => messages_en(&prefix),
            // No words of ours in this language: the English text, marked for translation.
            code => format!(
                "# TODO: translate into {code}; the {} text is binding.\n{}",
                binding.code(),
                messages_en(&prefix)
            ),
        };
        out.push((format!("locales/{}/{id}.ftl", lang.code()), text));
    }
    out
}

/// Writes the skeleton of template `id` into the project folder `root`. Refuses a bad id
/// (with the id it could be), an existing template, and any file already there, before
/// writing anything. Returns the files written.
pub(crate) fn write(root: &Path, id: &str, locales: &Locales) -> Result<Vec<PathBuf>, String> {
    if let Err(why) = check_id(IdKind::Slug, id) {
        return Err(format!(
            "`{id}` cannot be a template id: {why} (try `{}`)",
            suggest_id(IdKind::Slug, id)
        ));
    }
    let folder = root.join("templates").join(id);
    if folder.exists() {
        return Err(format!(
            "template `{id}` already exists ({}); choose another id, or edit that template",
            folder.display()
        ));
    }
    let binding = locales.binding();
    let mut languages: Vec<Language> = locales
        .languages()
        .into_iter()
        .filter(|&l| l != binding && WORDS_FOR.contains(&l.code()))
        .filter(|&l| !locales.message_ids(l).is_empty())
        .collect();
    languages.insert(0, binding);
    let files = files(id, &languages, binding);
    let in_the_way: Vec<String> = files
        .iter()
        .filter(|(rel, _)| std::fs::symlink_metadata(root.join(rel)).is_ok())
        .map(|(rel, _)| rel.clone())
        .collect();
    if !in_the_way.is_empty() {
        return Err(format!(
            "nothing written: {} already there; helder new never replaces a file",
            in_the_way.join(", ")
        ));
    }
    let writer = crate::output::Writer::new();
    let mut written = Vec::with_capacity(files.len());
    for (rel, text) in &files {
        let target = root.join(rel);
        writer.create(&target, text.as_bytes()).map_err(|e| {
            let why = e
                .source
                .unwrap_or_else(|| io::Error::other(e.message))
                .to_string();
            format!(
                "{}: {why} (after {} of {} files)",
                target.display(),
                written.len(),
                files.len()
            )
        })?;
        written.push(target);
    }
    Ok(written)
}

/// The languages the skeleton has its own words for.
const WORDS_FOR: [&str; 2] = ["nl", "en"];

/// The project's languages with messages that the skeleton of a new template leaves out:
/// the author adds each to `languages` once its `locales/<lang>/<id>.ftl` is written.
pub(crate) fn left_out(locales: &Locales) -> Vec<Language> {
    let binding = locales.binding();
    locales
        .languages()
        .into_iter()
        .filter(|&l| l != binding && !WORDS_FOR.contains(&l.code()))
        .filter(|&l| !locales.message_ids(l).is_empty())
        .collect()
}

fn template_toml(id: &str, prefix: &str, languages: &str) -> String {
    format!(
        r#"# A letter made with `helder new {id}`. See docs/templates.md for every field type.
id = "{id}"
kind = "information"              # decision | request | information
title = "{prefix}-title"          # the Fluent message of the subject line (no variables)
languages = [{languages}]

# The data this letter needs, besides `letter`, `recipient` and `address`.
[data.info]
type = "record"
description = "Waar de brief over gaat"

[data.info.fields.topic]
type = "enum"
values = ["afspraak", "verhuizing"]
description = "Het onderwerp van de brief"

[data.info.fields.day]
type = "date"
earliest = "+0d"
latest = "+1y"
description = "De datum die de brief noemt (niet voor de datum van de brief)"
"#
    )
}

fn letter_md(prefix: &str) -> String {
    format!(
        r#"::: step envelope
{{{{ t("{prefix}-intro", topic=info.topic) }}}}
:::

::: deadline {{{{ t("{prefix}-day-title") }}}}
{{{{ t("{prefix}-day", day=info.day | date) }}}}
:::

::: step question
{{{{ t("{prefix}-questions", name=letter.handled_by, phone=letter.phone) }}}}
:::
"#
    )
}

fn messages_nl(p: &str) -> String {
    // Fluent braces: the id is put in by replace, not format!.
    r#"# De teksten van de brief `{p}`. Nederlands is de bindende taal.
{p}-title = Informatie van de gemeente
{p}-topic = { $topic ->
    [afspraak] uw afspraak met ons
   *[verhuizing] uw verhuizing
}
{p}-intro = Wij schrijven u over { {p}-topic }. Lees deze brief goed.
{p}-day-title = Let op deze datum
{p}-day = De datum is **{ $day }**.
{p}-questions = Heeft u vragen? Bel { $name } op { $phone }.
"#
    .replace("{p}", p)
}

fn messages_en(p: &str) -> String {
    // Fluent braces: the id is put in by replace, not format!.
    r#"# The texts of the letter `{p}`.
{p}-title = Information from the municipality
{p}-topic = { $topic ->
    [afspraak] your appointment with us
   *[verhuizing] your move
}
{p}-intro = We are writing to you about { {p}-topic }. Please read this letter well.
{p}-day-title = Note this date
{p}-day = The date is **{ $day }**.
{p}-questions = Do you have questions? Call { $name } on { $phone }.
"#
    .replace("{p}", p)
}

const EXAMPLE: &str = r#"{
  "letter": {
    "date": "2026-12-01",
    "reference": "{id}-2026-0001",
    "handled_by": "Samira Bakker",
    "phone": "020 555 0147"
  },
  "recipient": { "name": "J. Jansen", "salutation": "heer" },
  "address": { "street": "Stadhuisplein", "number": 1, "postcode": "1011 AB", "city": "Helderstad" },
  "info": { "topic": "afspraak", "day": "2026-12-15" }
}
"#;

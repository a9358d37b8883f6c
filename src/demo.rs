//! `helder demo`: every bundled template × language × example, in every format, with an
//! index page to browse them; every translation also bilingually, with the binding Dutch
//! text after it. This is what a municipality looks at first.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::house::Style;
use crate::i18n::Language;
use crate::output::Writer;
use crate::project::Project;
use crate::render::Format;
use crate::render::html::escape;
use crate::request::Example;

/// One rendered (or failed) letter of the demo.
#[derive(Debug)]
pub struct DemoLetter {
    pub template: String,
    /// `None` for a template that did not load.
    pub language: Option<Language>,
    pub example: String,
    /// Bilingual: the translation with the binding Dutch text after it.
    pub with_dutch: bool,
    pub title: String,
    /// Files written, relative to the output folder.
    pub files: Vec<PathBuf>,
    pub error: Option<String>,
}

/// What a demo run made.
#[derive(Debug)]
pub struct Demo {
    pub letters: Vec<DemoLetter>,
}

impl Demo {
    pub fn failed(&self) -> bool {
        self.letters.iter().any(|l| l.error.is_some())
    }

    /// One `error:` line per letter that failed.
    pub fn failures(&self) -> String {
        let mut out = String::new();
        for l in self.letters.iter().filter(|l| l.error.is_some()) {
            let lang = language_cell(l);
            out.push_str(&format!(
                "error: {} {lang} {}: {}\n",
                l.template,
                l.example,
                l.error.as_deref().unwrap_or_default()
            ));
        }
        out
    }

    /// `rendered 18 of 18 letters into out (open out/index.html)`.
    pub fn summary(&self, out: &Path) -> String {
        let failed = self.letters.iter().filter(|l| l.error.is_some()).count();
        format!(
            "rendered {} of {} letters into {} (open {})\n",
            self.letters.len() - failed,
            self.letters.len(),
            out.display(),
            out.join("index.html").display()
        )
    }
}

/// Renders everything into `out` and writes `out/index.html`. Failures of single letters
/// are collected (and shown in the index), not fatal: one bad example never hides the
/// rest. Templates that did not load are listed as failures too. `style` sets every
/// letter's layout; None keeps each template's own (template.toml `style`).
pub fn run(project: &Project, out: &Path, style: Option<Style>) -> Result<Demo, Error> {
    let binding = project.binding_language();
    let mut examples = project.examples()?;
    let bilingual: Vec<Example> = examples
        .iter()
        .filter(|e| e.language != binding)
        .map(|e| {
            let mut e = e.clone();
            e.request.options.with_dutch = true;
            e
        })
        .collect();
    examples.extend(bilingual);
    let writer = Writer::new();
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(crate::render::THREAD_STACK)
        .build()
        .map_err(|e| Error::Unsupported(format!("cannot start the demo's threads: {e}")))?;
    let mut letters: Vec<DemoLetter> = pool.install(|| {
        examples
            .par_iter()
            .map(|example| demo_letter(project, &writer, example, out, style))
            .collect()
    });
    for (id, problems) in project.template_problems() {
        letters.push(DemoLetter {
            template: id,
            language: None,
            example: String::new(),
            with_dutch: false,
            title: String::new(),
            files: Vec::new(),
            error: Some(
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        });
    }
    writer.write(&out.join("index.html"), index_html(&letters).as_bytes())?;
    Ok(Demo { letters })
}

/// One example in every format, written under `template/language/example`.
fn demo_letter(
    project: &Project,
    writer: &Writer,
    example: &Example,
    out: &Path,
    style: Option<Style>,
) -> DemoLetter {
    let mut result = DemoLetter {
        template: example.template.clone(),
        language: Some(example.language),
        example: example.name.clone(),
        with_dutch: example.request.options.with_dutch,
        title: String::new(),
        files: Vec::new(),
        error: None,
    };
    let formats = [Format::Html, Format::Pdf, Format::Txt, Format::Png];
    let mut request = example.request.clone();
    if style.is_some() {
        request.options.style = style;
    }
    let written = project
        .make(&request, &formats)
        .and_then(|(letter, outputs)| {
            result.title = letter.meta.title.clone();
            // A bilingual letter goes in `<template>/<language>-<binding>/`.
            let folder = match &letter.bilingual {
                Some(b) => format!("{}-{}", example.language.code(), b.binding.language.code()),
                None => example.language.code().to_string(),
            };
            let stem = format!("{}/{folder}/{}", example.template, example.name);
            for output in &outputs {
                for path in writer.write_named(out, &stem, output)? {
                    result
                        .files
                        .push(path.strip_prefix(out).unwrap_or(&path).to_path_buf());
                }
            }
            Ok(())
        });
    if let Err(e) = written {
        result.error = Some(e.to_string());
    }
    result
}

/// `ar`, or `ar + nl` for a bilingual letter.
fn language_cell(l: &DemoLetter) -> String {
    let code = l.language.as_ref().map_or("-", Language::code);
    if l.with_dutch {
        format!("{code} + nl")
    } else {
        code.to_string()
    }
}

fn index_html(letters: &[DemoLetter]) -> String {
    let mut rows = String::new();
    for l in letters {
        let links = if let Some(err) = &l.error {
            format!("<td class=\"error\">{}</td>", escape(err))
        } else {
            let mut cell = String::from("<td>");
            for f in &l.files {
                let href = f.display().to_string();
                let label = f
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                cell.push_str(&format!(
                    "<a href=\"{}\">{}</a> ",
                    escape(&href),
                    escape(&label)
                ));
            }
            cell.push_str("</td>");
            cell
        };
        // The subject is in the letter's language: screen readers switch voice for it.
        let subject_lang = l
            .language
            .as_ref()
            .map(|lang| format!(" lang=\"{}\" dir=\"auto\"", lang.code()))
            .unwrap_or_default();
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td{subject_lang}>{}</td>{}</tr>\n",
            escape(&l.template),
            language_cell(l),
            escape(&l.example),
            escape(&l.title),
            links
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>helder demo</title>\n\
<style>body{{font-family:'Noto Sans',sans-serif;margin:2rem;font-size:1.05rem}}\
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ccc;padding:.4rem .8rem;text-align:left;vertical-align:top}}\
.error{{color:#a00;white-space:pre-wrap}}a{{margin-right:.6rem}}</style></head>\n<body>\n<main>\n\
<h1>helder: bundled letters</h1>\n<p>Every template, language and example, as HTML, PDF, plain text and PNG pages; every translation also bilingually (+ nl: the binding Dutch text after it).</p>\n\
<table>\n<thead><tr><th>template</th><th>language</th><th>example</th><th>subject</th><th>files</th></tr></thead>\n<tbody>\n{rows}</tbody></table>\n</main>\n</body></html>\n"
    )
}

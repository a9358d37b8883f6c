//! `helder demo`: every bundled template × language × example, in every format, with an
//! index page to browse them. This is what a municipality looks at first.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::engine::{ExampleLetter, Helder, Output};
use crate::error::Error;
use crate::i18n::Language;
use crate::letter::Letter;
use crate::output::write_atomic;
use crate::render::Format;
use crate::render::html::escape;

/// One rendered (or failed) letter of the demo.
#[derive(Debug)]
pub struct DemoLetter {
    pub template: String,
    pub language: Language,
    pub example: String,
    pub title: String,
    /// Files written, relative to the output folder.
    pub files: Vec<PathBuf>,
    pub error: Option<String>,
}

/// Renders everything into `out` and writes `out/index.html`. Failures of single letters
/// are collected (and shown in the index), not fatal: one bad example never hides the rest.
pub fn run(helder: &Helder, out: &Path) -> Result<Vec<DemoLetter>, Error> {
    let mut jobs = Vec::new();
    for template in helder.templates().iter() {
        for &lang in &template.languages {
            jobs.push((template, lang));
        }
    }
    let letters: Vec<DemoLetter> = jobs
        .par_iter()
        .flat_map_iter(
            |&(template, lang)| match helder.example_letters(template, lang) {
                Ok(letters) => letters
                    .into_iter()
                    .map(
                        |ExampleLetter {
                             example, letter, ..
                         }| {
                            let mut result = DemoLetter {
                                template: template.id.clone(),
                                language: lang,
                                title: letter.meta.title.clone(),
                                example,
                                files: Vec::new(),
                                error: None,
                            };
                            if let Err(e) = write_letter(helder, &letter, out, &mut result) {
                                result.error = Some(e.to_string());
                            }
                            result
                        },
                    )
                    .collect::<Vec<_>>(),
                Err(e) => vec![DemoLetter {
                    template: template.id.clone(),
                    language: lang,
                    example: String::new(),
                    title: String::new(),
                    files: Vec::new(),
                    error: Some(e.to_string()),
                }],
            },
        )
        .collect();
    write_atomic(&out.join("index.html"), index_html(&letters).as_bytes()).map_err(|source| {
        Error::Io {
            path: out.join("index.html"),
            source,
        }
    })?;
    Ok(letters)
}

fn write_letter(
    helder: &Helder,
    letter: &Letter,
    out: &Path,
    result: &mut DemoLetter,
) -> Result<(), Error> {
    let stem = PathBuf::from(&result.template)
        .join(result.language.code())
        .join(&result.example);
    for format in [Format::Html, Format::Pdf, Format::Txt, Format::Png] {
        let files = match helder.render(letter, format)? {
            Output::File(bytes) => vec![(stem.with_extension(extension(format)), bytes)],
            Output::Pages(pages) => pages
                .into_iter()
                .enumerate()
                .map(|(i, bytes)| {
                    (
                        PathBuf::from(format!("{}-{}.png", stem.display(), i + 1)),
                        bytes,
                    )
                })
                .collect(),
        };
        for (rel, bytes) in files {
            let path = out.join(&rel);
            write_atomic(&path, &bytes).map_err(|source| Error::Io { path, source })?;
            result.files.push(rel);
        }
    }
    Ok(())
}

pub fn extension(format: Format) -> &'static str {
    match format {
        Format::Pdf => "pdf",
        Format::Html => "html",
        Format::Png => "png",
        Format::Txt => "txt",
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
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n",
            escape(&l.template),
            l.language.code(),
            escape(&l.example),
            escape(&l.title),
            links
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>helder demo</title>\n\
<style>body{{font-family:'Noto Sans',sans-serif;margin:2rem;font-size:1.05rem}}\
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ccc;padding:.4rem .8rem;text-align:left;vertical-align:top}}\
.error{{color:#a00;white-space:pre-wrap}}a{{margin-right:.6rem}}</style></head>\n<body>\n\
<h1>helder: bundled letters</h1>\n<p>Every template, language and example, as HTML, PDF, plain text and PNG pages.</p>\n\
<table>\n<thead><tr><th>template</th><th>language</th><th>example</th><th>subject</th><th>files</th></tr></thead>\n<tbody>\n{rows}</tbody></table>\n</body></html>\n"
    )
}

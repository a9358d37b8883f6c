//! `helder i18n check`: are the translations complete and do they fit the binding
//! language's messages? Reads the `.ftl` files themselves, so a file with a syntax
//! error is reported at its line and the rest of the translations are still compared.
//!
//! Per language against the binding one (nl): syntax errors (file:line:column), messages
//! and attributes missing (errors: the letter would fall back to Dutch) or obsolete
//! (warnings), variables that differ per message (errors: a variable the Dutch lacks is
//! never passed; one the translation drops leaves a value out of the letter), and the
//! coverage per file. The project-wide part (the ids templates and pictograms use) is
//! `Project::check_i18n`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent::FluentResource;
use fluent_syntax::ast;
use serde::Serialize;

use super::locales::{ftl_files, language_dirs, load_profile, offset_in, parse_file};
use super::{I18nError, Language};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::project::files::{Files, join};

/// What `helder i18n check` found.
#[derive(Debug, Clone)]
pub struct Report {
    /// The language every other one is compared with, when a profile says so.
    pub binding: Option<Language>,
    /// Every language folder's coverage, in code order (the binding one too).
    pub coverage: Vec<Coverage>,
    pub diagnostics: Diagnostics,
}

/// How much of the binding language's messages a language has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// The language folder's code (`en`).
    pub language: String,
    /// Messages of the binding language this language has too (in any of its files).
    pub present: usize,
    /// Messages of the binding language.
    pub total: usize,
    /// The same per `.ftl` file of the binding language, in name order.
    pub files: Vec<FileCoverage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileCoverage {
    /// The file name (`house.ftl`).
    pub file: String,
    pub present: usize,
    pub total: usize,
}

impl Report {
    /// True when an error was found (warnings such as obsolete messages do not count).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// The coverage table: one row per file of the binding language, one column per
    /// language, `present/total`; a total row last.
    pub fn table(&self) -> String {
        let Some(first) = self.coverage.first() else {
            return "no languages\n".to_string();
        };
        let cell = |present: usize, total: usize| format!("{present}/{total}");
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut header = vec!["file".to_string()];
        header.extend(self.coverage.iter().map(|c| c.language.clone()));
        rows.push(header);
        for (i, file) in first.files.iter().enumerate() {
            let mut row = vec![file.file.clone()];
            row.extend(
                self.coverage
                    .iter()
                    .map(|c| cell(c.files[i].present, c.files[i].total)),
            );
            rows.push(row);
        }
        let mut total = vec!["messages".to_string()];
        total.extend(self.coverage.iter().map(|c| cell(c.present, c.total)));
        rows.push(total);
        let mut percent = vec![String::new()];
        percent.extend(self.coverage.iter().map(|c| {
            let share = (c.present * 100).checked_div(c.total).unwrap_or(100);
            format!("{share}%")
        }));
        rows.push(percent);

        let columns = rows[0].len();
        let widths: Vec<usize> = (0..columns)
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = match self.binding {
            Some(binding) => format!("messages per language, against {binding} (binding):\n"),
            None => "messages per language:\n".to_string(),
        };
        for row in rows {
            let mut line = String::new();
            for (i, text) in row.iter().enumerate() {
                let pad = widths[i] - text.chars().count();
                if i == 0 {
                    line.push_str(text);
                    line.push_str(&" ".repeat(pad));
                } else {
                    line.push_str("  ");
                    line.push_str(&" ".repeat(pad));
                    line.push_str(text);
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    /// The report as JSON: `{"binding": "nl", "coverage": [...], "diagnostics": [...]}`
    /// (`omitted` when more problems were found than kept).
    pub fn to_json(&self) -> String {
        let diagnostics = serde_json::to_value(&self.diagnostics).unwrap_or_default();
        let mut json = serde_json::json!({
            "binding": self.binding.map(|l| l.code().to_string()),
            "coverage": self.coverage,
            "diagnostics": diagnostics["diagnostics"],
        });
        if let Some(omitted) = diagnostics.get("omitted") {
            json["omitted"] = omitted.clone();
        }
        serde_json::to_string_pretty(&json).unwrap_or_default()
    }
}

/// One message (or term-less entry) of a language, as the check compares it.
#[derive(Debug, Default)]
struct Entry {
    /// The `.ftl` file's name (`house.ftl`) and its shown path.
    file: String,
    path: PathBuf,
    line: u32,
    has_value: bool,
    /// Attribute name → its line.
    attributes: BTreeMap<String, u32>,
    /// Variables used by the value and by each attribute (`""` for the value), with
    /// those of the messages they reference.
    variables: BTreeMap<String, BTreeSet<String>>,
    /// Variables the message leaves out on purpose, as its own comment says
    /// (`# leaves out $name: Polish does not name the reader after "Szanowna Pani"`).
    left_out: BTreeSet<String>,
}

/// The `$variables` the comment of the message on `line` (1-based) says it leaves out
/// on purpose. The runtime parser drops comments, so they are read from the source: the
/// `#` lines right above the message.
fn left_out(source: &str, line: u32) -> BTreeSet<String> {
    let lines: Vec<&str> = source.lines().collect();
    let above = lines
        .get(..(line as usize).saturating_sub(1))
        .unwrap_or(&[]);
    let comment: Vec<&str> = above
        .iter()
        .rev()
        .take_while(|l| l.starts_with("# ") || **l == "#")
        .copied()
        .collect();
    let text = comment.join("\n");
    let Some((_, rest)) = text.split_once("leaves out") else {
        return BTreeSet::new();
    };
    // The variables named right after "leaves out": `$a`, `$a and $b`, `$a, $b`.
    rest.split(|c: char| c.is_whitespace() || c == ',')
        .take_while(|w| w.starts_with('$') || *w == "and" || w.is_empty())
        .filter_map(|w| w.strip_prefix('$'))
        .map(|v| v.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_' && c != '-'))
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

/// The messages of one language folder, by id; the `.ftl` file names it has.
struct Folder {
    code: String,
    dir: String,
    messages: BTreeMap<String, Entry>,
    files: BTreeSet<String>,
}

/// Checks the locales folder `dir` of a project (`locales`).
pub fn check(files: &Files, dir: &str) -> Report {
    let mut diagnostics = Diagnostics::new();
    let push_all = |error: &I18nError, out: &mut Diagnostics| {
        error.diagnostics().into_iter().for_each(|d| out.push(d));
    };
    let folders = match language_dirs(files, dir) {
        Ok(folders) => folders,
        Err(error) => {
            push_all(&error, &mut diagnostics);
            return Report {
                binding: None,
                coverage: Vec::new(),
                diagnostics,
            };
        }
    };
    let mut binding = None;
    let mut languages = Vec::new();
    for (folder, lang_dir) in folders {
        match load_profile(files, &lang_dir, &folder) {
            Ok(profile) if profile.binding => binding = Some((profile.language, folder.clone())),
            Ok(_) => {}
            Err(error) => push_all(&error, &mut diagnostics),
        }
        let mut language = Folder {
            code: folder,
            dir: lang_dir.clone(),
            messages: BTreeMap::new(),
            files: BTreeSet::new(),
        };
        let ftl = match ftl_files(files, &lang_dir) {
            Ok(ftl) => ftl,
            Err(error) => {
                push_all(&error, &mut diagnostics);
                Vec::new()
            }
        };
        for rel in ftl {
            if let Err(errors) = parse_file(files, &rel) {
                errors.iter().for_each(|e| push_all(e, &mut diagnostics));
            }
            // The entries that parse, also from a file with a syntax error elsewhere.
            let Ok(source) = files.read_text(&rel) else {
                continue;
            };
            let name = rel.rsplit('/').next().unwrap_or(&rel).to_string();
            let resource = match FluentResource::try_new(source) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            read_entries(
                &resource,
                &name,
                &files.display(&rel),
                &mut language.messages,
            );
            language.files.insert(name);
        }
        languages.push(language);
    }
    let Some((binding, binding_folder)) = binding else {
        if !diagnostics.has_errors() {
            diagnostics.push(Diagnostic::error(
                Code::LANGUAGE_PROFILE,
                format!(
                    "{}: no language is binding: set `binding = true` in the language.toml of \
                     the language the letters are written in first",
                    files.display(dir).display()
                ),
            ));
        }
        return Report {
            binding: None,
            coverage: Vec::new(),
            diagnostics,
        };
    };
    let source = languages
        .iter()
        .find(|l| l.code == binding_folder)
        .map(|l| &l.messages);
    let empty = BTreeMap::new();
    let source = source.unwrap_or(&empty);
    let mut coverage = Vec::new();
    for language in &languages {
        if language.code != binding_folder {
            let binding_dir = join(dir, &binding_folder);
            compare(
                source,
                language,
                (&binding_folder, &binding_dir),
                files,
                &mut diagnostics,
            );
        }
        coverage.push(coverage_of(source, language));
    }
    Report {
        binding: Some(binding),
        coverage,
        diagnostics,
    }
}

/// How many messages of `source` `language` has, in all and per file of `source`.
fn coverage_of(source: &BTreeMap<String, Entry>, language: &Folder) -> Coverage {
    let mut per_file: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (id, entry) in source {
        let counts = per_file.entry(entry.file.as_str()).or_default();
        counts.1 += 1;
        counts.0 += usize::from(language.messages.contains_key(id));
    }
    let files: Vec<FileCoverage> = per_file
        .into_iter()
        .map(|(file, (present, total))| FileCoverage {
            file: file.to_string(),
            present,
            total,
        })
        .collect();
    Coverage {
        language: language.code.clone(),
        present: files.iter().map(|f| f.present).sum(),
        total: files.iter().map(|f| f.total).sum(),
        files,
    }
}

/// The findings of one translation against the binding language's messages.
fn compare(
    source: &BTreeMap<String, Entry>,
    language: &Folder,
    (binding, binding_dir): (&str, &str),
    files: &Files,
    out: &mut Diagnostics,
) {
    let code = &language.code;
    // A whole file missing is one finding, not one per message.
    let mut missing_per_file: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, nl) in source {
        let Some(entry) = language.messages.get(id) else {
            missing_per_file
                .entry(nl.file.as_str())
                .or_default()
                .push(id.as_str());
            continue;
        };
        let at = |line: u32| (entry.path.display().to_string(), line);
        if nl.has_value != entry.has_value {
            let (file, line) = at(entry.line);
            let what = if nl.has_value {
                "has no value of its own (only attributes)"
            } else {
                "has a value, where the binding message has only attributes"
            };
            out.push(
                Diagnostic::error(
                    Code::FLUENT_MISSING_MESSAGE,
                    format!("message `{id}` in {code} {what}"),
                )
                .at_file(file, line, 1),
            );
        }
        for attribute in nl.attributes.keys() {
            if !entry.attributes.contains_key(attribute) {
                let (file, line) = at(entry.line);
                out.push(
                    Diagnostic::error(
                        Code::FLUENT_MISSING_MESSAGE,
                        format!("attribute `{id}.{attribute}` is missing in {code}"),
                    )
                    .at_file(file, line, 1)
                    .with_suggestion(format!(
                        "{binding} has it at {}:{}",
                        nl.path.display(),
                        nl.attributes[attribute]
                    )),
                );
            }
        }
        for (attribute, line) in &entry.attributes {
            if !nl.attributes.contains_key(attribute) {
                let (file, line) = at(*line);
                out.push(
                    Diagnostic::warning(
                        Code::FLUENT_OBSOLETE,
                        format!(
                            "attribute `{id}.{attribute}` in {code} is not in {binding}: \
                             no letter uses it"
                        ),
                    )
                    .at_file(file, line, 1)
                    .with_suggestion("remove it, or add it to the binding language first"),
                );
            }
        }
        for (part, wanted) in &nl.variables {
            let Some(used) = entry.variables.get(part) else {
                continue; // A missing attribute, reported above.
            };
            if used == wanted {
                continue;
            }
            let name = if part.is_empty() {
                format!("`{id}`")
            } else {
                format!("`{id}.{part}`")
            };
            let list = |set: &BTreeSet<String>| -> String {
                if set.is_empty() {
                    "none".into()
                } else {
                    set.iter()
                        .map(|v| format!("${v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            let extra: BTreeSet<String> = used.difference(wanted).cloned().collect();
            let lacking: BTreeSet<String> = wanted
                .difference(used)
                .filter(|v| !entry.left_out.contains(*v))
                .cloned()
                .collect();
            if extra.is_empty() && lacking.is_empty() {
                continue; // Left out on purpose, as the message's comment says.
            }
            let mut problems = Vec::new();
            if !extra.is_empty() {
                problems.push(format!(
                    "uses {}, which {binding} does not (the letter never passes it)",
                    list(&extra)
                ));
            }
            if !lacking.is_empty() {
                problems.push(format!(
                    "leaves out {} (the letter would not show it)",
                    list(&lacking)
                ));
            }
            let line = if part.is_empty() {
                entry.line
            } else {
                entry.attributes.get(part).copied().unwrap_or(entry.line)
            };
            let (file, line) = at(line);
            out.push(
                Diagnostic::error(
                    Code::FLUENT_VARIABLES,
                    format!("message {name} in {code} {}", problems.join(" and ")),
                )
                .at_file(file, line, 1)
                .with_suggestion(format!(
                    "{binding} ({}:{}) uses {}",
                    nl.path.display(),
                    nl.line,
                    list(wanted)
                )),
            );
        }
    }
    for (file, ids) in missing_per_file {
        let total = source.values().filter(|e| e.file == file).count();
        let path = files
            .display(&join(&language.dir, file))
            .display()
            .to_string();
        if !language.files.contains(file) && ids.len() == total {
            out.push(
                Diagnostic::error(
                    Code::FLUENT_MISSING_MESSAGE,
                    format!(
                        "{path} is missing: its {total} message(s) are not translated into {code}"
                    ),
                )
                .with_suggestion(format!(
                    "translate {}",
                    files.display(&join(binding_dir, file)).display()
                )),
            );
            continue;
        }
        for id in ids {
            let nl = &source[id];
            out.push(
                Diagnostic::error(
                    Code::FLUENT_MISSING_MESSAGE,
                    format!(
                        "message `{id}` is missing in {code} (letters show the {binding} text)"
                    ),
                )
                .at_file(path.clone(), 0, 0)
                .with_suggestion(format!(
                    "translate it from {}:{}",
                    nl.path.display(),
                    nl.line
                )),
            );
        }
    }
    for (id, entry) in &language.messages {
        if !source.contains_key(id) {
            out.push(
                Diagnostic::warning(
                    Code::FLUENT_OBSOLETE,
                    format!("message `{id}` in {code} is not in {binding}: no letter uses it"),
                )
                .at_file(entry.path.display().to_string(), entry.line, 1)
                .with_suggestion("remove it, or add it to the binding language first"),
            );
        }
    }
}

/// The messages of `resource` into `into` (a message defined twice keeps the first: the
/// load reports the duplicate).
fn read_entries(
    resource: &FluentResource,
    file: &str,
    path: &std::path::Path,
    into: &mut BTreeMap<String, Entry>,
) {
    let source = resource.source();
    let line_of = |name: &str| {
        offset_in(source, name).map_or(0, |offset| crate::diag::line_col(source, offset).0)
    };
    // References to other messages of this file (their variables count as used).
    let mut direct: BTreeMap<String, (BTreeMap<String, Refs>, Entry)> = BTreeMap::new();
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let mut parts = BTreeMap::new();
        if let Some(value) = &message.value {
            parts.insert(String::new(), refs(value));
        }
        let mut attributes = BTreeMap::new();
        for attribute in &message.attributes {
            attributes.insert(attribute.id.name.to_string(), line_of(attribute.id.name));
            parts.insert(attribute.id.name.to_string(), refs(&attribute.value));
        }
        let entry = Entry {
            file: file.to_string(),
            path: path.to_path_buf(),
            line: line_of(message.id.name),
            has_value: message.value.is_some(),
            attributes,
            variables: BTreeMap::new(),
            left_out: left_out(resource.source(), line_of(message.id.name)),
        };
        direct
            .entry(message.id.name.to_string())
            .or_insert((parts, entry));
    }
    // Follow references within the file, a few levels deep (a cycle stops there).
    let resolved: Vec<(String, Entry)> = direct
        .iter()
        .map(|(id, (parts, _))| {
            let variables = parts
                .iter()
                .map(|(part, refs)| (part.clone(), follow(refs, &direct, 0)))
                .collect();
            (id.clone(), variables)
        })
        .collect::<Vec<(String, BTreeMap<String, BTreeSet<String>>)>>()
        .into_iter()
        .map(|(id, variables)| {
            let (_, mut entry) = direct.remove(&id).expect("listed above");
            entry.variables = variables;
            (id, entry)
        })
        .collect();
    for (id, entry) in resolved {
        into.entry(id).or_insert(entry);
    }
}

/// The variables and message references of one pattern.
#[derive(Debug, Default)]
struct Refs {
    variables: BTreeSet<String>,
    /// (message, attribute) referenced.
    messages: Vec<(String, Option<String>)>,
}

fn follow(
    refs: &Refs,
    all: &BTreeMap<String, (BTreeMap<String, Refs>, Entry)>,
    depth: usize,
) -> BTreeSet<String> {
    let mut found = refs.variables.clone();
    if depth < 8 {
        for (id, attribute) in &refs.messages {
            let part = attribute.clone().unwrap_or_default();
            if let Some(inner) = all.get(id).and_then(|(parts, _)| parts.get(&part)) {
                found.extend(follow(inner, all, depth + 1));
            }
        }
    }
    found
}

fn refs(pattern: &ast::Pattern<&str>) -> Refs {
    let mut out = Refs::default();
    pattern_refs(pattern, &mut out);
    out
}

fn pattern_refs(pattern: &ast::Pattern<&str>, out: &mut Refs) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(expression: &ast::Expression<&str>, out: &mut Refs) {
    match expression {
        ast::Expression::Inline(inline) => inline_refs(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for variant in variants {
                pattern_refs(&variant.value, out);
            }
        }
    }
}

fn inline_refs(inline: &ast::InlineExpression<&str>, out: &mut Refs) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_refs(argument, out);
            }
            for argument in &arguments.named {
                inline_refs(&argument.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, out),
        ast::InlineExpression::MessageReference { id, attribute } => out.messages.push((
            id.name.to_string(),
            attribute.as_ref().map(|a| a.name.to_string()),
        )),
        // A term's variables are its own arguments, not the message's.
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A locales folder with `files` (path, text) and the repository's profiles of the
    /// languages they are in and of nl.
    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let mut codes = vec!["nl"];
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
        for (path, _) in files {
            codes.push(path.split('/').next().unwrap());
        }
        crate::i18n::write_profiles(dir.path(), &codes);
        dir
    }

    fn run(files: &[(&str, &str)]) -> (tempfile::TempDir, Report) {
        let dir = folder(files);
        let report = check(&Files::Dir(dir.path().to_path_buf()), "");
        (dir, report)
    }

    fn codes(report: &Report) -> Vec<(&str, String)> {
        report
            .diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.to_string()))
            .collect()
    }

    const NL: &str = "\
hello = Beste { $name },
box = Tekst
    .title = Let op { $what }
bye = Tot ziens
count = { $n ->
    [one] { $n } brief
   *[other] { $n } brieven
}
greeting = { hello } en welkom
";

    #[test]
    fn a_complete_translation_is_clean() {
        let en = "\
hello = Dear { $name },
box = Text
    .title = Mind { $what }
bye = Goodbye
count = { $n ->
    [one] one letter
   *[other] { $n } letters
}
greeting = Welcome, { $name }
";
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("en/a.ftl", en)]);
        assert!(report.diagnostics.is_empty(), "{:?}", codes(&report));
        assert_eq!(report.binding.map(|l| l.to_string()).as_deref(), Some("nl"));
        let en = report.coverage.iter().find(|c| c.language == "en").unwrap();
        assert_eq!((en.present, en.total), (5, 5));
    }

    #[test]
    fn a_variable_left_out_on_purpose_says_so_in_its_comment() {
        let pl = |comment: &str| {
            format!(
                "{comment}hello = Szanowna Pani,\nbox = Tekst\n    .title = Uwaga {{ $what }}\n\
                 bye = Do widzenia\ncount = {{ $n }} listów\ngreeting = Witamy, {{ $name }}\n"
            )
        };
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("pl/a.ftl", &pl(""))]);
        assert!(
            codes(&report)
                .iter()
                .any(|(c, t)| *c == "fluent.variables" && t.contains("leaves out $name")),
            "{:?}",
            codes(&report)
        );
        let said = "# leaves out $name: Polish does not name the reader here.\n";
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("pl/a.ftl", &pl(said))]);
        assert!(report.diagnostics.is_empty(), "{:?}", codes(&report));
        // The comment excuses only the variables it names.
        let other = "# leaves out $person: not this message's variable.\n";
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("pl/a.ftl", &pl(other))]);
        assert_eq!(codes(&report).len(), 1, "{:?}", codes(&report));
    }

    #[test]
    fn missing_obsolete_and_different_variables() {
        let en = "\
hello = Dear { $person },
box = Text
bye = Goodbye { $name }
extra = Not in Dutch
    .title = Nor this
count = { $n } letters
";
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("en/a.ftl", en)]);
        let found = codes(&report);
        let has = |code: &str, words: &[&str]| {
            found
                .iter()
                .any(|(c, text)| *c == code && words.iter().all(|w| text.contains(w)))
        };
        assert!(
            has("fluent.missing-message", &["`greeting`", "missing in en"]),
            "{found:#?}"
        );
        assert!(
            has("fluent.missing-message", &["`box.title`", "missing in en"]),
            "{found:#?}"
        );
        assert!(
            has("fluent.obsolete", &["`extra`", "not in nl"]),
            "{found:#?}"
        );
        assert!(
            has(
                "fluent.variables",
                &["`hello`", "uses $person", "leaves out $name"]
            ),
            "{found:#?}"
        );
        assert!(
            has("fluent.variables", &["`bye`", "uses $name"]),
            "{found:#?}"
        );
        // The plural's count is used: no finding for `count`.
        assert!(
            !found.iter().any(|(_, t)| t.contains("`count`")),
            "{found:#?}"
        );
        assert!(report.has_errors());
        // Findings point at the translation's lines.
        let hello = report
            .diagnostics
            .iter()
            .find(|d| d.message.contains("`hello`"))
            .unwrap();
        assert!(hello.to_string().contains("en/a.ftl:1:1"), "{hello}");
        let obsolete = report
            .diagnostics
            .iter()
            .find(|d| d.message.contains("`extra`"))
            .unwrap();
        assert!(!obsolete.is_error());
        assert!(obsolete.to_string().contains("en/a.ftl:4:1"), "{obsolete}");

        let en = report.coverage.iter().find(|c| c.language == "en").unwrap();
        assert_eq!((en.present, en.total), (4, 5));
    }

    #[test]
    fn a_referenced_message_brings_its_variables() {
        // nl `greeting` uses $name through { hello }: a translation that writes $name
        // itself is the same.
        let en = "hello = Dear { $name },\nbox = T\n    .title = { $what }\nbye = Bye\ncount = { $n }\ngreeting = Welcome { $name }\n";
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("en/a.ftl", en)]);
        assert!(report.diagnostics.is_empty(), "{:?}", codes(&report));
    }

    #[test]
    fn syntax_errors_have_their_line_and_the_rest_is_still_compared() {
        let en = "hello = Dear { $name },\nbroken = { $x\nbye = Goodbye\n";
        let (_dir, report) = run(&[("nl/a.ftl", NL), ("en/a.ftl", en)]);
        let found = codes(&report);
        let syntax = report
            .diagnostics
            .iter()
            .find(|d| d.code == Code::FLUENT_SYNTAX)
            .unwrap_or_else(|| panic!("{found:#?}"));
        let shown = syntax.to_string();
        assert!(
            shown.contains("en/a.ftl:") && (shown.contains("a.ftl:2:") || shown.contains("line 2")),
            "{shown}"
        );
        // `bye`, after the broken entry, still counts as present.
        assert!(
            !found.iter().any(|(_, t)| t.contains("`bye` is missing")),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|(_, t)| t.contains("`greeting` is missing")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_missing_file_is_one_finding_and_coverage_is_per_file() {
        let (_dir, report) = run(&[
            ("nl/a.ftl", NL),
            ("nl/b.ftl", "one = Een\ntwo = Twee\n"),
            ("en/a.ftl", NL),
            ("tr/language.toml.keep", ""),
        ]);
        let found = codes(&report);
        let missing: Vec<&String> = found
            .iter()
            .filter(|(c, _)| *c == "fluent.missing-message")
            .map(|(_, t)| t)
            .collect();
        // en lacks b.ftl; tr lacks both files.
        assert_eq!(missing.len(), 3, "{missing:#?}");
        assert!(
            missing
                .iter()
                .any(|t| t.contains("en/b.ftl is missing") && t.contains("2 message")),
            "{missing:#?}"
        );
        let table = report.table();
        assert!(table.contains("against nl (binding)"), "{table}");
        let row = |name: &str| {
            table
                .lines()
                .rev()
                .find(|l| l.split_whitespace().next() == Some(name))
                .unwrap_or_else(|| panic!("{table}"))
                .split_whitespace()
                .skip(1)
                .collect::<Vec<_>>()
        };
        // Columns in code order: en, nl, tr.
        assert_eq!(row("a.ftl"), ["5/5", "5/5", "0/5"], "{table}");
        assert_eq!(row("b.ftl"), ["0/2", "2/2", "0/2"], "{table}");
        assert_eq!(row("messages"), ["5/7", "7/7", "0/7"], "{table}");

        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(json["binding"], "nl");
        assert_eq!(json["coverage"][0]["language"], "en");
        assert_eq!(json["coverage"][0]["files"][1]["present"], 0);
        assert!(json["diagnostics"].as_array().unwrap().len() >= 3);
    }
}

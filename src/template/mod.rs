//! Template packages (`templates/<id>/`: template.toml, letter.md, examples/*.json) and
//! rendering `letter.md` with Tera into Markdown. Values are Markdown-escaped on the way
//! in; `t()` reads Fluent; filters format money, dates and numbers per locale.
//!
//! Every letter.md is compiled once, into a Tera instance of its own: a template that
//! does not load is reported with its problems and leaves every other one usable. Before
//! compiling, each text line gets an invisible line marker (see [`lines`]), so every line
//! of the rendered Markdown — and every error — points back at its line in letter.md.

mod describe;
mod escape;
mod functions;
mod lines;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::data::Schema;
use crate::diag::{Code, Diagnostic};
use crate::i18n::{Language, Locales};
use crate::letter::ir::LetterKind;
use crate::project::files::{Files, join};

use lines::Prepared;

/// One template package.
#[derive(Debug, Clone, Serialize)]
pub struct Template {
    pub id: String,
    pub kind: LetterKind,
    /// Fluent message id of the subject line.
    pub title: String,
    pub schemes: Vec<String>,
    pub languages: Vec<Language>,
    /// The template's own fields merged after the envelope fields.
    pub schema: Schema,
    /// The package folder as shown in messages.
    pub dir: PathBuf,
    pub examples: Vec<Example>,
    /// The remedy a decision names (template.toml `remedy`, default bezwaar); letter.md
    /// sees it as `remedy`. None for letters that are not decisions.
    pub remedy: Option<Remedy>,
    /// On whose behalf the letter is signed (template.toml `signed_for`, default the
    /// college): chooses the closing line.
    pub signed_for: SignedFor,
    /// The layout a letter gets when the request names none (template.toml `style`,
    /// default b1).
    pub style: crate::house::Style,
    /// letter.md, compiled: the template is looked up once per letter and rendered
    /// from what that lookup found.
    #[serde(skip)]
    engine: Arc<Compiled>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Example {
    /// File stem: `examples/gezin.json` → `gezin`.
    pub name: String,
    pub path: PathBuf,
    #[serde(skip)]
    pub data: serde_json::Value,
}

/// Every template package of a project, each compiled once; broken ones are kept with
/// their problems.
pub struct Templates {
    /// Sorted by id.
    slots: Vec<Slot>,
}

enum Slot {
    Ready(Box<Template>),
    Broken {
        id: String,
        problems: Vec<TemplateError>,
    },
}

impl Slot {
    fn id(&self) -> &str {
        match self {
            Slot::Ready(t) => &t.id,
            Slot::Broken { id, .. } => id,
        }
    }
}

struct Compiled {
    tera: tera::Tera,
    /// The name of letter.md in the Tera instance.
    name: String,
    /// The letter.md file, for errors and line maps.
    file: PathBuf,
    /// letter.md as read, for the checker's excerpts and a recompile after a reload.
    source: String,
    prepared: Prepared,
}

impl fmt::Debug for Compiled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Compiled")
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

/// Markdown produced by a template, with the template line of every output line.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedMarkdown {
    pub text: String,
    /// `lines[i]` is the 1-based line in `letter.md` that produced output line `i`
    /// (0-based); 0 where unknown.
    pub lines: Vec<u32>,
    /// The file the lines refer to.
    pub file: PathBuf,
    /// Every Fluent message `t()` put into the text, in order.
    pub messages: Vec<UsedMessage>,
}

/// One Fluent message as `t()` rendered it into a letter.
#[derive(Debug, Clone, PartialEq)]
pub struct UsedMessage {
    pub id: String,
    /// The message as rendered, with its arguments (Markdown).
    pub text: String,
}

/// template.toml as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    id: Spanned<String>,
    kind: Spanned<String>,
    title: Spanned<String>,
    #[serde(default)]
    schemes: Vec<Spanned<String>>,
    languages: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    data: Option<Spanned<toml::Value>>,
    #[serde(default)]
    remedy: Option<Spanned<String>>,
    #[serde(default)]
    signed_for: Option<Spanned<String>>,
    #[serde(default)]
    style: Option<Spanned<String>>,
}

/// The remedy against a decision: bezwaar to the body that decided (Awb 6:4, 7:1), or
/// administratief beroep to another body (Awb 7:1a does not apply; e.g. kwijtschelding
/// of municipal taxes: beroep to the college, Gemeentewet art. 255 with Invorderingswet
/// 1990 art. 26), whose decision is final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Remedy {
    Bezwaar,
    AdministratiefBeroep,
}

impl Remedy {
    pub const NAMES: [&'static str; 2] = ["bezwaar", "administratief-beroep"];

    pub fn name(self) -> &'static str {
        match self {
            Remedy::Bezwaar => "bezwaar",
            Remedy::AdministratiefBeroep => "administratief-beroep",
        }
    }
}

/// Who takes the decision and on whose behalf the signatory signs: the college of
/// burgemeester en wethouders (mandaat) or the invorderingsambtenaar (Gemeentewet art.
/// 231 lid 2 onder b; kwijtschelding, Invorderingswet 1990 art. 26).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignedFor {
    College,
    Invorderingsambtenaar,
}

impl SignedFor {
    pub const NAMES: [&'static str; 2] = ["college", "invorderingsambtenaar"];

    /// The Fluent id of the closing lines (house.ftl).
    pub fn closing_message(self) -> &'static str {
        match self {
            SignedFor::College => "closing",
            SignedFor::Invorderingsambtenaar => "closing-invorderingsambtenaar",
        }
    }
}

impl Templates {
    /// Loads every `dir/<id>/` of `files` (skipping names starting with `_` or `.`). A
    /// broken template.toml, an unknown field type or a Tera syntax error is reported with
    /// file:line:column by [`Templates::problems`] and makes only that template unusable.
    /// Fails only when the folder itself cannot be read.
    pub fn load(
        files: &Files,
        dir: &str,
        locales: Arc<Locales>,
    ) -> Result<Templates, TemplateError> {
        let entries = files.list(dir).map_err(|e| TemplateError::Read {
            path: files.display(dir),
            message: format!("cannot read the templates folder: {e}"),
        })?;
        let mut slots = Vec::new();
        for entry in entries {
            if entry.name.starts_with('_') || !entry.is_dir {
                continue;
            }
            let id = entry.name;
            let package = join(dir, &id);
            let manifest = load_manifest(files, &id, &package, &locales);
            let letter = compile(files, &id, &package, &locales);
            let examples = load_examples(files, &package);
            slots.push(match (manifest, letter, examples) {
                (Ok(d), Ok(compiled), Ok(examples)) => Slot::Ready(Box::new(Template {
                    id: d.id,
                    kind: d.kind,
                    title: d.title,
                    schemes: d.schemes,
                    languages: d.languages,
                    schema: d.schema,
                    dir: d.dir,
                    examples,
                    remedy: d.remedy,
                    signed_for: d.signed_for,
                    style: d.style,
                    engine: Arc::new(compiled),
                })),
                (manifest, letter, examples) => {
                    let mut problems = Vec::new();
                    problems.extend(manifest.err());
                    problems.extend(letter.err());
                    problems.extend(examples.err());
                    Slot::Broken { id, problems }
                }
            });
        }
        slots.sort_by(|a, b| a.id().cmp(b.id()));
        Ok(Templates { slots })
    }

    /// The same templates with their `t()` bound to other messages (after the locales
    /// were reloaded): recompiled from the sources already read.
    pub fn with_locales(&self, locales: Arc<Locales>) -> Templates {
        let slots = self
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Ready(template) => {
                    // The manifest's languages were checked against the old locales.
                    let gone: Vec<&str> = template
                        .languages
                        .iter()
                        .filter(|lang| locales.profile(**lang).is_err())
                        .map(|lang| lang.code())
                        .collect();
                    if !gone.is_empty() {
                        return Slot::Broken {
                            id: template.id.clone(),
                            problems: vec![TemplateError::Other(format!(
                                "{}: languages {} have no profile in locales/ any more",
                                template.dir.join("template.toml").display(),
                                gone.join(", ")
                            ))],
                        };
                    }
                    let c = &template.engine;
                    match compile_source(&template.id, c.file.clone(), c.source.clone(), &locales) {
                        Ok(compiled) => Slot::Ready(Box::new(Template {
                            engine: Arc::new(compiled),
                            ..(**template).clone()
                        })),
                        Err(e) => Slot::Broken {
                            id: template.id.clone(),
                            problems: vec![e],
                        },
                    }
                }
                Slot::Broken { id, problems } => Slot::Broken {
                    id: id.clone(),
                    problems: problems.clone(),
                },
            })
            .collect();
        Templates { slots }
    }

    pub fn get(&self, id: &str) -> Result<&Template, TemplateError> {
        match self.slots.binary_search_by(|s| s.id().cmp(id)) {
            Ok(i) => match &self.slots[i] {
                Slot::Ready(template) => Ok(template),
                Slot::Broken { id, problems } => Err(TemplateError::Broken {
                    id: id.clone(),
                    problems: problems.clone(),
                }),
            },
            Err(_) => Err(TemplateError::Unknown {
                id: id.to_owned(),
                known: if self.slots.is_empty() {
                    "(no templates loaded)".to_owned()
                } else {
                    self.slots
                        .iter()
                        .map(Slot::id)
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            }),
        }
    }

    /// The templates that loaded, sorted by id.
    pub fn iter(&self) -> impl Iterator<Item = &Template> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Ready(t) => Some(&**t),
            Slot::Broken { .. } => None,
        })
    }

    /// The templates that did not load, with every problem found.
    pub fn problems(&self) -> impl Iterator<Item = (&str, &[TemplateError])> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Broken { id, problems } => Some((id.as_str(), problems.as_slice())),
            Slot::Ready(_) => None,
        })
    }
}

impl Template {
    /// Whether the template is written for `lang`; the error names the languages it is.
    pub fn check_language(&self, lang: Language) -> Result<(), TemplateError> {
        if self.languages.contains(&lang) {
            return Ok(());
        }
        Err(TemplateError::Language {
            id: self.id.clone(),
            lang,
            available: self.languages.clone(),
        })
    }

    /// letter.md as it was read when the template loaded.
    pub fn letter_md(&self) -> &str {
        &self.engine.source
    }

    /// Renders `letter.md` for `data` (already validated by the template's schema) in
    /// `lang`. Errors (Tera runtime errors, missing Fluent messages or variables) point at
    /// letter.md line:column.
    pub fn render_markdown(
        &self,
        lang: Language,
        data: &serde_json::Value,
    ) -> Result<RenderedMarkdown, TemplateError> {
        self.check_language(lang)?;
        let fields = data.as_object().ok_or_else(|| TemplateError::Data {
            id: self.id.clone(),
            message: "the data of a letter must be a JSON object".to_owned(),
        })?;
        let mut context = tera::Context::new();
        for (name, value) in fields {
            context.insert_value(name.clone(), tera::Value::from_serializable(value));
        }
        context.insert(functions::LANG, lang.code());
        self.engine.render(&context)
    }
}

/// A Tera instance for one letter.md: Markdown escaping on, `t()` and the filters
/// registered.
fn new_tera(locales: &Arc<Locales>) -> tera::Tera {
    let mut tera = tera::Tera::new();
    tera.set_escape_fn(escape::tera_escape);
    tera.autoescape_on(["letter.md"]);
    functions::register(&mut tera, Arc::clone(locales));
    // `| safe` would let data through unescaped; messages from t() are safe already.
    tera.register_filter("safe", refuse_safe);
    tera
}

impl fmt::Debug for Templates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Templates")
            .field("templates", &self.iter().map(|t| &t.id).collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

fn refuse_safe(
    value: &tera::Value,
    _: tera::Kwargs,
    _: &tera::State,
) -> tera::TeraResult<tera::Value> {
    let _ = value;
    Err(tera::Error::message(
        "filter `safe` is not allowed in letters: data is always shown literally; t() messages may hold Markdown",
    ))
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_owned()
    }
}

#[derive(Clone, Copy)]
enum Stage {
    Compile,
    Render,
}

impl Compiled {
    fn render(&self, context: &tera::Context) -> Result<RenderedMarkdown, TemplateError> {
        // Tera has no known panics on templates that compiled, but a letter must never
        // take a batch down: turn one into an error for this letter.
        let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.tera.render(&self.name, context)
        }))
        .map_err(|panic| TemplateError::Render {
            file: self.file.clone(),
            line: 0,
            column: 0,
            message: format!("internal error while rendering: {}", panic_message(&panic)),
        })?
        .map_err(|e| self.error(e, Stage::Render))?;
        let (text, lines, messages) = lines::strip_markers(&rendered);
        Ok(RenderedMarkdown {
            text,
            lines,
            file: self.file.clone(),
            messages,
        })
    }
    /// A Tera error as a located error in the original letter.md.
    fn error(&self, error: tera::Error, stage: Stage) -> TemplateError {
        let (line, column, message) = match error.kind() {
            tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
                let span = report.span();
                (
                    span.start_line,
                    span.start_col + 1,
                    report.message().to_owned(),
                )
            }
            // Unknown filters and functions come as a message holding Tera's report.
            tera::ErrorKind::Msg(text) => parse_report(text)
                .unwrap_or_else(|| (0, 0, text.lines().next().unwrap_or_default().to_owned())),
            _ => (0, 0, error.to_string()),
        };
        let column = if line > 0 && column > 0 {
            self.prepared.original_column(line, column - 1) + 1
        } else {
            column
        };
        // Tera names only the end of the file, or the outer block's end tag as unknown;
        // the author needs the tag left open.
        let (line, column, message) = match lines::unclosed_block(&self.source) {
            Some(open) => {
                let at_end = message == "Unexpected end of input";
                let before = open.cut_by.as_ref().map(|(word, offset)| {
                    (
                        word,
                        crate::diag::line_col(&self.source, *offset).0 as usize,
                    )
                });
                match before {
                    Some((end, end_line)) if end_line == line && !at_end => {
                        let (l, c) = crate::diag::line_col(&self.source, open.offset);
                        let w = &open.word;
                        (
                            l as usize,
                            c as usize,
                            format!(
                                "`{{% {w} %}}` opened on line {l} is not closed: end the block \
                                 with `{{% end{w} %}}` before the `{{% {end} %}}` on line \
                                 {end_line}"
                            ),
                        )
                    }
                    None if at_end => {
                        let (l, c) = crate::diag::line_col(&self.source, open.offset);
                        let w = &open.word;
                        (
                            l as usize,
                            c as usize,
                            format!(
                                "`{{% {w} %}}` opened on line {l} is not closed: end the block \
                                 with `{{% end{w} %}}`"
                            ),
                        )
                    }
                    _ => (line, column, message),
                }
            }
            None => (line, column, message),
        };
        let file = self.file.clone();
        let line = u32::try_from(line).unwrap_or(0);
        let column = u32::try_from(column).unwrap_or(0);
        if let Some(problem) = lines::FluentProblem::decode(&message) {
            return fluent_error(problem, file, line, column);
        }
        let message = with_suggestion(message.replace(lines::MESSAGE_ID_ARG, "message id"));
        match stage {
            Stage::Compile => TemplateError::Syntax {
                file,
                line,
                column,
                message,
            },
            Stage::Render => TemplateError::Render {
                file,
                line,
                column,
                message,
            },
        }
    }
}

/// A Fluent problem of the `t()` call at `line`:`column` of letter.md `file`: a message
/// that cannot be formatted is at its `.ftl` line (where it is fixed), naming the call.
fn fluent_error(
    problem: lines::FluentProblem,
    file: PathBuf,
    line: u32,
    column: u32,
) -> TemplateError {
    match problem.ftl {
        Some((ftl, ftl_line)) if !problem.missing => TemplateError::Message {
            message: format!(
                "{} (t() at {})",
                problem.message,
                location(&file, line, column)
            ),
            file: PathBuf::from(ftl),
            line: ftl_line,
            column: 0,
            missing: false,
            suggestion: problem.suggestion,
        },
        _ => TemplateError::Message {
            file,
            line,
            column,
            missing: problem.missing,
            message: problem.message,
            suggestion: problem.suggestion,
        },
    }
}

/// Filters and functions letters use, to suggest one for a typo.
const FILTERS: &[&str] = &[
    "money",
    "date",
    "number",
    "default",
    "upper",
    "lower",
    "capitalize",
    "length",
    "join",
    "trim",
    "first",
    "last",
    "round",
    "replace",
];
const FUNCTIONS: &[&str] = &["t", "range"];

/// `Unknown filter `mony`` → `... (did you mean `money`?)`.
fn with_suggestion(message: String) -> String {
    let (known, rest) = if let Some(rest) = message.strip_prefix("Unknown filter `") {
        (FILTERS, rest)
    } else if let Some(rest) = message.strip_prefix("Unknown function `") {
        (FUNCTIONS, rest)
    } else {
        return message;
    };
    let Some(name) = rest.split('`').next() else {
        return message;
    };
    match crate::diag::closest(name, known.iter().copied()) {
        Some(k) => format!("{message} (did you mean `{k}`?)"),
        None => message,
    }
}

/// The first `error: message` / ` --> name:line:column` of a Tera report.
fn parse_report(text: &str) -> Option<(usize, usize, String)> {
    let mut message = None;
    for line in text.lines() {
        if message.is_none() {
            message = line.strip_prefix("error: ").map(str::to_owned);
            continue;
        }
        if let Some(location) = line.trim_start().strip_prefix("--> ") {
            let mut parts = location.rsplitn(3, ':');
            let column = parts.next()?.parse().ok()?;
            let line = parts.next()?.parse().ok()?;
            return Some((line, column, message?));
        }
    }
    None
}

/// A text file of the project, without the byte order mark some editors write.
fn read(files: &Files, rel: &str) -> Result<String, TemplateError> {
    files.read_text(rel).map_err(|e| TemplateError::Read {
        path: files.display(rel),
        message: format!("cannot read: {e}"),
    })
}

fn load_manifest(
    files: &Files,
    id: &str,
    package: &str,
    locales: &Locales,
) -> Result<Described, TemplateError> {
    let rel = join(package, "template.toml");
    let file = files.display(&rel);
    let text = read(files, &rel)?;
    let at = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = crate::diag::line_col(&text, span.start);
        TemplateError::Manifest {
            file: file.clone(),
            line,
            column,
            message,
        }
    };
    let manifest: Manifest = toml::from_str(&text)
        .map_err(|e| at(e.span().unwrap_or(0..0), e.message().trim_end().to_owned()))?;

    if manifest.id.get_ref() != id {
        return Err(at(
            manifest.id.span(),
            format!(
                "id `{}` must equal the folder name `{id}`",
                manifest.id.get_ref()
            ),
        ));
    }
    if let Err(why) = crate::diag::check_id(crate::diag::IdKind::Slug, id) {
        return Err(at(manifest.id.span(), format!("id `{id}`: {why}")));
    }
    let kind = match manifest.kind.get_ref().as_str() {
        "decision" => LetterKind::Decision,
        "request" => LetterKind::Request,
        "information" => LetterKind::Information,
        "checklist" => LetterKind::Checklist,
        other => {
            return Err(at(
                manifest.kind.span(),
                format!(
                    "unknown kind `{other}`: expected decision, request, information or checklist"
                ),
            ));
        }
    };
    if manifest.title.get_ref().trim().is_empty() {
        return Err(at(
            manifest.title.span(),
            "title must be the Fluent id of the subject line".to_owned(),
        ));
    }
    let mut schemes = Vec::with_capacity(manifest.schemes.len());
    for scheme in manifest.schemes {
        if scheme.get_ref().trim().is_empty() {
            return Err(at(scheme.span(), "a scheme id cannot be empty".to_owned()));
        }
        schemes.push(scheme.into_inner());
    }
    let mut languages = Vec::new();
    for code in manifest.languages.get_ref() {
        // Only the project's languages (those with a profile in locales/).
        let lang = locales
            .language(code.get_ref())
            .map_err(|e| at(code.span(), e.to_string()))?;
        if languages.contains(&lang) {
            return Err(at(
                code.span(),
                format!("language `{}` is listed twice", code.get_ref()),
            ));
        }
        languages.push(lang);
    }
    let binding = locales.binding();
    if !languages.contains(&binding) {
        let name = locales
            .profile(binding)
            .map_or_else(|_| binding.to_string(), |p| p.english_name.clone());
        return Err(at(
            manifest.languages.span(),
            format!(
                "languages must include `{binding}`: {name} is the binding language of every letter"
            ),
        ));
    }

    let remedy = match &manifest.remedy {
        Some(r) if kind != LetterKind::Decision => {
            return Err(at(
                r.span(),
                "`remedy` belongs only to a template of kind decision".to_owned(),
            ));
        }
        Some(r) => Some(match r.get_ref().as_str() {
            "bezwaar" => Remedy::Bezwaar,
            "administratief-beroep" => Remedy::AdministratiefBeroep,
            other => {
                return Err(at(
                    r.span(),
                    format!(
                        "unknown remedy `{other}`: expected {}",
                        Remedy::NAMES.join(" or ")
                    ),
                ));
            }
        }),
        None => (kind == LetterKind::Decision).then_some(Remedy::Bezwaar),
    };
    let signed_for = match &manifest.signed_for {
        Some(s) => match s.get_ref().as_str() {
            "college" => SignedFor::College,
            "invorderingsambtenaar" => SignedFor::Invorderingsambtenaar,
            other => {
                return Err(at(
                    s.span(),
                    format!(
                        "unknown signed_for `{other}`: expected {}",
                        SignedFor::NAMES.join(" or ")
                    ),
                ));
            }
        },
        None => SignedFor::College,
    };
    let style = match &manifest.style {
        Some(s) => s
            .get_ref()
            .parse::<crate::house::Style>()
            .map_err(|e| at(s.span(), e))?,
        None => crate::house::Style::B1,
    };

    let data_span = manifest.data.as_ref().map_or(0..0, |d| d.span());
    let own = match &manifest.data {
        Some(data) => Schema::from_toml(data.get_ref())
            .map_err(|e| schema_error(&file, &text, data_span.clone(), &e))?,
        None => Schema { fields: Vec::new() },
    };
    // The envelope fields first; a template may not declare them or reserved names.
    let schema = own
        .with_envelope()
        .map_err(|e| schema_error(&file, &text, data_span, &e))?;

    Ok(Described {
        id: id.to_owned(),
        kind,
        title: manifest.title.into_inner(),
        schemes,
        languages,
        schema,
        dir: files.display(package),
        remedy,
        signed_for,
        style,
    })
}

/// What template.toml says of a template.
struct Described {
    id: String,
    kind: LetterKind,
    title: String,
    schemes: Vec<String>,
    languages: Vec<Language>,
    schema: Schema,
    dir: PathBuf,
    remedy: Option<Remedy>,
    signed_for: SignedFor,
    style: crate::house::Style,
}

/// The schema's problems (one a line, each starting with its path such as
/// `data.decision.fields.amount.type: ...`), each located at that path in template.toml;
/// the first one gives the error its location.
fn schema_error(
    file: &Path,
    text: &str,
    data: std::ops::Range<usize>,
    errors: &str,
) -> TemplateError {
    let document = toml::de::DeTable::parse(text).ok();
    let locate = |problem: &str| {
        let span = problem
            .split_once(": ")
            .and_then(|(path, _)| {
                document
                    .as_ref()
                    .and_then(|d| locate_path(d.get_ref(), path))
            })
            .unwrap_or_else(|| data.clone());
        crate::diag::line_col(text, span.start)
    };
    let mut problems = errors.lines().filter(|l| !l.trim().is_empty());
    let first = problems.next().unwrap_or("the [data] table is not valid");
    let (line, column) = locate(first);
    let mut message = first.to_owned();
    for problem in problems {
        let (l, c) = locate(problem);
        message.push_str(&format!("\n{}: {problem}", location(file, l, c)));
    }
    TemplateError::Manifest {
        file: file.to_owned(),
        line,
        column,
        message,
    }
}

/// Where `data.decision.fields.items.of` or `data.x.values[2]` is written: the deepest
/// part of the path found.
fn locate_path(document: &toml::de::DeTable<'_>, path: &str) -> Option<std::ops::Range<usize>> {
    let mut table = document;
    let mut found = None;
    for segment in path.split('.') {
        let (key, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        let Some((name, value)) = table.iter().find(|(k, _)| k.get_ref() == key) else {
            return found;
        };
        found = Some(name.span());
        let mut value = value;
        for index in indices
            .split(['[', ']'])
            .filter(|s| !s.is_empty())
            .map(str::parse::<usize>)
        {
            let toml::de::DeValue::Array(items) = value.get_ref() else {
                return found;
            };
            match index.ok().and_then(|i| items.get(i)) {
                Some(item) => {
                    found = Some(item.span());
                    value = item;
                }
                None => return found,
            }
        }
        match value.get_ref() {
            toml::de::DeValue::Table(inner) => table = inner,
            _ => {
                // A scalar: point at the value itself when the path ends here.
                found = Some(value.span());
                break;
            }
        }
    }
    found
}

fn compile(
    files: &Files,
    id: &str,
    package: &str,
    locales: &Arc<Locales>,
) -> Result<Compiled, TemplateError> {
    let rel = join(package, "letter.md");
    let source = read(files, &rel)?;
    compile_source(id, files.display(&rel), source, locales)
}

fn compile_source(
    id: &str,
    file: PathBuf,
    source: String,
    locales: &Arc<Locales>,
) -> Result<Compiled, TemplateError> {
    let mut compiled = Compiled {
        tera: new_tera(locales),
        name: format!("{id}/letter.md"),
        file,
        prepared: lines::prepare(&source),
        source,
    };
    // A panic inside Tera must not take the program down: loading fails with an error.
    let added = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        compiled
            .tera
            .add_raw_template(&compiled.name, &compiled.prepared.source)
    }))
    .map_err(|panic| TemplateError::Syntax {
        file: compiled.file.clone(),
        line: 0,
        column: 0,
        message: format!("internal error while compiling: {}", panic_message(&panic)),
    })?;
    added.map_err(|e| compiled.error(e, Stage::Compile))?;
    Ok(compiled)
}

fn load_examples(files: &Files, package: &str) -> Result<Vec<Example>, TemplateError> {
    let folder = join(package, "examples");
    if !files.is_dir(&folder) {
        return Ok(Vec::new());
    }
    let entries = files.list(&folder).map_err(|e| TemplateError::Read {
        path: files.display(&folder),
        message: e.to_string(),
    })?;
    let mut paths: BTreeMap<String, String> = BTreeMap::new();
    for entry in entries {
        if let Some(stem) = entry.name.strip_suffix(".json")
            && !entry.is_dir
        {
            paths.insert(stem.to_owned(), join(&folder, &entry.name));
        }
    }
    let mut examples = Vec::with_capacity(paths.len());
    for (name, rel) in paths {
        let text = read(files, &rel)?;
        let path = files.display(&rel);
        let data = serde_json::from_str(&text).map_err(|e| TemplateError::Example {
            file: path.clone(),
            line: u32::try_from(e.line()).unwrap_or(0),
            column: u32::try_from(e.column()).unwrap_or(0),
            message: e.to_string(),
        })?;
        examples.push(Example { name, path, data });
    }
    Ok(examples)
}

/// What went wrong with a template, located in its files wherever possible.
#[derive(Debug, Clone, thiserror::Error)]
pub enum TemplateError {
    #[error("unknown template `{id}`: expected one of {known}")]
    Unknown { id: String, known: String },
    #[error("{}: {message}", path.display())]
    Read { path: PathBuf, message: String },
    /// template.toml is not valid or says something impossible.
    #[error("{}: {message}", location(file, *line, *column))]
    Manifest {
        file: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    /// letter.md does not compile: Tera syntax, unknown filter or function.
    #[error("{}: {message}", location(file, *line, *column))]
    Syntax {
        file: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    /// Rendering letter.md failed: undefined variable, wrong value for a filter, missing
    /// Fluent message or variable.
    #[error("{}: {message}", location(file, *line, *column))]
    Render {
        file: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    /// A Fluent message `t()` could not use: missing in the letter's language (at the
    /// call, with the nearest ids) or not formattable (at its `.ftl` line, naming the call
    /// and the variables it passed).
    #[error("{}: {message}{}", location(file, *line, *column), suggestion.as_ref().map(|s| format!(" ({s})")).unwrap_or_default())]
    Message {
        file: PathBuf,
        line: u32,
        column: u32,
        missing: bool,
        message: String,
        suggestion: Option<String>,
    },
    #[error("{}: not valid JSON: {message}", location(file, *line, *column))]
    Example {
        file: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    #[error("template `{id}` is not available in `{}`: it is written for {}", lang.code(), codes(available))]
    Language {
        id: String,
        lang: Language,
        available: Vec<Language>,
    },
    #[error("template `{id}`: {message}")]
    Data { id: String, message: String },
    /// The template exists but did not load: every problem found.
    #[error("template `{id}` could not be loaded:\n{}", list(problems))]
    Broken {
        id: String,
        problems: Vec<TemplateError>,
    },
    #[error("{0}")]
    Other(String),
}

impl TemplateError {
    /// The problem(s) as diagnostics, at the file, line and column they point at.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let at = |code: Code, file: &Path, line: u32, column: u32, message: &str| {
            vec![Diagnostic::error(code, message).at_file(file.display().to_string(), line, column)]
        };
        match self {
            TemplateError::Unknown { id, known } => {
                let d = Diagnostic::error(Code::TEMPLATE_UNKNOWN, self.to_string());
                vec![match crate::diag::closest(id, known.split(", ")) {
                    Some(near) => d.with_suggestion(format!("did you mean `{near}`?")),
                    None => d,
                }]
            }
            TemplateError::Read { path, message } => at(Code::IO_READ, path, 0, 0, message),
            TemplateError::Manifest {
                file,
                line,
                column,
                message,
            } => at(Code::TEMPLATE_MANIFEST, file, *line, *column, message),
            TemplateError::Syntax {
                file,
                line,
                column,
                message,
            } => at(Code::TEMPLATE_SYNTAX, file, *line, *column, message),
            TemplateError::Render {
                file,
                line,
                column,
                message,
            } => at(Code::TEMPLATE_RENDER, file, *line, *column, message),
            TemplateError::Message {
                file,
                line,
                column,
                missing,
                message,
                suggestion,
            } => {
                let code = if *missing {
                    Code::FLUENT_MISSING_MESSAGE
                } else {
                    Code::FLUENT_MESSAGE
                };
                let mut d = Diagnostic::error(code, message.as_str()).at_file(
                    file.display().to_string(),
                    *line,
                    *column,
                );
                d.suggestion = suggestion.clone();
                vec![d]
            }
            TemplateError::Example {
                file,
                line,
                column,
                message,
            } => at(
                Code::JSON_SYNTAX,
                file,
                *line,
                *column,
                &format!("not valid JSON: {message}"),
            ),
            TemplateError::Language { .. } => {
                vec![Diagnostic::error(Code::TEMPLATE_LANGUAGE, self.to_string())]
            }
            TemplateError::Data { .. } | TemplateError::Other(_) => {
                vec![Diagnostic::error(Code::TEMPLATE_RENDER, self.to_string())]
            }
            TemplateError::Broken { problems, .. } => problems
                .iter()
                .flat_map(TemplateError::diagnostics)
                .collect(),
        }
    }
}

fn list(errors: &[TemplateError]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `file:line:column`, leaving out what is unknown (0).
fn location(file: &Path, line: u32, column: u32) -> String {
    match (line, column) {
        (0, _) => file.display().to_string(),
        (l, 0) => format!("{}:{l}", file.display()),
        (l, c) => format!("{}:{l}:{c}", file.display()),
    }
}

fn codes(languages: &[Language]) -> String {
    languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;

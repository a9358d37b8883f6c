//! Diagnostics: every problem helder finds, in one shape for every stage and caller.
//!
//! A [`Diagnostic`] says what is wrong (a stable [`Code`] and a message), where (a record
//! and JSON path, or a file, line and column) and, when helder can tell, how to fix it.
//! [`Diagnostics`] holds every problem of one thing (a record, a project load) at once.
//! The CLI prints them with [`report`] (rustc-style), logs and tests use `Display` (one
//! line per problem), the server sends their JSON form (serde).
//!
//! The helpers those messages need live here too, so every stage words and counts them
//! the same way: [`line_col`] (byte offset → line:column), [`closest`] ("did you mean"),
//! [`check_id`] and [`suggest_id`] (what a name may hold).

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::ser::{Serialize, SerializeMap, Serializer};

// ---- codes ---------------------------------------------------------------------------

/// A stable name for a kind of problem: dotted, lowercase, kebab-case parts (`data.type`).
/// Clients of the server match on it, so a code is never renamed or reused; every code is
/// declared, with what it means, in this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(&'static str);

impl Code {
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Declares the codes and [`Code::ALL`] in one list, so no code escapes the shape test.
macro_rules! codes {
    ($($(#[doc = $doc:expr])+ $name:ident = $code:literal;)+) => {
        impl Code {
            $($(#[doc = $doc])+ pub const $name: Code = Code($code);)+

            /// Every code, in the order declared here.
            pub const ALL: &'static [Code] = &[$(Code::$name),+];
        }
    };
}

codes! {
    // Decision data (a record checked against a template's schema, a case file).
    /// A value has the wrong type: `expected money in cents, got "12,50"`.
    DATA_TYPE = "data.type";
    /// A required field is missing or null.
    DATA_MISSING = "data.missing";
    /// A field the schema does not know (often a typo: see the suggestion).
    DATA_UNKNOWN_FIELD = "data.unknown-field";
    /// A value of the right type that is not allowed: not one of the choices, a day that
    /// does not exist, a number too large, text that is empty once cleaned.
    DATA_VALUE = "data.value";
    /// A record or case that does not fit together as a whole (a partner without an
    /// application, a period that ends before it starts).
    DATA_INCONSISTENT = "data.inconsistent";
    /// Input that is not valid JSON.
    JSON_SYNTAX = "json.syntax";
    /// Input that is not valid CSV, or CSV columns that do not map to fields.
    CSV_SYNTAX = "csv.syntax";

    // Templates.
    /// No template with this id.
    TEMPLATE_UNKNOWN = "template.unknown";
    /// `template.toml` is not valid TOML or says something impossible.
    TEMPLATE_MANIFEST = "template.manifest";
    /// The data schema in `template.toml` is wrong (unknown type, bad field name).
    TEMPLATE_SCHEMA = "template.schema";
    /// `letter.md` does not compile: Tera syntax, unknown filter or function.
    TEMPLATE_SYNTAX = "template.syntax";
    /// Rendering `letter.md` failed: undefined variable, wrong value for a filter.
    TEMPLATE_RENDER = "template.render";
    /// The template is not written for the requested language.
    TEMPLATE_LANGUAGE = "template.language";

    // Languages and Fluent messages.
    /// A language code helder does not support.
    LANGUAGE_UNKNOWN = "language.unknown";
    /// A language profile (`locales/<code>/language.toml`) that is not right.
    LANGUAGE_PROFILE = "language.profile";
    /// A `.ftl` file does not parse.
    FLUENT_SYNTAX = "fluent.syntax";
    /// A message or term is defined twice for one language.
    FLUENT_DUPLICATE = "fluent.duplicate";
    /// A message the letter uses does not exist in its language.
    FLUENT_MISSING_MESSAGE = "fluent.missing-message";
    /// A message exists but cannot be formatted (a missing variable, a bad reference).
    FLUENT_MESSAGE = "fluent.message";
    /// No messages at all are loaded for a language.
    FLUENT_NO_MESSAGES = "fluent.no-messages";

    // The letter (Markdown → Letter IR).
    /// The rendered Markdown holds something a letter may not (raw HTML, a link that is
    /// not https, mailto or tel).
    LETTER_MARKDOWN = "letter.markdown";
    /// A malformed `:::` block: unknown kind, not closed, closing nothing, nested.
    LETTER_FENCE = "letter.fence";
    /// A letter date that is missing or not a calendar date.
    LETTER_DATE = "letter.date";
    /// A pictogram name that is not in the icon set.
    ICON_UNKNOWN = "icon.unknown";
    /// A pictogram file or manifest entry that is broken (bad SVG, bad name).
    ICON_INVALID = "icon.invalid";

    // House style, fonts and typst.
    /// The house style (`house/`) is incomplete or says something impossible.
    HOUSE_INVALID = "house.invalid";
    /// A font is missing or unreadable.
    FONT_MISSING = "font.missing";
    /// Text in the letter that no loaded font can show (it would print as empty boxes).
    FONT_MISSING_GLYPHS = "font.missing-glyphs";
    /// typst reported errors compiling the house style with the letter.
    TYPST_COMPILE = "typst.compile";
    /// Writing the PDF or PNG pages failed.
    TYPST_EXPORT = "typst.export";
    /// After typesetting, something lies outside its region (the address outside the
    /// envelope window, text beyond the page) or the letter is over its page budget.
    LAYOUT_OVERFLOW = "layout.overflow";

    // Checklist catalog and the plain-language checker's rules.
    /// The scheme catalog (`schemes/`) has a mistake.
    CATALOG_INVALID = "catalog.invalid";
    /// A plain-language rules file (`locales/<lang>/plain.toml`) has a mistake.
    PLAIN_RULES = "plain.rules";

    // Files and helder itself.
    /// A file or folder cannot be read.
    IO_READ = "io.read";
    /// A file cannot be written.
    IO_WRITE = "io.write";
    /// A bug in helder or a library it uses (a caught panic): not the user's mistake.
    INTERNAL_ERROR = "internal.error";

    // Inputs, projects and requests.
    /// An input larger than the limit (`--max-input`).
    INPUT_TOO_LARGE = "input.too-large";
    /// An input that is not UTF-8 text.
    INPUT_NOT_UTF8 = "input.not-utf8";
    /// An input that holds nothing.
    INPUT_EMPTY = "input.empty";
    /// JSON nested deeper than helder reads.
    JSON_TOO_DEEP = "json.too-deep";
    /// A key given twice in one JSON object.
    JSON_DUPLICATE_KEY = "json.duplicate-key";
    /// A folder that is not a helder project, or a project that cannot be written out.
    PROJECT_INVALID = "project.invalid";
    /// A request that cannot be served as asked (a checklist letter without a case, a
    /// format the destination cannot take).
    REQUEST_INVALID = "request.invalid";

    // The HTTP service (`helder serve`).
    /// A request without an API key where the service needs one.
    AUTH_MISSING = "auth.missing";
    /// An API key the service does not know.
    AUTH_INVALID = "auth.invalid";
    /// A request body that is not `application/json`.
    HTTP_CONTENT_TYPE = "http.content-type";
    /// A request body larger than the service takes (`--max-input`).
    HTTP_TOO_LARGE = "http.too-large";
    /// The client did not send its whole request in time.
    HTTP_TIMEOUT = "http.timeout";
    /// No such address on the service.
    HTTP_NOT_FOUND = "http.not-found";
    /// The address exists, but not for this method (GET where POST is needed).
    HTTP_METHOD = "http.method";
    /// Every renderer is busy and the queue is full: try again after `Retry-After`.
    SERVER_BUSY = "server.busy";
    /// The letter was not ready within the service's time limit.
    SERVER_TIMEOUT = "server.timeout";
    // Batch (`helder batch`).
    /// A job's id that cannot name its files: empty, too long, a path separator or `..`.
    BATCH_ID = "batch.id";
    /// A job whose id an earlier line of the same batch already has.
    BATCH_DUPLICATE_ID = "batch.duplicate-id";
    /// A PDF written as PDF/A-2b only, because the letter breaks a PDF/UA-1 rule (a warning).
    PDF_NOT_UA = "pdf.not-ua";
    // The static template check (`helder check`, whatever the examples reach).
    /// letter.md names a data field its template.toml does not have.
    TEMPLATE_FIELD = "template.field";
    /// A message uses a variable its `t()` call does not pass.
    TEMPLATE_VARIABLE = "template.variable";
    /// A `t()` call passes a variable its message does not use (a warning).
    TEMPLATE_UNUSED_ARGUMENT = "template.unused-argument";
    // Translations (`helder i18n check`, and letters rendered from an incomplete one).
    /// A message missing in the letter's language: the letter shows the binding (Dutch)
    /// text instead (a warning in the letter's report).
    FLUENT_FALLBACK = "fluent.fallback";
    /// A message or attribute in a translation that the binding language no longer has
    /// (a warning).
    FLUENT_OBSOLETE = "fluent.obsolete";
    /// A translation uses other variables (`$name`) than the binding language's message.
    FLUENT_VARIABLES = "fluent.variables";
}

// ---- one diagnostic ------------------------------------------------------------------

/// How bad a problem is. Serialized lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The thing cannot be used until this is fixed.
    Error,
    /// Works, but should be fixed.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Location {
    /// Nowhere in particular (an unknown template id, a missing font).
    #[default]
    None,
    /// A field of a record: `record` names it as the user knows it (`stdin`,
    /// `data.json[3]`, `batch.jsonl:17`), `path` is the JSON path (`decision.items[2].amount`),
    /// empty for the record as a whole.
    Record { record: String, path: String },
    /// A position in a file: `file` as shown to the user (`templates/x/letter.md`),
    /// 1-based `line` and `column` (in characters); 0 = unknown.
    File {
        file: String,
        line: u32,
        column: u32,
    },
}

/// `stdin: decision.amount`, `stdin`, `letter.md:3:5`, `letter.md:3`, `letter.md`; empty for
/// [`Location::None`].
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::None => Ok(()),
            Location::Record { record, path } if path.is_empty() => f.write_str(record),
            Location::Record { record, path } => write!(f, "{record}: {path}"),
            Location::File { file, line, column } => match (line, column) {
                (0, _) => f.write_str(file),
                (l, 0) => write!(f, "{file}:{l}"),
                (l, c) => write!(f, "{file}:{l}:{c}"),
            },
        }
    }
}

/// One problem, with where it is and how to fix it.
///
/// JSON form (absent parts are left out, never `null`):
/// `{"code": "data.type", "severity": "error", "message": "...", "record": "stdin",
/// "path": "decision.amount", "suggestion": "..."}`, or with `"file"`, `"line"`,
/// `"column"` for a file location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// What is wrong, one sentence, without the location: `expected money in cents, got
    /// "12,50"`.
    pub message: String,
    pub location: Location,
    /// How to fix it, when helder can tell: "did you mean `amount`?", "send 1250 for € 12,50".
    pub suggestion: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            location: Location::None,
            suggestion: None,
        }
    }

    pub fn error(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    pub fn info(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Info, code, message)
    }

    pub fn at(mut self, location: Location) -> Diagnostic {
        self.location = location;
        self
    }

    /// At `path` (JSON path, "" for the whole record) of `record`.
    pub fn at_record(self, record: impl Into<String>, path: impl Into<String>) -> Diagnostic {
        self.at(Location::Record {
            record: record.into(),
            path: path.into(),
        })
    }

    /// At 1-based `line` and `column` (characters) of `file`; 0 = unknown.
    pub fn at_file(self, file: impl Into<String>, line: u32, column: u32) -> Diagnostic {
        self.at(Location::File {
            file: file.into(),
            line,
            column,
        })
    }

    /// At byte `offset` of `text`, the contents of `file` (a TOML span, a parser position).
    pub fn at_offset(self, file: impl Into<String>, text: &str, offset: usize) -> Diagnostic {
        let (line, column) = line_col(text, offset);
        self.at_file(file, line, column)
    }

    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Diagnostic {
        self.suggestion = Some(suggestion.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One line: `location: [warning: ]message[ (suggestion)]`, for example
/// `stdin: decision.amount: expected money in cents, got "12,50" (send 1250 for € 12,50)`
/// or `templates/x/letter.md:3:5: warning: ...`. Errors carry no severity word.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location != Location::None {
            write!(f, "{}: ", self.location)?;
        }
        if self.severity != Severity::Error {
            write!(f, "{}: ", self.severity.name())?;
        }
        f.write_str(&self.message)?;
        if let Some(suggestion) = &self.suggestion {
            write!(f, " ({suggestion})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("severity", &self.severity)?;
        map.serialize_entry("message", &self.message)?;
        match &self.location {
            Location::None => {}
            Location::Record { record, path } => {
                map.serialize_entry("record", record)?;
                if !path.is_empty() {
                    map.serialize_entry("path", path)?;
                }
            }
            Location::File { file, line, column } => {
                map.serialize_entry("file", file)?;
                if *line > 0 {
                    map.serialize_entry("line", line)?;
                    if *column > 0 {
                        map.serialize_entry("column", column)?;
                    }
                }
            }
        }
        if let Some(suggestion) = &self.suggestion {
            map.serialize_entry("suggestion", suggestion)?;
        }
        map.end()
    }
}

// ---- every problem of one thing --------------------------------------------------------

/// How many problems a [`Diagnostics`] keeps by default; the rest are counted. A list of a
/// million bad items must not become a million-line error.
pub const MAX_DIAGNOSTICS: usize = 100;

/// Every problem of one thing (a record, a project load), so they can be fixed at once.
/// Keeps the first [`MAX_DIAGNOSTICS`] (or the cap given) and counts the rest.
///
/// JSON form: `{"diagnostics": [...], "omitted": 3}`, `omitted` left out when nothing was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    cap: usize,
    /// Problems past the cap: counted, not kept.
    omitted: usize,
    /// How many of the omitted ones were errors: they still make [`Self::has_errors`] true.
    omitted_errors: usize,
}

impl Default for Diagnostics {
    fn default() -> Self {
        Diagnostics::new()
    }
}

impl Diagnostics {
    pub fn new() -> Diagnostics {
        Diagnostics::with_cap(MAX_DIAGNOSTICS)
    }

    /// Keeps at most `cap` problems and counts the rest.
    pub fn with_cap(cap: usize) -> Diagnostics {
        Diagnostics {
            items: Vec::new(),
            cap,
            omitted: 0,
            omitted_errors: 0,
        }
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        if self.items.len() < self.cap {
            self.items.push(diagnostic);
        } else {
            self.omitted += 1;
            self.omitted_errors += usize::from(diagnostic.is_error());
        }
    }

    /// Adds every problem of `other`, its omitted count too.
    pub fn append(&mut self, other: Diagnostics) {
        self.omitted += other.omitted;
        self.omitted_errors += other.omitted_errors;
        self.extend(other.items);
    }

    /// How many problems are kept (see [`Self::omitted`] for the rest).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when no problem was found at all (kept or omitted).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.omitted == 0
    }

    /// How many problems were found past the cap and not kept.
    pub fn omitted(&self) -> usize {
        self.omitted
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.items
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }

    /// True when any problem (kept or omitted) is an error rather than a warning or info.
    pub fn has_errors(&self) -> bool {
        self.omitted_errors > 0 || self.items.iter().any(Diagnostic::is_error)
    }

    /// `Err(self)` when there is an error, else `Ok(value)`. Warnings and infos alone do
    /// not fail; a caller that shows them takes them out before.
    pub fn into_result<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.has_errors() {
            Err(self)
        } else {
            Ok(value)
        }
    }

    /// The rustc-style [`report`] of these problems, ending with how many were omitted.
    pub fn report(&self, source: &dyn Fn(&str) -> Option<String>, color: bool) -> String {
        let mut out = report(&self.items, source, color);
        if self.omitted > 0 {
            let title = format!("{} not shown", more(self.omitted));
            let note = Group::with_title(Level::NOTE.primary_title(title));
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&renderer(color).render(&[note]));
            out.push('\n');
        }
        out
    }
}

/// "1 more problem", "3 more problems".
fn more(n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{n} more problem{s}")
}

/// One line per problem, then `... and 3 more problems` when some were omitted.
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for d in &self.items {
            if !first {
                f.write_str("\n")?;
            }
            first = false;
            write!(f, "{d}")?;
        }
        if self.omitted > 0 {
            if !first {
                f.write_str("\n")?;
            }
            write!(f, "... and {}", more(self.omitted))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl Serialize for Diagnostics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("diagnostics", &self.items)?;
        if self.omitted > 0 {
            map.serialize_entry("omitted", &self.omitted)?;
        }
        map.end()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Diagnostics {
        let mut all = Diagnostics::new();
        all.push(diagnostic);
        all
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        for d in iter {
            self.push(d);
        }
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Diagnostics {
        let mut all = Diagnostics::new();
        all.extend(iter);
        all
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

// ---- rustc-style report ----------------------------------------------------------------

/// The problems as rustc prints them, drawn with annotate-snippets:
///
/// ```text
/// error[template.syntax]: unknown filter `mony`
///  --> templates/x/letter.md:3:13
///   |
/// 3 | Drie {{ x | mony }}
///   |             ^
///   |
///   = help: did you mean `money`?
/// ```
///
/// A file location shows its line when `source(file)` returns the file's text (asked
/// once per file); otherwise, and for a record, only the location, drawn without the
/// line-number gutter (`--> stdin: decision.amount`, `--> letter.md:3:13`). Problems are separated by a blank line; the text ends with a newline
/// (empty for no problems). `color` adds terminal colours.
pub fn report(
    diagnostics: &[Diagnostic],
    source: &dyn Fn(&str) -> Option<String>,
    color: bool,
) -> String {
    let mut sources: HashMap<&str, Option<String>> = HashMap::new();
    for d in diagnostics {
        if let Location::File { file, .. } = &d.location {
            sources.entry(file).or_insert_with(|| source(file));
        }
    }
    let renderer = renderer(color);
    let mut out = String::new();
    for d in diagnostics {
        if !out.is_empty() {
            out.push('\n');
        }
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let mut group =
            Group::with_title(level.primary_title(d.message.as_str()).id(d.code.as_str()));
        match &d.location {
            Location::None => {}
            Location::Record { .. } => {
                group = group.element(Origin::path(d.location.to_string()));
            }
            Location::File { file, line, column } => {
                let text = sources.get(file.as_str()).and_then(Option::as_deref);
                group = match text.and_then(|text| excerpt(text, *line, *column)) {
                    Some((row, span)) => group.element(
                        Snippet::source(row)
                            .line_start(*line as usize)
                            .path(file.as_str())
                            .annotation(AnnotationKind::Primary.span(span)),
                    ),
                    None => {
                        let mut origin = Origin::path(file.as_str());
                        if *line > 0 {
                            origin = origin.line(*line as usize);
                            if *column > 0 {
                                origin = origin.char_column(*column as usize);
                            }
                        }
                        group.element(origin)
                    }
                };
            }
        }
        if let Some(suggestion) = &d.suggestion {
            // Help text is drawn as given: clean it like the title and source are cleaned.
            let help = annotate_snippets::normalize_untrusted_str(suggestion);
            group = group.element(Level::HELP.message(help));
        }
        out.push_str(&renderer.render(&[group]));
        out.push('\n');
    }
    out
}

fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

/// Line `line` of `text` (without its line break) and the byte range in it to underline:
/// the character at `column`, or the line's text when the column is unknown (0). A column
/// past the end of the line points just after it. `None` when the line is unknown or the
/// text has no such line (the file changed since).
fn excerpt(text: &str, line: u32, column: u32) -> Option<(&str, Range<usize>)> {
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let raw = text.split('\n').nth(index)?;
    let row = raw.strip_suffix('\r').unwrap_or(raw);
    let span = if column == 0 {
        let start = row.len() - row.trim_start().len();
        start..row.trim_end().len().max(start)
    } else {
        let skip = usize::try_from(column - 1).unwrap_or(usize::MAX);
        let start = row.char_indices().nth(skip).map_or(row.len(), |(i, _)| i);
        let end = row[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
        start..end
    };
    Some((row, span))
}

// ---- positions -------------------------------------------------------------------------

/// 1-based line and column (counted in characters) of byte `offset` in `text`. An offset
/// past the end means the end; one inside a character means that character. The `\r` of a
/// CRLF line break ends the line like the `\n`: both are at the same column.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let offset = text.floor_char_boundary(offset);
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let mut column = before[line_start..].chars().count() + 1;
    if before[line_start..].ends_with('\r') && text[offset..].starts_with('\n') {
        column -= 1;
    }
    (to_u32(line), to_u32(column))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// ---- did you mean ----------------------------------------------------------------------

/// Words longer than this get no suggestion: a typo is short, and the distance is
/// quadratic in the length.
const MAX_WORD: usize = 64;

/// The candidate closest to `word`, if it is close enough to be a likely typo: the
/// case-insensitive optimal string alignment distance (Levenshtein plus adjacent
/// transpositions) is at most 1 + a quarter of the word's length in characters. On a tie,
/// the first candidate wins.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    close_matches(word, candidates).into_iter().next()
}

/// Every candidate close enough to `word` (as for [`closest`]), closest first, in the
/// candidates' order on a tie, each once: for "did you mean `a`, `b`?".
pub fn close_matches<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    // Bytes first: a huge received value (a 10 MB enum value) is never lowercased just to
    // be found too long. A character is at most 4 bytes and lowercasing never shortens.
    if word.len() > 4 * MAX_WORD {
        return Vec::new();
    }
    let wanted = word.to_lowercase();
    let length = wanted.chars().count();
    if length == 0 || length > MAX_WORD {
        return Vec::new();
    }
    let limit = 1 + length / 4;
    let mut found: Vec<(usize, &str)> = Vec::new();
    for candidate in candidates {
        if found.iter().any(|&(_, c)| c == candidate) {
            continue;
        }
        let lower = candidate.to_lowercase();
        // The distance is at least the difference in length: skip the far ones cheaply.
        if lower.chars().count().abs_diff(length) > limit {
            continue;
        }
        let distance = strsim::osa_distance(&wanted, &lower);
        if distance <= limit {
            found.push((distance, candidate));
        }
    }
    found.sort_by_key(|&(distance, _)| distance);
    found.into_iter().map(|(_, c)| c).collect()
}

// ---- identifiers -----------------------------------------------------------------------

/// The kinds of names helder checks, each with one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// A field name in a data schema: it becomes a Tera variable (`decision.paid_on`), so
    /// ASCII letters, digits and `_`, not starting with a digit.
    Field,
    /// The id of a template, scheme, requirement, evidence type or concept: it appears in
    /// folder names, command lines and URLs, so lowercase a-z, digits and `-`, not starting
    /// or ending with `-`.
    Slug,
    /// A pictogram name: it becomes a file name (`icons/<name>.svg`), so lowercase a-z,
    /// digits, `-` and `_`.
    Icon,
}

impl IdKind {
    fn what(self) -> &'static str {
        match self {
            IdKind::Field => "a field name",
            IdKind::Slug => "an id",
            IdKind::Icon => "an icon name",
        }
    }

    fn rule(self) -> &'static str {
        match self {
            IdKind::Field => "use ASCII letters, digits and `_`, starting with a letter or `_`",
            IdKind::Slug => {
                "use lowercase letters a-z, digits and `-`, not starting or ending with `-`"
            }
            IdKind::Icon => "use lowercase letters a-z, digits, `-` and `_`",
        }
    }

    /// Whether `c` may stand at this place of a name.
    fn allows(self, c: char, first: bool, last: bool) -> bool {
        match self {
            IdKind::Field if first => c.is_ascii_alphabetic() || c == '_',
            IdKind::Field => c.is_ascii_alphanumeric() || c == '_',
            IdKind::Slug if c == '-' => !first && !last,
            IdKind::Slug => c.is_ascii_lowercase() || c.is_ascii_digit(),
            IdKind::Icon => c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_',
        }
    }
}

/// Whether `name` is a valid name of this kind; the error says what is wrong and what is
/// allowed, without repeating the name: "an id cannot hold `_`; use lowercase letters
/// a-z, digits and `-`, not starting or ending with `-`".
pub fn check_id(kind: IdKind, name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!("{} cannot be empty; {}", kind.what(), kind.rule()));
    }
    let count = name.chars().count();
    for (i, c) in name.chars().enumerate() {
        let (first, last) = (i == 0, i + 1 == count);
        if kind.allows(c, first, last) {
            continue;
        }
        // Name the place only when the character would be fine elsewhere.
        let verb = match (kind.allows(c, false, false), first) {
            (true, true) => "start with",
            (true, false) => "end with",
            (false, _) => "hold",
        };
        return Err(format!(
            "{} cannot {verb} {}; {}",
            kind.what(),
            show_char(c),
            kind.rule()
        ));
    }
    Ok(())
}

/// `x` in backticks, or its code point when it would not be visible.
fn show_char(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '`' => "a backtick".into(),
        c if c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}') =>
        {
            format!("U+{:04X}", u32::from(c))
        }
        c => format!("`{c}`"),
    }
}

/// A valid name of this kind made from `name`, to suggest when `name` is not one:
/// lowercased, with every other character replaced (`_` in a field name, `-` in an id or
/// icon name). A field name that would start with a digit gets a leading `_`; an id gets
/// no repeated, leading or trailing `-`.
pub fn suggest_id(kind: IdKind, name: &str) -> String {
    match kind {
        IdKind::Field => {
            let mut s: String = name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            if !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
                s.insert(0, '_');
            }
            s
        }
        IdKind::Slug => {
            let mut s = String::with_capacity(name.len());
            for c in name.chars() {
                let c = if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                };
                if !(c == '-' && (s.is_empty() || s.ends_with('-'))) {
                    s.push(c);
                }
            }
            while s.ends_with('-') {
                s.pop();
            }
            if s.is_empty() { "id".into() } else { s }
        }
        IdKind::Icon => {
            let s: String = name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '_' {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            if s.is_empty() { "icon".into() } else { s }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    fn amount() -> Diagnostic {
        Diagnostic::error(
            Code::DATA_TYPE,
            "expected money in cents (an integer), got \"12,50\"",
        )
        .at_record("stdin", "decision.amount")
        .with_suggestion("send 1250 for € 12,50")
    }

    fn no_source(_: &str) -> Option<String> {
        None
    }

    // ---- codes ----

    #[test]
    fn codes_are_dotted_lowercase_kebab_and_unique() {
        let part = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let parts: Vec<&str> = code.as_str().split('.').collect();
            assert!(parts.len() >= 2, "{code}: expected `area.kind`");
            assert!(parts.iter().all(|p| part.is_match(p)), "{code}");
            assert!(seen.insert(code.as_str()), "{code} is declared twice");
        }
        assert!(Code::ALL.contains(&Code::FLUENT_MISSING_MESSAGE));
        assert_eq!(Code::DATA_UNKNOWN_FIELD.to_string(), "data.unknown-field");
    }

    // ---- line_col ----

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "één\nx€y\n";
        assert_eq!(line_col(text, 0), (1, 1));
        // "één" is 5 bytes: the line break is at byte 5, column 4.
        assert_eq!(line_col(text, 5), (1, 4));
        assert_eq!(line_col(text, 6), (2, 1));
        assert_eq!(line_col(text, 7), (2, 2)); // €
        assert_eq!(line_col(text, 10), (2, 3)); // y, after the 3-byte €
    }

    #[test]
    fn line_col_snaps_into_a_character_to_its_start() {
        let text = "a€b";
        assert_eq!(line_col(text, 1), (1, 2));
        assert_eq!(line_col(text, 2), (1, 2));
        assert_eq!(line_col(text, 3), (1, 2));
        assert_eq!(line_col(text, 4), (1, 3));
    }

    #[test]
    fn line_col_clamps_past_the_end() {
        assert_eq!(line_col("ab\ncd", 5), (2, 3));
        assert_eq!(line_col("ab\ncd", 500), (2, 3));
        assert_eq!(line_col("ab\n", usize::MAX), (2, 1));
        assert_eq!(line_col("", 3), (1, 1));
    }

    #[test]
    fn line_col_treats_crlf_as_one_line_break() {
        let text = "ab\r\ncd\r\n";
        assert_eq!(line_col(text, 2), (1, 3)); // \r
        assert_eq!(line_col(text, 3), (1, 3)); // \n of the same break
        assert_eq!(line_col(text, 4), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2));
        // A lone \r is an ordinary character.
        assert_eq!(line_col("a\rb", 2), (1, 3));
    }

    proptest! {
        #[test]
        fn line_col_agrees_with_walking_the_characters(
            text in "[a-zé€ \r\n]{0,40}",
            pick in 0usize..100,
        ) {
            let offset = pick % (text.len() + 2);
            let (mut line, mut column) = (1, 1);
            let mut previous = None;
            let mut at_offset = None;
            for (at, c) in text.char_indices() {
                if at + c.len_utf8() > offset {
                    at_offset = Some(c);
                    break;
                }
                if c == '\n' {
                    line += 1;
                    column = 1;
                } else {
                    column += 1;
                }
                previous = Some(c);
            }
            if previous == Some('\r') && at_offset == Some('\n') {
                column -= 1;
            }
            prop_assert_eq!(line_col(&text, offset), (line, column));
        }
    }

    // ---- closest ----

    #[test]
    fn closest_suggests_close_names_only() {
        let names = ["amount", "cost", "paid_on"];
        assert_eq!(closest("amout", names), Some("amount"));
        assert_eq!(closest("Amount", names), Some("amount"));
        assert_eq!(closest("paidon", names), Some("paid_on"));
        assert_eq!(closest("csot", names), Some("cost"));
        assert_eq!(closest("reason", names), None);
        assert_eq!(closest("", names), None);
        assert_eq!(closest("amount", []), None);
    }

    #[test]
    fn closest_covers_the_suggestions_helder_makes() {
        // Data: field names, choices, schema types and keys.
        assert_eq!(closest("naam", ["name", "salutation"]), Some("name"));
        assert_eq!(
            closest("wasmachien", ["wasmachine", "koelkast"]),
            Some("wasmachine")
        );
        let types = [
            "text", "money", "date", "integer", "boolean", "choice", "list",
        ];
        assert_eq!(closest("monee", types), Some("money"));
        assert_eq!(closest("tekst", types), Some("text"));
        assert_eq!(
            closest("optinal", ["type", "optional", "description"]),
            Some("optional")
        );
        // Templates: filters; letters: icons.
        assert_eq!(closest("mony", ["money", "date", "upper"]), Some("money"));
        assert_eq!(closest("moneyy", ["money", "date", "upper"]), Some("money"));
        assert_eq!(closest("tt", ["t", "range"]), Some("t"));
        assert_eq!(closest("boat", ["money", "calendar", "car"]), None);
    }

    #[test]
    fn closest_prefers_the_smallest_distance_then_the_first() {
        assert_eq!(closest("abcd", ["abxy", "abcx"]), Some("abcx"));
        assert_eq!(closest("abcd", ["abcx", "abcy"]), Some("abcx"));
        assert_eq!(closest("abcd", ["abcy", "abcx"]), Some("abcy"));
    }

    #[test]
    fn closest_gives_up_on_long_words() {
        let long = "a".repeat(MAX_WORD + 1);
        assert_eq!(closest(&long, [long.as_str()]), None);
        let fits = "a".repeat(MAX_WORD);
        assert_eq!(closest(&fits, [fits.as_str()]), Some(fits.as_str()));
        let wide = "€".repeat(MAX_WORD);
        assert_eq!(closest(&wide, [wide.as_str()]), Some(wide.as_str()));
        let huge = "a".repeat(10 * 1024 * 1024);
        assert_eq!(closest(&huge, ["a"]), None);
    }

    #[test]
    fn close_matches_lists_every_close_name_once_closest_first() {
        let icons = ["mone", "money", "phone", "money", "monkey"];
        assert_eq!(close_matches("mony", icons), ["mone", "money", "monkey"]);
        assert!(close_matches("xyz", icons).is_empty());
    }

    // ---- identifiers ----

    #[test]
    fn field_names_are_tera_identifiers() {
        for ok in ["amount", "paid_on", "_x", "A1", "Decision"] {
            assert_eq!(check_id(IdKind::Field, ok), Ok(()), "{ok}");
        }
        assert_eq!(
            check_id(IdKind::Field, "1st"),
            Err(
                "a field name cannot start with `1`; use ASCII letters, digits and `_`, \
                 starting with a letter or `_`"
                    .into()
            )
        );
        let e = check_id(IdKind::Field, "paid-on").unwrap_err();
        assert!(e.starts_with("a field name cannot hold `-`;"), "{e}");
        let e = check_id(IdKind::Field, "bedrag€").unwrap_err();
        assert!(e.starts_with("a field name cannot hold `€`;"), "{e}");
        let e = check_id(IdKind::Field, "paid on").unwrap_err();
        assert!(e.starts_with("a field name cannot hold a space;"), "{e}");
        let e = check_id(IdKind::Field, "").unwrap_err();
        assert!(e.starts_with("a field name cannot be empty;"), "{e}");
    }

    #[test]
    fn slugs_are_lowercase_with_inner_hyphens() {
        for ok in ["bijstand", "bank-statement", "x1", "2026-b", "a--b"] {
            assert_eq!(check_id(IdKind::Slug, ok), Ok(()), "{ok}");
        }
        assert_eq!(
            check_id(IdKind::Slug, "bank_statement"),
            Err(
                "an id cannot hold `_`; use lowercase letters a-z, digits and `-`, not \
                 starting or ending with `-`"
                    .into()
            )
        );
        for (bad, start) in [
            ("-x", "an id cannot start with `-`;"),
            ("x-", "an id cannot end with `-`;"),
            ("-", "an id cannot start with `-`;"),
            ("Bijstand", "an id cannot hold `B`;"),
            ("a/b", "an id cannot hold `/`;"),
            ("a\tb", "an id cannot hold U+0009;"),
            ("a\u{202E}b", "an id cannot hold U+202E;"),
            ("a`b", "an id cannot hold a backtick;"),
        ] {
            let e = check_id(IdKind::Slug, bad).unwrap_err();
            assert!(e.starts_with(start), "{bad:?}: {e}");
        }
    }

    #[test]
    fn icon_names_are_plain_file_names() {
        for ok in ["bank-statement", "id_card", "x", "-x"] {
            assert_eq!(check_id(IdKind::Icon, ok), Ok(()), "{ok}");
        }
        for bad in ["../etc/passwd", "a/b", "", "Money", "a.svg"] {
            assert!(check_id(IdKind::Icon, bad).is_err(), "{bad}");
        }
        let e = check_id(IdKind::Icon, "a/b").unwrap_err();
        assert_eq!(
            e,
            "an icon name cannot hold `/`; use lowercase letters a-z, digits, `-` and `_`"
        );
    }

    #[test]
    fn suggested_ids() {
        assert_eq!(suggest_id(IdKind::Field, "Paid On"), "paid_on");
        assert_eq!(suggest_id(IdKind::Field, "1st"), "_1st");
        assert_eq!(suggest_id(IdKind::Field, "bedrag-€"), "bedrag__");
        assert_eq!(suggest_id(IdKind::Field, ""), "_");
        assert_eq!(
            suggest_id(IdKind::Slug, "Bijzondere Bijstand (2026)"),
            "bijzondere-bijstand-2026"
        );
        assert_eq!(suggest_id(IdKind::Slug, "bank_statement"), "bank-statement");
        assert_eq!(suggest_id(IdKind::Slug, "--x--"), "x");
        assert_eq!(suggest_id(IdKind::Slug, "???"), "id");
        assert_eq!(suggest_id(IdKind::Icon, "Bank Statement"), "bank-statement");
        assert_eq!(suggest_id(IdKind::Icon, "id_card.svg"), "id_card-svg");
        assert_eq!(suggest_id(IdKind::Icon, ""), "icon");
    }

    proptest! {
        #[test]
        fn suggested_ids_are_valid(name in "\\PC{0,12}|[a-zA-Z0-9_ -]{0,12}") {
            for kind in [IdKind::Field, IdKind::Slug, IdKind::Icon] {
                let s = suggest_id(kind, &name);
                prop_assert_eq!(check_id(kind, &s), Ok(()), "{:?} {:?} -> {:?}", kind, name, s);
            }
        }

        #[test]
        fn valid_ids_are_suggested_unchanged(name in "[a-z0-9_-]{1,12}") {
            if check_id(IdKind::Field, &name).is_ok() {
                prop_assert_eq!(suggest_id(IdKind::Field, &name), name.clone());
            }
            if check_id(IdKind::Slug, &name).is_ok() && !name.contains("--") {
                prop_assert_eq!(suggest_id(IdKind::Slug, &name), name.clone());
            }
            prop_assert_eq!(suggest_id(IdKind::Icon, &name), name);
        }
    }

    // ---- Display ----

    #[test]
    fn one_line_per_problem() {
        assert_eq!(
            amount().to_string(),
            "stdin: decision.amount: expected money in cents (an integer), got \"12,50\" \
             (send 1250 for € 12,50)"
        );
        let whole = Diagnostic::error(Code::JSON_SYNTAX, "expected `,` or `}`")
            .at_record("batch.jsonl:17", "");
        assert_eq!(whole.to_string(), "batch.jsonl:17: expected `,` or `}`");
        let file = Diagnostic::error(Code::TEMPLATE_SYNTAX, "unknown filter `mony`")
            .at_file("templates/x/letter.md", 3, 13)
            .with_suggestion("did you mean `money`?");
        assert_eq!(
            file.to_string(),
            "templates/x/letter.md:3:13: unknown filter `mony` (did you mean `money`?)"
        );
        let line_only = Diagnostic::warning(Code::TYPST_COMPILE, "unknown font").at_file(
            "house/letter.typ",
            7,
            0,
        );
        assert_eq!(
            line_only.to_string(),
            "house/letter.typ:7: warning: unknown font"
        );
        let file_only = Diagnostic::error(Code::IO_READ, "cannot read: not found").at_file(
            "house/house.toml",
            0,
            9,
        );
        assert_eq!(
            file_only.to_string(),
            "house/house.toml: cannot read: not found"
        );
        let nowhere = Diagnostic::info(Code::FONT_MISSING, "no Arabic font");
        assert_eq!(nowhere.to_string(), "info: no Arabic font");
    }

    #[test]
    fn every_problem_of_a_record_one_line_each_then_the_count() {
        let mut all = Diagnostics::with_cap(2);
        all.push(amount());
        all.push(
            Diagnostic::error(Code::DATA_MISSING, "missing required field `city`")
                .at_record("stdin", "address.city"),
        );
        all.push(Diagnostic::error(Code::DATA_MISSING, "x").at_record("stdin", "y"));
        all.push(Diagnostic::error(Code::DATA_MISSING, "x").at_record("stdin", "z"));
        assert_eq!(
            all.to_string(),
            "stdin: decision.amount: expected money in cents (an integer), got \"12,50\" \
             (send 1250 for € 12,50)\n\
             stdin: address.city: missing required field `city`\n\
             ... and 2 more problems"
        );
        let mut one_more = Diagnostics::with_cap(0);
        one_more.push(amount());
        assert_eq!(one_more.to_string(), "... and 1 more problem");
        assert_eq!(Diagnostics::new().to_string(), "");
    }

    // ---- JSON ----

    #[test]
    fn json_shape_leaves_out_what_is_absent() {
        assert_eq!(
            serde_json::to_value(amount()).unwrap(),
            json!({
                "code": "data.type",
                "severity": "error",
                "message": "expected money in cents (an integer), got \"12,50\"",
                "record": "stdin",
                "path": "decision.amount",
                "suggestion": "send 1250 for € 12,50",
            })
        );
        let whole = Diagnostic::error(Code::JSON_SYNTAX, "m").at_record("r", "");
        assert_eq!(
            serde_json::to_value(whole).unwrap(),
            json!({"code": "json.syntax", "severity": "error", "message": "m", "record": "r"})
        );
        let file = Diagnostic::warning(Code::TEMPLATE_RENDER, "m").at_file("t/letter.md", 3, 5);
        assert_eq!(
            serde_json::to_value(file).unwrap(),
            json!({"code": "template.render", "severity": "warning", "message": "m",
                   "file": "t/letter.md", "line": 3, "column": 5})
        );
        let line_only = Diagnostic::info(Code::TYPST_COMPILE, "m").at_file("h.typ", 3, 0);
        assert_eq!(
            serde_json::to_value(line_only).unwrap(),
            json!({"code": "typst.compile", "severity": "info", "message": "m",
                   "file": "h.typ", "line": 3})
        );
        let nowhere = Diagnostic::error(Code::TEMPLATE_UNKNOWN, "m").with_suggestion("s");
        // Keys in this order: clients may show the JSON as it comes.
        assert_eq!(
            serde_json::to_string(&nowhere).unwrap(),
            r#"{"code":"template.unknown","severity":"error","message":"m","suggestion":"s"}"#
        );
    }

    #[test]
    fn json_of_a_list_counts_the_omitted() {
        let mut all = Diagnostics::with_cap(1);
        all.push(Diagnostic::error(Code::DATA_MISSING, "a").at_record("r", "a"));
        assert_eq!(
            serde_json::to_value(&all).unwrap(),
            json!({"diagnostics": [{"code": "data.missing", "severity": "error",
                                    "message": "a", "record": "r", "path": "a"}]})
        );
        all.push(Diagnostic::error(Code::DATA_MISSING, "b"));
        all.push(Diagnostic::error(Code::DATA_MISSING, "c"));
        let value = serde_json::to_value(&all).unwrap();
        assert_eq!(value["omitted"], json!(2));
        assert_eq!(value["diagnostics"].as_array().unwrap().len(), 1);
    }

    // ---- Diagnostics ----

    #[test]
    fn keeps_the_first_and_counts_the_rest() {
        let mut all = Diagnostics::new();
        for i in 0..MAX_DIAGNOSTICS + 5 {
            all.push(Diagnostic::error(Code::DATA_TYPE, format!("{i}")));
        }
        assert_eq!(all.len(), MAX_DIAGNOSTICS);
        assert_eq!(all.omitted(), 5);
        assert_eq!(
            all.iter().last().unwrap().message,
            (MAX_DIAGNOSTICS - 1).to_string()
        );
    }

    #[test]
    fn errors_fail_warnings_do_not() {
        assert_eq!(Diagnostics::new().into_result(7), Ok(7));
        let warnings: Diagnostics = [Diagnostic::warning(Code::TYPST_COMPILE, "w")]
            .into_iter()
            .collect();
        assert!(!warnings.is_empty());
        assert!(!warnings.has_errors());
        assert_eq!(warnings.into_result("ok"), Ok("ok"));
        let mut mixed = Diagnostics::from(Diagnostic::warning(Code::TYPST_COMPILE, "w"));
        mixed.push(amount());
        assert!(mixed.has_errors());
        let err = mixed.clone().into_result(()).unwrap_err();
        assert_eq!(err, mixed);
        assert_eq!(err.len(), 2);
    }

    #[test]
    fn an_error_past_the_cap_still_counts() {
        let mut all = Diagnostics::with_cap(1);
        all.push(Diagnostic::warning(Code::TYPST_COMPILE, "w"));
        all.push(amount());
        assert_eq!(all.len(), 1);
        assert!(all.has_errors());
        assert!(all.into_result(()).is_err());
    }

    #[test]
    fn append_keeps_both_lists_and_their_counts() {
        let mut a = Diagnostics::with_cap(3);
        a.push(amount());
        let mut b = Diagnostics::with_cap(1);
        b.push(Diagnostic::warning(Code::TYPST_COMPILE, "w"));
        b.push(Diagnostic::error(Code::DATA_MISSING, "m"));
        a.append(b);
        assert_eq!(a.len(), 2);
        assert_eq!(a.omitted(), 1);
        assert!(a.has_errors());
        let codes: Vec<Code> = a.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DATA_TYPE, Code::TYPST_COMPILE]);
        let owned: Vec<Diagnostic> = a.into_iter().collect();
        assert_eq!(owned.len(), 2);
    }

    #[test]
    fn at_offset_uses_line_col() {
        let d = Diagnostic::error(Code::TEMPLATE_MANIFEST, "m").at_offset(
            "t.toml",
            "a = 1\nbé = x\n",
            10,
        );
        assert_eq!(
            d.location,
            Location::File {
                file: "t.toml".into(),
                line: 2,
                column: 4
            }
        );
    }

    // ---- report ----

    // The shapes rustc prints; a location without a source line has no line-number gutter.
    const REPORT_FILE: &str = "\
error[template.syntax]: unknown filter `mony`
 --> templates/x/letter.md:3:13
  |
3 | Drie {{ x | mony }}
  |             ^
  |
  = help: did you mean `money`?
";

    const REPORT_RECORD: &str = "\
error[data.type]: expected money in cents (an integer), got \"12,50\"
--> stdin: decision.amount
 = help: send 1250 for € 12,50
";

    const REPORT_FALLBACKS: &str = "\
error[template.syntax]: unknown filter `mony`
--> gone.md:3:13

warning[typst.compile]: unknown font
 --> templates/x/letter.md:3:1
  |
3 | Drie {{ x | mony }}
  | ^^^^^^^^^^^^^^^^^^^

error[typst.compile]: m
--> templates/x/letter.md:9:1

error[template.unknown]: unknown template `x`
 |
 = help: did you mean `y`?
";

    const LETTER: &str = "Beste {{ name }},\n\nDrie {{ x | mony }}\n";

    fn letter_source(file: &str) -> Option<String> {
        (file == "templates/x/letter.md").then(|| LETTER.to_string())
    }

    #[test]
    fn report_shows_the_line_and_a_caret_for_a_file_location() {
        let d = Diagnostic::error(Code::TEMPLATE_SYNTAX, "unknown filter `mony`")
            .at_file("templates/x/letter.md", 3, 13)
            .with_suggestion("did you mean `money`?");
        assert_eq!(report(&[d], &letter_source, false), REPORT_FILE);
    }

    #[test]
    fn report_names_the_record_and_path() {
        assert_eq!(report(&[amount()], &no_source, false), REPORT_RECORD);
    }

    #[test]
    fn report_without_source_or_location() {
        let missing = Diagnostic::error(Code::TEMPLATE_SYNTAX, "unknown filter `mony`")
            .at_file("gone.md", 3, 13);
        let whole_line = Diagnostic::warning(Code::TYPST_COMPILE, "unknown font").at_file(
            "templates/x/letter.md",
            3,
            0,
        );
        let past_the_file =
            Diagnostic::error(Code::TYPST_COMPILE, "m").at_file("templates/x/letter.md", 9, 1);
        let nowhere = Diagnostic::error(Code::TEMPLATE_UNKNOWN, "unknown template `x`")
            .with_suggestion("did you mean `y`?");
        assert_eq!(
            report(
                &[missing, whole_line, past_the_file, nowhere],
                &letter_source,
                false
            ),
            REPORT_FALLBACKS
        );
    }

    #[test]
    fn report_counts_columns_in_characters() {
        let text = "€€ x\n";
        let d = Diagnostic::error(Code::FLUENT_SYNTAX, "m").at_offset("a.ftl", text, "€€ ".len());
        let out = report(&[d], &|_| Some(text.to_string()), false);
        assert!(out.contains("a.ftl:1:4"), "{out}");
        assert!(out.contains("1 | €€ x\n  |    ^"), "{out}");
    }

    #[test]
    fn report_asks_for_each_file_once() {
        let asked = Cell::new(0);
        let source = |file: &str| {
            asked.set(asked.get() + 1);
            letter_source(file)
        };
        let d =
            Diagnostic::error(Code::TEMPLATE_SYNTAX, "m").at_file("templates/x/letter.md", 1, 1);
        let out = report(&[d.clone(), d], &source, false);
        assert_eq!(asked.get(), 1);
        assert_eq!(out.matches("error[template.syntax]: m").count(), 2);
    }

    #[test]
    fn report_of_a_list_ends_with_the_omitted_count() {
        let mut all = Diagnostics::with_cap(1);
        all.push(amount());
        all.push(amount());
        all.push(amount());
        let out = all.report(&no_source, false);
        assert_eq!(
            out,
            format!("{REPORT_RECORD}\nnote: 2 more problems not shown\n")
        );
        assert_eq!(Diagnostics::new().report(&no_source, false), "");
    }

    #[test]
    fn report_colors_only_when_asked() {
        let plain = report(&[amount()], &no_source, false);
        let colored = report(&[amount()], &no_source, true);
        assert!(!plain.contains('\u{1b}'));
        assert!(colored.contains("\u{1b}["), "{colored:?}");
        assert_ne!(plain, colored);
    }

    #[test]
    fn report_cleans_control_characters_in_suggestions() {
        let d = Diagnostic::error(Code::DATA_VALUE, "m").with_suggestion("a\u{202E}b\u{1b}[31m");
        let out = report(&[d], &no_source, false);
        assert!(
            !out.contains('\u{202E}') && !out.contains('\u{1b}'),
            "{out:?}"
        );
    }
}

//! The languages of a project: their profiles (`locales/<code>/language.toml`) and Fluent
//! messages (`locales/<code>/*.ftl`), loaded together and formatted per language.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::format::{self, FluentNumbers};
use super::profile::{PROFILE_FILE, Profile};
use super::{Arg, Direction, I18nError, Language};
use crate::project::files::{Files, join};

/// Every language of a project, loaded once and shared read-only (Send + Sync).
pub struct Locales {
    languages: BTreeMap<Language, Loaded>,
    /// The one language whose profile says `binding = true`.
    binding: Language,
}

/// One language: its profile and, if it has `.ftl` files, its messages.
struct Loaded {
    profile: Profile,
    messages: Option<Messages>,
}

/// The messages of one language.
struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// Where each message (by id) is defined: file and 1-based line.
    sources: HashMap<String, (PathBuf, u32)>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.languages())
            .field("binding", &self.binding)
            .finish_non_exhaustive()
    }
}

/// One parsed `.ftl` file.
pub(super) struct File {
    path: PathBuf,
    resource: FluentResource,
}

impl Locales {
    /// Loads every language folder `dir/<code>/`: its profile `language.toml` and its
    /// `*.ftl` files (in name order). Syntax errors are reported with file:line:column;
    /// the same message id twice in a language is an error.
    ///
    /// Every folder is a language and needs a profile, so a typo never silently drops a
    /// translation; exactly one profile is the binding language. All problems are
    /// reported at once.
    pub fn load(files: &Files, dir: &str) -> Result<Locales, I18nError> {
        let mut problems = Vec::new();
        let mut languages = BTreeMap::new();
        for (folder, lang_dir) in language_dirs(files, dir)? {
            let profile = match load_profile(files, &lang_dir, &folder) {
                Ok(profile) => profile,
                Err(error) => {
                    problems.push(error);
                    continue;
                }
            };
            let mut parsed = Vec::new();
            for rel in ftl_files(files, &lang_dir)? {
                match parse_file(files, &rel) {
                    Ok(file) => parsed.push(file),
                    Err(mut errors) => problems.append(&mut errors),
                }
            }
            let messages = if parsed.is_empty() {
                None
            } else {
                match Messages::new(&profile, parsed) {
                    Ok(messages) => Some(messages),
                    Err(mut errors) => {
                        problems.append(&mut errors);
                        None
                    }
                }
            };
            languages.insert(profile.language, Loaded { profile, messages });
        }
        let binding: Vec<&Profile> = languages
            .values()
            .map(|l| &l.profile)
            .filter(|p| p.binding)
            .collect();
        let binding = match binding.as_slice() {
            [one] => Some(one.language),
            [] => {
                // Only worth saying when no profile failed: the binding one may be among them.
                if problems.is_empty() {
                    problems.push(I18nError::Other(format!(
                        "{}: no language is binding: set `binding = true` in the language.toml \
                         of the language the letters are written in first (Awb 2:6)",
                        files.display(dir).display()
                    )));
                }
                None
            }
            several => {
                let files: Vec<String> = several
                    .iter()
                    .map(|p| p.file.display().to_string())
                    .collect();
                problems.push(I18nError::Other(format!(
                    "`binding = true` in {}: exactly one language binds (Awb 2:6), the one the \
                     letters are written in first",
                    files.join(" and ")
                )));
                None
            }
        };
        match (problems.len(), binding) {
            (0, Some(binding)) => Ok(Locales { languages, binding }),
            (1, _) => Err(problems.remove(0)),
            _ => Err(I18nError::Load(problems)),
        }
    }

    /// Loads a locales folder on disk (`locales/`), as [`Locales::load`] does.
    pub fn load_dir(dir: &Path) -> Result<Locales, I18nError> {
        Locales::load(&Files::Dir(dir.to_path_buf()), "")
    }

    /// The languages of the project (those with a profile), in code order.
    pub fn languages(&self) -> Vec<Language> {
        self.languages.keys().copied().collect()
    }

    /// The profile of `lang`; an error listing the project's languages if it has none.
    pub fn profile(&self, lang: Language) -> Result<&Profile, I18nError> {
        self.languages
            .get(&lang)
            .map(|l| &l.profile)
            .ok_or_else(|| I18nError::UnknownLanguage {
                code: lang.code().to_string(),
                known: self.languages(),
            })
    }

    /// Every profile, in code order.
    pub fn profiles(&self) -> impl Iterator<Item = &Profile> + '_ {
        self.languages.values().map(|l| &l.profile)
    }

    /// The language of `code` ("en-GB" gives en), if the project has it.
    pub fn language(&self, code: &str) -> Result<Language, I18nError> {
        let lang = Language::from_code(code)?;
        self.profile(lang).map(|p| p.language)
    }

    /// The binding language (Awb 2:6): the source language of the letters, the one
    /// every translation is checked against and refers to.
    pub fn binding(&self) -> Language {
        self.binding
    }

    fn messages(&self, lang: Language) -> Option<&Messages> {
        self.languages.get(&lang)?.messages.as_ref()
    }

    /// Whether message `id` (or `id.attribute`) exists in `lang`.
    pub fn has_message(&self, lang: Language, id: &str) -> bool {
        let Some(messages) = self.messages(lang) else {
            return false;
        };
        let (message_id, attribute) = split_id(id);
        match messages.bundle.get_message(message_id) {
            Some(message) => match attribute {
                Some(attribute) => message.get_attribute(attribute).is_some(),
                None => message.value().is_some(),
            },
            None => false,
        }
    }

    /// Formats message `id` (or `id.attribute`) with `args`. A message the language
    /// lacks is taken from the binding language, and noted for the letter's report
    /// ([`super::fallback::recording`]). A message missing in the binding language too, a
    /// missing variable or any Fluent resolver error is an `Err` — never a `{$name}` in
    /// a letter.
    pub fn message(
        &self,
        lang: Language,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, I18nError> {
        match self.message_in(lang, id, args) {
            Err(I18nError::MissingMessage { .. } | I18nError::NoMessages(_))
                if lang != self.binding && self.has_message(self.binding, id) =>
            {
                let text = self.message_in(self.binding, id, args)?;
                super::fallback::record(super::Fallback {
                    language: lang,
                    id: id.to_string(),
                    binding: self.binding,
                });
                Ok(text)
            }
            other => other,
        }
    }

    /// Formats message `id` in `lang` only, without falling back.
    fn message_in(
        &self,
        lang: Language,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, I18nError> {
        self.profile(lang)?;
        let messages = self.messages(lang).ok_or(I18nError::NoMessages(lang))?;
        let problem = |problem: String| I18nError::Message {
            lang,
            id: id.to_string(),
            problem,
        };
        let missing = || I18nError::MissingMessage {
            lang,
            id: id.to_string(),
        };
        let (message_id, attribute) = split_id(id);
        let message = messages
            .bundle
            .get_message(message_id)
            .ok_or_else(missing)?;
        let pattern = match attribute {
            Some(attribute) => message
                .get_attribute(attribute)
                .ok_or_else(missing)?
                .value(),
            None => message.value().ok_or_else(|| {
                problem("the message has only attributes, no value of its own".to_string())
            })?,
        };

        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) if number.is_finite() => FluentValue::from(*number),
                Arg::Number(number) => {
                    return Err(problem(format!(
                        "variable `${name}` is {number}, expected a finite number"
                    )));
                }
            };
            fluent_args.set(*name, value);
        }

        let mut errors = Vec::new();
        let text = messages
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            let problems: Vec<String> = errors.iter().map(describe_fluent_error).collect();
            return Err(problem(problems.join("; ")));
        }
        Ok(text.into_owned())
    }

    /// The ids of all messages of `lang` (not terms, not attributes), sorted: for
    /// checking that a translation is complete against the binding language
    /// ([`Locales::binding`]).
    pub fn message_ids(&self, lang: Language) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .messages(lang)
            .map(|messages| messages.sources.keys().map(String::as_str).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    /// Where message `id` is defined (file and 1-based line), for diagnostics.
    /// `id.attribute` gives the line of the message itself.
    pub fn source_of(&self, lang: Language, id: &str) -> Option<(PathBuf, u32)> {
        let (message_id, _) = split_id(id);
        self.messages(lang)?.sources.get(message_id).cloned()
    }
}

impl Locales {
    /// The variables (`$name`) message `id` (or `id.attribute`) uses in `lang`, sorted,
    /// each once, following the messages it references; `None` when it does not exist.
    /// For the static template check: every variable must be passed by `t()`.
    pub fn message_variables(&self, lang: Language, id: &str) -> Option<Vec<String>> {
        let messages = self.messages(lang)?;
        let (message_id, attribute) = split_id(id);
        let message = messages.bundle.get_message(message_id)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut found = std::collections::BTreeSet::new();
        pattern_variables(&messages.bundle, pattern, &mut found, 0);
        Some(found.into_iter().collect())
    }
}

/// Collects the variables of `pattern` into `found`; references to other messages are
/// followed (they see the same arguments), up to a depth that stops a cycle.
fn pattern_variables(
    bundle: &FluentBundle<FluentResource>,
    pattern: &ast::Pattern<&str>,
    found: &mut std::collections::BTreeSet<String>,
    depth: usize,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(bundle, expression, found, depth);
        }
    }
}

fn expression_variables(
    bundle: &FluentBundle<FluentResource>,
    expression: &ast::Expression<&str>,
    found: &mut std::collections::BTreeSet<String>,
    depth: usize,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(bundle, inline, found, depth),
        ast::Expression::Select { selector, variants } => {
            inline_variables(bundle, selector, found, depth);
            for variant in variants {
                pattern_variables(bundle, &variant.value, found, depth);
            }
        }
    }
}

fn inline_variables(
    bundle: &FluentBundle<FluentResource>,
    inline: &ast::InlineExpression<&str>,
    found: &mut std::collections::BTreeSet<String>,
    depth: usize,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(bundle, argument, found, depth);
            }
            for argument in &arguments.named {
                inline_variables(bundle, &argument.value, found, depth);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(bundle, expression, found, depth)
        }
        ast::InlineExpression::MessageReference { id, attribute } if depth < 8 => {
            let Some(message) = bundle.get_message(id.name) else {
                return;
            };
            let pattern = match attribute {
                Some(attribute) => message.get_attribute(attribute.name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                pattern_variables(bundle, pattern, found, depth + 1);
            }
        }
        // A term's variables are its own arguments, not the message's.
        _ => {}
    }
}

/// Splits `id.attribute` into its parts.
fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// Rewords fluent-rs' resolver errors for the people who write templates.
fn describe_fluent_error(error: &fluent::FluentError) -> String {
    use fluent::FluentError;
    use fluent::resolver::ResolverError;
    match error {
        FluentError::ResolverError(ResolverError::Reference(_)) => {
            // "Unknown variable: $name", "Unknown message: x", "Unknown term: -t".
            let text = error.to_string();
            let text = text.strip_prefix("Resolver error: ").unwrap_or(&text);
            format!("{text} (not passed to the message, or not defined)")
        }
        _ => error.to_string(),
    }
}

/// The language folders under `dir` (name, path), in name order.
pub(super) fn language_dirs(files: &Files, dir: &str) -> Result<Vec<(String, String)>, I18nError> {
    let entries = files.list(dir).map_err(|source| I18nError::Io {
        path: files.display(dir),
        source: source.into(),
    })?;
    Ok(entries
        .into_iter()
        .filter(|e| e.is_dir)
        .map(|e| {
            let rel = join(dir, &e.name);
            (e.name, rel)
        })
        .collect())
}

/// The profile of the language folder `lang_dir` (named `folder`).
pub(super) fn load_profile(
    files: &Files,
    lang_dir: &str,
    folder: &str,
) -> Result<Profile, I18nError> {
    let rel = join(lang_dir, PROFILE_FILE);
    let path = files.display(&rel);
    if !files.is_file(&rel) {
        return Err(I18nError::Other(format!(
            "{}: a language folder needs its profile {PROFILE_FILE} (code, locale, direction, \
             fonts, ...: see docs/templates.md, \"Languages\"); a folder that is not a \
             language does not belong in locales/",
            files.display(lang_dir).display()
        )));
    }
    let text = files.read_text(&rel).map_err(|source| I18nError::Io {
        path: path.clone(),
        source: source.into(),
    })?;
    Profile::parse(&text, &path, folder)
}

/// The `.ftl` files directly in `dir`, in name order.
pub(super) fn ftl_files(files: &Files, dir: &str) -> Result<Vec<String>, I18nError> {
    let entries = files.list(dir).map_err(|source| I18nError::Io {
        path: files.display(dir),
        source: source.into(),
    })?;
    Ok(entries
        .into_iter()
        .filter(|e| !e.is_dir && e.name.ends_with(".ftl"))
        .map(|e| join(dir, &e.name))
        .collect())
}

pub(super) fn parse_file(files: &Files, rel: &str) -> Result<File, Vec<I18nError>> {
    let path = files.display(rel);
    let source = files.read_text(rel).map_err(|source| {
        vec![I18nError::Io {
            path: path.clone(),
            source: source.into(),
        }]
    })?;
    match FluentResource::try_new(source) {
        Ok(resource) => Ok(File { path, resource }),
        Err((resource, errors)) => Err(errors
            .iter()
            .map(|error| {
                let source = resource.source();
                let (line, column) = crate::diag::line_col(source, error.pos.start);
                let mut message = error.to_string();
                if error.kind == fluent_syntax::parser::ErrorKind::ExpectedLiteral {
                    // Usually `{ -term(arg: $variable) }`, which Fluent does not allow.
                    message.push_str(
                        ": a named argument takes a \"string\" or a number, not a variable; \
                         to use a variable, make the term a message: `{ other-message }` \
                         sees the variables of the message that uses it",
                    );
                }
                // The parser often notices a mistake only on the next line (an unclosed
                // `{`): name the line where the broken entry starts too.
                if let Some(slice) = &error.slice {
                    let entry_line =
                        crate::diag::line_col(source, first_non_blank(source, slice.start)).0;
                    if entry_line != line {
                        message
                            .push_str(&format!(" (in the entry that starts on line {entry_line})"));
                    }
                }
                I18nError::Syntax {
                    path: path.clone(),
                    line,
                    column,
                    message,
                }
            })
            .collect()),
    }
}

/// The offset of the first character at or after `offset` that is not whitespace.
fn first_non_blank(source: &str, offset: usize) -> usize {
    source
        .get(offset..)
        .and_then(|rest| rest.find(|c: char| !c.is_whitespace()))
        .map_or(offset, |skip| offset + skip)
}

/// How an entry is written in a `.ftl` file: terms with their leading dash.
fn entry_name(kind: &str, id: &str) -> String {
    if kind == "term" {
        format!("-{id}")
    } else {
        id.to_string()
    }
}

/// The byte offset of `part` in `whole`, if `part` is a slice of it. fluent-syntax keeps
/// no spans in its AST, but every identifier it parses borrows from the source text.
pub(super) fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start + part.len() <= whole.len()).then_some(start)
}

impl Messages {
    fn new(profile: &Profile, files: Vec<File>) -> Result<Messages, Vec<I18nError>> {
        let lang = profile.language;
        let mut problems = Vec::new();
        // fluent-rs keeps messages and terms in one namespace (`-x` and `x` clash), so
        // one map catches every clash before fluent-rs would report it without a place.
        let mut defined: HashMap<&str, (&'static str, PathBuf, u32)> = HashMap::new();
        for file in &files {
            let source = file.resource.source();
            for entry in file.resource.entries() {
                let (kind, id) = match entry {
                    ast::Entry::Message(message) => ("message", message.id.name),
                    ast::Entry::Term(term) => ("term", term.id.name),
                    _ => continue,
                };
                let line = offset_in(source, id)
                    .map_or(0, |offset| crate::diag::line_col(source, offset).0);
                match defined.get(id) {
                    Some((first_kind, first_path, first_line)) => {
                        problems.push(I18nError::Duplicate {
                            lang,
                            kind: match (*first_kind, kind) {
                                ("message", "term") => "term with the name of a message",
                                ("term", "message") => "message with the name of a term",
                                _ => kind,
                            },
                            id: entry_name(kind, id),
                            first: (first_path.clone(), *first_line),
                            second: (file.path.clone(), line),
                        })
                    }
                    None => {
                        defined.insert(id, (kind, file.path.clone(), line));
                    }
                }
            }
        }
        let sources: HashMap<String, (PathBuf, u32)> = defined
            .into_iter()
            .filter(|(_, (kind, _, _))| *kind == "message")
            .map(|(id, (_, path, line))| (id.to_string(), (path, line)))
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }

        // The profile's locale, so fluent-rs selects plurals and builds its number
        // formatter (`FluentNumbers`) for it.
        let mut bundle = FluentBundle::new_concurrent(vec![profile.fluent_language()]);
        // Isolation marks (FSI/PDI) around placeables keep a Latin name or amount from
        // reordering right-to-left text; in left-to-right text they only get in the way
        // (they show up in PDF text extraction, search and tests).
        bundle.set_use_isolating(profile.direction == Direction::Rtl);
        bundle.set_formatter(Some(fluent_number));
        for file in files {
            let path = file.path.clone();
            if let Err(errors) = bundle.add_resource(file.resource) {
                // Duplicates were caught above; anything else is still reported.
                problems.extend(
                    errors
                        .into_iter()
                        .map(|error| I18nError::Other(format!("{}: {error}", path.display()))),
                );
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Messages { bundle, sources })
    }
}

/// Numbers in messages (`{ $count }`) are written the way the language writes them
/// (nl `1.500`), not as fluent-rs' plain `1500`. Of NUMBER()'s options only
/// `minimumFractionDigits` is honoured; money and dates are formatted before they reach
/// Fluent ([`Profile::format_money`], [`Profile::format_date`]). fluent-rs takes one
/// plain function for every bundle: it finds the bundle's formatter in the bundle's
/// memoizer, which builds it once from the bundle's language.
fn fluent_number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let minimum_fraction_digits = number.options.minimum_fraction_digits.unwrap_or(0);
    intls
        .with_try_get::<FluentNumbers, _, _>((), |numbers| {
            format::format_f64(&numbers.0, number.value, minimum_fraction_digits)
        })
        .ok()
        .flatten()
}

// Locales is built once and shared by the rayon pool and the server's threads.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Locales>();
};

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const NL: Language = Language::test("nl");
    const EN: Language = Language::test("en");
    const TR: Language = Language::test("tr");
    const PL: Language = Language::test("pl");
    const UK: Language = Language::test("uk");
    const AR: Language = Language::test("ar");
    const REPOSITORY: [&str; 6] = ["nl", "en", "tr", "pl", "uk", "ar"];

    /// Writes `files` (path relative to the locales dir, content) into a fresh temp dir,
    /// with the repository's profiles of the languages they are in and of nl (binding).
    fn fixture(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, content) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, content).unwrap();
        }
        let mut codes = vec!["nl"];
        for (path, _) in files {
            if let Some((code, _)) = path.split_once('/')
                && REPOSITORY.contains(&code)
            {
                codes.push(code);
            }
        }
        crate::i18n::write_profiles(dir.path(), &codes);
        dir
    }

    fn load(files: &[(&str, &str)]) -> Result<Locales, I18nError> {
        let dir = fixture(files);
        Locales::load_dir(dir.path())
    }

    fn text(value: &str) -> Arg {
        Arg::Text(value.to_string())
    }

    const DOCUMENTS_NL: &str = "\
documents = { $count ->
    [one] U stuurt { $count } document.
   *[other] U stuurt { $count } documenten.
}
";

    const DOCUMENTS_EN: &str = "\
documents = { $count ->
    [one] You send { $count } document.
   *[other] You send { $count } documents.
}
";

    #[test]
    fn plural_one_and_other_in_dutch_and_english() {
        let locales = load(&[("nl/a.ftl", DOCUMENTS_NL), ("en/a.ftl", DOCUMENTS_EN)]).unwrap();
        let count = |n: f64| [("count", Arg::Number(n))];
        let nl = |n| locales.message(NL, "documents", &count(n)).unwrap();
        let en = |n| locales.message(EN, "documents", &count(n)).unwrap();
        assert_eq!(nl(1.0), "U stuurt 1 document.");
        assert_eq!(nl(2.0), "U stuurt 2 documenten.");
        assert_eq!(nl(0.0), "U stuurt 0 documenten.");
        // Numbers are written the Dutch way, not as fluent-rs' plain "1500".
        assert_eq!(nl(1500.0), "U stuurt 1.500 documenten.");
        assert_eq!(en(1.0), "You send 1 document.");
        assert_eq!(en(3.0), "You send 3 documents.");
        assert_eq!(en(1500.0), "You send 1,500 documents.");
    }

    #[test]
    fn a_count_passed_as_text_does_not_select_one() {
        // Why counts must be Arg::Number: text never matches a plural category.
        let locales = load(&[("nl/a.ftl", DOCUMENTS_NL)]).unwrap();
        let message = locales
            .message(NL, "documents", &[("count", text("1"))])
            .unwrap();
        assert_eq!(message, "U stuurt 1 documenten.");
        let message = locales
            .message(NL, "documents", &[("count", 1.into())])
            .unwrap();
        assert_eq!(message, "U stuurt 1 document.");
    }

    #[test]
    fn plural_few_and_many_in_polish() {
        let locales = load(&[(
            "pl/a.ftl",
            "files = { $count ->\n    [one] { $count } plik\n    [few] { $count } pliki\n    [many] { $count } plików\n   *[other] { $count } pliku\n}\n",
        )])
        .unwrap();
        let files = |n: f64| {
            locales
                .message(PL, "files", &[("count", Arg::Number(n))])
                .unwrap()
        };
        assert_eq!(files(1.0), "1 plik");
        assert_eq!(files(2.0), "2 pliki");
        assert_eq!(files(4.0), "4 pliki");
        assert_eq!(files(5.0), "5 plików");
        assert_eq!(files(12.0), "12 plików");
        assert_eq!(files(22.0), "22 pliki");
        assert_eq!(files(1.5), "1,5 pliku");
    }

    #[test]
    fn plural_categories_of_every_language() {
        const CATEGORY: &str = "category = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let files: Vec<(String, &str)> = REPOSITORY
            .iter()
            .map(|code| (format!("{code}/plural.ftl"), CATEGORY))
            .collect();
        let files: Vec<(&str, &str)> = files.iter().map(|(p, c)| (p.as_str(), *c)).collect();
        let locales = load(&files).unwrap();
        let category = |lang, n: f64| {
            locales
                .message(lang, "category", &[("n", Arg::Number(n))])
                .unwrap()
        };
        // (number, category) per language, as in reference/i18n.md.
        let expected: [(Language, &[(f64, &str)]); 6] = [
            (NL, &[(1.0, "one"), (0.0, "other"), (2.0, "other")]),
            (EN, &[(1.0, "one"), (0.0, "other"), (2.0, "other")]),
            (TR, &[(1.0, "one"), (0.0, "other"), (2.0, "other")]),
            (
                PL,
                &[(1.0, "one"), (3.0, "few"), (5.0, "many"), (1.5, "other")],
            ),
            (
                UK,
                &[
                    (1.0, "one"),
                    (21.0, "one"),
                    (3.0, "few"),
                    (11.0, "many"),
                    (1.5, "other"),
                ],
            ),
            (
                AR,
                &[
                    (0.0, "zero"),
                    (1.0, "one"),
                    (2.0, "two"),
                    (3.0, "few"),
                    (11.0, "many"),
                    (100.0, "other"),
                ],
            ),
        ];
        for (lang, cases) in expected {
            for (n, want) in cases {
                assert_eq!(category(lang, *n), *want, "{lang} {n}");
            }
        }
    }

    #[test]
    fn isolation_marks_only_for_arabic() {
        let locales = load(&[
            ("nl/a.ftl", "hello = Beste { $name },\n"),
            ("ar/a.ftl", "hello = عزيزي { $name }،\n"),
        ])
        .unwrap();
        let name = [("name", text("J. de Vries"))];
        assert_eq!(
            locales.message(NL, "hello", &name).unwrap(),
            "Beste J. de Vries,"
        );
        assert_eq!(
            locales.message(AR, "hello", &name).unwrap(),
            "عزيزي \u{2068}J. de Vries\u{2069}،"
        );
    }

    #[test]
    fn attributes() {
        let locales = load(&[(
            "nl/a.ftl",
            "box = Tekst\n    .title = Let op { $what }\nonly-attributes =\n    .title = Titel\n",
        )])
        .unwrap();
        let what = [("what", text("de datum"))];
        assert_eq!(locales.message(NL, "box", &[]).unwrap(), "Tekst");
        assert_eq!(
            locales.message(NL, "box.title", &what).unwrap(),
            "Let op de datum"
        );
        assert!(locales.has_message(NL, "box.title"));
        assert!(!locales.has_message(NL, "box.label"));
        assert!(!locales.has_message(NL, "only-attributes"));
        assert!(locales.has_message(NL, "only-attributes.title"));

        let err = locales.message(NL, "box.label", &[]).unwrap_err();
        assert!(matches!(err, I18nError::MissingMessage { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            "language nl: message `box.label` does not exist"
        );

        let err = locales.message(NL, "only-attributes", &[]).unwrap_err();
        assert!(err.to_string().contains("only attributes"), "{err}");
    }

    #[test]
    fn missing_message_is_an_error_naming_language_and_id() {
        let locales =
            load(&[("nl/a.ftl", "hello = Hallo\n"), ("en/a.ftl", "other = x\n")]).unwrap();
        // Missing in the binding language too: nothing to fall back to.
        let err = locales.message(EN, "goodbye", &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "language en: message `goodbye` does not exist"
        );
        let err = locales.message(NL, "goodbye", &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "language nl: message `goodbye` does not exist"
        );
        assert!(!locales.has_message(EN, "hello"));
        assert!(locales.has_message(NL, "hello"));

        let locales = load(&[("nl/a.ftl", "hello = Hallo\n"), ("tr/notes.txt", "")]).unwrap();
        let err = locales.message(TR, "goodbye", &[]).unwrap_err();
        assert!(matches!(err, I18nError::NoMessages(TR)), "{err}");
        assert!(!locales.has_message(TR, "hello"));

        // A language without a profile: the error lists the project's languages.
        let de = Language::from_code("de").unwrap();
        let err = locales.message(de, "hello", &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown language `de`: this project writes letters in nl, tr \
             (a language is a folder locales/<code>/ with a language.toml)"
        );
        assert!(locales.profile(de).is_err());
        assert!(locales.language("de-DE").is_err());
        assert_eq!(locales.language("TR").unwrap(), TR);
    }

    #[test]
    fn a_missing_translation_falls_back_to_the_binding_language() {
        let locales = load(&[
            (
                "nl/a.ftl",
                "hello = Beste { $name },\nbox = Tekst\n    .title = Let op\nbye = Tot ziens\n",
            ),
            ("en/a.ftl", "bye = Goodbye\n"),
            ("tr/notes.txt", ""),
        ])
        .unwrap();
        let name = [("name", text("Ayla"))];
        let ((hello, title, bye, turkish), fallbacks) = crate::i18n::fallback::recording(|| {
            (
                locales.message(EN, "hello", &name).unwrap(),
                locales.message(EN, "box.title", &[]).unwrap(),
                locales.message(EN, "bye", &[]).unwrap(),
                locales.message(TR, "hello", &name).unwrap(),
            )
        });
        assert_eq!(hello, "Beste Ayla,");
        assert_eq!(title, "Let op");
        assert_eq!(bye, "Goodbye");
        assert_eq!(turkish, "Beste Ayla,");
        let noted: Vec<(Language, &str)> = fallbacks
            .iter()
            .map(|f| (f.language, f.id.as_str()))
            .collect();
        assert_eq!(noted, [(EN, "hello"), (EN, "box.title"), (TR, "hello")]);
        assert!(fallbacks.iter().all(|f| f.binding == NL));

        // A missing variable stays an error, in the Dutch text too.
        let err = locales.message(EN, "hello", &[]).unwrap_err();
        assert!(err.to_string().contains("$name"), "{err}");
    }

    #[test]
    fn missing_variable_is_an_error_not_a_placeholder() {
        let locales = load(&[(
            "nl/a.ftl",
            "hello = Beste { $name }, uw kenmerk is { $reference }.\n",
        )])
        .unwrap();
        let err = locales
            .message(NL, "hello", &[("name", text("Ayla"))])
            .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("language nl"), "{text}");
        assert!(text.contains("`hello`"), "{text}");
        assert!(text.contains("$reference"), "{text}");
        assert!(!text.contains("$name"), "{text}");
    }

    #[test]
    fn missing_selector_variable_is_an_error_not_the_default_variant() {
        let locales = load(&[("nl/a.ftl", DOCUMENTS_NL)]).unwrap();
        let err = locales.message(NL, "documents", &[]).unwrap_err();
        assert!(
            err.to_string().contains("Unknown variable: $count"),
            "{err}"
        );
    }

    #[test]
    fn byte_order_mark_and_windows_line_ends_are_accepted() {
        let locales = load(&[("nl/a.ftl", "\u{feff}first = Een\r\nsecond = Twee\r\n")]).unwrap();
        assert_eq!(locales.message(NL, "first", &[]).unwrap(), "Een");
        assert_eq!(locales.message(NL, "second", &[]).unwrap(), "Twee");
        assert_eq!(
            locales.source_of(NL, "second").map(|(_, line)| line),
            Some(2)
        );
    }

    #[test]
    fn other_resolver_errors_are_errors() {
        let locales = load(&[(
            "nl/a.ftl",
            "unknown-message = Zie { other }\nunknown-term = Zie { -brand }\ncycle-a = { cycle-b }\ncycle-b = { cycle-a }\n",
        )])
        .unwrap();
        for (id, problem) in [
            ("unknown-message", "Unknown message: other"),
            ("unknown-term", "Unknown term: -brand"),
            ("cycle-a", "Cyclical"),
        ] {
            let err = locales.message(NL, id, &[]).unwrap_err();
            assert!(err.to_string().contains(problem), "{id}: {err}");
            assert!(err.to_string().contains(&format!("`{id}`")), "{id}: {err}");
        }
    }

    #[test]
    fn non_finite_numbers_are_refused() {
        let locales = load(&[("nl/a.ftl", "n = { $n }\n")]).unwrap();
        let err = locales
            .message(NL, "n", &[("n", Arg::Number(f64::NAN))])
            .unwrap_err();
        assert!(
            err.to_string().contains("expected a finite number"),
            "{err}"
        );
    }

    #[test]
    fn terms_take_literals_and_messages_share_variables() {
        let locales = load(&[(
            "nl/a.ftl",
            "-cost = { $cost ->\n    [bril] een bril\n   *[other] de kosten\n}\n\
             glasses = U vroeg geld voor { -cost(cost: \"bril\") }.\n\
             cost-name = { $cost ->\n    [bril] een bril\n   *[other] de kosten\n}\n\
             intro = U vroeg geld voor { cost-name }.\n",
        )])
        .unwrap();
        assert_eq!(
            locales.message(NL, "glasses", &[]).unwrap(),
            "U vroeg geld voor een bril."
        );
        // A referenced message sees the variables of the message that references it.
        assert_eq!(
            locales
                .message(NL, "intro", &[("cost", text("bril"))])
                .unwrap(),
            "U vroeg geld voor een bril."
        );
        // A term is not a message.
        assert!(!locales.has_message(NL, "-cost"));
        assert!(!locales.has_message(NL, "cost-name.title"));
    }

    #[test]
    fn a_variable_as_term_argument_is_a_syntax_error() {
        // Fluent allows only string and number literals as term arguments.
        let err = load(&[("nl/a.ftl", "-t = x\nm = { -t(cost: $cost) }\n")]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("a.ftl:2:16: Fluent syntax error: Expected a string or number literal"),
            "{text}"
        );
    }

    #[test]
    fn message_ids_are_sorted_and_leave_out_terms() {
        let locales = load(&[
            (
                "nl/a.ftl",
                "zebra = Z\n-term = T\nalpha = A\n    .title = T\n",
            ),
            ("nl/b.ftl", "middle = M\n"),
        ])
        .unwrap();
        assert_eq!(locales.message_ids(NL), vec!["alpha", "middle", "zebra"]);
        assert!(locales.message_ids(AR).is_empty());
    }

    #[test]
    fn source_of_gives_file_and_line() {
        let dir = fixture(&[
            (
                "nl/a.ftl",
                "# Comment\n\nfirst = Een\nmulti =\n    Regel een\n    Regel twee\n    .title = T\nlast = Laatste\n",
            ),
            ("nl/b.ftl", "\n\n\nother = Ander\n"),
        ]);
        let locales = Locales::load_dir(dir.path()).unwrap();
        let a = dir.path().join("nl/a.ftl");
        let b = dir.path().join("nl/b.ftl");
        assert_eq!(locales.source_of(NL, "first"), Some((a.clone(), 3)));
        assert_eq!(locales.source_of(NL, "multi"), Some((a.clone(), 4)));
        assert_eq!(locales.source_of(NL, "multi.title"), Some((a.clone(), 4)));
        assert_eq!(locales.source_of(NL, "last"), Some((a, 8)));
        assert_eq!(locales.source_of(NL, "other"), Some((b, 4)));
        assert_eq!(locales.source_of(NL, "absent"), None);
        assert_eq!(locales.source_of(EN, "first"), None);
    }

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let dir = fixture(&[("nl/a.ftl", "good = Goed\nbad = { $name\nalso-good = Ook\n")]);
        let err = Locales::load_dir(dir.path()).unwrap_err();
        let path = dir.path().join("nl/a.ftl");
        match &err {
            I18nError::Syntax {
                path: p,
                line,
                column,
                message,
            } => {
                assert_eq!(p, &path);
                // Where the parser noticed: the unclosed `{` of line 2 ends at line 3.
                assert_eq!((*line, *column), (3, 1), "{err}");
                assert!(
                    message.ends_with("(in the entry that starts on line 2)"),
                    "{err}"
                );
            }
            other => panic!("expected a syntax error, got {other}"),
        }
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("{}:3:1: ", path.display())),
            "{text}"
        );
    }

    #[test]
    fn syntax_error_columns_count_characters() {
        let dir = fixture(&[("nl/a.ftl", "ok = é\nweg = Één { ?\n")]);
        let err = Locales::load_dir(dir.path()).unwrap_err();
        let I18nError::Syntax { line, column, .. } = err else {
            panic!("expected a syntax error, got {err}");
        };
        assert_eq!((line, column), (2, 13));
    }

    #[test]
    fn all_problems_are_reported_at_once() {
        let err = load(&[
            ("nl/a.ftl", "a = { \n"),
            ("en/b.ftl", "b = }\n"),
            ("en/c.ftl", "x = 1\n"),
            ("en/d.ftl", "x = 2\n"),
        ])
        .unwrap_err();
        let I18nError::Load(problems) = &err else {
            panic!("expected several problems, got {err}");
        };
        assert_eq!(problems.len(), 3, "{err}");
        let text = err.to_string();
        assert!(text.starts_with("3 problems"), "{text}");
        for part in ["a.ftl:2:1:", "b.ftl:1:5:", "d.ftl:1: message `x`"] {
            assert!(text.contains(part), "{part} in {text}");
        }
    }

    #[test]
    fn duplicate_ids_name_both_files() {
        let dir = fixture(&[
            ("nl/a.ftl", "closing = Groet\n"),
            ("nl/b.ftl", "\nclosing = Groeten\n"),
            // The same id in another language is fine.
            ("en/a.ftl", "closing = Regards\n"),
        ]);
        let err = Locales::load_dir(dir.path()).unwrap_err();
        let a = dir.path().join("nl/a.ftl");
        let b = dir.path().join("nl/b.ftl");
        match &err {
            I18nError::Duplicate {
                lang,
                kind,
                id,
                first,
                second,
            } => {
                assert_eq!((*lang, *kind, id.as_str()), (NL, "message", "closing"));
                assert_eq!(first, &(a.clone(), 1));
                assert_eq!(second, &(b.clone(), 2));
            }
            other => panic!("expected a duplicate, got {other}"),
        }
        assert_eq!(
            err.to_string(),
            format!(
                "{}:2: message `closing` is already defined for language nl at {}:1",
                b.display(),
                a.display()
            )
        );
    }

    #[test]
    fn duplicate_ids_within_one_file_and_duplicate_terms() {
        let err = load(&[("nl/a.ftl", "x = 1\nx = 2\n-t = a\n-t = b\n")]).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("a.ftl:2: message `x`"), "{text}");
        assert!(text.contains("a.ftl:4: term `-t`"), "{text}");
    }

    #[test]
    fn a_message_and_a_term_may_not_share_a_name() {
        // The Fluent syntax keeps terms apart from messages, but fluent-rs does not.
        let err = load(&[("nl/a.ftl", "-brand = Helder\nbrand = Over { -brand }\n")]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("a.ftl:2: message with the name of a term `brand` is already defined"),
            "{text}"
        );
    }

    #[test]
    fn languages_are_the_folders_with_a_profile() {
        let dir = fixture(&[
            ("nl/a.ftl", "a = A\n"),
            ("ar/a.ftl", "a = A\n"),
            ("pl/README.md", "not a Fluent file"),
            ("en/a.ftl.bak", "a = A\n"),
            ("notes.txt", "a file beside the language directories"),
        ]);
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        let locales = Locales::load_dir(dir.path()).unwrap();
        assert_eq!(locales.languages(), vec![AR, EN, NL, PL]);
        assert_eq!(locales.binding(), NL);
        assert!(locales.has_message(AR, "a"));
        assert!(!locales.has_message(EN, "a"));
        assert!(locales.message_ids(PL).is_empty());
        let profile = locales.profile(AR).unwrap();
        assert_eq!(
            (profile.name.as_str(), profile.direction),
            ("العربية", Direction::Rtl)
        );
        assert_eq!(profile.file, dir.path().join("ar").join("language.toml"));
    }

    #[test]
    fn a_language_folder_without_a_profile_is_an_error() {
        let dir = fixture(&[("nl/a.ftl", "a = A\n"), ("de/a.ftl", "a = A\n")]);
        let err = Locales::load_dir(dir.path()).unwrap_err();
        let text = err.to_string();
        let de = dir.path().join("de");
        assert!(
            text.starts_with(&format!(
                "{}: a language folder needs its profile language.toml",
                de.display()
            )),
            "{text}"
        );
    }

    #[test]
    fn a_profile_must_be_named_by_its_folder() {
        let dir = fixture(&[("nl/a.ftl", "a = A\n")]);
        std::fs::create_dir(dir.path().join("nederlands")).unwrap();
        std::fs::copy(
            dir.path().join("nl/language.toml"),
            dir.path().join("nederlands/language.toml"),
        )
        .unwrap();
        let text = Locales::load_dir(dir.path()).unwrap_err().to_string();
        assert!(text.contains("nederlands/language.toml:"), "{text}");
        assert!(
            text.contains("code `nl` must be the language folder's name `nederlands`"),
            "{text}"
        );
    }

    /// The repository's nl profile with `edit` applied, in a fixture with `extra` files.
    fn with_nl_profile(edit: impl Fn(String) -> String, extra: &[(&str, &str)]) -> String {
        let dir = fixture(extra);
        let path = dir.path().join("nl/language.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, edit(text)).unwrap();
        Locales::load_dir(dir.path()).unwrap_err().to_string()
    }

    #[test]
    fn exactly_one_language_binds() {
        let none = with_nl_profile(|t| t.replace("binding = true\n", ""), &[("en/a.ftl", "")]);
        assert!(none.contains("no language is binding"), "{none}");

        let dir = fixture(&[("en/a.ftl", "a = A\n")]);
        let en = dir.path().join("en/language.toml");
        let text = std::fs::read_to_string(&en).unwrap();
        std::fs::write(&en, format!("{text}binding = true\n")).unwrap();
        let two = Locales::load_dir(dir.path()).unwrap_err().to_string();
        assert!(
            two.starts_with(&format!(
                "`binding = true` in {} and {}: exactly one language binds",
                en.display(),
                dir.path().join("nl/language.toml").display(),
            )),
            "{two}"
        );
    }

    #[test]
    fn profile_errors_name_the_file_and_line() {
        let file = |text: &str| {
            assert!(text.contains("nl/language.toml:"), "{text}");
        };
        let plurals = with_nl_profile(
            |t| {
                t.replace(
                    r#"plurals = ["one", "other"]"#,
                    r#"plurals = ["one", "few", "other"]"#,
                )
            },
            &[],
        );
        file(&plurals);
        assert!(
            plurals.contains(
                "plurals [one, few, other] are not the plural categories of `nl`: \
                 Fluent's plural rules have [one, other]"
            ),
            "{plurals}"
        );
        let formula = with_nl_profile(|t| t.replace("\"leesindex-a\"", "\"flesch\""), &[]);
        file(&formula);
        assert!(
            formula.contains("unknown readability formula `flesch`: expected one of flesch-douma, leesindex-a, flesch-reading-ease, atesman, osman"),
            "{formula}"
        );
        let missing = with_nl_profile(
            |t| {
                t.lines()
                    .filter(|l| !l.starts_with("locale ="))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
            &[],
        );
        file(&missing);
        assert!(missing.contains("missing field `locale`"), "{missing}");
    }

    #[test]
    fn fluent_numbers_follow_the_profile_locale() {
        let files: Vec<(String, &str)> = REPOSITORY
            .iter()
            .map(|code| (format!("{code}/n.ftl"), "n = { $n }\n"))
            .collect();
        let files: Vec<(&str, &str)> = files.iter().map(|(p, c)| (p.as_str(), *c)).collect();
        let locales = load(&files).unwrap();
        for lang in [NL, EN, TR, PL, UK, AR] {
            let profile = locales.profile(lang).unwrap();
            let n = [("n", Arg::Number(12345.5))];
            // Arabic's isolation marks are Fluent's, around every placeable.
            let unmarked = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
            assert_eq!(
                unmarked(locales.message(lang, "n", &n).unwrap()),
                profile.format_decimal(123_455, 1),
                "{lang}"
            );
            assert_eq!(
                unmarked(
                    locales
                        .message(lang, "n", &[("n", Arg::Number(-0.25))])
                        .unwrap()
                ),
                profile.format_decimal(-25, 2),
                "{lang}"
            );
        }
    }

    #[test]
    fn a_missing_locales_directory_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("locales");
        let err = Locales::load_dir(&missing).unwrap_err();
        assert!(matches!(err, I18nError::Io { .. }));
        assert!(
            err.to_string()
                .starts_with(&format!("{}: cannot read", missing.display()))
        );
    }

    #[test]
    fn shared_across_threads() {
        let locales = load(&[("nl/a.ftl", DOCUMENTS_NL)]).unwrap();
        std::thread::scope(|scope| {
            for n in 0..4 {
                let locales = &locales;
                scope.spawn(move || {
                    let text = locales
                        .message(NL, "documents", &[("count", Arg::Number(f64::from(n)))])
                        .unwrap();
                    assert!(text.contains(&n.to_string()));
                });
            }
        });
    }

    proptest::proptest! {
        #[test]
        fn text_arguments_appear_verbatim_in_left_to_right_languages(name in "\\PC*") {
            let locales = load(&[("nl/a.ftl", "hello = Beste { $name },\n")]).unwrap();
            let text = locales.message(NL, "hello", &[("name", Arg::Text(name.clone()))]).unwrap();
            proptest::prop_assert_eq!(text, format!("Beste {name},"));
        }

    }

    // The real locales directory and its house texts.

    const ICONS: [&str; 25] = [
        "money",
        "calendar",
        "deadline",
        "bank-statement",
        "payslip",
        "annual-statement",
        "id-card",
        "rental-contract",
        "insurance",
        "invoice",
        "medical",
        "car",
        "tax",
        "envelope",
        "phone",
        "computer",
        "upload",
        "counter",
        "warning",
        "info",
        "objection",
        "checkmark",
        "person",
        "family",
        "question",
    ];

    const HOUSE: [&str; 17] = [
        "detail-date",
        "detail-reference",
        "detail-subject",
        "detail-handled-by",
        "detail-phone",
        "page-of",
        "salutation-heer",
        "salutation-mevrouw",
        "salutation-none",
        "closing",
        "callout-deadline",
        "callout-warning",
        "callout-info",
        "objection-title",
        "binding-note",
        "binding-note-title",
        "icon-money",
    ];

    fn real_locales_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    /// Only the house files of the real locales directory, so their tests do not depend
    /// on the templates' files.
    fn house_locales() -> (tempfile::TempDir, Locales) {
        let dir = tempfile::tempdir().unwrap();
        for lang in ["nl", "en"] {
            std::fs::create_dir(dir.path().join(lang)).unwrap();
            let from = real_locales_dir().join(lang).join("house.ftl");
            std::fs::copy(from, dir.path().join(lang).join("house.ftl")).unwrap();
        }
        crate::i18n::write_profiles(dir.path(), &["nl", "en"]);
        let locales = Locales::load_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        (dir, locales)
    }

    #[test]
    fn the_real_locales_directory_loads() {
        let dir = real_locales_dir();
        let locales = Locales::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(locales.languages().contains(&NL));
        for lang in locales.languages() {
            for id in HOUSE {
                if let Some((file, _)) = locales.source_of(lang, id) {
                    assert_eq!(file, dir.join(lang.code()).join("house.ftl"), "{lang} {id}");
                }
            }
        }
    }

    #[test]
    fn the_house_texts_are_complete() {
        let (dir, locales) = house_locales();
        assert_eq!(locales.languages(), vec![EN, NL]);
        // Every variable a house text takes: the salutation's name, the footer's pages.
        let name = [
            ("name", text("De Vries")),
            ("page", text("1")),
            ("pages", text("2")),
        ];
        let icons = ICONS.map(|icon| format!("icon-{icon}"));
        for lang in [NL, EN] {
            for id in HOUSE
                .iter()
                .copied()
                .chain(icons.iter().map(String::as_str))
            {
                let text = locales
                    .message(lang, id, &name)
                    .unwrap_or_else(|e| panic!("{e}"));
                assert!(!text.trim().is_empty(), "{lang} {id}");
                assert!(
                    !text.contains(['{', '}', '\u{2068}', '\u{2069}']),
                    "{lang} {id}: {text}"
                );
                let (file, line) = locales.source_of(lang, id).unwrap();
                assert_eq!(
                    file,
                    dir.path().join(lang.code()).join("house.ftl"),
                    "{lang} {id}"
                );
                assert!(line > 1, "{lang} {id}");
            }
        }
    }

    #[test]
    fn the_house_texts() {
        let (_, locales) = house_locales();
        let name = |n: &str| [("name", text(n))];
        let nl = |id: &str, args: &[(&str, Arg)]| locales.message(NL, id, args).unwrap();
        let en = |id: &str, args: &[(&str, Arg)]| locales.message(EN, id, args).unwrap();
        assert_eq!(
            nl("salutation-heer", &name("De Vries")),
            "Beste meneer De Vries,"
        );
        assert_eq!(
            nl("salutation-mevrouw", &name("Yilmaz")),
            "Beste mevrouw Yilmaz,"
        );
        assert_eq!(
            nl("salutation-none", &name("Sam Jansen")),
            "Beste Sam Jansen,"
        );
        assert_eq!(
            en("salutation-heer", &name("De Vries")),
            "Dear Mr De Vries,"
        );
        assert_eq!(en("salutation-mevrouw", &name("Yilmaz")), "Dear Ms Yilmaz,");
        assert_eq!(
            en("salutation-none", &name("Sam Jansen")),
            "Dear Sam Jansen,"
        );
        assert_eq!(
            nl("closing", &[]),
            "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,"
        );
        assert_eq!(
            en("closing", &[]),
            "Yours sincerely,\non behalf of the Municipal Executive (college van burgemeester en \
             wethouders),"
        );
        assert_eq!(nl("detail-reference", &[]), "Ons kenmerk");
        assert_eq!(en("detail-handled-by", &[]), "Contact");
        assert_eq!(nl("callout-deadline", &[]), "Let op de datum");
        assert_eq!(nl("callout-warning", &[]), "Let op");
        assert_eq!(nl("callout-info", &[]), "Goed om te weten");
        assert_eq!(
            nl("objection-title", &[]),
            "Bent u het niet eens met dit besluit?"
        );
        assert_eq!(nl("binding-note", &[]), "Dit is de officiële brief.");
        assert!(en("binding-note", &[]).contains("Dutch letter is the official"));
        assert_eq!(nl("icon-money", &[]), "Geld");
        assert_eq!(nl("icon-calendar", &[]), "Kalender");
        // A salutation without its name is an error, never "Beste {$name},".
        assert!(locales.message(NL, "salutation-heer", &[]).is_err());
    }

    #[test]
    fn the_house_files_define_the_same_ids_in_every_language() {
        let dir = real_locales_dir();
        let ids = |lang: &str| -> Vec<String> {
            let source = std::fs::read_to_string(dir.join(lang).join("house.ftl")).unwrap();
            let resource = FluentResource::try_new(source).unwrap();
            let mut ids: Vec<String> = resource
                .entries()
                .filter_map(|entry| match entry {
                    ast::Entry::Message(message) => Some(message.id.name.to_string()),
                    _ => None,
                })
                .collect();
            ids.sort();
            ids
        };
        let nl = ids("nl");
        assert_eq!(nl, ids("en"));
        let icons: Vec<&String> = nl.iter().filter(|id| id.starts_with("icon-")).collect();
        // Every pictogram of icons/icons.toml has its alt text, and nothing else is one.
        let manifest = crate::icons::Icons::load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("icons"),
        )
        .unwrap();
        let mut expected: Vec<String> = manifest.iter().map(|icon| icon.alt.clone()).collect();
        expected.sort();
        assert_eq!(icons, expected.iter().collect::<Vec<_>>());
    }
}

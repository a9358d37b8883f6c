//! Fluent messages of all languages: loading `locales/<lang>/*.ftl` and formatting them.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use fluent::concurrent::FluentBundle;
use fluent::types::FluentNumber;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::{Arg, I18nError, Language, format};

/// All Fluent messages of all languages, loaded once and shared read-only (Send + Sync).
pub struct Locales {
    languages: BTreeMap<Language, Messages>,
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
            .finish_non_exhaustive()
    }
}

/// One parsed `.ftl` file.
struct File {
    path: PathBuf,
    resource: FluentResource,
}

impl Locales {
    /// Loads `dir/<lang>/*.ftl` for every language directory present. Syntax errors are
    /// reported with file:line:column; the same message id twice in a language is an error.
    ///
    /// Language directories must be named by their code (`nl`, `en`, ...); any other
    /// directory is an error rather than silently ignored, so a typo never drops a
    /// translation. Files load in name order. All problems are reported at once.
    pub fn load(dir: &Path) -> Result<Locales, I18nError> {
        let mut problems = Vec::new();
        let mut languages = BTreeMap::new();
        for (lang, lang_dir) in language_dirs(dir)? {
            let mut files = Vec::new();
            for path in ftl_files(&lang_dir)? {
                match parse_file(&path) {
                    Ok(file) => files.push(file),
                    Err(mut errors) => problems.append(&mut errors),
                }
            }
            if files.is_empty() {
                continue;
            }
            match Messages::new(lang, files) {
                Ok(messages) => {
                    languages.insert(lang, messages);
                }
                Err(mut errors) => problems.append(&mut errors),
            }
        }
        match problems.len() {
            0 => Ok(Locales { languages }),
            1 => Err(problems.remove(0)),
            _ => Err(I18nError::Load(problems)),
        }
    }

    /// Languages that have at least one `.ftl` file.
    pub fn languages(&self) -> Vec<Language> {
        self.languages.keys().copied().collect()
    }

    /// Whether message `id` (or `id.attribute`) exists in `lang`.
    pub fn has_message(&self, lang: Language, id: &str) -> bool {
        let Some(messages) = self.languages.get(&lang) else {
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

    /// Formats message `id` (or `id.attribute`) with `args`. A missing message, a missing
    /// variable or any Fluent resolver error is an `Err` — never a `{$name}` in a letter.
    pub fn message(
        &self,
        lang: Language,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, I18nError> {
        let messages = self
            .languages
            .get(&lang)
            .ok_or(I18nError::NoMessages(lang))?;
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
        let message = messages.bundle.get_message(message_id).ok_or_else(missing)?;
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

    /// Where message `id` is defined (file and 1-based line), for diagnostics.
    /// `id.attribute` gives the line of the message itself.
    pub fn source_of(&self, lang: Language, id: &str) -> Option<(PathBuf, u32)> {
        let (message_id, _) = split_id(id);
        self.languages.get(&lang)?.sources.get(message_id).cloned()
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

/// The language directories under `dir`, in code order.
fn language_dirs(dir: &Path) -> Result<Vec<(Language, PathBuf)>, I18nError> {
    let io = |source| I18nError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut dirs = Vec::new();
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || !path.is_dir() {
            continue;
        }
        match Language::ALL.into_iter().find(|lang| lang.code() == name) {
            Some(lang) => dirs.push((lang, path)),
            None => problems.push(I18nError::Other(format!(
                "{}: not a language directory: expected one of nl, en, tr, pl, uk, ar",
                path.display()
            ))),
        }
    }
    if !problems.is_empty() {
        return Err(if problems.len() == 1 {
            problems.remove(0)
        } else {
            I18nError::Load(problems)
        });
    }
    dirs.sort();
    Ok(dirs)
}

/// The `.ftl` files directly in `dir`, in name order.
fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, I18nError> {
    let io = |source| I18nError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|ext| ext == "ftl") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn parse_file(path: &Path) -> Result<File, Vec<I18nError>> {
    let source = std::fs::read_to_string(path).map_err(|source| {
        vec![I18nError::Io {
            path: path.to_path_buf(),
            source,
        }]
    })?;
    match FluentResource::try_new(source) {
        Ok(resource) => Ok(File {
            path: path.to_path_buf(),
            resource,
        }),
        Err((resource, errors)) => Err(errors
            .iter()
            .map(|error| {
                let (line, column) = line_column(resource.source(), error.pos.start);
                I18nError::Syntax {
                    path: path.to_path_buf(),
                    line,
                    column,
                    message: error.to_string(),
                }
            })
            .collect()),
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
fn line_column(source: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (to_u32(line), to_u32(column))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The byte offset of `part` in `whole`, if `part` is a slice of it. fluent-syntax keeps
/// no spans in its AST, but every identifier it parses borrows from the source text.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start + part.len() <= whole.len()).then_some(start)
}

impl Messages {
    fn new(lang: Language, files: Vec<File>) -> Result<Messages, Vec<I18nError>> {
        let mut problems = Vec::new();
        let mut sources: HashMap<String, (PathBuf, u32)> = HashMap::new();
        let mut terms: HashMap<String, (PathBuf, u32)> = HashMap::new();
        for file in &files {
            let source = file.resource.source();
            for entry in file.resource.entries() {
                let (kind, id, defined) = match entry {
                    ast::Entry::Message(message) => ("message", message.id.name, &mut sources),
                    ast::Entry::Term(term) => ("term", term.id.name, &mut terms),
                    _ => continue,
                };
                let line = offset_in(source, id).map_or(0, |offset| line_column(source, offset).0);
                let here = (file.path.clone(), line);
                match defined.get(id) {
                    Some(first) => problems.push(I18nError::Duplicate {
                        lang,
                        kind,
                        id: if kind == "term" {
                            format!("-{id}")
                        } else {
                            id.to_string()
                        },
                        first: first.clone(),
                        second: here,
                    }),
                    None => {
                        defined.insert(id.to_string(), here);
                    }
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }

        let locale: unic_langid::LanguageIdentifier = lang
            .code()
            .parse()
            .expect("every language code is a valid language identifier");
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks (FSI/PDI) around placeables keep a Latin name or amount from
        // reordering Arabic text; in left-to-right text they only get in the way (they
        // show up in PDF text extraction, search and tests).
        bundle.set_use_isolating(lang.direction() == super::Direction::Rtl);
        bundle.set_formatter(Some(number_formatter(lang)));
        for file in files {
            let path = file.path.clone();
            if let Err(errors) = bundle.add_resource(file.resource) {
                // Duplicates were caught above; anything else is still reported.
                problems.extend(errors.into_iter().map(|error| {
                    I18nError::Other(format!("{}: {error}", path.display()))
                }));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Messages { bundle, sources })
    }
}

/// Numbers in messages (`{ $count }`) are written the way the language writes them
/// (nl `1.500`), not as fluent-rs' plain `1500`. fluent-rs takes a plain function, so
/// there is one instance per language.
#[allow(clippy::type_complexity)]
fn number_formatter<M>(lang: Language) -> fn(&FluentValue, &M) -> Option<String> {
    fn for_lang<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(number) => format_number(Language::ALL[L], number),
            _ => None,
        }
    }
    match lang {
        Language::Nl => for_lang::<0, M>,
        Language::En => for_lang::<1, M>,
        Language::Tr => for_lang::<2, M>,
        Language::Pl => for_lang::<3, M>,
        Language::Uk => for_lang::<4, M>,
        Language::Ar => for_lang::<5, M>,
    }
}

fn format_number(lang: Language, number: &FluentNumber) -> Option<String> {
    let minimum_fraction_digits = number.options.minimum_fraction_digits.unwrap_or(0);
    format::format_f64(lang, number.value, minimum_fraction_digits)
}

// Locales is built once and shared by the rayon pool and the server's threads.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Locales>();
};

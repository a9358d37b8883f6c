//! The static check of a template: what letter.md uses, read from its source whatever
//! data the examples hold, so a branch no example reaches is checked too. Every message id
//! of a `t()` call exists in every language the template ships, with the variables the
//! call passes; every pictogram of a `::: step` fence exists; every data field letter.md
//! names (in `{{ }}`, `{% if %}`, `{% for %}`, `{% set %}`) exists in template.toml.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::{Field, FieldType};
use crate::diag::{Code, Diagnostic, Diagnostics, close_matches, closest};
use crate::i18n::Locales;
use crate::icons::Icons;
use crate::template::Template;

/// Names letter.md sees that are not in the schema: filled in by helder (see
/// `request::letter::context`) or by Tera.
const PROVIDED: [&str; 5] = ["house", "deadline", "remedy", "lang", "loop"];
/// Fields of `letter` filled in by helder rather than given in the data.
const LETTER_PROVIDED: [&str; 1] = ["phone"];
/// Tera's words, never field names.
const KEYWORDS: [&str; 28] = [
    "and",
    "or",
    "not",
    "in",
    "is",
    "true",
    "false",
    "True",
    "False",
    "if",
    "elif",
    "else",
    "endif",
    "for",
    "endfor",
    "set",
    "set_global",
    "endset",
    "filter",
    "endfilter",
    "block",
    "endblock",
    "raw",
    "endraw",
    "break",
    "continue",
    "none",
    "None",
];

/// Checks `template` against `locales` and `icons`; findings point at letter.md lines.
pub(crate) fn check(template: &Template, locales: &Locales, icons: &Icons) -> Diagnostics {
    let file = format!("templates/{}/letter.md", template.id);
    let source = template.letter_md();
    let mut out = Diagnostics::new();
    let mut bound: BTreeMap<String, Option<FieldType>> = BTreeMap::new();
    for tag in tags(source) {
        let at = |d: Diagnostic| d.at_file(file.clone(), tag.line, tag.column);
        let tokens = tokenize(tag.body);
        if tag.statement {
            bind(&tokens, &template.schema.fields, &mut bound);
        }
        for call in calls(&tokens) {
            check_call(template, locales, &call, &at, &mut out);
        }
        for path in paths(&tokens) {
            if let Some(d) = check_path(&path, &template.schema.fields, &bound) {
                out.push(at(d));
            }
        }
    }
    for (line, name) in step_icons(source) {
        if icons.get(&name).is_none() {
            let names: Vec<&str> = icons
                .iter()
                .map(|i| i.name.as_str())
                .chain(icons.aliases().map(|(a, _)| a))
                .collect();
            let mut d = Diagnostic::error(
                Code::ICON_UNKNOWN,
                format!("unknown pictogram `{name}` in a `::: step` fence"),
            )
            .at_file(file.clone(), line, 1);
            if let Some(near) = closest(&name, names.iter().copied()) {
                d = d.with_suggestion(format!("did you mean `{near}`?"));
            }
            out.push(d);
        }
    }
    out
}

/// One `{{ }}` or `{% %}` of letter.md, with the 1-based line and column it starts at.
struct Tag<'a> {
    body: &'a str,
    statement: bool,
    line: u32,
    column: u32,
}

/// Every expression and statement tag of `source`, skipping `{# #}` comments.
fn tags(source: &str) -> Vec<Tag<'_>> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(start) = source[rest..].find('{').map(|i| i + rest) {
        let open = &source[start..];
        let close = if open.starts_with("{{") {
            "}}"
        } else if open.starts_with("{%") {
            "%}"
        } else if open.starts_with("{#") {
            "#}"
        } else {
            rest = start + 1;
            continue;
        };
        let Some(end) = source[start + 2..].find(close).map(|i| i + start + 2) else {
            break; // Unclosed: Tera's own compile error reports it.
        };
        if close != "#}" {
            let (line, column) = crate::diag::line_col(source, start);
            let body = source[start + 2..end].trim_matches(|c| c == '-' || c == '+');
            found.push(Tag {
                body,
                statement: close == "%}",
                line,
                column,
            });
        }
        rest = end + 2;
    }
    found
}

#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Ident(&'a str),
    Str(&'a str),
    Punct(&'a str),
    Number,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'"' || c == b'\'' || c == b'`' {
            let end = text[i + 1..]
                .find(c as char)
                .map_or(text.len(), |e| e + i + 1);
            tokens.push(Token::Str(&text[i + 1..end.min(text.len())]));
            i = end + 1;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            tokens.push(Token::Ident(&text[start..i]));
        } else if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            tokens.push(Token::Number);
        } else {
            let two = text.get(i..i + 2).unwrap_or("");
            if ["==", "!=", "<=", ">="].contains(&two) {
                tokens.push(Token::Punct(two));
                i += 2;
            } else {
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                tokens.push(Token::Punct(&text[i..i + len]));
                i += len;
            }
        }
    }
    tokens
}

/// `{% for x in path %}` binds `x` to an item of the list at `path`, `{% for k, v in %}`
/// binds both loosely, `{% set x = .. %}` binds `x` to anything.
fn bind(tokens: &[Token<'_>], fields: &[Field], bound: &mut BTreeMap<String, Option<FieldType>>) {
    match tokens {
        [
            Token::Ident("for"),
            Token::Ident(x),
            Token::Ident("in"),
            rest @ ..,
        ] => {
            let item = dotted(rest).and_then(|path| match resolve(&path, fields, bound) {
                Ok(Some(FieldType::List { of, .. })) => Some((*of).clone()),
                _ => None,
            });
            bound.insert((*x).to_owned(), item);
        }
        [
            Token::Ident("for"),
            Token::Ident(k),
            Token::Punct(","),
            Token::Ident(v),
            ..,
        ] => {
            bound.insert((*k).to_owned(), None);
            bound.insert((*v).to_owned(), None);
        }
        [Token::Ident("set" | "set_global"), Token::Ident(x), ..] => {
            bound.insert((*x).to_owned(), None);
        }
        _ => {}
    }
}

/// The dotted path at the start of `tokens` (`a.b.c`), if it starts with a name.
fn dotted(tokens: &[Token<'_>]) -> Option<Vec<String>> {
    let Some(Token::Ident(first)) = tokens.first() else {
        return None;
    };
    let mut path = vec![(*first).to_owned()];
    let mut i = 1;
    while let (Some(Token::Punct(".")), Some(Token::Ident(next))) =
        (tokens.get(i), tokens.get(i + 1))
    {
        path.push((*next).to_owned());
        i += 2;
    }
    Some(path)
}

/// Every variable path of an expression (not a keyword, filter, test, function, named
/// argument or the name a `for`/`set` binds).
fn paths(tokens: &[Token<'_>]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut i = 0;
    // The names a statement binds are not references.
    let skip_bound = match tokens {
        [
            Token::Ident("for"),
            Token::Ident(_),
            Token::Punct(","),
            Token::Ident(_),
            ..,
        ] => 4,
        [Token::Ident("for"), Token::Ident(_), ..] => 2,
        [Token::Ident("set" | "set_global"), Token::Ident(_), ..] => 2,
        _ => 0,
    };
    while i < tokens.len() {
        let Token::Ident(name) = tokens[i] else {
            i += 1;
            continue;
        };
        let before = i.checked_sub(1).map(|b| &tokens[b]);
        let after = tokens.get(i + 1);
        let ignored = i < skip_bound
            || KEYWORDS.contains(&name)
            || matches!(
                before,
                Some(Token::Punct("|" | ".")) | Some(Token::Ident("is"))
            )
            || matches!(after, Some(Token::Punct("(" | "=")));
        let Some(path) = dotted(&tokens[i..]) else {
            i += 1;
            continue;
        };
        let len = 2 * path.len() - 1;
        if !ignored {
            found.push(path);
        }
        i += len;
    }
    found
}

/// What is wrong with `path`, if anything: a field template.toml does not have.
fn check_path(
    path: &[String],
    fields: &[Field],
    bound: &BTreeMap<String, Option<FieldType>>,
) -> Option<Diagnostic> {
    resolve(path, fields, bound).err()
}

/// The type at `path` (None when helder or a `set` provides it and it is not known);
/// an error naming the first segment the schema does not have.
fn resolve(
    path: &[String],
    fields: &[Field],
    bound: &BTreeMap<String, Option<FieldType>>,
) -> Result<Option<FieldType>, Diagnostic> {
    let root = path[0].as_str();
    let mut ty = if let Some(item) = bound.get(root) {
        match item {
            Some(ty) => ty.clone(),
            None => return Ok(None),
        }
    } else if PROVIDED.contains(&root) {
        return Ok(None);
    } else {
        match fields.iter().find(|f| f.name == root) {
            Some(f) => f.ty.clone(),
            None => {
                let names = fields.iter().map(|f| f.name.as_str());
                return Err(unknown(root, "", names));
            }
        }
    };
    for (depth, segment) in path.iter().enumerate().skip(1) {
        let prefix = path[..depth].join(".");
        let sub: Vec<(&str, Option<FieldType>)> = match &ty {
            FieldType::Record { fields } => fields
                .iter()
                .map(|f| (f.name.as_str(), Some(f.ty.clone())))
                .collect(),
            FieldType::Person => vec![("name", None), ("salutation", None)],
            FieldType::Address => ["street", "number", "suffix", "postcode", "city"]
                .iter()
                .map(|n| (*n, None))
                .collect(),
            _ => return Ok(None),
        };
        let provided =
            root == "letter" && depth == 1 && LETTER_PROVIDED.contains(&segment.as_str());
        match sub.iter().find(|(n, _)| n == segment) {
            Some((_, Some(next))) => ty = next.clone(),
            Some((_, None)) => return Ok(None),
            None if provided => return Ok(None),
            None => {
                return Err(unknown(
                    &format!("{prefix}.{segment}"),
                    &prefix,
                    sub.iter().map(|(n, _)| *n),
                ));
            }
        }
    }
    Ok(Some(ty))
}

fn unknown<'a>(
    path: &str,
    parent: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> Diagnostic {
    let last = path.rsplit('.').next().unwrap_or(path);
    let within = if parent.is_empty() {
        "the template's data".to_owned()
    } else {
        format!("`{parent}`")
    };
    let mut d = Diagnostic::error(
        Code::TEMPLATE_FIELD,
        format!("unknown field `{path}`: {within} has no field `{last}` in template.toml"),
    );
    if let Some(near) = closest(last, names) {
        let near = if parent.is_empty() {
            near.to_owned()
        } else {
            format!("{parent}.{near}")
        };
        d = d.with_suggestion(format!("did you mean `{near}`?"));
    }
    d
}

/// One `t("id", name=value, ..)` call: the id and the names of the variables passed.
struct Call {
    id: String,
    passed: BTreeSet<String>,
}

/// Every `t()` call with a literal id among `tokens`.
fn calls(tokens: &[Token<'_>]) -> Vec<Call> {
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let (Token::Ident("t"), Some(Token::Punct("(")), Some(Token::Str(id))) =
            (&tokens[i], tokens.get(i + 1), tokens.get(i + 2))
        else {
            continue;
        };
        if i > 0 && matches!(tokens[i - 1], Token::Punct(".")) {
            continue;
        }
        // A built id (`t("a-" ~ x)`) cannot be checked statically.
        if !matches!(tokens.get(i + 3), Some(Token::Punct("," | ")"))) {
            continue;
        }
        let mut passed = BTreeSet::new();
        let mut depth = 0usize;
        let mut j = i + 1;
        while j < tokens.len() {
            match &tokens[j] {
                Token::Punct("(" | "[" | "{") => depth += 1,
                Token::Punct(")" | "]" | "}") => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Token::Ident(name)
                    if depth == 1
                        && matches!(tokens.get(j + 1), Some(Token::Punct("=")))
                        && matches!(tokens.get(j - 1), Some(Token::Punct(","))) =>
                {
                    passed.insert((*name).to_owned());
                }
                _ => {}
            }
            j += 1;
        }
        found.push(Call {
            id: (*id).to_owned(),
            passed,
        });
    }
    found
}

fn check_call(
    template: &Template,
    locales: &Locales,
    call: &Call,
    at: &dyn Fn(Diagnostic) -> Diagnostic,
    out: &mut Diagnostics,
) {
    let mut unused: Option<BTreeSet<String>> = None;
    for &lang in &template.languages {
        let Some(used) = locales.message_variables(lang, &call.id) else {
            if locales.has_message(lang, &call.id) {
                continue; // Only attributes: the render reports it.
            }
            let ids = locales.message_ids(lang);
            let mut d = Diagnostic::error(
                Code::FLUENT_MISSING_MESSAGE,
                format!(
                    "message `{}` is not in {} ({}), a language this template ships",
                    call.id,
                    lang.code(),
                    format_args!("locales/{}/*.ftl", lang.code())
                ),
            );
            let near = close_matches(&call.id, ids.iter().copied());
            if let Some(near) = near.first() {
                d = d.with_suggestion(format!("did you mean `{near}`?"));
            }
            out.push(at(d));
            continue;
        };
        let place = locales
            .source_of(lang, &call.id)
            .map(|(path, line)| format!(" ({}:{line})", path.display()))
            .unwrap_or_default();
        for var in used.iter().filter(|v| !call.passed.contains(*v)) {
            let passed: Vec<&str> = call.passed.iter().map(String::as_str).collect();
            out.push(at(Diagnostic::error(
                Code::TEMPLATE_VARIABLE,
                format!(
                    "message `{}` in {}{place} uses `${var}`, which this t() call does not \
                     pass (it passes: {})",
                    call.id,
                    lang.code(),
                    if passed.is_empty() {
                        "nothing".to_owned()
                    } else {
                        passed.join(", ")
                    }
                ),
            )));
        }
        let here: BTreeSet<String> = call
            .passed
            .iter()
            .filter(|p| !used.contains(*p))
            .cloned()
            .collect();
        unused = Some(match unused {
            None => here,
            Some(before) => before.intersection(&here).cloned().collect(),
        });
    }
    for name in unused.unwrap_or_default() {
        out.push(at(Diagnostic::warning(
            Code::TEMPLATE_UNUSED_ARGUMENT,
            format!(
                "t(\"{}\") passes `{name}`, which the message uses in no language",
                call.id
            ),
        )));
    }
}

/// The pictogram names of every `::: step` fence (1-based line, name). A name chosen
/// by a Tera branch (`{% if %}id-card{% else %}payslip{% endif %}`) gives every branch's
/// name; a name printed from data (`{{ .. }}`) cannot be known and is skipped.
fn step_icons(source: &str) -> Vec<(u32, String)> {
    let mut found = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix(":::") else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("step") else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            continue;
        }
        if rest.contains("{{") {
            continue;
        }
        // Text outside `{% %}` tags: each word is a name.
        let mut text = String::new();
        let mut rest = rest;
        while let Some(start) = rest.find("{%") {
            text.push_str(&rest[..start]);
            text.push(' ');
            rest = rest[start..]
                .find("%}")
                .map_or("", |e| &rest[start + e + 2..]);
        }
        text.push_str(rest);
        for name in text.split_whitespace() {
            found.push((i as u32 + 1, name.to_owned()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_of_every_branch_are_found() {
        let src = "Intro\n::: step {% if a %}id-card{% else %}payslip{% endif %}\nX\n:::\n::: step money\n::: deadline Soon\n";
        assert_eq!(
            step_icons(src),
            vec![
                (2, "id-card".to_owned()),
                (2, "payslip".to_owned()),
                (5, "money".to_owned())
            ]
        );
    }

    #[test]
    fn paths_skip_filters_functions_and_named_arguments() {
        let tokens = tokenize(r#" t("x", day=interview.day | date(format="long"), n=3) "#);
        let found: Vec<Vec<String>> = paths(&tokens);
        assert_eq!(found, vec![vec!["interview".to_owned(), "day".to_owned()]]);
        let tokens = tokenize(r#"if doc.kind == "polis" and not x is defined"#);
        let found: Vec<String> = paths(&tokens).iter().map(|p| p.join(".")).collect();
        assert_eq!(found, vec!["doc.kind", "x"]);
    }

    #[test]
    fn calls_give_the_id_and_the_names_passed() {
        let tokens = tokenize(r#" t("inv-when", day=a.b | date, starts=t("x"), m=f(k=1)) "#);
        let found = calls(&tokens);
        assert_eq!(found[0].id, "inv-when");
        assert_eq!(
            found[0].passed.iter().cloned().collect::<Vec<_>>(),
            vec!["day", "m", "starts"]
        );
        assert_eq!(found[1].id, "x");
        assert!(found[1].passed.is_empty());
    }
}

//! Source lines through Tera: before compiling, the end of each text line of letter.md gets
//! an invisible marker with its line number (private-use characters, which data never
//! holds: the data stage removes them and the escape function drops them). After
//! rendering, the markers are stripped and tell for every output line where it came from,
//! so the letter checker can point at `letter.md:12`.
//!
//! The same mechanism carries, for every Fluent message `t()` renders, its id (see
//! [`mark_message`]).
//!
//! A marker is `U+E000`, the line number in digits `U+E010..=U+E019`, then `U+E001`. It
//! only ever goes at the very end of a line, so Tera's line and column numbers of
//! everything before it stay exactly those of the original file.

use super::UsedMessage;

const START: char = '\u{E000}';
const END: char = '\u{E001}';
const DIGIT_ZERO: u32 = 0xE010;

/// Message markers: `t()` wraps every message it renders as `U+E002`, the message id
/// (each byte as `U+E100 + byte`), `U+E003`, the text, `U+E004`, so the checker learns
/// which sentence came from which Fluent message without any state kept during the
/// render. Stripped with the line markers.
const MESSAGE_START: char = '\u{E002}';
const MESSAGE_TEXT: char = '\u{E003}';
const MESSAGE_END: char = '\u{E004}';
const ID_BYTE_ZERO: u32 = 0xE100;

/// Whether `c` is one of the characters line and message markers are made of.
pub(crate) fn is_marker_char(c: char) -> bool {
    ('\u{E000}'..='\u{E1FF}').contains(&c)
}

/// `text` (a rendered message) with message markers around it.
pub(crate) fn mark_message(id: &str, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 3 * id.len() + 9);
    out.push(MESSAGE_START);
    for b in id.bytes() {
        out.push(char::from_u32(ID_BYTE_ZERO + u32::from(b)).unwrap_or(MESSAGE_TEXT));
    }
    out.push(MESSAGE_TEXT);
    out.push_str(text);
    out.push(MESSAGE_END);
    out
}

/// `text` without any markers (a message passed as an argument to another one).
pub(crate) fn without_markers(text: &str) -> String {
    text.chars().filter(|&c| !is_marker_char(c)).collect()
}

fn push_marker(line: u32, out: &mut String) {
    out.push(START);
    for digit in line.to_string().bytes() {
        out.push(char::from_u32(DIGIT_ZERO + u32::from(digit - b'0')).unwrap_or(END));
    }
    out.push(END);
}

/// Where a scan through Tera source is at the end of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Text,
    /// Inside `{{ }}` or `{% %}`, possibly inside a string literal (its quote).
    Tag {
        close: u8,
        quote: Option<u8>,
    },
    Comment,
    /// Inside `{% raw %}`: Tera shows everything literally up to `{% endraw %}`.
    Raw,
}

/// letter.md as Tera compiles it: line markers added, and `t("id", ..)` rewritten to
/// Tera 2's keyword-only calls (`t(_message_id="id", ..)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Prepared {
    pub source: String,
    /// Text inserted by the rewrite, to map Tera's columns back to the original file.
    pub shifts: Vec<Shift>,
    /// The `t("literal-id")` calls, in order.
    pub messages: Vec<MessageUse>,
}

/// A Fluent message that letter.md asks for by a literal id: `t("bbt-intro", ..)`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MessageUse {
    pub id: String,
    /// 1-based line and column of the id in letter.md.
    pub line: u32,
    pub column: u32,
}

/// `added` characters inserted on 1-based `line` before original 0-based column `column`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shift {
    pub line: usize,
    pub column: usize,
    pub added: usize,
}

/// The keyword that carries the message id of a `t()` call.
pub(crate) const MESSAGE_ID_ARG: &str = "_message_id";

impl Prepared {
    /// The original 0-based column of 0-based column `column` on `line` of the prepared
    /// source.
    pub fn original_column(&self, line: usize, column: usize) -> usize {
        let mut added_before = 0;
        for shift in self.shifts.iter().filter(|s| s.line == line) {
            let at = shift.column + added_before;
            if column < at {
                break;
            }
            if column < at + shift.added {
                return shift.column;
            }
            added_before += shift.added;
        }
        column - added_before
    }
}

/// Prepares letter.md for Tera. A line marker goes at the end of every line whose end is
/// plain text: not inside a tag or comment that continues on the next line, not a line
/// holding only block tags (`{% if .. %}`, `{% endfor %}`: they print nothing themselves,
/// and `{% extends %}` must stay alone), and not a line ending in a whitespace-trimming
/// tag (`-%}`, `-}}`, `-#}`), whose trimming a marker would stop.
pub(crate) fn prepare(source: &str) -> Prepared {
    let mut out = String::with_capacity(source.len() + source.len() / 8);
    let mut shifts = Vec::new();
    let mut messages = Vec::new();
    let mut mode = Mode::Text;
    let mut number: u32 = 0;
    for line in source.split_inclusive('\n') {
        number += 1;
        let (body, ending) = match line.strip_suffix('\n') {
            Some(body) => match body.strip_suffix('\r') {
                Some(body) => (body, "\r\n"),
                None => (body, "\n"),
            },
            None => (line, ""),
        };
        let started = mode;
        let scanned = scan(body, mode);
        mode = scanned.mode;
        let mut from = 0;
        for &at in &scanned.message_ids {
            out.push_str(&body[from..at]);
            out.push_str(MESSAGE_ID_ARG);
            out.push('=');
            let column = body[..at].chars().count();
            shifts.push(Shift {
                line: number as usize,
                column,
                added: MESSAGE_ID_ARG.len() + 1,
            });
            if let Some(id) = string_literal(&body[at..]) {
                messages.push(MessageUse {
                    id: id.to_owned(),
                    line: number,
                    column: u32::try_from(column + 1).unwrap_or(u32::MAX),
                });
            }
            from = at;
        }
        out.push_str(&body[from..]);
        // Inside `{% raw %}` a marker is just more text, stripped like any other.
        let mark = matches!(mode, Mode::Text | Mode::Raw)
            && match (started, scanned.text_from) {
                (Mode::Text | Mode::Raw, _) => wants_marker(body),
                // The line closes an expression begun above: what it prints ends here.
                (Mode::Tag { close: b'}', .. }, _) => !ends_trimming(body),
                // It closes a block tag or comment: mark any text that follows.
                (_, Some(from)) => wants_marker(&body[from..]),
                (_, None) => false,
            };
        if mark {
            // Before trailing spaces: a `{%-` on the next line trims them, and a marker
            // after them would stop it.
            let trailing = body.len() - body.trim_end_matches([' ', '\t']).len();
            let mut marker = String::with_capacity(16);
            push_marker(number, &mut marker);
            out.insert_str(out.len() - trailing, &marker);
        }
        out.push_str(ending);
    }
    Prepared {
        source: out,
        shifts,
        messages,
    }
}

/// The content of the Tera string literal `s` starts with, if it is one on its own
/// (`"bbt-intro"` followed by `,` or `)`, not `"a" ~ b`).
fn string_literal(s: &str) -> Option<&str> {
    let quote = s.chars().next().filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let end = s[1..].find(quote)? + 1;
    let after = s[end + 1..].trim_start();
    (after.starts_with(',') || after.starts_with(')')).then(|| &s[1..end])
}

fn wants_marker(body: &str) -> bool {
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return false;
    }
    !ends_trimming(trimmed) && !is_only_block_tags(trimmed)
}

/// Whether whitespace trimming (`-%}`, `-}}`, `-#}`) is still pending at the end of
/// `line`: Tera carries it across comments to the next text.
fn ends_trimming(line: &str) -> bool {
    let mut rest = line;
    loop {
        rest = rest.trim_end();
        if rest.ends_with("-%}") || rest.ends_with("-}}") || rest.ends_with("-#}") {
            return true;
        }
        match rest.strip_suffix("#}").and_then(|r| r.rfind("{#")) {
            Some(start) => rest = &rest[..start],
            None => return false,
        }
    }
}

/// `{% .. %}` and `{# .. #}` tags and spaces, nothing else.
fn is_only_block_tags(mut s: &str) -> bool {
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return true;
        }
        let close = if s.starts_with("{%") {
            b'%'
        } else if s.starts_with("{#") {
            b'#'
        } else {
            return false;
        };
        match find_tag_end(s.as_bytes(), 2, close) {
            Some(end) => s = &s[end..],
            None => return false,
        }
    }
}

/// The byte just past the `X}` that closes a tag opened before `from` (`X` = `close`),
/// skipping string literals; `None` when the tag does not close in `s`.
fn find_tag_end(s: &[u8], from: usize, close: u8) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let mut i = from;
    while i < s.len() {
        let b = s[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if close != b'#' && matches!(b, b'"' | b'\'' | b'`') => quote = Some(b),
            None if b == close && s.get(i + 1) == Some(&b'}') => return Some(i + 2),
            None => {}
        }
        i += 1;
    }
    None
}

struct Scanned {
    /// The mode at the end of the line.
    mode: Mode,
    /// When the line began inside a tag: the byte where text first resumes.
    text_from: Option<usize>,
    /// Bytes where a `t(` call's positional message id starts.
    message_ids: Vec<usize>,
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn skip_spaces(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
        i += 1;
    }
    i
}

/// At `i` a call `t(` starts whose first argument is positional: returns that argument's
/// byte.
fn positional_message_id(s: &[u8], i: usize) -> Option<usize> {
    if s[i] != b't' || s.get(i + 1).is_some_and(|b| is_ident_byte(*b)) {
        return None;
    }
    if i > 0 && (is_ident_byte(s[i - 1]) || s[i - 1] == b'.') {
        return None;
    }
    let paren = skip_spaces(s, i + 1);
    if s.get(paren) != Some(&b'(') {
        return None;
    }
    let arg = skip_spaces(s, paren + 1);
    match s.get(arg) {
        None | Some(b')') => None,
        Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {
            // `t(name=..)` is already keyword form; `t(name)` is not.
            let mut end = arg;
            while s.get(end).is_some_and(|b| is_ident_byte(*b)) {
                end += 1;
            }
            let eq = skip_spaces(s, end);
            let keyword = s.get(eq) == Some(&b'=') && s.get(eq + 1) != Some(&b'=');
            (!keyword).then_some(arg)
        }
        Some(_) => Some(arg),
    }
}

/// Scans one line (without its line ending) from `mode`.
fn scan(line: &str, mut mode: Mode) -> Scanned {
    let s = line.as_bytes();
    let mut i = 0;
    let mut text_from = None;
    let mut message_ids = Vec::new();
    while i < s.len() {
        if mode == Mode::Text && text_from.is_none() {
            text_from = Some(i);
        }
        match mode {
            Mode::Text => {
                if s[i] == b'{' {
                    match s.get(i + 1) {
                        Some(b'{') => {
                            mode = Mode::Tag {
                                close: b'}',
                                quote: None,
                            };
                            i += 2;
                            continue;
                        }
                        Some(b'%') => {
                            if is_raw_tag(&s[i..]) {
                                // Skip the `{% raw %}` tag itself, then everything is raw.
                                i += find_tag_end(&s[i..], 2, b'%').unwrap_or(s.len() - i);
                                mode = Mode::Raw;
                                continue;
                            }
                            mode = Mode::Tag {
                                close: b'%',
                                quote: None,
                            };
                            i += 2;
                            continue;
                        }
                        Some(b'#') => {
                            mode = Mode::Comment;
                            i += 2;
                            continue;
                        }
                        _ => {}
                    }
                }
                i += 1;
            }
            Mode::Tag {
                close,
                quote: Some(q),
            } => {
                if s[i] == q {
                    mode = Mode::Tag { close, quote: None };
                }
                i += 1;
            }
            Mode::Tag { close, quote: None } => {
                if matches!(s[i], b'"' | b'\'' | b'`') {
                    mode = Mode::Tag {
                        close,
                        quote: Some(s[i]),
                    };
                } else if s[i] == close && s.get(i + 1) == Some(&b'}') {
                    mode = Mode::Text;
                    i += 2;
                    continue;
                } else if let Some(arg) = positional_message_id(s, i) {
                    message_ids.push(arg);
                    i = arg;
                    continue;
                }
                i += 1;
            }
            Mode::Comment => {
                if s[i] == b'#' && s.get(i + 1) == Some(&b'}') {
                    mode = Mode::Text;
                    i += 2;
                    continue;
                }
                i += 1;
            }
            Mode::Raw => {
                if s[i] == b'{' && s.get(i + 1) == Some(&b'%') && is_endraw_tag(&s[i..]) {
                    i += find_tag_end(&s[i..], 2, b'%').unwrap_or(s.len() - i);
                    mode = Mode::Text;
                    continue;
                }
                i += 1;
            }
        }
    }
    if mode == Mode::Text && text_from.is_none() {
        text_from = Some(s.len());
    }
    Scanned {
        mode,
        text_from,
        message_ids,
    }
}

fn tag_word(s: &[u8]) -> &[u8] {
    let mut i = 2;
    if s.get(i) == Some(&b'-') {
        i += 1;
    }
    while s.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        i += 1;
    }
    let start = i;
    while s
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        i += 1;
    }
    &s[start..i]
}

fn is_raw_tag(s: &[u8]) -> bool {
    tag_word(s) == b"raw"
}

fn is_endraw_tag(s: &[u8]) -> bool {
    tag_word(s) == b"endraw"
}

/// A Fluent problem `t()` met while rendering, carried to the template's error through
/// Tera's error text (a Tera error holds only text): JSON between `U+E005` and `U+E006`,
/// characters no message text holds. The error then points where the author fixes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct FluentProblem {
    /// The message is not in the language: fixed in letter.md (a typo) or the `.ftl`.
    pub missing: bool,
    /// The message's `.ftl` file (as shown) and 1-based line, when it exists.
    pub ftl: Option<(String, u32)>,
    pub message: String,
    pub suggestion: Option<String>,
}

const FLUENT_START: char = '\u{E005}';
const FLUENT_END: char = '\u{E006}';

impl FluentProblem {
    pub(crate) fn encode(&self) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        format!("{FLUENT_START}{json}{FLUENT_END}")
    }

    /// The problem an error text carries, if it carries one.
    pub(crate) fn decode(text: &str) -> Option<FluentProblem> {
        let start = text.find(FLUENT_START)? + FLUENT_START.len_utf8();
        let end = start + text[start..].find(FLUENT_END)?;
        serde_json::from_str(&text[start..end]).ok()
    }
}

/// A block tag (`{% if %}`, `{% for %}`, ...) that is still open where letter.md ends, or
/// where the end tag of a block around it comes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OpenBlock {
    /// The tag's word: `if`, `for`, `set`, `filter`, `block`, `macro`, `component`, `raw`.
    pub word: String,
    /// Byte offset of its `{%` in the source.
    pub offset: usize,
    /// The end tag of an outer block that came while this one was open (Tera calls it an
    /// unknown tag), and its byte offset; `None` when the file ends first.
    pub cut_by: Option<(String, usize)>,
}

/// Words whose tag opens a block closed by `{% end<word> %}`.
const BLOCK_WORDS: [&str; 7] = ["if", "for", "filter", "block", "macro", "component", "raw"];

/// The innermost block tag `source` leaves open, which Tera reports only as "Unexpected
/// end of input" at the end of the file, or as an unknown tag at the end tag of a block
/// around it: the author needs the tag and where it opened.
/// `{% set x %}` without `=` is a block too. Comments and string literals are skipped.
pub(crate) fn unclosed_block(source: &str) -> Option<OpenBlock> {
    let s = source.as_bytes();
    let mut open: Vec<OpenBlock> = Vec::new();
    let mut i = 0;
    while let Some(at) = source[i..].find('{').map(|p| p + i) {
        let close = match s.get(at + 1) {
            Some(b'{') => b'}',
            Some(b'%') => b'%',
            Some(b'#') => b'#',
            _ => {
                i = at + 1;
                continue;
            }
        };
        // A tag that never closes is a different error, which Tera names itself.
        let end = find_tag_end(s, at + 2, close)?;
        i = end;
        if close != b'%' {
            continue;
        }
        let word = std::str::from_utf8(tag_word(&s[at..end])).unwrap_or_default();
        if open.last().is_some_and(|b| b.word == "raw") && word != "endraw" {
            continue; // Inside `{% raw %}` tags are text.
        }
        let is_block_set =
            (word == "set" || word == "set_global") && !source[at..end].contains('=');
        if BLOCK_WORDS.contains(&word) || is_block_set {
            open.push(OpenBlock {
                word: word.to_owned(),
                offset: at,
                cut_by: None,
            });
        } else if let Some(ended) = word.strip_prefix("end") {
            let closes =
                |b: &OpenBlock| b.word == ended || (ended == "set" && b.word == "set_global");
            if let Some(index) = open.iter().rposition(closes) {
                if index + 1 < open.len() {
                    let mut inner = open.swap_remove(index + 1);
                    inner.cut_by = Some((word.to_owned(), at));
                    return Some(inner);
                }
                open.truncate(index);
            }
        }
    }
    open.pop()
}

/// Removes the markers from rendered text and returns it with the template line of every
/// output line: the first marker on the line, or else the next marker after it (a line
/// without its own marker was produced by the template line that ends further on, like
/// the first lines of a multi-line message); 0 after the last marker.
pub(crate) fn strip_markers(rendered: &str) -> (String, Vec<u32>, Vec<UsedMessage>) {
    let mut text = String::with_capacity(rendered.len());
    // Per output line: the first marker on it, if any.
    let mut own: Vec<Option<u32>> = vec![None];
    // Messages in the order they start; `open` holds the indices of unfinished ones with
    // the offset in `text` where their text begins.
    let mut messages: Vec<UsedMessage> = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut chars = rendered.chars();
    while let Some(c) = chars.next() {
        if c == MESSAGE_START {
            let mut id = Vec::new();
            for d in chars.by_ref() {
                if d == MESSAGE_TEXT {
                    break;
                }
                if let Some(b) = (d as u32)
                    .checked_sub(ID_BYTE_ZERO)
                    .and_then(|b| u8::try_from(b).ok())
                {
                    id.push(b);
                }
            }
            open.push((messages.len(), text.len()));
            messages.push(UsedMessage {
                id: String::from_utf8_lossy(&id).into_owned(),
                text: String::new(),
            });
            continue;
        }
        if c == MESSAGE_END {
            if let Some((index, start)) = open.pop() {
                messages[index].text = text[start..].to_owned();
            }
            continue;
        }
        if c == START {
            let mut number: u32 = 0;
            let mut valid = true;
            for d in chars.by_ref() {
                if d == END {
                    break;
                }
                match (d as u32).checked_sub(DIGIT_ZERO) {
                    Some(v) if v < 10 => {
                        number = number.saturating_mul(10).saturating_add(v);
                    }
                    _ => valid = false,
                }
            }
            if let Some(slot @ None) = own.last_mut()
                && valid
            {
                *slot = Some(number);
            }
            continue;
        }
        if is_marker_char(c) {
            continue;
        }
        text.push(c);
        if c == '\n' {
            own.push(None);
        }
    }
    // A message cut off by a broken marker still counts up to the end.
    for (index, start) in open {
        messages[index].text = text[start..].to_owned();
    }
    if text.is_empty() {
        return (text, Vec::new(), messages);
    }
    // A final line ending does not start another line.
    if text.ends_with('\n') {
        own.pop();
    }
    let mut lines = vec![0; own.len()];
    let mut next = 0;
    for (i, line) in own.iter().enumerate().rev() {
        if let Some(n) = line {
            next = *n;
        }
        lines[i] = next;
    }
    (text, lines, messages)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn the_innermost_open_block_is_found() {
        let open = |s: &str| unclosed_block(s).map(|b| (b.word, b.offset));
        assert_eq!(open("{% if a %}x{% endif %}"), None);
        assert_eq!(
            open("{% if a %}{% for x in y %}{% endfor %}"),
            Some(("if".into(), 0))
        );
        assert_eq!(open("a\n{%- for x in y -%}\n"), Some(("for".into(), 2)));
        assert_eq!(open("{% set x = 1 %}"), None);
        assert_eq!(open("{% set x %}y"), Some(("set".into(), 0)));
        assert_eq!(open("{% set x %}y{% endset %}"), None);
        // Comments, strings and raw text hold no tags.
        assert_eq!(open("{# {% if %} #}{{ \"{% if\" }}"), None);
        assert_eq!(open("{% raw %}{% if x %}{% endraw %}"), None);
        assert_eq!(open("{% raw %}{% if x %}"), Some(("raw".into(), 0)));
        // A tag that never closes is Tera's own error.
        assert_eq!(open("{% if x %}{% if"), None);
        // The end of an outer block while an inner one is open names the inner one.
        let cut = unclosed_block("{% for d in ds %}{% if d %}x{% endfor %}{% if e %}").unwrap();
        assert_eq!((cut.word.as_str(), cut.offset), ("if", 17));
        assert_eq!(cut.cut_by, Some(("endfor".into(), 28)));
    }

    fn visible(marked: &str) -> String {
        let mut out = String::new();
        let mut chars = marked.chars();
        while let Some(c) = chars.next() {
            if c == START {
                out.push('⟨');
                for d in chars.by_ref() {
                    if d == END {
                        break;
                    }
                    out.push(char::from_digit(d as u32 - DIGIT_ZERO, 10).unwrap());
                }
                out.push('⟩');
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn marks_text_lines_only() {
        let source = "\
# {{ t(\"title\") }}

Hallo {{ name }},
{% if x %}
tekst {% if y %}ja{% endif %}
{% endif %}
{{ t(\"a\",
   b=c) }} na
{# commentaar
over regels #}
{%- if z -%}
trim {{ x -}}
{% for l in lines %}{{ l }}
{% endfor %}:::
{{ \"}}\" }} x
{{ \"
\" }}";
        let marked = visible(&prepare(source).source);
        assert_eq!(
            marked,
            "\
# {{ t(_message_id=\"title\") }}⟨1⟩

Hallo {{ name }},⟨3⟩
{% if x %}
tekst {% if y %}ja{% endif %}⟨5⟩
{% endif %}
{{ t(_message_id=\"a\",
   b=c) }} na⟨8⟩
{# commentaar
over regels #}
{%- if z -%}
trim {{ x -}}
{% for l in lines %}{{ l }}⟨13⟩
{% endfor %}:::⟨14⟩
{{ \"}}\" }} x⟨15⟩
{{ \"
\" }}⟨17⟩"
        );
    }

    #[test]
    fn rewrites_positional_message_ids() {
        let prepared = prepare(
            "{{ t(\"a\", n=1) }} {{ t( key ) }} {{ t(x=1) }} {{ st(\"b\") }} {{ x.t(\"c\") }} {{ t() }}\n{{ \"t(no)\" }}",
        );
        assert_eq!(
            visible(&prepared.source),
            "{{ t(_message_id=\"a\", n=1) }} {{ t( _message_id=key ) }} {{ t(x=1) }} {{ st(\"b\") }} {{ x.t(\"c\") }} {{ t() }}⟨1⟩\n{{ \"t(no)\" }}⟨2⟩"
        );
        assert_eq!(
            prepared.shifts,
            vec![
                Shift {
                    line: 1,
                    column: 5,
                    added: 12
                },
                Shift {
                    line: 1,
                    column: 24,
                    added: 12
                },
            ]
        );
        // Before, inside and after the inserted text; other lines untouched.
        assert_eq!(prepared.original_column(1, 3), 3);
        assert_eq!(prepared.original_column(1, 8), 5);
        assert_eq!(prepared.original_column(1, 17), 5);
        assert_eq!(prepared.original_column(1, 40), 24);
        assert_eq!(prepared.original_column(1, 50), 26);
        assert_eq!(prepared.original_column(2, 4), 4);
    }

    #[test]
    fn literal_message_ids_are_listed() {
        let prepared = prepare(
            "a {{ t(\"een\") }}\n{{ t( 'twee' , n=1) }} {{ t(x) }} {{ t(\"d\" ~ x) }}\n{# {{ t(\"niet\") }} #}",
        );
        let found: Vec<(String, u32, u32)> = prepared
            .messages
            .into_iter()
            .map(|m| (m.id, m.line, m.column))
            .collect();
        assert_eq!(found, vec![("een".into(), 1, 8), ("twee".into(), 2, 7)]);
    }

    #[test]
    fn raw_blocks_do_not_confuse_the_scan() {
        let source = "{% raw %}{{ open\n{% endraw %}\nna\n";
        assert_eq!(
            visible(&prepare(source).source),
            "{% raw %}{{ open⟨1⟩\n{% endraw %}\nna⟨3⟩\n"
        );
    }

    #[test]
    fn keeps_crlf_line_endings() {
        assert_eq!(visible(&prepare("a\r\nb\r\n").source), "a⟨1⟩\r\nb⟨2⟩\r\n");
    }

    #[test]
    fn strip_maps_every_output_line() {
        let mut rendered = String::new();
        rendered.push_str("regel een\nregel twee");
        push_marker(7, &mut rendered);
        rendered.push_str("\n\nkop");
        push_marker(9, &mut rendered);
        rendered.push_str(" en meer");
        push_marker(10, &mut rendered);
        rendered.push_str("\nstaart\n");
        let (text, lines, _) = strip_markers(&rendered);
        assert_eq!(text, "regel een\nregel twee\n\nkop en meer\nstaart\n");
        assert_eq!(lines, vec![7, 7, 9, 9, 0]);
    }

    #[test]
    fn strip_ignores_broken_markers() {
        let (text, lines, _) = strip_markers("a\u{E000}\u{E011}x\u{E001}b\u{E012}\n");
        assert_eq!(text, "abx\n".replace('x', ""));
        assert_eq!(lines, vec![0]);
    }

    proptest::proptest! {
        /// Any text: preparing it only adds markers and message-id keywords.
        #[test]
        fn prepare_only_adds(source in "[{}%#\"'`t( =a-z\n\r-]{0,60}|\\PC{0,40}") {
            let prepared = prepare(&source);
            let back: String = prepared
                .source
                .chars()
                .filter(|&c| !is_marker_char(c))
                .collect::<String>()
                .replace(&format!("{MESSAGE_ID_ARG}="), "");
            proptest::prop_assert_eq!(back, source);
        }
    }

    #[test]
    fn large_line_numbers_round_trip() {
        let mut s = String::from("x");
        push_marker(123_456, &mut s);
        let (text, lines, _) = strip_markers(&s);
        assert_eq!((text, lines), ("x".to_string(), vec![123_456]));
    }

    #[test]
    fn message_markers_give_ids_and_texts_nested_in_order() {
        let inner = mark_message("inner", "b");
        let outer = mark_message("outer", &format!("a {inner} c"));
        let (text, lines, messages) =
            strip_markers(&format!("{outer}\nx {}\n", mark_message("x.attr", "y")));
        assert_eq!(text, "a b c\nx y\n");
        assert_eq!(lines, vec![0, 0]);
        let got: Vec<(&str, &str)> = messages
            .iter()
            .map(|m| (m.id.as_str(), m.text.as_str()))
            .collect();
        assert_eq!(got, [("outer", "a b c"), ("inner", "b"), ("x.attr", "y")]);
        assert_eq!(without_markers(&outer), "a b c");
    }
}

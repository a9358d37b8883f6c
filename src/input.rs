//! How data comes into helder: every file or standard input is read here, with the same
//! rules at every edge.
//!
//! - [`read`] reads one input whole, at most a limit (enforced while reading, so
//!   `/dev/zero` or an endless pipe stops at once), drops a byte order mark and requires
//!   UTF-8.
//! - [`parse_json`] reads strict JSON: one document, no key twice in one object.
//!   [`json_lines`] does the same for each line of JSON Lines.
//! - [`parse_size`] reads a size such as `4MiB` for the option that raises the limit.
//!
//! Errors name the input and, where it applies, `line:column` (1-based, columns in
//! characters, as editors count them) and the JSON path (`decision.items[2].amount`).
//! CSV is read in `data::csv_data`; this module never guesses a format.

use std::cell::Cell;
use std::fmt;
use std::io::{self, Read};
use std::path::PathBuf;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Value};

use crate::data::show_str;
use crate::diag::{Code, Diagnostic};

/// The default limit for one input (a file or standard input): a few MiB; letters' data
/// is a few KiB.
pub const DEFAULT_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// The command-line option that raises the limit, named in the too-large error.
pub const MAX_INPUT_OPTION: &str = "--max-input";

const BOM: &str = "\u{FEFF}";

/// Where an input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// A command-line argument: `-` is standard input, anything else a path (write `./-`
    /// for a file called `-`).
    pub fn from_arg(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// The name errors use: `stdin`, or the path as given.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// One input, read whole: its name (see [`Source::name`]) and its text, without a byte
/// order mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub text: String,
}

/// Why an input could not be read or parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input: `data.json`, `stdin`.
    pub name: String,
    /// 1-based line in the input, where it applies.
    pub line: Option<u32>,
    /// 1-based column in characters, where it applies.
    pub column: Option<u32>,
    /// JSON path where it applies (`""` is the top level), e.g. `decision.items[2].amount`.
    pub path: Option<String>,
    pub kind: InputErrorKind,
    /// What is wrong, without the name and position (the `Display` adds them).
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputErrorKind {
    /// Larger than the limit.
    TooLarge,
    /// Not UTF-8 text.
    NotUtf8,
    /// No file at that path.
    NotFound,
    /// A folder where a file was expected.
    Folder,
    /// Any other failure to read.
    Io,
    /// Nothing but whitespace where a JSON document was expected.
    Empty,
    /// Not valid JSON.
    Json,
    /// Nested deeper than the parser allows.
    TooDeep,
    /// A key that occurs twice in one object.
    DuplicateKey,
}

impl InputErrorKind {
    /// Its code among helder's diagnostics.
    pub fn code(self) -> Code {
        match self {
            InputErrorKind::TooLarge => Code::INPUT_TOO_LARGE,
            InputErrorKind::NotUtf8 => Code::INPUT_NOT_UTF8,
            InputErrorKind::NotFound | InputErrorKind::Folder | InputErrorKind::Io => Code::IO_READ,
            InputErrorKind::Empty => Code::INPUT_EMPTY,
            InputErrorKind::Json => Code::JSON_SYNTAX,
            InputErrorKind::TooDeep => Code::JSON_TOO_DEEP,
            InputErrorKind::DuplicateKey => Code::JSON_DUPLICATE_KEY,
        }
    }
}

impl InputError {
    /// The error as a diagnostic: at `name:line:column` in the input where the position
    /// is known (with the JSON path in the message), else at `record` and the path.
    pub fn diagnostic_at(&self, record: &str) -> Diagnostic {
        let path = self.path.as_deref().unwrap_or_default();
        match self.line {
            Some(line) => {
                let message = if path.is_empty() || self.message.contains(&format!("`{path}`")) {
                    self.message.clone()
                } else {
                    format!("{} (at `{path}`)", self.message)
                };
                Diagnostic::error(self.kind.code(), message).at_file(
                    &self.name,
                    line,
                    self.column.unwrap_or(0),
                )
            }
            None => {
                Diagnostic::error(self.kind.code(), self.message.clone()).at_record(record, path)
            }
        }
    }

    /// [`InputError::diagnostic_at`] the input itself.
    pub fn diagnostic(&self) -> Diagnostic {
        self.diagnostic_at(&self.name)
    }
}

impl InputError {
    fn new(name: &str, kind: InputErrorKind, message: impl Into<String>) -> InputError {
        InputError {
            name: name.to_string(),
            line: None,
            column: None,
            path: None,
            kind,
            message: message.into(),
        }
    }

    fn at(mut self, (line, column): (u32, u32)) -> InputError {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

/// `data.json:3:14: invalid JSON: expected `,` or `}``, ripgrep-style.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for InputError {}

/// Reads the whole input, at most `max_bytes`, enforced while reading (it never holds
/// more than `max_bytes + 1` bytes: `/dev/zero` or an endless pipe stops at once with an
/// error). A byte order mark is dropped. Text that is not UTF-8 is an error naming the
/// line:column of the first bad byte. A folder is an error.
pub fn read(source: &Source, max_bytes: u64) -> Result<Input, InputError> {
    let name = source.name();
    match source {
        Source::Stdin => read_from(&name, io::stdin().lock(), max_bytes),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| {
                // Some systems refuse to open a folder rather than to read it.
                if path.is_dir() {
                    folder(&name)
                } else {
                    io_error(&name, &e)
                }
            })?;
            let meta = file.metadata().map_err(|e| io_error(&name, &e))?;
            if meta.is_dir() {
                return Err(folder(&name));
            }
            // A regular file says its size: refuse it without reading. Others (pipes,
            // devices, /proc) say 0 or lie, so the limit is also enforced while reading.
            if meta.is_file() && meta.len() > max_bytes {
                return Err(too_large(&name, max_bytes));
            }
            read_from(&name, file, max_bytes)
        }
    }
}

/// As [`read`], from any reader (`name` is used in errors).
pub fn read_from(name: &str, reader: impl Read, max_bytes: u64) -> Result<Input, InputError> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, &e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(name, max_bytes));
    }
    if bytes.starts_with(BOM.as_bytes()) {
        bytes.drain(..BOM.len());
    }
    let text =
        String::from_utf8(bytes).map_err(|e| not_utf8(name, e.as_bytes(), e.utf8_error()))?;
    Ok(Input {
        name: name.to_string(),
        text,
    })
}

fn io_error(name: &str, e: &io::Error) -> InputError {
    match e.kind() {
        io::ErrorKind::NotFound => InputError::new(name, InputErrorKind::NotFound, "no such file"),
        io::ErrorKind::IsADirectory => folder(name),
        _ => InputError::new(name, InputErrorKind::Io, format!("cannot read: {e}")),
    }
}

fn folder(name: &str) -> InputError {
    InputError::new(
        name,
        InputErrorKind::Folder,
        "is a folder; expected a file (or - for standard input)",
    )
}

fn too_large(name: &str, max_bytes: u64) -> InputError {
    InputError::new(
        name,
        InputErrorKind::TooLarge,
        format!(
            "larger than {}, the limit for one input (raise it with {MAX_INPUT_OPTION})",
            show_size(max_bytes)
        ),
    )
}

/// `body` is the input after any byte order mark, `e` its UTF-8 error.
fn not_utf8(name: &str, body: &[u8], e: std::str::Utf8Error) -> InputError {
    let valid = &body[..e.valid_up_to().min(body.len())];
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    // The valid prefix is UTF-8, so its characters can be counted.
    let column = std::str::from_utf8(&valid[line_start..]).map_or(0, |s| s.chars().count()) + 1;
    let message = match body.get(valid.len()) {
        Some(&byte) if e.error_len().is_some() => {
            format!("not UTF-8 text (byte 0x{byte:02X}); save the data as UTF-8")
        }
        _ => "not UTF-8 text (it ends inside a character); save the data as UTF-8".to_string(),
    };
    InputError::new(name, InputErrorKind::NotUtf8, message).at((to_u32(line), to_u32(column)))
}

/// Strict JSON, one document: a syntax error names `name:line:column`; a key that occurs
/// twice in one object is an error naming the JSON path of the duplicate (`recipient`,
/// `decision.items[2].amount`) and the line:column of its second occurrence; nesting is
/// bounded by serde_json's recursion limit (128). Key order is kept. Text that is only
/// whitespace is [`InputErrorKind::Empty`].
pub fn parse_json(name: &str, text: &str) -> Result<Value, InputError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if is_blank(text) {
        return Err(InputError::new(
            name,
            InputErrorKind::Empty,
            "no data: the input is empty, expected JSON",
        ));
    }
    parse_document(name, text, 1)
}

/// JSON Lines: one JSON value per non-empty line (records are objects; checking that is
/// the caller's, as for the items of a JSON list), lazily, each with its 1-based line
/// number. A bad line is an error for that line only, so one bad record never stops a
/// batch. Same duplicate-key rule as [`parse_json`]. Lines holding only JSON whitespace
/// are skipped.
pub fn json_lines<'a>(
    name: &'a str,
    text: &'a str,
) -> impl Iterator<Item = (usize, Result<Value, InputError>)> + 'a {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    text.lines()
        .enumerate()
        .filter(|(_, line)| !is_blank(line))
        .map(move |(i, line)| (i + 1, parse_document(name, line, i + 1)))
}

/// JSON's whitespace only (not every Unicode space: a no-break space is an error).
fn is_blank(text: &str) -> bool {
    text.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

/// Parses `text`, which starts at line `first_line` of the input `name`.
fn parse_document(name: &str, text: &str, first_line: usize) -> Result<Value, InputError> {
    let duplicate = Cell::new(None);
    let seed = ValueSeed {
        path: &Path::Root,
        duplicate: &duplicate,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let result = seed.deserialize(&mut de).and_then(|value| {
        de.end()?;
        Ok(value)
    });
    let e = match result {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    let position = |offset: usize| {
        let (line, column) = position_at(text, offset);
        (to_u32(line + first_line - 1), to_u32(column))
    };
    let serde_offset = offset_of(text, e.line(), e.column());
    if let Some(path) = duplicate.take() {
        // serde stops just after the key; point at its opening quote.
        let offset = key_start(text, serde_offset).unwrap_or(serde_offset);
        let message =
            format!("duplicate key: `{path}` is given twice in the same object; keep one of them");
        let mut error = InputError::new(name, InputErrorKind::DuplicateKey, message);
        error.path = Some(path);
        return Err(error.at(position(offset)));
    }
    let full = e.to_string();
    let reason = full
        .rfind(" at line ")
        .map_or(full.as_str(), |i| &full[..i]);
    let (kind, message) = match reason {
        "recursion limit exceeded" => (
            InputErrorKind::TooDeep,
            "invalid JSON: nested more than 128 levels deep".to_string(),
        ),
        "trailing characters" => (
            InputErrorKind::Json,
            "invalid JSON: more after the end of the JSON document; expected one document"
                .to_string(),
        ),
        reason => (InputErrorKind::Json, format!("invalid JSON: {reason}")),
    };
    Err(InputError::new(name, kind, message).at(position(serde_offset)))
}

/// The byte offset just after the byte serde_json reports at `line`:`column` (1-based
/// line, column counted in bytes, 0 before the line's first byte).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = match line {
        0 | 1 => 0,
        n => text
            .match_indices('\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    (start + column).min(text.len())
}

/// 1-based line and character column of the character holding the byte just before
/// `end` (column 1 when `end` is at the start of a line).
fn position_at(text: &str, end: usize) -> (usize, usize) {
    // serde_json's offsets may fall inside a character: step back to its start.
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[..end].char_indices().next_back() {
        None => (1, 1),
        // Just after a line break: the start of the next line.
        Some((_, '\n')) => (text[..end].matches('\n').count() + 1, 1),
        Some((at, _)) => {
            let (line, column) = crate::diag::line_col(text, at);
            (line as usize, column as usize)
        }
    }
}

/// The offset just after the opening quote of the object key that ends at or before
/// `end` (only JSON whitespace in between); `None` if there is none.
fn key_start(text: &str, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut close = end;
    while close > 0 && matches!(bytes[close - 1], b' ' | b'\t' | b'\r' | b'\n') {
        close -= 1;
    }
    close = close.checked_sub(1)?;
    if bytes[close] != b'"' {
        return None;
    }
    // Inside a JSON string every `"` is escaped, so the opening quote is the nearest
    // one before that is preceded by an even number of backslashes.
    let mut i = close;
    loop {
        i = bytes[..i].iter().rposition(|&b| b == b'"')?;
        let backslashes = bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count();
        if backslashes.is_multiple_of(2) {
            return Some(i + 1);
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Where a value sits in the document, kept on the stack as the parser descends and
/// turned into text (`a.b[2]["x y"]`) only for an error.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(parent, key) => {
                write!(f, "{parent}")?;
                if is_plain_key(key) {
                    if !matches!(parent, Path::Root) {
                        f.write_str(".")?;
                    }
                    f.write_str(key)
                } else {
                    write!(f, "[{}]", show_str(key))
                }
            }
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A key written bare in a path, as in CSV headers: ASCII letters, digits and `_`.
fn is_plain_key(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Builds a [`Value`] as serde_json's own does, but refuses a key seen before in the same
/// object, leaving the duplicate's path in `duplicate`.
#[derive(Clone, Copy)]
struct ValueSeed<'a> {
    path: &'a Path<'a>,
    duplicate: &'a Cell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // As serde_json: JSON text has no NaN or infinity, so this is never null.
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let here = Path::Index(self.path, items.len());
            let seed = ValueSeed {
                path: &here,
                duplicate: self.duplicate,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            match map.entry(key) {
                Entry::Vacant(slot) => {
                    let value = {
                        let here = Path::Key(self.path, slot.key());
                        access.next_value_seed(ValueSeed {
                            path: &here,
                            duplicate: self.duplicate,
                        })?
                    };
                    slot.insert(value);
                }
                Entry::Occupied(slot) => {
                    let path = Path::Key(self.path, slot.key()).to_string();
                    self.duplicate.set(Some(path));
                    return Err(de::Error::custom("duplicate key"));
                }
            }
        }
        Ok(Value::Object(map))
    }
}

/// Parses a size such as `4MiB`, `512KiB`, `1000000` (bytes) or `8M`, for the option
/// that sets the input limit. `K`, `M`, `G` (any case, `iB` optional) are powers of
/// 1024; `KB`, `MB`, `GB` powers of 1000. A space before the unit is allowed. Zero is
/// refused: it would refuse every input.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let expected = "expected a size in bytes such as 1000000, or with a unit: 512KiB, 4MiB, \
                    8M (K, M, G are powers of 1024; KB, MB, GB of 1000)";
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let factor: u64 = match unit.trim_start().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        _ => return Err(format!("{expected}, got {}", show_str(text))),
    };
    if number.is_empty() {
        return Err(format!("{expected}, got {}", show_str(text)));
    }
    let size = number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| format!("{} is too large a size", show_str(text)))?;
    if size == 0 {
        return Err("a size of 0 would refuse every input; give at least 1 byte".to_string());
    }
    Ok(size)
}

/// A size as people read it: `4 MiB`, `512 KiB`, `1000000 bytes`.
pub fn show_size(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, unit) in UNITS {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{} {unit}", bytes / size);
        }
    }
    if bytes == 1 {
        "1 byte".to_string()
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::rc::Rc;

    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    /// Endless zeros, counting what it gave.
    struct Zeros(Rc<Cell<u64>>);

    impl Read for Zeros {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            buf.fill(0);
            self.0.set(self.0.get() + buf.len() as u64);
            Ok(buf.len())
        }
    }

    /// Gives its text a few bytes at a time, interrupted now and then, like a pipe.
    struct Trickle {
        text: Vec<u8>,
        at: usize,
        calls: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.calls += 1;
            if self.calls.is_multiple_of(3) {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(2).min(self.text.len() - self.at);
            buf[..n].copy_from_slice(&self.text[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn trickle(text: &[u8]) -> Trickle {
        Trickle {
            text: text.to_vec(),
            at: 0,
            calls: 0,
        }
    }

    fn json_err(text: &str) -> InputError {
        parse_json("data.json", text).unwrap_err()
    }

    #[test]
    fn endless_input_stops_at_the_limit() {
        for max in [0, 1, 1000, DEFAULT_MAX_BYTES] {
            let given = Rc::new(Cell::new(0));
            let e = read_from("stdin", Zeros(given.clone()), max).unwrap_err();
            assert_eq!(e.kind, InputErrorKind::TooLarge);
            assert!(given.get() <= max + 1, "read {} for max {max}", given.get());
        }
        let e = read_from("data.json", Zeros(Rc::new(Cell::new(0))), DEFAULT_MAX_BYTES);
        assert_eq!(
            e.unwrap_err().to_string(),
            "data.json: larger than 4 MiB, the limit for one input (raise it with --max-input)"
        );
        assert_eq!(InputErrorKind::TooLarge.code().as_str(), "input.too-large");
    }

    #[test]
    fn exactly_the_limit_is_accepted() {
        let text = "x".repeat(10);
        let input = read_from("stdin", text.as_bytes(), 10).unwrap();
        assert_eq!(input.text, text);
        assert_eq!(input.name, "stdin");
        let e = read_from("stdin", "x".repeat(11).as_bytes(), 10).unwrap_err();
        assert_eq!(
            e.message,
            "larger than 10 bytes, the limit for one input (raise it with --max-input)"
        );
        // A byte order mark counts: it was sent.
        let e = read_from("stdin", "\u{FEFF}xxxxxxxx".as_bytes(), 10).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::TooLarge);
    }

    #[test]
    fn pipe_like_readers_are_read_whole() {
        let text = "{\"a\": \"café\"}\n".repeat(50);
        let input = read_from("stdin", trickle(text.as_bytes()), 1000).unwrap();
        assert_eq!(input.text, text);
        let e = read_from("stdin", trickle(text.as_bytes()), 100).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::TooLarge);

        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("device gone"))
            }
        }
        let e = read_from("stdin", Broken, 100).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::Io);
        assert_eq!(e.to_string(), "stdin: cannot read: device gone");
    }

    #[cfg(unix)]
    fn fifo(dir: &std::path::Path) -> PathBuf {
        let path = dir.join("pipe.json");
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        path
    }

    #[cfg(unix)]
    #[test]
    fn fifo_is_read_and_an_endless_one_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let path = fifo(dir.path());
        let writer = {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut pipe = std::fs::OpenOptions::new().write(true).open(path).unwrap();
                pipe.write_all(b"{\"a\": 1}").unwrap();
            })
        };
        let input = read(&Source::File(path.clone()), 100).unwrap();
        writer.join().unwrap();
        assert_eq!(input.text, "{\"a\": 1}");

        // Fed without end: the reader stops, the writer's next write fails (broken pipe).
        let writer = {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut pipe = std::fs::OpenOptions::new().write(true).open(path).unwrap();
                let block = [b' '; 8192];
                let mut sent = 0u64;
                while pipe.write_all(&block).is_ok() {
                    sent += block.len() as u64;
                }
                sent
            })
        };
        let e = read(&Source::File(path.clone()), 100_000).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::TooLarge);
        assert_eq!(e.name, path.display().to_string());
        // What the writer got into the pipe before it broke: our limit plus the pipe's
        // buffer, not an endless stream.
        assert!(writer.join().unwrap() < 100_000 + (1 << 20));
    }

    #[test]
    fn files_folders_and_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.json");
        std::fs::write(&path, "\u{FEFF}{}").unwrap();
        let source = Source::from_arg(path.to_str().unwrap());
        assert_eq!(source, Source::File(path.clone()));
        let input = read(&source, 100).unwrap();
        assert_eq!(input.text, "{}");
        assert_eq!(input.name, path.display().to_string());
        // A regular file over the limit is refused by its size.
        let e = read(&source, 4).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::TooLarge);

        let e = read(&Source::File(dir.path().to_path_buf()), 100).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::Folder);
        assert_eq!(
            e.to_string(),
            format!(
                "{}: is a folder; expected a file (or - for standard input)",
                dir.path().display()
            )
        );

        let missing = dir.path().join("missing.json");
        let e = read(&Source::File(missing.clone()), 100).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::NotFound);
        assert_eq!(
            e.to_string(),
            format!("{}: no such file", missing.display())
        );

        assert_eq!(Source::from_arg("-"), Source::Stdin);
        assert_eq!(Source::Stdin.name(), "stdin");
        assert_eq!(Source::from_arg("./-").name(), "./-");
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let input = read_from("stdin", "\u{FEFF}{\"a\": 1}".as_bytes(), 100).unwrap();
        assert_eq!(input.text, "{\"a\": 1}");
        // Only one, and only at the start.
        let input = read_from("stdin", "\u{FEFF}\u{FEFF}a\u{FEFF}".as_bytes(), 100).unwrap();
        assert_eq!(input.text, "\u{FEFF}a\u{FEFF}");
        assert_eq!(parse_json("stdin", "\u{FEFF}[1]").unwrap(), json!([1]));
    }

    #[test]
    fn not_utf8_names_line_and_column() {
        let e = read_from("latin1.json", &b"{\"a\":\n \"caf\xE9\"}"[..], 100).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::NotUtf8);
        assert_eq!((e.line, e.column), (Some(2), Some(6)));
        assert_eq!(
            e.to_string(),
            "latin1.json:2:6: not UTF-8 text (byte 0xE9); save the data as UTF-8"
        );
        // Columns count characters; a byte order mark is not one.
        let e = read_from("x", &b"\xEF\xBB\xBF\"\xC3\xA9\xFF\""[..], 100).unwrap_err();
        assert_eq!((e.line, e.column), (Some(1), Some(3)));
        let e = read_from("x", &b"ab\ncd\xC3"[..], 100).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(3)));
        assert_eq!(
            e.message,
            "not UTF-8 text (it ends inside a character); save the data as UTF-8"
        );
        assert_eq!(e.kind.code().as_str(), "input.not-utf8");
    }

    #[test]
    fn empty_input() {
        assert_eq!(read_from("stdin", &b""[..], 100).unwrap().text, "");
        for text in ["", " \n\t\r\n", "\u{FEFF}"] {
            let e = parse_json("data.json", text).unwrap_err();
            assert_eq!(e.kind, InputErrorKind::Empty, "{text:?}");
            assert_eq!(
                e.to_string(),
                "data.json: no data: the input is empty, expected JSON"
            );
        }
        // A no-break space is not JSON whitespace.
        assert_eq!(json_err("\u{A0}").kind, InputErrorKind::Json);
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let e = json_err("{\n  \"a\": 1\n  \"b\": 2\n}");
        assert_eq!(
            e.to_string(),
            "data.json:3:3: invalid JSON: expected `,` or `}`"
        );
        assert_eq!(e.kind.code().as_str(), "json.syntax");
        assert_eq!(e.path, None);
        assert_eq!(
            json_err("{\"a\": ").to_string(),
            "data.json:1:6: invalid JSON: EOF while parsing a value"
        );
        // Columns in characters: `é` is two bytes.
        let e = json_err("[\"é\", x]");
        assert_eq!((e.line, e.column), (Some(1), Some(7)));
        let e = json_err("[1]\n[2]");
        assert_eq!(
            e.to_string(),
            "data.json:2:1: invalid JSON: more after the end of the JSON document; expected \
             one document"
        );
        // An error just after a line break.
        let e = json_err("[1,\n");
        assert_eq!((e.line, e.column), (Some(2), Some(1)));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let e = json_err(&"[".repeat(100_000));
        assert_eq!(e.kind, InputErrorKind::TooDeep);
        assert_eq!(e.kind.code().as_str(), "json.too-deep");
        assert_eq!(e.message, "invalid JSON: nested more than 128 levels deep");
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse_json("data.json", &ok).is_ok());
    }

    #[test]
    fn key_order_is_kept() {
        let value = parse_json("data.json", r#"{"z": 1, "a": 2, "m": {"y": 1, "b": 2}}"#).unwrap();
        assert_eq!(value.to_string(), r#"{"z":1,"a":2,"m":{"y":1,"b":2}}"#);
    }

    #[test]
    fn duplicate_key_at_the_top() {
        let text = r#"{"recipient": {"name": "A"}, "recipient": {"name": "B"}}"#;
        let e = json_err(text);
        assert_eq!(e.kind, InputErrorKind::DuplicateKey);
        assert_eq!(e.kind.code().as_str(), "json.duplicate-key");
        assert_eq!(e.path.as_deref(), Some("recipient"));
        assert_eq!((e.line, e.column), (Some(1), Some(30)));
        assert_eq!(&text[29..30], "\"");
        assert_eq!(
            e.to_string(),
            "data.json:1:30: duplicate key: `recipient` is given twice in the same object; \
             keep one of them"
        );
    }

    #[test]
    fn duplicate_key_nested_and_in_lists() {
        let text = "{\n  \"decision\": {\n    \"items\": [\n      {\"amount\": 1},\n      \
                    {},\n      {\"what\": \"x\",\n       \"amount\": 1,\n       \"amount\"  \
                    : 2}\n    ]\n  }\n}";
        let e = json_err(text);
        assert_eq!(e.path.as_deref(), Some("decision.items[2].amount"));
        assert_eq!((e.line, e.column), (Some(8), Some(8)));
        assert_eq!(text.lines().nth(7).unwrap(), "       \"amount\"  : 2}");

        let e = json_err(r#"[{"a": 1}, {"a": 1, "a": 2}]"#);
        assert_eq!(e.path.as_deref(), Some("[1].a"));
        assert_eq!(e.column, Some(21));
        let e = json_err(r#"{"a": [[{"b": {"c": 0, "c": 0}}]]}"#);
        assert_eq!(e.path.as_deref(), Some("a[0][0].b.c"));
    }

    #[test]
    fn duplicate_keys_are_compared_unescaped_and_shown_safely() {
        // `\u0022` is `"`: the same key written two ways; the second starts at column 17.
        let e = json_err(r#"{"a\u0022b": 1, "a\"b": 2}"#);
        assert_eq!(e.path.as_deref(), Some(r#"["a\"b"]"#));
        assert_eq!(e.column, Some(17));
        let e = json_err(r#"{"x": {"x y": 1, "x y": 2}}"#);
        assert_eq!(e.path.as_deref(), Some(r#"x["x y"]"#));
        let e = json_err(r#"{"\u202e": {"k\\": 1, "k\\": 2}}"#);
        assert_eq!(e.path.as_deref(), Some(r#"["\u{202E}"]["k\\"]"#));
        let e = json_err(r#"{"": 1, "": 2}"#);
        assert_eq!(e.path.as_deref(), Some(r#"[""]"#));
        assert_eq!(e.column, Some(9));
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        let text = r#"{"a": {"a": 1, "b": {"a": 2}}, "b": [{"a": 1}, {"a": 2}]}"#;
        let value = parse_json("data.json", text).unwrap();
        assert_eq!(value, serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn json_lines_skip_blank_lines_and_keep_going_after_a_bad_one() {
        let text = "{\"a\": 1}\n\n{\"a\": 2,}\r\n \t\r\n[1]\n{\"a\": 3, \"a\": 4}\n{\"a\": 5}";
        let lines: Vec<_> = json_lines("batch.jsonl", text).collect();
        let numbers: Vec<usize> = lines.iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, [1, 3, 5, 6, 7]);
        assert_eq!(lines[0].1, Ok(json!({"a": 1})));
        assert_eq!(
            lines[1].1.as_ref().unwrap_err().to_string(),
            "batch.jsonl:3:9: invalid JSON: trailing comma"
        );
        assert_eq!(lines[2].1, Ok(json!([1])));
        let e = lines[3].1.as_ref().unwrap_err();
        assert_eq!(e.kind, InputErrorKind::DuplicateKey);
        assert_eq!(
            (e.line, e.column, e.path.as_deref()),
            (Some(6), Some(10), Some("a"))
        );
        assert_eq!(lines[4].1, Ok(json!({"a": 5})));
        // A byte order mark before the first line is not an error.
        let first = json_lines("stdin", "\u{FEFF}{}").next().unwrap();
        assert_eq!(first, (1, Ok(json!({}))));
        assert_eq!(json_lines("stdin", "\n \n").count(), 0);
    }

    #[test]
    fn sizes() {
        for (text, size) in [
            ("4MiB", 4 << 20),
            ("512KiB", 512 << 10),
            ("1000000", 1_000_000),
            ("8M", 8 << 20),
            ("8m", 8 << 20),
            (" 4 MiB ", 4 << 20),
            ("2G", 2 << 30),
            ("1k", 1024),
            ("100B", 100),
            ("1KB", 1000),
            ("5MB", 5_000_000),
            ("1GB", 1_000_000_000),
        ] {
            assert_eq!(parse_size(text), Ok(size), "{text}");
        }
        let expected = "expected a size in bytes such as 1000000, or with a unit: 512KiB, \
                        4MiB, 8M (K, M, G are powers of 1024; KB, MB, GB of 1000)";
        for text in ["", "MiB", "4 megs", "-1", "1.5MiB", "4 M iB", "0x10"] {
            let e = parse_size(text).unwrap_err();
            assert_eq!(e, format!("{expected}, got {}", show_str(text)));
        }
        assert_eq!(
            parse_size("99999999999999GiB").unwrap_err(),
            "\"99999999999999GiB\" is too large a size"
        );
        assert_eq!(
            parse_size("0").unwrap_err(),
            "a size of 0 would refuse every input; give at least 1 byte"
        );
        assert_eq!(show_size(DEFAULT_MAX_BYTES), "4 MiB");
        assert_eq!(show_size(1536), "1536 bytes");
        assert_eq!(show_size(1), "1 byte");
        assert_eq!(show_size(3 << 30), "3 GiB");
    }

    fn key() -> impl Strategy<Value = String> {
        // Few characters, so that keys repeat across objects; quotes, backslashes and
        // control characters exercise escaping.
        "[ab_\"\\\\\u{1}é ]{0,3}"
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("JSON numbers are finite", |f| f.is_finite())
                .prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((key(), inner), 0..6)
                    .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever serde_json writes, strict parsing reads back as serde_json does: no
        /// false duplicates, nothing lost or reordered.
        #[test]
        fn serialised_json_parses_back_equal(value in json_value()) {
            for text in [
                serde_json::to_string(&value).unwrap(),
                serde_json::to_string_pretty(&value).unwrap(),
            ] {
                let parsed = parse_json("data.json", &text).unwrap();
                let reference: Value = serde_json::from_str(&text).unwrap();
                prop_assert_eq!(&parsed, &reference);
                // Same order of keys, too.
                prop_assert_eq!(parsed.to_string(), reference.to_string());
            }
        }

        /// A key added again at the end of any object is found, with its path and the
        /// position of its second occurrence.
        #[test]
        fn an_added_duplicate_is_found(
            pairs in prop::collection::vec((key(), json_value()), 1..5),
            pick in any::<prop::sample::Index>(),
            extra in json_value(),
        ) {
            let object: Map<String, Value> = pairs.into_iter().collect();
            let key = object.keys().nth(pick.index(object.len())).unwrap().clone();
            let body = serde_json::to_string(&Value::Object(object)).unwrap();
            let prefix = format!("{{\"list\": [0, {},", &body[..body.len() - 1]);
            let text = format!(
                "{prefix}{}: {}}}]}}",
                serde_json::to_string(&key).unwrap(),
                extra
            );
            let e = parse_json("data.json", &text).unwrap_err();
            prop_assert_eq!(e.kind, InputErrorKind::DuplicateKey);
            let shown = if is_plain_key(&key) {
                format!(".{key}")
            } else {
                format!("[{}]", show_str(&key))
            };
            prop_assert_eq!(e.path, Some(format!("list[1]{shown}")));
            prop_assert_eq!(e.line, Some(1));
            prop_assert_eq!(e.column, Some(to_u32(prefix.chars().count() + 1)));
        }

        #[test]
        fn shown_sizes_parse_back(size in 1u64..u64::MAX) {
            let shown = show_size(size);
            let text = shown.trim_end_matches(" bytes").trim_end_matches(" byte");
            prop_assert_eq!(parse_size(text), Ok(size));
        }
    }
}

//! Reading decision data: one JSON object, a JSON array of objects, or JSON Lines (one
//! object per line). Every record gets a name for its errors: `data.json`,
//! `data.json[3]` (0-based, like paths inside a record), `batch.jsonl:17` (1-based line).
//! A bad record is returned as an error in its place, so one bad line never stops a batch.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::text::show;
use super::{DataErrors, Schema};

/// One record of decision data, not yet validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Where it came from, for errors and output names: `batch.jsonl:17`.
    pub name: String,
    pub data: Value,
}

/// Splits `text` (read from `name`, a file name or `stdin`) into records. JSON Lines when
/// `name` ends in `.jsonl` or `.ndjson`, or when the text holds one object per line;
/// otherwise one JSON document (an object, or an array of objects). Malformed JSON is
/// reported as `name:line:column` with serde's message.
pub fn read_records(name: &str, text: &str) -> Vec<Result<Record, DataErrors>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return vec![Err(DataErrors::single(
            name,
            "no data: expected a JSON object, a list of objects, or JSON Lines (one object per line)",
        ))];
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return json_lines(name, text);
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, data)| record(format!("{name}[{i}]"), data))
            .collect(),
        Ok(data @ Value::Object(_)) => vec![Ok(Record {
            name: name.to_string(),
            data,
        })],
        Ok(other) => vec![Err(DataErrors::single(
            name,
            format!(
                "expected a record (a JSON object), a list of records, or JSON Lines, got {}",
                show(&other)
            ),
        ))],
        Err(e) if looks_like_json_lines(text, &e) => json_lines(name, text),
        Err(e) => vec![Err(json_error(name, name, 0, &e))],
    }
}

/// Splits JSON, JSON Lines or CSV into records: CSV when `name` ends in `.csv` or `.tsv`,
/// or when the text does not start like JSON (`{` or `[`); CSV cells are typed by `schema`
/// (see [`read_csv`](super::read_csv)). Otherwise as [`read_records`].
pub fn read_data(name: &str, text: &str, schema: &Schema) -> Vec<Result<Record, DataErrors>> {
    let lower = name.to_ascii_lowercase();
    let json_name = [".json", ".jsonl", ".ndjson"]
        .iter()
        .any(|e| lower.ends_with(e));
    let csv_name = lower.ends_with(".csv") || lower.ends_with(".tsv");
    let body = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    let looks_like_json = body.starts_with(['{', '[']) || body.is_empty();
    if csv_name || (!json_name && !looks_like_json) {
        super::read_csv(name, text, schema)
    } else {
        read_records(name, text)
    }
}

/// Reads a file (or standard input when `path` is `-`) and splits it as [`read_data`]
/// does. An unreadable file is one error record named after the path.
pub fn read_records_path(path: &Path, schema: &Schema) -> Vec<Result<Record, DataErrors>> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        let read = std::io::stdin().lock().read_to_end(&mut bytes);
        ("stdin".to_string(), read.map(|_| bytes))
    } else {
        (path.display().to_string(), std::fs::read(path))
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => return vec![Err(DataErrors::single(&name, format!("cannot read: {e}")))],
    };
    match String::from_utf8(bytes) {
        Ok(text) => read_data(&name, &text, schema),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            vec![Err(DataErrors::single(
                &name,
                format!("{name}:{line}:{column}: not UTF-8 text; save the data as UTF-8"),
            ))]
        }
    }
}

fn record(name: String, data: Value) -> Result<Record, DataErrors> {
    if data.is_object() {
        Ok(Record { name, data })
    } else {
        let message = format!("expected a record (a JSON object), got {}", show(&data));
        Err(DataErrors::single(name, message))
    }
}

/// A whole-text parse that failed with "trailing characters" right after a first line that
/// is itself a complete object is JSON Lines without the extension (e.g. on stdin).
fn looks_like_json_lines(text: &str, e: &serde_json::Error) -> bool {
    e.to_string().starts_with("trailing characters")
        && text
            .lines()
            .find(|l| !l.trim().is_empty())
            .is_some_and(|first| matches!(serde_json::from_str(first), Ok(Value::Object(_))))
}

fn json_lines(name: &str, text: &str) -> Vec<Result<Record, DataErrors>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let record_name = format!("{name}:{}", i + 1);
            match serde_json::from_str::<Value>(line) {
                Ok(data) => record(record_name, data),
                Err(e) => Err(json_error(&record_name, name, i, &e)),
            }
        })
        .collect()
}

/// `invalid JSON at data.json:3:14: expected `,` or `}``: serde's message without its own
/// position suffix, with the position in the file (`line_offset` lines before the parsed
/// text began).
fn json_error(record: &str, file: &str, line_offset: usize, e: &serde_json::Error) -> DataErrors {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => &full[..i],
        None => full.as_str(),
    };
    let line = e.line() + line_offset;
    DataErrors::single(
        record,
        format!("invalid JSON at {file}:{line}:{}: {message}", e.column()),
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn names(results: &[Result<Record, DataErrors>]) -> Vec<String> {
        results
            .iter()
            .map(|r| match r {
                Ok(r) => r.name.clone(),
                Err(e) => format!("ERR {e}"),
            })
            .collect()
    }

    #[test]
    fn one_object() {
        let r = read_records("data.json", "\u{FEFF}{\"a\": 1}\n");
        assert_eq!(
            r,
            [Ok(Record {
                name: "data.json".into(),
                data: json!({"a": 1})
            })]
        );
    }

    #[test]
    fn array_of_objects_named_by_index() {
        let r = read_records("data.json", "[{\"a\": 1}, 2, {\"b\": 2}]");
        assert_eq!(
            names(&r),
            [
                "data.json[0]",
                "ERR data.json[1]: expected a record (a JSON object), got 2",
                "data.json[2]"
            ]
        );
        assert!(read_records("data.json", "[]").is_empty());
    }

    #[test]
    fn json_lines_by_extension_keep_going_after_a_bad_line() {
        let text = "{\"a\": 1}\n\n{\"a\": 2,}\r\n[1]\n{\"a\": 3}";
        let r = read_records("batch.jsonl", text);
        assert_eq!(
            names(&r),
            [
                "batch.jsonl:1",
                "ERR batch.jsonl:3: invalid JSON at batch.jsonl:3:9: trailing comma",
                "ERR batch.jsonl:4: expected a record (a JSON object), got a list of 1 item",
                "batch.jsonl:5",
            ]
        );
        assert_eq!(r[3].as_ref().unwrap().data, json!({"a": 3}));
    }

    #[test]
    fn json_lines_by_content() {
        let r = read_records("stdin", "{\"a\": 1}\n{\"a\": 2}\n");
        assert_eq!(names(&r), ["stdin:1", "stdin:2"]);
        // A single-line .jsonl file is still named by line.
        assert_eq!(names(&read_records("x.NDJSON", "{}")), ["x.NDJSON:1"]);
    }

    #[test]
    fn malformed_json_names_file_line_column() {
        let r = read_records("data.json", "{\n  \"a\": 1\n  \"b\": 2\n}");
        assert_eq!(
            names(&r),
            ["ERR data.json: invalid JSON at data.json:3:3: expected `,` or `}`"]
        );
        let r = read_records("data.json", "{\"a\": ");
        assert_eq!(
            names(&r),
            ["ERR data.json: invalid JSON at data.json:1:6: EOF while parsing a value"]
        );
        // Two documents that are not one object per line are not JSON Lines.
        let r = read_records("data.json", "[1]\n[2]");
        assert_eq!(
            names(&r),
            ["ERR data.json: invalid JSON at data.json:2:1: trailing characters"]
        );
    }

    #[test]
    fn empty_and_scalar_inputs() {
        assert_eq!(
            names(&read_records("data.json", " \n")),
            [
                "ERR data.json: no data: expected a JSON object, a list of objects, or JSON Lines \
              (one object per line)"
            ]
        );
        assert_eq!(
            names(&read_records("data.json", "\"x\"")),
            [
                "ERR data.json: expected a record (a JSON object), a list of records, or JSON \
              Lines, got \"x\""
            ]
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        let r = read_records("deep.json", &text);
        assert!(
            names(&r)[0].contains("recursion limit exceeded"),
            "{:?}",
            names(&r)
        );
    }

    #[test]
    fn read_data_picks_csv_by_name_or_content() {
        let schema = Schema::envelope();
        let csv = "recipient.name\nJ. de Vries\n";
        for name in ["data.csv", "stdin", "data.txt"] {
            let r = read_data(name, csv, &schema);
            assert_eq!(
                r[0].as_ref().unwrap().data,
                json!({"recipient": {"name": "J. de Vries"}})
            );
        }
        let r = read_data("stdin", " {\"a\": 1}", &schema);
        assert_eq!(names(&r), ["stdin"]);
        // A .json name is never read as CSV, so a broken file says "invalid JSON".
        let r = read_data("data.json", "oops", &schema);
        assert!(
            names(&r)[0].contains("invalid JSON at data.json:1:1"),
            "{:?}",
            names(&r)
        );
    }

    #[test]
    fn reads_files_and_reports_unreadable_ones() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("batch.jsonl");
        std::fs::write(&path, "{\"a\": 1}\n{\"a\": 2}\n").unwrap();
        let r = read_records_path(&path, &Schema::envelope());
        assert_eq!(
            names(&r),
            [
                format!("{}:1", path.display()),
                format!("{}:2", path.display())
            ]
        );

        let missing = dir.path().join("missing.json");
        let r = read_records_path(&missing, &Schema::envelope());
        assert!(names(&r)[0].starts_with(&format!("ERR {}: cannot read: ", missing.display())));

        let latin1 = dir.path().join("latin1.json");
        std::fs::write(&latin1, b"{\"a\":\n \"caf\xE9\"}").unwrap();
        let r = read_records_path(&latin1, &Schema::envelope());
        let shown = latin1.display();
        assert_eq!(
            names(&r),
            [format!(
                "ERR {shown}: {shown}:2:6: not UTF-8 text; save the data as UTF-8"
            )]
        );
    }
}

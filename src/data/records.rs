//! Reading decision data: one JSON object, a JSON array of objects, JSON Lines (one
//! object per line) or CSV (a header row of field paths). The format is the caller's
//! choice or follows the file name (`.jsonl`/`.ndjson`, `.csv`/`.tsv`); it is never
//! guessed from text that failed to parse as something else. Every record gets a name for
//! its errors: `data.json`, `data.json[3]` (0-based, like paths inside a record),
//! `batch.jsonl:17` (1-based line). A bad record is returned as an error in its place, so
//! one bad line never stops a batch: its [`Diagnostics`], at the record, or at the line and
//! column of the file for JSON that does not parse ([`Code::JSON_SYNTAX`]).

use serde_json::Value;

use super::Schema;
use super::text::show;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::input::{self, InputError};

/// One record of decision data, not yet validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Where it came from, for errors and output names: `batch.jsonl:17`.
    pub name: String,
    pub data: Value,
}

/// How decision data is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFormat {
    /// One JSON object, or a JSON array of objects.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// A header row of field paths, one record per row (`,`, `;` or tab separated).
    Csv,
}

impl DataFormat {
    /// The format a file's name says: `.jsonl`/`.ndjson` and `.csv`/`.tsv`; anything else
    /// (standard input included) is JSON.
    pub fn of_name(name: &str) -> DataFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            DataFormat::JsonLines
        } else if lower.ends_with(".csv") || lower.ends_with(".tsv") {
            DataFormat::Csv
        } else {
            DataFormat::Json
        }
    }
}

impl std::str::FromStr for DataFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<DataFormat, String> {
        match s {
            "json" => Ok(DataFormat::Json),
            "jsonl" | "ndjson" => Ok(DataFormat::JsonLines),
            "csv" | "tsv" => Ok(DataFormat::Csv),
            other => Err(format!(
                "unknown data format `{other}`: expected json, jsonl or csv"
            )),
        }
    }
}

/// Splits `text` (read from `name`, a file name or `stdin`) into records as `format`
/// says. CSV cells are typed by `schema` (see [`read_csv`](super::read_csv)).
pub fn read_data_as(
    name: &str,
    text: &str,
    format: DataFormat,
    schema: &Schema,
) -> Vec<Result<Record, Diagnostics>> {
    match format {
        DataFormat::Csv => super::read_csv(name, text, schema),
        DataFormat::JsonLines => json_lines(name, text),
        DataFormat::Json => json(name, text),
    }
}

/// [`read_data_as`] with the format the name says ([`DataFormat::of_name`]).
pub fn read_data(name: &str, text: &str, schema: &Schema) -> Vec<Result<Record, Diagnostics>> {
    read_data_as(name, text, DataFormat::of_name(name), schema)
}

/// JSON or JSON Lines records ([`read_data`] without CSV).
pub fn read_records(name: &str, text: &str) -> Vec<Result<Record, Diagnostics>> {
    match DataFormat::of_name(name) {
        DataFormat::JsonLines => json_lines(name, text),
        _ => json(name, text),
    }
}

fn json(name: &str, text: &str) -> Vec<Result<Record, Diagnostics>> {
    match input::parse_json(name, text) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, data)| record(format!("{name}[{i}]"), data))
            .collect(),
        Ok(data @ Value::Object(_)) => vec![Ok(Record {
            name: name.to_string(),
            data,
        })],
        Ok(other) => {
            let message = format!(
                "expected a record (a JSON object), a list of records, or JSON Lines, got {}",
                show(&other)
            );
            vec![Err(Diagnostic::error(Code::DATA_TYPE, message)
                .at_record(name, "")
                .into())]
        }
        Err(e) => vec![Err(input_error(name, &e))],
    }
}

fn json_lines(name: &str, text: &str) -> Vec<Result<Record, Diagnostics>> {
    input::json_lines(name, text)
        .map(|(line, parsed)| {
            let record_name = format!("{name}:{line}");
            match parsed {
                Ok(data) => record(record_name, data),
                Err(e) => Err(input_error(&record_name, &e)),
            }
        })
        .collect()
}

fn record(name: String, data: Value) -> Result<Record, Diagnostics> {
    if data.is_object() {
        Ok(Record { name, data })
    } else {
        let message = format!("expected a record (a JSON object), got {}", show(&data));
        Err(Diagnostic::error(Code::DATA_TYPE, message)
            .at_record(name, "")
            .into())
    }
}

/// An input error as the problem of one record.
fn input_error(record: &str, e: &InputError) -> Diagnostics {
    input_problem(record, e).into()
}

/// An input error as a diagnostic: at its line and column of the file when it has them
/// (a JSON syntax error, a key twice: [`Code::JSON_SYNTAX`]), else at `record`. Errors
/// reading the input are [`Code::IO_READ`].
pub(crate) fn input_problem(record: &str, e: &InputError) -> Diagnostic {
    e.diagnostic_at(record)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn names(results: &[Result<Record, Diagnostics>]) -> Vec<String> {
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
        let n = names(&r);
        assert_eq!(n.len(), 4, "{n:?}");
        assert_eq!(n[0], "batch.jsonl:1");
        assert!(
            n[1].starts_with("ERR batch.jsonl:3:9: invalid JSON"),
            "{}",
            n[1]
        );
        let bad = r[1].as_ref().unwrap_err().as_slice();
        assert_eq!(bad[0].code, Code::JSON_SYNTAX);
        assert_eq!(
            bad[0].location,
            crate::diag::Location::File {
                file: "batch.jsonl".into(),
                line: 3,
                column: 9
            }
        );
        assert_eq!(
            r[2].as_ref().unwrap_err().as_slice()[0].code,
            Code::DATA_TYPE
        );
        assert_eq!(
            n[2],
            "ERR batch.jsonl:4: expected a record (a JSON object), got a list of 1 item"
        );
        assert_eq!(n[3], "batch.jsonl:5");
        assert_eq!(r[3].as_ref().unwrap().data, json!({"a": 3}));
        assert_eq!(names(&read_records("x.NDJSON", "{}")), ["x.NDJSON:1"]);
    }

    #[test]
    fn the_format_is_never_guessed_from_failed_json() {
        // JSON Lines on standard input is one broken JSON document, not JSON Lines.
        let r = read_records("stdin", "{\"a\": 1}\n{\"a\": 2}\n");
        assert!(
            names(&r)[0].starts_with("ERR stdin:2:1: invalid JSON"),
            "{:?}",
            names(&r)
        );
        // CSV is read only when the name says so or the caller asks for it.
        let schema = Schema::envelope();
        let csv = "recipient.name\nJ. de Vries\n";
        let r = read_data("stdin", csv, &schema);
        assert!(names(&r)[0].contains("invalid JSON"), "{:?}", names(&r));
        for r in [
            read_data("data.csv", csv, &schema),
            read_data_as("stdin", csv, DataFormat::Csv, &schema),
        ] {
            assert_eq!(
                r[0].as_ref().unwrap().data,
                json!({"recipient": {"name": "J. de Vries"}})
            );
        }
    }

    #[test]
    fn malformed_json_names_file_line_column() {
        let r = read_records("data.json", "{\n  \"a\": 1\n  \"b\": 2\n}");
        assert_eq!(
            names(&r),
            ["ERR data.json:3:3: invalid JSON: expected `,` or `}`"]
        );
    }

    #[test]
    fn duplicate_keys_are_refused_with_their_path() {
        let r = read_records(
            "data.json",
            "{\"recipient\": {\"name\": \"a\"}, \"recipient\": 1}",
        );
        let n = names(&r);
        assert!(n[0].starts_with("ERR data.json:1:30: "), "{n:?}");
        assert!(n[0].contains("`recipient`"), "{n:?}");
        assert!(n[0].contains("twice"), "{n:?}");
        assert_eq!(
            r[0].as_ref().unwrap_err().as_slice()[0].code,
            Code::JSON_DUPLICATE_KEY
        );
    }

    #[test]
    fn scalar_inputs() {
        assert_eq!(
            names(&read_records("data.json", "\"x\"")),
            [
                "ERR data.json: expected a record (a JSON object), a list of records, or JSON \
              Lines, got \"x\""
            ]
        );
        let empty = read_records("data.json", " \n");
        assert!(names(&empty)[0].starts_with("ERR data.json: no data"));
        assert_eq!(
            empty[0].as_ref().unwrap_err().as_slice()[0].code,
            Code::INPUT_EMPTY
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        let r = read_records("deep.json", &text);
        assert!(
            names(&r)[0].starts_with("ERR deep.json:1:"),
            "{:?}",
            names(&r)
        );
    }

    #[test]
    fn formats_by_name_and_by_word() {
        assert_eq!(DataFormat::of_name("a.CSV"), DataFormat::Csv);
        assert_eq!(DataFormat::of_name("a.tsv"), DataFormat::Csv);
        assert_eq!(DataFormat::of_name("a.jsonl"), DataFormat::JsonLines);
        assert_eq!(DataFormat::of_name("stdin"), DataFormat::Json);
        assert_eq!("csv".parse::<DataFormat>().unwrap(), DataFormat::Csv);
        assert!("xml".parse::<DataFormat>().is_err());
    }
}

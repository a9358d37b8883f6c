//! Reading a batch as a stream: one record at a time from a file or standard input, each
//! at most the input limit (`--max-input`), so memory never grows with the number of
//! records and a 10 MB line costs one error, not the batch. A line too long is skipped to
//! its end and reported as that line's failure.

use std::io::{self, BufRead};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::data::Schema;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::input::{self, InputErrorKind};

/// One record as read: where it is, its hash, and its value or what is wrong with it.
#[derive(Debug)]
pub struct Raw {
    /// 1-based line of the record in the input (for CSV: the row's first line).
    pub line: u64,
    /// SHA-256 of the record's bytes.
    pub sha256: [u8; 32],
    /// The record's id where it is known even if the record does not read (a CSV row's
    /// `id` cell).
    pub id: Option<String>,
    pub value: Result<Value, Diagnostics>,
}

/// The lines of a JSON Lines input, each parsed as strict JSON; blank lines are skipped.
pub struct JsonLines<R> {
    reader: R,
    name: String,
    max_bytes: u64,
    line: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(reader: R, name: &str, max_bytes: u64) -> JsonLines<R> {
        JsonLines {
            reader,
            name: name.to_string(),
            max_bytes,
            line: 0,
            buf: Vec::new(),
        }
    }

    /// Reads the next line into `buf`, at most `max_bytes`; `Ok(None)` at the end,
    /// `Ok(Some(false))` for a line that was too long (skipped to its end).
    fn next_line(&mut self) -> io::Result<Option<bool>> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(any.then_some(!too_long));
            }
            any = true;
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                let room = (self.max_bytes as usize)
                    .saturating_add(1)
                    .saturating_sub(self.buf.len());
                self.buf.extend_from_slice(&chunk[..take.min(room)]);
                let body = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
                let body = body.strip_suffix(b"\r").unwrap_or(body);
                if body.len() as u64 > self.max_bytes {
                    too_long = true;
                    self.buf.clear();
                }
            }
            self.reader.consume(take);
            if done {
                return Ok(Some(!too_long));
            }
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = io::Result<Raw>;

    fn next(&mut self) -> Option<io::Result<Raw>> {
        loop {
            let fits = match self.next_line() {
                Ok(Some(fits)) => fits,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            self.line += 1;
            let record = format!("{}:{}", self.name, self.line);
            if !fits {
                let d = Diagnostic::error(
                    Code::INPUT_TOO_LARGE,
                    format!(
                        "the record is larger than {}, the limit for one record (raise it with {})",
                        input::show_size(self.max_bytes),
                        input::MAX_INPUT_OPTION
                    ),
                )
                .at_record(record, "");
                return Some(Ok(Raw {
                    line: self.line,
                    sha256: [0; 32],
                    id: None,
                    value: Err(d.into()),
                }));
            }
            let bytes = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
            let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            if bytes.iter().all(|b| matches!(b, b' ' | b'\t')) {
                continue;
            }
            let sha256: [u8; 32] = Sha256::digest(bytes).into();
            let value = input::read_from(&record, bytes, self.max_bytes)
                .and_then(|text| input::parse_json(&self.name, &text.text))
                .map_err(|mut e| {
                    // Positions are within the line: make them the input's.
                    if e.line.is_some() {
                        e.name = self.name.clone();
                        e.line = Some(u32::try_from(self.line).unwrap_or(u32::MAX));
                    }
                    if e.kind == InputErrorKind::NotUtf8 {
                        e.name = self.name.clone();
                    }
                    Diagnostics::from(e.diagnostic_at(&record))
                });
            return Some(Ok(Raw {
                line: self.line,
                sha256,
                id: None,
                value,
            }));
        }
    }
}

/// The rows of a CSV input for one flat template, each typed by its schema exactly as
/// `helder render --data x.csv` types one row. Besides field paths, a header may name
/// the job's `id` (required), `language`, `wijk` or `postcode4`, and the options
/// `with_dutch` and `style`.
pub struct CsvRows<R: io::Read> {
    reader: csv::Reader<R>,
    name: String,
    template: String,
    schema: Schema,
    /// The header row without the job columns, and where those are.
    data_headers: csv::StringRecord,
    job_columns: Vec<(usize, &'static str)>,
    data_columns: Vec<usize>,
    max_bytes: u64,
    header_problem: Option<Diagnostics>,
}

/// Columns that describe the job rather than the letter's data; the last two are its
/// `options` (`with_dutch` as `true`/`false`, `style` as `b1`/`easy-read`).
const JOB_COLUMNS: [&str; 6] = ["id", "language", "wijk", "postcode4", "with_dutch", "style"];

impl<R: io::Read> CsvRows<R> {
    pub fn new(
        reader: R,
        name: &str,
        template: &str,
        schema: Schema,
        delimiter: u8,
        max_bytes: u64,
    ) -> CsvRows<R> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(reader);
        let (headers, header_problem) = match reader.headers() {
            Ok(h) => (h.clone(), None),
            Err(e) => (
                csv::StringRecord::new(),
                Some(Diagnostics::from(
                    Diagnostic::error(
                        Code::CSV_SYNTAX,
                        format!("the header row does not read: {e}"),
                    )
                    .at_record(format!("{name}:1"), ""),
                )),
            ),
        };
        let mut job_columns = Vec::new();
        let mut data_columns = Vec::new();
        let mut data_headers = csv::StringRecord::new();
        for (i, h) in headers.iter().enumerate() {
            match JOB_COLUMNS.iter().find(|c| **c == h.trim()) {
                Some(c) => job_columns.push((i, *c)),
                None => {
                    data_columns.push(i);
                    data_headers.push_field(h);
                }
            }
        }
        let header_problem = header_problem.or_else(|| {
            (!job_columns.iter().any(|(_, c)| *c == "id")).then(|| {
                Diagnostics::from(
                    Diagnostic::error(
                        Code::CSV_SYNTAX,
                        "the header row has no `id` column: each row's id names its letter",
                    )
                    .at_record(format!("{name}:1"), "id"),
                )
            })
        });
        CsvRows {
            reader,
            name: name.to_string(),
            template: template.to_string(),
            schema,
            data_headers,
            job_columns,
            data_columns,
            max_bytes,
            header_problem,
        }
    }

    /// A whole-file problem of the header, if any (then no row is read).
    pub fn header_problem(&self) -> Option<&Diagnostics> {
        self.header_problem.as_ref()
    }

    /// The row as a job line's value: `{"id", "language", "wijk", "options", "template",
    /// "data"}`.
    fn job(&self, row: &csv::StringRecord, line: u64) -> Result<Value, Diagnostics> {
        let record_name = format!("{}:{line}", self.name);
        let mut data_row = csv::StringRecord::new();
        for &i in &self.data_columns {
            data_row.push_field(row.get(i).unwrap_or(""));
        }
        // One header and one row through the one CSV reader that types cells.
        let mut text = csv::WriterBuilder::new().from_writer(Vec::new());
        text.write_record(&self.data_headers)
            .and_then(|()| text.write_record(&data_row))
            .map_err(|e| csv_problem(&record_name, &e.to_string()))?;
        let bytes = text
            .into_inner()
            .map_err(|e| csv_problem(&record_name, &e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Diagnostics::from(
                Diagnostic::error(Code::INPUT_NOT_UTF8, "the row is not UTF-8 text")
                    .at_record(record_name.clone(), ""),
            )
        })?;
        let mut records = crate::data::read_csv(&record_name, &text, &self.schema);
        let data = match records.pop() {
            Some(Ok(record)) => record.data,
            // Paths of the data, as fields of the job.
            Some(Err(d)) => return Err(d.into_iter().map(in_data).collect()),
            None => return Err(csv_problem(&record_name, "the row is empty")),
        };
        let mut job = serde_json::Map::new();
        let mut options = serde_json::Map::new();
        for &(i, column) in &self.job_columns {
            let cell = row.get(i).unwrap_or("").trim();
            if cell.is_empty() {
                continue;
            }
            match column {
                // Anything but true/false stays text, for the job's own error.
                "with_dutch" => options.insert(
                    column.to_string(),
                    cell.parse::<bool>()
                        .map_or_else(|_| Value::String(cell.to_string()), Value::Bool),
                ),
                "style" => options.insert(column.to_string(), Value::String(cell.to_string())),
                _ => job.insert(column.to_string(), Value::String(cell.to_string())),
            };
        }
        if !options.is_empty() {
            job.insert("options".into(), Value::Object(options));
        }
        job.insert("template".into(), Value::String(self.template.clone()));
        job.insert("data".into(), data);
        Ok(Value::Object(job))
    }
}

fn in_data(mut d: Diagnostic) -> Diagnostic {
    if let crate::diag::Location::Record { path, .. } = &mut d.location
        && !path.is_empty()
    {
        *path = format!("data.{path}");
    }
    d
}

fn csv_problem(record: &str, message: &str) -> Diagnostics {
    Diagnostics::from(
        Diagnostic::error(
            Code::CSV_SYNTAX,
            format!("the row does not read as CSV: {message}"),
        )
        .at_record(record, ""),
    )
}

impl<R: io::Read> Iterator for CsvRows<R> {
    type Item = io::Result<Raw>;

    fn next(&mut self) -> Option<io::Result<Raw>> {
        if self.header_problem.is_some() {
            return None;
        }
        let mut row = csv::StringRecord::new();
        match self.reader.read_record(&mut row) {
            Ok(false) => None,
            Ok(true) => {
                let line = row.position().map_or(0, |p| p.line());
                let mut hasher = Sha256::new();
                for field in row.iter() {
                    hasher.update(field.as_bytes());
                    hasher.update([0]);
                }
                let size: usize = row.iter().map(str::len).sum();
                let value = if size as u64 > self.max_bytes {
                    Err(Diagnostics::from(
                        Diagnostic::error(
                            Code::INPUT_TOO_LARGE,
                            format!(
                                "the row is larger than {}, the limit for one record (raise it with {})",
                                input::show_size(self.max_bytes),
                                input::MAX_INPUT_OPTION
                            ),
                        )
                        .at_record(format!("{}:{line}", self.name), ""),
                    ))
                } else {
                    self.job(&row, line)
                };
                let id = self
                    .job_columns
                    .iter()
                    .find(|(_, c)| *c == "id")
                    .and_then(|(i, _)| row.get(*i))
                    .map(|id| id.trim().to_string())
                    .filter(|id| super::job::check_id(id).is_ok());
                Some(Ok(Raw {
                    line,
                    sha256: hasher.finalize().into(),
                    id,
                    value,
                }))
            }
            Err(e) => match e.kind() {
                csv::ErrorKind::Io(_) => Some(Err(io::Error::other(e.to_string()))),
                _ => {
                    let line = e.position().map_or(0, |p| p.line());
                    Some(Ok(Raw {
                        line,
                        sha256: [0; 32],
                        id: None,
                        value: Err(csv_problem(
                            &format!("{}:{line}", self.name),
                            "not valid CSV",
                        )),
                    }))
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, max: u64) -> Vec<(u64, Result<Value, String>)> {
        JsonLines::new(text.as_bytes(), "in.jsonl", max)
            .map(|r| {
                let r = r.unwrap();
                (
                    r.line,
                    r.value
                        .map_err(|d| d.iter().next().unwrap().code.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn lines_are_numbered_and_blank_ones_skipped() {
        let got = lines("{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}", 100);
        let numbers: Vec<u64> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(numbers, [1, 4, 5]);
        assert!(got.iter().all(|(_, v)| v.is_ok()));
    }

    #[test]
    fn a_bad_line_costs_only_that_line() {
        let long = format!("{{\"a\":\"{}\"}}", "x".repeat(200));
        let text =
            format!("{{\"a\":1}}\n{long}\n{{bad\n{{\"a\":1,\"a\":2}}\n\u{FF}\n{{\"z\":0}}\n");
        let text = text.replace('\u{FF}', "");
        let mut bytes = text.into_bytes();
        // A byte that is not UTF-8 on line 5.
        let at = bytes.iter().rposition(|&b| b == b'\n').unwrap();
        let at = bytes[..at].iter().rposition(|&b| b == b'\n').unwrap();
        bytes.insert(at, 0xFF);
        let got: Vec<(u64, Result<Value, String>)> = JsonLines::new(&bytes[..], "in.jsonl", 100)
            .map(|r| {
                let r = r.unwrap();
                (
                    r.line,
                    r.value
                        .map_err(|d| d.iter().next().unwrap().code.to_string()),
                )
            })
            .collect();
        let codes: Vec<(u64, String)> = got
            .iter()
            .map(|(l, v)| {
                (
                    *l,
                    v.as_ref().map_or_else(|c| c.clone(), |_| "ok".to_string()),
                )
            })
            .collect();
        assert_eq!(
            codes,
            [
                (1, "ok".to_string()),
                (2, "input.too-large".to_string()),
                (3, "json.syntax".to_string()),
                (4, "json.duplicate-key".to_string()),
                (5, "input.not-utf8".to_string()),
                (6, "ok".to_string()),
            ]
        );
    }

    #[test]
    fn syntax_errors_point_at_the_input_line() {
        let mut it = JsonLines::new("{}\n{\"a\" 1}\n".as_bytes(), "in.jsonl", 100);
        it.next();
        let d = it.next().unwrap().unwrap().value.unwrap_err();
        assert!(d.to_string().contains("in.jsonl:2:"), "{d}");
    }
}

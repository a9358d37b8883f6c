//! Decision data as CSV, the export format of many case systems: one record per row,
//! columns named by field path (`letter.date`, `address.postcode`,
//! `decision.items[0].amount`). A cell is converted to the type the schema declares at
//! its path (integers for money), an empty cell leaves the field out; validation then
//! reports anything wrong exactly as for JSON. Comma, semicolon (Dutch Excel) and tab
//! separated files are recognised from the header line.

use serde_json::{Map, Value};

use super::records::Record;
use super::text::show_str;
use super::{Field, FieldType, Schema};
use crate::diag::{Code, Diagnostic, Diagnostics};

/// Lists in CSV are spread over numbered columns; more than this is a mistake.
const MAX_INDEX: usize = 999;

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// How a cell is read, from the type the schema declares at the column's path.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Integer,
    Boolean,
    Text,
}

/// Reads CSV with a header row into records named `name:line` (the row's line in the
/// file). A header that is not a list of field paths is one error for the whole file,
/// with a [`Code::CSV_SYNTAX`] diagnostic per bad column at line 1; a row that does not
/// fit the header is one for that row, at the record.
pub fn read_csv(name: &str, text: &str, schema: &Schema) -> Vec<Result<Record, Diagnostics>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) if h.iter().any(|c| !c.trim().is_empty()) => h.clone(),
        Ok(_) => {
            let d = Diagnostic::error(
                Code::CSV_SYNTAX,
                "no data: expected a header row of field paths (letter.date, recipient.name, ...)",
            );
            return vec![Err(d.at_record(name, "").into())];
        }
        Err(e) => return vec![Err(csv_error(name, name, text, &e))],
    };
    let mut columns: Vec<(Vec<Segment>, Cell)> = Vec::new();
    let mut problems = Diagnostics::new();
    let header_line = headers.position().map_or(1, |p| line_at(text, p.byte()));
    for (i, header) in headers.iter().enumerate() {
        let header = header.trim();
        let message = match parse_path(header) {
            Some(path) if columns.iter().any(|(p, _)| *p == path) => {
                format!("column {} `{header}` appears twice", i + 1)
            }
            Some(path) => {
                let cell = cell_kind(&schema.fields, &path);
                columns.push((path, cell));
                continue;
            }
            None => format!(
                "column {} {} is not a field path like decision.amount or \
                 decision.items[0].what",
                i + 1,
                show_str(header)
            ),
        };
        problems.push(Diagnostic::error(Code::CSV_SYNTAX, message).at_file(
            name,
            to_u32(header_line),
            0,
        ));
    }
    if !problems.is_empty() {
        return vec![Err(problems)];
    }

    let mut out = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(text, p.byte()));
                out.push(Err(csv_error(&format!("{name}:{line}"), name, text, &e)));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| line_at(text, p.byte()));
        let record_name = format!("{name}:{line}");
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.len() != columns.len() {
            let message = format!(
                "the row has {} cells, the header {}",
                row.len(),
                columns.len()
            );
            let d = Diagnostic::error(Code::CSV_SYNTAX, message).at_record(record_name, "");
            out.push(Err(d.into()));
            continue;
        }
        let mut data = Value::Object(Map::new());
        let mut conflicts = Vec::new();
        for ((path, cell), text) in columns.iter().zip(row.iter()) {
            if text.trim().is_empty() {
                continue;
            }
            if !insert(&mut data, path, convert(*cell, text)) {
                conflicts.push(headers_text(path));
            }
        }
        out.push(if conflicts.is_empty() {
            Ok(Record {
                name: record_name,
                data,
            })
        } else {
            let message = format!(
                "columns {} clash with a column for the whole field; fill one or the other",
                conflicts.join(", ")
            );
            Err(Diagnostic::error(Code::CSV_SYNTAX, message)
                .at_record(record_name, "")
                .into())
        });
    }
    out
}

/// The separator used in the header line: the most frequent of `;`, `,` and tab.
pub(crate) fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| (header.bytes().filter(|&b| b == d).count(), d == b','))
        .unwrap_or(b',')
}

/// The 1-based line where the row at a byte offset starts. The csv crate's own line
/// count skips blank lines, and its offset points before them.
fn line_at(text: &str, byte: u64) -> usize {
    let bytes = text.as_bytes();
    let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
    while end < bytes.len() && matches!(bytes[end], b'\n' | b'\r') {
        end += 1;
    }
    bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A CSV error at its line of `file`, or at `record` when it has no position.
fn csv_error(record: &str, file: &str, text: &str, e: &csv::Error) -> Diagnostics {
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text; save the data as UTF-8".to_string(),
        _ => e.to_string(),
    };
    let d = Diagnostic::error(Code::CSV_SYNTAX, format!("invalid CSV: {message}"));
    match e.position() {
        Some(p) => d.at_file(file, to_u32(line_at(text, p.byte())), 0),
        None => d.at_record(record, ""),
    }
    .into()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `decision.items[0].what` → [Key(decision), Key(items), Index(0), Key(what)].
fn parse_path(header: &str) -> Option<Vec<Segment>> {
    let mut out = Vec::new();
    for part in header.split('.') {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        out.push(Segment::Key(key.to_string()));
        while !rest.is_empty() {
            let inner = rest.strip_prefix('[')?;
            let end = inner.find(']')?;
            let digits = &inner[..end];
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 3
            {
                return None;
            }
            let index: usize = digits.parse().ok()?;
            if index > MAX_INDEX {
                return None;
            }
            out.push(Segment::Index(index));
            rest = &inner[end + 1..];
        }
    }
    Some(out)
}

fn headers_text(path: &[Segment]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Segment::Key(k) if s.is_empty() => s.push_str(k),
            Segment::Key(k) => {
                s.push('.');
                s.push_str(k);
            }
            Segment::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    format!("`{s}`")
}

/// How to read the cells of the column at `path`; text where the schema has no such
/// field (validation then reports it as unknown).
fn cell_kind(fields: &[Field], path: &[Segment]) -> Cell {
    let Some((Segment::Key(first), rest)) = path.split_first() else {
        return Cell::Text;
    };
    match fields.iter().find(|f| f.name == *first) {
        Some(f) => type_cell(&f.ty, rest),
        None => Cell::Text,
    }
}

fn type_cell(ty: &FieldType, rest: &[Segment]) -> Cell {
    match (ty, rest) {
        (FieldType::Integer { .. } | FieldType::Money { .. } | FieldType::Term { .. }, []) => {
            Cell::Integer
        }
        (FieldType::Boolean, []) => Cell::Boolean,
        (FieldType::Record { fields }, [Segment::Key(_), ..]) => cell_kind(fields, rest),
        (FieldType::List { of, .. }, [Segment::Index(_), rest @ ..]) => type_cell(of, rest),
        (FieldType::Address, [Segment::Key(k)]) if k == "number" => Cell::Integer,
        _ => Cell::Text,
    }
}

/// A cell as the declared type; a cell that does not parse stays text, so validation
/// reports it with the usual message (`expected money in cents ..., got "12,50"`).
fn convert(cell: Cell, text: &str) -> Value {
    let trimmed = text.trim();
    match cell {
        Cell::Integer => match trimmed.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => Value::String(text.to_string()),
        },
        Cell::Boolean => match trimmed.to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(text.to_string()),
        },
        Cell::Text => Value::String(text.to_string()),
    }
}

/// Puts `value` at `path` inside `target`, creating records and lists on the way.
/// False when another column already holds that place or the whole of a parent.
fn insert(target: &mut Value, path: &[Segment], value: Value) -> bool {
    let Some((first, rest)) = path.split_first() else {
        if target.is_null() {
            *target = value;
            return true;
        }
        return false;
    };
    match first {
        Segment::Key(k) => {
            if target.is_null() {
                *target = Value::Object(Map::new());
            }
            let Value::Object(map) = target else {
                return false;
            };
            insert(map.entry(k.clone()).or_insert(Value::Null), rest, value)
        }
        Segment::Index(i) => {
            if target.is_null() {
                *target = Value::Array(Vec::new());
            }
            let Value::Array(items) = target else {
                return false;
            };
            if items.len() <= *i {
                items.resize(i + 1, Value::Null);
            }
            insert(&mut items[*i], rest, value)
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn schema() -> Schema {
        let doc: toml::Table = r#"
            [data.decision]
            type = "record"
            [data.decision.fields.amount]
            type = "money"
            [data.decision.fields.urgent]
            type = "boolean"
            optional = true
            [data.decision.fields.items]
            type = "list"
            optional = true
            of = { type = "record", fields = { what = { type = "text" }, amount = { type = "money" } } }
        "#
        .parse()
        .unwrap();
        Schema::from_toml(&doc["data"])
            .unwrap()
            .with_envelope()
            .unwrap()
    }

    fn names(results: &[Result<Record, Diagnostics>]) -> Vec<String> {
        results
            .iter()
            .map(|r| match r {
                Ok(r) => r.name.clone(),
                Err(e) => format!("ERR {e}"),
            })
            .collect()
    }

    const HEADER: &str = "letter.date;letter.reference;letter.handled_by;recipient.name;\
        address.street;address.number;address.postcode;address.city;decision.amount;\
        decision.urgent;decision.items[0].what;decision.items[0].amount";

    #[test]
    fn semicolon_csv_becomes_typed_records_that_validate() {
        let text = format!(
            "{HEADER}\n2026-11-20;BB-1;S. Bakker;E. Jansen;Lindenlaan;14;1013kp;Helderstad;\
             123450;TRUE;bril;12345\n"
        );
        let records = read_csv("data.csv", &text, &schema());
        assert_eq!(names(&records), ["data.csv:2"]);
        let data = &records[0].as_ref().unwrap().data;
        assert_eq!(data["address"]["number"], json!(14));
        assert_eq!(data["decision"]["amount"], json!(123450));
        assert_eq!(data["decision"]["urgent"], json!(true));
        assert_eq!(
            data["decision"]["items"],
            json!([{"what": "bril", "amount": 12345}])
        );
        let clean = schema().validate("data.csv:2", data).unwrap();
        assert_eq!(clean["address"]["postcode"], "1013 KP");
    }

    #[test]
    fn empty_cells_leave_fields_out_and_bad_cells_reach_validation() {
        let text = format!(
            "{HEADER}\n2026-11-20;BB-1;S. Bakker;E. Jansen;Lindenlaan;14;1013 KP;Helderstad;\
             12,50;;;\n"
        );
        let records = read_csv("data.csv", &text, &schema());
        let data = &records[0].as_ref().unwrap().data;
        assert!(data["decision"].get("urgent").is_none());
        assert!(data["decision"].get("items").is_none());
        let err = schema().validate("data.csv:2", data).unwrap_err();
        assert_eq!(
            err.to_string(),
            "data.csv:2: decision.amount: expected money in cents (an integer, 1234,50 euro is \
             123450) from € 0,00 to € 1.000.000,00, got \"12,50\" (send 1250 for € 12,50)"
        );
    }

    #[test]
    fn comma_and_tab_separated_and_quoted_cells() {
        let text = "recipient.name,address.city\n\"Vries, J. de\",Helderstad\n";
        let records = read_csv("x.csv", text, &schema());
        let data = &records[0].as_ref().unwrap().data;
        assert_eq!(data["recipient"]["name"], "Vries, J. de");
        let text = "recipient.name\taddress.city\nJ. de Vries\tHelderstad\n";
        let records = read_csv("x.tsv", text, &schema());
        assert_eq!(
            records[0].as_ref().unwrap().data["address"]["city"],
            "Helderstad"
        );
    }

    #[test]
    fn header_errors_name_the_column() {
        let r = read_csv(
            "data.csv",
            "letter.date,decision..amount,x[a],x[1000],letter.date\n",
            &schema(),
        );
        assert_eq!(r.len(), 1);
        let err = r[0].as_ref().unwrap_err();
        let like = "is not a field path like decision.amount or decision.items[0].what";
        assert_eq!(
            err.to_string(),
            format!(
                "data.csv:1: column 2 \"decision..amount\" {like}\n\
                 data.csv:1: column 3 \"x[a]\" {like}\n\
                 data.csv:1: column 4 \"x[1000]\" {like}\n\
                 data.csv:1: column 5 `letter.date` appears twice"
            )
        );
        assert!(err.iter().all(|d| d.code == Code::CSV_SYNTAX));
        assert_eq!(
            err.as_slice()[0].location,
            crate::diag::Location::File {
                file: "data.csv".into(),
                line: 1,
                column: 0
            }
        );
        assert_eq!(
            names(&read_csv("data.csv", "", &schema())),
            [
                "ERR data.csv: no data: expected a header row of field paths (letter.date, \
              recipient.name, ...)"
            ]
        );
    }

    #[test]
    fn row_errors_do_not_stop_the_others() {
        let text = "recipient.name,address.city\nA,B\nC\n\nD,E\n";
        let r = read_csv("data.csv", text, &schema());
        assert_eq!(
            names(&r),
            [
                "data.csv:2",
                "ERR data.csv:3: the row has 1 cells, the header 2",
                "data.csv:5"
            ]
        );
        assert_eq!(
            r[1].as_ref().unwrap_err().as_slice()[0].code,
            Code::CSV_SYNTAX
        );
    }

    #[test]
    fn clashing_columns_are_an_error() {
        let text = "recipient,recipient.name\nX,Y\n";
        let r = read_csv("data.csv", text, &schema());
        assert_eq!(
            names(&r),
            [
                "ERR data.csv:2: columns `recipient.name` clash with a column for the whole field; \
              fill one or the other"
            ]
        );
    }

    #[test]
    fn paths_parse() {
        assert_eq!(
            parse_path("a.b[2].c"),
            Some(vec![
                Segment::Key("a".into()),
                Segment::Key("b".into()),
                Segment::Index(2),
                Segment::Key("c".into())
            ])
        );
        assert_eq!(parse_path("a[1][2]").map(|p| p.len()), Some(3));
        for bad in ["", "a.", ".a", "a[", "a[]", "a]", "a b", "a[1]x"] {
            assert_eq!(parse_path(bad), None, "{bad}");
        }
    }
}

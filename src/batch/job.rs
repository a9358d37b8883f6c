//! One job of a batch: a line of JSON Lines (or a CSV row) turned into a [`Request`], or
//! the problems that keep it from being one, all at once, each at the job's field.
//!
//! ```json
//! {"id": "2026-0001", "template": "bijzondere-bijstand-toekenning", "language": "nl",
//!  "data": {"letter": {...}, "recipient": {...}, ...}, "wijk": "Centrum"}
//! {"id": "2026-0002", "case": {...}, "language": "en", "options": {"checklist_date": "2026-03-02"}}
//! {"id": "2026-0003", "template": "...", "language": "ar", "data": {...}, "options": {"with_dutch": true}}
//! {"id": "2026-0004", "template": "...", "data": {...}, "options": {"style": "easy-read"}}
//! ```

use serde_json::{Map, Value};

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::i18n::Language;
use crate::request::{Options, Request};

/// The keys a job line may hold.
pub const KEYS: [&str; 8] = [
    "id",
    "template",
    "language",
    "data",
    "case",
    "options",
    "wijk",
    "postcode4",
];
/// The keys of `options`.
const OPTION_KEYS: [&str; 3] = ["checklist_date", "style", "with_dutch"];
/// The longest id: it becomes a file name, with room for `-12.png`.
pub const MAX_ID_CHARS: usize = 100;
/// The longest neighbourhood name.
const MAX_WIJK_CHARS: usize = 100;

/// What a job asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A letter from a template and its data.
    Letter,
    /// A checklist letter from a case (the data is the case file).
    Case,
}

/// A job that reads well: the request and what the report groups it by.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: String,
    pub kind: Kind,
    /// Empty for a case until the batch names the checklist template.
    pub template: String,
    pub language: Language,
    pub data: Value,
    pub options: Options,
    /// The neighbourhood (`wijk`) or four-digit postcode area, for the report.
    pub area: Option<String>,
}

impl Job {
    /// The request this job makes; the record is named by the job's id.
    pub fn request(&self) -> Request {
        Request {
            record: self.id.clone(),
            template: self.template.clone(),
            language: self.language,
            data: self.data.clone(),
            options: self.options.clone(),
        }
    }
}

/// What is known of a job that failed before rendering, for its manifest line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Known {
    pub id: Option<String>,
    pub template: Option<String>,
    pub language: Option<String>,
    pub area: Option<String>,
}

/// A job line that does not make a request: what is known of it, and every problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub known: Known,
    pub diagnostics: Diagnostics,
}

/// Reads one job from a parsed line. `record` names it in diagnostics until its id is
/// known (`batch.jsonl:17`); `default_language` is used when the line names none.
pub fn read_job(
    record: &str,
    value: &Value,
    default_language: Language,
) -> Result<Job, Box<Rejected>> {
    read(record, value, default_language)
        .map_err(|(known, diagnostics)| Box::new(Rejected { known, diagnostics }))
}

#[allow(clippy::result_large_err)] // boxed once, by `read_job`
fn read(
    record: &str,
    value: &Value,
    default_language: Language,
) -> Result<Job, (Known, Diagnostics)> {
    let mut problems = Diagnostics::new();
    let mut known = Known::default();
    let Value::Object(map) = value else {
        let d = Diagnostic::error(
            Code::DATA_TYPE,
            format!(
                "expected a job: a JSON object with {}, got {}",
                "`id`, `template`, `language` and `data` (or `case`)",
                kind_of(value)
            ),
        );
        problems.push(d.at_record(record, ""));
        return Err((known, problems));
    };

    let id = match map.get("id") {
        Some(Value::String(id)) => match check_id(id) {
            Ok(()) => Some(id.clone()),
            Err(why) => {
                problems.push(Diagnostic::error(Code::BATCH_ID, why).at_record(record, "id"));
                None
            }
        },
        // A case system's numeric ids are fine as they are written.
        Some(Value::Number(n)) if n.is_u64() => Some(n.to_string()),
        Some(other) => {
            problems.push(
                Diagnostic::error(
                    Code::DATA_TYPE,
                    format!("expected the job's id as text, got {}", kind_of(other)),
                )
                .at_record(record, "id"),
            );
            None
        }
        None => {
            problems.push(
                Diagnostic::error(
                    Code::DATA_MISSING,
                    "the job has no `id`: it names the letter's files and its manifest line",
                )
                .at_record(record, "id"),
            );
            None
        }
    };
    known.id = id.clone();
    // From here on the job is named by its id.
    let record = id.as_deref().unwrap_or(record);

    for key in map.keys() {
        if !KEYS.contains(&key.as_str()) {
            let mut d = Diagnostic::error(
                Code::DATA_UNKNOWN_FIELD,
                format!("unknown key `{key}` in a job; expected {}", KEYS.join(", ")),
            );
            if let Some(close) = crate::diag::closest(key, KEYS) {
                d = d.with_suggestion(format!("did you mean `{close}`?"));
            }
            problems.push(d.at_record(record, key.as_str()));
        }
    }

    let text = |key: &str, problems: &mut Diagnostics| match map.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            problems.push(
                Diagnostic::error(
                    Code::DATA_TYPE,
                    format!("expected `{key}` as text, got {}", kind_of(other)),
                )
                .at_record(record, key),
            );
            None
        }
    };

    let language = match text("language", &mut problems) {
        None => Some(default_language),
        Some(code) => match Language::from_code(&code) {
            Ok(lang) => Some(lang),
            Err(e) => {
                problems.push(
                    Diagnostic::error(Code::LANGUAGE_UNKNOWN, e.to_string())
                        .at_record(record, "language"),
                );
                None
            }
        },
    };
    known.language = language.map(|l| l.code().to_string());

    let area = match (
        text("wijk", &mut problems),
        text("postcode4", &mut problems),
    ) {
        (Some(wijk), _) => check_wijk(&wijk, record, &mut problems),
        (None, Some(pc4)) => check_pc4(&pc4, record, &mut problems),
        (None, None) => None,
    };
    known.area = area.clone();

    let template = text("template", &mut problems);
    known.template = template.clone();
    let (kind, data) = match (map.get("data"), map.get("case"), &template) {
        (Some(_), Some(_), _) => {
            problems.push(
                Diagnostic::error(
                    Code::REQUEST_INVALID,
                    "a job holds `data` (a letter) or `case` (a checklist letter), not both",
                )
                .at_record(record, "case"),
            );
            (Kind::Letter, None)
        }
        (None, Some(case), _) => (Kind::Case, object(case, "case", record, &mut problems)),
        (Some(data), None, Some(_)) => (Kind::Letter, object(data, "data", record, &mut problems)),
        (Some(_), None, None) => {
            problems.push(
                Diagnostic::error(
                    Code::DATA_MISSING,
                    "the job has `data` but no `template`; `helder templates` lists them",
                )
                .at_record(record, "template"),
            );
            (Kind::Letter, None)
        }
        (None, None, _) => {
            problems.push(
                Diagnostic::error(
                    Code::DATA_MISSING,
                    "the job has no `data` (the letter's data) and no `case` (for a checklist letter)",
                )
                .at_record(record, "data"),
            );
            (Kind::Letter, None)
        }
    };

    let options = read_options(map, record, &mut problems);

    match (id, language, data, problems.is_empty()) {
        (Some(id), Some(language), Some(data), true) => Ok(Job {
            id,
            kind,
            template: template.unwrap_or_default(),
            language,
            data,
            options,
            area,
        }),
        _ => Err((known, problems)),
    }
}

fn object(value: &Value, key: &str, record: &str, problems: &mut Diagnostics) -> Option<Value> {
    if value.is_object() {
        Some(value.clone())
    } else {
        problems.push(
            Diagnostic::error(
                Code::DATA_TYPE,
                format!("expected `{key}` as a JSON object, got {}", kind_of(value)),
            )
            .at_record(record, key),
        );
        None
    }
}

fn read_options(map: &Map<String, Value>, record: &str, problems: &mut Diagnostics) -> Options {
    let mut options = Options::default();
    let Some(value) = map.get("options") else {
        return options;
    };
    let Value::Object(given) = value else {
        problems.push(
            Diagnostic::error(
                Code::DATA_TYPE,
                format!(
                    "expected `options` as a JSON object, got {}",
                    kind_of(value)
                ),
            )
            .at_record(record, "options"),
        );
        return options;
    };
    for (key, value) in given {
        let path = format!("options.{key}");
        match (key.as_str(), value) {
            ("checklist_date", Value::String(iso)) => match crate::data::read_date(iso) {
                Ok(date) => options.checklist_date = Some(date),
                Err(d) => problems.push(d.at_record(record, path)),
            },
            ("with_dutch", Value::Bool(with)) => options.with_dutch = *with,
            ("style", Value::String(name)) => match name.parse() {
                Ok(style) => options.style = Some(style),
                Err(message) => problems
                    .push(Diagnostic::error(Code::DATA_VALUE, message).at_record(record, path)),
            },
            ("style", other) => problems.push(
                Diagnostic::error(
                    Code::DATA_TYPE,
                    format!("expected \"b1\" or \"easy-read\", got {}", kind_of(other)),
                )
                .at_record(record, path),
            ),
            ("with_dutch", other) => problems.push(
                Diagnostic::error(
                    Code::DATA_TYPE,
                    format!("expected true or false, got {}", kind_of(other)),
                )
                .at_record(record, path),
            ),
            ("checklist_date", other) => problems.push(
                Diagnostic::error(
                    Code::DATA_TYPE,
                    format!("expected a date as \"YYYY-MM-DD\", got {}", kind_of(other)),
                )
                .at_record(record, path),
            ),
            _ => problems.push(
                Diagnostic::error(
                    Code::DATA_UNKNOWN_FIELD,
                    format!(
                        "unknown option `{key}`; expected {}",
                        OPTION_KEYS.join(", ")
                    ),
                )
                .at_record(record, path),
            ),
        }
    }
    options
}

fn check_wijk(wijk: &str, record: &str, problems: &mut Diagnostics) -> Option<String> {
    let wijk = wijk.trim();
    if wijk.is_empty()
        || wijk.chars().count() > MAX_WIJK_CHARS
        || wijk.chars().any(char::is_control)
    {
        problems.push(
            Diagnostic::error(
                Code::DATA_VALUE,
                format!(
                    "expected a neighbourhood name of 1 to {MAX_WIJK_CHARS} characters without control characters"
                ),
            )
            .at_record(record, "wijk"),
        );
        return None;
    }
    Some(wijk.to_string())
}

fn check_pc4(pc4: &str, record: &str, problems: &mut Diagnostics) -> Option<String> {
    let pc4 = pc4.trim();
    if pc4.len() == 4 && pc4.bytes().all(|b| b.is_ascii_digit()) && !pc4.starts_with('0') {
        Some(pc4.to_string())
    } else {
        problems.push(
            Diagnostic::error(
                Code::DATA_VALUE,
                "expected the four digits of a Dutch postcode (1000 to 9999), without the letters",
            )
            .at_record(record, "postcode4"),
        );
        None
    }
}

/// Whether `id` may name a letter's files: 1 to 100 of ASCII letters, digits, `-`, `_`
/// and `.`, not starting with `.` or `-`, without `..`. The error does not repeat the id.
pub fn check_id(id: &str) -> Result<(), String> {
    let rule = "use 1 to 100 ASCII letters, digits, `-`, `_` and `.`, not starting with `.` or `-`";
    let problem = if id.is_empty() {
        Some("the id is empty".to_string())
    } else if id.chars().count() > MAX_ID_CHARS {
        Some(format!("the id is longer than {MAX_ID_CHARS} characters"))
    } else if id.contains('/') || id.contains('\\') {
        Some("the id holds a path separator; it names files in the output folder".to_string())
    } else if id.contains("..") {
        Some("the id holds `..`".to_string())
    } else if id.starts_with('.') || id.starts_with('-') {
        Some("the id starts with `.` or `-`".to_string())
    } else {
        id.chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
            .map(|c| {
                if c.is_control() || c.is_whitespace() {
                    format!("the id holds U+{:04X}", u32::from(c))
                } else {
                    format!("the id holds `{c}`")
                }
            })
    };
    match problem {
        None => Ok(()),
        Some(p) => Err(format!("{p}; {rule}")),
    }
}

/// `a string`, `a number`: what a value is, without showing it.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn nl() -> Language {
        Language::from_code("nl").unwrap()
    }

    fn problems(v: Value) -> Vec<(String, String, String)> {
        let d = read_job("in.jsonl:3", &v, nl()).unwrap_err().diagnostics;
        d.iter()
            .map(|d| match &d.location {
                crate::diag::Location::Record { record, path } => {
                    (d.code.to_string(), record.clone(), path.clone())
                }
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_good_job_reads() {
        let job = read_job(
            "x:1",
            &json!({"id": "a-1", "template": "t", "language": "en", "data": {}, "wijk": " Centrum "}),
            nl(),
        )
        .unwrap();
        assert_eq!(job.id, "a-1");
        assert_eq!(job.language.code(), "en");
        assert_eq!(job.area.as_deref(), Some("Centrum"));
        assert_eq!(job.kind, Kind::Letter);
        let case = read_job("x:1", &json!({"id": 17, "case": {}}), nl()).unwrap();
        assert_eq!((case.id.as_str(), case.kind), ("17", Kind::Case));
        assert_eq!(case.language, nl());
    }

    #[test]
    fn every_problem_names_the_job_and_the_key() {
        let found = problems(json!({"id": "ok", "templat": "t", "data": [], "language": "xx-"}));
        assert!(
            found.contains(&("data.unknown-field".into(), "ok".into(), "templat".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("language.unknown".into(), "ok".into(), "language".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("data.missing".into(), "ok".into(), "template".into())),
            "{found:?}"
        );
        // Without an id the line names the job.
        let found = problems(json!({"template": "t", "data": {}}));
        assert_eq!(
            found,
            vec![("data.missing".into(), "in.jsonl:3".into(), "id".into())]
        );
        let found = problems(json!({"id": "../etc/passwd", "template": "t", "data": {}}));
        assert_eq!(
            found,
            vec![("batch.id".into(), "in.jsonl:3".into(), "id".into())]
        );
        let found = problems(
            json!({"id": "a", "case": {}, "options": {"checklist_date": "2026-02-30", "x": 1}}),
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|f| f.2 == "options.checklist_date"));
        assert!(problems(json!([1])).len() == 1);
    }

    #[test]
    fn a_job_asks_for_a_bilingual_letter_with_a_true_or_false() {
        let job = |options: Value| {
            read_job(
                "in.jsonl:1",
                &json!({"id": "a", "template": "t", "data": {}, "language": "en", "options": options}),
                nl(),
            )
        };
        assert!(job(json!({"with_dutch": true})).unwrap().options.with_dutch);
        assert!(!job(json!({})).unwrap().options.with_dutch);
        let found = problems(
            json!({"id": "a", "template": "t", "data": {}, "options": {"with_dutch": "yes"}}),
        );
        assert_eq!(
            found,
            [(
                "data.type".to_string(),
                "a".to_string(),
                "options.with_dutch".to_string()
            )]
        );
    }

    #[test]
    fn a_job_chooses_its_layout_by_name() {
        let job = |options: Value| {
            read_job(
                "in.jsonl:1",
                &json!({"id": "a", "template": "t", "data": {}, "options": options}),
                nl(),
            )
        };
        let style = job(json!({"style": "easy-read"})).unwrap().options.style;
        assert_eq!(style, Some(crate::house::Style::EasyRead));
        assert_eq!(job(json!({})).unwrap().options.style, None);
        for bad in [json!("large"), json!(14)] {
            let found = problems(
                json!({"id": "a", "template": "t", "data": {}, "options": {"style": bad}}),
            );
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].2, "options.style");
        }
    }

    #[test]
    fn ids_that_could_leave_the_folder_are_refused() {
        for bad in [
            "",
            "a/b",
            "a\\b",
            "..",
            "a..b",
            ".hidden",
            "-x",
            "a b",
            "é",
            &"x".repeat(101),
        ] {
            assert!(check_id(bad).is_err(), "{bad:?}");
        }
        for good in ["a", "2026-0001", "BB_2026.17", &"x".repeat(100)] {
            assert!(check_id(good).is_ok(), "{good:?}");
        }
    }
}

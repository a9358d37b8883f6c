//! No personal data in the manifest, the report or the logs. helder's diagnostics quote
//! the value they refuse (`expected a date as "YYYY-MM-DD", got "1980-02-30"`), which
//! helps a person fixing one record but must not end up in a batch manifest that is
//! shared with operators. Every value of the record (strings, and numbers long enough to
//! be an identifier) is cut out of the messages; the rest of the message (what was
//! expected, the field) stays.

use serde_json::Value;

use crate::data::show_str;

/// What stands where a value was.
pub const REDACTED: &str = "[value left out]";

/// Numbers with fewer digits than this stay (`6 weeks`, `100 items` are the rules, not
/// the resident); longer ones may be a BSN, an amount or an account number.
const MIN_NUMBER_DIGITS: usize = 3;
/// Strings shorter than this stay: a one-character value would cut letters out of words.
const MIN_STRING_CHARS: usize = 2;

/// The values of one record, to cut out of its messages.
pub struct Redactor {
    /// Longest first, so a value containing another is cut whole.
    needles: Vec<String>,
}

impl Redactor {
    /// Every string and long number in `values` (the job line as read, or its data).
    pub fn new<'a>(values: impl IntoIterator<Item = &'a Value>) -> Redactor {
        let mut needles = Vec::new();
        for value in values {
            collect(value, &mut needles);
        }
        needles.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        needles.dedup();
        Redactor { needles }
    }

    /// For a line that did not parse: its errors name a position and what was expected,
    /// never a value, so there is nothing to cut.
    pub fn unparsed() -> Redactor {
        Redactor {
            needles: Vec::new(),
        }
    }

    /// `message` without the record's values.
    pub fn clean(&self, message: &str) -> String {
        let mut out = message.to_string();
        for needle in &self.needles {
            if out.contains(needle.as_str()) {
                out = replace_whole(&out, needle);
            }
        }
        out
    }
}

/// `text` with every occurrence of `needle` that is not part of a longer word replaced
/// (`en` is cut from "got en", not from "cents").
fn replace_whole(text: &str, needle: &str) -> String {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut before: Option<char> = None;
    while let Some(at) = rest.find(needle) {
        let end = at + needle.len();
        let prev = rest[..at].chars().next_back().or(before);
        let next = rest[end..].chars().next();
        let first = needle.chars().next();
        let last = needle.chars().next_back();
        let glued = (word(first) && word(prev)) || (word(last) && word(next));
        out.push_str(&rest[..at]);
        out.push_str(if glued { needle } else { REDACTED });
        before = needle.chars().next_back();
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn collect(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => {
            if s.chars().count() >= MIN_STRING_CHARS {
                // As messages quote it (escaped, cut at 40 characters) and as it is.
                out.push(show_str(s));
                let shown = show_str(s);
                // A cut quote ends in `…"`; its start is a prefix worth cutting too.
                if let Some(prefix) = shown.strip_suffix("…\"") {
                    out.push(prefix.to_string());
                }
                out.push(s.clone());
            }
        }
        Value::Number(n) => {
            let text = n.to_string();
            if text.chars().filter(char::is_ascii_digit).count() >= MIN_NUMBER_DIGITS {
                out.push(text);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
        Value::Object(map) => map.values().for_each(|v| collect(v, out)),
        Value::Bool(_) | Value::Null => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_cut_and_the_rule_stays() {
        let data = json!({"recipient": {"name": "Fatima El Amrani", "bsn": 123456782},
                          "letter": {"date": "1980-02-30"}});
        let r = Redactor::new([&data]);
        let m =
            r.clean(r#"expected a date as "YYYY-MM-DD", got "1980-02-30" (February has 28 days)"#);
        assert_eq!(
            m,
            format!(r#"expected a date as "YYYY-MM-DD", got {REDACTED} (February has 28 days)"#)
        );
        assert!(
            !r.clean("name Fatima El Amrani, 123456782")
                .contains("Fatima")
        );
        assert!(!r.clean("got 123456782").contains("123456782"));
        // Small numbers and the words of the message stay.
        assert_eq!(r.clean("at most 6 weeks"), "at most 6 weeks");
        let r = Redactor::new([&json!({"x": "en"})]);
        assert_eq!(
            r.clean("in cents, got en"),
            format!("in cents, got {REDACTED}")
        );
    }

    #[test]
    fn long_values_cut_at_forty_characters_are_cut_too() {
        let long = "Abcdefghij Klmnopqrst Uvwxyzabcd Efghijklmn Opqrstuvwx";
        let data = json!({ "name": long });
        let r = Redactor::new([&data]);
        let message = format!("too long: {}", show_str(long));
        assert!(
            !r.clean(&message).contains("Abcdefghij"),
            "{}",
            r.clean(&message)
        );
    }
}

//! Text sanitising (the safety rules of DESIGN.md) and showing a received value safely in
//! an error message. ("Did you mean" is [`crate::diag::closest`].)

use serde_json::Value;

// Bidi embedding, override and isolate controls are removed, because a letter's
// direction comes from its language, never from resident data.
use crate::i18n::bidi::is_control as is_bidi_control;

/// Private use characters of the BMP: removed, because the template stage uses them as
/// internal line markers and resident data must not be able to forge one.
fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}')
}

/// Line breaks and tabs, folded to one space.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}')
}

/// C0 (other than the breaks above), DEL and C1: rejected, since they have no business in
/// a letter and often mean the data was decoded wrongly.
fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// Cleans one text value from the data: removes bidi controls and private use characters,
/// folds every run of spaces containing a newline or tab into a single space, trims.
/// Other control characters are an error that names their code points.
pub fn clean_text(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut bad: Vec<(usize, char)> = Vec::new();
    // Pending whitespace run: the spaces seen so far, and whether it held a break.
    let mut run = String::new();
    let mut run_breaks = false;
    for (i, c) in text.chars().enumerate() {
        if is_bidi_control(c) || is_private_use(c) {
            continue;
        }
        if is_forbidden_control(c) {
            if !bad.iter().any(|&(_, b)| b == c) {
                bad.push((i + 1, c));
            }
            continue;
        }
        if c == ' ' || is_break(c) {
            run.push(' ');
            run_breaks |= is_break(c);
            continue;
        }
        if run_breaks {
            out.push(' ');
        } else {
            out.push_str(&run);
        }
        run.clear();
        run_breaks = false;
        out.push(c);
    }
    if let Some(&(at, first)) = bad.first() {
        let points: Vec<String> = bad.iter().take(5).map(|&(_, c)| code_point(c)).collect();
        let more = if bad.len() > 5 { ", ..." } else { "" };
        return Err(if bad.len() == 1 {
            format!(
                "control character {} (at character {at}) is not allowed in text",
                points[0]
            )
        } else {
            format!(
                "control characters {}{more} are not allowed in text (first {} at character {at})",
                points.join(", "),
                code_point(first)
            )
        });
    }
    Ok(out.trim().to_string())
}

fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// A received value as shown in an error: strings quoted (long ones shortened, invisible
/// characters written as `\u{..}` so the message itself is safe to show), lists and
/// objects summarised.
pub(crate) fn show(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => show_str(s),
        Value::Array(items) => match items.len() {
            0 => "an empty list".into(),
            1 => "a list of 1 item".into(),
            n => format!("a list of {n} items"),
        },
        Value::Object(map) if map.is_empty() => "an empty object".into(),
        Value::Object(map) => {
            let mut names: Vec<String> = map.keys().take(4).map(|k| show_str(k)).collect();
            if map.len() > 4 {
                names.push("...".into());
            }
            format!("an object with {}", names.join(", "))
        }
    }
}

/// A field name as shown in an error: in backticks, made safe like any received text.
pub(crate) fn show_name(key: &str) -> String {
    let shown = show_str(key);
    format!("`{}`", &shown[1..shown.len() - 1])
}

/// A string quoted for an error message, at most 40 characters of it.
pub(crate) fn show_str(s: &str) -> String {
    const MAX: usize = 40;
    let mut out = String::from("\"");
    for (i, c) in s.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_bidi_control(c) || is_private_use(c) => {
                out.push_str(&format!("\\u{{{:04X}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn removes_bidi_controls_and_private_use() {
        assert_eq!(clean_text("a\u{202E}b\u{2066}c\u{2069}").unwrap(), "abc");
        assert_eq!(clean_text("x\u{E000}y\u{F8FF}z").unwrap(), "xyz");
        // Marks that are not overrides stay: they do not change the letter's direction.
        assert_eq!(clean_text("a\u{200F}b").unwrap(), "a\u{200F}b");
    }

    #[test]
    fn folds_breaks_and_trims() {
        assert_eq!(
            clean_text("  Dorps\r\n  straat \t").unwrap(),
            "Dorps straat"
        );
        assert_eq!(clean_text("a\n\n\nb").unwrap(), "a b");
        assert_eq!(clean_text("a\u{2028}b").unwrap(), "a b");
        // Plain double spaces without a break are the writer's choice and stay.
        assert_eq!(clean_text("a  b").unwrap(), "a  b");
        // A removed character inside a run does not split it.
        assert_eq!(clean_text("a \u{202E}\nb").unwrap(), "a b");
    }

    #[test]
    fn rejects_control_characters_naming_them() {
        assert_eq!(
            clean_text("ab\u{7}c").unwrap_err(),
            "control character U+0007 (at character 3) is not allowed in text"
        );
        assert_eq!(
            clean_text("\u{1B}x\u{7F}\u{85}\u{1B}").unwrap_err(),
            "control characters U+001B, U+007F, U+0085 are not allowed in text \
             (first U+001B at character 1)"
        );
        let many: String = (1u8..=8).map(char::from).collect();
        assert!(clean_text(&many).unwrap_err().contains(", ..."));
    }

    #[test]
    fn shows_values_safely() {
        assert_eq!(show(&json!("12,50")), "\"12,50\"");
        assert_eq!(show(&json!("a\u{202E}\"b\n")), "\"a\\u{202E}\\\"b\\n\"");
        assert_eq!(show(&json!(12.5)), "12.5");
        assert_eq!(show(&json!(null)), "null");
        assert_eq!(show(&json!([1, 2])), "a list of 2 items");
        assert_eq!(show(&json!([1])), "a list of 1 item");
        assert_eq!(show(&json!([])), "an empty list");
        assert_eq!(show(&json!({})), "an empty object");
        assert_eq!(
            show(&json!({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})),
            "an object with \"a\", \"b\", \"c\", \"d\", ..."
        );
        let long = "x".repeat(50);
        assert_eq!(show(&json!(long)), format!("\"{}…\"", "x".repeat(40)));
    }
}

//! Formatted values in right-to-left letters. An amount, a date or a number set into
//! Arabic text is reordered by the Unicode bidi algorithm unless it is isolated: "€
//! 1.234,50" would show as "1.234,50 €". Fluent isolates the values passed to a message
//! in a right-to-left bundle; values formatted straight into letter.md get the same
//! first-strong isolate (FSI … PDI) here. Isolates made by helder are never resident
//! data: that has its bidi controls removed on input (src/data/text.rs).

use super::{Direction, Profile};

/// First strong isolate and pop directional isolate: the direction inside comes from
/// the value's own first strong character (RLM for Arabic money, Latin for a Dutch
/// amount), and the value does not mix with the text around it.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Bidi embedding/override (U+202A–U+202E) and isolate (U+2066–U+2069) controls: the
/// ones resident data loses on input and the checker reads through.
pub(crate) fn is_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

impl Profile {
    /// `text` isolated (FSI … PDI) in a right-to-left language, as it is otherwise.
    pub fn isolate(&self, text: String) -> String {
        match self.direction {
            Direction::Ltr => text,
            Direction::Rtl => format!("{FSI}{text}{PDI}"),
        }
    }
}

/// `text` without the isolate [`Profile::isolate`] put around it. A formatted value passed
/// on to a message is isolated by Fluent; isolated twice it would read the same, but
/// every amount in an Arabic letter would carry two pairs of invisible controls.
pub(crate) fn unisolated(text: &str) -> &str {
    text.strip_prefix(FSI)
        .and_then(|t| t.strip_suffix(PDI))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(code: &str) -> Profile {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(code)
            .join("language.toml");
        Profile::parse(&std::fs::read_to_string(&file).unwrap(), &file, code).unwrap()
    }

    #[test]
    fn an_isolate_comes_off_once() {
        assert_eq!(
            unisolated("\u{2068}\u{2068}x\u{2069}\u{2069}"),
            "\u{2068}x\u{2069}"
        );
        assert_eq!(unisolated("\u{2068}x"), "\u{2068}x");
        assert_eq!(unisolated("x"), "x");
    }

    #[test]
    fn only_right_to_left_languages_isolate() {
        let ar = profile("ar");
        let money = ar.format_money(123_450);
        assert_eq!(
            ar.isolate(money.clone()),
            format!("\u{2068}{money}\u{2069}")
        );
        for code in ["nl", "en", "tr", "pl", "uk"] {
            let p = profile(code);
            let money = p.format_money(123_450);
            assert_eq!(p.isolate(money.clone()), money, "{code}");
        }
    }
}

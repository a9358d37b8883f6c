//! Escaping data for Markdown: whatever a resident's name or a case system's text holds,
//! it shows literally and never becomes a heading, list, link, emphasis or HTML.

use std::io::Write;

use super::lines::is_marker_char;

/// Escapes text so Markdown shows it literally: every ASCII punctuation character is
/// backslash-escaped (CommonMark allows exactly these escapes), line breaks and tabs are
/// folded to spaces, and spaces at the start and end are dropped — leading spaces could
/// open an indented code block and trailing ones before a line end make a hard break.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    push_escaped(text, &mut out);
    out
}

/// Escapes a text argument of a Fluent message. Like [`escape_markdown`], except that a
/// plain word or phrase (letters, digits, single spaces, and `-` or `_` between letters or
/// digits: `eigen-risico`, `niet_nodig`) stays as it is. Such text is literal Markdown
/// anywhere in a line, and it must stay unchanged because Fluent selectors compare it
/// with their variant keys (`[eigen-risico]`).
pub(crate) fn escape_argument(text: &str) -> String {
    if is_plain_phrase(text) {
        text.to_owned()
    } else {
        escape_markdown(text)
    }
}

fn is_plain_phrase(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let word = |i: usize| chars.get(i).is_some_and(|c| c.is_alphanumeric());
    !chars.is_empty()
        && word(0)
        && word(chars.len() - 1)
        && chars.iter().enumerate().all(|(i, &c)| match c {
            ' ' => chars.get(i + 1) != Some(&' '),
            '-' | '_' => i > 0 && word(i - 1) && word(i + 1),
            c => c.is_alphanumeric(),
        })
}

fn push_escaped(text: &str, out: &mut String) {
    let text = text.trim_matches(is_fold_space);
    let mut pending_space = false;
    for c in text.chars() {
        if is_fold_space(c) {
            // Fold `\r\n`, `\n`, `\r` and tabs to one space each; runs of ordinary
            // spaces stay as they are (Markdown keeps them inside a line).
            if c == '\n' && pending_space {
                continue;
            }
            pending_space = c == '\r';
            out.push(' ');
            continue;
        }
        pending_space = false;
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
}

fn is_fold_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Tera's escape function for letter.md: [`escape_markdown`], and line markers removed so
/// a value can never pretend to come from another template line.
pub(super) fn tera_escape(text: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut escaped = String::with_capacity(text.len() + 8);
    if text.chars().any(is_marker_char) {
        let cleaned: String = text.chars().filter(|&c| !is_marker_char(c)).collect();
        push_escaped(&cleaned, &mut escaped);
    } else {
        push_escaped(text, &mut escaped);
    }
    out.write_all(escaped.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// The options the letter parser uses (tables, strikethrough and friends on), so an
    /// escape that holds here holds there.
    fn options() -> Options {
        Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_MATH
            | Options::ENABLE_GFM
            | Options::ENABLE_DEFINITION_LIST
            | Options::ENABLE_SUPERSCRIPT
            | Options::ENABLE_SUBSCRIPT
            | Options::ENABLE_WIKILINKS
    }

    /// Parses `markdown` and returns the text of its single paragraph, or a description of
    /// the first event that is not plain paragraph text.
    fn paragraph_text(markdown: &str) -> Result<String, String> {
        let mut text = String::new();
        for event in Parser::new_ext(markdown, options()) {
            match event {
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                Event::Text(t) => text.push_str(&t),
                // A soft break would mean a line break survived; it shows as a space.
                other => return Err(format!("{other:?}")),
            }
        }
        Ok(text)
    }

    /// What Markdown shows for plain text `s` in a paragraph: edges trimmed.
    fn shown(s: &str) -> String {
        let folded: String = s
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        folded.trim_matches(' ').to_string()
    }

    fn assert_literal(s: &str) {
        let escaped = escape_markdown(s);
        let got = paragraph_text(&escaped)
            .unwrap_or_else(|e| panic!("{s:?} escaped as {escaped:?} produced markup {e}"));
        // `\r\n` folds to one space: compare with the same folding.
        let expected = shown(&s.replace("\r\n", "\n"));
        assert_eq!(got, expected, "{s:?} escaped as {escaped:?}");
    }

    #[test]
    fn nasty_strings_stay_literal() {
        for s in [
            "*x*",
            "_x_",
            "**bold**",
            "<script>alert(1)</script>",
            "#panic()",
            "]",
            "[link](https://evil.example)",
            "![img](x.png)",
            "\\",
            "\\*",
            "$",
            "$x$",
            "\"",
            "'",
            "{{ x }}",
            "{% if %}",
            "1. ",
            "1) x",
            "- ",
            "- x",
            "+ x",
            "# ",
            "# heading",
            "> ",
            "> quote",
            "|",
            "a | b",
            "`",
            "``code``",
            "```",
            "&amp;",
            "&#60;",
            "---",
            "***",
            "===",
            "::: warning",
            "~~x~~",
            "[^1]",
            "<https://x.nl>",
            "https://x.nl",
            "    indented",
            "x  ",
            "a\nb",
            "a\r\nb",
            "- [ ] task",
            "H~2~O",
            "[[wiki]]",
            "a\\\nb",
            "\u{00a0}* x",
        ] {
            assert_literal(s);
        }
    }

    #[test]
    fn escapes_every_ascii_punctuation_and_folds_newlines() {
        assert_eq!(escape_markdown("a*b"), "a\\*b");
        assert_eq!(escape_markdown("J. de Vries"), "J\\. de Vries");
        assert_eq!(
            escape_markdown("één\ntwee\r\ndrie\rvier"),
            "één twee drie vier"
        );
        assert_eq!(escape_markdown("  midden  "), "midden");
        assert_eq!(escape_markdown("€ 1.234,50"), "€ 1\\.234\\,50");
        assert_eq!(escape_markdown(""), "");
    }

    #[test]
    fn tera_escape_drops_line_markers() {
        let mut out = Vec::new();
        tera_escape("a\u{E000}\u{E011}\u{E001}b.", &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "ab\\.");
    }

    #[test]
    fn plain_phrases_stay_as_they_are_for_selectors() {
        for s in [
            "eigen-risico",
            "niet_nodig",
            "wasmachine",
            "a-b-c",
            "Jan de Vries",
            "één",
            "2026",
        ] {
            assert_eq!(escape_argument(s), s);
        }
        for s in [
            "-", "_x_", "__init__", "a--b", "a -b", "-a", "a-", "a  b", " a", "1.", "a*b", "",
        ] {
            assert_eq!(escape_argument(s), escape_markdown(s), "{s:?}");
        }
    }

    /// Markdown of `argument` placed in a message line: alone, at the start, in the
    /// middle, at the end.
    fn placements(argument: &str) -> Vec<String> {
        vec![
            argument.to_owned(),
            format!("{argument} tekst"),
            format!("Tekst {argument} tekst"),
            format!("Tekst {argument}"),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arguments_stay_literal_wherever_a_message_puts_them(s in "[-_ a-z0-9*#>.=+]{0,12}") {
            let argument = escape_argument(&s);
            let shown_argument = shown(&s);
            for markdown in placements(&argument) {
                let expected = markdown.replacen(&argument, &shown_argument, 1);
                let got = paragraph_text(&markdown).map_err(|e| {
                    TestCaseError::fail(format!("{s:?} as {markdown:?}: {e}"))
                })?;
                prop_assert_eq!(got, expected.trim().to_owned(), "{:?} as {:?}", s, markdown);
            }
        }

        #[test]
        fn any_text_stays_literal(s in "[^\\p{Cc}]{0,40}") {
            assert_literal(&s);
        }

        #[test]
        fn markdown_alphabet_stays_literal(s in "[-*_#>|`~\\[\\]()!<>&;:$\\\\ \"'{}%=+.0-9a-z\n\t]{0,30}") {
            assert_literal(&s);
        }
    }
}

//! Glyph coverage before compiling: typst silently draws tofu (an empty box) for a
//! character no loaded font has, so every character the resident will read is checked
//! against the fonts first and a letter that cannot be shown fails with a clear error.

use std::collections::BTreeMap;

use crate::letter::ir::{Block, ChecklistItem, Inline, Letter};

/// A character no loaded font covers, with the first place it occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncovered {
    pub ch: char,
    /// Where in the letter it first occurs ("recipient[1]", "body[3]").
    pub field: String,
}

/// Every visible text of the letter, each with its place in the IR. Link targets,
/// alt texts, ids and the logo are not drawn as text, so they are not collected.
pub fn texts(letter: &Letter) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    let meta = &letter.meta;
    out.push(("meta.title".into(), &meta.title));
    out.push(("meta.date_text".into(), &meta.date_text));
    out.push(("meta.reference".into(), &meta.reference));
    let sender = &letter.sender;
    out.push(("sender.organisation".into(), &sender.organisation));
    out.push(("sender.department".into(), &sender.department));
    out.push(("sender.return_address".into(), &sender.return_address));
    for (i, line) in sender.contact.iter().enumerate() {
        out.push((format!("sender.contact[{i}]"), line));
    }
    for (i, line) in letter.recipient.iter().enumerate() {
        out.push((format!("recipient[{i}]"), line));
    }
    for (i, detail) in letter.details.iter().enumerate() {
        out.push((format!("details[{i}].label"), &detail.label));
        out.push((format!("details[{i}].value"), &detail.value));
    }
    if let Some(salutation) = &letter.salutation {
        out.push(("salutation".into(), salutation));
    }
    blocks(&letter.body, "body", &mut out);
    let signature = &letter.signature;
    out.push(("signature.closing".into(), &signature.closing));
    out.push(("signature.name".into(), &signature.name));
    out.push(("signature.role".into(), &signature.role));
    out
}

fn blocks<'a>(blocks_: &'a [Block], path: &str, out: &mut Vec<(String, &'a str)>) {
    for (i, block) in blocks_.iter().enumerate() {
        let here = format!("{path}[{i}] (letter.md line {})", block.origin().line);
        match block {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
                inlines(content, &here, out)
            }
            Block::List { items, .. } => {
                for item in items {
                    blocks(item, &here, out);
                }
            }
            Block::Table { header, rows, .. } => {
                for cell in header.iter().chain(rows.iter().flatten()) {
                    inlines(cell, &here, out);
                }
            }
            Block::Step { content, .. } => blocks(content, &here, out),
            Block::Callout { title, content, .. } | Block::Objection { title, content, .. } => {
                inlines(title, &here, out);
                blocks(content, &here, out);
            }
            Block::Address { lines, .. } => {
                for line in lines {
                    out.push((here.clone(), line));
                }
            }
            Block::Checklist { items, .. } => {
                for item in items {
                    checklist_item(item, &here, out);
                }
            }
        }
    }
}

fn checklist_item<'a>(item: &'a ChecklistItem, here: &str, out: &mut Vec<(String, &'a str)>) {
    inlines(&item.document, here, out);
    out.push((here.to_string(), &item.who));
    if let Some(period) = &item.period {
        out.push((here.to_string(), period));
    }
    if let Some(deadline) = &item.deadline {
        out.push((here.to_string(), deadline));
    }
    inlines(&item.note, here, out);
}

fn inlines<'a>(inlines_: &'a [Inline], here: &str, out: &mut Vec<(String, &'a str)>) {
    for inline in inlines_ {
        match inline {
            Inline::Text { text } => out.push((here.to_string(), text)),
            Inline::Strong { content } | Inline::Link { content, .. } => {
                inlines(content, here, out)
            }
            Inline::LineBreak => {}
        }
    }
}

/// Characters that are never drawn as glyphs: line ends, tabs, joiners and other
/// format controls (the shaper handles them without a glyph of their own).
fn needs_glyph(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{200B}'
                ..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        ))
}

/// The characters of `letter` that `covered` rejects, in code point order, each with
/// where it first occurs.
pub fn uncovered(letter: &Letter, covered: impl Fn(char) -> bool) -> Vec<Uncovered> {
    let mut missing: BTreeMap<char, String> = BTreeMap::new();
    for (field, text) in texts(letter) {
        for c in text.chars() {
            // ASCII letters, digits and punctuation are in every text font we load;
            // skipping the lookup keeps the check cheap for Latin letters.
            if c.is_ascii_graphic() || c == ' ' || !needs_glyph(c) || missing.contains_key(&c) {
                continue;
            }
            if !covered(c) {
                missing.insert(c, field.clone());
            }
        }
    }
    missing
        .into_iter()
        .map(|(ch, field)| Uncovered { ch, field })
        .collect()
}

/// How to show a character no loaded font has, by script: the font and its Debian package.
pub fn font_hint(c: char) -> &'static str {
    match c as u32 {
        0x0900..=0x097F => "install Noto Sans Devanagari (Debian package fonts-noto-core)",
        0x0590..=0x05FF => "install Noto Sans Hebrew (Debian package fonts-noto-core)",
        0x0E00..=0x0E7F => "install Noto Sans Thai (Debian package fonts-noto-core)",
        0x1200..=0x139F => "install Noto Sans Ethiopic (Debian package fonts-noto-core)",
        0x0530..=0x058F => "install Noto Sans Armenian (Debian package fonts-noto-core)",
        0x10A0..=0x10FF => "install Noto Sans Georgian (Debian package fonts-noto-core)",
        0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => {
            "install Noto Sans CJK (Debian package fonts-noto-cjk)"
        }
        0x1F000..=0x1FAFF | 0x2600..=0x27BF => {
            "remove the emoji from the data, or install an emoji font (Debian package fonts-noto-color-emoji)"
        }
        _ => "install a Noto font for that script (Debian package fonts-noto-core)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_controls_need_no_glyph() {
        assert!(!needs_glyph('\n'));
        assert!(!needs_glyph('\u{200D}'));
        assert!(needs_glyph('\u{00A0}'));
        assert!(needs_glyph('é'));
        assert!(needs_glyph('ب'));
    }

    #[test]
    fn hints_name_a_package() {
        assert!(font_hint('\u{0915}').contains("Devanagari"));
        assert!(font_hint('\u{1F600}').contains("emoji"));
        assert!(font_hint('\u{4E2D}').contains("fonts-noto-cjk"));
    }
}

//! Glyph coverage before compiling: typst silently draws tofu (an empty box) for a
//! character no loaded font has, so every character the resident will read is checked
//! against the fonts first and a letter that cannot be shown fails with a clear error.

use std::collections::BTreeMap;

use crate::letter::ir::{Block, ChecklistItem, Inline, Letter};

/// A character no loaded font covers, with the first place it occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncovered {
    pub ch: char,
    /// Where it first occurs, in the words of the person who must fix it: the data
    /// field (`recipient.name`), the template line (`templates/x/letter.md line 12`),
    /// or the part of the letter the house style or the messages make.
    pub field: String,
}

/// Every visible text of the letter, each with where it comes from as the people who
/// write it know it. Link targets, alt texts, ids and the logo are not drawn as text, so
/// they are not collected.
pub fn texts(letter: &Letter) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    let meta = &letter.meta;
    out.push((
        "the subject (the template's title message)".into(),
        &meta.title,
    ));
    out.push(("the letter date".into(), &meta.date_text));
    out.push(("letter.reference".into(), &meta.reference));
    let sender = &letter.sender;
    let letterhead = "the letterhead (house/house.toml or the municipality messages)";
    out.push((letterhead.into(), &sender.organisation));
    out.push((letterhead.into(), &sender.department));
    out.push((letterhead.into(), &sender.return_address));
    for line in &sender.contact {
        out.push((letterhead.into(), line));
    }
    for line in &letter.recipient {
        out.push(("the address block (recipient, address)".into(), line));
    }
    for detail in &letter.details {
        out.push(("the details beside the address".into(), &detail.label));
        out.push(("the details beside the address".into(), &detail.value));
    }
    if let Some(salutation) = &letter.salutation {
        out.push(("the salutation (recipient.name)".into(), salutation));
    }
    let template = format!("templates/{}/letter.md", meta.template);
    blocks(&letter.body, &template, &mut out);
    let signature = &letter.signature;
    let signed = "the signature (house/house.toml or the municipality messages)";
    out.push((signed.into(), &signature.closing));
    out.push((signed.into(), &signature.name));
    out.push((signed.into(), &signature.role));
    out
}

fn blocks<'a>(blocks_: &'a [Block], file: &str, out: &mut Vec<(String, &'a str)>) {
    for block in blocks_ {
        let here = match block.origin().line {
            0 => format!("{file} (text helder adds)"),
            line => format!("{file} line {line}"),
        };
        match block {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
                inlines(content, &here, out)
            }
            Block::List { items, .. } => {
                for item in items {
                    blocks(item, file, out);
                }
            }
            Block::Table { header, rows, .. } => {
                for cell in header.iter().chain(rows.iter().flatten()) {
                    inlines(cell, &here, out);
                }
            }
            Block::Step { content, .. } => blocks(content, file, out),
            Block::Callout { title, content, .. } | Block::Objection { title, content, .. } => {
                inlines(title, &here, out);
                blocks(content, file, out);
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

/// Characters that are never drawn as glyphs: line ends, tabs, joiners, bidi marks,
/// embeddings and isolates (Fluent and helder isolate values in right-to-left letters)
/// and other format controls: the shaper handles them without a glyph of their own.
fn needs_glyph(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{00AD}'
        ))
}

/// The characters of `letter` that `covered` rejects, in code point order, each with
/// where it first occurs: the data field it came from when the resident's data holds it,
/// else the place in the template, messages or house style.
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
                let place = letter.data_field_with(c).unwrap_or_else(|| field.clone());
                missing.insert(c, place);
            }
        }
    }
    missing
        .into_iter()
        .map(|(ch, field)| Uncovered { ch, field })
        .collect()
}

/// What to do about a character no loaded font has: the fix names its Unicode script
/// (from ICU4X's Unicode data, so no table of ranges here) or says it is an emoji.
pub fn font_hint(c: char) -> String {
    use icu::properties::props::{ExtendedPictographic, Script};
    use icu::properties::{CodePointMapData, CodePointSetData, PropertyNamesLong};

    if CodePointSetData::new::<ExtendedPictographic>().contains(c) {
        return "remove the emoji from the data, or install an emoji font".to_owned();
    }
    let script = CodePointMapData::<Script>::new().get(c);
    match script {
        Script::Common | Script::Inherited | Script::Unknown => {
            format!("install a font that has U+{:04X}", c as u32)
        }
        _ => {
            let name = PropertyNamesLong::<Script>::new()
                .get(script)
                .unwrap_or("its");
            format!("install a font for the {} script", name.replace('_', " "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_controls_need_no_glyph() {
        assert!(!needs_glyph('\n'));
        assert!(!needs_glyph('\u{200D}'));
        for isolate in [
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200F}', '\u{202B}',
        ] {
            assert!(!needs_glyph(isolate), "U+{:04X}", isolate as u32);
        }
        assert!(needs_glyph('\u{00A0}'));
        assert!(needs_glyph('é'));
        assert!(needs_glyph('ب'));
    }

    #[test]
    fn hints_name_the_script_from_unicode_data() {
        assert_eq!(
            font_hint('\u{0915}'),
            "install a font for the Devanagari script"
        );
        assert_eq!(font_hint('\u{4E2D}'), "install a font for the Han script");
        assert_eq!(
            font_hint('\u{10D0}'),
            "install a font for the Georgian script"
        );
        assert!(font_hint('\u{1F600}').contains("emoji"));
        assert_eq!(font_hint('\u{2B95}'), "install a font that has U+2B95");
    }
}

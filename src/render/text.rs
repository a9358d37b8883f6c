//! Plain text, for SMS/e-mail bodies and screen readers.
//!
//! The text carries no markup a screen reader would read out as noise: no asterisks for
//! bold, no box drawing, no underlines of `=`. Structure comes from blank lines,
//! capitals for headings, indentation for callouts, and the conventional markers `- `,
//! `1. `, `[alt]` before a step and `[ ]` before a checklist item. Lines are wrapped at
//! [`WIDTH`] columns between words only: a word longer than a line stays whole, and
//! no-break spaces (as in "€ 12,90") never break.

use crate::letter::Letter;
use crate::letter::ir::{Block, ChecklistItem, Inline, plain_text};
use crate::render::html::safe_href;

/// Line width in characters. Every script helder writes (Latin, Cyrillic, Arabic) is one
/// column per character, so characters are counted, not display widths.
pub const WIDTH: usize = 72;

/// Lines never get narrower than this, however deep the indentation.
const MIN_TEXT_WIDTH: usize = 24;

/// Indentation of a callout's lines and of a checklist item's details.
const INDENT: &str = "    ";

/// Writes `letter` as plain UTF-8 text wrapped at 72 columns.
pub fn render(letter: &Letter) -> String {
    let mut w = Writer {
        dotted_i: dotted_i(letter.meta.language.code()),
        ..Writer::default()
    };
    let sender = &letter.sender;
    for line in [&sender.organisation, &sender.department]
        .into_iter()
        .chain(&sender.contact)
    {
        if !line.is_empty() {
            w.address_line(line, "", "");
        }
    }
    w.blank();
    for line in &letter.recipient {
        w.address_line(line, "", "");
    }
    w.blank();
    for detail in &letter.details {
        w.wrap(&labelled(&detail.label, &detail.value), "", INDENT);
    }
    w.blank();
    let Some(b) = &letter.bilingual else {
        w.letter_text(
            &letter.meta.title,
            letter.salutation.as_deref(),
            &letter.body,
            &letter.signature,
        );
        return w.out;
    };
    // A bilingual letter: the note first, then each text under its label, both in the
    // two languages (the binding text's own label first).
    for note in distinct(&b.note.text, &b.note.binding) {
        w.wrap(note, INDENT, INDENT);
    }
    w.blank();
    for (label, title, salutation, body, signature) in [
        (
            distinct(&b.translation_label.text, &b.translation_label.binding),
            &letter.meta.title,
            letter.salutation.as_deref(),
            &letter.body,
            &letter.signature,
        ),
        (
            distinct(&b.binding_label.binding, &b.binding_label.text),
            &b.binding.title,
            b.binding.salutation.as_deref(),
            &b.binding.body,
            &b.binding.signature,
        ),
    ] {
        for line in label {
            w.wrap(&w.upper(line), "", "");
        }
        w.blank();
        w.letter_text(title, salutation, body, signature);
        // The second text is the binding one, in its own language's capitals.
        w.dotted_i = dotted_i(b.binding.language.code());
        w.blank();
    }
    w.out
}

/// `a`, and `b` when it says something else.
fn distinct<'a>(a: &'a str, b: &'a str) -> Vec<&'a str> {
    if a == b { vec![a] } else { vec![a, b] }
}

/// The text of inlines as a reader gets it: bold is just text, a link shows its target
/// when the link text does not already say it.
pub fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_inlines(inlines, &mut out);
    out
}

fn push_inlines(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { content } => push_inlines(content, out),
            Inline::Link { href, content } => {
                let label = plain_text(content);
                out.push_str(&label);
                if safe_href(href) && !mentions_target(&label, href) {
                    out.push_str(" (");
                    out.push_str(href);
                    out.push(')');
                }
            }
            Inline::LineBreak => out.push('\n'),
        }
    }
}

/// Whether a link's text already shows where it goes ("www.helderstad.nl" for
/// `https://www.helderstad.nl/`, "14 0123" for `tel:140123`).
fn mentions_target(label: &str, href: &str) -> bool {
    let simplify = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')'))
            .collect::<String>()
            .to_lowercase()
    };
    let lower = href.to_ascii_lowercase();
    let target = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
        .unwrap_or(&lower)
        .trim_end_matches('/');
    let target = simplify(target);
    !target.is_empty() && simplify(label).contains(&target)
}

/// "Label: value"; a label that ends in its own punctuation ("Vragen?") gets no colon.
fn labelled(label: &str, value: &str) -> String {
    let label = label.trim_end();
    if label.ends_with([':', '?', '!', '.']) {
        format!("{label} {value}")
    } else {
        format!("{label}: {value}")
    }
}

/// A space a line may break at. No-break spaces (U+00A0, U+202F, U+2007) and the word
/// joiner keep amounts and names together.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}')
}

#[derive(Default)]
struct Writer {
    out: String,
    /// A blank line is owed before the next line (collapses repeated requests).
    pending_blank: bool,
    /// Headings are in capitals, and Turkish and Azerbaijani write the capital of `i`
    /// as `İ` (`ı` → `I` is Unicode's default).
    dotted_i: bool,
}

/// Whether a language's capital `i` is `İ`.
fn dotted_i(language: &str) -> bool {
    matches!(language, "tr" | "az")
}

impl Writer {
    /// `text` in capitals, as the letter's language writes them.
    fn upper(&self, text: &str) -> String {
        if self.dotted_i {
            text.replace('i', "İ").to_uppercase()
        } else {
            text.to_uppercase()
        }
    }

    /// The subject, salutation, body and signature of one language.
    fn letter_text(
        &mut self,
        title: &str,
        salutation: Option<&str>,
        body: &[Block],
        signature: &crate::letter::ir::Signature,
    ) {
        self.wrap(&self.upper(title), "", "");
        self.blank();
        if let Some(salutation) = salutation {
            self.wrap(salutation, "", "");
            self.blank();
        }
        self.blocks(body, "", "");
        self.blank();
        if !signature.closing.is_empty() {
            self.wrap(&signature.closing, "", "");
            self.blank();
        }
        for line in [&signature.name, &signature.role] {
            if !line.is_empty() {
                self.wrap(line, "", "");
            }
        }
    }

    fn blank(&mut self) {
        self.pending_blank = true;
    }

    fn line(&mut self, line: &str) {
        if self.pending_blank && !self.out.is_empty() {
            self.out.push('\n');
        }
        self.pending_blank = false;
        self.out.push_str(line.trim_end_matches(breaks));
        self.out.push('\n');
    }

    /// Wraps `text` (hard breaks at `\n`): the first line starts with `first`, the
    /// following ones with `rest`.
    fn wrap(&mut self, text: &str, first: &str, rest: &str) {
        let mut prefix = first;
        for hard_line in text.split('\n') {
            let limit = WIDTH
                .saturating_sub(prefix.chars().count())
                .max(MIN_TEXT_WIDTH);
            let mut line = String::from(prefix);
            let mut used = 0;
            for word in hard_line.split(breaks).filter(|w| !w.is_empty()) {
                let len = word.chars().count();
                if used > 0 && used + 1 + len > limit {
                    self.line(&line);
                    prefix = rest;
                    line = String::from(prefix);
                    used = 0;
                }
                if used > 0 {
                    line.push(' ');
                    used += 1;
                }
                line.push_str(word);
                used += len;
            }
            self.line(&line);
            prefix = rest;
        }
    }

    /// An address line keeps its spacing ("1234 AB  Helderstad": two spaces before the
    /// town, as PostNL asks) unless it is too long for one line.
    fn address_line(&mut self, line: &str, first: &str, rest: &str) {
        if !line.contains('\n') && first.chars().count() + line.chars().count() <= WIDTH {
            self.line(&format!("{first}{line}"));
        } else {
            self.wrap(line, first, rest);
        }
    }

    /// Writes blocks separated by blank lines; the very first line starts with `first`,
    /// all others with `rest`.
    fn blocks(&mut self, blocks: &[Block], first: &str, rest: &str) {
        let mut prefix = first;
        for block in blocks {
            self.blank();
            self.block(block, prefix, rest);
            prefix = rest;
        }
    }

    fn block(&mut self, block: &Block, first: &str, rest: &str) {
        match block {
            Block::Heading { content, .. } => {
                self.wrap(&self.upper(&plain_text(content)), first, rest);
                self.blank();
            }
            Block::Paragraph { content, .. } => self.wrap(&inline_text(content), first, rest),
            Block::List { ordered, items, .. } => {
                // Lists of one-line items stay tight; items with several blocks get air.
                let loose = items.iter().any(|item| item.len() > 1);
                let mut prefix = first;
                for (n, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}. ", n + 1)
                    } else {
                        "- ".to_string()
                    };
                    let item_first = format!("{prefix}{marker}");
                    let item_rest = format!("{rest}{}", " ".repeat(marker.chars().count()));
                    if loose {
                        self.blank();
                    }
                    self.item(item, &item_first, &item_rest);
                    prefix = rest;
                }
            }
            Block::Table { header, rows, .. } => {
                let labels: Vec<String> = header.iter().map(|cell| inline_text(cell)).collect();
                let has_header = labels.iter().any(|l| !l.trim().is_empty());
                let mut prefix = first;
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|cell| inline_text(cell)).collect();
                    if has_header {
                        // One "Label: value" line per cell reads well aloud and in SMS.
                        self.blank();
                        for (i, cell) in cells.iter().enumerate() {
                            let line = match labels.get(i).filter(|l| !l.trim().is_empty()) {
                                Some(label) => labelled(label, cell),
                                None => cell.clone(),
                            };
                            self.wrap(&line, prefix, &format!("{rest}{INDENT}"));
                            prefix = rest;
                        }
                    } else {
                        self.wrap(&cells.join("; "), prefix, &format!("{rest}{INDENT}"));
                        prefix = rest;
                    }
                }
            }
            Block::Step { alt, content, .. } => {
                let marker = if alt.is_empty() {
                    String::new()
                } else {
                    format!("[{alt}] ")
                };
                self.item(
                    content,
                    &format!("{first}{marker}"),
                    &format!("{rest}{INDENT}"),
                );
            }
            Block::Callout { title, content, .. } => {
                let inner = format!("{rest}{INDENT}");
                let mut prefix = format!("{first}{INDENT}");
                if !title.is_empty() {
                    self.wrap(&self.upper(&plain_text(title)), &prefix, &inner);
                    prefix.clone_from(&inner);
                }
                self.item(content, &prefix, &inner);
            }
            Block::Objection { title, content, .. } => {
                let mut prefix = first;
                if !title.is_empty() {
                    self.wrap(&self.upper(&plain_text(title)), prefix, rest);
                    self.blank();
                    prefix = rest;
                }
                self.item(content, prefix, rest);
            }
            Block::Address { lines, .. } => {
                let mut prefix = first;
                for line in lines {
                    self.address_line(line, prefix, rest);
                    prefix = rest;
                }
            }
            // A document to keep ready has nothing to tick: a pictogram line, as a step.
            Block::Checklist {
                items,
                keep: true,
                origin,
            } => {
                for item in items {
                    self.blank();
                    self.block(&item.kept(*origin), first, rest);
                }
            }
            Block::Checklist { items, .. } => {
                let mut prefix = first;
                for item in items {
                    self.blank();
                    self.checklist_item(item, prefix, rest);
                    prefix = rest;
                }
            }
        }
    }

    /// The blocks of a list item, step or callout: the first directly after the marker.
    fn item(&mut self, blocks: &[Block], first: &str, rest: &str) {
        let mut prefix = first;
        for (i, block) in blocks.iter().enumerate() {
            if i > 0 {
                self.blank();
            }
            self.block(block, prefix, rest);
            prefix = rest;
        }
        if blocks.is_empty() && !first.trim().is_empty() {
            self.line(first);
        }
    }

    fn checklist_item(&mut self, item: &ChecklistItem, first: &str, rest: &str) {
        let detail_prefix = format!("{rest}{INDENT}");
        self.wrap(
            &inline_text(&item.document),
            &format!("{first}[ ] "),
            &detail_prefix,
        );
        let details = [
            Some(&item.who),
            item.period.as_ref(),
            item.deadline.as_ref(),
        ];
        for value in details.into_iter().flatten().filter(|v| !v.is_empty()) {
            self.wrap(value, &detail_prefix, &detail_prefix);
        }
        if !item.note.is_empty() {
            self.wrap(&inline_text(&item.note), &detail_prefix, &detail_prefix);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::ir::{Origin, Signature};
    use crate::render::html::fixture::{every_position, p, sample_letter};
    use proptest::prelude::*;

    fn collapse(s: &str) -> String {
        s.split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn sample_letter_text() {
        insta::assert_snapshot!(render(&sample_letter()));
    }

    #[test]
    fn turkish_capitals_keep_the_dot_on_the_i() {
        let mut letter = sample_letter();
        letter.meta.title = "Hangi mektup geçerli? Işık".into();
        assert!(render(&letter).contains("HANGI MEKTUP GEÇERLI? IŞIK"));
        letter.meta.language = crate::i18n::Language::from_code("tr").unwrap();
        assert!(render(&letter).contains("HANGİ MEKTUP GEÇERLİ? IŞIK"));
    }

    #[test]
    fn lines_fit_unless_one_word_is_longer() {
        let text = render(&sample_letter());
        for line in text.lines() {
            let width = line.chars().count();
            if width > WIDTH {
                let words = line.split(breaks).filter(|w| !w.is_empty()).count();
                assert!(
                    words <= 2,
                    "line of {width} columns with {words} words: {line:?}"
                );
            }
        }
        assert!(text.contains("https://www.helderstad.nl/werk-en-inkomen/bijzondere-bijstand/aanvragen-en-voorwaarden."));
    }

    #[test]
    fn addresses_keep_their_spacing_and_labels_their_punctuation() {
        let text = render(&sample_letter());
        assert!(text.contains("\n1234 AB  Helderstad\n"), "{text}");
        assert!(text.contains("\nVragen? Bel 14 0123\n"), "{text}");
        assert!(text.contains("\nDatum: 1 december 2026\n"), "{text}");
    }

    #[test]
    fn no_break_space_keeps_amounts_together() {
        let mut letter = sample_letter();
        let filler = "woord ".repeat(11);
        letter.body = vec![p(&format!("{filler}bedrag €\u{a0}450,00 klaar"))];
        let text = render(&letter);
        assert!(text.contains("€\u{a0}450,00"), "{text}");
    }

    #[test]
    fn links_show_their_target_unless_the_text_does() {
        let text = render(&sample_letter());
        assert!(text.contains("Meer uitleg staat op www.helderstad.nl/bijstand."));
        assert!(text.contains("Klantcontactcentrum (tel:+31140123)"));
        assert!(text.contains("Niet klikbaar") && !text.contains("javascript"));
        assert!(text.contains("bezwaar@helderstad.nl.") && !text.contains("mailto"));
    }

    #[test]
    fn no_markup_characters() {
        let text = render(&sample_letter());
        for c in ['*', '_', '#', '<', '>', '=', '|', '─', '│'] {
            assert!(!text.contains(c), "{c:?} in text output");
        }
        assert!(!text.lines().any(|l| l.ends_with(' ')), "trailing spaces");
    }

    #[test]
    fn empty_parts_leave_no_gaps() {
        let mut letter = sample_letter();
        letter.salutation = None;
        letter.details.clear();
        letter.body = vec![Block::Step {
            icon: "money".into(),
            alt: String::new(),
            content: vec![],
            origin: Origin::default(),
        }];
        letter.signature = Signature {
            closing: String::new(),
            name: "J. Jansen".into(),
            role: String::new(),
        };
        let text = render(&letter);
        assert!(!text.contains("\n\n\n"), "{text}");
        assert!(text.ends_with("J. Jansen\n"));
    }

    fn words() -> impl Strategy<Value = String> {
        prop::collection::vec("[a-z]{1,90}", 0..40).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn text_contains_every_string_literally(value in "\\PC*") {
            let (letter, placed) = every_position(&value);
            let text = collapse(&render(&letter));
            for (s, caps) in &placed {
                // The return address belongs on the envelope; a checklist item's
                // document already says what its pictogram shows.
                if s.starts_with("⟦return:") || s.starts_with("⟦checkalt:") {
                    continue;
                }
                let expected = if *caps { s.to_uppercase() } else { s.clone() };
                prop_assert!(text.contains(&collapse(&expected)), "{:?} missing", expected);
            }
        }

        #[test]
        fn wrapping_never_splits_words(a in words(), b in words(), c in words()) {
            let o = Origin::default();
            let mut letter = sample_letter();
            letter.body = vec![
                p(&a),
                Block::Step { icon: "money".into(), alt: "pic".into(), content: vec![p(&b)], origin: o },
                Block::List { ordered: true, items: vec![vec![p(&c)], vec![p(&a)]], origin: o },
                Block::Callout { kind: crate::letter::ir::CalloutKind::Info, title: vec![], content: vec![p(&b)], origin: o },
            ];
            let text = render(&letter);
            let collapsed = collapse(&text);
            for s in [&a, &b, &c] {
                prop_assert!(collapsed.contains(&collapse(s)));
            }
            for line in text.lines() {
                if line.chars().count() > WIDTH {
                    let body_words = line.split(' ').filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())).count();
                    prop_assert_eq!(body_words, 1, "over-long line with several words: {:?}", line);
                }
            }
        }
    }
}

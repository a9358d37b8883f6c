//! The layout check after typesetting, as Notify checks "content outside the printable
//! area": the house style measures what must stay inside a region (the address inside
//! the envelope window) and leaves a `<helder-overflow>` metadata where it does not;
//! here every one becomes an error naming the field the text came from. Then every line
//! of text on every page must lie inside the page's margins, and the letter inside the
//! house's page budget.

use ::typst::foundations::{Label, Selector};
use ::typst::introspection::{Introspector, MetadataElem};
use ::typst::layout::{Frame, FrameItem, Point, Transform};
use ::typst::utils::PicoStr;
use typst_layout::PagedDocument;

use super::TypstError;
use crate::letter::Letter;

/// How far (in points) text may reach past the margin before it counts: rounding, and
/// the side bearing of a final glyph.
const TOLERANCE: f64 = 1.0;

/// Every problem of the typeset `document` at once, or `Ok`.
pub fn layout(letter: &Letter, document: &PagedDocument) -> Result<(), TypstError> {
    let mut problems = Vec::new();
    let label = Label::new(PicoStr::intern("helder-overflow")).expect("a label name");
    for content in document.introspector().query(&Selector::Label(label)) {
        let Some(meta) = content.to_packed::<MetadataElem>() else {
            continue;
        };
        let value = serde_json::to_value(&meta.value).unwrap_or_default();
        if value["region"] == "window" {
            problems.push(format!(
                "the address ({}) needs {:.0} mm and does not fit the {} mm high envelope \
                 window (house.toml [look] window): shorten it",
                address_fields(letter),
                value["needed"].as_f64().unwrap_or_default(),
                value["allowed"].as_f64().unwrap_or_default(),
            ));
        }
    }
    // Text beyond the left or right margin (a word too long for the line).
    let margin = 20.0 * 72.0 / 25.4 - TOLERANCE;
    for (n, page) in document.pages().iter().enumerate() {
        let width = page.frame.width().to_pt();
        let mut runs = Vec::new();
        texts(&page.frame, Transform::identity(), &mut runs);
        for (x0, x1, text) in runs {
            if x0 < margin || x1 > width - margin {
                let field = field_of(letter, &text);
                problems.push(format!(
                    "page {}: text runs outside the page margins ({field}), from {:.0} to {:.0} mm \
                     of the {:.0} mm page: {:?}",
                    n + 1,
                    x0 * 25.4 / 72.0,
                    x1 * 25.4 / 72.0,
                    width * 25.4 / 72.0,
                    shorten(&text)
                ));
            }
        }
    }
    let budget = letter.layout.look.max_pages;
    let pages = document.pages().len();
    if budget > 0 && pages > budget {
        problems.push(format!(
            "the letter has {pages} pages, over the page budget of {budget} (house.toml [look] \
             max_pages): shorten the lists in the data or raise the budget"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        problems.dedup();
        Err(TypstError::Layout(format!(
            "letter {}: {}",
            letter.meta.id,
            problems.join("; ")
        )))
    }
}

/// Every text run of `frame` as (left, right, text) in page coordinates (points).
fn texts(frame: &Frame, ts: Transform, out: &mut Vec<(f64, f64, String)>) {
    for (pos, item) in frame.items() {
        let at = ts.pre_concat(Transform::translate(pos.x, pos.y));
        match item {
            FrameItem::Group(group) => texts(&group.frame, at.pre_concat(group.transform), out),
            FrameItem::Text(text) => {
                let a = Point::zero().transform(at);
                let b = Point::with_x(text.width()).transform(at);
                let (x0, x1) = (a.x.to_pt().min(b.x.to_pt()), a.x.to_pt().max(b.x.to_pt()));
                out.push((x0, x1, text.text.to_string()));
            }
            _ => {}
        }
    }
}

/// The data fields of the address block, as the user gave them.
fn address_fields(letter: &Letter) -> String {
    let mut fields = Vec::new();
    for line in &letter.recipient {
        let f = field_of(letter, line);
        if !fields.contains(&f) {
            fields.push(f);
        }
    }
    fields.join(", ")
}

/// The data field whose text holds `text` (or a good part of it): `recipient.name`,
/// `address.street`; else "the template's text".
fn field_of(letter: &Letter, text: &str) -> String {
    let probe: String = text
        .trim()
        .chars()
        .filter(|c| *c != '\u{200B}')
        .take(24)
        .collect();
    fn find(value: &serde_json::Value, probe: &str, path: String) -> Option<String> {
        match value {
            serde_json::Value::String(s) if !probe.is_empty() && s.contains(probe) => Some(path),
            serde_json::Value::Array(items) => items
                .iter()
                .enumerate()
                .find_map(|(i, v)| find(v, probe, format!("{path}[{i}]"))),
            serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                find(v, probe, p)
            }),
            _ => None,
        }
    }
    find(&letter.data, &probe, String::new())
        .unwrap_or_else(|| "the template's or the house's text".into())
}

fn shorten(text: &str) -> String {
    let mut s: String = text.chars().filter(|c| *c != '\u{200B}').take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

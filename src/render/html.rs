//! The HTML writer: one self-contained, accessible file per letter.
//!
//! Everything that comes from the IR is text: every text node and attribute value goes
//! through [`escape`], link targets are checked again (the IR promises `https:`, `mailto:`
//! and `tel:` only; the writer does not rely on that). The only markup not produced here
//! is the pictograms' SVG, from the trusted icons directory, and the letterhead logo,
//! which is checked with [`crate::icons::check_svg`] before it is inlined. The page
//! loads nothing: CSS is embedded, SVG inline, and a Content-Security-Policy forbids
//! fetching anything else.

use std::fmt::Write as _;

use crate::i18n::{Direction, Language};
use crate::icons::{self, Icons};
use crate::letter::Letter;
use crate::letter::ir::{Align, Block, CalloutKind, ChecklistItem, Inline, LetterKind};

/// Writes `letter` as a complete HTML document: every text node escaped, `lang` and
/// `dir` set, pictograms inline as SVG with alt text, the house CSS (`css`) embedded,
/// print CSS for A4.
pub fn render(letter: &Letter, icons: &Icons, css: &str) -> String {
    let mut w = Writer { out: String::with_capacity(16 * 1024), icons, level: 1, sections: 0 };
    w.document(letter, css);
    w.out
}

/// Escapes text for an HTML text node or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are parse errors in HTML; the IR should hold none.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
}

/// Whether `href` may become a link: `https://host...`, `mailto:` or `tel:` with no
/// whitespace or control characters (which browsers strip, hiding a different scheme).
pub fn safe_href(href: &str) -> bool {
    if href.is_empty() || href.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let lower = href.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        return !rest.is_empty() && !rest.starts_with('/');
    }
    for scheme in ["mailto:", "tel:"] {
        if let Some(rest) = lower.strip_prefix(scheme) {
            return !rest.is_empty();
        }
    }
    false
}

/// The BCP 47 code, as the IR's JSON contract spells it ("nl", "ar").
fn language_code(language: Language) -> String {
    match serde_json::to_value(language) {
        Ok(serde_json::Value::String(code)) => code,
        _ => "nl".to_string(),
    }
}

struct Writer<'a> {
    out: String,
    icons: &'a Icons,
    /// Level of the enclosing heading (1 = the subject): nested headings go one deeper.
    level: u8,
    /// Counter for ids that tie a section to its heading; deterministic per letter.
    sections: u32,
}

impl Writer<'_> {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn text(&mut self, s: &str) {
        push_escaped(&mut self.out, s);
    }

    fn document(&mut self, letter: &Letter, css: &str) {
        let lang = language_code(letter.meta.language);
        let dir = match letter.meta.direction {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        };
        self.raw("<!DOCTYPE html>\n<html lang=\"");
        self.text(&lang);
        self.raw("\" dir=\"");
        self.raw(dir);
        self.raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
        self.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        self.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        );
        self.raw("<meta name=\"generator\" content=\"helder\">\n<title>");
        self.text(&letter.meta.title);
        self.raw("</title>\n<style>\n");
        // A style sheet cannot close its own element; anything else in it is trusted
        // house style.
        self.raw(&css.replace("</", "<\\/"));
        if !css.ends_with('\n') {
            self.raw("\n");
        }
        self.raw("</style>\n</head>\n<body class=\"kind-");
        self.raw(match letter.meta.kind {
            LetterKind::Decision => "decision",
            LetterKind::Request => "request",
            LetterKind::Information => "information",
            LetterKind::Checklist => "checklist",
        });
        self.raw("\">\n");

        self.letterhead(letter);
        self.raw("<main class=\"letter\">\n");
        self.addressing(letter);
        self.raw("<h1 class=\"subject\">");
        self.text(&letter.meta.title);
        self.raw("</h1>\n");
        if let Some(salutation) = &letter.salutation {
            self.raw("<p class=\"salutation\">");
            self.text(salutation);
            self.raw("</p>\n");
        }
        self.blocks(&letter.body);
        self.signature(letter);
        self.raw("</main>\n</body>\n</html>\n");
    }

    fn letterhead(&mut self, letter: &Letter) {
        let sender = &letter.sender;
        self.raw("<header class=\"letterhead\">\n");
        if let Some(logo) = &sender.logo_svg
            && let Some(markup) = checked_logo(logo)
        {
            // The organisation's name follows as text, so the logo is decoration.
            self.raw("<div class=\"logo\">");
            self.inline_svg(markup);
            self.raw("</div>\n");
        }
        self.raw("<div class=\"sender\">\n<p class=\"organisation\">");
        self.text(&sender.organisation);
        self.raw("</p>\n");
        if !sender.department.is_empty() {
            self.raw("<p class=\"department\">");
            self.text(&sender.department);
            self.raw("</p>\n");
        }
        self.raw("</div>\n");
        if !sender.contact.is_empty() {
            self.raw("<ul class=\"contact\">\n");
            for line in &sender.contact {
                self.raw("<li>");
                self.text(line);
                self.raw("</li>\n");
            }
            self.raw("</ul>\n");
        }
        self.raw("</header>\n");
    }

    fn addressing(&mut self, letter: &Letter) {
        self.raw("<div class=\"addressing\">\n<div class=\"window\">\n");
        if !letter.sender.return_address.is_empty() {
            self.raw("<p class=\"return-address\">");
            self.text(&letter.sender.return_address);
            self.raw("</p>\n");
        }
        self.address("recipient", &letter.recipient);
        self.raw("</div>\n");
        if !letter.details.is_empty() {
            self.raw("<dl class=\"details\">\n");
            for detail in &letter.details {
                self.raw("<div><dt>");
                self.text(&detail.label);
                self.raw("</dt><dd>");
                self.text(&detail.value);
                self.raw("</dd></div>\n");
            }
            self.raw("</dl>\n");
        }
        self.raw("</div>\n");
    }

    fn address(&mut self, class: &str, lines: &[String]) {
        self.raw("<address class=\"");
        self.raw(class);
        self.raw("\">");
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.raw("<br>\n");
            }
            self.text(line);
        }
        self.raw("</address>\n");
    }

    fn signature(&mut self, letter: &Letter) {
        let s = &letter.signature;
        self.raw("<footer class=\"signature\">\n");
        for (class, value) in [("closing", &s.closing), ("name", &s.name), ("role", &s.role)] {
            if !value.is_empty() {
                self.raw("<p class=\"");
                self.raw(class);
                self.raw("\">");
                self.text(value);
                self.raw("</p>\n");
            }
        }
        self.raw("</footer>\n");
    }

    fn blocks(&mut self, blocks: &[Block]) {
        let outer = self.level;
        for block in blocks {
            self.block(block);
        }
        self.level = outer;
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, content, .. } => {
                // The subject is <h1>; template headings 1..3 become <h2>..<h4>.
                let h = level.clamp(&1, &3) + 1;
                self.level = h;
                let _ = write!(self.out, "<h{h}>");
                self.inlines(content);
                let _ = writeln!(self.out, "</h{h}>");
            }
            Block::Paragraph { content, .. } => {
                self.raw("<p>");
                self.inlines(content);
                self.raw("</p>\n");
            }
            Block::List { ordered, items, .. } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = writeln!(self.out, "<{tag}>");
                for item in items {
                    self.raw("<li>");
                    self.item_blocks(item);
                    self.raw("</li>\n");
                }
                let _ = writeln!(self.out, "</{tag}>");
            }
            Block::Table { header, align, rows, .. } => self.table(header, align, rows),
            Block::Step { icon, alt, content, .. } => {
                self.raw("<div class=\"step\">\n");
                self.pictogram(icon, alt);
                self.raw("<div class=\"step-text\">\n");
                self.blocks(content);
                self.raw("</div>\n</div>\n");
            }
            Block::Callout { kind, title, content, .. } => {
                let (class, icon) = match kind {
                    CalloutKind::Deadline => ("deadline", "deadline"),
                    CalloutKind::Warning => ("warning", "warning"),
                    CalloutKind::Info => ("info", "info"),
                };
                let _ = write!(self.out, "<aside class=\"callout callout-{class}\"");
                self.titled_section(icon, title, content);
                self.raw("</aside>\n");
            }
            Block::Objection { title, content, .. } => {
                self.raw("<section class=\"objection\"");
                self.titled_section("objection", title, content);
                self.raw("</section>\n");
            }
            Block::Address { lines, .. } => self.address("place", lines),
            Block::Checklist { items, .. } => {
                self.raw("<ul class=\"checklist\">\n");
                for item in items {
                    self.checklist_item(item);
                }
                self.raw("</ul>\n");
            }
        }
    }

    /// The rest of an `<aside>`/`<section>` start tag, then a heading one level below the
    /// current one (so the outline stays whole), a decorative pictogram and the content.
    fn titled_section(&mut self, icon: &str, title: &[Inline], content: &[Block]) {
        let outer = self.level;
        let h = (outer + 1).min(6);
        if title.is_empty() {
            self.raw(">\n");
        } else {
            self.sections += 1;
            let id = format!("section-{}", self.sections);
            let _ = writeln!(self.out, " aria-labelledby=\"{id}\">");
            let _ = write!(self.out, "<h{h} id=\"{id}\" class=\"section-title\">");
            self.inlines(title);
            let _ = writeln!(self.out, "</h{h}>");
        }
        self.decorative_icon(icon);
        self.raw("<div class=\"section-text\">\n");
        self.level = h;
        self.blocks(content);
        self.level = outer;
        self.raw("</div>\n");
    }

    /// List items that are one paragraph are written without the `<p>`, as tight lists.
    fn item_blocks(&mut self, item: &[Block]) {
        match item {
            [Block::Paragraph { content, .. }] => self.inlines(content),
            blocks => {
                self.raw("\n");
                self.blocks(blocks);
            }
        }
    }

    fn table(&mut self, header: &[Vec<Inline>], align: &[Align], rows: &[Vec<Vec<Inline>>]) {
        let class = |i: usize| match align.get(i) {
            Some(Align::Left) => " class=\"align-start\"",
            Some(Align::Center) => " class=\"align-center\"",
            Some(Align::Right) => " class=\"align-end\"",
            Some(Align::None) | None => "",
        };
        self.raw("<table>\n");
        if header.iter().any(|cell| !cell.is_empty()) {
            self.raw("<thead>\n<tr>");
            for (i, cell) in header.iter().enumerate() {
                let _ = write!(self.out, "<th scope=\"col\"{}>", class(i));
                self.inlines(cell);
                self.raw("</th>");
            }
            self.raw("</tr>\n</thead>\n");
        }
        self.raw("<tbody>\n");
        for row in rows {
            self.raw("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let _ = write!(self.out, "<td{}>", class(i));
                self.inlines(cell);
                self.raw("</td>");
            }
            self.raw("</tr>\n");
        }
        self.raw("</tbody>\n</table>\n");
    }

    fn checklist_item(&mut self, item: &ChecklistItem) {
        self.raw("<li class=\"checklist-item\">\n<span class=\"checkbox\" aria-hidden=\"true\"></span>\n");
        self.pictogram(&item.icon, &item.alt);
        self.raw("<div class=\"checklist-text\">\n<p class=\"document\">");
        self.inlines(&item.document);
        self.raw("</p>\n");
        let lines = [("who", Some(&item.who)), ("period", item.period.as_ref()), ("deadline", item.deadline.as_ref())];
        for (class, value) in lines {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                let _ = write!(self.out, "<p class=\"{class}\">");
                self.text(value);
                self.raw("</p>\n");
            }
        }
        if !item.note.is_empty() {
            self.raw("<p class=\"note\">");
            self.inlines(&item.note);
            self.raw("</p>\n");
        }
        self.raw("</div>\n</li>\n");
    }

    /// A pictogram that carries meaning: the wrapper is the image with the alt text, the
    /// SVG inside is hidden from assistive technology.
    fn pictogram(&mut self, icon: &str, alt: &str) {
        self.raw("<span class=\"pictogram\"");
        if alt.is_empty() {
            self.raw(" aria-hidden=\"true\">");
        } else {
            self.raw(" role=\"img\" aria-label=\"");
            self.text(alt);
            self.raw("\" title=\"");
            self.text(alt);
            self.raw("\">");
        }
        if let Some(icon) = self.icons.get(icon) {
            self.inline_svg(icon.svg_element());
        }
        self.raw("</span>\n");
    }

    /// A pictogram beside a heading that already says what it means.
    fn decorative_icon(&mut self, icon: &str) {
        if let Some(icon) = self.icons.get(icon) {
            self.raw("<span class=\"pictogram\" aria-hidden=\"true\">");
            self.inline_svg(icon.svg_element());
            self.raw("</span>\n");
        }
    }

    /// Inlines an `<svg>` element (checked at load), hidden from assistive technology.
    fn inline_svg(&mut self, element: &str) {
        if let Some(rest) = element.strip_prefix("<svg") {
            self.raw("<svg aria-hidden=\"true\" focusable=\"false\"");
            self.raw(rest);
        }
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text { text } => self.text(text),
                Inline::Strong { content } => {
                    self.raw("<strong>");
                    self.inlines(content);
                    self.raw("</strong>");
                }
                Inline::Link { href, content } if safe_href(href) => {
                    self.raw("<a href=\"");
                    self.text(href);
                    self.raw("\">");
                    self.inlines(content);
                    self.raw("</a>");
                }
                // A target the writer does not trust is shown as its text, not linked.
                Inline::Link { content, .. } => self.inlines(content),
                Inline::LineBreak => self.raw("<br>\n"),
            }
        }
    }
}

/// The logo's `<svg>` element if it passes the same checks as the pictograms.
fn checked_logo(svg: &str) -> Option<&str> {
    icons::check_svg(svg, None).ok()?;
    icons::svg_element(svg)
}

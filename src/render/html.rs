//! The HTML writer: one self-contained, accessible file per letter.
//!
//! Everything that comes from the IR is text: every text node and attribute value goes
//! through [`escape`], link targets are checked again (the IR promises `https:`, `mailto:`
//! and `tel:` only; the writer does not rely on that). The only markup not produced here
//! is the pictograms' SVG, from the trusted icons directory. The logo and the contact
//! person's photo are `<img>` data URIs of pictures the house checked on loading (an
//! `<img>` never runs script). The page loads nothing: CSS is embedded, SVG inline,
//! and a Content-Security-Policy forbids fetching anything else.

use std::fmt::Write as _;

use crate::i18n::Direction;
use crate::icons::Icons;
use crate::letter::Letter;
use crate::letter::ir::{
    Align, Bilingual, Block, BothLanguages, CalloutKind, ChecklistItem, Inline, LetterKind,
    Signature,
};

/// Writes `letter` as a complete HTML document: every text node escaped, `lang` and
/// `dir` set, pictograms inline as SVG with alt text, the house CSS (`css`) embedded,
/// print CSS for A4.
pub fn render(letter: &Letter, icons: &Icons, css: &str) -> String {
    let mut w = Writer {
        out: String::with_capacity(16 * 1024),
        icons,
        layout: &letter.layout,
        contact_photo: letter.contact_photo.as_ref(),
        level: 1,
        last_heading: 1,
        sections: 0,
        in_link: false,
        rtl: letter.meta.direction == Direction::Rtl,
    };
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

struct Writer<'a> {
    out: String,
    icons: &'a Icons,
    layout: &'a crate::house::Layout,
    /// Shown instead of the pictogram of the `::: step contact` step.
    contact_photo: Option<&'a crate::house::image::Picture>,
    /// Level of the enclosing heading (1 = the subject): nested headings go one deeper.
    level: u8,
    /// Level of the last heading written, in reading order: the next is at most one
    /// deeper, so the outline never skips a level (as in the PDF's tag tree).
    last_heading: u8,
    /// Counter for ids that tie a section to its heading; deterministic per letter.
    sections: u32,
    /// Inside a link: no links within it.
    in_link: bool,
    /// The text being written is right-to-left: numbers and references are isolated.
    rtl: bool,
}

/// The text of a letter in one language, as [`Writer::letter_text`] draws it.
struct Text<'a> {
    title: &'a str,
    salutation: Option<&'a str>,
    body: &'a [Block],
    signature: &'a Signature,
    layout: &'a crate::house::Layout,
}

fn dir_name(dir: Direction) -> &'static str {
    match dir {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// What must not break across lines or becomes a link: web addresses (`www.x.nl`,
/// `wetten.overheid.nl/...`), references (`BB-2026-04817`), and numbers with spaces or
/// hyphens in them (`14 020`, `020 123 45 67`, `+31 20 123 4567`).
fn token_pattern() -> &'static regex::Regex {
    static PATTERN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    PATTERN.get_or_init(|| {
        regex::Regex::new(
            r"(?x)
            \b(?:https://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|eu|com|org)(?:/[^\s<>]*[^\s<>.,;:!?)])?
            | \b[A-Z]{1,6}(?:-[A-Z0-9]+)*-[0-9][A-Z0-9-]*[A-Z0-9]
            | \+?[0-9]+(?:[\x20\u{a0}-][0-9]+)+
            ",
        )
        .expect("the token pattern is valid")
    })
}

/// A bracketed phrase with Latin letters and no Arabic ones: "(bijzondere bijstand)".
fn latin_brackets() -> &'static regex::Regex {
    static PATTERN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    PATTERN.get_or_init(|| {
        regex::Regex::new(r"\([^()\p{Arabic}]*\p{Latin}[^()\p{Arabic}]*\)")
            .expect("the bracket pattern is valid")
    })
}

/// A Dutch phone number: 14 + area code, 0800/0900, a ten-digit number, or +31.
fn is_phone(token: &str) -> bool {
    let digits: String = token.chars().filter(char::is_ascii_digit).collect();
    (token.starts_with("14") && (5..=6).contains(&digits.len()))
        || (token.starts_with('0') && digits.len() == 10)
        || (token.starts_with("0800") || token.starts_with("0900")) && digits.len() >= 8
        || (token.starts_with("+31") && digits.len() == 11)
}

impl Writer<'_> {
    /// The pictogram the house puts beside a box (`deadline`, `objection`, ...).
    fn box_icon(&self, kind: &str) -> String {
        self.layout
            .pictogram(kind)
            .map_or_else(|| kind.to_string(), |p| p.icon.clone())
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn text(&mut self, s: &str) {
        push_escaped(&mut self.out, s);
    }

    fn document(&mut self, letter: &Letter, css: &str) {
        let lang = letter.meta.language.code();
        let dir = dir_name(letter.meta.direction);
        self.raw("<!DOCTYPE html>\n<html lang=\"");
        self.text(lang);
        self.raw("\" dir=\"");
        self.raw(dir);
        self.raw("\" class=\"style-");
        self.raw(letter.layout.style.name());
        self.raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
        self.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        self.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n",
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
        // The house's look (house.toml [look], colours checked when it loaded).
        let look = &letter.layout.look;
        let _ = writeln!(
            self.out,
            ":root {{ --ink: {}; --navy: {}; --accent: {}; --link: {}; --box: {}; --size-b1: {}pt; --size-easy-read: {}pt; --photo: {}mm; }}",
            look.ink,
            look.heading,
            look.accent,
            look.link,
            look.box_fill,
            look.size_b1,
            look.size_easy_read.max(14.0),
            look.photo_size
        );
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
        let text = Text {
            title: &letter.meta.title,
            salutation: letter.salutation.as_deref(),
            body: &letter.body,
            signature: &letter.signature,
            layout: &letter.layout,
        };
        match &letter.bilingual {
            None => self.letter_text(&text),
            Some(bilingual) => self.bilingual(letter, bilingual, &text),
        }
        self.raw("</main>\n</body>\n</html>\n");
    }

    /// The subject, salutation, body, easy-read timeline and signature of one language.
    fn letter_text(&mut self, text: &Text) {
        self.raw("<h1 class=\"subject\">");
        self.body_text(text.title);
        self.raw("</h1>\n");
        if let Some(salutation) = text.salutation {
            self.raw("<p class=\"salutation\">");
            self.text(salutation);
            self.raw("</p>\n");
        }
        self.blocks(text.body);
        if text.layout.style == crate::house::Style::EasyRead {
            self.timeline(text.layout, text.body);
        }
        self.signature(text.signature);
    }

    /// A bilingual letter: the note on which text binds, in both languages; then the
    /// translation and the binding text, one after the other, each a section in its own
    /// language and direction under a label in both languages (screen readers switch
    /// voice at each `lang`; print starts the binding text on a new page).
    fn bilingual(&mut self, letter: &Letter, b: &Bilingual, text: &Text) {
        let own = (letter.meta.language.code(), letter.meta.direction);
        let binding = (b.binding.language.code(), b.binding.direction);
        self.raw("<aside class=\"callout callout-info bilingual-note\">\n");
        let icon = self.box_icon("info");
        self.decorative_icon(&icon);
        self.raw("<div class=\"section-text\">\n");
        self.in_language("p", own, &b.note.text);
        if b.note.binding != b.note.text {
            self.in_language("p", binding, &b.note.binding);
        }
        self.raw("</div>\n</aside>\n");

        self.part("translation", own, binding, &b.translation_label);
        self.letter_text(text);
        self.raw("</section>\n");

        let outer = self.rtl;
        self.rtl = b.binding.direction == Direction::Rtl;
        let label = BothLanguages {
            text: b.binding_label.binding.clone(),
            binding: b.binding_label.text.clone(),
        };
        self.part("binding", binding, own, &label);
        let p = &b.binding;
        self.letter_text(&Text {
            title: &p.title,
            salutation: p.salutation.as_deref(),
            body: &p.body,
            signature: &p.signature,
            layout: &p.layout,
        });
        self.raw("</section>\n");
        self.rtl = outer;
    }

    /// Opens the `<section>` of one language's text with its label: first in the
    /// section's language (`label.text`), then in the other (`label.binding`).
    fn part(
        &mut self,
        class: &str,
        (code, dir): (&str, Direction),
        other: (&str, Direction),
        label: &BothLanguages,
    ) {
        self.sections += 1;
        let id = format!("section-{}", self.sections);
        let _ = write!(self.out, "<section class=\"part part-{class}\"");
        self.raw(" lang=\"");
        self.text(code);
        self.raw("\" dir=\"");
        self.raw(dir_name(dir));
        self.raw("\"");
        let _ = writeln!(self.out, " aria-labelledby=\"{id}\">");
        let _ = write!(self.out, "<p class=\"part-label\" id=\"{id}\">");
        self.raw("<strong>");
        self.text(&label.text);
        self.raw("</strong>");
        if label.binding != label.text {
            // Inline (after a line break), so it lines up with the label in the
            // section's own direction.
            self.raw("<br><span class=\"part-label-other\" lang=\"");
            self.text(other.0);
            self.raw("\" dir=\"");
            self.raw(dir_name(other.1));
            self.raw("\">");
            self.text(&label.binding);
            self.raw("</span>");
        }
        self.raw("</p>\n");
    }

    /// An element holding `text` in its own language and direction.
    fn in_language(&mut self, tag: &str, (code, dir): (&str, Direction), text: &str) {
        let _ = write!(self.out, "<{tag} lang=\"");
        self.text(code);
        let _ = write!(self.out, "\" dir=\"{}\">", dir_name(dir));
        let outer = std::mem::replace(&mut self.rtl, dir == Direction::Rtl);
        self.body_text(text);
        self.rtl = outer;
        let _ = writeln!(self.out, "</{tag}>");
    }

    /// Easy read: "what happens next", the moments the letter names as a pictogram
    /// timeline: the letter itself, each deadline, the objection term.
    fn timeline(&mut self, layout: &crate::house::Layout, body: &[Block]) {
        let mut moments: Vec<(&str, Vec<Inline>)> =
            vec![("letter", vec![Inline::text(layout.timeline_letter.clone())])];
        for block in body {
            match block {
                Block::Callout {
                    kind: CalloutKind::Deadline,
                    title,
                    ..
                } if !title.is_empty() => moments.push(("deadline", title.clone())),
                Block::Objection { title, .. } if !title.is_empty() => {
                    moments.push(("objection", title.clone()))
                }
                _ => {}
            }
        }
        self.sections += 1;
        let id = format!("section-{}", self.sections);
        let _ = writeln!(
            self.out,
            "<section class=\"timeline\" aria-labelledby=\"{id}\">"
        );
        let _ = write!(self.out, "<h2 id=\"{id}\">");
        self.last_heading = 2;
        self.text(&layout.timeline_title);
        self.raw("</h2>\n<ol class=\"timeline-steps\">\n");
        for (kind, title) in moments {
            self.raw("<li class=\"timeline-step\">\n");
            if let Some(p) = layout.pictogram(kind) {
                let (icon, alt) = (p.icon.clone(), p.alt.clone());
                self.pictogram(&icon, &alt);
            }
            self.raw("<p>");
            self.inlines(&title);
            self.raw("</p>\n</li>\n");
        }
        self.raw("</ol>\n</section>\n");
    }

    fn letterhead(&mut self, letter: &Letter) {
        let sender = &letter.sender;
        self.raw("<header class=\"letterhead\">\n");
        if let Some(logo) = &sender.logo {
            // The organisation's name follows as text, so the logo is decoration. An
            // <img> never runs what an SVG holds; the house checked it on loading.
            self.raw("<div class=\"logo\"><img alt=\"\" src=\"");
            self.raw(&logo.data_uri());
            self.raw("\"></div>\n");
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
                self.body_text(line);
                self.raw("</li>\n");
            }
            self.raw("</ul>\n");
        }
        self.raw("</header>\n");
    }

    fn addressing(&mut self, letter: &Letter) {
        self.raw("<div class=\"addressing\">\n<div class=\"window\">\n");
        if !letter.sender.return_address.is_empty() {
            self.raw("<p class=\"return-address\"><bdi>");
            self.text(&letter.sender.return_address);
            self.raw("</bdi></p>\n");
        }
        self.address("recipient", &letter.recipient);
        self.raw("</div>\n");
        if !letter.details.is_empty() {
            self.raw("<dl class=\"details\">\n");
            for detail in &letter.details {
                self.raw("<div><dt>");
                self.text(&detail.label);
                self.raw("</dt><dd>");
                self.body_text(&detail.value);
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
        // No newline after <br>: the house style keeps address spacing (pre-wrap) for
        // "1234 AB  Helderstad". Each line is isolated with its own direction, so in an
        // Arabic letter a Dutch line that starts with digits keeps its order.
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.raw("<br>");
            }
            self.raw("<bdi>");
            self.text(line);
            self.raw("</bdi>");
        }
        self.raw("</address>\n");
    }

    fn signature(&mut self, s: &Signature) {
        self.raw("<footer class=\"signature\">\n");
        for (class, value) in [
            ("closing", &s.closing),
            ("name", &s.name),
            ("role", &s.role),
        ] {
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
                // The subject is <h1>; template headings 1..3 become <h2>..<h4>,
                // never more than one deeper than the heading before.
                let h = (level.clamp(&1, &3) + 1).min(self.last_heading + 1);
                self.level = h;
                self.last_heading = h;
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
            Block::Table {
                header,
                align,
                rows,
                ..
            } => self.table(header, align, rows),
            Block::Step {
                icon, alt, content, ..
            } => {
                // The contact step shows the contact person's face at the end of the
                // row, so its text starts where every other step's text starts.
                let photo = self.contact_photo.filter(|_| icon == "contact");
                self.raw(if photo.is_some() {
                    "<div class=\"step step-with-photo\">\n"
                } else {
                    "<div class=\"step\">\n"
                });
                self.pictogram(icon, alt);
                self.raw("<div class=\"step-text\">\n");
                self.blocks(content);
                self.raw("</div>\n");
                if let Some(photo) = photo {
                    // The text names the contact person: the face is decoration.
                    self.raw("<img class=\"contact-photo\" alt=\"\" src=\"");
                    self.raw(&photo.data_uri());
                    self.raw("\">\n");
                }
                self.raw("</div>\n");
            }
            Block::Callout {
                kind,
                title,
                content,
                ..
            } => {
                let class = match kind {
                    CalloutKind::Deadline => "deadline",
                    CalloutKind::Warning => "warning",
                    CalloutKind::Info => "info",
                };
                let icon = self.box_icon(class);
                let _ = write!(self.out, "<aside class=\"callout callout-{class}\"");
                self.titled_section(&icon, title, content, None);
                self.raw("</aside>\n");
            }
            Block::Objection { title, content, .. } => {
                // The objection clause is a part of the letter of its own, not a
                // subsection of whatever heading came before it.
                self.raw("<section class=\"objection\"");
                let icon = self.box_icon("objection");
                self.titled_section(&icon, title, content, Some(2));
                self.raw("</section>\n");
            }
            Block::Address { lines, .. } => self.address("place", lines),
            // A document to keep ready has nothing to tick: a pictogram line, as a step.
            Block::Checklist {
                items,
                keep: true,
                origin,
            } => {
                for item in items {
                    self.block(&item.kept(*origin));
                }
            }
            Block::Checklist { items, .. } => {
                self.raw("<ul class=\"checklist\">\n");
                for item in items {
                    self.checklist_item(item);
                }
                self.raw("</ul>\n");
            }
        }
    }

    /// The rest of an `<aside>`/`<section>` start tag, then a heading at `level` or one
    /// below the current one (so the outline stays whole), a decorative pictogram and
    /// the content.
    fn titled_section(
        &mut self,
        icon: &str,
        title: &[Inline],
        content: &[Block],
        level: Option<u8>,
    ) {
        let outer = self.level;
        let h = level.unwrap_or(outer + 1).min(self.last_heading + 1).min(6);
        if title.is_empty() {
            self.raw(">\n");
        } else {
            self.last_heading = h;
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
        let lines = [
            ("who", Some(&item.who)),
            ("period", item.period.as_ref()),
            ("deadline", item.deadline.as_ref()),
        ];
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

    /// Text of the letter's body: phone numbers become `tel:` links, bare web addresses
    /// `https:` links (unless already inside a link), and numbers, phone numbers and
    /// references never break across lines ("14 020", "BB-2026-04817").
    fn body_text(&mut self, text: &str) {
        if !self.rtl {
            self.tokens(text);
            return;
        }
        // In right-to-left text a Latin phrase in brackets ("(bijzondere bijstand)") is
        // one left-to-right island: wrapped over two lines, its brackets would otherwise
        // land on the wrong ends.
        let mut last = 0;
        for m in latin_brackets().find_iter(text) {
            self.tokens(&text[last..m.start()]);
            self.raw("<span dir=\"ltr\">");
            self.rtl = false;
            self.tokens(m.as_str());
            self.rtl = true;
            self.raw("</span>");
            last = m.end();
        }
        self.tokens(&text[last..]);
    }

    /// [`Writer::body_text`] without the bracket islands.
    fn tokens(&mut self, text: &str) {
        let mut last = 0;
        for m in token_pattern().find_iter(text) {
            self.text(&text[last..m.start()]);
            let token = m.as_str();
            let href = if self.in_link {
                None
            } else if token.contains('.') && token.chars().any(|c| c.is_ascii_alphabetic()) {
                let site = token.trim_end_matches('.');
                Some(match site.strip_prefix("https://") {
                    Some(_) => site.to_string(),
                    None => format!("https://{site}"),
                })
            } else if is_phone(token) {
                let digits: String = token
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                Some(format!("tel:{digits}"))
            } else {
                None
            };
            // In right-to-left text a number group, phone number or reference is its own
            // left-to-right island: "14 020" would otherwise show as "020 14".
            let ltr = if self.rtl { " dir=\"ltr\"" } else { "" };
            match href.filter(|h| safe_href(h)) {
                Some(href) => {
                    self.raw("<a class=\"nowrap\"");
                    self.raw(ltr);
                    self.raw(" href=\"");
                    self.text(&href);
                    self.raw("\">");
                    self.text(token);
                    self.raw("</a>");
                }
                None if token.contains([' ', '-', '\u{a0}']) => {
                    self.raw("<span class=\"nowrap\"");
                    self.raw(ltr);
                    self.raw(">");
                    self.text(token);
                    self.raw("</span>");
                }
                None => self.text(token),
            }
            last = m.end();
        }
        self.text(&text[last..]);
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text { text } => self.body_text(text),
                Inline::Strong { content } => {
                    self.raw("<strong>");
                    self.inlines(content);
                    self.raw("</strong>");
                }
                Inline::Link { href, content } if safe_href(href) => {
                    self.raw("<a href=\"");
                    self.text(href);
                    self.raw("\">");
                    let outer = std::mem::replace(&mut self.in_link, true);
                    self.inlines(content);
                    self.in_link = outer;
                    self.raw("</a>");
                }
                // A target the writer does not trust is shown as its text, not linked.
                Inline::Link { content, .. } => self.inlines(content),
                Inline::LineBreak => self.raw("<br>\n"),
            }
        }
    }
}

/// A hand-built letter with every block type, shared by the HTML and text tests.
#[cfg(test)]
pub(crate) mod fixture {
    use crate::i18n::{Direction, Language};
    use crate::letter::Letter;
    use crate::letter::ir::*;

    pub fn text(s: &str) -> Inline {
        Inline::text(s)
    }

    pub fn para(content: Vec<Inline>) -> Block {
        Block::Paragraph {
            content,
            origin: Origin::default(),
        }
    }

    pub fn p(s: &str) -> Block {
        para(vec![text(s)])
    }

    pub fn icons() -> crate::icons::Icons {
        crate::icons::Icons::load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("icons"),
        )
        .unwrap()
    }

    pub fn sample_letter() -> Letter {
        let o = Origin::default();
        Letter {
            meta: Meta {
                id: "2026-000123".into(),
                template: "bijzondere-bijstand-toekenning".into(),
                kind: LetterKind::Decision,
                language: Language::test("nl"),
                direction: Direction::Ltr,
                fonts: vec!["Noto Sans".into(), "Noto Sans Arabic".into()],
                line_spacing: 0.75,
                title: "Besluit over uw aanvraag bijzondere bijstand".into(),
                date: time::macros::date!(2026 - 12 - 01),
                date_text: "1 december 2026".into(),
                reference: "BB-2026-0456".into(),
            },
            sender: Sender {
                organisation: "Gemeente Helderstad".into(),
                department: "Werk en Inkomen".into(),
                return_address: "Postbus 100, 1000 AA Helderstad".into(),
                contact: vec![
                    "Stadhuisplein 1, Helderstad".into(),
                    "Telefoon 14 0123".into(),
                    "www.helderstad.nl".into(),
                ],
                logo: Some(
                    crate::house::image::load(
                        b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\" viewBox=\"0 0 40 40\"><rect width=\"40\" height=\"40\" fill=\"#1b2a4a\"/></svg>\n",
                        "/house/logo",
                        crate::house::image::PrintSize { width_mm: 70.0, height_mm: 14.0 },
                    )
                    .unwrap(),
                ),
            },
            recipient: vec!["Mevrouw A. de Vries".into(), "Lindelaan 12".into(), "1234 AB  Helderstad".into()],
            details: vec![
                Detail { label: "Datum".into(), value: "1 december 2026".into() },
                Detail { label: "Ons kenmerk".into(), value: "BB-2026-0456".into() },
                Detail { label: "Vragen?".into(), value: "Bel 14 0123".into() },
            ],
            salutation: Some("Beste mevrouw De Vries,".into()),
            body: vec![
                Block::Heading { level: 1, content: vec![text("Ons besluit")], origin: o },
                para(vec![
                    text("U krijgt "),
                    Inline::Strong { content: vec![text("€\u{a0}450,00")] },
                    text(" voor een nieuwe wasmachine."),
                ]),
                Block::Step {
                    icon: "money".into(),
                    alt: "Geld".into(),
                    content: vec![p("Wij betalen het geld op 15 december 2026 op uw rekening. U hoeft daarvoor niets te doen.")],
                    origin: o,
                },
                Block::Step {
                    icon: "calendar".into(),
                    alt: "Kalender".into(),
                    content: vec![p("Het geld is voor één keer."), p("U krijgt het niet elke maand.")],
                    origin: o,
                },
                Block::Heading { level: 2, content: vec![text("Waarom krijgt u dit geld?")], origin: o },
                Block::List {
                    ordered: false,
                    items: vec![vec![p("Uw wasmachine is kapot.")], vec![p("U hebt weinig geld.")]],
                    origin: o,
                },
                Block::List {
                    ordered: true,
                    items: vec![
                        vec![p("Lees deze brief.")],
                        vec![
                            p("Bewaar de bon."),
                            Block::List {
                                ordered: false,
                                items: vec![vec![p("Van de winkel")], vec![p("Met de datum erop")]],
                                origin: o,
                            },
                        ],
                    ],
                    origin: o,
                },
                Block::Table {
                    header: vec![vec![text("Wat")], vec![text("Bedrag")]],
                    align: vec![Align::Left, Align::Right],
                    rows: vec![
                        vec![vec![text("Wasmachine")], vec![text("€\u{a0}450,00")]],
                        vec![vec![text("Totaal")], vec![Inline::Strong { content: vec![text("€\u{a0}450,00")] }]],
                    ],
                    origin: o,
                },
                Block::Callout {
                    kind: CalloutKind::Deadline,
                    title: vec![text("Uiterlijk 15 januari 2027")],
                    content: vec![p("Stuur ons de bon van de winkel.")],
                    origin: o,
                },
                Block::Callout {
                    kind: CalloutKind::Warning,
                    title: vec![],
                    content: vec![p("Koopt u geen wasmachine? Dan betaalt u het geld terug.")],
                    origin: o,
                },
                Block::Callout {
                    kind: CalloutKind::Info,
                    title: vec![text("Goed om te weten")],
                    content: vec![para(vec![
                        text("Meer uitleg staat op "),
                        Inline::Link {
                            href: "https://www.helderstad.nl/bijstand".into(),
                            content: vec![text("www.helderstad.nl/bijstand")],
                        },
                        text("."),
                        Inline::LineBreak,
                        text("Of bel het "),
                        Inline::Link { href: "tel:+31140123".into(), content: vec![text("Klantcontactcentrum")] },
                        text(". "),
                        Inline::Link { href: "javascript:alert(1)".into(), content: vec![text("Niet klikbaar")] },
                    ])],
                    origin: o,
                },
                Block::Heading { level: 1, content: vec![text("Wat moet u doen?")], origin: o },
                Block::Checklist {
                    items: vec![
                        ChecklistItem {
                            icon: "bank-statement".into(),
                            alt: "Bankafschrift".into(),
                            document: vec![text("Bankafschriften van rekening NL00 BANK 0123 4567 89")],
                            who: "Van u en uw partner".into(),
                            period: Some("1 september 2026 tot en met 30 november 2026".into()),
                            deadline: Some("Uiterlijk 15 januari 2027".into()),
                            note: vec![text("Nodig voor bijzondere bijstand en kwijtschelding. Eén keer sturen is genoeg.")],
                        },
                        ChecklistItem {
                            icon: "id-card".into(),
                            alt: "Identiteitsbewijs".into(),
                            document: vec![text("Uw identiteitsbewijs")],
                            who: "Van u".into(),
                            period: None,
                            deadline: None,
                            note: vec![],
                        },
                    ],
                    keep: false,
                    origin: o,
                },
                p("U kunt de papieren ook langsbrengen:"),
                Block::Address {
                    lines: vec![
                        "Gemeente Helderstad".into(),
                        "Balie Werk en Inkomen".into(),
                        "Stadhuisplein 1".into(),
                        "1234 AB  Helderstad".into(),
                    ],
                    origin: o,
                },
                Block::Objection {
                    title: vec![text("Bent u het niet eens met dit besluit?")],
                    content: vec![
                        p("Dan kunt u bezwaar maken. Doe dit binnen 6 weken. Uw bezwaar moet uiterlijk op 12 januari 2027 bij ons zijn."),
                        p("Stuur uw bezwaar naar:"),
                        Block::Address {
                            lines: vec!["Gemeente Helderstad".into(), "Postbus 100".into(), "1000 AA  Helderstad".into()],
                            origin: o,
                        },
                        para(vec![
                            text("Of mail naar "),
                            Inline::Link {
                                href: "mailto:bezwaar@helderstad.nl".into(),
                                content: vec![text("bezwaar@helderstad.nl")],
                            },
                            text("."),
                        ]),
                    ],
                    origin: o,
                },
                p("Dit woord is te lang voor één regel en blijft heel: https://www.helderstad.nl/werk-en-inkomen/bijzondere-bijstand/aanvragen-en-voorwaarden."),
            ],
            signature: Signature {
                closing: "Met vriendelijke groet,".into(),
                name: "J. Jansen".into(),
                role: "Teamleider Werk en Inkomen".into(),
            },
            contact_photo: None,
            layout: Default::default(),
            data: serde_json::Value::Null,
            warnings: Vec::new(),
            bilingual: None,
        }
    }

    /// A letter with `value` (wrapped in markers, tagged by position) in every text
    /// position of the IR; returns the letter and the strings placed.
    pub fn every_position(value: &str) -> (Letter, Vec<(String, bool)>) {
        let mut placed: Vec<(String, bool)> = Vec::new();
        // (string, shown in capitals in plain text)
        let mut put = |tag: &str, caps: bool| {
            let s = format!("⟦{tag}:{value}⟧");
            placed.push((s.clone(), caps));
            s
        };
        let o = Origin::default();
        let mut letter = sample_letter();
        letter.meta.title = put("title", true);
        letter.sender.organisation = put("organisation", false);
        letter.sender.department = put("department", false);
        letter.sender.return_address = put("return", false);
        letter.sender.contact = vec![put("contact", false)];
        letter.recipient = vec![put("recipient", false)];
        letter.details = vec![Detail {
            label: put("label", false),
            value: put("value", false),
        }];
        letter.salutation = Some(put("salutation", false));
        let link_text = put("linktext", false);
        let href_text = put("href", false);
        letter.body = vec![
            Block::Heading {
                level: 2,
                content: vec![Inline::text(put("heading", true))],
                origin: o,
            },
            para(vec![
                Inline::text(put("paragraph", false)),
                Inline::Strong {
                    content: vec![Inline::text(put("strong", false))],
                },
                Inline::Link {
                    href: format!("https://example.org/{href_text}"),
                    content: vec![Inline::text(link_text)],
                },
            ]),
            Block::List {
                ordered: true,
                items: vec![vec![p(&put("item", false))]],
                origin: o,
            },
            Block::Table {
                header: vec![vec![Inline::text(put("th", false))]],
                align: vec![Align::Right],
                rows: vec![vec![vec![Inline::text(put("td", false))]]],
                origin: o,
            },
            Block::Step {
                icon: "money".into(),
                alt: put("alt", false),
                content: vec![p(&put("step", false))],
                origin: o,
            },
            Block::Callout {
                kind: CalloutKind::Warning,
                title: vec![Inline::text(put("callouttitle", true))],
                content: vec![p(&put("callout", false))],
                origin: o,
            },
            Block::Objection {
                title: vec![Inline::text(put("objectiontitle", true))],
                content: vec![p(&put("objection", false))],
                origin: o,
            },
            Block::Address {
                lines: vec![put("address", false)],
                origin: o,
            },
            Block::Checklist {
                items: vec![ChecklistItem {
                    icon: "payslip".into(),
                    alt: put("checkalt", false),
                    document: vec![Inline::text(put("document", false))],
                    who: put("who", false),
                    period: Some(put("period", false)),
                    deadline: Some(put("deadline", false)),
                    note: vec![Inline::text(put("note", false))],
                }],
                keep: false,
                origin: o,
            },
        ];
        letter.signature = Signature {
            closing: put("closing", false),
            name: put("name", false),
            role: put("role", false),
        };
        letter.sender.logo = None;
        // The href is only shown in plain text when it is a valid link target.
        if !super::safe_href(&format!("https://example.org/{href_text}")) {
            placed.retain(|(s, _)| !s.starts_with("⟦href:"));
        }
        (letter, placed)
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::*;
    use super::*;
    use crate::letter::ir::*;
    use proptest::prelude::*;

    const CSS: &str = "body { margin: 0; }";

    #[test]
    fn sample_letter_html() {
        let html = render(&sample_letter(), &icons(), CSS);
        insta::assert_snapshot!(html);
    }

    #[test]
    fn output_is_deterministic() {
        let letter = sample_letter();
        let icons = icons();
        assert_eq!(render(&letter, &icons, CSS), render(&letter, &icons, CSS));
    }

    #[test]
    fn no_external_resources() {
        let css = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("house/letter.css"),
        )
        .unwrap();
        // Pictures are embedded as data: URIs, the only `src=` a letter has.
        let html = render(&sample_letter(), &icons(), &css)
            .replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
            .replace("src=\"data:image/", "");
        for needle in ["src=", "<link", "<script", "@import", "url(", "http://"] {
            assert!(!html.contains(needle), "HTML contains {needle}");
        }
        // The only https: targets are the link in the letter text and the web
        // addresses helder links (the letterhead's website, a bare address in the text).
        assert_eq!(
            html.matches("https://").count(),
            4,
            "a link and its visible text"
        );
        assert!(html.contains("Content-Security-Policy"));
    }

    /// The house style keeps the easy-read rules and mirrors for right-to-left letters.
    #[test]
    fn house_style_keeps_easy_read_rules() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("house/letter.css");
        let css = std::fs::read_to_string(path).unwrap();
        // Rules only, without comments (which explain them in words).
        let mut rules = String::new();
        for (i, part) in css.split("/*").enumerate() {
            rules.push_str(if i == 0 {
                part
            } else {
                part.split_once("*/").map_or("", |(_, r)| r)
            });
        }
        for needed in [
            "font-size: 14pt",
            "line-height: 1.5",
            "hyphens: none",
            "text-align: start",
            "size: A4",
            "font-style: normal",
        ] {
            assert!(rules.contains(needed), "house style lacks {needed:?}");
        }
        for banned in [
            "justify",
            "italic",
            "oblique",
            "url(",
            "@import",
            "@font-face",
            "left:",
            "-left",
            "-right",
            "text-align: left",
            "text-align: right",
            "float:",
        ] {
            assert!(!rules.contains(banned), "house style has {banned:?}");
        }
        assert_eq!(
            rules.matches('{').count(),
            rules.matches('}').count(),
            "unbalanced braces"
        );
    }

    #[test]
    fn the_outline_never_skips_a_level() {
        // The checklist letter: a deadline box (h2), then one heading per person at
        // template level 3, which would be h4 and skip h3.
        let o = Origin::default();
        let mut letter = sample_letter();
        letter.body = vec![
            Block::Callout {
                kind: CalloutKind::Deadline,
                title: vec![Inline::text("Stuur alles uiterlijk op 7 december")],
                content: vec![p("Dan kunnen wij beslissen.")],
                origin: o,
            },
            Block::Heading {
                level: 3,
                content: vec![Inline::text("Van Linda")],
                origin: o,
            },
            Block::Heading {
                level: 1,
                content: vec![Inline::text("Hoe geeft u de papieren?")],
                origin: o,
            },
        ];
        let html = render(&letter, &icons(), CSS);
        assert!(html.contains("<h2 id=\"section-1\" class=\"section-title\">Stuur alles"));
        assert!(html.contains("<h3>Van Linda</h3>"), "{html}");
        assert!(html.contains("<h2>Hoe geeft u de papieren?</h2>"));
    }

    #[test]
    fn structure_and_accessibility() {
        let html = render(&sample_letter(), &icons(), CSS);
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\" dir=\"ltr\" class=\"style-b1\">")
        );
        assert!(html.contains("<title>Besluit over uw aanvraag bijzondere bijstand</title>"));
        assert!(html.contains("<span class=\"pictogram\" role=\"img\" aria-label=\"Geld\" title=\"Geld\"><svg aria-hidden=\"true\" focusable=\"false\" xmlns="));
        assert!(!html.contains("<?xml"), "XML prolog of an inlined SVG");
        assert!(html.contains("<th scope=\"col\" class=\"align-end\">Bedrag</th>"));
        assert!(html.contains("<aside class=\"callout callout-deadline\" aria-labelledby=\"section-1\">\n<h4 id=\"section-1\""));
        assert!(html.contains(
            "<section class=\"objection\" aria-labelledby=\"section-3\">\n<h2 id=\"section-3\""
        ));
        // The unsafe link is text, the safe ones are links.
        assert!(html.contains("Niet klikbaar") && !html.contains("javascript"));
        assert!(html.contains("<a href=\"tel:+31140123\">Klantcontactcentrum</a>"));
        assert!(html.contains("<a href=\"mailto:bezwaar@helderstad.nl\">"));
        assert!(
            html.contains(
                "<address class=\"place\"><bdi>Gemeente Helderstad</bdi><br><bdi>Balie Werk en Inkomen</bdi><br>"
            )
        );
        assert!(html.contains("<span class=\"checkbox\" aria-hidden=\"true\"></span>"));
    }

    #[test]
    fn right_to_left_letters_say_so() {
        let mut letter = sample_letter();
        letter.meta.language = crate::i18n::Language::test("ar");
        letter.meta.direction = crate::i18n::Direction::Rtl;
        let html = render(&letter, &icons(), CSS);
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\" class=\"style-b1\">")
        );
        // A Dutch postcode line keeps its own (left-to-right) order in an Arabic letter.
        assert!(html.contains("<bdi>1234 AB  Helderstad</bdi>"));
    }

    #[test]
    fn unknown_icon_keeps_its_alt_text() {
        let mut letter = sample_letter();
        letter.body = vec![Block::Step {
            icon: "no-such-icon".into(),
            alt: "Iets".into(),
            content: vec![p("Tekst")],
            origin: Origin::default(),
        }];
        let html = render(&letter, &icons(), CSS);
        assert!(html.contains(
            "<span class=\"pictogram\" role=\"img\" aria-label=\"Iets\" title=\"Iets\"></span>"
        ));
    }

    #[test]
    fn style_sheet_cannot_close_its_element() {
        let html = render(
            &sample_letter(),
            &icons(),
            "p::after { content: \"</style><script>\"; }",
        );
        // Inside <style> only "</" can end the raw text.
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(html.contains("content: \"<\\/style><script>\""));
    }

    #[test]
    fn href_check() {
        for ok in [
            "https://www.helderstad.nl",
            "HTTPS://x.nl/a?b=c&d",
            "mailto:a@b.nl",
            "tel:+31140123",
        ] {
            assert!(safe_href(ok), "{ok}");
        }
        for bad in [
            "",
            "http://x.nl",
            "javascript:alert(1)",
            "https://",
            "https:///x",
            "mailto:",
            "data:text/html,x",
            "https://x.nl/ a",
            "java\tscript:x",
            "//x.nl",
            "/relative",
            "ftp://x",
        ] {
            assert!(!safe_href(bad), "{bad:?}");
        }
    }

    #[test]
    fn escape_covers_all_specials() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{7f}c\nd"), "abc\nd");
    }

    /// Every `&` in `html` starts one of the entities the writer produces.
    fn only_known_entities(html: &str) -> bool {
        html.match_indices('&').all(|(i, _)| {
            ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| html[i..].starts_with(e))
        })
    }

    fn value_strategy() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC*",
            "[<>&\"' a-z=/;#]{0,24}",
            Just("\"><script>alert(1)</script>".to_string()),
            Just("' onmouseover='x".to_string()),
            Just("&amp;&lt;".to_string()),
        ]
    }

    proptest! {
        #[test]
        fn resident_text_never_becomes_markup(value in value_strategy()) {
            let (letter, placed) = every_position(&value);
            let html = render(&letter, &icons(), "");
            prop_assert!(only_known_entities(&html));
            let special = value.contains(['<', '>', '&', '"', '\'']);
            for (s, _) in &placed {
                if s.starts_with("⟦href:") {
                    continue;
                }
                prop_assert!(html.contains(&escape(s)), "escaped form of {:?} missing", s);
                if special {
                    prop_assert!(!html.contains(s.as_str()), "raw {:?} in HTML", s);
                }
            }
            let href = format!("https://example.org/⟦href:{value}⟧");
            if special {
                prop_assert!(!html.contains(&href));
            }
        }
    }

    #[test]
    fn numbers_and_references_never_break_and_phones_and_sites_are_links() {
        let mut letter = sample_letter();
        letter.body = vec![p(
            "Bel 14 020 of 020 555 0147. Kenmerk BB-2026-04817. Zie wetten.overheid.nl. Op 15 december.",
        )];
        let html = render(&letter, &icons(), CSS);
        assert!(
            html.contains("<a class=\"nowrap\" href=\"tel:14020\">14 020</a>"),
            "{html}"
        );
        assert!(html.contains("<a class=\"nowrap\" href=\"tel:0205550147\">020 555 0147</a>"));
        assert!(html.contains("<span class=\"nowrap\">BB-2026-04817</span>"));
        assert!(html.contains(
            "<a class=\"nowrap\" href=\"https://wetten.overheid.nl\">wetten.overheid.nl</a>."
        ));
        // A date is no number group: it may break like any text.
        assert!(html.contains("Op 15 december."));
        // No link inside a link.
        letter.body = vec![para(vec![Inline::Link {
            href: "https://www.helderstad.nl/bezwaar".into(),
            content: vec![text("www.helderstad.nl")],
        }])];
        let html = render(&letter, &icons(), CSS);
        assert!(html.contains("<a href=\"https://www.helderstad.nl/bezwaar\"><span class=\"nowrap\">www.helderstad.nl</span></a>") || html.contains("<a href=\"https://www.helderstad.nl/bezwaar\">www.helderstad.nl</a>"), "{html}");
    }

    #[test]
    fn easy_read_letters_end_with_a_timeline_and_use_the_house_pictograms() {
        let mut letter = sample_letter();
        let icons = icons();
        let files =
            crate::project::Files::Dir(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")));
        let house = crate::house::House::load(&files, "house").unwrap();
        let locales = crate::i18n::Locales::load(&files, "locales").unwrap();
        letter.layout = house
            .layout(
                letter.meta.language,
                crate::house::Style::EasyRead,
                &locales,
                &icons,
            )
            .unwrap();
        letter.layout.pictograms.get_mut("deadline").unwrap().icon = "wait".into();
        let html = render(&letter, &icons, CSS);
        assert!(html.contains("class=\"style-easy-read\""));
        let timeline = &html[html
            .find("<section class=\"timeline\"")
            .expect("a timeline")..];
        assert!(timeline.contains("Wat gebeurt er nu?"));
        assert!(timeline.contains("U krijgt deze brief."));
        assert!(timeline.contains("Uiterlijk 15 januari 2027"), "{timeline}");
        // The deadline box carries the pictogram house.toml names.
        let wait = icons.get("wait").unwrap().svg_element();
        assert!(html.contains(&wait["<svg".len()..]));
        assert!(html.contains(":root { --ink: #1b1b1b;"));
    }
}

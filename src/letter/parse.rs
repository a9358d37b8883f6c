//! Markdown (the output of a template) → Letter IR blocks, with pulldown-cmark.
//!
//! The body is first split into regions by `:::` fences (`letter::fences`); each region
//! is parsed as CommonMark with tables (no smart punctuation, so quotes and dashes stay as
//! written). Only the constructs of `docs/templates.md` become IR; anything else is an
//! error at the letter.md line, so a template never silently loses text:
//! raw HTML, images, italics, code, block quotes, strikethrough, footnotes and horizontal
//! rules are refused (a rule is refused rather than dropped: a line `---` under text is a
//! heading in CommonMark, and an ignored rule would hide that mistake).

use std::ops::Range;

use pulldown_cmark::{Alignment, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use super::fences::{self, FenceKind, Region};
use crate::i18n::{Language, Locales};
use crate::icons::Icons;
use crate::letter::ir::{Align, Block, CalloutKind, Inline, Origin, plain_text};
// What the parser reads: the Markdown a template rendered, with its line map.
pub use crate::template::{RenderedMarkdown, UsedMessage};

/// Parses the body of a letter. Raw HTML, unsupported constructs, links other than
/// https/mailto/tel, unknown icons and malformed `:::` blocks are errors naming the
/// letter.md line.
pub fn parse_body(
    markdown: &RenderedMarkdown,
    lang: Language,
    icons: &Icons,
    locales: &Locales,
) -> Result<Vec<Block>, ParseError> {
    let lookups = TemplateLookups {
        lang,
        icons,
        locales,
    };
    parse_body_with(markdown, &lookups)
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ParseError {
    pub file: String,
    pub line: u32,
    pub message: String,
}

/// What the parser needs from icons and messages, kept apart so the parser can be used
/// (and tested) without loading icon and locale folders.
pub trait Lookups {
    /// The alternative text of pictogram `icon` in the letter's language; `Err` says
    /// why not (unknown icon with close names, or a missing message).
    fn icon_alt(&self, icon: &str) -> Result<String, String>;
    /// Message `id` in the letter's language (default titles of `:::` blocks).
    fn message(&self, id: &str) -> Result<String, String>;
}

/// [`Lookups`] over the loaded icons and locales.
struct TemplateLookups<'a> {
    lang: Language,
    icons: &'a Icons,
    locales: &'a Locales,
}

impl Lookups for TemplateLookups<'_> {
    fn icon_alt(&self, icon: &str) -> Result<String, String> {
        match self.icons.get(icon) {
            Some(found) => self
                .locales
                .message(self.lang, &found.alt, &[])
                .map_err(|e| format!("alt text `{}` of icon `{icon}`: {e}", found.alt)),
            None => Err(unknown_icon(
                icon,
                self.icons
                    .iter()
                    .map(|i| (i.name.as_str(), i.keywords.as_slice())),
            )),
        }
    }

    fn message(&self, id: &str) -> Result<String, String> {
        self.locales
            .message(self.lang, id, &[])
            .map_err(|e| e.to_string())
    }
}

/// "unknown icon `x`" with the names an author most likely meant: icons whose keyword is
/// exactly `x`, then names within a small edit distance; else every name.
pub fn unknown_icon<'a>(
    icon: &str,
    known: impl Iterator<Item = (&'a str, &'a [String])>,
) -> String {
    let known: Vec<(&str, &[String])> = known.collect();
    let wanted = icon.to_lowercase();
    // Names whose keyword is the word itself, then names spelt alike.
    let mut close: Vec<&str> = known
        .iter()
        .filter(|(_, keywords)| keywords.iter().any(|k| k.to_lowercase() == wanted))
        .map(|(name, _)| *name)
        .collect();
    for name in crate::diag::close_matches(icon, known.iter().map(|(name, _)| *name)) {
        if !close.contains(&name) {
            close.push(name);
        }
    }
    let list = |names: Vec<&str>| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !close.is_empty() {
        let names = close.into_iter().take(5).collect();
        format!("unknown icon `{icon}`; did you mean {}?", list(names))
    } else if known.is_empty() {
        format!("unknown icon `{icon}`: no icons are loaded")
    } else {
        let mut names: Vec<&str> = known.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        format!(
            "unknown icon `{icon}`: the icons are {} (see icons/icons.toml)",
            list(names)
        )
    }
}

/// [`parse_body`] with the icon and message lookups supplied by the caller.
pub fn parse_body_with(
    markdown: &RenderedMarkdown,
    lookups: &dyn Lookups,
) -> Result<Vec<Block>, ParseError> {
    let source = Source::new(markdown);
    let regions = fences::split(&markdown.text, &|line| source.template_line(line))
        .map_err(|e| source.error_at_line(e.line, e.message))?;
    let mut blocks = Vec::new();
    for region in regions {
        region_blocks(&source, &region, lookups, &mut blocks)?;
    }
    Ok(blocks)
}

/// The rendered text with its line map, for origins and errors.
struct Source<'a> {
    text: &'a str,
    /// Byte offset where each output line starts.
    line_starts: Vec<usize>,
    /// Template line of each output line.
    lines: &'a [u32],
    file: String,
}

impl<'a> Source<'a> {
    fn new(markdown: &'a RenderedMarkdown) -> Source<'a> {
        let text = markdown.text.as_str();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            text,
            line_starts,
            lines: &markdown.lines,
            file: markdown.file.display().to_string(),
        }
    }

    fn output_line(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    fn template_line(&self, output_line: usize) -> u32 {
        self.lines.get(output_line).copied().unwrap_or(0)
    }

    fn error_at_line(&self, output_line: usize, message: impl Into<String>) -> ParseError {
        ParseError {
            file: self.file.clone(),
            line: self.template_line(output_line),
            message: message.into(),
        }
    }
}

fn region_blocks(
    source: &Source<'_>,
    region: &Region<'_>,
    lookups: &dyn Lookups,
    out: &mut Vec<Block>,
) -> Result<(), ParseError> {
    let body = &source.text[region.body.clone()];
    let Some(fence) = &region.fence else {
        out.extend(markdown_blocks(source, region.body.start, body)?);
        return Ok(());
    };
    let origin = Origin {
        line: source.template_line(fence.line),
    };
    let error = |message: String| source.error_at_line(fence.line, message);
    let block = match fence.kind {
        FenceKind::Step => {
            // The name may come from data, which arrives Markdown-escaped (`bank\-statement`).
            let name = unescape(fence.rest);
            let icon = match name.split_whitespace().collect::<Vec<_>>()[..] {
                [icon] => icon,
                [] => {
                    return Err(error(
                        "`::: step` needs an icon name, e.g. `::: step money`".into(),
                    ));
                }
                _ => {
                    return Err(error(format!(
                        "`::: step` takes one icon name, not `{}`: put the text on the next lines",
                        fence.rest
                    )));
                }
            };
            let alt = lookups.icon_alt(icon).map_err(&error)?;
            let content = markdown_blocks(source, region.body.start, body)?;
            if content.is_empty() {
                return Err(error(format!("`::: step {icon}` has no text")));
            }
            Block::Step {
                icon: icon.to_string(),
                alt,
                content,
                origin,
            }
        }
        FenceKind::Deadline | FenceKind::Warning | FenceKind::Info => {
            let (kind, default_title) = match fence.kind {
                FenceKind::Deadline => (CalloutKind::Deadline, "callout-deadline"),
                FenceKind::Warning => (CalloutKind::Warning, "callout-warning"),
                _ => (CalloutKind::Info, "callout-info"),
            };
            Block::Callout {
                kind,
                title: block_title(source, fence, default_title, lookups)?,
                content: markdown_blocks(source, region.body.start, body)?,
                origin,
            }
        }
        FenceKind::Objection => Block::Objection {
            title: block_title(source, fence, "objection-title", lookups)?,
            content: markdown_blocks(source, region.body.start, body)?,
            origin,
        },
        FenceKind::Address => {
            if !fence.rest.is_empty() {
                return Err(error(format!(
                    "`::: address` takes no title (`{}`): put every line of the address on its own line",
                    fence.rest
                )));
            }
            let lines: Vec<String> = body
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(unescape)
                .collect();
            if lines.is_empty() {
                return Err(error("`::: address` has no lines".into()));
            }
            Block::Address { lines, origin }
        }
        FenceKind::Checklist => {
            // A place holder: `helder checklist` fills in the merged items here.
            if !fence.rest.is_empty() || !body.trim().is_empty() {
                return Err(error(
                    "`::: checklist` stays empty: helder fills in the merged checklist items here"
                        .into(),
                ));
            }
            Block::Checklist {
                items: Vec::new(),
                keep: false,
                origin,
            }
        }
    };
    out.push(block);
    Ok(())
}

/// The title of a `:::` block: the rest of the fence line, or message `default_id`.
/// Either is inline Markdown (messages may use `**bold**`).
fn block_title(
    source: &Source<'_>,
    fence: &fences::Fence<'_>,
    default_id: &str,
    lookups: &dyn Lookups,
) -> Result<Vec<Inline>, ParseError> {
    let error = |message: String| source.error_at_line(fence.line, message);
    let text = if fence.rest.is_empty() {
        lookups.message(default_id).map_err(|e| {
            error(format!(
                "`::: {}` has no title and the default title `{default_id}` is missing: {e}",
                fence.kind.name()
            ))
        })?
    } else {
        fence.rest.to_string()
    };
    let parser = Parser::new_ext(&text, options()).into_offset_iter();
    let mut converter = Converter {
        events: parser.peekable(),
        source,
        place: Place::Line(fence.line),
        text: &text,
    };
    match &mut converter.blocks(None)?[..] {
        [] => Ok(Vec::new()),
        [Block::Paragraph { content, .. }] => Ok(std::mem::take(content)),
        _ => Err(error(format!(
            "the title of `::: {}` must be text on one line: `{text}` starts a heading or list \
             (escape its first character with `\\`)",
            fence.kind.name()
        ))),
    }
}

/// The data in `::: address` is Markdown-escaped text: undo backslash escapes of ASCII
/// punctuation (as CommonMark would) and keep everything else literally.
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek().filter(|n| n.is_ascii_punctuation())
        {
            out.push(next);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

fn options() -> Options {
    // Footnotes and strikethrough are switched on only so they can be refused with a clear
    // error instead of showing their syntax as text.
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

fn markdown_blocks(source: &Source<'_>, base: usize, body: &str) -> Result<Vec<Block>, ParseError> {
    let parser = Parser::new_ext(body, options()).into_offset_iter();
    let mut converter = Converter {
        events: parser.peekable(),
        source,
        place: Place::Offset(base),
        text: body,
    };
    converter.blocks(None)
}

/// How event offsets map to output lines.
#[derive(Clone, Copy)]
enum Place {
    /// Offsets are relative to this byte of the whole text.
    Offset(usize),
    /// Everything is on this output line (a fence title, or a default title).
    Line(usize),
}

struct Converter<'s, 't, I: Iterator<Item = (Event<'t>, Range<usize>)>> {
    events: std::iter::Peekable<I>,
    source: &'s Source<'s>,
    place: Place,
    /// The text being parsed (for excerpts in errors).
    text: &'t str,
}

impl<'t, I: Iterator<Item = (Event<'t>, Range<usize>)>> Converter<'_, 't, I> {
    fn output_line(&self, range: &Range<usize>) -> usize {
        match self.place {
            Place::Offset(base) => self.source.output_line(base + range.start),
            Place::Line(line) => line,
        }
    }

    fn origin(&self, range: &Range<usize>) -> Origin {
        Origin {
            line: self.source.template_line(self.output_line(range)),
        }
    }

    fn error(&self, range: &Range<usize>, message: impl Into<String>) -> ParseError {
        self.source.error_at_line(self.output_line(range), message)
    }

    fn next(&mut self) -> Result<(Event<'t>, Range<usize>), ParseError> {
        self.events.next().ok_or_else(|| {
            let end = self.text.len();
            self.error(
                &(end..end),
                "the Markdown ended in the middle of a construct",
            )
        })
    }

    /// Blocks up to `end` (or the end of input). Inlines directly at block level (items
    /// of tight lists) become a paragraph.
    fn blocks(&mut self, end: Option<TagEnd>) -> Result<Vec<Block>, ParseError> {
        let mut out = Vec::new();
        loop {
            let (event, range) = match end {
                None => match self.events.next() {
                    Some(next) => next,
                    None => return Ok(out),
                },
                Some(_) => self.next()?,
            };
            let origin = self.origin(&range);
            match event {
                Event::End(tag) if Some(tag) == end => return Ok(out),
                Event::Start(Tag::Paragraph) => {
                    let content = self.inlines(TagEnd::Paragraph)?;
                    out.push(Block::Paragraph { content, origin });
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    let content = self.inlines(TagEnd::Heading(level))?;
                    if plain_text(&content).trim().is_empty() {
                        return Err(self.error(&range, "this heading has no text"));
                    }
                    let level = match level {
                        HeadingLevel::H1 => 1,
                        HeadingLevel::H2 => 2,
                        _ => 3,
                    };
                    out.push(Block::Heading {
                        level,
                        content,
                        origin,
                    });
                }
                Event::Start(Tag::List(first)) => {
                    let items = self.list_items()?;
                    out.push(Block::List {
                        ordered: first.is_some(),
                        items,
                        origin,
                    });
                }
                Event::Start(Tag::Table(alignments)) => {
                    let (header, rows) = self.table()?;
                    let align = alignments
                        .iter()
                        .map(|a| match a {
                            Alignment::None => Align::None,
                            Alignment::Left => Align::Left,
                            Alignment::Center => Align::Center,
                            Alignment::Right => Align::Right,
                        })
                        .collect();
                    out.push(Block::Table {
                        header,
                        align,
                        rows,
                        origin,
                    });
                }
                event if is_inline(&event) => {
                    let mut content = Vec::new();
                    self.inline(event, range, &mut content)?;
                    while self.events.peek().is_some_and(|(e, _)| is_inline(e)) {
                        let (event, range) = self.next()?;
                        self.inline(event, range, &mut content)?;
                    }
                    out.push(Block::Paragraph { content, origin });
                }
                event => return Err(self.refuse(&event, &range)),
            }
        }
    }

    fn list_items(&mut self) -> Result<Vec<Vec<Block>>, ParseError> {
        let mut items = Vec::new();
        loop {
            let (event, range) = self.next()?;
            match event {
                Event::Start(Tag::Item) => items.push(self.blocks(Some(TagEnd::Item))?),
                Event::End(TagEnd::List(_)) => return Ok(items),
                event => return Err(self.refuse(&event, &range)),
            }
        }
    }

    #[allow(clippy::type_complexity)]
    fn table(&mut self) -> Result<(Vec<Vec<Inline>>, Vec<Vec<Vec<Inline>>>), ParseError> {
        let mut header = Vec::new();
        let mut rows = Vec::new();
        loop {
            let (event, range) = self.next()?;
            match event {
                Event::Start(Tag::TableHead) => header = self.cells(TagEnd::TableHead)?,
                Event::Start(Tag::TableRow) => rows.push(self.cells(TagEnd::TableRow)?),
                Event::End(TagEnd::Table) => return Ok((header, rows)),
                event => return Err(self.refuse(&event, &range)),
            }
        }
    }

    fn cells(&mut self, end: TagEnd) -> Result<Vec<Vec<Inline>>, ParseError> {
        let mut cells = Vec::new();
        loop {
            let (event, range) = self.next()?;
            match event {
                Event::Start(Tag::TableCell) => cells.push(self.inlines(TagEnd::TableCell)?),
                Event::End(tag) if tag == end => return Ok(cells),
                event => return Err(self.refuse(&event, &range)),
            }
        }
    }

    fn inlines(&mut self, end: TagEnd) -> Result<Vec<Inline>, ParseError> {
        let mut out = Vec::new();
        loop {
            let (event, range) = self.next()?;
            if event == Event::End(end) {
                return Ok(out);
            }
            self.inline(event, range, &mut out)?;
        }
    }

    fn inline(
        &mut self,
        event: Event<'t>,
        range: Range<usize>,
        out: &mut Vec<Inline>,
    ) -> Result<(), ParseError> {
        match event {
            Event::Text(text) => push_text(out, &text),
            Event::SoftBreak => push_text(out, " "),
            Event::HardBreak => out.push(Inline::LineBreak),
            Event::Start(Tag::Strong) => {
                let content = self.inlines(TagEnd::Strong)?;
                out.push(Inline::Strong { content });
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let href = allowed_href(link_type, &dest_url).map_err(|m| self.error(&range, m))?;
                let content = self.inlines(TagEnd::Link)?;
                if plain_text(&content).trim().is_empty() {
                    return Err(self.error(
                        &range,
                        format!("the link to `{href}` has no text: write what it is, e.g. [our website]({href})"),
                    ));
                }
                out.push(Inline::Link { href, content });
            }
            event => return Err(self.refuse(&event, &range)),
        }
        Ok(())
    }

    /// The error for a construct letters do not allow, at its line.
    fn refuse(&self, event: &Event<'_>, range: &Range<usize>) -> ParseError {
        let what = match event {
            Event::Start(Tag::Emphasis) => {
                "italics are hard to read; use **bold** (a single `*` or `_` around text makes italics)"
            }
            Event::Start(Tag::Strikethrough) => {
                "strikethrough (`~~text~~`) is not allowed: leave the text out"
            }
            Event::Start(Tag::Image { .. }) => {
                "images are not allowed in the text; use `::: step <icon>` for a pictogram"
            }
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => {
                "code is not allowed (backticks, or a line indented by four spaces or more)"
            }
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => {
                "raw HTML is not allowed; use Markdown (**bold**, [links](https://...), lists)"
            }
            Event::Start(Tag::BlockQuote(_)) => {
                "block quotes (`>`) are not allowed; use `::: info` for a highlighted box"
            }
            Event::FootnoteReference(_) | Event::Start(Tag::FootnoteDefinition(_)) => {
                "footnotes are not allowed; say it in the sentence"
            }
            Event::Rule => {
                "horizontal rules (`---`, `***`) are not allowed; start a new part with a heading \
                 (a blank line is needed between text and a `---` line, else the text becomes a heading)"
            }
            _ => "this Markdown is not supported in letters (see docs/templates.md)",
        };
        let excerpt = excerpt(self.text, range);
        let message = if excerpt.is_empty() {
            what.to_string()
        } else {
            format!("{what}: `{excerpt}`")
        };
        self.error(range, message)
    }
}

/// The first line of the offending source, shortened, for error messages.
fn excerpt(text: &str, range: &Range<usize>) -> String {
    let Some(source) = text.get(range.clone()) else {
        return String::new();
    };
    let line = source.lines().next().unwrap_or("").trim();
    match line.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineMath(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::TaskListMarker(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        _ => false,
    }
}

/// Appends text, merging it into a preceding text inline.
fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::text(text));
    }
}

/// Only `https:`, `mailto:` and `tel:` links reach a letter.
fn allowed_href(link_type: LinkType, dest: &str) -> Result<String, String> {
    if link_type == LinkType::Email {
        return Ok(format!("mailto:{dest}"));
    }
    let lower = dest.to_ascii_lowercase();
    let ok = if let Some(rest) = lower.strip_prefix("https://") {
        !rest.is_empty() && !rest.starts_with('/')
    } else if let Some(rest) = lower.strip_prefix("mailto:") {
        rest.contains('@')
    } else if let Some(rest) = lower.strip_prefix("tel:") {
        rest.chars().any(|c| c.is_ascii_digit())
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || "+-(). ".contains(c))
    } else {
        false
    };
    if ok {
        Ok(dest.to_string())
    } else {
        Err(format!(
            "link target `{dest}` is not allowed: use https://…, mailto:… or tel:… \
             (http is not secure; other and relative links do not work in a letter)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::PathBuf;

    use super::*;

    struct Fake {
        icons: HashMap<&'static str, &'static str>,
        messages: HashMap<&'static str, &'static str>,
    }

    impl Fake {
        fn new() -> Fake {
            Fake {
                icons: HashMap::from([
                    ("money", "Geld"),
                    ("calendar", "Kalender"),
                    ("bank-statement", "Bankafschrift"),
                ]),
                messages: HashMap::from([
                    ("callout-deadline", "Uiterlijk"),
                    ("callout-warning", "Let op"),
                    ("callout-info", "Goed om te weten"),
                    ("objection-title", "Bent u het **niet** eens?"),
                ]),
            }
        }
    }

    impl Lookups for Fake {
        fn icon_alt(&self, icon: &str) -> Result<String, String> {
            let keywords = vec!["geld".to_string()];
            self.icons.get(icon).map(|s| s.to_string()).ok_or_else(|| {
                unknown_icon(
                    icon,
                    [("money", keywords.as_slice()), ("calendar", &[][..])].into_iter(),
                )
            })
        }
        fn message(&self, id: &str) -> Result<String, String> {
            self.messages
                .get(id)
                .map(|s| s.to_string())
                .ok_or_else(|| format!("no message `{id}`"))
        }
    }

    /// Output line i came from template line 10 + i.
    fn md(text: &str) -> RenderedMarkdown {
        let count = text.split('\n').count();
        RenderedMarkdown {
            text: text.to_string(),
            lines: (0..count as u32).map(|i| 10 + i).collect(),
            file: PathBuf::from("templates/t/letter.md"),
            messages: Vec::new(),
        }
    }

    fn parse(text: &str) -> Result<Vec<Block>, ParseError> {
        parse_body_with(&md(text), &Fake::new())
    }

    fn err(text: &str) -> ParseError {
        match parse(text) {
            Ok(blocks) => panic!("expected an error for {text:?}, got {blocks:#?}"),
            Err(e) => e,
        }
    }

    fn t(s: &str) -> Inline {
        Inline::text(s)
    }

    fn para(content: Vec<Inline>, line: u32) -> Block {
        Block::Paragraph {
            content,
            origin: Origin { line },
        }
    }

    #[test]
    fn paragraphs_strong_and_breaks() {
        let blocks =
            parse("Hallo **mevrouw** De Vries,\nuw aanvraag  \nis klaar.\n\nTweede.\n").unwrap();
        assert_eq!(
            blocks,
            vec![
                para(
                    vec![
                        t("Hallo "),
                        Inline::Strong {
                            content: vec![t("mevrouw")]
                        },
                        t(" De Vries, uw aanvraag"),
                        Inline::LineBreak,
                        t("is klaar."),
                    ],
                    10
                ),
                para(vec![t("Tweede.")], 14),
            ]
        );
    }

    #[test]
    fn headings_fold_to_three() {
        let blocks = parse("# Een\n\n## Twee\n\n#### Vier\n\nSetext\n---\n").unwrap();
        let levels: Vec<(u8, u32)> = blocks
            .iter()
            .map(|b| match b {
                Block::Heading { level, origin, .. } => (*level, origin.line),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(levels, vec![(1, 10), (2, 12), (3, 14), (2, 16)]);
    }

    #[test]
    fn links_allowed_schemes() {
        let blocks = parse(
            "[site](https://helderstad.nl/bezwaar), [mail](mailto:wi@helderstad.nl), \
             [bel](tel:+31-14-020) <info@helderstad.nl> <https://helderstad.nl>\n",
        )
        .unwrap();
        let Block::Paragraph { content, .. } = &blocks[0] else {
            panic!()
        };
        let hrefs: Vec<&str> = content
            .iter()
            .filter_map(|i| match i {
                Inline::Link { href, .. } => Some(href.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            hrefs,
            vec![
                "https://helderstad.nl/bezwaar",
                "mailto:wi@helderstad.nl",
                "tel:+31-14-020",
                "mailto:info@helderstad.nl",
                "https://helderstad.nl",
            ]
        );
        assert_eq!(
            content[0],
            Inline::Link {
                href: "https://helderstad.nl/bezwaar".into(),
                content: vec![t("site")]
            }
        );
    }

    #[test]
    fn links_other_schemes_refused() {
        for bad in [
            "[x](http://helderstad.nl)",
            "[x](javascript:alert(1))",
            "[x](/bezwaar)",
            "[x](ftp://a.nl)",
            "[x](data:text/html,hi)",
            "[x](tel:abc)",
            "[x](mailto:nobody)",
        ] {
            let e = err(&format!("Tekst.\n\n{bad}\n"));
            assert_eq!(e.line, 12, "{bad}");
            assert!(e.message.contains("is not allowed"), "{bad}: {}", e.message);
        }
        let e = err("[](https://helderstad.nl)\n");
        assert!(e.message.contains("has no text"), "{}", e.message);
    }

    #[test]
    fn lists_tight_and_loose() {
        let blocks = parse("- een\n- **twee**\n\n1. a\n\n2. b\n   - genest\n").unwrap();
        assert_eq!(
            blocks[0],
            Block::List {
                ordered: false,
                items: vec![
                    vec![para(vec![t("een")], 10)],
                    vec![para(
                        vec![Inline::Strong {
                            content: vec![t("twee")]
                        }],
                        11
                    )],
                ],
                origin: Origin { line: 10 },
            }
        );
        let Block::List {
            ordered,
            items,
            origin,
        } = &blocks[1]
        else {
            panic!("{:?}", blocks[1])
        };
        assert!(*ordered);
        assert_eq!(origin.line, 13);
        assert_eq!(items[0], vec![para(vec![t("a")], 13)]);
        assert_eq!(items[1][0], para(vec![t("b")], 15));
        assert!(matches!(
            &items[1][1],
            Block::List {
                ordered: false,
                origin: Origin { line: 16 },
                ..
            }
        ));
    }

    #[test]
    fn tables() {
        let blocks = parse(
            "| Wat | Bedrag |\n|:---|---:|\n| Bril | **€ 120** |\n| Was\\|machine | € 300 |\n",
        )
        .unwrap();
        assert_eq!(
            blocks,
            vec![Block::Table {
                header: vec![vec![t("Wat")], vec![t("Bedrag")]],
                align: vec![Align::Left, Align::Right],
                rows: vec![
                    vec![
                        vec![t("Bril")],
                        vec![Inline::Strong {
                            content: vec![t("€ 120")]
                        }]
                    ],
                    vec![vec![t("Was|machine")], vec![t("€ 300")]],
                ],
                origin: Origin { line: 10 },
            }]
        );
    }

    #[test]
    fn refusals_name_the_line() {
        let cases: &[(&str, &str)] = &[
            ("Dit is *schuin*.", "italics"),
            ("Dit is _schuin_.", "italics"),
            ("Dit is ~~weg~~.", "strikethrough"),
            ("![logo](https://a.nl/x.png)", "images"),
            ("Typ `code`.", "code"),
            ("```\nx\n```", "code"),
            ("    ingesprongen", "code"),
            ("<div>hoi</div>", "raw HTML"),
            ("Een <b>vet</b> woord.", "raw HTML"),
            ("<!-- note -->", "raw HTML"),
            ("> citaat", "block quotes"),
            ("Zie[^1].\n\n[^1]: voetnoot", "footnotes"),
            ("***", "horizontal rules"),
            ("- [link](http://x.nl)", "is not allowed"),
            ("| *a* |\n|---|\n| b |", "italics"),
        ];
        for (body, expected) in cases {
            let e = err(&format!("Eerst.\n\n{body}\n"));
            assert_eq!(e.line, 12, "{body}: {e}");
            assert_eq!(e.file, "templates/t/letter.md");
            assert!(e.message.contains(expected), "{body}: {}", e.message);
        }
        // The line of the construct itself, not of the block around it.
        let e = err("| a |\n|---|\n| b |\n| *c* |\n");
        assert_eq!(e.line, 13);
        let e = err("- een\n- twee\n  <b>drie</b>\n");
        assert_eq!(e.line, 12);
        assert!(e.message.contains("`<b>`"), "{}", e.message);
    }

    #[test]
    fn escaped_resident_data_is_literal_text() {
        let blocks = parse(
            "Naam: \\*x\\* en \\<script\\>alert\\(1\\)\\</script\\> \\#panic\\(\\) \\[a\\]\\(https://x\\)\n\n\
             \\# geen kop\n\n\\- geen lijst\n\n1\\. geen lijst\n",
        )
        .unwrap();
        assert_eq!(
            blocks,
            vec![
                para(
                    vec![t(
                        "Naam: *x* en <script>alert(1)</script> #panic() [a](https://x)"
                    )],
                    10
                ),
                para(vec![t("# geen kop")], 12),
                para(vec![t("- geen lijst")], 14),
                para(vec![t("1. geen lijst")], 16),
            ]
        );
    }

    #[test]
    fn no_smart_punctuation() {
        let blocks = parse("\"Ja\" -- 'nee' ...\n").unwrap();
        assert_eq!(blocks, vec![para(vec![t("\"Ja\" -- 'nee' ...")], 10)]);
    }

    #[test]
    fn step_blocks() {
        let blocks = parse("::: step money\nU krijgt **geld**.\n:::\n").unwrap();
        assert_eq!(
            blocks,
            vec![Block::Step {
                icon: "money".into(),
                alt: "Geld".into(),
                content: vec![para(
                    vec![
                        t("U krijgt "),
                        Inline::Strong {
                            content: vec![t("geld")]
                        },
                        t(".")
                    ],
                    11
                )],
                origin: Origin { line: 10 },
            }]
        );
        let e = err("Tekst.\n::: step mony\nx\n:::\n");
        assert_eq!(e.line, 11);
        assert!(e.message.contains("did you mean `money`"), "{}", e.message);
        let e = err("::: step geld\nx\n:::\n");
        assert!(e.message.contains("did you mean `money`"), "{}", e.message);
        let e = err("::: step boat\nx\n:::\n");
        assert!(
            e.message.contains("the icons are `calendar`, `money`"),
            "{}",
            e.message
        );
        assert!(
            err("::: step\nx\n:::\n")
                .message
                .contains("needs an icon name")
        );
        assert!(
            err("::: step money extra\nx\n:::\n")
                .message
                .contains("one icon name")
        );
        assert!(
            err("::: step money\n\n:::\n")
                .message
                .contains("has no text")
        );
        // An icon name from data arrives escaped.
        let blocks = parse("::: step bank\\-statement\nx\n:::\n").unwrap();
        assert!(matches!(&blocks[0], Block::Step { icon, .. } if icon == "bank-statement"));
    }

    #[test]
    fn callouts_with_and_without_title() {
        let blocks = parse(
            "::: deadline Reageer vóór **1 december**\nStuur het op.\n:::\n::: warning\nLet hierop.\n:::\n::: info\n:::\n",
        )
        .unwrap();
        assert_eq!(
            blocks,
            vec![
                Block::Callout {
                    kind: CalloutKind::Deadline,
                    title: vec![
                        t("Reageer vóór "),
                        Inline::Strong {
                            content: vec![t("1 december")]
                        }
                    ],
                    content: vec![para(vec![t("Stuur het op.")], 11)],
                    origin: Origin { line: 10 },
                },
                Block::Callout {
                    kind: CalloutKind::Warning,
                    title: vec![t("Let op")],
                    content: vec![para(vec![t("Let hierop.")], 14)],
                    origin: Origin { line: 13 },
                },
                Block::Callout {
                    kind: CalloutKind::Info,
                    title: vec![t("Goed om te weten")],
                    content: vec![],
                    origin: Origin { line: 16 },
                },
            ]
        );
        let e = err("::: deadline # kop\nx\n:::\n");
        assert!(
            e.message.contains("must be text on one line"),
            "{}",
            e.message
        );
        let e = err("::: info *schuin*\nx\n:::\n");
        assert!(e.message.contains("italics"), "{}", e.message);
        assert_eq!(e.line, 10);
    }

    #[test]
    fn objection_block() {
        let blocks = parse("::: objection\nU kunt bezwaar maken.\n:::\n").unwrap();
        assert_eq!(
            blocks,
            vec![Block::Objection {
                title: vec![
                    t("Bent u het "),
                    Inline::Strong {
                        content: vec![t("niet")]
                    },
                    t(" eens?")
                ],
                content: vec![para(vec![t("U kunt bezwaar maken.")], 11)],
                origin: Origin { line: 10 },
            }]
        );
        let lookups = Fake {
            icons: HashMap::new(),
            messages: HashMap::new(),
        };
        let e = parse_body_with(&md("x\n\n::: objection\ny\n:::\n"), &lookups).unwrap_err();
        assert_eq!(e.line, 12);
        assert!(
            e.message.contains("`objection-title` is missing"),
            "{}",
            e.message
        );
    }

    #[test]
    fn checklist_block_is_an_empty_place_holder() {
        let blocks = parse("Intro.\n\n::: checklist\n:::\n").unwrap();
        assert!(matches!(&blocks[1], Block::Checklist { items, .. } if items.is_empty()));
        assert!(
            err("::: checklist\n- bank\n:::\n")
                .message
                .contains("stays empty")
        );
        assert!(
            err("::: checklist Titel\n:::\n")
                .message
                .contains("stays empty")
        );
    }

    #[test]
    fn address_block_unescapes_data() {
        let blocks = parse(
            "::: address\n  Gemeente Helderstad  \n\nPostbus 100\n1000 AA  Helderstad\nT\\.a\\.v\\. \\*De Vries\\* \\\\ \\<b\\>\n:::\n",
        )
        .unwrap();
        assert_eq!(
            blocks,
            vec![Block::Address {
                lines: vec![
                    "Gemeente Helderstad".into(),
                    "Postbus 100".into(),
                    "1000 AA  Helderstad".into(),
                    "T.a.v. *De Vries* \\ <b>".into(),
                ],
                origin: Origin { line: 10 },
            }]
        );
        assert!(err("::: address\n:::\n").message.contains("no lines"));
        assert!(
            err("::: address Postbus\nx\n:::\n")
                .message
                .contains("takes no title")
        );
    }

    #[test]
    fn origins_follow_the_line_map() {
        // Output lines 0..=6 come from template lines 3, 3, 4, 0, 8, 8, 9 (a loop and a
        // line whose origin the template engine did not know).
        let text = "Een\n\n- a\n- b\n::: info\nInfo.\n:::";
        let markdown = RenderedMarkdown {
            text: text.into(),
            lines: vec![3, 3, 4, 0, 8, 8, 9],
            file: PathBuf::from("letter.md"),
            messages: Vec::new(),
        };
        let blocks = parse_body_with(&markdown, &Fake::new()).unwrap();
        assert_eq!(blocks[0].origin().line, 3);
        let Block::List { items, origin, .. } = &blocks[1] else {
            panic!()
        };
        assert_eq!(origin.line, 4);
        assert_eq!(items[1][0].origin().line, 0);
        let Block::Callout {
            content, origin, ..
        } = &blocks[2]
        else {
            panic!()
        };
        assert_eq!((origin.line, content[0].origin().line), (8, 8));

        let markdown = RenderedMarkdown {
            text: "a\n\nb\n\n<i>x</i>\n".into(),
            lines: vec![1, 1, 7, 7, 12, 12],
            file: PathBuf::from("letter.md"),
            messages: Vec::new(),
        };
        let e = parse_body_with(&markdown, &Fake::new()).unwrap_err();
        assert_eq!(e.to_string(), format!("letter.md:12: {}", e.message));
        // A line map shorter than the text gives 0 ("unknown"), never a panic.
        let markdown = RenderedMarkdown {
            text: "a\n\nb\n".into(),
            lines: vec![5],
            file: PathBuf::from("letter.md"),
            messages: Vec::new(),
        };
        let blocks = parse_body_with(&markdown, &Fake::new()).unwrap();
        assert_eq!(blocks[1].origin().line, 0);
    }

    #[test]
    fn fence_errors_use_template_lines() {
        let e = err("a\n\n::: box\n:::\n");
        assert_eq!(e.line, 12);
        assert!(e.message.contains("unknown block"));
        let e = err("a\n\n::: info\nb\n");
        assert_eq!(e.line, 12);
        assert!(e.message.contains("not closed"));
        let e = err("a\n:::\n");
        assert_eq!(e.line, 11);
        // The block left open is named by its letter.md line too, not the output's.
        let e = err("a\n::: info\nb\n::: warning\n:::\n");
        assert_eq!(e.line, 13);
        assert!(
            e.message.contains("inside `::: info` (line 11)"),
            "{}",
            e.message
        );
    }

    #[test]
    fn empty_body() {
        assert_eq!(parse("").unwrap(), vec![]);
        assert_eq!(parse("\n\n  \n").unwrap(), vec![]);
    }

    /// [`parse_body`] over the real icon and locale loaders, from fixture folders.
    mod with_loaded_icons_and_locales {
        use std::fs;

        use super::*;

        fn fixtures() -> (tempfile::TempDir, Icons, Locales) {
            let dir = tempfile::tempdir().unwrap();
            let icons = dir.path().join("icons");
            fs::create_dir_all(&icons).unwrap();
            fs::write(
                icons.join("icons.toml"),
                "[[icon]]\nname = \"money\"\nfile = \"money.svg\"\nkeywords = [\"geld\"]\nalt = \"icon-money\"\n\n\
                 [[icon]]\nname = \"phone\"\nfile = \"phone.svg\"\nkeywords = [\"bellen\"]\nalt = \"icon-phone\"\n",
            )
            .unwrap();
            let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="9"/></svg>"#;
            fs::write(icons.join("money.svg"), svg).unwrap();
            fs::write(icons.join("phone.svg"), svg).unwrap();
            for (lang, texts) in [
                (
                    "nl",
                    "icon-money = Geld\nicon-phone = Telefoon\ncallout-warning = Let op\n\
                     callout-info = Goed om te weten\ncallout-deadline = Let op de datum\n\
                     objection-title = Bent u het **niet** eens?\n",
                ),
                // English lacks the phone alt text and the objection title.
                (
                    "en",
                    "icon-money = Money\ncallout-warning = Please note\n\
                     callout-info = Good to know\ncallout-deadline = Note the date\n",
                ),
            ] {
                let folder = dir.path().join("locales").join(lang);
                fs::create_dir_all(&folder).unwrap();
                fs::write(folder.join("house.ftl"), texts).unwrap();
            }
            let icons = Icons::load_dir(&icons).unwrap();
            crate::i18n::write_profiles(&dir.path().join("locales"), &["nl", "en"]);
            let locales = Locales::load_dir(&dir.path().join("locales")).unwrap();
            (dir, icons, locales)
        }

        #[test]
        fn alt_texts_and_default_titles_in_the_letter_language() {
            let (_dir, icons, locales) = fixtures();
            let text =
                "::: step money\nU krijgt geld.\n:::\n::: warning\nx\n:::\n::: objection\ny\n:::\n";
            let blocks = parse_body(&md(text), Language::test("nl"), &icons, &locales).unwrap();
            assert!(matches!(&blocks[0], Block::Step { alt, .. } if alt == "Geld"));
            assert!(
                matches!(&blocks[1], Block::Callout { title, .. } if *title == vec![t("Let op")])
            );
            let Block::Objection { title, .. } = &blocks[2] else {
                panic!("{:?}", blocks[2])
            };
            assert_eq!(plain_text(title), "Bent u het niet eens?");
            assert!(title.iter().any(|i| matches!(i, Inline::Strong { .. })));

            let text = "::: step money\nYou get money.\n:::\n::: info\n:::\n";
            let blocks = parse_body(&md(text), Language::test("en"), &icons, &locales).unwrap();
            assert!(matches!(&blocks[0], Block::Step { alt, .. } if alt == "Money"));
            assert!(
                matches!(&blocks[1], Block::Callout { title, .. } if *title == vec![t("Good to know")])
            );
        }

        #[test]
        fn unknown_icons_are_errors_at_the_fence_and_missing_texts_come_from_dutch() {
            let (_dir, icons, locales) = fixtures();
            let e = parse_body(
                &md("a\n\n::: step geld\nx\n:::\n"),
                Language::test("nl"),
                &icons,
                &locales,
            )
            .unwrap_err();
            assert_eq!(e.line, 12);
            assert!(e.message.contains("did you mean `money`"), "{}", e.message);
            let e = parse_body(
                &md("::: step car\nx\n:::\n"),
                Language::test("nl"),
                &icons,
                &locales,
            )
            .unwrap_err();
            assert!(e.message.contains("`money`, `phone`"), "{}", e.message);
            // A pictogram text the letter's language lacks comes from Dutch, the binding
            // language (with a warning, see i18n::fallback).
            let blocks = parse_body(
                &md("::: step phone\nx\n:::\n"),
                Language::test("en"),
                &icons,
                &locales,
            )
            .unwrap();
            assert!(
                matches!(&blocks[..], [Block::Step { alt, .. }] if alt == "Telefoon"),
                "{blocks:?}"
            );
            let blocks = parse_body(
                &md("::: objection\nx\n:::\n"),
                Language::test("en"),
                &icons,
                &locales,
            )
            .unwrap();
            assert!(
                matches!(&blocks[..], [Block::Objection { .. }]),
                "{blocks:?}"
            );
        }
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        /// Markdown escaping as the template stage does it: every ASCII punctuation
        /// character gets a backslash.
        fn escape(s: &str) -> String {
            let mut out = String::new();
            for c in s.chars() {
                if c.is_ascii_punctuation() {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        }

        proptest! {
            /// Any resident value, escaped, parses back to exactly itself as one text.
            #[test]
            fn escaped_data_round_trips(value in "[ -~À-ÿ€]{1,40}") {
                let value = value.trim();
                prop_assume!(!value.is_empty() && !value.contains("  "));
                let blocks = parse(&format!("Naam: {}\n", escape(value))).unwrap();
                prop_assert_eq!(blocks, vec![para(vec![t(&format!("Naam: {value}"))], 10)]);
            }

            /// Every origin is a line the template engine reported (or 0 for unknown).
            #[test]
            fn origins_come_from_the_line_map(
                parts in proptest::collection::vec(
                    prop_oneof![
                        Just("Tekst **vet**.\n"),
                        Just("\n"),
                        Just("- een\n- twee\n"),
                        Just("## Kop\n"),
                        Just("| a | b |\n|---|---|\n| 1 | 2 |\n"),
                        Just("::: step money\nStap.\n:::\n"),
                        Just("::: info Titel\n1. a\n2. b\n:::\n"),
                    ],
                    0..12,
                ),
                seed in 1u32..1000,
            ) {
                let text = parts.concat();
                let count = text.split('\n').count() as u32;
                let lines: Vec<u32> = (0..count).map(|i| (i * 7 + seed) % 97).collect();
                let markdown = RenderedMarkdown {
                    text,
                    lines: lines.clone(),
                    file: PathBuf::from("letter.md"),
                    messages: Vec::new(),
                };
                let blocks = parse_body_with(&markdown, &Fake::new()).unwrap();
                fn walk(blocks: &[Block], lines: &[u32]) -> Result<(), TestCaseError> {
                    for block in blocks {
                        prop_assert!(lines.contains(&block.origin().line), "{block:?}");
                        match block {
                            Block::List { items, .. } => {
                                for item in items {
                                    walk(item, lines)?;
                                }
                            }
                            Block::Step { content, .. }
                            | Block::Callout { content, .. }
                            | Block::Objection { content, .. } => walk(content, lines)?,
                            _ => {}
                        }
                    }
                    Ok(())
                }
                walk(&blocks, &lines)?;
            }

            /// Arbitrary input never panics: it parses or gives an error with a line.
            #[test]
            fn never_panics(text in "(\\PC|\n|\r\n|    |\\\\|:::|::: step money\n|::: info\n|\\*|`|<|\\||-|#){0,60}") {
                match parse(&text) {
                    Ok(_) => {}
                    Err(e) => prop_assert!(!e.message.is_empty()),
                }
            }
        }
    }
}

//! Splitting rendered Markdown into regions by `:::` fences, before any Markdown parsing.
//!
//! A line `::: kind rest` opens a block and a line `:::` closes it; fences do not nest.
//! The split happens on lines first so that a fence is never swallowed into a paragraph
//! (CommonMark would read `text\n::: info` as one paragraph). Lines inside fenced code
//! (```` ``` ```` or `~~~`) are not fences; the code itself is refused later by the parser.
//! Resident data cannot open or close a fence: the template escapes every `:` it contains.

use std::ops::Range;

/// The kinds of `:::` block, as written after the colons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FenceKind {
    Step,
    Deadline,
    Warning,
    Info,
    Objection,
    Address,
    Checklist,
}

impl FenceKind {
    const ALL: [(&'static str, FenceKind); 7] = [
        ("step", FenceKind::Step),
        ("deadline", FenceKind::Deadline),
        ("warning", FenceKind::Warning),
        ("info", FenceKind::Info),
        ("objection", FenceKind::Objection),
        ("address", FenceKind::Address),
        ("checklist", FenceKind::Checklist),
    ];

    pub fn name(self) -> &'static str {
        FenceKind::ALL
            .iter()
            .find(|(_, kind)| *kind == self)
            .map_or("?", |(name, _)| name)
    }

    fn parse(word: &str) -> Option<FenceKind> {
        FenceKind::ALL
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, kind)| *kind)
    }
}

/// One part of the body: plain Markdown, or the inside of a `:::` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region<'a> {
    /// `None` for Markdown outside any fence.
    pub fence: Option<Fence<'a>>,
    /// Byte range of the content (without fence lines) in the whole text.
    pub body: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence<'a> {
    pub kind: FenceKind,
    /// The text after the kind on the opening line, trimmed.
    pub rest: &'a str,
    /// 0-based output line of the opening fence.
    pub line: usize,
}

/// A malformed fence, at a 0-based output line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FenceError {
    pub line: usize,
    pub message: String,
}

enum FenceLine<'a> {
    Open { kind: &'a str, rest: &'a str },
    Close,
}

/// Splits `text` into regions. Errors: unknown kind, unclosed block, a `:::` that closes
/// nothing, a block opened inside another, a fence of more than three colons. A message
/// that names another line names it as `line_name` gives it (0-based output line → the
/// line the author sees, in letter.md).
pub fn split<'a>(
    text: &'a str,
    line_name: &dyn Fn(usize) -> u32,
) -> Result<Vec<Region<'a>>, FenceError> {
    let mut regions = Vec::new();
    // Where the current Markdown region (outside fences) started.
    let mut markdown_start = 0;
    // The open block and the byte where its content starts.
    let mut open: Option<(Fence<'_>, usize)> = None;
    let mut code: Option<(u8, usize)> = None;
    let mut start = 0;

    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let end = start + raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);

        if let Some((marker, length)) = code {
            if closes_code(line, marker, length) {
                code = None;
            }
        } else if let Some(opened) = opens_code(line) {
            code = Some(opened);
        } else if let Some(fence) = fence_line(line, index)? {
            match (fence, open.take()) {
                (FenceLine::Open { kind, rest }, None) => {
                    let kind = FenceKind::parse(kind).ok_or_else(|| FenceError {
                        line: index,
                        message: format!(
                            "unknown block `::: {kind}`: expected one of {}",
                            FenceKind::ALL
                                .iter()
                                .map(|(name, _)| format!("`{name}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    })?;
                    regions.push(Region {
                        fence: None,
                        body: markdown_start..start,
                    });
                    open = Some((
                        Fence {
                            kind,
                            rest,
                            line: index,
                        },
                        end,
                    ));
                }
                (FenceLine::Open { kind, .. }, Some((outer, _))) => {
                    return Err(FenceError {
                        line: index,
                        message: format!(
                            "`::: {kind}` opens a block inside `::: {}` (line {}): blocks do not \
                             nest; close it first with a line `:::`",
                            outer.kind.name(),
                            line_name(outer.line)
                        ),
                    });
                }
                (FenceLine::Close, Some((fence, body_start))) => {
                    regions.push(Region {
                        fence: Some(fence),
                        body: body_start..start,
                    });
                    markdown_start = end;
                }
                (FenceLine::Close, None) => {
                    return Err(FenceError {
                        line: index,
                        message: "`:::` closes nothing: no block is open here".into(),
                    });
                }
            }
        }
        start = end;
    }

    if let Some((fence, _)) = open {
        return Err(FenceError {
            line: fence.line,
            message: format!(
                "`::: {}` is not closed: end the block with a line `:::`",
                fence.kind.name()
            ),
        });
    }
    regions.push(Region {
        fence: None,
        body: markdown_start..text.len(),
    });
    regions.retain(|region| region.fence.is_some() || !text[region.body.clone()].trim().is_empty());
    Ok(regions)
}

/// Up to three spaces of indentation, as CommonMark allows before block markers; four
/// make an indented code block.
fn unindent(line: &str) -> Option<&str> {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    (spaces <= 3).then(|| &line[spaces..])
}

fn fence_line(line: &str, index: usize) -> Result<Option<FenceLine<'_>>, FenceError> {
    let Some(after) = unindent(line).and_then(|l| l.strip_prefix(":::")) else {
        return Ok(None);
    };
    if after.starts_with(':') {
        return Err(FenceError {
            line: index,
            message: "a block fence is exactly three colons (`:::`)".into(),
        });
    }
    let after = after.trim();
    if after.is_empty() {
        return Ok(Some(FenceLine::Close));
    }
    let (kind, rest) = after
        .split_once(char::is_whitespace)
        .map_or((after, ""), |(kind, rest)| (kind, rest.trim()));
    Ok(Some(FenceLine::Open { kind, rest }))
}

/// A line opening fenced code: three or more backticks or tildes.
fn opens_code(line: &str) -> Option<(u8, usize)> {
    let line = unindent(line)?;
    let marker = *line.as_bytes().first()?;
    if marker != b'`' && marker != b'~' {
        return None;
    }
    let length = line.bytes().take_while(|&b| b == marker).count();
    // A backtick fence's info string cannot contain backticks (else it is inline code).
    let info_ok = marker == b'~' || !line[length..].contains('`');
    (length >= 3 && info_ok).then_some((marker, length))
}

fn closes_code(line: &str, marker: u8, length: usize) -> bool {
    let Some(line) = unindent(line) else {
        return false;
    };
    let run = line.bytes().take_while(|&b| b == marker).count();
    run >= length && line[run..].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 1-based, as if the text were letter.md itself.
    fn output_line(line: usize) -> u32 {
        line as u32 + 1
    }

    fn bodies<'a>(text: &'a str, regions: &[Region<'a>]) -> Vec<(Option<FenceKind>, &'a str)> {
        regions
            .iter()
            .map(|r| (r.fence.as_ref().map(|f| f.kind), &text[r.body.clone()]))
            .collect()
    }

    #[test]
    fn splits_blocks_and_markdown() {
        let text = "Intro\n::: step money\nPay.\n:::\nMiddle\n\n::: deadline Before **1 May**\nSoon.\n:::\n";
        let regions = split(text, &output_line).unwrap();
        assert_eq!(
            bodies(text, &regions),
            vec![
                (None, "Intro\n"),
                (Some(FenceKind::Step), "Pay.\n"),
                (None, "Middle\n\n"),
                (Some(FenceKind::Deadline), "Soon.\n"),
            ]
        );
        let step = regions[1].fence.as_ref().unwrap();
        assert_eq!((step.rest, step.line), ("money", 1));
        assert_eq!(regions[3].fence.as_ref().unwrap().rest, "Before **1 May**");
    }

    #[test]
    fn crlf_and_no_final_newline() {
        let text = "::: info\r\nText\r\n:::";
        let regions = split(text, &output_line).unwrap();
        assert_eq!(
            bodies(text, &regions),
            vec![(Some(FenceKind::Info), "Text\r\n")]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let err = split("a\n::: box\n:::\n", &output_line).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(
            err.message.contains("unknown block `::: box`"),
            "{}",
            err.message
        );
        assert!(err.message.contains("`objection`"));

        let err = split("a\n\n::: info\ntext\n", &output_line).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("not closed"));

        let err = split("a\n:::\n", &output_line).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("closes nothing"));

        let err = split("::: info\n::: warning\n:::\n:::\n", &output_line).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("do not nest"), "{}", err.message);

        let err = split(":::: info\n", &output_line).unwrap_err();
        assert_eq!(err.line, 0);
    }

    #[test]
    fn fences_inside_code_are_not_fences() {
        let text = "```\n:::\n```\n~~~~\n::: info\n~~~~\n";
        let regions = split(text, &output_line).unwrap();
        assert_eq!(bodies(text, &regions), vec![(None, text)]);
    }

    #[test]
    fn indented_four_spaces_is_not_a_fence() {
        let text = "    :::\n";
        assert_eq!(
            bodies(text, &split(text, &output_line).unwrap()),
            vec![(None, text)]
        );
        let text = "   ::: info\nx\n   :::\n";
        assert_eq!(
            bodies(text, &split(text, &output_line).unwrap()),
            vec![(Some(FenceKind::Info), "x\n")]
        );
    }

    #[test]
    fn escaped_colons_are_text() {
        let text = "\\:\\:\\: info\n";
        assert_eq!(
            bodies(text, &split(text, &output_line).unwrap()),
            vec![(None, text)]
        );
    }
}

//! The checker's result: findings like compiler diagnostics, and metrics per letter and
//! per section. Serialises to JSON for CI; [`Report::human`] prints like rustc.

use std::fmt::Write;

use serde::Serialize;

use super::metrics::Metrics;
use super::rules::{Profile, Severity};
use crate::i18n::Language;

/// A place in a file the writer edits. `column` is 1-based in characters, when known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: Option<u32>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        Ok(())
    }
}

/// Byte range of the finding within its sentence, with the same range in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_len: usize,
}

impl Span {
    pub fn new(sentence: &str, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            char_start: sentence[..start].chars().count(),
            char_len: sentence[start..end].chars().count(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// `nl.officialese`
    pub rule: String,
    /// The guideline the rule comes from.
    pub source: String,
    pub message: String,
    /// The sentence as the resident reads it.
    pub sentence: String,
    pub span: Span,
    /// What to do, in words ("Schrijf “over”.").
    pub suggestion: Option<String>,
    /// The plain text for the span, when the rule has one ("over").
    pub replacement: Option<String>,
    /// Where to edit: the Fluent message when the text comes from one, else the template.
    pub location: Location,
    /// The template line that produced the text, when `location` is a Fluent message.
    pub template_location: Option<Location>,
}

/// Metrics of one section: the text from a heading to the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionMetrics {
    /// The heading text; `None` for the text before the first heading.
    pub heading: Option<String>,
    pub line: u32,
    pub metrics: Metrics,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The template or text file checked.
    pub file: String,
    pub language: Language,
    pub profile: Profile,
    pub findings: Vec<Finding>,
    pub metrics: Metrics,
    pub sections: Vec<SectionMetrics>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// True when `helder check` must exit with status 1.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serialises")
    }

    /// Diagnostics in rustc's layout, then a summary line with the scores.
    pub fn human(&self) -> String {
        let mut out = String::new();
        for f in &self.findings {
            write_finding(&mut out, f);
        }
        let lang = self.language.code();
        let _ = write!(
            out,
            "{}: {} {}: {} error(s), {} warning(s), {} note(s); {} sentences, {} words/sentence",
            self.file,
            lang,
            self.profile.name(),
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Info),
            self.metrics.sentences,
            self.metrics.words_per_sentence,
        );
        if let Some(spw) = self.metrics.syllables_per_word {
            let _ = write!(out, ", {spw} syllables/word");
        }
        for s in &self.metrics.scores {
            let _ = write!(out, ", {} {} ({})", s.name, s.value, s.band);
        }
        out.push('\n');
        out
    }
}

fn write_finding(out: &mut String, f: &Finding) {
    let _ = writeln!(out, "{}[{}]: {}", f.severity.name(), f.rule, f.message);
    let line = f.location.line;
    let gutter = if line > 0 {
        line.to_string()
    } else {
        String::new()
    };
    let pad = " ".repeat(gutter.len());
    let _ = writeln!(out, "{pad}--> {}", f.location);
    let _ = writeln!(out, "{pad} |");
    // Tabs and line breaks would shift the carets: show them as spaces.
    let sentence: String = f
        .sentence
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let _ = writeln!(out, "{gutter} | {sentence}");
    let carets = "^".repeat(f.span.char_len.max(1));
    let label = f.replacement.as_deref().unwrap_or("");
    let _ = writeln!(
        out,
        "{pad} | {}{carets}{}{label}",
        " ".repeat(f.span.char_start),
        if label.is_empty() { "" } else { " " }
    );
    let _ = writeln!(out, "{pad} |");
    if let Some(help) = &f.suggestion {
        let _ = writeln!(out, "{pad} = help: {help}");
    }
    if let Some(t) = &f.template_location {
        let _ = writeln!(out, "{pad} = note: used in {t}");
    }
    let _ = writeln!(out, "{pad} = note: source: {}", f.source);
    out.push('\n');
}

//! The engine: turns a letter (or free text) into units of text the resident reads, runs
//! every rule on their sentences and words, and sums the metrics per section.

use super::metrics::{Counts, Measures, arabic_word};
use super::report::{Finding, Location, Report, SectionMetrics, Span};
use super::rules::{BlockKind, LanguageRules, Measure, Profile, Rule, RuleKind, Rules, Scope};
use super::text::{Word, commas, is_link_like, split_sentences, syllables, words};
use crate::i18n::Language;
use crate::letter::ir::{Block, Letter, plain_text};

/// Given a sentence, the place of the Fluent message it comes from.
pub type FluentLookup<'a> = &'a dyn Fn(&str) -> Option<Location>;

/// Where the checked text came from, so findings point at what the writer edits.
pub struct SourceMap<'a> {
    /// The template's `letter.md` as the writer names it ("templates/x/letter.md").
    pub file: &'a str,
    /// Its contents: with it, findings get a column when the text is on the block's line.
    pub text: Option<&'a str>,
    /// Given a sentence, the Fluent message it comes from (file and line of the message),
    /// if any. The caller can answer with `Locales::source_of` for the messages the
    /// template uses.
    pub fluent: Option<FluentLookup<'a>>,
}

impl<'a> SourceMap<'a> {
    /// Only a file name: lines, no columns, no Fluent mapping.
    pub fn file(file: &'a str) -> SourceMap<'a> {
        SourceMap {
            file,
            text: None,
            fluent: None,
        }
    }
}

/// The Fluent messages a letter used, as rendered (with their arguments), each with the
/// place of its source: a ready [`SourceMap::fluent`]. A sentence maps to the first
/// message whose text contains it; Markdown emphasis and escapes are ignored.
#[derive(Debug, Clone, Default)]
pub struct RenderedMessages {
    messages: Vec<(String, Location)>,
}

impl RenderedMessages {
    pub fn new() -> RenderedMessages {
        RenderedMessages::default()
    }

    /// Records one rendered message (`text` as `t()` returned it) and its `.ftl` place.
    pub fn push(&mut self, text: &str, location: Location) {
        self.messages.push((without_markup(text), location));
    }

    /// The source of the message that produced `sentence`, if any.
    pub fn locate(&self, sentence: &str) -> Option<Location> {
        let sentence = without_markup(sentence);
        let sentence = sentence.trim();
        if sentence.is_empty() {
            return None;
        }
        self.messages
            .iter()
            .find(|(text, _)| text.contains(sentence))
            .map(|(_, location)| location.clone())
    }
}

/// Text without Markdown emphasis and backslash escapes, white space collapsed.
fn without_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            '*' | '_' => {}
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Checks a rendered letter: title, body blocks, steps, callouts, the objection clause
/// and checklist items, as the resident reads them.
pub fn check_letter(
    letter: &Letter,
    rules: &Rules,
    profile: Profile,
    source: &SourceMap<'_>,
) -> Report {
    let lang = letter.meta.language;
    let mut units = Vec::new();
    let mut sections = vec![Section {
        heading: None,
        line: letter.body.first().map_or(0, |b| b.origin().line),
        counts: Counts::default(),
    }];
    units.push(Unit {
        text: letter.meta.title.clone(),
        anchor: Anchor::Template { line: 0 },
        chain: vec![BlockKind::Title],
        prose: false,
        section: 0,
        needs_pictogram: false,
    });
    let mut walker = Walker {
        units: &mut units,
        sections: &mut sections,
    };
    walker.blocks(&letter.body, &[], 0);
    let lines: Option<Vec<&str>> = source.text.map(|t| t.lines().collect());
    let mut engine = Engine::new(lang, rules, profile);
    let place = |anchor: &Anchor, sentence: &str, found: &str| {
        let Anchor::Template { line } = *anchor else {
            unreachable!("letters have template anchors")
        };
        let column = lines
            .as_ref()
            .and_then(|ls| ls.get((line as usize).checked_sub(1)?))
            .and_then(|l| find_word(l, found).map(|b| l[..b].chars().count() as u32 + 1));
        let template = Location {
            file: source.file.to_string(),
            line,
            column,
        };
        match source.fluent.and_then(|f| f(sentence)) {
            Some(fluent) => (fluent, Some(template)),
            None => (template, None),
        }
    };
    for unit in &units {
        engine.unit(unit, &mut sections, &place);
    }
    engine.report(source.file, sections)
}

/// Checks free text: paragraphs are separated by blank lines, `#` lines are headings,
/// `-`, `*` and `1.` lines are list items. Findings carry exact line and column.
pub fn check_text(
    text: &str,
    file: &str,
    lang: Language,
    rules: &Rules,
    profile: Profile,
) -> Report {
    let (units, mut sections) = text_units(text);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut engine = Engine::new(lang, rules, profile);
    let place = |anchor: &Anchor, _sentence: &str, _found: &str| {
        let Anchor::Text { offset } = *anchor else {
            unreachable!("free text has text anchors")
        };
        let line = line_starts.partition_point(|&s| s <= offset);
        let col = text[line_starts[line - 1]..offset].chars().count() + 1;
        (
            Location {
                file: file.to_string(),
                line: line as u32,
                column: Some(col as u32),
            },
            None,
        )
    };
    for unit in &units {
        engine.unit(unit, &mut sections, &place);
    }
    engine.report(file, sections)
}

enum Anchor {
    /// The block's line in `letter.md`.
    Template { line: u32 },
    /// Byte offset of the unit's text in the checked file; the engine adds the offset
    /// of the finding within the unit.
    Text { offset: usize },
}

/// A piece of text checked as a whole: a paragraph, list item, heading or cell.
struct Unit {
    text: String,
    anchor: Anchor,
    /// The block kinds it sits in, outermost first.
    chain: Vec<BlockKind>,
    /// Running text: counted in the metrics and by paragraph rules.
    prose: bool,
    section: usize,
    /// First text of a top-level block without a pictogram beside it.
    needs_pictogram: bool,
}

struct Section {
    heading: Option<String>,
    line: u32,
    counts: Counts,
}

struct Walker<'u> {
    units: &'u mut Vec<Unit>,
    sections: &'u mut Vec<Section>,
}

impl Walker<'_> {
    fn blocks(&mut self, blocks: &[Block], chain: &[BlockKind], parent_line: u32) {
        for block in blocks {
            self.block(block, chain, parent_line);
        }
    }

    fn push(&mut self, text: String, line: u32, chain: Vec<BlockKind>, prose: bool) {
        if text.trim().is_empty() {
            return;
        }
        self.units.push(Unit {
            text,
            anchor: Anchor::Template { line },
            // Top-level running text; steps, callouts and checklists carry their own.
            needs_pictogram: matches!(chain[0], BlockKind::Paragraph | BlockKind::ListItem),
            chain,
            prose,
            section: self.sections.len() - 1,
        });
    }

    fn block(&mut self, block: &Block, chain: &[BlockKind], parent_line: u32) {
        let line = match block.origin().line {
            0 => parent_line,
            l => l,
        };
        let with = |k: BlockKind| {
            let mut c = chain.to_vec();
            c.push(k);
            c
        };
        match block {
            Block::Heading { content, .. } => {
                let text = plain_text(content);
                self.sections.push(Section {
                    heading: Some(text.clone()),
                    line,
                    counts: Counts::default(),
                });
                self.push(text, line, with(BlockKind::Heading), false);
            }
            Block::Paragraph { content, .. } => {
                self.push(plain_text(content), line, with(BlockKind::Paragraph), true);
            }
            Block::List { items, .. } => {
                let first = self.units.len();
                for item in items {
                    self.blocks(item, &with(BlockKind::ListItem), line);
                }
                // One pictogram per list, not per item.
                for u in self.units.iter_mut().skip(first + 1) {
                    u.needs_pictogram = false;
                }
            }
            Block::Table { header, rows, .. } => {
                for cell in header.iter().chain(rows.iter().flatten()) {
                    self.push(plain_text(cell), line, with(BlockKind::TableCell), false);
                }
            }
            Block::Step { icon, content, .. } => {
                let first = self.units.len();
                self.blocks(content, &with(BlockKind::Step), line);
                if icon.trim().is_empty()
                    && let Some(u) = self.units.get_mut(first)
                {
                    u.needs_pictogram = true;
                }
            }
            Block::Callout { title, content, .. } | Block::Objection { title, content, .. } => {
                let kind = if matches!(block, Block::Callout { .. }) {
                    BlockKind::Callout
                } else {
                    BlockKind::Objection
                };
                let mut heading = with(kind);
                heading.push(BlockKind::Heading);
                self.push(plain_text(title), line, heading, false);
                self.blocks(content, &with(kind), line);
            }
            Block::Address { .. } => {}
            Block::Checklist { items, .. } => {
                let c = with(BlockKind::Checklist);
                for item in items {
                    let first = self.units.len();
                    self.push(plain_text(&item.document), line, c.clone(), true);
                    self.push(item.who.clone(), line, c.clone(), false);
                    self.push(plain_text(&item.note), line, c.clone(), true);
                    if item.icon.trim().is_empty()
                        && let Some(u) = self.units.get_mut(first)
                    {
                        u.needs_pictogram = true;
                    }
                }
            }
        }
    }
}

fn text_units(text: &str) -> (Vec<Unit>, Vec<Section>) {
    let mut units = Vec::new();
    let mut sections = vec![Section {
        heading: None,
        line: 1,
        counts: Counts::default(),
    }];
    // The paragraph being collected: start and end byte offsets.
    let mut para: Option<(usize, usize, BlockKind)> = None;
    let flush =
        |para: &mut Option<(usize, usize, BlockKind)>, units: &mut Vec<Unit>, section: usize| {
            if let Some((start, end, kind)) = para.take() {
                // Soft line breaks join lines; replacing them keeps byte offsets exact.
                let t: String = text[start..end]
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                    .collect();
                if !t.trim().is_empty() {
                    units.push(Unit {
                        text: t,
                        anchor: Anchor::Text { offset: start },
                        chain: vec![kind],
                        prose: true,
                        section,
                        needs_pictogram: true,
                    });
                }
            }
        };
    let mut offset = 0;
    for (n, raw) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let content = line.trim_start();
        let indent = line.len() - content.len();
        let section = sections.len() - 1;
        if content.is_empty() {
            flush(&mut para, &mut units, section);
        } else if content.starts_with('#') {
            flush(&mut para, &mut units, section);
            let rest = content.trim_start_matches('#');
            let heading = rest.trim();
            let start = line_start
                + indent
                + (content.len() - rest.len())
                + (rest.len() - rest.trim_start().len());
            sections.push(Section {
                heading: Some(heading.to_string()),
                line: n as u32 + 1,
                counts: Counts::default(),
            });
            if !heading.is_empty() {
                units.push(Unit {
                    text: heading.to_string(),
                    anchor: Anchor::Text { offset: start },
                    chain: vec![BlockKind::Heading],
                    prose: false,
                    section: sections.len() - 1,
                    needs_pictogram: false,
                });
            }
        } else if let Some(marker) = list_marker(content) {
            flush(&mut para, &mut units, section);
            let start = line_start + indent + marker;
            para = Some((start, line_start + line.len(), BlockKind::ListItem));
        } else {
            match &mut para {
                Some((_, end, _)) => *end = line_start + line.len(),
                None => {
                    para = Some((
                        line_start + indent,
                        line_start + line.len(),
                        BlockKind::Paragraph,
                    ))
                }
            }
        }
    }
    let section = sections.len() - 1;
    flush(&mut para, &mut units, section);
    (units, sections)
}

/// Byte length of a list marker with its space ("- ", "12. "), if the line has one.
fn list_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("• ") {
        return Some(line.find(' ')? + 1);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then_some(digits + 2)
}

/// The measures of a language the project has no profile for: counts, no scores.
const NO_MEASURES: &Measures = &Measures {
    formulas: Vec::new(),
    hyphenation: None,
};

type Place<'p> = dyn Fn(&Anchor, &str, &str) -> (Location, Option<Location>) + 'p;

struct Engine<'r> {
    lang: Language,
    profile: Profile,
    rules: Option<&'r LanguageRules>,
    measures: &'r Measures,
    findings: Vec<Finding>,
    total: Counts,
}

/// A finding before it is placed: positions are within the unit's text.
struct Hit<'a> {
    rule: &'a Rule,
    sentence: std::ops::Range<usize>,
    span: std::ops::Range<usize>,
    count: Option<usize>,
    max: Option<u32>,
    replacement: Option<String>,
}

impl<'r> Engine<'r> {
    fn new(lang: Language, rules: &'r Rules, profile: Profile) -> Engine<'r> {
        Engine {
            lang,
            profile,
            rules: rules.get(lang),
            measures: rules.measures(lang).unwrap_or(NO_MEASURES),
            findings: Vec::new(),
            total: Counts::default(),
        }
    }

    fn unit(&mut self, unit: &Unit, sections: &mut [Section], place: &Place<'_>) {
        let empty = Default::default();
        let abbreviations = self.rules.map_or(&empty, |r| &r.abbreviations);
        let sentences = split_sentences(&unit.text, abbreviations);
        let active: Vec<&'r Rule> = self
            .rules
            .map(|r| r.rules.iter())
            .into_iter()
            .flatten()
            .filter(|r| {
                r.profiles.contains(&self.profile)
                    && !r.except_in.iter().any(|k| unit.chain.contains(k))
            })
            .collect();
        let mut hits = Vec::new();
        let mut counts = Counts::default();
        let arabic_words = self.measures.arabic_words();
        for range in &sentences {
            let s = &unit.text[range.clone()];
            let ws = words(s);
            let syl: Vec<Option<u32>> = ws
                .iter()
                .map(|w| {
                    let patterns = self.measures.hyphenation?;
                    Some(syllables(&s[w.range.clone()], patterns))
                })
                .collect();
            counts.sentences += 1;
            counts.words += ws.len() as u32;
            for (w, n) in ws.iter().zip(&syl) {
                counts.letters += s[w.range.clone()]
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .count() as u32;
                if arabic_words {
                    counts.arabic.add_word(arabic_word(&s[w.range.clone()]));
                }
                if let Some(n) = n {
                    counts.syllables += n;
                    counts.long_words += u32::from(*n >= 4);
                }
            }
            for rule in &active {
                self.sentence_rule(rule, s, range, &ws, &syl, &mut hits);
            }
        }
        for rule in &active {
            self.paragraph_rule(rule, unit, &sentences, &mut hits);
        }
        if unit.prose {
            sections[unit.section].counts.add(&counts);
            self.total.add(&counts);
        }
        hits.sort_by_key(|h| (h.sentence.start, h.span.start));
        for hit in hits {
            self.place(unit, hit, place);
        }
    }

    fn sentence_rule<'a>(
        &self,
        rule: &'a Rule,
        s: &str,
        range: &std::ops::Range<usize>,
        ws: &[Word],
        syl: &[Option<u32>],
        hits: &mut Vec<Hit<'a>>,
    ) {
        let base = range.start;
        let mut hit = |span: std::ops::Range<usize>, count, max, replacement| {
            hits.push(Hit {
                rule,
                sentence: range.clone(),
                span: base + span.start..base + span.end,
                count,
                max,
                replacement,
            })
        };
        match &rule.kind {
            RuleKind::Substitution { swap } => {
                let mut i = 0;
                while i < ws.len() {
                    let found = swap.iter().find(|(phrase, _)| matches_at(ws, i, phrase));
                    match found {
                        Some((phrase, plain)) => {
                            let span = ws[i].range.start..ws[i + phrase.len() - 1].range.end;
                            let plain = match_case(&s[span.clone()], plain);
                            hit(span, None, None, Some(plain));
                            i += phrase.len();
                        }
                        None => i += 1,
                    }
                }
            }
            RuleKind::Existence { tokens, patterns } => {
                let mut i = 0;
                while i < ws.len() {
                    match tokens.iter().find(|phrase| matches_at(ws, i, phrase)) {
                        Some(phrase) => {
                            hit(
                                ws[i].range.start..ws[i + phrase.len() - 1].range.end,
                                None,
                                None,
                                None,
                            );
                            i += phrase.len();
                        }
                        None => i += 1,
                    }
                }
                // Patterns may overlap ("€1250" breaks two habits): report each place once.
                let mut found: Vec<std::ops::Range<usize>> = patterns
                    .iter()
                    .flat_map(|p| p.find_iter(s).map(|m| m.range()))
                    .filter(|r| !r.is_empty())
                    .collect();
                found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
                let mut end = 0;
                for r in found {
                    if r.start >= end {
                        end = r.end;
                        hit(r, None, None, None);
                    }
                }
            }
            RuleKind::Occurrence {
                scope,
                measure,
                max,
                allow,
            } => {
                let max = max.get(self.profile);
                match scope {
                    Scope::Word => {
                        for (w, n) in ws.iter().zip(syl) {
                            if allow.contains(&w.norm) || is_link_like(&w.norm) {
                                continue;
                            }
                            let count = match measure {
                                Measure::Syllables => match n {
                                    Some(n) => *n as usize,
                                    None => continue,
                                },
                                _ => w.norm.chars().filter(|c| c.is_alphanumeric()).count(),
                            };
                            if count > max as usize {
                                hit(w.range.clone(), Some(count), Some(max), None);
                            }
                        }
                    }
                    Scope::Sentence => {
                        let count = match measure {
                            Measure::Commas => commas(s),
                            _ => ws.len(),
                        };
                        if count > max as usize {
                            // Words: underline from the first word over the limit.
                            let from = match measure {
                                Measure::Words => ws[max as usize].range.start,
                                _ => 0,
                            };
                            hit(from..s.len(), Some(count), Some(max), None);
                        }
                    }
                    Scope::Paragraph => {}
                }
            }
            RuleKind::Passive {
                auxiliaries,
                participles,
                not_participles,
                prefixes,
                suffixes,
                min_length,
                window,
            } => {
                let is_participle = |w: &Word| {
                    participles.contains(&w.norm)
                        || (!not_participles.contains(&w.norm)
                            && !auxiliaries.contains(&w.norm)
                            && w.norm.chars().count() >= *min_length
                            && w.norm.chars().all(char::is_alphabetic)
                            && (prefixes.is_empty()
                                || prefixes.iter().any(|p| w.norm.starts_with(p.as_str())))
                            && suffixes.iter().any(|x| w.norm.ends_with(x.as_str())))
                };
                for (i, aux) in ws.iter().enumerate() {
                    if !auxiliaries.contains(&aux.norm) {
                        continue;
                    }
                    let participle = if *window == 0 {
                        // Main clause: the participle closes the clause ("wordt … betaald");
                        // subordinate clause: it comes just before ("dat het betaald wordt",
                        // "betaald zal worden").
                        ws[i + 1..].iter().find(|w| is_participle(w)).or_else(|| {
                            ws[i.saturating_sub(2)..i]
                                .iter()
                                .rev()
                                .find(|w| is_participle(w))
                        })
                    } else {
                        ws.iter()
                            .skip(i + 1)
                            .take(*window)
                            .find(|w| is_participle(w))
                    };
                    if let Some(p) = participle {
                        let span =
                            aux.range.start.min(p.range.start)..aux.range.end.max(p.range.end);
                        hit(span, None, None, None);
                        break;
                    }
                }
            }
            RuleKind::Pictogram => {}
        }
    }

    fn paragraph_rule<'a>(
        &self,
        rule: &'a Rule,
        unit: &Unit,
        sentences: &[std::ops::Range<usize>],
        hits: &mut Vec<Hit<'a>>,
    ) {
        let Some(first) = sentences.first() else {
            return;
        };
        let mut hit = |sentence: &std::ops::Range<usize>, count, max| {
            hits.push(Hit {
                rule,
                sentence: sentence.clone(),
                span: sentence.clone(),
                count,
                max,
                replacement: None,
            })
        };
        match &rule.kind {
            RuleKind::Occurrence {
                scope: Scope::Paragraph,
                measure,
                max,
                ..
            } if unit.prose => {
                let max = max.get(self.profile);
                match measure {
                    Measure::Sentences if sentences.len() > max as usize => {
                        hit(&sentences[max as usize], Some(sentences.len()), Some(max));
                    }
                    Measure::Words => {
                        let n: usize = sentences
                            .iter()
                            .map(|r| words(&unit.text[r.clone()]).len())
                            .sum();
                        if n > max as usize {
                            hit(first, Some(n), Some(max));
                        }
                    }
                    _ => {}
                }
            }
            RuleKind::Pictogram if unit.needs_pictogram => hit(first, None, None),
            _ => {}
        }
    }

    fn place(&mut self, unit: &Unit, hit: Hit<'_>, place: &Place<'_>) {
        let sentence = &unit.text[hit.sentence.clone()];
        let found = &unit.text[hit.span.clone()];
        let anchor = match unit.anchor {
            Anchor::Text { offset } => Anchor::Text {
                offset: offset + hit.span.start,
            },
            Anchor::Template { line } => Anchor::Template { line },
        };
        let (location, template_location) = place(&anchor, sentence, found);
        let fill = |t: &str| {
            let mut t = t.replace("{found}", found);
            if let Some(r) = &hit.replacement {
                t = t.replace("{plain}", r);
            }
            if let Some(c) = hit.count {
                t = t.replace("{count}", &c.to_string());
            }
            if let Some(m) = hit.max {
                t = t.replace("{max}", &m.to_string());
            }
            t
        };
        let rule = hit.rule;
        self.findings.push(Finding {
            severity: rule.level.get(self.profile),
            rule: rule.id.clone(),
            source: rule.source.clone(),
            message: fill(&rule.message),
            sentence: sentence.to_string(),
            span: Span::new(
                sentence,
                hit.span.start - hit.sentence.start,
                hit.span.end - hit.sentence.start,
            ),
            suggestion: rule.suggestion.as_deref().map(fill),
            replacement: hit.replacement.clone(),
            location,
            template_location,
        });
    }

    fn report(self, file: &str, sections: Vec<Section>) -> Report {
        Report {
            file: file.to_string(),
            language: self.lang,
            profile: self.profile,
            findings: self.findings,
            metrics: self.total.metrics(self.measures),
            sections: sections
                .into_iter()
                .filter(|s| s.heading.is_some() || s.counts.words > 0)
                .map(|s| SectionMetrics {
                    heading: s.heading,
                    line: s.line,
                    metrics: s.counts.metrics(self.measures),
                })
                .collect(),
        }
    }
}

/// Byte offset of `needle` in `line` where it is not part of a longer word.
fn find_word(line: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    line.match_indices(needle).map(|(i, _)| i).find(|&i| {
        let before = line[..i].chars().next_back();
        let after = line[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn matches_at(ws: &[Word], i: usize, phrase: &[String]) -> bool {
    i + phrase.len() <= ws.len()
        && ws[i..i + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(w, p)| &w.norm == p)
}

/// "Aangaande" → "Over": keep the capital of a sentence start.
fn match_case(found: &str, plain: &str) -> String {
    let upper = found.chars().next().is_some_and(char::is_uppercase);
    let mut chars = plain.chars();
    match chars.next() {
        Some(c) if upper && c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => plain.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::plain::metrics::Formula;

    fn lang(code: &str) -> Language {
        Language::from_code(code).unwrap()
    }

    fn nl() -> Language {
        lang("nl")
    }

    fn rules() -> Rules {
        let mut rules = Rules::default();
        rules.set_measures(
            nl(),
            Measures {
                formulas: vec![Formula::FleschDouma, Formula::LeesindexA],
                hyphenation: Some(hypher::Lang::Dutch),
            },
        );
        let text = r#"
abbreviations = ["bijv."]

[[rule]]
id = "nl.officialese"
kind = "substitution"
level = "warning"
source = "test"
message = "{found}"
swap = { indien = "als", "in het kader van" = "bij" }

[[rule]]
id = "nl.sentence-length"
kind = "occurrence"
scope = "sentence"
measure = "words"
max = 5
level = "error"
source = "test"
message = "{count} > {max}"

[[rule]]
id = "nl.paragraph"
kind = "occurrence"
scope = "paragraph"
measure = "sentences"
max = 2
level = "info"
source = "test"
message = "{count}"

[[rule]]
id = "nl.long"
kind = "occurrence"
scope = "word"
measure = "characters"
max = 12
level = "info"
source = "test"
message = "{found}"
"#;
        rules.insert(LanguageRules::parse(nl(), text, Path::new("t.toml")).unwrap());
        rules
    }

    #[test]
    fn free_text_units_follow_headings_lists_and_blank_lines() {
        let (units, sections) = text_units(
            "# Kop\n\nEerste zin\nloopt door.\n\n- Punt een\n12. Punt twee\n## Twee\nSlot.",
        );
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Kop",
                "Eerste zin loopt door.",
                "Punt een",
                "Punt twee",
                "Twee",
                "Slot."
            ]
        );
        assert_eq!(units[2].chain, vec![BlockKind::ListItem]);
        assert_eq!(sections.len(), 3);
        assert_eq!(sections[2].heading.as_deref(), Some("Twee"));
        assert_eq!(sections[2].line, 8);
    }

    #[test]
    fn rules_fire_with_placeholders_filled() {
        let r = check_text(
            "Indien u wilt: bel. Dit is een hele lange zin met veel woorden. Een. Twee. Drie.\n\nBelastingaangifte.",
            "t.md",
            nl(),
            &rules(),
            Profile::B1,
        );
        let ids: Vec<(&str, &str)> = r
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(
            ids,
            vec![
                ("nl.officialese", "Indien"),
                ("nl.sentence-length", "9 > 5"),
                ("nl.paragraph", "5"),
                ("nl.long", "Belastingaangifte"),
            ]
        );
        assert_eq!(r.findings[2].sentence, "Een.");
        assert_eq!(r.findings[3].location.to_string(), "t.md:3:1");
        assert_eq!(r.metrics.sentences, 6);
        let scores: Vec<&str> = r.metrics.scores.iter().map(|s| s.name).collect();
        assert_eq!(scores, ["flesch-douma", "leesindex-a"]);
    }

    #[test]
    fn columns_point_at_whole_words() {
        assert_eq!(find_word("kanaal en kan", "kan"), Some(10));
        assert_eq!(find_word("Kan", "kan"), None);
        assert_eq!(find_word("x", ""), None);
    }

    #[test]
    fn a_language_without_rules_still_gets_metrics() {
        let r = check_text("Wij betalen u.", "t.md", lang("tr"), &rules(), Profile::B1);
        assert!(r.findings.is_empty());
        assert_eq!(r.metrics.words, 3);
        // No profile measures given for it: counts, but no syllables and no scores.
        assert_eq!(r.metrics.syllables, None);
        assert!(r.metrics.scores.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_checked_without_panicking(text in "\\PC{0,300}") {
            let rules = rules();
            for profile in Profile::ALL {
                let r = check_text(&text, "t.md", nl(), &rules, profile);
                for f in &r.findings {
                    proptest::prop_assert!(f.span.end <= f.sentence.len());
                    proptest::prop_assert!(f.location.line >= 1);
                }
                let _ = r.human();
            }
        }

        #[test]
        fn text_with_structure_is_checked_without_panicking(
            parts in proptest::collection::vec("(# |- |1\\. |\\n|)[a-zA-Zé ,.!?:]{0,40}\\n?", 0..12)
        ) {
            let text = parts.concat();
            let r = check_text(&text, "t.md", nl(), &rules(), Profile::EasyRead);
            proptest::prop_assert!(r.metrics.sentences as usize <= text.len());
        }
    }
}

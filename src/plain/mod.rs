//! The plain-language checker: rules and readability metrics over the Letter IR.
//!
//! It reads the text a resident will read (the rendered [`Letter`](crate::letter::ir::Letter)
//! or free text), splits it into sentences and words, runs the language's rules from
//! `locales/<lang>/plain.toml` for a [`Profile`] (B1 or easy read), and reports findings
//! like compiler diagnostics, with the readability formulas the language's profile names
//! (`readability` in `locales/<code>/language.toml`: Flesch-Douma, Leesindex, Flesch,
//! Ateşman, OSMAN) per letter and per section.
//!
//! ```no_run
//! use helder::plain::{check_letter, Profile, Rules, SourceMap};
//! # fn letter() -> helder::letter::ir::Letter { unimplemented!() }
//! let rules = Rules::load_dir("locales".as_ref())?;
//! let report = check_letter(&letter(), &rules, Profile::B1, &SourceMap::file("templates/x/letter.md"));
//! print!("{}", report.human());
//! std::process::exit(i32::from(report.has_errors()));
//! # Ok::<(), helder::plain::RuleError>(())
//! ```

mod check;
pub mod metrics;
mod report;
mod rules;
pub mod text;

pub use check::{FluentLookup, RenderedMessages, SourceMap, check_letter, check_text};
pub use metrics::{Formula, Measures, Metrics, Score};
pub use report::{Finding, Location, Report, SectionMetrics, Span};
pub use rules::{
    BlockKind, LanguageRules, Measure, PerProfile, Profile, Rule, RuleError, RuleKind, Rules,
    Scope, Severity,
};

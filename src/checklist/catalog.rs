//! The catalog in `schemes/`: evidence types and, per scheme, its information
//! requirements (after CCCEV 2.1: a requirement is met by one of several evidence-type
//! lists; inside a list every type is needed). The format is documented in
//! `schemes/README.md`. Every mistake is reported with file:line when the catalog loads.

use crate::project::files::{Files, join};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::Date;
use toml::Spanned;

/// Index of an evidence type in [`Catalog::evidence`].
pub type EvidenceIdx = u16;
/// Index of a concept (the information needed) in [`Catalog::concepts`].
pub type ConceptIdx = u16;
/// Index of a fact about a case (e.g. `variable-income`) in [`Catalog::facts`].
pub type FactIdx = u8;
/// Index of a register the municipality may consult in [`Catalog::sources`].
pub type SourceIdx = u8;

/// What one item is about: one per person, per bank account, per household or per
/// contract (a rental contract, an insurance policy: one per household in a case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Granularity {
    PerPerson,
    PerAccount,
    PerHousehold,
    PerContract,
}

/// How a document reaches the municipality. Ordered: when schemes disagree the strongest
/// (the last) wins. `Retrievable` and `AlreadyHeld` are outcomes, never written in a
/// requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    Retrievable,
    AlreadyHeld,
    KeepReady,
    Upload,
    ShowOriginal,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Retrievable => "retrievable",
            Delivery::AlreadyHeld => "already-held",
            Delivery::KeepReady => "keep-ready",
            Delivery::Upload => "upload",
            Delivery::ShowOriginal => "show-original",
        }
    }
}

/// A date a period, an age or a deadline is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// The date the resident submitted the application for this scheme.
    Submission,
    /// 1 January of the year of submission.
    January1,
    /// The date of the letter that asks for the documents (`today` in the merge).
    Letter,
    Fixed(Date),
}

impl Anchor {
    pub fn resolve(self, submission: Date, letter: Date) -> Date {
        match self {
            Anchor::Submission => submission,
            Anchor::January1 => {
                Date::from_calendar_date(submission.year(), time::Month::January, 1)
                    .expect("1 January exists")
            }
            Anchor::Letter => letter,
            Anchor::Fixed(d) => d,
        }
    }

    /// As written in the catalog: `submission`, `january-1`, `letter` or `YYYY-MM-DD`.
    pub fn as_string(self) -> String {
        match self {
            Anchor::Submission => "submission".into(),
            Anchor::January1 => "january-1".into(),
            Anchor::Letter => "letter".into(),
            Anchor::Fixed(d) => crate::data::iso(d),
        }
    }

    fn parse(s: &str) -> Result<Anchor, String> {
        match s {
            "submission" => Ok(Anchor::Submission),
            "january-1" => Ok(Anchor::January1),
            "letter" => Ok(Anchor::Letter),
            other => crate::data::parse_date(other).map(Anchor::Fixed).map_err(|_| {
                format!(
                    "anchor `{other}`: expected submission, january-1, letter or a date YYYY-MM-DD"
                )
            }),
        }
    }
}

impl Serialize for Anchor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_string())
    }
}

/// The period a document must cover, turned into dates with the scheme's anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Coverage {
    /// No period: the document must simply be valid (an ID, a contract).
    None,
    /// The `months` months up to and including the anchor day:
    /// `anchor − months + 1 day ..= anchor`.
    RollingMonths { months: u8, anchor: Anchor },
    /// The `months` complete calendar months before the anchor's month.
    CompleteMonths { months: u8, anchor: Anchor },
    /// `years` calendar years before the anchor's year (annual statements).
    AnnualStatements { years: u8, anchor: Anchor },
    /// The most recent one: no period, the recency limit says how recent.
    Latest,
}

/// "Issued at most `months` months before the anchor" (a limit, not a coverage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Recency {
    pub months: u8,
    pub anchor: Anchor,
}

/// A term in days after an anchor. Repair terms under Awb 4:5 run from the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DeadlineRule {
    pub days: u16,
    pub anchor: Anchor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Applicant,
    Partner,
    Child,
    CoResident,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Applicant => "applicant",
            Role::Partner => "partner",
            Role::Child => "child",
            Role::CoResident => "co-resident",
        }
    }
}

/// Who in the household a requirement applies to: a role, optionally limited by age on a
/// reference date (children under 18 on the submission date, co-residents 21 or older).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Subject {
    pub role: Role,
    /// Younger than this many years on the reference date.
    pub under: Option<u8>,
    /// At least this many years old on the reference date.
    pub at_least: Option<u8>,
    pub age_on: Anchor,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceType {
    pub id: String,
    /// Fluent id of the document's name.
    pub name: String,
    /// Fluent id of a one-line explanation for residents.
    pub explanation: String,
    /// Pictogram name in `icons/icons.toml`.
    pub pictogram: String,
    pub granularity: Granularity,
    /// Forms that are accepted (`online-banking-pdf`); Fluent `checklist-form-<form>`.
    pub forms: Vec<String>,
    /// What the document must show (`shows-balance`); Fluent `checklist-check-<check>`.
    pub checks: Vec<String>,
    /// Every information concept one document of this type can prove at once (a bank
    /// statement over a period proves the mutations and the balance on its last day).
    /// Requests for these concepts about the same account or person may become one item.
    pub proves: Vec<ConceptIdx>,
    /// The municipality issues this document itself (its own tax assessment): it is
    /// never asked for.
    pub issued_by_municipality: bool,
    /// The document is about the home (a rental contract): a held one stops counting
    /// when the household moved after it was issued.
    pub address_bound: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub id: String,
    pub concept: ConceptIdx,
    pub subjects: Vec<Subject>,
    pub coverage: Coverage,
    pub recency: Option<Recency>,
    /// Evidence-type lists, each sorted and deduplicated; one list suffices (OR), every
    /// type in it is needed (AND).
    pub alternatives: Vec<Vec<EvidenceIdx>>,
    pub granularity: Granularity,
    pub delivery: Delivery,
    pub legal_basis: String,
    pub deadline: DeadlineRule,
    /// Only when all of these facts hold for the case.
    pub when: Vec<FactIdx>,
    /// Not when any of these facts holds.
    pub unless: Vec<FactIdx>,
    /// Only members who have income (a member's `income` is not `false` in the case).
    pub income_only: bool,
    /// Evidence types taken out of `alternatives` because the municipality issues them
    /// itself (`issued_by = "municipality"`): never asked for.
    pub issued_here: Vec<EvidenceIdx>,
    /// One of the evidence-type lists consisted only of documents the municipality
    /// issues itself: the requirement is met without asking anything.
    pub met_here: bool,
    /// Which file decided its period, recency, delivery and deadline.
    pub decided: Decided,
    /// The deadline is the scheme's (a policy that changes the scheme's term changes it).
    pub deadline_from_scheme: bool,
    /// Where it is written, for explanations and diagnostics.
    pub line: u32,
    /// `file:line`, as shown in a checklist's explanation.
    pub source: String,
}

/// Which file and line decided each value of a requirement: its line in the national
/// catalog, or a municipality's policy file in `schemes/local/` that overrides it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decided {
    pub coverage: String,
    pub recency: String,
    pub delivery: String,
    pub deadline: String,
}

/// A register the scheme may consult itself, under a legal basis, instead of asking.
#[derive(Debug, Clone, PartialEq)]
pub struct Retrieval {
    pub source: SourceIdx,
    pub legal_basis: String,
    pub concepts: Vec<ConceptIdx>,
    /// `file:line` where it is written (the scheme's file or a local policy file).
    pub at: String,
}

/// The whole scheme asks for nothing when a fact holds (kwijtschelding on bijstand).
#[derive(Debug, Clone, PartialEq)]
pub struct Exemption {
    pub fact: FactIdx,
    pub legal_basis: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SchemeKind {
    /// Handled by this municipality: its documents are merged.
    Municipal,
    /// National (huurtoeslag): shown as a pointer, never merged.
    Pointer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scheme {
    pub id: String,
    /// Fluent id of the scheme's name.
    pub name: String,
    /// The legal regime (Participatiewet, Wgs, ...): documents are never reused across
    /// regimes automatically.
    pub regime: String,
    pub kind: SchemeKind,
    pub url: Option<String>,
    pub deadline: DeadlineRule,
    /// `file:line` that decided the scheme's repair term.
    pub deadline_at: String,
    pub exemptions: Vec<Exemption>,
    pub retrievals: Vec<Retrieval>,
    pub requirements: Vec<Requirement>,
    pub file: PathBuf,
}

/// Evidence types, facts, registers and schemes, loaded once and read-only.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub evidence: Vec<EvidenceType>,
    pub concepts: Vec<String>,
    pub facts: Vec<String>,
    pub sources: Vec<String>,
    pub schemes: Vec<Scheme>,
    evidence_by_id: HashMap<String, EvidenceIdx>,
    scheme_by_id: HashMap<String, usize>,
}

/// One mistake in the catalog, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogIssue {
    pub file: PathBuf,
    pub line: u32,
    pub message: String,
}

impl fmt::Display for CatalogIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// All mistakes found in the catalog (loading does not stop at the first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub issues: Vec<CatalogIssue>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the scheme catalog has {} mistake(s):",
            self.issues.len()
        )?;
        for i in &self.issues {
            writeln!(f, "  {i}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogError {}

// ---- raw TOML ------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvidenceFile {
    #[serde(default)]
    facts: Vec<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    evidence: Vec<Spanned<RawEvidence>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvidence {
    id: Spanned<String>,
    name: String,
    explanation: String,
    pictogram: String,
    granularity: Granularity,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    checks: Vec<String>,
    #[serde(default)]
    proves: Vec<String>,
    #[serde(default)]
    issued_by: Option<String>,
    #[serde(default)]
    address_bound: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScheme {
    id: Spanned<String>,
    name: String,
    regime: String,
    kind: SchemeKind,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    deadline: Option<Spanned<RawDeadline>>,
    #[serde(default)]
    exemption: Vec<Spanned<RawExemption>>,
    #[serde(default)]
    retrieval: Vec<Spanned<RawRetrieval>>,
    #[serde(default)]
    requirement: Vec<Spanned<RawRequirement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    days: i64,
    from: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExemption {
    fact: String,
    legal_basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetrieval {
    source: String,
    legal_basis: String,
    concepts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequirement {
    id: Spanned<String>,
    concept: String,
    subjects: Vec<Spanned<RawSubject>>,
    coverage: Spanned<RawCoverage>,
    #[serde(default)]
    recency: Option<Spanned<RawRecency>>,
    alternatives: Spanned<Vec<Vec<Spanned<String>>>>,
    delivery: Spanned<Delivery>,
    legal_basis: String,
    #[serde(default)]
    deadline: Option<Spanned<RawDeadline>>,
    #[serde(default)]
    when: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    income_only: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubject {
    role: Role,
    #[serde(default)]
    under: Option<i64>,
    #[serde(default)]
    at_least: Option<i64>,
    #[serde(default)]
    age_on: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCoverage {
    kind: String,
    #[serde(default)]
    months: Option<i64>,
    #[serde(default)]
    years: Option<i64>,
    #[serde(default)]
    anchor: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecency {
    months: i64,
    anchor: String,
}

/// A municipality's policy file (`schemes/local/*.toml`): its own choices on top of the
/// national catalog, which stays untouched.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    /// Evidence types this municipality issues itself (never asked for).
    #[serde(default)]
    issues: Vec<Spanned<String>>,
    #[serde(default)]
    scheme: std::collections::BTreeMap<String, Spanned<RawSchemePolicy>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchemePolicy {
    #[serde(default)]
    deadline: Option<Spanned<RawDeadline>>,
    #[serde(default)]
    retrieval: Vec<Spanned<RawRetrieval>>,
    #[serde(default)]
    requirement: std::collections::BTreeMap<String, Spanned<RawRequirementPolicy>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequirementPolicy {
    #[serde(default)]
    coverage: Option<Spanned<RawCoverage>>,
    #[serde(default)]
    recency: Option<Spanned<RawRecency>>,
    #[serde(default)]
    delivery: Option<Spanned<Delivery>>,
    #[serde(default)]
    deadline: Option<Spanned<RawDeadline>>,
}

/// A catalog file's text, to turn byte offsets into 1-based line numbers.
struct Lines<'a> {
    file: &'a Path,
    src: &'a str,
}

impl<'a> Lines<'a> {
    fn new(file: &'a Path, src: &'a str) -> Lines<'a> {
        Lines { file, src }
    }

    fn line(&self, offset: usize) -> u32 {
        crate::diag::line_col(self.src, offset).0
    }

    /// `file:line` of an offset, as explanations show where a value was decided.
    fn at(&self, offset: usize) -> String {
        format!("{}:{}", self.file.display(), self.line(offset))
    }

    fn issue(&self, offset: usize, message: impl Into<String>) -> CatalogIssue {
        CatalogIssue {
            file: self.file.to_path_buf(),
            line: self.line(offset),
            message: message.into(),
        }
    }
}

/// The folder of a municipality's policy files inside `schemes/`.
pub const LOCAL: &str = "local";

/// Longest period a rule may ask for: ten years. Longer is a typo, not a rule.
const MAX_MONTHS: i64 = 120;
const MAX_YEARS: i64 = 10;
/// Awb 4:5: a repair term must be reasonable; CRvB 2016:1093 upheld 7 days as the minimum.
pub const MIN_REPAIR_DAYS: i64 = 7;
const MAX_TERM_DAYS: i64 = 366;

#[derive(Default)]
struct Builder {
    issues: Vec<CatalogIssue>,
    evidence: Vec<EvidenceType>,
    evidence_by_id: HashMap<String, EvidenceIdx>,
    concepts: Vec<String>,
    concept_by_id: HashMap<String, ConceptIdx>,
    facts: Vec<String>,
    sources: Vec<String>,
    schemes: Vec<Scheme>,
    scheme_by_id: HashMap<String, (usize, PathBuf, u32)>,
}

impl Catalog {
    /// Loads `dir/evidence.toml` (evidence types, facts, registers) and every other
    /// `dir/*.toml` as one scheme. All mistakes are collected and reported at once.
    pub fn load(dir: &Path) -> Result<Catalog, CatalogError> {
        let evidence_path = dir.join("evidence.toml");
        let read = |p: &Path| {
            std::fs::read_to_string(p).map_err(|e| CatalogError {
                issues: vec![CatalogIssue {
                    file: p.to_path_buf(),
                    line: 0,
                    message: format!("cannot read: {e}"),
                }],
            })
        };
        let evidence_src = read(&evidence_path)?;
        let entries = std::fs::read_dir(dir).map_err(|e| CatalogError {
            issues: vec![CatalogIssue {
                file: dir.to_path_buf(),
                line: 0,
                message: format!("cannot list the catalog folder: {e}"),
            }],
        })?;
        let mut scheme_paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "toml")
                    && p.file_name() != Some("evidence.toml".as_ref())
            })
            .collect();
        scheme_paths.sort();
        let mut schemes = Vec::with_capacity(scheme_paths.len());
        for p in scheme_paths {
            let src = read(&p)?;
            schemes.push((p, src));
        }
        let local = dir.join(LOCAL);
        let mut policies = Vec::new();
        if local.is_dir() {
            let entries = std::fs::read_dir(&local).map_err(|e| CatalogError {
                issues: vec![CatalogIssue {
                    file: local.clone(),
                    line: 0,
                    message: format!("cannot list the policy folder: {e}"),
                }],
            })?;
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            paths.sort();
            for p in paths {
                let src = read(&p)?;
                policies.push((p, src));
            }
        }
        let borrowed: Vec<(&Path, &str)> = schemes
            .iter()
            .map(|(p, s)| (p.as_path(), s.as_str()))
            .collect();
        let policies: Vec<(&Path, &str)> = policies
            .iter()
            .map(|(p, s)| (p.as_path(), s.as_str()))
            .collect();
        Catalog::with_policy((&evidence_path, &evidence_src), &borrowed, &policies)
    }

    /// Loads `dir/evidence.toml` and every other `dir/*.toml` of a project's files, as
    /// [`Catalog::load`] does for a folder on disk.
    pub fn load_files(files: &Files, dir: &str) -> Result<Catalog, CatalogError> {
        let read = |rel: &str| {
            files.read_text(rel).map_err(|e| CatalogError {
                issues: vec![CatalogIssue {
                    file: files.display(rel),
                    line: 0,
                    message: format!("cannot read: {e}"),
                }],
            })
        };
        let evidence_rel = join(dir, "evidence.toml");
        let evidence_src = read(&evidence_rel)?;
        let entries = files.list(dir).map_err(|e| CatalogError {
            issues: vec![CatalogIssue {
                file: files.display(dir),
                line: 0,
                message: format!("cannot list the catalog folder: {e}"),
            }],
        })?;
        let mut schemes = Vec::new();
        for entry in entries {
            if entry.is_dir || !entry.name.ends_with(".toml") || entry.name == "evidence.toml" {
                continue;
            }
            let rel = join(dir, &entry.name);
            let src = read(&rel)?;
            schemes.push((files.display(&rel), src));
        }
        let local = join(dir, LOCAL);
        let mut policies = Vec::new();
        // No policy folder is no policy: the national catalog as it is.
        if let Ok(entries) = files.list(&local) {
            for entry in entries {
                if entry.is_dir || !entry.name.ends_with(".toml") {
                    continue;
                }
                let rel = join(&local, &entry.name);
                let src = read(&rel)?;
                policies.push((files.display(&rel), src));
            }
            policies.sort();
        }
        let borrowed: Vec<(&Path, &str)> = schemes
            .iter()
            .map(|(p, s)| (p.as_path(), s.as_str()))
            .collect();
        let policies: Vec<(&Path, &str)> = policies
            .iter()
            .map(|(p, s)| (p.as_path(), s.as_str()))
            .collect();
        Catalog::with_policy(
            (&files.display(&evidence_rel), &evidence_src),
            &borrowed,
            &policies,
        )
    }

    /// Builds a catalog from file contents (paths are only used in messages).
    pub fn from_sources(
        evidence: (&Path, &str),
        schemes: &[(&Path, &str)],
    ) -> Result<Catalog, CatalogError> {
        Catalog::with_policy(evidence, schemes, &[])
    }

    /// As [`Catalog::from_sources`], then each municipal policy file in turn (the files
    /// of `schemes/local/`, by name: a later file wins) on top of the national catalog.
    pub fn with_policy(
        evidence: (&Path, &str),
        schemes: &[(&Path, &str)],
        policies: &[(&Path, &str)],
    ) -> Result<Catalog, CatalogError> {
        let mut b = Builder::default();
        b.evidence_file(evidence.0, evidence.1);
        for (path, src) in schemes {
            b.scheme_file(path, src);
        }
        if b.issues.is_empty() {
            for (path, src) in policies {
                b.policy_file(path, src);
            }
        }
        if !b.issues.is_empty() {
            return Err(CatalogError { issues: b.issues });
        }
        b.take_out_what_the_municipality_issues();
        Ok(Catalog {
            evidence: b.evidence,
            concepts: b.concepts,
            facts: b.facts,
            sources: b.sources,
            schemes: b.schemes,
            evidence_by_id: b.evidence_by_id,
            scheme_by_id: b
                .scheme_by_id
                .into_iter()
                .map(|(k, (i, _, _))| (k, i))
                .collect(),
        })
    }

    pub fn scheme(&self, id: &str) -> Option<&Scheme> {
        self.scheme_by_id.get(id).map(|&i| &self.schemes[i])
    }

    pub fn scheme_index(&self, id: &str) -> Option<usize> {
        self.scheme_by_id.get(id).copied()
    }

    pub fn evidence_type(&self, id: &str) -> Option<&EvidenceType> {
        self.evidence_by_id
            .get(id)
            .map(|&i| &self.evidence[i as usize])
    }

    pub fn evidence_index(&self, id: &str) -> Option<EvidenceIdx> {
        self.evidence_by_id.get(id).copied()
    }

    pub fn fact_index(&self, id: &str) -> Option<FactIdx> {
        self.facts
            .iter()
            .position(|f| f == id)
            .map(|i| i as FactIdx)
    }

    pub fn source_index(&self, id: &str) -> Option<SourceIdx> {
        self.sources
            .iter()
            .position(|f| f == id)
            .map(|i| i as SourceIdx)
    }

    /// Every Fluent message id the catalog references (for completeness checks).
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for e in &self.evidence {
            ids.push(e.name.clone());
            ids.push(e.explanation.clone());
            ids.extend(e.forms.iter().map(|f| format!("checklist-form-{f}")));
            ids.extend(e.checks.iter().map(|c| format!("checklist-check-{c}")));
        }
        for s in &self.schemes {
            ids.push(s.name.clone());
        }
        ids.extend(self.facts.iter().map(|f| format!("checklist-fact-{f}")));
        ids.extend(self.sources.iter().map(|s| format!("checklist-source-{s}")));
        ids.sort();
        ids.dedup();
        ids
    }
}

impl Builder {
    /// Documents the municipality issues itself are never asked for: they leave every
    /// evidence-type list, and a list left empty means the requirement is met here.
    fn take_out_what_the_municipality_issues(&mut self) {
        let here: Vec<bool> = self
            .evidence
            .iter()
            .map(|e| e.issued_by_municipality)
            .collect();
        for r in self
            .schemes
            .iter_mut()
            .flat_map(|s| s.requirements.iter_mut())
        {
            let mut removed = Vec::new();
            let mut met = false;
            for list in &mut r.alternatives {
                removed.extend(list.iter().copied().filter(|&e| here[e as usize]));
                list.retain(|&e| !here[e as usize]);
                met |= list.is_empty();
            }
            removed.sort_unstable();
            removed.dedup();
            r.alternatives.retain(|l| !l.is_empty());
            r.alternatives.sort();
            r.alternatives.dedup();
            r.issued_here = removed;
            r.met_here = met;
        }
    }

    fn evidence_file(&mut self, path: &Path, src: &str) {
        let lines = Lines::new(path, src);
        let raw: RawEvidenceFile = match toml::from_str(src) {
            Ok(r) => r,
            Err(e) => {
                let off = e.span().map_or(0, |s| s.start);
                self.issues.push(lines.issue(off, e.message().to_string()));
                return;
            }
        };
        for f in raw.facts {
            if self.facts.contains(f.get_ref()) {
                self.issues
                    .push(lines.issue(f.span().start, format!("duplicate fact `{}`", f.get_ref())));
            } else if self.facts.len() >= 64 {
                self.issues
                    .push(lines.issue(f.span().start, "too many facts"));
            } else {
                self.facts.push(f.into_inner());
            }
        }
        for s in raw.sources {
            if self.sources.contains(s.get_ref()) {
                self.issues.push(lines.issue(
                    s.span().start,
                    format!("duplicate register `{}`", s.get_ref()),
                ));
            } else if self.sources.len() >= 64 {
                self.issues
                    .push(lines.issue(s.span().start, "too many registers (at most 64)"));
            } else {
                self.sources.push(s.into_inner());
            }
        }
        for e in raw.evidence {
            let span = e.span().start;
            let e = e.into_inner();
            let id = e.id.get_ref().clone();
            if let Err(why) = slug(&id) {
                self.issues
                    .push(lines.issue(e.id.span().start, format!("evidence id `{id}`: {why}")));
            }
            if self.evidence_by_id.contains_key(&id) {
                self.issues.push(
                    lines.issue(e.id.span().start, format!("duplicate evidence type `{id}`")),
                );
                continue;
            }
            if e.pictogram.is_empty() || e.name.is_empty() || e.explanation.is_empty() {
                self.issues.push(lines.issue(
                    span,
                    format!(
                        "evidence type `{id}`: name, explanation and pictogram must not be empty"
                    ),
                ));
            }
            for x in e.forms.iter().chain(&e.checks) {
                if let Err(why) = slug(x) {
                    self.issues
                        .push(lines.issue(span, format!("evidence type `{id}`: `{x}`: {why}")));
                }
            }
            let mut proves = Vec::new();
            for c in &e.proves {
                match slug(c) {
                    Ok(()) => proves.push(self.concept(c)),
                    Err(why) => self.issues.push(
                        lines.issue(span, format!("evidence type `{id}`: concept `{c}`: {why}")),
                    ),
                }
            }
            proves.sort_unstable();
            proves.dedup();
            let issued_by_municipality = match e.issued_by.as_deref() {
                None => false,
                Some("municipality") => true,
                Some(other) => {
                    self.issues.push(lines.issue(
                        span,
                        format!("evidence type `{id}`: issued_by `{other}`: expected `municipality` or nothing"),
                    ));
                    false
                }
            };
            self.evidence_by_id
                .insert(id.clone(), self.evidence.len() as EvidenceIdx);
            self.evidence.push(EvidenceType {
                id,
                name: e.name,
                explanation: e.explanation,
                pictogram: e.pictogram,
                granularity: e.granularity,
                forms: e.forms,
                checks: e.checks,
                proves,
                issued_by_municipality,
                address_bound: e.address_bound,
            });
        }
    }

    fn concept(&mut self, id: &str) -> ConceptIdx {
        if let Some(&c) = self.concept_by_id.get(id) {
            return c;
        }
        let c = self.concepts.len() as ConceptIdx;
        self.concepts.push(id.to_string());
        self.concept_by_id.insert(id.to_string(), c);
        c
    }

    fn anchor(&mut self, lines: &Lines, off: usize, s: &str) -> Anchor {
        Anchor::parse(s).unwrap_or_else(|m| {
            self.issues.push(lines.issue(off, m));
            Anchor::Submission
        })
    }

    fn deadline(&mut self, lines: &Lines, d: &Spanned<RawDeadline>) -> DeadlineRule {
        let off = d.span().start;
        let r = d.get_ref();
        let anchor = self.anchor(lines, off, &r.from);
        if r.days > MAX_TERM_DAYS || r.days < 0 {
            self.issues.push(lines.issue(
                off,
                format!(
                    "deadline of {} days: expected 7 to {MAX_TERM_DAYS} days",
                    r.days
                ),
            ));
        } else if r.days < MIN_REPAIR_DAYS && anchor == Anchor::Letter {
            self.issues.push(lines.issue(
                off,
                format!("repair term of {} days is too short: Awb 4:5 needs a reasonable term, at least {MIN_REPAIR_DAYS} days (CRvB 2016:1093)", r.days),
            ));
        }
        DeadlineRule {
            days: r.days.clamp(0, MAX_TERM_DAYS) as u16,
            anchor,
        }
    }

    fn fact(&mut self, lines: &Lines, off: usize, f: &str) -> Option<FactIdx> {
        let i = self.facts.iter().position(|x| x == f);
        if i.is_none() {
            self.issues.push(lines.issue(
                off,
                format!(
                    "unknown fact `{f}`: declare it in evidence.toml (known: {})",
                    self.facts.join(", ")
                ),
            ));
        }
        i.map(|i| i as FactIdx)
    }

    fn scheme_file(&mut self, path: &Path, src: &str) {
        let lines = Lines::new(path, src);
        let raw: RawScheme = match toml::from_str(src) {
            Ok(r) => r,
            Err(e) => {
                let off = e.span().map_or(0, |s| s.start);
                self.issues.push(lines.issue(off, e.message().to_string()));
                return;
            }
        };
        let id = raw.id.get_ref().clone();
        let id_line = lines.line(raw.id.span().start);
        if let Err(why) = slug(&id) {
            self.issues
                .push(lines.issue(raw.id.span().start, format!("scheme id `{id}`: {why}")));
        }
        if let Some((_, other, line)) = self.scheme_by_id.get(&id) {
            let msg = format!(
                "duplicate scheme `{id}` (first defined in {}:{line})",
                other.display()
            );
            self.issues.push(lines.issue(raw.id.span().start, msg));
            return;
        }
        let deadline_at = lines.at(raw
            .deadline
            .as_ref()
            .map_or(raw.id.span().start, |d| d.span().start));
        let deadline = match &raw.deadline {
            Some(d) => self.deadline(&lines, d),
            None => {
                if raw.kind == SchemeKind::Municipal {
                    self.issues.push(lines.issue(
                        raw.id.span().start,
                        format!("scheme `{id}` needs a deadline rule (the repair term, Awb 4:5)"),
                    ));
                }
                DeadlineRule {
                    days: 14,
                    anchor: Anchor::Letter,
                }
            }
        };
        match raw.kind {
            SchemeKind::Pointer => {
                if raw.url.is_none() {
                    self.issues.push(lines.issue(
                        raw.id.span().start,
                        format!("pointer scheme `{id}` needs a url"),
                    ));
                }
                if let Some(r) = raw.requirement.first() {
                    self.issues.push(lines.issue(
                        r.span().start,
                        format!(
                            "pointer scheme `{id}` is not filed here: it may not have requirements"
                        ),
                    ));
                }
            }
            SchemeKind::Municipal => {
                if raw.requirement.is_empty() {
                    self.issues.push(lines.issue(
                        raw.id.span().start,
                        format!("scheme `{id}` has no requirements"),
                    ));
                }
            }
        }
        if let Some(u) = &raw.url
            && !u.starts_with("https://")
        {
            self.issues.push(lines.issue(
                raw.id.span().start,
                format!("url `{u}` must start with https://"),
            ));
        }
        let mut exemptions = Vec::new();
        for e in &raw.exemption {
            if let Some(fact) = self.fact(&lines, e.span().start, &e.get_ref().fact) {
                exemptions.push(Exemption {
                    fact,
                    legal_basis: e.get_ref().legal_basis.clone(),
                });
            }
        }
        let mut requirements: Vec<Requirement> = Vec::new();
        for r in &raw.requirement {
            if let Some(req) = self.requirement(&lines, r, deadline, &deadline_at) {
                if requirements.iter().any(|x| x.id == req.id) {
                    self.issues.push(lines.issue(
                        r.get_ref().id.span().start,
                        format!("duplicate requirement `{}` in scheme `{id}`", req.id),
                    ));
                    continue;
                }
                requirements.push(req);
            }
        }
        let mut retrievals = Vec::new();
        for r in &raw.retrieval {
            if let Some(x) = self.retrieval(&lines, r, &id, &requirements) {
                retrievals.push(x);
            }
        }
        self.scheme_by_id.insert(
            id.clone(),
            (self.schemes.len(), path.to_path_buf(), id_line),
        );
        self.schemes.push(Scheme {
            id,
            name: raw.name,
            regime: raw.regime,
            kind: raw.kind,
            url: raw.url,
            deadline,
            deadline_at,
            exemptions,
            retrievals,
            requirements,
            file: path.to_path_buf(),
        });
    }

    /// A coverage rule (`{ kind, months | years, anchor }`), checked.
    fn coverage(&mut self, lines: &Lines, raw: &Spanned<RawCoverage>) -> Coverage {
        let co = raw.span().start;
        let c = raw.get_ref();
        let count = |issues: &mut Vec<CatalogIssue>,
                     v: Option<i64>,
                     what: &str,
                     max: i64,
                     kind: &str|
         -> u8 {
            match v {
                Some(v) if (1..=max).contains(&v) => v as u8,
                Some(v) => {
                    issues.push(lines.issue(
                        co,
                        format!(
                            "impossible period: {kind} with {what} = {v} (expected 1 to {max})"
                        ),
                    ));
                    1
                }
                None => {
                    issues.push(lines.issue(co, format!("coverage `{kind}` needs `{what}`")));
                    1
                }
            }
        };
        let kind = c.kind.as_str();
        match kind {
            "none" | "latest" => {
                if c.months.is_some() || c.years.is_some() || c.anchor.is_some() {
                    self.issues.push(lines.issue(
                        co,
                        format!("coverage `{kind}` takes no months, years or anchor"),
                    ));
                }
                if kind == "none" {
                    Coverage::None
                } else {
                    Coverage::Latest
                }
            }
            "rolling-months" | "complete-months" | "annual-statements" => {
                let n = if kind == "annual-statements" {
                    if c.months.is_some() {
                        self.issues.push(
                            lines.issue(co, "annual-statements counts `years`, not `months`"),
                        );
                    }
                    count(&mut self.issues, c.years, "years", MAX_YEARS, kind)
                } else {
                    if c.years.is_some() {
                        self.issues
                            .push(lines.issue(co, format!("{kind} counts `months`, not `years`")));
                    }
                    count(&mut self.issues, c.months, "months", MAX_MONTHS, kind)
                };
                let anchor = match &c.anchor {
                    Some(a) => self.anchor(lines, co, a),
                    None => {
                        self.issues
                            .push(lines.issue(co, format!("coverage `{kind}` needs an anchor")));
                        Anchor::Submission
                    }
                };
                match kind {
                    "rolling-months" => Coverage::RollingMonths { months: n, anchor },
                    "complete-months" => Coverage::CompleteMonths { months: n, anchor },
                    _ => Coverage::AnnualStatements { years: n, anchor },
                }
            }
            other => {
                self.issues.push(lines.issue(co, format!("unknown coverage `{other}`: expected none, latest, rolling-months, complete-months or annual-statements")));
                Coverage::None
            }
        }
    }

    /// A recency limit (`{ months, anchor }`), checked.
    fn recency(&mut self, lines: &Lines, raw: &Spanned<RawRecency>) -> Recency {
        let rs = raw;
        let ro = rs.span().start;
        let x = rs.get_ref();
        if !(1..=MAX_MONTHS).contains(&x.months) {
            self.issues.push(lines.issue(
                ro,
                format!(
                    "impossible recency: {} months (expected 1 to {MAX_MONTHS})",
                    x.months
                ),
            ));
        }
        Recency {
            months: x.months.clamp(1, MAX_MONTHS) as u8,
            anchor: self.anchor(lines, ro, &x.anchor),
        }
    }

    /// A register a scheme may consult, for concepts its requirements ask.
    fn retrieval(
        &mut self,
        lines: &Lines,
        r: &Spanned<RawRetrieval>,
        id: &str,
        requirements: &[Requirement],
    ) -> Option<Retrieval> {
        let off = r.span().start;
        let rr = r.get_ref();
        let Some(source) = self.sources.iter().position(|s| *s == rr.source) else {
            self.issues.push(lines.issue(
                off,
                format!(
                    "unknown register `{}` (known: {})",
                    rr.source,
                    self.sources.join(", ")
                ),
            ));
            return None;
        };
        if rr.legal_basis.trim().is_empty() {
            self.issues.push(lines.issue(
                off,
                "a retrieval needs a legal basis: once-only is decided per legal basis",
            ));
        }
        let mut concepts = Vec::new();
        for c in &rr.concepts {
            match self.concept_by_id.get(c) {
                Some(&ci) if requirements.iter().any(|q| q.concept == ci) => concepts.push(ci),
                _ => self.issues.push(lines.issue(
                    off,
                    format!("retrieval names concept `{c}` that no requirement of `{id}` asks for"),
                )),
            }
        }
        Some(Retrieval {
            source: source as SourceIdx,
            legal_basis: rr.legal_basis.clone(),
            concepts,
            at: lines.at(off),
        })
    }

    /// A municipality's policy file: which documents it issues itself, and per scheme its
    /// repair term, the registers it may consult and, per requirement, the period,
    /// recency, delivery and deadline it decides otherwise. Each value it sets records
    /// this file and line as the one that decided it.
    fn policy_file(&mut self, path: &Path, src: &str) {
        let lines = Lines::new(path, src);
        let raw: RawPolicy = match toml::from_str(src) {
            Ok(r) => r,
            Err(e) => {
                let off = e.span().map_or(0, |s| s.start);
                self.issues.push(lines.issue(off, e.message().to_string()));
                return;
            }
        };
        for e in &raw.issues {
            match self.evidence_by_id.get(e.get_ref()) {
                Some(&i) => self.evidence[i as usize].issued_by_municipality = true,
                None => self.issues.push(lines.issue(
                    e.span().start,
                    format!("unknown evidence type `{}`", e.get_ref()),
                )),
            }
        }
        for (id, sp) in &raw.scheme {
            let off = sp.span().start;
            let Some(&(si, _, _)) = self.scheme_by_id.get(id) else {
                let mut known: Vec<&str> = self.schemes.iter().map(|s| s.id.as_str()).collect();
                known.sort_unstable();
                let mut m = format!(
                    "unknown scheme `{id}`: expected one of {}",
                    known.join(", ")
                );
                if let Some(near) = crate::diag::closest(id, known.iter().copied()) {
                    m.push_str(&format!(" (did you mean `{near}`?)"));
                }
                self.issues.push(lines.issue(off, m));
                continue;
            };
            let p = sp.get_ref();
            if let Some(d) = &p.deadline {
                let rule = self.deadline(&lines, d);
                let at = lines.at(d.span().start);
                let s = &mut self.schemes[si];
                s.deadline = rule;
                s.deadline_at = at.clone();
                for r in s.requirements.iter_mut().filter(|r| r.deadline_from_scheme) {
                    r.deadline = rule;
                    r.decided.deadline = at.clone();
                }
            }
            let requirements = std::mem::take(&mut self.schemes[si].requirements);
            for r in &p.retrieval {
                if let Some(x) = self.retrieval(&lines, r, id, &requirements) {
                    self.schemes[si].retrievals.push(x);
                }
            }
            self.schemes[si].requirements = requirements;
            for (rid, rp) in &p.requirement {
                let roff = rp.span().start;
                let Some(ri) = self.schemes[si]
                    .requirements
                    .iter()
                    .position(|r| &r.id == rid)
                else {
                    let known: Vec<&str> = self.schemes[si]
                        .requirements
                        .iter()
                        .map(|r| r.id.as_str())
                        .collect();
                    let m = format!(
                        "scheme `{id}` has no requirement `{rid}`: expected one of {}",
                        known.join(", ")
                    );
                    self.issues.push(lines.issue(roff, m));
                    continue;
                };
                let x = rp.get_ref();
                let coverage = x
                    .coverage
                    .as_ref()
                    .map(|c| (self.coverage(&lines, c), lines.at(c.span().start)));
                let recency = x
                    .recency
                    .as_ref()
                    .map(|c| (self.recency(&lines, c), lines.at(c.span().start)));
                let deadline = x
                    .deadline
                    .as_ref()
                    .map(|c| (self.deadline(&lines, c), lines.at(c.span().start)));
                if let Some(d) = &x.delivery
                    && matches!(d.get_ref(), Delivery::Retrievable | Delivery::AlreadyHeld)
                {
                    self.issues.push(lines.issue(
                        d.span().start,
                        "delivery `retrievable` or `already-held` is decided per case: write keep-ready, upload or show-original",
                    ));
                }
                let r = &mut self.schemes[si].requirements[ri];
                if let Some((c, at)) = coverage {
                    r.coverage = c;
                    r.decided.coverage = at;
                }
                if let Some((c, at)) = recency {
                    r.recency = Some(c);
                    r.decided.recency = at;
                }
                if let Some((c, at)) = deadline {
                    r.deadline = c;
                    r.decided.deadline = at;
                    r.deadline_from_scheme = false;
                }
                if let Some(d) = &x.delivery {
                    r.delivery = *d.get_ref();
                    r.decided.delivery = lines.at(d.span().start);
                }
                if r.coverage == Coverage::Latest && r.recency.is_none() {
                    self.issues.push(lines.issue(
                        roff,
                        format!("requirement `{rid}`: coverage `latest` needs a recency limit"),
                    ));
                }
            }
        }
    }

    fn requirement(
        &mut self,
        lines: &Lines,
        r: &Spanned<RawRequirement>,
        scheme_deadline: DeadlineRule,
        scheme_deadline_at: &str,
    ) -> Option<Requirement> {
        let off = r.span().start;
        let raw = r.get_ref();
        let id = raw.id.get_ref().clone();
        let before = self.issues.len();
        if let Err(why) = slug(&id) {
            self.issues
                .push(lines.issue(raw.id.span().start, format!("requirement id `{id}`: {why}")));
        }
        if let Err(why) = slug(&raw.concept) {
            self.issues
                .push(lines.issue(off, format!("concept `{}`: {why}", raw.concept)));
        }
        // Subjects.
        if raw.subjects.is_empty() {
            self.issues.push(lines.issue(
                off,
                format!("requirement `{id}` applies to nobody: list its subjects"),
            ));
        }
        let mut subjects = Vec::new();
        for s in &raw.subjects {
            let so = s.span().start;
            let x = s.get_ref();
            let age_on = match &x.age_on {
                Some(a) => self.anchor(lines, so, a),
                None => Anchor::Submission,
            };
            let mut age = |v: Option<i64>, what: &str| -> Option<u8> {
                let v = v?;
                if !(1..=120).contains(&v) {
                    self.issues.push(
                        lines.issue(so, format!("{what} = {v}: expected an age from 1 to 120")),
                    );
                    return None;
                }
                Some(v as u8)
            };
            let under = age(x.under, "under");
            let at_least = age(x.at_least, "at_least");
            if let (Some(u), Some(a)) = (under, at_least)
                && a >= u
            {
                self.issues.push(lines.issue(
                    so,
                    format!("impossible age range: at least {a} and under {u}"),
                ));
            }
            subjects.push(Subject {
                role: x.role,
                under,
                at_least,
                age_on,
            });
        }
        let coverage = self.coverage(lines, &raw.coverage);
        let co = raw.coverage.span().start;
        let recency = raw.recency.as_ref().map(|r| self.recency(lines, r));
        if coverage == Coverage::Latest && recency.is_none() {
            self.issues.push(lines.issue(
                co,
                "coverage `latest` needs a recency limit: how recent is the most recent one?",
            ));
        }
        // Alternatives.
        let mut alternatives: Vec<Vec<EvidenceIdx>> = Vec::new();
        let mut granularity: Option<Granularity> = None;
        if raw.alternatives.get_ref().is_empty() {
            self.issues.push(lines.issue(
                raw.alternatives.span().start,
                format!("requirement `{id}` has no evidence-type lists"),
            ));
        }
        for list in raw.alternatives.get_ref() {
            if list.is_empty() {
                self.issues.push(lines.issue(
                    raw.alternatives.span().start,
                    "an empty evidence-type list would need nothing",
                ));
                continue;
            }
            let mut v = Vec::new();
            for t in list {
                match self.evidence_by_id.get(t.get_ref()) {
                    Some(&e) => {
                        let g = self.evidence[e as usize].granularity;
                        match granularity {
                            None => granularity = Some(g),
                            Some(g0) if g0 != g => self.issues.push(lines.issue(
                                t.span().start,
                                format!("evidence type `{}` is {g:?} but the requirement's other types are {g0:?}", t.get_ref()),
                            )),
                            _ => {}
                        }
                        v.push(e);
                    }
                    None => self.issues.push(lines.issue(
                        t.span().start,
                        format!("unknown evidence type `{}`", t.get_ref()),
                    )),
                }
            }
            v.sort_unstable();
            v.dedup();
            if !v.is_empty() && !alternatives.contains(&v) {
                alternatives.push(v);
            }
        }
        alternatives.sort();
        let delivery = *raw.delivery.get_ref();
        if matches!(delivery, Delivery::Retrievable | Delivery::AlreadyHeld) {
            self.issues.push(lines.issue(
                raw.delivery.span().start,
                "delivery `retrievable` or `already-held` is decided per case: write keep-ready, upload or show-original",
            ));
        }
        if raw.legal_basis.trim().is_empty() {
            self.issues
                .push(lines.issue(off, format!("requirement `{id}` needs a legal basis")));
        }
        let deadline = match &raw.deadline {
            Some(d) => self.deadline(lines, d),
            None => scheme_deadline,
        };
        let decided = Decided {
            coverage: lines.at(co),
            recency: lines.at(raw.recency.as_ref().map_or(co, |r| r.span().start)),
            delivery: lines.at(raw.delivery.span().start),
            deadline: raw
                .deadline
                .as_ref()
                .map_or(scheme_deadline_at.to_string(), |d| lines.at(d.span().start)),
        };
        let when: Vec<FactIdx> = raw
            .when
            .iter()
            .filter_map(|f| self.fact(lines, off, f))
            .collect();
        let unless: Vec<FactIdx> = raw
            .unless
            .iter()
            .filter_map(|f| self.fact(lines, off, f))
            .collect();
        if when.iter().any(|f| unless.contains(f)) {
            self.issues.push(lines.issue(
                off,
                format!(
                    "requirement `{id}` can never apply: the same fact is in `when` and `unless`"
                ),
            ));
        }
        if self.issues.len() != before {
            return None;
        }
        let concept = self.concept(&raw.concept);
        Some(Requirement {
            id,
            concept,
            subjects,
            coverage,
            recency,
            alternatives,
            granularity: granularity.unwrap_or(Granularity::PerPerson),
            delivery,
            legal_basis: raw.legal_basis.clone(),
            deadline,
            when,
            unless,
            income_only: raw.income_only,
            deadline_from_scheme: raw.deadline.is_none(),
            decided,
            issued_here: Vec::new(),
            met_here: false,
            line: lines.line(off),
            source: format!("{}:{}", lines.file.display(), lines.line(off)),
        })
    }
}

/// Ids of evidence types, schemes, requirements, concepts, forms and checks: helder's one
/// rule for ids (lowercase a-z, digits and inner `-`).
fn slug(id: &str) -> Result<(), String> {
    crate::diag::check_id(crate::diag::IdKind::Slug, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVIDENCE: &str = r#"
facts = ["variable-income"]
sources = ["brp"]

[[evidence]]
id = "bank-statement"
name = "evidence-bank-statement"
explanation = "evidence-bank-statement-explanation"
pictogram = "bank-statement"
granularity = "per-account"
forms = ["online-banking-pdf"]
checks = ["shows-balance"]

[[evidence]]
id = "passport"
name = "evidence-passport"
explanation = "evidence-passport-explanation"
pictogram = "id-card"
granularity = "per-person"
"#;

    fn scheme(body: &str) -> String {
        format!(
            r#"id = "test"
name = "scheme-test"
regime = "Participatiewet"
kind = "municipal"
deadline = {{ days = 14, from = "letter" }}
{body}"#
        )
    }

    fn load(schemes: &[&str]) -> Result<Catalog, CatalogError> {
        let paths: Vec<PathBuf> = (0..schemes.len())
            .map(|i| PathBuf::from(format!("s{i}.toml")))
            .collect();
        let v: Vec<(&Path, &str)> = paths
            .iter()
            .map(|p| p.as_path())
            .zip(schemes.iter().copied())
            .collect();
        Catalog::from_sources((Path::new("evidence.toml"), EVIDENCE), &v)
    }

    const GOOD_REQ: &str = r#"
[[requirement]]
id = "statements"
concept = "account-mutations"
subjects = [{ role = "applicant" }]
coverage = { kind = "rolling-months", months = 3, anchor = "submission" }
alternatives = [["bank-statement"]]
delivery = "upload"
legal_basis = "art. 17 Pw"
"#;

    #[test]
    fn good_scheme_loads() {
        let c = load(&[&scheme(GOOD_REQ)]).unwrap();
        let s = c.scheme("test").unwrap();
        assert_eq!(s.requirements[0].granularity, Granularity::PerAccount);
        assert_eq!(s.requirements[0].line, 7);
    }

    #[test]
    fn unknown_evidence_type_has_file_and_line() {
        let src = scheme(&GOOD_REQ.replace("[[\"bank-statement\"]]", "[[\"bank-statment\"]]"));
        let e = load(&[&src]).unwrap_err();
        assert_eq!(e.issues.len(), 1, "{e}");
        assert_eq!(
            e.issues[0].to_string(),
            "s0.toml:12: unknown evidence type `bank-statment`"
        );
    }

    #[test]
    fn impossible_period_is_reported() {
        let src = scheme(&GOOD_REQ.replace("months = 3", "months = 0"));
        let e = load(&[&src]).unwrap_err();
        assert!(e.issues[0].message.contains("impossible period"), "{e}");
        assert_eq!(e.issues[0].line, 11);
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let twice = scheme(&format!("{GOOD_REQ}{GOOD_REQ}"));
        let e = load(&[&twice]).unwrap_err();
        assert!(
            e.issues[0]
                .message
                .contains("duplicate requirement `statements`"),
            "{e}"
        );
        assert_eq!(e.issues[0].line, 17);
        let e = load(&[&scheme(GOOD_REQ), &scheme(GOOD_REQ)]).unwrap_err();
        assert_eq!(
            e.issues[0].to_string(),
            "s1.toml:1: duplicate scheme `test` (first defined in s0.toml:1)"
        );
        let dup_ev = format!(
            "{EVIDENCE}\n[[evidence]]\nid = \"passport\"\nname=\"a\"\nexplanation=\"b\"\npictogram=\"c\"\ngranularity=\"per-person\"\n"
        );
        let e = Catalog::from_sources((Path::new("evidence.toml"), &dup_ev), &[]).unwrap_err();
        assert_eq!(
            e.issues[0].to_string(),
            "evidence.toml:22: duplicate evidence type `passport`"
        );
    }

    #[test]
    fn short_repair_term_and_syntax_errors() {
        let e = load(&[&scheme(GOOD_REQ).replace("days = 14", "days = 3")]).unwrap_err();
        assert!(e.issues[0].message.contains("Awb 4:5"), "{e}");
        let e = load(&[&scheme(GOOD_REQ).replace("delivery = \"upload\"", "delivery = \"fax\"")])
            .unwrap_err();
        assert_eq!(e.issues[0].line, 13, "{e}");
        let e = load(&[
            &scheme(GOOD_REQ).replace("delivery = \"upload\"", "delivery = \"retrievable\"")
        ])
        .unwrap_err();
        assert!(e.issues[0].message.contains("decided per case"), "{e}");
    }

    #[test]
    fn mixed_granularity_and_unknown_fact() {
        let src = scheme(&GOOD_REQ.replace(
            "[[\"bank-statement\"]]",
            "[[\"bank-statement\"], [\"passport\"]]\nwhen = [\"rich\"]",
        ));
        let e = load(&[&src]).unwrap_err();
        let msgs: Vec<String> = e.issues.iter().map(|i| i.message.clone()).collect();
        assert!(msgs.iter().any(|m| m.contains("PerPerson")), "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("unknown fact `rich`")),
            "{msgs:?}"
        );
    }

    fn with_policy(policy: &str) -> Result<Catalog, CatalogError> {
        let src = scheme(GOOD_REQ);
        Catalog::with_policy(
            (Path::new("evidence.toml"), EVIDENCE),
            &[(Path::new("s0.toml"), &src)],
            &[(Path::new("local/gemeente.toml"), policy)],
        )
    }

    #[test]
    fn a_policy_overrides_and_says_where() {
        let c = with_policy(
            "issues = [\"passport\"]\n\n[scheme.test]\ndeadline = { days = 21, from = \"letter\" }\n\n[scheme.test.requirement.statements]\ndelivery = \"keep-ready\"\ncoverage = { kind = \"complete-months\", months = 1, anchor = \"submission\" }\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let r = &c.scheme("test").unwrap().requirements[0];
        assert_eq!(r.delivery, Delivery::KeepReady);
        assert_eq!(r.deadline.days, 21);
        assert_eq!(r.decided.delivery, "local/gemeente.toml:7");
        assert_eq!(r.decided.deadline, "local/gemeente.toml:4");
        assert_eq!(r.decided.coverage, "local/gemeente.toml:8");
        assert_eq!(r.decided.recency, "s0.toml:11");
        assert!(c.evidence_type("passport").unwrap().issued_by_municipality);
    }

    #[test]
    fn policy_mistakes_have_file_and_line() {
        let e = with_policy(
            "issues = [\"pasport\"]\n[scheme.tset]\ndeadline = { days = 3, from = \"letter\" }\n[scheme.test.requirement.nope]\ndelivery = \"upload\"\n",
        )
        .unwrap_err();
        let all: Vec<String> = e.issues.iter().map(|i| i.to_string()).collect();
        assert_eq!(all.len(), 3, "{all:?}");
        assert_eq!(
            all[0],
            "local/gemeente.toml:1: unknown evidence type `pasport`"
        );
        assert_eq!(
            all[1],
            "local/gemeente.toml:4: scheme `test` has no requirement `nope`: expected one of statements"
        );
        assert_eq!(
            all[2],
            "local/gemeente.toml:2: unknown scheme `tset`: expected one of test (did you mean `test`?)"
        );
    }

    #[test]
    fn the_shipped_catalog_loads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemes");
        let c = Catalog::load(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(c.schemes.len() >= 8);
    }
}

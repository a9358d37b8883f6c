//! The merge engine: every requirement of every scheme applied for becomes concrete
//! requests (one per person, account or household, with dates), requests the
//! municipality can retrieve or already holds are left out with the reason, and the rest
//! are merged per (concept, person, account) into one checklist.

use serde::Serialize;
use time::{Date, Duration, Month};

use super::case::{AccountIdx, Case, MAX_HOUSEHOLD, Member, PersonIdx, age_on};
use super::catalog::{
    Catalog, ConceptIdx, Coverage, DeadlineRule, Decided, Delivery, EvidenceIdx, Granularity,
    Recency, Requirement, Role, Scheme, SchemeKind, Subject,
};
use super::interval::{DateInterval, IntervalSet};
use super::{iso_date, iso_date_opt};
use crate::diag::{Code, Diagnostic, Diagnostics};

/// Identifies the JSON layout; bumped on any incompatible change.
pub const SCHEMA: &str = "helder.checklist/1";

/// Whose document an item is: one person, one account (possibly joint), or the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Owner {
    Person(PersonIdx),
    Account(AccountIdx),
    Household,
}

/// The merge key: the information needed, about whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    pub owner: Owner,
    pub concept: ConceptIdx,
}

/// The merged checklist of one case. Field order is the JSON order (see
/// `schemes/README.md`, "Checklist JSON").
#[derive(Debug, Clone, Serialize)]
pub struct Checklist<'a> {
    pub schema: &'static str,
    pub case: &'a str,
    #[serde(serialize_with = "iso_date")]
    pub letter_date: Date,
    pub items: Vec<Item<'a>>,
    pub left_out: Vec<LeftOut<'a>>,
    pub pointers: Vec<Pointer<'a>>,
    pub figures: Figures,
    /// What it was merged from (the letter functions read names and texts there).
    #[serde(skip)]
    pub(crate) from: (&'a Catalog, &'a Case),
}

/// One document (or set of alternatives) the resident provides.
#[derive(Debug, Clone, Serialize)]
pub struct Item<'a> {
    /// 1-based position in the checklist.
    pub number: u32,
    /// The information needed (the merge key).
    pub concept: &'a str,
    /// Every concept the item serves: `concept`, then others one document proves at once
    /// (the balance on the last day of bank statements asked for a period).
    pub concepts: Vec<&'a str>,
    pub granularity: Granularity,
    /// Member id, for a per-person item.
    pub person: Option<&'a str>,
    /// Account id, for a per-account item.
    pub account: Option<&'a str>,
    pub iban: Option<&'a str>,
    /// Member ids the document is about (two for a joint account).
    pub who: Vec<&'a str>,
    /// Evidence-type lists: provide one list (OR), every type in it (AND).
    pub evidence: Vec<Vec<&'a str>>,
    /// What the documents must show to be accepted (`shows-balance`; Fluent
    /// `checklist-check-<check>`), for every accepted type, in catalog order.
    pub checks: Vec<&'a str>,
    /// Forms that are accepted (`online-banking-pdf`; Fluent `checklist-form-<form>`).
    pub forms: Vec<&'a str>,
    /// Days the document must cover; `null` when no period applies (an ID).
    pub period: Option<IntervalSet>,
    /// Issued on or after this date (the strictest recency limit of the schemes).
    #[serde(serialize_with = "iso_date_opt")]
    pub issued_on_or_after: Option<Date>,
    pub delivery: Delivery,
    /// The earliest deadline of the schemes that need it.
    #[serde(serialize_with = "iso_date")]
    pub deadline: Date,
    /// Every scheme that needs it, with its own rule, period and deadline.
    pub needed_for: Vec<SchemeNeed<'a>>,
    #[serde(skip)]
    pub key: Key,
    #[serde(skip)]
    pub who_idx: Vec<PersonIdx>,
    #[serde(skip)]
    pub evidence_idx: Vec<Vec<EvidenceIdx>>,
}

/// What one scheme needs of an item, and why.
#[derive(Debug, Clone, Serialize)]
pub struct SchemeNeed<'a> {
    pub scheme: &'a str,
    pub requirement: &'a str,
    pub legal_basis: &'a str,
    /// The coverage rule as written in the catalog.
    pub rule: Coverage,
    pub recency: Option<Recency>,
    /// This scheme's own period (after leaving out what is already held).
    pub period: Option<IntervalSet>,
    /// Days of this scheme's period that documents already held cover.
    pub already_held: Option<IntervalSet>,
    #[serde(serialize_with = "iso_date_opt")]
    pub issued_on_or_after: Option<Date>,
    pub delivery: Delivery,
    #[serde(serialize_with = "iso_date")]
    pub deadline: Date,
    /// Where the requirement is written (`schemes/bijstand.toml:42`).
    pub source: &'a str,
    /// Which file decided its period, recency, delivery and deadline (the national
    /// catalog or a policy file in `schemes/local/`).
    pub decided_by: &'a Decided,
}

/// A request the resident does not have to meet, with the reason.
#[derive(Debug, Clone, Serialize)]
pub struct LeftOut<'a> {
    pub scheme: &'a str,
    pub requirement: &'a str,
    pub concept: &'a str,
    pub person: Option<&'a str>,
    pub account: Option<&'a str>,
    #[serde(flatten)]
    pub reason: Reason<'a>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason<'a> {
    /// The scheme may consult a register for it itself (once-only).
    Retrievable {
        source: &'a str,
        legal_basis: &'a str,
        /// Where the retrieval is written (a scheme file or a policy file).
        decided_by: &'a str,
    },
    /// Documents the municipality holds cover it and are still valid (indexes into the
    /// case's `held`).
    AlreadyHeld { documents: Vec<usize> },
    /// The whole scheme asks nothing when this fact holds.
    Exempt { fact: &'a str, legal_basis: &'a str },
    /// The municipality issues the document itself (its own tax assessment).
    IssuedHere { evidence: Vec<&'a str> },
    /// The requirement's condition on the case does not hold.
    NotApplicable {
        fact: &'a str,
        condition: &'static str,
    },
}

/// A national scheme the municipality does not file: shown as a pointer.
#[derive(Debug, Clone, Serialize)]
pub struct Pointer<'a> {
    pub scheme: &'a str,
    pub name: &'a str,
    pub url: &'a str,
}

/// The figures a municipality wants per case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Documents the schemes would ask for one by one (one per scheme, requirement and
    /// person/account/household), before once-only and merging.
    pub requests_before_merge: u32,
    /// Items on the merged checklist.
    pub items_after_merge: u32,
    /// Requests left out because the scheme may retrieve the information itself.
    pub retrievable: u32,
    /// Requests left out because valid documents are already held.
    pub already_held: u32,
    /// Requests left out because the scheme is exempt for this case.
    pub exempt: u32,
    pub pointers: u32,
    /// Requests left out because the municipality issues the document itself.
    pub issued_here: u32,
}

/// One line for people: `12 requests before merging, 5 items on the checklist, 3 not needed
/// (retrievable or already held)`.
impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} requests before merging, {} items on the checklist, {} not needed (retrievable, already held or issued here)",
            self.requests_before_merge,
            self.items_after_merge,
            self.not_needed()
        )
    }
}

impl Figures {
    /// Documents not needed because retrievable, held or issued by the municipality.
    pub fn not_needed(&self) -> u32 {
        self.retrievable + self.already_held + self.issued_here
    }
}

/// A scheme's own slice: only its items with only its own periods (data collected for
/// one purpose is not handed to another).
#[derive(Debug, Clone, Serialize)]
pub struct SchemeSlice<'a> {
    pub scheme: &'a str,
    pub items: Vec<SliceItem<'a>>,
    pub left_out: Vec<LeftOut<'a>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SliceItem<'a> {
    /// The item's number in the merged checklist.
    pub number: u32,
    pub concept: &'a str,
    pub person: Option<&'a str>,
    pub account: Option<&'a str>,
    pub evidence: Vec<Vec<&'a str>>,
    pub needs: Vec<SchemeNeed<'a>>,
}

impl<'a> Checklist<'a> {
    pub fn figures(&self) -> Figures {
        self.figures
    }

    /// What `scheme` receives: its items, with only its own periods and deadlines.
    pub fn slice(&self, scheme: &str) -> SchemeSlice<'a> {
        let mut name = None;
        let mut items = Vec::new();
        for it in &self.items {
            let needs: Vec<SchemeNeed<'a>> = it
                .needed_for
                .iter()
                .filter(|n| n.scheme == scheme)
                .cloned()
                .collect();
            if let Some(n) = needs.first() {
                name = Some(n.scheme);
                items.push(SliceItem {
                    number: it.number,
                    concept: it.concept,
                    person: it.person,
                    account: it.account,
                    evidence: it.evidence.clone(),
                    needs,
                });
            }
        }
        let left_out: Vec<LeftOut<'a>> = self
            .left_out
            .iter()
            .filter(|l| l.scheme == scheme)
            .cloned()
            .collect();
        let scheme = name
            .or_else(|| left_out.first().map(|l| l.scheme))
            .unwrap_or("");
        SchemeSlice {
            scheme,
            items,
            left_out,
        }
    }

    /// One slice per scheme that needs or was spared anything, in scheme-id order.
    pub fn slices(&self) -> Vec<SchemeSlice<'a>> {
        let mut ids: Vec<&'a str> = self
            .items
            .iter()
            .flat_map(|i| i.needed_for.iter().map(|n| n.scheme))
            .chain(self.left_out.iter().map(|l| l.scheme))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(|s| self.slice(s)).collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a checklist always serialises")
    }
}

// ---- dates ---------------------------------------------------------------------------

/// The same day `n` months earlier, or the month's last day when it is shorter.
pub(crate) fn months_before(d: Date, n: u32) -> Date {
    let total = d.year() * 12 + (d.month() as i32 - 1) - n as i32;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let month = Month::try_from(m as u8).expect("1..=12");
    let day = d.day().min(month.length(y));
    Date::from_calendar_date(y, month, day).expect("clamped day exists")
}

fn first_of_month(d: Date) -> Date {
    d.replace_day(1).expect("day 1 exists")
}

/// "The last `n` months before date `a`": the day after `a − n months` up to and
/// including `a` (31 May − 3 months = 28 February, so 1 March ..= 31 May). The one rule
/// for rolling periods and for recency limits alike.
pub fn last_months(a: Date, n: u32) -> DateInterval {
    DateInterval::new(months_before(a, n) + Duration::days(1), a)
        .expect("a month back and a day on is never after the anchor")
}

/// The concrete days a coverage rule asks for, given the anchor date.
pub fn coverage_period(c: Coverage, submission: Date, letter: Date) -> Option<DateInterval> {
    match c {
        Coverage::None | Coverage::Latest => None,
        Coverage::RollingMonths { months, anchor } => Some(last_months(
            anchor.resolve(submission, letter),
            months as u32,
        )),
        Coverage::CompleteMonths { months, anchor } => {
            let first = first_of_month(anchor.resolve(submission, letter));
            DateInterval::new(
                months_before(first, months as u32),
                first - Duration::days(1),
            )
        }
        Coverage::AnnualStatements { years, anchor } => {
            let y = anchor.resolve(submission, letter).year();
            DateInterval::new(
                Date::from_calendar_date(y - years as i32, Month::January, 1).ok()?,
                Date::from_calendar_date(y - 1, Month::December, 31).ok()?,
            )
        }
    }
}

/// "Issued in the last N months before A": on or after the first day of
/// [`last_months`].
pub fn recency_limit(r: Recency, submission: Date, letter: Date) -> Date {
    last_months(r.anchor.resolve(submission, letter), r.months as u32).start
}

/// The date a term ends. A letter cannot ask for something by a day already past: a term
/// that would end before `earliest` (the end of the house's minimum repair term after
/// the letter, [`earliest_deadline`]) ends then.
pub fn deadline_date(d: DeadlineRule, submission: Date, letter: Date, earliest: Date) -> Date {
    let ends = d.anchor.resolve(submission, letter) + Duration::days(d.days as i64);
    ends.max(earliest)
}

/// The earliest day a checklist letter of `letter` may ask documents by: the end of the
/// house's shortest repair term (`min_repair_days` in house/house.toml, Awb 4:5), counted
/// as every other letter counts it ([`crate::calendar::repair_deadline`]: from the day
/// after the letter, moved past weekends and public holidays).
pub fn earliest_deadline(letter: Date, min_repair_days: u32) -> Date {
    crate::calendar::repair_deadline(letter, min_repair_days)
}

// ---- alternatives --------------------------------------------------------------------

fn is_subset(small: &[EvidenceIdx], big: &[EvidenceIdx]) -> bool {
    small.iter().all(|x| big.binary_search(x).is_ok())
}

fn satisfies(list: &[EvidenceIdx], alts: &[Vec<EvidenceIdx>]) -> bool {
    alts.iter().any(|a| is_subset(a, list))
}

/// The evidence-type lists that satisfy both `a` and `b` (minimal ones only). Empty when
/// no single document set serves both: those requests stay separate items.
pub fn meet(a: &[Vec<EvidenceIdx>], b: &[Vec<EvidenceIdx>]) -> Vec<Vec<EvidenceIdx>> {
    if a == b {
        return a.to_vec();
    }
    let mut out: Vec<Vec<EvidenceIdx>> = a
        .iter()
        .chain(b)
        .filter(|l| satisfies(l, a) && satisfies(l, b))
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    let keep: Vec<bool> = out
        .iter()
        .map(|l| !out.iter().any(|o| o != l && is_subset(o, l)))
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(l, k)| k.then_some(l))
        .collect()
}

// ---- merge ---------------------------------------------------------------------------

struct Request<'a> {
    key: Key,
    scheme: &'a Scheme,
    req: &'a Requirement,
    who: Vec<PersonIdx>,
    need: Option<IntervalSet>,
    held: Option<IntervalSet>,
    issued_after: Option<Date>,
    deadline: Date,
}

/// Merges the document requests of every scheme in `case`. `today` is the date of the
/// letter: submission dates after it are errors. The case is validated first
/// ([`Case::validate`]); its mistakes are the error, each at the case and its path.
/// No deadline is sooner than the house's default minimum repair term
/// ([`crate::house::DEFAULT_MIN_REPAIR_DAYS`]); [`merge_with_minimum`] takes the
/// house's own.
pub fn merge<'a>(
    catalog: &'a Catalog,
    case: &'a Case,
    today: Date,
) -> Result<Checklist<'a>, Diagnostics> {
    merge_with_minimum(catalog, case, today, crate::house::DEFAULT_MIN_REPAIR_DAYS)
}

/// [`merge()`] with the house's shortest repair term (`min_repair_days` in
/// house/house.toml): every deadline ends on or after [`earliest_deadline`].
pub fn merge_with_minimum<'a>(
    catalog: &'a Catalog,
    case: &'a Case,
    today: Date,
    min_repair_days: u32,
) -> Result<Checklist<'a>, Diagnostics> {
    let earliest = earliest_deadline(today, min_repair_days);
    case.validate(catalog, today)?;
    // A case read from JSON has no more; one built in code may.
    if case.household.len() > MAX_HOUSEHOLD {
        let message = format!(
            "{} members: at most {MAX_HOUSEHOLD} are supported",
            case.household.len()
        );
        return Err(Diagnostic::error(Code::DATA_VALUE, message)
            .at_record(&case.name, "household")
            .into());
    }
    let mut facts: u64 = 0;
    for f in &case.facts {
        facts |= 1 << catalog.fact_index(f).expect("validated");
    }
    let held_types: Vec<EvidenceIdx> = case
        .held
        .iter()
        .map(|h| catalog.evidence_index(&h.evidence).expect("validated"))
        .collect();
    // The legal regime each held document was handed in under (`None`: no scheme).
    let held_regimes: Vec<Option<&str>> = case
        .held
        .iter()
        .map(|h| {
            h.held_for
                .as_deref()
                .map(|s| catalog.scheme(s).expect("validated").regime.as_str())
        })
        .collect();
    // Canonical order: the result must not depend on the order of applications.
    let mut apps: Vec<(usize, &Scheme)> = case
        .applications
        .iter()
        .map(|a| {
            (
                catalog.scheme_index(&a.scheme).expect("validated"),
                catalog.scheme(&a.scheme).expect("validated"),
            )
        })
        .enumerate()
        .map(|(i, (_, s))| (i, s))
        .collect();
    apps.sort_by(|a, b| a.1.id.cmp(&b.1.id));

    let mut out = Checklist {
        schema: SCHEMA,
        case: &case.id,
        letter_date: today,
        items: Vec::new(),
        left_out: Vec::new(),
        pointers: Vec::new(),
        figures: Figures::default(),
        from: (catalog, case),
    };
    let mut requests: Vec<Request<'a>> = Vec::new();

    for &(ai, scheme) in &apps {
        let app = &case.applications[ai];
        if scheme.kind == SchemeKind::Pointer {
            out.pointers.push(Pointer {
                scheme: &scheme.id,
                name: &scheme.name,
                url: scheme.url.as_deref().unwrap_or(""),
            });
            continue;
        }
        let mut consult: u64 = 0;
        for s in &app.may_consult {
            consult |= 1 << catalog.source_index(s).expect("validated");
        }
        let exemption = scheme
            .exemptions
            .iter()
            .find(|e| facts & (1 << e.fact) != 0);
        let sub = app.submitted;
        for req in &scheme.requirements {
            let concept = catalog.concepts[req.concept as usize].as_str();
            if let Some(&f) = req.when.iter().find(|&&f| facts & (1 << f) == 0) {
                out.left_out.push(LeftOut {
                    scheme: &scheme.id,
                    requirement: &req.id,
                    concept,
                    person: None,
                    account: None,
                    reason: Reason::NotApplicable {
                        fact: &catalog.facts[f as usize],
                        condition: "when",
                    },
                });
                continue;
            }
            if let Some(&f) = req.unless.iter().find(|&&f| facts & (1 << f) != 0) {
                out.left_out.push(LeftOut {
                    scheme: &scheme.id,
                    requirement: &req.id,
                    concept,
                    person: None,
                    account: None,
                    reason: Reason::NotApplicable {
                        fact: &catalog.facts[f as usize],
                        condition: "unless",
                    },
                });
                continue;
            }
            // Who is in scope, by role and age on the subject's reference date (an
            // adult child at home counts as a co-resident), and by income.
            let mut scope: u64 = 0;
            for (pi, m) in case.household.iter().enumerate() {
                if req.income_only && !m.income {
                    continue;
                }
                if req.subjects.iter().any(|s| in_subject(s, m, sub, today)) {
                    scope |= 1 << pi;
                }
            }
            if scope == 0 {
                continue;
            }
            let in_scope = |p: PersonIdx| scope & (1 << p) != 0;
            let mut keys: Vec<(Owner, Vec<PersonIdx>)> = Vec::new();
            match req.granularity {
                Granularity::PerPerson => {
                    for p in 0..case.household.len() as PersonIdx {
                        if in_scope(p) {
                            keys.push((Owner::Person(p), vec![p]));
                        }
                    }
                }
                Granularity::PerAccount => {
                    for (ai, a) in case.accounts.iter().enumerate() {
                        let who: Vec<PersonIdx> =
                            a.holders.iter().copied().filter(|&h| in_scope(h)).collect();
                        if !who.is_empty() {
                            keys.push((Owner::Account(ai as AccountIdx), who));
                        }
                    }
                }
                Granularity::PerHousehold | Granularity::PerContract => {
                    let who = (0..case.household.len() as PersonIdx)
                        .filter(|&p| in_scope(p))
                        .collect();
                    keys.push((Owner::Household, who));
                }
            }
            let period = coverage_period(req.coverage, sub, today);
            let issued_after = req.recency.map(|r| recency_limit(r, sub, today));
            let deadline = deadline_date(req.deadline, sub, today, earliest);
            for (owner, who) in keys {
                out.figures.requests_before_merge += 1;
                let (person, account) = owner_ids(case, owner);
                let left = |reason| LeftOut {
                    scheme: &scheme.id,
                    requirement: &req.id,
                    concept,
                    person,
                    account,
                    reason,
                };
                if let Some(e) = exemption {
                    out.figures.exempt += 1;
                    out.left_out.push(left(Reason::Exempt {
                        fact: &catalog.facts[e.fact as usize],
                        legal_basis: &e.legal_basis,
                    }));
                    continue;
                }
                if req.met_here {
                    out.figures.issued_here += 1;
                    out.left_out.push(left(Reason::IssuedHere {
                        evidence: req
                            .issued_here
                            .iter()
                            .map(|&e| catalog.evidence[e as usize].id.as_str())
                            .collect(),
                    }));
                    continue;
                }
                // Once-only, decided per scheme and per legal basis.
                if let Some(r) = scheme
                    .retrievals
                    .iter()
                    .find(|r| consult & (1 << r.source) != 0 && r.concepts.contains(&req.concept))
                {
                    out.figures.retrievable += 1;
                    out.left_out.push(left(Reason::Retrievable {
                        source: &catalog.sources[r.source as usize],
                        legal_basis: &r.legal_basis,
                        decided_by: &r.at,
                    }));
                    continue;
                }
                // Already held: only documents that still meet this scheme's rules, and
                // only within the same legal regime.
                let mut need = period.map(IntervalSet::from_interval);
                let mut held_days: Option<IntervalSet> = None;
                let mut used = Vec::new();
                let mut satisfied = false;
                for (hi, h) in case.held.iter().enumerate() {
                    let t = held_types[hi];
                    let usable = req.alternatives.iter().any(|l| l.len() == 1 && l[0] == t)
                        && match owner {
                            Owner::Person(p) => h.person == Some(p),
                            Owner::Account(a) => h.account == Some(a),
                            Owner::Household => true,
                        }
                        && h.valid_until.is_none_or(|v| v >= today)
                        && h.superseded_on.is_none_or(|d| d > today)
                        && !(catalog.evidence[t as usize].address_bound
                            && case.address_since.is_some_and(|moved| moved > h.issued))
                        && issued_after.is_none_or(|b| h.issued >= b)
                        && held_regimes[hi].is_none_or(|r| r == scheme.regime);
                    if !usable {
                        continue;
                    }
                    match (&mut need, h.period) {
                        (None, _) => {
                            used.push(hi);
                            satisfied = true;
                            break;
                        }
                        (Some(n), Some(hp)) => {
                            let hp = IntervalSet::from_interval(hp);
                            let part = n.intersection(&hp);
                            if part.is_empty() {
                                continue;
                            }
                            used.push(hi);
                            held_days = Some(held_days.map_or(part.clone(), |d| d.union(&part)));
                            *n = n.difference(&hp);
                            if n.is_empty() {
                                satisfied = true;
                                break;
                            }
                        }
                        (Some(_), None) => {}
                    }
                }
                if satisfied {
                    out.figures.already_held += 1;
                    out.left_out
                        .push(left(Reason::AlreadyHeld { documents: used }));
                    continue;
                }
                requests.push(Request {
                    key: Key {
                        owner,
                        concept: req.concept,
                    },
                    scheme,
                    req,
                    who,
                    need,
                    held: held_days,
                    issued_after,
                    deadline,
                });
            }
        }
    }

    // Group by key; the stable sort keeps the canonical scheme order inside a key.
    requests.sort_by_key(|r| r.key);
    let mut i = 0;
    while i < requests.len() {
        let mut j = i;
        while j < requests.len() && requests[j].key == requests[i].key {
            j += 1;
        }
        // Inside a key: join requests whose alternatives intersect; otherwise separate.
        let mut groups: Vec<(Vec<Vec<EvidenceIdx>>, Vec<usize>)> = Vec::new();
        for (k, r) in requests[i..j].iter().enumerate() {
            let mut placed = false;
            for g in groups.iter_mut() {
                let m = meet(&g.0, &r.req.alternatives);
                if !m.is_empty() {
                    g.0 = m;
                    g.1.push(i + k);
                    placed = true;
                    break;
                }
            }
            if !placed {
                groups.push((r.req.alternatives.clone(), vec![i + k]));
            }
        }
        for (alts, members) in groups {
            out.items
                .push(build_item(catalog, case, &requests, alts, &members));
        }
        i = j;
    }
    fold_lookalikes(catalog, case, &mut out.items);
    for (n, it) in out.items.iter_mut().enumerate() {
        it.number = n as u32 + 1;
    }
    out.figures.items_after_merge = out.items.len() as u32;
    out.figures.pointers = out.pointers.len() as u32;
    Ok(out)
}

/// Whether member `m` is one of `s` on the subject's age reference date. A subject
/// `co-resident` also takes an adult child living at home (18 or older on that date):
/// a scheme that counts co-residents of 21 and over counts a child of 21 too.
fn in_subject(s: &Subject, m: &Member, submission: Date, today: Date) -> bool {
    let age = || age_on(m.birth_date, s.age_on.resolve(submission, today));
    let role =
        s.role == m.role || (s.role == Role::CoResident && m.role == Role::Child && age() >= ADULT);
    role && (s.under.is_none() && s.at_least.is_none()
        || s.under.is_none_or(|u| age() < u as i32) && s.at_least.is_none_or(|a| age() >= a as i32))
}

/// Of age in the Netherlands (art. 1:233 BW).
const ADULT: i32 = 18;

/// What accepted documents must show and the forms accepted: of every type in `alts`,
/// each once, in the order the types and their lists give.
fn acceptance<'a>(catalog: &'a Catalog, alts: &[Vec<EvidenceIdx>]) -> (Vec<&'a str>, Vec<&'a str>) {
    let (mut checks, mut forms): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for &e in alts.iter().flatten() {
        let e = &catalog.evidence[e as usize];
        for c in &e.checks {
            if !checks.contains(&c.as_str()) {
                checks.push(c);
            }
        }
        for f in &e.forms {
            if !forms.contains(&f.as_str()) {
                forms.push(f);
            }
        }
    }
    (checks, forms)
}

/// One document, every need it serves: an item that asks no period (the latest
/// statement, for the balance) joins an item about the same person or account that asks
/// a period, when one document of a type both accept proves both concepts
/// (`proves` in evidence.toml) and the period ends on or after the recency limit (the
/// last statement of the period is recent enough). Asked once, with the union of needs.
fn fold_lookalikes<'a>(catalog: &'a Catalog, case: &'a Case, items: &mut Vec<Item<'a>>) {
    let proves_both = |alts: &[Vec<EvidenceIdx>], a: ConceptIdx, b: ConceptIdx| {
        alts.iter().flatten().all(|&e| {
            let p = &catalog.evidence[e as usize].proves;
            p.contains(&a) && p.contains(&b)
        })
    };
    let mut b = 0;
    while b < items.len() {
        let target = if items[b].period.is_some() {
            None
        } else {
            let nb = &items[b];
            items.iter().enumerate().find_map(|(a, na)| {
                let ok = a != b
                    && na.key.owner == nb.key.owner
                    && !na.concepts.iter().any(|c| nb.concepts.contains(c))
                    && na
                        .period
                        .as_ref()
                        .and_then(IntervalSet::hull)
                        .is_some_and(|h| nb.issued_on_or_after.is_none_or(|limit| h.end >= limit));
                if !ok {
                    return None;
                }
                let m = meet(&na.evidence_idx, &nb.evidence_idx);
                (!m.is_empty() && proves_both(&m, na.key.concept, nb.key.concept)).then_some((a, m))
            })
        };
        let Some((a, alts)) = target else {
            b += 1;
            continue;
        };
        let nb = items.remove(b);
        let na = &mut items[if a > b { a - 1 } else { a }];
        na.concepts.extend(nb.concepts);
        na.needed_for.extend(nb.needed_for);
        na.issued_on_or_after = na.issued_on_or_after.max(nb.issued_on_or_after);
        na.delivery = na.delivery.max(nb.delivery);
        na.deadline = na.deadline.min(nb.deadline);
        na.who_idx.extend(nb.who_idx);
        na.who_idx.sort_unstable();
        na.who_idx.dedup();
        na.who = na
            .who_idx
            .iter()
            .map(|&p| case.household[p as usize].id.as_str())
            .collect();
        (na.checks, na.forms) = acceptance(catalog, &alts);
        na.evidence = alts
            .iter()
            .map(|l| {
                l.iter()
                    .map(|&e| catalog.evidence[e as usize].id.as_str())
                    .collect()
            })
            .collect();
        na.evidence_idx = alts;
    }
}

fn owner_ids(case: &Case, owner: Owner) -> (Option<&str>, Option<&str>) {
    match owner {
        Owner::Person(p) => (Some(case.household[p as usize].id.as_str()), None),
        Owner::Account(a) => (None, Some(case.accounts[a as usize].id.as_str())),
        Owner::Household => (None, None),
    }
}

fn build_item<'a>(
    catalog: &'a Catalog,
    case: &'a Case,
    requests: &[Request<'a>],
    alts: Vec<Vec<EvidenceIdx>>,
    members: &[usize],
) -> Item<'a> {
    let first = &requests[members[0]];
    let key = first.key;
    let mut who_idx: Vec<PersonIdx> = Vec::new();
    let mut period: Option<IntervalSet> = None;
    let mut issued_after: Option<Date> = None;
    let mut delivery = Delivery::Retrievable;
    let mut deadline = first.deadline;
    let mut needed_for = Vec::with_capacity(members.len());
    for &m in members {
        let r = &requests[m];
        who_idx.extend_from_slice(&r.who);
        if let Some(n) = &r.need {
            period = Some(match period {
                None => n.clone(),
                Some(p) => p.union(n),
            });
        }
        issued_after = issued_after.max(r.issued_after);
        delivery = delivery.max(r.req.delivery);
        deadline = deadline.min(r.deadline);
        needed_for.push(SchemeNeed {
            scheme: &r.scheme.id,
            requirement: &r.req.id,
            legal_basis: &r.req.legal_basis,
            rule: r.req.coverage,
            recency: r.req.recency,
            period: r.need.clone(),
            already_held: r.held.clone(),
            issued_on_or_after: r.issued_after,
            delivery: r.req.delivery,
            deadline: r.deadline,
            source: &r.req.source,
            decided_by: &r.req.decided,
        });
    }
    who_idx.sort_unstable();
    who_idx.dedup();
    let (person, account) = owner_ids(case, key.owner);
    let iban = match key.owner {
        Owner::Account(a) => case.accounts[a as usize].iban.as_deref(),
        _ => None,
    };
    let (checks, forms) = acceptance(catalog, &alts);
    Item {
        number: 0,
        concept: &catalog.concepts[key.concept as usize],
        concepts: vec![&catalog.concepts[key.concept as usize]],
        checks,
        forms,
        granularity: first.req.granularity,
        person,
        account,
        iban,
        who: who_idx
            .iter()
            .map(|&p| case.household[p as usize].id.as_str())
            .collect(),
        evidence: alts
            .iter()
            .map(|l| {
                l.iter()
                    .map(|&e| catalog.evidence[e as usize].id.as_str())
                    .collect()
            })
            .collect(),
        period,
        issued_on_or_after: issued_after,
        delivery,
        deadline,
        needed_for,
        key,
        who_idx,
        evidence_idx: alts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_before_clamps_to_month_end() {
        assert_eq!(
            months_before(date!(2026 - 05 - 31), 3),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            months_before(date!(2026 - 01 - 15), 1),
            date!(2025 - 12 - 15)
        );
        assert_eq!(
            months_before(date!(2026 - 01 - 15), 25),
            date!(2023 - 12 - 15)
        );
    }

    #[test]
    fn coverage_rules_become_dates() {
        use super::super::catalog::Anchor;
        let sub = date!(2026 - 11 - 10);
        let today = date!(2026 - 11 - 20);
        let p = |c| coverage_period(c, sub, today).map(|i| (i.start, i.end));
        assert_eq!(
            p(Coverage::RollingMonths {
                months: 3,
                anchor: Anchor::Submission
            }),
            Some((date!(2026 - 08 - 11), date!(2026 - 11 - 10)))
        );
        assert_eq!(
            p(Coverage::CompleteMonths {
                months: 1,
                anchor: Anchor::Submission
            }),
            Some((date!(2026 - 10 - 01), date!(2026 - 10 - 31)))
        );
        assert_eq!(
            p(Coverage::AnnualStatements {
                years: 3,
                anchor: Anchor::Letter
            }),
            Some((date!(2023 - 01 - 01), date!(2025 - 12 - 31)))
        );
        assert_eq!(p(Coverage::Latest), None);
    }

    #[test]
    fn meet_of_alternatives() {
        // passport=0, id-card=1, residence=2, licence=3
        let bijstand = vec![vec![0], vec![1], vec![2]];
        let debt = vec![vec![0], vec![1], vec![2], vec![3]];
        assert_eq!(meet(&bijstand, &debt), bijstand);
        assert!(meet(&[vec![3]], &bijstand).is_empty());
        // An AND-list that contains a list of the other side serves both.
        assert_eq!(meet(&[vec![0, 4]], &[vec![0]]), vec![vec![0, 4]]);
    }
}

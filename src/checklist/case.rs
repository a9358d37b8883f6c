//! A case: the household, its bank accounts, the schemes applied for, the documents the
//! municipality already holds and the facts that switch requirements on or off. Read from
//! JSON; every mistake is a [`Diagnostic`] at the case and the mistake's JSON path
//! (`household[1].birth_date`, the same form as paths in decision data), all at once.

use serde_json::{Map, Value};
use time::Date;

use super::catalog::{Catalog, Granularity, Role};
use super::interval::DateInterval;
use crate::data::{iso, read_date, show, show_name};
use crate::diag::{Code, Diagnostic, Diagnostics, closest};

/// Index of a member in [`Case::household`].
pub type PersonIdx = u16;
/// Index of an account in [`Case::accounts`].
pub type AccountIdx = u16;

/// The most members a household may have: the merge keeps each item's people as bits of
/// a `u64`.
pub const MAX_HOUSEHOLD: usize = 64;

/// The oldest a member may be: a birth date further back is a typing error.
pub const MAX_AGE: i32 = 120;

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub id: String,
    pub role: Role,
    /// First name as the letter addresses the person ("Samira"); optional.
    pub name: Option<String>,
    pub birth_date: Date,
    /// Whether the member has income (wages, a benefit, a pension). Requirements marked
    /// `income_only` ask only members who have; unknown counts as yes.
    pub income: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: String,
    pub iban: Option<String>,
    /// One holder, or two for a joint account.
    pub holders: Vec<PersonIdx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    pub scheme: String,
    pub submitted: Date,
    /// Registers the municipality may consult for this scheme (`suwinet`, `brp`, ...).
    pub may_consult: Vec<String>,
}

/// A document the municipality already has.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldDocument {
    pub evidence: String,
    pub person: Option<PersonIdx>,
    pub account: Option<AccountIdx>,
    /// The period the document covers (bank statements, payslips); none for an ID.
    pub period: Option<DateInterval>,
    pub issued: Date,
    /// Last day the document itself is valid (an ID card), if it expires.
    pub valid_until: Option<Date>,
    /// The scheme it was handed in for: it is reused only within that scheme's legal
    /// regime. `None`: handed in for no particular scheme (kept in the resident's file).
    pub held_for: Option<String>,
    /// The day a newer document replaced this one (a new contract, a new policy): from
    /// then on it no longer counts.
    pub superseded_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// The file or record name, used in messages.
    pub name: String,
    /// The case number in the case system.
    pub id: String,
    pub household: Vec<Member>,
    pub accounts: Vec<Account>,
    pub applications: Vec<Application>,
    pub held: Vec<HeldDocument>,
    /// Facts about the case (`variable-income`, `receives-bijstand`).
    pub facts: Vec<String>,
    /// Since when the household lives at its address. A held document about the home
    /// (`address_bound`, a rental contract) issued before this day no longer counts.
    pub address_since: Option<Date>,
    /// Who the checklist letter is addressed to: the applicant unless the case names
    /// another member (`addressee`), who must be the applicant or the partner.
    pub addressee: PersonIdx,
}

/// `path.key`, or `key` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// What a case is checked against besides its shape.
#[derive(Clone, Copy)]
struct Against<'c> {
    catalog: &'c Catalog,
    /// The letter date; `None` when it is unknown (itself a mistake reported elsewhere):
    /// then no date is checked against it.
    today: Option<Date>,
}

/// Collects the mistakes of one case.
struct Reader<'a> {
    /// Names the case in every diagnostic.
    name: &'a str,
    problems: Diagnostics,
    against: Option<Against<'a>>,
}

type Object = Map<String, Value>;

impl<'a> Reader<'a> {
    fn new(name: &'a str, against: Option<Against<'a>>) -> Reader<'a> {
        Reader {
            name,
            problems: Diagnostics::new(),
            against,
        }
    }

    fn err(&mut self, code: Code, path: &str, message: impl Into<String>) {
        self.problems
            .push(Diagnostic::error(code, message).at_record(self.name, path));
    }

    /// A mistake with a "did you mean" for `word` among `candidates`, if one is close.
    fn err_near<'c>(
        &mut self,
        code: Code,
        path: &str,
        message: String,
        word: &str,
        candidates: impl IntoIterator<Item = &'c str>,
    ) {
        let mut d = Diagnostic::error(code, message).at_record(self.name, path);
        if let Some(near) = closest(word, candidates) {
            d = d.with_suggestion(format!("did you mean `{near}`?"));
        }
        self.problems.push(d);
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str, allowed: &[&str]) -> Option<&'v Object> {
        let Some(o) = v.as_object() else {
            self.err(
                Code::DATA_TYPE,
                path,
                format!(
                    "expected an object with {}, got {}",
                    allowed.join(", "),
                    show(v)
                ),
            );
            return None;
        };
        for k in o.keys() {
            if !allowed.contains(&k.as_str()) {
                let shown = show_name(k);
                self.err_near(
                    Code::DATA_UNKNOWN_FIELD,
                    &join(path, &shown[1..shown.len() - 1]),
                    format!(
                        "unknown field {shown}; expected one of {}",
                        allowed.join(", ")
                    ),
                    k,
                    allowed.iter().copied(),
                );
            }
        }
        Some(o)
    }

    fn string(&mut self, o: &Object, path: &str, key: &str, required: bool) -> Option<String> {
        let path = join(path, key);
        match o.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(v @ Value::String(_)) => {
                self.err(
                    Code::DATA_VALUE,
                    &path,
                    format!("expected text, got {} (empty)", show(v)),
                );
                None
            }
            Some(Value::Null) | None if !required => None,
            None | Some(Value::Null) => {
                self.err(
                    Code::DATA_MISSING,
                    &path,
                    format!("missing required field `{key}`"),
                );
                None
            }
            Some(v) => {
                self.err(
                    Code::DATA_TYPE,
                    &path,
                    format!("expected text, got {}", show(v)),
                );
                None
            }
        }
    }

    fn date(&mut self, o: &Object, path: &str, key: &str, required: bool) -> Option<Date> {
        let s = self.string(o, path, key, required)?;
        match read_date(&s) {
            Ok(d) => Some(d),
            Err(d) => {
                self.problems.push(d.at_record(self.name, join(path, key)));
                None
            }
        }
    }

    fn array<'v>(&mut self, o: &'v Object, path: &str, key: &str, required: bool) -> &'v [Value] {
        match o.get(key) {
            Some(Value::Array(a)) => a,
            None if !required => &[],
            None => {
                self.err(
                    Code::DATA_MISSING,
                    &join(path, key),
                    format!("missing required field `{key}`"),
                );
                &[]
            }
            Some(v) => {
                self.err(
                    Code::DATA_TYPE,
                    &join(path, key),
                    format!("expected a list, got {}", show(v)),
                );
                &[]
            }
        }
    }

    /// The texts of the list at `key`, each with its index in the list.
    fn strings(&mut self, o: &Object, path: &str, key: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, v) in self.array(o, path, key, false).iter().enumerate() {
            match v.as_str() {
                Some(s) => out.push((i, s.to_string())),
                None => self.err(
                    Code::DATA_TYPE,
                    &format!("{}[{i}]", join(path, key)),
                    format!("expected text, got {}", show(v)),
                ),
            }
        }
        out
    }

    // ---- against the catalog and the letter date (no-ops without them) ----

    /// `date` at `path` must not be after the letter date.
    fn not_future(&mut self, path: &str, what: &str, date: Date) {
        let Some(today) = self.against.and_then(|a| a.today) else {
            return;
        };
        if date > today {
            self.err(
                Code::DATA_VALUE,
                path,
                format!(
                    "{what} {} lies in the future (today is {})",
                    iso(date),
                    iso(today)
                ),
            );
        }
    }

    /// A birth date: not after the letter date and at most [`MAX_AGE`] years before it
    /// (the rule of the `birthdate` field type of letter data).
    fn birth_date(&mut self, path: &str, date: Date) {
        let Some(today) = self.against.and_then(|a| a.today) else {
            return;
        };
        if date > today {
            self.not_future(path, "birth date", date);
        } else if age_on(date, today) > MAX_AGE {
            self.err(
                Code::DATA_VALUE,
                path,
                format!(
                    "birth date {} is more than {MAX_AGE} years before the letter date {}: a typing error in the year?",
                    iso(date),
                    iso(today)
                ),
            );
        }
    }

    fn boolean(&mut self, o: &Object, path: &str, key: &str) -> Option<bool> {
        match o.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(v) => {
                self.err(
                    Code::DATA_TYPE,
                    &join(path, key),
                    format!("expected true or false, got {}", show(v)),
                );
                None
            }
        }
    }

    /// `id` at `path` must be a scheme of the catalog; `list` adds the known ones to
    /// the message.
    fn scheme(&mut self, path: &str, id: &str, list: bool) {
        let Some(Against { catalog, .. }) = self.against else {
            return;
        };
        if catalog.scheme(id).is_some() {
            return;
        }
        let mut known: Vec<&str> = catalog.schemes.iter().map(|s| s.id.as_str()).collect();
        known.sort_unstable();
        let message = if list {
            format!(
                "unknown scheme `{id}`: expected one of {}",
                known.join(", ")
            )
        } else {
            format!("unknown scheme `{id}`")
        };
        self.err_near(Code::DATA_VALUE, path, message, id, known);
    }

    fn register(&mut self, path: &str, id: &str) {
        let Some(Against { catalog, .. }) = self.against else {
            return;
        };
        if catalog.source_index(id).is_none() {
            self.err_near(
                Code::DATA_VALUE,
                path,
                format!(
                    "unknown register `{id}`: expected one of {}",
                    catalog.sources.join(", ")
                ),
                id,
                catalog.sources.iter().map(String::as_str),
            );
        }
    }

    fn fact(&mut self, path: &str, id: &str) {
        let Some(Against { catalog, .. }) = self.against else {
            return;
        };
        if catalog.fact_index(id).is_none() {
            self.err_near(
                Code::DATA_VALUE,
                path,
                format!(
                    "unknown fact `{id}`: expected one of {}",
                    catalog.facts.join(", ")
                ),
                id,
                catalog.facts.iter().map(String::as_str),
            );
        }
    }

    /// The evidence type of the held document at `path`, which names a person and an
    /// account as `person` and `account` say.
    fn evidence(&mut self, path: &str, id: &str, person: bool, account: bool) {
        let Some(Against { catalog, .. }) = self.against else {
            return;
        };
        match catalog.evidence_type(id) {
            None => self.err_near(
                Code::DATA_VALUE,
                &join(path, "type"),
                format!("unknown evidence type `{id}`"),
                id,
                catalog.evidence.iter().map(|e| e.id.as_str()),
            ),
            Some(e) => match e.granularity {
                Granularity::PerPerson if !person => self.err(
                    Code::DATA_MISSING,
                    &join(path, "person"),
                    format!("a {} is about one person: name the person", e.id),
                ),
                Granularity::PerAccount if !account => self.err(
                    Code::DATA_MISSING,
                    &join(path, "account"),
                    format!("a {} is about one account: name the account", e.id),
                ),
                _ => {}
            },
        }
    }
}

fn role(s: &str) -> Option<Role> {
    Some(match s {
        "applicant" => Role::Applicant,
        "partner" => Role::Partner,
        "child" => Role::Child,
        "co-resident" => Role::CoResident,
        _ => return None,
    })
}

const ROLES: [&str; 4] = ["applicant", "partner", "child", "co-resident"];

/// The keys of a case file.
const CASE_KEYS: [&str; 11] = [
    "case",
    "household",
    "accounts",
    "applications",
    "held",
    "facts",
    "address_since",
    "addressee",
    // The envelope of the checklist letter: checked by the letter's data schema when a
    // letter is made, not part of the merge.
    "letter",
    "recipient",
    "address",
];

impl Case {
    /// Parses and checks a case's structure (the catalog and the date of the letter are
    /// checked by [`Case::validate`], which [`super::merge()`] calls). The JSON is read as
    /// every input is ([`crate::input::parse_json`]: strict, a key twice is an error).
    pub fn from_json(name: &str, src: &str) -> Result<Case, Diagnostics> {
        let v = crate::input::parse_json(name, src)
            .map_err(|e| Diagnostics::from(crate::data::input_problem(name, &e)))?;
        Case::from_value(name, &v)
    }

    /// As [`Case::from_json`], for a case already parsed (a case file that also carries
    /// a letter envelope is read once).
    pub fn from_value(name: &str, v: &Value) -> Result<Case, Diagnostics> {
        Case::read(name, v, None)
    }

    /// Reads a case and checks it against `catalog` and the letter date `today` in one
    /// go, so every mistake is reported at once: a reversed period, an unknown scheme, a
    /// future birth date and an unknown fact together. `today` is `None` when the letter
    /// date is unknown (a mistake the caller reports): dates are then not checked
    /// against it. A case this returns passes [`Case::validate`] with the same date.
    pub fn from_value_checked(
        name: &str,
        v: &Value,
        catalog: &Catalog,
        today: Option<Date>,
    ) -> Result<Case, Diagnostics> {
        Case::read(name, v, Some(Against { catalog, today }))
    }

    fn read(name: &str, v: &Value, against: Option<Against>) -> Result<Case, Diagnostics> {
        let mut r = Reader::new(name, against);
        let case = Case::parse(name, v, &mut r);
        match case {
            Some(c) if r.problems.is_empty() => Ok(c),
            _ => Err(r.problems),
        }
    }

    fn parse(name: &str, v: &Value, r: &mut Reader) -> Option<Case> {
        let root = r.object(v, "", &CASE_KEYS)?;
        let id = r.string(root, "", "case", true).unwrap_or_default();

        let members = r.array(root, "", "household", true);
        if members.is_empty() && root.get("household").is_some_and(Value::is_array) {
            r.err(
                Code::DATA_VALUE,
                "household",
                "the household is empty: list at least the applicant",
            );
        }
        if members.len() > MAX_HOUSEHOLD {
            r.err(
                Code::DATA_VALUE,
                "household",
                format!(
                    "{} members: at most {MAX_HOUSEHOLD} are supported",
                    members.len()
                ),
            );
        }
        let mut household = Vec::new();
        for (i, m) in members.iter().enumerate() {
            let p = format!("household[{i}]");
            let Some(o) = r.object(m, &p, &["id", "role", "name", "birth_date", "income"]) else {
                continue;
            };
            let id = r.string(o, &p, "id", true);
            let role_s = r.string(o, &p, "role", true);
            let role = role_s.as_deref().and_then(|s| {
                let x = role(s);
                if x.is_none() {
                    r.err_near(
                        Code::DATA_VALUE,
                        &join(&p, "role"),
                        format!(
                            "unknown role `{s}`: expected applicant, partner, child or co-resident"
                        ),
                        s,
                        ROLES,
                    );
                }
                x
            });
            let name = r.string(o, &p, "name", false);
            let birth = r.date(o, &p, "birth_date", true);
            if let Some(birth) = birth {
                r.birth_date(&join(&p, "birth_date"), birth);
            }
            let income = r.boolean(o, &p, "income").unwrap_or(true);
            if let Some(id) = &id
                && household.iter().any(|x: &Member| &x.id == id)
            {
                r.err(
                    Code::DATA_INCONSISTENT,
                    &join(&p, "id"),
                    format!("member `{id}` is listed twice"),
                );
            }
            if let (Some(id), Some(role), Some(birth_date)) = (id, role, birth) {
                household.push(Member {
                    id,
                    role,
                    name,
                    birth_date,
                    income,
                });
            }
        }
        let applicants = household
            .iter()
            .filter(|m| m.role == Role::Applicant)
            .count();
        if !members.is_empty() && household.len() == members.len() {
            if applicants != 1 {
                r.err(
                    Code::DATA_INCONSISTENT,
                    "household",
                    format!("expected exactly one member with role applicant, found {applicants}"),
                );
            }
            if household.iter().filter(|m| m.role == Role::Partner).count() > 1 {
                r.err(
                    Code::DATA_INCONSISTENT,
                    "household",
                    "more than one partner",
                );
            }
        }
        // A member that could not be read is not "not in the household": its id counts.
        let listed: Vec<String> = members
            .iter()
            .filter_map(|m| m.get("id").and_then(Value::as_str).map(str::to_owned))
            .collect();
        let person = |r: &mut Reader, path: &str, id: &str| -> Option<PersonIdx> {
            let i = household.iter().position(|m| m.id == id);
            if i.is_none() && !listed.iter().any(|l| l == id) {
                r.err_near(
                    Code::DATA_INCONSISTENT,
                    path,
                    format!("member `{id}` is not in the household"),
                    id,
                    household.iter().map(|m| m.id.as_str()),
                );
            }
            // At most MAX_HOUSEHOLD members are read without a mistake.
            i.and_then(|i| PersonIdx::try_from(i).ok())
        };

        let mut accounts: Vec<Account> = Vec::new();
        for (i, a) in r.array(root, "", "accounts", false).iter().enumerate() {
            let p = format!("accounts[{i}]");
            let Some(o) = r.object(a, &p, &["id", "iban", "holders"]) else {
                continue;
            };
            let id = r.string(o, &p, "id", true);
            let iban = r.string(o, &p, "iban", false).and_then(|text| {
                match crate::data::normalise_iban(&text) {
                    Ok(print) => Some(print),
                    Err(why) => {
                        r.err(Code::DATA_VALUE, &join(&p, "iban"), why);
                        None
                    }
                }
            });
            let names = r.strings(o, &p, "holders");
            if names.is_empty() || names.len() > 2 {
                r.err(
                    Code::DATA_VALUE,
                    &join(&p, "holders"),
                    format!("expected one or two holders, found {}", names.len()),
                );
            }
            let mut holders = Vec::new();
            for (j, h) in &names {
                let path = format!("{p}.holders[{j}]");
                if let Some(x) = person(r, &path, h) {
                    if holders.contains(&x) {
                        r.err(
                            Code::DATA_INCONSISTENT,
                            &path,
                            format!("holder `{h}` is listed twice"),
                        );
                    }
                    holders.push(x);
                }
            }
            if let Some(id) = &id
                && accounts.iter().any(|x| &x.id == id)
            {
                r.err(
                    Code::DATA_INCONSISTENT,
                    &join(&p, "id"),
                    format!("account `{id}` is listed twice"),
                );
            }
            if let Some(id) = id {
                accounts.push(Account { id, iban, holders });
            }
        }

        let apps = r.array(root, "", "applications", true);
        if apps.is_empty() && root.get("applications").is_some_and(Value::is_array) {
            r.err(Code::DATA_VALUE, "applications", "no schemes applied for");
        }
        let mut applications: Vec<Application> = Vec::new();
        for (i, a) in apps.iter().enumerate() {
            let p = format!("applications[{i}]");
            let Some(o) = r.object(a, &p, &["scheme", "submitted", "may_consult"]) else {
                continue;
            };
            let scheme = r.string(o, &p, "scheme", true);
            let submitted = r.date(o, &p, "submitted", true);
            let may_consult = r.strings(o, &p, "may_consult");
            if let Some(s) = &scheme {
                r.scheme(&join(&p, "scheme"), s, true);
            }
            if let Some(d) = submitted {
                r.not_future(&join(&p, "submitted"), "submission date", d);
            }
            for (j, s) in &may_consult {
                r.register(&format!("{p}.may_consult[{j}]"), s);
            }
            if let Some(s) = &scheme
                && applications.iter().any(|x| &x.scheme == s)
            {
                r.err(
                    Code::DATA_INCONSISTENT,
                    &join(&p, "scheme"),
                    format!("scheme `{s}` is applied for twice: one application per scheme"),
                );
            }
            if let (Some(scheme), Some(submitted)) = (scheme, submitted) {
                applications.push(Application {
                    scheme,
                    submitted,
                    may_consult: may_consult.into_iter().map(|(_, s)| s).collect(),
                });
            }
        }

        let mut held = Vec::new();
        for (i, h) in r.array(root, "", "held", false).iter().enumerate() {
            let p = format!("held[{i}]");
            let Some(o) = r.object(
                h,
                &p,
                &[
                    "type",
                    "person",
                    "account",
                    "from",
                    "to",
                    "issued",
                    "valid_until",
                    "held_for",
                    "superseded_on",
                ],
            ) else {
                continue;
            };
            let evidence = r.string(o, &p, "type", true);
            let person_id = r.string(o, &p, "person", false);
            let person_idx = person_id
                .as_deref()
                .and_then(|s| person(r, &join(&p, "person"), s));
            let account_id = r.string(o, &p, "account", false);
            let account = account_id.as_deref().and_then(|s| {
                let i = accounts.iter().position(|a| a.id == s);
                if i.is_none() {
                    r.err_near(
                        Code::DATA_INCONSISTENT,
                        &join(&p, "account"),
                        format!("account `{s}` is not in accounts"),
                        s,
                        accounts.iter().map(|a| a.id.as_str()),
                    );
                }
                i.and_then(|i| AccountIdx::try_from(i).ok())
            });
            if let Some(e) = &evidence {
                r.evidence(&p, e, person_id.is_some(), account_id.is_some());
            }
            let given = |key: &str| o.get(key).is_some_and(|v| !v.is_null());
            let from = r.date(o, &p, "from", false);
            let to = r.date(o, &p, "to", false);
            let period = match (from, to) {
                (Some(f), Some(t)) => {
                    let x = DateInterval::new(f, t);
                    if x.is_none() {
                        r.err(
                            Code::DATA_INCONSISTENT,
                            &join(&p, "to"),
                            format!(
                                "the period ends before it starts (from {} to {})",
                                iso(f),
                                iso(t)
                            ),
                        );
                    }
                    x
                }
                (None, None) => None,
                _ if given("from") != given("to") => {
                    r.err(
                        Code::DATA_INCONSISTENT,
                        &p,
                        "give both `from` and `to`, or neither",
                    );
                    None
                }
                // Both given, one of them not a date: reported already.
                _ => None,
            };
            let issued = r.date(o, &p, "issued", true);
            if let Some(d) = issued {
                r.not_future(&join(&p, "issued"), "issue date", d);
            }
            let valid_until = r.date(o, &p, "valid_until", false);
            let held_for = r.string(o, &p, "held_for", false);
            if let Some(s) = &held_for {
                r.scheme(&join(&p, "held_for"), s, false);
            }
            let superseded_on = r.date(o, &p, "superseded_on", false);
            if let (Some(s), Some(i)) = (superseded_on, issued)
                && s < i
            {
                r.err(
                    Code::DATA_INCONSISTENT,
                    &join(&p, "superseded_on"),
                    format!(
                        "superseded on {} before it was issued on {}",
                        iso(s),
                        iso(i)
                    ),
                );
            }
            if let (Some(evidence), Some(issued)) = (evidence, issued) {
                held.push(HeldDocument {
                    evidence,
                    person: person_idx,
                    account,
                    period,
                    issued,
                    valid_until,
                    held_for,
                    superseded_on,
                });
            }
        }
        let facts = r.strings(root, "", "facts");
        for (i, f) in &facts {
            r.fact(&format!("facts[{i}]"), f);
        }
        let address_since = r.date(root, "", "address_since", false);
        if let Some(d) = address_since {
            r.not_future("address_since", "moving date", d);
        }
        let applicant = household
            .iter()
            .position(|m| m.role == Role::Applicant)
            .unwrap_or(0) as PersonIdx;
        let addressee = match r.string(root, "", "addressee", false) {
            None => applicant,
            Some(id) => match person(r, "addressee", &id) {
                Some(p)
                    if matches!(household[p as usize].role, Role::Applicant | Role::Partner) =>
                {
                    p
                }
                Some(p) => {
                    r.err(
                        Code::DATA_VALUE,
                        "addressee",
                        format!(
                            "member `{id}` is a {}: the checklist letter goes to the applicant or the partner",
                            household[p as usize].role.as_str()
                        ),
                    );
                    applicant
                }
                None => applicant,
            },
        };
        Some(Case {
            name: name.to_string(),
            id,
            household,
            accounts,
            applications,
            held,
            facts: facts.into_iter().map(|(_, f)| f).collect(),
            address_since,
            addressee,
        })
    }

    /// Checks the case against the catalog and the letter date: unknown schemes,
    /// evidence types, registers and facts; dates in the future. Every mistake at once,
    /// at its path in the case file the case was read from.
    pub fn validate(&self, catalog: &Catalog, today: Date) -> Result<(), Diagnostics> {
        let mut r = Reader::new(
            &self.name,
            Some(Against {
                catalog,
                today: Some(today),
            }),
        );
        for (i, m) in self.household.iter().enumerate() {
            r.birth_date(&format!("household[{i}].birth_date"), m.birth_date);
        }
        if let Some(d) = self.address_since {
            r.not_future("address_since", "moving date", d);
        }
        for (i, a) in self.applications.iter().enumerate() {
            let p = format!("applications[{i}]");
            r.scheme(&join(&p, "scheme"), &a.scheme, true);
            r.not_future(&join(&p, "submitted"), "submission date", a.submitted);
            for (j, s) in a.may_consult.iter().enumerate() {
                r.register(&format!("{p}.may_consult[{j}]"), s);
            }
        }
        for (i, h) in self.held.iter().enumerate() {
            let p = format!("held[{i}]");
            r.evidence(&p, &h.evidence, h.person.is_some(), h.account.is_some());
            r.not_future(&join(&p, "issued"), "issue date", h.issued);
            if let Some(s) = &h.held_for {
                r.scheme(&join(&p, "held_for"), s, false);
            }
        }
        for (i, f) in self.facts.iter().enumerate() {
            r.fact(&format!("facts[{i}]"), f);
        }
        r.problems.into_result(())
    }

    pub fn member(&self, id: &str) -> Option<PersonIdx> {
        self.household
            .iter()
            .position(|m| m.id == id)
            .map(|i| i as PersonIdx)
    }
}

/// Age in whole years on `on`.
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month() as u8, on.day()) < (birth.month() as u8, birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::json;
    use time::macros::date;

    use super::*;
    use crate::diag::Location;

    /// Each mistake as `path: message (suggestion)`: its `Display` without the case name,
    /// which must be `t.json`.
    fn lines(problems: &Diagnostics) -> Vec<String> {
        problems
            .iter()
            .map(|d| {
                assert!(
                    matches!(&d.location, Location::Record { record, .. } if record == "t.json"),
                    "{d:?}"
                );
                d.to_string().strip_prefix("t.json: ").unwrap().to_string()
            })
            .collect()
    }

    fn paths(src: &str) -> Vec<String> {
        lines(&Case::from_json("t.json", src).unwrap_err())
    }

    /// Each mistake's code and path.
    fn codes(problems: &Diagnostics) -> Vec<(Code, String)> {
        problems
            .iter()
            .map(|d| match &d.location {
                Location::Record { path, .. } => (d.code, path.clone()),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    fn catalog() -> Catalog {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemes");
        Catalog::load(&dir).unwrap_or_else(|e| panic!("{e}"))
    }

    fn valid() -> Value {
        json!({
            "case": "1",
            "household": [
                { "id": "mehmet", "role": "applicant", "birth_date": "1964-05-05" },
                { "id": "ayse", "role": "partner", "birth_date": "1967-08-21" }
            ],
            "accounts": [{ "id": "joint", "holders": ["mehmet", "ayse"] }],
            "applications": [{ "scheme": "bijzondere-bijstand", "submitted": "2026-11-16" }],
            "held": [{ "type": "bank-statement", "account": "joint", "from": "2026-08-01",
                       "to": "2026-10-31", "issued": "2026-11-01" }],
            "facts": ["receives-bijstand"]
        })
    }

    const TODAY: Date = date!(2026 - 11 - 22);

    #[test]
    fn all_errors_at_once_with_paths() {
        let e = paths(
            r#"{"case":"1","household":[{"id":"a","role":"applicant","birth_date":"1990-13-01"},
                {"id":"b","role":"uncle","birth_date":"1990-01-01"}],
              "accounts":[{"id":"x","holders":["a","zz"]}],
              "applications":[{"scheme":"bijstand","submitted":"yesterday"}],
              "held":[{"type":"passport","person":"q","issued":"2026-01-01"}]}"#,
        );
        assert_eq!(
            e,
            [
                "household[0].birth_date: expected a date as \"YYYY-MM-DD\", got \"1990-13-01\" \
                 (there is no month 13)",
                "household[1].role: unknown role `uncle`: expected applicant, partner, child or \
                 co-resident",
                // `a` is listed, though not readable: only `zz` is missing.
                "accounts[0].holders[1]: member `zz` is not in the household",
                "applications[0].submitted: expected a date as \"YYYY-MM-DD\", got \"yesterday\"",
                "held[0].person: member `q` is not in the household",
            ]
        );
    }

    #[test]
    fn empty_household_and_bad_json() {
        let e = paths(
            r#"{"case":"1","household":[],"applications":[{"scheme":"x","submitted":"2026-01-01"}]}"#,
        );
        assert_eq!(
            e,
            vec!["household: the household is empty: list at least the applicant"]
        );
        let err = Case::from_json("t.json", "{").unwrap_err();
        assert_eq!(err.as_slice()[0].code, Code::JSON_SYNTAX);
        assert!(err.to_string().starts_with("t.json:1:"), "{err}");
        // Read as every input: a key twice is an error.
        let err = Case::from_json("t.json", r#"{"case": "1", "case": "2"}"#).unwrap_err();
        assert!(err.to_string().contains("`case` is given twice"), "{err}");
        let e = paths(
            r#"{"case":"1","household":[{"id":"a","role":"applicant","birth_date":"1990-01-01","nmae":1}],"applications":[]}"#,
        );
        assert_eq!(
            e,
            [
                "household[0].nmae: unknown field `nmae`; expected one of id, role, name, \
                 birth_date, income (did you mean `name`?)",
                "applications: no schemes applied for",
            ]
        );
    }

    #[test]
    fn codes_say_what_kind_of_mistake() {
        let case = json!({
            "case": 7,
            "household": [
                { "id": "a", "role": "applicant", "birth_date": "1990-01-01", "x": 1 },
                { "id": "a", "role": "child", "name": "" }
            ],
            "accounts": [{ "id": "k", "holders": [] }],
            "applications": "bijstand",
            "held": [{ "type": "id-card", "from": "2026-01-01", "issued": "2026-13-01" }],
        });
        let err = Case::from_value("t.json", &case).unwrap_err();
        assert_eq!(
            codes(&err),
            [
                (Code::DATA_TYPE, "case".into()),
                (Code::DATA_UNKNOWN_FIELD, "household[0].x".into()),
                (Code::DATA_VALUE, "household[1].name".into()),
                (Code::DATA_MISSING, "household[1].birth_date".into()),
                (Code::DATA_INCONSISTENT, "household[1].id".into()),
                (Code::DATA_VALUE, "accounts[0].holders".into()),
                (Code::DATA_TYPE, "applications".into()),
                (Code::DATA_INCONSISTENT, "held[0]".into()),
                (Code::DATA_VALUE, "held[0].issued".into()),
            ]
        );
    }

    #[test]
    fn five_different_mistakes_at_once() {
        // A reversed period and a member not in the household (the case's shape), an
        // unknown scheme, a future birth date and an unknown fact (against the catalog
        // and the letter date): each used to hide the next.
        let mut case = valid();
        case["held"][0]["to"] = json!("2026-07-31");
        case["accounts"][0]["holders"][1] = json!("ayes");
        case["applications"][0]["scheme"] = json!("bijzondere-bijstnad");
        case["household"][1]["birth_date"] = json!("2027-01-01");
        case["facts"][0] = json!("receives-bijstadn");
        let err = Case::from_value_checked("t.json", &case, &catalog(), Some(TODAY)).unwrap_err();
        assert_eq!(
            codes(&err),
            [
                (Code::DATA_VALUE, "household[1].birth_date".into()),
                (Code::DATA_INCONSISTENT, "accounts[0].holders[1]".into()),
                (Code::DATA_VALUE, "applications[0].scheme".into()),
                (Code::DATA_INCONSISTENT, "held[0].to".into()),
                (Code::DATA_VALUE, "facts[0]".into()),
            ]
        );
        let all = lines(&err);
        assert_eq!(
            all[0],
            "household[1].birth_date: birth date 2027-01-01 lies in the future (today is \
             2026-11-22)"
        );
        assert_eq!(
            all[1],
            "accounts[0].holders[1]: member `ayes` is not in the household (did you mean \
             `ayse`?)"
        );
        assert!(
            all[2].starts_with("applications[0].scheme: unknown scheme `bijzondere-bijstnad`: expected one of bijstand, bijzondere-bijstand,"),
            "{}",
            all[2]
        );
        assert!(
            all[2].ends_with(" (did you mean `bijzondere-bijstand`?)"),
            "{}",
            all[2]
        );
        assert_eq!(
            all[3],
            "held[0].to: the period ends before it starts (from 2026-08-01 to 2026-07-31)"
        );
        let fact = &err.as_slice()[4];
        assert!(
            fact.message
                .starts_with("unknown fact `receives-bijstadn`: expected one of ")
        );
        assert_eq!(
            fact.suggestion.as_deref(),
            Some("did you mean `receives-bijstand`?")
        );
        // The shape alone finds two of them; the rest need the catalog and the date.
        assert_eq!(Case::from_value("t.json", &case).unwrap_err().len(), 2);
    }

    #[test]
    fn checked_reading_agrees_with_validate() {
        let cat = catalog();
        let case = Case::from_value_checked("t.json", &valid(), &cat, Some(TODAY)).unwrap();
        assert_eq!(case, Case::from_value("t.json", &valid()).unwrap());
        assert_eq!(case.validate(&cat, TODAY), Ok(()));
        // The same mistakes, at the same paths, whichever way they are found.
        let mut bad = valid();
        bad["applications"][0]["submitted"] = json!("2026-12-01");
        bad["applications"][0]["may_consult"] = json!(["kadaster"]);
        bad["held"][0]["type"] = json!("bank-statment");
        bad["held"][0]["held_for"] = json!("wmoo");
        bad["facts"] = json!(["rich"]);
        let read = Case::from_value_checked("t.json", &bad, &cat, Some(TODAY)).unwrap_err();
        let validated = Case::from_value("t.json", &bad)
            .unwrap()
            .validate(&cat, TODAY)
            .unwrap_err();
        assert_eq!(read, validated);
        assert_eq!(
            codes(&read).into_iter().map(|(_, p)| p).collect::<Vec<_>>(),
            [
                "applications[0].submitted",
                "applications[0].may_consult[0]",
                "held[0].type",
                "held[0].held_for",
                "facts[0]"
            ]
        );
        assert_eq!(
            read.as_slice()[2].suggestion.as_deref(),
            Some("did you mean `bank-statement`?")
        );
        // Without a letter date, nothing is checked against it.
        let unknown_date = Case::from_value_checked("t.json", &bad, &cat, None).unwrap_err();
        assert_eq!(unknown_date.len(), 4);
    }

    #[test]
    fn a_document_about_one_account_names_it() {
        let mut case = valid();
        case["held"][0].as_object_mut().unwrap().remove("account");
        let err = Case::from_value_checked("t.json", &case, &catalog(), Some(TODAY)).unwrap_err();
        assert_eq!(
            codes(&err),
            [(Code::DATA_MISSING, "held[0].account".to_string())]
        );
    }

    #[test]
    fn households_are_bounded() {
        let mut case = valid();
        let members: Vec<Value> = (0..=MAX_HOUSEHOLD)
            .map(|i| json!({ "id": format!("m{i}"), "role": if i == 0 { "applicant" } else { "child" }, "birth_date": "2000-01-01" }))
            .collect();
        case["household"] = json!(members);
        case["accounts"] = json!([]);
        case["held"] = json!([]);
        let err = Case::from_value("t.json", &case).unwrap_err();
        assert_eq!(
            lines(&err),
            ["household: 65 members: at most 64 are supported"]
        );
    }

    #[test]
    fn ages() {
        assert_eq!(age_on(date!(2008 - 11 - 23), date!(2026 - 11 - 22)), 17);
        assert_eq!(age_on(date!(2008 - 11 - 22), date!(2026 - 11 - 22)), 18);
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 02 - 28)), 17);
    }
}

//! A case: the household, its bank accounts, the schemes applied for, the documents the
//! municipality already holds and the facts that switch requirements on or off. Read from
//! JSON; every mistake is reported with its JSON path, all at once.

use std::fmt;

use serde::Serialize;
use serde_json::Value;
use time::Date;

use super::catalog::{Catalog, Role, parse_date};
use super::interval::DateInterval;

/// Index of a member in [`Case::household`].
pub type PersonIdx = u16;
/// Index of an account in [`Case::accounts`].
pub type AccountIdx = u16;

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub id: String,
    pub role: Role,
    /// First name as the letter addresses the person ("Samira"); optional.
    pub name: Option<String>,
    pub birth_date: Date,
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
}

/// One mistake in a case, at a JSON path such as `$.household[1].birth_date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseError {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseErrors {
    pub case: String,
    pub errors: Vec<CaseError>,
}

impl fmt::Display for CaseErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "case {} has {} mistake(s):",
            self.case,
            self.errors.len()
        )?;
        for e in &self.errors {
            writeln!(f, "  {}: {}", e.path, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for CaseErrors {}

struct Reader {
    errors: Vec<CaseError>,
}

impl Reader {
    fn err(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(CaseError {
            path: path.into(),
            message: message.into(),
        });
    }

    fn object<'v>(
        &mut self,
        v: &'v Value,
        path: &str,
        allowed: &[&str],
    ) -> Option<&'v serde_json::Map<String, Value>> {
        let Some(o) = v.as_object() else {
            self.err(path, format!("expected an object, found {}", kind(v)));
            return None;
        };
        for k in o.keys() {
            if !allowed.contains(&k.as_str()) {
                self.err(
                    format!("{path}.{k}"),
                    format!("unknown field: expected one of {}", allowed.join(", ")),
                );
            }
        }
        Some(o)
    }

    fn string(
        &mut self,
        o: &serde_json::Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<String> {
        match o.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                self.err(format!("{path}.{key}"), "must not be empty");
                None
            }
            Some(Value::Null) | None if !required => None,
            None => {
                self.err(format!("{path}.{key}"), "missing");
                None
            }
            Some(v) => {
                self.err(
                    format!("{path}.{key}"),
                    format!("expected a string, found {}", kind(v)),
                );
                None
            }
        }
    }

    fn date(
        &mut self,
        o: &serde_json::Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<Date> {
        let s = self.string(o, path, key, required)?;
        match parse_date(&s) {
            Ok(d) => Some(d),
            Err(_) => {
                self.err(
                    format!("{path}.{key}"),
                    format!("`{s}` is not a date: expected YYYY-MM-DD"),
                );
                None
            }
        }
    }

    fn array<'v>(
        &mut self,
        o: &'v serde_json::Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> &'v [Value] {
        match o.get(key) {
            Some(Value::Array(a)) => a,
            None if !required => &[],
            None => {
                self.err(format!("{path}.{key}"), "missing");
                &[]
            }
            Some(v) => {
                self.err(
                    format!("{path}.{key}"),
                    format!("expected an array, found {}", kind(v)),
                );
                &[]
            }
        }
    }

    fn strings(
        &mut self,
        o: &serde_json::Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for (i, v) in self.array(o, path, key, false).iter().enumerate() {
            match v.as_str() {
                Some(s) => out.push(s.to_string()),
                None => self.err(
                    format!("{path}.{key}[{i}]"),
                    format!("expected a string, found {}", kind(v)),
                ),
            }
        }
        out
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
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

impl Case {
    /// Parses and checks a case's structure (the catalog and the date of the letter are
    /// checked by [`Case::validate`], which [`super::merge`] calls).
    pub fn from_json(name: &str, src: &str) -> Result<Case, CaseErrors> {
        let fail = |errors| CaseErrors {
            case: name.to_string(),
            errors,
        };
        let v: Value = serde_json::from_str(src).map_err(|e| {
            fail(vec![CaseError {
                path: "$".into(),
                message: format!(
                    "not valid JSON at line {} column {}: {e}",
                    e.line(),
                    e.column()
                ),
            }])
        })?;
        Case::from_value(name, &v)
    }

    /// As [`Case::from_json`], for a case already parsed (a case file that also carries
    /// a letter envelope is read once).
    pub fn from_value(name: &str, v: &Value) -> Result<Case, CaseErrors> {
        let mut r = Reader { errors: Vec::new() };
        match Case::read(name, v, &mut r) {
            Some(c) if r.errors.is_empty() => Ok(c),
            _ => Err(CaseErrors {
                case: name.to_string(),
                errors: r.errors,
            }),
        }
    }

    fn read(name: &str, v: &Value, r: &mut Reader) -> Option<Case> {
        let root = r.object(
            v,
            "$",
            &[
                "case",
                "household",
                "accounts",
                "applications",
                "held",
                "facts",
                // The envelope of the checklist letter: checked by the letter's data
                // schema when a letter is made, not part of the merge.
                "letter",
                "recipient",
                "address",
            ],
        )?;
        let id = r.string(root, "$", "case", true).unwrap_or_default();

        let members = r.array(root, "$", "household", true);
        if members.is_empty() && root.get("household").is_some_and(Value::is_array) {
            r.err(
                "$.household",
                "the household is empty: list at least the applicant",
            );
        }
        let mut household = Vec::new();
        for (i, m) in members.iter().enumerate() {
            let p = format!("$.household[{i}]");
            let Some(o) = r.object(m, &p, &["id", "role", "name", "birth_date"]) else {
                continue;
            };
            let id = r.string(o, &p, "id", true);
            let role_s = r.string(o, &p, "role", true);
            let role = role_s.as_deref().and_then(|s| {
                let x = role(s);
                if x.is_none() {
                    r.err(
                        format!("{p}.role"),
                        format!(
                            "unknown role `{s}`: expected applicant, partner, child or co-resident"
                        ),
                    );
                }
                x
            });
            let name = r.string(o, &p, "name", false);
            let birth = r.date(o, &p, "birth_date", true);
            if let Some(id) = &id
                && household.iter().any(|x: &Member| &x.id == id)
            {
                r.err(format!("{p}.id"), format!("member `{id}` is listed twice"));
            }
            if let (Some(id), Some(role), Some(birth_date)) = (id, role, birth) {
                household.push(Member {
                    id,
                    role,
                    name,
                    birth_date,
                });
            }
        }
        if members.len() > u16::MAX as usize {
            r.err("$.household", "too many members");
        }
        let applicants = household
            .iter()
            .filter(|m| m.role == Role::Applicant)
            .count();
        if !members.is_empty() && household.len() == members.len() {
            if applicants != 1 {
                r.err(
                    "$.household",
                    format!("expected exactly one member with role applicant, found {applicants}"),
                );
            }
            if household.iter().filter(|m| m.role == Role::Partner).count() > 1 {
                r.err("$.household", "more than one partner");
            }
        }
        let person =
            |r: &mut Reader, path: String, id: &str, household: &[Member]| -> Option<PersonIdx> {
                let i = household.iter().position(|m| m.id == id);
                if i.is_none() {
                    r.err(path, format!("member `{id}` is not in the household"));
                }
                i.map(|i| i as PersonIdx)
            };

        let mut accounts: Vec<Account> = Vec::new();
        for (i, a) in r.array(root, "$", "accounts", false).iter().enumerate() {
            let p = format!("$.accounts[{i}]");
            let Some(o) = r.object(a, &p, &["id", "iban", "holders"]) else {
                continue;
            };
            let id = r.string(o, &p, "id", true);
            let iban = r.string(o, &p, "iban", false);
            let names = r.strings(o, &p, "holders");
            if names.is_empty() || names.len() > 2 {
                r.err(
                    format!("{p}.holders"),
                    format!("expected one or two holders, found {}", names.len()),
                );
            }
            let mut holders = Vec::new();
            for (j, h) in names.iter().enumerate() {
                if let Some(x) = person(r, format!("{p}.holders[{j}]"), h, &household) {
                    if holders.contains(&x) {
                        r.err(
                            format!("{p}.holders[{j}]"),
                            format!("holder `{h}` is listed twice"),
                        );
                    }
                    holders.push(x);
                }
            }
            if let Some(id) = &id
                && accounts.iter().any(|x| &x.id == id)
            {
                r.err(format!("{p}.id"), format!("account `{id}` is listed twice"));
            }
            if let Some(id) = id {
                accounts.push(Account { id, iban, holders });
            }
        }

        let apps = r.array(root, "$", "applications", true);
        if apps.is_empty() && root.get("applications").is_some_and(Value::is_array) {
            r.err("$.applications", "no schemes applied for");
        }
        let mut applications: Vec<Application> = Vec::new();
        for (i, a) in apps.iter().enumerate() {
            let p = format!("$.applications[{i}]");
            let Some(o) = r.object(a, &p, &["scheme", "submitted", "may_consult"]) else {
                continue;
            };
            let scheme = r.string(o, &p, "scheme", true);
            let submitted = r.date(o, &p, "submitted", true);
            let may_consult = r.strings(o, &p, "may_consult");
            if let Some(s) = &scheme
                && applications.iter().any(|x| &x.scheme == s)
            {
                r.err(
                    format!("{p}.scheme"),
                    format!("scheme `{s}` is applied for twice: one application per scheme"),
                );
            }
            if let (Some(scheme), Some(submitted)) = (scheme, submitted) {
                applications.push(Application {
                    scheme,
                    submitted,
                    may_consult,
                });
            }
        }

        let mut held = Vec::new();
        for (i, h) in r.array(root, "$", "held", false).iter().enumerate() {
            let p = format!("$.held[{i}]");
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
                ],
            ) else {
                continue;
            };
            let evidence = r.string(o, &p, "type", true);
            let person_idx = r
                .string(o, &p, "person", false)
                .and_then(|s| person(r, format!("{p}.person"), &s, &household));
            let account = r.string(o, &p, "account", false).and_then(|s| {
                let i = accounts.iter().position(|a| a.id == s);
                if i.is_none() {
                    r.err(
                        format!("{p}.account"),
                        format!("account `{s}` is not in $.accounts"),
                    );
                }
                i.map(|i| i as AccountIdx)
            });
            let from = r.date(o, &p, "from", false);
            let to = r.date(o, &p, "to", false);
            let period = match (from, to) {
                (Some(f), Some(t)) => {
                    let x = DateInterval::new(f, t);
                    if x.is_none() {
                        r.err(format!("{p}.to"), "the period ends before it starts");
                    }
                    x
                }
                (None, None) => None,
                _ => {
                    r.err(&p, "give both `from` and `to`, or neither");
                    None
                }
            };
            let issued = r.date(o, &p, "issued", true);
            let valid_until = r.date(o, &p, "valid_until", false);
            let held_for = r.string(o, &p, "held_for", false);
            if let (Some(evidence), Some(issued)) = (evidence, issued) {
                held.push(HeldDocument {
                    evidence,
                    person: person_idx,
                    account,
                    period,
                    issued,
                    valid_until,
                    held_for,
                });
            }
        }
        let facts = r.strings(root, "$", "facts");
        Some(Case {
            name: name.to_string(),
            id,
            household,
            accounts,
            applications,
            held,
            facts,
        })
    }

    /// Checks the case against the catalog and the letter date: unknown schemes,
    /// evidence types, registers and facts; dates in the future.
    pub fn validate(&self, catalog: &Catalog, today: Date) -> Result<(), CaseErrors> {
        let mut r = Reader { errors: Vec::new() };
        for (i, m) in self.household.iter().enumerate() {
            if m.birth_date > today {
                r.err(
                    format!("$.household[{i}].birth_date"),
                    format!("{} lies in the future (today is {today})", m.birth_date),
                );
            }
        }
        for (i, a) in self.applications.iter().enumerate() {
            let p = format!("$.applications[{i}]");
            if catalog.scheme(&a.scheme).is_none() {
                let mut known: Vec<&str> = catalog.schemes.iter().map(|s| s.id.as_str()).collect();
                known.sort_unstable();
                r.err(
                    format!("{p}.scheme"),
                    format!(
                        "unknown scheme `{}`: expected one of {}",
                        a.scheme,
                        known.join(", ")
                    ),
                );
            }
            if a.submitted > today {
                r.err(
                    format!("{p}.submitted"),
                    format!(
                        "submission date {} lies in the future (today is {today})",
                        a.submitted
                    ),
                );
            }
            for (j, s) in a.may_consult.iter().enumerate() {
                if catalog.source_index(s).is_none() {
                    r.err(
                        format!("{p}.may_consult[{j}]"),
                        format!(
                            "unknown register `{s}`: expected one of {}",
                            catalog.sources.join(", ")
                        ),
                    );
                }
            }
        }
        for (i, h) in self.held.iter().enumerate() {
            let p = format!("$.held[{i}]");
            match catalog.evidence_type(&h.evidence) {
                None => r.err(
                    format!("{p}.type"),
                    format!("unknown evidence type `{}`", h.evidence),
                ),
                Some(e) => {
                    use super::catalog::Granularity::*;
                    match e.granularity {
                        PerPerson if h.person.is_none() => r.err(
                            format!("{p}.person"),
                            format!("a {} is about one person: name the person", e.id),
                        ),
                        PerAccount if h.account.is_none() => r.err(
                            format!("{p}.account"),
                            format!("a {} is about one account: name the account", e.id),
                        ),
                        _ => {}
                    }
                }
            }
            if h.issued > today {
                r.err(
                    format!("{p}.issued"),
                    format!(
                        "issue date {} lies in the future (today is {today})",
                        h.issued
                    ),
                );
            }
            if let Some(s) = &h.held_for
                && catalog.scheme(s).is_none()
            {
                r.err(format!("{p}.held_for"), format!("unknown scheme `{s}`"));
            }
        }
        for (i, f) in self.facts.iter().enumerate() {
            if catalog.fact_index(f).is_none() {
                r.err(
                    format!("$.facts[{i}]"),
                    format!(
                        "unknown fact `{f}`: expected one of {}",
                        catalog.facts.join(", ")
                    ),
                );
            }
        }
        if r.errors.is_empty() {
            Ok(())
        } else {
            Err(CaseErrors {
                case: self.name.clone(),
                errors: r.errors,
            })
        }
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
    use super::*;
    use time::macros::date;

    fn paths(src: &str) -> Vec<String> {
        Case::from_json("t.json", src)
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| format!("{}: {}", e.path, e.message))
            .collect()
    }

    #[test]
    fn all_errors_at_once_with_paths() {
        let e = paths(
            r#"{"case":"1","household":[{"id":"a","role":"applicant","birth_date":"1990-13-01"},
                {"id":"b","role":"uncle","birth_date":"1990-01-01"}],
              "accounts":[{"id":"x","holders":["a","zz"]}],
              "applications":[{"scheme":"bijstand","submitted":"yesterday"}],
              "held":[{"type":"passport","person":"q","issued":"2026-01-01"}]}"#,
        );
        assert!(
            e.contains(
                &"$.household[0].birth_date: `1990-13-01` is not a date: expected YYYY-MM-DD"
                    .to_string()
            ),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|x| x.starts_with("$.household[1].role: unknown role `uncle`")),
            "{e:?}"
        );
        assert!(
            e.contains(
                &"$.accounts[0].holders[1]: member `zz` is not in the household".to_string()
            ),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|x| x.starts_with("$.applications[0].submitted:")),
            "{e:?}"
        );
        assert!(
            e.contains(&"$.held[0].person: member `q` is not in the household".to_string()),
            "{e:?}"
        );
    }

    #[test]
    fn empty_household_and_bad_json() {
        let e = paths(
            r#"{"case":"1","household":[],"applications":[{"scheme":"x","submitted":"2026-01-01"}]}"#,
        );
        assert_eq!(
            e,
            vec!["$.household: the household is empty: list at least the applicant"]
        );
        let e = paths("{");
        assert!(e[0].starts_with("$: not valid JSON at line 1"), "{e:?}");
        let e = paths(
            r#"{"case":"1","household":[{"id":"a","role":"applicant","birth_date":"1990-01-01","x":1}],"applications":[]}"#,
        );
        assert!(
            e.contains(
                &"$.household[0].x: unknown field: expected one of id, role, name, birth_date"
                    .to_string()
            ),
            "{e:?}"
        );
        assert!(
            e.contains(&"$.applications: no schemes applied for".to_string()),
            "{e:?}"
        );
    }

    #[test]
    fn ages() {
        assert_eq!(age_on(date!(2008 - 11 - 23), date!(2026 - 11 - 22)), 17);
        assert_eq!(age_on(date!(2008 - 11 - 22), date!(2026 - 11 - 22)), 18);
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 02 - 28)), 17);
    }
}

//! Checklist tests: hand-checked example cases (`tests/checklist/*.case.json` with
//! `*.expected.json`), an independent checker run on generated cases, and the Fluent and
//! catalog completeness checks.
//!
//! The checker below works on the documented JSON output and re-derives every period,
//! age, recency limit and deadline with its own day arithmetic: it shares no function
//! with the merge code (only the catalog and case data it reads).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use helder::checklist::catalog::{Anchor, Coverage, Delivery, Granularity, Role, SchemeKind};
use helder::checklist::synth::synthetic_case;
use helder::checklist::{Case, Catalog, merge};
use proptest::prelude::*;
use serde_json::Value;
use time::Date;
use time::macros::date;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn catalog() -> Catalog {
    Catalog::load(&root().join("schemes")).unwrap_or_else(|e| panic!("{e}"))
}

// ---- the independent checker ----------------------------------------------------------

mod checker {
    use super::*;

    /// A calendar day as (year, month, day); arithmetic through a day number.
    pub type Ymd = (i32, u32, u32);

    pub fn ymd(d: Date) -> Ymd {
        (d.year(), d.month() as u32, d.day() as u32)
    }

    pub fn parse(s: &str) -> Ymd {
        let p: Vec<&str> = s.split('-').collect();
        assert_eq!(p.len(), 3, "date `{s}`");
        (
            p[0].parse().unwrap(),
            p[1].parse().unwrap(),
            p[2].parse().unwrap(),
        )
    }

    /// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's algorithm.
    pub fn day(d: Ymd) -> i64 {
        let (y, m, dd) = (d.0 as i64, d.1 as i64, d.2 as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + dd - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    fn leap(y: i32) -> bool {
        (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    }

    fn month_len(y: i32, m: u32) -> u32 {
        match m {
            2 if leap(y) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The same day `n` months earlier, clamped to the end of a shorter month.
    pub fn back(d: Ymd, n: u32) -> Ymd {
        let mut y = d.0;
        let mut m = d.1 as i64 - n as i64;
        while m < 1 {
            m += 12;
            y -= 1;
        }
        let m = m as u32;
        (y, m, d.2.min(month_len(y, m)))
    }

    pub fn anchor(a: Anchor, sub: Ymd, today: Ymd) -> Ymd {
        match a {
            Anchor::Submission => sub,
            Anchor::January1 => (sub.0, 1, 1),
            Anchor::Letter => today,
            Anchor::Fixed(d) => ymd(d),
        }
    }

    /// The required days as a closed range of day numbers; `None` when no period.
    pub fn required(c: Coverage, sub: Ymd, today: Ymd) -> Option<(i64, i64)> {
        match c {
            Coverage::None | Coverage::Latest => None,
            Coverage::RollingMonths { months, anchor: a } => {
                let a = anchor(a, sub, today);
                Some((day(back(a, months as u32)) + 1, day(a)))
            }
            Coverage::CompleteMonths { months, anchor: a } => {
                let a = anchor(a, sub, today);
                let first = (a.0, a.1, 1);
                Some((day(back(first, months as u32)), day(first) - 1))
            }
            Coverage::AnnualStatements { years, anchor: a } => {
                let y = anchor(a, sub, today).0;
                Some((day((y - years as i32, 1, 1)), day((y - 1, 12, 31))))
            }
        }
    }

    fn age(birth: Ymd, on: Ymd) -> i32 {
        let mut a = on.0 - birth.0;
        if (on.1, on.2) < (birth.1, birth.2) {
            a -= 1;
        }
        a
    }

    fn rank(d: &str) -> u8 {
        [
            "retrievable",
            "already-held",
            "keep-ready",
            "upload",
            "show-original",
        ]
        .iter()
        .position(|x| *x == d)
        .unwrap_or_else(|| panic!("unknown delivery {d}")) as u8
    }

    fn delivery_str(d: Delivery) -> &'static str {
        match d {
            Delivery::Retrievable => "retrievable",
            Delivery::AlreadyHeld => "already-held",
            Delivery::KeepReady => "keep-ready",
            Delivery::Upload => "upload",
            Delivery::ShowOriginal => "show-original",
        }
    }

    fn periods(v: &Value) -> Vec<(i64, i64)> {
        match v {
            Value::Null => Vec::new(),
            Value::Array(a) => a
                .iter()
                .map(|i| {
                    (
                        day(parse(i["start"].as_str().unwrap())),
                        day(parse(i["end"].as_str().unwrap())),
                    )
                })
                .collect(),
            other => panic!("period {other}"),
        }
    }

    fn in_periods(p: &[(i64, i64)], d: i64) -> bool {
        p.iter().any(|&(a, b)| a <= d && d <= b)
    }

    fn opt_str(v: &Value) -> Option<&str> {
        v.as_str()
    }

    /// Verifies that every requirement of every scheme in `case` is satisfied by the
    /// merged checklist `out`, and that the checklist asks nothing beyond them.
    pub fn check(cat: &Catalog, case: &Case, today: Date, out: &Value) {
        let today_ymd = ymd(today);
        let items = out["items"].as_array().unwrap();
        let left_out = out["left_out"].as_array().unwrap();
        let facts: BTreeSet<&str> = case.facts.iter().map(String::as_str).collect();
        let mut requests = 0usize;

        for app in &case.applications {
            let scheme = cat.scheme(&app.scheme).unwrap();
            let sub = ymd(app.submitted);
            if scheme.kind == SchemeKind::Pointer {
                assert!(
                    out["pointers"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|p| p["scheme"] == scheme.id.as_str()),
                    "pointer {} missing",
                    scheme.id
                );
                continue;
            }
            let exempt = scheme
                .exemptions
                .iter()
                .any(|e| facts.contains(cat.facts[e.fact as usize].as_str()));
            for r in &scheme.requirements {
                let concept = cat.concepts[r.concept as usize].as_str();
                let lo_for = |person: Option<&str>, account: Option<&str>| -> Vec<&Value> {
                    left_out
                        .iter()
                        .filter(|l| {
                            l["scheme"] == scheme.id.as_str()
                                && l["requirement"] == r.id.as_str()
                                && opt_str(&l["person"]) == person
                                && opt_str(&l["account"]) == account
                        })
                        .collect()
                };
                let applies = r
                    .when
                    .iter()
                    .all(|f| facts.contains(cat.facts[*f as usize].as_str()))
                    && !r
                        .unless
                        .iter()
                        .any(|f| facts.contains(cat.facts[*f as usize].as_str()));
                if !applies {
                    let lo = lo_for(None, None);
                    assert!(
                        lo.iter().any(|l| l["reason"] == "not-applicable"),
                        "{}/{} does not apply but is not listed as left out",
                        scheme.id,
                        r.id
                    );
                    continue;
                }
                // Who is in scope.
                let scope: Vec<usize> = case
                    .household
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| {
                        // Only earners for income requirements; an adult child at home
                        // counts as a co-resident.
                        (!r.income_only || m.income)
                            && r.subjects.iter().any(|s| {
                                let a = age(ymd(m.birth_date), anchor(s.age_on, sub, today_ymd));
                                let role_ok = s.role == m.role
                                    || (s.role == Role::CoResident
                                        && m.role == Role::Child
                                        && a >= 18);
                                role_ok
                                    && s.under.is_none_or(|u| a < u as i32)
                                    && s.at_least.is_none_or(|x| a >= x as i32)
                            })
                    })
                    .map(|(i, _)| i)
                    .collect();
                if scope.is_empty() {
                    continue;
                }
                let mut keys: Vec<(Option<&str>, Option<&str>, Vec<&str>)> = Vec::new();
                match r.granularity {
                    Granularity::PerPerson => {
                        for &p in &scope {
                            keys.push((
                                Some(&case.household[p].id),
                                None,
                                vec![&case.household[p].id],
                            ));
                        }
                    }
                    Granularity::PerAccount => {
                        for a in &case.accounts {
                            let who: Vec<&str> = a
                                .holders
                                .iter()
                                .filter(|h| scope.contains(&(**h as usize)))
                                .map(|h| case.household[*h as usize].id.as_str())
                                .collect();
                            if !who.is_empty() {
                                keys.push((None, Some(&a.id), who));
                            }
                        }
                    }
                    Granularity::PerHousehold | Granularity::PerContract => {
                        keys.push((
                            None,
                            None,
                            scope
                                .iter()
                                .map(|&p| case.household[p].id.as_str())
                                .collect(),
                        ));
                    }
                }
                let req_days = required(r.coverage, sub, today_ymd);
                // "The last N months before A" starts the day after A − N months.
                let bound = r
                    .recency
                    .map(|x| day(back(anchor(x.anchor, sub, today_ymd), x.months as u32)) + 1);
                // Never before the house's minimum repair term after the letter (Awb 4:5;
                // `min_repair_days = 14`), which the Algemene termijnenwet moves past
                // closed days and holds two open days in the term: by less than a week.
                let earliest = day(today_ymd) + 14;
                let deadline = (day(anchor(r.deadline.anchor, sub, today_ymd))
                    + r.deadline.days as i64)
                    .max(earliest + 7);
                let held_ok = |hi: usize, person: Option<&str>, account: Option<&str>| -> bool {
                    let h = &case.held[hi];
                    let single = r
                        .alternatives
                        .iter()
                        .any(|l| l.len() == 1 && cat.evidence[l[0] as usize].id == h.evidence);
                    let key_ok = match r.granularity {
                        Granularity::PerPerson => {
                            h.person.map(|p| case.household[p as usize].id.as_str()) == person
                        }
                        Granularity::PerAccount => {
                            h.account.map(|a| case.accounts[a as usize].id.as_str()) == account
                        }
                        _ => true,
                    };
                    let regime_ok = h
                        .held_for
                        .as_ref()
                        .is_none_or(|s| cat.scheme(s).unwrap().regime == scheme.regime);
                    let moved = cat.evidence_type(&h.evidence).unwrap().address_bound
                        && case
                            .address_since
                            .is_some_and(|m| day(ymd(m)) > day(ymd(h.issued)));
                    single
                        && key_ok
                        && regime_ok
                        && !moved
                        && h.superseded_on.is_none_or(|s| day(ymd(s)) > day(today_ymd))
                        && h.valid_until.is_none_or(|v| day(ymd(v)) >= day(today_ymd))
                        && bound.is_none_or(|b| day(ymd(h.issued)) >= b)
                };
                let held_covers = |hi: usize, d: i64| {
                    case.held[hi]
                        .period
                        .is_some_and(|p| day(ymd(p.start)) <= d && d <= day(ymd(p.end)))
                };
                for (person, account, who) in keys {
                    requests += 1;
                    let lo = lo_for(person, account);
                    let ctx = format!(
                        "{}/{} {:?} {:?} in {}",
                        scheme.id, r.id, person, account, case.name
                    );
                    if exempt {
                        assert!(
                            lo.iter().any(|l| l["reason"] == "exempt"),
                            "{ctx}: exempt but not left out"
                        );
                        continue;
                    }
                    if r.met_here {
                        assert!(
                            lo.iter().any(|l| l["reason"] == "issued-here"),
                            "{ctx}: the municipality issues it, yet it is not left out"
                        );
                        continue;
                    }
                    if let Some(l) = lo.iter().find(|l| l["reason"] == "retrievable") {
                        let src = l["source"].as_str().unwrap();
                        assert!(
                            app.may_consult.iter().any(|s| s == src),
                            "{ctx}: may not consult {src}"
                        );
                        assert!(
                            scheme
                                .retrievals
                                .iter()
                                .any(|x| cat.sources[x.source as usize] == src
                                    && x.concepts.contains(&r.concept)),
                            "{ctx}: {src} does not give {concept} under this scheme"
                        );
                        continue;
                    }
                    if let Some(l) = lo.iter().find(|l| l["reason"] == "already-held") {
                        let docs: Vec<usize> = l["documents"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|d| d.as_u64().unwrap() as usize)
                            .collect();
                        assert!(!docs.is_empty(), "{ctx}: held by no document");
                        for &d in &docs {
                            assert!(
                                held_ok(d, person, account),
                                "{ctx}: held document {d} is not usable"
                            );
                        }
                        if let Some((a, b)) = req_days {
                            for d in a..=b {
                                assert!(
                                    docs.iter().any(|&h| held_covers(h, d)),
                                    "{ctx}: day {d} not held"
                                );
                            }
                        }
                        continue;
                    }
                    assert!(
                        lo.is_empty(),
                        "{ctx}: left out for an unknown reason {lo:?}"
                    );
                    let found: Vec<&Value> = items
                        .iter()
                        .filter(|i| {
                            i["concepts"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .any(|c| c == concept)
                                && opt_str(&i["person"]) == person
                                && opt_str(&i["account"]) == account
                                && i["needed_for"].as_array().unwrap().iter().any(|n| {
                                    n["scheme"] == scheme.id.as_str()
                                        && n["requirement"] == r.id.as_str()
                                })
                        })
                        .collect();
                    assert_eq!(found.len(), 1, "{ctx}: expected exactly one item");
                    let it = found[0];
                    let p = periods(&it["period"]);
                    if let Some((a, b)) = req_days {
                        for d in a..=b {
                            let held = (0..case.held.len())
                                .any(|h| held_ok(h, person, account) && held_covers(h, d));
                            assert!(
                                in_periods(&p, d) || held,
                                "{ctx}: day {d} neither asked nor held"
                            );
                        }
                    }
                    for list in it["evidence"].as_array().unwrap() {
                        let names: BTreeSet<&str> = list
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|x| x.as_str().unwrap())
                            .collect();
                        assert!(
                            r.alternatives.iter().any(|alt| alt
                                .iter()
                                .all(|e| names.contains(cat.evidence[*e as usize].id.as_str()))),
                            "{ctx}: evidence {names:?} does not meet the requirement"
                        );
                    }
                    assert!(
                        !it["evidence"].as_array().unwrap().is_empty(),
                        "{ctx}: no evidence"
                    );
                    if let Some(b) = bound {
                        let got = day(parse(
                            it["issued_on_or_after"].as_str().expect("recency limit"),
                        ));
                        assert!(got >= b, "{ctx}: recency limit too loose");
                    }
                    assert!(
                        day(parse(it["deadline"].as_str().unwrap())) <= deadline,
                        "{ctx}: deadline too late ({} > {deadline}, earliest {earliest})",
                        day(parse(it["deadline"].as_str().unwrap()))
                    );
                    assert!(
                        day(parse(it["deadline"].as_str().unwrap())) >= earliest,
                        "{ctx}: deadline sooner than the house's minimum repair term"
                    );
                    assert!(
                        rank(it["delivery"].as_str().unwrap()) >= rank(delivery_str(r.delivery)),
                        "{ctx}: delivery weaker than asked"
                    );
                    let item_who: BTreeSet<&str> = it["who"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_str().unwrap())
                        .collect();
                    for w in who {
                        assert!(item_who.contains(w), "{ctx}: {w} missing from who");
                    }
                }
            }
        }

        // Never more than the union of what the schemes need.
        assert!(
            items.len() <= requests,
            "{} items for {requests} requests",
            items.len()
        );
        for it in items {
            let needs = it["needed_for"].as_array().unwrap();
            assert!(!needs.is_empty(), "item without a scheme");
            let own: Vec<(i64, i64)> = needs
                .iter()
                .filter_map(|n| {
                    let app = case
                        .applications
                        .iter()
                        .find(|a| n["scheme"] == a.scheme.as_str())
                        .unwrap();
                    let s = cat.scheme(&app.scheme).unwrap();
                    let r = s
                        .requirements
                        .iter()
                        .find(|r| n["requirement"] == r.id.as_str())
                        .unwrap();
                    assert!(
                        it["concepts"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .any(|c| c == cat.concepts[r.concept as usize].as_str()),
                        "item {} serves a need of another concept",
                        it["number"]
                    );
                    required(r.coverage, ymd(app.submitted), today_ymd)
                })
                .collect();
            for (a, b) in periods(&it["period"]) {
                for d in a..=b {
                    assert!(
                        in_periods(&own, d),
                        "item {} asks day {d} that no scheme needs",
                        it["number"]
                    );
                }
            }
        }
        assert_eq!(
            out["figures"]["items_after_merge"].as_u64().unwrap() as usize,
            items.len()
        );
    }
}

fn merged_json(cat: &Catalog, case: &Case, today: Date) -> Value {
    let c = merge(cat, case, today).unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_str(&c.to_json()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_requirement_is_met_and_nothing_more(seed in any::<u64>(), offset in 0i64..800) {
        let cat = catalog();
        let today = date!(2025 - 06 - 01) + time::Duration::days(offset);
        let case = synthetic_case(&cat, seed, today);
        let out = merged_json(&cat, &case, today);
        checker::check(&cat, &case, today, &out);
    }

    #[test]
    fn the_order_of_schemes_does_not_matter(seed in any::<u64>(), rot in 0usize..8) {
        let cat = catalog();
        let today = date!(2026 - 11 - 22);
        let case = synthetic_case(&cat, seed, today);
        let mut other = case.clone();
        let n = other.applications.len();
        other.applications.rotate_left(rot % n);
        other.applications.reverse();
        let a = merge(&cat, &case, today).unwrap().to_json();
        let b = merge(&cat, &other, today).unwrap().to_json();
        prop_assert_eq!(a, b);
    }
}

// ---- hand-checked example cases -------------------------------------------------------

/// A compact, reviewable form of a checklist: one line per item and per left-out request.
fn summary(out: &Value) -> Value {
    let owner = |v: &Value| match (v["person"].as_str(), v["account"].as_str()) {
        (Some(p), _) => format!("person:{p}"),
        (_, Some(a)) => format!("account:{a}"),
        _ => "household".to_string(),
    };
    let period = |v: &Value| match v {
        Value::Array(a) if !a.is_empty() => a
            .iter()
            .map(|i| {
                format!(
                    "{}..{}",
                    i["start"].as_str().unwrap(),
                    i["end"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
            .join(","),
        _ => "-".into(),
    };
    let items: Vec<Value> = out["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let who: Vec<&str> = i["who"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap())
                .collect();
            let ev: Vec<String> = i["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| {
                    l.as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_str().unwrap())
                        .collect::<Vec<_>>()
                        .join("+")
                })
                .collect();
            let needs: Vec<String> = i["needed_for"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    let mut s = format!(
                        "{}/{} {} by {}",
                        n["scheme"].as_str().unwrap(),
                        n["requirement"].as_str().unwrap(),
                        period(&n["period"]),
                        n["deadline"].as_str().unwrap()
                    );
                    if !n["already_held"].is_null() {
                        s.push_str(&format!(" held {}", period(&n["already_held"])));
                    }
                    s
                })
                .collect();
            let recency = i["issued_on_or_after"]
                .as_str()
                .map(|d| format!(" issued>={d}"))
                .unwrap_or_default();
            let concepts: Vec<&str> = i["concepts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap())
                .collect();
            Value::String(format!(
                "{} {} [{}] {} {}{} {} by {} for {}",
                concepts.join("+"),
                owner(i),
                who.join(" "),
                ev.join("|"),
                period(&i["period"]),
                recency,
                i["delivery"].as_str().unwrap(),
                i["deadline"].as_str().unwrap(),
                needs.join("; ")
            ))
        })
        .collect();
    let left: Vec<Value> = out["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let detail = match l["reason"].as_str().unwrap() {
                "retrievable" => format!(
                    "{} ({})",
                    l["source"].as_str().unwrap(),
                    l["legal_basis"].as_str().unwrap()
                ),
                "already-held" => format!("{}", l["documents"]),
                "exempt" => l["fact"].as_str().unwrap().to_string(),
                "not-applicable" => format!(
                    "{} {}",
                    l["condition"].as_str().unwrap(),
                    l["fact"].as_str().unwrap()
                ),
                other => other.to_string(),
            };
            Value::String(format!(
                "{}/{} {}: {} {}",
                l["scheme"].as_str().unwrap(),
                l["requirement"].as_str().unwrap(),
                owner(l),
                l["reason"].as_str().unwrap(),
                detail
            ))
        })
        .collect();
    let pointers: Vec<Value> = out["pointers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["scheme"].clone())
        .collect();
    serde_json::json!({ "items": items, "left_out": left, "pointers": pointers, "figures": out["figures"] })
}

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("tests/checklist"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".case.json"))
        .collect();
    v.sort();
    v
}

/// Catalog for fixtures that need a scheme the shipped catalog lacks.
fn catalog_with_extra() -> Catalog {
    let dir = root().join("schemes");
    let ev_path = dir.join("evidence.toml");
    let ev = std::fs::read_to_string(&ev_path).unwrap();
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for d in [dir.clone(), root().join("tests/checklist/extra")] {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml")
                && p.file_name() != Some("evidence.toml".as_ref())
            {
                let s = std::fs::read_to_string(&p).unwrap();
                files.push((p, s));
            }
        }
    }
    let v: Vec<(&Path, &str)> = files
        .iter()
        .map(|(p, s)| (p.as_path(), s.as_str()))
        .collect();
    Catalog::from_sources((&ev_path, &ev), &v).unwrap_or_else(|e| panic!("{e}"))
}

/// The shipped catalog with a municipality's policy files on top
/// (`tests/checklist/policy/*.toml`, as `schemes/local/*.toml` would be).
fn catalog_with_policy() -> Catalog {
    let dir = root().join("schemes");
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    let ev_path = dir.join("evidence.toml");
    let ev = read(&ev_path);
    let toml_files = |d: &Path| -> Vec<(PathBuf, String)> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "toml")
                    && p.file_name() != Some("evidence.toml".as_ref())
            })
            .collect();
        v.sort();
        v.into_iter().map(|p| (p.clone(), read(&p))).collect()
    };
    let schemes = toml_files(&dir);
    let policies = toml_files(&root().join("tests/checklist/policy"));
    let b = |v: &[(PathBuf, String)]| -> Vec<(PathBuf, String)> { v.to_vec() };
    let (schemes, policies) = (b(&schemes), b(&policies));
    let s: Vec<(&Path, &str)> = schemes
        .iter()
        .map(|(p, x)| (p.as_path(), x.as_str()))
        .collect();
    let p: Vec<(&Path, &str)> = policies
        .iter()
        .map(|(p, x)| (p.as_path(), x.as_str()))
        .collect();
    Catalog::with_policy((&ev_path, &ev), &s, &p).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn example_cases_match_their_hand_checked_checklists() {
    let plain = catalog();
    let extra = catalog_with_extra();
    let policy = catalog_with_policy();
    let bless = std::env::var_os("HELDER_BLESS").is_some();
    let all = fixtures();
    assert!(all.len() >= 15, "only {} example cases", all.len());
    let mut failures = Vec::new();
    for case_path in all {
        let expected_path = PathBuf::from(
            case_path
                .to_string_lossy()
                .replace(".case.json", ".expected.json"),
        );
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
                panic!("{} has no {}", case_path.display(), expected_path.display())
            }),
        )
        .unwrap();
        let today =
            helder::data::parse_date(expected["today"].as_str().expect("expected.today")).unwrap();
        let cat = if expected["extra_catalog"] == true {
            &extra
        } else if expected["policy"] == true {
            &policy
        } else {
            &plain
        };
        let name = case_path.file_name().unwrap().to_string_lossy().to_string();
        let src: Value =
            serde_json::from_str(&std::fs::read_to_string(&case_path).unwrap()).unwrap();
        // Read and checked in one go, as `helder checklist` does: every mistake at once.
        let got = match Case::from_value_checked(&name, &src, cat, Some(today))
            .and_then(|c| merge(cat, &c, today).map(|x| (c.clone(), x.to_json())))
        {
            Ok((case, json)) => {
                let v: Value = serde_json::from_str(&json).unwrap();
                checker::check(cat, &case, today, &v);
                summary(&v)
            }
            Err(e) => {
                // Each mistake in its JSON form, without the case name and severity
                // (every one is an error about this case).
                let errs: Vec<Value> = e
                    .iter()
                    .map(|d| {
                        assert!(d.is_error(), "{d}");
                        assert!(
                            matches!(&d.location, helder::diag::Location::Record { record, .. } if *record == name),
                            "{d}"
                        );
                        let mut v = serde_json::to_value(d).unwrap();
                        let o = v.as_object_mut().unwrap();
                        o.remove("record");
                        o.remove("severity");
                        v
                    })
                    .collect();
                serde_json::json!({ "errors": errs })
            }
        };
        let mut want = expected.clone();
        let obj = want.as_object_mut().unwrap();
        for k in ["today", "rule", "extra_catalog", "policy"] {
            obj.remove(k);
        }
        if want != got {
            if bless {
                let mut o = expected.as_object().unwrap().clone();
                for (k, v) in got.as_object().unwrap() {
                    o.insert(k.clone(), v.clone());
                }
                o.retain(|k, _| {
                    ["today", "rule", "extra_catalog", "policy"].contains(&k.as_str())
                        || got.get(k).is_some()
                });
                std::fs::write(
                    &expected_path,
                    serde_json::to_string_pretty(&Value::Object(o)).unwrap() + "\n",
                )
                .unwrap();
            }
            failures.push(format!(
                "{name}\n  expected: {}\n  got:      {}",
                serde_json::to_string_pretty(&want).unwrap(),
                serde_json::to_string_pretty(&got).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn demo_cases_merge_and_pass_the_checker() {
    let cat = catalog();
    let today = date!(2026 - 11 - 22);
    for e in std::fs::read_dir(root().join("examples/cases")).unwrap() {
        let p = e.unwrap().path();
        let case = Case::from_json(
            &p.display().to_string(),
            &std::fs::read_to_string(&p).unwrap(),
        )
        .unwrap();
        let out = merged_json(&cat, &case, today);
        checker::check(&cat, &case, today, &out);
        let c = merge(&cat, &case, today).unwrap();
        let groups = c.letter_groups();
        let n: usize = groups.iter().map(|g| g.items.len()).sum();
        assert_eq!(
            n,
            c.items.len(),
            "every item is in exactly one letter group"
        );
        // Each scheme's slice holds only its own needs.
        for s in c.slices() {
            for it in &s.items {
                assert!(it.needs.iter().all(|n| n.scheme == s.scheme));
            }
            assert!(s.left_out.iter().all(|l| l.scheme == s.scheme));
        }
    }
}

// ---- Fluent texts ---------------------------------------------------------------------

fn ftl_ids(lang: &str) -> BTreeSet<String> {
    let path = root().join(format!("locales/{lang}/checklist.ftl"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
    res.body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_catalog_text_exists_in_dutch_and_english() {
    let cat = catalog();
    let mut needed: Vec<String> = cat.message_ids();
    needed.extend(
        cat.concepts
            .iter()
            .map(|c| format!("checklist-concept-{c}")),
    );
    for d in [
        "retrievable",
        "already-held",
        "keep-ready",
        "upload",
        "show-original",
    ] {
        needed.push(format!("checklist-delivery-{d}"));
    }
    for id in [
        "checklist-group-person",
        "checklist-group-together",
        "checklist-group-household",
        "checklist-name",
        "checklist-and-join",
        "checklist-comma-join",
        "checklist-deadline",
        "checklist-pointer",
        "checklist-or-join",
        "checklist-of-account",
        "checklist-period",
        "checklist-issued-after",
        "checklist-one-of",
        "checklist-month",
        "checklist-period-month",
        "checklist-period-months",
        "checklist-period-months-years",
        "checklist-item-period",
        "checklist-must-show",
        "checklist-concept-of",
        "checklist-left-out-issued-here",
        "checklist-annex-title",
        "checklist-annex-held",
        "checklist-annex-deadline",
        "checklist-annex-decided",
        "checklist-annex-left-out",
        "checklist-annex-held-documents",
        "checklist-annex-issued-here",
        "checklist-why-none",
        "checklist-why-latest",
        "checklist-why-rolling-months",
        "checklist-why-complete-months",
        "checklist-why-annual-statements",
        "checklist-left-out-retrievable",
        "checklist-left-out-held",
        "checklist-left-out-exempt",
    ] {
        needed.push(id.to_string());
    }
    for lang in ["nl", "en", "tr"] {
        let have = ftl_ids(lang);
        let missing: Vec<&String> = needed.iter().filter(|id| !have.contains(*id)).collect();
        assert!(
            missing.is_empty(),
            "locales/{lang}/checklist.ftl lacks {missing:?}"
        );
    }
    for lang in ["en", "tr"] {
        assert_eq!(
            ftl_ids("nl"),
            ftl_ids(lang),
            "nl and {lang} define different ids"
        );
    }
}

// ---- the letter ----------------------------------------------------------------------

#[test]
fn every_pictogram_exists() {
    let cat = catalog();
    let icons = helder::icons::Icons::load_dir(&root().join("icons")).unwrap();
    for e in &cat.evidence {
        assert!(
            icons.get(&e.pictogram).is_some(),
            "evidence type {} names unknown pictogram {}",
            e.id,
            e.pictogram
        );
    }
}

#[test]
fn the_staff_annex_says_why_in_dutch_and_english() {
    use helder::i18n::{Language, Locales};
    let cat = catalog();
    let locales = Locales::load_dir(&root().join("locales")).unwrap_or_else(|e| panic!("{e}"));
    let p = root().join("examples/cases/el-amrani.json");
    let case = Case::from_json("el-amrani.json", &std::fs::read_to_string(p).unwrap()).unwrap();
    let c = merge(&cat, &case, date!(2026 - 11 - 22)).unwrap();

    let groups = c.letter_groups();
    let headings: Vec<String> = groups.iter().map(|g| format!("{:?}", g.owner)).collect();
    assert_eq!(groups.len(), 4, "{headings:?}");
    assert!(
        matches!(&groups[0].owner, helder::checklist::GroupOwner::Person { name, .. } if name == "Samira")
    );
    assert!(
        matches!(&groups[3].owner, helder::checklist::GroupOwner::Together { names } if names == &["Samira", "Youssef"])
    );

    let nl = c
        .annex(&locales, Language::from_code("nl").unwrap())
        .unwrap_or_else(|e| panic!("{e}"));
    for want in [
        "Bankafschriften van rekening NL91 ABNA 0417 1643 00 (Samira en Youssef)",
        "Bijzondere bijstand (bank-statements, art. 17 lid 1 Pw): Bijzondere bijstand vraagt de laatste 3 maanden: 3 augustus 2026 tot en met 2 november 2026.",
        "Daarvan hebben wij al: 3 augustus 2026 tot en met 30 september 2026.",
        "bijzondere-bijstand.toml:",
        "Kwijtschelding van gemeentelijke belastingen (car): uw auto: de RDW: Awb 4:2 lid 2; ",
    ] {
        assert!(nl.contains(want), "missing {want:?} in\n{nl}");
    }
    let en = c
        .annex(&locales, Language::from_code("en").unwrap())
        .unwrap_or_else(|e| panic!("{e}"));
    for want in [
        "Annex for staff",
        "the last 3 months: 3 August 2026 to 2 November 2026.",
        "Bank statements for account NL91 ABNA 0417 1643 00",
    ] {
        assert!(en.contains(want), "missing {want:?} in\n{en}");
    }
    let blocks = c
        .letter_blocks(&locales, Language::from_code("nl").unwrap())
        .unwrap();
    let n: usize = blocks.send.iter().map(|b| b.1.len()).sum::<usize>() + blocks.keep_ready.len();
    assert_eq!(n, c.items.len());
    assert!(
        blocks
            .send
            .iter()
            .flat_map(|b| &b.1)
            .all(|i| !i.icon.is_empty() && !i.alt.is_empty())
    );
}

#[test]
fn the_json_fields_are_the_documented_ones() {
    // schemes/README.md, "Checklist JSON": renaming or dropping a field is a new schema.
    let cat = catalog();
    let p = root().join("examples/cases/el-amrani.json");
    let case = Case::from_json("el-amrani.json", &std::fs::read_to_string(p).unwrap()).unwrap();
    let v = merged_json(&cat, &case, date!(2026 - 11 - 22));
    let keys = |v: &Value| {
        v.as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(v["schema"], "helder.checklist/1");
    assert_eq!(
        keys(&v),
        "schema,case,letter_date,items,left_out,pointers,figures"
    );
    assert_eq!(
        keys(&v["items"][0]),
        "number,concept,concepts,granularity,person,account,iban,who,evidence,checks,forms,period,issued_on_or_after,delivery,deadline,needed_for"
    );
    assert_eq!(
        keys(&v["items"][0]["needed_for"][0]),
        "scheme,requirement,legal_basis,rule,recency,period,already_held,issued_on_or_after,delivery,deadline,source,decided_by"
    );
    assert_eq!(
        keys(&v["left_out"][0]),
        "scheme,requirement,concept,person,account,reason,source,legal_basis,decided_by"
    );
    assert_eq!(
        keys(&v["figures"]),
        "requests_before_merge,items_after_merge,retrievable,already_held,exempt,pointers,issued_here"
    );
    assert_eq!(keys(&v["pointers"][0]), "scheme,name,url");
}

#[test]
fn each_scheme_gets_only_its_own_slice() {
    // Rule 9: ask once for the widest period, hand each scheme only its own.
    let cat = catalog();
    let p = root().join("tests/checklist/12-deadlines-earliest-and-own.case.json");
    let case = Case::from_json("12", &std::fs::read_to_string(p).unwrap()).unwrap();
    let c = merge(&cat, &case, date!(2026 - 11 - 22)).unwrap();
    let statements = c
        .items
        .iter()
        .find(|i| i.concept == "account-mutations")
        .unwrap();
    let hull = statements.period.as_ref().unwrap().hull().unwrap();
    assert_eq!(
        (hull.start, hull.end),
        (date!(2026 - 08 - 11), date!(2026 - 11 - 12))
    );

    let slice = c.slice("kindpakket");
    assert_eq!(slice.scheme, "kindpakket");
    let own = slice
        .items
        .iter()
        .find(|i| i.concept == "account-mutations")
        .unwrap();
    assert_eq!(own.needs.len(), 1);
    let p = own.needs[0].period.as_ref().unwrap().hull().unwrap();
    assert_eq!(
        (p.start, p.end),
        (date!(2026 - 08 - 13), date!(2026 - 11 - 12))
    );
    assert_eq!(own.needs[0].deadline, date!(2026 - 12 - 13));
    // Bijstand's rental contract is not in kindpakket's slice.
    assert!(slice.items.iter().all(|i| i.concept != "rent-contract"));
    assert_eq!(c.slice("bijstand").left_out.len(), 1);
    assert_eq!(c.slices().len(), 3);
}

#[test]
fn no_deadline_is_sooner_than_the_house_minimum() {
    // Fixture 12 (letter Sunday 22 November 2026): with the house default of 14 days
    // the term ends on Sunday 6 December, moved to Monday 7 December; a house that
    // gives 21 days (Sunday 13 December) moves every earlier deadline to Monday 14
    // December and keeps later ones.
    let cat = catalog();
    let p = root().join("tests/checklist/12-deadlines-earliest-and-own.case.json");
    let case = Case::from_json("12", &std::fs::read_to_string(p).unwrap()).unwrap();
    let today = date!(2026 - 11 - 22);
    let default = merge(&cat, &case, today).unwrap();
    let earliest = default.items.iter().map(|i| i.deadline).min().unwrap();
    assert_eq!(earliest, date!(2026 - 12 - 07));
    assert_eq!(default.send_deadline(), Some(date!(2026 - 12 - 07)));
    let longer = helder::checklist::merge_with_minimum(&cat, &case, today, 21).unwrap();
    for (a, b) in default.items.iter().zip(&longer.items) {
        assert_eq!(
            b.deadline,
            a.deadline.max(date!(2026 - 12 - 14)),
            "{}",
            a.concept
        );
    }
    assert_eq!(longer.send_deadline(), Some(date!(2026 - 12 - 14)));
}

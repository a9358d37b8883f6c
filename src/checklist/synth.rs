//! Synthetic cases for property tests and the benchmark: deterministic per seed, always
//! valid against the catalog for the given letter date. Not resident data.

use time::{Date, Duration};

use super::case::{Account, AccountIdx, Application, Case, HeldDocument, Member, PersonIdx};
use super::catalog::{Catalog, Granularity, Role};
use super::interval::DateInterval;

/// SplitMix64: small, fast and good enough to spread test cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// A Dutch IBAN with correct check digits (ISO 13616: mod 97 of the digits of
/// bank code, account, country and `00`), in print form.
fn dutch_iban(bank: &str, account: u64) -> String {
    let bban = format!("{bank}{account:010}");
    let rem = format!("{bban}NL00").chars().fold(0u64, |acc, c| {
        let v = c.to_digit(36).expect("alphanumeric") as u64;
        if v >= 10 {
            (acc * 100 + v) % 97
        } else {
            (acc * 10 + v) % 97
        }
    });
    let compact = format!("NL{:02}{bban}", 98 - rem);
    crate::data::normalise_iban(&compact).expect("check digits computed")
}

/// A random but valid case for `catalog`, with every date on or before `today`.
pub fn synthetic_case(catalog: &Catalog, seed: u64, today: Date) -> Case {
    let mut rng = Rng(seed);
    let mut household = Vec::new();
    let born = |rng: &mut Rng, min_age: i64, max_age: i64| {
        today
            - Duration::days(
                min_age * 365 + rng.below(((max_age - min_age) * 365) as u64 + 1) as i64,
            )
    };
    household.push(Member {
        id: "p0".into(),
        role: Role::Applicant,
        name: Some("Applicant".into()),
        birth_date: born(&mut rng, 18, 80),
        income: rng.chance(85),
    });
    if rng.chance(50) {
        household.push(Member {
            id: "p1".into(),
            role: Role::Partner,
            name: Some("Partner".into()),
            birth_date: born(&mut rng, 18, 80),
            income: rng.chance(70),
        });
    }
    for _ in 0..rng.below(4) {
        let i = household.len();
        household.push(Member {
            id: format!("p{i}"),
            role: Role::Child,
            name: None,
            birth_date: born(&mut rng, 0, 25),
            income: rng.chance(30),
        });
    }
    for _ in 0..rng.below(3) {
        let i = household.len();
        household.push(Member {
            id: format!("p{i}"),
            role: Role::CoResident,
            name: None,
            birth_date: born(&mut rng, 16, 80),
            income: rng.chance(60),
        });
    }
    let n = household.len() as u64;
    let mut accounts = Vec::new();
    for i in 0..1 + rng.below(4) {
        let a = rng.below(n) as PersonIdx;
        let mut holders = vec![a];
        if rng.chance(30) {
            let b = rng.below(n) as PersonIdx;
            if b != a {
                holders.push(b);
            }
        }
        accounts.push(Account {
            id: format!("a{i}"),
            iban: Some(dutch_iban("TEST", i)),
            holders,
        });
    }
    // A random subset of schemes, in random order (the merge must not care).
    let mut schemes: Vec<&str> = catalog.schemes.iter().map(|s| s.id.as_str()).collect();
    for i in (1..schemes.len()).rev() {
        schemes.swap(i, rng.below(i as u64 + 1) as usize);
    }
    schemes.truncate(1 + rng.below(schemes.len() as u64) as usize);
    let applications: Vec<Application> = schemes
        .iter()
        .map(|s| Application {
            scheme: s.to_string(),
            submitted: today - Duration::days(rng.below(60) as i64),
            may_consult: catalog
                .sources
                .iter()
                .filter(|_| rng.chance(50))
                .cloned()
                .collect(),
        })
        .collect();
    let mut held = Vec::new();
    for _ in 0..rng.below(4) {
        let e = &catalog.evidence[rng.below(catalog.evidence.len() as u64) as usize];
        let start = today - Duration::days(rng.below(200) as i64);
        let len = rng.below(120) as i64;
        let end = (start + Duration::days(len)).min(today);
        held.push(HeldDocument {
            evidence: e.id.clone(),
            person: Some(rng.below(n) as PersonIdx),
            account: (e.granularity == Granularity::PerAccount)
                .then(|| rng.below(accounts.len() as u64) as AccountIdx),
            period: if rng.chance(70) {
                DateInterval::new(start, end)
            } else {
                None
            },
            issued: end,
            valid_until: rng
                .chance(30)
                .then(|| today + Duration::days(rng.below(400) as i64 - 100)),
            held_for: if rng.chance(50) {
                Some(
                    catalog.schemes[rng.below(catalog.schemes.len() as u64) as usize]
                        .id
                        .clone(),
                )
            } else {
                None
            },
            superseded_on: rng
                .chance(15)
                .then(|| end + Duration::days(rng.below(60) as i64)),
        });
    }
    let facts = catalog
        .facts
        .iter()
        .filter(|_| rng.chance(20))
        .cloned()
        .collect();
    Case {
        name: format!("synthetic-{seed}"),
        id: format!("S-{seed}"),
        household,
        accounts,
        applications,
        held,
        facts,
        address_since: rng
            .chance(30)
            .then(|| today - Duration::days(rng.below(400) as i64)),
        addressee: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use time::macros::date;

    #[test]
    fn synthetic_cases_are_valid() {
        let cat = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("schemes")).unwrap();
        for seed in 0..500 {
            let c = synthetic_case(&cat, seed, date!(2026 - 11 - 22));
            c.validate(&cat, date!(2026 - 11 - 22))
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

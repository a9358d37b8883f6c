//! Closed date intervals and sets of them: the periods a document must cover.
//!
//! Periods are merged as sets of days, never as "the largest number of months": a rolling
//! three months may cover a calendar-month rule, and two submissions weeks apart give two
//! intervals.

use serde::Serialize;
use time::{Date, Duration};

/// A closed interval of days: `start..=end`, with `start <= end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DateInterval {
    #[serde(serialize_with = "super::iso_date")]
    pub start: Date,
    #[serde(serialize_with = "super::iso_date")]
    pub end: Date,
}

impl DateInterval {
    /// `None` when `end` lies before `start`.
    pub fn new(start: Date, end: Date) -> Option<DateInterval> {
        (start <= end).then_some(DateInterval { start, end })
    }

    pub fn contains(&self, day: Date) -> bool {
        self.start <= day && day <= self.end
    }

    /// Number of days in the interval (at least 1).
    pub fn days(&self) -> i64 {
        (self.end - self.start).whole_days() + 1
    }
}

/// A set of days, kept as sorted, disjoint, non-adjacent closed intervals, so equal sets
/// have equal representations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct IntervalSet {
    parts: Vec<DateInterval>,
}

fn next_day(d: Date) -> Option<Date> {
    d.next_day()
}

impl IntervalSet {
    pub fn new() -> IntervalSet {
        IntervalSet { parts: Vec::new() }
    }

    pub fn from_interval(i: DateInterval) -> IntervalSet {
        IntervalSet { parts: vec![i] }
    }

    /// Builds a set from any intervals (overlapping or not, in any order).
    pub fn from_intervals(mut v: Vec<DateInterval>) -> IntervalSet {
        v.sort_unstable();
        let mut parts: Vec<DateInterval> = Vec::with_capacity(v.len());
        for i in v {
            match parts.last_mut() {
                // Overlapping or adjacent (the day after `last.end` is `i.start`): join.
                Some(last) if next_day(last.end).is_none_or(|n| i.start <= n) => {
                    if i.end > last.end {
                        last.end = i.end;
                    }
                }
                _ => parts.push(i),
            }
        }
        IntervalSet { parts }
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    pub fn intervals(&self) -> &[DateInterval] {
        &self.parts
    }

    /// First and last day, when not empty.
    pub fn hull(&self) -> Option<DateInterval> {
        Some(DateInterval {
            start: self.parts.first()?.start,
            end: self.parts.last()?.end,
        })
    }

    pub fn contains(&self, day: Date) -> bool {
        // Sets are small (a handful of intervals); a linear scan beats a binary search.
        self.parts.iter().any(|i| i.contains(day))
    }

    pub fn days(&self) -> i64 {
        self.parts.iter().map(DateInterval::days).sum()
    }

    pub fn union(&self, other: &IntervalSet) -> IntervalSet {
        if other.is_empty() {
            return self.clone();
        }
        if self.is_empty() {
            return other.clone();
        }
        let mut v = Vec::with_capacity(self.parts.len() + other.parts.len());
        v.extend_from_slice(&self.parts);
        v.extend_from_slice(&other.parts);
        IntervalSet::from_intervals(v)
    }

    pub fn insert(&mut self, i: DateInterval) {
        if self.parts.last().is_some_and(|l| l.end < i.start) {
            // Appending after the last part: only a join with it may be needed.
            let last = self.parts.last_mut().expect("checked non-empty");
            if next_day(last.end) == Some(i.start) {
                last.end = i.end;
            } else {
                self.parts.push(i);
            }
            return;
        }
        let mut v = std::mem::take(&mut self.parts);
        v.push(i);
        *self = IntervalSet::from_intervals(v);
    }

    pub fn intersection(&self, other: &IntervalSet) -> IntervalSet {
        let (mut a, mut b) = (0, 0);
        let mut parts = Vec::new();
        while a < self.parts.len() && b < other.parts.len() {
            let (x, y) = (self.parts[a], other.parts[b]);
            let start = x.start.max(y.start);
            let end = x.end.min(y.end);
            if start <= end {
                parts.push(DateInterval { start, end });
            }
            if x.end < y.end {
                a += 1;
            } else {
                b += 1;
            }
        }
        // Pieces of disjoint, non-adjacent inputs are themselves disjoint and non-adjacent.
        IntervalSet { parts }
    }

    /// The days of `self` that are not in `other`.
    pub fn difference(&self, other: &IntervalSet) -> IntervalSet {
        let mut parts = Vec::new();
        let mut j = 0;
        for &x in &self.parts {
            let mut start = x.start;
            let mut open = true;
            while j < other.parts.len() && other.parts[j].end < start {
                j += 1;
            }
            let mut k = j;
            while k < other.parts.len() && other.parts[k].start <= x.end {
                let y = other.parts[k];
                if y.start > start {
                    let end = y
                        .start
                        .previous_day()
                        .expect("y.start > start has a previous day");
                    parts.push(DateInterval { start, end });
                }
                match next_day(y.end) {
                    Some(n) if y.end < x.end => start = n,
                    _ => {
                        open = false;
                        break;
                    }
                }
                k += 1;
            }
            if open {
                parts.push(DateInterval { start, end: x.end });
            }
        }
        IntervalSet { parts }
    }

    /// Whether every day of `other` is in `self`.
    pub fn covers(&self, other: &IntervalSet) -> bool {
        other.difference(self).is_empty()
    }

    /// Every day of the set shifted by `days` (used by tests and generators).
    pub fn shifted(&self, days: i64) -> IntervalSet {
        let d = Duration::days(days);
        IntervalSet {
            parts: self
                .parts
                .iter()
                .map(|i| DateInterval {
                    start: i.start + d,
                    end: i.end + d,
                })
                .collect(),
        }
    }
}

impl FromIterator<DateInterval> for IntervalSet {
    fn from_iter<T: IntoIterator<Item = DateInterval>>(iter: T) -> Self {
        IntervalSet::from_intervals(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;
    use time::macros::date;

    fn iv(a: Date, b: Date) -> DateInterval {
        DateInterval::new(a, b).unwrap()
    }

    #[test]
    fn adjacent_intervals_join() {
        let s = IntervalSet::from_intervals(vec![
            iv(date!(2026 - 02 - 01), date!(2026 - 02 - 28)),
            iv(date!(2026 - 01 - 01), date!(2026 - 01 - 31)),
        ]);
        assert_eq!(
            s.intervals(),
            &[iv(date!(2026 - 01 - 01), date!(2026 - 02 - 28))]
        );
    }

    #[test]
    fn difference_cuts_holes() {
        let a = IntervalSet::from_interval(iv(date!(2026 - 01 - 01), date!(2026 - 03 - 31)));
        let b = IntervalSet::from_interval(iv(date!(2026 - 02 - 01), date!(2026 - 02 - 28)));
        assert_eq!(
            a.difference(&b).intervals(),
            &[
                iv(date!(2026 - 01 - 01), date!(2026 - 01 - 31)),
                iv(date!(2026 - 03 - 01), date!(2026 - 03 - 31))
            ]
        );
        assert!(a.covers(&b));
        assert!(!b.covers(&a));
        assert_eq!(a.intersection(&b), b);
    }

    #[test]
    fn reversed_interval_is_rejected() {
        assert!(DateInterval::new(date!(2026 - 02 - 01), date!(2026 - 01 - 01)).is_none());
    }

    fn to_days(s: &IntervalSet) -> BTreeSet<Date> {
        let mut out = BTreeSet::new();
        for i in s.intervals() {
            let mut d = i.start;
            while d <= i.end {
                out.insert(d);
                d = d.next_day().unwrap();
            }
        }
        out
    }

    fn arb_set() -> impl Strategy<Value = IntervalSet> {
        let base = date!(2026 - 01 - 01);
        prop::collection::vec((0i64..120, 0i64..20), 0..5).prop_map(move |v| {
            IntervalSet::from_intervals(
                v.into_iter()
                    .map(|(s, l)| iv(base + Duration::days(s), base + Duration::days(s + l)))
                    .collect(),
            )
        })
    }

    fn canonical(s: &IntervalSet) -> bool {
        s.intervals()
            .windows(2)
            .all(|w| w[0].end.next_day().unwrap() < w[1].start)
    }

    proptest! {
        #[test]
        fn set_operations_agree_with_day_sets(a in arb_set(), b in arb_set()) {
            let (da, db) = (to_days(&a), to_days(&b));
            let u = a.union(&b);
            let i = a.intersection(&b);
            let d = a.difference(&b);
            prop_assert!(canonical(&u) && canonical(&i) && canonical(&d));
            prop_assert_eq!(to_days(&u), da.union(&db).copied().collect());
            prop_assert_eq!(to_days(&i), da.intersection(&db).copied().collect());
            prop_assert_eq!(to_days(&d), da.difference(&db).copied().collect());
            prop_assert_eq!(a.covers(&b), db.is_subset(&da));
            prop_assert_eq!(a.days() as usize, da.len());
            let mut ins = a.clone();
            for x in b.intervals() { ins.insert(*x); }
            prop_assert_eq!(ins, u);
        }
    }
}

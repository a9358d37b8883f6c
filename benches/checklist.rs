//! Merges 100,000 generated cases on one core and prints cases per second.
//! Run: `cargo bench --bench checklist` (target: at least 50,000 cases per second).

use std::path::Path;
use std::time::Instant;

use helder::checklist::synth::synthetic_case;
use helder::checklist::{Catalog, merge};
use time::macros::date;

const CASES: u64 = 100_000;

fn main() {
    let catalog = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("schemes"))
        .unwrap_or_else(|e| panic!("{e}"));
    let today = date!(2026 - 11 - 22);
    let cases: Vec<_> = (0..CASES)
        .map(|seed| synthetic_case(&catalog, seed, today))
        .collect();
    // Warm up caches and the allocator.
    for c in cases.iter().take(1_000) {
        std::hint::black_box(merge(&catalog, c, today).expect("generated cases are valid"));
    }
    let start = Instant::now();
    let (mut items, mut requests, mut not_needed) = (0u64, 0u64, 0u64);
    for c in &cases {
        let out = merge(&catalog, c, today).expect("generated cases are valid");
        let f = out.figures();
        items += f.items_after_merge as u64;
        requests += f.requests_before_merge as u64;
        not_needed += f.not_needed() as u64;
        std::hint::black_box(&out);
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "checklist merge: {CASES} cases in {secs:.3} s = {:.0} cases/s (one core)",
        CASES as f64 / secs
    );
    println!(
        "per case on average: {:.1} requests before merging, {:.1} items after, {:.1} not needed (retrievable or held)",
        requests as f64 / CASES as f64,
        items as f64 / CASES as f64,
        not_needed as f64 / CASES as f64
    );
}

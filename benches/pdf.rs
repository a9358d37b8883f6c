//! Throughput and memory of PDF output: 1,000 two-page letters on one thread, with
//! names and amounts varying per letter (so typst's caches cannot replay one letter).
//! Prints letters per second and peak memory (VmHWM) at the start, after 100 letters
//! and at the end: a flat peak shows `comemo::evict` keeps memory bounded.
//!
//! Run: `cargo bench --bench pdf`

#[path = "../tests/common/letters.rs"]
mod letters;

use std::time::Instant;

const LETTERS: usize = 1_000;

/// A line of /proc/self/status ("VmHWM:  123456 kB"), in MiB.
fn status_mib(key: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(key))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn report(label: &str, done: usize, seconds: f64) {
    let rate = if seconds > 0.0 {
        done as f64 / seconds
    } else {
        f64::NAN
    };
    println!(
        "{label:>12}: {done:>5} letters, {seconds:>7.2} s, {rate:>7.1} letters/s, peak {:>7.1} MiB (rss {:.1} MiB)",
        status_mib("VmHWM:"),
        status_mib("VmRSS:"),
    );
}

fn main() {
    let setup = Instant::now();
    let typesetter = letters::Pipeline::open(&letters::root());
    typesetter.0.prepare_typesetter().expect("typesetter");
    println!(
        "set-up (fonts, library, house style): {:.1} ms",
        setup.elapsed().as_secs_f64() * 1e3
    );
    report("start", 0, 0.0);

    let names = [
        "Mevrouw A. de Vries",
        "De heer B. Jansen",
        "Mevrouw Ç. Yılmaz",
        "De heer Ł. Kowalski",
    ];
    let start = Instant::now();
    let mut bytes = 0usize;
    for i in 0..LETTERS {
        let name = format!("{} {i}", names[i % names.len()]);
        let cents = 50_000 + (i as i64) * 137;
        let amount = format!("€\u{a0}{},{:02}", cents / 100, cents % 100);
        let letter = letters::two_pages(&format!("bench-{i}"), &name, &amount);
        let pdf = typesetter.pdf(&letter).expect("pdf");
        bytes += pdf.len();
        if i + 1 == 100 {
            report("after 100", 100, start.elapsed().as_secs_f64());
        }
    }
    report("end", LETTERS, start.elapsed().as_secs_f64());
    println!(
        "average PDF size: {:.1} KiB",
        bytes as f64 / LETTERS as f64 / 1024.0
    );
}

//! Load test of `helder serve` on loopback: 2,000 requests for the two-page grant letter
//! as PDF, 8 in flight, against one request at a time measured in the same run. Prints
//! p50/p99 latency of both, the ratio, and the process's memory (RSS) across the run.
//! Exits non-zero on any error answer.
//!
//! `cargo bench --bench server` (release build). Target: zero errors and p99 under load
//! ≤ 5 × the one-at-a-time p50 (8 in flight on 2 cores: each waits for ~4 renders), RSS
//! flat. The client runs in the same process (its share of the RSS is small: a few
//! threads and one answer each).

#[path = "../tests/common/http.rs"]
mod http;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use helder::Project;
use helder::server::{Config, Server};

const REQUESTS: usize = 2_000;
const CONCURRENCY: usize = 8;
const ONE_AT_A_TIME: usize = 200;
const TEMPLATE: &str = "bijzondere-bijstand-toekenning";

fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// One request; `Err` with what went wrong.
fn one(addr: SocketAddr, body: &[u8]) -> Result<Duration, String> {
    let start = Instant::now();
    let a = http::request(
        addr,
        "POST",
        "/v1/letters",
        &[("Content-Type", "application/json")],
        body,
    )
    .map_err(|e| e.to_string())?;
    let took = start.elapsed();
    if a.status != 200 || !a.body.starts_with(b"%PDF-") || a.header("x-pages") != Some("2") {
        return Err(format!(
            "{} {}",
            a.status,
            String::from_utf8_lossy(&a.body[..a.body.len().min(300)])
        ));
    }
    Ok(took)
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let project = Project::open(root).expect("project loads");
    project.prepare_typesetter().expect("fonts load");
    let config = Config {
        addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        log: false,
        watch: false,
        ..Config::default()
    };
    let workers = config.workers;
    let server = Server::bind(project, config)
        .expect("binds")
        .spawn()
        .expect("starts");
    let addr = server.addr;
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{root}/templates/{TEMPLATE}/examples/jansen-wasmachine.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let body = serde_json::to_vec(&serde_json::json!({
        "template": TEMPLATE, "language": "nl", "format": "pdf", "data": data
    }))
    .unwrap();

    for _ in 0..20 {
        one(addr, &body).expect("warm-up request");
    }
    let rss_start = rss_mib();
    let peak = Arc::new(Mutex::new(rss_start));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let (peak, sampling) = (Arc::clone(&peak), Arc::clone(&sampling));
        std::thread::spawn(move || {
            while sampling.load(Ordering::Relaxed) {
                let now = rss_mib();
                let mut p = peak.lock().unwrap();
                *p = p.max(now);
                drop(p);
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };

    let mut alone: Vec<Duration> = (0..ONE_AT_A_TIME)
        .map(|_| one(addr, &body).expect("one-at-a-time request"))
        .collect();
    alone.sort();
    let rss_after_alone = rss_mib();

    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));
    let body = Arc::new(body);
    let started = Instant::now();
    let threads: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (next, errors, body) = (Arc::clone(&next), Arc::clone(&errors), Arc::clone(&body));
            std::thread::spawn(move || {
                let mut times = Vec::new();
                while next.fetch_add(1, Ordering::Relaxed) < REQUESTS {
                    match one(addr, &body) {
                        Ok(t) => times.push(t),
                        Err(e) => errors.lock().unwrap().push(e),
                    }
                }
                times
            })
        })
        .collect();
    let mut loaded: Vec<Duration> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let wall = started.elapsed();
    sampling.store(false, Ordering::Relaxed);
    sampler.join().unwrap();
    loaded.sort();
    let errors = errors.lock().unwrap();
    let rss_end = rss_mib();

    let alone_p50 = percentile(&alone, 0.5);
    let p50 = percentile(&loaded, 0.5);
    let p99 = percentile(&loaded, 0.99);
    println!(
        "helder serve load test: {REQUESTS} × POST /v1/letters ({TEMPLATE}, PDF, 2 pages), {CONCURRENCY} in flight, {workers} render workers"
    );
    println!(
        "one at a time ({ONE_AT_A_TIME}): p50 {alone_p50:.1} ms, p99 {:.1} ms",
        percentile(&alone, 0.99)
    );
    println!(
        "under load:  p50 {p50:.1} ms, p99 {p99:.1} ms, max {:.1} ms; {:.0} letters/s; errors {}",
        percentile(&loaded, 1.0),
        loaded.len() as f64 / wall.as_secs_f64(),
        errors.len()
    );
    println!(
        "p99 under load = {:.2} × the one-at-a-time p50 (target ≤ 5)",
        p99 / alone_p50
    );
    println!(
        "RSS: {rss_start:.1} MiB after warm-up, {rss_after_alone:.1} MiB after one at a time, {rss_end:.1} MiB at the end, peak {:.1} MiB",
        *peak.lock().unwrap()
    );
    for e in errors.iter().take(5) {
        eprintln!("error: {e}");
    }
    drop(server);
    if !errors.is_empty() || loaded.len() != REQUESTS {
        std::process::exit(1);
    }
}

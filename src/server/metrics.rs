//! Prometheus metrics in the text exposition format, kept by hand (a few counters and
//! one histogram do not need a metrics library): requests by route, method and status;
//! request latency by route; letters rendered per template and format; the render
//! queue.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

use super::pool::Pool;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
struct Inner {
    /// (route, method, status) → requests.
    requests: BTreeMap<(String, String, u16), u64>,
    /// route → latency.
    latency: BTreeMap<String, Histogram>,
    /// (template, format) → letters rendered.
    renders: BTreeMap<(String, String), u64>,
    /// Requests refused because the queue was full.
    rejected: u64,
}

#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

impl Metrics {
    fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        let mut guard = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }

    pub fn request(&self, route: &str, method: &str, status: u16, took: Duration) {
        self.with(|m| {
            *m.requests
                .entry((route.to_owned(), method.to_owned(), status))
                .or_default() += 1;
            let h = m.latency.entry(route.to_owned()).or_default();
            let secs = took.as_secs_f64();
            for (i, bound) in BUCKETS.iter().enumerate() {
                if secs <= *bound {
                    h.counts[i] += 1;
                }
            }
            h.count += 1;
            h.sum += secs;
        });
    }

    pub fn rendered(&self, template: &str, format: &str) {
        self.with(|m| {
            *m.renders
                .entry((template.to_owned(), format.to_owned()))
                .or_default() += 1;
        });
    }

    pub fn rejected(&self) {
        self.with(|m| m.rejected += 1);
    }

    /// Every metric, in the Prometheus text format.
    pub fn render(&self, pool: &Pool) -> String {
        let mut out = String::new();
        self.with(|m| {
            out.push_str("# HELP helder_http_requests_total HTTP requests answered.\n");
            out.push_str("# TYPE helder_http_requests_total counter\n");
            for ((route, method, status), n) in &m.requests {
                let _ = writeln!(
                    out,
                    "helder_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {n}",
                    escape(route)
                );
            }
            out.push_str("# HELP helder_http_request_duration_seconds Time to answer a request.\n");
            out.push_str("# TYPE helder_http_request_duration_seconds histogram\n");
            for (route, h) in &m.latency {
                let route = escape(route);
                for (bound, n) in BUCKETS.iter().zip(h.counts) {
                    let _ = writeln!(
                        out,
                        "helder_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}"
                    );
                }
                let _ = writeln!(
                    out,
                    "helder_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                    h.count
                );
                let _ = writeln!(
                    out,
                    "helder_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                    h.sum
                );
                let _ = writeln!(
                    out,
                    "helder_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                    h.count
                );
            }
            out.push_str("# HELP helder_renders_total Letters made, by template and format.\n");
            out.push_str("# TYPE helder_renders_total counter\n");
            for ((template, format), n) in &m.renders {
                let _ = writeln!(
                    out,
                    "helder_renders_total{{template=\"{}\",format=\"{format}\"}} {n}",
                    escape(template)
                );
            }
            out.push_str("# HELP helder_render_rejected_total Requests refused with 503 because the render queue was full.\n");
            out.push_str("# TYPE helder_render_rejected_total counter\n");
            let _ = writeln!(out, "helder_render_rejected_total {}", m.rejected);
        });
        out.push_str("# HELP helder_render_queue_depth Requests waiting for a render worker.\n");
        out.push_str("# TYPE helder_render_queue_depth gauge\n");
        let _ = writeln!(out, "helder_render_queue_depth {}", pool.queued());
        out.push_str("# HELP helder_renders_in_progress Letters being made now.\n");
        out.push_str("# TYPE helder_renders_in_progress gauge\n");
        let _ = writeln!(out, "helder_renders_in_progress {}", pool.running());
        out.push_str("# HELP helder_render_workers Render workers.\n");
        out.push_str("# TYPE helder_render_workers gauge\n");
        let _ = writeln!(out, "helder_render_workers {}", pool.workers());
        out
    }
}

/// A label value as Prometheus reads it.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_fill_the_buckets_they_fit_and_every_larger_one() {
        let m = Metrics::default();
        m.request("/v1/letters", "POST", 200, Duration::from_millis(30));
        m.request("/v1/letters", "POST", 422, Duration::from_millis(3));
        m.rendered("x", "pdf");
        let text = m.render(&Pool::new(2, 4).unwrap());
        assert!(
            text.contains(
                "helder_http_requests_total{route=\"/v1/letters\",method=\"POST\",status=\"200\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "helder_http_request_duration_seconds_bucket{route=\"/v1/letters\",le=\"0.005\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "helder_http_request_duration_seconds_bucket{route=\"/v1/letters\",le=\"0.05\"} 2"
            ),
            "{text}"
        );
        assert!(
            text.contains("helder_http_request_duration_seconds_count{route=\"/v1/letters\"} 2"),
            "{text}"
        );
        assert!(
            text.contains("helder_renders_total{template=\"x\",format=\"pdf\"} 1"),
            "{text}"
        );
        assert!(text.contains("helder_render_queue_depth 0"), "{text}");
    }
}

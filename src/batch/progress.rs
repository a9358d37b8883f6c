//! The progress bar of a batch on a terminal: records done, records/s, ETA (when the
//! input is a file, whose records are counted first) and failures so far. Off when not
//! asked for (the CLI asks only when standard error is a terminal), so logs stay clean.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    failed: AtomicU64,
}

impl Progress {
    pub fn new(show: bool, total: Option<u64>) -> Progress {
        let bar = show.then(|| {
            let (bar, template) = match total {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                    "{bar:30} {pos}/{len} letters  {per_sec}  ETA {eta}  {msg}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{spinner} {pos} letters  {per_sec}  {msg}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.set_message("0 failed");
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress {
            bar,
            failed: AtomicU64::new(0),
        }
    }

    /// One record done.
    pub fn record(&self, failed: bool) {
        let Some(bar) = &self.bar else { return };
        if failed {
            let n = self.failed.fetch_add(1, Ordering::Relaxed) + 1;
            bar.set_message(format!("{n} failed"));
        }
        bar.inc(1);
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

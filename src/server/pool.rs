//! The render pool: letters are made on the pool's own render threads, never on the
//! async threads that accept and answer requests, at most `workers` at once. At most
//! `queue` more wait for a worker; past that a request is refused at once (503 with
//! Retry-After), so a burst cannot pile up work the service will never finish in time.
//!
//! Each render thread is the one thread of a rayon pool of its own. typst-pdf (krilla)
//! hands parts of every export to rayon (each page's content stream is compressed as a
//! deferred job) and waits for them: on tokio's blocking threads those jobs went to
//! rayon's global pool, one more thread per core, that woke, spun and slept for a
//! tenth of a millisecond of work per letter, while the render waited on them. Inside
//! its own one-thread pool a render runs those jobs itself while it waits, so a letter
//! is made on one thread from start to end and no render waits for a thread to be
//! scheduled. Measured with `cargo bench --bench server` on 2 cores, medians of 4
//! interleaved runs: 797 -> 984 letters/s, p99 under load 15.7 -> 12.4 ms, ratio to the
//! one-at-a-time p50 9.1x -> 7.0x; the one-at-a-time p50 unchanged (1.7 ms).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{Semaphore, oneshot};

/// A bounded pool of render workers with a bounded queue in front.
#[derive(Clone)]
pub struct Pool {
    /// Permits for a place in the pool: a worker or a place in the queue.
    admit: Arc<Semaphore>,
    /// Permits for a worker.
    run: Arc<Semaphore>,
    workers: usize,
    waiting: Arc<AtomicUsize>,
    /// The render threads not running a job: one for each free `run` permit.
    idle: Arc<Mutex<Vec<Arc<rayon::ThreadPool>>>>,
}

/// Why a job did not run to its end.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Every worker busy and the queue full.
    Busy,
    /// The job panicked (a bug; the worker thread survives).
    Panicked,
}

/// Counts a job as waiting while it lives, also when its request is dropped (a client
/// gone, a timeout) before a worker took it.
struct Waiting(Arc<AtomicUsize>);

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Pool {
    /// Starts `workers` render threads (named `helder-render-<n>`, with the stack typst
    /// needs).
    pub fn new(workers: usize, queue: usize) -> Result<Pool, rayon::ThreadPoolBuildError> {
        let workers = workers.max(1);
        let idle = (0..workers)
            .map(|n| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(1)
                    .thread_name(move |_| format!("helder-render-{n}"))
                    .stack_size(crate::render::THREAD_STACK)
                    .build()
                    .map(Arc::new)
            })
            .collect::<Result<_, _>>()?;
        Ok(Pool {
            admit: Arc::new(Semaphore::new(workers + queue)),
            run: Arc::new(Semaphore::new(workers)),
            workers,
            waiting: Arc::new(AtomicUsize::new(0)),
            idle: Arc::new(Mutex::new(idle)),
        })
    }

    /// Runs `job` on a render thread when a worker is free. The job keeps its worker
    /// until it ends, even when the request that asked for it has given up, so the pool
    /// never runs more than `workers` jobs.
    pub async fn run<T, F>(&self, job: F) -> Result<T, Refused>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let admitted = Arc::clone(&self.admit)
            .try_acquire_owned()
            .map_err(|_| Refused::Busy)?;
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let waiting = Waiting(Arc::clone(&self.waiting));
        // The semaphore is never closed.
        let worker = Arc::clone(&self.run)
            .acquire_owned()
            .await
            .map_err(|_| Refused::Busy)?;
        drop(waiting);
        // A permit is a render thread not running a job; it goes back before the
        // permit does.
        let thread = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .expect("an idle render thread for each permit");
        let (idle, back) = (Arc::clone(&self.idle), Arc::clone(&thread));
        let (answer, answered) = oneshot::channel();
        thread.spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(job));
            idle.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(back);
            drop((admitted, worker));
            // The request may have given up; the letter is then dropped.
            let _ = answer.send(result);
        });
        match answered.await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(_)) | Err(_) => Err(Refused::Panicked),
        }
    }

    /// Jobs waiting for a worker.
    pub fn queued(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    /// Jobs running now.
    pub fn running(&self) -> usize {
        self.workers - self.run.available_permits()
    }

    pub fn workers(&self) -> usize {
        self.workers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_queue_refuses_at_once_and_the_pool_serves_again_after() {
        let pool = Pool::new(1, 1).unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let rx = Arc::new(std::sync::Mutex::new(rx));
        let blocker = |rx: Arc<std::sync::Mutex<std::sync::mpsc::Receiver<()>>>| {
            move || {
                rx.lock().unwrap().recv().ok();
                1
            }
        };
        let p = pool.clone();
        let r = Arc::clone(&rx);
        let first = tokio::spawn(async move { p.run(blocker(r)).await });
        let p = pool.clone();
        let r = Arc::clone(&rx);
        let second = tokio::spawn(async move { p.run(blocker(r)).await });
        // Wait until one runs and one waits.
        for _ in 0..200 {
            if pool.running() == 1 && pool.queued() == 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert_eq!((pool.running(), pool.queued()), (1, 1));
        assert_eq!(pool.run(|| 3).await, Err(Refused::Busy));
        tx.send(()).unwrap();
        tx.send(()).unwrap();
        assert_eq!(first.await.unwrap(), Ok(1));
        assert_eq!(second.await.unwrap(), Ok(1));
        assert_eq!(pool.run(|| 3).await, Ok(3));
        assert_eq!((pool.running(), pool.queued()), (0, 0));
    }

    #[tokio::test]
    async fn a_job_runs_on_a_render_thread_that_runs_its_rayon_work_itself() {
        let pool = Pool::new(1, 0).unwrap();
        let (name, threads, same) = pool
            .run(|| {
                let me = std::thread::current().id();
                // What krilla does with a page's content stream: a job for rayon.
                let (a, b) = rayon::join(
                    || std::thread::current().id(),
                    || std::thread::current().id(),
                );
                (
                    std::thread::current().name().map(str::to_owned),
                    rayon::current_num_threads(),
                    a == me && b == me,
                )
            })
            .await
            .unwrap();
        assert_eq!(name.as_deref(), Some("helder-render-0"));
        assert_eq!(threads, 1);
        assert!(same, "rayon work ran on another thread");
    }

    #[tokio::test]
    async fn a_panicking_job_is_reported_and_frees_its_worker() {
        let pool = Pool::new(1, 0).unwrap();
        assert_eq!(
            pool.run(|| -> u8 { panic!("boom") }).await,
            Err(Refused::Panicked)
        );
        assert_eq!(pool.run(|| 2).await, Ok(2));
    }
}

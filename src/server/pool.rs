//! The render pool: letters are made on tokio's blocking threads, never on the async
//! threads that accept and answer requests, at most `workers` at once. At most `queue`
//! more wait for a worker; past that a request is refused at once (503 with
//! Retry-After), so a burst cannot pile up work the service will never finish in time.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::Semaphore;

/// A bounded pool of render workers with a bounded queue in front.
#[derive(Clone)]
pub struct Pool {
    /// Permits for a place in the pool: a worker or a place in the queue.
    admit: Arc<Semaphore>,
    /// Permits for a worker.
    run: Arc<Semaphore>,
    workers: usize,
    waiting: Arc<AtomicUsize>,
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
    pub fn new(workers: usize, queue: usize) -> Pool {
        let workers = workers.max(1);
        Pool {
            admit: Arc::new(Semaphore::new(workers + queue)),
            run: Arc::new(Semaphore::new(workers)),
            workers,
            waiting: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Runs `job` on a blocking thread when a worker is free. The job keeps its worker
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
        tokio::task::spawn_blocking(move || {
            let _permits = (admitted, worker);
            job()
        })
        .await
        .map_err(|_| Refused::Panicked)
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
        let pool = Pool::new(1, 1);
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
    async fn a_panicking_job_is_reported_and_frees_its_worker() {
        let pool = Pool::new(1, 0);
        assert_eq!(
            pool.run(|| -> u8 { panic!("boom") }).await,
            Err(Refused::Panicked)
        );
        assert_eq!(pool.run(|| 2).await, Ok(2));
    }
}

//! `helder serve`: the HTTP service case systems call one letter at a time, and the
//! studio where template authors see a change at once.
//!
//! - [`api`]: the handlers (render a letter, merge a checklist, validate, list templates
//!   with JSON Schema, check plain language), documented by utoipa into `/openapi.json`.
//! - Safe by default: binds 127.0.0.1; API keys are required on any other address
//!   ([`auth`]); a body limit; a read timeout for headers and body (slow clients get 408
//!   or are closed); a time limit per request; letters are made on a bounded blocking
//!   [`pool`] with a bounded queue (503 + `Retry-After` past it).
//! - Logs one line per request: request id, method, route, template, status and duration.
//!   Never a query string, a body or a field value: no personal data.
//! - `/health` and Prometheus `/metrics` ([`metrics`]).
//! - [`studio`] and [`watch`]: the author's preview, reloaded when a file changes.

mod api;
mod auth;
mod body;
mod metrics;
mod pool;
mod reply;
pub mod schema;
mod studio;
mod watch;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::{broadcast, watch as signal};

pub use auth::{Keys, MIN_KEY_LENGTH};
pub use pool::Pool;

use crate::diag::Code;
use crate::error::Error;
use crate::project::Project;
use metrics::Metrics;
use reply::Problem;

/// How the service runs. [`Config::default`] is the safe local service.
#[derive(Clone)]
pub struct Config {
    /// Where to listen. Default 127.0.0.1:8080.
    pub addr: SocketAddr,
    /// The API keys; required when `addr` is not a loopback address.
    pub keys: Keys,
    /// The largest request body, in bytes.
    pub max_body: usize,
    /// Time for a client to send its headers, and again its body.
    pub read_timeout: Duration,
    /// Time to answer one request, once it has arrived.
    pub timeout: Duration,
    /// Letters made at once (default: the number of cores).
    pub workers: usize,
    /// Requests that may wait for a worker before the service answers 503.
    pub queue: usize,
    /// Serve the studio at `/studio`.
    pub studio: bool,
    /// Watch the project's files and reload what changes (the studio's live preview).
    pub watch: bool,
    /// Write a log line per request to standard error.
    pub log: bool,
}

impl Default for Config {
    fn default() -> Config {
        let workers = std::thread::available_parallelism().map_or(2, usize::from);
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            keys: Keys::default(),
            max_body: crate::input::DEFAULT_MAX_BYTES as usize,
            read_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            workers,
            queue: workers * 8,
            studio: true,
            watch: true,
            log: true,
        }
    }
}

/// What every handler shares.
pub(crate) struct App {
    pub project: Arc<Project>,
    pub config: Config,
    pub pool: Pool,
    pub metrics: Metrics,
    /// Reloads seen by the watcher, as JSON, for the studio's event stream.
    pub reloads: broadcast::Sender<String>,
    pub openapi: String,
    next_id: AtomicU64,
    /// Distinguishes the request ids of two runs of the service.
    run_id: u32,
}

/// A template a response was about, for the log line (set by handlers).
#[derive(Clone)]
pub(crate) struct LogTemplate(pub String);

/// A bound service, not yet serving.
pub struct Server {
    app: Arc<App>,
    router: Router,
    listener: std::net::TcpListener,
}

/// A service running on its own threads (tests, benchmarks); stops when dropped.
pub struct Running {
    pub addr: SocketAddr,
    stop: signal::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Server {
    /// Binds the service's address. Refuses an address other than loopback without API
    /// keys: the letters hold residents' personal data.
    pub fn bind(project: Project, config: Config) -> Result<Server, Error> {
        if !config.addr.ip().is_loopback() && config.keys.is_empty() {
            return Err(Error::Unsupported(format!(
                "refusing to listen on {} without API keys: anyone who can reach it could make \
                 letters with residents' data. Give keys with --api-keys <file> or \
                 HELDER_API_KEYS, or listen on 127.0.0.1",
                config.addr
            )));
        }
        let listener = std::net::TcpListener::bind(config.addr)
            .map_err(|e| Error::io(PathBuf::from(config.addr.to_string()), e))?;
        listener
            .set_nonblocking(true)
            .map_err(|e| Error::io(PathBuf::from(config.addr.to_string()), e))?;
        let (router, openapi) = api::router(config.studio);
        let (reloads, _) = broadcast::channel(16);
        let pool = Pool::new(config.workers, config.queue).map_err(|e| {
            Error::Unsupported(format!(
                "cannot start {} render threads: {e}",
                config.workers
            ))
        })?;
        let app = Arc::new(App {
            project: Arc::new(project),
            pool,
            metrics: Metrics::default(),
            reloads,
            openapi: serde_json::to_string_pretty(&openapi).unwrap_or_default(),
            next_id: AtomicU64::new(1),
            run_id: std::process::id()
                ^ std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.subsec_nanos()),
            config,
        });
        let router = router
            .fallback(api::not_found)
            .method_not_allowed_fallback(api::wrong_method)
            .layer(axum::middleware::from_fn_with_state(
                Arc::clone(&app),
                around,
            ))
            .with_state(Arc::clone(&app));
        Ok(Server {
            app,
            router,
            listener,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or(self.app.config.addr)
    }

    /// The project the service makes letters from.
    pub fn project(&self) -> &Project {
        &self.app.project
    }

    /// Serves until SIGTERM or Ctrl-C, then lets requests in progress finish.
    pub fn run(self) -> Result<(), Error> {
        let runtime = self.runtime()?;
        let (stop, stopped) = signal::channel(false);
        runtime.block_on(async move {
            tokio::spawn(async move {
                shutdown_signal().await;
                let _ = stop.send(true);
            });
            self.serve(stopped).await
        })
    }

    /// Serves on a thread of its own until the [`Running`] is dropped.
    pub fn spawn(self) -> Result<Running, Error> {
        let runtime = self.runtime()?;
        let addr = self.local_addr();
        let (stop, stopped) = signal::channel(false);
        let thread = std::thread::spawn(move || {
            let _ = runtime.block_on(self.serve(stopped));
        });
        Ok(Running {
            addr,
            stop,
            thread: Some(thread),
        })
    }

    fn runtime(&self) -> Result<tokio::runtime::Runtime, Error> {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_stack_size(crate::render::THREAD_STACK)
            // Renders run on the pool's own threads; nothing else here blocks.
            .max_blocking_threads(4)
            .enable_all()
            .build()
            .map_err(|e| Error::io("tokio runtime", e))
    }

    async fn serve(self, mut stopped: signal::Receiver<bool>) -> Result<(), Error> {
        let addr = self.local_addr();
        let listener = tokio::net::TcpListener::from_std(self.listener)
            .map_err(|e| Error::io(PathBuf::from(addr.to_string()), e))?;
        if self.app.config.watch {
            watch::start(&self.app, stopped.clone());
        }
        let header_timeout = self.app.config.read_timeout;
        // Each connection holds a receiver; all dropped = all connections closed.
        let (open_tx, open_rx) = signal::channel(());
        loop {
            let stream = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors and the like: wait, do not spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                _ = stopped.changed() => break,
            };
            let _ = stream.set_nodelay(true);
            let service = TowerToHyperService::new(self.router.clone());
            let mut stopped = stopped.clone();
            let open = open_rx.clone();
            tokio::spawn(async move {
                let mut builder = hyper::server::conn::http1::Builder::new();
                builder
                    .timer(TokioTimer::new())
                    .header_read_timeout(header_timeout);
                let mut conn = pin!(builder.serve_connection(TokioIo::new(stream), service));
                tokio::select! {
                    _ = conn.as_mut() => {}
                    _ = stopped.changed() => {
                        conn.as_mut().graceful_shutdown();
                        let _ = conn.await;
                    }
                }
                drop(open);
            });
        }
        drop(open_rx);
        // Requests in progress get a while to finish.
        let _ = tokio::time::timeout(Duration::from_secs(10), open_tx.closed()).await;
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = ctrl_c => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// The request id: the caller's `X-Request-Id` when it is a plain token (so a case
/// system can follow its own id through the log), else one of the service's own.
fn request_id(app: &App, request: &Request) -> String {
    let given = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
        });
    match given {
        Some(id) => id.to_owned(),
        None => format!(
            "{:08x}-{:06}",
            app.run_id,
            app.next_id.fetch_add(1, Ordering::Relaxed)
        ),
    }
}

/// Around every request: the API key, the time limit, the request id, the log line and
/// the metrics.
async fn around(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let id = request_id(&app, &request);
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let open = route == "/health";
    let mut response = match app.config.keys.check(request.headers()) {
        Err(problem) if !open => problem.into_response(),
        _ => match tokio::time::timeout(app.config.timeout, next.run(request)).await {
            Ok(response) => response,
            Err(_) => Problem::of(
                StatusCode::SERVICE_UNAVAILABLE,
                Code::SERVER_TIMEOUT,
                format!(
                    "the answer was not ready within {} s; try again later",
                    app.config.timeout.as_secs()
                ),
            )
            .into_response(),
        },
    };
    let took = start.elapsed();
    let status = response.status().as_u16();
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    app.metrics.request(&route, &method, status, took);
    if app.config.log {
        let template = response
            .extensions()
            .get::<LogTemplate>()
            .map_or("-", |t| t.0.as_str());
        eprintln!(
            "request id={id} method={method} route={route} template={template} status={status} ms={:.1}",
            took.as_secs_f64() * 1000.0
        );
    }
    response
}

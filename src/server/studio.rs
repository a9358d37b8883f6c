//! The studio at `/studio`: one plain HTML page with a script and a style sheet, built
//! into the binary (no build step). It calls the same API a case system does, and
//! listens to `/studio/events` to show a change made on disk at once.

use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use tokio::sync::broadcast::error::RecvError;

use super::App;
use super::reply::Problem;
use crate::diag::Code;

const PAGE: &str = include_str!("studio/index.html");
const SCRIPT: &str = include_str!("studio/studio.js");
const STYLE: &str = include_str!("studio/studio.css");

/// The studio: preview a template in every language with its plain-language findings.
#[utoipa::path(
    get, path = "/studio", tag = "studio",
    responses((status = 200, description = "The studio page", content_type = "text/html", body = String))
)]
pub async fn page() -> Response {
    text("text/html; charset=utf-8", PAGE)
}

/// The studio's script and style sheet.
#[utoipa::path(
    get, path = "/studio/{file}", tag = "studio",
    params(("file" = String, Path, description = "`studio.js` or `studio.css`")),
    responses(
        (status = 200, description = "The file", content_type = "text/javascript", body = String),
        (status = 404, description = "No such file"),
    )
)]
pub async fn asset(Path(file): Path<String>) -> Response {
    match file.as_str() {
        "studio.js" => text("text/javascript; charset=utf-8", SCRIPT),
        "studio.css" => text("text/css; charset=utf-8", STYLE),
        _ => Problem::of(
            StatusCode::NOT_FOUND,
            Code::HTTP_NOT_FOUND,
            "the studio has no such file",
        )
        .into_response(),
    }
}

/// Server-sent events: `reload` with the parts that changed on disk and any problem
/// loading them.
#[utoipa::path(
    get, path = "/studio/events", tag = "studio",
    responses((status = 200, description = "An event stream", content_type = "text/event-stream", body = String))
)]
pub async fn events(State(app): State<Arc<App>>) -> Response {
    let rx = app.reloads.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(data) => {
                    return Some((
                        Ok::<_, Infallible>(Event::default().event("reload").data(data)),
                        rx,
                    ));
                }
                // A page that fell behind only needs the newest version.
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

fn text(media: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(media)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

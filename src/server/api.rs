//! The handlers of the service, each documented with `#[utoipa::path]`: the router and
//! `/openapi.json` are built from the same list ([`router`]), so the document describes
//! exactly the routes that answer.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;
use utoipa::openapi::OpenApi as Document;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::body::{Fields, RECORD, read_json};
use super::pool::Refused;
use super::reply::{self, Problem, ProblemBody};
use super::{App, LogTemplate, schema, studio};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::error::Error;
use crate::i18n::Language;
use crate::plain::Profile;
use crate::render::{Format, Output};
use crate::request::Request;

type Shared = State<Arc<App>>;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "helder",
        description = "Letters residents can read, from a case system's decision data. \
            Errors are JSON: a `code`, and every problem as `diagnostics` with the field \
            `path` (or the template `file` and `line`) and a `suggestion`."
    ),
    modifiers(&Keys),
    components(schemas(ProblemBody)),
    security(("bearer" = []), ("api_key" = []))
)]
struct ApiDoc;

/// The API key schemes (required when the service listens beyond loopback).
struct Keys;

impl Modify for Keys {
    fn modify(&self, doc: &mut Document) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        components.add_security_scheme(
            "api_key",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-Api-Key"))),
        );
    }
}

/// The routes of the service and their OpenAPI document, from one list.
pub(super) fn router(studio: bool) -> (axum::Router<Arc<App>>, Document) {
    let mut router = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(render_letter))
        .routes(routes!(merge_checklist))
        .routes(routes!(validate))
        .routes(routes!(list_templates))
        .routes(routes!(get_template))
        .routes(routes!(get_example))
        .routes(routes!(check))
        .routes(routes!(health))
        .routes(routes!(metrics))
        .routes(routes!(openapi));
    if studio {
        router = router
            .routes(routes!(studio::page))
            .routes(routes!(studio::asset))
            .routes(routes!(studio::events));
    }
    router.split_for_parts()
}

/// A file's bytes in the OpenAPI document (a PDF or a PNG page).
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct Binary(#[allow(dead_code)] Vec<u8>);

// ---- requests --------------------------------------------------------------------------

/// One letter to make.
#[derive(ToSchema)]
pub struct LetterRequest {
    /// The template id (`GET /v1/templates` lists them).
    #[schema(example = "bijzondere-bijstand-toekenning")]
    pub template: String,
    /// The letter's language; default `nl`.
    #[schema(value_type = Option<String>, example = "nl")]
    pub language: Language,
    /// `pdf` (default), `html`, `png` (one page) or `txt`.
    #[schema(value_type = Option<String>, example = "pdf")]
    pub format: Format,
    /// For `png`: the page, from 1 (default 1). The answer's `X-Pages` says how many.
    #[schema(value_type = Option<u32>, minimum = 1)]
    pub page: usize,
    /// The decision data, as the template's JSON Schema describes it.
    #[schema(value_type = Object)]
    pub data: Value,
    /// Also the binding Dutch text after the translation (a bilingual letter); default
    /// `false`. A Dutch letter stays as it is.
    #[schema(value_type = Option<bool>)]
    pub with_dutch: bool,
    /// The layout: `b1` or `easy-read` (makkelijk lezen); default the template's own
    /// (`style` in its template.toml, else `b1`).
    #[schema(value_type = Option<String>, example = "easy-read")]
    pub style: Option<crate::house::Style>,
}

const FORMATS: [(&str, Format); 4] = [
    ("pdf", Format::Pdf),
    ("html", Format::Html),
    ("png", Format::Png),
    ("txt", Format::Txt),
];

/// `data` is the record name of the letter's data in every diagnostic, so a field's
/// `path` is its path inside `data`.
const DATA: &str = "data";

impl LetterRequest {
    fn read(value: &Value) -> Result<LetterRequest, Problem> {
        let mut f = Fields::of(value)?;
        let template = f
            .required_text("template", "the template id")
            .unwrap_or("")
            .to_owned();
        let language = f.language();
        let format = f.choice("format", &FORMATS);
        let page = f.count("page", 1);
        let data = f
            .required("data", "the letter's data")
            .cloned()
            .unwrap_or_default();
        let with_dutch = f.flag("with_dutch");
        let style = f.style();
        f.finish()?;
        Ok(LetterRequest {
            template,
            language,
            format,
            page,
            data,
            with_dutch,
            style,
        })
    }

    fn request(&self) -> Request {
        let mut request = Request::new(DATA, &self.template, self.language, self.data.clone());
        request.options.with_dutch = self.with_dutch;
        request.options.style = self.style;
        request
    }
}

/// A case to merge into one checklist of documents.
#[derive(ToSchema)]
pub struct ChecklistRequest {
    /// The checklist letter's language; default `nl`.
    #[schema(value_type = Option<String>, example = "nl")]
    pub language: Language,
    /// The day the checklist is made (YYYY-MM-DD); default the case's `letter.date`,
    /// else today.
    #[schema(value_type = Option<String>, format = Date)]
    pub date: Option<time::Date>,
    /// `json` (default: the `helder.checklist/1` document), or the letter as `pdf`,
    /// `html`, `png` (one page) or `txt`.
    #[schema(value_type = Option<String>, example = "json")]
    pub format: Option<Format>,
    /// For `png`: the page, from 1.
    #[schema(value_type = Option<u32>, minimum = 1)]
    pub page: usize,
    /// The case file, as `helder checklist --case` reads it.
    #[schema(value_type = Object)]
    pub case: Value,
    /// The checklist letter also in Dutch after the translation; default `false`.
    #[schema(value_type = Option<bool>)]
    pub with_dutch: bool,
    /// The letter's layout: `b1` or `easy-read`; default the checklist template's own.
    #[schema(value_type = Option<String>, example = "easy-read")]
    pub style: Option<crate::house::Style>,
}

impl ChecklistRequest {
    fn read(value: &Value) -> Result<ChecklistRequest, Problem> {
        let mut f = Fields::of(value)?;
        let language = f.language();
        let date = f
            .text("date")
            .and_then(|d| match crate::data::parse_date(d) {
                Ok(date) => Some(date),
                Err(message) => {
                    f.problems.push(
                        Diagnostic::error(Code::DATA_VALUE, message).at_record(RECORD, "date"),
                    );
                    None
                }
            });
        let formats = [
            ("json", None),
            ("pdf", Some(Format::Pdf)),
            ("html", Some(Format::Html)),
            ("png", Some(Format::Png)),
            ("txt", Some(Format::Txt)),
        ];
        let format = f.choice("format", &formats);
        let page = f.count("page", 1);
        let case = f
            .required("case", "the case file")
            .cloned()
            .unwrap_or_default();
        let with_dutch = f.flag("with_dutch");
        let style = f.style();
        f.finish()?;
        Ok(ChecklistRequest {
            language,
            date,
            format,
            page,
            case,
            with_dutch,
            style,
        })
    }
}

/// What to check for plain language: a template's examples, a template with given data,
/// or a text.
#[derive(ToSchema)]
pub struct CheckRequest {
    /// A template id: checks its examples, or `data` when given.
    pub template: Option<String>,
    /// A text to check instead of a template.
    pub text: Option<String>,
    /// The language; with a template and no data, default every language it ships;
    /// otherwise default `nl`.
    #[schema(value_type = Option<String>, example = "nl")]
    pub language: Option<Language>,
    /// `b1` (default) or `easy-read`.
    #[schema(value_type = Option<String>, example = "b1")]
    pub profile: Profile,
    /// Data for the template's letter, instead of its examples.
    #[schema(value_type = Option<Object>)]
    pub data: Option<Value>,
}

impl CheckRequest {
    fn read(value: &Value) -> Result<CheckRequest, Problem> {
        let mut f = Fields::of(value)?;
        let template = f.text("template").map(str::to_owned);
        let text = f.text("text").map(str::to_owned);
        let language = f.optional_language();
        let profile = f.choice(
            "profile",
            &[("b1", Profile::B1), ("easy-read", Profile::EasyRead)],
        );
        let data = f.value("data").cloned();
        if template.is_some() == text.is_some() {
            f.problems.push(
                Diagnostic::error(Code::DATA_MISSING, "give either `template` or `text`")
                    .at_record(RECORD, ""),
            );
        }
        if text.is_some() && data.is_some() {
            f.problems.push(
                Diagnostic::error(
                    Code::REQUEST_INVALID,
                    "`data` goes with a `template`, not a `text`",
                )
                .at_record(RECORD, "data"),
            );
        }
        f.finish()?;
        Ok(CheckRequest {
            template,
            text,
            language,
            profile,
            data,
        })
    }
}

// ---- answers ---------------------------------------------------------------------------

/// A template, as a case system needs to call it.
#[derive(Serialize, ToSchema)]
pub struct TemplateInfo {
    pub id: String,
    /// `decision`, `notice` or `checklist`.
    pub kind: String,
    /// The languages the template is written in.
    pub languages: Vec<String>,
    /// The examples it ships (`GET /v1/templates/{id}/examples/{name}`).
    pub examples: Vec<String>,
    /// The data the template takes, as JSON Schema (draft 2020-12).
    #[schema(value_type = Object)]
    pub schema: Value,
}

/// The data is valid for the template: its letter can be made.
#[derive(Serialize, ToSchema)]
pub struct Valid {
    pub valid: bool,
    pub template: String,
    pub language: String,
}

/// Plain-language reports, one per letter or text checked, and the static check of the
/// template.
#[derive(Serialize, ToSchema)]
pub struct CheckResponse {
    /// The static check of the template's letter.md, whatever the data reaches: message
    /// ids in every language, the variables each `t()` passes, pictograms and data fields
    /// in every branch; diagnostics at their `letter.md` line. Empty for a text.
    #[serde(rename = "static")]
    #[schema(value_type = Vec<Object>)]
    pub statics: Vec<Diagnostic>,
    pub reports: Vec<CheckedReport>,
}

#[derive(Serialize, ToSchema)]
pub struct CheckedReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    pub language: String,
    /// The example checked; absent for given data or text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Findings (each with its `letter.md` or `.ftl` location), metrics, sections.
    #[schema(value_type = Object)]
    pub report: Value,
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    pub status: String,
    /// Templates loaded.
    pub templates: usize,
    /// Templates that failed to load (every problem: `helder templates`).
    pub broken: Vec<String>,
}

// ---- helpers ---------------------------------------------------------------------------

/// The answer, tagged with the template it was about (for the log) when the project
/// has that template: a client's text never reaches the log.
fn answer(app: &App, template: Option<&str>, result: Result<Response, Problem>) -> Response {
    let mut response = result.unwrap_or_else(IntoResponse::into_response);
    if let Some(id) = template.filter(|id| app.project.templates().iter().any(|t| t.id == *id)) {
        response.extensions_mut().insert(LogTemplate(id.to_owned()));
    }
    response
}

async fn body(app: &App, headers: &HeaderMap, body: Body) -> Result<Value, Problem> {
    read_json(headers, body, app.config.max_body, app.config.read_timeout).await
}

/// Runs `job` on the render pool.
async fn on_pool<T, F>(app: &App, job: F) -> Result<T, Problem>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, Error> + Send + 'static,
{
    match app.pool.run(job).await {
        Ok(result) => result.map_err(Problem::from),
        Err(Refused::Busy) => {
            app.metrics.rejected();
            let mut p = Problem::of(
                StatusCode::SERVICE_UNAVAILABLE,
                Code::SERVER_BUSY,
                "every renderer is busy and the queue is full; try again in a moment",
            );
            p.retry_after = Some(1);
            Err(p)
        }
        Err(Refused::Panicked) => Err(Problem::of(
            StatusCode::INTERNAL_SERVER_ERROR,
            Code::INTERNAL_ERROR,
            "making the letter failed on a bug in helder; the service goes on",
        )),
    }
}

/// A rendered letter as the answer: its bytes with their media type, `X-Pages` for PDF
/// and PNG.
fn output(output: Output, page: usize) -> Result<Response, Problem> {
    let (media, pages, bytes): (&'static str, Option<usize>, Vec<u8>) = match output {
        Output::Pdf { bytes, pages, .. } => ("application/pdf", Some(pages), bytes),
        Output::Png { mut pages } => {
            let n = pages.len();
            if page > n {
                return Err(Diagnostics::from(
                    Diagnostic::error(
                        Code::DATA_VALUE,
                        format!("the letter has {n} page(s); asked for page {page}"),
                    )
                    .at_record(RECORD, "page"),
                )
                .into());
            }
            ("image/png", Some(n), pages.swap_remove(page - 1))
        }
        Output::Html(html) => ("text/html; charset=utf-8", None, html.into_bytes()),
        Output::Text(text) => ("text/plain; charset=utf-8", None, text.into_bytes()),
    };
    let mut response = (
        [(header::CONTENT_TYPE, HeaderValue::from_static(media))],
        bytes,
    )
        .into_response();
    if let Some(n) = pages {
        response
            .headers_mut()
            .insert("x-pages", HeaderValue::from(n));
    }
    Ok(response)
}

/// A letter's warnings (a message shown in Dutch) as `X-Warnings` headers, one each:
/// `fluent.fallback: message ...`. The letter itself is fine to send.
fn warnings(response: &mut Response, warnings: &[Diagnostic]) {
    for warning in warnings {
        let text = format!("{}: {}", warning.code, warning.message);
        if let Ok(value) = HeaderValue::from_str(&text) {
            response.headers_mut().append("x-warnings", value);
        }
    }
}

// ---- handlers --------------------------------------------------------------------------

/// Make one letter: PDF, HTML, one PNG page or plain text.
#[utoipa::path(
    post, path = "/v1/letters", tag = "letters",
    request_body(content = LetterRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The letter; `X-Pages` gives the number of pages (PDF, PNG); an `X-Warnings` header for each message shown in Dutch because the translation lacks it",
            content((Binary = "application/pdf"), (String = "text/html"), (Binary = "image/png"), (String = "text/plain"))),
        (status = 400, description = "Not JSON, or not strict JSON (a key twice)", body = ProblemBody),
        (status = 401, description = "No API key or an unknown one", body = ProblemBody),
        (status = 404, description = "No template with this id", body = ProblemBody),
        (status = 408, description = "The body did not arrive in time", body = ProblemBody),
        (status = 413, description = "The body is larger than the limit", body = ProblemBody),
        (status = 415, description = "The body is not `application/json`", body = ProblemBody),
        (status = 422, description = "The data does not fit the template: every problem with its field path", body = ProblemBody),
        (status = 503, description = "Busy (see `Retry-After`) or not done in time", body = ProblemBody),
    )
)]
pub async fn render_letter(State(app): Shared, headers: HeaderMap, raw: Body) -> Response {
    let mut template = None;
    let result = async {
        let value = body(&app, &headers, raw).await?;
        let letter = LetterRequest::read(&value)?;
        template = Some(letter.template.clone());
        let request = letter.request();
        let format = letter.format;
        let project = Arc::clone(&app.project);
        let (made, mut outputs) = on_pool(&app, move || project.make(&request, &[format])).await?;
        app.metrics.rendered(&letter.template, format.name());
        let mut response = output(outputs.remove(0), letter.page)?;
        warnings(&mut response, &made.warnings);
        Ok(response)
    }
    .await;
    answer(&app, template.as_deref(), result)
}

/// Merge the document requests of every scheme in a case into one checklist: the JSON
/// document, or the checklist letter.
#[utoipa::path(
    post, path = "/v1/checklists", tag = "letters",
    request_body(content = ChecklistRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The `helder.checklist/1` JSON, or the letter",
            content((Object = "application/json"), (Binary = "application/pdf"), (String = "text/html"), (Binary = "image/png"), (String = "text/plain"))),
        (status = 400, description = "Not (strict) JSON", body = ProblemBody),
        (status = 422, description = "The case has mistakes: every one with its path", body = ProblemBody),
        (status = 503, description = "Busy (see `Retry-After`)", body = ProblemBody),
    )
)]
pub async fn merge_checklist(State(app): Shared, headers: HeaderMap, raw: Body) -> Response {
    let mut template = None;
    let result = async {
        let value = body(&app, &headers, raw).await?;
        let asked = ChecklistRequest::read(&value)?;
        let checklist = app.project.checklist_template().ok();
        template = checklist.clone();
        let mut request = Request::new("case", String::new(), asked.language, asked.case);
        request.options.checklist_date = asked.date;
        request.options.with_dutch = asked.with_dutch;
        request.options.style = asked.style;
        let project = Arc::clone(&app.project);
        let format = asked.format;
        let made = on_pool(&app, move || {
            let merged = project.merge(&request)?;
            match format {
                None => Ok(Output::Text(merged.json)),
                Some(format) => {
                    request.template = project.checklist_template()?;
                    Ok(project.make(&request, &[format])?.1.remove(0))
                }
            }
        })
        .await?;
        match (format, made) {
            (None, Output::Text(json)) => Ok((
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                )],
                json,
            )
                .into_response()),
            (_, made) => {
                if let (Some(id), Some(format)) = (&checklist, format) {
                    app.metrics.rendered(id, format.name());
                }
                output(made, asked.page)
            }
        }
    }
    .await;
    answer(&app, template.as_deref(), result)
}

/// Check data against a template without making the PDF: the schema, and the letter's
/// text as the template writes it.
#[utoipa::path(
    post, path = "/v1/validate", tag = "letters",
    request_body(content = LetterRequest, content_type = "application/json",
        description = "As for `/v1/letters`; `format` and `page` are not used"),
    responses(
        (status = 200, description = "The letter can be made", body = Valid),
        (status = 404, description = "No template with this id", body = ProblemBody),
        (status = 422, description = "Every problem of the data, with its field path", body = ProblemBody),
    )
)]
pub async fn validate(State(app): Shared, headers: HeaderMap, raw: Body) -> Response {
    let mut template = None;
    let result = async {
        let value = body(&app, &headers, raw).await?;
        let letter = LetterRequest::read(&value)?;
        template = Some(letter.template.clone());
        let request = letter.request();
        let project = Arc::clone(&app.project);
        on_pool(&app, move || project.letter(&request)).await?;
        Ok(reply::json(&Valid {
            valid: true,
            template: letter.template.clone(),
            language: letter.language.code().to_owned(),
        }))
    }
    .await;
    answer(&app, template.as_deref(), result)
}

fn info(app: &App, template: &crate::Template, examples: &[crate::Example]) -> TemplateInfo {
    let _ = app;
    let mut names: Vec<String> = examples
        .iter()
        .filter(|e| e.template == template.id)
        .map(|e| e.name.clone())
        .collect();
    names.sort();
    names.dedup();
    TemplateInfo {
        id: template.id.clone(),
        kind: serde_json::to_value(template.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        languages: template
            .languages
            .iter()
            .map(|l| l.code().to_owned())
            .collect(),
        examples: names,
        schema: schema::json_schema(&template.id, &template.schema),
    }
}

/// Every template with its languages, examples and data schema (JSON Schema).
#[utoipa::path(
    get, path = "/v1/templates", tag = "templates",
    responses((status = 200, description = "The templates, sorted by id", body = Vec<TemplateInfo>))
)]
pub async fn list_templates(State(app): Shared) -> Response {
    let examples = app.project.examples().unwrap_or_default();
    let list: Vec<TemplateInfo> = app
        .project
        .templates()
        .iter()
        .map(|t| info(&app, t, &examples))
        .collect();
    reply::json(&list)
}

/// One template with its data schema.
#[utoipa::path(
    get, path = "/v1/templates/{id}", tag = "templates",
    params(("id" = String, Path, description = "The template id")),
    responses(
        (status = 200, description = "The template", body = TemplateInfo),
        (status = 404, description = "No template with this id", body = ProblemBody),
    )
)]
pub async fn get_template(State(app): Shared, Path(id): Path<String>) -> Response {
    let result = (|| {
        let template = find(&app, &id)?;
        let examples = app.project.examples().map_err(Problem::from)?;
        Ok(reply::json(&info(&app, &template, &examples)))
    })();
    answer(&app, Some(&id), result)
}

fn find(app: &App, id: &str) -> Result<crate::Template, Problem> {
    match app.project.templates().into_iter().find(|t| t.id == id) {
        Some(t) => Ok(t),
        None => {
            let e = app
                .project
                .letter(&Request::new(
                    DATA,
                    id,
                    Language::from_code("nl").map_err(Error::from)?,
                    Value::Null,
                ))
                .err()
                .unwrap_or_else(|| Error::Unsupported(format!("no template `{id}`")));
            Err(e.into())
        }
    }
}

/// The data of one of a template's examples (to start from in the studio, or to see
/// what a template takes).
#[utoipa::path(
    get, path = "/v1/templates/{id}/examples/{name}", tag = "templates",
    params(
        ("id" = String, Path, description = "The template id"),
        ("name" = String, Path, description = "The example's name"),
    ),
    responses(
        (status = 200, description = "The example's data", body = Object),
        (status = 404, description = "No such template or example", body = ProblemBody),
    )
)]
pub async fn get_example(State(app): Shared, Path((id, name)): Path<(String, String)>) -> Response {
    let result = (|| {
        find(&app, &id)?;
        let examples = app.project.examples().map_err(Problem::from)?;
        match examples
            .into_iter()
            .find(|e| e.template == id && e.name == name)
        {
            Some(e) => Ok(reply::json(&e.request.data)),
            None => Err(Problem::of(
                StatusCode::NOT_FOUND,
                Code::HTTP_NOT_FOUND,
                format!("template `{id}` has no example `{name}`"),
            )),
        }
    })();
    answer(&app, Some(&id), result)
}

/// Check for plain language: a template's examples (every language), a template's letter
/// for given data, or a text. Findings point at the `letter.md` or `.ftl` line to edit.
#[utoipa::path(
    post, path = "/v1/check", tag = "check",
    request_body(content = CheckRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "One report per letter or text", body = CheckResponse),
        (status = 404, description = "No template with this id", body = ProblemBody),
        (status = 422, description = "The request or the data has mistakes", body = ProblemBody),
    )
)]
pub async fn check(State(app): Shared, headers: HeaderMap, raw: Body) -> Response {
    let mut template = None;
    let result = async {
        let value = body(&app, &headers, raw).await?;
        let asked = CheckRequest::read(&value)?;
        template = asked.template.clone();
        let project = Arc::clone(&app.project);
        let answer = on_pool(&app, move || check_reports(&project, asked)).await?;
        Ok(reply::json(&answer))
    }
    .await;
    answer(&app, template.as_deref(), result)
}

fn check_reports(project: &crate::Project, asked: CheckRequest) -> Result<CheckResponse, Error> {
    let statics = match &asked.template {
        Some(id) => project.check_static(std::slice::from_ref(id))?,
        None => Default::default(),
    };
    match letter_reports(project, asked) {
        Ok(reports) => Ok(CheckResponse {
            statics: statics.into_vec(),
            reports,
        }),
        // A static error (a missing message, an unknown field) can stop the letter from
        // being made: the static findings say where, at their letter.md line.
        Err(_) if statics.has_errors() => Ok(CheckResponse {
            statics: statics.into_vec(),
            reports: Vec::new(),
        }),
        Err(e) => Err(e),
    }
}

fn letter_reports(
    project: &crate::Project,
    asked: CheckRequest,
) -> Result<Vec<CheckedReport>, Error> {
    let nl = Language::from_code("nl")?;
    let json = |report: &crate::plain::Report| serde_json::to_value(report).unwrap_or_default();
    match (asked.template, asked.text, asked.data) {
        (None, Some(text), _) => {
            let lang = asked.language.unwrap_or(nl);
            let report = project.check_text("text", &text, lang, asked.profile)?;
            Ok(vec![CheckedReport {
                template: None,
                language: lang.code().to_owned(),
                example: None,
                report: json(&report),
            }])
        }
        (Some(id), _, Some(data)) => {
            let lang = asked.language.unwrap_or(nl);
            let report =
                project.check_request(&Request::new(DATA, &id, lang, data), asked.profile)?;
            Ok(vec![CheckedReport {
                template: Some(id),
                language: lang.code().to_owned(),
                example: None,
                report: json(&report),
            }])
        }
        (Some(id), _, None) => {
            let langs: Vec<Language> = asked.language.into_iter().collect();
            let checked = project.check(std::slice::from_ref(&id), &langs, asked.profile)?;
            Ok(checked
                .into_iter()
                .map(|c| CheckedReport {
                    template: Some(c.template),
                    language: c.language.code().to_owned(),
                    example: Some(c.example),
                    report: json(&c.report),
                })
                .collect())
        }
        (None, None, _) => Err(Error::Unsupported(
            "give either `template` or `text`".into(),
        )),
    }
}

/// Whether the service is up (no API key needed): for load balancers and systemd.
#[utoipa::path(
    get, path = "/health", tag = "service",
    security(()),
    responses((status = 200, description = "Up", body = Health))
)]
pub async fn health(State(app): Shared) -> Response {
    reply::json(&Health {
        status: "ok".into(),
        templates: app.project.templates().len(),
        broken: app
            .project
            .template_problems()
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
    })
}

/// Prometheus metrics: requests, latency, letters per template, the render queue.
#[utoipa::path(
    get, path = "/metrics", tag = "service",
    responses((status = 200, description = "The Prometheus text format", content_type = "text/plain", body = String))
)]
pub async fn metrics(State(app): Shared) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4"),
        )],
        app.metrics.render(&app.pool),
    )
        .into_response()
}

/// This document.
#[utoipa::path(
    get, path = "/openapi.json", tag = "service",
    responses((status = 200, description = "The OpenAPI document", body = Object))
)]
pub async fn openapi(State(app): Shared) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        app.openapi.clone(),
    )
        .into_response()
}

pub(super) async fn not_found() -> Response {
    Problem::of(
        StatusCode::NOT_FOUND,
        Code::HTTP_NOT_FOUND,
        "no such address on this service; /openapi.json lists them",
    )
    .into_response()
}

pub(super) async fn wrong_method() -> Response {
    Problem::of(
        StatusCode::METHOD_NOT_ALLOWED,
        Code::HTTP_METHOD,
        "this address does not take this method; /openapi.json says which it takes",
    )
    .into_response()
}

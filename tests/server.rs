//! The HTTP service over real HTTP on loopback: letters in every format, errors as JSON
//! with codes and field paths, the safety limits (API keys, body limit, content type,
//! slow clients, a full queue), and the OpenAPI document against the routes.

#[path = "common/http.rs"]
mod http;

use std::io::Write;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use helder::Project;
use helder::server::{Config, Keys, Running, Server};
use serde_json::{Value, json};

const TEMPLATE: &str = "bijzondere-bijstand-toekenning";
const EXAMPLE: &str = "jansen-wasmachine";
const KEY: &str = "test-key-0123456789abcdef";

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Config {
    Config {
        addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        log: false,
        watch: false,
        ..Config::default()
    }
}

fn start(config: Config) -> Running {
    let project = Project::open(root()).expect("the repository's project loads");
    Server::bind(project, config)
        .expect("binds")
        .spawn()
        .expect("starts")
}

fn example() -> Value {
    let text = std::fs::read_to_string(
        root().join(format!("templates/{TEMPLATE}/examples/{EXAMPLE}.json")),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn letter(format: &str) -> Value {
    json!({ "template": TEMPLATE, "language": "nl", "format": format, "data": example() })
}

/// The service still makes letters.
fn still_serves(addr: SocketAddr) {
    let a = http::post_json(addr, "/v1/letters", &letter("txt"));
    assert_eq!(a.status, 200, "{}", a.text());
    assert!(a.text().contains("Jansen"), "{}", a.text());
}

fn assert_problem(a: &http::Answer, status: u16, code: &str) -> Value {
    assert_eq!(a.status, status, "{}", a.text());
    assert_eq!(
        a.header("content-type"),
        Some("application/json"),
        "{}",
        a.text()
    );
    let body = a.json();
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], status, "{body}");
    assert!(
        body["diagnostics"]
            .as_array()
            .is_some_and(|d| !d.is_empty()),
        "{body}"
    );
    body
}

#[test]
fn a_letter_in_every_format() {
    let s = start(config());
    let pdf = http::post_json(s.addr, "/v1/letters", &letter("pdf"));
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert!(pdf.body.starts_with(b"%PDF-"));
    let pages: usize = pdf.header("x-pages").unwrap().parse().unwrap();
    assert!(pages >= 1);
    let mut png = letter("png");
    png["page"] = json!(pages);
    let png = http::post_json(s.addr, "/v1/letters", &png);
    assert_eq!(png.status, 200, "{}", png.text());
    assert_eq!(png.header("content-type"), Some("image/png"));
    assert!(png.body.starts_with(b"\x89PNG"));
    let html = http::post_json(s.addr, "/v1/letters", &letter("html"));
    assert_eq!(
        html.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(html.text().contains("<html"), "{}", html.text());
    let mut en = letter("txt");
    en["language"] = json!("en");
    let en = http::post_json(s.addr, "/v1/letters", &en);
    assert_eq!(en.status, 200, "{}", en.text());
    assert_ne!(
        en.text(),
        http::post_json(s.addr, "/v1/letters", &letter("txt")).text()
    );
    // A page past the end names the field.
    let mut past = letter("png");
    past["page"] = json!(pages + 1);
    let body = assert_problem(
        &http::post_json(s.addr, "/v1/letters", &past),
        422,
        "data.value",
    );
    assert_eq!(body["diagnostics"][0]["path"], "page");
}

#[test]
fn a_request_chooses_the_easy_read_layout_and_a_wrong_style_names_the_field() {
    let s = start(config());
    let html = |style: Option<&str>| {
        let mut body = letter("html");
        if let Some(style) = style {
            body["style"] = json!(style);
        }
        http::post_json(s.addr, "/v1/letters", &body)
    };
    let b1 = html(None);
    assert_eq!(b1.status, 200, "{}", b1.text());
    assert!(b1.text().contains("class=\"style-b1\""), "{}", b1.text());
    let easy = html(Some("easy-read"));
    assert_eq!(easy.status, 200, "{}", easy.text());
    assert!(easy.text().contains("class=\"style-easy-read\""));
    let body = assert_problem(&html(Some("large")), 422, "data.value");
    assert_eq!(body["diagnostics"][0]["path"], "style");
    // The checklist letter takes it too.
    let case: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/cases/yilmaz.json")).unwrap(),
    )
    .unwrap();
    let a = http::post_json(
        s.addr,
        "/v1/checklists",
        &json!({"case": case, "format": "html", "style": "easy-read"}),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    assert!(a.text().contains("class=\"style-easy-read\""));
}

#[test]
fn data_mistakes_are_422_with_every_field_path_as_the_cli_reports_them() {
    let s = start(config());
    let mut data = example();
    data["letter"]["date"] = json!("2026-02-30");
    data["recipient"]["naam"] = json!("x");
    let body = json!({ "template": TEMPLATE, "data": data });
    for path in ["/v1/letters", "/v1/validate"] {
        let answer = http::post_json(s.addr, path, &body);
        let problem = assert_problem(&answer, 422, "data.value");
        let at: Vec<(&str, &str)> = problem["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["record"].as_str().unwrap(), d["path"].as_str().unwrap()))
            .collect();
        assert!(at.contains(&("data", "letter.date")), "{problem}");
        assert!(at.contains(&("data", "recipient.naam")), "{problem}");
    }
    let valid = http::post_json(s.addr, "/v1/validate", &letter("pdf"));
    assert_eq!(valid.status, 200, "{}", valid.text());
    assert_eq!(valid.json()["valid"], true);
    // The request's own fields are checked too, with a suggestion.
    let mut typo = letter("pdf");
    typo["formaat"] = json!("pdf");
    let problem = assert_problem(
        &http::post_json(s.addr, "/v1/letters", &typo),
        422,
        "data.unknown-field",
    );
    assert_eq!(problem["diagnostics"][0]["record"], "request");
    assert_eq!(
        problem["diagnostics"][0]["suggestion"],
        "did you mean `format`?"
    );
}

#[test]
fn malformed_json_wrong_content_type_and_unknown_templates_are_4xx_and_the_service_goes_on() {
    let s = start(config());
    let broken = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[("Content-Type", "application/json")],
        b"{\"template\": \"x\",\n  \"data\": {",
    )
    .unwrap();
    let body = assert_problem(&broken, 400, "json.syntax");
    assert_eq!(body["diagnostics"][0]["line"], 2, "{body}");
    let twice = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[("Content-Type", "application/json")],
        b"{\"template\": \"a\", \"template\": \"b\"}",
    )
    .unwrap();
    assert_problem(&twice, 400, "json.duplicate-key");
    let form = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[("Content-Type", "text/plain")],
        b"{}",
    )
    .unwrap();
    assert_problem(&form, 415, "http.content-type");
    let none = http::request(s.addr, "POST", "/v1/letters", &[], b"{}").unwrap();
    assert_problem(&none, 415, "http.content-type");
    let mut unknown = letter("pdf");
    unknown["template"] = json!("bijzondere-bijstand-toekening");
    let body = assert_problem(
        &http::post_json(s.addr, "/v1/letters", &unknown),
        404,
        "template.unknown",
    );
    assert!(
        body["message"].as_str().unwrap().contains(TEMPLATE),
        "{body}"
    );
    assert_problem(
        &http::get(s.addr, "/v1/templates/nope"),
        404,
        "template.unknown",
    );
    assert_problem(&http::get(s.addr, "/nowhere"), 404, "http.not-found");
    assert_problem(&http::get(s.addr, "/v1/letters"), 405, "http.method");
    let mut lang = letter("pdf");
    lang["language"] = json!("xx");
    assert_problem(
        &http::post_json(s.addr, "/v1/letters", &lang),
        422,
        "language.unknown",
    );
    still_serves(s.addr);
}

#[test]
fn a_body_over_the_limit_is_413_declared_or_not() {
    let s = start(Config {
        max_body: 64 * 1024,
        ..config()
    });
    let huge = vec![b' '; 200 * 1024];
    let declared = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[("Content-Type", "application/json")],
        &huge,
    )
    .unwrap();
    assert_problem(&declared, 413, "http.too-large");
    // Chunked: no length up front, the limit stops the read.
    let mut stream = http::connect(s.addr).unwrap();
    write!(stream, "POST /v1/letters HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap();
    for _ in 0..20 {
        if write!(stream, "2800\r\n{}\r\n", " ".repeat(0x2800)).is_err() {
            break;
        }
    }
    let _ = write!(stream, "0\r\n\r\n");
    let chunked = http::read_answer(&mut stream).unwrap();
    assert_problem(&chunked, 413, "http.too-large");
    still_serves(s.addr);
}

#[test]
fn api_keys_are_required_when_set_and_health_stays_open() {
    let s = start(Config {
        keys: Keys::parse("test", KEY).unwrap(),
        ..config()
    });
    let body = serde_json::to_vec(&letter("txt")).unwrap();
    let json = ("Content-Type", "application/json");
    let missing = http::request(s.addr, "POST", "/v1/letters", &[json], &body).unwrap();
    assert_problem(&missing, 401, "auth.missing");
    assert!(missing.header("www-authenticate").is_some());
    let wrong = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[json, ("X-Api-Key", "test-key-0123456789abcdeX")],
        &body,
    )
    .unwrap();
    assert_problem(&wrong, 401, "auth.invalid");
    assert_problem(&http::get(s.addr, "/metrics"), 401, "auth.missing");
    let bearer = format!("Bearer {KEY}");
    let right = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[json, ("Authorization", &bearer)],
        &body,
    )
    .unwrap();
    assert_eq!(right.status, 200, "{}", right.text());
    let other = http::request(
        s.addr,
        "POST",
        "/v1/letters",
        &[json, ("X-Api-Key", KEY)],
        &body,
    )
    .unwrap();
    assert_eq!(other.status, 200, "{}", other.text());
    assert_eq!(http::get(s.addr, "/health").status, 200);
}

#[test]
fn beyond_loopback_the_service_refuses_to_start_without_keys() {
    let project = Project::open(root()).unwrap();
    let open = Config {
        addr: SocketAddr::from(([0, 0, 0, 0], 0)),
        ..config()
    };
    let err = Server::bind(project, open.clone())
        .err()
        .expect("refused")
        .to_string();
    assert!(
        err.contains("refusing to listen on 0.0.0.0:0 without API keys"),
        "{err}"
    );
    let project = Project::open(root()).unwrap();
    let keyed = Config {
        keys: Keys::parse("test", KEY).unwrap(),
        ..open
    };
    assert!(Server::bind(project, keyed).is_ok());
}

#[test]
fn slow_clients_get_408_or_are_closed_and_the_service_goes_on() {
    let s = start(Config {
        read_timeout: Duration::from_millis(600),
        ..config()
    });
    // A body that trickles in.
    let mut stream = http::connect(s.addr).unwrap();
    write!(stream, "POST /v1/letters HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{").unwrap();
    let started = Instant::now();
    let answer = http::read_answer(&mut stream).unwrap();
    assert_problem(&answer, 408, "http.timeout");
    assert!(started.elapsed() < Duration::from_secs(5));
    // Headers that never end: the connection is closed.
    let mut stream = http::connect(s.addr).unwrap();
    write!(stream, "POST /v1/letters HTTP/1.1\r\nHost: x\r\n").unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = std::io::Read::read_to_end(&mut stream, &mut rest);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "closed after {:?}",
        started.elapsed()
    );
    still_serves(s.addr);
}

#[test]
fn a_full_queue_answers_503_with_retry_after_and_the_rest_are_served() {
    let s = start(Config {
        workers: 1,
        queue: 0,
        ..config()
    });
    let addr = s.addr;
    let mut busy = 0;
    let mut served = 0;
    for _ in 0..10 {
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
        let answers: Vec<http::Answer> = (0..6)
            .map(|_| {
                let barrier = std::sync::Arc::clone(&barrier);
                std::thread::spawn(move || {
                    barrier.wait();
                    http::post_json(addr, "/v1/letters", &letter("pdf"))
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect();
        for a in &answers {
            match a.status {
                200 => served += 1,
                503 => {
                    assert_problem(a, 503, "server.busy");
                    assert_eq!(a.header("retry-after"), Some("1"));
                    busy += 1;
                }
                other => panic!("unexpected {other}: {}", a.text()),
            }
        }
        if busy > 0 {
            break;
        }
    }
    assert!(busy > 0 && served > 0, "busy {busy}, served {served}");
    let metrics = http::get(addr, "/metrics").text();
    assert!(
        metrics.contains("helder_render_rejected_total "),
        "{metrics}"
    );
    assert!(
        !metrics.contains("helder_render_rejected_total 0\n"),
        "{metrics}"
    );
    still_serves(addr);
}

#[test]
fn metrics_count_requests_latency_renders_per_template_and_the_queue() {
    let s = start(config());
    still_serves(s.addr);
    let text = http::get(s.addr, "/metrics").text();
    for needle in [
        "helder_http_requests_total{route=\"/v1/letters\",method=\"POST\",status=\"200\"} 1",
        "helder_http_request_duration_seconds_count{route=\"/v1/letters\"} 1",
        &format!("helder_renders_total{{template=\"{TEMPLATE}\",format=\"txt\"}} 1"),
        "helder_render_queue_depth 0",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
    let health = http::get(s.addr, "/health").json();
    assert_eq!(health["status"], "ok");
}

#[test]
fn templates_come_with_their_data_as_json_schema_and_their_examples() {
    let s = start(config());
    let list = http::get(s.addr, "/v1/templates").json();
    let one = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == TEMPLATE)
        .expect("listed");
    assert_eq!(
        one["schema"]["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(one["schema"]["type"], "object");
    assert_eq!(one["schema"]["additionalProperties"], false);
    assert!(
        one["schema"]["required"]
            .as_array()
            .unwrap()
            .contains(&json!("letter"))
    );
    assert!(
        one["examples"]
            .as_array()
            .unwrap()
            .contains(&json!(EXAMPLE))
    );
    let data = http::get(
        s.addr,
        &format!("/v1/templates/{TEMPLATE}/examples/{EXAMPLE}"),
    )
    .json();
    assert_eq!(data, example());
    assert_eq!(
        http::get(s.addr, &format!("/v1/templates/{TEMPLATE}")).json(),
        *one
    );
}

#[test]
fn checks_a_text_a_template_s_examples_and_given_data() {
    let s = start(config());
    let text = json!({ "text": "Wij verzoeken u middels dit schrijven de stukken te overleggen.", "language": "nl" });
    let answer = http::post_json(s.addr, "/v1/check", &text);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let findings = &answer.json()["reports"][0]["report"]["findings"];
    assert!(
        findings.as_array().is_some_and(|f| !f.is_empty()),
        "{findings}"
    );
    let examples = http::post_json(
        s.addr,
        "/v1/check",
        &json!({ "template": TEMPLATE, "language": "en" }),
    )
    .json();
    let reports = examples["reports"].as_array().unwrap();
    assert!(
        !reports.is_empty() && reports.iter().all(|r| r["language"] == "en"),
        "{examples}"
    );
    let given = http::post_json(
        s.addr,
        "/v1/check",
        &json!({ "template": TEMPLATE, "data": example() }),
    );
    assert_eq!(given.status, 200, "{}", given.text());
    assert_eq!(
        given.json()["reports"][0]["report"]["file"],
        format!("templates/{TEMPLATE}/letter.md")
    );
    assert_problem(
        &http::post_json(s.addr, "/v1/check", &json!({})),
        422,
        "data.missing",
    );
}

#[test]
fn the_openapi_document_lists_exactly_the_routes_that_answer() {
    let s = start(config());
    let doc = http::get(s.addr, "/openapi.json").json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let mut documented = Vec::new();
    for (path, item) in paths {
        for method in ["get", "post", "put", "delete", "patch"] {
            if item.get(method).is_some() {
                documented.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    documented.sort();
    let expected = [
        ("GET", "/health"),
        ("GET", "/metrics"),
        ("GET", "/openapi.json"),
        ("GET", "/studio"),
        ("GET", "/studio/events"),
        ("GET", "/studio/{file}"),
        ("GET", "/v1/templates"),
        ("GET", "/v1/templates/{id}"),
        ("GET", "/v1/templates/{id}/examples/{name}"),
        ("POST", "/v1/check"),
        ("POST", "/v1/checklists"),
        ("POST", "/v1/letters"),
        ("POST", "/v1/validate"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, expected);
    // Every documented route answers its method (not 404 "no such address" or 405), and
    // no other method.
    for (method, path) in &documented {
        let concrete = path
            .replace("{id}", TEMPLATE)
            .replace("{name}", EXAMPLE)
            .replace("{file}", "studio.js");
        if concrete == "/studio/events" {
            continue; // an endless stream; answered in the studio's test
        }
        let a = http::request(
            s.addr,
            method,
            &concrete,
            &[("Content-Type", "application/json")],
            b"{}",
        )
        .unwrap();
        assert!(
            a.status != 405 && a.json_code() != Some("http.not-found".into()),
            "{method} {concrete}: {} {}",
            a.status,
            a.text()
        );
        let other = if method == "GET" { "DELETE" } else { "GET" };
        let a = http::request(s.addr, other, &concrete, &[], b"").unwrap();
        assert_eq!(a.status, 405, "{other} {concrete}: {}", a.text());
    }
}

trait Code {
    fn json_code(&self) -> Option<String>;
}

impl Code for http::Answer {
    fn json_code(&self) -> Option<String> {
        serde_json::from_slice::<Value>(&self.body)
            .ok()?
            .get("code")?
            .as_str()
            .map(str::to_owned)
    }
}

#[test]
fn a_checklist_as_json_and_as_a_letter() {
    let s = start(config());
    let dir = root().join("examples/cases");
    let case = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("an example case");
    let case: Value = serde_json::from_str(&std::fs::read_to_string(case).unwrap()).unwrap();
    let json = http::post_json(s.addr, "/v1/checklists", &json!({ "case": case }));
    assert_eq!(json.status, 200, "{}", json.text());
    assert_eq!(json.header("content-type"), Some("application/json"));
    assert!(json.json().is_object());
    let letter = http::post_json(
        s.addr,
        "/v1/checklists",
        &json!({ "case": case, "format": "txt" }),
    );
    assert_eq!(letter.status, 200, "{}", letter.text());
    assert_problem(
        &http::post_json(
            s.addr,
            "/v1/checklists",
            &json!({ "case": case, "date": "2026-13-01" }),
        ),
        422,
        "data.value",
    );
}

/// `helder serve` from the command line: where it listens, one log line per request
/// with the template, status and duration, and never a field of the data.
#[test]
fn the_cli_serves_and_logs_no_personal_data() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .args([
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--no-studio",
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let first = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("a first line");
    let addr: SocketAddr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| panic!("no address in {first:?}"));
    still_serves(addr);
    let mut wrong = letter("pdf");
    wrong["data"]["recipient"]["name"] = json!(42);
    assert_eq!(http::post_json(addr, "/v1/letters", &wrong).status, 422);
    let mut unknown = letter("pdf");
    unknown["template"] = json!("E. Jansen");
    assert_eq!(http::post_json(addr, "/v1/letters", &unknown).status, 404);
    let mut lines = Vec::new();
    while lines.len() < 3 {
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(line) if line.starts_with("request ") => lines.push(line),
            Ok(_) => {}
            Err(_) => break,
        }
    }
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].contains(&format!(
            "route=/v1/letters template={TEMPLATE} status=200 ms="
        )),
        "{lines:?}"
    );
    assert!(lines[1].contains("status=422"), "{lines:?}");
    assert!(lines[2].contains("template=- status=404"), "{lines:?}");
    let data = example();
    for private in [
        data["recipient"]["name"].as_str().unwrap(),
        data["address"]["street"].as_str().unwrap(),
        data["letter"]["reference"].as_str().unwrap(),
        "Jansen",
    ] {
        assert!(
            lines.iter().all(|l| !l.contains(private)),
            "{private} in {lines:?}"
        );
    }
}

#[test]
fn the_cli_refuses_an_open_address_without_keys() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .args([
            "--root",
            env!("CARGO_MANIFEST_DIR"),
            "serve",
            "--addr",
            "0.0.0.0:0",
        ])
        .env_remove("HELDER_API_KEYS")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("refusing to listen on 0.0.0.0:0 without API keys"),
        "{err}"
    );
}

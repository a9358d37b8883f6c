//! `helder batch` through the binary: one bad record never costs the others, a killed
//! batch resumes to the same files and manifest, shards merge to the single run, and the
//! report suppresses small counts and holds no personal data.

#[path = "common/poppler.rs"]
mod poppler;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use helder::Project;
use helder::batch::manifest::{self, Entry, Status};
use helder::batch::synth::Jobs;
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn helder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("--root")
        .arg(root())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("helder runs")
}

fn jobs() -> Jobs {
    Jobs::new(&Project::open(root()).unwrap()).unwrap()
}

fn write_jobs(path: &Path, lines: impl IntoIterator<Item = String>) {
    std::fs::write(path, lines.into_iter().collect::<String>()).unwrap();
}

fn entries(path: &Path) -> Vec<Entry> {
    let mut all = Vec::new();
    manifest::read(path, |e, _| all.push(e)).unwrap();
    all
}

/// Every file of a folder (name → bytes), leaving out the manifest and the report.
fn letters(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            // A temporary file of the killed process stays until it is stale (output.rs
            // STALE_AFTER: its pid may belong to another host on a shared folder); it is
            // not a letter, and a letter is never published under its name.
            !name.starts_with("manifest")
                && !name.starts_with("summary")
                && !name.starts_with("print.")
                && !name.starts_with("batch.")
                && !name.ends_with(".helder-tmp")
        })
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn run(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "batch",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    helder(&args)
}

#[test]
fn bad_records_fail_alone_with_their_code_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs();
    let mut lines = Vec::new();
    // 40 records, 4 malformed in different ways (10%).
    let mut bad = BTreeMap::new();
    for i in 0..40 {
        let line = match i {
            5 => {
                bad.insert(6u64, ("json.syntax", None));
                "{\"id\": \"bb-5\", \"template\": \n".to_string()
            }
            13 => {
                let mut job = jobs.job(i);
                job["data"]["decision"]["amount"] = "12,50 QQQ-SECRET".into();
                bad.insert(14, ("data.type", Some("data.decision.amount")));
                job.to_string() + "\n"
            }
            22 => {
                let mut job = jobs.job(i);
                job["id"] = "../../etc/passwd".into();
                bad.insert(23, ("batch.id", Some("id")));
                job.to_string() + "\n"
            }
            31 => {
                let mut job = jobs.job(i);
                job["data"]["letter"]["date"] = "2026-02-30".into();
                job["data"]["recipient"]["name"] = "Zebedeus Quackenbush".into();
                bad.insert(32, ("data.value", Some("data.letter.date")));
                job.to_string() + "\n"
            }
            _ => jobs.line(i),
        };
        lines.push(line);
    }
    let input = dir.path().join("jobs.jsonl");
    write_jobs(&input, lines);
    let out = dir.path().join("out");
    let result = run(&input, &out, &["--format", "txt"]);
    assert_eq!(result.status.code(), Some(1), "some failed: exit status 1");

    let all = entries(&out.join("manifest.jsonl"));
    assert_eq!(all.len(), 40, "one manifest line per record");
    assert_eq!(
        all.iter().map(|e| e.line).collect::<Vec<_>>(),
        (1..=40).collect::<Vec<_>>(),
        "in input order"
    );
    for entry in &all {
        match bad.get(&entry.line) {
            None => {
                assert_eq!(entry.status, Status::Ok, "{entry:?}");
                let file = &entry.files[0];
                assert!(out.join(&file.path).is_file());
                assert_eq!(file.path, format!("{}.txt", entry.id.as_deref().unwrap()));
            }
            Some((code, path)) => {
                assert_eq!(entry.status, Status::Failed, "{entry:?}");
                assert!(entry.files.is_empty());
                let error = entry
                    .errors
                    .iter()
                    .find(|e| e.code == *code)
                    .unwrap_or_else(|| {
                        panic!("line {}: no {code} in {:?}", entry.line, entry.errors)
                    });
                assert_eq!(error.path.as_deref(), *path, "{error:?}");
            }
        }
    }
    // The malformed JSON line is named by its line number.
    let syntax = all.iter().find(|e| e.line == 6).unwrap();
    assert!(
        syntax.errors[0].message.contains(":6:"),
        "{:?}",
        syntax.errors
    );
    // Named by id where the id reads.
    assert_eq!(all[13].id.as_deref(), Some("bb-000013"));
    // No personal data in the manifest or the report.
    let manifest_text = std::fs::read_to_string(out.join("manifest.jsonl")).unwrap();
    let summary = std::fs::read_to_string(out.join("summary.html")).unwrap();
    for secret in ["QQQ-SECRET", "12,50", "Quackenbush", "2026-02-30"] {
        assert!(!manifest_text.contains(secret), "{secret} in the manifest");
        assert!(!summary.contains(secret), "{secret} in the report");
    }
    assert!(!String::from_utf8_lossy(&result.stderr).contains("Quackenbush"));
    assert_eq!(letters(&out).len(), 36, "no file for a failed record");
}

#[test]
fn a_killed_batch_resumes_to_the_same_files_and_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs();
    let n = 60;
    let input = dir.path().join("jobs.jsonl");
    write_jobs(&input, (0..n).map(|i| jobs.line(i)));

    let whole = dir.path().join("whole");
    let result = run(&input, &whole, &["--jobs", "2"]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );

    let killed = dir.path().join("killed");
    let mut child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("--root")
        .arg(root())
        .args([
            "batch",
            input.to_str().unwrap(),
            "--out",
            killed.to_str().unwrap(),
            "--jobs",
            "2",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let part = killed.join("manifest.jsonl.part");
    let start = Instant::now();
    loop {
        let lines = std::fs::read_to_string(&part).map_or(0, |t| t.lines().count());
        if lines >= n / 3 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the batch makes no progress"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(
        !killed.join("manifest.jsonl").exists(),
        "killed before the end"
    );
    let done_before = std::fs::read_to_string(&part).unwrap().lines().count();
    assert!(done_before < n, "killed halfway, not at the end");

    let result = run(&input, &killed, &["--jobs", "2"]);
    assert!(result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("from an earlier run"), "{stderr}");
    let reused: u64 = stderr
        .split(" letters (")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .unwrap();
    assert!(
        reused >= (n / 3) as u64 - 1,
        "{reused} reused of {done_before} done"
    );
    assert_eq!(
        std::fs::read(killed.join("manifest.jsonl")).unwrap(),
        std::fs::read(whole.join("manifest.jsonl")).unwrap(),
        "same manifest"
    );
    assert!(!part.exists());
    let (a, b) = (letters(&whole), letters(&killed));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "same files"
    );
    assert!(a == b, "same bytes");
    assert_eq!(a.len(), n);
}

#[test]
fn shards_together_make_the_single_run() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs();
    let n = 45;
    let mut lines: Vec<String> = (0..n).map(|i| jobs.line(i)).collect();
    lines[7] = "not json\n".into();
    lines[20] = jobs.line(3); // a repeated id
    let input = dir.path().join("jobs.jsonl");
    write_jobs(&input, lines);

    let single = dir.path().join("single");
    run(
        &input,
        &single,
        &["--format", "txt,html,pdf", "--print-pdf", "--zip"],
    );

    let shards = dir.path().join("shards");
    let count = 3;
    // The shards run at once, into one folder, as the pods of an Indexed Job would.
    let children: Vec<_> = (0..count)
        .map(|k| {
            Command::new(env!("CARGO_BIN_EXE_helder"))
                .arg("--root")
                .arg(root())
                .args([
                    "batch",
                    input.to_str().unwrap(),
                    "--out",
                    shards.to_str().unwrap(),
                ])
                .args(["--format", "txt,html,pdf", "--jobs", "1"])
                .args(["--shard", &format!("{k}/{count}")])
                .stdin(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes: Vec<Option<i32>> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code())
        .collect();
    assert!(codes.iter().all(|c| matches!(c, Some(0 | 1))), "{codes:?}");
    assert!(
        codes.contains(&Some(1)),
        "the shard with the bad records says so: {codes:?}"
    );
    let manifests: Vec<PathBuf> = (0..count)
        .map(|k| shards.join(format!("manifest.shard-{k}-of-{count}.jsonl")))
        .collect();
    // Every record in exactly one shard.
    let mut lines_seen: Vec<u64> = manifests
        .iter()
        .flat_map(|m| entries(m))
        .map(|e| e.line)
        .collect();
    lines_seen.sort_unstable();
    assert_eq!(lines_seen, (1..=n as u64).collect::<Vec<_>>());
    assert!(
        manifests.iter().all(|m| !entries(m).is_empty()),
        "every shard has work"
    );

    let merged = dir.path().join("merged");
    let mut args = vec!["batch".to_string(), "merge".into()];
    args.extend(manifests.iter().map(|m| m.display().to_string()));
    args.extend(["--out".into(), merged.display().to_string()]);
    args.extend(["--print-pdf".into(), "--zip".into()]);
    let result = helder(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        result.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(merged.join("manifest.jsonl")).unwrap(),
        std::fs::read_to_string(single.join("manifest.jsonl")).unwrap(),
        "the merged manifest is the single run's"
    );
    assert_eq!(
        std::fs::read(merged.join("summary.html")).unwrap(),
        std::fs::read(single.join("summary.html")).unwrap(),
        "and so is the report"
    );
    assert!(
        letters(&shards) == letters(&single),
        "same files, none twice or missing"
    );
    // The print file, its index and the ZIP of the merged shards are the single run's,
    // byte for byte (the letters are read from the shards' folder).
    for name in ["print.pdf", "print.csv", "batch.zip"] {
        assert!(
            std::fs::read(merged.join(name)).unwrap() == std::fs::read(single.join(name)).unwrap(),
            "{name} of the merged shards differs from the single run's"
        );
    }

    // Merging a shard twice is refused.
    let again = helder(&[
        "batch",
        "merge",
        manifests[0].to_str().unwrap(),
        manifests[0].to_str().unwrap(),
        "--out",
        merged.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("in both"));
}

#[test]
fn the_report_has_no_count_under_ten() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs();
    let mut lines = Vec::new();
    // 23 letters in Centrum, 3 in Dorp, 12 in Oost of which 2 fail.
    for i in 0..38 {
        let mut job = jobs.job(i);
        job["wijk"] = match i {
            0..23 => "Centrum",
            23..26 => "Dorp",
            _ => "Oost",
        }
        .into();
        if i >= 36 {
            job["data"]["decision"]["amount"] = "x".into();
        }
        lines.push(job.to_string() + "\n");
    }
    let input = dir.path().join("jobs.jsonl");
    write_jobs(&input, lines);
    let out = dir.path().join("out");
    run(&input, &out, &["--format", "txt"]);
    let html = std::fs::read_to_string(out.join("summary.html")).unwrap();

    // Table cells of counts, and the labels drawn on the charts.
    let cells: Vec<&str> = html
        .split("<td class=\"n\">")
        .skip(1)
        .map(|s| s.split("</td>").next().unwrap())
        .collect();
    assert!(cells.len() > 8, "{cells:?}");
    let svg_texts: Vec<String> = html
        .split("<text")
        .skip(1)
        .map(|s| {
            s.split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .trim()
                .to_string()
        })
        .collect();
    assert!(svg_texts.iter().any(|t| t == "23"), "{svg_texts:?}");
    for cell in cells
        .iter()
        .copied()
        .chain(svg_texts.iter().map(String::as_str))
    {
        if let Ok(n) = cell.parse::<u64>() {
            assert!(n >= 10, "a count of {n} is shown");
        }
    }
    // Dorp (3 letters) and Oost's 2 failures are suppressed; Centrum is shown.
    assert!(
        html.contains("<td>Dorp</td><td class=\"n\">&lt; 10</td>"),
        "{html}"
    );
    assert!(html.contains("<td>Centrum</td><td class=\"n\">23</td><td class=\"n\">&lt; 10</td>"));
    assert!(html.contains("<svg"), "charts are drawn");
    assert!(
        !html.contains("<script") && !html.contains("src=\"http"),
        "self-contained"
    );
    for i in 0..38 {
        assert!(!html.contains(&format!("bb-{i:06}")), "no ids");
    }
    assert!(
        !html.contains("Jansen") && !html.contains("BB-2026"),
        "no personal data"
    );
}

#[test]
fn csv_rows_and_checklist_cases_are_jobs_too() {
    let dir = tempfile::tempdir().unwrap();
    let job = jobs().job(0);
    // Flatten the example's data into CSV columns.
    fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) => map.iter().for_each(|(k, v)| {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&p, v, out)
            }),
            Value::String(s) => out.push((prefix.into(), s.clone())),
            other => out.push((prefix.into(), other.to_string())),
        }
    }
    let mut columns = Vec::new();
    flatten("", &job["data"], &mut columns);
    let header: Vec<&str> = columns.iter().map(|(k, _)| k.as_str()).collect();
    let row = |id: &str, amount: &str| {
        let cells: Vec<String> = columns
            .iter()
            .map(|(k, v)| {
                if k == "decision.amount" {
                    amount.to_string()
                } else {
                    v.clone()
                }
            })
            .map(|v| format!("\"{}\"", v.replace('"', "\"\"")))
            .collect();
        format!("{id};en;{}\n", cells.join(";"))
    };
    let csv = format!(
        "id;language;{}\n{}{}{}",
        header.join(";"),
        row("c-1", "12345"),
        row("c-2", "twelve"),
        row("c-3", "12345")
    );
    // The options as columns: c-1 bilingual and easy read, c-3 a style that is not one.
    let csv = csv
        .replacen("id;language;", "id;with_dutch;style;language;", 1)
        .replacen("c-1;", "c-1;true;easy-read;", 1)
        .replacen("c-2;", "c-2;;;", 1)
        .replacen("c-3;", "c-3;;large;", 1);
    let input = dir.path().join("rows.csv");
    std::fs::write(&input, csv).unwrap();
    let out = dir.path().join("out");
    let result = run(
        &input,
        &out,
        &[
            "--template",
            "bijzondere-bijstand-toekenning",
            "--format",
            "txt",
        ],
    );
    assert_eq!(
        result.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let all = entries(&out.join("manifest.jsonl"));
    assert_eq!(all.len(), 3);
    assert_eq!(
        (all[0].status, all[0].language.as_deref()),
        (Status::Ok, Some("en"))
    );
    assert_eq!(all[1].id.as_deref(), Some("c-2"));
    assert_eq!(
        all[1].errors[0].path.as_deref(),
        Some("data.decision.amount"),
        "{:?}",
        all[1].errors
    );
    assert_eq!(all[2].id.as_deref(), Some("c-3"));
    assert_eq!(
        all[2].errors[0].path.as_deref(),
        Some("options.style"),
        "{:?}",
        all[2].errors
    );
    // c-1 is the English letter with the binding Dutch text after it.
    let letter = std::fs::read_to_string(out.join("c-1.txt")).unwrap();
    assert!(letter.contains("Dear") || letter.contains("Ms"), "{letter}");
    assert!(letter.contains("Met vriendelijke groet"), "{letter}");
    // Without --template CSV is refused before anything is read.
    let refused = run(&input, &dir.path().join("x"), &[]);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--template"));
    // A missing input writes nothing.
    let missing = run(&dir.path().join("nope.jsonl"), &dir.path().join("y"), &[]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(!dir.path().join("y").exists());

    // A checklist letter from a case.
    let case: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/cases/el-amrani.json")).unwrap(),
    )
    .unwrap();
    let input = dir.path().join("cases.jsonl");
    std::fs::write(
        &input,
        json!({"id": "case-1", "case": case, "postcode4": "1017"}).to_string() + "\n",
    )
    .unwrap();
    let out = dir.path().join("cases");
    let result = run(&input, &out, &["--format", "txt"]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let entry = &entries(&out.join("manifest.jsonl"))[0];
    assert_eq!(entry.template.as_deref(), Some("documentenlijst"));
    let figures = entry.checklist.expect("checklist figures");
    assert!(figures.requests_before > figures.items_after, "{figures:?}");
    assert_eq!(entry.area.as_deref(), Some("1017"));
}

#[test]
fn standard_input_and_a_record_over_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs();
    let mut big = jobs.job(1);
    big["data"]["recipient"]["name"] = "x".repeat(5000).into();
    let text = jobs.line(0) + &big.to_string() + "\n" + &jobs.line(2);
    let out = dir.path().join("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("--root")
        .arg(root())
        .args([
            "--max-input",
            "4KiB",
            "batch",
            "-",
            "--out",
            out.to_str().unwrap(),
            "-f",
            "txt",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let result = child.wait_with_output().unwrap();
    assert_eq!(result.status.code(), Some(1));
    let all = entries(&out.join("manifest.jsonl"));
    let codes: Vec<(Status, Option<&str>)> = all
        .iter()
        .map(|e| (e.status, e.errors.first().map(|p| p.code.as_str())))
        .collect();
    assert_eq!(
        codes,
        [
            (Status::Ok, None),
            (Status::Failed, Some("input.too-large")),
            (Status::Ok, None)
        ]
    );
}

/// `pdftotext` of pages `first..=last` of `pdf`.
fn pdf_text(pdf: &Path, first: u64, last: u64) -> String {
    let (first, last) = (first.to_string(), last.to_string());
    poppler::pdftotext(pdf, &["-f", &first, "-l", &last, "-layout"])
}

fn pdf_pages(pdf: &Path) -> u64 {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

#[test]
fn the_print_file_starts_each_letter_on_a_front_page_and_the_zip_holds_the_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let project = Project::open(root()).unwrap();
    let checklist = project.checklist_template().unwrap();
    // One letter of every template in B1 and in easy read (their page counts differ:
    // two pages in B1, three or four in easy read), two generated ones and a bad
    // record, which is in neither file.
    let mut lines: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for example in project.examples().unwrap() {
        if example.template == checklist || !seen.insert(example.template.clone()) {
            continue;
        }
        for style in ["b1", "easy-read"] {
            let job = json!({
                "id": format!("ex-{}", lines.len()),
                "template": example.template,
                "language": example.language.code(),
                "data": example.request.data,
                "options": {"style": style},
            });
            lines.push(job.to_string() + "\n");
        }
    }
    lines.push(jobs().line(1));
    lines.push(
        r#"{"id": "bad-1", "template": "bijzondere-bijstand-toekenning", "data": {}}"#.to_string()
            + "\n",
    );
    lines.push(jobs().line(2));
    let input = dir.path().join("jobs.jsonl");
    write_jobs(&input, lines);
    let out = dir.path().join("out");
    let result = run(&input, &out, &["--print-pdf", "--zip", "--jobs", "2"]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "one record failed: {stderr}");
    assert!(stderr.contains("print.pdf"), "{stderr}");

    let all = entries(&out.join("manifest.jsonl"));
    let good: Vec<&Entry> = all.iter().filter(|e| e.status == Status::Ok).collect();
    assert_eq!(good.len(), all.len() - 1);
    let print = out.join("print.pdf");
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&print)
        .output()
        .expect("qpdf is missing: run `bash scripts/setup`");
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );

    // The page index: every good letter in manifest order, each on an odd page.
    let mut index = csv::Reader::from_path(out.join("print.csv")).unwrap();
    assert_eq!(
        index.headers().unwrap(),
        vec!["id", "first_page", "pages", "sheets"]
    );
    let rows: Vec<(String, u64, u64, u64)> = index.deserialize().map(|r| r.unwrap()).collect();
    assert_eq!(
        rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        good.iter()
            .map(|e| e.id.as_deref().unwrap())
            .collect::<Vec<_>>()
    );
    let mut next = 1;
    let mut odd = 0;
    for ((id, first, pages, sheets), entry) in rows.iter().zip(&good) {
        assert_eq!(*first, next, "{id} follows the letter before it");
        assert_eq!(first % 2, 1, "{id} starts on the front of a sheet");
        assert_eq!(Some(*pages as usize), entry.pages, "{id}");
        assert_eq!(*sheets, pages.div_ceil(2), "{id}");
        // The letter's own pages are where the index says, and a blank back page follows
        // an odd count.
        let own = out.join(format!("{id}.pdf"));
        for page in 1..=*pages {
            assert_eq!(
                pdf_text(&print, first + page - 1, first + page - 1),
                pdf_text(&own, page, page),
                "{id} page {page}"
            );
        }
        if pages % 2 == 1 {
            odd += 1;
            let blank = first + pages;
            assert!(pdf_text(&print, blank, blank).trim().is_empty(), "{id}");
        }
        next = first + 2 * sheets;
    }
    assert_eq!(pdf_pages(&print), next - 1, "the pages add up");
    assert!(
        odd > 0,
        "a letter of an odd page count shows the blank back page"
    );

    // The ZIP: every file of the manifest with its SHA-256, the manifest and the report.
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(out.join("batch.zip")).unwrap()).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    let mut expected: Vec<String> = good
        .iter()
        .flat_map(|e| e.files.iter().map(|f| f.path.clone()))
        .chain(["manifest.jsonl".to_string(), "summary.html".to_string()])
        .collect();
    expected.sort();
    assert_eq!(names, expected);
    for file in good.iter().flat_map(|e| &e.files) {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name(&file.path).unwrap(), &mut bytes).unwrap();
        assert_eq!(
            helder::batch::hex(&<sha2::Sha256 as sha2::Digest>::digest(&bytes)),
            file.sha256,
            "{}",
            file.path
        );
    }
    let mut manifest = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name("manifest.jsonl").unwrap(), &mut manifest).unwrap();
    assert_eq!(manifest, std::fs::read(out.join("manifest.jsonl")).unwrap());

    // A rerun (every letter from the earlier run) makes the same print file and ZIP.
    let before = (
        std::fs::read(&print).unwrap(),
        std::fs::read(out.join("batch.zip")).unwrap(),
    );
    let again = run(&input, &out, &["--print-pdf", "--zip"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains(&format!("({} from an earlier run)", good.len()))
    );
    assert!(
        before.0 == std::fs::read(&print).unwrap(),
        "same print file"
    );
    assert!(
        before.1 == std::fs::read(out.join("batch.zip")).unwrap(),
        "same ZIP"
    );

    // A print file is made of PDFs: without them nothing is written.
    let txt = dir.path().join("txt");
    let refused = run(&input, &txt, &["--print-pdf", "--format", "txt"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("PDF"));
    assert!(!txt.exists());
}

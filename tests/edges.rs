//! The edges where data comes in and files go out, tried through the `helder` binary as a
//! hostile user would: devices, pipes and links as output, endless and oversized input,
//! duplicate keys, bad values, byte order marks, stale pages, killed runs, a closed
//! stdout, a broken template among good ones, and a helder with no project folder.
//! Device nodes and FIFOs are made in temp folders, never under /dev.

use std::io::{Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const GRANT: &str = "templates/bijzondere-bijstand-toekenning/examples/jansen-wasmachine.json";

fn helder_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(dir)
        .env_remove("HELDER_ROOT")
        .env_remove("HELDER_MAX_INPUT")
        .output()
        .expect("helder runs")
}

fn helder(args: &[&str]) -> Output {
    helder_in(&root(), args)
}

fn helder_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("helder runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Written from a thread: helder may stop reading early (a limit) and close the pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn render_to(out: &Path, format: &str) -> Output {
    helder(&[
        "render",
        "-t",
        "bijzondere-bijstand-toekenning",
        "-d",
        GRANT,
        "-f",
        format,
        "-o",
        out.to_str().unwrap(),
    ])
}

fn grant_json() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(GRANT)).unwrap()).unwrap()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

// ---- output ----------------------------------------------------------------------------

#[test]
fn a_character_device_as_output_stays_a_device() {
    // /dev/null's numbers, made in a temp folder: as root, writing a letter to a device
    // once turned it into a regular file.
    let dir = tempfile::tempdir().unwrap();
    let null = dir.path().join("null");
    let status = Command::new("mknod")
        .arg(&null)
        .args(["c", "1", "3"])
        .status()
        .unwrap();
    assert!(status.success(), "mknod needs root (CI runs as root)");
    let out = render_to(&null, "pdf");
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = std::fs::symlink_metadata(&null).unwrap();
    assert!(meta.file_type().is_char_device(), "the device was replaced");
    assert_eq!(meta.rdev(), std::fs::metadata("/dev/null").unwrap().rdev());
}

#[test]
fn a_fifo_as_output_is_written_into() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("letter.pipe");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_end(&mut bytes)
                .unwrap();
            bytes
        })
    };
    let out = render_to(&fifo, "pdf");
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = reader.join().unwrap();
    assert!(
        bytes.starts_with(b"%PDF-"),
        "the reader got {} bytes",
        bytes.len()
    );
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn a_symlink_stays_a_link_and_a_replaced_file_keeps_its_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("archive.pdf");
    std::fs::write(&target, b"old").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("letter.pdf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = render_to(&link, "pdf");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn pages_of_an_earlier_longer_letter_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("letter.png");
    // An earlier letter of three pages under the same name.
    for page in 1..=3 {
        std::fs::write(dir.path().join(format!("letter-{page}.png")), b"earlier").unwrap();
    }
    std::fs::write(dir.path().join("letter-final.png"), b"not ours").unwrap();
    let out = render_to(&png, "png");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // The grant letter has two pages: the third of the earlier letter is gone.
    assert_eq!(names, ["letter-1.png", "letter-2.png", "letter-final.png"]);
    for page in 1..=2 {
        let bytes = std::fs::read(dir.path().join(format!("letter-{page}.png"))).unwrap();
        assert!(
            bytes.starts_with(b"\x89PNG"),
            "page {page} is the new letter's"
        );
    }
}

#[test]
fn temp_files_of_a_killed_run_are_cleaned_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    // A process that ran and is gone: its pid is free (or reused by something unrelated).
    let mut gone = Command::new("true").spawn().unwrap();
    let pid = gone.id();
    gone.wait().unwrap();
    let stale = dir
        .path()
        .join(format!(".letter.pdf.{pid}.abcdef.helder-tmp"));
    std::fs::write(&stale, b"half a letter").unwrap();
    // Older than a live writer would leave it (helder waits ten minutes to be sure).
    let status = Command::new("touch")
        .args(["-d", "1 hour ago"])
        .arg(&stale)
        .status()
        .unwrap();
    assert!(status.success());
    let unrelated = dir.path().join(".notes");
    std::fs::write(&unrelated, b"mine").unwrap();
    let out = render_to(&dir.path().join("letter.pdf"), "pdf");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stale.exists(), "the killed run's temp file is still there");
    assert!(unrelated.exists());
}

#[test]
fn a_closed_stdout_is_an_error() {
    let command = format!(
        "exec '{}' render -t bijzondere-bijstand-toekenning -d {GRANT} -f txt -o - >&-",
        env!("CARGO_BIN_EXE_helder")
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a letter written nowhere counted as success"
    );
    assert!(
        stderr(&out).contains("standard output is closed"),
        "{}",
        stderr(&out)
    );
}

// ---- input -----------------------------------------------------------------------------

#[test]
fn an_endless_input_stops_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("endless");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut pipe = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            let block = vec![b' '; 64 * 1024];
            let mut written = 0usize;
            // Until helder closes its end.
            while pipe.write_all(&block).is_ok() {
                written += block.len();
            }
            written
        })
    };
    let start = std::time::Instant::now();
    let out = helder(&[
        "render",
        "-t",
        "bijzondere-bijstand-toekenning",
        "-d",
        fifo.to_str().unwrap(),
        "-o",
        "-",
    ]);
    let written = writer.join().unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("larger than 4 MiB"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--max-input"), "{}", stderr(&out));
    assert!(written < 16 * 1024 * 1024, "helder read {written} bytes");
    assert!(start.elapsed().as_secs() < 30);
}

#[test]
fn the_input_limit_can_be_changed() {
    let args = [
        "render",
        "-t",
        "bijzondere-bijstand-toekenning",
        "-d",
        GRANT,
        "-f",
        "txt",
        "-o",
        "-",
    ];
    let out = helder(&[&["--max-input", "100"], &args[..]].concat());
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("larger than 100 bytes"),
        "{}",
        stderr(&out)
    );
    let out = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .current_dir(root())
        .env("HELDER_MAX_INPUT", "1MiB")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = helder(&[&["--max-input", "lots"], &args[..]].concat());
    assert!(!out.status.success());
}

#[test]
fn a_duplicate_key_is_an_error_naming_its_path() {
    let text = std::fs::read_to_string(root().join(GRANT)).unwrap();
    let twice = text.replacen(
        "\"recipient\":",
        "\"recipient\": { \"name\": \"A. Ander\" },\n  \"recipient\":",
        1,
    );
    assert_ne!(twice, text);
    let out = helder_stdin(
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            "-",
            "-o",
            "-",
        ],
        twice.as_bytes(),
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("json.duplicate-key"), "{err}");
    assert!(err.contains("`recipient`"), "{err}");
}

#[test]
fn negative_money_and_oversized_values_are_refused_by_the_schema() {
    let mut data = grant_json();
    data["decision"]["amount"] = (-1).into();
    data["recipient"]["name"] = "x".repeat(1_000_000).into();
    let out = helder_stdin(
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            "-",
            "-o",
            "-",
        ],
        data.to_string().as_bytes(),
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("decision.amount"), "{err}");
    assert!(err.contains("€ -0,01"), "{err}");
    assert!(err.contains("recipient.name"), "{err}");
    assert!(err.contains("at most 200 characters"), "{err}");
}

#[test]
fn a_byte_order_mark_is_accepted_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let bom = |name: &str, from: &Path| {
        let path = dir.path().join(name);
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(std::fs::read(from).unwrap());
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let data = bom("data.json", &root().join(GRANT));
    let case = bom("case.json", &root().join("examples/cases/el-amrani.json"));
    let text = bom("brief.txt", &root().join("tests/plain/corpus-nl.txt"));
    for args in [
        vec![
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            data.to_str().unwrap(),
            "-f",
            "txt",
            "-o",
            "-",
        ],
        vec!["checklist", "--case", case.to_str().unwrap()],
        vec!["checklist", "--case", case.to_str().unwrap(), "-f", "txt"],
        vec![
            "check",
            "--text",
            text.to_str().unwrap(),
            "--lang",
            "nl",
            "--format",
            "json",
        ],
    ] {
        let out = helder(&args);
        let err = stderr(&out);
        assert!(
            !err.contains("BOM") && !err.contains("json.syntax"),
            "{args:?}: {err}"
        );
        assert!(!out.stdout.is_empty(), "{args:?}: {err}");
    }
    // And on standard input.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(root().join(GRANT)).unwrap());
    let out = helder_stdin(
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            "-",
            "-f",
            "txt",
            "-o",
            "-",
        ],
        &bytes,
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn csv_is_read_only_when_asked_for() {
    let csv = "letter.date,letter.reference,letter.handled_by,recipient.name,address.street,\
               address.number,address.postcode,address.city,request.scheme,request.applied_on,\
               request.days,request.documents[0].kind\n\
               2026-11-23,PW-1,S. Bakker,M. Bakker,Kerkstraat,1,1018 DC,Helderstad,bijstand,\
               2026-11-09,14,huurcontract\n";
    let args = [
        "render",
        "-t",
        "documenten-opvragen",
        "-d",
        "-",
        "-f",
        "txt",
        "-o",
        "-",
    ];
    let out = helder_stdin(&args, csv.as_bytes());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("json.syntax"), "{}", stderr(&out));
    let out = helder_stdin(
        &[&args[..], &["--data-format", "csv"]].concat(),
        csv.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("M. Bakker"));
}

// ---- the project -----------------------------------------------------------------------

/// A copy of the repository's project, to break on purpose.
fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = helder_in(dir.path(), &["init", "project"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

#[test]
fn a_broken_template_leaves_the_others_usable() {
    let dir = project_copy();
    let project = dir.path().join("project");
    let letter = project.join("templates/bijzondere-bijstand-afwijzing/letter.md");
    let text = std::fs::read_to_string(&letter).unwrap();
    std::fs::write(&letter, format!("{{% if decision %}}\n{text}")).unwrap();

    let out = helder_in(&project, &["templates", "--format", "json"]);
    assert!(
        !out.status.success(),
        "a broken template must show in the exit status"
    );
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&"bijzondere-bijstand-afwijzing"), "{ids:?}");
    assert!(ids.contains(&"bijzondere-bijstand-toekenning"), "{ids:?}");
    assert!(
        stderr(&out).contains("bijzondere-bijstand-afwijzing/letter.md"),
        "{}",
        stderr(&out)
    );

    let data = root().join(GRANT);
    let out = helder_in(
        &project,
        &[
            "render",
            "-t",
            "bijzondere-bijstand-toekenning",
            "-d",
            data.to_str().unwrap(),
            "-f",
            "txt",
            "-o",
            "-",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let data =
        root().join("templates/bijzondere-bijstand-afwijzing/examples/de-vries-inkomen.json");
    let out = helder_in(
        &project,
        &[
            "render",
            "-t",
            "bijzondere-bijstand-afwijzing",
            "-d",
            data.to_str().unwrap(),
            "-o",
            "-",
        ],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("template.syntax"), "{}", stderr(&out));
}

#[test]
fn outside_a_project_helder_uses_the_bundled_one_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = helder_in(dir.path(), &["demo", "--out", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("bundled"), "{}", stderr(&out));
    assert!(dir.path().join("out/index.html").is_file());
    assert!(
        dir.path()
            .join("out/bijzondere-bijstand-toekenning/nl/jansen-wasmachine.pdf")
            .is_file()
    );
}

#[test]
fn init_writes_a_project_that_renders_and_never_overwrites() {
    let dir = project_copy();
    let project = dir.path().join("project");
    let out = helder_in(&project, &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("bundled"), "{}", stderr(&out));
    assert!(project.join("out/index.html").is_file());

    let house = project.join("house/house.toml");
    std::fs::write(
        &house,
        std::fs::read_to_string(&house)
            .unwrap()
            .replace("Helderstad", "Eigenstad"),
    )
    .unwrap();
    let out = helder_in(dir.path(), &["init", "project"]);
    assert!(!out.status.success());
    assert!(
        std::fs::read_to_string(&house)
            .unwrap()
            .contains("Eigenstad"),
        "init overwrote work"
    );
}

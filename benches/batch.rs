//! `helder batch` at overnight scale, against the peer a Python shop would use.
//!
//! `cargo bench --bench batch` (release build) runs, each in its own process so each
//! peak memory is its own:
//! 1. helder batch, 5,000 generated two-page decision letters (nl and en) to PDF, one
//!    worker per core: letters/s and peak RSS;
//! 2. 1,000 of them with one worker (the per-core figure);
//! 3. 20,000 letters, all cores: peak RSS must stay what it was for 5,000;
//! 4. the typst Python binding (`pip install typst`), one `Compiler` reused, one thread,
//!    compiling the same letters (helder's house style and Letter IR) to PDF/A-2b + UA-1.
//!
//! Then prints both throughputs and the ratio. `HELDER_BENCH_LETTERS=500` makes a quick
//! run; `HELDER_BENCH_PEER=0` skips the Python peer.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use helder::batch::{self, InputFormat, Shard, synth::Jobs};
use helder::i18n::Language;
use helder::{Format, Project};

#[path = "common/rss.rs"]
mod rss;
use rss::peak_rss_mib;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// In a child process: writes `n` jobs, runs the batch with `jobs` workers, prints RESULT.
fn child(n: usize, jobs: usize) {
    let project = Project::open(root()).expect("project loads");
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("jobs.jsonl");
    let generated = Jobs::new(&project).unwrap();
    let mut file = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
    for i in 0..n {
        file.write_all(generated.line(i).as_bytes()).unwrap();
    }
    file.flush().unwrap();
    drop(file);
    // Fonts and the typst library load on the first letter: not counted.
    project.prepare_typesetter().expect("typesetter");
    let options = batch::Options {
        input: helder::input::Source::File(input),
        format: InputFormat::JsonLines,
        language: Language::from_code("nl").unwrap(),
        out: dir.path().join("out"),
        formats: vec![Format::Pdf],
        jobs,
        shard: Shard::ALL,
        max_record: helder::input::DEFAULT_MAX_BYTES,
        progress: false,
        extras: batch::Extras::default(),
    };
    let start = Instant::now();
    let outcome = batch::run(&project, &options).expect("batch runs");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(outcome.failed, 0, "every generated letter renders");
    println!(
        "RESULT letters={} secs={secs:.3} rss_mib={:.1}",
        outcome.ok,
        peak_rss_mib()
    );
}

struct Figures {
    letters: f64,
    secs: f64,
    rss_mib: f64,
}

impl Figures {
    fn per_sec(&self) -> f64 {
        self.letters / self.secs
    }
}

fn parse(stdout: &str) -> Option<Figures> {
    let line = stdout.lines().find(|l| l.starts_with("RESULT "))?;
    let get = |key: &str| -> Option<f64> {
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")))?
            .parse()
            .ok()
    };
    Some(Figures {
        letters: get("letters")?,
        secs: get("secs")?,
        rss_mib: get("rss_mib")?,
    })
}

fn run_child(n: usize, jobs: usize) -> Figures {
    let out = Command::new(std::env::current_exe().unwrap())
        .env("HELDER_BENCH_CHILD", format!("{n}:{jobs}"))
        .output()
        .expect("bench child runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    parse(&stdout).unwrap_or_else(|| {
        panic!(
            "bench child failed: {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// The peer's folder: helder's house style reading `sys.inputs.letter`, the icons, the
/// four fonts, the logo and the Letter IR of `n` letters (the peer cycles through them).
fn prepare_peer(dir: &Path, n: usize) -> std::io::Result<()> {
    let project = Project::open(root()).expect("project loads");
    let house = std::fs::read_to_string(root().join("house/letter.typ"))?;
    let reading = "json(\"/letter.json\")";
    assert!(
        house.contains(reading),
        "house/letter.typ reads /letter.json"
    );
    std::fs::write(
        dir.join("letter.typ"),
        house.replace(reading, "json(bytes(sys.inputs.letter))"),
    )?;
    std::fs::create_dir_all(dir.join("icons"))?;
    for entry in std::fs::read_dir(root().join("icons"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "svg") {
            std::fs::copy(&path, dir.join("icons").join(path.file_name().unwrap()))?;
        }
    }
    // The bundled house's logo, where the house style reads it (`/house/logo.svg`).
    std::fs::create_dir_all(dir.join("house"))?;
    std::fs::copy(root().join("house/logo.svg"), dir.join("house/logo.svg"))?;
    std::fs::create_dir_all(dir.join("fonts"))?;
    for font in [
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    ] {
        std::fs::copy(
            Path::new("/usr/share/fonts/truetype/noto").join(font),
            dir.join("fonts").join(font),
        )?;
    }
    let generated = Jobs::new(&project).unwrap();
    let mut letters = std::io::BufWriter::new(std::fs::File::create(dir.join("letters.jsonl"))?);
    for i in 0..n {
        let job = generated.job(i);
        let request = helder::Request::new(
            "bench",
            batch::synth::TEMPLATE,
            Language::from_code(job["language"].as_str().unwrap()).unwrap(),
            job["data"].clone(),
        );
        let letter = project.letter(&request).expect("letter");
        serde_json::to_writer(&mut letters, &letter)?;
        letters.write_all(b"\n")?;
    }
    letters.flush()
}

fn run_peer(n: usize) -> Result<Figures, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    prepare_peer(dir.path(), n.min(1000)).map_err(|e| e.to_string())?;
    let out = Command::new("python3")
        .arg(root().join("benches/typst_peer.py"))
        .arg(dir.path())
        .arg(n.to_string())
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    parse(&stdout).ok_or_else(|| {
        format!(
            "the typst peer failed (pip install typst): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn main() {
    if let Ok(spec) = std::env::var("HELDER_BENCH_CHILD") {
        let (n, jobs) = spec.split_once(':').unwrap();
        child(n.parse().unwrap(), jobs.parse().unwrap());
        return;
    }
    let n: usize = std::env::var("HELDER_BENCH_LETTERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5_000);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());

    let all = run_child(n, cores);
    println!(
        "helder batch, {n} two-page letters (nl, en) to PDF, {cores} workers: {:.1} s, {:.0} letters/s, peak memory {:.0} MiB",
        all.secs,
        all.per_sec(),
        all.rss_mib
    );
    // The per-core figure: fewer letters suffice, the machine is shared.
    let one_n = n.min(1_000);
    let one = run_child(one_n, 1);
    println!(
        "helder batch, {one_n} letters, 1 worker: {:.0} letters/s, peak memory {:.0} MiB",
        one.per_sec(),
        one.rss_mib
    );
    let big = run_child(n * 4, cores);
    println!(
        "helder batch, {} letters, {cores} workers: {:.0} letters/s, peak memory {:.0} MiB ({:+.0} MiB against {n})",
        n * 4,
        big.per_sec(),
        big.rss_mib,
        big.rss_mib - all.rss_mib
    );
    if std::env::var("HELDER_BENCH_PEER").as_deref() == Ok("0") {
        return;
    }
    match run_peer(n) {
        Ok(peer) => {
            println!(
                "typst Python binding, one Compiler, 1 thread, the same {n} letters: {:.0} letters/s, peak memory {:.0} MiB",
                peer.per_sec(),
                peer.rss_mib
            );
            println!(
                "ratio: helder batch ({cores} workers) / typst-py = {:.2}x; per core: {:.2}x",
                all.per_sec() / peer.per_sec(),
                one.per_sec() / peer.per_sec()
            );
        }
        Err(e) => println!("typst peer not run: {e}"),
    }
}

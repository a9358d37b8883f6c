//! `helder batch`: thousands of letters from a case system's export in one run, with a
//! manifest to reconcile and a report for the next morning.
//!
//! The flow: a reader thread streams the input (JSON Lines, or CSV for one flat template)
//! one record at a time, each at most the input limit, and hands records through a
//! bounded channel to a rayon pool (`--jobs`); each worker turns a record into a
//! [`Request`](crate::Request), makes the letter through [`Project::make`] and writes its
//! files through [`Writer`] (temporary name, rename). A writer thread puts the manifest
//! lines in input order. A record that fails (bad JSON, a bad field, a template that
//! does not render) is a manifest line with its codes and fields, never a stop.
//!
//! Reliability: the manifest grows in `manifest.jsonl.part` as records finish and becomes
//! `manifest.jsonl` at the end (a rename). A rerun reads both and skips every record whose
//! input hash matches a finished entry whose files are still there, so a killed batch
//! resumes where it was and ends with the same files and the same manifest as a run that
//! was never interrupted. `--shard K/N` renders the records whose id hashes to K, and
//! [`merge`] joins the shards' manifests.
//!
//! For the print house and the case system, a run can also end with one print file of
//! all its letters (`print.pdf` with its page index `print.csv`, see [`print`]) and one
//! ZIP of its files (`batch.zip`, see [`archive`]), both made from the finished manifest.

pub mod archive;
pub mod job;
pub mod manifest;
pub mod print;
mod progress;
pub mod read;
pub mod redact;
pub mod report;
pub mod shard;
pub mod synth;

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::sync_channel;

use rayon::iter::{ParallelBridge, ParallelIterator};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::error::Error;
use crate::i18n::Language;
use crate::input::Source;
use crate::output::Writer;
use crate::plain::{Profile, SourceMap};
use crate::project::Project;
use crate::render::{Conformance, Format, Output};

use job::{Job, Kind, Known, Rejected};
use manifest::{ChecklistFigures, Done, Entry, File, Problem, Status};
use read::Raw;
use redact::Redactor;
pub use shard::Shard;

/// How many records wait between the reader and the workers, per worker.
const QUEUE_PER_WORKER: usize = 4;

/// How the input is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputFormat {
    /// One job per line (`id`, `template`, `language`, `data` or `case`, `options`, `wijk`).
    JsonLines,
    /// A header row of field paths (plus `id`, `language`, `wijk`), one letter of this
    /// template per row.
    Csv { template: String },
}

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub input: Source,
    pub format: InputFormat,
    /// For records that name no language.
    pub language: Language,
    /// The output folder: the letters, `manifest.jsonl`, `summary.html`.
    pub out: PathBuf,
    pub formats: Vec<Format>,
    /// Worker threads; 0 is one per core.
    pub jobs: usize,
    pub shard: Shard,
    /// The largest record (one line, one CSV row).
    pub max_record: u64,
    /// A progress bar on standard error (the CLI asks for it on a terminal only).
    pub progress: bool,
    /// The print file and the ZIP, when asked for.
    pub extras: Extras,
}

/// What a run (or a merge of shards) writes besides the letters, the manifest and the
/// report; both are made from the finished manifest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extras {
    /// The print file: every good letter's PDF in one, each starting on the front of a
    /// sheet, with its page index (needs PDF among the formats).
    pub print: bool,
    /// The letters, the manifest and the report as one ZIP.
    pub zip: bool,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Records of this shard.
    pub records: u64,
    pub ok: u64,
    pub failed: u64,
    /// Of `ok`: letters an earlier run had already made from the same input.
    pub reused: u64,
    /// Records of other shards, skipped.
    pub other_shards: u64,
    pub manifest: PathBuf,
    pub summary: PathBuf,
    /// The print file and its page index, when asked for.
    pub print: Option<PrintRun>,
    /// The ZIP, when asked for.
    pub zip: Option<PathBuf>,
}

/// The print file of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintRun {
    pub pdf: PathBuf,
    /// One line per letter: id, first page, pages, sheets.
    pub index: PathBuf,
    pub letters: u64,
    /// Pages of the print file, blank back pages included (twice the sheets).
    pub pages: u64,
}

impl Outcome {
    /// `1200 records: 1188 letters (40 from an earlier run), 12 failed; manifest …`.
    pub fn line(&self, seconds: f64) -> String {
        let mut line = format!(
            "{} records: {} letters ({} from an earlier run), {} failed, in {:.1} s",
            self.records, self.ok, self.reused, self.failed, seconds
        );
        if self.other_shards > 0 {
            line.push_str(&format!("; {} in other shards", self.other_shards));
        }
        line.push_str(&format!(
            "\nmanifest: {}\nreport:   {}\n",
            self.manifest.display(),
            self.summary.display()
        ));
        if let Some(print) = &self.print {
            line.push_str(&format!(
                "print:    {} ({} letters, {} pages on {} sheets; index {})\n",
                print.pdf.display(),
                print.letters,
                print.pages,
                print.pages / 2,
                print.index.display()
            ));
        }
        if let Some(zip) = &self.zip {
            line.push_str(&format!("zip:      {}\n", zip.display()));
        }
        line
    }
}

/// One record on its way from the reader to a worker.
struct Item {
    /// Position among this shard's records: the manifest's order.
    seq: u64,
    raw: Raw,
    /// The record's id was seen on an earlier line.
    duplicate: bool,
}

/// Runs a batch. Errors are only those that stop the whole batch (the input or the output
/// folder cannot be opened); every record's own problems are in the manifest.
pub fn run(project: &Project, options: &Options) -> Result<Outcome, Error> {
    if options.extras.print && !options.formats.contains(&Format::Pdf) {
        return Err(Error::Unsupported(
            "the print file is made of the letters' PDFs: ask for pdf among the formats".into(),
        ));
    }
    if let Source::File(path) = &options.input {
        // Before anything is written: a batch whose input is missing leaves nothing behind.
        std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    }
    let out = &options.out;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let manifest_path = out.join(options.shard.file_name("manifest", "jsonl"));
    let part_path = part(&manifest_path);
    let done = Done::load(&[&manifest_path, &part_path])?;
    let context = Context::new(project, options)?;

    let workers = if options.jobs == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        options.jobs
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(workers)
        .thread_name(|i| format!("helder-batch-{i}"))
        .stack_size(crate::render::THREAD_STACK)
        .build()
        .map_err(|e| Error::Unsupported(format!("cannot start {workers} worker threads: {e}")))?;

    let csv_schema = match &options.format {
        InputFormat::Csv { template } => {
            Some(project.parts().templates.get(template)?.schema.clone())
        }
        InputFormat::JsonLines => None,
    };
    let records_total = if options.progress {
        count_records(&options.input)
    } else {
        None
    };
    let progress = progress::Progress::new(options.progress, records_total);

    let mut part_file = std::fs::File::create(&part_path).map_err(|e| Error::io(&part_path, e))?;
    let (item_tx, item_rx) = sync_channel::<Item>(workers * QUEUE_PER_WORKER);
    let (entry_tx, entry_rx) = sync_channel::<(u64, Entry, bool)>(workers * QUEUE_PER_WORKER);
    let reader_error: Mutex<Option<Error>> = Mutex::new(None);
    let other_shards = Mutex::new(0u64);

    let counts = std::thread::scope(|scope| -> Result<(u64, u64, u64), Error> {
        // The reader: records in input order, this shard's only, ids checked for repeats.
        let reader = scope.spawn(|| {
            let result = read_records(options, csv_schema, &item_tx, &other_shards);
            drop(item_tx);
            if let Err(e) = result {
                *reader_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
            }
        });
        // The manifest: lines in input order as the records finish.
        let writer = scope.spawn(|| -> Result<(u64, u64, u64), Error> {
            let mut pending: std::collections::BTreeMap<u64, (Entry, bool)> = Default::default();
            let mut next = 0u64;
            let (mut ok, mut failed, mut reused) = (0u64, 0u64, 0u64);
            for (seq, entry, was_reused) in entry_rx {
                pending.insert(seq, (entry, was_reused));
                while let Some((entry, was_reused)) = pending.remove(&next) {
                    part_file
                        .write_all(entry.to_line().as_bytes())
                        .map_err(|e| Error::io(&part_path, e))?;
                    match entry.status {
                        Status::Ok => ok += 1,
                        Status::Failed => failed += 1,
                    }
                    reused += u64::from(was_reused);
                    progress.record(entry.status == Status::Failed);
                    next += 1;
                }
            }
            part_file.sync_all().map_err(|e| Error::io(&part_path, e))?;
            Ok((ok, failed, reused))
        });
        pool.install(|| {
            item_rx
                .into_iter()
                .par_bridge()
                .for_each_with(entry_tx, |tx, item| {
                    let seq = item.seq;
                    let (entry, reused) = context.process(item, &done);
                    // The writer only stops early on a write error, reported below.
                    let _ = tx.send((seq, entry, reused));
                })
        });
        let _ = reader.join();
        writer
            .join()
            .unwrap_or_else(|_| Err(Error::Unsupported("the manifest writer stopped".into())))
    });
    progress.finish();
    let (ok, failed, reused) = counts?;
    if let Some(e) = reader_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        // What was read is in the .part manifest: a rerun resumes from there.
        return Err(e);
    }
    std::fs::rename(&part_path, &manifest_path).map_err(|e| Error::io(&manifest_path, e))?;
    let summary = out.join(options.shard.file_name("summary", "html"));
    let writer = Writer::new();
    report::write_from_manifest(&manifest_path, &summary, &writer)?;
    let (print, zip) = write_extras(
        options.extras,
        (manifest_path.as_path(), summary.as_path()),
        out,
        out,
        options.shard,
        &writer,
    )?;
    Ok(Outcome {
        records: ok + failed,
        ok,
        failed,
        reused,
        other_shards: other_shards.into_inner().unwrap_or_else(|p| p.into_inner()),
        manifest: manifest_path,
        summary,
        print,
        zip,
    })
}

/// Writes the print file and the ZIP that `extras` asks for into `out`, from the finished
/// manifest, whose paths are relative to `letters`.
fn write_extras(
    extras: Extras,
    (manifest_path, summary): (&Path, &Path),
    letters: &Path,
    out: &Path,
    shard: Shard,
    writer: &Writer,
) -> Result<(Option<PrintRun>, Option<PathBuf>), Error> {
    let print = match extras.print {
        true => Some(write_print(manifest_path, letters, out, shard, writer)?),
        false => None,
    };
    let zip = match extras.zip {
        true => Some(write_zip(
            manifest_path,
            summary,
            letters,
            out,
            shard,
            writer,
        )?),
        false => None,
    };
    Ok((print, zip))
}

/// Why a letter's file cannot go into the print file or the ZIP: it is not the one the
/// manifest describes.
const CHANGED: &str = "it changed after the batch made it (its SHA-256 is not the \
                       manifest's); run the batch again to make it anew";

/// The PDF file of a good manifest entry, with its SHA-256.
fn pdf_of(entry: &Entry) -> Option<&File> {
    entry.files.iter().find(|f| f.format == Format::Pdf.name())
}

/// Writes `print.pdf` (every good letter of the manifest, in its order) and its page index
/// `print.csv`. A letter whose file is gone or changed since the manifest was written
/// stops the print file: the print house must get exactly the letters the manifest names.
fn write_print(
    manifest_path: &Path,
    letters_dir: &Path,
    out: &Path,
    shard: Shard,
    writer: &Writer,
) -> Result<PrintRun, Error> {
    let pdf = out.join(shard.file_name("print", "pdf"));
    let index_path = out.join(shard.file_name("print", "csv"));
    let mut index = csv::Writer::from_writer(Vec::new());
    let csv_error = |e: csv::Error| Error::Unsupported(format!("the page index: {e}"));
    index
        .write_record(["id", "first_page", "pages", "sheets"])
        .map_err(csv_error)?;
    let mut letters = 0u64;
    let mut pages = 0u64;
    writer.write_streamed(&pdf, |file| {
        let mut print = print::PrintFile::new(std::io::BufWriter::new(file))?;
        let mut problem = None;
        manifest::read(manifest_path, |entry, _| {
            if problem.is_some() || entry.status != Status::Ok {
                return;
            }
            let (Some(id), Some(file)) = (entry.id.as_deref(), pdf_of(&entry)) else {
                return;
            };
            let added = std::fs::read(letters_dir.join(&file.path))
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    if hex(&Sha256::digest(&bytes)) != file.sha256 {
                        return Err(CHANGED.to_string());
                    }
                    print.add(&bytes)
                })
                .and_then(|placed| {
                    index
                        .serialize((id, placed.first_page, placed.pages, placed.sheets))
                        .map_err(|e| e.to_string())
                });
            match added {
                Ok(()) => letters += 1,
                Err(why) => problem = Some(format!("letter {id} ({}): {why}", file.path)),
            }
        })
        .map_err(std::io::Error::other)?;
        if let Some(why) = problem {
            return Err(std::io::Error::other(why));
        }
        pages = print.pages().into();
        print.finish()?.flush()
    })?;
    let index = index
        .into_inner()
        .map_err(|e| csv_error(e.into_error().into()))?;
    writer.write(&index_path, &index)?;
    Ok(PrintRun {
        pdf,
        index: index_path,
        letters,
        pages,
    })
}

/// Writes `batch.zip`: every file of the manifest's good letters, the manifest and the
/// report.
fn write_zip(
    manifest_path: &Path,
    summary: &Path,
    letters: &Path,
    out: &Path,
    shard: Shard,
    writer: &Writer,
) -> Result<PathBuf, Error> {
    let path = out.join(shard.file_name("batch", "zip"));
    // The names and hashes only, a few dozen bytes a letter.
    let mut files: Vec<(String, String)> = Vec::new();
    manifest::read(manifest_path, |entry, _| {
        if entry.status == Status::Ok {
            files.extend(entry.files.into_iter().map(|f| (f.path, f.sha256)));
        }
    })?;
    let name = |p: &Path| {
        p.file_name()
            .map(|n| (n.to_string_lossy().into_owned(), p.to_path_buf()))
    };
    let (manifest_name, summary_name) = (name(manifest_path), name(summary));
    let members = files
        .iter()
        .map(|(path, sha256)| archive::Member {
            name: path,
            source: letters.join(path),
            sha256: Some(sha256),
        })
        .chain(
            [&manifest_name, &summary_name]
                .into_iter()
                .flatten()
                .map(|(name, source)| archive::Member {
                    name,
                    source: source.clone(),
                    sha256: None,
                }),
        );
    writer.write_streamed(&path, |file| archive::write(file, members))?;
    Ok(path)
}

/// The folder the shards wrote their letters in: the one their manifests are in (a
/// manifest's paths are relative to it).
fn letters_folder(manifests: &[PathBuf]) -> Result<PathBuf, Error> {
    let folder = |m: &PathBuf| match m.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let first = manifests.first().map(folder).unwrap_or_else(|| ".".into());
    match manifests.iter().find(|m| folder(m) != first) {
        None => Ok(first),
        Some(other) => Err(Error::Unsupported(format!(
            "the print file and the ZIP take the letters from the shards' folder, but {} and \
             {} are in different folders: run the shards into one folder",
            manifests[0].display(),
            other.display()
        ))),
    }
}

/// `manifest.jsonl.part`: the manifest while a run is under way.
fn part(manifest: &Path) -> PathBuf {
    let mut name = manifest.as_os_str().to_owned();
    name.push(".part");
    PathBuf::from(name)
}

/// Merges the manifests of a batch's shards into `out/manifest.jsonl` (input order) and
/// writes `out/summary.html` from it. Returns the merged entries' count.
pub fn merge(manifests: &[PathBuf], out: &Path, extras: Extras) -> Result<Outcome, Error> {
    let paths: Vec<&Path> = manifests.iter().map(PathBuf::as_path).collect();
    let entries = manifest::merge(&paths)?;
    if extras.print
        && let Some(entry) = entries
            .iter()
            .find(|e| e.status == Status::Ok && pdf_of(e).is_none())
    {
        return Err(Error::Unsupported(format!(
            "the print file is made of the letters' PDFs, and record `{}` has none: \
             render the shards with pdf among the formats",
            entry.id.as_deref().unwrap_or("?")
        )));
    }
    let mut ids = HashSet::new();
    for entry in &entries {
        if let Some(id) = &entry.id
            && entry.status == Status::Ok
            && !ids.insert(id.clone())
        {
            return Err(Error::Unsupported(format!(
                "record `{id}` was made in two shards: merge the shards of one batch"
            )));
        }
    }
    let text: String = entries.iter().map(Entry::to_line).collect();
    let writer = Writer::new();
    let manifest_path = out.join("manifest.jsonl");
    writer.write(&manifest_path, text.as_bytes())?;
    let summary = out.join("summary.html");
    report::write_from_manifest(&manifest_path, &summary, &writer)?;
    let (print, zip) = match extras == Extras::default() {
        true => (None, None),
        false => {
            let letters = letters_folder(manifests)?;
            let files = (manifest_path.as_path(), summary.as_path());
            write_extras(extras, files, &letters, out, Shard::ALL, &writer)?
        }
    };
    let ok = entries.iter().filter(|e| e.status == Status::Ok).count() as u64;
    Ok(Outcome {
        records: entries.len() as u64,
        ok,
        failed: entries.len() as u64 - ok,
        reused: 0,
        other_shards: 0,
        manifest: manifest_path,
        summary,
        print,
        zip,
    })
}

/// Reads the input and sends this shard's records to the workers, in order.
fn read_records(
    options: &Options,
    csv_schema: Option<crate::data::Schema>,
    tx: &std::sync::mpsc::SyncSender<Item>,
    other_shards: &Mutex<u64>,
) -> Result<(), Error> {
    let name = options.input.name();
    let reader: Box<dyn BufRead> = match &options.input {
        Source::Stdin => Box::new(BufReader::new(std::io::stdin())),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            Box::new(BufReader::with_capacity(1 << 16, file))
        }
    };
    let records: Box<dyn Iterator<Item = std::io::Result<Raw>>> = match &options.format {
        InputFormat::JsonLines => Box::new(read::JsonLines::new(reader, &name, options.max_record)),
        InputFormat::Csv { template } => {
            let mut reader = reader;
            let head = reader.fill_buf().map_err(|e| Error::io(name.as_str(), e))?;
            let first = String::from_utf8_lossy(head.split(|&b| b == b'\n').next().unwrap_or(&[]))
                .into_owned();
            let delimiter = crate::data::csv_delimiter(&first);
            let schema =
                csv_schema.ok_or_else(|| Error::Unsupported("CSV needs a template".into()))?;
            let rows = read::CsvRows::new(
                reader,
                &name,
                template,
                schema,
                delimiter,
                options.max_record,
            );
            if let Some(problem) = rows.header_problem() {
                return Err(Error::Data(problem.clone()));
            }
            Box::new(rows)
        }
    };
    let mut seen: HashSet<[u8; 32]> = HashSet::new();
    let mut seq = 0u64;
    for raw in records {
        let raw = raw.map_err(|e| Error::io(name.as_str(), e))?;
        let id = raw
            .id
            .clone()
            .or_else(|| raw.value.as_ref().ok().and_then(id_of));
        let key = manifest::shard_key(id.as_deref(), raw.line);
        if !options.shard.holds(&key) {
            *other_shards.lock().unwrap_or_else(|p| p.into_inner()) += 1;
            continue;
        }
        let duplicate = id.is_some_and(|id| !seen.insert(Sha256::digest(id.as_bytes()).into()));
        if tx
            .send(Item {
                seq,
                raw,
                duplicate,
            })
            .is_err()
        {
            break;
        }
        seq += 1;
    }
    Ok(())
}

/// The id a record's value names (text, or a whole number as case systems write them).
fn id_of(value: &Value) -> Option<String> {
    match value.get("id")? {
        Value::String(s) if job::check_id(s).is_ok() => Some(s.clone()),
        Value::Number(n) if n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

/// For the progress bar's ETA: the records in an input file (its non-blank lines, less
/// a CSV header); nothing for standard input.
fn count_records(input: &Source) -> Option<u64> {
    let Source::File(path) = input else {
        return None;
    };
    let file = std::fs::File::open(path).ok()?;
    let mut count = 0u64;
    for line in BufReader::new(file).split(b'\n') {
        if line.ok()?.iter().any(|b| !b.is_ascii_whitespace()) {
            count += 1;
        }
    }
    Some(count)
}

/// What every worker shares: the project, the options, each template's version.
struct Context<'a> {
    project: &'a Project,
    options: &'a Options,
    writer: Writer,
    /// Template id → version (a hash of its template.toml and letter.md).
    versions: HashMap<String, String>,
    checklist_template: Option<String>,
    formats_key: String,
}

impl<'a> Context<'a> {
    fn new(project: &'a Project, options: &'a Options) -> Result<Context<'a>, Error> {
        let parts = project.parts();
        let mut versions = HashMap::new();
        for template in parts.templates.iter() {
            let mut hash = Sha256::new();
            for file in ["template.toml", "letter.md"] {
                let rel = format!("templates/{}/{file}", template.id);
                if let Ok(bytes) = parts.files.read(&rel) {
                    hash.update(&bytes[..]);
                }
                hash.update([0]);
            }
            versions.insert(template.id.clone(), hex(&hash.finalize())[..16].to_string());
        }
        let mut formats: Vec<&str> = options.formats.iter().map(|f| f.name()).collect();
        formats.sort_unstable();
        formats.dedup();
        Ok(Context {
            project,
            options,
            // Resume checks every file's SHA-256, so letters need no fsync one by one.
            writer: Writer::new().without_fsync(),
            versions,
            checklist_template: project.checklist_template().ok(),
            formats_key: formats.join(","),
        })
    }

    /// One record to its manifest entry (and whether an earlier run had made it).
    fn process(&self, item: Item, done: &Done) -> (Entry, bool) {
        let line = item.raw.line;
        let record = format!("{}:{line}", self.options.input.name());
        let value = match item.raw.value {
            Ok(value) => value,
            Err(diagnostics) => {
                let known = Known {
                    id: item.raw.id.clone(),
                    ..Known::default()
                };
                let entry = failed(line, known, &diagnostics, &Redactor::unparsed(), "", "");
                return (entry, false);
            }
        };
        // The resident's data (not the job's id, template or language) is cut out of messages.
        let redactor = Redactor::new(["data", "case"].iter().filter_map(|k| value.get(*k)));
        let job = match job::read_job(&record, &value, self.options.language) {
            Ok(job) => job,
            Err(rejected) => {
                let hash = hex(&item.raw.sha256);
                let Rejected { known, diagnostics } = *rejected;
                return (
                    failed(line, known, &diagnostics, &redactor, "", &hash),
                    false,
                );
            }
        };
        let mut job = job;
        if job.kind == Kind::Case {
            job.template = self.checklist_template.clone().unwrap_or_default();
        }
        let version = self.versions.get(&job.template).cloned();
        let input_sha256 = {
            let mut hash = Sha256::new();
            hash.update(item.raw.sha256);
            hash.update(self.formats_key.as_bytes());
            hash.update([0]);
            hash.update(job.template.as_bytes());
            hash.update([0]);
            hash.update(version.as_deref().unwrap_or("").as_bytes());
            hex(&hash.finalize())
        };
        let known = Known {
            id: Some(job.id.clone()),
            template: Some(job.template.clone()),
            language: Some(job.language.code().to_string()),
            area: job.area.clone(),
        };
        let prefix = match job.kind {
            Kind::Letter => "data.",
            Kind::Case => "case.",
        };
        if item.duplicate {
            let d = Diagnostic::error(
                Code::BATCH_DUPLICATE_ID,
                "an earlier line of the input has the same id; the letter of that line keeps it",
            )
            .at_record(job.id.as_str(), "id");
            let mut entry = failed(line, known, &d.into(), &redactor, "", &input_sha256);
            entry.template_version = version;
            return (entry, false);
        }
        if let Some(entry) = done.reuse(&job.id, &input_sha256, line, &self.options.out) {
            return (entry, true);
        }
        match self.make(&job) {
            Ok(made) => {
                let entry = Entry {
                    line,
                    id: known.id,
                    status: Status::Ok,
                    template: known.template,
                    template_version: version,
                    language: known.language,
                    files: made.files,
                    pages: made.pages,
                    warnings: made.warnings,
                    errors: Vec::new(),
                    input_sha256,
                    area: known.area,
                    readability: made.readability,
                    checklist: made.checklist,
                };
                (entry, false)
            }
            Err(e) => {
                self.remove_stale(&job.id);
                let mut entry = failed(
                    line,
                    known,
                    &e.diagnostics(),
                    &redactor,
                    prefix,
                    &input_sha256,
                );
                entry.template_version = version;
                (entry, false)
            }
        }
    }

    /// Makes the letter of a job and writes its files.
    fn make(&self, job: &Job) -> Result<Made, Error> {
        let request = job.request();
        let checklist = match job.kind {
            Kind::Letter => None,
            Kind::Case => {
                if self.checklist_template.is_none() {
                    self.project.checklist_template()?;
                }
                let merged = self.project.merge(&request)?;
                Some(ChecklistFigures {
                    requests_before: merged.figures.requests_before_merge,
                    items_after: merged.figures.items_after_merge,
                })
            }
        };
        let (letter, outputs) = self.project.make(&request, &self.options.formats)?;
        let mut files = Vec::new();
        let mut warnings: Vec<Problem> = letter
            .warnings
            .iter()
            .map(|w| Problem {
                code: w.code.to_string(),
                message: w.message.clone(),
                path: None,
            })
            .collect();
        for output in &outputs {
            let format = output.format();
            let path = self
                .options
                .out
                .join(format!("{}.{}", job.id, format.extension()));
            match output {
                Output::Png { pages } => {
                    let written = self.writer.write_pages(&path, pages)?;
                    for (page, bytes) in written.iter().zip(pages) {
                        files.push(file_entry(format, page, bytes));
                    }
                }
                other => {
                    let bytes = other.files()[0];
                    self.writer.write(&path, bytes)?;
                    files.push(file_entry(format, &path, bytes));
                }
            }
            if let Output::Pdf {
                conformance: Conformance::PdfA2b,
                ..
            } = output
            {
                warnings.push(Problem {
                    code: Code::PDF_NOT_UA.to_string(),
                    message: "the PDF is PDF/A-2b only: the letter breaks a PDF/UA-1 rule \
                              (an empty title or alt text)"
                        .into(),
                    path: None,
                });
            }
        }
        let readability = match self.project.parts().rules() {
            Ok(rules) => {
                let source = format!("templates/{}/letter.md", job.template);
                crate::plain::check_letter(&letter, rules, Profile::B1, &SourceMap::file(&source))
                    .metrics
                    .scores
                    .into_iter()
                    .map(|s| (s.name.to_string(), s.value))
                    .collect()
            }
            Err(_) => Default::default(),
        };
        Ok(Made {
            files,
            pages: outputs.iter().find_map(Output::pages),
            warnings,
            readability,
            checklist,
        })
    }

    /// A record that fails now leaves no letter of an earlier run under its name: the
    /// print house must never pick up a letter the manifest calls failed.
    fn remove_stale(&self, id: &str) {
        for format in &self.options.formats {
            let path = self
                .options
                .out
                .join(format!("{id}.{}", format.extension()));
            if path.is_file() {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// What making one letter gave.
struct Made {
    files: Vec<File>,
    pages: Option<usize>,
    warnings: Vec<Problem>,
    readability: std::collections::BTreeMap<String, f64>,
    checklist: Option<ChecklistFigures>,
}

fn file_entry(format: Format, path: &Path, bytes: &[u8]) -> File {
    File {
        format: format.name().to_string(),
        path: path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        sha256: hex(&Sha256::digest(bytes)),
    }
}

fn failed(
    line: u64,
    known: Known,
    diagnostics: &Diagnostics,
    redactor: &Redactor,
    prefix: &str,
    input_sha256: &str,
) -> Entry {
    Entry {
        line,
        id: known.id,
        status: Status::Failed,
        template: known.template,
        template_version: None,
        language: known.language,
        files: Vec::new(),
        pages: None,
        warnings: Vec::new(),
        errors: manifest::problems(diagnostics, redactor, prefix),
        input_sha256: input_sha256.to_string(),
        area: known.area,
        readability: Default::default(),
        checklist: None,
    }
}

/// Lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

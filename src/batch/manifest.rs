//! `manifest.jsonl`: one line per record of the batch, in the order of the input, for the
//! case system to reconcile. Written as the records finish (in input order), read back to
//! resume a killed run and to merge the manifests of shards.
//!
//! ```json
//! {"line":1,"id":"2026-0001","status":"ok","template":"bijzondere-bijstand-toekenning",
//!  "template_version":"3f2a…","language":"nl","files":[{"format":"pdf","path":"2026-0001.pdf",
//!  "sha256":"…"}],"pages":2,"warnings":[],"errors":[],"input_sha256":"…"}
//! {"line":2,"id":"2026-0002","status":"failed",…,"errors":[{"code":"data.type",
//!  "message":"expected money in cents …, got [value left out]","path":"data.decision.amount"}]}
//! ```

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::error::Error;

use super::redact::Redactor;

/// Whether a record became a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Failed,
}

/// One file of a letter, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct File {
    pub format: String,
    pub path: String,
    pub sha256: String,
}

/// One problem of a record: its code, a message without the record's values, and the
/// field (a path in the job line: `data.decision.amount`, `id`; absent for the record as
/// a whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// The checklist figures of a case job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistFigures {
    pub requests_before: u32,
    pub items_after: u32,
}

/// One manifest line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// 1-based line (or CSV row's line) of the record in the input.
    pub line: u64,
    /// Absent only when the line has no usable id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub files: Vec<File>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<usize>,
    #[serde(default)]
    pub warnings: Vec<Problem>,
    #[serde(default)]
    pub errors: Vec<Problem>,
    /// SHA-256 of the record as read, the formats asked and the template's version: a
    /// rerun skips a record whose hash and files are unchanged.
    pub input_sha256: String,
    /// The neighbourhood or postcode area the job named, for the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Readability scores of the letter (score name → value), for the report.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub readability: BTreeMap<String, f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checklist: Option<ChecklistFigures>,
}

impl Entry {
    /// The key that places the record in a shard: its id, else its line.
    pub fn shard_key(&self) -> String {
        shard_key(self.id.as_deref(), self.line)
    }

    /// One JSON line, with its line break.
    pub fn to_line(&self) -> String {
        let mut line = serde_json::to_string(self).expect("a manifest entry always serialises");
        line.push('\n');
        line
    }
}

/// A record's shard key: its id, or `line:N` for a line without one.
pub fn shard_key(id: Option<&str>, line: u64) -> String {
    match id {
        Some(id) => id.to_string(),
        None => format!("line:{line}"),
    }
}

/// The diagnostics of a failed record as manifest problems: the record's values cut out
/// of every message, paths given from the job line (`data.` or `case.` before a field of
/// the data; `prefix` is that part).
pub fn problems(diagnostics: &Diagnostics, redactor: &Redactor, prefix: &str) -> Vec<Problem> {
    let mut out: Vec<Problem> = diagnostics
        .iter()
        .map(|d| problem(d, redactor, prefix))
        .collect();
    if let (Some(last), n @ 1..) = (out.last_mut(), diagnostics.omitted()) {
        last.message.push_str(&format!(" (and {n} more problems)"));
    }
    out
}

fn problem(d: &Diagnostic, redactor: &Redactor, prefix: &str) -> Problem {
    let (path, place) = match &d.location {
        Location::Record { path, .. } if path.is_empty() => (None, None),
        Location::Record { path, .. } => (Some(format!("{prefix}{path}")), None),
        // A position in the input line or a project file: said in the message.
        Location::File { file, line, column } if *line > 0 => {
            (None, Some(format!(" ({file}:{line}:{column})")))
        }
        Location::File { .. } | Location::None => (None, None),
    };
    let mut message = redactor.clean(&d.message);
    if let Some(suggestion) = &d.suggestion {
        message.push_str(&format!(" ({})", redactor.clean(suggestion)));
    }
    if let Some(place) = place {
        message.push_str(&place);
    }
    Problem {
        code: d.code.to_string(),
        message,
        path,
    }
}

/// Reads a manifest, line by line; a line that does not read (the last line of a run
/// killed while writing it) is skipped. A missing file is an empty manifest.
pub fn read(path: &Path, mut each: impl FnMut(Entry, &str)) -> Result<(), Error> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(path, e)),
    };
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| Error::io(path, e))?;
        if let Ok(entry) = serde_json::from_str::<Entry>(&line) {
            each(entry, &line);
        }
    }
    Ok(())
}

/// What an earlier run finished, to resume from: per id, the input hash and the entry's
/// line as written (only records that became letters).
#[derive(Debug, Default)]
pub struct Done {
    by_id: HashMap<String, (String, String)>,
}

impl Done {
    /// The entries of the manifests in `paths`, later files winning.
    pub fn load(paths: &[&Path]) -> Result<Done, Error> {
        let mut done = Done::default();
        for path in paths {
            read(path, |entry, line| {
                if let (Status::Ok, Some(id)) = (entry.status, entry.id) {
                    done.by_id
                        .insert(id, (entry.input_sha256, line.to_string()));
                }
            })?;
        }
        Ok(done)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The entry of an earlier run for this record, when it was made from the same input
    /// and every file it names is still in `out` with the SHA-256 the entry says (a file
    /// torn by a power cut, or edited since, is made again); moved to line `line`.
    pub fn reuse(&self, id: &str, input_sha256: &str, line: u64, out: &Path) -> Option<Entry> {
        let (hash, text) = self.by_id.get(id)?;
        if hash != input_sha256 {
            return None;
        }
        let mut entry: Entry = serde_json::from_str(text).ok()?;
        let intact = |f: &File| {
            std::fs::read(out.join(&f.path))
                .is_ok_and(|bytes| super::hex(&Sha256::digest(&bytes)) == f.sha256)
        };
        if entry.files.is_empty() || !entry.files.iter().all(intact) {
            return None;
        }
        entry.line = line;
        Some(entry)
    }
}

/// Merges the manifests of the shards of one batch into one, in input order. A record
/// in two of them (by its line) is an error: the shards were not of one batch.
pub fn merge(paths: &[&Path]) -> Result<Vec<Entry>, Error> {
    let mut by_line: BTreeMap<u64, (Entry, usize)> = BTreeMap::new();
    for (i, path) in paths.iter().enumerate() {
        let mut clash = None;
        read(path, |entry, _| {
            if let Some((_, first)) = by_line.get(&entry.line) {
                clash.get_or_insert((entry.line, *first));
            } else {
                let line = entry.line;
                by_line.insert(line, (entry, i));
            }
        })?;
        if let Some((line, first)) = clash {
            return Err(Error::Unsupported(format!(
                "line {line} of the input is in both {} and {}: merge the manifests of the \
                 shards of one batch (each from `--shard K/N` with the same N)",
                paths[first].display(),
                path.display()
            )));
        }
    }
    Ok(by_line.into_values().map(|(entry, _)| entry).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(line: u64, id: &str) -> Entry {
        Entry {
            line,
            id: Some(id.into()),
            status: Status::Ok,
            template: Some("t".into()),
            template_version: Some("v".into()),
            language: Some("nl".into()),
            files: vec![File {
                format: "txt".into(),
                path: format!("{id}.txt"),
                // SHA-256 of "x".
                sha256: "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881".into(),
            }],
            pages: None,
            warnings: vec![],
            errors: vec![],
            input_sha256: format!("h{id}"),
            area: None,
            readability: BTreeMap::new(),
            checklist: None,
        }
    }

    #[test]
    fn entries_read_back_and_a_torn_last_line_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.jsonl");
        let mut text = entry(1, "a").to_line() + &entry(2, "b").to_line();
        text.push_str(&entry(3, "c").to_line()[..20]);
        std::fs::write(&path, text).unwrap();
        let mut seen = vec![];
        read(&path, |e, _| seen.push(e)).unwrap();
        assert_eq!(seen, vec![entry(1, "a"), entry(2, "b")]);
    }

    #[test]
    fn reuse_needs_the_same_input_and_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.jsonl");
        std::fs::write(&path, entry(1, "a").to_line() + &entry(2, "b").to_line()).unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        let done = Done::load(&[&path]).unwrap();
        assert_eq!(
            done.reuse("a", "ha", 7, dir.path()).map(|e| e.line),
            Some(7)
        );
        assert!(done.reuse("a", "other", 1, dir.path()).is_none());
        assert!(
            done.reuse("b", "hb", 2, dir.path()).is_none(),
            "b.txt is missing"
        );
    }

    #[test]
    fn merge_orders_by_line_and_refuses_a_record_twice() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
        std::fs::write(&a, entry(3, "c").to_line() + &entry(1, "a").to_line()).unwrap();
        std::fs::write(&b, entry(2, "b").to_line()).unwrap();
        let merged = merge(&[&a, &b]).unwrap();
        assert_eq!(merged.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 2, 3]);
        std::fs::write(&b, entry(1, "a").to_line()).unwrap();
        assert!(merge(&[&a, &b]).is_err());
    }
}

//! The batch as one ZIP (`--zip`): every file the manifest names, the manifest and the
//! report, for a case system or print house that takes one file. Each letter is copied
//! from disk into the archive as it is read (memory stays flat) and checked against the
//! SHA-256 its manifest line gives, so the ZIP holds exactly the letters the manifest
//! describes. Entries carry a fixed date, so the same batch makes the same ZIP.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use ::zip::write::SimpleFileOptions;
use ::zip::{CompressionMethod, DateTime, ZipWriter};
use sha2::{Digest, Sha256};

/// One file going into the archive: its name there (the manifest's path, relative to the
/// output folder), where it is read from, and the SHA-256 it must have, when the manifest
/// gives one.
pub struct Member<'a> {
    pub name: &'a str,
    pub source: PathBuf,
    pub sha256: Option<&'a str>,
}

/// Writes a ZIP of `members` into `out`.
pub fn write<'a>(out: &mut File, members: impl IntoIterator<Item = Member<'a>>) -> io::Result<()> {
    let mut zip = ZipWriter::new(io::BufWriter::new(out));
    for member in members {
        let mut file = File::open(&member.source).map_err(|e| named(member.name, e))?;
        // PDFs and PNGs are compressed already.
        let method = match Path::new(member.name).extension().and_then(|e| e.to_str()) {
            Some("pdf" | "png") => CompressionMethod::Stored,
            _ => CompressionMethod::Deflated,
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644);
        zip.start_file(member.name, options)
            .map_err(io::Error::other)?;
        let mut hash = Sha256::new();
        let mut buffer = vec![0u8; 1 << 16];
        loop {
            let n = file.read(&mut buffer).map_err(|e| named(member.name, e))?;
            if n == 0 {
                break;
            }
            hash.update(&buffer[..n]);
            zip.write_all(&buffer[..n])?;
        }
        if let Some(expected) = member.sha256 {
            let found = super::hex(&hash.finalize());
            if found != expected {
                return Err(io::Error::other(format!(
                    "{}: {}",
                    member.name,
                    super::CHANGED
                )));
            }
        }
    }
    zip.finish().map_err(io::Error::other)?.flush()
}

fn named(name: &str, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{name}: {e}"))
}

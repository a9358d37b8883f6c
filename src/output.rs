//! Writing results without ever leaving half a file behind.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so a reader (or a crash) never sees a half-written letter.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes `bytes` to standard output; a closed stdout is an error.
pub fn write_stdout(bytes: &[u8]) -> Result<(), crate::Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|_| out.flush())
        .map_err(|e| crate::Error::io("<stdout>", e))
}

/// Writes a rendered output where the command line asked: `-` is standard output (one
/// file only), else the path; PNG pages beside it as `stem-N.png`.
pub fn write_cli(out: &str, output: &crate::Output) -> Result<(), crate::Error> {
    let files = output.files();
    if out == "-" {
        return match files.as_slice() {
            [one] => write_stdout(one),
            _ => Err(crate::Error::Unsupported(format!(
                "the letter has {} pages: PNG to standard output takes one page; pass --out letter.png for letter-1.png, letter-2.png, ...",
                files.len()
            ))),
        };
    }
    let path = Path::new(out);
    if let [one] = files.as_slice() {
        return write_atomic(path, one).map_err(|e| crate::Error::io(path, e));
    }
    let stem = path.with_extension("");
    for (i, page) in files.iter().enumerate() {
        let page_path = std::path::PathBuf::from(format!("{}-{}.png", stem.display(), i + 1));
        write_atomic(&page_path, page).map_err(|e| crate::Error::io(&page_path, e))?;
    }
    Ok(())
}

//! Writing results: the one place that puts helder's files on disk, for every caller (CLI,
//! demo, batch, server).
//!
//! A file is written to a temporary name beside it and renamed, so a reader (or a crash)
//! never sees half a letter. The edges a shell user expects are kept: a symlink stays a
//! link, a replaced file keeps its permissions and owner, devices and pipes (`/dev/null`,
//! `/dev/stdout`, a named pipe) are written into like a `>` redirect, and pages of an
//! earlier, longer letter under the same name are removed so two residents' pages never
//! end up side by side.

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use crate::render::Output;

/// Temporary files end in this, so they are recognisable (and ignorable in `.gitignore`).
const TEMP_SUFFIX: &str = ".helder-tmp";
/// Random characters in a temporary file's name.
const TEMP_RANDOM_LEN: usize = 6;
/// At most this many bytes of the file's own name go into its temporary name, so the
/// temporary name stays within the 255 bytes file systems allow.
const TEMP_NAME_KEEP: usize = 200;
/// A temporary file of a process we cannot see is only removed when it is older than this.
/// Writers in another PID namespace (a container sharing the folder) or hidden by
/// `hidepid` look dead through `/proc`; a live writer touches its file within seconds.
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Why a result could not be written.
#[derive(Debug)]
pub struct OutputError {
    /// The path as the caller gave it; `<stdout>` for standard output.
    pub path: PathBuf,
    /// What is wrong, in plain words, and where it helps what to do.
    pub message: String,
    /// The operating system's error, when there was one.
    pub source: Option<io::Error>,
}

impl OutputError {
    fn new(path: &Path, message: impl Into<String>) -> OutputError {
        OutputError {
            path: path.to_path_buf(),
            message: message.into(),
            source: None,
        }
    }

    /// `what` says what failed ("could not create folder out"); the OS error is described.
    fn io(path: &Path, what: impl std::fmt::Display, source: io::Error) -> OutputError {
        OutputError {
            path: path.to_path_buf(),
            message: format!("{what}: {}", describe(&source)),
            source: Some(source),
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// An operating system error in plain words.
fn describe(e: &io::Error) -> String {
    use io::ErrorKind as K;
    #[cfg(target_os = "linux")]
    {
        // ELOOP has no stable ErrorKind.
        const ELOOP: i32 = 40;
        if e.raw_os_error() == Some(ELOOP) {
            return "the symbolic links on the way loop back on themselves (or are too many)"
                .to_string();
        }
    }
    match e.kind() {
        K::NotFound => "it does not exist".to_string(),
        K::PermissionDenied => "permission denied".to_string(),
        K::StorageFull => "the disk is full".to_string(),
        K::QuotaExceeded => "the disk quota is used up".to_string(),
        K::ReadOnlyFilesystem => "the file system is read-only".to_string(),
        K::FileTooLarge => "the file is too large for this file system".to_string(),
        K::NotADirectory => "a part of the path is a file, not a folder".to_string(),
        K::IsADirectory => "it is a folder".to_string(),
        K::InvalidFilename => {
            "the file system does not accept this name (too long, or characters it refuses)"
                .to_string()
        }
        K::BrokenPipe => "the reading side closed the pipe (broken pipe)".to_string(),
        _ => e.to_string(),
    }
}

/// What a path names before we write.
enum Existing {
    /// Nothing yet: a new file.
    New,
    /// A regular file, perhaps behind symlinks. `real` is the file itself: that is
    /// replaced, so links stay links.
    File { real: PathBuf, meta: Metadata },
    /// A character device or FIFO: written into, never replaced.
    Stream,
    /// Standard output or error of this process, reached by name (`/dev/stdout` when
    /// stdout is a file): written through the process's own handle, so `>>` appends.
    Std(StdStream),
}

#[derive(Clone, Copy)]
enum StdStream {
    Out,
    Err,
}

/// What `write` did, so `write_pages` knows whether there is a folder with pages beside it.
#[derive(PartialEq)]
enum Written {
    File,
    Stream,
}

/// Writes results. Holds per-process state (which folders were already cleaned of stale
/// temporary files), so make one per caller and share it (it is `Send + Sync`).
#[derive(Debug, Default)]
pub struct Writer {
    cleaned: Mutex<HashSet<PathBuf>>,
    /// Skip the fsync of each file and its folder (see [`Writer::without_fsync`]).
    no_fsync: bool,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    /// A writer that still writes to a temporary name and renames (no reader ever sees
    /// half a file, a killed process leaves the old file or the new one), but does not
    /// wait for each file to reach the disk. For batches: two fsyncs per letter cost more
    /// than the letter on a busy disk, and a batch checks each file's SHA-256 against its
    /// manifest when it resumes, so a file torn by a power cut is made again.
    pub fn without_fsync(mut self) -> Writer {
        self.no_fsync = true;
        self
    }

    /// Writes `bytes` to `path`: a file is replaced through a temporary file and a rename
    /// (parent folders are created); a device or pipe is written into.
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
        self.write_kind(path, bytes, |file| file.write_all(bytes))
            .map(|_| ())
    }

    /// Writes pages (PNG): one page goes to `path` itself; several to `stem-1.ext`,
    /// `stem-2.ext`, ... beside it. Pages of an earlier render under the same name are
    /// removed: `stem-N.ext` beyond the new count (as long as they follow on without a
    /// gap), `path` itself when the letter now has several pages, `stem-1.ext`, ... when it
    /// now has one. Only regular files are removed. Returns the paths written, in page
    /// order.
    pub fn write_pages(&self, path: &Path, pages: &[Vec<u8>]) -> Result<Vec<PathBuf>, OutputError> {
        check_name(path)?;
        match pages {
            [] => Err(OutputError::new(
                path,
                "there are no pages to write (the letter rendered to nothing)",
            )),
            [page] => {
                let written = self.write_kind(path, page, |file| file.write_all(page))?;
                if written == Written::File {
                    remove_stale_pages(path, 1)?;
                }
                Ok(vec![path.to_path_buf()])
            }
            _ => {
                match target(path)? {
                    Existing::Stream | Existing::Std(_) => {
                        return Err(OutputError::new(
                            path,
                            format!(
                                "is a device or pipe, which takes one page, and the letter has {} pages; give a file name such as letter.png for letter-1.png, letter-2.png, ...",
                                pages.len()
                            ),
                        ));
                    }
                    Existing::New | Existing::File { .. } => {}
                }
                let mut written = Vec::with_capacity(pages.len());
                for (i, page) in pages.iter().enumerate() {
                    let page_path = page_path(path, i + 1);
                    if let Err(e) = self.write(&page_path, page) {
                        // Leave no page of the earlier letter after the new ones.
                        let _ = remove_stale_pages(path, i + 1);
                        let _ = remove_single_page(path);
                        return Err(e);
                    }
                    written.push(page_path);
                }
                remove_single_page(path)?;
                remove_stale_pages(path, pages.len() + 1)?;
                Ok(written)
            }
        }
    }

    /// `fill` writes the content into the temporary file (a seam for tests of a write that
    /// fails halfway); streams get `bytes` directly.
    fn write_kind(
        &self,
        path: &Path,
        bytes: &[u8],
        fill: impl FnOnce(&mut File) -> io::Result<()>,
    ) -> Result<Written, OutputError> {
        check_name(path)?;
        match target(path)? {
            Existing::New => {
                self.replace(path, path, None, true, fill)?;
                Ok(Written::File)
            }
            Existing::File { real, meta } => {
                self.replace(path, &real, Some(&meta), true, fill)?;
                Ok(Written::File)
            }
            Existing::Stream => {
                write_into(path, bytes)?;
                Ok(Written::Stream)
            }
            Existing::Std(StdStream::Out) => {
                write_stream(io::stdout().lock(), path, bytes)?;
                Ok(Written::Stream)
            }
            Existing::Std(StdStream::Err) => {
                write_stream(io::stderr().lock(), path, bytes)?;
                Ok(Written::Stream)
            }
        }
    }

    /// Replaces (or creates) the regular file `real` through a temporary file beside it.
    /// `shown` is the path as the caller gave it, for errors.
    /// Writes `real` through a temporary file beside it; `clobber: false` refuses to
    /// replace a file that appeared meanwhile.
    fn replace(
        &self,
        shown: &Path,
        real: &Path,
        old: Option<&Metadata>,
        clobber: bool,
        fill: impl FnOnce(&mut File) -> io::Result<()>,
    ) -> Result<(), OutputError> {
        let dir = match real.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        if old.is_none() {
            fs::create_dir_all(dir).map_err(|e| {
                OutputError::io(
                    shown,
                    format!("could not create the folder {}", dir.display()),
                    e,
                )
            })?;
        }
        self.clean_once(dir);

        let Some(name) = real.file_name() else {
            return Err(not_a_file_name(shown));
        };
        let mut prefix = OsString::from(".");
        prefix.push(short_name(name));
        prefix.push(format!(".{}.", std::process::id()));
        let mut builder = tempfile::Builder::new();
        builder
            .prefix(&prefix)
            .suffix(TEMP_SUFFIX)
            .rand_bytes(TEMP_RANDOM_LEN);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A new file follows the umask like any file the user makes (0666 & !umask);
            // a replacement starts private and gets the old file's bits before any byte
            // is written.
            let mode = if old.is_some() { 0o600 } else { 0o666 };
            builder.permissions(fs::Permissions::from_mode(mode));
        }
        let mut tmp = builder.tempfile_in(dir).map_err(|e| {
            OutputError::io(
                shown,
                format!(
                    "could not create a temporary file in the folder {} (helder writes beside the file and renames it, so the folder must be writable)",
                    dir.display()
                ),
                e,
            )
        })?;
        // From here on, an early return drops `tmp`, which removes the temporary file;
        // the old file is untouched until the rename.
        if let Some(old) = old {
            keep_owner_and_mode(tmp.as_file(), old).map_err(|e| {
                OutputError::io(
                    shown,
                    "could not give the new file the permissions of the old one",
                    e,
                )
            })?;
        }
        let no_fsync = self.no_fsync;
        fill(tmp.as_file_mut())
            .and_then(|()| {
                if no_fsync {
                    Ok(())
                } else {
                    tmp.as_file().sync_all()
                }
            })
            .map_err(|e| OutputError::io(shown, "could not write the file", e))?;
        let placed = if clobber {
            tmp.persist(real)
        } else {
            tmp.persist_noclobber(real)
        };
        placed.map_err(|e| {
            OutputError::io(
                shown,
                format!("could not put the new file in place of {}", real.display()),
                e.error,
            )
        })?;
        if !self.no_fsync {
            sync_dir(dir);
        }
        Ok(())
    }

    /// Writes `bytes` to the new file `path`: never replaces anything, not even a file
    /// that appears while writing (what `helder init` needs: no work is ever lost).
    pub fn create(&self, path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
        check_name(path)?;
        if fs::symlink_metadata(path).is_ok() {
            return Err(OutputError::new(
                path,
                "is already there; helder does not replace it",
            ));
        }
        self.replace(path, path, None, false, |f| f.write_all(bytes))
    }

    /// Writes a file whose content is made while it is written (a batch's print file or
    /// ZIP, too large to hold in memory): `fill` writes into a temporary file beside
    /// `path`, which is renamed when `fill` succeeds, as [`Writer::write`] does; on an
    /// error nothing is left. Regular files only: a device or pipe is refused.
    pub fn write_streamed(
        &self,
        path: &Path,
        fill: impl FnOnce(&mut File) -> io::Result<()>,
    ) -> Result<(), OutputError> {
        check_name(path)?;
        match target(path)? {
            Existing::New => self.replace(path, path, None, true, fill),
            Existing::File { real, meta } => self.replace(path, &real, Some(&meta), true, fill),
            Existing::Stream | Existing::Std(_) => Err(OutputError::new(
                path,
                "is a device or pipe; this file is written in one piece, give a file name",
            )),
        }
    }

    /// The first time we write into `dir`, removes temporary files that dead processes
    /// left there.
    fn clean_once(&self, dir: &Path) {
        let key = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let first = self
            .cleaned
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(key);
        if first {
            remove_stale_temp_files(dir, SystemTime::now());
        }
    }
}

/// Where a result goes, as the command line names it: `-` is standard output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    Path(PathBuf),
}

impl Target {
    pub fn from_arg(arg: &str) -> Target {
        if arg == "-" {
            Target::Stdout
        } else {
            Target::Path(PathBuf::from(arg))
        }
    }
}

impl Writer {
    /// Writes a rendered letter to `target`. A file format goes to the path (or standard
    /// output); PNG pages go to the path when there is one page and to `stem-1.png`,
    /// `stem-2.png`, ... beside it otherwise. Standard output takes one file only. Returns
    /// the files written.
    pub fn write_output(
        &self,
        target: &Target,
        output: &Output,
    ) -> Result<Vec<PathBuf>, OutputError> {
        let files = output.files();
        match target {
            Target::Stdout => match files.as_slice() {
                [one] => write_stdout(one).map(|()| Vec::new()),
                _ => Err(OutputError::new(
                    Path::new("<stdout>"),
                    format!(
                        "the letter has {} pages, and standard output takes one file; pass \
                         --out letter.png for letter-1.png, letter-2.png, ...",
                        files.len()
                    ),
                )),
            },
            Target::Path(path) => self.write_at(path, output),
        }
    }

    /// Writes a rendered letter into `dir` under `stem` (a relative name such as
    /// `documenten-opvragen/nl/bakker` or a batch record's id) with the format's
    /// extension: `stem.pdf`, `stem.html`, `stem.txt`, and `stem.png` or
    /// `stem-1.png`, `stem-2.png`, ... for PNG pages. Returns the files written.
    pub fn write_named(
        &self,
        dir: &Path,
        stem: &str,
        output: &Output,
    ) -> Result<Vec<PathBuf>, OutputError> {
        let path = dir.join(format!("{stem}.{}", output.format().extension()));
        self.write_at(&path, output)
    }

    fn write_at(&self, path: &Path, output: &Output) -> Result<Vec<PathBuf>, OutputError> {
        match output {
            Output::Png { pages } => self.write_pages(path, pages),
            _ => {
                let bytes = output.files();
                self.write(path, bytes.first().copied().unwrap_or_default())?;
                Ok(vec![path.to_path_buf()])
            }
        }
    }
}

/// Writes to standard output; a closed or broken stdout (EPIPE, EBADF) is an error, never
/// a panic or a silent success.
pub fn write_stdout(bytes: &[u8]) -> Result<(), OutputError> {
    let name = Path::new("<stdout>");
    if stdout_is_closed() {
        return Err(OutputError::new(
            name,
            "standard output is closed, so the result would be lost; redirect it to a file or write to a file instead",
        ));
    }
    write_stream(io::stdout().lock(), name, bytes)
}

/// Writes all of `bytes` and flushes: an error that would otherwise surface only when a
/// buffer is flushed at exit (and be ignored there) is reported here.
fn write_stream(mut out: impl Write, name: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| {
            #[cfg(unix)]
            {
                const EBADF: i32 = 9;
                if e.raw_os_error() == Some(EBADF) {
                    return OutputError {
                        path: name.to_path_buf(),
                        message: "is closed (not open for writing), so the result would be lost"
                            .to_string(),
                        source: Some(e),
                    };
                }
            }
            if e.kind() == io::ErrorKind::BrokenPipe {
                return OutputError {
                    path: name.to_path_buf(),
                    message:
                        "the program reading it stopped before everything was written (broken pipe)"
                            .to_string(),
                    source: Some(e),
                };
            }
            OutputError::io(name, "could not write", e)
        })
}

/// Rust's runtime reopens a closed standard output as `/dev/null`, read-write, so writes
/// "succeed"; a shell's `> /dev/null` opens it write-only, which is a deliberate discard.
#[cfg(target_os = "linux")]
fn stdout_is_closed() -> bool {
    let (Ok(link), Ok(info)) = (
        fs::read_link("/proc/self/fd/1"),
        fs::read_to_string("/proc/self/fdinfo/1"),
    ) else {
        return false;
    };
    is_reopened_null(&link, &info)
}

#[cfg(not(target_os = "linux"))]
fn stdout_is_closed() -> bool {
    false
}

/// `link` is where `/proc/self/fd/1` points, `fdinfo` the text of `/proc/self/fdinfo/1`.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn is_reopened_null(link: &Path, fdinfo: &str) -> bool {
    const ACCESS_MODE: u32 = 0o3;
    const READ_WRITE: u32 = 0o2;
    link == Path::new("/dev/null")
        && fdinfo
            .lines()
            .find_map(|line| line.strip_prefix("flags:"))
            .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
            .is_some_and(|flags| flags & ACCESS_MODE == READ_WRITE)
}

/// Refuses paths that cannot name a file.
fn check_name(path: &Path) -> Result<(), OutputError> {
    let bytes = path.as_os_str().as_encoded_bytes();
    if bytes.is_empty() {
        return Err(OutputError::new(
            path,
            "no file name given; give one such as letter.pdf",
        ));
    }
    if bytes.ends_with(b"/") || (cfg!(windows) && bytes.ends_with(b"\\")) {
        return Err(OutputError::new(
            path,
            format!(
                "ends with a slash, so it names a folder; give a file name such as {}",
                path.join("letter.pdf").display()
            ),
        ));
    }
    if path.file_name().is_none() {
        return Err(not_a_file_name(path));
    }
    Ok(())
}

fn not_a_file_name(path: &Path) -> OutputError {
    OutputError::new(path, "is not a file name; give one such as letter.pdf")
}

fn folder_error(path: &Path) -> OutputError {
    OutputError::new(
        path,
        format!(
            "is a folder; give a file name such as {}",
            path.join("letter.pdf").display()
        ),
    )
}

/// Looks at what `path` names now.
fn target(path: &Path) -> Result<Existing, OutputError> {
    let link = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Existing::New),
        Err(e) => return Err(OutputError::io(path, "cannot be looked at", e)),
    };
    let meta = if link.file_type().is_symlink() {
        // `metadata` follows the links, also the kernel's own ones such as
        // /proc/self/fd/1 -> pipe:[1234], which cannot be followed by name.
        fs::metadata(path).map_err(|e| {
            let to = fs::read_link(path)
                .map(|t| format!(" to {}", t.display()))
                .unwrap_or_default();
            if e.kind() == io::ErrorKind::NotFound {
                OutputError {
                    path: path.to_path_buf(),
                    message: format!(
                        "is a symbolic link{to}, which does not exist; create the file it points to, or remove the link"
                    ),
                    source: Some(e),
                }
            } else {
                OutputError::io(path, format!("is a symbolic link{to} that cannot be followed"), e)
            }
        })?
    } else {
        link.clone()
    };
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(folder_error(path));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_fifo() {
            return Ok(Existing::Stream);
        }
        if kind.is_block_device() {
            return Err(OutputError::new(
                path,
                "is a block device; helder writes files, not disks",
            ));
        }
        if kind.is_socket() {
            return Err(OutputError::new(
                path,
                "is a socket; helder writes files, devices and pipes, not sockets",
            ));
        }
    }
    if !kind.is_file() {
        return Err(OutputError::new(
            path,
            "is neither a file, a device nor a pipe; give a file name such as letter.pdf",
        ));
    }
    if let Some(std) = std_stream_of(&meta) {
        return Ok(Existing::Std(std));
    }
    let real = if link.file_type().is_symlink() {
        fs::canonicalize(path)
            .map_err(|e| OutputError::io(path, "is a symbolic link that cannot be followed", e))?
    } else {
        path.to_path_buf()
    };
    Ok(Existing::File { real, meta })
}

/// Whether the regular file `meta` is this process's standard output or error.
#[cfg(unix)]
fn std_stream_of(meta: &Metadata) -> Option<StdStream> {
    use std::os::fd::{AsFd, BorrowedFd};
    use std::os::unix::fs::MetadataExt;
    let same = |fd: BorrowedFd<'_>| {
        fd.try_clone_to_owned()
            .ok()
            .and_then(|fd| File::from(fd).metadata().ok())
            .is_some_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
    };
    if same(io::stdout().as_fd()) {
        Some(StdStream::Out)
    } else if same(io::stderr().as_fd()) {
        Some(StdStream::Err)
    } else {
        None
    }
}

#[cfg(not(unix))]
fn std_stream_of(_meta: &Metadata) -> Option<StdStream> {
    None
}

/// Writes into a device or pipe like a shell's `>`: no create, no truncate, no rename.
fn write_into(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let file = fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| OutputError::io(path, "could not open it for writing", e))?;
    // It may have been swapped for a regular file since we looked; never write into one
    // in place.
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let still_stream = file
            .metadata()
            .map(|m| m.file_type().is_char_device() || m.file_type().is_fifo())
            .unwrap_or(false);
        if !still_stream {
            return Err(OutputError::new(
                path,
                "changed from a device or pipe into something else while helder was writing; try again",
            ));
        }
    }
    write_stream(file, path, bytes)
}

/// Gives the temporary file the old file's owner, group (when we may) and permission bits.
#[cfg(unix)]
fn keep_owner_and_mode(file: &File, old: &Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
    let new = file.metadata()?;
    if (new.uid(), new.gid()) != (old.uid(), old.gid()) {
        // Only root may give a file away; anyone may pick a group they are in. Either
        // failing is fine: the file then belongs to whoever runs helder.
        let owner = fchown(file, Some(old.uid()), Some(old.gid()));
        if matches!(&owner, Err(e) if e.kind() == io::ErrorKind::PermissionDenied) {
            match fchown(file, None, Some(old.gid())) {
                Err(e) if e.kind() != io::ErrorKind::PermissionDenied => return Err(e),
                _ => {}
            }
        } else {
            owner?;
        }
    }
    // After chown, which clears set-user-id bits.
    file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o7777))
}

#[cfg(not(unix))]
fn keep_owner_and_mode(file: &File, old: &Metadata) -> io::Result<()> {
    file.set_permissions(old.permissions())
}

/// Makes the rename durable; a failure here loses nothing that was not at risk anyway.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The file name as it goes into a temporary name: at most [`TEMP_NAME_KEEP`] bytes.
fn short_name(name: &OsStr) -> OsString {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = name.as_bytes();
        OsStr::from_bytes(&bytes[..bytes.len().min(TEMP_NAME_KEEP)]).to_os_string()
    }
    #[cfg(not(unix))]
    {
        let name = name.to_string_lossy();
        let mut end = name.len().min(TEMP_NAME_KEEP);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        OsString::from(&name[..end])
    }
}

/// The pid in a temporary file name `.<file name>.<pid>.<random>.helder-tmp`, or `None`
/// when the name is not one of ours.
fn temp_file_pid(name: &OsStr) -> Option<u32> {
    let rest = name
        .as_encoded_bytes()
        .strip_prefix(b".")?
        .strip_suffix(TEMP_SUFFIX.as_bytes())?;
    let (head, random) = rest.rsplit_once_byte(b'.')?;
    if random.len() != TEMP_RANDOM_LEN || !random.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let (file, pid) = head.rsplit_once_byte(b'.')?;
    if file.is_empty() || pid.is_empty() || pid[0] == b'0' || !pid.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(pid).ok()?.parse().ok()
}

trait RsplitOnceByte {
    fn rsplit_once_byte(&self, b: u8) -> Option<(&[u8], &[u8])>;
}

impl RsplitOnceByte for [u8] {
    fn rsplit_once_byte(&self, b: u8) -> Option<(&[u8], &[u8])> {
        let at = self.iter().rposition(|&c| c == b)?;
        Some((&self[..at], &self[at + 1..]))
    }
}

/// Removes temporary files in `dir` of processes that no longer run and that have not been
/// touched for [`STALE_AFTER`]. Best effort: cleaning never makes a write fail. Returns how
/// many were removed.
fn remove_stale_temp_files(dir: &Path, now: SystemTime) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let me = std::process::id();
    let mut removed = 0;
    for entry in entries.flatten() {
        let Some(pid) = temp_file_pid(&entry.file_name()) else {
            continue;
        };
        if pid == me || process_may_run(pid) {
            continue;
        }
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        // `DirEntry::metadata` does not follow links: only our own regular files go.
        if meta.is_file() && old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether process `pid` runs, or we cannot tell (then its files are kept).
#[cfg(target_os = "linux")]
fn process_may_run(pid: u32) -> bool {
    if !Path::new("/proc/self").exists() {
        return true;
    }
    Path::new("/proc")
        .join(pid.to_string())
        .try_exists()
        .unwrap_or(true)
}

#[cfg(not(target_os = "linux"))]
fn process_may_run(_pid: u32) -> bool {
    true
}

/// `stem-n.ext` beside `path` (`stem-n` when it has no extension).
fn page_path(path: &Path, n: usize) -> PathBuf {
    let mut name = path.file_stem().unwrap_or_default().to_os_string();
    name.push(format!("-{n}"));
    if let Some(ext) = path.extension() {
        name.push(".");
        name.push(ext);
    }
    path.with_file_name(name)
}

/// Removes `stem-from.ext`, `stem-(from+1).ext`, ... as long as they exist.
fn remove_stale_pages(path: &Path, from: usize) -> Result<(), OutputError> {
    for n in from.. {
        let page = page_path(path, n);
        match fs::symlink_metadata(&page) {
            Ok(m) if m.is_file() => remove_earlier(&page, &format!("page {n}"))?,
            Ok(_) => {} // a link, folder or device the user made: not ours to remove
            Err(_) => break,
        }
    }
    Ok(())
}

/// Removes `path` itself when it is a regular file (a one-page render of before).
fn remove_single_page(path: &Path) -> Result<(), OutputError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => remove_earlier(path, "the only page"),
        _ => Ok(()),
    }
}

fn remove_earlier(page: &Path, which: &str) -> Result<(), OutputError> {
    match fs::remove_file(page) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(OutputError::io(
            page,
            format!(
                "is {which} of an earlier letter under the same name and could not be removed; remove it by hand so the pages of two letters are not mixed"
            ),
            e,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::process::Command;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("a temporary folder")
    }

    /// Runs a command that must succeed (mkfifo, mknod, ...).
    fn run(program: &str, args: &[&OsStr]) {
        let out = Command::new(program)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("could not run {program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn writer_is_shared_between_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Writer>();
    }

    #[test]
    fn new_file_in_new_folders_and_no_temp_left() {
        let d = dir();
        let path = d.path().join("a/b/letter.pdf");
        Writer::new().write(&path, b"%PDF").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"%PDF");
        assert_eq!(names(&d.path().join("a/b")), ["letter.pdf"]);
    }

    #[test]
    fn a_streamed_file_appears_whole_or_not_at_all() {
        let d = dir();
        let path = d.path().join("print.pdf");
        fs::write(&path, b"old").unwrap();
        let failed = Writer::new().write_streamed(&path, |f| {
            f.write_all(b"half")?;
            Err(io::Error::other("the letters ran out"))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(names(d.path()), ["print.pdf"]);
        Writer::new()
            .write_streamed(&path, |f| f.write_all(b"new"))
            .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        #[cfg(unix)]
        assert!(
            Writer::new()
                .write_streamed(Path::new("/dev/null"), |_| Ok(()))
                .is_err()
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn new_file_follows_the_umask() {
        let status = fs::read_to_string("/proc/self/status").unwrap();
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .map(|m| u32::from_str_radix(m.trim(), 8).unwrap())
            .expect("Umask in /proc/self/status");
        // With umask 066 or stricter, 0666 & !umask is 0600 and cannot be told apart from
        // a private temporary file; CI runs with 022.
        assert_ne!(
            umask & 0o066,
            0o066,
            "this test needs a umask that lets group or others read"
        );
        let d = dir();
        let path = d.path().join("letter.pdf");
        Writer::new().write(&path, b"x").unwrap();
        assert_eq!(mode(&path), 0o666 & !umask);
    }

    #[cfg(unix)]
    #[test]
    fn replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir();
        let path = d.path().join("letter.pdf");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        Writer::new().write(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(mode(&path), 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn replaced_file_keeps_its_owner_when_we_are_root() {
        use std::os::unix::fs::{MetadataExt, chown};
        let d = dir();
        let path = d.path().join("letter.pdf");
        fs::write(&path, b"old").unwrap();
        let me = fs::metadata(&path).unwrap();
        if me.uid() != 0 {
            eprintln!("not root: chown to another user is not permitted, owner check skipped");
            return;
        }
        chown(&path, Some(1234), Some(5678)).unwrap();
        Writer::new().write(&path, b"new").unwrap();
        let m = fs::metadata(&path).unwrap();
        assert_eq!((m.uid(), m.gid()), (1234, 5678));
    }

    #[test]
    fn write_that_fails_halfway_leaves_the_old_file_and_no_temp() {
        let d = dir();
        let path = d.path().join("letter.pdf");
        fs::write(&path, b"old letter").unwrap();
        let err = Writer::new()
            .write_kind(&path, b"", |file| {
                file.write_all(b"half")?;
                Err(io::Error::from(io::ErrorKind::StorageFull))
            })
            .err()
            .expect("the failing write is reported");
        assert_eq!(fs::read(&path).unwrap(), b"old letter");
        assert_eq!(names(d.path()), ["letter.pdf"]);
        assert!(err.to_string().contains("the disk is full"), "{err}");
        assert!(
            err.to_string().starts_with(&path.display().to_string()),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlink_stays_and_its_target_gets_the_bytes() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let d = dir();
        fs::create_dir(d.path().join("real")).unwrap();
        let real = d.path().join("real/letter.pdf");
        fs::write(&real, b"old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = d.path().join("link.pdf");
        symlink("real/letter.pdf", &link).unwrap();
        Writer::new().write(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_link(&link).unwrap(), Path::new("real/letter.pdf"));
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(mode(&real), 0o640);
        // The temporary file was made beside the target, and is gone.
        assert_eq!(names(&d.path().join("real")), ["letter.pdf"]);
    }

    #[cfg(unix)]
    #[test]
    fn dangling_symlink_and_loop_are_refused() {
        use std::os::unix::fs::symlink;
        let d = dir();
        let dangling = d.path().join("dangling.pdf");
        symlink("nowhere/letter.pdf", &dangling).unwrap();
        let err = Writer::new().write(&dangling, b"x").unwrap_err();
        assert!(err.message.contains("does not exist"), "{err}");
        assert!(err.message.contains("nowhere/letter.pdf"), "{err}");
        assert!(!d.path().join("nowhere").exists());
        assert!(
            fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );

        let a = d.path().join("a.pdf");
        symlink("b.pdf", &a).unwrap();
        symlink("a.pdf", d.path().join("b.pdf")).unwrap();
        let err = Writer::new().write(&a, b"x").unwrap_err();
        assert!(err.message.contains("loop"), "{err}");
        assert!(fs::symlink_metadata(&a).unwrap().file_type().is_symlink());
    }

    #[cfg(unix)]
    #[test]
    fn fifo_is_written_into_and_stays_a_fifo() {
        use std::os::unix::fs::FileTypeExt;
        let d = dir();
        let fifo = d.path().join("pipe");
        run("mkfifo", &[fifo.as_os_str()]);
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        Writer::new().write(&fifo, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(names(d.path()), ["pipe"]);
    }

    #[cfg(unix)]
    #[test]
    fn character_device_stays_a_device() {
        use std::os::unix::fs::FileTypeExt;
        let d = dir();
        let null = d.path().join("null");
        // /dev/null's numbers. CI runs as root; if mknod is refused this fails loudly
        // rather than passing without testing anything.
        run(
            "mknod",
            &[null.as_os_str(), "c".as_ref(), "1".as_ref(), "3".as_ref()],
        );
        Writer::new().write(&null, b"into the void").unwrap();
        let kind = fs::symlink_metadata(&null).unwrap().file_type();
        assert!(kind.is_char_device(), "{kind:?}");
        assert_eq!(names(d.path()), ["null"]);
        // One page goes in too; several pages are refused instead of making null-1 ...
        Writer::new().write_pages(&null, &[b"p".to_vec()]).unwrap();
        let err = Writer::new()
            .write_pages(&null, &[b"1".to_vec(), b"2".to_vec()])
            .unwrap_err();
        assert!(err.message.contains("2 pages"), "{err}");
        assert_eq!(names(d.path()), ["null"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_to_a_device_is_written_into() {
        use std::os::unix::fs::{FileTypeExt, symlink};
        let d = dir();
        let null = d.path().join("null");
        run(
            "mknod",
            &[null.as_os_str(), "c".as_ref(), "1".as_ref(), "3".as_ref()],
        );
        let link = d.path().join("out");
        symlink(&null, &link).unwrap();
        Writer::new().write(&link, b"x").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(
            fs::symlink_metadata(&null)
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }

    /// A block major no driver has registered (from /proc/devices), so the node can never
    /// reach a real disk even if the refusal were broken.
    #[cfg(target_os = "linux")]
    fn unused_block_major() -> u32 {
        let devices = fs::read_to_string("/proc/devices").unwrap();
        let block = devices.split("Block devices:").nth(1).unwrap_or("");
        let used: Vec<u32> = block
            .lines()
            .filter_map(|l| l.split_whitespace().next()?.parse().ok())
            .collect();
        (240..=254)
            .find(|m| !used.contains(m))
            .expect("a free block major in 240..=254")
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn block_device_is_refused() {
        use std::os::unix::fs::FileTypeExt;
        let d = dir();
        let disk = d.path().join("disk");
        let major = unused_block_major().to_string();
        run(
            "mknod",
            &[disk.as_os_str(), "b".as_ref(), major.as_ref(), "0".as_ref()],
        );
        let err = Writer::new().write(&disk, b"x").unwrap_err();
        assert!(err.message.contains("block device"), "{err}");
        assert!(
            fs::symlink_metadata(&disk)
                .unwrap()
                .file_type()
                .is_block_device()
        );
        assert_eq!(names(d.path()), ["disk"]);
    }

    #[cfg(unix)]
    #[test]
    fn socket_is_refused() {
        let d = dir();
        let sock = d.path().join("sock");
        let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        let err = Writer::new().write(&sock, b"x").unwrap_err();
        assert!(err.message.contains("socket"), "{err}");
    }

    #[test]
    fn folder_and_non_names_are_refused() {
        let d = dir();
        let err = Writer::new().write(d.path(), b"x").unwrap_err();
        assert!(
            err.message.starts_with("is a folder; give a file name"),
            "{err}"
        );
        assert!(d.path().is_dir());
        for bad in ["", "out/", ".", ".."] {
            let err = Writer::new().write(Path::new(bad), b"x").unwrap_err();
            assert!(err.message.contains("name"), "{bad:?}: {err}");
        }
        assert!(!Path::new("out").exists());
    }

    #[test]
    fn parent_that_is_a_file_is_explained() {
        let d = dir();
        fs::write(d.path().join("file"), b"").unwrap();
        let err = Writer::new()
            .write(&d.path().join("file/letter.pdf"), b"x")
            .unwrap_err();
        assert!(err.message.contains("is a file, not a folder"), "{err}");
    }

    fn pages(n: usize, tag: &str) -> Vec<Vec<u8>> {
        (1..=n).map(|i| format!("{tag} {i}").into_bytes()).collect()
    }

    #[test]
    fn pages_of_a_longer_earlier_letter_are_removed() {
        let d = dir();
        let path = d.path().join("letter.png");
        let w = Writer::new();
        let written = w.write_pages(&path, &pages(3, "first")).unwrap();
        assert_eq!(
            written,
            [1, 2, 3].map(|n| d.path().join(format!("letter-{n}.png")))
        );
        for keep in [
            "letter-final.png",
            "letter-3.png.bak",
            "letter-x.png",
            "other-4.png",
        ] {
            fs::write(d.path().join(keep), b"keep").unwrap();
        }
        assert_eq!(
            w.write_pages(&path, &pages(1, "second")).unwrap(),
            std::slice::from_ref(&path)
        );
        assert_eq!(fs::read(&path).unwrap(), b"second 1");
        assert_eq!(
            names(d.path()),
            [
                "letter-3.png.bak",
                "letter-final.png",
                "letter-x.png",
                "letter.png",
                "other-4.png"
            ]
        );
    }

    #[test]
    fn one_page_then_two_removes_the_single_page() {
        let d = dir();
        let path = d.path().join("letter.png");
        let w = Writer::new();
        w.write_pages(&path, &pages(1, "first")).unwrap();
        w.write_pages(&path, &pages(2, "second")).unwrap();
        assert_eq!(names(d.path()), ["letter-1.png", "letter-2.png"]);
        assert_eq!(
            fs::read(d.path().join("letter-2.png")).unwrap(),
            b"second 2"
        );
    }

    #[test]
    fn stale_pages_stop_at_the_first_gap() {
        let d = dir();
        let path = d.path().join("letter.png");
        for n in [1, 2, 3, 4, 6] {
            fs::write(d.path().join(format!("letter-{n}.png")), b"old").unwrap();
        }
        Writer::new().write_pages(&path, &pages(2, "new")).unwrap();
        assert_eq!(
            names(d.path()),
            ["letter-1.png", "letter-2.png", "letter-6.png"]
        );
    }

    #[test]
    fn pages_without_extension() {
        let d = dir();
        let path = d.path().join("letter");
        let written = Writer::new().write_pages(&path, &pages(2, "p")).unwrap();
        assert_eq!(
            written,
            [d.path().join("letter-1"), d.path().join("letter-2")]
        );
    }

    #[test]
    fn no_pages_is_an_error() {
        let d = dir();
        let err = Writer::new()
            .write_pages(&d.path().join("l.png"), &[])
            .unwrap_err();
        assert!(err.message.contains("no pages"), "{err}");
        assert!(names(d.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn failing_page_leaves_no_earlier_page_after_it() {
        let d = dir();
        let path = d.path().join("letter.png");
        for n in 1..=4 {
            fs::write(d.path().join(format!("letter-{n}.png")), b"earlier").unwrap();
        }
        // Page 2's name is a folder now: writing it fails.
        fs::remove_file(d.path().join("letter-2.png")).unwrap();
        fs::create_dir(d.path().join("letter-2.png")).unwrap();
        let err = Writer::new()
            .write_pages(&path, &pages(3, "new"))
            .unwrap_err();
        assert!(err.message.contains("is a folder"), "{err}");
        // Page 1 is new, pages 3 and 4 of the earlier letter are gone.
        assert_eq!(names(d.path()), ["letter-1.png", "letter-2.png"]);
        assert_eq!(fs::read(d.path().join("letter-1.png")).unwrap(), b"new 1");
    }

    /// A temporary file as another process would have left it, `age` old; `random` is
    /// its six random characters.
    fn leave_temp(dir: &Path, pid: u32, random: &str, age: Duration) -> PathBuf {
        let path = dir.join(format!(".letter.pdf.{pid}.{random}{TEMP_SUFFIX}"));
        let f = File::create(&path).unwrap();
        f.set_modified(SystemTime::now() - age).unwrap();
        path
    }

    fn dead_pid() -> u32 {
        let mut child = Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn stale_temp_files_of_dead_processes_are_removed() {
        let d = dir();
        let hour = Duration::from_secs(3600);
        let dead = dead_pid();
        let stale = leave_temp(d.path(), dead, "aB3xY9", hour);
        let fresh = leave_temp(d.path(), dead, "fresh1", Duration::ZERO);
        let mine = leave_temp(d.path(), std::process::id(), "aB3xY9", hour);
        // pid 1 always runs.
        let live = leave_temp(d.path(), 1, "aB3xY9", hour);
        let unrelated = [
            ".letter.pdf.swp",
            ".hidden",
            &format!(".letter.pdf.{dead}.aB3xY9.helder-tmp.bak"),
            &format!("letter.pdf.{dead}.aB3xY9.helder-tmp"),
            &format!(".letter.pdf.{dead}.short.helder-tmp"),
            &format!(".{dead}.aB3xY9.helder-tmp"),
        ];
        for name in unrelated {
            let f = File::create(d.path().join(name)).unwrap();
            f.set_modified(SystemTime::now() - hour).unwrap();
        }
        let w = Writer::new();
        w.write(&d.path().join("letter.pdf"), b"x").unwrap();
        assert!(
            !stale.exists(),
            "the dead process's old temporary file is removed"
        );
        for kept in [&fresh, &mine, &live] {
            assert!(kept.exists(), "{} is kept", kept.display());
        }
        for name in unrelated {
            assert!(d.path().join(name).exists(), "{name} is kept");
        }
        // Only the first write into a folder cleans it.
        let again = leave_temp(d.path(), dead, "again1", hour);
        w.write(&d.path().join("letter.pdf"), b"y").unwrap();
        assert!(again.exists());
        Writer::new()
            .write(&d.path().join("letter.pdf"), b"z")
            .unwrap();
        assert!(!again.exists());
    }

    #[test]
    fn temp_file_names_are_recognised() {
        let pid = |s: &str| temp_file_pid(OsStr::new(s));
        assert_eq!(pid(".letter.pdf.1234.aB3xY9.helder-tmp"), Some(1234));
        assert_eq!(pid(".a.b.c.7.zzzzzz.helder-tmp"), Some(7));
        assert_eq!(pid(".letter.pdf.01234.aB3xY9.helder-tmp"), None);
        assert_eq!(pid(".letter.pdf.12a4.aB3xY9.helder-tmp"), None);
        assert_eq!(pid(".letter.pdf.1234.aB3-Y9.helder-tmp"), None);
        assert_eq!(pid(".letter.pdf.1234..helder-tmp"), None);
        assert_eq!(pid("..1234.aB3xY9.helder-tmp"), None);
        assert_eq!(pid(".helder-tmp"), None);
    }

    #[test]
    fn temp_file_of_this_process_has_its_pid_and_a_short_name() {
        let d = dir();
        let long = "x".repeat(250);
        let path = d.path().join(&long);
        let mut seen = None;
        Writer::new()
            .write_kind(&path, b"", |file| {
                // While writing, the temporary file is the only other entry.
                let tmp = fs::read_dir(d.path())
                    .unwrap()
                    .map(|e| e.unwrap().file_name())
                    .find(|n| n.as_encoded_bytes().ends_with(TEMP_SUFFIX.as_bytes()));
                seen = tmp;
                file.write_all(b"x")
            })
            .unwrap();
        let tmp = seen.expect("a temporary file while writing");
        assert_eq!(temp_file_pid(&tmp), Some(std::process::id()));
        assert!(tmp.len() <= 255, "{}", tmp.len());
        assert_eq!(fs::read(&path).unwrap(), b"x");
    }

    #[cfg(unix)]
    proptest! {
        #[test]
        fn every_name_gives_a_recognised_temp_name(
            name in prop::collection::vec(
                any::<u8>().prop_filter("a byte allowed in a name", |b| *b != b'/' && *b != 0),
                1..255,
            ),
            pid in 1u32..=u32::MAX,
        ) {
            use std::os::unix::ffi::OsStrExt;
            let mut tmp = OsString::from(".");
            tmp.push(short_name(OsStr::from_bytes(&name)));
            tmp.push(format!(".{pid}.Ab12Cd{TEMP_SUFFIX}"));
            prop_assert!(tmp.len() <= 255);
            prop_assert_eq!(temp_file_pid(&tmp), Some(pid));
        }
    }

    /// A writer whose reader has gone away.
    struct Closed(io::ErrorKind);

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(self.0))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Accepts everything into a buffer and fails only on flush, as a `LineWriter` does.
    struct FailsOnFlush(Vec<u8>);

    impl Write for FailsOnFlush {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
    }

    #[test]
    fn broken_pipe_is_an_error() {
        let name = Path::new("<stdout>");
        let err = write_stream(Closed(io::ErrorKind::BrokenPipe), name, b"x").unwrap_err();
        assert_eq!(err.path, name);
        assert!(err.message.contains("broken pipe"), "{err}");
        assert!(err.to_string().starts_with("<stdout>: "), "{err}");
        let err = write_stream(FailsOnFlush(Vec::new()), name, b"x").unwrap_err();
        assert!(err.message.contains("broken pipe"), "{err}");
        assert!(write_stream(Vec::new(), name, b"x").is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn bad_file_descriptor_is_an_error() {
        struct BadFd;
        impl Write for BadFd {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from_raw_os_error(9))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let err = write_stream(BadFd, Path::new("<stdout>"), b"x").unwrap_err();
        assert!(err.message.contains("is closed"), "{err}");
    }

    #[test]
    fn closed_stdout_is_told_from_a_deliberate_dev_null() {
        let rw = "pos:\t0\nflags:\t0100002\nmnt_id:\t24\n";
        let wo = "pos:\t0\nflags:\t0100001\nmnt_id:\t24\n";
        assert!(is_reopened_null(Path::new("/dev/null"), rw));
        assert!(!is_reopened_null(Path::new("/dev/null"), wo));
        assert!(!is_reopened_null(Path::new("pipe:[18632]"), rw));
        assert!(!is_reopened_null(Path::new("/dev/null"), "pos:\t0\n"));
    }

    /// Runs this test binary again as `sh -c 'exec <test> <redirect>'`, with only the test
    /// `name` and `HELDER_OUTPUT_CHILD` set; returns what the child reported on stderr.
    #[cfg(target_os = "linux")]
    fn child(name: &str, redirect: &str) -> String {
        let exe = std::env::current_exe().unwrap();
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "exec \"$0\" --exact {name} --nocapture --test-threads=1 {redirect}"
            ))
            .arg(&exe)
            .env("HELDER_OUTPUT_CHILD", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        stderr
            .lines()
            .find_map(|l| l.strip_prefix("CHILD: "))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("the child reported nothing; its stderr:\n{stderr}"))
    }

    /// Rust's runtime turns a closed stdout into /dev/null; this checks in a real process
    /// that write_stdout still sees it, and that a redirect to a file works.
    #[cfg(target_os = "linux")]
    #[test]
    fn closed_stdout_is_an_error_in_a_real_process() {
        const NAME: &str = "output::tests::closed_stdout_is_an_error_in_a_real_process";
        if std::env::var_os("HELDER_OUTPUT_CHILD").is_some() {
            let told = match write_stdout(b"the letter") {
                Ok(()) => "ok".to_string(),
                Err(e) => e.to_string(),
            };
            eprintln!("CHILD: {told}");
            return;
        }
        let told = child(NAME, ">&-");
        assert!(
            told.starts_with("<stdout>: standard output is closed"),
            "{told}"
        );
        let d = dir();
        let file = d.path().join("out.txt");
        let told = child(NAME, &format!("> '{}'", file.display()));
        assert_eq!(told, "ok");
        let written = fs::read_to_string(&file).unwrap();
        assert!(written.contains("the letter"), "{written}");
    }

    #[test]
    fn error_reads_path_colon_message() {
        let e = OutputError::new(Path::new("out/letter.pdf"), "is a folder");
        assert_eq!(e.to_string(), "out/letter.pdf: is a folder");
        let e = OutputError::io(
            Path::new("x"),
            "could not write the file",
            io::Error::from(io::ErrorKind::PermissionDenied),
        );
        assert_eq!(
            e.to_string(),
            "x: could not write the file: permission denied"
        );
        assert!(std::error::Error::source(&e).is_some());
    }

    #[test]
    fn outputs_are_named_by_format_and_pages() {
        let d = dir();
        let w = Writer::new();
        let pdf = Output::Pdf {
            bytes: b"%PDF".to_vec(),
            pages: 1,
            conformance: crate::render::Conformance::PdfA2b,
        };
        let written = w.write_named(d.path(), "a/b", &pdf).unwrap();
        assert_eq!(written, [d.path().join("a/b.pdf")]);
        let png = Output::Png {
            pages: vec![b"1".to_vec(), b"2".to_vec()],
        };
        let written = w.write_named(d.path(), "a/b", &png).unwrap();
        assert_eq!(
            written,
            [d.path().join("a/b-1.png"), d.path().join("a/b-2.png")]
        );
        let target = Target::Path(d.path().join("one.png"));
        let one = Output::Png {
            pages: vec![b"1".to_vec()],
        };
        assert_eq!(
            w.write_output(&target, &one).unwrap(),
            [d.path().join("one.png")]
        );
        let err = w
            .write_output(&Target::Stdout, &png)
            .unwrap_err()
            .to_string();
        assert!(err.contains("2 pages"), "{err}");
        assert_eq!(Target::from_arg("-"), Target::Stdout);
    }
}

//! The files of a project, read the same way whether they come from a folder on disk or
//! from the default project bundled into the binary. Every loader reads through this, so
//! no loader knows where its files live.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::bundled;

/// How paths of the bundled project are shown: `<bundled>/templates/x/letter.md`.
const BUNDLED: &str = "<bundled>";

/// Where a project's files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Files {
    /// A project folder.
    Dir(PathBuf),
    /// The default project compiled into helder.
    Bundled,
}

/// One entry of a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

impl Files {
    /// The bytes of the file at `rel` (a `/`-separated path relative to the project).
    pub fn read(&self, rel: &str) -> std::io::Result<Cow<'static, [u8]>> {
        match self {
            Files::Dir(root) => Ok(Cow::Owned(std::fs::read(root.join(rel))?)),
            Files::Bundled => bundled::file(rel).map(Cow::Borrowed).ok_or_else(not_found),
        }
    }

    /// The file at `rel` as text, without a byte order mark some editors write.
    pub fn read_text(&self, rel: &str) -> std::io::Result<String> {
        let bytes = self.read(rel)?;
        let text = String::from_utf8(bytes.into_owned()).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "not UTF-8 text (at byte {}); save it as UTF-8",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        })
    }

    /// The entries directly in the folder `rel`, sorted by name, without names starting
    /// with `.` (editor and system files).
    pub fn list(&self, rel: &str) -> std::io::Result<Vec<Entry>> {
        let mut entries = match self {
            Files::Dir(root) => {
                let mut entries = Vec::new();
                for entry in std::fs::read_dir(root.join(rel))? {
                    let entry = entry?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    // Follows symlinks: a linked template folder is a folder.
                    let is_dir = entry.path().is_dir();
                    entries.push(Entry { name, is_dir });
                }
                entries
            }
            Files::Bundled => bundled::entries(rel.trim_end_matches('/'))
                .ok_or_else(not_found)?
                .into_iter()
                .map(|(name, is_dir)| Entry {
                    name: name.to_owned(),
                    is_dir,
                })
                .collect(),
        };
        entries.retain(|e| !bundled::is_left_out(&e.name));
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(entries)
    }

    pub fn is_dir(&self, rel: &str) -> bool {
        match self {
            Files::Dir(root) => root.join(rel).is_dir(),
            Files::Bundled => bundled::entries(rel.trim_end_matches('/')).is_some(),
        }
    }

    pub fn is_file(&self, rel: &str) -> bool {
        match self {
            Files::Dir(root) => root.join(rel).is_file(),
            Files::Bundled => bundled::file(rel).is_some(),
        }
    }

    /// How a file is named in messages: its path on disk, or `<bundled>/rel`.
    pub fn display(&self, rel: &str) -> PathBuf {
        match self {
            Files::Dir(root) if rel.is_empty() => root.clone(),
            Files::Dir(root) => root.join(rel),
            Files::Bundled => Path::new(BUNDLED).join(rel),
        }
    }

    /// The inverse of [`Files::display`]: a shown path relative to the project
    /// (`locales/nl/house.ftl`); a path from elsewhere stays as it is.
    pub fn relative<'a>(&self, shown: &'a Path) -> &'a Path {
        let base = match self {
            Files::Dir(root) => root.as_path(),
            Files::Bundled => Path::new(BUNDLED),
        };
        shown.strip_prefix(base).unwrap_or(shown)
    }
}

/// The text of a file as a diagnostic names it (a path on disk, or `<bundled>/rel`), for
/// drawing the line a problem points at. Large or unreadable files give nothing.
pub fn source_text(shown: &str) -> Option<String> {
    const MAX: u64 = 1024 * 1024;
    match shown
        .strip_prefix(BUNDLED)
        .and_then(|rel| rel.strip_prefix('/'))
    {
        Some(rel) => Files::Bundled.read_text(rel).ok(),
        None => crate::input::read(&crate::input::Source::File(shown.into()), MAX)
            .ok()
            .map(|input| input.text),
    }
}

fn not_found() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::NotFound,
        "no such file in the bundled project",
    )
}

/// `a/b` joined the way project paths are written.
pub fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{}/{name}", dir.trim_end_matches('/'))
    }
}

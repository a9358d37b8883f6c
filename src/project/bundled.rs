//! The default project bundled into the binary (placeholder until the bundle lands).

/// A file of the bundled project by its relative path.
pub fn file(_path: &str) -> Option<&'static [u8]> {
    None
}

/// The entries directly inside a bundled folder, sorted by name: (name, is_folder).
pub fn entries(_folder: &str) -> Option<Vec<(&'static str, bool)>> {
    None
}

/// Writes the bundled project into `dir` (placeholder).
pub fn init(_dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    Err("the bundled project is not built into this helder".into())
}

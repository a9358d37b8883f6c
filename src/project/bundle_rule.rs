// What the bundled project is: its folders and single files, and which names in them are
// not part of a project (hidden files and folders such as .git, .DS_Store or vim's
// .letter.md.swp, and editor leftovers). Shared by build.rs (what gets bundled) and the
// bundle's tests, through `include!`, so both read the same rule.

/// The bundled folders, relative to the repository root. (build.rs and the bundle's
/// tests read this list; the library itself only reads the table build.rs wrote.)
#[allow(dead_code)]
pub const FOLDERS: [&str; 6] = [
    "templates",
    "locales",
    "icons",
    "house",
    "schemes",
    "examples",
];

/// The bundled single files, relative to the repository root.
#[allow(dead_code)]
pub const SINGLE_FILES: [&str; 1] = ["docs/templates.md"];

/// True for a file or folder name that is never part of a project.
pub fn is_left_out(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swo", ".bak", ".orig", ".rej", ".tmp"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name == "Thumbs.db"
        || name == "desktop.ini"
}

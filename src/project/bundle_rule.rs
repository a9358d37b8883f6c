// Which names in the project folders are not part of a project: hidden files and
// folders (.git, .DS_Store, vim's .letter.md.swp) and editor leftovers. Shared by build.rs
// (what gets bundled) and the bundle's tests, through `include!`, so both read the same rule.

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

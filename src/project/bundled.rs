//! The default project, bundled into the binary: templates/, locales/, icons/, house/,
//! schemes/, examples/ and docs/templates.md of this repository, so an installed helder works
//! outside any project folder, and `helder init` can write it out for a municipality to adapt.
//!
//! build.rs lists the files into a sorted table of `include_bytes!`; nothing is compressed,
//! so looking a file up is a binary search and start-up does no work.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
include!("bundle_rule.rs");

/// A file of the bundled project by its relative path (`templates/x/letter.md`).
pub fn file(path: &str) -> Option<&'static [u8]> {
    FILES
        .binary_search_by(|(p, _)| (*p).cmp(path))
        .ok()
        .map(|i| FILES[i].1)
}

/// The entries directly inside a bundled folder ("" is the root), sorted by name:
/// (name, is_folder). None when no bundled file lies under `folder`.
pub fn entries(folder: &str) -> Option<Vec<(&'static str, bool)>> {
    let folder = folder.trim_end_matches('/');
    let prefix = if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    };
    // Files under one folder are contiguous in the sorted table.
    let start = FILES.partition_point(|(p, _)| *p < prefix.as_str());
    let mut names: Vec<(&'static str, bool)> = FILES[start..]
        .iter()
        .map(|(p, _)| *p)
        .take_while(|p| p.starts_with(&prefix))
        .map(|p| match p[prefix.len()..].split_once('/') {
            Some((name, _)) => (name, true),
            None => (&p[prefix.len()..], false),
        })
        .collect();
    if names.is_empty() {
        return None;
    }
    names.sort_unstable();
    names.dedup();
    Some(names)
}

/// Every bundled file's relative path, sorted.
pub fn paths() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(p, _)| *p)
}

/// Every folder that holds bundled files, parents before children ("templates" before
/// "templates/x").
fn folders() -> Vec<&'static str> {
    let mut folders: Vec<&'static str> = paths()
        .flat_map(|p| p.match_indices('/').map(move |(i, _)| &p[..i]))
        .collect();
    folders.sort_unstable();
    folders.dedup();
    folders
}

/// Writes the bundled project into `dir` (created if missing). Refuses, before writing
/// anything, when a file it would write (or a folder it needs) is already there, so no
/// work is ever lost; other files in `dir` (a .git, notes) are fine. Each file is written
/// under a temporary name in its folder and renamed into place without replacing anything.
/// Returns the files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, InitError> {
    let fail = |problem| InitError {
        dir: dir.to_path_buf(),
        problem,
    };
    let io_fail = |path: &Path, source| {
        fail(Problem::Io {
            path: path.to_path_buf(),
            source,
            written: 0,
        })
    };
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => return Err(fail(Problem::NotAFolder)),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_fail(dir, e)),
    }

    // Look everything up first: nothing is written unless every file can be.
    let mut in_the_way = Vec::new();
    let mut blocked: Vec<&str> = Vec::new(); // folders that exist as something else
    for folder in folders() {
        if blocked.iter().any(|b| folder.starts_with(&format!("{b}/"))) {
            continue;
        }
        match std::fs::metadata(dir.join(folder)) {
            Ok(meta) if !meta.is_dir() => {
                in_the_way.push(PathBuf::from(folder));
                blocked.push(folder);
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_fail(&dir.join(folder), e)),
        }
    }
    for path in paths() {
        if blocked.iter().any(|b| path.starts_with(&format!("{b}/"))) {
            continue;
        }
        // symlink_metadata: a dangling link is in the way too.
        match std::fs::symlink_metadata(dir.join(path)) {
            Ok(_) => in_the_way.push(PathBuf::from(path)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_fail(&dir.join(path), e)),
        }
    }
    if !in_the_way.is_empty() {
        in_the_way.sort();
        return Err(fail(Problem::InTheWay(in_the_way)));
    }

    let writer = crate::output::Writer::new();
    let mut written = Vec::with_capacity(FILES.len());
    for (path, bytes) in FILES {
        let target = dir.join(path);
        if let Err(e) = writer.create(&target, bytes) {
            let source = e
                .source
                .unwrap_or_else(|| io::Error::new(io::ErrorKind::AlreadyExists, e.message));
            return Err(fail(Problem::Io {
                path: target,
                source,
                written: written.len(),
            }));
        }
        written.push(target);
    }
    Ok(written)
}

/// Why `helder init` wrote nothing (or, for a write error, stopped).
#[derive(Debug)]
pub struct InitError {
    dir: PathBuf,
    problem: Problem,
}

#[derive(Debug)]
enum Problem {
    /// The target is a file.
    NotAFolder,
    /// Paths, relative to the target, that already exist.
    InTheWay(Vec<PathBuf>),
    /// Reading or writing `path` failed after `written` files were written.
    Io {
        path: PathBuf,
        source: io::Error,
        written: usize,
    },
}

#[cfg(test)]
impl InitError {
    /// The paths, relative to the target folder, that are already there (empty when the
    /// error is of another kind).
    fn in_the_way(&self) -> &[PathBuf] {
        match &self.problem {
            Problem::InTheWay(paths) => paths,
            _ => &[],
        }
    }
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dir = self.dir.display();
        match &self.problem {
            Problem::NotAFolder => write!(
                f,
                "cannot create a project in {dir}: it is a file, not a folder\n\
                 help: choose an empty folder, or a path that does not exist yet (it is created)"
            ),
            Problem::InTheWay(paths) => {
                let n = paths.len();
                let (these, are) = if n == 1 {
                    ("this path", "is")
                } else {
                    ("these paths", "are")
                };
                writeln!(
                    f,
                    "cannot create a project in {dir}: {these} of the project {are} already there:"
                )?;
                for path in paths {
                    writeln!(f, "  {}", path.display())?;
                }
                write!(
                    f,
                    "nothing was written, so nothing was lost\n\
                     help: choose an empty folder (or a new one), or move {these} away first"
                )
            }
            Problem::Io {
                path,
                source,
                written,
            } => {
                write!(
                    f,
                    "cannot create a project in {dir}: {}: {source}",
                    path.display()
                )?;
                match written {
                    0 => write!(f, "\nnothing was written"),
                    n => write!(f, "\nnote: the {n} files written before it are still there"),
                }
            }
        }
    }
}

impl std::error::Error for InitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            Problem::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The repository's own project files, walked now: relative path → bytes.
    fn repository_files() -> BTreeMap<String, Vec<u8>> {
        fn walk(dir: &Path, rel: &str, out: &mut BTreeMap<String, Vec<u8>>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let entry = entry.unwrap();
                let name = entry.file_name().into_string().unwrap();
                if is_left_out(&name) {
                    continue;
                }
                let child = format!("{rel}/{name}");
                if entry.path().is_dir() {
                    walk(&entry.path(), &child, out);
                } else {
                    out.insert(child, std::fs::read(entry.path()).unwrap());
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = BTreeMap::new();
        for folder in FOLDERS {
            walk(&root.join(folder), folder, &mut out);
        }
        for file in SINGLE_FILES {
            out.insert(file.into(), std::fs::read(root.join(file)).unwrap());
        }
        out
    }

    /// Every file a folder holds, walked: relative path → bytes (nothing left out).
    fn folder_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        fn walk(dir: &Path, rel: &str, out: &mut BTreeMap<String, Vec<u8>>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let entry = entry.unwrap();
                let name = entry.file_name().into_string().unwrap();
                let child = if rel.is_empty() {
                    name
                } else {
                    format!("{rel}/{name}")
                };
                if entry.file_type().unwrap().is_dir() {
                    walk(&entry.path(), &child, out);
                } else {
                    out.insert(child, std::fs::read(entry.path()).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(dir, "", &mut out);
        out
    }

    fn bundle() -> BTreeMap<String, Vec<u8>> {
        paths()
            .map(|p| (p.to_string(), file(p).unwrap().to_vec()))
            .collect()
    }

    #[test]
    fn bundles_exactly_the_repository_project_files() {
        let repo = repository_files();
        let bundled = bundle();
        let missing: Vec<_> = repo.keys().filter(|p| !bundled.contains_key(*p)).collect();
        let extra: Vec<_> = bundled.keys().filter(|p| !repo.contains_key(*p)).collect();
        assert!(missing.is_empty(), "not bundled: {missing:?}");
        assert!(
            extra.is_empty(),
            "bundled but not in the repository: {extra:?}"
        );
        for (path, bytes) in &repo {
            assert!(bundled[path] == *bytes, "{path}: bundled bytes differ");
        }
        // Sanity: the walk found the project, not an empty folder.
        for folder in FOLDERS {
            let prefix = format!("{folder}/");
            assert!(
                repo.keys().any(|p| p.starts_with(&prefix)),
                "{folder} is empty"
            );
        }
    }

    #[test]
    fn paths_are_sorted_relative_and_use_slashes() {
        let all: Vec<&str> = paths().collect();
        assert!(all.windows(2).all(|w| w[0] < w[1]), "not sorted and unique");
        for p in &all {
            assert!(
                !p.starts_with('/') && !p.contains('\\') && !p.contains("//"),
                "{p}"
            );
            assert!(p.split('/').all(|part| !is_left_out(part)), "{p}");
        }
    }

    #[test]
    fn file_looks_up_exact_paths_only() {
        let first = paths().next().unwrap();
        assert!(file(first).is_some());
        assert_eq!(
            file("docs/templates.md").map(<[u8]>::len),
            Some(repository_files()["docs/templates.md"].len())
        );
        assert_eq!(file("templates"), None, "a folder is not a file");
        assert_eq!(file(""), None);
        assert_eq!(file(&format!("/{first}")), None);
        assert_eq!(file("no/such/file.md"), None);
    }

    #[test]
    fn entries_of_the_root() {
        let root = entries("").unwrap();
        let expected: Vec<(&str, bool)> = vec![
            ("docs", true),
            ("examples", true),
            ("house", true),
            ("icons", true),
            ("locales", true),
            ("schemes", true),
            ("templates", true),
        ];
        assert_eq!(root, expected);
    }

    #[test]
    fn entries_of_templates_and_of_a_template_folder() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let on_disk = |folder: &str| {
            let mut names: Vec<(String, bool)> = std::fs::read_dir(repo.join(folder))
                .unwrap()
                .map(|e| e.unwrap())
                .map(|e| (e.file_name().into_string().unwrap(), e.path().is_dir()))
                .filter(|(name, _)| !is_left_out(name))
                .collect();
            names.sort();
            names
        };
        let owned = |v: Vec<(&str, bool)>| -> Vec<(String, bool)> {
            v.into_iter().map(|(n, d)| (n.to_string(), d)).collect()
        };

        let templates = entries("templates").unwrap();
        assert_eq!(owned(templates.clone()), on_disk("templates"));
        assert_eq!(entries("templates/"), Some(templates.clone()));
        let (template, _) = *templates.iter().find(|(_, is_folder)| *is_folder).unwrap();
        let folder = format!("templates/{template}");
        let inside = entries(&folder).unwrap();
        assert_eq!(owned(inside.clone()), on_disk(&folder));
        assert!(
            inside.iter().any(|(_, is_folder)| !is_folder),
            "{folder} holds files"
        );
    }

    #[test]
    fn entries_of_unknown_folders_and_of_files_are_none() {
        assert_eq!(entries("nope"), None);
        assert_eq!(entries("templates/nope"), None);
        assert_eq!(entries("docs/templates.md"), None, "a file is not a folder");
        // A name that merely starts like a folder's is not inside it.
        assert_eq!(entries("templ"), None);
        assert_eq!(entries("doc"), None);
    }

    #[test]
    fn init_into_an_empty_folder_writes_the_whole_project() {
        let tmp = tempfile::tempdir().unwrap();
        let written = init(tmp.path()).unwrap();
        assert_eq!(written.len(), paths().count());
        assert!(
            written
                .iter()
                .zip(paths())
                .all(|(w, p)| *w == tmp.path().join(p))
        );
        assert_eq!(
            folder_files(tmp.path()),
            bundle(),
            "no temp files left, bytes identical"
        );
    }

    #[test]
    fn init_creates_a_missing_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("gemeente/project");
        init(&dir).unwrap();
        assert_eq!(folder_files(&dir), bundle());
    }

    #[cfg(unix)]
    #[test]
    fn init_writes_ordinary_readable_files() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let written = init(tmp.path()).unwrap();
        let mode = std::fs::metadata(&written[0]).unwrap().permissions().mode();
        // Not tempfile's private 0600: the owner's group may read a project.
        assert_ne!(mode & 0o777, 0o600, "mode {mode:o}");
    }

    #[test]
    fn init_refuses_when_a_file_is_in_the_way_and_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let taken = paths().find(|p| p.starts_with("templates/")).unwrap();
        let target = tmp.path().join(taken);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, "my own work").unwrap();

        let err = init(tmp.path()).unwrap_err();
        assert_eq!(err.in_the_way(), [PathBuf::from(taken)]);
        let message = err.to_string();
        assert!(message.contains(taken), "{message}");
        assert!(message.contains("nothing was written"), "{message}");
        assert!(message.contains("empty folder"), "{message}");
        let left = folder_files(tmp.path());
        assert_eq!(left.len(), 1, "wrote something: {:?}", left.keys());
        assert_eq!(left[taken], b"my own work");
    }

    #[test]
    fn init_refuses_when_a_file_stands_where_a_folder_must_be() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("icons"), "not a folder").unwrap();
        let err = init(tmp.path()).unwrap_err();
        // Named once, not once per icon beneath it.
        assert_eq!(err.in_the_way(), [PathBuf::from("icons")]);
        assert_eq!(folder_files(tmp.path()).len(), 1);
    }

    #[test]
    fn init_lists_every_path_in_the_way() {
        let tmp = tempfile::tempdir().unwrap();
        init(tmp.path()).unwrap();
        let err = init(tmp.path()).unwrap_err();
        let all: Vec<PathBuf> = paths().map(PathBuf::from).collect();
        assert_eq!(err.in_the_way(), all.as_slice());
        assert!(err.to_string().contains("these paths"), "{err}");
    }

    #[test]
    fn init_keeps_unrelated_files() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join(".git")).unwrap();
        std::fs::write(tmp.path().join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
        std::fs::write(tmp.path().join("notities.txt"), "bel Marieke").unwrap();
        // A folder the project also uses, holding a file of the municipality's own.
        std::fs::create_dir(tmp.path().join("templates")).unwrap();
        std::fs::write(tmp.path().join("templates/eigen.md"), "eigen").unwrap();

        init(tmp.path()).unwrap();
        let mut expected = bundle();
        expected.insert(".git/HEAD".into(), b"ref: refs/heads/main\n".to_vec());
        expected.insert("notities.txt".into(), b"bel Marieke".to_vec());
        expected.insert("templates/eigen.md".into(), b"eigen".to_vec());
        assert_eq!(folder_files(tmp.path()), expected);
    }

    #[test]
    fn init_refuses_a_file_as_target() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("project");
        std::fs::write(&target, "a file").unwrap();
        let err = init(&target).unwrap_err();
        assert!(err.to_string().contains("not a folder"), "{err}");
        assert!(err.in_the_way().is_empty());
        assert_eq!(std::fs::read(&target).unwrap(), b"a file");
        assert_eq!(folder_files(tmp.path()).len(), 1);
    }

    #[test]
    fn init_below_a_file_fails_with_the_path() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("afile"), "a file").unwrap();
        let target = tmp.path().join("afile/project");
        let err = init(&target).unwrap_err();
        let message = err.to_string();
        assert!(message.contains(&target.display().to_string()), "{message}");
        assert!(message.contains("nothing was written"), "{message}");
        assert!(std::error::Error::source(&err).is_some());
        assert_eq!(folder_files(tmp.path()).len(), 1);
    }

    #[test]
    fn left_out_names() {
        for name in [
            ".git",
            ".DS_Store",
            ".letter.md.swp",
            "letter.md~",
            "#letter.md#",
            "x.orig",
            "Thumbs.db",
        ] {
            assert!(is_left_out(name), "{name}");
        }
        for name in [
            "letter.md",
            "nl.ftl",
            "schema.json",
            "#",
            "bijstand.toml",
            "a.typ",
        ] {
            assert!(!is_left_out(name), "{name}");
        }
    }
}

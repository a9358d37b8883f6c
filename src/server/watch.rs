//! Live reload for the studio: a thread looks at the project's files twice a second
//! (size and modification time; no watcher library, and it works on every file system),
//! reloads each part whose files changed ([`Project::reload`] with [`Part::of`]) and tells
//! the studio's open pages through the event stream. A part that fails to reload keeps
//! its old version; the studio is told what is wrong.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde_json::json;
use tokio::sync::watch as signal;

use super::App;
use crate::project::{Files, Part};

const EVERY: Duration = Duration::from_millis(400);

/// What a project folder holds: relative path → (size, modified).
type Snapshot = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

/// Starts the watcher when the project is a folder (the bundled project never changes).
pub(super) fn start(app: &Arc<App>, stopped: signal::Receiver<bool>) {
    let Files::Dir(root) = app.project.parts().files.clone() else {
        return;
    };
    let app = Arc::clone(app);
    std::thread::spawn(move || {
        let mut before = snapshot(&root);
        while !*stopped.borrow() {
            std::thread::sleep(EVERY);
            let now = snapshot(&root);
            let parts = changed(&before, &now);
            before = now;
            if parts.is_empty() {
                continue;
            }
            let mut problems = Vec::new();
            for part in &parts {
                if let Err(e) = app.project.reload(*part) {
                    problems.push(e.diagnostics());
                }
            }
            // A template that no longer loads is left out of the project, not an error
            // of the reload: its problems are told too.
            for (_, errors) in app.project.template_problems() {
                for e in errors {
                    problems.push(crate::Error::Template(e).diagnostics());
                }
            }
            let names: Vec<&str> = parts.iter().map(|p| p.folder()).collect();
            let event = json!({ "parts": names, "problems": problems });
            // No page open is no error.
            let _ = app.reloads.send(event.to_string());
        }
    });
}

/// The parts whose files differ between two snapshots, in the order of [`Part::ALL`]
/// (templates before locales: a locale reload rebinds the templates just reloaded).
fn changed(before: &Snapshot, now: &Snapshot) -> Vec<Part> {
    let mut parts = Vec::new();
    let differs = before
        .iter()
        .filter(|(path, meta)| now.get(*path) != Some(meta))
        .map(|(path, _)| path)
        .chain(now.keys().filter(|path| !before.contains_key(*path)));
    for path in differs {
        if let Some(part) = Part::of(path)
            && !parts.contains(&part)
        {
            parts.push(part);
        }
    }
    parts.sort_by_key(|p| Part::ALL.iter().position(|q| q == p));
    parts
}

fn snapshot(root: &Path) -> Snapshot {
    let mut files = Snapshot::new();
    for part in Part::ALL {
        walk(root, Path::new(part.folder()), &mut files, 0);
    }
    files
}

fn walk(root: &Path, rel: &Path, files: &mut Snapshot, depth: usize) {
    // Templates nest a few folders deep; a loop of links must not run forever.
    if depth > 8 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(root.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let rel = rel.join(entry.file_name());
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if meta.is_dir() {
            walk(root, &rel, files, depth + 1);
        } else {
            files.insert(rel, (meta.len(), meta.modified().ok()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_added_or_removed_file_names_its_part_once() {
        let mut before = Snapshot::new();
        before.insert("templates/a/letter.md".into(), (1, None));
        before.insert("templates/a/template.toml".into(), (1, None));
        before.insert("house/letter.css".into(), (1, None));
        let mut now = before.clone();
        assert!(changed(&before, &now).is_empty());
        now.insert("templates/a/letter.md".into(), (2, None));
        now.insert("locales/en/x.ftl".into(), (1, None));
        now.remove(Path::new("house/letter.css"));
        now.insert("README.md".into(), (1, None));
        assert_eq!(
            changed(&before, &now),
            vec![Part::Templates, Part::Locales, Part::House]
        );
    }
}

//! The studio in headless Chromium (Debian's `chromium`, driven by playwright-core from
//! npm; `scripts/setup` installs both): load it, switch language, edit a message file on
//! disk and see the preview change, see a plain-language finding with its `.ftl` line,
//! and a static finding (a pictogram in a branch no example reaches) at its letter.md line;
//! axe-core then finds no WCAG 2.1 A/AA or best-practice problem on the page.
//! The service runs on a copy of the project (`helder init`), so the test edits no file
//! of the repository.
//!
//! Without Chromium or the npm package the test says so and passes, except in CI
//! (`CI` set), where it fails: CI installs them.

use std::net::SocketAddr;
use std::process::Command;

#[path = "common/browser.rs"]
mod browser;

use helder::Project;
use helder::server::{Config, Server};

#[test]
fn the_studio_previews_switches_language_reloads_on_a_file_change_and_shows_findings() {
    let Some(dir) = browser::ready(&["playwright-core", "axe-core"]) else {
        return;
    };
    let copy = tempfile::tempdir().unwrap();
    Project::init(copy.path()).unwrap();
    let project = Project::open(copy.path()).unwrap();
    let config = Config {
        addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        log: false,
        watch: true,
        ..Config::default()
    };
    let server = Server::bind(project, config).unwrap().spawn().unwrap();
    let out = Command::new("node")
        .arg(dir.join("studio.mjs"))
        .arg(format!("http://{}", server.addr))
        .arg(copy.path())
        .current_dir(&dir)
        .output()
        .expect("node runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(text.contains("static finding seen"), "{text}");
    assert!(text.contains("axe-core clean"), "{text}");
}

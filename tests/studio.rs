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
use std::path::{Path, PathBuf};
use std::process::Command;

use helder::Project;
use helder::server::{Config, Server};

fn browser_tools(dir: &Path) -> Result<(), String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        return Err(format!("no Chromium at {chromium}"));
    }
    for package in ["playwright-core", "axe-core"] {
        if !dir.join("node_modules").join(package).is_dir() {
            return Err(format!(
                "no {package} in tests/studio/node_modules (npm ci --prefix tests/studio)"
            ));
        }
    }
    Ok(())
}

#[test]
fn the_studio_previews_switches_language_reloads_on_a_file_change_and_shows_findings() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/studio");
    if let Err(missing) = browser_tools(&dir) {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the studio test: {missing}"
        );
        eprintln!("skipped: {missing}; scripts/setup installs what the studio test needs");
        return;
    }
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

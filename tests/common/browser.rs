//! The browser tests' tools: Debian's headless Chromium and the npm packages of
//! `tests/studio` (playwright-core, axe-core), which `scripts/setup` installs.

use std::path::{Path, PathBuf};

/// `tests/studio`, where the browser scripts and their `node_modules` are.
fn studio() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/studio")
}

fn missing(dir: &Path, packages: &[&str]) -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        return Some(format!("no Chromium at {chromium}"));
    }
    packages
        .iter()
        .find(|p| !dir.join("node_modules").join(p).is_dir())
        .map(|p| format!("no {p} in tests/studio/node_modules (npm ci --prefix tests/studio)"))
}

/// `tests/studio` when Chromium and `packages` are there. Without them a test says so
/// and is skipped (`None`), except in CI (`CI` set), where it fails: CI installs them.
pub fn ready(packages: &[&str]) -> Option<PathBuf> {
    let dir = studio();
    let Some(missing) = missing(&dir, packages) else {
        return Some(dir);
    };
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must run the browser tests: {missing}"
    );
    eprintln!("skipped: {missing}; scripts/setup installs what the browser tests need");
    None
}

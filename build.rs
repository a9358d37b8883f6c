//! Bundles the default project (templates, locales, icons, house style, schemes, examples
//! and the template guide) into the binary: writes `$OUT_DIR/bundled.rs`, a table of
//! `(path, include_bytes!(..))` sorted by path, read by `src/project/bundled.rs`.
//! Nothing is compressed, so start-up decompresses and parses nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

include!("src/project/bundle_rule.rs");

fn main() {
    let root =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/project/bundle_rule.rs");

    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for folder in FOLDERS {
        // A folder makes cargo rerun this script when anything inside it changes,
        // including added and removed files (which include_bytes! alone would miss).
        println!("cargo:rerun-if-changed={folder}");
        walk(&root.join(folder), folder, &mut files);
    }
    for file in SINGLE_FILES {
        println!("cargo:rerun-if-changed={file}");
        files.push((file.to_string(), root.join(file)));
    }
    files.sort();

    let mut out = String::from("/// Every bundled file as (path, bytes), sorted by path.\n");
    out.push_str("static FILES: &[(&str, &[u8])] = &[\n");
    for (rel, abs) in &files {
        let abs = abs
            .to_str()
            .unwrap_or_else(|| panic!("bundled file {}: path is not UTF-8", abs.display()));
        writeln!(out, "    ({rel:?}, include_bytes!({abs:?})),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
}

/// Collects the files under `dir` (bundled as `rel/...`), leaving out hidden names and
/// editor leftovers at any depth.
fn walk(dir: &Path, rel: &str, files: &mut Vec<(String, PathBuf)>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
        let name = entry.file_name();
        let name = name
            .to_str()
            .unwrap_or_else(|| panic!("{}: name {name:?} is not UTF-8", dir.display()));
        if is_left_out(name) {
            continue;
        }
        let path = entry.path();
        let child = format!("{rel}/{name}");
        // fs::metadata follows symlinks: a linked file is bundled with its target's bytes.
        let meta =
            fs::metadata(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        if meta.is_dir() {
            walk(&path, &child, files);
        } else {
            files.push((child, path));
        }
    }
}

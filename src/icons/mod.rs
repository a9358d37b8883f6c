//! Pictograms: SVG files in `icons/`, listed with keywords and alt-text message ids in
//! `icons/icons.toml`.
//!
//! The SVGs are drawn for this project and trusted, but they are inlined into HTML and
//! handed to typst's SVG renderer, so loading checks what would hurt there: well-formed
//! XML without a DTD, an `<svg>` root with a `viewBox`, no scripts, no event handler
//! attributes, no references outside the file, no `<text>` (a pictogram carries no words;
//! its alt text is translated), and ids prefixed with the icon name so two icons inlined
//! in one page never collide.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::project::files::{Files, join};

/// Largest SVG accepted: pictograms are a few hundred bytes; anything near this is a
/// mistake (an embedded bitmap, an export with editor metadata).
const MAX_SVG_BYTES: usize = 64 * 1024;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

#[derive(Debug, Clone, PartialEq)]
pub struct Icon {
    pub name: String,
    pub keywords: Vec<String>,
    /// Fluent message id of the alternative text.
    pub alt: String,
    /// The SVG document (drawn for this project; trusted).
    pub svg: String,
}

impl Icon {
    /// The `<svg>…</svg>` element alone, without XML declaration or surrounding
    /// comments: what goes inline into HTML.
    pub fn svg_element(&self) -> &str {
        // Checked at load: the document parses and has an <svg> root.
        svg_element(&self.svg).unwrap_or(&self.svg)
    }
}

/// All pictograms, loaded once.
#[derive(Debug, Clone)]
pub struct Icons {
    by_name: BTreeMap<String, Icon>,
}

/// One `[[icon]]` table of `icons.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    name: String,
    file: String,
    keywords: Vec<String>,
    alt: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    #[serde(default)]
    icon: Vec<ManifestEntry>,
}

impl Icons {
    /// Loads an icons folder on disk, as [`Icons::load`] does.
    pub fn load_dir(dir: &Path) -> Result<Icons, String> {
        Icons::load(&Files::Dir(dir.to_path_buf()), "")
    }

    /// Loads `dir/icons.toml` and every SVG it names; a missing or malformed SVG is an error.
    /// Errors name the manifest or SVG file and what was expected.
    pub fn load(files: &Files, dir: &str) -> Result<Icons, String> {
        let manifest_path = files.display(&join(dir, "icons.toml"));
        let text = files.read_text(&join(dir, "icons.toml")).map_err(|e| {
            format!(
                "{}: cannot read the icon manifest: {e}",
                manifest_path.display()
            )
        })?;
        let manifest: Manifest = toml::from_str(&text).map_err(|e| {
            format!(
                "{}: not a valid icon manifest: {e}",
                manifest_path.display()
            )
        })?;
        if manifest.icon.is_empty() {
            return Err(format!(
                "{}: lists no icons (expected [[icon]] tables with name, file, keywords, alt)",
                manifest_path.display()
            ));
        }

        let mut by_name = BTreeMap::new();
        for (index, entry) in manifest.icon.into_iter().enumerate() {
            let at = format!(
                "{}: icon #{} ({:?})",
                manifest_path.display(),
                index + 1,
                entry.name
            );
            crate::diag::check_id(crate::diag::IdKind::Icon, &entry.name)
                .map_err(|e| format!("{at}: {e}"))?;
            if by_name.contains_key(&entry.name) {
                return Err(format!("{at}: the name is listed twice"));
            }
            check_file_name(&entry.file).map_err(|e| format!("{at}: file {:?} {e}", entry.file))?;
            check_message_id(&entry.alt).map_err(|e| format!("{at}: alt {:?} {e}", entry.alt))?;
            if entry.keywords.is_empty() || entry.keywords.iter().any(|k| k.trim().is_empty()) {
                return Err(format!("{at}: keywords must be a list of non-empty words"));
            }

            let svg_path = files.display(&join(dir, &entry.file));
            let bytes = files
                .read(&join(dir, &entry.file))
                .map_err(|e| format!("{}: cannot read ({at}): {e}", svg_path.display()))?;
            if bytes.len() > MAX_SVG_BYTES {
                return Err(format!(
                    "{}: {} bytes; a pictogram is expected to be under {MAX_SVG_BYTES}",
                    svg_path.display(),
                    bytes.len()
                ));
            }
            let svg = String::from_utf8(bytes.into_owned())
                .map_err(|_| format!("{}: not UTF-8 text", svg_path.display()))?;
            check_svg(&svg, Some(&entry.name))
                .map_err(|e| format!("{}: {e}", svg_path.display()))?;

            by_name.insert(
                entry.name.clone(),
                Icon {
                    name: entry.name,
                    keywords: entry.keywords,
                    alt: entry.alt,
                    svg,
                },
            );
        }
        Ok(Icons { by_name })
    }

    pub fn get(&self, name: &str) -> Option<&Icon> {
        self.by_name.get(name)
    }

    /// Every icon, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = &Icon> {
        self.by_name.values()
    }

    /// Icons whose name or one of whose keywords contains `query` (case-insensitive),
    /// sorted by name: for writers looking for the right pictogram.
    pub fn search(&self, query: &str) -> Vec<&Icon> {
        let q = query.trim().to_lowercase();
        self.iter()
            .filter(|icon| {
                q.is_empty()
                    || icon.name.contains(&q)
                    || icon.keywords.iter().any(|k| k.to_lowercase().contains(&q))
            })
            .collect()
    }
}

fn check_file_name(file: &str) -> Result<(), String> {
    let plain = !file.is_empty()
        && !file.starts_with('.')
        && file
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !plain {
        return Err("must be a plain file name inside the icons directory".into());
    }
    if !file.ends_with(".svg") {
        return Err("must end in .svg".into());
    }
    Ok(())
}

fn check_message_id(id: &str) -> Result<(), String> {
    let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err("is not a Fluent message id (a letter, then letters, digits, '-', '_')".into())
    }
}

/// Checks that `svg` is a standalone SVG document safe to inline into HTML and to hand to
/// typst: well-formed, no DTD, an `<svg>` root in the SVG namespace with a `viewBox`, no
/// `<script>`, `<foreignObject>`, `<text>` or animation, no `on*` attributes, no reference that leaves
/// the document. With `id_prefix`, every `id` must start with `<prefix>-`.
/// Also used for the letterhead logo.
pub fn check_svg(svg: &str, id_prefix: Option<&str>) -> Result<(), String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(svg, options)
        .map_err(|e| format!("not well-formed XML: {e}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err(format!(
            "the root element must be <svg xmlns=\"{SVG_NS}\">, found <{}>",
            root.tag_name().name()
        ));
    }
    if !svg[root.range()].starts_with("<svg") {
        return Err("the root element must be written <svg ...> without a namespace prefix".into());
    }
    let view_box = root
        .attribute("viewBox")
        .ok_or("the <svg> root has no viewBox attribute")?;
    let numbers: Vec<f64> = view_box
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("viewBox {view_box:?} is not four numbers"))?;
    if numbers.len() != 4 || numbers[2] <= 0.0 || numbers[3] <= 0.0 {
        return Err(format!(
            "viewBox {view_box:?} must be four numbers with a positive width and height"
        ));
    }

    for node in root.descendants() {
        if node.is_element() {
            let tag = node.tag_name().name();
            let line = doc.text_pos_at(node.range().start).row;
            // Animation elements can rewrite attributes (an href) after loading.
            if matches!(
                tag,
                "script"
                    | "foreignObject"
                    | "text"
                    | "iframe"
                    | "set"
                    | "animate"
                    | "animateMotion"
                    | "animateTransform"
                    | "handler"
                    | "listener"
            ) {
                return Err(format!(
                    "line {line}: <{tag}> is not allowed in a pictogram"
                ));
            }
            if node.tag_name().namespace() != Some(SVG_NS) {
                return Err(format!("line {line}: <{tag}> is not an SVG element"));
            }
            for attr in node.attributes() {
                let name = attr.name();
                let value = attr.value();
                if name.to_ascii_lowercase().starts_with("on") {
                    return Err(format!(
                        "line {line}: event handler attribute {name}=\"...\" is not allowed"
                    ));
                }
                if name == "href" && !value.starts_with('#') {
                    return Err(format!(
                        "line {line}: {name}=\"{value}\" refers outside the file; only #fragment references are allowed"
                    ));
                }
                if external_url(value) {
                    return Err(format!(
                        "line {line}: {name}=\"{value}\" refers outside the file; only url(#id) is allowed"
                    ));
                }
                if name == "id"
                    && let Some(prefix) = id_prefix
                    && !value.starts_with(&format!("{prefix}-"))
                {
                    return Err(format!(
                        "line {line}: id=\"{value}\" must start with \"{prefix}-\" so inlined icons do not collide"
                    ));
                }
            }
        } else if node.is_text()
            && node
                .parent()
                .is_some_and(|p| p.tag_name().name() == "style")
        {
            let css = node.text().unwrap_or_default();
            if external_url(css) || css.contains("@import") {
                return Err("a <style> element refers outside the file".into());
            }
        }
    }
    Ok(())
}

/// Whether a value or style sheet holds a `url(...)` that does not point at `#id`.
fn external_url(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.match_indices("url(").any(|(i, m)| {
        let rest = lower[i + m.len()..]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
        !rest.starts_with('#')
    })
}

/// The root element of an SVG document, without XML declaration and comments around it;
/// `None` when `svg` is not well-formed.
pub fn svg_element(svg: &str) -> Option<&str> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(svg, options).ok()?;
    svg.get(doc.root_element().range())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn icons_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("icons")
    }

    const GOOD: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" r="9"/></svg>
"##;

    fn dir_with(manifest: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("icons.toml"), manifest).unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    const ONE: &str = "[[icon]]\nname = \"dot\"\nfile = \"dot.svg\"\nkeywords = [\"punt\", \"dot\"]\nalt = \"icon-dot\"\n";

    #[test]
    fn real_icons_load_sorted_with_all_required_pictograms() {
        let icons = Icons::load_dir(&icons_dir()).unwrap();
        let names: Vec<&str> = icons.iter().map(|i| i.name.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        for required in [
            "money",
            "calendar",
            "deadline",
            "bank-statement",
            "payslip",
            "annual-statement",
            "id-card",
            "rental-contract",
            "insurance",
            "invoice",
            "medical",
            "car",
            "tax",
            "envelope",
            "phone",
            "computer",
            "upload",
            "counter",
            "warning",
            "info",
            "objection",
            "checkmark",
            "person",
            "family",
            "question",
        ] {
            let icon = icons
                .get(required)
                .unwrap_or_else(|| panic!("missing pictogram {required}"));
            assert_eq!(icon.alt, format!("icon-{required}"));
            assert!(
                icon.keywords.len() >= 2,
                "{required} needs Dutch and English keywords"
            );
            assert!(
                icon.svg_element().starts_with("<svg") && icon.svg_element().ends_with("</svg>")
            );
        }
    }

    #[test]
    fn real_icons_load_in_typst_svg_renderer() {
        let icons = Icons::load_dir(&icons_dir()).unwrap();
        for icon in icons.iter() {
            let bytes = typst::foundations::Bytes::new(icon.svg.clone().into_bytes());
            if let Err(e) = typst::visualize::SvgImage::new(bytes) {
                panic!("typst cannot load {}: {e:?}", icon.name);
            }
        }
    }

    #[test]
    fn search_finds_dutch_and_english_keywords() {
        let icons = Icons::load_dir(&icons_dir()).unwrap();
        let names = |q| {
            icons
                .search(q)
                .iter()
                .map(|i| i.name.clone())
                .collect::<Vec<_>>()
        };
        assert!(names("bankafschrift").contains(&"bank-statement".to_string()));
        assert!(names("Payslip").contains(&"payslip".to_string()));
        assert!(names("zzz-nothing").is_empty());
    }

    #[test]
    fn small_valid_set_loads() {
        let dir = dir_with(ONE, &[("dot.svg", GOOD)]);
        let icons = Icons::load_dir(dir.path()).unwrap();
        assert_eq!(icons.iter().count(), 1);
        assert!(
            icons
                .get("dot")
                .unwrap()
                .svg_element()
                .starts_with("<svg xmlns")
        );
        assert!(icons.get("nope").is_none());
    }

    fn load_err(manifest: &str, files: &[(&str, &str)]) -> String {
        let dir = dir_with(manifest, files);
        Icons::load_dir(dir.path()).unwrap_err()
    }

    #[test]
    fn manifest_errors_are_clear() {
        let e = Icons::load_dir(Path::new("/nonexistent/icons")).unwrap_err();
        assert!(e.contains("icons.toml") && e.contains("cannot read"), "{e}");

        let e = load_err("[[icon]]\nname = \"dot\"\n", &[]);
        assert!(
            e.contains("icons.toml") && e.contains("missing field"),
            "{e}"
        );

        let e = load_err("", &[]);
        assert!(e.contains("lists no icons"), "{e}");

        let e = load_err(&ONE.replace("dot.svg", "missing.svg"), &[]);
        assert!(
            e.contains("missing.svg") && e.contains("cannot read"),
            "{e}"
        );

        let e = load_err(
            &ONE.replace("file = \"dot.svg\"", "file = \"../dot.svg\""),
            &[],
        );
        assert!(e.contains("plain file name"), "{e}");

        let e = load_err(&format!("{ONE}\n{ONE}"), &[("dot.svg", GOOD)]);
        assert!(e.contains("listed twice"), "{e}");

        let e = load_err(
            &ONE.replace("name = \"dot\"", "name = \"Dot Big\""),
            &[("dot.svg", GOOD)],
        );
        assert!(
            e.contains("\"Dot Big\"") && e.contains("an icon name cannot hold"),
            "{e}"
        );

        let e = load_err(&ONE.replace("icon-dot", "icon dot"), &[("dot.svg", GOOD)]);
        assert!(e.contains("Fluent message id"), "{e}");

        let e = load_err(
            &ONE.replace("[\"punt\", \"dot\"]", "[]"),
            &[("dot.svg", GOOD)],
        );
        assert!(e.contains("keywords"), "{e}");

        let e = load_err(&format!("{ONE}colour = \"red\"\n"), &[("dot.svg", GOOD)]);
        assert!(e.contains("unknown field"), "{e}");
    }

    fn svg_err(svg: &str) -> String {
        let e = load_err(ONE, &[("dot.svg", svg)]);
        assert!(e.contains("dot.svg"), "error does not name the file: {e}");
        e
    }

    #[test]
    fn bad_svgs_are_rejected_naming_the_file() {
        let svg = |body: &str| {
            format!(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">{body}</svg>"#)
        };
        assert!(
            svg_err("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\">")
                .contains("well-formed")
        );
        assert!(svg_err("<html/>").contains("root element"));
        assert!(svg_err("<svg viewBox=\"0 0 48 48\"/>").contains("root element"));
        assert!(svg_err("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").contains("viewBox"));
        assert!(
            svg_err("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 0 48\"/>")
                .contains("viewBox")
        );
        assert!(
            svg_err("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"a b c d\"/>")
                .contains("viewBox")
        );
        assert!(svg_err(&svg("<script>alert(1)</script>")).contains("<script>"));
        assert!(svg_err(&svg("<text x=\"1\">Hi</text>")).contains("<text>"));
        assert!(
            svg_err(&svg(
                "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:x()\"/></a>"
            ))
            .contains("<set>")
        );
        assert!(svg_err(&svg("<circle r=\"3\" onload=\"x()\"/>")).contains("onload"));
        assert!(svg_err(&svg("<circle r=\"3\" ONCLICK=\"x()\"/>")).contains("ONCLICK"));
        let xlink = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 4 4"><image xlink:href="https://evil.example/a.png"/></svg>"#;
        assert!(svg_err(xlink).contains("refers outside"));
        assert!(svg_err(&svg("<use href=\"other.svg#a\"/>")).contains("refers outside"));
        assert!(
            svg_err(&svg("<rect fill=\"url(https://x.example/p)\"/>")).contains("refers outside")
        );
        assert!(svg_err(&svg("<style>@import 'x.css';</style>")).contains("<style>"));
        assert!(svg_err(&svg("<circle id=\"a\" r=\"3\"/>")).contains("dot-"));
        let dtd = "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"/>";
        assert!(svg_err(dtd).contains("well-formed"));
    }

    #[test]
    fn local_references_and_prefixed_ids_are_fine() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><defs><linearGradient id="dot-g"/></defs><rect fill="url(#dot-g)" width="4" height="4"/><use href="#dot-g"/></svg>"##;
        check_svg(svg, Some("dot")).unwrap();
    }
}

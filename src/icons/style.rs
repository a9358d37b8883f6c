//! The drawing style every pictogram of helder follows (`icons/README.md`), as a check:
//! one viewBox and size, one stroke width with round caps and joins set once on the
//! root, the same two colours (navy lines, one accent fill), one corner radius, nothing
//! drawn outside the box, small files. `helder icons` reports what breaks it, and the
//! tests hold the bundled set to it, so a pictogram added later looks like the others.

/// Attributes the `<svg>` root carries, exactly: what every element inherits.
pub const ROOT: [(&str, &str); 8] = [
    ("width", "48"),
    ("height", "48"),
    ("viewBox", "0 0 48 48"),
    ("fill", "none"),
    ("stroke", NAVY),
    ("stroke-width", "3"),
    ("stroke-linecap", "round"),
    ("stroke-linejoin", "round"),
];

/// The line colour.
pub const NAVY: &str = "#1b2a4a";
/// The one accent, for the part that carries the meaning.
pub const ACCENT: &str = "#f6b73c";
/// The corner radius of every rectangle.
pub const CORNER: &str = "3";
/// Largest pictogram file: a pictogram is a few shapes.
pub const MAX_BYTES: usize = 4096;

/// Elements a pictogram may be drawn with.
const SHAPES: [&str; 8] = [
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline",
];

/// Attributes that would change the look set on the root (width, colours beyond the
/// two, transparency, the fill rule): left out so every pictogram draws alike.
const FIXED: [&str; 9] = [
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "fill-rule",
    "clip-rule",
    "opacity",
    "fill-opacity",
    "stroke-opacity",
    "style",
];

/// Every way `svg` departs from the house style of the pictograms; empty when it keeps
/// to it. Expects a document [`super::check_svg`] accepted.
pub fn problems(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    if svg.len() > MAX_BYTES {
        out.push(format!(
            "{} bytes; a pictogram stays under {MAX_BYTES}",
            svg.len()
        ));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let doc = match roxmltree::Document::parse_with_options(svg, options) {
        Ok(doc) => doc,
        Err(e) => return vec![format!("not well-formed XML: {e}")],
    };
    let root = doc.root_element();
    for (name, value) in ROOT {
        match root.attribute(name) {
            Some(v) if v == value => {}
            Some(v) => out.push(format!("<svg {name}=\"{v}\">: expected {name}=\"{value}\"")),
            None => out.push(format!("<svg> has no {name}=\"{value}\"")),
        }
    }
    for node in root.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name();
        let line = doc.text_pos_at(node.range().start).row;
        if !SHAPES.contains(&tag) {
            out.push(format!(
                "line {line}: <{tag}>: draw with {}",
                SHAPES[2..].join(", ")
            ));
        }
        let is_root = node == root;
        for attr in node.attributes() {
            let (name, value) = (attr.name(), attr.value());
            if !is_root && FIXED.contains(&name) {
                out.push(format!(
                    "line {line}: <{tag} {name}=\"{value}\">: the root sets how lines look; \
                     leave {name} out"
                ));
            }
            if matches!(name, "fill" | "stroke")
                && !matches!(value, "none" | NAVY | ACCENT)
                && !(is_root && name == "fill")
            {
                out.push(format!(
                    "line {line}: <{tag} {name}=\"{value}\">: use {NAVY} (lines) or {ACCENT} \
                     (the accent), or none"
                ));
            }
        }
        if tag == "rect" {
            let rx = node.attribute("rx");
            let ry = node.attribute("ry");
            if rx != Some(CORNER) || ry.is_some_and(|ry| ry != CORNER) {
                out.push(format!(
                    "line {line}: <rect rx=\"{}\">: every rectangle has rx=\"{CORNER}\"",
                    rx.unwrap_or("")
                ));
            }
        }
    }
    match bounds(svg) {
        Ok((x0, y0, x1, y1)) => {
            // Lines are 3 wide: a shape whose stroke leaves the 48 × 48 box is cut off.
            if x0 < 0.0 || y0 < 0.0 || x1 > 48.0 || y1 > 48.0 {
                out.push(format!(
                    "drawn from ({x0:.1}, {y0:.1}) to ({x1:.1}, {y1:.1}), outside the 48 × 48 box"
                ));
            }
        }
        Err(e) => out.push(e),
    }
    out
}

/// The box the drawing covers, lines included, as usvg (typst's SVG reader) sees it.
pub fn bounds(svg: &str) -> Result<(f32, f32, f32, f32), String> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default())
        .map_err(|e| format!("usvg cannot read it: {e}"))?;
    let b = tree.root().abs_stroke_bounding_box();
    Ok((b.left(), b.top(), b.right(), b.bottom()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT_TAG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" fill="none" stroke="#1b2a4a" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">"##;

    fn svg(body: &str) -> String {
        format!("{ROOT_TAG}{body}</svg>")
    }

    #[test]
    fn a_pictogram_in_style_has_no_problems() {
        let ok = svg(
            r##"<rect x="8" y="8" width="32" height="32" rx="3" fill="#f6b73c"/><path d="M16 24h16"/>"##,
        );
        assert_eq!(problems(&ok), Vec::<String>::new());
    }

    #[test]
    fn each_departure_is_named() {
        let one = |body: &str| problems(&svg(body)).join("\n");
        assert!(one(r#"<path d="M8 8h9" stroke-width="2"/>"#).contains("stroke-width"));
        assert!(one(r#"<path d="M8 8h9" stroke="red"/>"#).contains("stroke=\"red\""));
        assert!(one(r##"<circle cx="9" cy="9" r="3" fill="#ffffff"/>"##).contains("#ffffff"));
        assert!(one(r#"<rect x="8" y="8" width="9" height="9" rx="1"/>"#).contains("rx=\"3\""));
        assert!(one(r#"<rect x="8" y="8" width="9" height="9"/>"#).contains("rx=\"3\""));
        assert!(one(r#"<path d="M1 1h10"/>"#).contains("outside the 48 × 48 box"));
        assert!(one(r#"<polygon points="9 9 20 9 9 20"/>"#).contains("<polygon>"));
        assert!(one(r#"<path d="M8 8h9" fill-rule="evenodd"/>"#).contains("fill-rule"));
        let wrong_root = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M8 8h9"/></svg>"#;
        let all = problems(wrong_root).join("\n");
        assert!(all.contains("viewBox=\"0 0 24 24\""), "{all}");
        assert!(all.contains("no stroke-width"), "{all}");
        let big = svg(&"<path d=\"M8 8h9\"/>".repeat(300));
        assert!(problems(&big).join("\n").contains("under 4096"));
    }
}

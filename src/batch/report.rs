//! `summary.html`: the report a team lead opens the morning after a batch. One
//! self-contained file (inline SVG charts drawn by plotters, inline CSS, no scripts, no
//! external files) made from the manifest alone, so a merged manifest of shards gives
//! the same report as one run.
//!
//! No personal data: only templates, languages, codes, neighbourhoods and counts. Every
//! count under [`SUPPRESS_BELOW`] is shown as "< 10" (small-count suppression, as
//! statistics offices do), in the tables and on the charts, so the figures can be shared
//! without identifying anyone.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use plotters::prelude::*;

use crate::error::Error;
use crate::output::Writer;

use super::manifest::{self, Entry, Status};

/// Counts below this are not shown.
pub const SUPPRESS_BELOW: u64 = 10;
/// What stands for a suppressed count.
pub const SUPPRESSED: &str = "< 10";

/// A count as shown: itself from 10 on, else "< 10".
pub fn show_count(n: u64) -> String {
    if n < SUPPRESS_BELOW {
        SUPPRESSED.to_string()
    } else {
        n.to_string()
    }
}

/// The figures of a batch, summed from its manifest.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Figures {
    pub records: u64,
    pub letters: u64,
    pub failed: u64,
    /// (template, language) → letters.
    pub by_template: BTreeMap<(String, String), u64>,
    /// Error code → failed records with it.
    pub failures: BTreeMap<String, u64>,
    /// Pages → letters.
    pub pages: BTreeMap<usize, u64>,
    /// (template, language, score) → (sum, letters).
    pub readability: BTreeMap<(String, String, String), (f64, u64)>,
    /// Checklist letters, requests before merging, items after.
    pub checklists: (u64, u64, u64),
    /// Neighbourhood → (letters, failed).
    pub areas: BTreeMap<String, (u64, u64)>,
}

impl Figures {
    pub fn add(&mut self, entry: &Entry) {
        self.records += 1;
        let template = entry.template.clone().unwrap_or_else(|| "(unknown)".into());
        let language = entry.language.clone().unwrap_or_else(|| "(unknown)".into());
        let area = entry.area.clone();
        match entry.status {
            Status::Ok => {
                self.letters += 1;
                *self
                    .by_template
                    .entry((template.clone(), language.clone()))
                    .or_default() += 1;
                if let Some(pages) = entry.pages {
                    *self.pages.entry(pages).or_default() += 1;
                }
                for (score, value) in &entry.readability {
                    let slot = self
                        .readability
                        .entry((template.clone(), language.clone(), score.clone()))
                        .or_default();
                    slot.0 += value;
                    slot.1 += 1;
                }
                if let Some(c) = entry.checklist {
                    self.checklists.0 += 1;
                    self.checklists.1 += u64::from(c.requests_before);
                    self.checklists.2 += u64::from(c.items_after);
                }
                if let Some(area) = area {
                    self.areas.entry(area).or_default().0 += 1;
                }
            }
            Status::Failed => {
                self.failed += 1;
                let mut codes: Vec<&str> = entry.errors.iter().map(|p| p.code.as_str()).collect();
                codes.sort_unstable();
                codes.dedup();
                for code in codes {
                    *self.failures.entry(code.to_string()).or_default() += 1;
                }
                if let Some(area) = area {
                    self.areas.entry(area).or_default().1 += 1;
                }
            }
        }
    }
}

/// Reads the manifest at `manifest` and writes the report to `summary`.
pub fn write_from_manifest(manifest: &Path, summary: &Path, writer: &Writer) -> Result<(), Error> {
    let mut figures = Figures::default();
    manifest::read(manifest, |entry, _| figures.add(&entry))?;
    writer.write(summary, html(&figures).as_bytes())?;
    Ok(())
}

/// The report as one HTML page.
pub fn html(f: &Figures) -> String {
    let mut out = String::new();
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>helder batch: summary</title>\n<style>\n\
         body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}\n\
         table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}\n\
         td.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}\n\
         .note{color:#555}\n</style>\n</head>\n<body>\n<h1>Batch summary</h1>\n",
    );
    let _ = writeln!(
        out,
        "<p class=\"note\">Counts under {SUPPRESS_BELOW} are shown as “{}” so that no resident \
         can be recognised. This report holds no names, addresses or ids.</p>",
        esc(SUPPRESSED)
    );
    let _ = writeln!(
        out,
        "<table><tr><th>records</th><th>letters</th><th>failed</th></tr>\
         <tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr></table>",
        esc(&show_count(f.records)),
        esc(&show_count(f.letters)),
        esc(&show_count(f.failed))
    );

    // Letters per template and language.
    out.push_str("<h2>Letters per template and language</h2>\n");
    let rows: Vec<(String, u64)> = f
        .by_template
        .iter()
        .map(|((t, l), n)| (format!("{t} ({l})"), *n))
        .collect();
    count_section(
        &mut out,
        "template (language)",
        &rows,
        "Letters per template and language",
    );

    out.push_str("<h2>Failures by code</h2>\n");
    if f.failures.is_empty() {
        out.push_str("<p>No record failed.</p>\n");
    } else {
        let rows: Vec<(String, u64)> = f.failures.iter().map(|(c, n)| (c.clone(), *n)).collect();
        count_section(&mut out, "code", &rows, "Failed records by code");
    }

    out.push_str("<h2>Pages per letter</h2>\n");
    let rows: Vec<(String, u64)> = f
        .pages
        .iter()
        .map(|(p, n)| {
            (
                if *p == 1 {
                    "1 page".into()
                } else {
                    format!("{p} pages")
                },
                *n,
            )
        })
        .collect();
    if rows.is_empty() {
        out.push_str("<p>No paged format (PDF, PNG) was asked.</p>\n");
    } else {
        count_section(&mut out, "pages", &rows, "Letters by number of pages");
    }

    out.push_str("<h2>Readability per template</h2>\n");
    if f.readability.is_empty() {
        out.push_str("<p>No readability figures (the plain-language rules did not load).</p>\n");
    } else {
        out.push_str("<table><tr><th>template (language)</th><th>score</th><th>mean</th><th>letters</th></tr>\n");
        let mut bars = Vec::new();
        for ((t, l, score), (sum, n)) in &f.readability {
            let mean = sum / *n as f64;
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{mean:.1}</td><td class=\"n\">{}</td></tr>",
                esc(&format!("{t} ({l})")),
                esc(score),
                esc(&show_count(*n))
            );
            bars.push((format!("{t} ({l}) {score}"), Bar::Value(mean)));
        }
        out.push_str("</table>\n");
        out.push_str(&chart("Mean readability score per template", &bars));
    }

    out.push_str("<h2>Checklists: requests before and items after merging</h2>\n");
    let (cases, before, after) = f.checklists;
    if cases == 0 {
        out.push_str("<p>No checklist letters in this batch.</p>\n");
    } else {
        let rows = vec![
            ("checklist letters".to_string(), cases),
            ("document requests before merging".to_string(), before),
            ("items on the checklists after merging".to_string(), after),
        ];
        count_section(
            &mut out,
            "",
            &rows,
            "Requests before and items after merging",
        );
    }

    out.push_str("<h2>Per neighbourhood</h2>\n");
    if f.areas.is_empty() {
        out.push_str("<p>No job named a <code>wijk</code> or <code>postcode4</code>.</p>\n");
    } else {
        out.push_str("<table><tr><th>neighbourhood</th><th>letters</th><th>failed</th></tr>\n");
        for (area, (ok, failed)) in &f.areas {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(area),
                esc(&show_count(*ok)),
                esc(&show_count(*failed))
            );
        }
        out.push_str("</table>\n");
        let bars: Vec<(String, Bar)> = f
            .areas
            .iter()
            .map(|(a, (ok, _))| (a.clone(), Bar::count(*ok)))
            .collect();
        out.push_str(&chart("Letters per neighbourhood", &bars));
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A table of counts and its chart.
fn count_section(out: &mut String, what: &str, rows: &[(String, u64)], title: &str) {
    let _ = writeln!(out, "<table><tr><th>{}</th><th>count</th></tr>", esc(what));
    for (label, n) in rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td></tr>",
            esc(label),
            esc(&show_count(*n))
        );
    }
    out.push_str("</table>\n");
    let bars: Vec<(String, Bar)> = rows
        .iter()
        .map(|(l, n)| (l.clone(), Bar::count(*n)))
        .collect();
    out.push_str(&chart(title, &bars));
}

/// One bar of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bar {
    /// A count shown as it is.
    Count(u64),
    /// A count under 10: drawn as a pale bar up to 10, labelled "< 10".
    Suppressed,
    /// A score (one decimal).
    Value(f64),
}

impl Bar {
    fn count(n: u64) -> Bar {
        if n < SUPPRESS_BELOW {
            Bar::Suppressed
        } else {
            Bar::Count(n)
        }
    }

    fn length(self) -> f64 {
        match self {
            Bar::Count(n) => n as f64,
            Bar::Suppressed => SUPPRESS_BELOW as f64,
            Bar::Value(v) => v.max(0.0),
        }
    }

    fn label(self) -> String {
        match self {
            Bar::Count(n) => n.to_string(),
            Bar::Suppressed => SUPPRESSED.to_string(),
            Bar::Value(v) => format!("{v:.1}"),
        }
    }
}

const BAR_HEIGHT: u32 = 28;
const CHART_WIDTH: u32 = 760;
const LABEL_WIDTH: u32 = 330;

/// A horizontal bar chart as inline SVG, each bar labelled with its (suppressed) value;
/// no numeric axis, so no count appears that the table does not show.
fn chart(title: &str, bars: &[(String, Bar)]) -> String {
    if bars.is_empty() {
        return String::new();
    }
    let mut svg = String::new();
    match draw(&mut svg, title, bars) {
        Ok(()) => svg + "\n",
        Err(e) => format!("<p class=\"note\">(chart not drawn: {})</p>\n", esc(&e)),
    }
}

fn draw(svg: &mut String, title: &str, bars: &[(String, Bar)]) -> Result<(), String> {
    let n = bars.len();
    let height = 60 + BAR_HEIGHT * n as u32;
    let root = SVGBackend::with_string(svg, (CHART_WIDTH, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let max = bars.iter().map(|(_, b)| b.length()).fold(1.0, f64::max) * 1.2;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 18))
        .margin(8)
        .y_label_area_size(LABEL_WIDTH)
        .x_label_area_size(4)
        .build_cartesian_2d(0.0..max, (0..n).into_segmented())
        .map_err(|e| e.to_string())?;
    let labels: Vec<String> = bars.iter().map(|(l, _)| l.clone()).collect();
    chart
        .configure_mesh()
        .disable_mesh()
        .disable_x_axis()
        .x_labels(0)
        .y_labels(n)
        .y_label_formatter(&|v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) => labels.get(*i).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .label_style(("sans-serif", 13))
        .draw()
        .map_err(|e| e.to_string())?;
    let blue = RGBColor(0x1f, 0x5f, 0xa8);
    let pale = RGBColor(0xc8, 0xd4, 0xe3);
    chart
        .draw_series(bars.iter().enumerate().map(|(i, (_, bar))| {
            let color = if *bar == Bar::Suppressed { pale } else { blue };
            let mut rect = Rectangle::new(
                [
                    (0.0, SegmentValue::Exact(i)),
                    (bar.length(), SegmentValue::Exact(i + 1)),
                ],
                color.filled(),
            );
            rect.set_margin(4, 4, 0, 0);
            rect
        }))
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(bars.iter().enumerate().map(|(i, (_, bar))| {
            Text::new(
                bar.label(),
                (bar.length() + max * 0.01, SegmentValue::CenterOf(i)),
                ("sans-serif", 13).into_font(),
            )
        }))
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(())
}

/// HTML text: `<`, `>`, `&`, `"` escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_suppressed() {
        assert_eq!(show_count(0), "< 10");
        assert_eq!(show_count(9), "< 10");
        assert_eq!(show_count(10), "10");
    }

    #[test]
    fn the_report_draws_charts_and_escapes_names() {
        let mut f = Figures::default();
        for i in 0..25u64 {
            f.add(&Entry {
                line: i + 1,
                id: Some(format!("r{i}")),
                status: if i < 3 { Status::Failed } else { Status::Ok },
                template: Some("t".into()),
                template_version: None,
                language: Some("nl".into()),
                files: vec![],
                pages: Some(2),
                warnings: vec![],
                errors: if i < 3 {
                    vec![manifest::Problem {
                        code: "data.type".into(),
                        message: "m".into(),
                        path: None,
                    }]
                } else {
                    vec![]
                },
                input_sha256: String::new(),
                area: Some(if i % 2 == 0 {
                    "<Oost>".into()
                } else {
                    "West".into()
                }),
                readability: [("flesch-douma".to_string(), 70.0)].into(),
                checklist: None,
            });
        }
        let html = html(&f);
        assert_eq!(html.matches("<svg").count(), 5, "{html}");
        assert!(html.contains("&lt;Oost&gt;") && !html.contains("<Oost>"));
        assert!(html.contains("<td class=\"n\">22</td>"));
        assert!(html.contains("70.0"));
        assert!(!html.contains("r1"), "no ids in the report");
    }
}

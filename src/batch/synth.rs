//! Generated batch input, for the benchmark, the tests and anyone trying `helder batch`:
//! jobs for the two-page decision letter (`bijzondere-bijstand-toekenning`) made from
//! its bundled example, in Dutch and English, each with its own id, reference, name,
//! amount and neighbourhood. Deterministic: job `i` is always the same line.

use serde_json::{Value, json};

use crate::error::Error;
use crate::project::Project;

/// The template the generated jobs use: the two-page grant decision.
pub const TEMPLATE: &str = "bijzondere-bijstand-toekenning";

const NAMES: [&str; 6] = [
    "E. Jansen",
    "Y. El Amrani",
    "A. Yılmaz-Öztürk",
    "K. Nowak",
    "M. Bakker-Smit",
    "O. Kovalenko",
];
const AREAS: [&str; 6] = ["Centrum", "Noord", "Oost", "Zuid", "West", "Haven"];

/// Makes job lines from the template's first bundled example.
pub struct Jobs {
    base: Value,
}

impl Jobs {
    pub fn new(project: &Project) -> Result<Jobs, Error> {
        let example = project
            .examples()?
            .into_iter()
            .find(|e| e.template == TEMPLATE)
            .ok_or_else(|| Error::Unsupported(format!("no example of {TEMPLATE}")))?;
        Ok(Jobs {
            base: example.request.data,
        })
    }

    /// Job `i` as a value: id `bb-000042`, language nl or en in turn, a neighbourhood (the
    /// first ones more often than the last, so some are small).
    pub fn job(&self, i: usize) -> Value {
        let mut data = self.base.clone();
        data["recipient"]["name"] = NAMES[i % NAMES.len()].into();
        data["letter"]["reference"] = format!("BB-2026-{i:06}").into();
        data["decision"]["amount"] = (10_000 + (i as i64 * 137) % 250_000).into();
        let area = AREAS[(i * i + i / 7) % AREAS.len()];
        json!({
            "id": format!("bb-{i:06}"),
            "template": TEMPLATE,
            "language": if i.is_multiple_of(2) { "nl" } else { "en" },
            "data": data,
            "wijk": area,
        })
    }

    /// Job `i` as one line of JSON Lines, with its line break.
    pub fn line(&self, i: usize) -> String {
        let mut line = self.job(i).to_string();
        line.push('\n');
        line
    }
}

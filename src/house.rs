//! The municipality behind the letters (`house/house.toml`): letterhead,
//! return address, contact details and signatory. Language-dependent parts (department,
//! role) are Fluent messages, so one house file serves every language.

use std::path::Path;

use serde::Deserialize;

use crate::i18n::{Arg, I18nError, Language, Locales};
use crate::letter::ir::{Sender, Signature};

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct House {
    pub organisation: String,
    pub return_address: String,
    pub visiting_address: String,
    pub phone: String,
    pub website: String,
    pub email: String,
    /// Where objections go: the lines of a postal address.
    pub objection_address: Vec<String>,
    pub upload_url: String,
    pub objection_url: String,
    pub signature: HouseSignature,
    /// An SVG logo file beside house.toml, drawn for the municipality.
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct HouseSignature {
    pub name: String,
}

impl House {
    pub fn load(dir: &Path) -> Result<House, String> {
        let path = dir.join("house.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read the house settings: {e}", path.display()))?;
        let house: House = toml::from_str(&text).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((0, 0));
            format!("{}:{line}:{col}: {}", path.display(), e.message())
        })?;
        if let Some(logo) = &house.logo {
            let logo_path = dir.join(logo);
            if !logo_path.is_file() {
                return Err(format!(
                    "{}: logo `{}` not found beside house.toml",
                    path.display(),
                    logo
                ));
            }
        }
        Ok(house)
    }

    /// The letterhead in `lang`.
    pub fn sender(
        &self,
        lang: Language,
        locales: &Locales,
        logo_svg: Option<String>,
    ) -> Result<Sender, I18nError> {
        Ok(Sender {
            organisation: self.organisation.clone(),
            department: locales.message(lang, "municipality-department", &[])?,
            return_address: self.return_address.clone(),
            contact: vec![
                self.visiting_address.clone(),
                locales.message(
                    lang,
                    "municipality-contact-phone",
                    &[("phone", Arg::Text(self.phone.clone()))],
                )?,
                self.website.clone(),
            ],
            logo_svg,
        })
    }

    pub fn signature(&self, lang: Language, locales: &Locales) -> Result<Signature, I18nError> {
        Ok(Signature {
            closing: locales.message(lang, "closing", &[])?,
            name: self.signature.name.clone(),
            role: locales.message(lang, "municipality-signature-role", &[])?,
        })
    }
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

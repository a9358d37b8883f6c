//! "Page 1 of 2" in the letter's language. typst knows the page numbers only while it
//! lays out the footer, so the message (`page-of` in house.ftl, with `$page` and
//! `$pages`) is cut into its words and the two numbers, which the house style puts
//! together on every page.

use serde::Serialize;

use super::{Arg, I18nError, Language, Locales};

/// The message that says which page this is.
pub const PAGE_OF: &str = "page-of";

/// A piece of the page-number line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum PagePart {
    /// Words of the message, as they are.
    Text { text: String },
    /// This page's number.
    Page,
    /// The number of pages.
    Pages,
}

/// Stand-ins for the two numbers while Fluent formats the message: private-use
/// characters, which no message contains (and not those of template/lines.rs).
const PAGE: char = '\u{F8F0}';
const PAGES: char = '\u{F8F1}';

impl Locales {
    /// The page-number line of `lang` ("Pagina", page, "van", pages), from message
    /// [`PAGE_OF`] (taken from the binding language when `lang` lacks it). Both
    /// numbers must appear in it, once each.
    pub fn page_numbers(&self, lang: Language) -> Result<Vec<PagePart>, I18nError> {
        let text = self.message(
            lang,
            PAGE_OF,
            &[
                ("page", Arg::Text(PAGE.to_string())),
                ("pages", Arg::Text(PAGES.to_string())),
            ],
        )?;
        let (pages, total) = (text.matches(PAGE).count(), text.matches(PAGES).count());
        if pages != 1 || total != 1 {
            return Err(I18nError::Message {
                lang,
                id: PAGE_OF.to_string(),
                problem: "the page-number line needs `{ $page }` and `{ $pages }` once each \
                          (\"Pagina { $page } van { $pages }\")"
                    .to_string(),
            });
        }
        let mut parts = Vec::new();
        let mut words = String::new();
        for c in text.chars() {
            let number = match c {
                PAGE => PagePart::Page,
                PAGES => PagePart::Pages,
                _ => {
                    words.push(c);
                    continue;
                }
            };
            if !words.is_empty() {
                parts.push(PagePart::Text {
                    text: std::mem::take(&mut words),
                });
            }
            parts.push(number);
        }
        if !words.is_empty() {
            parts.push(PagePart::Text { text: words });
        }
        Ok(parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NL: Language = Language::test("nl");
    const PL: Language = Language::test("pl");
    const AR: Language = Language::test("ar");

    fn locales(files: &[(&str, &str)]) -> (tempfile::TempDir, Locales) {
        let dir = tempfile::tempdir().unwrap();
        let mut codes = vec!["nl"];
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
        for (path, _) in files {
            codes.push(&path[..2]);
        }
        crate::i18n::write_profiles(dir.path(), &codes);
        let locales = Locales::load_dir(dir.path()).unwrap();
        (dir, locales)
    }

    fn text(s: &str) -> PagePart {
        PagePart::Text { text: s.into() }
    }

    #[test]
    fn words_and_numbers_in_the_order_of_the_message() {
        let (_dir, locales) = locales(&[
            (
                "nl/house.ftl",
                "page-of = Pagina { $page } van { $pages }\n",
            ),
            ("pl/house.ftl", "page-of = Strona { $page } z { $pages }\n"),
            ("ar/house.ftl", "page-of = الصفحة { $page } من { $pages }\n"),
        ]);
        assert_eq!(
            locales.page_numbers(NL).unwrap(),
            [
                text("Pagina "),
                PagePart::Page,
                text(" van "),
                PagePart::Pages
            ]
        );
        assert_eq!(
            locales.page_numbers(PL).unwrap(),
            [
                text("Strona "),
                PagePart::Page,
                text(" z "),
                PagePart::Pages
            ]
        );
        // Arabic keeps Fluent's isolation marks around each number.
        assert_eq!(
            locales.page_numbers(AR).unwrap(),
            [
                text("الصفحة \u{2068}"),
                PagePart::Page,
                text("\u{2069} من \u{2068}"),
                PagePart::Pages,
                text("\u{2069}"),
            ]
        );
    }

    #[test]
    fn a_message_without_both_numbers_is_an_error() {
        let (_dir, locales) = locales(&[("nl/house.ftl", "page-of = Pagina { $page }\n")]);
        let err = locales.page_numbers(NL).unwrap_err().to_string();
        assert!(err.contains("`page-of`"), "{err}");
        assert!(err.contains("$pages"), "{err}");
    }

    #[test]
    fn a_missing_translation_falls_back_to_dutch() {
        let (_dir, locales) = locales(&[
            (
                "nl/house.ftl",
                "page-of = Pagina { $page } van { $pages }\n",
            ),
            ("pl/house.ftl", "other = x\n"),
        ]);
        let (parts, fallbacks) =
            crate::i18n::fallback::recording(|| locales.page_numbers(PL).unwrap());
        assert_eq!(parts[0], text("Pagina "));
        assert_eq!(fallbacks.len(), 1);
        assert_eq!(fallbacks[0].id, PAGE_OF);
    }
}

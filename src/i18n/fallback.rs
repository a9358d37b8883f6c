//! Messages missing in a translation: the letter shows the binding (Dutch) text instead,
//! and says so in its report — never a `{$name}` or a message id on paper.
//!
//! Messages are fetched deep inside Tera's `t()`, the Markdown parser (alt texts) and
//! the house style, all on the thread that builds the letter. Rather than thread a
//! collector through each of them, [`recording`] collects the fallbacks of one letter
//! in a thread-local list while it runs; [`super::Locales::message`] adds to it.

use std::cell::RefCell;

use crate::diag::{Code, Diagnostic};

use super::Language;

/// One message a letter took from the binding language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    /// The letter's language, which lacks the message.
    pub language: Language,
    /// The message (or `message.attribute`).
    pub id: String,
    /// The language whose text the letter shows instead.
    pub binding: Language,
}

impl Fallback {
    /// The warning for the letter's report.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::warning(
            Code::FLUENT_FALLBACK,
            format!(
                "message `{}` is not translated into {}: the letter shows the {} text",
                self.id, self.language, self.binding
            ),
        )
        .with_suggestion(format!(
            "add `{}` to locales/{}/ (`helder i18n check` lists every missing message)",
            self.id, self.language
        ))
    }
}

thread_local! {
    /// The fallbacks of the letter being built on this thread, while [`recording`] runs.
    static RECORDED: RefCell<Option<Vec<Fallback>>> = const { RefCell::new(None) };
}

/// Runs `build` and returns what it returned with the fallbacks it used, each once, in
/// the order they happened. Nested calls each see their own.
pub fn recording<T>(build: impl FnOnce() -> T) -> (T, Vec<Fallback>) {
    /// Puts the outer list back even when `build` panics (the caller may catch it).
    struct Restore(Option<Vec<Fallback>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let outer = self.0.take();
            RECORDED.with(|r| *r.borrow_mut() = outer);
        }
    }
    let outer = RECORDED.with(|r| r.borrow_mut().replace(Vec::new()));
    let restore = Restore(outer);
    let value = build();
    let found = RECORDED.with(|r| r.borrow_mut().take()).unwrap_or_default();
    drop(restore);
    (value, found)
}

/// Notes a fallback for the letter being built on this thread, if one is.
pub(super) fn record(fallback: Fallback) {
    RECORDED.with(|r| {
        if let Some(list) = r.borrow_mut().as_mut()
            && !list.contains(&fallback)
        {
            list.push(fallback);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const NL: Language = Language::test("nl");
    const EN: Language = Language::test("en");

    fn fallback(id: &str) -> Fallback {
        Fallback {
            language: EN,
            id: id.into(),
            binding: NL,
        }
    }

    #[test]
    fn records_each_fallback_once_and_only_while_recording() {
        record(fallback("before"));
        let ((), found) = recording(|| {
            record(fallback("a"));
            record(fallback("b"));
            record(fallback("a"));
        });
        assert_eq!(found, [fallback("a"), fallback("b")]);
        let ((), found) = recording(|| {});
        assert!(found.is_empty());
    }

    #[test]
    fn nested_recordings_keep_their_own() {
        let (inner, outer) = recording(|| {
            record(fallback("outer"));
            let ((), inner) = recording(|| record(fallback("inner")));
            record(fallback("outer-2"));
            inner
        });
        assert_eq!(inner, [fallback("inner")]);
        assert_eq!(outer, [fallback("outer"), fallback("outer-2")]);
    }

    #[test]
    fn a_panic_leaves_the_outer_recording_intact() {
        let ((), outer) = recording(|| {
            record(fallback("outer"));
            let caught = std::panic::catch_unwind(|| {
                recording(|| {
                    record(fallback("lost"));
                    panic!("boom");
                })
            });
            assert!(caught.is_err());
            record(fallback("after"));
        });
        assert_eq!(outer, [fallback("outer"), fallback("after")]);
    }

    #[test]
    fn the_warning_names_the_message_and_both_languages() {
        let d = fallback("bbt-title").diagnostic();
        assert!(!d.is_error());
        let text = d.to_string();
        assert!(text.contains("`bbt-title`"), "{text}");
        assert!(text.contains("into en"), "{text}");
        assert!(text.contains("nl text"), "{text}");
    }
}

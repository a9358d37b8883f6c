//! `helder i18n check` over a loaded project: the locales' own check
//! ([`crate::i18n::check`]) and the ids the project itself uses — every message a
//! template's letter.md uses statically and its title, and every pictogram's alt text.
//!
//! Those ids must exist in the binding language; every translation is compared with
//! the binding language's messages by the locales' check, which reports an id a
//! translation lacks once, at its `.ftl` file, rather than once per template using it.

use crate::diag::{Code, Diagnostic};
use crate::i18n::check::{self, Report};
use crate::project::Project;

impl Project {
    /// Checks the translations of the project: see [`crate::i18n::check`]. What
    /// `helder i18n check` prints; the exit status is 1 when it has errors.
    pub fn check_i18n(&self) -> Report {
        let parts = self.parts();
        let mut report = check::check(&parts.files, "locales");
        let locales = &parts.locales;
        let binding = locales.binding();
        for template in parts.templates.iter() {
            if !locales.has_message(binding, &template.title) {
                report.diagnostics.push(
                    Diagnostic::error(
                        Code::FLUENT_MISSING_MESSAGE,
                        format!(
                            "the title message `{}` of template `{}` is not in {binding}",
                            template.title, template.id
                        ),
                    )
                    .at_file(
                        format!("templates/{}/template.toml", template.id),
                        0,
                        0,
                    ),
                );
            }
            // The ids and variables of letter.md's t() calls, in every branch: ids the
            // binding language lacks, and variables a call does not pass in any language
            // the template lists.
            let missing_in_binding = format!("is not in {} (", binding.code());
            for d in super::statics::check(template, locales, &parts.icons).into_vec() {
                let keep = d.code == Code::TEMPLATE_VARIABLE
                    || (d.code == Code::FLUENT_MISSING_MESSAGE
                        && d.message.contains(&missing_in_binding));
                if keep {
                    report.diagnostics.push(d);
                }
            }
        }
        for icon in parts.icons.iter() {
            if !locales.has_message(binding, &icon.alt) {
                report.diagnostics.push(
                    Diagnostic::error(
                        Code::FLUENT_MISSING_MESSAGE,
                        format!(
                            "the alt text `{}` of pictogram `{}` is not in {binding}",
                            icon.alt, icon.name
                        ),
                    )
                    .at_file("icons/icons.toml", 0, 0)
                    .with_suggestion(format!("add `{}` to locales/{binding}/house.ftl", icon.alt)),
                );
            }
        }
        report
    }
}

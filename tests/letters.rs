//! Snapshots of every bundled letter as plain text (template × language × example, and
//! the checklist letter of every example case), through the public API. A change in a
//! template, a message, a formatter or the text writer shows up here as a diff to review.

use helder::{Format, Output, Project};

#[test]
fn every_bundled_letter_as_text() {
    let project = Project::open(env!("CARGO_MANIFEST_DIR")).expect("project loads");
    let mut count = 0;
    for example in project.examples().expect("examples load") {
        let letter = project.letter(&example.request).unwrap_or_else(|e| {
            panic!(
                "{} {} {}: {e}",
                example.template, example.language, example.name
            )
        });
        let Output::Text(text) = project.render(&letter, &[Format::Txt]).unwrap().remove(0) else {
            panic!("asked for text");
        };
        let name = format!(
            "{}-{}-{}",
            example.template,
            example.language.code(),
            example.name
        );
        insta::assert_snapshot!(name, text);
        count += 1;
    }
    assert_eq!(count, 18);
}

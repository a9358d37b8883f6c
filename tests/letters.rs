//! Snapshots of every bundled letter as plain text (template × language × example, and
//! the checklist letter of every example case), through the public API. A change in a
//! template, a message, a formatter or the text writer shows up here as a diff to review.

use helder::Helder;
use helder::render::Format;

#[test]
fn every_bundled_letter_as_text() {
    let helder = Helder::open(env!("CARGO_MANIFEST_DIR")).expect("project loads");
    let mut count = 0;
    for template in helder.templates().iter() {
        for &lang in &template.languages {
            for example in helder
                .example_letters(template, lang)
                .expect("examples render")
            {
                let helder::Output::File(bytes) =
                    helder.render(&example.letter, Format::Txt).unwrap()
                else {
                    panic!("text is one file");
                };
                let name = format!("{}-{}-{}", template.id, lang.code(), example.example);
                insta::assert_snapshot!(name, String::from_utf8(bytes).unwrap());
                count += 1;
            }
        }
    }
    assert_eq!(count, 18);
}

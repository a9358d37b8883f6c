//! Plain text, for SMS/e-mail bodies and screen readers.
//! OWNER: render helper. Interface below is the contract; bodies are to be written.

use crate::letter::Letter;

/// Writes `letter` as plain UTF-8 text wrapped at 72 columns.
pub fn render(letter: &Letter) -> String {
    let _ = letter;
    todo!()
}

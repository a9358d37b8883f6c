//! The per-letter World: borrows everything from the [`Typesetter`] and adds only the
//! letter's JSON bytes and its date. Creating one costs nothing worth measuring.

use ::typst::diag::{FileError, FileResult};
use ::typst::foundations::{Bytes, Datetime};
use ::typst::syntax::{FileId, Source};
use ::typst::text::{Font, FontBook};
use ::typst::utils::LazyHash;
use ::typst::{Library, World};

use super::Typesetter;

pub struct LetterWorld<'a> {
    shared: &'a Typesetter,
    letter: Bytes,
    date: time::Date,
}

impl<'a> LetterWorld<'a> {
    pub fn new(shared: &'a Typesetter, letter: Bytes, date: time::Date) -> Self {
        LetterWorld {
            shared,
            letter,
            date,
        }
    }
}

impl World for LetterWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.shared.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.shared.main.id() {
            Ok(self.shared.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.letter_id {
            Ok(self.letter.clone())
        } else if id == self.shared.main.id() {
            Ok(Bytes::from_string(self.shared.main.text().to_string()))
        } else {
            self.shared
                .icons
                .get(&id)
                .cloned()
                .ok_or_else(|| not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    /// The letter date, so `datetime.today()` in the house style is deterministic.
    fn today(&self, _offset: Option<::typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.date.year(), self.date.month() as u8, self.date.day())
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_without_slash().into())
}

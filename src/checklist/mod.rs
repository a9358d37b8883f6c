//! One checklist per resident: merging the document requests of many schemes.
//!
//! [`Catalog::load`] reads `schemes/` (evidence types and each scheme's information
//! requirements), [`Case::from_json`] reads a case, and [`merge()`] turns every requirement
//! into concrete date intervals per (concept, person, account), leaves out what the
//! municipality may retrieve or already holds, and merges the rest into one [`Checklist`]
//! that says per item which schemes need it, why this period and by when. The JSON
//! layout and the catalog format are documented in `schemes/README.md`.
//! OWNER: checklist helper.

pub mod case;
pub mod catalog;
pub mod interval;
pub mod letter;
pub mod merge;
pub mod synth;

pub use case::{Case, MAX_HOUSEHOLD};
pub use catalog::{
    Catalog, CatalogError, CatalogIssue, Decided, Delivery, EvidenceType, Granularity, Scheme,
};
pub use interval::{DateInterval, IntervalSet};

pub use letter::{GroupOwner, KeepReady, LetterBlocks, LetterGroup, LetterItem, Msg, MsgArg};
pub use merge::{
    Checklist, Figures, Item, LeftOut, Reason, SchemeNeed, SchemeSlice, merge, merge_with_minimum,
};

use time::Date;

pub(crate) use crate::data::serialize_date as iso_date;

pub(crate) fn iso_date_opt<S: serde::Serializer>(
    d: &Option<Date>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&crate::data::iso(*d)),
        None => s.serialize_none(),
    }
}

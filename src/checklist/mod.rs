//! One checklist per resident: merging the document requests of many schemes.
//! OWNER: checklist helper.

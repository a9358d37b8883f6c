//! The envelope of a letter, typed: what every letter's data holds besides the
//! template's own fields (`letter`, `recipient`, `address`), read once from a validated
//! record so no later stage looks into the JSON for them or parses the date again.

use serde_json::Value;
use time::Date;

use crate::diag::{Code, Diagnostic, Diagnostics};

/// `letter`: the letter itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterFields {
    /// The letter date: deadlines count from it; it is the PDF's fixed timestamp.
    pub date: Date,
    /// Our reference (case number).
    pub reference: String,
    /// The contact person.
    pub handled_by: String,
    /// A direct phone number, if the data gave one.
    pub phone: Option<String>,
    /// The contact person's id in the house's team photos (`[team]`), if given.
    pub contact_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Salutation {
    Heer,
    Mevrouw,
}

/// `recipient`: to whom the letter is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub salutation: Option<Salutation>,
}

impl Person {
    /// The name without its initials, as "Mr"/"Ms" take it in English: `E. Jansen` →
    /// `Jansen`, `P. de Vries` → `De Vries` (a Dutch prefix is capitalised once nothing
    /// stands before it). A name without initials is kept whole: helder cannot tell a
    /// given name from a surname.
    pub fn surname(&self) -> String {
        let words: Vec<&str> = self.name.split_whitespace().collect();
        let initials = words.iter().take_while(|w| is_initials(w)).count();
        if initials == 0 || initials == words.len() {
            return self.name.trim().to_string();
        }
        let rest = words[initials..].join(" ");
        let mut chars = rest.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => rest,
        }
    }
}

/// `E.`, `J.P.`, `Th.`: letters in groups of one or two, each closed by a period.
fn is_initials(word: &str) -> bool {
    word.ends_with('.')
        && word[..word.len() - 1]
            .split('.')
            .all(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

/// `address`: a Dutch postal address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub street: String,
    pub number: i64,
    pub suffix: Option<String>,
    /// Normalised: `1234 AB`.
    pub postcode: String,
    pub city: String,
}

/// The envelope of one letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub letter: LetterFields,
    pub recipient: Person,
    pub address: Address,
}

impl Envelope {
    /// Reads the envelope of a record that the template's schema validated (so every
    /// required part is there and well-formed). `record` names the record if it is not:
    /// then the problem is [`Code::INTERNAL_ERROR`], a bug in helder.
    pub(super) fn read(
        record: &str,
        clean: &Value,
        date: Option<Date>,
    ) -> Result<Envelope, Diagnostics> {
        let mut missing = Vec::new();
        let mut text = |path: &str| -> String {
            match clean.pointer(path).and_then(Value::as_str) {
                Some(s) => s.to_owned(),
                None => {
                    missing.push(path.trim_start_matches('/').replace('/', "."));
                    String::new()
                }
            }
        };
        let reference = text("/letter/reference");
        let handled_by = text("/letter/handled_by");
        let name = text("/recipient/name");
        let street = text("/address/street");
        let postcode = text("/address/postcode");
        let city = text("/address/city");
        let optional = |path: &str| {
            clean
                .pointer(path)
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let number = clean.pointer("/address/number").and_then(Value::as_i64);
        let (Some(date), Some(number), true) = (date, number, missing.is_empty()) else {
            let message = format!(
                "the envelope is incomplete after validation ({}); this is a bug in helder",
                if missing.is_empty() {
                    "letter.date, address.number".to_owned()
                } else {
                    missing.join(", ")
                }
            );
            return Err(Diagnostic::error(Code::INTERNAL_ERROR, message)
                .at_record(record, "")
                .into());
        };
        Ok(Envelope {
            letter: LetterFields {
                date,
                reference,
                handled_by,
                phone: optional("/letter/phone"),
                contact_id: optional("/letter/contact_id"),
            },
            recipient: Person {
                name,
                salutation: match clean
                    .pointer("/recipient/salutation")
                    .and_then(Value::as_str)
                {
                    Some("heer") => Some(Salutation::Heer),
                    Some("mevrouw") => Some(Salutation::Mevrouw),
                    _ => None,
                },
            },
            address: Address {
                street,
                number,
                suffix: optional("/address/suffix"),
                postcode,
                city,
            },
        })
    }

    /// The address block for the envelope window, PostNL style:
    ///
    /// ```text
    /// E. Jansen
    /// Lindenlaan 14 B
    /// 1013 KP  HELDERSTAD
    /// ```
    ///
    /// The house number suffix follows the number after one space, written as given
    /// (`12 A`, `12 bis`: one convention, so a suffix is never misread as part of the
    /// number); postcode and city are separated by two spaces, the city in capitals.
    pub fn window_lines(&self) -> Vec<String> {
        let a = &self.address;
        vec![
            self.recipient.name.clone(),
            a.street_line(),
            format!("{}  {}", a.postcode, a.city.to_uppercase()),
        ]
    }
}

impl Address {
    /// An address of the data (a validated `address` field: `street`, `number`,
    /// `suffix`?, `postcode`, `city`); `None` when it is not one.
    pub fn from_value(value: &Value) -> Option<Address> {
        let text = |name: &str| value.get(name)?.as_str().map(str::to_owned);
        Some(Address {
            street: text("street")?,
            number: value.get("number")?.as_i64()?,
            suffix: match value.get("suffix") {
                None | Some(Value::Null) => None,
                Some(s) => Some(s.as_str()?.to_owned()).filter(|s| !s.is_empty()),
            },
            postcode: text("postcode")?,
            city: text("city")?,
        })
    }

    /// Street, number and suffix: `Lindenlaan 14 B`. The suffix follows the number after
    /// one space, written as given (`12 A`, `12 bis`), so it is never misread as part of
    /// the number.
    pub fn street_line(&self) -> String {
        let mut street = format!("{} {}", self.street, self.number);
        if let Some(suffix) = &self.suffix {
            street.push(' ');
            street.push_str(suffix);
        }
        street
    }

    /// The address inside a sentence: `Lindenlaan 14 B, 1013 KP Helderstad` (one space
    /// before the city; the window's two spaces and capitals are for the post).
    pub fn in_sentence(&self) -> String {
        format!("{}, {} {}", self.street_line(), self.postcode, self.city)
    }
}

/// Serialises a date as ISO `YYYY-MM-DD` (the form every JSON helder writes uses).
pub fn serialize_date<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&super::iso(*date))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn reads_the_envelope_and_writes_the_window() {
        let clean = json!({
            "letter": { "date": "2026-11-20", "reference": "BB-1", "handled_by": "S. Bakker" },
            "recipient": { "name": "E. Jansen", "salutation": "mevrouw" },
            "address": { "street": "Lindenlaan", "number": 14, "suffix": "B",
                         "postcode": "1013 KP", "city": "'s-Hertogenbosch" }
        });
        let e = Envelope::read("r", &clean, Some(time::macros::date!(2026 - 11 - 20))).unwrap();
        assert_eq!(e.letter.date, time::macros::date!(2026 - 11 - 20));
        assert_eq!(e.letter.phone, None);
        assert_eq!(e.recipient.salutation, Some(Salutation::Mevrouw));
        assert_eq!(
            e.window_lines(),
            ["E. Jansen", "Lindenlaan 14 B", "1013 KP  'S-HERTOGENBOSCH"]
        );
    }

    #[test]
    fn a_surname_is_the_name_without_its_initials() {
        let surname = |name: &str| {
            Person {
                name: name.into(),
                salutation: None,
            }
            .surname()
        };
        assert_eq!(surname("E. Jansen"), "Jansen");
        assert_eq!(surname("P. de Vries"), "De Vries");
        assert_eq!(surname("J.P. Th. van der Berg-Smit"), "Van der Berg-Smit");
        assert_eq!(surname("Y. el Amrani"), "El Amrani");
        // No initials, or nothing but initials: the name as given.
        assert_eq!(surname("Samira El Amrani"), "Samira El Amrani");
        assert_eq!(surname("E."), "E.");
    }

    #[test]
    fn the_window_leaves_out_a_missing_suffix() {
        let clean = json!({
            "letter": { "date": "2026-11-20", "reference": "BB-1", "handled_by": "S. Bakker" },
            "recipient": { "name": "Y. El Amrani" },
            "address": { "street": "Sint-Jorisstraat", "number": 3, "postcode": "1017 AB",
                         "city": "Helderstad" }
        });
        let e = Envelope::read("r", &clean, Some(time::macros::date!(2026 - 11 - 20))).unwrap();
        assert_eq!(
            e.window_lines(),
            ["Y. El Amrani", "Sint-Jorisstraat 3", "1017 AB  HELDERSTAD"]
        );
    }

    #[test]
    fn an_address_reads_as_one_sentence_part() {
        let with_suffix = json!({ "street": "Stadhuisplein", "number": 1, "suffix": "B",
                                  "postcode": "1011 AB", "city": "Helderstad" });
        let address = Address::from_value(&with_suffix).unwrap();
        assert_eq!(
            address.in_sentence(),
            "Stadhuisplein 1 B, 1011 AB Helderstad"
        );
        let without = json!({ "street": "Javastraat", "number": 7, "postcode": "1094 HA",
                              "city": "Helderstad" });
        assert_eq!(
            Address::from_value(&without).unwrap().in_sentence(),
            "Javastraat 7, 1094 HA Helderstad"
        );
        assert_eq!(
            Address::from_value(&json!({ "street": "Javastraat" })),
            None
        );
        assert_eq!(Address::from_value(&json!("Javastraat 7")), None);
    }

    #[test]
    fn an_unvalidated_record_is_an_error_not_a_panic() {
        let err = Envelope::read("r", &json!({"letter": {"date": "x"}}), None).unwrap_err();
        assert!(
            err.to_string().starts_with("r: the envelope is incomplete"),
            "{err}"
        );
        assert!(err.to_string().contains("letter.reference"), "{err}");
        assert_eq!(err.as_slice()[0].code, Code::INTERNAL_ERROR);
    }
}

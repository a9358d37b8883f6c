//! Bank account numbers (IBAN): checked with the `iban_validate` crate, written in the
//! print form residents know from their bank card.

use iban::{Iban, ParseBaseIbanError, ParseIbanError};

use super::text::show_str;

/// The longest IBAN of any country has 34 characters; with a space every four, 42.
/// Longer input is refused before it is looked at.
const MAX_INPUT: usize = 64;

/// Checks an IBAN and writes it in print form: `nl91abna0417164300` and
/// `NL91 ABNA 0417 1643 00` both become `NL91 ABNA 0417 1643 00`. Spaces anywhere and
/// lowercase letters are accepted; the checksum and the length and format for the country
/// are checked. The error says what is wrong.
pub fn normalise_iban(text: &str) -> Result<String, String> {
    let expected = |why: &str| {
        format!(
            "expected an IBAN like \"NL91 ABNA 0417 1643 00\", got {}{why}",
            show_str(text)
        )
    };
    if text.len() > MAX_INPUT {
        return Err(expected(" (too long: an IBAN has at most 34 characters)"));
    }
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if let Some((at, bad)) = compact
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
    {
        return Err(expected(&format!(
            " ({} at character {} is not allowed: an IBAN has only letters and digits)",
            show_str(&bad.to_string()),
            at + 1
        )));
    }
    let b = compact.as_bytes();
    let starts_right = b.len() >= 4
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..4].iter().all(u8::is_ascii_digit);
    if !starts_right {
        return Err(expected(
            " (an IBAN starts with the country code and two check digits, like NL91)",
        ));
    }
    let country = &compact[..2];
    let length = compact.chars().count();
    compact
        .parse::<Iban>()
        .map(|iban| iban.to_string())
        .map_err(|e| {
            expected(&match e {
                ParseIbanError::InvalidBaseIban {
                    source: ParseBaseIbanError::InvalidChecksum,
                } => " (the check digits do not match: a typing error in the number?)".into(),
                ParseIbanError::InvalidBaseIban {
                    source: ParseBaseIbanError::InvalidFormat,
                } => format!(" (an IBAN has 15 to 34 characters, this one has {length})"),
                ParseIbanError::UnknownCountry(_) => {
                    format!(" (there is no IBAN for country code {country})")
                }
                ParseIbanError::InvalidBban(_) if country == "NL" && length != 18 => {
                    format!(" (a Dutch IBAN has 18 characters, this one has {length})")
                }
                ParseIbanError::InvalidBban(_) if country == "NL" => {
                    " (a Dutch IBAN is NL, 2 check digits, 4 letters for the bank and 10 digits)"
                        .into()
                }
                ParseIbanError::InvalidBban(_) => format!(
                    " (the length or the characters do not fit an IBAN from {country}; this one \
                 has {length} characters)"
                ),
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_any_spacing_and_case_and_prints_in_groups_of_four() {
        for spelled in [
            "NL91ABNA0417164300",
            "nl91abna0417164300",
            "NL91 ABNA 0417 1643 00",
            " NL 91ABNA04171643 00 ",
        ] {
            assert_eq!(
                normalise_iban(spelled),
                Ok("NL91 ABNA 0417 1643 00".to_string()),
                "{spelled}"
            );
        }
        assert_eq!(
            normalise_iban("DE44500105175407324931"),
            Ok("DE44 5001 0517 5407 3249 31".to_string())
        );
        assert_eq!(
            normalise_iban("BE68539007547034"),
            Ok("BE68 5390 0754 7034".to_string())
        );
    }

    #[test]
    fn says_what_is_wrong() {
        let e = "expected an IBAN like \"NL91 ABNA 0417 1643 00\", got";
        assert_eq!(
            normalise_iban("NL92 ABNA 0417 1643 00").unwrap_err(),
            format!(
                "{e} \"NL92 ABNA 0417 1643 00\" (the check digits do not match: a typing error \
                 in the number?)"
            )
        );
        // Two digits swapped: the checksum catches it.
        assert!(
            normalise_iban("NL91 ABNA 0417 1634 00")
                .unwrap_err()
                .contains("check digits")
        );
        assert_eq!(
            normalise_iban("NL91-ABNA-0417-1643-00").unwrap_err(),
            format!(
                "{e} \"NL91-ABNA-0417-1643-00\" (\"-\" at character 5 is not allowed: an IBAN \
                 has only letters and digits)"
            )
        );
        assert_eq!(
            normalise_iban("0417164300").unwrap_err(),
            format!(
                "{e} \"0417164300\" (an IBAN starts with the country code and two check digits, \
                 like NL91)"
            )
        );
        assert_eq!(
            normalise_iban("").unwrap_err(),
            format!(
                "{e} \"\" (an IBAN starts with the country code and two check digits, like NL91)"
            )
        );
        assert_eq!(
            normalise_iban("XX36 1234 5678 90").unwrap_err(),
            format!("{e} \"XX36 1234 5678 90\" (there is no IBAN for country code XX)")
        );
        // Right checksum, one digit short for the Netherlands.
        assert_eq!(
            normalise_iban("NL58ABNA041716430").unwrap_err(),
            format!("{e} \"NL58ABNA041716430\" (a Dutch IBAN has 18 characters, this one has 17)")
        );
        // Right checksum and length, a digit where the bank's letters belong.
        assert_eq!(
            normalise_iban("NL44ABN10417164300").unwrap_err(),
            format!(
                "{e} \"NL44ABN10417164300\" (a Dutch IBAN is NL, 2 check digits, 4 letters for \
                 the bank and 10 digits)"
            )
        );
        assert_eq!(
            normalise_iban("DE8850010517540732493").unwrap_err(),
            format!(
                "{e} \"DE8850010517540732493\" (the length or the characters do not fit an IBAN \
                 from DE; this one has 21 characters)"
            )
        );
        let long = "NL91".to_string() + &"1".repeat(100);
        assert!(
            normalise_iban(&long)
                .unwrap_err()
                .ends_with("(too long: an IBAN has at most 34 characters)")
        );
    }
}

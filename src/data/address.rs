//! Dutch postal addresses: postcodes and the address block in the envelope window.

use serde_json::Value;

use super::text::show_str;

/// Normalises a Dutch postcode to `1234 AB`. Accepts any spacing and case (`1234ab`,
/// ` 1234  Ab `). The number never starts with 0, and PostNL does not use the letter
/// pairs SA, SD and SS.
pub fn normalise_postcode(text: &str) -> Result<String, String> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let expected = || {
        format!(
            "expected a Dutch postcode like \"1234 AB\", got {}",
            show_str(text)
        )
    };
    let b = compact.as_bytes();
    let well_formed = b.len() == 6
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_uppercase);
    if !well_formed {
        return Err(expected());
    }
    if b[0] == b'0' {
        return Err(format!("{} (a postcode never starts with 0)", expected()));
    }
    let letters = &compact[4..];
    if matches!(letters, "SA" | "SD" | "SS") {
        return Err(format!(
            "{} (the letters SA, SD and SS are not used in postcodes)",
            expected()
        ));
    }
    Ok(format!("{} {}", &compact[..4], letters))
}

/// The address block for the envelope window, from validated `recipient` and `address`:
///
/// ```text
/// E. Jansen
/// Lindenlaan 14 B
/// 1013 KP  HELDERSTAD
/// ```
///
/// PostNL style: the house number suffix always follows the number after one space,
/// written as given (`12 A`, `12 a`, `12 bis`; one convention whatever the suffix is,
/// so a letter never glues a suffix that might be misread as part of the number); postcode
/// and city separated by two spaces, the city in capitals. At most 6 lines; missing parts
/// are left out rather than panicking, though validated data always has them.
pub fn recipient_lines(data: &Value) -> Vec<String> {
    let text = |v: &Value, key: &str| -> String {
        v.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    let mut lines = Vec::new();
    if let Some(recipient) = data.get("recipient") {
        lines.push(text(recipient, "name"));
    }
    if let Some(address) = data.get("address") {
        let mut street = text(address, "street");
        if let Some(number) = address.get("number").and_then(Value::as_i64) {
            push_word(&mut street, &number.to_string());
        }
        push_word(&mut street, &text(address, "suffix"));
        lines.push(street);
        let mut place = text(address, "postcode");
        let city = text(address, "city").to_uppercase();
        if !city.is_empty() {
            if !place.is_empty() {
                place.push_str("  ");
            }
            place.push_str(&city);
        }
        lines.push(place);
    }
    lines.retain(|l| !l.is_empty());
    lines.truncate(6);
    lines
}

fn push_word(line: &mut String, word: &str) {
    if word.is_empty() {
        return;
    }
    if !line.is_empty() {
        line.push(' ');
    }
    line.push_str(word);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn postcodes_normalise() {
        assert_eq!(normalise_postcode("1234AB").unwrap(), "1234 AB");
        assert_eq!(normalise_postcode("1234 ab").unwrap(), "1234 AB");
        assert_eq!(normalise_postcode(" 1013  kP ").unwrap(), "1013 KP");
    }

    #[test]
    fn postcode_errors_say_what_is_wrong() {
        assert_eq!(
            normalise_postcode("0123 AB").unwrap_err(),
            "expected a Dutch postcode like \"1234 AB\", got \"0123 AB\" (a postcode never \
             starts with 0)"
        );
        assert_eq!(
            normalise_postcode("1234 SS").unwrap_err(),
            "expected a Dutch postcode like \"1234 AB\", got \"1234 SS\" (the letters SA, SD \
             and SS are not used in postcodes)"
        );
        for bad in [
            "123 AB", "12345 AB", "1234 A", "1234 ABC", "1234-AB", "ABCD 12", "", "1234 ÄB",
        ] {
            assert_eq!(
                normalise_postcode(bad).unwrap_err(),
                format!(
                    "expected a Dutch postcode like \"1234 AB\", got {}",
                    show_str(bad)
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn address_block_postnl_style() {
        let data = json!({
            "recipient": { "name": "E. Jansen", "salutation": "mevrouw" },
            "address": { "street": "Lindenlaan", "number": 14, "suffix": "B",
                         "postcode": "1013 KP", "city": "'s-Hertogenbosch" }
        });
        assert_eq!(
            recipient_lines(&data),
            ["E. Jansen", "Lindenlaan 14 B", "1013 KP  'S-HERTOGENBOSCH"]
        );
    }

    #[test]
    fn address_block_without_suffix_and_with_missing_parts() {
        let data = json!({
            "recipient": { "name": "Y. El Amrani" },
            "address": { "street": "Sint-Jorisstraat", "number": 3, "postcode": "1017 AB",
                         "city": "Helderstad" }
        });
        assert_eq!(
            recipient_lines(&data),
            ["Y. El Amrani", "Sint-Jorisstraat 3", "1017 AB  HELDERSTAD"]
        );
        assert!(recipient_lines(&json!(null)).is_empty());
        assert_eq!(
            recipient_lines(&json!({"address": {"city": "Helderstad", "suffix": ""}})),
            ["HELDERSTAD"]
        );
    }
}

//! Dutch postal addresses: postcodes. (The address block in the envelope window is
//! [`Envelope::window_lines`](super::Envelope::window_lines).)

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

#[cfg(test)]
mod tests {
    use super::*;

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
}

//! Sentences, words and syllables: the units every rule and metric counts.

use std::collections::HashSet;
use std::ops::Range;

/// Splits a paragraph into sentences (byte ranges, trimmed, never empty).
///
/// A sentence ends at `.`, `!`, `?`, `…` or Arabic `؟` followed by white space and a
/// capital, digit, quote or bracket (or the end of the text), and at every line break.
/// Bidi isolates and marks around a value (Fluent wraps every value in a right-to-left
/// letter in FSI…PDI) are looked through. A period does not
/// end a sentence after a known abbreviation (`bijv.`, `o.a.`, `nr.`), after an initial
/// (`J. de Vries`), or when lower case follows. Dots and colons inside numbers (`1.234`,
/// `€ 12,90`, `Awb 6:7`) never end one because no space follows them.
pub fn split_sentences(text: &str, abbreviations: &HashSet<String>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c == '\n' {
            push_trimmed(text, start..pos, &mut out);
            start = pos + 1;
            i += 1;
            continue;
        }
        if !is_end_mark(c) {
            i += 1;
            continue;
        }
        // Take the whole run of end marks and closing quotes/brackets.
        let mut j = i + 1;
        while j < chars.len() && is_sentence_tail(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        let at_end = j >= chars.len();
        let followed_by_space = at_end || chars[j].1.is_whitespace();
        if !followed_by_space {
            i = j;
            continue;
        }
        let next = chars[j..]
            .iter()
            .map(|&(_, c)| c)
            .find(|&c| !c.is_whitespace() && !is_bidi_control(c));
        let only_period = text[pos..end].trim_end_matches(is_sentence_tail_closer) == ".";
        let boundary = match next {
            None => true,
            Some(n) if !starts_sentence(n) => false,
            Some(n) if only_period => {
                let word_start = text[..pos]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(p, c)| p + c.len_utf8());
                let token = text[word_start..=pos].to_lowercase();
                let token = token.trim_start_matches(|c: char| !c.is_alphanumeric());
                let initial = token.chars().count() == 2
                    && token.chars().next().is_some_and(char::is_alphabetic)
                    && n.is_uppercase();
                !(abbreviations.contains(token) || initial)
            }
            Some(_) => true,
        };
        if boundary {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        i = j;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟')
}

fn is_sentence_tail(c: char) -> bool {
    is_end_mark(c) || is_sentence_tail_closer(c)
}

fn is_sentence_tail_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '"' | '\'' | '”' | '’' | '»' | '›') || is_bidi_control(c)
}

/// Direction marks (LRM, RLM), embeddings and isolates: invisible, and no part of a word.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}') || crate::i18n::bidi::is_control(c)
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(c, '"' | '\'' | '“' | '‘' | '„' | '«' | '(' | '[' | '€' | '-' | '•')
        // Scripts without case (Arabic) start a sentence with any letter.
        || (c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        let r = range.start + lead..range.end - trail;
        if text[r.clone()].chars().any(char::is_alphanumeric) {
            out.push(r);
        }
    }
}

/// One word of a sentence: its byte range (punctuation around it trimmed) and its
/// normalised form (lower case) for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub range: Range<usize>,
    pub norm: String,
}

/// The words of a sentence: white-space separated tokens with at least one letter or
/// digit (so `€` alone is no word, `12,90` and `t/m` are one word each). This matches
/// textstat's count, which strips punctuation and splits on white space.
pub fn words(sentence: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut offset = 0;
    for token in sentence.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += token.len();
        let trimmed_start = token.len() - token.trim_start_matches(is_word_edge).len();
        let core = token.trim_matches(is_word_edge);
        if core.is_empty() || !core.chars().any(char::is_alphanumeric) {
            continue;
        }
        let s = start + trimmed_start;
        out.push(Word {
            range: s..s + core.len(),
            norm: core.to_lowercase(),
        });
    }
    out
}

fn is_word_edge(c: char) -> bool {
    !c.is_alphanumeric()
}

/// Web addresses, e-mail addresses and domain names ("wetten.overheid.nl"): no word a
/// writer can shorten, so word rules skip them.
pub fn is_link_like(word: &str) -> bool {
    if word.contains('@') || word.contains("://") || word.starts_with("www.") {
        return true;
    }
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() >= 2 && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && parts
            .last()
            .is_some_and(|p| p.chars().all(char::is_alphabetic))
}

/// Normalises a rule phrase the way [`words`] normalises text, so "O.a." matches "o.a.".
pub fn phrase_words(phrase: &str) -> Vec<String> {
    words(phrase).into_iter().map(|w| w.norm).collect()
}

/// Syllables of one word from the language's hyphenation patterns (hyphenation points
/// plus one, for each letter run of a word such as `e-mail` or `WW-uitkering`).
/// A word without letters (a number) counts as one. The patterns are the language
/// profile's `hyphenation`; a language without them (Arabic) has no syllable counts.
pub fn syllables(word: &str, patterns: hypher::Lang) -> u32 {
    let mut count = 0;
    for run in word.split(|c: char| !c.is_alphabetic()) {
        if run.is_empty() {
            continue;
        }
        let lower = run.to_lowercase();
        count += hypher::hyphenate(&lower, patterns).count() as u32;
    }
    count.max(1)
}

/// Commas (also the Arabic `،`) in a sentence, not counting decimal commas (`12,90`).
pub fn commas(sentence: &str) -> usize {
    let chars: Vec<char> = sentence.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            chars[i] == '،'
                || chars[i] == ','
                    && !(i > 0
                        && chars[i - 1].is_ascii_digit()
                        && chars
                            .get(i + 1)
                            .is_some_and(|c| c.is_ascii_digit() || *c == '-'))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbrevs() -> HashSet<String> {
        ["bijv.", "o.a.", "nr.", "art.", "enz.", "d.w.z.", "z.o.z."]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, &abbrevs())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_on_end_marks() {
        assert_eq!(
            split("U krijgt geld. Wij betalen het uit! Heeft u vragen? Bel ons."),
            vec![
                "U krijgt geld.",
                "Wij betalen het uit!",
                "Heeft u vragen?",
                "Bel ons."
            ]
        );
    }

    #[test]
    fn arabic_question_marks_and_isolated_values_end_sentences() {
        // "Do you have questions? Call us on <FSI>020 555 0147<PDI>. We help you."
        assert_eq!(
            split("هل لديكم أسئلة؟ اتصلوا بنا على \u{2068}020 555 0147\u{2069}. نحن نساعدكم."),
            vec![
                "هل لديكم أسئلة؟",
                "اتصلوا بنا على \u{2068}020 555 0147\u{2069}.",
                "نحن نساعدكم."
            ]
        );
        // A sentence that starts with an isolated value.
        assert_eq!(
            split("U krijgt geld. \u{2068}€ 12,90\u{2069} is het bedrag."),
            vec!["U krijgt geld.", "\u{2068}€ 12,90\u{2069} is het bedrag."]
        );
    }

    #[test]
    fn keeps_dutch_abbreviations_amounts_and_dates() {
        let text = "U krijgt o.a. € 1.234,90 op 1 december 2026. Zie bijv. Awb 6:7 en art. 4 Pw. \
                    Lees nr. 12 t/m 14. Mevrouw J. de Vries betaalt.";
        assert_eq!(
            split(text),
            vec![
                "U krijgt o.a. € 1.234,90 op 1 december 2026.",
                "Zie bijv. Awb 6:7 en art. 4 Pw.",
                "Lees nr. 12 t/m 14.",
                "Mevrouw J. de Vries betaalt."
            ]
        );
    }

    #[test]
    fn non_breaking_spaces_before_an_abbreviation() {
        assert_eq!(
            split("Zie\u{a0}bijv. Awb 6:7. Klaar."),
            vec!["Zie\u{a0}bijv. Awb 6:7.", "Klaar."]
        );
    }

    #[test]
    fn lower_case_after_period_continues_the_sentence() {
        assert_eq!(
            split("Dit is ca. tien euro."),
            vec!["Dit is ca. tien euro."]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_quotes_stay_attached() {
        assert_eq!(
            split("Gemeente Helderstad\nU zei: \"Ik kom.\" Wij wachten."),
            vec!["Gemeente Helderstad", "U zei: \"Ik kom.\"", "Wij wachten."]
        );
    }

    #[test]
    fn words_trim_punctuation_and_keep_amounts() {
        let s = "U krijgt € 12,90 (per maand), t/m 1 december.";
        let w: Vec<&str> = words(s).iter().map(|w| &s[w.range.clone()]).collect();
        assert_eq!(
            w,
            vec![
                "U", "krijgt", "12,90", "per", "maand", "t/m", "1", "december"
            ]
        );
        assert_eq!(words(s)[0].norm, "u");
    }

    #[test]
    fn counts_dutch_syllables_from_patterns() {
        let dutch = hypher::Lang::Dutch;
        assert_eq!(syllables("gemeente", dutch), 3);
        assert_eq!(syllables("wasmachine", dutch), 4);
        assert_eq!(syllables("geld", dutch), 1);
        assert_eq!(syllables("e-mail", dutch), 2);
        assert_eq!(syllables("2026", dutch), 1);
    }

    #[test]
    fn recognises_links() {
        assert!(is_link_like("wetten.overheid.nl"));
        assert!(is_link_like("info@helderstad.nl"));
        assert!(is_link_like("https://helderstad.nl/bezwaar"));
        assert!(!is_link_like("o.a"));
        assert!(!is_link_like("1.234"));
        assert!(!is_link_like("wasmachine"));
    }

    #[test]
    fn decimal_commas_are_not_commas() {
        assert_eq!(commas("U krijgt € 12,90, en dat is veel, denk ik."), 2);
        assert_eq!(commas("€ 12,-"), 0);
    }

    proptest::proptest! {
        #[test]
        fn sentences_are_ordered_non_empty_slices(text in "\\PC{0,200}") {
            let ranges = split_sentences(&text, &abbrevs());
            let mut last = 0;
            for r in ranges {
                proptest::prop_assert!(r.start >= last && r.start < r.end);
                proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                last = r.end;
            }
        }

        #[test]
        fn word_ranges_are_inside_the_sentence(text in "\\PC{0,200}") {
            for w in words(&text) {
                proptest::prop_assert!(w.range.end <= text.len());
                proptest::prop_assert!(!w.norm.is_empty());
            }
        }
    }
}

//! Readability formulas. Each takes averages (words per sentence, syllables per word) so
//! they can be pinned on hand-computed examples; [`Metrics`] gathers the counts.

use serde::Serialize;

/// The readability formulas helder implements, by the names language profiles use
/// (`readability` in `locales/<code>/language.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Formula {
    FleschDouma,
    LeesindexA,
    FleschReadingEase,
    Atesman,
    Osman,
}

impl Formula {
    pub const ALL: [Formula; 5] = [
        Formula::FleschDouma,
        Formula::LeesindexA,
        Formula::FleschReadingEase,
        Formula::Atesman,
        Formula::Osman,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Formula::FleschDouma => "flesch-douma",
            Formula::LeesindexA => "leesindex-a",
            Formula::FleschReadingEase => "flesch-reading-ease",
            Formula::Atesman => "atesman",
            Formula::Osman => "osman",
        }
    }

    pub fn from_name(name: &str) -> Option<Formula> {
        Formula::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether it counts syllables from hyphenation patterns (OSMAN counts its own).
    pub fn needs_syllables(self) -> bool {
        self != Formula::Osman
    }

    /// Whether it needs OSMAN's counts of Arabic words ([`arabic_word`]).
    pub fn needs_arabic_words(self) -> bool {
        self == Formula::Osman
    }
}

/// How a language's text is measured, from its profile.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Measures {
    /// The formulas to compute (`readability`).
    pub formulas: Vec<Formula>,
    /// The patterns syllables are counted with (`hyphenation`); `None`: no syllable counts.
    pub hyphenation: Option<hypher::Lang>,
}

impl Measures {
    /// The measures of a language profile.
    pub fn of(profile: &crate::i18n::Profile) -> Measures {
        Measures {
            formulas: profile.readability.clone(),
            hyphenation: profile.hyphenation,
        }
    }

    /// Whether words need OSMAN's Arabic counts.
    pub fn arabic_words(&self) -> bool {
        self.formulas.iter().any(|f| f.needs_arabic_words())
    }
}

/// Flesch-Douma (Douma 1960), the Dutch Flesch: 60–70 normal, 70–80 fairly easy,
/// 80–90 easy, 90+ very easy.
pub fn flesch_douma(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    206.84 - 0.93 * words_per_sentence - 77.0 * syllables_per_word
}

/// Leesindex A (Brouwer 1963): 50–75 normal, above 100 children's books.
pub fn leesindex_a(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    195.0 - 2.0 * words_per_sentence - 66.7 * syllables_per_word
}

/// Flesch reading ease (Flesch 1948) for English: 70 or more for public text.
pub fn flesch_reading_ease(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
}

/// Ateşman (1997), the Turkish Flesch: higher is easier.
pub fn atesman(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    198.825 - 40.175 * syllables_per_word - 2.610 * words_per_sentence
}

/// OSMAN (El-Haj and Rayson 2016), the Arabic Flesch: each rate is per word: hard words
/// (more than 5 letters), syllables, complex words (more than 4 syllables) and faseeh
/// words (complex words with ء ئ ؤ ذ ظ, or وا / ون). Higher is easier.
pub fn osman(
    words_per_sentence: f64,
    hard_per_word: f64,
    syllables_per_word: f64,
    complex_per_word: f64,
    faseeh_per_word: f64,
) -> f64 {
    200.791
        - 1.015 * words_per_sentence
        - 24.181 * (hard_per_word + syllables_per_word + complex_per_word + faseeh_per_word)
}

/// What OSMAN counts of one Arabic word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ArabicWord {
    pub syllables: u32,
    pub hard: bool,
    pub complex: bool,
    pub faseeh: bool,
}

const FATHA: char = '\u{064E}';
const DAMMA: char = '\u{064F}';
const KASRA: char = '\u{0650}';

fn is_tashkeel(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0653}' | '\u{0657}' | '\u{0658}')
}

/// Syllables of an Arabic word. With short vowels written: a short vowel is one
/// syllable, a short vowel before ا و ي (a long syllable) and tanween or shadda (stress)
/// count two. Letters usually go unvocalised; then every letter but ا and ى is taken as
/// one syllable, the estimate textstat uses for such text.
pub fn arabic_word(word: &str) -> ArabicWord {
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let letters: Vec<char> = chars.iter().copied().filter(|&c| !is_tashkeel(c)).collect();
    let mut short = 0;
    let mut long = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, FATHA | DAMMA | KASRA) {
            if matches!(chars.get(i + 1), Some('\u{0627}' | '\u{0648}' | '\u{064A}')) {
                long += 1;
            } else {
                short += 1;
            }
        }
    }
    let stress = chars
        .iter()
        .filter(|&&c| matches!(c, '\u{064B}' | '\u{064C}' | '\u{064D}' | '\u{0651}'))
        .count() as u32;
    let syllables = if short == 0 {
        letters
            .iter()
            .filter(|&&c| c != '\u{0627}' && c != '\u{0649}')
            .count() as u32
            + 2 * (long + stress)
    } else {
        short + 2 * (long + stress)
    }
    .max(1);
    let plain: String = letters.iter().collect();
    let faseeh_letters = plain
        .contains(['\u{0621}', '\u{0626}', '\u{0624}', '\u{0630}', '\u{0638}'])
        || plain.contains("\u{0648}\u{0627}")
        || plain.contains("\u{0648}\u{0646}");
    ArabicWord {
        syllables,
        hard: letters.len() > 5,
        complex: syllables > 4,
        faseeh: syllables > 5 && faseeh_letters,
    }
}

/// A readability score with the band it falls in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// `flesch-douma`, `leesindex-a`, `flesch-reading-ease`, `atesman`, `osman`.
    pub name: &'static str,
    /// Rounded to one decimal.
    pub value: f64,
    pub band: &'static str,
}

/// Counts and scores for a letter, a section or a paragraph.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Metrics {
    pub sentences: u32,
    pub words: u32,
    /// Absent for languages without hyphenation patterns (Arabic: no `hyphenation`).
    pub syllables: Option<u32>,
    pub words_per_sentence: f64,
    pub syllables_per_word: Option<f64>,
    /// Letters per word.
    pub characters_per_word: f64,
    /// Words of four or more syllables (the RVO limit and Polish FOG's "hard word").
    pub long_words: Option<u32>,
    pub scores: Vec<Score>,
}

/// Raw counts, summed over sentences; [`Counts::metrics`] derives the averages.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub sentences: u32,
    pub words: u32,
    pub syllables: u32,
    pub letters: u32,
    pub long_words: u32,
    /// OSMAN's counts (only for languages that compute it).
    pub arabic: ArabicCounts,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ArabicCounts {
    pub syllables: u32,
    pub hard: u32,
    pub complex: u32,
    pub faseeh: u32,
}

impl ArabicCounts {
    pub fn add_word(&mut self, w: ArabicWord) {
        self.syllables += w.syllables;
        self.hard += u32::from(w.hard);
        self.complex += u32::from(w.complex);
        self.faseeh += u32::from(w.faseeh);
    }
}

impl Counts {
    pub fn add(&mut self, other: &Counts) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
        self.letters += other.letters;
        self.long_words += other.long_words;
        self.arabic.syllables += other.arabic.syllables;
        self.arabic.hard += other.arabic.hard;
        self.arabic.complex += other.arabic.complex;
        self.arabic.faseeh += other.arabic.faseeh;
    }

    pub fn metrics(&self, measures: &Measures) -> Metrics {
        let has_syllables = measures.hyphenation.is_some();
        if self.words == 0 || self.sentences == 0 {
            return Metrics {
                syllables: has_syllables.then_some(0),
                long_words: has_syllables.then_some(0),
                ..Metrics::default()
            };
        }
        let wps = f64::from(self.words) / f64::from(self.sentences);
        let spw = f64::from(self.syllables) / f64::from(self.words);
        let mut scores = Vec::new();
        for formula in &measures.formulas {
            let (value, band) = match formula {
                Formula::FleschDouma => {
                    let fd = flesch_douma(wps, spw);
                    (fd, flesch_band(fd))
                }
                Formula::LeesindexA => {
                    let li = leesindex_a(wps, spw);
                    (li, leesindex_band(li))
                }
                Formula::FleschReadingEase => {
                    let fre = flesch_reading_ease(wps, spw);
                    (fre, flesch_band(fre))
                }
                Formula::Atesman => {
                    let a = atesman(wps, spw);
                    (a, atesman_band(a))
                }
                Formula::Osman => {
                    let per_word = |n: u32| f64::from(n) / f64::from(self.words);
                    let a = &self.arabic;
                    let o = osman(
                        wps,
                        per_word(a.hard),
                        per_word(a.syllables),
                        per_word(a.complex),
                        per_word(a.faseeh),
                    );
                    (o, "higher is easier")
                }
            };
            scores.push(Score {
                name: formula.name(),
                value: round1(value),
                band,
            });
        }
        Metrics {
            sentences: self.sentences,
            words: self.words,
            syllables: has_syllables.then_some(self.syllables),
            words_per_sentence: round2(wps),
            syllables_per_word: has_syllables.then_some(round2(spw)),
            characters_per_word: round2(f64::from(self.letters) / f64::from(self.words)),
            long_words: has_syllables.then_some(self.long_words),
            scores,
        }
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Flesch's bands (also used for Douma's Dutch adaptation).
fn flesch_band(score: f64) -> &'static str {
    match score {
        s if s >= 90.0 => "very easy",
        s if s >= 80.0 => "easy",
        s if s >= 70.0 => "fairly easy",
        s if s >= 60.0 => "normal",
        s if s >= 50.0 => "fairly difficult",
        s if s >= 30.0 => "difficult",
        _ => "very difficult",
    }
}

fn leesindex_band(score: f64) -> &'static str {
    match score {
        s if s > 100.0 => "children's books",
        s if s >= 75.0 => "easy",
        s if s >= 50.0 => "normal",
        _ => "difficult",
    }
}

/// Ateşman's bands: 90–100 very easy … 1–29 very difficult.
fn atesman_band(score: f64) -> &'static str {
    match score {
        s if s >= 90.0 => "very easy",
        s if s >= 70.0 => "easy",
        s if s >= 50.0 => "medium",
        s if s >= 30.0 => "difficult",
        _ => "very difficult",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    // Hand-computed: 10 words/sentence, 1.5 syllables/word.
    #[test]
    fn flesch_douma_by_hand() {
        // 206.84 - 9.3 - 115.5
        close(flesch_douma(10.0, 1.5), 82.04);
        // "Wij betalen u op 1 december." 6 words, 8 syllables (wij be-ta-len u op 1 de-cem-ber)
        close(
            flesch_douma(6.0, 8.0 / 6.0),
            206.84 - 5.58 - 77.0 * 8.0 / 6.0,
        );
    }

    #[test]
    fn leesindex_by_hand() {
        // 195 - 20 - 100.05
        close(leesindex_a(10.0, 1.5), 74.95);
    }

    #[test]
    fn flesch_reading_ease_by_hand() {
        // 206.835 - 15.225 - 118.44
        close(flesch_reading_ease(15.0, 1.4), 73.17);
    }

    #[test]
    fn atesman_by_hand() {
        // 198.825 - 100.4375 - 26.1
        close(atesman(10.0, 2.5), 72.2875);
    }

    #[test]
    fn osman_by_hand() {
        // 200.791 - 1.015*10 - 24.181*(0.2 + 2.0 + 0.1 + 0.0) = 200.791 - 10.15 - 55.6163
        close(osman(10.0, 0.2, 2.0, 0.1, 0.0), 135.0247);
    }

    #[test]
    fn arabic_words_vocalised_and_not() {
        // كَتَبَ: three short vowels.
        assert_eq!(arabic_word("كَتَبَ").syllables, 3);
        // كِتَاب: kasra, then fatha before alef (long): 1 + 2.
        assert_eq!(arabic_word("كِتَاب").syllables, 3);
        // Unvocalised: letters but alef.
        let w = arabic_word("المساعدة");
        assert_eq!(w.syllables, 6);
        assert!(w.hard && w.complex && !w.faseeh);
        let w = arabic_word("المسؤولون");
        assert!(w.faseeh, "{w:?}");
        assert!(!arabic_word("مال").hard);
    }

    #[test]
    fn counts_become_metrics_with_bands() {
        let c = Counts {
            sentences: 2,
            words: 20,
            syllables: 30,
            letters: 100,
            long_words: 1,
            arabic: ArabicCounts {
                syllables: 40,
                hard: 4,
                complex: 2,
                faseeh: 0,
            },
        };
        let nl = Measures {
            formulas: vec![Formula::FleschDouma, Formula::LeesindexA],
            hyphenation: Some(hypher::Lang::Dutch),
        };
        let m = c.metrics(&nl);
        assert_eq!(m.words_per_sentence, 10.0);
        assert_eq!(m.syllables_per_word, Some(1.5));
        assert_eq!(m.characters_per_word, 5.0);
        assert_eq!(m.scores[0].name, "flesch-douma");
        assert_eq!(m.scores[0].value, 82.0);
        assert_eq!(m.scores[0].band, "easy");
        assert!((m.scores[1].value - 74.95).abs() < 0.06);
        let ar = c.metrics(&Measures {
            formulas: vec![Formula::Osman],
            hyphenation: None,
        });
        assert!(ar.syllables.is_none());
        assert_eq!(ar.scores[0].name, "osman");
        assert_eq!(ar.scores[0].value, 135.0);
    }

    #[test]
    fn formula_names_round_trip() {
        for formula in Formula::ALL {
            assert_eq!(Formula::from_name(formula.name()), Some(formula));
        }
        assert_eq!(Formula::from_name("flesch"), None);
    }

    #[test]
    fn scores_follow_the_measures_in_their_order() {
        let c = Counts {
            sentences: 1,
            words: 10,
            syllables: 15,
            letters: 50,
            long_words: 0,
            arabic: ArabicCounts::default(),
        };
        let m = c.metrics(&Measures {
            formulas: vec![Formula::Atesman, Formula::FleschReadingEase],
            hyphenation: Some(hypher::Lang::English),
        });
        let names: Vec<&str> = m.scores.iter().map(|s| s.name).collect();
        assert_eq!(names, ["atesman", "flesch-reading-ease"]);
        assert!(c.metrics(&Measures::default()).scores.is_empty());
        assert!(c.metrics(&Measures::default()).syllables.is_none());
    }

    #[test]
    fn empty_text_has_no_scores() {
        let m = Counts::default().metrics(&Measures {
            formulas: vec![Formula::FleschDouma],
            hyphenation: Some(hypher::Lang::Dutch),
        });
        assert_eq!(m.words, 0);
        assert!(m.scores.is_empty());
    }
}

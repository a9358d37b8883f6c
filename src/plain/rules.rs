//! Rules as data: `locales/<lang>/plain.toml`, one file per language.
//!
//! ```toml
//! abbreviations = ["bijv.", "o.a."]
//!
//! [[rule]]
//! id = "nl.officialese"
//! kind = "substitution"          # substitution | existence | occurrence | passive | pictogram
//! level = "warning"              # or per profile: { b1 = "info", easy-read = "warning" }
//! profiles = ["b1", "easy-read"] # default: both
//! except_in = ["objection"]      # block kinds the rule skips
//! source = "RVO, Lijst met ouderwetse woorden (CC0)"
//! message = "“{found}” is ambtelijke taal."
//! suggestion = "Schrijf “{plain}”."
//! swap = { aangaande = "over" }
//! ```
//!
//! Vale's rule kinds are the model: existence (words, phrases or regular expressions),
//! substitution (officialese → plain word), occurrence (a count per word, sentence or
//! paragraph with a maximum per profile), plus passive voice and the easy-read pictogram.

use crate::project::files::{Files, join};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::metrics::Measures;
use super::text::phrase_words;
use crate::i18n::{I18nError, Language, Locales};

/// The audience a text is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Profile {
    /// Language level B1: a letter most adults can read.
    #[serde(rename = "b1")]
    B1,
    /// Easy read (makkelijk lezen): for readers with low literacy, pictograms per step.
    #[serde(rename = "easy-read")]
    EasyRead,
}

impl Profile {
    pub const ALL: [Profile; 2] = [Profile::B1, Profile::EasyRead];

    pub fn name(self) -> &'static str {
        match self {
            Profile::B1 => "b1",
            Profile::EasyRead => "easy-read",
        }
    }
}

impl std::str::FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Profile, String> {
        match s {
            "b1" => Ok(Profile::B1),
            "easy-read" => Ok(Profile::EasyRead),
            other => Err(format!(
                "unknown profile `{other}`: expected `b1` or `easy-read`"
            )),
        }
    }
}

/// How serious a finding is; `Error` fails `helder check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where in the letter a piece of text sits; rules can skip some (`except_in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Title,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    Step,
    Callout,
    Objection,
    Checklist,
}

/// What an occurrence rule counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Per sentence or paragraph.
    Words,
    /// Per sentence (decimal commas excluded).
    Commas,
    /// Per paragraph.
    Sentences,
    /// Per word, from hyphenation patterns.
    Syllables,
    /// Per word, letters and digits.
    Characters,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Word,
    Sentence,
    Paragraph,
}

/// A value that is the same for every profile or set per profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PerProfile<T> {
    pub b1: T,
    pub easy_read: T,
}

impl<T: Copy> PerProfile<T> {
    pub fn get(&self, profile: Profile) -> T {
        match profile {
            Profile::B1 => self.b1,
            Profile::EasyRead => self.easy_read,
        }
    }
}

#[derive(Deserialize, Clone, Copy)]
#[serde(untagged)]
enum RawPerProfile<T> {
    Same(T),
    Each {
        b1: T,
        #[serde(rename = "easy-read")]
        easy_read: T,
    },
}

impl<T> From<RawPerProfile<T>> for PerProfile<T>
where
    T: Copy,
{
    fn from(raw: RawPerProfile<T>) -> Self {
        match raw {
            RawPerProfile::Same(v) => PerProfile {
                b1: v,
                easy_read: v,
            },
            RawPerProfile::Each { b1, easy_read } => PerProfile { b1, easy_read },
        }
    }
}

/// One rule, ready to run.
#[derive(Debug, Clone)]
pub struct Rule {
    /// `nl.officialese`: language, dot, name.
    pub id: String,
    pub level: PerProfile<Severity>,
    /// The guideline the rule comes from.
    pub source: String,
    pub profiles: Vec<Profile>,
    pub except_in: Vec<BlockKind>,
    /// With `{found}`, `{plain}`, `{count}`, `{max}` placeholders.
    pub message: String,
    pub suggestion: Option<String>,
    pub kind: RuleKind,
    /// Line of the rule in its file, for messages about the rule itself.
    pub line: u32,
}

#[derive(Debug, Clone)]
pub enum RuleKind {
    /// Officialese and its plain word; keys may be phrases ("in het kader van").
    Substitution { swap: Vec<(Vec<String>, String)> },
    /// Words, phrases or regular expressions that should not be there.
    Existence {
        tokens: Vec<Vec<String>>,
        patterns: Vec<Regex>,
    },
    Occurrence {
        scope: Scope,
        measure: Measure,
        max: PerProfile<u32>,
        /// Words exempt from a word-scope rule (common words the reader knows).
        allow: HashSet<String>,
    },
    /// A form of the passive auxiliary together with a past participle.
    Passive {
        auxiliaries: HashSet<String>,
        participles: HashSet<String>,
        not_participles: HashSet<String>,
        prefixes: Vec<String>,
        suffixes: Vec<String>,
        min_length: usize,
        /// Words after the auxiliary to look for the participle; 0: the rest of the
        /// sentence, or else the two words before the auxiliary (Dutch puts the participle
        /// at the end of a main clause and before the auxiliary in a subordinate one).
        window: usize,
    },
    /// Easy read: every paragraph and step has a pictogram beside it.
    Pictogram,
}

/// The rules of one language.
#[derive(Debug, Clone)]
pub struct LanguageRules {
    pub language: Language,
    pub file: PathBuf,
    /// Lower-case abbreviations with their final period ("bijv."): no sentence ends there.
    pub abbreviations: HashSet<String>,
    pub rules: Vec<Rule>,
}

/// Every language's rules, and how each language's text is measured (from its profile).
#[derive(Debug, Clone, Default)]
pub struct Rules {
    languages: BTreeMap<Language, LanguageRules>,
    measures: BTreeMap<Language, Measures>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum RuleError {
    #[error("{}: cannot read plain-language rules: {source}", file.display())]
    Io {
        file: PathBuf,
        source: std::sync::Arc<std::io::Error>,
    },
    #[error("{}:{line}: {message}", file.display())]
    Invalid {
        file: PathBuf,
        line: u32,
        message: String,
    },
    /// The languages (profiles, messages) did not load.
    #[error("{0}")]
    Languages(I18nError),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    rule: Vec<toml::Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    kind: String,
    level: RawPerProfile<Severity>,
    source: String,
    message: String,
    suggestion: Option<String>,
    profiles: Option<Vec<Profile>>,
    #[serde(default)]
    except_in: Vec<BlockKind>,
    // substitution
    swap: Option<toml::Table>,
    // existence
    tokens: Option<Vec<String>>,
    patterns: Option<Vec<String>>,
    // occurrence
    scope: Option<Scope>,
    measure: Option<Measure>,
    max: Option<RawPerProfile<u32>>,
    allow: Option<Vec<String>>,
    // passive
    auxiliaries: Option<Vec<String>>,
    participles: Option<Vec<String>>,
    not_participles: Option<Vec<String>>,
    prefixes: Option<Vec<String>>,
    suffixes: Option<Vec<String>>,
    min_length: Option<usize>,
    window: Option<usize>,
}

impl Rules {
    /// Loads `<dir>/<code>/plain.toml` for every language of `locales` that has one, and
    /// takes each language's measures (readability formulas, hyphenation) from its profile.
    pub fn load(files: &Files, dir: &str, locales: &Locales) -> Result<Rules, RuleError> {
        let mut rules = Rules::default();
        for profile in locales.profiles() {
            let lang = profile.language;
            rules.set_measures(lang, Measures::of(profile));
            let rel = join(&join(dir, lang.code()), "plain.toml");
            if !files.is_file(&rel) {
                continue;
            }
            let file = files.display(&rel);
            let text = files.read_text(&rel).map_err(|source| RuleError::Io {
                file: file.clone(),
                source: source.into(),
            })?;
            rules.insert(LanguageRules::parse(lang, &text, &file)?);
        }
        Ok(rules)
    }

    /// Loads the rules of a locales folder on disk with its languages, as [`Rules::load`]
    /// does.
    pub fn load_dir(dir: &Path) -> Result<Rules, RuleError> {
        let locales = Locales::load_dir(dir).map_err(RuleError::Languages)?;
        Rules::load(&Files::Dir(dir.to_path_buf()), "", &locales)
    }

    /// How `lang`'s text is measured; `None` for a language without a profile.
    pub fn measures(&self, lang: Language) -> Option<&Measures> {
        self.measures.get(&lang)
    }

    pub fn set_measures(&mut self, lang: Language, measures: Measures) {
        self.measures.insert(lang, measures);
    }

    pub fn insert(&mut self, rules: LanguageRules) {
        self.languages.insert(rules.language, rules);
    }

    pub fn get(&self, lang: Language) -> Option<&LanguageRules> {
        self.languages.get(&lang)
    }

    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        self.languages.keys().copied()
    }
}

impl LanguageRules {
    /// Parses one rule file; `file` is only used in error messages.
    pub fn parse(lang: Language, text: &str, file: &Path) -> Result<LanguageRules, RuleError> {
        let invalid = |offset: usize, message: String| RuleError::Invalid {
            file: file.to_path_buf(),
            line: crate::diag::line_col(text, offset).0,
            message,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            invalid(
                e.span().map_or(0, |s| s.start),
                e.message().trim().to_string(),
            )
        })?;
        let prefix = format!("{}.", lang.code());
        let mut seen = HashSet::new();
        let mut rules = Vec::new();
        for spanned in raw.rule {
            let offset = spanned.span().start;
            let line = crate::diag::line_col(text, offset).0;
            let r = spanned.into_inner();
            let err = |m: String| invalid(offset, format!("rule `{}`: {m}", r.id));
            if !r.id.starts_with(&prefix) {
                return Err(err(format!("the id must start with `{prefix}`")));
            }
            if !seen.insert(r.id.clone()) {
                return Err(err("the id is used twice".into()));
            }
            if r.source.trim().is_empty() {
                return Err(err("`source` must name the guideline".into()));
            }
            let kind = build_kind(&r).map_err(err)?;
            rules.push(Rule {
                id: r.id,
                level: r.level.into(),
                source: r.source,
                profiles: r.profiles.unwrap_or_else(|| Profile::ALL.to_vec()),
                except_in: r.except_in,
                message: r.message,
                suggestion: r.suggestion,
                kind,
                line,
            });
        }
        Ok(LanguageRules {
            language: lang,
            file: file.to_path_buf(),
            abbreviations: raw
                .abbreviations
                .iter()
                .map(|a| a.trim().to_lowercase())
                .collect(),
            rules,
        })
    }
}

fn build_kind(r: &RawRule) -> Result<RuleKind, String> {
    let lower_set = |v: &Option<Vec<String>>| -> HashSet<String> {
        v.iter().flatten().map(|s| s.to_lowercase()).collect()
    };
    match r.kind.as_str() {
        "substitution" => {
            let table = r.swap.as_ref().ok_or("a substitution needs `swap`")?;
            let mut swap = Vec::new();
            let mut keys = HashMap::new();
            for (from, to) in table {
                let to = to
                    .as_str()
                    .ok_or(format!("swap `{from}`: the plain word must be a string"))?;
                let words = phrase_words(from);
                if words.is_empty() {
                    return Err(format!("swap `{from}`: no word to look for"));
                }
                if keys.insert(words.clone(), ()).is_some() {
                    return Err(format!("swap `{from}` is listed twice"));
                }
                swap.push((words, to.to_string()));
            }
            // Longest phrase first, so "in het kader van" wins over "kader".
            swap.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
            Ok(RuleKind::Substitution { swap })
        }
        "existence" => {
            let tokens: Vec<Vec<String>> = r
                .tokens
                .iter()
                .flatten()
                .map(|t| phrase_words(t))
                .filter(|w| !w.is_empty())
                .collect();
            let patterns = r
                .patterns
                .iter()
                .flatten()
                .map(|p| Regex::new(p).map_err(|e| format!("pattern `{p}`: {e}")))
                .collect::<Result<Vec<_>, _>>()?;
            if tokens.is_empty() && patterns.is_empty() {
                return Err("an existence rule needs `tokens` or `patterns`".into());
            }
            Ok(RuleKind::Existence { tokens, patterns })
        }
        "occurrence" => {
            let scope = r.scope.ok_or("an occurrence rule needs `scope`")?;
            let measure = r.measure.ok_or("an occurrence rule needs `measure`")?;
            let fits = matches!(
                (scope, measure),
                (Scope::Word, Measure::Syllables | Measure::Characters)
                    | (Scope::Sentence, Measure::Words | Measure::Commas)
                    | (Scope::Paragraph, Measure::Words | Measure::Sentences)
            );
            if !fits {
                return Err(format!(
                    "cannot count {measure:?} per {scope:?}: words count syllables or \
                     characters, sentences words or commas, paragraphs words or sentences"
                ));
            }
            let max = r.max.ok_or("an occurrence rule needs `max`")?;
            Ok(RuleKind::Occurrence {
                scope,
                measure,
                max: max.into(),
                allow: lower_set(&r.allow),
            })
        }
        "passive" => {
            let auxiliaries = lower_set(&r.auxiliaries);
            if auxiliaries.is_empty() {
                return Err("a passive rule needs `auxiliaries`".into());
            }
            let suffixes: Vec<String> = r.suffixes.iter().flatten().cloned().collect();
            let participles = lower_set(&r.participles);
            if suffixes.is_empty() && participles.is_empty() {
                return Err("a passive rule needs `suffixes` or `participles`".into());
            }
            Ok(RuleKind::Passive {
                auxiliaries,
                participles,
                not_participles: lower_set(&r.not_participles),
                prefixes: r.prefixes.iter().flatten().cloned().collect(),
                suffixes,
                min_length: r.min_length.unwrap_or(4),
                window: r.window.unwrap_or(0),
            })
        }
        "pictogram" => Ok(RuleKind::Pictogram),
        other => Err(format!(
            "unknown kind `{other}`: expected substitution, existence, occurrence, \
             passive or pictogram"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<LanguageRules, RuleError> {
        LanguageRules::parse(
            Language::from_code("nl").unwrap(),
            text,
            Path::new("locales/nl/plain.toml"),
        )
    }

    #[test]
    fn parses_every_kind() {
        let rules = parse(
            r#"
abbreviations = ["Bijv."]

[[rule]]
id = "nl.officialese"
kind = "substitution"
level = "warning"
source = "RVO"
message = "{found}"
swap = { aangaande = "over", "in het kader van" = "bij" }

[[rule]]
id = "nl.sentence-length"
kind = "occurrence"
scope = "sentence"
measure = "words"
max = { b1 = 15, easy-read = 12 }
level = { b1 = "warning", easy-read = "error" }
source = "RVO"
message = "{count} > {max}"
"#,
        )
        .unwrap();
        assert!(rules.abbreviations.contains("bijv."));
        assert_eq!(rules.rules.len(), 2);
        match &rules.rules[0].kind {
            RuleKind::Substitution { swap } => {
                assert_eq!(swap[0].0, vec!["in", "het", "kader", "van"]);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(rules.rules[1].level.get(Profile::EasyRead), Severity::Error);
        assert_eq!(rules.rules[1].line, 12);
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = parse(
            "\n[[rule]]\nid = \"nl.x\"\nkind = \"magic\"\nlevel = \"info\"\nsource = \"s\"\nmessage = \"m\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("locales/nl/plain.toml:2: rule `nl.x`: unknown kind"),
            "{err}"
        );

        let err = parse("[[rule]]\nid = \"nl.x\"\nkind = \"pictogram\"\nlevel = \"loud\"\nsource = \"s\"\nmessage = \"m\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("locales/nl/plain.toml:"), "{err}");

        let err = parse("[[rule]]\nid = \"en.x\"\nkind = \"pictogram\"\nlevel = \"info\"\nsource = \"s\"\nmessage = \"m\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("must start with `nl.`"), "{err}");

        let err = parse("[[rule]]\nid = \"nl.x\"\nkind = \"pictogram\"\nlevel = \"info\"\nsource = \" \"\nmessage = \"m\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`source`"), "{err}");
    }

    #[test]
    fn rejects_mismatched_occurrence_and_bad_patterns() {
        let base = "[[rule]]\nid = \"nl.x\"\nlevel = \"info\"\nsource = \"s\"\nmessage = \"m\"\n";
        let err = parse(&format!(
            "{base}kind = \"occurrence\"\nscope = \"word\"\nmeasure = \"commas\"\nmax = 1\n"
        ))
        .unwrap_err();
        assert!(err.to_string().contains("cannot count"), "{err}");
        let err = parse(&format!("{base}kind = \"existence\"\npatterns = [\"(\"]\n")).unwrap_err();
        assert!(err.to_string().contains("pattern `(`"), "{err}");
    }

    #[test]
    fn profiles_parse_from_cli_names() {
        assert_eq!("b1".parse::<Profile>(), Ok(Profile::B1));
        assert_eq!("easy-read".parse::<Profile>(), Ok(Profile::EasyRead));
        assert!("a2".parse::<Profile>().is_err());
    }
}

//! What the checklist letter needs: items grouped per person, each with its pictogram,
//! Fluent message ids and arguments for the document, who, the period (as dates), the
//! earliest deadline, how to hand it in and why. [`Checklist::letter_groups`] is pure
//! data; [`Checklist::letter_blocks`] resolves it with [`Locales`] into the Letter IR's
//! `ChecklistItem`s.

use time::Date;

use super::case::{Case, PersonIdx};
use super::catalog::{Coverage, Delivery};
use super::merge::{Checklist, Item, Owner, Reason, coverage_period};
use crate::i18n::{Arg, I18nError, Language, Locales};
use crate::letter::ir::{ChecklistItem, Inline, plain_text};

/// An argument of a Fluent message; dates are formatted by the caller per language.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgArg {
    Text(String),
    Number(i64),
    Date(Date),
    /// Another message, resolved first (a scheme's name inside a sentence).
    Msg(Box<Msg>),
}

/// A Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: String,
    pub args: Vec<(&'static str, MsgArg)>,
}

impl Msg {
    pub fn new(id: impl Into<String>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: MsgArg) -> Msg {
        self.args.push((name, value));
        self
    }
}

/// Whose documents a group lists.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupOwner {
    /// One member (member id, first name if known).
    Person {
        id: String,
        name: String,
    },
    /// A joint account of several members.
    Together {
        names: Vec<String>,
    },
    Household,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LetterGroup {
    pub owner: GroupOwner,
    /// `checklist-group-person`, `checklist-group-together` or `checklist-group-household`.
    pub heading: Msg,
    pub items: Vec<LetterItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LetterItem {
    pub number: u32,
    /// Pictogram name (of the first accepted document).
    pub icon: String,
    /// Alternative text of the pictogram: the document's name.
    pub alt: Msg,
    /// Accepted documents: one of the lists, every document in a list.
    pub documents: Vec<Vec<Msg>>,
    /// For a per-account item: the IBAN.
    pub iban: Option<String>,
    /// Names of the people the document is about.
    pub who: Vec<String>,
    /// Days to cover, as closed intervals; empty when no period applies.
    pub period: Vec<(Date, Date)>,
    pub issued_on_or_after: Option<Date>,
    pub deadline: Date,
    pub delivery: Delivery,
    /// `checklist-delivery-<delivery>`.
    pub how: Msg,
    /// Scheme names (`scheme-*` messages) that need it.
    pub needed_for: Vec<Msg>,
    /// One line per scheme: its rule and its own period; then the document's explanation.
    pub explanation: Vec<Msg>,
    /// What the document must show (`checklist-check-*`), for all accepted documents.
    pub checks: Vec<Msg>,
}

fn person_name(case: &Case, p: PersonIdx) -> String {
    let m = &case.household[p as usize];
    m.name.clone().unwrap_or_else(|| m.id.clone())
}

/// The sentence that says why a scheme asks this period.
pub fn why(
    scheme_name: &str,
    rule: Coverage,
    recency_months: Option<u8>,
    period: Option<(Date, Date)>,
) -> Msg {
    let scheme = MsgArg::Msg(Box::new(Msg::new(scheme_name)));
    let base = |id: &str| Msg::new(id).arg("scheme", scheme.clone());
    let with_period = |m: Msg| match period {
        Some((f, t)) => m.arg("from", MsgArg::Date(f)).arg("to", MsgArg::Date(t)),
        None => m,
    };
    match rule {
        Coverage::None => base("checklist-why-none"),
        Coverage::Latest => base("checklist-why-latest")
            .arg("months", MsgArg::Number(recency_months.unwrap_or(0) as i64)),
        Coverage::RollingMonths { months, .. } => with_period(
            base("checklist-why-rolling-months").arg("months", MsgArg::Number(months as i64)),
        ),
        Coverage::CompleteMonths { months, .. } => with_period(
            base("checklist-why-complete-months").arg("months", MsgArg::Number(months as i64)),
        ),
        Coverage::AnnualStatements { years, .. } => with_period(
            base("checklist-why-annual-statements").arg("years", MsgArg::Number(years as i64)),
        ),
    }
}

impl<'a> Checklist<'a> {
    /// The checklist grouped per person (then joint accounts, then the household), in
    /// household order, ready for a letter.
    pub fn letter_groups(&self) -> Vec<LetterGroup> {
        let case = self.from.1;
        let mut groups: Vec<(u8, Vec<PersonIdx>, LetterGroup)> = Vec::new();
        for it in &self.items {
            let (rank, members, owner) = match (it.key.owner, it.who_idx.as_slice()) {
                (_, [p]) => (
                    0,
                    vec![*p],
                    GroupOwner::Person {
                        id: case.household[*p as usize].id.clone(),
                        name: person_name(case, *p),
                    },
                ),
                (Owner::Account(_), ps) | (Owner::Person(_), ps) => (
                    1,
                    ps.to_vec(),
                    GroupOwner::Together {
                        names: ps.iter().map(|&p| person_name(case, p)).collect(),
                    },
                ),
                (Owner::Household, _) => (2, Vec::new(), GroupOwner::Household),
            };
            let item = self.letter_item(it);
            if let Some(g) = groups.iter_mut().find(|g| g.0 == rank && g.1 == members) {
                g.2.items.push(item);
                continue;
            }
            let heading = match &owner {
                GroupOwner::Person { name, .. } => {
                    Msg::new("checklist-group-person").arg("name", MsgArg::Text(name.clone()))
                }
                GroupOwner::Together { names } => Msg::new("checklist-group-together")
                    .arg("names", MsgArg::Msg(Box::new(join_names(names)))),
                GroupOwner::Household => Msg::new("checklist-group-household"),
            };
            groups.push((
                rank,
                members,
                LetterGroup {
                    owner,
                    heading,
                    items: vec![item],
                },
            ));
        }
        groups.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        groups.into_iter().map(|g| g.2).collect()
    }

    fn letter_item(&self, it: &Item<'a>) -> LetterItem {
        let (catalog, case) = self.from;
        let first = &catalog.evidence[it.evidence_idx[0][0] as usize];
        let documents: Vec<Vec<Msg>> = it
            .evidence_idx
            .iter()
            .map(|l| {
                l.iter()
                    .map(|&e| Msg::new(&catalog.evidence[e as usize].name))
                    .collect()
            })
            .collect();
        let mut needed_for: Vec<Msg> = Vec::new();
        let mut explanation = Vec::new();
        for n in &it.needed_for {
            let scheme = catalog.scheme(n.scheme).expect("merged from this catalog");
            let m = Msg::new(&scheme.name);
            if !needed_for.contains(&m) {
                needed_for.push(m);
            }
            // The scheme's whole rule period, including days already held for it.
            let whole = match (&n.period, &n.already_held) {
                (Some(p), Some(h)) => Some(p.union(h)),
                (p, h) => p.clone().or_else(|| h.clone()),
            };
            let hull = whole.and_then(|p| p.hull()).map(|h| (h.start, h.end));
            explanation.push(why(&scheme.name, n.rule, n.recency.map(|r| r.months), hull));
            if let Some(h) = n.already_held.as_ref().and_then(|h| h.hull()) {
                explanation.push(
                    Msg::new("checklist-why-partly-held")
                        .arg("scheme", MsgArg::Msg(Box::new(Msg::new(&scheme.name))))
                        .arg("from", MsgArg::Date(h.start))
                        .arg("to", MsgArg::Date(h.end)),
                );
            }
        }
        let mut seen = Vec::new();
        for l in &it.evidence_idx {
            for &e in l {
                if !seen.contains(&e) {
                    seen.push(e);
                    explanation.push(Msg::new(&catalog.evidence[e as usize].explanation));
                }
            }
        }
        let mut checks: Vec<Msg> = Vec::new();
        for &e in &seen {
            for c in &catalog.evidence[e as usize].checks {
                let m = Msg::new(format!("checklist-check-{c}"));
                if !checks.contains(&m) {
                    checks.push(m);
                }
            }
        }
        LetterItem {
            checks,
            number: it.number,
            icon: first.pictogram.clone(),
            alt: Msg::new(&first.name),
            documents,
            iban: it.iban.map(str::to_string),
            who: it.who_idx.iter().map(|&p| person_name(case, p)).collect(),
            period: it
                .period
                .as_ref()
                .map(|p| p.intervals().iter().map(|i| (i.start, i.end)).collect())
                .unwrap_or_default(),
            issued_on_or_after: it.issued_on_or_after,
            deadline: it.deadline,
            delivery: it.delivery,
            how: Msg::new(format!("checklist-delivery-{}", it.delivery.as_str())),
            needed_for,
            explanation,
        }
    }

    /// Lines for what the resident does not have to send, with the reason (retrievable,
    /// already held, exempt). Conditions that do not apply are not mentioned.
    pub fn letter_left_out(&self) -> Vec<Msg> {
        let catalog = self.from.0;
        let mut out: Vec<Msg> = Vec::new();
        for l in &self.left_out {
            let scheme = catalog.scheme(l.scheme).expect("merged from this catalog");
            let s = MsgArg::Msg(Box::new(Msg::new(&scheme.name)));
            let concept = Msg::new(format!("checklist-concept-{}", l.concept));
            let m = match &l.reason {
                Reason::Retrievable { source, .. } => Msg::new("checklist-left-out-retrievable")
                    .arg("scheme", s)
                    .arg("what", MsgArg::Msg(Box::new(concept)))
                    .arg(
                        "source",
                        MsgArg::Msg(Box::new(Msg::new(format!("checklist-source-{source}")))),
                    ),
                Reason::AlreadyHeld { .. } => Msg::new("checklist-left-out-held")
                    .arg("scheme", s)
                    .arg("what", MsgArg::Msg(Box::new(concept))),
                Reason::Exempt { fact, .. } => {
                    Msg::new("checklist-left-out-exempt").arg("scheme", s).arg(
                        "fact",
                        MsgArg::Msg(Box::new(Msg::new(format!("checklist-fact-{fact}")))),
                    )
                }
                Reason::NotApplicable { .. } => continue,
            };
            if !out.contains(&m) {
                out.push(m);
            }
        }
        out
    }

    /// The checklist as Letter IR items, one list per group with its heading, resolved in
    /// `lang`. Dates are formatted by the language's profile ([`Profile::format_date`]).
    ///
    /// [`Profile::format_date`]: crate::i18n::Profile::format_date
    pub fn letter_blocks(
        &self,
        locales: &Locales,
        lang: Language,
    ) -> Result<Vec<(String, Vec<ChecklistItem>)>, I18nError> {
        let r = |m: &Msg| resolve(locales, lang, m);
        let profile = locales.profile(lang)?;
        let mut out = Vec::new();
        for g in self.letter_groups() {
            let mut items = Vec::new();
            for it in &g.items {
                let alternatives: Vec<String> = it
                    .documents
                    .iter()
                    .map(|l| {
                        join(
                            locales,
                            lang,
                            "checklist-and-join",
                            &l.iter().map(r).collect::<Result<Vec<_>, _>>()?,
                        )
                    })
                    .collect::<Result<_, _>>()?;
                let mut document = vec![Inline::Strong {
                    content: vec![Inline::Text {
                        text: join(locales, lang, "checklist-or-join", &alternatives)?,
                    }],
                }];
                if let Some(iban) = &it.iban {
                    document.push(Inline::Text {
                        text: format!(
                            " {}",
                            r(&Msg::new("checklist-of-account")
                                .arg("iban", MsgArg::Text(iban.clone())))?
                        ),
                    });
                }
                let periods: Vec<String> = it
                    .period
                    .iter()
                    .map(|&(f, t)| {
                        r(&Msg::new("checklist-period")
                            .arg("from", MsgArg::Date(f))
                            .arg("to", MsgArg::Date(t)))
                    })
                    .collect::<Result<_, _>>()?;
                let period = match (periods.is_empty(), it.issued_on_or_after) {
                    (false, _) => Some(join(locales, lang, "checklist-and-join", &periods)?),
                    (true, Some(d)) => Some(r(
                        &Msg::new("checklist-issued-after").arg("date", MsgArg::Date(d))
                    )?),
                    (true, None) => None,
                };
                let mut note = Vec::new();
                let mut push = |text: String| {
                    if !note.is_empty() {
                        note.push(Inline::LineBreak);
                    }
                    note.push(Inline::Text { text });
                };
                push(r(&it.how)?);
                let schemes: Vec<String> = it.needed_for.iter().map(r).collect::<Result<_, _>>()?;
                push(r(&Msg::new("checklist-needed-for").arg(
                    "schemes",
                    MsgArg::Text(join(locales, lang, "checklist-and-join", &schemes)?),
                ))?);
                for e in &it.explanation {
                    push(r(e)?);
                }
                items.push(ChecklistItem {
                    icon: it.icon.clone(),
                    alt: r(&it.alt)?,
                    document,
                    // Person and joint groups are formed by exactly these people, and
                    // their heading names them already: saying it again per item is noise.
                    who: match g.owner {
                        GroupOwner::Household => {
                            join(locales, lang, "checklist-and-join", &it.who)?
                        }
                        GroupOwner::Person { .. } | GroupOwner::Together { .. } => String::new(),
                    },
                    period,
                    deadline: Some(profile.format_date(it.deadline)),
                    note,
                });
            }
            out.push((r(&g.heading)?, items));
        }
        Ok(out)
    }
}

fn join_names(names: &[String]) -> Msg {
    let mut m = Msg::new("checklist-name").arg(
        "name",
        MsgArg::Text(names.first().cloned().unwrap_or_default()),
    );
    for (i, n) in names.iter().enumerate().skip(1) {
        let id = if i + 1 == names.len() {
            "checklist-and-join"
        } else {
            "checklist-comma-join"
        };
        m = Msg::new(id)
            .arg("left", MsgArg::Msg(Box::new(m)))
            .arg("right", MsgArg::Text(n.clone()));
    }
    m
}

impl<'a> Checklist<'a> {
    /// The checklist as plain text in `lang` (for `--format txt` and e-mail): per group a
    /// heading, then numbered items with who, period, deadline and notes; then what the
    /// resident does not have to send, and national schemes to apply for elsewhere.
    pub fn to_text(&self, locales: &Locales, lang: Language) -> Result<String, I18nError> {
        let mut out = String::new();
        let inline_text = |v: &[Inline]| plain_text(v);
        for (heading, items) in self.letter_blocks(locales, lang)? {
            out.push_str(&heading);
            out.push('\n');
            out.push_str(&"=".repeat(heading.chars().count()));
            out.push('\n');
            for it in items {
                out.push_str(&format!("[ ] {}\n", inline_text(&it.document)));
                out.push_str(&format!("    {}\n", it.who));
                if let Some(p) = &it.period {
                    out.push_str(&format!("    {p}\n"));
                }
                if let Some(d) = &it.deadline {
                    let line = locales.message(
                        lang,
                        "checklist-deadline",
                        &[("date", Arg::Text(d.clone()))],
                    )?;
                    out.push_str(&format!("    {line}\n"));
                }
                for line in inline_text(&it.note).lines() {
                    out.push_str(&format!("    {line}\n"));
                }
                out.push('\n');
            }
        }
        let left = self.letter_left_out();
        if !left.is_empty() {
            let h = locales.message(lang, "checklist-heading-not-needed", &[])?;
            out.push_str(&format!("{h}\n{}\n", "=".repeat(h.chars().count())));
            for m in &left {
                out.push_str(&format!("- {}\n", resolve(locales, lang, m)?));
            }
            out.push('\n');
        }
        for p in &self.pointers {
            let name = locales.message(lang, p.name, &[])?;
            let line = locales.message(
                lang,
                "checklist-pointer",
                &[
                    ("scheme", Arg::Text(name)),
                    ("url", Arg::Text(p.url.to_string())),
                ],
            )?;
            out.push_str(&format!("{line}\n"));
        }
        Ok(out)
    }
}

/// "a, b en c": all but the last joined with `checklist-comma-join`, the last with the
/// pairwise message `id` (`{ $left } en { $right }`).
fn join(
    locales: &Locales,
    lang: Language,
    id: &str,
    parts: &[String],
) -> Result<String, I18nError> {
    let pair = |id: &str, left: String, right: &String| {
        locales.message(
            lang,
            id,
            &[
                ("left", Arg::Text(left)),
                ("right", Arg::Text(right.clone())),
            ],
        )
    };
    let Some((last, init)) = parts.split_last() else {
        return Ok(String::new());
    };
    let Some((first, middle)) = init.split_first() else {
        return Ok(last.clone());
    };
    let mut acc = first.clone();
    for p in middle {
        acc = pair("checklist-comma-join", acc, p)?;
    }
    pair(id, acc, last)
}

/// Resolves a message and its nested messages; dates in the language's long form.
pub fn resolve(locales: &Locales, lang: Language, m: &Msg) -> Result<String, I18nError> {
    let mut args = Vec::with_capacity(m.args.len());
    for (k, v) in &m.args {
        let a = match v {
            MsgArg::Text(t) => Arg::Text(t.clone()),
            MsgArg::Number(n) => Arg::Number(*n as f64),
            MsgArg::Date(d) => Arg::Text(locales.profile(lang)?.format_date(*d)),
            MsgArg::Msg(inner) => Arg::Text(resolve(locales, lang, inner)?),
        };
        args.push((*k, a));
    }
    locales.message(lang, &m.id, &args)
}

/// The period rule of a scheme as dates (for callers that explain a single scheme).
pub fn scheme_period(rule: Coverage, submission: Date, letter: Date) -> Option<(Date, Date)> {
    coverage_period(rule, submission, letter).map(|i| (i.start, i.end))
}

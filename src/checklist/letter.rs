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
use crate::letter::ir::{ChecklistItem, Inline};

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
    /// One line per scheme (as in the item's `needed_for`): its rule and its own period,
    /// for the staff annex.
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
        }
        // What the documents must show: the merged item's acceptance criteria.
        let checks: Vec<Msg> = it
            .checks
            .iter()
            .map(|c| Msg::new(format!("checklist-check-{c}")))
            .collect();
        LetterItem {
            checks,
            number: it.number,
            icon: first.pictogram.clone(),
            alt: Msg::new(&first.name).arg("count", MsgArg::Number(1)),
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

    /// Lines for what the resident does not have to send, once per document and
    /// person (the schemes it is spared for are in the staff annex): what the
    /// municipality looks up itself or issues, what it already holds, and schemes that
    /// ask nothing. A request still on the list for another scheme is not mentioned
    /// (a letter never says "we have it" about what it asks for). Conditions that do not
    /// apply are not mentioned.
    pub fn letter_left_out(&self) -> Vec<Msg> {
        let (catalog, case) = self.from;
        // One line per document and reason: the people it is about together.
        let mut lines: Vec<(&str, Msg, Vec<String>)> = Vec::new();
        for l in &self.left_out {
            let asked = self.items.iter().any(|it| {
                it.concepts.contains(&l.concept) && it.person == l.person && it.account == l.account
            });
            if asked {
                continue;
            }
            let scheme = catalog.scheme(l.scheme).expect("merged from this catalog");
            let whose = match (l.person, l.account) {
                (Some(p), _) => case.member(p).map(|p| person_name(case, p)),
                (_, Some(a)) => case
                    .accounts
                    .iter()
                    .find(|x| x.id == a)
                    .and_then(|x| x.iban.clone()),
                _ => None,
            };
            let m = match &l.reason {
                Reason::Retrievable { source, .. } => Msg::new("checklist-left-out-retrievable")
                    .arg(
                        "source",
                        MsgArg::Msg(Box::new(Msg::new(format!("checklist-source-{source}")))),
                    ),
                Reason::AlreadyHeld { .. } => Msg::new("checklist-left-out-held"),
                Reason::IssuedHere { .. } => Msg::new("checklist-left-out-issued-here"),
                Reason::Exempt { fact, .. } => {
                    let m = Msg::new("checklist-left-out-exempt")
                        .arg("scheme", MsgArg::Msg(Box::new(Msg::new(&scheme.name))))
                        .arg(
                            "fact",
                            MsgArg::Msg(Box::new(Msg::new(format!("checklist-fact-{fact}")))),
                        );
                    if !lines.iter().any(|x| x.1 == m) {
                        lines.push(("", m, Vec::new()));
                    }
                    continue;
                }
                Reason::NotApplicable { .. } => continue,
            };
            match lines.iter_mut().find(|x| x.0 == l.concept && x.1 == m) {
                Some(x) => {
                    if let Some(w) = whose
                        && !x.2.contains(&w)
                    {
                        x.2.push(w);
                    }
                }
                None => lines.push((l.concept, m, whose.into_iter().collect())),
            }
        }
        lines
            .into_iter()
            .map(|(concept, m, whose)| {
                if concept.is_empty() {
                    return m;
                }
                let what = Msg::new(format!("checklist-concept-{concept}"));
                let what = if whose.is_empty() {
                    what
                } else {
                    Msg::new("checklist-concept-of")
                        .arg("what", MsgArg::Msg(Box::new(what)))
                        .arg("whose", MsgArg::Msg(Box::new(join_names(&whose))))
                };
                m.arg("what", MsgArg::Msg(Box::new(what)))
            })
            .collect()
    }

    /// The earliest deadline of what must be sent or shown: documents to keep ready
    /// never set it. It is never sooner than the house's shortest repair term after the
    /// letter (Awb 4:5): no item's deadline is ([`super::merge::earliest_deadline`]).
    /// `None` when nothing must be sent.
    pub fn send_deadline(&self) -> Option<Date> {
        self.items
            .iter()
            .filter(|i| i.delivery > Delivery::KeepReady)
            .map(|i| i.deadline)
            .min()
    }

    /// The checklist letter's items, resolved in `lang`: per group (person, joint
    /// account, household) the documents to send or show, each short — the document,
    /// whose, the period, by when, how to hand it in and what it must show — and, apart,
    /// the documents to keep ready (no checkbox, no deadline). Why each scheme asks is
    /// in the staff annex ([`Checklist::annex`]), not in the letter.
    pub fn letter_blocks(
        &self,
        locales: &Locales,
        lang: Language,
    ) -> Result<LetterBlocks, I18nError> {
        let r = |m: &Msg| resolve(locales, lang, m);
        let profile = locales.profile(lang)?;
        let mut out = LetterBlocks::default();
        let headline = self.send_deadline();
        let mut shown: Vec<Vec<Msg>> = Vec::new();
        for g in self.letter_groups() {
            let mut items = Vec::new();
            for it in &g.items {
                let mut document = vec![Inline::Strong {
                    content: vec![Inline::Text {
                        text: capitalise(&document_text(locales, lang, it)?),
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
                // The group's heading says whose it is ("Van Linda", "Voor uw
                // huishouden"): the item does not say it again.
                let who = String::new();
                let period = period_text(locales, lang, &it.period, it.issued_on_or_after)?;
                if it.delivery <= Delivery::KeepReady {
                    let mut line = document;
                    let owner = match &g.owner {
                        GroupOwner::Person { name, .. } => name.clone(),
                        GroupOwner::Together { names } => {
                            join(locales, lang, "checklist-and-join", names)?
                        }
                        GroupOwner::Household => String::new(),
                    };
                    if !owner.is_empty() {
                        line.push(Inline::Text {
                            text: format!(" ({owner})"),
                        });
                    }
                    if let Some(p) = period {
                        line.push(Inline::LineBreak);
                        line.push(Inline::Text { text: p });
                    }
                    out.keep_ready.push(KeepReady {
                        icon: it.icon.clone(),
                        alt: capitalise(&r(&it.alt)?),
                        content: line,
                    });
                    continue;
                }
                // One line: what it must show, and how to hand it in when that is not
                // the usual upload or copy (the letter's "how" section says that once).
                let mut how = Vec::new();
                if it.delivery != Delivery::Upload {
                    how.push(r(&it.how)?);
                }
                // What a document must show is said at its first item; the next item
                // of the same kind (a second account) does not repeat it.
                if !it.checks.is_empty() && !shown.contains(&it.checks) {
                    shown.push(it.checks.clone());
                    let checks: Vec<String> = it.checks.iter().map(r).collect::<Result<_, _>>()?;
                    how.push(r(&Msg::new("checklist-must-show").arg(
                        "checks",
                        MsgArg::Text(join(locales, lang, "checklist-and-join", &checks)?),
                    ))?);
                }
                let how = how.join(" ");
                // The headline gives the date for everything; an item says its own
                // date only when it is later (a scheme with a longer term).
                let deadline = (Some(it.deadline) != headline).then(|| {
                    r(&Msg::new("checklist-deadline")
                        .arg("date", MsgArg::Text(profile.format_date(it.deadline))))
                });
                let period = match (period, deadline.transpose()?) {
                    (Some(p), Some(d)) => Some(format!("{p} {d}.")),
                    (None, Some(d)) => Some(format!("{d}.")),
                    (p, None) => p,
                };
                items.push(ChecklistItem {
                    icon: it.icon.clone(),
                    alt: capitalise(&r(&it.alt)?),
                    document,
                    who,
                    period,
                    deadline: None,
                    note: if how.is_empty() {
                        Vec::new()
                    } else {
                        vec![Inline::Text { text: how }]
                    },
                });
            }
            if !items.is_empty() {
                out.send.push((r(&g.heading)?, items));
            }
        }
        Ok(out)
    }
}

impl<'a> Checklist<'a> {
    /// The staff annex (`helder checklist --explain`): per item every scheme that needs
    /// it, with its requirement, legal basis, why this period, its own deadline and
    /// delivery, and which file decided each value (the national catalog or a policy
    /// file in `schemes/local/`); then every request left out, with the reason and where
    /// that is decided. The resident's letter stays short; this is where the reasons go.
    pub fn annex(&self, locales: &Locales, lang: Language) -> Result<String, I18nError> {
        let (catalog, _) = self.from;
        let r = |m: &Msg| resolve(locales, lang, m);
        let profile = locales.profile(lang)?;
        let mut out = r(&Msg::new("checklist-annex-title")
            .arg("case", MsgArg::Text(self.case.to_string()))
            .arg("date", MsgArg::Date(self.letter_date)))?;
        out.push_str("\n\n");
        let mut letter_items: Vec<LetterItem> = self
            .letter_groups()
            .into_iter()
            .flat_map(|g| g.items)
            .collect();
        letter_items.sort_by_key(|i| i.number);
        for (it, li) in self.items.iter().zip(&letter_items) {
            let mut head = capitalise(&document_text(locales, lang, li)?);
            if let Some(iban) = &li.iban {
                head.push(' ');
                head.push_str(&r(
                    &Msg::new("checklist-of-account").arg("iban", MsgArg::Text(iban.clone()))
                )?);
            }
            out.push_str(&format!(
                "{}. {head} ({}) [{}]\n",
                it.number,
                join(locales, lang, "checklist-and-join", &li.who)?,
                it.concepts.join(", ")
            ));
            for (n, why) in it.needed_for.iter().zip(&li.explanation) {
                let scheme = catalog.scheme(n.scheme).expect("merged from this catalog");
                out.push_str(&format!(
                    "   - {} ({}, {}): {}\n",
                    capitalise(&r(&Msg::new(&scheme.name))?),
                    n.requirement,
                    n.legal_basis,
                    capitalise(&r(why)?)
                ));
                if let Some(h) = n.already_held.as_ref().and_then(|h| h.hull()) {
                    out.push_str(&format!(
                        "     {}\n",
                        r(&Msg::new("checklist-annex-held")
                            .arg("from", MsgArg::Date(h.start))
                            .arg("to", MsgArg::Date(h.end)))?
                    ));
                }
                out.push_str(&format!(
                    "     {}\n",
                    r(&Msg::new("checklist-annex-deadline")
                        .arg("date", MsgArg::Text(profile.format_date(n.deadline)))
                        .arg("delivery", MsgArg::Text(n.delivery.as_str().into())))?
                ));
                let d = n.decided_by;
                out.push_str(&format!(
                    "     {}\n",
                    r(&Msg::new("checklist-annex-decided")
                        .arg("coverage", MsgArg::Text(d.coverage.clone()))
                        .arg("recency", MsgArg::Text(d.recency.clone()))
                        .arg("delivery", MsgArg::Text(d.delivery.clone()))
                        .arg("deadline", MsgArg::Text(d.deadline.clone())))?
                ));
            }
        }
        let left: Vec<_> = self
            .left_out
            .iter()
            .filter(|l| !matches!(l.reason, Reason::NotApplicable { .. }))
            .collect();
        if !left.is_empty() {
            out.push('\n');
            out.push_str(&r(&Msg::new("checklist-annex-left-out"))?);
            out.push('\n');
        }
        for l in left {
            let scheme = catalog.scheme(l.scheme).expect("merged from this catalog");
            let whose = l
                .person
                .or(l.account)
                .map(|w| format!(" ({w})"))
                .unwrap_or_default();
            let reason = match &l.reason {
                Reason::Retrievable {
                    source,
                    legal_basis,
                    decided_by,
                } => format!(
                    "{}: {legal_basis}; {decided_by}",
                    r(&Msg::new(format!("checklist-source-{source}")))?
                ),
                Reason::AlreadyHeld { documents } => {
                    r(&Msg::new("checklist-annex-held-documents").arg(
                        "documents",
                        MsgArg::Text(
                            documents
                                .iter()
                                .map(|d| format!("held[{d}]"))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ))?
                }
                Reason::IssuedHere { evidence } => r(&Msg::new("checklist-annex-issued-here")
                    .arg("evidence", MsgArg::Text(evidence.join(", "))))?,
                Reason::Exempt { fact, legal_basis } => format!(
                    "{}; {legal_basis}",
                    r(&Msg::new(format!("checklist-fact-{fact}")))?
                ),
                Reason::NotApplicable { .. } => continue,
            };
            out.push_str(&format!(
                "- {} ({}): {}{whose}: {reason}\n",
                capitalise(&r(&Msg::new(&scheme.name))?),
                l.requirement,
                r(&Msg::new(format!("checklist-concept-{}", l.concept)))?,
            ));
        }
        Ok(out)
    }
}

/// The checklist letter's items in one language (see [`Checklist::letter_blocks`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LetterBlocks {
    /// Documents to send or show, per group: the group's heading and its items.
    pub send: Vec<(String, Vec<ChecklistItem>)>,
    /// Documents to keep ready, not to send.
    pub keep_ready: Vec<KeepReady>,
}

/// One document to keep ready: a pictogram and one or two lines, nothing to tick.
#[derive(Debug, Clone, PartialEq)]
pub struct KeepReady {
    pub icon: String,
    pub alt: String,
    pub content: Vec<Inline>,
}

/// What to provide, as one document: "bankafschriften", "aanslag A en aanslag B", or
/// for alternatives "één van deze: paspoort, identiteitskaart of verblijfsdocument".
/// Names are counted by the months or years the period spans ("loonstroken" for four
/// months).
fn document_text(locales: &Locales, lang: Language, it: &LetterItem) -> Result<String, I18nError> {
    let count = it
        .period
        .iter()
        .map(|&(f, t)| months_spanned(f, t))
        .sum::<i64>()
        .max(1);
    let name = |m: &Msg| {
        resolve(
            locales,
            lang,
            &m.clone().arg("count", MsgArg::Number(count)),
        )
    };
    let lists: Vec<String> = it
        .documents
        .iter()
        .map(|l| {
            join(
                locales,
                lang,
                "checklist-and-join",
                &l.iter().map(name).collect::<Result<Vec<_>, _>>()?,
            )
        })
        .collect::<Result<_, _>>()?;
    if lists.len() == 1 {
        return Ok(lists.into_iter().next().unwrap_or_default());
    }
    let list = join(locales, lang, "checklist-or-join", &lists)?;
    resolve(
        locales,
        lang,
        &Msg::new("checklist-one-of").arg("list", MsgArg::Text(list)),
    )
}

/// Calendar months an interval touches (July to October: 4).
fn months_spanned(from: Date, to: Date) -> i64 {
    (to.year() as i64 * 12 + to.month() as i64) - (from.year() as i64 * 12 + from.month() as i64)
        + 1
}

/// The period line of an item: whole calendar months by their names ("juli tot en met
/// oktober 2026", "oktober 2026"), other periods by their days; several periods joined;
/// with no period the recency limit ("de nieuwste, niet van vóór ...").
fn period_text(
    locales: &Locales,
    lang: Language,
    period: &[(Date, Date)],
    issued_on_or_after: Option<Date>,
) -> Result<Option<String>, I18nError> {
    let r = |m: &Msg| resolve(locales, lang, m);
    if period.is_empty() {
        return issued_on_or_after
            .map(|d| r(&Msg::new("checklist-issued-after").arg("date", MsgArg::Date(d))))
            .transpose();
    }
    let month =
        |d: Date| Msg::new("checklist-month").arg("month", MsgArg::Number(d.month() as i64));
    let mut parts = Vec::new();
    for &(f, t) in period {
        let whole = f.day() == 1 && t.day() == t.month().length(t.year());
        let m = if !whole {
            Msg::new("checklist-period")
                .arg("from", MsgArg::Date(f))
                .arg("to", MsgArg::Date(t))
        } else if (f.year(), f.month()) == (t.year(), t.month()) {
            Msg::new("checklist-period-month")
                .arg("month", MsgArg::Msg(Box::new(month(f))))
                .arg("year", MsgArg::Text(f.year().to_string()))
        } else if f.year() == t.year() {
            Msg::new("checklist-period-months")
                .arg("from", MsgArg::Msg(Box::new(month(f))))
                .arg("to", MsgArg::Msg(Box::new(month(t))))
                .arg("year", MsgArg::Text(t.year().to_string()))
        } else {
            Msg::new("checklist-period-months-years")
                .arg("from", MsgArg::Msg(Box::new(month(f))))
                .arg("from_year", MsgArg::Text(f.year().to_string()))
                .arg("to", MsgArg::Msg(Box::new(month(t))))
                .arg("to_year", MsgArg::Text(t.year().to_string()))
        };
        parts.push(r(&m)?);
    }
    let joined = join(locales, lang, "checklist-and-join", &parts)?;
    Ok(Some(r(
        &Msg::new("checklist-item-period").arg("period", MsgArg::Text(joined))
    )?))
}

/// The first letter in upper case: a name that starts a line ("Paspoort").
pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
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

/// "a, b en c": all but the last joined with `checklist-comma-join`, the last with the
/// pairwise message `id` (`{ $left } en { $right }`).
pub(crate) fn join(
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

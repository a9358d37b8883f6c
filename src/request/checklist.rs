//! Checklist requests: the case file of a request merged into one checklist, as JSON for
//! case systems or as the checklist letter (a `checklist` template whose `::: checklist`
//! block is filled with the merged items, grouped per person).

use serde_json::{Map, Value};
use time::Date;

use super::Request;
use crate::checklist::{self, Case, Checklist, Figures, Msg};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::error::Error;
use crate::i18n::Arg;
use crate::letter::ir::{Block, ChecklistItem, Inline, Letter};
use crate::project::Parts;
use crate::template::{Template, UsedMessage};

/// The envelope keys a case file may carry for its letter.
const ENVELOPE: [&str; 3] = ["letter", "recipient", "address"];

/// A merged checklist, owned: what `helder checklist --format json` writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The documented `helder.checklist/1` JSON.
    pub json: String,
    pub figures: Figures,
}

/// The case of a case file, its envelope, and the day the checklist is made.
struct CaseFile {
    case: Case,
    envelope: Map<String, Value>,
    date: Date,
}

/// The merged checklist of `case`, its deadlines held to the house's shortest repair term.
fn merged<'a>(parts: &'a Parts, case: &'a Case, date: Date) -> Result<Checklist<'a>, Error> {
    Ok(checklist::merge_with_minimum(
        parts.catalog()?,
        case,
        date,
        parts.house.settings.min_repair_days,
    )?)
}

/// Reads the case file of `request` against the catalog: every mistake at once, those
/// of `letter.date` (which the case's dates count from) first.
fn read(parts: &Parts, request: &Request) -> Result<CaseFile, Error> {
    let record = request.record.as_str();
    let mut envelope = Map::new();
    for key in ENVELOPE {
        if let Some(v) = request.data.get(key) {
            envelope.insert(key.to_string(), v.clone());
        }
    }
    let mut problems = Diagnostics::new();
    let date = match request.options.checklist_date {
        Some(date) => Some(date),
        None => match envelope.get("letter").and_then(|l| l.get("date")) {
            Some(Value::String(iso)) => match crate::data::read_date(iso) {
                Ok(date) => Some(date),
                Err(d) => {
                    problems.push(d.at_record(record, "letter.date"));
                    None
                }
            },
            Some(other) => {
                let message = format!(
                    "expected a date as \"YYYY-MM-DD\", got {}",
                    crate::data::show(other)
                );
                problems.push(
                    Diagnostic::error(Code::DATA_TYPE, message).at_record(record, "letter.date"),
                );
                None
            }
            None => Some(time::OffsetDateTime::now_utc().date()),
        },
    };
    let catalog = parts.catalog()?;
    match Case::from_value_checked(record, &request.data, catalog, date) {
        Ok(case) => match date {
            Some(date) if problems.is_empty() => Ok(CaseFile {
                case,
                envelope,
                date,
            }),
            _ => Err(problems.into()),
        },
        Err(more) => {
            problems.append(more);
            Err(problems.into())
        }
    }
}

pub(super) fn merge(parts: &Parts, request: &Request) -> Result<Merged, Error> {
    let file = read(parts, request)?;
    let checklist = merged(parts, &file.case, file.date)?;
    Ok(Merged {
        json: checklist.to_json(),
        figures: checklist.figures(),
    })
}

/// The staff annex of the case file in `request`: why each document is asked, per
/// scheme, and which file decided each value ([`Checklist::annex`]).
pub(super) fn annex(parts: &Parts, request: &Request) -> Result<String, Error> {
    let file = read(parts, request)?;
    let checklist = merged(parts, &file.case, file.date)?;
    Ok(checklist.annex(&parts.locales, request.language)?)
}

/// The checklist letter of the case file in `request`.
pub(super) fn letter(
    parts: &Parts,
    template: &Template,
    request: &Request,
) -> Result<(Letter, Vec<UsedMessage>), Error> {
    if request.data.get("household").is_none() && request.data.get("applications").is_none() {
        return Err(Error::request(
            &request.record,
            format!(
                "`{}` is a checklist letter: its data is a case file (household, applications, \
                 ...; see schemes/README.md), as `helder checklist --case case.json` reads",
                request.template
            ),
        ));
    }
    let file = read(parts, request)?;
    if file.envelope.is_empty() {
        return Err(Error::request(
            &request.record,
            "a checklist letter needs the envelope in the case file: `letter` (date, \
             reference, handled_by), `recipient` and `address`",
        ));
    }
    let checklist = merged(parts, &file.case, file.date)?;
    let lang = request.language;
    let locales = &parts.locales;

    let mut data = file.envelope;
    data.insert(
        "summary".into(),
        summary(parts, &checklist, &file.case, request)?,
    );
    let (mut letter, messages) =
        super::letter::from_data(parts, template, request, &Value::Object(data))?;

    let blocks = checklist.letter_blocks(locales, lang)?;
    // The template's first empty `::: checklist` block gets the documents to send, per
    // group; a second one the documents to keep ready, as pictogram lines without a
    // checkbox or deadline.
    let mut body = Vec::with_capacity(letter.body.len() + 2 * blocks.send.len());
    let mut filled = 0;
    for block in letter.body {
        match block {
            Block::Checklist { items, origin, .. } if items.is_empty() => {
                if filled == 0 {
                    // Each person's documents are a section of the letter, a sibling of
                    // "keep ready" and "not needed" (H2).
                    for (heading, items) in &blocks.send {
                        body.push(Block::Heading {
                            level: 1,
                            content: vec![Inline::text(heading.clone())],
                            origin,
                        });
                        body.push(Block::Checklist {
                            items: items.clone(),
                            keep: false,
                            origin,
                        });
                    }
                } else {
                    body.push(Block::Checklist {
                        items: blocks
                            .keep_ready
                            .iter()
                            .map(|k| ChecklistItem {
                                icon: k.icon.clone(),
                                alt: k.alt.clone(),
                                document: k.content.clone(),
                                who: String::new(),
                                period: None,
                                deadline: None,
                                note: Vec::new(),
                            })
                            .collect(),
                        keep: true,
                        origin,
                    });
                }
                filled += 1;
            }
            other => body.push(other),
        }
    }
    letter.body = body;
    Ok((letter, messages))
}

/// What the checklist template gets as `summary`: the schemes applied for, the number of
/// items, the earliest deadline, what need not be sent, and pointers to schemes handled
/// elsewhere — all in the letter's language.
fn summary(
    parts: &Parts,
    checklist: &Checklist<'_>,
    case: &Case,
    request: &Request,
) -> Result<Value, Error> {
    let lang = request.language;
    let locales = &parts.locales;
    let catalog = parts.catalog()?;
    let message = |m: &Msg| checklist::letter::resolve(locales, lang, m);
    let mut schemes = Vec::new();
    for application in &case.applications {
        // Schemes handled here: a national one (huurtoeslag) is a pointer further on.
        if let Some(scheme) = catalog
            .scheme(&application.scheme)
            .filter(|s| s.kind == checklist::catalog::SchemeKind::Municipal)
        {
            schemes.push(Value::from(locales.message(lang, &scheme.name, &[])?));
        }
    }
    let not_needed = checklist
        .letter_left_out()
        .iter()
        .map(|m| message(m).map(|t| Value::from(checklist::letter::capitalise(&t))))
        .collect::<Result<Vec<_>, _>>()?;
    let mut pointers = Vec::new();
    for p in &checklist.pointers {
        let name = locales.message(lang, p.name, &[])?;
        pointers.push(Value::from(checklist::letter::capitalise(
            &locales.message(
                lang,
                "checklist-pointer",
                &[
                    ("scheme", Arg::Text(name)),
                    ("url", Arg::Text(p.url.to_string())),
                ],
            )?,
        )));
    }
    let keep_ready = checklist
        .items
        .iter()
        .filter(|i| i.delivery <= checklist::Delivery::KeepReady)
        .count();
    let originals = checklist
        .items
        .iter()
        .filter(|i| i.delivery == checklist::Delivery::ShowOriginal)
        .count();
    let names: Vec<String> = schemes
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let scheme_list = checklist::letter::join(locales, lang, "checklist-and-join", &names)?;
    let mut summary = serde_json::json!({
        "schemes": schemes,
        "scheme_list": scheme_list,
        "items": checklist.items.len() - keep_ready,
        "keep_ready": keep_ready,
        "originals": originals,
        "not_needed": not_needed,
        "pointers": pointers,
    });
    // Only documents that must be sent or shown set the date (Awb 4:5).
    if let Some(deadline) = checklist.send_deadline() {
        summary["deadline"] = crate::data::iso(deadline).into();
    }
    Ok(summary)
}

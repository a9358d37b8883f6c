//! A request's data to the Letter IR: validate, read the envelope, compute the
//! deadlines, render letter.md, parse the Markdown, add what the house contributes.

use serde_json::{Map, Value};

use super::Request;
use crate::calendar;
use crate::data::{Envelope, Salutation};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::error::Error;
use crate::i18n::Arg;
use crate::letter::ir::{Bilingual, Block, BothLanguages, Detail, Letter, LetterKind, Meta, Part};
use crate::letter::parse::parse_body;
use crate::project::Parts;
use crate::template::{Template, UsedMessage};

/// The Letter IR of `request`, with the Fluent messages letter.md used (the checker
/// traces sentences back to them).
pub(crate) fn build(parts: &Parts, request: &Request) -> Result<(Letter, Vec<UsedMessage>), Error> {
    // Messages the letter's language lacks come from the binding language; the letter's
    // report says which (see i18n::fallback).
    let (built, fallbacks) = crate::i18n::fallback::recording(|| build_letter(parts, request));
    let (mut letter, messages) = built?;
    letter.warnings.extend(
        fallbacks
            .iter()
            .map(|f| f.diagnostic().at_record(&request.record, "")),
    );
    Ok((letter, messages))
}

fn build_letter(parts: &Parts, request: &Request) -> Result<(Letter, Vec<UsedMessage>), Error> {
    let template = parts.templates.get(&request.template)?;
    // A language the project has no profile for is named with the ones it has.
    parts.locales.profile(request.language)?;
    template.check_language(request.language)?;
    let (mut letter, messages) = if template.kind == LetterKind::Checklist {
        super::checklist::letter(parts, template, request)?
    } else {
        from_data(parts, template, request, &request.data)?
    };
    if request.options.with_dutch && request.language != parts.locales.binding() {
        letter.bilingual = Some(Box::new(bilingual(parts, request, &mut letter)?));
    }
    if let Some(block) = letter
        .body
        .iter()
        .find(|b| matches!(b, Block::Checklist { .. }))
        .filter(|_| template.kind != LetterKind::Checklist)
    {
        return Err(Error::request(
            &request.record,
            format!(
                "templates/{}/letter.md:{}: `::: checklist` belongs in a template of kind `checklist`",
                template.id,
                block.origin().line
            ),
        ));
    }
    Ok((letter, messages))
}

/// The binding text of a bilingual letter: the same request made again in the binding
/// language, through the same driver (one pipeline, so the two texts cannot drift apart),
/// and the labels in both languages. The letter's page budget doubles: it holds two.
fn bilingual(parts: &Parts, request: &Request, letter: &mut Letter) -> Result<Bilingual, Error> {
    let binding = parts.locales.binding();
    let mut dutch = request.clone();
    dutch.language = binding;
    dutch.options.with_dutch = false;
    let (text, _) = build(parts, &dutch)?;
    let both = |id: &str| -> Result<BothLanguages, Error> {
        // A translation that lacks the label shows the Dutch one, with a warning.
        Ok(BothLanguages {
            text: parts.locales.message(request.language, id, &[])?,
            binding: parts.locales.message(binding, id, &[])?,
        })
    };
    letter.meta.id = format!("{}-{}", letter.meta.id, binding.code());
    letter.layout.look.max_pages = letter.layout.look.max_pages.saturating_mul(2);
    let meta = text.meta;
    Ok(Bilingual {
        note: both("bilingual-note")?,
        translation_label: both("bilingual-translation")?,
        binding_label: both("bilingual-binding")?,
        binding: Part {
            language: meta.language,
            direction: meta.direction,
            fonts: meta.fonts,
            line_spacing: meta.line_spacing,
            title: meta.title,
            salutation: text.salutation,
            body: text.body,
            signature: text.signature,
            layout: text.layout,
        },
    })
}

/// The letter for `data` (already in the shape of the template's schema).
pub(super) fn from_data(
    parts: &Parts,
    template: &Template,
    request: &Request,
    data: &Value,
) -> Result<(Letter, Vec<UsedMessage>), Error> {
    let lang = request.language;
    let record = &request.record;
    let (clean, envelope) = template.schema.validate_letter(record, data)?;
    let house = &parts.house;
    let term = repair_term(template, &clean, record, house.settings.min_repair_days)?;
    let locales = &parts.locales;
    let phone = envelope
        .letter
        .phone
        .clone()
        .unwrap_or_else(|| house.settings.phone.clone());

    let mut context = context(clean, template, &envelope, term, &phone, house.context());
    let markdown = template.render_markdown(lang, &context)?;
    // The letter keeps its data (for errors that name a field), without what the house
    // and the deadlines added for the template.
    if let Value::Object(map) = &mut context {
        map.shift_remove("house");
        map.shift_remove("deadline");
        map.shift_remove("remedy");
    }
    let mut body = parse_body(&markdown, lang, &parts.icons, locales)?;
    crate::letter::ir::arrange(&mut body);
    // A bilingual letter says which text binds before both texts, in both languages.
    if lang != locales.binding() && !request.options.with_dutch {
        body.insert(0, house.binding_note(lang, locales)?);
    }

    let msg = |id: &str| locales.message(lang, id, &[]);
    let title = msg(&template.title)?;
    let profile = locales.profile(lang)?;
    let date_text = profile.format_date(envelope.letter.date);
    let details = [
        ("detail-date", date_text.clone()),
        ("detail-reference", envelope.letter.reference.clone()),
        ("detail-subject", title.clone()),
        ("detail-handled-by", envelope.letter.handled_by.clone()),
        ("detail-phone", phone),
    ]
    .into_iter()
    .map(|(label, value)| {
        Ok(Detail {
            label: msg(label)?,
            value,
        })
    })
    .collect::<Result<Vec<_>, crate::i18n::I18nError>>()?;
    let salutation_id = match envelope.recipient.salutation {
        Some(Salutation::Heer) => "salutation-heer",
        Some(Salutation::Mevrouw) => "salutation-mevrouw",
        None => "salutation-none",
    };
    let contact_photo = contact_photo(house, &envelope, record)?;
    let letter = Letter {
        meta: Meta {
            id: format!(
                "{}-{}-{}",
                template.id,
                envelope.letter.reference,
                lang.code()
            ),
            template: template.id.clone(),
            kind: template.kind,
            language: lang,
            direction: profile.direction,
            fonts: profile.fonts.clone(),
            line_spacing: profile.line_spacing,
            title,
            date: envelope.letter.date,
            date_text,
            reference: envelope.letter.reference.clone(),
        },
        sender: house.sender(lang, locales)?,
        recipient: envelope.window_lines(),
        details,
        salutation: Some(locales.message(
            lang,
            salutation_id,
            &[(
                "name",
                Arg::Text(
                    if profile.salutation_surname && envelope.recipient.salutation.is_some() {
                        envelope.recipient.surname()
                    } else {
                        envelope.recipient.name.clone()
                    },
                ),
            )],
        )?),
        body,
        signature: house.signature(lang, locales, template.signed_for.closing_message())?,
        layout: house.layout(
            lang,
            request.options.style.unwrap_or(template.style),
            locales,
            &parts.icons,
        )?,
        contact_photo,
        data: context,
        warnings: Vec::new(),
        bilingual: None,
    };
    Ok((letter, markdown.messages))
}

/// The photo of the letter's contact person: `letter.contact_id` names one of the
/// house's `[team]` photos (the data only chooses among the house's files, it never
/// names one). None when the data names nobody or the house has photos off; an id the
/// house does not know is a data error, not a letter quietly without its face.
fn contact_photo(
    house: &crate::house::House,
    envelope: &Envelope,
    record: &str,
) -> Result<Option<crate::house::image::Picture>, Error> {
    let Some(id) = &envelope.letter.contact_id else {
        return Ok(None);
    };
    if !house.settings.look.photo {
        return Ok(None);
    }
    match house.photos.get(id) {
        Some(photo) => Ok(Some(photo.clone())),
        None => {
            let known: Vec<&str> = house.photos.keys().map(String::as_str).collect();
            let message = format!(
                "no photo of contact {id:?} in the house style (house.toml [team]); {}",
                if known.is_empty() {
                    "the house has no team photos: leave letter.contact_id out".to_owned()
                } else {
                    format!("expected one of: {}", known.join(", "))
                }
            );
            Err(Diagnostics::from(
                Diagnostic::error(Code::DATA_VALUE, message).at_record(record, "letter.contact_id"),
            )
            .into())
        }
    }
}

/// The repair term of the letter's `term` field in days, if it has one, held to the
/// house's minimum (`min_repair_days` in house.toml). A shorter term is a data error at
/// the field, not a longer term quietly put into the letter: the case system keeps the
/// deadline it sent, and a letter that gave another day than the case system holds
/// would have the municipality treat papers sent in time as late.
fn repair_term(
    template: &Template,
    clean: &Value,
    record: &str,
    min_days: u32,
) -> Result<Option<u32>, Error> {
    let Some(path) = template.schema.term_path() else {
        return Ok(None);
    };
    let mut v = clean;
    for name in &path {
        match v.get(name) {
            Some(inner) => v = inner,
            None => return Ok(None),
        }
    }
    let Some(days) = v.as_u64().and_then(|d| u32::try_from(d).ok()) else {
        return Ok(None);
    };
    if days < min_days {
        let message = format!(
            "expected a repair term of at least {min_days} days (the municipality's minimum, \
             `min_repair_days` in house/house.toml), got {days}"
        );
        let d = Diagnostic::error(Code::DATA_VALUE, message)
            .at_record(record, path.join("."))
            .with_suggestion(format!("send {min_days} or more"));
        return Err(Diagnostics::from(d).into());
    }
    Ok(Some(days))
}

/// What letter.md sees: the validated data, `letter.phone` filled in (the direct number
/// or the house's), the house settings as `house`, and the deadlines computed here as
/// `deadline.objection` (decisions: Awb 6:7, 6:8) and `deadline.repair` (the end of the
/// repair term of a `term` field, Awb 4:5), as `YYYY-MM-DD` for the `date` filter, and
/// for a decision its `remedy` (template.toml: bezwaar or administratief-beroep).
fn context(
    mut clean: Value,
    template: &Template,
    envelope: &Envelope,
    term: Option<u32>,
    phone: &str,
    house: &Value,
) -> Value {
    let sent = envelope.letter.date;
    let mut deadline = Map::new();
    if template.kind == LetterKind::Decision {
        deadline.insert(
            "objection".into(),
            crate::data::iso(calendar::objection_deadline(sent)).into(),
        );
    }
    if let Some(days) = term {
        deadline.insert(
            "repair".into(),
            crate::data::iso(calendar::repair_deadline(sent, days)).into(),
        );
    }
    if let Some(letter) = clean.get_mut("letter").and_then(Value::as_object_mut) {
        letter.insert("phone".into(), phone.into());
    }
    if let Value::Object(map) = &mut clean {
        map.insert("house".into(), house.clone());
        map.insert("deadline".into(), Value::Object(deadline));
        if let Some(remedy) = template.remedy {
            map.insert("remedy".into(), remedy.name().into());
        }
    }
    clean
}

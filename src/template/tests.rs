//! Template packages written to temp folders: loading, escaping, t(), filters, line maps
//! and error locations.

use std::fs;
use std::path::Path;

use serde_json::json;

use super::escape::escape_markdown;
use super::*;
use crate::i18n::{Language, Locales};

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

// ---------------------------------------------------------------------------------------
// Tera alone: compiled the way `load` does, rendered without a language scope. These need
// no other module.

fn no_messages() -> Arc<Locales> {
    let dir = tempfile::tempdir().unwrap();
    crate::i18n::write_profiles(dir.path(), &["nl"]);
    Arc::new(Locales::load_dir(dir.path()).unwrap())
}

fn compile_str(source: &str) -> Result<Compiled, TemplateError> {
    compile_source(
        "proef",
        std::path::PathBuf::from("proef/letter.md"),
        source.to_owned(),
        &no_messages(),
    )
}

fn render_str(source: &str, data: serde_json::Value) -> Result<RenderedMarkdown, TemplateError> {
    let compiled = compile_str(source)?;
    let mut context = tera::Context::new();
    for (k, v) in data.as_object().unwrap() {
        context.insert_value(k.clone(), tera::Value::from_serializable(v));
    }
    compiled.render(&context)
}

/// (line, column, message) of a located error.
fn located(err: &TemplateError) -> (u32, u32, String) {
    match err {
        TemplateError::Syntax {
            line,
            column,
            message,
            file,
        }
        | TemplateError::Render {
            line,
            column,
            message,
            file,
        } => {
            assert!(
                file.ends_with("proef/letter.md") || file.ends_with("letter.md"),
                "{file:?}"
            );
            (*line, *column, message.clone())
        }
        other => panic!("expected a letter.md error, got {other:?}"),
    }
}

#[test]
fn values_are_escaped_for_markdown() {
    let out = render_str(
        "Beste {{ name }},\n\n{{ note }}\n",
        json!({ "name": "*Jan* <b>de</b> [Vries](https://x.nl)", "note": "# 1. - > |a| `b` \\ \n---" }),
    )
    .unwrap();
    assert_eq!(
        out.text,
        "Beste \\*Jan\\* \\<b\\>de\\<\\/b\\> \\[Vries\\]\\(https\\:\\/\\/x\\.nl\\),\n\n\\# 1\\. \\- \\> \\|a\\| \\`b\\` \\\\  \\-\\-\\-\n"
    );
}

#[test]
fn literals_and_numbers_print_as_text() {
    let out = render_str(
        "{{ n }} {{ \"a.b\" }} {{ flag }}",
        json!({ "n": -5, "flag": true }),
    )
    .unwrap();
    assert_eq!(out.text, "-5 a\\.b true");
}

#[test]
fn safe_filter_is_refused() {
    let err = render_str("x\n{{ name | safe }}\n", json!({ "name": "*x*" })).unwrap_err();
    let (line, column, message) = located(&err);
    assert_eq!(line, 2);
    assert!(column >= 4, "{column}");
    assert!(message.contains("`safe` is not allowed"), "{message}");
}

#[test]
fn every_output_line_maps_to_its_template_line() {
    let source = "\
# Kop {{ title }}

{% if show %}
Regel vier.
{% endif %}
{% for item in items %}
- {{ item }}
{% endfor %}
Slot {{ title }}
";
    let out = render_str(
        source,
        json!({ "title": "T", "show": true, "items": ["a", "b"] }),
    )
    .unwrap();
    assert_eq!(
        out.text,
        "# Kop T\n\n\nRegel vier.\n\n\n- a\n\n- b\n\nSlot T\n"
    );
    assert_eq!(out.text.lines().count(), out.lines.len());
    assert_eq!(out.lines, vec![1, 4, 4, 4, 7, 7, 7, 7, 7, 9, 9]);
}

#[test]
fn line_map_survives_whitespace_control() {
    let source = "Een\n{%- if x -%}\nTwee {{ x }}\n{%- endif %}\nDrie\n";
    let out = render_str(source, json!({ "x": "ja" })).unwrap();
    assert_eq!(out.text, "EenTwee ja\nDrie\n");
    assert_eq!(out.lines, vec![1, 5]);
}

#[test]
fn multi_line_calls_map_to_their_last_line() {
    let source = "Een\n{{ a ~\n   b }} twee\nDrie\n";
    let out = render_str(source, json!({ "a": "x", "b": "y" })).unwrap();
    assert_eq!(out.text, "Een\nxy twee\nDrie\n");
    assert_eq!(out.lines, vec![1, 3, 4]);
}

#[test]
fn empty_output_has_no_lines() {
    let out = render_str("{% if false %}x{% endif %}", json!({})).unwrap();
    assert_eq!(out.text, "");
    assert!(out.lines.is_empty());
}

#[test]
fn undefined_variable_is_located() {
    let err = render_str("Een\n\nHallo {{ missing }}, welkom\n", json!({})).unwrap_err();
    let (line, column, message) = located(&err);
    assert_eq!((line, column), (3, 10), "{message}");
    assert!(message.contains("missing"), "{message}");
    assert!(err.to_string().contains("letter.md:3:10: "), "{err}");
}

#[test]
fn columns_after_a_rewritten_t_call_are_those_of_the_file() {
    // The positional message id is rewritten to a keyword; the reported column of the
    // undefined field must still be its column in letter.md.
    let source = "x\n{% if false %}{{ t(\"m\", a=1) }}{% endif %} {{ t(\"n\", b=data.missing) }}\n";
    let err = render_str(source, json!({ "data": {} })).unwrap_err();
    let (line, column, message) = located(&err);
    assert_eq!(line, 2, "{message}");
    // Tera points at the call whose argument has no value.
    let expected = source.lines().nth(1).unwrap().find("t(\"n\"").unwrap() as u32 + 1;
    assert_eq!(column, expected, "{message}");
    assert!(message.contains("`b` has no value"), "{message}");
    assert!(!message.contains("_message_id"), "{message}");
}

#[test]
fn syntax_errors_are_located() {
    let Err(err) = compile_str("Een\nTwee {{ x | }}\n") else {
        panic!("compiled");
    };
    assert!(matches!(err, TemplateError::Syntax { .. }), "{err:?}");
    let (line, column, _) = located(&err);
    assert_eq!(line, 2);
    assert!((6..=14).contains(&column), "{column}");

    let Err(err) = compile_str("{% if x %}\nopen\n") else {
        panic!("compiled");
    };
    assert!(matches!(err, TemplateError::Syntax { .. }), "{err:?}");
}

#[test]
fn an_unclosed_block_names_its_tag_and_the_line_it_opened() {
    // The `if` of line 4 is left open; the closed `for` and `{% if %}` in a comment are not.
    let source = "# Kop\n{% for x in xs %}{{ x }}{% endfor %}\n{# {% if y %} #}\nTekst {% if z %}\nmeer\n\nnog meer\n";
    let Err(err) = compile_str(source) else {
        panic!("compiled");
    };
    let (line, column, message) = located(&err);
    assert_eq!((line, column), (4, 7), "{message}");
    assert!(
        message.starts_with("`{% if %}` opened on line 4 is not closed"),
        "{message}"
    );
    assert!(message.contains("`{% endif %}`"), "{message}");

    let Err(err) = compile_str("{% for d in ds %}\n{% if d %}x{% endif %}\n") else {
        panic!("compiled");
    };
    let (line, _, message) = located(&err);
    assert_eq!(line, 1, "{message}");
    assert!(message.contains("`{% endfor %}`"), "{message}");

    // An `if` left open inside a loop: Tera calls the loop's end an unknown tag.
    let Err(err) = compile_str(
        "{% for d in ds %}
{% if d %}x
{% endfor %}
",
    ) else {
        panic!("compiled");
    };
    let (line, column, message) = located(&err);
    assert_eq!((line, column), (2, 1), "{message}");
    assert!(
        message.starts_with(
            "`{% if %}` opened on line 2 is not closed: end the block with `{% endif %}` \
             before the `{% endfor %}` on line 3"
        ),
        "{message}"
    );
}

#[test]
fn unknown_filters_and_functions_are_located() {
    let Err(err) = compile_str("Een\n\nDrie {{ x | moneyy }}\n").map(|_| ()) else {
        panic!("compiled");
    };
    let (line, column, message) = located(&err);
    assert_eq!((line, column), (3, 13), "{message}");
    assert!(message.contains("moneyy"), "{message}");
    assert!(message.ends_with("(did you mean `money`?)"), "{message}");

    let Err(err) = compile_str("{{ tt(x=1) }}").map(|_| ()) else {
        panic!("compiled");
    };
    let (line, _, message) = located(&err);
    assert_eq!(line, 1);
    assert!(message.contains("tt"), "{message}");
}

#[test]
fn filters_reject_wrong_values_naming_filter_and_value() {
    let cases = [
        ("{{ v | money }}", json!("12,50"), "`money`", "\"12,50\""),
        ("{{ v | money }}", json!(12.5), "`money`", "12.5"),
        ("{{ v | date }}", json!("1-12-2026"), "`date`", "1-12-2026"),
        ("{{ v | date }}", json!(20261201), "`date`", "20261201"),
        ("{{ v | number }}", json!("veel"), "`number`", "veel"),
        (
            "{{ v | date }}",
            json!("2026-02-30"),
            "`date`",
            "2026-02-30",
        ),
    ];
    for (source, value, filter, shown) in cases {
        let source = format!("regel\n{source}\n");
        let err = render_str(&source, json!({ "v": value })).unwrap_err();
        let (line, _, message) = located(&err);
        assert_eq!(line, 2, "{source}: {message}");
        assert!(
            message.contains(filter) && message.contains(shown),
            "{source}: {message}"
        );
    }
}

#[test]
fn t_rejects_arguments_that_are_not_text_or_numbers() {
    let err = render_str("{{ t(\"m\", items=xs) }}", json!({ "xs": [1, 2] })).unwrap_err();
    let (_, _, message) = located(&err);
    assert!(
        message.contains("t(\"m\")") && message.contains("`items`"),
        "{message}"
    );

    let err = render_str("{{ t(5) }}", json!({})).unwrap_err();
    let (_, _, message) = located(&err);
    assert!(message.contains("message id must be a string"), "{message}");

    let err = render_str("{{ t() }}", json!({})).unwrap_err();
    let (_, _, message) = located(&err);
    assert!(message.contains("needs a message id"), "{message}");
}

#[test]
fn data_cannot_forge_line_markers() {
    let out = render_str("{{ a }}\nb\n", json!({ "a": "x\u{E000}\u{E019}\u{E001}" })).unwrap();
    assert_eq!(out.text, "x\nb\n");
    assert_eq!(out.lines, vec![1, 2]);
}

// ---------------------------------------------------------------------------------------
// Whole packages with Fluent messages: need the data, i18n and calendar modules.

const TOML: &str = r#"id = "toekenning"
kind = "decision"
title = "tk-title"
schemes = ["bijzondere-bijstand"]
languages = ["nl", "en"]

[data.decision]
type = "record"
description = "Het besluit"

[data.decision.fields.amount]
type = "money"
description = "Bedrag"

[data.decision.fields.paid_on]
type = "date"
description = "Betaaldatum"

[data.decision.fields.children]
type = "integer"
description = "Aantal kinderen"
"#;

const LETTER: &str = r#"{{ t("tk-intro", name=recipient.name) }}

::: step money
{{ t("tk-amount", amount=decision.amount | money) }}
:::

{{ t("tk-children", count=decision.children) }}

Betaald op {{ decision.paid_on | date }}.
Bezwaar tot {{ deadline.objection | date }}.
{{ house.phone }} {{ lang }}
"#;

const NL: &str = r#"tk-title = U krijgt geld
tk-intro = Beste { $name },
tk-amount = U krijgt **{ $amount }**.
tk-children = { $count ->
    [one] U heeft één kind.
   *[other] U heeft { $count } kinderen.
}
tk-multi = Regel een
    regel twee
tk-cost = { $cost ->
    [eigen-risico] het eigen risico
    [niet_nodig] niets
   *[other] iets anders: { $cost }
}
tk-partner = { $partner ->
    [true] met partner
   *[false] alleen
}
"#;

const EN: &str = r#"tk-title = You get money
tk-intro = Dear { $name },
tk-amount = You get **{ $amount }**.
tk-children = { $count ->
    [one] You have one child.
   *[other] You have { $count } children.
}
"#;

fn data() -> serde_json::Value {
    json!({
        "house": { "phone": "14 020" },
        "deadline": { "objection": "2027-01-04" },
        "letter": { "date": "2026-11-20", "reference": "BB-1", "handled_by": "S. Bakker" },
        "recipient": { "name": "*Jan* de Vries" },
        "address": { "street": "Dorpsstraat", "number": 1, "postcode": "1234 AB", "city": "Helderstad" },
        "decision": { "amount": 123450, "paid_on": "2026-12-01", "children": 1 }
    })
}

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(&root.join("templates/toekenning/template.toml"), TOML);
        write(&root.join("templates/toekenning/letter.md"), LETTER);
        write(
            &root.join("templates/toekenning/examples/b-tweede.json"),
            "{\"b\": 2}",
        );
        write(
            &root.join("templates/toekenning/examples/a-eerste.json"),
            "{\"a\": 1}",
        );
        write(
            &root.join("templates/toekenning/examples/notitie.txt"),
            "geen voorbeeld",
        );
        write(
            &root.join("templates/aanvraag/template.toml"),
            "id = \"aanvraag\"\nkind = \"request\"\ntitle = \"tk-title\"\nlanguages = [\"nl\"]\n",
        );
        write(
            &root.join("templates/aanvraag/letter.md"),
            "{{ t(\"tk-multi\") }}\nEinde\n",
        );
        write(&root.join("house/house.toml"), "phone = \"14 020\"\n");
        write(
            &root.join("templates/_concept/template.toml"),
            "niet = \"geladen\"\n",
        );
        write(&root.join("locales/nl/toekenning.ftl"), NL);
        write(&root.join("locales/en/toekenning.ftl"), EN);
        Fixture { dir }
    }

    fn templates_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("templates")
    }
    fn package(&self, id: &str) -> std::path::PathBuf {
        self.templates_dir().join(id)
    }
    fn load(&self) -> Result<Templates, TemplateError> {
        let files = Files::Dir(self.dir.path().to_path_buf());
        Templates::load(&files, "templates", Arc::new(self.locales()))
    }
    fn locales(&self) -> Locales {
        let dir = self.dir.path().join("locales");
        crate::i18n::write_profiles(&dir, &["nl", "en"]);
        Locales::load_dir(&dir).unwrap()
    }
    /// The first problem of the one template that did not load.
    fn problem(&self) -> TemplateError {
        let templates = self.load().unwrap();
        let broken: Vec<_> = templates.problems().collect();
        assert_eq!(broken.len(), 1, "{broken:?}");
        broken[0].1[0].clone()
    }
}

#[test]
fn loads_packages_sorted_skipping_underscore_folders() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let ids: Vec<&str> = templates.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["aanvraag", "toekenning"]);

    let t = templates.get("toekenning").unwrap();
    assert_eq!(t.kind, LetterKind::Decision);
    assert_eq!(t.title, "tk-title");
    assert_eq!(t.schemes, ["bijzondere-bijstand"]);
    assert_eq!(t.languages, [Language::test("nl"), Language::test("en")]);
    assert_eq!(t.dir, fx.package("toekenning"));
    let names: Vec<&str> = t.examples.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["a-eerste", "b-tweede"]);
    assert_eq!(t.examples[0].data, json!({ "a": 1 }));

    // The envelope first, then the template's own fields.
    let envelope = crate::data::Schema::envelope();
    let n = envelope.fields.len();
    assert_eq!(t.schema.fields[..n], envelope.fields[..]);
    let own: Vec<&str> = t.schema.fields[n..]
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(own, ["decision"]);

    let aanvraag = templates.get("aanvraag").unwrap();
    assert_eq!(aanvraag.kind, LetterKind::Request);
    assert!(aanvraag.examples.is_empty());
    assert_eq!(aanvraag.schema, envelope);
}

#[test]
fn unknown_template_lists_the_known_ones() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let err = templates.get("toekening").unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown template `toekening`: expected one of aanvraag, toekenning"
    );
}

#[test]
fn renders_messages_filters_and_escaped_arguments() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let lang = Language::test("nl");
    let out = templates
        .get("toekenning")
        .unwrap()
        .render_markdown(lang, &data())
        .unwrap();
    let money = fx.locales().profile(lang).unwrap().format_money(123450);
    let expected = format!(
        "Beste \\*Jan\\* de Vries,\n\n::: step money\nU krijgt **{}**.\n:::\n\nU heeft één kind.\n\nBetaald op {}.\nBezwaar tot {}.\n14 020 nl\n",
        escape_markdown(&money),
        escape_markdown("1 december 2026"),
        escape_markdown("4 januari 2027"),
    );
    // Fluent may isolate placeables (U+2068/U+2069); compare without them.
    let strip = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(strip(&out.text), strip(&expected));
    assert_eq!(out.lines, vec![1, 3, 3, 4, 5, 7, 7, 9, 9, 10, 11]);
    assert_eq!(out.file, fx.package("toekenning").join("letter.md"));
}

#[test]
fn money_and_dates_follow_the_language() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let out = templates
        .get("toekenning")
        .unwrap()
        .render_markdown(Language::test("en"), &data())
        .unwrap();
    let text = out.text.replace(['\u{2068}', '\u{2069}'], "");
    // Golden values of reference/i18n.md, escaped for Markdown.
    assert!(text.contains("You get **€1\\,234\\.50**."), "{text}");
    assert!(text.contains("Betaald op 1 December 2026."), "{text}");
    assert!(text.contains("Bezwaar tot 4 January 2027."), "{text}");
    assert!(text.contains("You have one child."), "{text}");
    assert!(text.contains(" en\n"), "{text}");
}

#[test]
fn numbers_select_plurals() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let mut data = data();
    data["decision"]["children"] = json!(3);
    let out = templates
        .get("toekenning")
        .unwrap()
        .render_markdown(Language::test("nl"), &data)
        .unwrap();
    let text = out.text.replace(['\u{2068}', '\u{2069}'], "");
    assert!(text.contains("U heeft 3 kinderen."), "{text}");
}

#[test]
fn multi_line_messages_map_to_their_template_line() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let out = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap();
    assert_eq!(out.text, "Regel een\nregel twee\nEinde\n");
    assert_eq!(out.lines, vec![1, 1, 2]);
}

#[test]
fn number_filter_formats_whole_and_decimal_numbers() {
    let fx = Fixture::new();
    write(
        &fx.package("aanvraag").join("letter.md"),
        "{{ a | number }} / {{ b | number }} / {{ c | number }}\n",
    );
    let templates = fx.load().unwrap();
    let mut data = data();
    data["a"] = json!(1234);
    data["b"] = json!(1234.5);
    data["c"] = json!("-0.50");
    let out = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data)
        .unwrap();
    let expected = format!(
        "{} / {} / {}\n",
        escape_markdown(
            &fx.locales()
                .profile(Language::test("nl"))
                .unwrap()
                .format_decimal(1234, 0)
        ),
        escape_markdown(
            &fx.locales()
                .profile(Language::test("nl"))
                .unwrap()
                .format_decimal(12345, 1)
        ),
        escape_markdown(
            &fx.locales()
                .profile(Language::test("nl"))
                .unwrap()
                .format_decimal(-50, 2)
        ),
    );
    assert_eq!(out.text, expected);
    assert!(
        out.text.starts_with("1\\.234 / 1\\.234\\,5"),
        "{}",
        out.text
    );
}

#[test]
fn missing_messages_and_variables_are_located_errors() {
    let fx = Fixture::new();
    write(
        &fx.package("aanvraag").join("letter.md"),
        "Een\n{{ t(\"tk-bestaat-niet\") }}\n",
    );
    let templates = fx.load().unwrap();
    let err = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap_err();
    // A missing message is at the call, with the nearest ids of the language.
    let TemplateError::Message {
        file,
        line,
        column,
        missing: true,
        message,
        suggestion,
    } = &err
    else {
        panic!("{err:?}");
    };
    assert!(file.ends_with("aanvraag/letter.md"), "{file:?}");
    assert_eq!((*line, *column), (2, 4), "{message}");
    assert!(
        message.contains("`tk-bestaat-niet` is not in nl"),
        "{message}"
    );
    assert_eq!(suggestion, &None, "nothing is near `tk-bestaat-niet`");
    let d = &err.diagnostics()[0];
    assert_eq!(d.code, Code::FLUENT_MISSING_MESSAGE);

    write(
        &fx.package("aanvraag").join("letter.md"),
        "Een\n{{ t(\"tk-amout\") }}\n",
    );
    let err = fx
        .load()
        .unwrap()
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap_err();
    assert!(
        err.to_string().ends_with("(did you mean `tk-amount`?)"),
        "{err}"
    );
    assert_eq!(
        err.diagnostics()[0].suggestion.as_deref(),
        Some("did you mean `tk-amount`?")
    );

    // A message that cannot be formatted is at its .ftl line, naming the call and what
    // it passed.
    write(
        &fx.package("aanvraag").join("letter.md"),
        "Een\n\n{{ t(\"tk-amount\", name=\"x\") }}\n",
    );
    let templates = fx.load().unwrap();
    let err = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap_err();
    let TemplateError::Message {
        file,
        line,
        missing: false,
        message,
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert!(file.ends_with("locales/nl/toekenning.ftl"), "{file:?}");
    let ftl_line = NL.lines().position(|l| l.starts_with("tk-amount")).unwrap() + 1;
    assert_eq!(*line as usize, ftl_line, "{message}");
    assert!(message.contains("$amount"), "{message}");
    assert!(message.contains("passed `$name`"), "{message}");
    assert!(message.contains("aanvraag/letter.md:3:4)"), "{message}");
    let d = &err.diagnostics()[0];
    assert_eq!(d.code, Code::FLUENT_MESSAGE);
}

#[test]
fn languages_outside_the_template_are_refused() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let err = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("en"), &data())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "template `aanvraag` is not available in `en`: it is written for nl"
    );
}

fn manifest_error(toml: &str) -> (u32, u32, String) {
    let fx = Fixture::new();
    write(&fx.package("toekenning").join("template.toml"), toml);
    match fx.problem() {
        TemplateError::Manifest {
            file,
            line,
            column,
            message,
        } => {
            assert_eq!(file, fx.package("toekenning").join("template.toml"));
            (line, column, message)
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn template_toml_errors_are_located() {
    let (line, column, message) = manifest_error("id = \"toekenning\"\nkind = decision\n");
    assert_eq!((line, column), (2, 8), "{message}");

    let (line, column, message) =
        manifest_error(&TOML.replace("id = \"toekenning\"", "id = \"andere\""));
    assert_eq!((line, column), (1, 6));
    assert!(message.contains("folder name `toekenning`"), "{message}");

    let (line, column, message) =
        manifest_error(&TOML.replace("\"decision\"\ntitle", "\"besluit\"\ntitle"));
    assert_eq!((line, column), (2, 8));
    assert!(message.contains("unknown kind `besluit`"), "{message}");

    let (line, column, message) =
        manifest_error(&TOML.replace("[\"nl\", \"en\"]", "[\"nl\", \"xx\"]"));
    assert_eq!((line, column), (5, 20), "{message}");
    assert!(message.contains("xx"), "{message}");

    let (line, _, message) = manifest_error(&TOML.replace("[\"nl\", \"en\"]", "[\"en\"]"));
    assert_eq!(line, 5);
    assert!(message.contains("`nl`"), "{message}");

    let (line, _, message) = manifest_error(&TOML.replace("schemes", "schemas"));
    assert_eq!(line, 4);
    assert!(message.contains("schemas"), "{message}");

    // Schema problems are located at their field, every one of them.
    let (line, column, message) = manifest_error(
        &TOML
            .replace("type = \"money\"", "type = \"geld\"")
            .replace("type = \"integer\"", "type = \"getal\""),
    );
    assert_eq!((line, column), (12, 8), "{message}");
    assert!(message.contains("geld"), "{message}");
    assert!(message.contains("template.toml:20:8: "), "{message}");

    let (line, column, message) =
        manifest_error(&format!("{TOML}\n[data.letter]\ntype = \"text\"\n"));
    assert_eq!((line, column), (23, 7), "{message}");
    assert!(message.contains("envelope"), "{message}");

    let (line, _, message) = manifest_error(&format!("{TOML}\n[data.house]\ntype = \"text\"\n"));
    assert_eq!(line, 23, "{message}");
    assert!(message.contains("reserved"), "{message}");
}

#[test]
fn letter_md_syntax_errors_name_the_file() {
    let fx = Fixture::new();
    write(&fx.package("aanvraag").join("letter.md"), "Een\n{% if %}\n");
    let err = fx.problem();
    let TemplateError::Syntax { file, line, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(*file, fx.package("aanvraag").join("letter.md"));
    assert_eq!(*line, 2);
    assert!(err.to_string().contains("aanvraag/letter.md:2:"), "{err}");
}

#[test]
fn broken_examples_are_located() {
    let fx = Fixture::new();
    write(
        &fx.package("toekenning").join("examples/c.json"),
        "{\n  \"a\": ,\n}",
    );
    let err = fx.problem();
    let TemplateError::Example {
        file, line, column, ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert!(file.ends_with("examples/c.json"));
    assert_eq!((*line, *column), (2, 8));
}

/// The templates shipped in `templates/` compile, and every example renders in every
/// language the template lists, with a line map that covers the output.
#[test]
fn shipped_templates_render_their_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let locales = Arc::new(Locales::load_dir(&root.join("locales")).unwrap());
    let templates = Templates::load(&Files::Dir(root.to_path_buf()), "templates", locales).unwrap();
    assert_eq!(templates.problems().count(), 0);
    let house: toml::Value =
        toml::from_str(&fs::read_to_string(root.join("house/house.toml")).unwrap()).unwrap();
    let house = serde_json::to_value(house).unwrap();
    let mut rendered = 0;
    for template in templates.iter() {
        // The checklist letter has none: `helder checklist` fills in its data from a case.
        for example in &template.examples {
            let record = format!("{}/{}", template.id, example.name);
            let mut data = template.schema.validate(&record, &example.data).unwrap();
            data["house"] = house.clone();
            data["deadline"] = json!({ "objection": "2027-01-04", "repair": "2026-12-07" });
            if data["letter"].get("phone").is_none() {
                data["letter"]["phone"] = json!("14 020");
            }
            if let Some(remedy) = template.remedy {
                data["remedy"] = json!(remedy.name());
            }
            for &lang in &template.languages {
                let out = templates
                    .get(&template.id)
                    .unwrap()
                    .render_markdown(lang, &data)
                    .unwrap_or_else(|e| panic!("{record} in {lang:?}: {e}"));
                assert_eq!(out.lines.len(), out.text.lines().count(), "{record}");
                let source_lines = fs::read_to_string(&out.file).unwrap().lines().count() as u32;
                assert!(out.lines.iter().all(|&l| l <= source_lines), "{record}");
                assert!(!out.text.chars().any(lines::is_marker_char), "{record}");
                rendered += 1;
            }
        }
    }
    assert!(rendered > 0);
}

#[test]
fn messages_can_be_arguments_and_ids_can_be_expressions() {
    let fx = Fixture::new();
    write(
        &fx.package("aanvraag").join("letter.md"),
        "{{ t(\"tk-intro\", name=t(\"tk-amount\", amount=\"*5*\")) }}\n{% set id = \"tk-title\" %}{{ t(id) }}\n",
    );
    let templates = fx.load().unwrap();
    let out = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap();
    // The inner message is Markdown already (its bold stays); its own argument is escaped.
    assert_eq!(
        out.text.replace(['\u{2068}', '\u{2069}'], ""),
        "Beste U krijgt **\\*5\\***.,\nU krijgt geld\n"
    );
    assert_eq!(out.lines, vec![1, 2]);
}

/// Throughput of render_markdown on one thread (`cargo test --release --lib
/// template::tests::throughput -- --ignored --nocapture`).
#[test]
#[ignore = "measurement, not a check"]
fn throughput() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let data = data();
    let n = 2000;
    let start = std::time::Instant::now();
    for _ in 0..n {
        templates
            .get("toekenning")
            .unwrap()
            .render_markdown(Language::test("nl"), &data)
            .unwrap();
    }
    let per_second = f64::from(n) / start.elapsed().as_secs_f64();
    eprintln!("render_markdown: {per_second:.0} letters/s on one thread");
}

#[test]
fn templates_are_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Templates>();
}

mod markers_change_nothing {
    //! Rendering with line markers, then stripping them, gives exactly what Tera renders
    //! from the original source: markers never change whitespace control, loops or
    //! comments.
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Piece {
        Text(&'static str),
        Newline,
        Var(&'static str),
        Comment(&'static str),
        If {
            open: &'static str,
            close: &'static str,
            body: Vec<Piece>,
        },
        For {
            open: &'static str,
            close: &'static str,
            body: Vec<Piece>,
        },
    }

    fn write_pieces(pieces: &[Piece], out: &mut String) {
        for piece in pieces {
            match piece {
                Piece::Text(t) | Piece::Var(t) | Piece::Comment(t) => out.push_str(t),
                Piece::Newline => out.push('\n'),
                Piece::If { open, close, body } | Piece::For { open, close, body } => {
                    out.push_str(open);
                    write_pieces(body, out);
                    out.push_str(close);
                }
            }
        }
    }

    fn piece() -> impl Strategy<Value = Piece> {
        let leaf = prop_oneof![
            prop::sample::select(vec![
                "tekst",
                " ",
                "  ",
                "- item",
                "# kop",
                "::: step x",
                "{{ \"}}\" }}"
            ])
            .prop_map(Piece::Text),
            Just(Piece::Newline),
            Just(Piece::Newline),
            prop::sample::select(vec![
                "{{ name }}",
                "{{- name }}",
                "{{ name -}}",
                "{{ n }}",
                "{{ name\n}}"
            ])
            .prop_map(Piece::Var),
            prop::sample::select(vec![
                "{# c #}",
                "{#- c -#}",
                "{#- c #}",
                "{# c -#}",
                "{# a\nb #}",
                "{# a\nb -#}",
            ])
            .prop_map(Piece::Comment),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            let body = prop::collection::vec(inner, 0..6);
            prop_oneof![
                (
                    prop::sample::select(vec![
                        "{% if yes %}",
                        "{%- if yes %}",
                        "{% if yes -%}",
                        "{% if no %}"
                    ]),
                    prop::sample::select(vec!["{% endif %}", "{%- endif %}", "{% endif -%}"]),
                    body.clone()
                )
                    .prop_map(|(open, close, body)| Piece::If {
                        open,
                        close,
                        body
                    }),
                (
                    prop::sample::select(vec!["{% for i in items %}", "{% for i in items -%}"]),
                    prop::sample::select(vec!["{% endfor %}", "{%- endfor %}"]),
                    body
                )
                    .prop_map(|(open, close, body)| Piece::For {
                        open,
                        close,
                        body
                    }),
            ]
        })
    }

    fn render(tera: &mut tera::Tera, name: &str, source: &str) -> String {
        tera.add_raw_template(name, source).unwrap();
        let mut context = tera::Context::new();
        context.insert("name", "*J* de Vries");
        context.insert("n", &3);
        context.insert("yes", &true);
        context.insert("no", &false);
        context.insert("items", &["a", "b"]);
        tera.render(name, &context).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn same_output_with_and_without_markers(pieces in prop::collection::vec(piece(), 0..12)) {
            let mut source = String::new();
            write_pieces(&pieces, &mut source);
            let mut tera = new_tera(&no_messages());
            let plain = render(&mut tera, "plain/letter.md", &source);
            let prepared = lines::prepare(&source);
            let marked = render(&mut tera, "marked/letter.md", &prepared.source);
            let (text, map, _) = lines::strip_markers(&marked);
            prop_assert_eq!(&text, &plain, "source {:?}", source);
            prop_assert_eq!(map.len(), text.lines().count());
            let count = source.lines().count() as u32;
            prop_assert!(map.iter().all(|&l| l <= count));
        }
    }
}

#[test]
fn selectors_see_plain_values_and_booleans() {
    let fx = Fixture::new();
    write(
        &fx.package("aanvraag").join("letter.md"),
        "{{ t(\"tk-cost\", cost=a) }} / {{ t(\"tk-cost\", cost=b) }} / {{ t(\"tk-cost\", cost=c) }} / {{ t(\"tk-partner\", partner=p) }}\n",
    );
    let templates = fx.load().unwrap();
    let mut data = data();
    data["a"] = json!("eigen-risico");
    data["b"] = json!("niet_nodig");
    data["c"] = json!("*anders*");
    data["p"] = json!(true);
    let out = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data)
        .unwrap();
    assert_eq!(
        out.text.replace(['\u{2068}', '\u{2069}'], ""),
        "het eigen risico / niets / iets anders: \\*anders\\* / met partner\n"
    );
}

#[test]
fn byte_order_marks_are_ignored() {
    let fx = Fixture::new();
    let toml = fs::read_to_string(fx.package("aanvraag").join("template.toml")).unwrap();
    write(
        &fx.package("aanvraag").join("template.toml"),
        &format!("\u{feff}{toml}"),
    );
    write(&fx.package("aanvraag").join("letter.md"), "\u{feff}Hallo\n");
    let templates = fx.load().unwrap();
    let out = templates
        .get("aanvraag")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap();
    assert_eq!(out.text, "Hallo\n");
    assert_eq!(out.lines, vec![1]);
}

#[test]
fn missing_files_are_named() {
    let fx = Fixture::new();
    fs::remove_file(fx.package("aanvraag").join("letter.md")).unwrap();
    let err = fx.problem();
    let TemplateError::Read { path, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(*path, fx.package("aanvraag").join("letter.md"));
    assert!(err.to_string().contains("cannot read"), "{err}");

    let files = Files::Dir(fx.dir.path().to_path_buf());
    let err = Templates::load(&files, "bestaat-niet", Arc::new(fx.locales())).unwrap_err();
    assert!(
        err.to_string().contains("cannot read the templates folder"),
        "{err}"
    );
}

#[test]
fn every_broken_package_is_reported() {
    let fx = Fixture::new();
    write(&fx.package("aanvraag").join("letter.md"), "{{ x | }}\n");
    write(&fx.package("toekenning").join("examples/kapot.json"), "{");
    write(&fx.package("toekenning").join("template.toml"), "id = 3\n");
    let templates = fx.load().unwrap();
    let broken: Vec<_> = templates.problems().collect();
    assert_eq!(broken.len(), 2, "{broken:?}");
    assert_eq!(broken[0].0, "aanvraag");
    assert!(matches!(broken[0].1[0], TemplateError::Syntax { .. }));
    // Every problem of one package: its manifest and its example.
    assert_eq!(broken[1].0, "toekenning");
    assert!(matches!(broken[1].1[0], TemplateError::Manifest { .. }));
    assert!(matches!(broken[1].1[1], TemplateError::Example { .. }));
    assert_eq!(templates.iter().count(), 0);
    let err = templates.get("aanvraag").unwrap_err().to_string();
    assert!(
        err.starts_with("template `aanvraag` could not be loaded:\n  "),
        "{err}"
    );
}

/// An unclosed `{% if %}` in one template leaves every other template usable.
#[test]
fn a_broken_template_leaves_the_others_usable() {
    let fx = Fixture::new();
    write(
        &fx.package("aanvraag").join("letter.md"),
        "{% if x %}\nniet gesloten\n",
    );
    let templates = fx.load().unwrap();
    assert!(templates.get("aanvraag").is_err());
    let ids: Vec<&str> = templates.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["toekenning"]);
    templates
        .get("toekenning")
        .unwrap()
        .render_markdown(Language::test("nl"), &data())
        .unwrap();
}

mod never_panics {
    //! Whatever letter.md holds, compiling and rendering give a result or an error.
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn any_letter_md(source in "([{}%#\"'`()|=~.,\n -]|t|x|if|for|in|endif|endfor|raw|endraw|set|money|name){0,40}") {
            let Ok(c) = compile_str(&source) else { return Ok(()) };
            let mut context = tera::Context::new();
            context.insert("x", "*x*");
            context.insert("name", &["a", "b"]);
            let _ = c.render(&context);
        }
    }
}

#[test]
fn remedy_and_signer_are_template_settings() {
    let fx = Fixture::new();
    let templates = fx.load().unwrap();
    let t = templates.get("toekenning").unwrap();
    // A decision without the settings: bezwaar, signed for the college.
    assert_eq!(t.remedy, Some(Remedy::Bezwaar));
    assert_eq!(t.signed_for, SignedFor::College);
    assert_eq!(t.signed_for.closing_message(), "closing");

    let fx = Fixture::new();
    let toml = TOML.replace(
        "languages = [\"nl\", \"en\"]\n",
        "languages = [\"nl\", \"en\"]\nremedy = \"administratief-beroep\"\nsigned_for = \"invorderingsambtenaar\"\n",
    );
    write(&fx.package("toekenning").join("template.toml"), &toml);
    let templates = fx.load().unwrap();
    let t = templates.get("toekenning").unwrap();
    assert_eq!(t.remedy, Some(Remedy::AdministratiefBeroep));
    assert_eq!(t.remedy.unwrap().name(), "administratief-beroep");
    assert_eq!(
        t.signed_for.closing_message(),
        "closing-invorderingsambtenaar"
    );
}

#[test]
fn unknown_remedy_or_signer_is_located() {
    let (line, column, message) = manifest_error(&TOML.replace(
        "languages = [\"nl\", \"en\"]\n",
        "languages = [\"nl\", \"en\"]\nremedy = \"beroep\"\n",
    ));
    assert_eq!((line, column), (6, 10), "{message}");
    assert!(
        message.contains("unknown remedy `beroep`: expected bezwaar or administratief-beroep"),
        "{message}"
    );
    let (line, _, message) = manifest_error(&TOML.replace(
        "languages = [\"nl\", \"en\"]\n",
        "languages = [\"nl\", \"en\"]\nsigned_for = \"wethouder\"\n",
    ));
    assert_eq!(line, 6, "{message}");
    assert!(
        message
            .contains("unknown signed_for `wethouder`: expected college or invorderingsambtenaar"),
        "{message}"
    );
    let (line, _, message) = manifest_error(
        &TOML
            .replace("\"decision\"\ntitle", "\"request\"\ntitle")
            .replace(
                "languages = [\"nl\", \"en\"]\n",
                "languages = [\"nl\", \"en\"]\nremedy = \"bezwaar\"\n",
            ),
    );
    assert_eq!(line, 6, "{message}");
    assert!(
        message.contains("only to a template of kind decision"),
        "{message}"
    );
}

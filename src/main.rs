//! The `helder` command line: a thin shell over the library.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use helder::i18n::Language;
use helder::output::write_atomic;
use helder::render::Format;
use helder::{Error, Helder, Output};

#[derive(Parser)]
#[command(
    name = "helder",
    version,
    about = "Letters residents can read, from a case system's decision data"
)]
struct Cli {
    /// Project folder with templates/, locales/ and icons/.
    #[arg(long, global = true, default_value = ".", env = "HELDER_ROOT")]
    root: PathBuf,
    /// Extra folder with fonts for PDF and PNG (may be repeated).
    #[arg(long = "font-dir", global = true)]
    font_dirs: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render one letter.
    Render {
        /// Template id (see `helder templates`).
        #[arg(long, short)]
        template: String,
        /// Decision data as JSON; `-` reads standard input.
        #[arg(long, short)]
        data: String,
        /// Language of the letter.
        #[arg(long, short, default_value = "nl")]
        lang: String,
        #[arg(long, short, value_enum, default_value = "pdf")]
        format: Format,
        /// Output file; `-` writes standard output. PNG writes one file per page
        /// (`letter-1.png`, ...) when the letter has more than one.
        #[arg(long, short)]
        out: String,
    },
    /// List the templates: ids, languages, data fields.
    Templates {
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
    },
    /// Render every bundled template × language × example into a folder, with an index.html.
    Demo {
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Merge the document requests of every scheme in a case into one checklist: JSON for
    /// case systems, or the checklist letter (needs `letter`, `recipient`, `address` in
    /// the case file).
    Checklist {
        /// The case as JSON; `-` reads standard input.
        #[arg(long)]
        case: String,
        #[arg(long, short, value_enum, default_value = "json")]
        format: ChecklistFormat,
        /// Language of the letter.
        #[arg(long, short, default_value = "nl")]
        lang: String,
        /// The date the checklist is made (YYYY-MM-DD): deadlines and "letter date"
        /// periods count from it. Default: the case's `letter.date`, else today.
        #[arg(long)]
        date: Option<String>,
        /// Output file; `-` writes standard output.
        #[arg(long, short, default_value = "-")]
        out: String,
    },
    /// Check templates (every language × example, as rendered) or free text for plain
    /// language. Exit status 1 when an error-level finding exists.
    Check {
        /// Template ids; all templates when none are given.
        templates: Vec<String>,
        #[arg(long, value_enum, default_value = "b1")]
        profile: ProfileArg,
        /// Only these languages (repeatable); default: every language a template ships.
        #[arg(long = "lang", short)]
        langs: Vec<String>,
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
        /// Check this text file instead of templates (needs exactly one --lang).
        #[arg(long, conflicts_with = "templates")]
        text: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ChecklistFormat {
    Json,
    Html,
    Pdf,
    Png,
    Txt,
}

#[derive(Clone, Copy, ValueEnum)]
enum ProfileArg {
    B1,
    EasyRead,
}

impl From<ProfileArg> for helder::plain::Profile {
    fn from(p: ProfileArg) -> Self {
        match p {
            ProfileArg::B1 => helder::plain::Profile::B1,
            ProfileArg::EasyRead => helder::plain::Profile::EasyRead,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn open(cli: &Cli) -> Result<Helder, Error> {
    Ok(Helder::open(&cli.root)?.with_font_dirs(cli.font_dirs.clone()))
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let helder = open(&cli)?;
    match &cli.command {
        Command::Render {
            template,
            data,
            lang,
            format,
            out,
        } => {
            let lang = Language::from_code(lang)?;
            let (name, text) = read_input(data)?;
            let schema = &helder.templates().get(template)?.schema;
            let mut records = helder::data::read_data(&name, &text, schema);
            if records.len() != 1 {
                return Err(Error::Record {
                    record: name,
                    message: format!(
                        "holds {} records; `helder render` renders one letter",
                        records.len()
                    ),
                });
            }
            let record = records.remove(0)?;
            let letter = helder.letter(template, lang, &record.name, &record.data)?;
            let output = helder.render(&letter, *format)?;
            write_output(out, output)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Templates { format } => {
            let templates: Vec<_> = helder.templates().iter().collect();
            match format {
                ListFormat::Json => {
                    let json =
                        serde_json::to_string_pretty(&templates).expect("templates serialise");
                    println!("{json}");
                }
                ListFormat::Human => {
                    for t in templates {
                        let langs: Vec<_> = t.languages.iter().map(|l| l.code()).collect();
                        println!("{}  ({:?}; {})", t.id, t.kind, langs.join(", "));
                        for field in &t.schema.fields {
                            print_field(field, "    ", "");
                        }
                        println!();
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Checklist {
            case,
            format,
            lang,
            date,
            out,
        } => {
            let lang = Language::from_code(lang)?;
            let (name, text) = read_input(case)?;
            let file = helder.read_case(&name, &text)?;
            let today = match date.as_deref().or(file.letter_date()) {
                Some(iso) => helder::data::parse_date(iso).map_err(|message| Error::Record {
                    record: name.clone(),
                    message: format!("the checklist date: {message}"),
                })?,
                None => time::OffsetDateTime::now_utc().date(),
            };
            let catalog = helder.scheme_catalog()?;
            let checklist =
                helder::checklist::merge(catalog, &file.case, today).map_err(Error::Case)?;
            let output = match format {
                ChecklistFormat::Json => Output::File(checklist.to_json().into_bytes()),
                letter_format => {
                    let letter = helder.checklist_letter(
                        &checklist,
                        &file.case,
                        lang,
                        &name,
                        file.envelope.as_ref(),
                    )?;
                    let format = match letter_format {
                        ChecklistFormat::Html => Format::Html,
                        ChecklistFormat::Pdf => Format::Pdf,
                        ChecklistFormat::Png => Format::Png,
                        _ => Format::Txt,
                    };
                    helder.render(&letter, format)?
                }
            };
            write_output(out, output)?;
            let f = checklist.figures();
            eprintln!(
                "{}: {} requests before merging, {} items to send, {} not needed (retrievable or already held)",
                name,
                f.requests_before_merge,
                f.items_after_merge,
                f.not_needed()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            templates,
            profile,
            langs,
            format,
            text,
        } => {
            let langs = langs
                .iter()
                .map(|l| Language::from_code(l))
                .collect::<Result<Vec<_>, _>>()?;
            let profile = helder::plain::Profile::from(*profile);
            let reports = match text {
                Some(path) => {
                    let [lang] = langs.as_slice() else {
                        return Err(Error::Setup(
                            "--text needs exactly one --lang (the language of the text)".into(),
                        ));
                    };
                    let name = path.display().to_string();
                    let body = std::fs::read_to_string(path).map_err(|source| Error::Io {
                        path: path.clone(),
                        source,
                    })?;
                    let report = helder.check_text(&name, &body, *lang, profile)?;
                    vec![(None, report)]
                }
                None => helder
                    .check_templates(templates, &langs, profile)?
                    .into_iter()
                    .map(|c| (Some((c.template, c.language, c.example)), c.report))
                    .collect(),
            };
            let failed = reports.iter().any(|(_, r)| r.has_errors());
            match format {
                ListFormat::Json => {
                    let list: Vec<_> = reports
                        .iter()
                        .map(|(what, report)| {
                            let mut v = serde_json::json!({ "report": report });
                            if let Some((template, lang, example)) = what {
                                v["template"] = template.as_str().into();
                                v["language"] = lang.code().into();
                                v["example"] = example.as_str().into();
                            }
                            v
                        })
                        .collect();
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&list).expect("reports serialise")
                    );
                }
                ListFormat::Human => {
                    for (what, report) in &reports {
                        if let Some((template, lang, example)) = what {
                            println!("== {template} ({}, example {example})", lang.code());
                        }
                        print!("{}", report.human());
                        println!();
                    }
                }
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Demo { out } => {
            let letters = helder::demo::run(&helder, out)?;
            let failed: Vec<_> = letters.iter().filter(|l| l.error.is_some()).collect();
            for l in &failed {
                eprintln!(
                    "error: {} {} {}: {}",
                    l.template,
                    l.language.code(),
                    l.example,
                    l.error.as_deref().unwrap_or_default()
                );
            }
            println!(
                "rendered {} of {} letters into {} (open {})",
                letters.len() - failed.len(),
                letters.len(),
                out.display(),
                out.join("index.html").display()
            );
            Ok(if failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn print_field(field: &helder::data::Field, indent: &str, prefix: &str) {
    use helder::data::FieldType;
    let name = format!("{prefix}{}", field.name);
    let ty = match &field.ty {
        FieldType::Text { .. } => "text".to_string(),
        FieldType::Integer { .. } => "integer".into(),
        FieldType::Money { .. } => "money (cents)".into(),
        FieldType::Date { .. } => "date (YYYY-MM-DD)".into(),
        FieldType::Birthdate => "birth date (YYYY-MM-DD)".into(),
        FieldType::Term { .. } => "term (days)".into(),
        FieldType::Iban => "IBAN".into(),
        FieldType::Boolean => "boolean".into(),
        FieldType::Enum { values } => format!("one of {}", values.join(", ")),
        FieldType::Record { .. } => "record".into(),
        FieldType::List { .. } => "list".into(),
        FieldType::Person => "person { name, salutation? }".into(),
        FieldType::Address => "address { street, number, suffix?, postcode, city }".into(),
    };
    let optional = if field.optional { ", optional" } else { "" };
    let description = if field.description.is_empty() {
        String::new()
    } else {
        format!("  {}", field.description)
    };
    println!("{indent}{name}: {ty}{optional}{description}");
    match &field.ty {
        FieldType::Record { fields } => {
            for f in fields {
                print_field(f, indent, &format!("{name}."));
            }
        }
        FieldType::List { of, .. } => {
            if let FieldType::Record { fields } = of.as_ref() {
                for f in fields {
                    print_field(f, indent, &format!("{name}[]."));
                }
            }
        }
        _ => {}
    }
}

/// Reads a file, or standard input for `-`; returns the record name used in errors.
fn read_input(path: &str) -> Result<(String, String), Error> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|source| Error::Io {
                path: PathBuf::from("<stdin>"),
                source,
            })?;
        Ok(("stdin".to_string(), text))
    } else {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: PathBuf::from(path),
            source,
        })?;
        Ok((path.to_string(), text))
    }
}

fn write_output(out: &str, output: Output) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    match (out, output) {
        ("-", Output::File(bytes)) => std::io::stdout()
            .write_all(&bytes)
            .map_err(io(Path::new("<stdout>"))),
        ("-", Output::Pages(pages)) if pages.len() == 1 => std::io::stdout()
            .write_all(&pages[0])
            .map_err(io(Path::new("<stdout>"))),
        ("-", Output::Pages(pages)) => Err(Error::Setup(format!(
            "the letter has {} pages: PNG to standard output takes one page; pass --out letter.png for letter-1.png, letter-2.png, ...",
            pages.len()
        ))),
        (path, Output::File(bytes)) => {
            write_atomic(Path::new(path), &bytes).map_err(io(Path::new(path)))
        }
        (path, Output::Pages(pages)) if pages.len() == 1 => {
            write_atomic(Path::new(path), &pages[0]).map_err(io(Path::new(path)))
        }
        (path, Output::Pages(pages)) => {
            let path = Path::new(path);
            let stem = path.with_extension("");
            for (i, page) in pages.iter().enumerate() {
                let page_path = PathBuf::from(format!("{}-{}.png", stem.display(), i + 1));
                write_atomic(&page_path, page).map_err(io(&page_path))?;
            }
            Ok(())
        }
    }
}

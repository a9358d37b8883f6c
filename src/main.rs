//! The `helder` command line: parses arguments, calls the library, prints. Nothing else.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::PossibleValuesParser;
use clap::{Parser, Subcommand};

use helder::i18n::Language;
use helder::output::{Target, Writer};
use helder::plain::Profile;
use helder::{Error, Format, Options, Project, Request};

#[derive(Parser)]
#[command(
    name = "helder",
    version,
    about = "Letters residents can read, from a case system's decision data"
)]
struct Cli {
    /// Project folder (templates/, locales/, icons/, house/, schemes/). Default: the
    /// current folder if it is one, else the project bundled into helder.
    #[arg(long, global = true, env = "HELDER_ROOT")]
    root: Option<PathBuf>,
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
        #[arg(long, short, default_value = "pdf", value_parser = formats(&["pdf", "html", "png", "txt"]))]
        format: String,
        /// Output file; `-` writes standard output. PNG writes one file per page
        /// (`letter-1.png`, ...) when the letter has more than one.
        #[arg(long, short)]
        out: String,
    },
    /// List the templates: ids, languages, data fields.
    Templates {
        #[arg(long, default_value = "human", value_parser = formats(&["human", "json"]))]
        format: String,
    },
    /// Render every template × language × example into a folder, with an index.html.
    Demo {
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Write the bundled project into a folder, to adapt for a municipality.
    Init { dir: PathBuf },
    /// Merge the document requests of every scheme in a case into one checklist: JSON for
    /// case systems, or the checklist letter (needs `letter`, `recipient`, `address` in
    /// the case file).
    Checklist {
        /// The case as JSON; `-` reads standard input.
        #[arg(long)]
        case: String,
        #[arg(long, short, default_value = "json", value_parser = formats(&["json", "html", "pdf", "png", "txt"]))]
        format: String,
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
        #[arg(long, default_value = "b1", value_parser = formats(&["b1", "easy-read"]))]
        profile: String,
        /// Only these languages (repeatable); default: every language a template ships.
        #[arg(long = "lang", short)]
        langs: Vec<String>,
        #[arg(long, default_value = "human", value_parser = formats(&["human", "json"]))]
        format: String,
        /// Check this text file instead of templates (needs exactly one --lang).
        #[arg(long, conflicts_with = "templates")]
        text: Option<PathBuf>,
    },
}

fn formats(names: &'static [&'static str]) -> PossibleValuesParser {
    PossibleValuesParser::new(names)
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The project: `--root`, else the current folder if it is a project, else the bundle.
fn project(cli: &Cli) -> Result<Project, Error> {
    let project = match &cli.root {
        Some(root) => Project::open(root)?,
        None if Project::is_project(std::path::Path::new(".")) => Project::open(".")?,
        None => {
            eprintln!(
                "note: no project folder here; using the project bundled into helder (`helder init <folder>` writes it out)"
            );
            Project::bundled()?
        }
    };
    Ok(project.with_font_dirs(cli.font_dirs.clone()))
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    if let Command::Init { dir } = &cli.command {
        let written = Project::init(dir)?;
        println_checked(&format!(
            "wrote {} files into {}; run `cd {} && helder demo`",
            written.len(),
            dir.display(),
            dir.display()
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let project = project(&cli)?;
    let writer = Writer::new();
    match cli.command {
        Command::Render {
            template,
            data,
            lang,
            format,
            out,
        } => {
            let (record, data) = read_json(&data)?;
            let request = Request::new(record, template, Language::from_code(&lang)?, data);
            let letter = project.letter(&request)?;
            let format: Format = format.parse().map_err(Error::Unsupported)?;
            let outputs = project.render(&letter, &[format])?;
            writer.write_output(&Target::from_arg(&out), &outputs[0])?;
        }
        Command::Templates { format } => {
            let templates = project.templates();
            let text = if format == "json" {
                serde_json::to_string_pretty(&templates)
                    .map_err(|e| Error::Unsupported(e.to_string()))?
                    + "\n"
            } else {
                templates
                    .iter()
                    .map(helder::Template::describe)
                    .collect::<String>()
            };
            print_checked(&text)?;
            let problems = project.template_problems();
            for (id, errors) in &problems {
                eprintln!("error: template `{id}` could not be loaded:");
                for e in errors {
                    eprintln!("  {e}");
                }
            }
            if !problems.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Checklist {
            case,
            format,
            lang,
            date,
            out,
        } => {
            let (record, data) = read_json(&case)?;
            let mut request = Request::new(
                record.clone(),
                String::new(),
                Language::from_code(&lang)?,
                data,
            );
            request.options = Options {
                checklist_date: date
                    .map(|d| {
                        helder::data::parse_date(&d).map_err(|m| Error::Request {
                            record: "--date".into(),
                            message: m,
                        })
                    })
                    .transpose()?,
            };
            let merged = project.merge(&request)?;
            if format == "json" {
                writer.write_output(&Target::from_arg(&out), &helder::Output::Text(merged.json))?;
            } else {
                request.template = project.checklist_template()?;
                let letter = project.letter(&request)?;
                let outputs =
                    project.render(&letter, &[format.parse().map_err(Error::Unsupported)?])?;
                writer.write_output(&Target::from_arg(&out), &outputs[0])?;
            }
            let f = merged.figures;
            eprintln!(
                "{record}: {} requests before merging, {} items to send, {} not needed (retrievable or already held)",
                f.requests_before_merge,
                f.items_after_merge,
                f.not_needed()
            );
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
            let profile = if profile == "easy-read" {
                Profile::EasyRead
            } else {
                Profile::B1
            };
            let (text, failed) = match text {
                Some(path) => {
                    let [lang] = langs.as_slice() else {
                        return Err(Error::Unsupported(
                            "--text needs exactly one --lang (the language of the text)".into(),
                        ));
                    };
                    let body = std::fs::read_to_string(&path).map_err(|e| Error::Io {
                        path: path.clone(),
                        source: e.into(),
                    })?;
                    let report =
                        project.check_text(&path.display().to_string(), &body, *lang, profile)?;
                    let text = if format == "json" {
                        report.to_json() + "\n"
                    } else {
                        report.human()
                    };
                    (text, report.has_errors())
                }
                None => {
                    let checked = project.check(&templates, &langs, profile)?;
                    let text = if format == "json" {
                        helder::CheckedLetter::json(&checked)
                    } else {
                        helder::CheckedLetter::human(&checked)
                    };
                    (text, checked.iter().any(|c| c.report.has_errors()))
                }
            };
            print_checked(&text)?;
            if failed {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Demo { out } => {
            let letters = helder::demo::run(&project, &out)?;
            let failed: Vec<_> = letters.iter().filter(|l| l.error.is_some()).collect();
            for l in &failed {
                eprintln!(
                    "error: {} {} {}: {}",
                    l.template,
                    l.language.as_ref().map_or("-", Language::code),
                    l.example,
                    l.error.as_deref().unwrap_or_default()
                );
            }
            println_checked(&format!(
                "rendered {} of {} letters into {} (open {})",
                letters.len() - failed.len(),
                letters.len(),
                out.display(),
                out.join("index.html").display()
            ))?;
            if !failed.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Init { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a JSON file, or standard input for `-`; returns the record name used in errors.
fn read_json(path: &str) -> Result<(String, serde_json::Value), Error> {
    let (name, text) = if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::Io {
                path: "<stdin>".into(),
                source: e.into(),
            })?;
        ("stdin".to_string(), text)
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
            path: path.into(),
            source: e.into(),
        })?;
        (path.to_string(), text)
    };
    let value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| Error::Request {
            record: format!("{name}:{}:{}", e.line(), e.column()),
            message: format!("not valid JSON: {e}"),
        })?;
    Ok((name, value))
}

fn print_checked(text: &str) -> Result<(), Error> {
    Ok(helder::output::write_stdout(text.as_bytes())?)
}

fn println_checked(text: &str) -> Result<(), Error> {
    print_checked(&format!("{text}\n"))
}

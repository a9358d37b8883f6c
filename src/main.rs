//! The `helder` command line: parses arguments, calls the library, prints. Nothing else.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::PossibleValuesParser;
use clap::{Parser, Subcommand};

use helder::data::DataFormat;
use helder::i18n::Language;
use helder::input::{self, Source};
use helder::output::{Target, Writer};
use helder::plain::Profile;
use helder::{CheckedLetter, Error, Format, Output, Project, Request};

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
    /// The largest input helder reads (a data file, a case, standard input): 4MiB, 512KiB, ...
    #[arg(long, global = true, env = "HELDER_MAX_INPUT", default_value = "4MiB", value_parser = input::parse_size)]
    max_input: u64,
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
        /// The letter's data: JSON, or CSV with one row; `-` reads standard input.
        #[arg(long, short)]
        data: String,
        /// How the data is written; default: CSV for a `.csv` or `.tsv` file, else JSON.
        #[arg(long, value_parser = one_of(&["json", "csv"]))]
        data_format: Option<String>,
        /// Language of the letter.
        #[arg(long, short, default_value = "nl")]
        lang: String,
        #[arg(long, short, default_value = "pdf", value_parser = one_of(&["pdf", "html", "png", "txt"]))]
        format: String,
        /// Output file; `-` writes standard output. PNG writes one file per page
        /// (`letter-1.png`, ...) when the letter has more than one.
        #[arg(long, short)]
        out: String,
    },
    /// List the templates: ids, languages, data fields.
    Templates {
        #[arg(long, default_value = "human", value_parser = one_of(&["human", "json"]))]
        format: String,
    },
    /// Render every template × language × example into a folder, with an index.html.
    Demo {
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Write the bundled project into a folder, for a municipality to adapt.
    Init { dir: PathBuf },
    /// Merge the document requests of every scheme in a case into one checklist: JSON for
    /// case systems, or the checklist letter (needs `letter`, `recipient`, `address`).
    Checklist {
        /// The case as JSON; `-` reads standard input.
        #[arg(long)]
        case: String,
        #[arg(long, short, default_value = "json", value_parser = one_of(&["json", "html", "pdf", "png", "txt"]))]
        format: String,
        /// Language of the letter.
        #[arg(long, short, default_value = "nl")]
        lang: String,
        /// The day the checklist is made (YYYY-MM-DD); default: the case's `letter.date`, else today.
        #[arg(long)]
        date: Option<String>,
        /// Output file; `-` writes standard output.
        #[arg(long, short, default_value = "-")]
        out: String,
    },
    /// Check templates (every language × example, as rendered) or a text for plain
    /// language. Exit status 1 when an error-level finding exists.
    Check {
        /// Template ids; all templates when none are given.
        templates: Vec<String>,
        #[arg(long, default_value = "b1", value_parser = one_of(&["b1", "easy-read"]))]
        profile: String,
        /// Only these languages (repeatable); default: every language a template ships.
        #[arg(long = "lang", short)]
        langs: Vec<String>,
        #[arg(long, default_value = "human", value_parser = one_of(&["human", "json"]))]
        format: String,
        /// Check this text file instead of templates (needs exactly one --lang).
        #[arg(long, conflicts_with = "templates")]
        text: Option<String>,
    },
}

fn one_of(names: &'static [&'static str]) -> PossibleValuesParser {
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
        None if Project::is_project(Path::new(".")) => Project::open(".")?,
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
        let shown = dir.display();
        print(&format!(
            "wrote {} files into {shown}; run `cd {shown} && helder demo`\n",
            written.len()
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let project = project(&cli)?;
    let writer = Writer::new();
    let read = |arg: &str| input::read(&Source::from_arg(arg), cli.max_input);
    let mut failed = false;
    match &cli.command {
        Command::Render {
            template,
            data,
            data_format,
            lang,
            format,
            out,
        } => {
            let input = read(data)?;
            let data_format = match data_format {
                Some(f) => f.parse().map_err(Error::Unsupported)?,
                None => DataFormat::of_name(&input.name),
            };
            let data = project.read_data(template, &input, data_format)?;
            let request = Request::new(input.name, template, Language::from_code(lang)?, data);
            let letter = project.letter(&request)?;
            let outputs = project.render(&letter, &[format_of(format)?])?;
            writer.write_output(&Target::from_arg(out), &outputs[0])?;
        }
        Command::Templates { format } => {
            let templates = project.templates();
            let text = if format == "json" {
                serde_json::to_string_pretty(&templates)
                    .map_err(|e| Error::Unsupported(e.to_string()))?
                    + "\n"
            } else {
                templates.iter().map(helder::Template::describe).collect()
            };
            print(&text)?;
            for (id, errors) in project.template_problems() {
                failed = true;
                eprintln!("error: template `{id}` could not be loaded:");
                errors.iter().for_each(|e| eprintln!("  {e}"));
            }
        }
        Command::Checklist {
            case,
            format,
            lang,
            date,
            out,
        } => {
            let input = read(case)?;
            let data = input::parse_json(&input.name, &input.text)?;
            let mut request = Request::new(
                input.name.clone(),
                String::new(),
                Language::from_code(lang)?,
                data,
            );
            if let Some(date) = date {
                let date = helder::data::parse_date(date).map_err(|message| Error::Request {
                    record: "--date".into(),
                    message,
                })?;
                request.options.checklist_date = Some(date);
            }
            let merged = project.merge(&request)?;
            let output = if format == "json" {
                Output::Text(merged.json)
            } else {
                request.template = project.checklist_template()?;
                let letter = project.letter(&request)?;
                project.render(&letter, &[format_of(format)?])?.remove(0)
            };
            writer.write_output(&Target::from_arg(out), &output)?;
            let f = merged.figures;
            eprintln!(
                "{}: {} requests before merging, {} items to send, {} not needed (retrievable or already held)",
                input.name,
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
            let json = format == "json";
            let text = match text {
                Some(path) => {
                    let [lang] = langs.as_slice() else {
                        return Err(Error::Unsupported(
                            "--text needs exactly one --lang (the language of the text)".into(),
                        ));
                    };
                    let input = read(path)?;
                    let report = project.check_text(&input.name, &input.text, *lang, profile)?;
                    failed = report.has_errors();
                    if json {
                        report.to_json() + "\n"
                    } else {
                        report.human()
                    }
                }
                None => {
                    let checked = project.check(templates, &langs, profile)?;
                    failed = checked.iter().any(|c| c.report.has_errors());
                    if json {
                        CheckedLetter::json(&checked)
                    } else {
                        CheckedLetter::human(&checked)
                    }
                }
            };
            print(&text)?;
        }
        Command::Demo { out } => {
            let letters = helder::demo::run(&project, out)?;
            let failures: Vec<_> = letters.iter().filter(|l| l.error.is_some()).collect();
            for l in &failures {
                let lang = l.language.map_or("-", Language::code);
                eprintln!(
                    "error: {} {lang} {}: {}",
                    l.template,
                    l.example,
                    l.error.as_deref().unwrap_or_default()
                );
            }
            failed = !failures.is_empty();
            print(&format!(
                "rendered {} of {} letters into {} (open {})\n",
                letters.len() - failures.len(),
                letters.len(),
                out.display(),
                out.join("index.html").display()
            ))?;
        }
        Command::Init { .. } => unreachable!("handled above"),
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn format_of(name: &str) -> Result<Format, Error> {
    name.parse().map_err(Error::Unsupported)
}

/// Writes to standard output; a closed stdout is an error, not a panic or a silent loss.
fn print(text: &str) -> Result<(), Error> {
    Ok(helder::output::write_stdout(text.as_bytes())?)
}

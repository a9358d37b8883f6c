//! The `helder` command line: parses arguments, calls the library, prints. Nothing else.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::PossibleValuesParser;
use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand};

use helder::data::DataFormat;
use helder::i18n::Language;
use helder::input::{self, Source};
use helder::output::{Target, Writer};
use helder::plain::Profile;
use helder::project::files::source_text;
use helder::{CheckedLetter, Error, Format, Output, Project, Request};

/// Letters residents can read, from a case system's decision data.
#[derive(Parser)]
#[command(name = "helder", version)]
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
        /// How the data is written [default: csv for a .csv or .tsv file, else json]
        #[arg(long, value_parser = PossibleValuesParser::new(["json", "csv"]).try_map(|s| s.parse::<DataFormat>()))]
        data_format: Option<DataFormat>,
        /// Language of the letter.
        #[arg(long, short, default_value = "nl", value_parser = Language::from_code)]
        lang: Language,
        #[arg(long, short, default_value = "pdf", value_parser = PossibleValuesParser::new(["pdf", "html", "png", "txt"]).try_map(|s| s.parse::<Format>()))]
        format: Format,
        /// Output file; `-` writes standard output. PNG writes one file per page
        /// (`letter-1.png`, ...) when the letter has more than one.
        #[arg(long, short)]
        out: String,
        /// Layout: b1 (12 pt) or easy-read (14 pt, a narrow column beside the
        /// pictograms, a "what happens next" timeline).
        #[arg(long, default_value = "b1", value_parser = PossibleValuesParser::new(["b1", "easy-read"]).try_map(|s| s.parse::<helder::house::Style>()))]
        style: helder::house::Style,
    },
    /// Write a contact sheet of every pictogram with its name (HTML and PDF) into a
    /// folder, and report any pictogram that leaves the house style of icons/README.md.
    Icons {
        #[arg(long, default_value = "out/icons")]
        out: PathBuf,
        /// Only pictograms whose name or keyword holds this word.
        #[arg(long)]
        search: Option<String>,
    },
    /// List the templates: ids, languages, data fields.
    Templates {
        #[arg(long, default_value = "human", value_parser = PossibleValuesParser::new(["human", "json"]))]
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
        #[arg(long, short, default_value = "json", value_parser = PossibleValuesParser::new(["json", "html", "pdf", "png", "txt"]))]
        format: String,
        /// Language of the letter.
        #[arg(long, short, default_value = "nl", value_parser = Language::from_code)]
        lang: Language,
        /// The day the checklist is made (YYYY-MM-DD) [default: the case's letter.date, else today]
        #[arg(long, value_parser = helder::data::parse_date)]
        date: Option<time::Date>,
        /// Output file; `-` writes standard output.
        #[arg(long, short, default_value = "-")]
        out: String,
    },
    /// Check templates (every language × example, as rendered) or a text for plain
    /// language. Exit status 1 when an error-level finding exists.
    Check {
        /// Template ids; all templates when none are given.
        templates: Vec<String>,
        #[arg(long, default_value = "b1", value_parser = PossibleValuesParser::new(["b1", "easy-read"]).try_map(|s| s.parse::<Profile>()))]
        profile: Profile,
        /// Only these languages (repeatable) [default: every language a template ships]
        #[arg(long = "lang", short, value_parser = Language::from_code)]
        langs: Vec<Language>,
        #[arg(long, default_value = "human", value_parser = PossibleValuesParser::new(["human", "json"]))]
        format: String,
        /// Check this text file instead of templates (needs exactly one --lang).
        #[arg(long, conflicts_with = "templates")]
        text: Option<String>,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            eprintln!("{}", e.diagnostics().report(&source_text, color).trim_end());
            ExitCode::FAILURE
        }
    }
}

/// The project: `--root`, else the current folder if it is one, else the bundle (said so).
fn project(cli: &Cli) -> Result<Project, Error> {
    let project = Project::locate(cli.root.as_deref())?.with_font_dirs(cli.font_dirs.clone());
    if project.is_bundled() {
        eprintln!(
            "note: no project folder here; using the project bundled into helder (`helder init <folder>` writes it out)"
        );
    }
    Ok(project)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    if let Command::Init { dir } = &cli.command {
        let n = Project::init(dir)?.len();
        print(&format!(
            "wrote {n} files into {0}; try `cd {0} && helder demo`\n",
            dir.display()
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let project = project(&cli)?;
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
            style,
        } => {
            let input = read(data)?;
            let data_format = data_format.unwrap_or_else(|| DataFormat::of_name(&input.name));
            let data = project.read_data(template, &input, data_format)?;
            let mut request = Request::new(input.name, template, *lang, data);
            request.options.style = *style;
            let (_, outputs) = project.make(&request, &[*format])?;
            Writer::new().write_output(&Target::from_arg(out), &outputs[0])?;
        }
        Command::Templates { format } => {
            print(&helder::Template::list(
                &project.templates(),
                format == "json",
            ))?;
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
            let mut request = Request::new(input.name.clone(), String::new(), *lang, data);
            request.options.checklist_date = *date;
            let merged = project.merge(&request)?;
            let output = match format.parse::<Format>() {
                Err(_) => Output::Text(merged.json),
                Ok(format) => {
                    request.template = project.checklist_template()?;
                    project.make(&request, &[format])?.1.remove(0)
                }
            };
            Writer::new().write_output(&Target::from_arg(out), &output)?;
            eprintln!("{}: {}", input.name, merged.figures);
        }
        Command::Check {
            templates,
            profile,
            langs,
            format,
            text,
        } => {
            let json = format == "json";
            let text = match (text, langs.as_slice()) {
                (Some(path), [lang]) => {
                    let input = read(path)?;
                    let report = project.check_text(&input.name, &input.text, *lang, *profile)?;
                    failed = report.has_errors();
                    if json {
                        report.to_json() + "\n"
                    } else {
                        report.human()
                    }
                }
                (Some(_), _) => {
                    return Err(Error::Unsupported(
                        "--text needs exactly one --lang (the language of the text)".into(),
                    ));
                }
                (None, _) => {
                    let checked = project.check(templates, langs, *profile)?;
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
            let demo = helder::demo::run(&project, out)?;
            eprint!("{}", demo.failures());
            print(&demo.summary(out))?;
            failed = demo.failed();
        }
        Command::Icons { out, search } => {
            let sheet = project.contact_sheet(search.as_deref())?;
            print(&sheet.write(out)?)?;
            failed = !sheet.problems.is_empty();
        }
        Command::Init { .. } => unreachable!("handled above"),
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes to standard output; a closed stdout is an error, not a panic or a silent loss.
fn print(text: &str) -> Result<(), Error> {
    Ok(helder::output::write_stdout(text.as_bytes())?)
}

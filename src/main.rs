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
use helder::project::files::{Files, source_text};
use helder::{CheckedLetter, Error, Format, Output, Project, Request};

/// Letters residents can read, from a case system's decision data.
#[derive(Parser)]
#[command(name = "helder", version)]
struct Cli {
    /// Project folder (templates/, locales/, icons/, house/, schemes/). Default: the
    /// current folder if it is one, else the project bundled into helder.
    #[arg(long, global = true, env = "HELDER_ROOT")]
    root: Option<PathBuf>,
    /// A house style folder (house.toml, logo, team photos; letter.typ and letter.css
    /// if it changes the layout) to use instead of the project's house/.
    #[arg(long, global = true, env = "HELDER_HOUSE")]
    house: Option<PathBuf>,
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
        /// pictograms, a "what happens next" timeline) [default: the template's
        /// `style`, else b1].
        #[arg(long, value_parser = PossibleValuesParser::new(["b1", "easy-read"]).try_map(|s| s.parse::<helder::house::Style>()))]
        style: Option<helder::house::Style>,
        /// Also print the binding Dutch text after the translation (a bilingual letter,
        /// Awb 2:6). A Dutch letter stays as it is.
        #[arg(long)]
        with_dutch: bool,
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
        /// Layout of every letter: b1 or easy-read [default: each template's `style`]
        #[arg(long, value_parser = PossibleValuesParser::new(["b1", "easy-read"]).try_map(|s| s.parse::<helder::house::Style>()))]
        style: Option<helder::house::Style>,
    },
    /// Write the bundled project into a folder, for a municipality to adapt.
    Init { dir: PathBuf },
    /// Start a new letter template in this project: template.toml, letter.md, messages
    /// in every language and one example, which render at once. Never replaces a file.
    New {
        /// The template's id: lowercase letters a-z, digits and `-` (`afspraak-verzet`).
        id: String,
    },
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
        /// Write the staff annex instead (text): why each scheme asks each document, and
        /// which file (national catalog or schemes/local/ policy) decided each value.
        #[arg(long, conflicts_with = "format")]
        explain: bool,
        /// The checklist letter also in Dutch, after the translation (bilingual).
        #[arg(long)]
        with_dutch: bool,
        /// Layout of the checklist letter: b1 or easy-read [default: the checklist
        /// template's `style`, else b1]
        #[arg(long, value_parser = PossibleValuesParser::new(["b1", "easy-read"]).try_map(|s| s.parse::<helder::house::Style>()))]
        style: Option<helder::house::Style>,
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
    /// Serve letters over HTTP to case systems, and the studio for template authors.
    /// Listens on 127.0.0.1 unless told otherwise; any other address needs API keys.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", env = "HELDER_ADDR")]
        addr: std::net::SocketAddr,
        /// File with the API keys, one a line (`#` comments).
        #[arg(long = "api-keys")]
        api_keys: Option<PathBuf>,
        /// Letters made at once [default: the number of cores]
        #[arg(long)]
        workers: Option<usize>,
        /// Requests that may wait for a worker before the service answers 503 [default: 8 per worker]
        #[arg(long)]
        queue: Option<usize>,
        /// Seconds to answer one request.
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        /// Seconds for a client to send its headers, and again its body.
        #[arg(long, default_value_t = 10)]
        read_timeout: u64,
        /// No studio at /studio, and no watching of the project's files.
        #[arg(long)]
        no_studio: bool,
    },
    /// Translations: `helder i18n check`.
    I18n {
        #[command(subcommand)]
        command: I18nCommand,
    },
    /// Render many letters from JSON Lines (one job a line) or CSV: one file per letter
    /// named by its id, manifest.jsonl and summary.html. Exit status 1 when a record failed.
    Batch(BatchArgs),
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct BatchArgs {
    #[command(subcommand)]
    command: Option<BatchCommand>,
    /// The jobs: JSON Lines, or CSV (a .csv/.tsv file or --input-format csv, with
    /// --template); `-` reads standard input.
    #[arg(required = true)]
    input: Option<String>,
    /// Output folder: the letters, manifest.jsonl, summary.html.
    #[arg(long, short, default_value = "out")]
    out: PathBuf,
    /// Formats of every letter, comma-separated: pdf,html,png,txt.
    #[arg(long, short, default_value = "pdf", value_delimiter = ',', value_parser = PossibleValuesParser::new(["pdf", "html", "png", "txt"]).try_map(|s| s.parse::<Format>()))]
    format: Vec<Format>,
    /// Language of the jobs that name none.
    #[arg(long, short, default_value = "nl", value_parser = Language::from_code)]
    lang: Language,
    /// CSV: the template every row is a letter of.
    #[arg(long, short)]
    template: Option<String>,
    /// How the input is written [default: csv for a .csv or .tsv file, else jsonl]
    #[arg(long, value_parser = PossibleValuesParser::new(["jsonl", "csv"]))]
    input_format: Option<String>,
    /// Worker threads [default: one per core]
    #[arg(long, short, default_value_t = 0)]
    jobs: usize,
    /// Render only shard K of N (0 <= K < N), by a stable hash of each record's id.
    #[arg(long, env = "HELDER_SHARD")]
    shard: Option<helder::batch::Shard>,
    #[command(flatten)]
    extras: ExtrasArgs,
}

/// The print file and the ZIP, for a run and for a merge of shards.
#[derive(clap::Args)]
struct ExtrasArgs {
    /// Also write print.pdf, every good letter in manifest order for duplex printing
    /// (each starting on the front of a sheet), and its page index print.csv.
    #[arg(long)]
    print_pdf: bool,
    /// Also write batch.zip: the letters, manifest.jsonl and summary.html in one file.
    #[arg(long)]
    zip: bool,
}

impl ExtrasArgs {
    fn extras(&self) -> helder::batch::Extras {
        helder::batch::Extras {
            print: self.print_pdf,
            zip: self.zip,
        }
    }
}

#[derive(Subcommand)]
enum I18nCommand {
    /// Check every translation against the binding language (nl): Fluent syntax, missing
    /// and obsolete messages and attributes, variables that differ, the ids templates and
    /// pictograms use; a coverage table per language. Exit status 1 on errors.
    Check {
        #[arg(long, default_value = "human", value_parser = PossibleValuesParser::new(["human", "json"]))]
        format: String,
    },
}

#[derive(Subcommand)]
enum BatchCommand {
    /// Merge the manifests of a batch's shards into one manifest.jsonl and summary.html.
    Merge {
        /// The shards' manifests (manifest.shard-K-of-N.jsonl).
        #[arg(required = true)]
        manifests: Vec<PathBuf>,
        /// Where the merged manifest.jsonl and summary.html go: the folder the shards
        /// wrote their letters in.
        #[arg(long, short, default_value = "out")]
        out: PathBuf,
        #[command(flatten)]
        extras: ExtrasArgs,
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
    let mut project = Project::locate(cli.root.as_deref())?.with_font_dirs(cli.font_dirs.clone());
    if let Some(house) = &cli.house {
        project = project.with_house(house)?;
    }
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
    if let Command::I18n {
        command: I18nCommand::Check { format },
    } = &cli.command
    {
        return i18n_check(&cli, format == "json");
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
            with_dutch,
        } => {
            let input = read(data)?;
            let data_format = data_format.unwrap_or_else(|| DataFormat::of_name(&input.name));
            let data = project.read_data(template, &input, data_format)?;
            let mut request = Request::new(input.name, template, *lang, data);
            request.options.style = *style;
            request.options.with_dutch = *with_dutch;
            let (letter, outputs) = project.make(&request, &[*format])?;
            Writer::new().write_output(&Target::from_arg(out), &outputs[0])?;
            warn(&letter.warnings);
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
            explain,
            with_dutch,
            style,
        } => {
            let input = read(case)?;
            let data = input::parse_json(&input.name, &input.text)?;
            let mut request = Request::new(input.name.clone(), String::new(), *lang, data);
            request.options.checklist_date = *date;
            request.options.with_dutch = *with_dutch;
            request.options.style = *style;
            let merged = project.merge(&request)?;
            let output = match format.parse::<Format>() {
                _ if *explain => Output::Text(project.checklist_annex(&request)?),
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
                    // The static check first (every branch, whatever the examples reach);
                    // its errors would make the examples fail to render, so they stop there.
                    let statics = project.check_static(templates)?;
                    let checked = if statics.has_errors() {
                        Vec::new()
                    } else {
                        project.check(templates, langs, *profile)?
                    };
                    failed = statics.has_errors() || checked.iter().any(|c| c.report.has_errors());
                    if json {
                        CheckedLetter::json(&statics, &checked)
                    } else {
                        if !statics.is_empty() {
                            let color = std::io::stderr().is_terminal()
                                && std::env::var_os("NO_COLOR").is_none();
                            eprintln!("{}", statics.report(&source_text, color).trim_end());
                        }
                        CheckedLetter::human(&checked)
                    }
                }
            };
            print(&text)?;
        }
        Command::Demo { out, style } => {
            let demo = helder::demo::run(&project, out, *style)?;
            eprint!("{}", demo.failures());
            print(&demo.summary(out))?;
            failed = demo.failed();
        }
        Command::Serve {
            addr,
            api_keys,
            workers,
            queue,
            timeout,
            read_timeout,
            no_studio,
        } => {
            let env_keys = std::env::var("HELDER_API_KEYS").ok();
            let defaults = helder::server::Config::default();
            let workers = workers.unwrap_or(defaults.workers);
            let config = helder::server::Config {
                addr: *addr,
                keys: helder::server::Keys::load(api_keys.as_deref(), env_keys.as_deref())?,
                max_body: usize::try_from(cli.max_input).unwrap_or(usize::MAX),
                read_timeout: std::time::Duration::from_secs(*read_timeout),
                timeout: std::time::Duration::from_secs(*timeout),
                workers,
                queue: queue.unwrap_or(workers * 8),
                studio: !no_studio,
                watch: !no_studio,
                log: true,
            };
            project.prepare_typesetter()?;
            let studio = config.studio;
            let server = helder::server::Server::bind(project, config)?;
            let addr = server.local_addr();
            eprintln!("helder serves on http://{addr} (API: /openapi.json)");
            if studio {
                eprintln!("studio: http://{addr}/studio");
            }
            server.run()?;
        }
        Command::Batch(args) => failed = batch(&project, args, cli.max_input)?,
        Command::Icons { out, search } => {
            let sheet = project.contact_sheet(search.as_deref())?;
            print(&sheet.write(out)?)?;
            failed = !sheet.problems.is_empty();
        }
        Command::New { id } => {
            let (written, waiting) = project.new_template(id)?;
            let mut text = String::new();
            for path in &written {
                text.push_str(&format!("wrote {}\n", path.display()));
            }
            if !waiting.is_empty() {
                let codes: Vec<&str> = waiting.iter().map(|l| l.code()).collect();
                text.push_str(&format!(
                    "in Dutch and English only: add {} to `languages` in \
                     templates/{id}/template.toml once locales/<lang>/{id}.ftl is translated \
                     (helder i18n check lists what is missing)\n",
                    codes.join(", ")
                ));
            }
            text.push_str(&format!(
                "try: helder render -t {id} -d templates/{id}/examples/voorbeeld.json --format html --out {id}.html\n\
                 then: helder check {id}\n"
            ));
            print(&text)?;
        }
        Command::Init { .. } | Command::I18n { .. } => unreachable!("handled above"),
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `helder batch` and `helder batch merge`: true when a record failed.
fn batch(project: &Project, args: &BatchArgs, max_input: u64) -> Result<bool, Error> {
    use helder::batch::{self, InputFormat, Shard};
    let start = std::time::Instant::now();
    let outcome = match (&args.command, &args.input) {
        (
            Some(BatchCommand::Merge {
                manifests,
                out,
                extras,
            }),
            _,
        ) => batch::merge(manifests, out, extras.extras())?,
        (None, Some(input)) => {
            let source = Source::from_arg(input);
            let csv = match args.input_format.as_deref() {
                Some(f) => f == "csv",
                None => DataFormat::of_name(&source.name()) == DataFormat::Csv,
            };
            let format = match (csv, &args.template) {
                (false, _) => InputFormat::JsonLines,
                (true, Some(template)) => InputFormat::Csv {
                    template: template.clone(),
                },
                (true, None) => {
                    return Err(Error::Unsupported(
                        "CSV input needs --template: every row is a letter of that template".into(),
                    ));
                }
            };
            let options = batch::Options {
                input: source,
                format,
                language: args.lang,
                out: args.out.clone(),
                formats: args.format.clone(),
                jobs: args.jobs,
                shard: args.shard.unwrap_or(Shard::ALL),
                max_record: max_input,
                progress: std::io::stderr().is_terminal(),
                extras: args.extras.extras(),
            };
            batch::run(project, &options)?
        }
        (None, None) => unreachable!("clap requires the input"),
    };
    eprint!("{}", outcome.line(start.elapsed().as_secs_f64()));
    Ok(outcome.failed > 0)
}

/// `helder i18n check`. A project whose messages do not load is still checked from its
/// files, so every syntax error and every missing message is reported in one run.
fn i18n_check(cli: &Cli, json: bool) -> Result<ExitCode, Error> {
    let report = match project(cli) {
        Ok(project) => project.check_i18n(),
        Err(load) => {
            let files = match &cli.root {
                Some(root) => Files::Dir(root.clone()),
                None if Project::is_project(std::path::Path::new(".")) => Files::Dir(".".into()),
                None => Files::Bundled,
            };
            let report = helder::i18n::check::check(&files, "locales");
            if !report.has_errors() {
                // Something else than the messages keeps the project from loading.
                return Err(load);
            }
            report
        }
    };
    if json {
        print(&(report.to_json() + "\n"))?;
    } else {
        if !report.diagnostics.is_empty() {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            eprintln!(
                "{}",
                report.diagnostics.report(&source_text, color).trim_end()
            );
        }
        print(&report.table())?;
    }
    Ok(if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints a letter's warnings (a message shown in Dutch) on standard error, rustc-style.
fn warn(warnings: &[helder::diag::Diagnostic]) {
    if warnings.is_empty() {
        return;
    }
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let report = helder::diag::report(warnings, &source_text, color);
    eprintln!("{}", report.trim_end());
}

/// Writes to standard output; a closed stdout is an error, not a panic or a silent loss.
fn print(text: &str) -> Result<(), Error> {
    Ok(helder::output::write_stdout(text.as_bytes())?)
}

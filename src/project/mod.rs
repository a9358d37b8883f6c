//! [`Project`]: everything a municipality's letters are made of — templates, messages
//! (locales), pictograms, the house style and the scheme catalog — loaded once and
//! shared read-only across threads. Each part can be reloaded on its own (the preview
//! reloads the part whose files changed); a request works on one snapshot of all parts
//! from start to end, so a reload never mixes two versions into one letter.
//!
//! A project comes from a folder or from the default project bundled into the binary
//! ([`Project::bundled`]), which `helder init` writes out for a municipality to adapt.

pub(crate) mod bundled;
pub mod files;
mod skeleton;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use crate::checklist::{Catalog, CatalogError};
use crate::error::Error;
use crate::house::House;
use crate::i18n::{Language, Locales};
use crate::icons::Icons;
use crate::plain::{RuleError, Rules};
use crate::render::{self, Backend};
use crate::template::{Template, TemplateError, Templates};

pub use files::Files;

/// The folders of a project, by the part they hold.
const TEMPLATES: &str = "templates";
const LOCALES: &str = "locales";
const ICONS: &str = "icons";
const HOUSE: &str = "house";
const SCHEMES: &str = "schemes";

/// A part of a project that can be reloaded on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// `templates/`: the letter templates and their examples.
    Templates,
    /// `locales/`: Fluent messages and plain-language rules.
    Locales,
    /// `icons/`: the pictograms.
    Icons,
    /// `house/`: letterhead, layout, fonts, logo.
    House,
    /// `schemes/`: the scheme catalog of the checklist.
    Schemes,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Templates,
        Part::Locales,
        Part::Icons,
        Part::House,
        Part::Schemes,
    ];

    /// The project folder the part lives in.
    pub fn folder(self) -> &'static str {
        match self {
            Part::Templates => TEMPLATES,
            Part::Locales => LOCALES,
            Part::Icons => ICONS,
            Part::House => HOUSE,
            Part::Schemes => SCHEMES,
        }
    }

    /// The part a file belongs to, by its path relative to the project folder (for a
    /// watcher that reloads what changed).
    pub fn of(path: &Path) -> Option<Part> {
        let first = path.components().next()?.as_os_str().to_str()?;
        Part::ALL.into_iter().find(|p| p.folder() == first)
    }
}

/// A loaded project.
pub struct Project {
    font_dirs: Vec<PathBuf>,
    /// A house style folder outside the project (`--house DIR`), if one was chosen.
    house_dir: Option<PathBuf>,
    parts: RwLock<Arc<Parts>>,
}

/// One consistent version of every part, and the backends over it.
pub(crate) struct Parts {
    pub files: Files,
    pub templates: Arc<Templates>,
    pub locales: Arc<Locales>,
    /// Plain-language rules (`locales/<lang>/plain.toml`): broken rules only break checks.
    pub rules: Result<Arc<Rules>, RuleError>,
    pub icons: Arc<Icons>,
    pub house: Arc<House>,
    /// The scheme catalog: a broken catalog only breaks checklists.
    pub catalog: Result<Arc<Catalog>, CatalogError>,
    pub html: render::Html,
    pub text: render::Text,
    pub typst: Arc<render::typst::Typst>,
}

impl Parts {
    pub fn backends(&self) -> [&dyn Backend; 3] {
        [&self.html, &self.text, &*self.typst]
    }

    pub fn catalog(&self) -> Result<&Catalog, Error> {
        self.catalog
            .as_deref()
            .map_err(|e| Error::Catalog(e.clone()))
    }

    pub fn rules(&self) -> Result<&Rules, Error> {
        self.rules.as_deref().map_err(|e| Error::Rules(e.clone()))
    }
}

impl Project {
    /// Loads the project in folder `root` (`templates/`, `locales/`, `icons/`, `house/`,
    /// `schemes/`). A template that does not load is reported by
    /// [`Project::template_problems`] and leaves the others usable; a broken catalog or
    /// rule file only fails the checklists or checks that need it.
    pub fn open(root: impl AsRef<Path>) -> Result<Project, Error> {
        let root = root.as_ref().to_path_buf();
        let missing: Vec<&str> = [TEMPLATES, LOCALES, ICONS, HOUSE]
            .into_iter()
            .filter(|dir| !root.join(dir).is_dir())
            .collect();
        if !missing.is_empty() {
            return Err(Error::Project {
                path: root,
                message: format!(
                    "not a helder project: no {} folder here; run helder in a project folder, \
                     pass --root, or create one with `helder init <folder>`",
                    missing
                        .iter()
                        .map(|d| format!("`{d}/`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
        Project::load(Files::Dir(root), Vec::new())
    }

    /// The default project bundled into helder: works anywhere, without any files.
    pub fn bundled() -> Result<Project, Error> {
        Project::load(Files::Bundled, Vec::new())
    }

    /// The project a command run in the current folder means: the folder `root` if
    /// given, else the current folder if it is a project, else the bundled project.
    pub fn locate(root: Option<&Path>) -> Result<Project, Error> {
        match root {
            Some(root) => Project::open(root),
            None if Project::is_project(Path::new(".")) => Project::open("."),
            None => Project::bundled(),
        }
    }

    /// Whether this is the project bundled into helder rather than a folder.
    pub fn is_bundled(&self) -> bool {
        self.parts().files == Files::Bundled
    }

    /// Whether `dir` looks like a project folder (it has a `templates/` folder).
    pub fn is_project(dir: &Path) -> bool {
        dir.join(TEMPLATES).is_dir()
    }

    /// Writes the bundled project into `dir` for a municipality to adapt; refuses to
    /// overwrite any file. Returns the files written.
    pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Error> {
        bundled::init(dir).map_err(|e| Error::Project {
            path: dir.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Writes the skeleton of a new template `id` into this project's folder (`helder
    /// new`): template.toml, letter.md, one example and its messages in Dutch and English.
    /// It renders at once and passes `helder check`. Refuses a bad or existing id, the
    /// bundled project, and any file already there, writing nothing. Returns the files
    /// written and the project's other languages, which wait for a translation.
    pub fn new_template(&self, id: &str) -> Result<(Vec<PathBuf>, Vec<Language>), Error> {
        let parts = self.parts();
        let Files::Dir(root) = &parts.files else {
            return Err(Error::Unsupported(
                "helder new writes into a project folder, and there is none here: make one \
                 with `helder init <folder>`, then run `helder new` in it (or pass --root)"
                    .into(),
            ));
        };
        let written =
            skeleton::write(root, id, &parts.locales).map_err(|message| Error::Project {
                path: root.join(TEMPLATES).join(id),
                message,
            })?;
        Ok((written, skeleton::left_out(&parts.locales)))
    }

    fn load(files: Files, font_dirs: Vec<PathBuf>) -> Result<Project, Error> {
        let locales = Arc::new(load_locales(&files)?);
        let icons = Arc::new(load_icons(&files)?);
        let house = Arc::new(load_house(&files, None)?);
        let parts = Parts {
            templates: Arc::new(load_templates(&files, &locales)?),
            rules: load_rules(&files, &locales),
            catalog: load_catalog(&files),
            html: render::Html::new(Arc::clone(&icons), &house.css),
            text: render::Text,
            typst: Arc::new(render::typst::Typst::new(
                Arc::clone(&house),
                Arc::clone(&icons),
                font_dirs.clone(),
            )),
            locales,
            icons,
            house,
            files,
        };
        Ok(Project {
            font_dirs,
            house_dir: None,
            parts: RwLock::new(Arc::new(parts)),
        })
    }

    /// Extra folders with fonts for PDF and PNG (`--font-dir`).
    pub fn with_font_dirs(self, dirs: Vec<PathBuf>) -> Project {
        let parts = self.parts();
        let typst = Arc::new(render::typst::Typst::new(
            Arc::clone(&parts.house),
            Arc::clone(&parts.icons),
            dirs.clone(),
        ));
        let parts = Parts {
            typst,
            ..clone_parts(&parts)
        };
        Project {
            font_dirs: dirs,
            house_dir: self.house_dir,
            parts: RwLock::new(Arc::new(parts)),
        }
    }

    /// Uses the house style in folder `dir` (`--house DIR`: house.toml, the logo and
    /// photos it names, and optionally its own letter.typ and letter.css; those it
    /// leaves out come from the project's house). Reloading the house reads it there.
    pub fn with_house(self, dir: &Path) -> Result<Project, Error> {
        let parts = self.parts();
        let house = Arc::new(load_house(&parts.files, Some(dir))?);
        let parts = Parts {
            html: render::Html::new(Arc::clone(&parts.icons), &house.css),
            typst: Arc::new(render::typst::Typst::new(
                Arc::clone(&house),
                Arc::clone(&parts.icons),
                self.font_dirs.clone(),
            )),
            house,
            ..clone_parts(&parts)
        };
        Ok(Project {
            font_dirs: self.font_dirs,
            house_dir: Some(dir.to_path_buf()),
            parts: RwLock::new(Arc::new(parts)),
        })
    }

    /// The current version of every part.
    pub(crate) fn parts(&self) -> Arc<Parts> {
        // A poisoned lock means a reload panicked halfway; the Arc inside is still a
        // complete, consistent version.
        let guard = match self.parts.read() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        Arc::clone(&guard)
    }

    /// Reloads one part from its files. On an error the project keeps the version it
    /// had, so a half-saved file never takes a running service down.
    pub fn reload(&self, part: Part) -> Result<(), Error> {
        let old = self.parts();
        let files = &old.files;
        let new = match part {
            Part::Templates => Parts {
                templates: Arc::new(load_templates(files, &old.locales)?),
                ..clone_parts(&old)
            },
            Part::Locales => {
                let locales = Arc::new(load_locales(files)?);
                Parts {
                    templates: Arc::new(old.templates.with_locales(Arc::clone(&locales))),
                    rules: load_rules(files, &locales),
                    locales,
                    ..clone_parts(&old)
                }
            }
            Part::Icons => {
                let icons = Arc::new(load_icons(files)?);
                Parts {
                    html: render::Html::new(Arc::clone(&icons), &old.house.css),
                    typst: Arc::new(render::typst::Typst::new(
                        Arc::clone(&old.house),
                        Arc::clone(&icons),
                        self.font_dirs.clone(),
                    )),
                    icons,
                    ..clone_parts(&old)
                }
            }
            Part::House => {
                let house = Arc::new(load_house(files, self.house_dir.as_deref())?);
                Parts {
                    html: render::Html::new(Arc::clone(&old.icons), &house.css),
                    typst: Arc::new(render::typst::Typst::new(
                        Arc::clone(&house),
                        Arc::clone(&old.icons),
                        self.font_dirs.clone(),
                    )),
                    house,
                    ..clone_parts(&old)
                }
            }
            Part::Schemes => Parts {
                catalog: load_catalog(files),
                ..clone_parts(&old)
            },
        };
        let mut guard = match self.parts.write() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        *guard = Arc::new(new);
        Ok(())
    }

    /// The templates that loaded, sorted by id: what `helder templates` lists.
    pub fn templates(&self) -> Vec<Template> {
        self.parts().templates.iter().cloned().collect()
    }

    /// The templates that did not load, each with every problem found.
    pub fn template_problems(&self) -> Vec<(String, Vec<TemplateError>)> {
        self.parts()
            .templates
            .problems()
            .map(|(id, problems)| (id.to_owned(), problems.to_vec()))
            .collect()
    }

    /// Builds the typesetter now (fonts, typst library, house style), so the first
    /// letter does not pay for it and a missing font is reported before any work.
    pub fn prepare_typesetter(&self) -> Result<(), Error> {
        self.parts()
            .typst
            .typesetter()
            .map(|_| ())
            .map_err(Error::from)
    }
}

/// A copy of `parts` sharing every loaded part.
fn clone_parts(parts: &Parts) -> Parts {
    Parts {
        files: parts.files.clone(),
        templates: Arc::clone(&parts.templates),
        locales: Arc::clone(&parts.locales),
        rules: parts.rules.clone(),
        icons: Arc::clone(&parts.icons),
        house: Arc::clone(&parts.house),
        catalog: parts.catalog.clone(),
        html: parts.html.clone(),
        text: render::Text,
        typst: Arc::clone(&parts.typst),
    }
}

fn load_templates(files: &Files, locales: &Arc<Locales>) -> Result<Templates, Error> {
    Ok(Templates::load(files, TEMPLATES, Arc::clone(locales))?)
}

fn load_locales(files: &Files) -> Result<Locales, Error> {
    Ok(Locales::load(files, LOCALES)?)
}

fn load_icons(files: &Files) -> Result<Icons, Error> {
    Icons::load(files, ICONS).map_err(Error::Icons)
}

/// The project's `house/`, or the folder `dir` over it (what `dir` leaves out of the
/// layout comes from the project's house).
fn load_house(files: &Files, dir: Option<&Path>) -> Result<House, Error> {
    let own = House::load(files, HOUSE)?;
    match dir {
        None => Ok(own),
        Some(dir) => Ok(House::load_over(
            &Files::Dir(dir.to_path_buf()),
            "",
            Some(&own),
        )?),
    }
}

fn load_rules(files: &Files, locales: &Locales) -> Result<Arc<Rules>, RuleError> {
    Rules::load(files, LOCALES, locales).map(Arc::new)
}

fn load_catalog(files: &Files) -> Result<Arc<Catalog>, CatalogError> {
    Catalog::load_files(files, SCHEMES).map(Arc::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_named_by_their_folder() {
        assert_eq!(
            Part::of(Path::new("templates/x/letter.md")),
            Some(Part::Templates)
        );
        assert_eq!(Part::of(Path::new("house/letter.typ")), Some(Part::House));
        assert_eq!(Part::of(Path::new("README.md")), None);
    }

    #[test]
    fn a_folder_without_the_parts_is_not_a_project() {
        let dir = tempfile::tempdir().unwrap();
        let err = Project::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains("not a helder project"), "{err}");
        assert!(err.contains("helder init"), "{err}");
    }
}

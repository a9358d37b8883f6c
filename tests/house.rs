//! The house style as a folder, through the public API and the CLI: a second house
//! (examples/house-duinwijk) renders with its own sender, colours, logo and team photo;
//! logos and photos are checked (type from content, size limits) with errors naming the
//! file; a template's default style and the request's override.

#[path = "common/letters.rs"]
mod letters;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use helder::house::Style;
use helder::i18n::Language;
use helder::{Format, Output, Project, Request};

const REQUEST: &str = "documenten-opvragen";

fn duinwijk() -> PathBuf {
    letters::root().join("examples/house-duinwijk")
}

fn brief() -> Request {
    let path = duinwijk().join("brief.json");
    let data = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Request::new(
        "brief.json",
        REQUEST,
        Language::from_code("nl").unwrap(),
        data,
    )
}

fn html(project: &Project, request: &Request) -> String {
    match project.make(request, &[Format::Html]).unwrap().1.remove(0) {
        Output::Html(html) => html,
        other => panic!("asked for HTML, got {:?}", other.format()),
    }
}

/// The bytes of every `data:` picture in an HTML letter, in order.
fn pictures(html: &str) -> Vec<(String, Vec<u8>)> {
    html.split("src=\"data:")
        .skip(1)
        .map(|rest| {
            let (mime, rest) = rest.split_once(";base64,").unwrap();
            let data = &rest[..rest.find('"').unwrap()];
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data)
                .unwrap();
            (mime.to_string(), bytes)
        })
        .collect()
}

/// A house folder: Duinwijk's house.toml with `edit` applied, its pictures, and
/// `extra` files written on top.
fn house_with(edit: impl Fn(String) -> String, extra: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let toml = std::fs::read_to_string(duinwijk().join("house.toml")).unwrap();
    std::fs::write(dir.path().join("house.toml"), edit(toml)).unwrap();
    std::fs::copy(duinwijk().join("logo.png"), dir.path().join("logo.png")).unwrap();
    std::fs::create_dir(dir.path().join("team")).unwrap();
    std::fs::copy(
        duinwijk().join("team/mvdberg.png"),
        dir.path().join("team/mvdberg.png"),
    )
    .unwrap();
    for (name, bytes) in extra {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

fn house_error(dir: &Path) -> String {
    match Project::open(letters::root()).unwrap().with_house(dir) {
        Ok(_) => panic!("the house loaded"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_second_house_renders_with_its_own_sender_colours_logo_and_photo() {
    let own = Project::open(letters::root()).unwrap();
    let helderstad = html(&own, &{
        let mut r = brief();
        // The bundled house has no team photos.
        r.data["letter"]
            .as_object_mut()
            .unwrap()
            .remove("contact_id");
        r
    });
    let project = Project::open(letters::root())
        .unwrap()
        .with_house(&duinwijk())
        .unwrap();
    let letter = project.letter(&brief()).unwrap();
    assert_eq!(letter.sender.organisation, "Gemeente Duinwijk");
    assert_eq!(letter.layout.look.heading, "#0d5c63");
    assert_eq!(letter.layout.look.window.top, 46.0);
    assert!(letter.contact_photo.is_some());

    let duinwijk = html(&project, &brief());
    assert!(duinwijk.contains("Gemeente Duinwijk") && !duinwijk.contains("Helderstad"));
    assert!(duinwijk.contains("#0d5c63") && !helderstad.contains("#0d5c63"));
    assert!(helderstad.contains("Gemeente Helderstad"));
    let pictures = pictures(&duinwijk);
    // The logo (the PNG, scaled to 13 mm at 300 dpi) and the contact person's photo.
    assert_eq!(pictures.len(), 2, "logo and photo");
    let logo = image::load_from_memory(&pictures[0].1).unwrap();
    assert_eq!(pictures[0].0, "image/png");
    assert_eq!(logo.height(), (13.0_f64 / 25.4 * 300.0).round() as u32);
    assert!(duinwijk.contains("<img class=\"contact-photo\" alt=\"\""));
    let photo = image::load_from_memory(&pictures[1].1).unwrap();
    assert!(
        photo.width() <= 260 && photo.height() <= 260,
        "22 mm at 300 dpi"
    );
    // Helderstad's letter keeps its SVG logo, shown as an image, never inlined.
    assert_eq!(pictures_of(&helderstad), ["image/svg+xml"]);
}

fn pictures_of(html: &str) -> Vec<String> {
    pictures(html).into_iter().map(|(mime, _)| mime).collect()
}

#[test]
fn the_second_house_draws_its_logo_and_photo_on_the_page() {
    let project = Project::open(letters::root())
        .unwrap()
        .with_house(&duinwijk())
        .unwrap();
    let pages = match project.make(&brief(), &[Format::Png]).unwrap().1.remove(0) {
        Output::Png { pages } => pages,
        other => panic!("asked for PNG, got {:?}", other.format()),
    };
    let first = image::load_from_memory(&pages[0]).unwrap().to_rgb8();
    // The logo's sun (#e07a5f) and dune (#0d5c63) in the letterhead: the top 45 mm.
    let scale = first.width() as f64 / 210.0;
    let top = (45.0 * scale) as u32;
    let near = |p: &image::Rgb<u8>, c: [u8; 3]| {
        p.0.iter()
            .zip(c)
            .all(|(a, b)| (i16::from(*a) - i16::from(b)).abs() < 12)
    };
    let count = |c: [u8; 3], from: u32, to: u32| {
        (from..to)
            .flat_map(|y| (0..first.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| near(first.get_pixel(x, y), c))
            .count()
    };
    assert!(
        count([0xe0, 0x7a, 0x5f], 0, top) > 50,
        "no logo sun in the letterhead"
    );
    assert!(
        count([0x0d, 0x5c, 0x63], 0, top) > 200,
        "no logo dune in the letterhead"
    );
    // The photo's shirt (#0d5c63 too) and face colour somewhere on a page.
    let skin = pages
        .iter()
        .map(|page| {
            let page = image::load_from_memory(page).unwrap().to_rgb8();
            page.pixels().filter(|p| near(p, [224, 172, 140])).count()
        })
        .sum::<usize>();
    assert!(skin > 100, "no contact photo on any page");
}

#[test]
fn an_unknown_contact_is_a_data_error_and_photos_can_be_off() {
    let project = Project::open(letters::root())
        .unwrap()
        .with_house(&duinwijk())
        .unwrap();
    let mut request = brief();
    request.data["letter"]["contact_id"] = "nobody".into();
    let err = project.letter(&request).unwrap_err();
    let json = serde_json::to_string(&err.diagnostics()).unwrap();
    assert!(json.contains("letter.contact_id"), "{json}");
    assert!(
        err.to_string().contains("expected one of: mvdberg"),
        "{err}"
    );

    let off = house_with(|t| t.replace("photo = true", "photo = false"), &[]);
    let project = Project::open(letters::root())
        .unwrap()
        .with_house(off.path())
        .unwrap();
    let html = html(&project, &brief());
    assert!(
        !html.contains("class=\"contact-photo\""),
        "a photo while photos are off"
    );
    assert_eq!(pictures_of(&html), ["image/png"], "the logo only");
}

#[test]
fn a_text_file_named_logo_png_is_refused_naming_the_file() {
    let dir = house_with(|t| t, &[("logo.png", b"this is not a picture\n")]);
    let err = house_error(dir.path());
    assert!(err.contains("logo.png"), "{err}");
    assert!(err.contains("expected a PNG, JPEG or SVG image"), "{err}");
}

#[test]
fn a_huge_or_broken_picture_is_refused_naming_the_file() {
    // A PNG header claiming 20000 × 20000 pixels: refused before decoding.
    let mut header = Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(1, 1)
        .write_to(&mut header, image::ImageFormat::Png)
        .unwrap();
    let mut png = header.into_inner();
    // IHDR's width and height (bytes 16..24), and its CRC (29..33) made right again.
    png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    let dir = house_with(
        |t| t.replace("team/mvdberg.png", "team/huge.png"),
        &[("team/huge.png", &png)],
    );
    let err = house_error(dir.path());
    assert!(
        err.contains("team/huge.png") && err.contains("\"mvdberg\""),
        "{err}"
    );
    assert!(err.contains("20000 × 20000 pixels"), "{err}");

    let whole = std::fs::read(duinwijk().join("logo.png")).unwrap();
    let dir = house_with(|t| t, &[("logo.png", &whole[..whole.len() / 3])]);
    let err = house_error(dir.path());
    assert!(
        err.contains("logo.png") && err.contains("cannot be read"),
        "{err}"
    );

    let dir = house_with(
        |t| t.replace("logo = \"logo.png\"", "logo = \"nope.png\""),
        &[],
    );
    let err = house_error(dir.path());
    assert!(
        err.contains("nope.png") && err.contains("cannot read it"),
        "{err}"
    );
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_photo_from_a_phone_loses_its_location() {
    // A JPEG with EXIF holding a GPS position, as a phone writes it.
    let mut plain = Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(300, 300)
        .write_to(&mut plain, image::ImageFormat::Jpeg)
        .unwrap();
    let plain = plain.into_inner();
    let mut exif =
        b"Exif\0\0II*\0\x08\0\0\0\x01\0\x25\x88\x04\0\x01\0\0\0\x1a\0\0\0\0\0\0\0".to_vec();
    exif.extend(b"\x01\0\x01\0\x02\0\x02\0\0\0N\0\0\0\0\0\0\0");
    exif.extend(b"GPS-52.37N-4.90E");
    let mut jpeg = plain[..2].to_vec();
    jpeg.extend([0xFF, 0xE1]);
    jpeg.extend(u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    jpeg.extend(&exif);
    jpeg.extend(&plain[2..]);
    let has = |bytes: &[u8], what: &[u8]| bytes.windows(what.len()).any(|w| w == what);
    assert!(has(&jpeg, b"Exif") && has(&jpeg, b"GPS-52.37N"));

    let dir = house_with(
        |t| t.replace("team/mvdberg.png", "team/phone.jpg"),
        &[("team/phone.jpg", &jpeg)],
    );
    let project = Project::open(letters::root())
        .unwrap()
        .with_house(dir.path())
        .unwrap();
    let html = html(&project, &brief());
    let (mime, photo) = pictures(&html).remove(1);
    assert_eq!(mime, "image/jpeg");
    assert!(photo.starts_with(&[0xFF, 0xD8]), "a JPEG");
    assert!(
        !has(&photo, b"Exif") && !has(&photo, b"GPS-52.37N"),
        "EXIF kept"
    );
}

#[test]
fn a_template_sets_its_default_style_and_the_request_overrides_it() {
    let dir = letters::project_copy();
    let toml = dir
        .path()
        .join(format!("templates/{REQUEST}/template.toml"));
    let text = std::fs::read_to_string(&toml).unwrap();
    let project = Project::open(dir.path()).unwrap();
    let mut request = brief();
    request.data["letter"]
        .as_object_mut()
        .unwrap()
        .remove("contact_id");
    assert_eq!(project.letter(&request).unwrap().layout.style, Style::B1);

    std::fs::write(&toml, format!("style = \"easy-read\"\n{text}")).unwrap();
    let project = Project::open(dir.path()).unwrap();
    assert_eq!(
        project.letter(&request).unwrap().layout.style,
        Style::EasyRead
    );
    request.options.style = Some(Style::B1);
    assert_eq!(project.letter(&request).unwrap().layout.style, Style::B1);

    std::fs::write(&toml, format!("style = \"large\"\n{text}")).unwrap();
    let project = Project::open(dir.path()).unwrap();
    let problems = format!("{:?}", project.template_problems());
    assert!(
        problems.contains("unknown style `large`: expected b1 or easy-read"),
        "{problems}"
    );
}

#[test]
fn cli_renders_with_house_and_refuses_a_bad_one() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("brief.html");
    let run = |house: &Path| {
        Command::new(env!("CARGO_BIN_EXE_helder"))
            .current_dir(letters::root())
            .args(["render", "-t", REQUEST, "-d"])
            .arg(duinwijk().join("brief.json"))
            .args(["--format", "html", "--out"])
            .arg(&file)
            .arg("--house")
            .arg(house)
            .output()
            .unwrap()
    };
    let ok = run(&duinwijk());
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("Gemeente Duinwijk") && html.contains("contact-photo"));

    let bad = house_with(|t| t, &[("logo.png", b"<html>not a logo</html>")]);
    let failed = run(bad.path());
    assert!(!failed.status.success());
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("logo.png") && stderr.contains("expected a PNG, JPEG or SVG"),
        "{stderr}"
    );
}

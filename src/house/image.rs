//! The house's pictures: the municipality's logo and the team's photos. Each is checked
//! once when the house loads (its type read from its content, never from its name;
//! bounded in bytes and pixels), scaled down to print resolution at the size the layout
//! prints it, and encoded afresh, so no metadata of the original (EXIF can hold where a
//! photo was taken) reaches a letter. Letters share the result.

use std::io::Cursor;
use std::sync::Arc;

use base64::Engine as _;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// A file larger than this is refused before it is decoded.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Width × height of the largest picture decoded (a 24-megapixel camera photo fits).
pub const MAX_PIXELS: u64 = 40_000_000;
/// Print resolution: a picture never carries more pixels than this many per inch at the
/// size the letter prints it.
pub const PRINT_DPI: f64 = 300.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Svg,
}

impl Kind {
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Png => "png",
            Kind::Jpeg => "jpg",
            Kind::Svg => "svg",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Svg => "image/svg+xml",
        }
    }
}

/// A checked, print-sized picture, ready to embed.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub kind: Kind,
    /// The re-encoded bytes (for SVG: the checked file).
    pub bytes: Arc<[u8]>,
    /// The path typst reads it at (`/house/logo.png`): fixed when the house loads.
    pub path: String,
    /// Pixels after scaling (0 × 0 for SVG).
    pub width: u32,
    pub height: u32,
    /// Width over height, so the layout can keep a wide logo inside its box.
    pub aspect: f64,
}

/// What the PDF layout reads: where the picture is (the bytes never go into the JSON).
impl serde::Serialize for Picture {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Picture", 3)?;
        s.serialize_field("path", &self.path)?;
        s.serialize_field("kind", self.kind.extension())?;
        s.serialize_field("aspect", &self.aspect)?;
        s.end()
    }
}

impl Picture {
    /// `data:` URI for HTML: an `<img>` never runs a script an SVG might hold.
    pub fn data_uri(&self) -> String {
        format!(
            "data:{};base64,{}",
            self.kind.mime(),
            base64::engine::general_purpose::STANDARD.encode(&self.bytes)
        )
    }
}

/// The box a picture is printed in, in millimetres: it is scaled to fit it at
/// [`PRINT_DPI`] (never enlarged).
#[derive(Debug, Clone, Copy)]
pub struct PrintSize {
    pub width_mm: f64,
    pub height_mm: f64,
}

/// Checks and prepares `bytes` (the file `name`, for messages). `path` is where typst will
/// read it, without extension. The error says what was expected.
pub fn load(bytes: &[u8], path: &str, size: PrintSize) -> Result<Picture, String> {
    if bytes.len() > MAX_BYTES {
        return Err(format!(
            "the file is {} MB: expected at most {} MB",
            bytes.len().div_ceil(1024 * 1024),
            MAX_BYTES / 1024 / 1024
        ));
    }
    if looks_like_svg(bytes) {
        return load_svg(bytes, path);
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let kind = match reader.format() {
        Some(ImageFormat::Png) => Kind::Png,
        Some(ImageFormat::Jpeg) => Kind::Jpeg,
        Some(other) => {
            return Err(format!(
                "the file is {other:?}: expected a PNG, JPEG or SVG image"
            ));
        }
        None => {
            return Err(
                "the file is not an image helder reads: expected a PNG, JPEG or SVG image".into(),
            );
        }
    };
    let broken = |e: image::ImageError| format!("the {kind:?} image cannot be read: {e}");
    let (width, height) = reader.into_dimensions().map_err(broken)?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "the image is {width} × {height} pixels: expected at most {} megapixels",
            MAX_PIXELS / 1_000_000
        ));
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 8);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(broken)?;
    // A camera's EXIF orientation is applied here, because the EXIF goes.
    let orientation = decoder.orientation().map_err(broken)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(broken)?;
    picture.apply_orientation(orientation);

    let max_w = (size.width_mm / 25.4 * PRINT_DPI).round() as u32;
    let max_h = (size.height_mm / 25.4 * PRINT_DPI).round() as u32;
    if picture.width() > max_w || picture.height() > max_h {
        picture = picture.resize(max_w, max_h, image::imageops::FilterType::Lanczos3);
    }

    let mut out = Cursor::new(Vec::new());
    match kind {
        Kind::Png => picture
            .write_to(&mut out, ImageFormat::Png)
            .map_err(|e| e.to_string())?,
        Kind::Jpeg => {
            let rgb = DynamicImage::ImageRgb8(picture.to_rgb8());
            rgb.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
                &mut out, 90,
            ))
            .map_err(|e| e.to_string())?
        }
        Kind::Svg => unreachable!("SVG is read above"),
    }
    Ok(Picture {
        kind,
        bytes: out.into_inner().into(),
        path: format!("{path}.{}", kind.extension()),
        width: picture.width(),
        height: picture.height(),
        aspect: f64::from(picture.width()) / f64::from(picture.height().max(1)),
    })
}

/// SVG is XML: after an optional byte-order mark and XML declaration or comment, `<svg`.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let text = text.trim_start_matches('\u{FEFF}').trim_start();
    text.starts_with("<?xml") || text.starts_with("<svg") || text.starts_with("<!--")
}

fn load_svg(bytes: &[u8], path: &str) -> Result<Picture, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the SVG is not UTF-8 text: expected an SVG image")?;
    // The pictograms' safety rules (no script, no external references, no animation) and
    // what typst does with it: usvg must draw it.
    crate::icons::check_svg(text, None).map_err(|e| format!("not a usable SVG image: {e}"))?;
    let tree = usvg::Tree::from_str(text, &usvg::Options::default())
        .map_err(|e| format!("not a usable SVG image: {e}"))?;
    let size = tree.size();
    Ok(Picture {
        aspect: f64::from(size.width() / size.height()),
        kind: Kind::Svg,
        bytes: bytes.into(),
        path: format!("{path}.svg"),
        width: 0,
        height: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOGO: PrintSize = PrintSize {
        width_mm: 60.0,
        height_mm: 14.0,
    };

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        DynamicImage::new_rgb8(width, height)
            .write_to(&mut out, ImageFormat::Png)
            .unwrap();
        out.into_inner()
    }

    /// A JPEG with an EXIF block holding a GPS position (latitude 52° N) and a marker
    /// string, as a phone writes it after the start of image.
    pub(crate) fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
        let mut plain = Cursor::new(Vec::new());
        DynamicImage::new_rgb8(width, height)
            .write_to(&mut plain, ImageFormat::Jpeg)
            .unwrap();
        let plain = plain.into_inner();
        // TIFF, little-endian: IFD0 with one entry (GPSInfo → the GPS IFD at 26), the GPS
        // IFD with GPSLatitudeRef "N" and GPSLatitude 52/1 0/1 0/1 (three rationals at 68),
        // and an ASCII marker after them.
        let mut tiff: Vec<u8> = b"II*\0".to_vec();
        tiff.extend(8u32.to_le_bytes());
        tiff.extend(1u16.to_le_bytes());
        tiff.extend([0x25, 0x88, 4, 0]);
        tiff.extend(1u32.to_le_bytes());
        tiff.extend(26u32.to_le_bytes());
        tiff.extend(0u32.to_le_bytes());
        tiff.extend(3u16.to_le_bytes());
        tiff.extend([1, 0, 2, 0]);
        tiff.extend(2u32.to_le_bytes());
        tiff.extend(*b"N\0\0\0");
        tiff.extend([2, 0, 5, 0]);
        tiff.extend(3u32.to_le_bytes());
        tiff.extend(68u32.to_le_bytes());
        tiff.extend([0x1b, 0, 2, 0]);
        tiff.extend(24u32.to_le_bytes());
        tiff.extend(92u32.to_le_bytes());
        tiff.extend(0u32.to_le_bytes());
        assert_eq!(tiff.len(), 68);
        for (n, d) in [(52u32, 1u32), (0, 1), (0, 1)] {
            tiff.extend(n.to_le_bytes());
            tiff.extend(d.to_le_bytes());
        }
        tiff.extend(*b"ASCII\0\0\0GPS-MARKER-52N");
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend(tiff);
        let mut out = plain[..2].to_vec();
        out.extend([0xFF, 0xE1]);
        out.extend(u16::try_from(app1.len() + 2).unwrap().to_be_bytes());
        out.extend(app1);
        out.extend(&plain[2..]);
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_photo_loses_its_exif_and_gps() {
        let original = jpeg_with_gps(400, 300);
        assert!(contains(&original, b"Exif") && contains(&original, b"GPS-MARKER-52N"));
        let photo = load(&original, "/house/team/a", LOGO).unwrap();
        assert_eq!(photo.kind, Kind::Jpeg);
        assert!(photo.bytes.starts_with(&[0xFF, 0xD8]));
        assert!(!contains(&photo.bytes, b"Exif"), "EXIF kept");
        assert!(!contains(&photo.bytes, b"GPS-MARKER-52N"), "GPS kept");
        assert!(
            !photo.bytes.windows(2).any(|w| w == [0xFF, 0xE1]),
            "an APP1 segment kept"
        );
    }

    #[test]
    fn a_big_picture_is_scaled_to_print_resolution() {
        let picture = load(&png(3000, 1000), "/house/logo", LOGO).unwrap();
        // 14 mm at 300 dpi is 165 pixels; the width follows the aspect ratio.
        assert_eq!((picture.width, picture.height), (495, 165));
        assert_eq!(picture.path, "/house/logo.png");
        assert!(
            picture
                .data_uri()
                .starts_with("data:image/png;base64,iVBOR")
        );
    }

    #[test]
    fn a_small_picture_is_kept_at_its_size() {
        let picture = load(&png(100, 40), "/house/logo", LOGO).unwrap();
        assert_eq!((picture.width, picture.height), (100, 40));
    }

    #[test]
    fn type_comes_from_the_content() {
        let err = load(b"hello, I am text", "/house/logo", LOGO).unwrap_err();
        assert!(err.contains("expected a PNG, JPEG or SVG"), "{err}");
        // A JPEG named .png is read as the JPEG it is.
        let photo = load(&jpeg_with_gps(20, 20), "/house/logo", LOGO).unwrap();
        assert_eq!(
            (photo.kind, photo.path.as_str()),
            (Kind::Jpeg, "/house/logo.jpg")
        );
        // Other image types are named, not guessed at.
        let err = load(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "/house/logo", LOGO).unwrap_err();
        assert!(err.contains("Gif") && err.contains("expected"), "{err}");
    }

    /// A PNG whose header claims `width` × `height` pixels, with a few bytes of pixel data:
    /// what a decompression bomb looks like before it is decoded.
    pub(crate) fn png_header(width: u32, height: u32) -> Vec<u8> {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            let mut body = kind.to_vec();
            body.extend(data);
            c.extend(&body);
            c.extend(crc32(&body).to_be_bytes());
            c
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend(height.to_be_bytes());
        ihdr.extend([8, 2, 0, 0, 0]);
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        out.extend(chunk(b"IHDR", &ihdr));
        // An empty zlib stream: the decoder reads the header up to the first IDAT.
        out.extend(chunk(
            b"IDAT",
            &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        out.extend(chunk(b"IEND", b""));
        out
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
    fn a_huge_picture_is_refused_before_it_is_decoded() {
        let err = load(&png_header(20_000, 20_000), "/house/logo", LOGO).unwrap_err();
        assert!(
            err.contains("20000 × 20000 pixels") && err.contains("at most 40 megapixels"),
            "{err}"
        );
    }

    #[test]
    fn truncated_and_oversized_files_are_refused() {
        let whole = png(50, 50);
        let err = load(&whole[..whole.len() / 2], "/house/logo", LOGO).unwrap_err();
        assert!(err.contains("cannot be read"), "{err}");
        let err = load(&vec![0u8; MAX_BYTES + 1], "/house/logo", LOGO).unwrap_err();
        assert!(err.contains("expected at most 10 MB"), "{err}");
    }

    #[test]
    fn svg_is_checked_and_kept() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#;
        let picture = load(svg, "/house/logo", LOGO).unwrap();
        assert_eq!(picture.path, "/house/logo.svg");
        let script = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>"#;
        assert!(load(script, "/house/logo", LOGO).is_err());
        assert!(load(b"<svg>broken", "/house/logo", LOGO).is_err());
    }
}

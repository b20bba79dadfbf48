//! What a file is, decided by its content: never by its name's extension or
//! the Content-Type the client sent.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::problem::FileProblem;
use super::svg;

/// The kinds of file a slot can accept. Organizers write the lower-case names
/// (`jpeg`, `png`, `webp`, `svg`, `pdf`) in slot definitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Jpeg,
    Png,
    Webp,
    Svg,
    Pdf,
}

/// The eight bytes every PNG starts with.
pub(crate) const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];

impl FileKind {
    /// Every kind, in a fixed order.
    pub const ALL: [FileKind; 5] = [FileKind::Jpeg, FileKind::Png, FileKind::Webp, FileKind::Svg, FileKind::Pdf];

    /// The media type files of this kind are served with.
    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Webp => "image/webp",
            FileKind::Svg => "image/svg+xml",
            FileKind::Pdf => "application/pdf",
        }
    }

    /// The extension stored and served files of this kind get (without a dot).
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
            FileKind::Webp => "webp",
            FileKind::Svg => "svg",
            FileKind::Pdf => "pdf",
        }
    }

    /// JPEG, PNG and WebP are decoded and re-encoded; SVG and PDF are not pixels.
    pub fn is_raster_image(self) -> bool {
        matches!(self, FileKind::Jpeg | FileKind::Png | FileKind::Webp)
    }
}

/// The kind of a file judged by its first bytes: JPEG starts `FF D8 FF`, PNG
/// with its 8-byte signature, WebP with `RIFF` and `WEBP` at offset 8, PDF
/// with `%PDF-`. SVG is UTF-8 text whose first element, after an optional
/// BOM, whitespace, the XML declaration, comments and a `svg` DOCTYPE, is
/// `<svg`; HTML that merely contains an `<svg>` is not SVG. Anything else is
/// `None`.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if bytes.starts_with(&PNG_SIGNATURE) {
        Some(FileKind::Png)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else if bytes.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if looks_like_svg(bytes) {
        Some(FileKind::Svg)
    } else {
        None
    }
}

/// SVG is valid UTF-8 whose prolog leads to a root element named `svg`,
/// with no DOCTYPE for another root (such as `<!DOCTYPE html>`) on the way.
fn looks_like_svg(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(svg::prolog)
        .is_some_and(|prolog| prolog.root_name == "svg" && prolog.doctype.is_none_or(|doctype| doctype.name == "svg"))
}

/// The first check on an upload for a slot: it has bytes, at most
/// `max_bytes` of them, its content is a known kind, and the slot allows
/// that kind. Returns the sniffed kind.
pub fn check_upload(bytes: &[u8], allowed: &[FileKind], max_bytes: u64) -> Result<FileKind, FileProblem> {
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    if u64::try_from(bytes.len()).map_or(true, |len| len > max_bytes) {
        return Err(FileProblem::TooLarge { max_bytes });
    }
    let kind = sniff(bytes).ok_or(FileProblem::UnknownType)?;
    if allowed.contains(&kind) { Ok(kind) } else { Err(FileProblem::TypeNotAllowed { kind }) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOGO: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg>"#;

    #[test]
    fn magic_bytes_decide_the_raster_kinds_and_pdf() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Some(FileKind::Jpeg));
        assert_eq!(sniff(&[0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n', 0]), Some(FileKind::Png));
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8L"), Some(FileKind::Webp));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(FileKind::Pdf));
    }

    #[test]
    fn near_misses_of_the_magic_bytes_are_unknown() {
        assert_eq!(sniff(&[0xFF, 0xD8]), None);
        assert_eq!(sniff(b"\x89PNG\r\n"), None);
        assert_eq!(sniff(b"RIFF\x10\0\0\0WAVEfmt "), None);
        assert_eq!(sniff(b"RIFF"), None);
        assert_eq!(sniff(b"%PDF"), None);
        assert_eq!(sniff(b" %PDF-1.7"), None);
    }

    #[test]
    fn an_empty_file_is_no_kind_at_all() {
        assert_eq!(sniff(b""), None);
        assert_eq!(check_upload(b"", &FileKind::ALL, 100), Err(FileProblem::Empty));
    }

    #[test]
    fn html_renamed_to_jpg_is_not_a_jpeg() {
        let html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
        assert_eq!(sniff(html), None);
        assert_eq!(check_upload(html, &[FileKind::Jpeg], 1000), Err(FileProblem::UnknownType));
    }

    #[test]
    fn html_containing_an_svg_is_not_svg() {
        assert_eq!(sniff(b"<html><svg></svg></html>"), None);
        assert_eq!(sniff(b"<!DOCTYPE html><svg xmlns='http://www.w3.org/2000/svg'/>"), None);
        assert_eq!(sniff(b"<svgfoo/>"), None);
        assert_eq!(sniff(b"hello <svg/>"), None);
    }

    #[test]
    fn svg_renamed_to_jpg_is_sniffed_as_svg_and_refused_by_a_jpeg_slot() {
        assert_eq!(sniff(LOGO.as_bytes()), Some(FileKind::Svg));
        assert_eq!(
            check_upload(LOGO.as_bytes(), &[FileKind::Jpeg], 1000),
            Err(FileProblem::TypeNotAllowed { kind: FileKind::Svg })
        );
    }

    #[test]
    fn svg_may_start_with_a_bom_declaration_comments_and_doctype() {
        let text = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generator: Illustrator -->\n\
                    <!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n\
                    <svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        assert_eq!(sniff(text.as_bytes()), Some(FileKind::Svg));
        assert_eq!(sniff(b"  \n<svg>"), Some(FileKind::Svg));
    }

    #[test]
    fn svg_that_is_not_utf8_is_unknown() {
        assert_eq!(sniff(b"<svg>\xFF\xFE</svg>"), None);
    }

    #[test]
    fn an_upload_is_checked_for_size_before_its_kind() {
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0];
        assert_eq!(check_upload(&jpeg, &[FileKind::Jpeg], 3), Err(FileProblem::TooLarge { max_bytes: 3 }));
        assert_eq!(check_upload(&jpeg, &[FileKind::Jpeg], 4), Ok(FileKind::Jpeg));
        assert_eq!(
            check_upload(b"%PDF-1.4", &[FileKind::Jpeg], 100),
            Err(FileProblem::TypeNotAllowed { kind: FileKind::Pdf })
        );
    }

    #[test]
    fn kinds_have_lower_case_serde_names_mime_types_and_extensions() {
        let names: Vec<String> = FileKind::ALL.iter().map(|k| serde_json::to_string(k).unwrap_or_default()).collect();
        assert_eq!(names, ["\"jpeg\"", "\"png\"", "\"webp\"", "\"svg\"", "\"pdf\""]);
        assert_eq!(serde_json::from_str::<FileKind>("\"webp\"").ok(), Some(FileKind::Webp));
        assert!(serde_json::from_str::<FileKind>("\"jpg\"").is_err());
        assert_eq!(FileKind::Jpeg.mime(), "image/jpeg");
        assert_eq!(FileKind::Jpeg.extension(), "jpg");
        assert_eq!(FileKind::Svg.mime(), "image/svg+xml");
        let raster: Vec<_> = FileKind::ALL.into_iter().filter(|k| k.is_raster_image()).collect();
        assert_eq!(raster, [FileKind::Jpeg, FileKind::Png, FileKind::Webp]);
    }
}

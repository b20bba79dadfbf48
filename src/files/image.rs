//! Raster images are decoded before they are stored, so what is stored was
//! certainly a decodable image, and what is stored and served carries no
//! metadata (EXIF with GPS, XMP, IPTC, ICC profiles): an upright JPEG keeps
//! its compressed picture byte for byte with the metadata segments dropped;
//! everything else is re-encoded from the decoded pixels. A pixel limit,
//! checked against the header before anything is decoded, stops
//! decompression bombs.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbImage};

use super::kind::{FileKind, PNG_SIGNATURE, sniff};
use super::problem::FileProblem;

/// JPEG quality of cleaned photos: visually lossless for contest entries.
const JPEG_QUALITY: u8 = 90;
/// JPEG quality of thumbnails.
const THUMBNAIL_QUALITY: u8 = 85;

/// How big an image may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Width × height above this is refused before decoding.
    pub max_pixels: u64,
}

impl Default for Limits {
    /// 50 megapixels: more than any phone camera, far less than a bomb.
    fn default() -> Self {
        Limits { max_pixels: 50_000_000 }
    }
}

/// An image as it is stored: upright, without metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanImage {
    /// The cleaned file, of the same kind as the upload.
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Decodes an uploaded JPEG, PNG or WebP (which proves it is one) and stores
/// it in the same format without metadata. A grey or colour JPEG that needs
/// no turning keeps its compressed data as uploaded, with only the metadata
/// segments dropped (`strip_jpeg_metadata`): no second generation of JPEG
/// loss, and no encoder run, the dearest step of an upload. Any other image
/// is re-encoded from its pixels: JPEG at quality 90, PNG losslessly, WebP
/// losslessly (the only WebP encoder `image` has, so a lossy WebP grows),
/// with the EXIF orientation applied first so photos stay upright once the
/// metadata is gone. The output has no EXIF, XMP, IPTC, ICC or text chunks.
pub fn clean_image(bytes: &[u8], kind: FileKind, limits: &Limits) -> Result<CleanImage, FileProblem> {
    let (image, turned) = decode_upright(bytes, kind, limits)?;
    let kept = if kind == FileKind::Jpeg && !turned { strip_jpeg_metadata(bytes) } else { None };
    let bytes = match kept {
        Some(bytes) => bytes,
        None => encode(&image, kind)?,
    };
    Ok(CleanImage { bytes, width: image.width(), height: image.height() })
}

/// Decodes `bytes` as `kind`, upright. The format is forced from `kind`
/// (which must also be what the bytes sniff as), never guessed. The size is
/// read from the header and refused over `limits` before any pixel is
/// decoded. A JPEG must reach its end-of-image marker and a PNG its IEND
/// chunk, so a truncated file is refused rather than padded with grey.
pub fn decode_image(bytes: &[u8], kind: FileKind, limits: &Limits) -> Result<DynamicImage, FileProblem> {
    decode_upright(bytes, kind, limits).map(|(image, _)| image)
}

/// `decode_image`, and whether the EXIF orientation turned or mirrored it.
fn decode_upright(bytes: &[u8], kind: FileKind, limits: &Limits) -> Result<(DynamicImage, bool), FileProblem> {
    let format = image_format(kind)?;
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    if sniff(bytes) != Some(kind) {
        return Err(FileProblem::UnreadableImage);
    }
    if kind == FileKind::Png {
        let (width, height) = png_dimensions(bytes).ok_or(FileProblem::UnreadableImage)?;
        check_pixels(width, height, limits)?;
    }
    let complete = match kind {
        FileKind::Jpeg => jpeg_is_complete(bytes),
        FileKind::Png => png_is_complete(bytes),
        _ => true,
    };
    if !complete {
        return Err(FileProblem::UnreadableImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(decoder_limits(limits));
    let mut decoder = reader.into_decoder().map_err(|_| FileProblem::UnreadableImage)?;
    let (width, height) = decoder.dimensions();
    check_pixels(width, height, limits)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|error| match error {
        ImageError::Limits(_) => FileProblem::TooManyPixels { width, height, max_pixels: limits.max_pixels },
        _ => FileProblem::UnreadableImage,
    })?;
    image.apply_orientation(orientation);
    Ok((image, orientation != Orientation::NoTransforms))
}

/// Makes a thumbnail of a cleaned image: always a JPEG (quality 85, so one
/// kind to serve whatever the original was), transparency flattened onto
/// white, fitted within `max_side` × `max_side` keeping the aspect ratio,
/// never enlarged. Slow for big images: call it off the request path.
pub fn thumbnail(clean: &[u8], kind: FileKind, max_side: u32) -> Result<Vec<u8>, FileProblem> {
    let image = decode_image(clean, kind, &Limits::default())?;
    encode_thumbnail(&fit_within(image, max_side))
}

/// The image scaled down to fit within `max_side` × `max_side` (never enlarged).
pub fn fit_within(image: DynamicImage, max_side: u32) -> DynamicImage {
    let max_side = max_side.max(1);
    if image.width() <= max_side && image.height() <= max_side {
        image
    } else {
        image.resize(max_side, max_side, FilterType::Triangle)
    }
}

/// A fitted image as the thumbnail JPEG (transparency flattened onto white).
pub fn encode_thumbnail(fitted: &DynamicImage) -> Result<Vec<u8>, FileProblem> {
    let mut out = Vec::new();
    flatten_on_white(fitted)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, THUMBNAIL_QUALITY))
        .map_err(|_| FileProblem::EncodeFailed)?;
    Ok(out)
}

/// The `image` crate's format for a raster kind; SVG and PDF are not raster images.
fn image_format(kind: FileKind) -> Result<ImageFormat, FileProblem> {
    match kind {
        FileKind::Jpeg => Ok(ImageFormat::Jpeg),
        FileKind::Png => Ok(ImageFormat::Png),
        FileKind::Webp => Ok(ImageFormat::WebP),
        FileKind::Svg | FileKind::Pdf => Err(FileProblem::NotRasterImage { kind }),
    }
}

/// Refuses an image whose width × height exceeds the limit, or is empty.
fn check_pixels(width: u32, height: u32, limits: &Limits) -> Result<(), FileProblem> {
    if width == 0 || height == 0 {
        return Err(FileProblem::UnreadableImage);
    }
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(FileProblem::TooManyPixels { width, height, max_pixels: limits.max_pixels });
    }
    Ok(())
}

/// The decoder's own allocation cap: the pixel limit at 8 bytes a pixel
/// (16-bit RGBA, the widest a PNG decodes to) plus room for its buffers.
fn decoder_limits(limits: &Limits) -> image::Limits {
    let mut decoder_limits = image::Limits::default();
    decoder_limits.max_alloc = Some(limits.max_pixels.saturating_mul(8).saturating_add(64 << 20));
    decoder_limits
}

/// A PNG's width and height, read from its IHDR chunk, which must come
/// first right after the signature.
fn png_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let header = bytes.strip_prefix(&PNG_SIGNATURE)?.get(..16)?;
    if &header[4..8] != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes([header[8], header[9], header[10], header[11]]);
    let height = u32::from_be_bytes([header[12], header[13], header[14], header[15]]);
    Some((width, height))
}

/// Whether a PNG reaches a whole IEND chunk by walking its chunks from the
/// signature, each skipped by its length (the decoder checks the CRCs).
/// Bytes after IEND are allowed: re-encoding drops them.
pub(crate) fn png_is_complete(bytes: &[u8]) -> bool {
    let mut at = PNG_SIGNATURE.len();
    while let Some(header) = bytes.get(at..at + 8) {
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
        let Some(end) = usize::try_from(length).ok().and_then(|l| at.checked_add(12)?.checked_add(l)) else {
            return false;
        };
        if end > bytes.len() {
            return false;
        }
        if &header[4..8] == b"IEND" {
            return true;
        }
        at = end;
    }
    false
}

/// Whether a JPEG reaches its end-of-image marker (`FF D9`) by walking its
/// segments from SOI: each marker segment skipped by its length, entropy-coded
/// data after SOS scanned for the next marker (`FF 00` and restart markers
/// belong to the data). An EOI inside an embedded EXIF thumbnail does not
/// count; bytes after the real EOI are allowed.
pub(crate) fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let Some(mut at) = bytes.starts_with(&[0xFF, 0xD8]).then_some(2) else {
        return false;
    };
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return false;
        }
        while bytes.get(at) == Some(&0xFF) {
            at += 1;
        }
        let Some(&marker) = bytes.get(at) else {
            return false;
        };
        at += 1;
        match marker {
            0xD9 => return true,
            0x01 | 0xD0..=0xD7 => {}
            _ => {
                let Some(length) = bytes.get(at..at + 2).map(|l| usize::from(u16::from_be_bytes([l[0], l[1]]))) else {
                    return false;
                };
                if length < 2 {
                    return false;
                }
                at += length;
                if marker == 0xDA {
                    match next_marker_after_scan(bytes, at) {
                        Some(next) => at = next,
                        None => return false,
                    }
                }
            }
        }
    }
}

/// Where the marker that ends entropy-coded data starting at `from` begins.
fn next_marker_after_scan(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        at += bytes.get(at..)?.iter().position(|&b| b == 0xFF)?;
        let mut next = at + 1;
        while bytes.get(next) == Some(&0xFF) {
            next += 1;
        }
        match *bytes.get(next)? {
            0x00 | 0xD0..=0xD7 => at = next + 1,
            _ => return Some(at),
        }
    }
}

/// The JPEG's own compressed data without its metadata, or `None` when it
/// cannot be kept as it is (then it is re-encoded). Segments are copied from
/// SOI to EOI except APP1–APP15 (EXIF, XMP, ICC, IPTC, maker data…) and
/// comments; the scans are copied byte for byte, so the pixels are exactly
/// those of the upload. Kept: a JFIF APP0, rewritten without its thumbnail
/// (which could show the uncropped picture), and an Adobe APP14, which only
/// says how the colours are coded. Anything after EOI (appended pictures,
/// maker trailers) is dropped. Only 1- and 3-component pictures are kept as
/// they are; CMYK goes through the encoder like any turned photo.
fn strip_jpeg_metadata(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut at = bytes.starts_with(&[0xFF, 0xD8]).then_some(2)?;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return None;
        }
        while bytes.get(at) == Some(&0xFF) {
            at += 1;
        }
        let marker = *bytes.get(at)?;
        at += 1;
        match marker {
            0xD9 => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Some(out);
            }
            0x01 | 0xD0..=0xD7 => out.extend_from_slice(&[0xFF, marker]),
            _ => {
                let length = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
                let segment = bytes.get(at..at.checked_add(length)?).filter(|_| length >= 2)?;
                match marker {
                    // JFIF: version, units and density kept; thumbnail size 0 × 0.
                    0xE0 if segment.get(2..7) == Some(b"JFIF\0") => {
                        let fields = segment.get(7..14)?;
                        out.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x10]);
                        out.extend_from_slice(b"JFIF\0");
                        out.extend_from_slice(fields);
                        out.extend_from_slice(&[0, 0]);
                    }
                    0xEE if segment.get(2..7) == Some(b"Adobe") => {
                        out.extend_from_slice(&[0xFF, marker]);
                        out.extend_from_slice(segment);
                    }
                    0xE0..=0xEF | 0xFE => {}
                    // A frame header (SOF0–SOF15 but DHT, JPG and DAC): its component count.
                    0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                        if !matches!(segment.get(7), Some(1 | 3)) {
                            return None;
                        }
                        out.extend_from_slice(&[0xFF, marker]);
                        out.extend_from_slice(segment);
                    }
                    _ => {
                        out.extend_from_slice(&[0xFF, marker]);
                        out.extend_from_slice(segment);
                    }
                }
                at += length;
                if marker == 0xDA {
                    let next = next_marker_after_scan(bytes, at)?;
                    out.extend_from_slice(bytes.get(at..next)?);
                    at = next;
                }
            }
        }
    }
}

/// Re-encodes in `kind`'s format with no metadata: JPEG as 8-bit gray or
/// RGB, PNG in the decoded colour type, WebP losslessly as RGB or RGBA.
fn encode(image: &DynamicImage, kind: FileKind) -> Result<Vec<u8>, FileProblem> {
    let mut out = Vec::new();
    let grey = !image.color().has_color();
    let alpha = image.color().has_alpha();
    let written = match kind {
        FileKind::Jpeg if grey => {
            image.to_luma8().write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
        }
        FileKind::Jpeg => image.to_rgb8().write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)),
        FileKind::Png => image.write_with_encoder(PngEncoder::new(&mut out)),
        FileKind::Webp if alpha => image.to_rgba8().write_with_encoder(WebPEncoder::new_lossless(&mut out)),
        FileKind::Webp => image.to_rgb8().write_with_encoder(WebPEncoder::new_lossless(&mut out)),
        FileKind::Svg | FileKind::Pdf => return Err(FileProblem::NotRasterImage { kind }),
    };
    written.map_err(|_| FileProblem::EncodeFailed)?;
    Ok(out)
}

/// The image as 8-bit RGB, transparent pixels blended onto white.
fn flatten_on_white(image: &DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.to_rgb8();
    }
    let rgba = image.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let blend = |c: u8| ((u16::from(c) * u16::from(a) + 255 * u16::from(255 - a) + 127) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use image::{GenericImageView, Rgba, RgbaImage};

    use super::*;
    use crate::files::test_fixtures::*;

    fn cleaned(bytes: &[u8], kind: FileKind) -> CleanImage {
        match clean_image(bytes, kind, &Limits::default()) {
            Ok(clean) => clean,
            Err(problem) => panic!("refused: {problem:?}"),
        }
    }

    fn code(result: Result<CleanImage, FileProblem>) -> Option<&'static str> {
        result.err().map(|problem| problem.code())
    }

    fn decode(bytes: &[u8], format: ImageFormat) -> DynamicImage {
        image::load_from_memory_with_format(bytes, format).expect("decodable")
    }

    #[test]
    fn a_jpeg_with_gps_in_its_exif_comes_out_with_no_exif_at_all() {
        let original = jpeg_with_exif(&jpeg(&photo(64, 48, 1), 90), &exif_tiff(Some(1), true));
        assert_eq!(exif_in(&original), (true, true), "the fixture must carry GPS");
        let clean = cleaned(&original, FileKind::Jpeg);
        assert_eq!(exif_in(&clean.bytes), (false, false));
        assert!(!clean.bytes.windows(6).any(|w| w == b"Exif\0\0"));
        assert_eq!((clean.width, clean.height), (64, 48));
        assert_eq!(sniff(&clean.bytes), Some(FileKind::Jpeg));
    }

    #[test]
    fn a_cleaned_jpeg_has_no_app_segments_but_jfif() {
        let original = jpeg_with_exif(&jpeg(&photo(32, 32, 1), 90), &exif_tiff(None, true));
        let clean = cleaned(&original, FileKind::Jpeg).bytes;
        let mut at = 2;
        while clean[at] == 0xFF && clean[at + 1] != 0xDA {
            let marker = clean[at + 1];
            let length = usize::from(u16::from_be_bytes([clean[at + 2], clean[at + 3]]));
            if (0xE1..=0xEF).contains(&marker) || marker == 0xFE {
                panic!("metadata segment FF {marker:02X} left in");
            }
            at += 2 + length;
        }
    }

    /// `jpeg` with one more marker segment right after SOI, and `tail` after EOI.
    fn with_segment(jpeg: &[u8], marker: u8, payload: &[u8], tail: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8, 0xFF, marker];
        out.extend_from_slice(&((2 + payload.len()) as u16).to_be_bytes());
        out.extend_from_slice(payload);
        out.extend_from_slice(&jpeg[2..]);
        out.extend_from_slice(tail);
        out
    }

    #[test]
    fn an_upright_jpeg_keeps_its_picture_exactly_and_loses_only_its_metadata() {
        let picture = jpeg(&photo(64, 48, 3), 90);
        let original = with_segment(
            &jpeg_with_exif(&picture, &exif_tiff(Some(1), true)),
            0xFE,
            b"taken at home by Kim",
            b"MAKER TRAILER with a serial number",
        );
        let clean = cleaned(&original, FileKind::Jpeg);
        assert_eq!(
            decode(&clean.bytes, ImageFormat::Jpeg).to_rgb8(),
            decode(&picture, ImageFormat::Jpeg).to_rgb8(),
            "the same pixels: nothing was re-encoded"
        );
        assert_eq!(exif_in(&clean.bytes), (false, false));
        for secret in [&b"taken at home"[..], b"MAKER TRAILER", b"Exif"] {
            assert!(!clean.bytes.windows(secret.len()).any(|w| w == secret), "{secret:?} left in");
        }
        assert!(clean.bytes.ends_with(&[0xFF, 0xD9]));
        assert!(clean.bytes.len() < original.len());
    }

    #[test]
    fn a_jfif_header_keeps_its_density_but_not_its_thumbnail_and_an_adobe_header_is_kept() {
        let picture = jpeg(&photo(32, 24, 4), 90);
        // JFIF 1.02, dots per inch, 300 × 300, with a 1 × 1 thumbnail (3 bytes of RGB).
        let jfif = [b"JFIF\0".as_slice(), &[1, 2, 1, 1, 44, 1, 44, 1, 1, 0xAB, 0xCD, 0xEF]].concat();
        let adobe = [b"Adobe".as_slice(), &[0, 100, 0, 0, 0, 0, 1]].concat();
        let original = with_segment(&with_segment(&picture, 0xE0, &jfif, b""), 0xEE, &adobe, b"");
        let clean = cleaned(&original, FileKind::Jpeg).bytes;
        let expected_jfif = [&[0xFF, 0xE0, 0, 16][..], b"JFIF\0", &[1, 2, 1, 1, 44, 1, 44, 0, 0]].concat();
        assert!(clean.windows(expected_jfif.len()).any(|w| w == expected_jfif), "JFIF kept without its thumbnail");
        assert!(!clean.windows(3).any(|w| w == [0xAB, 0xCD, 0xEF]), "the thumbnail's pixels are gone");
        assert!(clean.windows(5).any(|w| w == b"Adobe"), "the Adobe colour header is kept");
    }

    #[test]
    fn a_turned_jpeg_is_re_encoded_rather_than_kept() {
        let picture = jpeg(&photo(40, 20, 5), 90);
        let original = jpeg_with_exif(&picture, &exif_tiff(Some(3), false));
        let clean = cleaned(&original, FileKind::Jpeg);
        let upside_down = decode(&picture, ImageFormat::Jpeg).rotate180().to_rgb8();
        let stored = decode(&clean.bytes, ImageFormat::Jpeg).to_rgb8();
        assert_eq!(stored.dimensions(), upside_down.dimensions());
        let first = |image: &RgbImage| image.get_pixel(0, 0).0;
        let close = first(&stored).iter().zip(first(&upside_down)).all(|(a, b)| a.abs_diff(b) < 40);
        assert!(
            close,
            "the stored picture is the upload turned half way: {:?} vs {:?}",
            first(&stored),
            first(&upside_down)
        );
    }

    #[test]
    fn the_exif_orientation_is_applied_so_the_photo_stays_upright() {
        let mut sideways = RgbaImage::from_pixel(40, 20, Rgba([0, 0, 255, 255]));
        for x in 0..10 {
            for y in 0..10 {
                sideways.put_pixel(x, y, Rgba([255, 0, 0, 255]));
            }
        }
        let stored = jpeg(&DynamicImage::ImageRgba8(sideways), 95);
        let original = jpeg_with_exif(&stored, &exif_tiff(Some(6), false));
        let clean = cleaned(&original, FileKind::Jpeg);
        assert_eq!((clean.width, clean.height), (20, 40), "orientation 6 turns the picture a quarter clockwise");
        let upright = decode(&clean.bytes, ImageFormat::Jpeg);
        let top_right = upright.get_pixel(17, 2).0;
        let top_left = upright.get_pixel(2, 2).0;
        assert!(top_right[0] > 200 && top_right[2] < 60, "{top_right:?}");
        assert!(top_left[2] > 200 && top_left[0] < 60, "{top_left:?}");
    }

    #[test]
    fn a_png_loses_its_exif_xmp_text_and_icc_chunks() {
        let plain = encode_as(&photo(40, 30, 2), ImageFormat::Png);
        let mut xmp = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
        xmp.extend_from_slice(XMP.as_bytes());
        let original = png_with_chunks(
            &plain,
            &[
                png_chunk(b"eXIf", &exif_tiff(None, true)),
                png_chunk(b"iTXt", &xmp),
                png_chunk(b"tEXt", b"Comment\0shot at home"),
                png_chunk(b"tIME", &[7, 232, 5, 1, 12, 0, 0]),
            ],
        );
        assert_eq!(exif_in(&original), (true, true), "the fixture must carry GPS");
        let clean = cleaned(&original, FileKind::Png);
        assert_eq!(exif_in(&clean.bytes), (false, false));
        let types = png_chunk_types(&clean.bytes);
        for gone in [b"eXIf", b"iTXt", b"tEXt", b"zTXt", b"tIME", b"iCCP"] {
            assert!(!types.contains(gone), "{} left in {types:?}", String::from_utf8_lossy(gone));
        }
        assert_eq!(types.first(), Some(b"IHDR"));
        assert_eq!(types.last(), Some(b"IEND"));
        assert_eq!(decode(&clean.bytes, ImageFormat::Png).to_rgb8(), decode(&plain, ImageFormat::Png).to_rgb8());
    }

    #[test]
    fn a_webp_loses_its_exif_and_xmp_chunks() {
        let image = photo(30, 20, 3);
        let original = webp_with_metadata(&encode_as(&image, ImageFormat::WebP), 30, 20, &exif_tiff(None, true));
        assert_eq!(exif_in(&original), (true, true), "the fixture must carry GPS");
        assert!(webp_chunk_types(&original).contains(b"XMP "));
        let clean = cleaned(&original, FileKind::Webp);
        assert_eq!(exif_in(&clean.bytes), (false, false));
        let types = webp_chunk_types(&clean.bytes);
        assert!(!types.contains(b"EXIF") && !types.contains(b"XMP ") && !types.contains(b"ICCP"), "{types:?}");
        assert_eq!(decode(&clean.bytes, ImageFormat::WebP).to_rgb8(), image.to_rgb8(), "lossless");
    }

    #[test]
    fn a_png_with_transparency_keeps_it() {
        let mut see_through = RgbaImage::from_pixel(8, 8, Rgba([10, 20, 30, 0]));
        see_through.put_pixel(1, 1, Rgba([200, 100, 50, 128]));
        let original = encode_as(&DynamicImage::ImageRgba8(see_through.clone()), ImageFormat::Png);
        let clean = cleaned(&original, FileKind::Png);
        assert_eq!(decode(&clean.bytes, ImageFormat::Png).to_rgba8(), see_through);
    }

    #[test]
    fn html_or_svg_renamed_to_jpg_is_not_a_readable_jpeg() {
        let html = b"<html><body><img src=x onerror=alert(1)></body></html>";
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
        assert_eq!(code(clean_image(html, FileKind::Jpeg, &Limits::default())), Some("unreadable_image"));
        assert_eq!(code(clean_image(svg, FileKind::Jpeg, &Limits::default())), Some("unreadable_image"));
    }

    #[test]
    fn bytes_of_one_image_kind_are_not_read_as_another() {
        let png = encode_as(&photo(8, 8, 1), ImageFormat::Png);
        assert_eq!(code(clean_image(&png, FileKind::Jpeg, &Limits::default())), Some("unreadable_image"));
        assert_eq!(code(clean_image(&png, FileKind::Webp, &Limits::default())), Some("unreadable_image"));
    }

    #[test]
    fn svg_and_pdf_are_not_raster_images() {
        for kind in [FileKind::Svg, FileKind::Pdf] {
            assert_eq!(code(clean_image(b"%PDF-1.4", kind, &Limits::default())), Some("not_raster_image"));
        }
    }

    #[test]
    fn an_empty_file_is_refused_as_empty() {
        for kind in [FileKind::Jpeg, FileKind::Png, FileKind::Webp] {
            assert_eq!(clean_image(b"", kind, &Limits::default()).err(), Some(FileProblem::Empty));
        }
    }

    #[test]
    fn truncated_images_are_refused() {
        let image = photo(64, 64, 4);
        for (kind, format, bytes) in [
            (FileKind::Jpeg, ImageFormat::Jpeg, jpeg(&image, 90)),
            (FileKind::Png, ImageFormat::Png, encode_as(&image, ImageFormat::Png)),
            (FileKind::Webp, ImageFormat::WebP, encode_as(&image, ImageFormat::WebP)),
        ] {
            for keep in [bytes.len() / 2, bytes.len() - 4, 20, 3] {
                let result = clean_image(&bytes[..keep], kind, &Limits::default());
                assert_eq!(code(result), Some("unreadable_image"), "{format:?} cut to {keep} bytes");
            }
        }
    }

    #[test]
    fn a_jpeg_cut_just_before_its_end_marker_is_refused() {
        let whole = jpeg(&photo(64, 64, 4), 90);
        assert_eq!(&whole[whole.len() - 2..], [0xFF, 0xD9]);
        assert_eq!(
            code(clean_image(&whole[..whole.len() - 2], FileKind::Jpeg, &Limits::default())),
            Some("unreadable_image")
        );
    }

    #[test]
    fn a_jpeg_whose_only_end_marker_is_in_its_exif_thumbnail_is_incomplete() {
        let mut tiff = exif_tiff(None, false);
        tiff.extend_from_slice(&[0xFF, 0xD8, 0xFF, 0xD9]);
        let whole = jpeg_with_exif(&jpeg(&photo(32, 32, 4), 90), &tiff);
        assert!(jpeg_is_complete(&whole));
        let cut = &whole[..whole.len() - 100];
        assert!(!jpeg_is_complete(cut));
        let mut with_trailer = whole.clone();
        with_trailer.extend_from_slice(b"trailing junk");
        assert!(jpeg_is_complete(&with_trailer));
    }

    #[test]
    fn a_png_must_reach_its_end_chunk() {
        let whole = encode_as(&photo(16, 16, 4), ImageFormat::Png);
        assert!(png_is_complete(&whole));
        assert!(!png_is_complete(&whole[..whole.len() - 1]));
        assert!(!png_is_complete(&whole[..whole.len() - 12]));
        assert!(!png_is_complete(&PNG_SIGNATURE));
        let mut with_trailer = whole.clone();
        with_trailer.extend_from_slice(b"<html>");
        assert!(png_is_complete(&with_trailer));
    }

    /// A PNG that is only a signature, an IHDR claiming `width` × `height`
    /// RGBA pixels, a tiny IDAT and IEND.
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend(png_chunk(b"IHDR", &ihdr));
        png.extend(png_chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
        png.extend(png_chunk(b"IEND", &[]));
        png
    }

    #[test]
    fn a_png_claiming_100000_by_100000_pixels_is_refused_without_being_allocated() {
        let started = Instant::now();
        let result = clean_image(&png_claiming(100_000, 100_000), FileKind::Png, &Limits::default());
        assert_eq!(
            result.err(),
            Some(FileProblem::TooManyPixels { width: 100_000, height: 100_000, max_pixels: 50_000_000 })
        );
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(
            thumbnail(&png_claiming(100_000, 100_000), FileKind::Png, 100).err().map(|p| p.code()),
            Some("too_many_pixels")
        );
    }

    #[test]
    fn a_jpeg_whose_header_claims_huge_dimensions_is_refused_before_decoding() {
        let mut bomb = jpeg(&photo(16, 16, 5), 90);
        let sof = bomb.windows(2).position(|w| w == [0xFF, 0xC0]).expect("baseline SOF0");
        bomb[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xF0, 0xFF, 0xF0]);
        let started = Instant::now();
        assert_eq!(
            clean_image(&bomb, FileKind::Jpeg, &Limits::default()).err(),
            Some(FileProblem::TooManyPixels { width: 0xFFF0, height: 0xFFF0, max_pixels: 50_000_000 })
        );
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn the_pixel_limit_is_width_times_height() {
        let png = encode_as(&photo(20, 10, 6), ImageFormat::Png);
        assert!(clean_image(&png, FileKind::Png, &Limits { max_pixels: 200 }).is_ok());
        assert_eq!(
            clean_image(&png, FileKind::Png, &Limits { max_pixels: 199 }).err(),
            Some(FileProblem::TooManyPixels { width: 20, height: 10, max_pixels: 199 })
        );
        let webp = encode_as(&photo(20, 10, 6), ImageFormat::WebP);
        assert_eq!(code(clean_image(&webp, FileKind::Webp, &Limits { max_pixels: 199 })), Some("too_many_pixels"));
    }

    #[test]
    fn a_png_with_zero_width_is_unreadable() {
        assert_eq!(
            code(clean_image(&png_claiming(0, 10), FileKind::Png, &Limits::default())),
            Some("unreadable_image")
        );
    }

    #[test]
    fn thumbnails_fit_within_the_side_keep_the_aspect_ratio_and_are_jpeg() {
        let clean = cleaned(&encode_as(&photo(400, 200, 7), ImageFormat::Png), FileKind::Png);
        let thumb = thumbnail(&clean.bytes, FileKind::Png, 100).expect("thumbnail");
        assert_eq!(sniff(&thumb), Some(FileKind::Jpeg));
        assert_eq!(decode(&thumb, ImageFormat::Jpeg).dimensions(), (100, 50));
    }

    #[test]
    fn thumbnails_of_small_images_are_never_enlarged() {
        let clean = cleaned(&jpeg(&photo(40, 30, 7), 90), FileKind::Jpeg);
        let thumb = thumbnail(&clean.bytes, FileKind::Jpeg, 320).expect("thumbnail");
        assert_eq!(decode(&thumb, ImageFormat::Jpeg).dimensions(), (40, 30));
    }

    #[test]
    fn thumbnails_flatten_transparency_onto_white() {
        let mut logo = RgbaImage::from_pixel(10, 10, Rgba([0, 0, 0, 0]));
        logo.put_pixel(5, 5, Rgba([0, 0, 0, 255]));
        let clean = cleaned(&encode_as(&DynamicImage::ImageRgba8(logo), ImageFormat::WebP), FileKind::Webp);
        let thumb = decode(&thumbnail(&clean.bytes, FileKind::Webp, 10).expect("thumbnail"), ImageFormat::Jpeg);
        let corner = thumb.get_pixel(0, 0).0;
        assert!(corner[..3].iter().all(|&c| c > 240), "{corner:?}");
    }

    #[test]
    fn thumbnails_refuse_what_is_not_an_image() {
        assert_eq!(thumbnail(b"<html/>", FileKind::Jpeg, 100).err().map(|p| p.code()), Some("unreadable_image"));
        assert_eq!(thumbnail(b"%PDF-1.4", FileKind::Pdf, 100).err().map(|p| p.code()), Some("not_raster_image"));
    }

    #[test]
    fn grey_jpegs_stay_grey() {
        let grey = DynamicImage::ImageLuma8(photo(16, 16, 8).to_luma8());
        let mut original = Vec::new();
        grey.write_with_encoder(JpegEncoder::new_with_quality(&mut original, 90)).expect("encode");
        let clean = cleaned(&original, FileKind::Jpeg);
        assert!(!decode(&clean.bytes, ImageFormat::Jpeg).color().has_color());
    }
}

//! Files the tests need, made in code: a procedural "photo", and JPEG, PNG
//! and WebP files with EXIF (GPS included) and XMP spliced in.

use std::f32::consts::TAU;
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, RgbImage};

/// A deterministic textured picture: a wave, a vertical gradient, a bright
/// disc, a dark bar and fine noise. Different seeds move and reshape them.
pub fn photo(width: u32, height: u32, seed: u32) -> DynamicImage {
    let s = seed as f32;
    let (cx, cy) = (0.25 + 0.5 * fraction(s * 0.37), 0.25 + 0.5 * fraction(s * 0.61));
    let frequency = 1.0 + (seed % 4) as f32;
    let bar_y = 0.15 + 0.7 * fraction(s * 0.29 + 0.5);
    let diagonal = if seed.is_multiple_of(2) { 1.0 } else { -1.0 };
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
        let u = x as f32 / width as f32;
        let v = y as f32 / height as f32;
        let wave = ((u + diagonal * v) * frequency * TAU / 2.0 + s).sin();
        let disc = if (u - cx).hypot(v - cy) < 0.18 { 1.0 } else { 0.0 };
        let bar = if (v - bar_y).abs() < 0.07 && (0.1..0.65).contains(&u) { 1.0 } else { 0.0 };
        let noise = (noise(x, y, seed) % 17) as f32 - 8.0;
        let channel = |value: f32| (value + noise).clamp(0.0, 255.0) as u8;
        image::Rgb([
            channel(90.0 + 60.0 * wave + 110.0 * disc - 70.0 * bar),
            channel(40.0 + 160.0 * v + 40.0 * disc - 90.0 * bar),
            channel(200.0 - 140.0 * u + 40.0 * wave * (1.0 - disc) - 60.0 * bar),
        ])
    }))
}

fn fraction(x: f32) -> f32 {
    x - x.floor()
}

fn noise(x: u32, y: u32, seed: u32) -> u32 {
    let mut h = x.wrapping_mul(0x9E37_79B1) ^ y.wrapping_mul(0x85EB_CA77) ^ seed.wrapping_mul(0xC2B2_AE3D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^ (h >> 12)
}

/// `image` encoded in `format` with the crate's defaults.
pub fn encode_as(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let written = image.write_to(&mut out, format);
    assert!(written.is_ok(), "{written:?}");
    out.into_inner()
}

/// `image` as a JPEG of the given quality.
pub fn jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let written = image.to_rgb8().write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality));
    assert!(written.is_ok(), "{written:?}");
    out
}

/// The CRC-32 PNG chunks end with.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// One PNG chunk: length, type, data, CRC.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(kind);
    chunk.extend_from_slice(data);
    chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
    chunk
}

/// The chunk types of a PNG, in order.
pub fn png_chunk_types(png: &[u8]) -> Vec<[u8; 4]> {
    let mut types = Vec::new();
    let mut at = 8;
    while at + 8 <= png.len() {
        let length = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        types.push([png[at + 4], png[at + 5], png[at + 6], png[at + 7]]);
        at += 12 + length;
    }
    types
}

/// A PNG with `chunks` inserted right after IHDR (the signature and IHDR are 33 bytes).
pub fn png_with_chunks(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = png[..33].to_vec();
    for chunk in chunks {
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&png[33..]);
    out
}

/// A minimal little-endian TIFF structure as EXIF carries it: IFD0 with an
/// optional Orientation and, when `gps`, a GPS IFD with latitude and
/// longitude (Sejong City, 36°28'48"N 127°17'0"E).
pub fn exif_tiff(orientation: Option<u16>, gps: bool) -> Vec<u8> {
    let ifd0_entries = usize::from(orientation.is_some()) + usize::from(gps);
    let gps_ifd = 8 + 2 + 12 * ifd0_entries + 4;
    let latitude_at = gps_ifd + 2 + 12 * 4 + 4;
    let longitude_at = latitude_at + 24;
    let mut tiff = b"II\x2A\x00".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&(ifd0_entries as u16).to_le_bytes());
    if let Some(value) = orientation {
        entry(&mut tiff, 0x0112, 3, 1, &[value.to_le_bytes()[0], value.to_le_bytes()[1], 0, 0]);
    }
    if gps {
        entry(&mut tiff, 0x8825, 4, 1, &(gps_ifd as u32).to_le_bytes());
    }
    tiff.extend_from_slice(&0u32.to_le_bytes());
    if gps {
        tiff.extend_from_slice(&4u16.to_le_bytes());
        entry(&mut tiff, 0x0001, 2, 2, b"N\0\0\0");
        entry(&mut tiff, 0x0002, 5, 3, &(latitude_at as u32).to_le_bytes());
        entry(&mut tiff, 0x0003, 2, 2, b"E\0\0\0");
        entry(&mut tiff, 0x0004, 5, 3, &(longitude_at as u32).to_le_bytes());
        tiff.extend_from_slice(&0u32.to_le_bytes());
        for (numerator, denominator) in [(36u32, 1u32), (28, 1), (4800, 100), (127, 1), (17, 1), (0, 1)] {
            tiff.extend_from_slice(&numerator.to_le_bytes());
            tiff.extend_from_slice(&denominator.to_le_bytes());
        }
    }
    tiff
}

fn entry(tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: &[u8; 4]) {
    tiff.extend_from_slice(&tag.to_le_bytes());
    tiff.extend_from_slice(&kind.to_le_bytes());
    tiff.extend_from_slice(&count.to_le_bytes());
    tiff.extend_from_slice(value);
}

/// A JPEG with an APP1 `Exif\0\0` segment holding `tiff` right after SOI.
pub fn jpeg_with_exif(jpeg: &[u8], tiff: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((2 + 6 + tiff.len()) as u16).to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(tiff);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// An XMP packet that names a place and a camera owner.
pub const XMP: &str = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="36,28.8N" exif:OwnerName="Kim"/></rdf:RDF></x:xmpmeta>"#;

/// A simple (VP8L-only) WebP rewrapped as an extended one with EXIF and XMP chunks.
pub fn webp_with_metadata(webp: &[u8], width: u32, height: u32, tiff: &[u8]) -> Vec<u8> {
    assert_eq!(&webp[12..16], b"VP8L", "expected a lossless WebP");
    let mut vp8x = vec![0x08 | 0x04, 0, 0, 0];
    vp8x.extend_from_slice(&(width - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(height - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    body.extend_from_slice(&webp[12..]);
    body.extend(riff_chunk(b"EXIF", tiff));
    body.extend(riff_chunk(b"XMP ", XMP.as_bytes()));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend(body);
    out
}

fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = kind.to_vec();
    chunk.extend_from_slice(&(data.len() as u32).to_le_bytes());
    chunk.extend_from_slice(data);
    if data.len() % 2 == 1 {
        chunk.push(0);
    }
    chunk
}

/// The chunk types inside a WebP's RIFF container, in order.
pub fn webp_chunk_types(webp: &[u8]) -> Vec<[u8; 4]> {
    let mut types = Vec::new();
    let mut at = 12;
    while at + 8 <= webp.len() {
        let length = u32::from_le_bytes([webp[at + 4], webp[at + 5], webp[at + 6], webp[at + 7]]) as usize;
        types.push([webp[at], webp[at + 1], webp[at + 2], webp[at + 3]]);
        at += 8 + length + length % 2;
    }
    types
}

/// Whether the `exif` crate finds any EXIF in the file, and whether it has a GPS latitude.
pub fn exif_in(file: &[u8]) -> (bool, bool) {
    match exif::Reader::new().read_from_container(&mut Cursor::new(file)) {
        Ok(found) => (true, found.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY).is_some()),
        Err(_) => (false, false),
    }
}

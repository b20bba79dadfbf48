//! Files in entries' slots: uploads decided by content and cleaned, served
//! without metadata or script, kept to their slots' limits, and read only by
//! the entrant and (once submitted) the contest's organizers.

use std::f32::consts::TAU;
use std::io::Cursor;
use std::time::Duration;

use chrono::TimeDelta;
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, RgbImage};
use modu::db::files::StoredFile;
use modu::domain::contest::ContestKind;
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::helpers::*;
use crate::support::*;

const CITIZEN: &str = "photographer@example.kr";
const MB: usize = 1024 * 1024;

// ---------------------------------------------------------------- arranging

/// A contest document of the photo kind (slot `photos`: JPEG, PNG, WebP, 1 to 3).
fn photo_contest(slug: &str) -> Value {
    let mut doc = naming_contest(slug, TimeDelta::days(7));
    doc["kind"] = json!("photo");
    doc["title"] = json!({ "ko": "스마트시티 사진 공모전", "en": "Smart city photo contest" });
    doc
}

/// A photo contest whose `photos` slot takes files of at most `max_bytes`.
fn photo_contest_with_limit(slug: &str, max_bytes: u64) -> Value {
    let mut doc = photo_contest(slug);
    let mut form = serde_json::to_value(ContestKind::Photo.default_form()).unwrap();
    form["file_slots"][0]["max_bytes"] = json!(max_bytes);
    doc["form"] = form;
    doc
}

/// A contest document of the design kind (slots `logo`: SVG, PNG, JPEG; `guide`: PDF).
fn design_contest(slug: &str) -> Value {
    let mut doc = naming_contest(slug, TimeDelta::days(7));
    doc["kind"] = json!("design");
    doc["title"] = json!({ "ko": "세종시 BI 공모전", "en": "Sejong BI contest" });
    doc
}

/// Answers that complete the photo kind's default form.
fn complete_photo() -> Value {
    json!({
        "title": "호수공원의 아침",
        "place": "세종 호수공원",
        "taken_on": "2026-04-12",
        "description": "물안개가 걷히는 아침의 호수공원",
        "exhibition_licence": true,
    })
}

struct Setup {
    w: World,
    contest: String,
    citizen: Account,
    /// A draft of the citizen's with complete answers and no files yet.
    entry: String,
}

impl Setup {
    fn app(&self) -> &TestApp {
        &self.w.app
    }

    fn token(&self) -> &str {
        &self.citizen.access_token
    }
}

/// A world with an open contest made from `document` and a citizen's draft in it.
async fn setup(document: Value, answers: Value) -> Setup {
    let w = world().await;
    let contest = id_of(&w.open_contest(document).await);
    let citizen = w.app.verified_account(CITIZEN).await;
    let entry = id_of(&draft_entry(&w.app, &citizen.access_token, &contest, answers).await);
    Setup { w, contest, citizen, entry }
}

async fn photo_setup() -> Setup {
    setup(photo_contest("sejong-photo"), complete_photo()).await
}

async fn design_setup() -> Setup {
    setup(design_contest("sejong-bi"), json!({ "title": "세종의 빛" })).await
}

/// Uploads a JPEG photo into `photos` and returns the file's view.
async fn uploaded_photo(s: &Setup, seed: u32) -> Value {
    let response = upload(s.app(), s.token(), &s.entry, "photos", "photo.jpg", "image/jpeg", &photo_jpeg(seed)).await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

/// Uploads one photo and submits the entry; returns the file's view.
async fn submitted_with_photo(s: &Setup) -> Value {
    let file = uploaded_photo(s, 1).await;
    let submitted = submit_entry(s.app(), s.token(), &s.entry).await;
    assert_eq!(submitted.status(), 200, "{}", submitted.text().await.unwrap());
    file
}

/// Uploads that must be refused, checked to leave no row, no stored bytes
/// and no audit event behind. Returns the problem document.
#[allow(clippy::too_many_arguments)] // The upload's own arguments, then the expected refusal.
async fn refused_upload(
    s: &Setup,
    token: &str,
    slot: &str,
    filename: &str,
    content_type: &str,
    bytes: &[u8],
    status: u16,
    code: &str,
) -> Value {
    let app = s.app();
    let (rows, stored, audited) = (file_rows(app).await.len(), stored_uploads(app), app.count("audit_events").await);
    let response = upload(app, token, &s.entry, slot, filename, content_type, bytes).await;
    let body = problem(response, status, code).await;
    assert_eq!(file_rows(app).await.len(), rows, "a refused upload adds no row");
    assert_eq!(stored_uploads(app), stored, "a refused upload leaves no bytes in storage");
    assert_eq!(app.count("audit_events").await, audited, "a refused upload is not recorded as uploaded");
    body
}

/// The `(field, code)` pairs of a validation problem.
fn field_codes(body: &Value) -> Vec<(String, String)> {
    body["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap_or_default().to_owned(),
                        e["code"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn file_path(id: &str) -> String {
    format!("/api/v1/files/{id}")
}

fn files_path(entry: &str) -> String {
    format!("/api/v1/entries/{entry}/files")
}

async fn delete_file(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    app.client.delete(app.url(&file_path(id))).bearer_auth(token).send().await.unwrap()
}

async fn download(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    app.get_as(&file_path(id), token).await
}

async fn bytes_of(response: reqwest::Response) -> Vec<u8> {
    assert_eq!(response.status(), 200);
    response.bytes().await.unwrap().to_vec()
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The file's row once the background worker has processed it (waits up to 10 s).
async fn processed(app: &TestApp, id: &str) -> StoredFile {
    for _ in 0..100 {
        if let Some(row) = file_rows(app).await.into_iter().find(|f| f.id == id && f.processed_at.is_some()) {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the worker did not process file {id} within 10 s");
}

/// The thumbnail once the worker has made it (waits up to 10 s).
async fn thumbnail(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    let path = format!("{}/thumbnail", file_path(id));
    for _ in 0..100 {
        let response = app.get_as(&path, token).await;
        if response.status() == 200 {
            return response;
        }
        assert_eq!(response.status(), 404, "only 404 while the thumbnail is being made");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no thumbnail for file {id} within 10 s");
}

// ---------------------------------------------------------------- fixtures
// Copied from src/files/test_fixtures.rs (the lib's #[cfg(test)] items are
// not visible to integration tests).

/// A deterministic textured picture; different seeds make different pictures.
fn photo(width: u32, height: u32, seed: u32) -> DynamicImage {
    let s = seed as f32;
    let fraction = |x: f32| x - x.floor();
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

fn noise(x: u32, y: u32, seed: u32) -> u32 {
    let mut h = x.wrapping_mul(0x9E37_79B1) ^ y.wrapping_mul(0x85EB_CA77) ^ seed.wrapping_mul(0xC2B2_AE3D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^ (h >> 12)
}

fn encode_as(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, format).unwrap();
    out.into_inner()
}

fn jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    image.to_rgb8().write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality)).unwrap();
    out
}

/// A small JPEG photo.
pub(crate) fn photo_jpeg(seed: u32) -> Vec<u8> {
    jpeg(&photo(64, 48, seed), 90)
}

/// A small PNG photo.
fn photo_png(seed: u32) -> Vec<u8> {
    encode_as(&photo(48, 32, seed), ImageFormat::Png)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(kind);
    chunk.extend_from_slice(data);
    chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
    chunk
}

/// A PNG with `chunks` inserted right after IHDR (signature and IHDR are 33 bytes).
fn png_with_chunks(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = png[..33].to_vec();
    for chunk in chunks {
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&png[33..]);
    out
}

/// A little-endian TIFF as EXIF carries it: IFD0 with an optional
/// Orientation and, when `gps`, a GPS IFD with latitude and longitude.
fn exif_tiff(orientation: Option<u16>, gps: bool) -> Vec<u8> {
    fn entry(tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: &[u8; 4]) {
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&count.to_le_bytes());
        tiff.extend_from_slice(value);
    }
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

/// A JPEG with an APP1 `Exif\0\0` segment holding `tiff` right after SOI.
fn jpeg_with_exif(jpeg: &[u8], tiff: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((2 + 6 + tiff.len()) as u16).to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(tiff);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A lossless WebP rewrapped as an extended one with an EXIF chunk.
fn webp_with_exif(webp: &[u8], width: u32, height: u32, tiff: &[u8]) -> Vec<u8> {
    fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = kind.to_vec();
        chunk.extend_from_slice(&(data.len() as u32).to_le_bytes());
        chunk.extend_from_slice(data);
        if data.len() % 2 == 1 {
            chunk.push(0);
        }
        chunk
    }
    assert_eq!(&webp[12..16], b"VP8L", "expected a lossless WebP");
    let mut vp8x = vec![0x08, 0, 0, 0];
    vp8x.extend_from_slice(&(width - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(height - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    body.extend_from_slice(&webp[12..]);
    body.extend(riff_chunk(b"EXIF", tiff));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend(body);
    out
}

/// Whether an EXIF reader finds any EXIF in the file, and whether it has a GPS latitude.
fn exif_in(file: &[u8]) -> (bool, bool) {
    match exif::Reader::new().read_from_container(&mut Cursor::new(file)) {
        Ok(found) => (true, found.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY).is_some()),
        Err(_) => (false, false),
    }
}

/// A PNG whose header claims 100 000 × 100 000 pixels (a decompression bomb's
/// opening): the signature, IHDR and IEND, with valid CRCs.
fn huge_png() -> Vec<u8> {
    let mut ihdr = 100_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = vec![0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];
    png.extend(png_chunk(b"IHDR", &ihdr));
    png.extend(png_chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n\
2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

const LOGO_WITH_SCRIPT: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(document.cookie)</script><a href="javascript:alert(2)"><text>click</text></a><path d="M0 0h10v10z" style="fill:red"/><circle cx="5" cy="5" r="2" fill="#0a7" onclick="alert(3)"/></svg>"##;

// ---------------------------------------------------------------- uploading

#[tokio::test]
async fn an_uploaded_photo_is_stored_with_its_kind_size_dimensions_and_sha256() {
    let s = photo_setup().await;

    let response = upload(s.app(), s.token(), &s.entry, "photos", "lake.jpg", "image/jpeg", &photo_jpeg(1)).await;

    assert_eq!(response.status(), 201);
    let file: Value = response.json().await.unwrap();
    assert_eq!(file["entry_id"], s.entry.as_str());
    assert_eq!(file["slot"], "photos");
    assert_eq!(file["kind"], "jpeg");
    assert_eq!((file["width"].as_i64(), file["height"].as_i64()), (Some(64), Some(48)));
    assert_eq!(file["original_name"], "lake.jpg");
    assert!(file["created_at"].is_string());
    let id = id_of(&file);
    let on_disk = storage_dir(s.app()).join(&s.contest).join(format!("{id}.jpg"));
    assert_eq!(stored_uploads(s.app()), vec![on_disk.clone()], "stored under a server-made name");
    let stored = std::fs::read(&on_disk).unwrap();
    assert_eq!(file["size_bytes"].as_u64(), Some(stored.len() as u64));
    assert_eq!(file["sha256"], sha256(&stored).as_str());
    let rows = file_rows(s.app()).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].sha256, sha256(&stored));
    assert_eq!(rows[0].contest_id, s.contest);
    let served = bytes_of(download(s.app(), s.token(), &id).await).await;
    assert_eq!(sha256(&served), rows[0].sha256, "the stored hash is the served file's");
    let listed: Value = s.app().get_as(&files_path(&s.entry), s.token()).await.json().await.unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["id"], id.as_str());
    assert_eq!(listed[0]["sha256"], file["sha256"]);
}

#[tokio::test]
async fn a_png_named_jpg_and_sent_as_image_jpeg_is_stored_as_a_png_where_the_slot_takes_png() {
    let s = photo_setup().await;

    let response = upload(s.app(), s.token(), &s.entry, "photos", "sunset.jpg", "image/jpeg", &photo_png(2)).await;

    assert_eq!(response.status(), 201);
    let file: Value = response.json().await.unwrap();
    assert_eq!(file["kind"], "png");
    assert_eq!(file["original_name"], "sunset.jpg");
    let id = id_of(&file);
    assert_eq!(stored_uploads(s.app()), vec![storage_dir(s.app()).join(&s.contest).join(format!("{id}.png"))]);
    let served = download(s.app(), s.token(), &id).await;
    assert_eq!(header(&served, "content-type"), "image/png");
    let bytes = bytes_of(served).await;
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[tokio::test]
async fn a_png_named_pdf_is_refused_as_file_type_not_allowed_by_a_slot_that_takes_only_pdf() {
    let s = design_setup().await;

    let body =
        refused_upload(&s, s.token(), "guide", "guide.pdf", "application/pdf", &photo_png(3), 422, "validation_failed")
            .await;

    assert_eq!(field_codes(&body), vec![("file".to_owned(), "file_type_not_allowed".to_owned())]);
}

#[tokio::test]
async fn html_renamed_to_jpg_is_refused_as_an_unknown_type() {
    let s = photo_setup().await;
    let html = b"<!DOCTYPE html><html><body><script>fetch('/api/v1/me')</script></body></html>";

    let body = refused_upload(&s, s.token(), "photos", "photo.jpg", "image/jpeg", html, 422, "validation_failed").await;

    assert_eq!(field_codes(&body), vec![("file".to_owned(), "unknown_file_type".to_owned())]);
}

#[tokio::test]
async fn an_svg_renamed_to_jpg_is_refused_by_a_slot_that_takes_only_raster_photos() {
    let s = photo_setup().await;

    let body = refused_upload(
        &s,
        s.token(),
        "photos",
        "photo.jpg",
        "image/jpeg",
        LOGO_WITH_SCRIPT.as_bytes(),
        422,
        "validation_failed",
    )
    .await;

    assert_eq!(field_codes(&body), vec![("file".to_owned(), "file_type_not_allowed".to_owned())]);
}

#[tokio::test]
async fn a_truncated_jpeg_or_png_is_refused_as_unreadable() {
    let s = photo_setup().await;
    let jpeg = photo_jpeg(4);
    let png = photo_png(4);

    for (name, bytes) in [("cut.jpg", &jpeg[..jpeg.len() / 2]), ("cut.png", &png[..png.len() / 2])] {
        let body = refused_upload(&s, s.token(), "photos", name, "image/jpeg", bytes, 422, "validation_failed").await;
        assert_eq!(field_codes(&body), vec![("file".to_owned(), "unreadable_image".to_owned())], "{name}");
    }
}

#[tokio::test]
async fn an_empty_file_is_refused() {
    let s = photo_setup().await;

    let body = refused_upload(&s, s.token(), "photos", "empty.jpg", "image/jpeg", b"", 422, "validation_failed").await;

    assert_eq!(field_codes(&body), vec![("file".to_owned(), "empty_file".to_owned())]);
}

#[tokio::test]
async fn a_png_claiming_a_huge_size_is_refused_before_it_is_decoded() {
    let s = photo_setup().await;

    let body =
        refused_upload(&s, s.token(), "photos", "bomb.png", "image/png", &huge_png(), 422, "validation_failed").await;

    assert_eq!(field_codes(&body), vec![("file".to_owned(), "too_many_pixels".to_owned())]);
}

#[tokio::test]
async fn a_file_over_the_slots_size_limit_is_refused_with_413_and_nothing_is_stored() {
    let s = setup(photo_contest_with_limit("small-photos", 64 * 1024), complete_photo()).await;
    let big = encode_as(&photo(400, 400, 5), ImageFormat::Png);
    assert!(big.len() > 64 * 1024, "the fixture must exceed the limit ({} bytes)", big.len());

    refused_upload(&s, s.token(), "photos", "big.png", "image/png", &big, 413, "payload_too_large").await;

    let small = upload(s.app(), s.token(), &s.entry, "photos", "small.jpg", "image/jpeg", &photo_jpeg(5)).await;
    assert_eq!(small.status(), 201, "a file within the limit is still taken");
}

#[tokio::test]
async fn a_file_over_the_slots_size_limit_is_refused_while_it_streams_in() {
    // 3 MiB against a 64 KiB slot: refused after the first 64 KiB arrived,
    // whatever comes after (here not even an image).
    let s = setup(photo_contest_with_limit("streamed-photos", 64 * 1024), complete_photo()).await;
    let mut huge = photo_jpeg(6);
    huge.resize(3 * MB, 0xAB);

    refused_upload(&s, s.token(), "photos", "huge.jpg", "image/jpeg", &huge, 413, "payload_too_large").await;
}

#[tokio::test]
async fn an_unknown_slot_is_a_bad_request() {
    let s = photo_setup().await;

    refused_upload(&s, s.token(), "logo", "photo.jpg", "image/jpeg", &photo_jpeg(1), 400, "invalid_parameter").await;
}

#[tokio::test]
async fn a_fourth_photo_is_refused_because_the_slot_holds_three() {
    let s = photo_setup().await;
    for seed in 1..=3 {
        uploaded_photo(&s, seed).await;
    }

    refused_upload(&s, s.token(), "photos", "fourth.jpg", "image/jpeg", &photo_jpeg(4), 409, "conflict").await;

    assert_eq!(file_rows(s.app()).await.len(), 3);
    assert_eq!(stored_uploads(s.app()).len(), 3);
}

/// A POST to the upload endpoint with a body made entirely by the caller.
async fn post_raw(s: &Setup, query: &str, content_type: &str, body: &'static str) -> reqwest::Response {
    let url = s.app().url(&format!("{}{query}", files_path(&s.entry)));
    s.app()
        .client
        .post(url)
        .bearer_auth(s.token())
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_upload_that_is_not_multipart_or_names_no_slot_is_a_bad_request() {
    let s = photo_setup().await;

    problem(post_raw(&s, "?slot=photos", "application/json", "{}").await, 400, "invalid_body").await;
    let part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc\r\n--b--\r\n";
    problem(post_raw(&s, "", "multipart/form-data; boundary=b", part).await, 400, "invalid_parameter").await;

    assert!(file_rows(s.app()).await.is_empty());
    assert!(stored_paths(s.app()).is_empty());
}

#[tokio::test]
async fn an_upload_needs_exactly_one_part_named_file() {
    let s = photo_setup().await;
    let multipart = "multipart/form-data; boundary=b";
    let misnamed = "--b\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\n\r\nabc\r\n--b--\r\n";
    let two = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc\r\n\
               --b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.jpg\"\r\n\r\ndef\r\n--b--\r\n";

    let body = problem(post_raw(&s, "?slot=photos", multipart, misnamed).await, 422, "validation_failed").await;
    assert_eq!(field_codes(&body), vec![("file".to_owned(), "unexpected_part".to_owned())]);
    let body = problem(post_raw(&s, "?slot=photos", multipart, two).await, 422, "validation_failed").await;
    assert_eq!(field_codes(&body), vec![("file".to_owned(), "unexpected_part".to_owned())]);
    let body = problem(post_raw(&s, "?slot=photos", multipart, "--b--\r\n").await, 422, "validation_failed").await;
    assert_eq!(field_codes(&body), vec![("file".to_owned(), "required".to_owned())]);

    assert!(file_rows(s.app()).await.is_empty());
    assert!(stored_paths(s.app()).is_empty());
}

#[tokio::test]
async fn parallel_uploads_never_overfill_a_slot_and_the_refused_ones_leave_nothing_behind() {
    let s = photo_setup().await;
    let photos: Vec<Vec<u8>> = (1..=6).map(photo_jpeg).collect();

    let responses = futures_util::future::join_all(
        photos.iter().map(|bytes| upload(s.app(), s.token(), &s.entry, "photos", "p.jpg", "image/jpeg", bytes)),
    )
    .await;

    let mut statuses: Vec<u16> = responses.iter().map(|r| r.status().as_u16()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 201, 201, 409, 409, 409]);
    assert_eq!(file_rows(s.app()).await.len(), 3);
    assert_eq!(stored_uploads(s.app()).len(), 3, "{:?}", stored_uploads(s.app()));
}

// ---------------------------------------------------------------- serving

#[tokio::test]
async fn exif_and_gps_are_absent_from_every_served_image_and_thumbnail() {
    let s = photo_setup().await;
    let gps = exif_tiff(Some(1), true);
    let originals = [
        ("gps.jpg", jpeg_with_exif(&photo_jpeg(1), &gps)),
        ("gps.png", png_with_chunks(&photo_png(2), &[png_chunk(b"eXIf", &exif_tiff(None, true))])),
        ("gps.webp", webp_with_exif(&encode_as(&photo(30, 20, 3), ImageFormat::WebP), 30, 20, &exif_tiff(None, true))),
    ];

    for (name, original) in &originals {
        assert_eq!(exif_in(original), (true, true), "the {name} fixture must carry GPS");
        let response = upload(s.app(), s.token(), &s.entry, "photos", name, "application/octet-stream", original).await;
        assert_eq!(response.status(), 201, "{name}: {}", response.text().await.unwrap());
        let id = id_of(&response.json().await.unwrap());

        let served = bytes_of(download(s.app(), s.token(), &id).await).await;
        assert_eq!(exif_in(&served), (false, false), "{name} is served without EXIF");
        assert!(!served.windows(6).any(|w| w == b"Exif\0\0"), "{name}");
        let thumb = bytes_of(thumbnail(s.app(), s.token(), &id).await).await;
        assert_eq!(exif_in(&thumb), (false, false), "the thumbnail of {name} has no EXIF");
    }
    for path in stored_paths(s.app()) {
        assert_eq!(
            exif_in(&std::fs::read(&path).unwrap()),
            (false, false),
            "{} is stored without EXIF",
            path.display()
        );
    }
}

#[tokio::test]
async fn a_pdf_is_served_as_an_attachment_with_its_exact_bytes_and_no_thumbnail() {
    let s = design_setup().await;

    let response = upload(s.app(), s.token(), &s.entry, "guide", "../../etc/guide.pdf", "text/plain", PDF).await;

    assert_eq!(response.status(), 201);
    let file: Value = response.json().await.unwrap();
    assert_eq!(file["kind"], "pdf");
    assert_eq!(file["original_name"], "guide.pdf", "only the last part of the name is kept");
    assert_eq!(file["sha256"], sha256(PDF).as_str());
    assert!(file["width"].is_null() && file["height"].is_null());
    let id = id_of(&file);
    let served = download(s.app(), s.token(), &id).await;
    assert_eq!(header(&served, "content-type"), "application/pdf");
    assert_eq!(header(&served, "content-disposition"), format!("attachment; filename=\"{id}.pdf\""));
    assert_eq!(header(&served, "x-content-type-options"), "nosniff");
    assert!(header(&served, "content-security-policy").contains("sandbox"));
    assert_eq!(bytes_of(served).await, PDF);
    let row = processed(s.app(), &id).await;
    assert!(row.thumbnail_key.is_none() && row.phash.is_none(), "a PDF has no thumbnail or picture hash");
    problem(s.app().get_as(&format!("{}/thumbnail", file_path(&id)), s.token()).await, 404, "not_found").await;
}

#[tokio::test]
async fn an_svg_is_served_sanitized_without_script_inline_and_sandboxed() {
    let s = design_setup().await;

    let response =
        upload(s.app(), s.token(), &s.entry, "logo", "logo.svg", "image/svg+xml", LOGO_WITH_SCRIPT.as_bytes()).await;

    assert_eq!(response.status(), 201);
    let file: Value = response.json().await.unwrap();
    assert_eq!(file["kind"], "svg");
    assert_ne!(file["sha256"], sha256(LOGO_WITH_SCRIPT.as_bytes()).as_str(), "what is stored is the rebuilt SVG");
    let id = id_of(&file);
    let served = download(s.app(), s.token(), &id).await;
    assert_eq!(header(&served, "content-type"), "image/svg+xml");
    assert_eq!(header(&served, "content-disposition"), format!("inline; filename=\"{id}.svg\""));
    assert_eq!(header(&served, "x-content-type-options"), "nosniff");
    let csp = header(&served, "content-security-policy");
    assert!(csp.contains("default-src 'none'") && csp.contains("sandbox"), "{csp}");
    let bytes = bytes_of(served).await;
    assert_eq!(sha256(&bytes), file["sha256"].as_str().unwrap());
    let text = String::from_utf8(bytes).unwrap().to_lowercase();
    assert!(text.contains("<path") && text.contains("<circle"), "the drawing survives: {text}");
    for gone in ["script", "onload", "onclick", "javascript:", "alert", "click</text>"] {
        assert!(!text.contains(gone), "`{gone}` left in {text}");
    }
}

#[tokio::test]
async fn the_worker_makes_a_jpeg_thumbnail_within_480_pixels_and_a_perceptual_hash() {
    let s = photo_setup().await;
    let big = jpeg(&photo(1200, 800, 7), 90);
    let response = upload(s.app(), s.token(), &s.entry, "photos", "wide.jpg", "image/jpeg", &big).await;
    assert_eq!(response.status(), 201);
    let file: Value = response.json().await.unwrap();
    let id = id_of(&file);
    let again = id_of(&uploaded_photo(&s, 7).await);
    let other = id_of(&uploaded_photo(&s, 8).await);

    let thumb = thumbnail(s.app(), s.token(), &id).await;

    assert_eq!(header(&thumb, "content-type"), "image/jpeg");
    let thumb = bytes_of(thumb).await;
    let decoded = image::load_from_memory_with_format(&thumb, ImageFormat::Jpeg).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (480, 320), "fitted within 480 px, aspect kept");
    let row = processed(s.app(), &id).await;
    assert_eq!(row.thumbnail_key.as_deref(), Some(format!("{}.thumb", row.storage_key).as_str()));
    assert!(storage_dir(s.app()).join(row.thumbnail_key.as_deref().unwrap()).is_file());
    let hash = row.phash.clone().expect("a perceptual hash");
    assert!(hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()), "{hash}");
    let listed: Value = s.app().get_as(&files_path(&s.entry), s.token()).await.json().await.unwrap();
    let listed_file = listed.as_array().unwrap().iter().find(|f| f["id"] == id.as_str()).unwrap().clone();
    assert_eq!(listed_file["thumbnail_ready"], true);
    // The same picture (at another size) hashes alike; another picture does not.
    let small = processed(s.app(), &again).await;
    let different = processed(s.app(), &other).await;
    let bits =
        |a: &str, b: &str| (u64::from_str_radix(a, 16).unwrap() ^ u64::from_str_radix(b, 16).unwrap()).count_ones();
    let (same_picture, other_picture) =
        (bits(&hash, small.phash.as_deref().unwrap()), bits(&hash, different.phash.as_deref().unwrap()));
    assert!(same_picture < other_picture, "same picture {same_picture} bits apart, another {other_picture}");
}

#[tokio::test]
async fn a_small_photos_thumbnail_is_not_enlarged() {
    let s = photo_setup().await;
    let id = id_of(&uploaded_photo(&s, 1).await);

    let thumb = bytes_of(thumbnail(s.app(), s.token(), &id).await).await;

    let decoded = image::load_from_memory_with_format(&thumb, ImageFormat::Jpeg).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (64, 48));
}

// ---------------------------------------------------------------- submitting and deleting

#[tokio::test]
async fn a_photo_entry_without_a_photo_cannot_be_submitted_and_with_one_it_can() {
    let s = photo_setup().await;

    let refused = submit_entry(s.app(), s.token(), &s.entry).await;

    let body = problem(refused, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["files.photos"]);
    uploaded_photo(&s, 1).await;
    let submitted = submit_entry(s.app(), s.token(), &s.entry).await;
    assert_eq!(submitted.status(), 200, "{}", submitted.text().await.unwrap());
    let entry: Value = submitted.json().await.unwrap();
    assert_eq!(entry["status"], "submitted");
}

#[tokio::test]
async fn a_citizen_deletes_a_photo_from_a_draft_and_its_bytes_and_thumbnail_leave_storage() {
    let s = photo_setup().await;
    let id = id_of(&uploaded_photo(&s, 1).await);
    thumbnail(s.app(), s.token(), &id).await;
    assert_eq!(stored_paths(s.app()).len(), 2, "the photo and its thumbnail");

    let deleted = delete_file(s.app(), s.token(), &id).await;

    assert_eq!(deleted.status(), 204);
    assert!(file_rows(s.app()).await.is_empty());
    assert!(stored_paths(s.app()).is_empty(), "{:?}", stored_paths(s.app()));
    problem(download(s.app(), s.token(), &id).await, 404, "not_found").await;
    problem(delete_file(s.app(), s.token(), &id).await, 404, "not_found").await;
}

#[tokio::test]
async fn the_only_photo_of_a_submitted_entry_cannot_be_deleted_until_a_replacement_is_uploaded() {
    let s = photo_setup().await;
    let first = id_of(&submitted_with_photo(&s).await);

    let refused = delete_file(s.app(), s.token(), &first).await;

    problem(refused, 409, "conflict").await;
    assert_eq!(file_rows(s.app()).await.len(), 1, "the row is kept");
    assert_eq!(stored_uploads(s.app()).len(), 1, "the bytes are kept");
    assert_eq!(download(s.app(), s.token(), &first).await.status(), 200);
    uploaded_photo(&s, 2).await;
    assert_eq!(delete_file(s.app(), s.token(), &first).await.status(), 204);
    let rows = file_rows(s.app()).await;
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].id, first);
    assert_eq!(stored_entry(s.app(), &s.entry).await.status, "submitted");
}

#[tokio::test]
async fn after_the_deadline_files_can_be_neither_uploaded_nor_deleted() {
    let s = photo_setup().await;
    let id = id_of(&uploaded_photo(&s, 1).await);
    uploaded_photo(&s, 2).await;
    s.app().advance_clock(TimeDelta::days(7) + TimeDelta::seconds(1));
    // A fresh sign-in: the first access token has expired meanwhile.
    let token = s.app().signed_in(CITIZEN, PASSWORD).await.access_token;

    refused_upload(&s, &token, "photos", "late.jpg", "image/jpeg", &photo_jpeg(3), 409, "deadline_passed").await;
    problem(delete_file(s.app(), &token, &id).await, 409, "deadline_passed").await;

    assert_eq!(file_rows(s.app()).await.len(), 2);
    assert_eq!(stored_uploads(s.app()).len(), 2);
    assert_eq!(download(s.app(), &token, &id).await.status(), 200, "the entrant still reads the files");
}

#[tokio::test]
async fn a_withdrawn_entry_takes_no_more_files_and_keeps_the_ones_it_has() {
    let s = photo_setup().await;
    let id = id_of(&submitted_with_photo(&s).await);
    assert_eq!(withdraw_entry(s.app(), s.token(), &s.entry).await.status(), 200);

    refused_upload(&s, s.token(), "photos", "more.jpg", "image/jpeg", &photo_jpeg(2), 409, "conflict").await;
    problem(delete_file(s.app(), s.token(), &id).await, 409, "conflict").await;

    assert_eq!(file_rows(s.app()).await.len(), 1);
}

// ---------------------------------------------------------------- who may see and touch files

#[tokio::test]
async fn every_file_endpoint_requires_signing_in() {
    let s = photo_setup().await;
    let id = id_of(&uploaded_photo(&s, 1).await);
    let app = s.app();

    let anonymous_upload = app
        .client
        .post(app.url(&format!("{}?slot=photos", files_path(&s.entry))))
        .header("content-type", "multipart/form-data; boundary=x")
        .body("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc\r\n--x--\r\n")
        .send()
        .await
        .unwrap();
    problem(anonymous_upload, 401, "unauthenticated").await;
    problem(app.get(&files_path(&s.entry)).await, 401, "unauthenticated").await;
    problem(app.get(&file_path(&id)).await, 401, "unauthenticated").await;
    problem(app.get(&format!("{}/thumbnail", file_path(&id))).await, 401, "unauthenticated").await;
    problem(anonymous(app, Method::DELETE, &file_path(&id), &json!({})).await, 401, "unauthenticated").await;

    assert_eq!(file_rows(app).await.len(), 1);
    assert_eq!(stored_uploads(app).len(), 1);
}

#[tokio::test]
async fn another_citizen_can_neither_read_nor_touch_a_draft_or_its_files() {
    let s = photo_setup().await;
    let id = id_of(&uploaded_photo(&s, 1).await);
    thumbnail(s.app(), s.token(), &id).await;
    let other = s.app().verified_account("neighbour@example.kr").await;
    let app = s.app();
    let token = other.access_token.as_str();

    problem(app.get_as(&format!("/api/v1/entries/{}", s.entry), token).await, 404, "not_found").await;
    refused_upload(&s, token, "photos", "mine.jpg", "image/jpeg", &photo_jpeg(2), 404, "not_found").await;
    problem(app.get_as(&files_path(&s.entry), token).await, 404, "not_found").await;
    problem(download(app, token, &id).await, 404, "not_found").await;
    problem(app.get_as(&format!("{}/thumbnail", file_path(&id)), token).await, 404, "not_found").await;
    problem(delete_file(app, token, &id).await, 404, "not_found").await;

    assert_eq!(file_rows(app).await.len(), 1);
    assert_eq!(stored_uploads(app).len(), 1);
}

#[tokio::test]
async fn another_citizen_cannot_read_the_files_of_a_submitted_entry_either() {
    let s = photo_setup().await;
    let id = id_of(&submitted_with_photo(&s).await);
    let other = s.app().verified_account("neighbour@example.kr").await;
    let (app, token) = (s.app(), other.access_token.as_str());

    problem(app.get_as(&format!("/api/v1/entries/{}", s.entry), token).await, 404, "not_found").await;
    problem(app.get_as(&files_path(&s.entry), token).await, 404, "not_found").await;
    problem(download(app, token, &id).await, 404, "not_found").await;
    problem(app.get_as(&format!("{}/thumbnail", file_path(&id)), token).await, 404, "not_found").await;
    problem(delete_file(app, token, &id).await, 404, "not_found").await;
}

#[tokio::test]
async fn the_contests_organizers_read_the_files_of_submitted_entries_but_not_of_drafts() {
    let s = photo_setup().await;
    let submitted = id_of(&submitted_with_photo(&s).await);
    let drafter = s.app().verified_account("drafter@example.kr").await;
    let draft = id_of(&draft_entry(s.app(), &drafter.access_token, &s.contest, complete_photo()).await);
    let draft_photo =
        upload(s.app(), &drafter.access_token, &draft, "photos", "d.jpg", "image/jpeg", &photo_jpeg(9)).await;
    assert_eq!(draft_photo.status(), 201);
    let draft_photo = id_of(&draft_photo.json().await.unwrap());
    processed(s.app(), &draft_photo).await;
    let (app, token) = (s.app(), s.w.organizer.access_token.as_str());

    let listed = app.get_as(&files_path(&s.entry), token).await;
    assert_eq!(listed.status(), 200);
    let listed: Value = listed.json().await.unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["id"], submitted.as_str());
    let served = bytes_of(download(app, token, &submitted).await).await;
    assert_eq!(sha256(&served), listed[0]["sha256"].as_str().unwrap());
    assert_eq!(header(&thumbnail(app, token, &submitted).await, "content-type"), "image/jpeg");

    problem(app.get_as(&files_path(&draft), token).await, 404, "not_found").await;
    problem(download(app, token, &draft_photo).await, 404, "not_found").await;
    problem(app.get_as(&format!("{}/thumbnail", file_path(&draft_photo)), token).await, 404, "not_found").await;

    // Reading is all: the entrant's files are not the organizer's to change.
    problem(delete_file(app, token, &submitted).await, 404, "not_found").await;
    refused_upload(&s, token, "photos", "org.jpg", "image/jpeg", &photo_jpeg(3), 404, "not_found").await;
}

#[tokio::test]
async fn organizers_of_another_organization_cannot_read_the_files() {
    let s = photo_setup().await;
    let id = id_of(&submitted_with_photo(&s).await);
    let (_, stranger) = s.w.another_organization("sejong", "organizer@sejong.go.kr").await;
    let (app, token) = (s.app(), stranger.access_token.as_str());

    problem(app.get_as(&files_path(&s.entry), token).await, 404, "not_found").await;
    problem(download(app, token, &id).await, 404, "not_found").await;
    problem(app.get_as(&format!("{}/thumbnail", file_path(&id)), token).await, 404, "not_found").await;
    problem(delete_file(app, token, &id).await, 404, "not_found").await;
}

#[tokio::test]
async fn a_photo_deleted_while_its_thumbnail_is_being_made_leaves_nothing_in_storage() {
    let s = photo_setup().await;
    // Big enough that making its thumbnail takes a while.
    let big = jpeg(&photo(1600, 1200, 11), 90);
    let response = upload(s.app(), s.token(), &s.entry, "photos", "big.jpg", "image/jpeg", &big).await;
    assert_eq!(response.status(), 201);
    let id = id_of(&response.json().await.unwrap());

    assert_eq!(delete_file(s.app(), s.token(), &id).await.status(), 204);

    // The worker takes files in order: once a later one is done, so is this one.
    let later = id_of(&uploaded_photo(&s, 1).await);
    let later = processed(s.app(), &later).await;
    let expected: Vec<_> = [later.storage_key.clone(), later.thumbnail_key.clone().unwrap()]
        .iter()
        .map(|key| storage_dir(s.app()).join(key))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(stored_paths(s.app()), expected, "no thumbnail of the deleted photo is left behind");
}

// ---------------------------------------------------------------- near-identical photos

#[tokio::test]
async fn the_same_photo_entered_by_two_people_is_flagged_to_organizers_and_a_different_one_is_not() {
    let s = photo_setup().await;
    let copier = s.app().verified_account("copier@example.kr").await;
    let other = s.app().verified_account("other@example.kr").await;
    let copied = id_of(&draft_entry(s.app(), &copier.access_token, &s.contest, complete_photo()).await);
    let different = id_of(&draft_entry(s.app(), &other.access_token, &s.contest, complete_photo()).await);

    let mut uploaded = Vec::new();
    for (token, entry, bytes) in [
        (s.token(), &s.entry, photo_jpeg(3)),
        (copier.access_token.as_str(), &copied, jpeg(&photo(64, 48, 3), 60)),
        (other.access_token.as_str(), &different, photo_jpeg(8)),
    ] {
        let response = upload(s.app(), token, entry, "photos", "p.jpg", "image/jpeg", &bytes).await;
        assert_eq!(response.status(), 201);
        uploaded.push(id_of(&response.json::<Value>().await.unwrap()));
        assert_eq!(submit_entry(s.app(), token, entry).await.status(), 200);
    }
    for id in &uploaded {
        processed(s.app(), id).await;
    }

    let org = &s.w.organizer.access_token;
    let flagged: Value = s
        .app()
        .get_as(&format!("/api/v1/contests/{}/entries?flagged=true", s.contest), org)
        .await
        .json()
        .await
        .unwrap();
    let mut ids: Vec<String> = flagged["items"].as_array().unwrap().iter().map(id_of).collect();
    ids.sort();
    let mut expected = vec![s.entry.clone(), copied.clone()];
    expected.sort();
    assert_eq!(ids, expected, "{flagged}");
    assert!(flagged["items"].as_array().unwrap().iter().all(|e| e["near_duplicate_photo"] == true));

    let report: Value =
        s.app().get_as(&format!("/api/v1/contests/{}/duplicates", s.contest), org).await.json().await.unwrap();
    let pairs = report["photos"].as_array().unwrap();
    assert_eq!(pairs.len(), 1, "{report}");
    let pair = [pairs[0]["a"]["entry_id"].as_str().unwrap(), pairs[0]["b"]["entry_id"].as_str().unwrap()];
    assert!(pair.contains(&s.entry.as_str()) && pair.contains(&copied.as_str()));
}

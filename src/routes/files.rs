//! Files in an entry's slots: upload (streamed, size enforced while reading,
//! type decided by content, images re-encoded without metadata, SVG
//! sanitized), list, download through authorization, delete.
//!
//! An upload writes the cleaned bytes to storage first and the row second; if
//! the row cannot be written the bytes are removed again, so a refused upload
//! leaves nothing behind.

use actix_multipart::Multipart;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, delete, get, post, put, web};
use chrono::NaiveDateTime;
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::contests::{managed_contest, visible_contest};
use super::entries::{own_entry, readable_entry, require_open, rules_of, valid_id};
use crate::auth::AuthUser;
use crate::db::entries::{SUBMITTED, WITHDRAWN};
use crate::db::files::{self, NewFile, StoredFile};
use crate::db::{DbConnection, audit, contests};
use crate::domain::contest::FileSlot;
use crate::domain::contest::slots::missing_files;
use crate::domain::ids::new_id;
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::files::{FileKind, FileProblem};
use crate::state::AppState;

/// Images larger than this many pixels are refused before decoding.
pub const MAX_PIXELS: u64 = 50_000_000;

#[derive(Debug, Serialize, ToSchema)]
pub struct FileView {
    pub id: String,
    pub entry_id: String,
    pub slot: String,
    /// Decided from the content.
    pub kind: FileKind,
    /// Size of the stored (cleaned) file.
    pub size_bytes: i64,
    /// SHA-256 of the stored file, hex.
    pub sha256: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    /// The name the file had on the entrant's device (never used to store or serve it).
    pub original_name: String,
    /// Whether `GET /files/{id}/thumbnail` has a thumbnail yet (raster images only).
    pub thumbnail_ready: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: String,
}

fn file_view(f: StoredFile) -> FileView {
    FileView {
        kind: files::kind_of(&f.kind).unwrap_or(FileKind::Pdf),
        thumbnail_ready: f.thumbnail_key.is_some(),
        created_at: format(f.created_at),
        id: f.id,
        entry_id: f.entry_id,
        slot: f.slot,
        size_bytes: f.size_bytes,
        sha256: f.sha256,
        width: f.width,
        height: f.height,
        original_name: f.original_name,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The slot's key, as the contest's form defines it.
    pub slot: String,
}

fn file_refused(problem: &FileProblem) -> ApiError {
    match problem {
        FileProblem::TooLarge { .. } => ApiError::new(ErrorCode::PayloadTooLarge, problem.message()),
        _ => ApiError::validation(vec![FieldError::new("file", problem.code(), problem.message())]),
    }
}

/// The slot of the entry's form, if the entry may take another file now.
fn slot_for_upload(
    conn: &mut DbConnection,
    auth: &AuthUser,
    entry_id: &str,
    key: &str,
    now: NaiveDateTime,
) -> Result<(String, FileSlot), ApiError> {
    let (entry, contest) = own_entry(conn, auth, entry_id)?;
    require_open(&contest, now)?;
    if entry.status == WITHDRAWN {
        return Err(ApiError::conflict("A withdrawn entry cannot change."));
    }
    let rules = rules_of(&contest)?;
    let slot = rules
        .form
        .file_slots
        .into_iter()
        .find(|s| s.key == key)
        .ok_or_else(|| ApiError::new(ErrorCode::InvalidParameter, "This contest's form has no such file slot."))?;
    Ok((contest.id, slot))
}

/// The file's name as the client gave it, made harmless for display: the last
/// path component, no control characters, at most 200 characters.
fn display_name(raw: Option<&str>) -> String {
    let last = raw.unwrap_or("").rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = last.chars().filter(|c| !c.is_control()).take(200).collect();
    let clean = clean.trim();
    if clean.is_empty() { "file".to_owned() } else { clean.to_owned() }
}

/// Reads the one `file` part of the form, refusing it as soon as it grows
/// past `max_bytes`.
async fn read_file_part(mut form: Multipart, max_bytes: u64) -> Result<(Vec<u8>, String), ApiError> {
    let bad = |e: actix_multipart::MultipartError| {
        ApiError::bad_request(format!("The upload is not valid multipart/form-data: {e}"))
    };
    let mut found = None;
    while let Some(mut field) = form.try_next().await.map_err(bad)? {
        if field.name() != Some("file") || found.is_some() {
            return Err(ApiError::field("file", "unexpected_part", "Send exactly one part, named `file`."));
        }
        let name = display_name(field.content_disposition().and_then(|d| d.get_filename()));
        let mut bytes = Vec::new();
        while let Some(chunk) = field.try_next().await.map_err(bad)? {
            if (bytes.len() + chunk.len()) as u64 > max_bytes {
                return Err(file_refused(&FileProblem::TooLarge { max_bytes }));
            }
            bytes.extend_from_slice(&chunk);
        }
        found = Some((bytes, name));
    }
    found.ok_or_else(|| ApiError::field("file", "required", "Attach the file as a part named `file`."))
}

struct Cleaned {
    kind: FileKind,
    bytes: Vec<u8>,
    dimensions: Option<(i32, i32)>,
}

/// Decides the type from the content, then cleans: raster images decoded and
/// re-encoded (no metadata survives), SVG rebuilt from an allow-list, PDF kept
/// (it is only ever served as an attachment).
fn clean(bytes: &[u8], slot: &FileSlot) -> Result<Cleaned, FileProblem> {
    let kind = crate::files::check_upload(bytes, &slot.accept, slot.max_bytes)?;
    match kind {
        FileKind::Jpeg | FileKind::Png | FileKind::Webp => {
            let image = crate::files::clean_image(bytes, kind, &crate::files::Limits { max_pixels: MAX_PIXELS })?;
            let dims =
                (i32::try_from(image.width).unwrap_or(i32::MAX), i32::try_from(image.height).unwrap_or(i32::MAX));
            Ok(Cleaned { kind, bytes: image.bytes, dimensions: Some(dims) })
        }
        FileKind::Svg => Ok(Cleaned { kind, bytes: crate::files::sanitize_svg(bytes)?.into_bytes(), dimensions: None }),
        FileKind::Pdf => Ok(Cleaned { kind, bytes: bytes.to_vec(), dimensions: None }),
    }
}

/// Uploads one file into a slot of the caller's entry (multipart/form-data,
/// one part named `file`). The type is read from the content; images are
/// re-encoded without metadata; the thumbnail follows in the background.
#[utoipa::path(
    tag = "files",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry"), UploadQuery),
    request_body(content_type = "multipart/form-data", description = "One part named `file`."),
    responses(
        (status = 201, body = FileView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Past the deadline, withdrawn, or the slot is full", body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, of a type the slot does not take, unreadable or too many pixels", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/files")] // under /entries/{id}
#[tracing::instrument(name = "upload_file", skip_all, fields(user_id = %auth.id()))]
pub async fn upload(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<UploadQuery>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    let entry_id = valid_id(&id)?;
    let slot_key = query.into_inner().slot;
    let now = state.now();
    // Refuse early, before reading a byte of the body.
    let (contest_id, slot) = state
        .db
        .read({
            let (auth, entry_id, slot_key) = (auth.clone(), entry_id.clone(), slot_key.clone());
            move |conn| slot_for_upload(conn, &auth, &entry_id, &slot_key, now)
        })
        .await?;
    let (raw, original_name) = read_file_part(form, slot.max_bytes).await?;
    let cleaned = web::block(move || clean(&raw, &slot).map(|c| (c, slot)))
        .await
        .map_err(ApiError::internal)?
        .map_err(|p| file_refused(&p))?;
    let (cleaned, slot) = cleaned;
    let file_id = new_id();
    let storage_key = format!("{contest_id}/{file_id}.{}", cleaned.kind.extension());
    let sha256 = crate::files::sha256_hex(&cleaned.bytes);
    let size_bytes = i64::try_from(cleaned.bytes.len()).unwrap_or(i64::MAX);
    let storage = state.storage.clone();
    {
        let (key, bytes) = (storage_key.clone(), cleaned.bytes);
        web::block(move || storage.put(&key, &bytes)).await.map_err(ApiError::internal)?.map_err(ApiError::internal)?;
    }
    let now = state.now();
    let recorded = state
        .db
        .write({
            let storage_key = storage_key.clone();
            move |conn| {
                // Everything again, now inside the write: the deadline may have
                // passed or a parallel upload may have filled the slot meanwhile.
                let (contest_id, slot) = slot_for_upload(conn, &auth, &entry_id, &slot.key, now)?;
                // Taking the entry's row lock serializes uploads into one entry.
                crate::db::entries::touch(conn, &entry_id, now)?;
                let count = files::counts_by_slot(conn, &entry_id)?
                    .into_iter()
                    .find(|(s, _)| *s == slot.key)
                    .map_or(0, |c| c.1);
                if count >= i64::from(slot.max_count) {
                    return Err(ApiError::conflict(format!(
                        "This slot holds at most {} file(s); remove one first.",
                        slot.max_count
                    )));
                }
                let kind = files::kind_name(cleaned.kind);
                let new = NewFile {
                    id: &file_id,
                    entry_id: &entry_id,
                    contest_id: &contest_id,
                    slot: &slot.key,
                    kind,
                    size_bytes,
                    sha256: &sha256,
                    dimensions: cleaned.dimensions,
                    original_name: &original_name,
                    storage_key: &storage_key,
                };
                files::insert(conn, &new, now)?;
                audit::record(
                    conn,
                    Some(&auth.user.id),
                    "file.uploaded",
                    ("entry", Some(&entry_id)),
                    serde_json::json!({ "file_id": file_id, "slot": slot.key, "kind": kind, "sha256": sha256 }),
                    now,
                )?;
                files::find(conn, &file_id)?.ok_or_else(ApiError::not_found)
            }
        })
        .await;
    match recorded {
        Ok(file) => {
            state.files_wakeup.notify_one();
            Ok(HttpResponse::Created().json(file_view(file)))
        }
        Err(e) => {
            remove_stored(&state, vec![storage_key]).await;
            Err(e)
        }
    }
}

/// The files of an entry its reader may see (see `GET /entries/{id}`).
#[utoipa::path(
    operation_id = "list_entry_files",
    tag = "files",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    responses(
        (status = 200, body = Vec<FileView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/files")] // under /entries/{id}
pub async fn list(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let rows = state
        .db
        .read(move |conn| {
            readable_entry(conn, &auth, &id)?;
            Ok(files::list_for_entry(conn, &id)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(file_view).collect::<Vec<_>>()))
}

/// The file, if the caller may see it: whoever may read its entry, a judge
/// assigned the entry who declared no conflict, and — once voting has opened
/// — any signed-in account when the entry is on its contest's ballot. Served
/// files carry no name or metadata of the entrant (images are re-encoded on
/// upload, the served name is the file's id), so blind stages stay blind.
fn readable_file(
    conn: &mut DbConnection,
    auth: &AuthUser,
    id: &str,
    now: NaiveDateTime,
) -> Result<StoredFile, ApiError> {
    let file = files::find(conn, id)?.ok_or_else(ApiError::not_found)?;
    if readable_entry(conn, auth, &file.entry_id).is_ok() {
        return Ok(file);
    }
    if let Some(a) = crate::db::assignments::opening_for(conn, &auth.user.id, &file.entry_id)?
        && crate::db::stages::active_judge(conn, &a.stage_id, &auth.user.id)?.is_some()
    {
        return Ok(file);
    }
    if super::votes::on_open_ballot(conn, &file.entry_id, now)? {
        return Ok(file);
    }
    Err(ApiError::not_found())
}

/// Serves stored bytes so no browser runs or guesses anything: the type we
/// decided, `nosniff` (set for every response), a CSP that sandboxes the
/// document, and a server-made file name. PDFs always download.
pub(crate) async fn serve(
    state: &AppState,
    key: String,
    kind: FileKind,
    name: String,
) -> Result<HttpResponse, ApiError> {
    let storage = state.storage.clone();
    let bytes = web::block(move || storage.get(&key)).await.map_err(ApiError::internal)?.map_err(ApiError::internal)?;
    let disposition = if kind == FileKind::Pdf { "attachment" } else { "inline" };
    let mut response = HttpResponse::Ok();
    response
        .content_type(kind.mime())
        .insert_header((header::CONTENT_DISPOSITION, format!("{disposition}; filename=\"{name}\"")))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"),
        ))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")));
    Ok(response.body(bytes))
}

/// The stored (cleaned) file.
#[utoipa::path(
    tag = "files",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The file's bytes", content_type = "application/octet-stream"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("")] // under /files/{id}
pub async fn download(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let file = state.db.read(move |conn| readable_file(conn, &auth, &id, now)).await?;
    let kind = files::kind_of(&file.kind).ok_or_else(|| ApiError::internal(anyhow::anyhow!("unknown kind")))?;
    let name = format!("{}.{}", file.id, kind.extension());
    serve(&state, file.storage_key, kind, name).await
}

/// A JPEG thumbnail of an image file, once the background worker made it.
#[utoipa::path(
    tag = "files",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "A JPEG", content_type = "image/jpeg"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such file, not an image, or not made yet", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/thumbnail")] // under /files/{id}
pub async fn thumbnail(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let file = state.db.read(move |conn| readable_file(conn, &auth, &id, now)).await?;
    let key = file.thumbnail_key.ok_or_else(ApiError::not_found)?;
    let name = format!("{}-thumbnail.jpg", file.id);
    serve(&state, key, FileKind::Jpeg, name).await
}

/// Removes a file from the caller's entry before the deadline. A submitted
/// entry must keep the files its slots require.
#[utoipa::path(
    operation_id = "remove_file",
    tag = "files",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 204),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Past the deadline, withdrawn, or the slot would fall below its minimum", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("")] // under /files/{id}
#[tracing::instrument(name = "delete_file", skip_all, fields(user_id = %auth.id()))]
pub async fn remove(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let keys = state
        .db
        .write(move |conn| {
            let file = files::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            let (entry, contest) = own_entry(conn, &auth, &file.entry_id)?;
            require_open(&contest, now)?;
            if entry.status == WITHDRAWN {
                return Err(ApiError::conflict("A withdrawn entry cannot change."));
            }
            crate::db::entries::touch(conn, &entry.id, now)?;
            files::delete(conn, &file.id)?;
            if entry.status == SUBMITTED {
                let rules = rules_of(&contest)?;
                let counts = files::slot_counts(conn, &entry.id)?;
                if !missing_files(&rules.form.file_slots, &counts).is_empty() {
                    return Err(ApiError::conflict(
                        "A submitted entry must keep the files its slots require; upload the replacement first.",
                    ));
                }
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "file.deleted",
                ("entry", Some(&entry.id)),
                serde_json::json!({ "file_id": file.id, "slot": file.slot }),
                now,
            )?;
            Ok(std::iter::once(file.storage_key).chain(file.thumbnail_key).collect::<Vec<_>>())
        })
        .await?;
    remove_stored(&state, keys).await;
    Ok(HttpResponse::NoContent().finish())
}

/// Removes stored bytes whose rows are gone (or were never written). A
/// failure is logged, not answered: the request's outcome stands.
pub(crate) async fn remove_stored(state: &AppState, keys: Vec<String>) {
    if keys.is_empty() {
        return;
    }
    let storage = state.storage.clone();
    let removed = web::block(move || {
        for key in keys {
            if let Err(e) = storage.delete(&key) {
                tracing::warn!(error = %e, "Could not remove stored bytes");
            }
        }
    })
    .await;
    if let Err(e) = removed {
        tracing::warn!(error = %e, "Could not remove stored bytes");
    }
}

/// Cover images: JPEG, PNG or WebP up to 10 MiB, cleaned like entry images.
fn cover_slot() -> FileSlot {
    FileSlot {
        key: "cover".to_owned(),
        label: crate::domain::contest::form::Text {
            ko: "표지 이미지".to_owned(), en: Some("Cover image".to_owned())
        },
        help: None,
        accept: vec![FileKind::Jpeg, FileKind::Png, FileKind::Webp],
        max_bytes: 10 * 1024 * 1024,
        min_count: 0,
        max_count: 1,
        required: false,
    }
}

/// Sets (or replaces) the contest's cover image: multipart/form-data with one
/// part named `file`; JPEG, PNG or WebP up to 10 MiB, re-encoded without metadata.
#[utoipa::path(
    tag = "contests",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body(content_type = "multipart/form-data", description = "One part named `file`."),
    responses(
        (status = 204),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/cover")] // under /contests/{id}
#[tracing::instrument(name = "set_cover", skip_all, fields(user_id = %auth.id()))]
pub async fn set_cover(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    state
        .db
        .read({
            let (auth, contest_id) = (auth.clone(), contest_id.clone());
            move |conn| managed_contest(conn, &auth, &contest_id).map(|_| ())
        })
        .await?;
    let slot = cover_slot();
    let (raw, _) = read_file_part(form, slot.max_bytes).await?;
    let cleaned =
        web::block(move || clean(&raw, &slot)).await.map_err(ApiError::internal)?.map_err(|p| file_refused(&p))?;
    let key = format!("{contest_id}/cover-{}.{}", new_id(), cleaned.kind.extension());
    let storage = state.storage.clone();
    {
        let (key, bytes) = (key.clone(), cleaned.bytes);
        web::block(move || storage.put(&key, &bytes)).await.map_err(ApiError::internal)?.map_err(ApiError::internal)?;
    }
    let now = state.now();
    let replaced = state
        .db
        .write({
            let key = key.clone();
            move |conn| {
                managed_contest(conn, &auth, &contest_id)?;
                let previous = contests::set_cover(conn, &contest_id, Some(&key), now)?;
                audit::record(
                    conn,
                    Some(&auth.user.id),
                    "contest.cover_set",
                    ("contest", Some(&contest_id)),
                    serde_json::json!({}),
                    now,
                )?;
                Ok(previous)
            }
        })
        .await;
    match replaced {
        Ok(previous) => {
            remove_stored(&state, previous.into_iter().collect()).await;
            Ok(HttpResponse::NoContent().finish())
        }
        Err(e) => {
            remove_stored(&state, vec![key]).await;
            Err(e)
        }
    }
}

/// The contest's cover image: public once the contest is published, and to its organizers before.
#[utoipa::path(
    tag = "contests",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The image", content_type = "image/jpeg"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cover")] // under /contests/{id}
pub async fn cover(
    state: web::Data<AppState>,
    auth: Option<AuthUser>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let (contest, _) = state.db.read(move |conn| visible_contest(conn, auth.as_ref(), &id)).await?;
    let key = contest.cover_key.ok_or_else(ApiError::not_found)?;
    let kind = match key.rsplit('.').next() {
        Some("png") => FileKind::Png,
        Some("webp") => FileKind::Webp,
        _ => FileKind::Jpeg,
    };
    serve(&state, key, kind, format!("{}-cover.{}", contest.slug, kind.extension())).await
}

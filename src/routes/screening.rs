//! Organizers screen a contest's entries: a filtered list, eligible or
//! disqualified with a reason (the entrant is told by mail), duplicate names
//! and near-identical photos, and a CSV export. Every decision is audited.

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::contests::managed_contest;
use super::entries::{EntryView, entry_view, rules_of, valid_id};
use crate::auth::AuthUser;
use crate::db::entries::{self, Entry, SUBMITTED, WITHDRAWN};
use crate::db::files::PhotoHash;
use crate::db::screening::{self, DISQUALIFIED, ELIGIBLE, Filters, PENDING};
use crate::db::{audit, files, users};
use crate::domain::contest::form::Text;
use crate::domain::csv::Csv;
use crate::domain::naming::{self, Submitted};
use crate::domain::pagination::{Page, PageQuery};
use crate::domain::time::format;
use crate::domain::{Locale, contest::Answers};
use crate::error::{ApiError, ErrorCode, Problem};
use crate::files::phash;
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

/// An entry as its contest's organizers see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScreenedEntryView {
    #[serde(flatten)]
    pub entry: EntryView,
    /// The entrant's display name.
    pub entrant: String,
    /// `pending`, `eligible` or `disqualified`.
    pub screening: String,
    pub screening_reason: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub screened_at: Option<String>,
    /// Set when two or more submitted entries share the normalized name.
    pub duplicate_group: Option<String>,
    /// For a duplicate: the entry with the earliest receipt in its group.
    pub duplicate_of: Option<String>,
    /// One of its images is near-identical to another entry's (see `/contests/{id}/duplicates`).
    pub near_duplicate_photo: bool,
}

fn screened_view(entry: Entry, entrant: String, near_duplicate_photo: bool) -> Result<ScreenedEntryView, ApiError> {
    Ok(ScreenedEntryView {
        near_duplicate_photo,
        screening: entry.screening.clone(),
        screening_reason: entry.screening_reason.clone(),
        screened_at: entry.screened_at.map(format),
        duplicate_group: entry.duplicate_group.clone(),
        duplicate_of: entry.duplicate_of.clone(),
        entry: entry_view(entry)?,
        entrant,
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ScreeningQuery {
    /// `submitted` or `withdrawn`.
    pub status: Option<String>,
    /// `pending`, `eligible` or `disqualified`.
    pub screening: Option<String>,
    /// A category key.
    pub category: Option<String>,
    /// `true`: only entries in a duplicate group.
    pub duplicates: Option<bool>,
    /// Only the entries of this duplicate group (its normalized name).
    pub duplicate_group: Option<String>,
    /// `true`: only flagged entries (in a duplicate group, or with a near-identical photo).
    pub flagged: Option<bool>,
    /// `oldest` (default) or `newest` first.
    pub sort: Option<String>,
    /// Only these entries: up to 100 ids, comma-separated (e.g. to label a
    /// page of a stage's ranking or the awards in one request).
    pub ids: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

fn one_of(value: &Option<String>, allowed: &[&str], name: &str) -> Result<(), ApiError> {
    match value {
        Some(v) if !allowed.contains(&v.as_str()) => {
            Err(ApiError::new(ErrorCode::InvalidParameter, format!("{name} is one of {}.", allowed.join(", "))))
        }
        _ => Ok(()),
    }
}

/// At most this many ids in one `ids` filter.
const MAX_IDS: usize = 100;

fn parse_ids(raw: &str) -> Result<Vec<String>, ApiError> {
    let ids: Vec<String> = raw.split(',').map(|id| id.trim().to_owned()).collect();
    if ids.len() > MAX_IDS || ids.iter().any(|id| !crate::domain::ids::is_valid_id(id)) {
        return Err(ApiError::new(
            ErrorCode::InvalidParameter,
            format!("ids is up to {MAX_IDS} entry ids, comma-separated."),
        ));
    }
    Ok(ids)
}

/// A contest's submitted and withdrawn entries, for its organizers, with
/// filters, oldest or newest first, a page at a time.
#[utoipa::path(
    operation_id = "list_entries",
    tag = "screening",
    security(("bearer" = [])),
    params(("id" = String, Path), ScreeningQuery),
    responses(
        (status = 200, body = inline(Page<ScreenedEntryView>)),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/entries")] // under /contests/{id}
pub async fn list(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<ScreeningQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let q = query.into_inner();
    let page = PageQuery { limit: q.limit, cursor: q.cursor }.parse()?;
    one_of(&q.status, &[SUBMITTED, WITHDRAWN], "status")?;
    one_of(&q.screening, &[PENDING, ELIGIBLE, DISQUALIFIED], "screening")?;
    one_of(&q.sort, &["oldest", "newest"], "sort")?;
    let newest_first = q.sort.as_deref() == Some("newest");
    let duplicate_group = match (q.duplicate_group, q.duplicates) {
        (Some(group), _) => Some(Some(group)),
        (None, Some(true)) => Some(None),
        (None, _) => None,
    };
    let ids = match q.ids.as_deref() {
        None => None,
        Some(raw) => Some(parse_ids(raw)?),
    };
    let filters = Filters {
        ids,
        status: q.status,
        screening: q.screening,
        category: q.category,
        duplicate_group,
        flagged: q.flagged.unwrap_or(false),
        newest_first,
    };
    let limit = page.limit;
    let rows = state
        .db
        .read(move |conn| {
            managed_contest(conn, &auth, &id)?;
            Ok(screening::list(conn, &id, &filters, &page)?)
        })
        .await?;
    let page = Page::from_rows(rows, limit, |(e, _, _)| &e.id);
    let items =
        page.items.into_iter().map(|(e, name, photo)| screened_view(e, name, photo)).collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreeningDecision {
    /// `eligible`, `disqualified`, or `pending` to undo a decision.
    pub decision: String,
    /// Required to disqualify; told to the entrant.
    #[validate(length(min = 1, max = 1000))]
    pub reason: Option<String>,
}

/// Marks a submitted entry eligible or disqualified (with a reason, mailed to
/// the entrant), or back to pending. Recorded in the audit trail.
#[utoipa::path(
    operation_id = "decide_screening",
    tag = "screening",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    request_body = ScreeningDecision,
    responses(
        (status = 200, body = ScreenedEntryView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The entry is not submitted", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/screening")] // under /entries/{id}
#[tracing::instrument(name = "screen_entry", skip_all, fields(user_id = %auth.id()))]
pub async fn decide(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<ScreeningDecision>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let body = body.into_inner();
    body.validate()?;
    if ![PENDING, ELIGIBLE, DISQUALIFIED].contains(&body.decision.as_str()) {
        return Err(ApiError::field("decision", "invalid_choice", "Choose eligible, disqualified or pending."));
    }
    let reason = body.reason.as_deref().map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned);
    if body.decision == DISQUALIFIED && reason.is_none() {
        return Err(ApiError::field("reason", "required", "Say why the entry is disqualified; the entrant is told."));
    }
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let entry = entries::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            if entry.status == entries::DRAFT {
                return Err(ApiError::not_found());
            }
            // Whoever may not screen learns nothing, not even that the entry exists.
            let contest = managed_contest(conn, &auth, &entry.contest_id).map_err(|e| match e.code() {
                ErrorCode::Forbidden => ApiError::not_found(),
                _ => e,
            })?;
            if screening::screen(conn, &id, &body.decision, reason.as_deref(), &auth.user.id, now)? == 0 {
                return Err(ApiError::conflict("Only a submitted entry can be screened."));
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "entry.screened",
                ("entry", Some(&id)),
                serde_json::json!({ "from": entry.screening, "to": body.decision, "reason": reason }),
                now,
            )?;
            let author = users::find(conn, &entry.user_id)?.ok_or_else(ApiError::not_found)?;
            if body.decision == DISQUALIFIED
                && entry.screening != DISQUALIFIED
                && let Some(address) = &author.email
            {
                let locale = Locale::from_stored(&author.locale);
                let title = Text { ko: contest.title_ko.clone(), en: contest.title_en.clone() };
                let contest_title = match locale {
                    Locale::En => title.en.unwrap_or(title.ko),
                    Locale::Ko => title.ko,
                };
                let to = Recipient { user_id: Some(&author.id), address, name: &author.display_name, locale };
                let template = Template::EntryDisqualified {
                    name: &author.display_name,
                    contest: &contest_title,
                    receipt: entry.receipt_number.as_deref().unwrap_or(""),
                    reason: reason.as_deref().unwrap_or(""),
                };
                mail::queue(conn, &to, &template, now)?;
            }
            let updated = entries::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            let photo = files::list_for_entry(conn, &id)?.iter().any(|f| f.near_duplicate);
            screened_view(updated, author.display_name, photo)
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EntryRef {
    pub entry_id: String,
    pub receipt_number: Option<String>,
    /// The text as the entrant wrote it.
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NameGroup {
    /// The normalized name the group shares.
    pub key: String,
    /// The earliest receipt.
    pub original: EntryRef,
    /// Later receipts, in order.
    pub duplicates: Vec<EntryRef>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SimilarNames {
    pub a: EntryRef,
    pub b: EntryRef,
    /// Edit distance between the two names' jamo.
    pub distance: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SimilarPhotos {
    pub a: PhotoRef,
    pub b: PhotoRef,
    /// Differing bits of the two 64-bit perceptual hashes.
    pub distance: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PhotoRef {
    pub file_id: String,
    pub entry_id: String,
    pub receipt_number: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DuplicatesReport {
    /// Entries whose names are the same once normalized (naming contests).
    pub groups: Vec<NameGroup>,
    /// Names a small edit apart, for a person to decide.
    pub similar: Vec<SimilarNames>,
    /// Images whose perceptual hashes are close (the same photo entered twice).
    pub photos: Vec<SimilarPhotos>,
}

/// Duplicate and similar names, and near-identical photos, among a contest's
/// submitted entries. Flags for organizers: nothing is hidden or deleted.
#[utoipa::path(
    tag = "screening",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = DuplicatesReport),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/duplicates")] // under /contests/{id}
pub async fn duplicates(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let (contest, rows, hashes) = state
        .db
        .read(move |conn| {
            let contest = managed_contest(conn, &auth, &id)?;
            Ok((contest, screening::submitted_answers(conn, &id)?, files::hashes_in_contest(conn, &id)?))
        })
        .await?;
    let form = rules_of(&contest)?.form;
    let mut named = Vec::new();
    for row in &rows {
        let answers: Answers = serde_json::from_str(&row.answers).map_err(ApiError::internal)?;
        if let Some(text) = form.duplicate_text(&answers) {
            named.push((row.id.as_str(), row.name_at.unwrap_or_default(), row.receipt_number.clone(), text.to_owned()));
        }
    }
    let submitted: Vec<Submitted> = named
        .iter()
        .map(|(id, at, receipt, text)| Submitted { id, received: (*at, receipt_sequence(receipt)), text })
        .collect();
    let grouping = naming::group(&submitted);
    let entry_ref = |id: &str| {
        let found = named.iter().find(|n| n.0 == id);
        EntryRef {
            entry_id: id.to_owned(),
            receipt_number: found.and_then(|n| n.2.clone()),
            text: found.map(|n| n.3.clone()).unwrap_or_default(),
        }
    };
    let groups = grouping
        .groups
        .into_iter()
        .map(|g| NameGroup {
            original: entry_ref(&g.original),
            duplicates: g.duplicates.iter().map(|d| entry_ref(d)).collect(),
            key: g.key,
        })
        .collect();
    let similar = grouping
        .similar
        .into_iter()
        .map(|p| SimilarNames { a: entry_ref(&p.a), b: entry_ref(&p.b), distance: p.distance })
        .collect();
    Ok(HttpResponse::Ok().json(DuplicatesReport { groups, similar, photos: similar_photos(&hashes) }))
}

/// The number at the end of a receipt (`SLUG-00042` → 42), to order entries
/// received in the same instant.
fn receipt_sequence(receipt: &Option<String>) -> i64 {
    receipt.as_deref().and_then(|r| r.rsplit('-').next()).and_then(|n| n.parse().ok()).unwrap_or(i64::MAX)
}

/// Pairs of images in different entries whose hashes are within the
/// near-duplicate distance.
fn similar_photos(hashes: &[PhotoHash]) -> Vec<SimilarPhotos> {
    let parsed: Vec<(u64, &PhotoHash)> =
        hashes.iter().filter_map(|row| u64::from_str_radix(&row.phash, 16).ok().map(|h| (h, row))).collect();
    let photo = |row: &PhotoHash| PhotoRef {
        file_id: row.file_id.clone(),
        entry_id: row.entry_id.clone(),
        receipt_number: row.receipt_number.clone(),
    };
    let mut pairs = Vec::new();
    for (i, (a, row_a)) in parsed.iter().enumerate() {
        for (b, row_b) in &parsed[i + 1..] {
            let distance = phash::distance(*a, *b);
            if row_a.entry_id != row_b.entry_id && distance <= phash::NEAR_DUPLICATE {
                pairs.push(SimilarPhotos { a: photo(row_a), b: photo(row_b), distance });
            }
        }
    }
    pairs
}

/// Every submitted and withdrawn entry as CSV (UTF-8 with BOM, for Excel):
/// receipt, status, screening, entrant, category, duplicate marks, then one
/// column per form field. Cells that a spreadsheet would read as formulas are
/// escaped.
#[utoipa::path(
    operation_id = "export_entries",
    tag = "screening",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "CSV", content_type = "text/csv"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/entries.csv")] // under /contests/{id}
pub async fn export(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let (contest, rows) = state
        .db
        .read(move |conn| {
            let contest = managed_contest(conn, &auth, &id)?;
            Ok((contest, screening::all_for_export(conn, &id)?))
        })
        .await?;
    let form = rules_of(&contest)?.form;
    let mut csv = Csv::new();
    csv.row(
        [
            "receipt_number",
            "status",
            "screening",
            "screening_reason",
            "entrant",
            "email",
            "category",
            "submitted_at",
            "duplicate_of",
        ]
        .into_iter()
        .map(str::to_owned)
        .chain(form.fields.iter().map(|f| f.key.clone())),
    );
    for (entry, name, email) in rows {
        let answers: Answers = serde_json::from_str(&entry.answers).map_err(ApiError::internal)?;
        csv.text(entry.receipt_number.as_deref().unwrap_or(""))
            .text(&entry.status)
            .text(&entry.screening)
            .text(entry.screening_reason.as_deref().unwrap_or(""))
            .text(&name)
            .text(email.as_deref().unwrap_or(""))
            .text(entry.category.as_deref().unwrap_or(""))
            .text(&entry.submitted_at.map(format).unwrap_or_default())
            .text(entry.duplicate_of.as_deref().unwrap_or(""));
        for field in &form.fields {
            csv.text(&answer_text(answers.get(&field.key)));
        }
        csv.end_row();
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}-entries.csv\"", contest.slug)))
        .body(csv.into_bytes()))
}

/// An answer as one cell: text as is, choices joined with `; `.
fn answer_text(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(items)) => {
            items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect::<Vec<_>>().join("; ")
        }
        Some(other) => other.to_string(),
    }
}

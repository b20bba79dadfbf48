//! The announcement: organizers set when the results become public; until
//! then nothing about them leaves the organizers (ranks, awards, scores, who
//! advanced). At the time the results are published (see
//! [`crate::publication`]) and everyone can read them: winners by tier with
//! their works, each entrant's own breakdown where the organizer allows it,
//! the gallery once opened, and certificates anyone can verify by code.

use actix_web::http::header;
use actix_web::{HttpResponse, get, put, web};
use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::contests::{managed_contest, visible_contest};
use super::entries::{readable_entry, valid_id};
use super::files::serve;
use crate::auth::AuthUser;
use crate::db::announcements::{self, Announcement, Certificate};
use crate::db::{DbConnection, audit, awards, contests, entries, files, is_unique_violation, scores, stages};
use crate::domain::awards::Tier;
use crate::domain::contest::Form;
use crate::domain::contest::form::Text;
use crate::domain::pagination::{Page, PageQuery, encode_cursor};
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::files::FileKind;
use crate::publication::{self, PublicWork};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct AnnouncementView {
    #[schema(value_type = String, format = DateTime)]
    pub announce_at: String,
    /// Set once the results are public.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<String>,
    /// Each entrant sees their own entry's scores and breakdown.
    pub show_breakdowns: bool,
    /// The gallery of entries is open to the public (after publication).
    pub gallery_open: bool,
    pub version: i32,
}

fn view(a: &Announcement) -> AnnouncementView {
    AnnouncementView {
        announce_at: format(a.announce_at),
        published_at: a.published_at.map(format),
        show_breakdowns: a.show_breakdowns,
        gallery_open: a.gallery_open,
        version: a.version,
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnnouncementDocument {
    /// When the results become public; fixed once published.
    pub announce_at: DateTime<Utc>,
    /// Default false.
    pub show_breakdowns: Option<bool>,
    /// Default false; takes effect only after publication.
    pub gallery_open: Option<bool>,
    /// Updates only: the version last read.
    pub version: Option<i32>,
}

/// How far in the past an announcement time may be set (a clock's skew, a
/// slow form): earlier than this is a mistake, not "now".
const PAST_TOLERANCE_SECS: i64 = 60;

/// Reads the contest's announcement, publishing first if its time has just
/// come, so that no reader waits for the job's next pass.
async fn current(state: &AppState, contest_id: String) -> Result<Option<Announcement>, ApiError> {
    let now = state.now();
    let id = contest_id.clone();
    let found = state.db.read(move |conn| Ok(announcements::find(conn, &id)?)).await?;
    match found {
        Some(a) if !a.is_published() && a.announce_at <= now => {
            let settings = state.settings.clone();
            let published = state.db.write(move |conn| publication::current(conn, &settings, &contest_id, now)).await?;
            state.mail_wakeup.notify_one();
            Ok(published)
        }
        other => Ok(other),
    }
}

/// Sets when the contest's results are announced, and whether entrants see
/// their breakdowns and the public the gallery (organizers). The time is
/// fixed once the results are published; the two switches are not.
#[utoipa::path(
    tag = "announcement",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    request_body = AnnouncementDocument,
    responses(
        (status = 200, body = AnnouncementView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Stale version, the contest is a draft, or published and the time changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/announcement")] // under /contests/{id}
#[tracing::instrument(name = "set_announcement", skip_all, fields(user_id = %auth.id()))]
pub async fn set_announcement(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<AnnouncementDocument>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let doc = body.into_inner();
    let now = state.now();
    let saved = state
        .db
        .write(move |conn| {
            let contest = managed_contest(conn, &auth, &contest_id)?;
            if contest.published_at.is_none() {
                return Err(ApiError::conflict("Publish the contest before announcing its results."));
            }
            let settings = announcements::Settings {
                announce_at: doc.announce_at.naive_utc().trunc_subsecs(3),
                show_breakdowns: doc.show_breakdowns.unwrap_or(false),
                gallery_open: doc.gallery_open.unwrap_or(false),
            };
            let existing = announcements::lock(conn, &contest_id)?;
            let published = existing.as_ref().is_some_and(Announcement::is_published);
            if published {
                if existing.as_ref().is_some_and(|a| a.announce_at != settings.announce_at) {
                    return Err(ApiError::new(
                        ErrorCode::ResultsPublished,
                        "The results are published: the announcement time is fixed.",
                    ));
                }
            } else if settings.announce_at < now - TimeDelta::seconds(PAST_TOLERANCE_SECS) {
                return Err(ApiError::validation(vec![FieldError::new(
                    "announce_at",
                    "in_the_past",
                    "Choose a time from now on.",
                )]));
            }
            let by = auth.user.id.as_str();
            match existing {
                None => match announcements::insert(conn, &contest_id, &settings, by, now) {
                    Err(e) if is_unique_violation(&e) => {
                        return Err(ApiError::conflict("The announcement was set a moment ago; reload."));
                    }
                    other => other.map(|_| ())?,
                },
                Some(_) => {
                    let version = doc
                        .version
                        .ok_or_else(|| ApiError::field("version", "required", "Send the version you last read."))?;
                    if announcements::update(conn, &contest_id, version, &settings, by, now)? == 0 {
                        return Err(ApiError::new(
                            ErrorCode::VersionConflict,
                            "Someone changed the announcement after you read it. Reload and try again.",
                        ));
                    }
                }
            }
            audit::record(
                conn,
                Some(by),
                "announcement.set",
                ("contest", Some(&contest_id)),
                serde_json::json!({
                    "announce_at": format(settings.announce_at),
                    "show_breakdowns": settings.show_breakdowns,
                    "gallery_open": settings.gallery_open,
                }),
                now,
            )?;
            announcements::find(conn, &contest_id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view(&saved)))
}

/// When the contest's results are (or were) announced. Public for a
/// published contest: the time itself is no secret.
#[utoipa::path(
    tag = "announcement",
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = AnnouncementView),
        (status = 404, description = "No such contest, or no announcement set", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/announcement")] // under /contests/{id}
pub async fn show_announcement(
    state: web::Data<AppState>,
    auth: Option<AuthUser>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let check = contest_id.clone();
    state.db.read(move |conn| visible_contest(conn, auth.as_ref(), &check).map(|_| ())).await?;
    let found = current(&state, contest_id).await?.ok_or_else(ApiError::not_found)?;
    Ok(HttpResponse::Ok().json(view(&found)))
}

fn not_announced() -> ApiError {
    ApiError::new(ErrorCode::ResultsNotAnnounced, "The results are not announced yet.")
}

/// The published results: winners by tier, best first, with their works and
/// the names their entrants chose to show (null for those who asked not to
/// be named). Public, and the same for everyone; frozen at publication.
#[utoipa::path(
    tag = "announcement",
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = publication::PublishedResults),
        (status = 404, description = "No such contest, or `results_not_announced`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/results")] // under /contests/{id}
pub async fn published_results(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let now = state.now();
    let id = contest_id.clone();
    // One statement on the hot path: the announcement row holds the frozen results.
    let found = state.db.read(move |conn| Ok(announcements::find(conn, &id)?)).await?;
    let found = match found {
        Some(a) if a.is_published() => a,
        Some(a) if a.announce_at <= now => current(&state, contest_id).await?.ok_or_else(not_announced)?,
        Some(_) => return Err(not_announced()),
        None => {
            let exists = state
                .db
                .read(move |conn| Ok(contests::find(conn, &contest_id)?.is_some_and(|c| c.published_at.is_some())))
                .await?;
            return Err(if exists { not_announced() } else { ApiError::not_found() });
        }
    };
    let body = found.results.ok_or_else(not_announced)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .body(body))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EntryResultView {
    pub entry_id: String,
    /// The entry's award, if it won one.
    pub award: Option<EntryAward>,
    /// Per closed stage, in order; null unless the organizer shows breakdowns.
    pub stages: Option<Vec<StageBreakdown>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EntryAward {
    pub tier: String,
    pub label: Text,
    pub place: i32,
    /// Verify it at `/certificates/{code}`; the PDF at `/certificates/{code}/pdf`.
    pub certificate_code: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StageBreakdown {
    pub stage_id: String,
    pub name: Text,
    /// `rubric` or `pairwise`.
    pub mode: String,
    pub rank: Option<u32>,
    /// How many entries the stage ranked.
    pub ranked: usize,
    pub advanced: bool,
    pub final_score: Option<f64>,
    /// Rubric stages: the jury's aggregate, the public share, the bonus.
    pub jury: Option<f64>,
    pub public: Option<f64>,
    pub bonus: Option<f64>,
    pub bonus_rules: Vec<String>,
    /// Mean raw points per criterion, in the rubric's order (rubric stages).
    pub criteria: Vec<CriterionMean>,
    /// Each judge's total, without who gave it (sorted; `dropped` by a trimmed mean).
    pub judges: Vec<JudgeMark>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionMean {
    pub key: String,
    pub label: Text,
    /// The criterion's highest score.
    pub max: f64,
    pub mean: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JudgeMark {
    pub raw: f64,
    pub normalized: f64,
    pub dropped: bool,
}

/// The entry's mean per criterion, labelled from the stage's rubric.
fn criterion_means(rubric: &str, means: &Value) -> Vec<CriterionMean> {
    let rubric: crate::domain::judging::rubric::Rubric = match serde_json::from_str(rubric) {
        Ok(r) => r,
        Err(_) => return Vec::new(),
    };
    rubric
        .criteria
        .into_iter()
        .filter_map(|c| Some(CriterionMean { mean: means[&c.key].as_f64()?, key: c.key, label: c.label, max: c.max }))
        .collect()
}

fn breakdowns(conn: &mut DbConnection, contest_id: &str, entry_id: &str) -> Result<Vec<StageBreakdown>, ApiError> {
    let list = stages::list_for_contest(conn, contest_id)?;
    let mut out = Vec::new();
    for (i, stage) in list.iter().enumerate() {
        if stage.closed_at.is_none() {
            continue;
        }
        let Some(stored) = scores::stored_results(conn, &stage.id)? else { continue };
        let results: Value = serde_json::from_str(&stored.results).map_err(ApiError::internal)?;
        let pairwise = results["mode"] == "pairwise";
        let rows = if pairwise { &results["ranking"] } else { &results["entries"] };
        let rows = rows.as_array().cloned().unwrap_or_default();
        let key = if pairwise { "entry_id" } else { "entry" };
        let Some(row) = rows.iter().find(|r| r[key] == entry_id) else { continue };
        let advanced = match list.get(i + 1) {
            Some(next) => stages::judges_entry(conn, next, entry_id)?,
            None => false,
        };
        let number = |k: &str| row[k].as_f64();
        let mut judges: Vec<JudgeMark> = row["judges"]
            .as_array()
            .map(|js| {
                js.iter()
                    .map(|j| JudgeMark {
                        raw: j["raw"].as_f64().unwrap_or(0.0),
                        normalized: j["normalized"].as_f64().unwrap_or(0.0),
                        dropped: j["dropped"].as_bool().unwrap_or(false),
                    })
                    .collect()
            })
            .unwrap_or_default();
        judges.sort_by(|a, b| a.raw.total_cmp(&b.raw));
        out.push(StageBreakdown {
            stage_id: stage.id.clone(),
            name: Text { ko: stage.name_ko.clone(), en: stage.name_en.clone() },
            mode: stage.mode.clone(),
            rank: row["rank"].as_u64().and_then(|r| u32::try_from(r).ok()),
            ranked: rows.len(),
            advanced,
            final_score: if pairwise { number("mu") } else { number("final_score") },
            jury: number("jury"),
            public: number("public"),
            bonus: number("bonus"),
            bonus_rules: serde_json::from_value(row["bonus_rules"].clone()).unwrap_or_default(),
            criteria: criterion_means(&stage.rubric, &row["criteria"]),
            judges,
        });
    }
    Ok(out)
}

/// The entry's own result, once announced: its award (with the
/// certificate's code) and, where the organizer allows it, its scores and
/// breakdown per stage. For the entrant, their team and the organizers.
#[utoipa::path(
    tag = "announcement",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    responses(
        (status = 200, body = EntryResultView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry of yours, or `results_not_announced`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/result")] // under /entries/{id}
pub async fn entry_result(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let entry_id = valid_id(&id)?;
    let probe = entry_id.clone();
    let reader = auth.clone();
    let entry = state.db.read(move |conn| Ok(readable_entry(conn, &reader, &probe)?.0)).await?;
    let announcement = current(&state, entry.contest_id.clone())
        .await?
        .filter(Announcement::is_published)
        .ok_or_else(not_announced)?;
    let result = state
        .db
        .read(move |conn| {
            let award = match awards::of_entry(conn, &entry_id)? {
                None => None,
                Some(a) => {
                    let tiers: Vec<Tier> = match awards::settings(conn, &entry.contest_id)? {
                        Some(s) => serde_json::from_str(&s.tiers).map_err(ApiError::internal)?,
                        None => Vec::new(),
                    };
                    let label = tiers
                        .iter()
                        .find(|t| t.key == a.tier_key)
                        .map(|t| t.label.clone())
                        .unwrap_or(Text { ko: a.tier_key.clone(), en: None });
                    let certificate_code = announcements::certificate_of_entry(conn, &entry_id)?.map(|c| c.code);
                    Some(EntryAward { tier: a.tier_key, label, place: a.place, certificate_code })
                }
            };
            let stages =
                if announcement.show_breakdowns { Some(breakdowns(conn, &entry.contest_id, &entry_id)?) } else { None };
            Ok(EntryResultView { entry_id, award, stages })
        })
        .await?;
    Ok(HttpResponse::Ok().json(result))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreditView {
    /// The name published results show; null: the display or team name.
    pub name: Option<String>,
    /// Not named at all in published results.
    pub hidden: bool,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditDocument {
    /// 1–60 characters, or null for the display or team name.
    pub name: Option<String>,
    pub hidden: bool,
}

/// How the entry is credited in published results (the entrant, or a
/// team's leader). Fixed once the results are published.
#[utoipa::path(
    tag = "announcement",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    request_body = CreditDocument,
    responses(
        (status = 200, body = CreditView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`results_published`", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/credit")] // under /entries/{id}
#[tracing::instrument(name = "set_credit", skip_all, fields(user_id = %auth.id()))]
pub async fn set_credit(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<CreditDocument>,
) -> Result<HttpResponse, ApiError> {
    let entry_id = valid_id(&id)?;
    let doc = body.into_inner();
    let name = doc.name.as_deref().map(str::trim).map(str::to_owned);
    if name.as_deref().is_some_and(|n| n.is_empty() || n.chars().count() > 60 || n.chars().any(char::is_control)) {
        return Err(ApiError::field("name", "invalid_length", "Between 1 and 60 characters, or null."));
    }
    let now = state.now();
    let saved = state
        .db
        .write(move |conn| {
            // The entry's owner: a person, or a team's leader.
            let entry = entries::find(conn, &entry_id)?
                .filter(|e| e.user_id == auth.user.id)
                .ok_or_else(ApiError::not_found)?;
            if announcements::lock(conn, &entry.contest_id)?.is_some_and(|a| a.is_published()) {
                return Err(ApiError::new(
                    ErrorCode::ResultsPublished,
                    "The results are published: the credits are final.",
                ));
            }
            announcements::set_credit(conn, &entry_id, name.as_deref(), doc.hidden)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "entry.credit_set",
                ("entry", Some(&entry_id)),
                serde_json::json!({ "hidden": doc.hidden }),
                now,
            )?;
            Ok(CreditView { name, hidden: doc.hidden })
        })
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

/// How the entry is credited in published results.
#[utoipa::path(
    tag = "announcement",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    responses(
        (status = 200, body = CreditView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/credit")] // under /entries/{id}
pub async fn show_credit(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let entry_id = valid_id(&id)?;
    let entry = state.db.read(move |conn| Ok(readable_entry(conn, &auth, &entry_id)?.0)).await?;
    Ok(HttpResponse::Ok().json(CreditView { name: entry.credit_name, hidden: entry.credit_hidden }))
}

/// The contest's gallery, once the results are published and the organizer
/// opened it: every submitted, eligible entry's public work (no names, no
/// personal data), a page at a time.
#[utoipa::path(
    tag = "announcement",
    params(("id" = String, Path, description = "The contest"), PageQuery),
    responses(
        (status = 200, body = inline(Page<PublicWork>)),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such contest, `results_not_announced`, or the gallery is closed", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/gallery")] // under /contests/{id}
pub async fn gallery(
    state: web::Data<AppState>,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let page = query.into_inner().parse()?;
    let announcement =
        current(&state, contest_id.clone()).await?.filter(Announcement::is_published).ok_or_else(not_announced)?;
    if !announcement.gallery_open {
        return Err(ApiError::not_found());
    }
    let page = state
        .db
        .read(move |conn| {
            let contest = contests::find(conn, &contest_id)?.ok_or_else(ApiError::not_found)?;
            let form: Form = serde_json::from_str(&contest.form).map_err(ApiError::internal)?;
            let mut ids =
                announcements::gallery_page(conn, &contest_id, page.after.as_deref(), i64::from(page.limit) + 1)?;
            let more = ids.len() > page.limit as usize;
            ids.truncate(page.limit as usize);
            let items = publication::public_works(conn, &form, &ids)?;
            let next_cursor = if more { items.last().map(|w| encode_cursor(&w.entry_id)) } else { None };
            Ok(Page { items, next_cursor })
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Whether anyone may read this entry's files: a winner's once the results
/// are published, any gallery entry's once the gallery is open.
fn public_file(conn: &mut DbConnection, id: &str) -> Result<files::StoredFile, ApiError> {
    let file = files::find(conn, id)?.ok_or_else(ApiError::not_found)?;
    let announcement = announcements::find(conn, &file.contest_id)?
        .filter(Announcement::is_published)
        .ok_or_else(ApiError::not_found)?;
    if awards::of_entry(conn, &file.entry_id)?.is_some() {
        return Ok(file);
    }
    if announcement.gallery_open {
        let entry = entries::find(conn, &file.entry_id)?.ok_or_else(ApiError::not_found)?;
        if entry.status == entries::SUBMITTED && entry.screening != crate::db::screening::DISQUALIFIED {
            return Ok(file);
        }
    }
    Err(ApiError::not_found())
}

/// A published work's file (a winner's, or a gallery entry's once the
/// gallery is open), for anyone; its metadata was stripped at upload.
#[utoipa::path(
    tag = "announcement",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The file's bytes", content_type = "application/octet-stream"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("")] // under /works/files/{id}
pub async fn work_file(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let file = state.db.read(move |conn| public_file(conn, &id)).await?;
    let kind = files::kind_of(&file.kind).ok_or_else(|| ApiError::internal(anyhow::anyhow!("unknown kind")))?;
    let name = format!("{}.{}", file.id, kind.extension());
    serve(&state, file.storage_key, kind, name).await
}

/// A published work's thumbnail (JPEG), for anyone.
#[utoipa::path(
    tag = "announcement",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "A JPEG", content_type = "image/jpeg"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/thumbnail")] // under /works/files/{id}
pub async fn work_thumbnail(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let file = state.db.read(move |conn| public_file(conn, &id)).await?;
    let key = file.thumbnail_key.ok_or_else(ApiError::not_found)?;
    serve(&state, key, FileKind::Jpeg, format!("{}-thumbnail.jpg", file.id)).await
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateView {
    pub code: String,
    pub contest_id: String,
    pub contest_title: Text,
    pub organization_name: String,
    pub award: Text,
    pub winner_name: String,
    pub work_title: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub issued_at: String,
}

fn certificate_view(c: Certificate) -> CertificateView {
    CertificateView {
        code: c.code,
        contest_id: c.contest_id,
        contest_title: Text { ko: c.contest_title_ko, en: c.contest_title_en },
        organization_name: c.organization_name,
        award: Text { ko: c.award_label_ko, en: c.award_label_en },
        winner_name: c.winner_name,
        work_title: c.work_title,
        issued_at: format(c.issued_at),
    }
}

fn find_certificate(conn: &mut DbConnection, raw: &str) -> Result<Certificate, ApiError> {
    let code = crate::certificates::normalize_code(raw).ok_or_else(ApiError::not_found)?;
    announcements::certificate(conn, &code)?.ok_or_else(ApiError::not_found)
}

/// Verifies a certificate's code: what it certifies (public).
#[utoipa::path(
    tag = "announcement",
    params(("code" = String, Path, description = "As printed; case, spaces and dashes do not matter")),
    responses(
        (status = 200, body = CertificateView),
        (status = 404, description = "No certificate has this code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("")] // under /certificates/{code}
pub async fn verify_certificate(state: web::Data<AppState>, code: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let code = code.into_inner();
    let found = state.db.read(move |conn| find_certificate(conn, &code)).await?;
    Ok(HttpResponse::Ok().json(certificate_view(found)))
}

/// The certificate as a PDF (public by its code, which only the winner and
/// the organizers are given).
#[utoipa::path(
    tag = "announcement",
    params(("code" = String, Path)),
    responses(
        (status = 200, description = "The certificate", content_type = "application/pdf"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/pdf")] // under /certificates/{code}
pub async fn certificate_pdf(state: web::Data<AppState>, code: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let code = code.into_inner();
    let found = state.db.read(move |conn| find_certificate(conn, &code)).await?;
    let verify_url = state.settings.link(&format!("/certificates/{}", found.code), &[]);
    let file_name = format!("certificate-{}.pdf", found.code);
    let pdf = web::block(move || render_certificate(&found, &verify_url))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")))
        .insert_header((header::CACHE_CONTROL, "private, max-age=3600"))
        .body(pdf))
}

/// Renders the certificate. A character the font lacks (an emoji in a team
/// name, say) is left out rather than refusing the winner their PDF.
fn render_certificate(c: &Certificate, verify_url: &str) -> Result<Vec<u8>, crate::certificates::CertificateError> {
    use crate::certificates::{CertificateError, CertificateText, render_pdf};
    let mut left_out: Vec<char> = Vec::new();
    loop {
        let clean = |s: &str| s.chars().filter(|ch| !left_out.contains(ch)).collect::<String>();
        let (contest_ko, contest_en, award_ko, award_en) = (
            clean(&c.contest_title_ko),
            c.contest_title_en.as_deref().map(clean),
            clean(&c.award_label_ko),
            c.award_label_en.as_deref().map(clean),
        );
        let (winner, work, organization) =
            (clean(&c.winner_name), c.work_title.as_deref().map(clean), clean(&c.organization_name));
        let rendered = render_pdf(&CertificateText {
            contest_title_ko: &contest_ko,
            contest_title_en: contest_en.as_deref(),
            award_label_ko: &award_ko,
            award_label_en: award_en.as_deref(),
            winner_name: &winner,
            work_title: work.as_deref(),
            organization_name: &organization,
            issued_on: c.issued_at.date(),
            code: &c.code,
            verify_url,
        });
        match rendered {
            Err(CertificateError::UnsupportedCharacter { character, .. })
                if left_out.len() < 32 && !left_out.contains(&character) =>
            {
                left_out.push(character)
            }
            other => return other,
        }
    }
}

/// Every certificate of the contest (organizers), to hand out or print.
#[utoipa::path(
    tag = "announcement",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = Vec<CertificateView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/certificates")] // under /contests/{id}
pub async fn list_certificates(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let rows = state
        .db
        .read(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            Ok(announcements::certificates_of_contest(conn, &contest_id)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(certificate_view).collect::<Vec<_>>()))
}

/// Refuses a change to the awards once the results are published. Takes the
/// announcement's row lock, so the change runs wholly before or after a
/// publication.
pub(crate) fn refuse_if_published(conn: &mut DbConnection, contest_id: &str) -> Result<(), ApiError> {
    if announcements::lock(conn, contest_id)?.is_some_and(|a| a.is_published()) {
        return Err(ApiError::new(ErrorCode::ResultsPublished, "The results are published: the awards are final."));
    }
    Ok(())
}

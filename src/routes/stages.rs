//! Judging stages: organizers create them in order (서류 → 예선 → 본선), each
//! with a scoring window, a blind flag, how entries are assigned, a rubric and
//! a scoring recipe. Once scoring opens the rubric and recipe are frozen: the
//! recipe changes only with a recorded reason, the rubric not at all once a
//! score exists.

use actix_web::{HttpResponse, get, post, put, web};
use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::contests::{managed_contest, visible_contest};
use super::entries::valid_id;
use super::fields::Fields;
use crate::auth::AuthUser;
use crate::db::contests::Contest;
use crate::db::stages::{self, PAIRWISE, RUBRIC, Stage, StageFields};
use crate::db::{DbConnection, audit, is_unique_violation};
use crate::domain::contest::form::Text;
use crate::domain::ids::new_id;
use crate::domain::judging::assignment::Mode;
use crate::domain::judging::recipe::Recipe;
use crate::domain::judging::rubric::Rubric;
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::state::AppState;

/// Where a stage is in its life, by the server's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StageState {
    /// Scoring has not opened; the rubric and recipe can still change.
    Upcoming,
    /// Judges score.
    Scoring,
    /// The window has ended; the organizer has not closed the stage yet.
    Ended,
    /// Closed by the organizer: results stored, entries advanced.
    Closed,
}

pub fn stage_state(stage: &Stage, now: NaiveDateTime) -> StageState {
    if stage.closed_at.is_some() {
        StageState::Closed
    } else if now < stage.opens_at {
        StageState::Upcoming
    } else if now < stage.closes_at {
        StageState::Scoring
    } else {
        StageState::Ended
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StageView {
    pub id: String,
    pub contest_id: String,
    /// 1 for the first stage.
    pub position: i32,
    pub name: Text,
    /// `rubric`.
    pub mode: String,
    /// Judges see nothing that identifies the entrants.
    pub blind: bool,
    #[schema(value_type = String, format = DateTime)]
    pub opens_at: String,
    #[schema(value_type = String, format = DateTime)]
    pub closes_at: String,
    pub state: StageState,
    pub assignment: Mode,
    pub rubric: Rubric,
    pub recipe: Recipe,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub closed_at: Option<String>,
    /// Send it back when saving.
    pub version: i32,
}

pub fn stage_view(stage: Stage, now: NaiveDateTime) -> Result<StageView, ApiError> {
    let parse_err = ApiError::internal;
    Ok(StageView {
        state: stage_state(&stage, now),
        assignment: serde_json::from_str(&stage.assignment).map_err(parse_err)?,
        rubric: serde_json::from_str(&stage.rubric).map_err(parse_err)?,
        recipe: serde_json::from_str(&stage.recipe).map_err(parse_err)?,
        name: Text { ko: stage.name_ko, en: stage.name_en },
        opens_at: format(stage.opens_at),
        closes_at: format(stage.closes_at),
        closed_at: stage.closed_at.map(format),
        id: stage.id,
        contest_id: stage.contest_id,
        position: stage.position,
        mode: stage.mode,
        blind: stage.blind,
        version: stage.version,
    })
}

/// What an organizer sends to create a stage, or to replace its settings
/// (with the `version` they last read).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageDocument {
    /// Updates only: the version last read.
    pub version: Option<i32>,
    pub name: Text,
    /// `rubric` (the default) or `pairwise` (CrowdBT finals: judges compare entries two at a time).
    pub mode: Option<String>,
    /// Default true: judges see nothing that identifies the entrants.
    pub blind: Option<bool>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Default: every judge scores every entry.
    pub assignment: Option<Mode>,
    /// Required for `rubric` stages; not used by `pairwise` ones.
    pub rubric: Option<Rubric>,
    /// Default: mean of the raw totals, earliest submission breaks ties, nobody advances.
    pub recipe: Option<Recipe>,
    /// Changing the recipe after scoring opened: why (kept in the audit trail).
    pub reopen_reason: Option<String>,
}

/// The JSON columns hold plain data that always serializes.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Times are stored at the precision the API shows (milliseconds).
fn api_precision(time: DateTime<Utc>) -> NaiveDateTime {
    time.naive_utc().trunc_subsecs(3)
}

fn parse_document(doc: &StageDocument) -> Result<StageFields, ApiError> {
    let mut fields = Fields::default();
    let name_ok = |v: &str| !v.trim().is_empty() && v.chars().count() <= 100;
    if !name_ok(&doc.name.ko) {
        fields.push(FieldError::new("name.ko", "invalid_length", "Between 1 and 100 characters."));
    }
    if doc.name.en.as_deref().is_some_and(|v| !name_ok(v)) {
        fields.push(FieldError::new("name.en", "invalid_length", "Between 1 and 100 characters."));
    }
    let mode = doc.mode.clone().unwrap_or_else(|| RUBRIC.to_owned());
    if mode != RUBRIC && mode != PAIRWISE {
        fields.push(FieldError::new("mode", "unknown_mode", "The mode is `rubric` or `pairwise`."));
    }
    let (opens_at, closes_at) = (api_precision(doc.opens_at), api_precision(doc.closes_at));
    if closes_at <= opens_at {
        fields.push(FieldError::new("closes_at", "invalid_schedule", "Scoring must close after it opens."));
    }
    let assignment = doc.assignment.unwrap_or(Mode::Everyone);
    if let Mode::PerEntry { k } = assignment
        && !(1..=50).contains(&k)
    {
        fields.push(FieldError::new("assignment.k", "out_of_range", "Between 1 and 50 judges per entry."));
    }
    if mode == PAIRWISE && assignment != Mode::Everyone {
        fields.push(FieldError::new("assignment", "not_allowed", "Pairwise judges are handed entries one by one."));
    }
    // A pairwise stage ranks by CrowdBT: no rubric, and of the recipe only
    // the advance rule applies.
    let rubric = match &doc.rubric {
        Some(rubric) => {
            if let Err(errors) = rubric.check() {
                fields.extend(
                    errors
                        .into_iter()
                        .map(|e| FieldError::new(format!("rubric.{}", e.field), e.code, e.message))
                        .collect(),
                );
            }
            rubric.clone()
        }
        None => {
            if mode != PAIRWISE {
                fields.push(FieldError::new("rubric", "required", "A rubric stage needs a rubric."));
            }
            Rubric { criteria: Vec::new(), comment_required: false }
        }
    };
    let recipe = doc.recipe.clone().unwrap_or_default();
    if doc.rubric.is_some()
        && rubric.check().is_ok()
        && let Err(errors) = recipe.check(&rubric)
    {
        fields.extend(
            errors.into_iter().map(|e| FieldError::new(format!("recipe.{}", e.field), e.code, e.message)).collect(),
        );
    }
    if doc.reopen_reason.as_ref().is_some_and(|r| r.trim().is_empty() || r.chars().count() > 1000) {
        fields.push(FieldError::new("reopen_reason", "invalid_length", "Between 1 and 1000 characters."));
    }
    fields.finish()?;
    Ok(StageFields {
        name_ko: doc.name.ko.trim().to_owned(),
        name_en: doc.name.en.as_ref().map(|v| v.trim().to_owned()),
        mode,
        blind: doc.blind.unwrap_or(true),
        opens_at,
        closes_at,
        assignment: json(&assignment),
        rubric: json(&rubric),
        recipe: json(&recipe),
    })
}

/// The stage and its contest, if the caller organizes the contest (404 if
/// unknown, 403 if not an organizer of it).
pub fn managed_stage(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<(Stage, Contest), ApiError> {
    let stage = stages::find(conn, id)?.ok_or_else(ApiError::not_found)?;
    let contest = managed_contest(conn, auth, &stage.contest_id)?;
    Ok((stage, contest))
}

/// The stage, if the caller organizes its contest or sits on its panel;
/// anyone else gets 404. Says whether the caller is an organizer.
pub fn stage_for_member(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<(Stage, bool), ApiError> {
    let stage = stages::find(conn, id)?.ok_or_else(ApiError::not_found)?;
    if managed_contest(conn, auth, &stage.contest_id).is_ok() {
        return Ok((stage, true));
    }
    if stages::active_judge(conn, &stage.id, &auth.user.id)?.is_some() {
        return Ok((stage, false));
    }
    Err(ApiError::not_found())
}

/// Adds a judging stage after the contest's last one.
#[utoipa::path(
    operation_id = "create_stage",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    request_body = StageDocument,
    responses(
        (status = 201, body = StageView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/stages")] // under /contests/{id}
#[tracing::instrument(name = "create_stage", skip_all, fields(user_id = %auth.id()))]
pub async fn create(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<StageDocument>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let now = state.now();
    let doc = body.into_inner();
    let stage = state
        .db
        .write(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            if doc.version.is_some() || doc.reopen_reason.is_some() {
                return Err(ApiError::field("version", "not_allowed", "A new stage has no version yet."));
            }
            let fields = parse_document(&doc)?;
            let id = new_id();
            match stages::insert(conn, &id, &contest_id, &fields, now) {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("Another stage was added at the same time; try again."));
                }
                other => other?,
            };
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.created",
                ("stage", Some(&id)),
                serde_json::json!({ "contest_id": contest_id }),
                now,
            )?;
            stages::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Created().json(stage_view(stage, now)?))
}

/// The contest's stages, in order: for its organizers, and for the judges of
/// a stage (who see only the stages they judge).
#[utoipa::path(
    operation_id = "list_stages",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = Vec<StageView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/stages")] // under /contests/{id}
pub async fn list(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let now = state.now();
    let rows = state
        .db
        .read(move |conn| {
            let (_, organizer) = visible_contest(conn, Some(&auth), &contest_id)?;
            if organizer {
                return Ok(stages::list_for_contest(conn, &contest_id)?);
            }
            Ok(stages::judged_by(conn, &contest_id, &auth.user.id)?)
        })
        .await?;
    let views = rows.into_iter().map(|s| stage_view(s, now)).collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(views))
}

/// One stage, for its contest's organizers and its judges.
#[utoipa::path(
    operation_id = "show_stage",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = StageView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("")] // under /stages/{id}
pub async fn show(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let (stage, _) = state.db.read(move |conn| stage_for_member(conn, &auth, &id)).await?;
    Ok(HttpResponse::Ok().json(stage_view(stage, now)?))
}

/// Replaces a stage's settings. Before scoring opens anything may change.
/// After, the schedule and panel settings may, the recipe only with a
/// `reopen_reason` (audited), and the rubric only while no score exists.
#[utoipa::path(
    operation_id = "update_stage",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = StageDocument,
    responses(
        (status = 200, body = StageView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("")] // under /stages/{id}
#[tracing::instrument(name = "update_stage", skip_all, fields(user_id = %auth.id()))]
pub async fn update(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<StageDocument>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let doc = body.into_inner();
    let stage = state
        .db
        .write(move |conn| {
            let (current, _) = managed_stage(conn, &auth, &id)?;
            let version =
                doc.version.ok_or_else(|| ApiError::field("version", "required", "Send the version you last read."))?;
            let fields = parse_document(&doc)?;
            if current.closed_at.is_some() {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is closed; its results are final."));
            }
            if current.is_frozen(now) {
                if fields.mode != current.mode || fields.blind != current.blind {
                    return Err(ApiError::new(
                        ErrorCode::StageFrozen,
                        "The mode and blindness cannot change once scoring has opened.",
                    ));
                }
                if fields.rubric != current.rubric && crate::db::scores::any_in_stage(conn, &id)? {
                    return Err(ApiError::new(
                        ErrorCode::StageFrozen,
                        "The rubric cannot change once judges have scored.",
                    ));
                }
                if fields.recipe != current.recipe || fields.rubric != current.rubric {
                    let Some(reason) = doc.reopen_reason.as_deref() else {
                        return Err(ApiError::new(
                            ErrorCode::StageFrozen,
                            "Scoring has opened: send a `reopen_reason` to change the rubric or recipe.",
                        ));
                    };
                    audit::record(
                        conn,
                        Some(&auth.user.id),
                        "stage.recipe_reopened",
                        ("stage", Some(&id)),
                        serde_json::json!({
                            "reason": reason,
                            "old": { "rubric": current.rubric, "recipe": current.recipe },
                            "new": { "rubric": fields.rubric, "recipe": fields.recipe },
                        }),
                        now,
                    )?;
                }
            }
            if stages::update(conn, &id, version, &fields, now)? == 0 {
                return Err(ApiError::new(
                    ErrorCode::VersionConflict,
                    "Someone saved this stage after you read it. Reload and try again.",
                ));
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.updated",
                ("stage", Some(&id)),
                serde_json::json!({ "version": version + 1 }),
                now,
            )?;
            stages::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(stage_view(stage, now)?))
}

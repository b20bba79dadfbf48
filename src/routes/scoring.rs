//! A judge opens an assigned entry (after declaring no conflict) and scores
//! it on the stage's rubric: drafts as often as needed, then submit; changes
//! are allowed until the window ends and every one is kept (who, when, old →
//! new). In a blind stage nothing here carries the entrant's identity.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, put, web};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::assignments::{own_assignment, own_assignment_locked};
use super::entries::valid_id;
use super::stages::managed_stage;
use crate::auth::AuthUser;
use crate::db::assignments::NO_CONFLICT;
use crate::db::scores::{self, DRAFT, NewScore, SUBMITTED, Score};
use crate::db::{contests, entries, files, teams, users};
use crate::domain::contest::Form;
use crate::domain::judging::rubric::Rubric;
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, Problem};
use crate::files::FileKind;
use crate::state::AppState;

/// A file of the entry as a judge sees it: no original name, no metadata.
#[derive(Debug, Serialize, ToSchema)]
pub struct JudgeFileView {
    /// Read it at `/files/{id}` (and `/files/{id}/thumbnail`).
    pub id: String,
    pub slot: String,
    pub kind: FileKind,
    pub size_bytes: i64,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub thumbnail_ready: bool,
}

/// An entry as its judge sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct JudgeEntryView {
    pub assignment_id: String,
    pub entry_id: String,
    pub blind: bool,
    pub category: Option<String>,
    /// The entry's answers; in a blind stage without the fields the form
    /// marks as identifying.
    #[schema(value_type = Object)]
    pub answers: Value,
    pub files: Vec<JudgeFileView>,
    /// Open stages only: the entrant's display name, or the team's name.
    pub entrant: Option<String>,
    /// Open stages only.
    pub receipt_number: Option<String>,
}

/// The entry behind one of the judge's assignments, once they declared no conflict.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The assignment")),
    responses(
        (status = 200, body = JudgeEntryView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Declare conflicts of interest first", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/entry")] // under /assignments/{id}
pub async fn entry(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let view = state
        .db
        .read(move |conn| {
            let (assignment, stage) = own_assignment(conn, &auth, &id)?;
            if assignment.declaration.as_deref() != Some(NO_CONFLICT) {
                return Err(ApiError::new(
                    ErrorCode::DeclarationRequired,
                    "Declare whether you have a conflict of interest with this entry first.",
                ));
            }
            let entry = entries::find(conn, &assignment.entry_id)?.ok_or_else(ApiError::not_found)?;
            let contest = contests::find(conn, &entry.contest_id)?.ok_or_else(ApiError::not_found)?;
            let form: Form = serde_json::from_str(&contest.form).map_err(ApiError::internal)?;
            let mut answers: serde_json::Map<String, Value> =
                serde_json::from_str(&entry.answers).map_err(ApiError::internal)?;
            if stage.blind {
                for field in form.fields.iter().filter(|f| f.identifying) {
                    answers.remove(&field.key);
                }
            }
            let entrant = if stage.blind {
                None
            } else {
                match &entry.team_id {
                    Some(team) => teams::find(conn, team)?.map(|t| t.name),
                    None => users::find(conn, &entry.user_id)?.map(|u| u.display_name),
                }
            };
            let files = files::list_for_entry(conn, &entry.id)?
                .into_iter()
                .map(|f| JudgeFileView {
                    kind: files::kind_of(&f.kind).unwrap_or(FileKind::Pdf),
                    thumbnail_ready: f.thumbnail_key.is_some(),
                    id: f.id,
                    slot: f.slot,
                    size_bytes: f.size_bytes,
                    width: f.width,
                    height: f.height,
                })
                .collect();
            Ok(JudgeEntryView {
                assignment_id: assignment.id,
                entry_id: entry.id,
                blind: stage.blind,
                category: entry.category,
                answers: Value::Object(answers),
                files,
                entrant,
                receipt_number: if stage.blind { None } else { entry.receipt_number },
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScoreView {
    pub assignment_id: String,
    /// Points per criterion key.
    pub values: BTreeMap<String, f64>,
    pub comment: Option<String>,
    /// `draft` or `submitted`.
    pub status: String,
    /// The weighted total of the values.
    pub total: f64,
    /// Send it back when saving.
    pub version: i32,
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: String,
}

fn score_view(score: Score, rubric: &Rubric) -> Result<ScoreView, ApiError> {
    let values: BTreeMap<String, f64> = serde_json::from_str(&score.values).map_err(ApiError::internal)?;
    Ok(ScoreView {
        total: rubric.total(&values),
        values,
        updated_at: format(score.updated_at),
        assignment_id: score.assignment_id,
        comment: score.comment,
        status: score.status,
        version: score.version,
    })
}

fn rubric_of(stage: &crate::db::stages::Stage) -> Result<Rubric, ApiError> {
    serde_json::from_str(&stage.rubric).map_err(ApiError::internal)
}

/// The judge's own score for the assignment.
#[utoipa::path(
    operation_id = "show_score",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The assignment")),
    responses(
        (status = 200, body = ScoreView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such assignment, or no score yet", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/score")] // under /assignments/{id}
pub async fn show(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let (score, stage) = state
        .db
        .read(move |conn| {
            let (assignment, stage) = own_assignment(conn, &auth, &id)?;
            let score = scores::for_assignment(conn, &assignment.id)?.ok_or_else(ApiError::not_found)?;
            Ok((score, stage))
        })
        .await?;
    Ok(HttpResponse::Ok().json(score_view(score, &rubric_of(&stage)?)?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoreSave {
    /// Points per criterion key; a draft may leave criteria out.
    pub values: BTreeMap<String, f64>,
    pub comment: Option<String>,
    /// true: submit (every criterion required, and the comment if the rubric asks for one).
    #[serde(default)]
    pub submit: bool,
    /// The version last read; omit on the first save.
    pub version: Option<i32>,
}

/// Saves the judge's score as a draft or submits it. Allowed while the
/// stage's scoring window is open (by the server's clock), after declaring
/// no conflict. Parallel saves of one assignment leave one current score,
/// and each is in the audit trail.
#[utoipa::path(
    operation_id = "save_score",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The assignment")),
    request_body = ScoreSave,
    responses(
        (status = 200, body = ScoreView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Declare conflicts of interest first", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Scoring is not open, or a newer version exists", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/score")] // under /assignments/{id}
#[tracing::instrument(name = "save_score", skip_all, fields(user_id = %auth.id()))]
pub async fn save(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<ScoreSave>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let (score, rubric) = state
        .db
        .write(move |conn| {
            // Read under the lock: parallel saves of this assignment queue
            // here, and a declaration or removal made meanwhile is seen.
            let (assignment, stage) = own_assignment_locked(conn, &auth, &id)?;
            if assignment.declaration.as_deref() != Some(NO_CONFLICT) {
                return Err(ApiError::new(
                    ErrorCode::DeclarationRequired,
                    "Declare whether you have a conflict of interest with this entry first.",
                ));
            }
            if stage.mode != crate::db::stages::RUBRIC {
                return Err(ApiError::conflict("This stage is judged in pairs, not on a rubric."));
            }
            let rubric = rubric_of(&stage)?;
            let comment = body.comment.as_deref().map(str::trim).filter(|c| !c.is_empty());
            if comment.is_some_and(|c| c.chars().count() > 5000) {
                return Err(ApiError::field("comment", "too_long", "At most 5000 characters."));
            }
            rubric.validate_sheet(&body.values, comment, body.submit).map_err(ApiError::validation)?;
            if !stage.is_scoring(now) {
                return Err(ApiError::new(
                    ErrorCode::ScoringClosed,
                    "Scores are taken only while the stage's scoring window is open.",
                ));
            }
            let current = scores::for_assignment(conn, &assignment.id)?;
            if let (Some(version), Some(current)) = (body.version, &current)
                && version != current.version
            {
                return Err(ApiError::new(
                    ErrorCode::VersionConflict,
                    "You saved this score elsewhere after you read it. Reload and try again.",
                ));
            }
            let values = serde_json::to_string(&body.values).map_err(ApiError::internal)?;
            let status = if body.submit { SUBMITTED } else { DRAFT };
            if let Some(current) =
                current.as_ref().filter(|c| c.values == values && c.comment.as_deref() == comment && c.status == status)
            {
                return Ok((current.clone(), rubric));
            }
            let new = NewScore { values: &values, comment, status };
            let score = scores::save(conn, &assignment, current.as_ref(), &new, &auth.user.id, now)?;
            Ok((score, rubric))
        })
        .await?;
    Ok(HttpResponse::Ok().json(score_view(score, &rubric)?))
}

/// One change to a score, for the audit trail.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScoreChangeView {
    pub judge_id: String,
    pub entry_id: String,
    #[schema(value_type = String, format = DateTime)]
    pub changed_at: String,
    #[schema(value_type = Option<Object>)]
    pub old_values: Option<Value>,
    #[schema(value_type = Object)]
    pub new_values: Value,
    pub old_comment: Option<String>,
    pub new_comment: Option<String>,
    pub old_status: Option<String>,
    pub new_status: String,
}

/// Every change to the stage's scores, oldest first, for the contest's
/// organizers (the audit trail of judging).
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = Vec<ScoreChangeView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/score-changes")] // under /stages/{id}
pub async fn changes(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let rows = state
        .db
        .read(move |conn| {
            managed_stage(conn, &auth, &stage_id)?;
            Ok(scores::changes_in_stage(conn, &stage_id)?)
        })
        .await?;
    let parse = |s: &str| serde_json::from_str::<Value>(s).map_err(ApiError::internal);
    let views = rows
        .into_iter()
        .map(|(c, judge_id, entry_id)| {
            Ok(ScoreChangeView {
                judge_id,
                entry_id,
                changed_at: format(c.changed_at),
                old_values: c.old_values.as_deref().map(parse).transpose()?,
                new_values: parse(&c.new_values)?,
                old_comment: c.old_comment,
                new_comment: c.new_comment,
                old_status: c.old_status,
                new_status: c.new_status,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(HttpResponse::Ok().json(views))
}

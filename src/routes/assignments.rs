//! Who judges what: organizers plan assignments automatically (every judge
//! every entry, or k judges per entry with balanced loads, never a declared
//! conflict) and adjust them by hand; judges declare, for each assigned
//! entry and before seeing any of its content, whether they have a conflict
//! of interest (제척·기피·회피). A conflict ends the assignment and, with k
//! judges per entry, hands the entry to another judge.

use std::collections::BTreeSet;

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::entries::valid_id;
use super::stages::{managed_stage, stage_for_member};
use crate::auth::AuthUser;
use crate::db::assignments::{self, Assignment, CONFLICT, NO_CONFLICT, ORIGIN_MANUAL, ORIGIN_PLAN, ORIGIN_REPLACEMENT};
use crate::db::stages::{self, PAIRWISE, Stage};
use crate::db::{DbConnection, audit, scores, users};
use crate::domain::csv::Csv;
use crate::domain::judging::assignment::{Mode, plan};
use crate::domain::pagination::{Page, PageQuery};
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, Problem};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentView {
    pub id: String,
    pub stage_id: String,
    pub judge_id: String,
    pub entry_id: String,
    /// `plan`, `manual` or `replacement`.
    pub origin: String,
    /// `no_conflict`, `conflict`, or null before the judge declares.
    pub declaration: Option<String>,
    /// Organizers only: the judge's reason for a conflict.
    pub conflict_reason: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub declared_at: Option<String>,
    /// `draft`, `submitted`, or null before any score.
    pub score_status: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub removed_at: Option<String>,
    pub removed_reason: Option<String>,
}

fn assignment_view(a: Assignment, score_status: Option<String>, for_organizer: bool) -> AssignmentView {
    AssignmentView {
        declared_at: a.declared_at.map(format),
        removed_at: a.removed_at.map(format),
        conflict_reason: if for_organizer { a.conflict_reason } else { None },
        id: a.id,
        stage_id: a.stage_id,
        judge_id: a.judge_id,
        entry_id: a.entry_id,
        origin: a.origin,
        declaration: a.declaration,
        score_status,
        removed_reason: a.removed_reason,
    }
}

fn mode_of(stage: &Stage) -> Result<Mode, ApiError> {
    serde_json::from_str(&stage.assignment).map_err(ApiError::internal)
}

fn refuse_closed(stage: &Stage) -> Result<(), ApiError> {
    if stage.closed_at.is_some() {
        return Err(ApiError::new(ErrorCode::StageClosed, "The stage is closed."));
    }
    Ok(())
}

/// What planning did.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanOutcome {
    /// Assignments added.
    pub added: usize,
    /// Entries that could not get as many judges as the stage asks for
    /// (too few judges without a conflict).
    pub short: Vec<ShortEntry>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ShortEntry {
    pub entry_id: String,
    pub missing: u32,
}

/// Adds the assignments the stage's mode asks for, keeping every current one
/// (for a pairwise stage: puts its entries in play).
/// With `only_per_entry`, does nothing in "everyone" mode (used after a
/// conflict or a removal, where only k-per-entry stages hand work on).
pub fn replan(
    conn: &mut DbConnection,
    stage: &Stage,
    by: Option<&str>,
    now: NaiveDateTime,
) -> Result<PlanOutcome, ApiError> {
    let mode = mode_of(stage)?;
    let automatic = by.is_none();
    if automatic && matches!(mode, Mode::Everyone) {
        return Ok(PlanOutcome { added: 0, short: Vec::new() });
    }
    let entries = stages::entry_ids(conn, stage)?;
    if stage.mode == PAIRWISE {
        // Pairwise judges are handed entries one at a time; planning puts
        // the stage's entries in play at CrowdBT's prior.
        let added = crate::db::pairwise::ensure_items(conn, &stage.id, &entries)?;
        return Ok(PlanOutcome { added, short: Vec::new() });
    }
    let judges: Vec<String> =
        stages::panel(conn, &stage.id)?.into_iter().filter(|j| j.is_active()).filter_map(|j| j.user_id).collect();
    let all = assignments::all_for_stage(conn, &stage.id)?;
    // A declared conflict bars the pair for good; so does a removal by hand
    // (the organizer's decision stands until they assign the pair again).
    let barred: BTreeSet<(String, String)> =
        all.iter().filter(|a| a.removed_at.is_some()).map(|a| (a.judge_id.clone(), a.entry_id.clone())).collect();
    let existing: Vec<(String, String)> =
        all.iter().filter(|a| a.removed_at.is_none()).map(|a| (a.judge_id.clone(), a.entry_id.clone())).collect();
    let outcome = plan(&mode, &entries, &judges, &barred, &existing);
    let origin = if automatic { ORIGIN_REPLACEMENT } else { ORIGIN_PLAN };
    let added = assignments::insert_many(conn, &stage.id, &outcome.add, origin, by, now)?;
    Ok(PlanOutcome {
        added,
        short: outcome.short.into_iter().map(|(entry_id, missing)| ShortEntry { entry_id, missing }).collect(),
    })
}

/// Assigns the stage's entries to its judges by the stage's mode: every
/// judge every entry, or k judges per entry with loads that differ by at
/// most one. Current assignments are kept; running it again adds only what
/// is missing (new entries, new judges).
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = PlanOutcome),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assignments/plan")] // under /stages/{id}
#[tracing::instrument(name = "plan_assignments", skip_all, fields(user_id = %auth.id()))]
pub async fn plan_assignments(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let now = state.now();
    let outcome = state
        .db
        .write(move |conn| {
            let (stage, _) = managed_stage(conn, &auth, &stage_id)?;
            refuse_closed(&stage)?;
            let outcome = replan(conn, &stage, Some(&auth.user.id), now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.assignments_planned",
                ("stage", Some(&stage.id)),
                serde_json::json!({ "added": outcome.added, "short": outcome.short.len() }),
                now,
            )?;
            Ok(outcome)
        })
        .await?;
    Ok(HttpResponse::Ok().json(outcome))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ManualAssignment {
    /// The judge's account id.
    pub judge_id: String,
    pub entry_id: String,
}

/// Assigns one entry to one judge by hand (or restores a removed assignment).
/// A pair the judge declared a conflict for cannot be assigned again.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    request_body = ManualAssignment,
    responses(
        (status = 201, body = AssignmentView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assignments")] // under /stages/{id}
#[tracing::instrument(name = "assign_by_hand", skip_all, fields(user_id = %auth.id()))]
pub async fn assign(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<ManualAssignment>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let (stage, _) = managed_stage(conn, &auth, &stage_id)?;
            refuse_closed(&stage)?;
            if stages::active_judge(conn, &stage.id, &body.judge_id)?.is_none() {
                return Err(ApiError::field(
                    "judge_id",
                    "not_a_judge",
                    "This account is not an active judge of the stage.",
                ));
            }
            if !stages::judges_entry(conn, &stage, &body.entry_id)? {
                return Err(ApiError::field("entry_id", "not_in_stage", "The stage does not judge this entry."));
            }
            let pair = [(body.judge_id.clone(), body.entry_id.clone())];
            let existing = assignments::all_for_stage(conn, &stage.id)?
                .into_iter()
                .find(|a| a.judge_id == body.judge_id && a.entry_id == body.entry_id);
            match existing {
                Some(a) if a.declaration.as_deref() == Some(CONFLICT) => {
                    return Err(ApiError::conflict("The judge declared a conflict of interest with this entry."));
                }
                Some(a) if a.removed_at.is_none() => {
                    return Err(ApiError::conflict("The judge is already assigned this entry."));
                }
                Some(_) => {
                    assignments::restore(conn, &stage.id, &body.judge_id, &body.entry_id)?;
                }
                None => {
                    assignments::insert_many(conn, &stage.id, &pair, ORIGIN_MANUAL, Some(&auth.user.id), now)?;
                }
            }
            let assignment = assignments::all_for_stage(conn, &stage.id)?
                .into_iter()
                .find(|a| a.judge_id == body.judge_id && a.entry_id == body.entry_id)
                .ok_or_else(ApiError::not_found)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "assignment.added",
                ("assignment", Some(&assignment.id)),
                serde_json::json!({ "judge_id": body.judge_id, "entry_id": body.entry_id }),
                now,
            )?;
            Ok(assignment_view(assignment, None, true))
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovalRequest {
    /// Why (kept in the audit trail).
    pub reason: String,
}

/// Ends an assignment by hand. A score already given stays on record but no
/// longer counts.
#[utoipa::path(
    operation_id = "remove_assignment",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The assignment")),
    request_body = RemovalRequest,
    responses(
        (status = 204),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/remove")] // under /assignments/{id}
#[tracing::instrument(name = "remove_assignment", skip_all, fields(user_id = %auth.id()))]
pub async fn remove(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<RemovalRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let reason = body.into_inner().reason.trim().to_owned();
    let now = state.now();
    state
        .db
        .write(move |conn| {
            let assignment = assignments::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            let (stage, _) = managed_stage(conn, &auth, &assignment.stage_id)?;
            if reason.is_empty() || reason.chars().count() > 1000 {
                return Err(ApiError::field("reason", "invalid_length", "Between 1 and 1000 characters."));
            }
            refuse_closed(&stage)?;
            if assignments::remove(conn, &id, &reason, now)? == 0 {
                return Err(ApiError::conflict("The assignment has already ended."));
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "assignment.removed",
                ("assignment", Some(&id)),
                serde_json::json!({ "reason": reason }),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AssignmentQuery {
    /// Only this judge's (account id).
    pub judge_id: Option<String>,
    /// `true`: only current assignments.
    pub current: Option<bool>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// The stage's assignments with every declaration, for its organizers, a page at a time.
#[utoipa::path(
    operation_id = "list_assignments",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage"), AssignmentQuery),
    responses(
        (status = 200, body = inline(Page<AssignmentView>)),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/assignments")] // under /stages/{id}
pub async fn list(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<AssignmentQuery>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let q = query.into_inner();
    let page = PageQuery { limit: q.limit, cursor: q.cursor }.parse()?;
    let limit = page.limit;
    let rows = state
        .db
        .read(move |conn| {
            managed_stage(conn, &auth, &stage_id)?;
            Ok(assignments::page_for_stage(conn, &stage_id, q.judge_id.as_deref(), q.current.unwrap_or(false), &page)?)
        })
        .await?;
    let page = Page::from_rows(rows, limit, |(a, _)| &a.id).map(|(a, s)| assignment_view(a, s, true));
    Ok(HttpResponse::Ok().json(page))
}

/// Every conflict-of-interest declaration of the stage as CSV (formula-safe
/// cells), for the contest's organizers.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, description = "CSV", content_type = "text/csv"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/declarations.csv")] // under /stages/{id}
pub async fn declarations(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let csv = state
        .db
        .read(move |conn| {
            managed_stage(conn, &auth, &stage_id)?;
            let rows: Vec<Assignment> =
                assignments::all_for_stage(conn, &stage_id)?.into_iter().filter(|a| a.declaration.is_some()).collect();
            let ids: Vec<String> =
                rows.iter().map(|a| a.judge_id.clone()).collect::<BTreeSet<_>>().into_iter().collect();
            let names = users::display_names(conn, &ids)?;
            let mut csv = Csv::new();
            csv.row(["judge_id", "judge", "entry_id", "declaration", "reason", "declared_at"]);
            for a in rows {
                csv.text(&a.judge_id)
                    .text(names.get(&a.judge_id).map_or("", String::as_str))
                    .text(&a.entry_id)
                    .text(a.declaration.as_deref().unwrap_or(""))
                    .text(a.conflict_reason.as_deref().unwrap_or(""))
                    .text(&a.declared_at.map(format).unwrap_or_default())
                    .end_row();
            }
            Ok(csv)
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"declarations.csv\""))
        .body(csv.into_bytes()))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MyAssignmentQuery {
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// The signed-in judge's current assignments in the stage, a page at a time.
/// Nothing of an entry's content is here: it opens per assignment after the
/// judge's declaration.
#[utoipa::path(
    operation_id = "my_assignments",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage"), MyAssignmentQuery),
    responses(
        (status = 200, body = inline(Page<AssignmentView>)),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/assignments/mine")] // under /stages/{id}
pub async fn mine(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<MyAssignmentQuery>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let q = query.into_inner();
    let page = PageQuery { limit: q.limit, cursor: q.cursor }.parse()?;
    let limit = page.limit;
    let rows = state
        .db
        .read(move |conn| {
            stage_for_member(conn, &auth, &stage_id)?;
            Ok(assignments::page_for_stage(conn, &stage_id, Some(&auth.user.id), true, &page)?)
        })
        .await?;
    let page = Page::from_rows(rows, limit, |(a, _)| &a.id).map(|(a, s)| assignment_view(a, s, false));
    Ok(HttpResponse::Ok().json(page))
}

/// The assignment, if it is the caller's own and current (404 otherwise:
/// nobody learns about others' assignments).
pub fn own_assignment(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<(Assignment, Stage), ApiError> {
    let assignment = assignments::find(conn, id)?;
    judged_by_caller(conn, auth, assignment)
}

/// [`own_assignment`] with the assignment's row locked to the end of the
/// transaction on PostgreSQL ([`scores::lock_assignment`]): parallel writes
/// of one assignment queue here, and each reads what the one before left.
pub fn own_assignment_locked(
    conn: &mut DbConnection,
    auth: &AuthUser,
    id: &str,
) -> Result<(Assignment, Stage), ApiError> {
    let assignment = scores::lock_assignment(conn, id)?;
    judged_by_caller(conn, auth, assignment)
}

/// The assignment and its stage if the caller is its judge, it is current,
/// and the caller still sits on the stage's panel; 404 otherwise.
fn judged_by_caller(
    conn: &mut DbConnection,
    auth: &AuthUser,
    assignment: Option<Assignment>,
) -> Result<(Assignment, Stage), ApiError> {
    let assignment =
        assignment.filter(|a| a.judge_id == auth.user.id && a.removed_at.is_none()).ok_or_else(ApiError::not_found)?;
    let stage = stages::find_judged_by(conn, &assignment.stage_id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
    Ok((assignment, stage))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// true: the judge has a conflict of interest (제척·기피·회피) and will not score the entry.
    pub conflict: bool,
    /// Required with a conflict: why (only organizers see it).
    pub reason: Option<String>,
}

/// The judge declares whether they have a conflict of interest with the
/// entry. "No conflict" opens the entry's content; a conflict (declarable
/// later too, as recusal) ends the assignment for good.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The assignment")),
    request_body = Declaration,
    responses(
        (status = 200, body = AssignmentView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/declaration")] // under /assignments/{id}
#[tracing::instrument(name = "declare_conflict", skip_all, fields(user_id = %auth.id()))]
pub async fn declare(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<Declaration>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let (assignment, stage) = own_assignment(conn, &auth, &id)?;
            let reason = body.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
            if body.conflict && reason.is_none_or(|r| r.chars().count() > 1000) {
                return Err(ApiError::field("reason", "required", "Say why, in at most 1000 characters."));
            }
            refuse_closed(&stage)?;
            if !body.conflict && assignment.declaration.as_deref() == Some(NO_CONFLICT) {
                return Ok(assignment_view(assignment, None, false));
            }
            let declaration = if body.conflict { CONFLICT } else { NO_CONFLICT };
            assignments::declare(conn, &id, declaration, if body.conflict { reason } else { None }, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "assignment.declared",
                ("assignment", Some(&id)),
                serde_json::json!({ "declaration": declaration }),
                now,
            )?;
            if body.conflict {
                replan(conn, &stage, None, now)?;
            }
            let updated = assignments::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            Ok(assignment_view(updated, None, false))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

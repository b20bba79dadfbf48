//! A stage's panel of judges: organizers invite judges by email (the account
//! with that address accepts), see each judge's progress, and remove judges
//! while the stage runs — a removed judge's submitted scores are kept and
//! count; their unscored assignments go to others. A judge is a judge of that
//! stage only.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::assignments::replan;
use super::entries::valid_id;
use super::stages::{StageView, managed_stage, stage_view};
use crate::auth::AuthUser;
use crate::auth::authz::require_participant;
use crate::db::stages::{self, Stage, StageJudge};
use crate::db::{DbConnection, assignments, audit, contests, is_unique_violation, users};
use crate::domain::Email;
use crate::domain::Locale;
use crate::domain::ids::new_id;
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, Problem};
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

/// How far a judge is.
#[derive(Debug, Default, Clone, Copy, Serialize, ToSchema)]
pub struct Progress {
    /// Current assignments.
    pub assigned: u32,
    /// Of those, with a submitted score.
    pub scored: u32,
    pub remaining: u32,
    /// Entries the judge declared a conflict with.
    pub conflicts: u32,
}

impl Progress {
    fn of(counts: Option<&(u32, u32, u32)>) -> Self {
        let (assigned, scored, conflicts) = counts.copied().unwrap_or_default();
        Progress { assigned, scored, remaining: assigned.saturating_sub(scored), conflicts }
    }
}

/// A place on a panel, as the contest's organizers see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PanelMemberView {
    pub id: String,
    pub email: String,
    /// The account that accepted.
    pub user_id: Option<String>,
    pub display_name: Option<String>,
    /// `invited`, `active` or `removed`.
    pub status: String,
    #[schema(value_type = String, format = DateTime)]
    pub invited_at: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub accepted_at: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub removed_at: Option<String>,
    pub progress: Progress,
}

fn member_status(judge: &StageJudge) -> &'static str {
    if judge.removed_at.is_some() {
        "removed"
    } else if judge.accepted_at.is_some() {
        "active"
    } else {
        "invited"
    }
}

fn member_view(judge: StageJudge, name: Option<String>, progress: Progress) -> PanelMemberView {
    PanelMemberView {
        status: member_status(&judge).to_owned(),
        invited_at: format(judge.invited_at),
        accepted_at: judge.accepted_at.map(format),
        removed_at: judge.removed_at.map(format),
        id: judge.id,
        email: judge.email,
        user_id: judge.user_id,
        display_name: name,
        progress,
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JudgeInvitationRequest {
    pub email: String,
}

/// Invites an address to the stage's panel (again, if it was removed) and
/// mails the invitation. Inviting a pending or active judge again changes
/// nothing (200).
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    request_body = JudgeInvitationRequest,
    responses(
        (status = 201, body = PanelMemberView),
        (status = 200, description = "Already invited", body = PanelMemberView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/judges")] // under /stages/{id}
#[tracing::instrument(name = "invite_judge", skip_all, fields(user_id = %auth.id()))]
pub async fn invite(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<JudgeInvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let email = Email::parse(&body.email).map_err(|e| ApiError::field("email", "invalid_email", e));
    let now = state.now();
    let link = state.settings.link("/judging", &[]);
    let (created, judge) = state
        .db
        .write(move |conn| {
            let (stage, contest) = managed_stage(conn, &auth, &stage_id)?;
            let email = email?;
            if stage.closed_at.is_some() {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is closed."));
            }
            let existing = stages::find_by_email(conn, &stage.id, email.as_str())?;
            let id = match existing {
                Some(judge) if judge.removed_at.is_none() => return Ok((false, judge)),
                Some(judge) => {
                    stages::reinvite(conn, &judge.id, &auth.user.id, now)?;
                    judge.id
                }
                None => {
                    let id = new_id();
                    match stages::invite(conn, &id, &stage.id, email.as_str(), &auth.user.id, now) {
                        Err(e) if is_unique_violation(&e) => {
                            return Err(ApiError::conflict("This address was invited a moment ago."));
                        }
                        other => other?,
                    }
                    id
                }
            };
            mail_invitation(conn, &stage, &contest, email.as_str(), &link, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.judge_invited",
                ("stage", Some(&stage.id)),
                serde_json::json!({ "judge": id }),
                now,
            )?;
            Ok((true, stages::find_judge(conn, &id)?.ok_or_else(ApiError::not_found)?))
        })
        .await?;
    let view = member_view(judge, None, Progress::default());
    if created {
        state.mail_wakeup.notify_one();
        Ok(HttpResponse::Created().json(view))
    } else {
        Ok(HttpResponse::Ok().json(view))
    }
}

/// The same mail whether or not an account exists, in the account's language if one does.
fn mail_invitation(
    conn: &mut DbConnection,
    stage: &Stage,
    contest: &contests::Contest,
    address: &str,
    link: &str,
    now: NaiveDateTime,
) -> Result<(), ApiError> {
    let account = users::find_by_email(conn, address)?;
    let locale = account.as_ref().map_or(Locale::Ko, |u| Locale::from_stored(&u.locale));
    let (contest_title, stage_name) = match locale {
        Locale::En => (
            contest.title_en.clone().unwrap_or_else(|| contest.title_ko.clone()),
            stage.name_en.clone().unwrap_or_else(|| stage.name_ko.clone()),
        ),
        Locale::Ko => (contest.title_ko.clone(), stage.name_ko.clone()),
    };
    let to = Recipient {
        user_id: account.as_ref().map(|u| u.id.as_str()),
        address,
        name: account.as_ref().map_or("", |u| u.display_name.as_str()),
        locale,
    };
    mail::queue(conn, &to, &Template::JudgeInvitation { stage: &stage_name, contest: &contest_title, link }, now)?;
    Ok(())
}

/// The stage's panel with each judge's progress, for the contest's organizers.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = Vec<PanelMemberView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/judges")] // under /stages/{id}
pub async fn panel(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let views = state
        .db
        .read(move |conn| {
            managed_stage(conn, &auth, &stage_id)?;
            let panel = stages::panel(conn, &stage_id)?;
            let progress = assignments::progress(conn, &stage_id, None)?;
            let ids: Vec<String> = panel.iter().filter_map(|j| j.user_id.clone()).collect();
            let names = users::display_names(conn, &ids)?;
            Ok(panel
                .into_iter()
                .map(|j| {
                    let user = j.user_id.clone().unwrap_or_default();
                    member_view(j, names.get(&user).cloned(), Progress::of(progress.get(&user)))
                })
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(HttpResponse::Ok().json(views))
}

/// Removes a judge from the panel. Their submitted scores are kept and
/// count; their other assignments end, and with k judges per entry the
/// entries are assigned to others.
#[utoipa::path(
    operation_id = "remove_judge",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage"), ("judge_id" = String, Path, description = "The panel place")),
    responses(
        (status = 204),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/judges/{judge_id}")] // under /stages/{id}
#[tracing::instrument(name = "remove_judge", skip_all, fields(user_id = %auth.id()))]
pub async fn remove(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (stage_id, judge_id) = path.into_inner();
    let (stage_id, judge_id) = (valid_id(&stage_id)?, valid_id(&judge_id)?);
    let now = state.now();
    state
        .db
        .write(move |conn| {
            let (stage, _) = managed_stage(conn, &auth, &stage_id)?;
            if stage.closed_at.is_some() {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is closed."));
            }
            let judge = stages::find_judge(conn, &judge_id)?
                .filter(|j| j.stage_id == stage.id)
                .ok_or_else(ApiError::not_found)?;
            if stages::remove_judge(conn, &judge.id, now)? == 0 {
                return Ok(());
            }
            let ended = match &judge.user_id {
                Some(user) => assignments::remove_unscored_of(conn, &stage.id, user, now)?,
                None => Vec::new(),
            };
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.judge_removed",
                ("stage", Some(&stage.id)),
                serde_json::json!({ "judge": judge.id, "user_id": judge.user_id, "assignments_ended": ended.len() }),
                now,
            )?;
            replan(conn, &stage, None, now)?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The signed-in account accepts its invitation to the stage's panel.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = StageView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The email is not confirmed", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No invitation for this account's email", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/judges/accept")] // under /stages/{id}
#[tracing::instrument(name = "accept_judging", skip_all, fields(user_id = %auth.id()))]
pub async fn accept(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let now = state.now();
    let stage = state
        .db
        .write(move |conn| {
            let stage = stages::find(conn, &stage_id)?.ok_or_else(ApiError::not_found)?;
            let email = auth.user.email.clone().ok_or_else(ApiError::not_found)?;
            let judge = stages::find_by_email(conn, &stage.id, &email)?
                .filter(|j| j.removed_at.is_none())
                .ok_or_else(ApiError::not_found)?;
            require_participant(&auth.user)?;
            if judge.accepted_at.is_some() {
                return Ok(stage);
            }
            match stages::accept(conn, &judge.id, &auth.user.id, now) {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("This account already sits on the panel."));
                }
                other => other?,
            };
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.judge_accepted",
                ("stage", Some(&stage.id)),
                serde_json::json!({ "judge": judge.id }),
                now,
            )?;
            Ok(stage)
        })
        .await?;
    Ok(HttpResponse::Ok().json(stage_view(stage, now)?))
}

/// A stage the signed-in account judges or is invited to judge.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyStageView {
    pub stage: StageView,
    pub contest_title: crate::domain::contest::form::Text,
    /// `invited` (accept it first) or `active`.
    pub status: String,
    pub progress: Progress,
}

/// The stages the signed-in account judges, with its progress, and the
/// invitations to its email address waiting for an answer.
#[utoipa::path(
    operation_id = "my_judging",
    tag = "judging",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<MyStageView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/judging")]
pub async fn mine(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    let now = state.now();
    let rows = state
        .db
        .read(move |conn| {
            let email = auth.user.email.clone().unwrap_or_default();
            let mut out = Vec::new();
            for (judge, stage) in stages::panels_of(conn, &auth.user.id, &email)? {
                let contest = contests::find(conn, &stage.contest_id)?.ok_or_else(ApiError::not_found)?;
                let progress = assignments::progress(conn, &stage.id, Some(&auth.user.id))?;
                out.push((judge, stage, contest, Progress::of(progress.get(&auth.user.id))));
            }
            Ok(out)
        })
        .await?;
    let views = rows
        .into_iter()
        .map(|(judge, stage, contest, progress)| {
            Ok(MyStageView {
                status: member_status(&judge).to_owned(),
                stage: stage_view(stage, now)?,
                contest_title: crate::domain::contest::form::Text { ko: contest.title_ko, en: contest.title_en },
                progress,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(HttpResponse::Ok().json(views))
}

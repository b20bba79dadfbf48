//! Teams: a participant creates one in a contest that takes teams and leads
//! it; members leave or are removed while the contest is open. Invitations
//! are in `routes::team_invitations`; the team's entries in `routes::entries`,
//! with the rules they need from here.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::entries::{require_open, valid_id};
use crate::auth::AuthUser;
use crate::auth::authz;
use crate::db::contests::{self, Contest};
use crate::db::teams::{self, Invitation, Team};
use crate::db::users::User;
use crate::db::{DbConnection, audit, is_unique_violation};
use crate::domain::contest::{Eligibility, TeamName, TeamRules};
use crate::domain::ids::new_id;
use crate::error::{ApiError, ErrorCode, Problem};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct TeamMemberView {
    pub user_id: String,
    pub display_name: String,
    pub is_leader: bool,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub joined_at: NaiveDateTime,
}

/// An invitation as its team sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct TeamInvitationView {
    pub id: String,
    /// Shown to the team's leader only.
    pub email: Option<String>,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: NaiveDateTime,
}

impl TeamInvitationView {
    pub(super) fn of(invitation: Invitation, for_leader: bool) -> Self {
        Self {
            id: invitation.id,
            email: for_leader.then_some(invitation.email),
            created_at: invitation.created_at,
            expires_at: invitation.expires_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TeamView {
    pub id: String,
    pub contest_id: String,
    pub name: String,
    pub leader_id: String,
    pub member_count: i32,
    /// In the order they joined; the leader first.
    pub members: Vec<TeamMemberView>,
    /// Unanswered, unexpired invitations.
    pub invitations: Vec<TeamInvitationView>,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

/// The team as `viewer` (one of its members) may see it.
pub(super) fn team_view(
    conn: &mut DbConnection,
    team: Team,
    viewer: &str,
    now: NaiveDateTime,
) -> Result<TeamView, ApiError> {
    let for_leader = team.leader_id == viewer;
    let members = teams::members(conn, &team.id)?
        .into_iter()
        .map(|m| TeamMemberView {
            is_leader: m.user_id == team.leader_id,
            user_id: m.user_id,
            display_name: m.display_name,
            joined_at: m.joined_at,
        })
        .collect();
    let invitations = teams::pending_for_team(conn, &team.id, now)?
        .into_iter()
        .map(|i| TeamInvitationView::of(i, for_leader))
        .collect();
    Ok(TeamView {
        id: team.id,
        contest_id: team.contest_id,
        name: team.name,
        leader_id: team.leader_id,
        member_count: team.member_count,
        members,
        invitations,
        created_at: team.created_at,
    })
}

pub(super) fn eligibility_of(contest: &Contest) -> Result<Eligibility, ApiError> {
    serde_json::from_str(&contest.eligibility).map_err(ApiError::internal)
}

/// The contest's team rules; a contest without them takes no teams.
pub(super) fn team_rules(eligibility: &Eligibility) -> Result<TeamRules, ApiError> {
    eligibility.teams.clone().ok_or_else(|| ApiError::conflict("This contest takes individual entries only."))
}

pub(super) fn as_count(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// What joining a contest's team asks of a person, the same as entering it
/// alone: a full participant, of the contest's age at its deadline.
pub(super) fn check_participant(user: &User, contest: &Contest, eligibility: &Eligibility) -> Result<(), ApiError> {
    authz::require_participant(user)?;
    eligibility.admits(user.birth_date, contest.closes_at.date()).map_err(|m| ApiError::new(ErrorCode::NotEligible, m))
}

pub(super) fn already_in_team() -> ApiError {
    ApiError::new(ErrorCode::AlreadyInTeam, "You are already in a team in this contest.")
}

pub(super) fn team_full() -> ApiError {
    ApiError::new(ErrorCode::TeamFull, "The team has as many members as the contest allows.")
}

/// The team, if `user_id` is one of its members; 404 otherwise (teams are private).
pub(super) fn member_team(conn: &mut DbConnection, team_id: &str, user_id: &str) -> Result<Team, ApiError> {
    let team = teams::find(conn, team_id)?.ok_or_else(ApiError::not_found)?;
    if teams::is_member(conn, &team.id, user_id)? { Ok(team) } else { Err(ApiError::not_found()) }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTeam {
    /// 1–50 characters, unique in the contest.
    pub name: String,
}

/// Creates a team in an open contest that takes teams; the caller leads it
/// and is its first member.
#[utoipa::path(
    operation_id = "create_team",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    request_body = NewTeam,
    responses(
        (status = 201, body = TeamView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Restricted or not eligible", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not open, no teams in this contest, the name is taken, or already in a team", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/teams")] // under /contests/{id}
#[tracing::instrument(name = "create_team", skip_all, fields(user_id = %auth.id()))]
pub async fn create(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<NewTeam>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let name = TeamName::parse(&body.name).map_err(|e| ApiError::field("name", "invalid_name", e));
    let now = state.now();
    let team = state
        .db
        .write(move |conn| {
            let contest = contests::find(conn, &contest_id)?.ok_or_else(ApiError::not_found)?;
            require_open(&contest, now)?;
            let eligibility = eligibility_of(&contest)?;
            team_rules(&eligibility)?;
            let name = name?;
            check_participant(&auth.user, &contest, &eligibility)?;
            if teams::team_in_contest(conn, &contest.id, &auth.user.id)?.is_some() {
                return Err(already_in_team());
            }
            let id = new_id();
            match teams::insert(conn, &id, &contest.id, name.as_str(), &auth.user.id, now) {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("A team with this name exists in this contest."));
                }
                other => other?,
            }
            match teams::add_member(conn, &id, &contest.id, &auth.user.id, now) {
                Err(e) if is_unique_violation(&e) => return Err(already_in_team()),
                other => other?,
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "team.created",
                ("team", Some(&id)),
                serde_json::json!({ "contest_id": contest.id }),
                now,
            )?;
            let team = teams::find(conn, &id)?.ok_or_else(ApiError::not_found)?;
            team_view(conn, team, &auth.user.id, now)
        })
        .await?;
    Ok(HttpResponse::Created().json(team))
}

/// One team, for its members: who is in it and who is invited (the
/// invitees' addresses only for its leader).
#[utoipa::path(
    operation_id = "show_team",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = TeamView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("")] // under /teams/{id}
pub async fn show(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let team = state
        .db
        .read(move |conn| {
            let team = member_team(conn, &id, &auth.user.id)?;
            team_view(conn, team, &auth.user.id, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(team))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyTeamView {
    pub id: String,
    pub contest_id: String,
    pub name: String,
    pub is_leader: bool,
    pub member_count: i32,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub joined_at: NaiveDateTime,
}

/// The signed-in account's teams, newest first.
#[utoipa::path(
    tag = "teams",
    security(("bearer" = [])),
    responses((status = 200, body = Vec<MyTeamView>), (status = 401, body = Problem, content_type = "application/problem+json"))
)]
#[get("/me/teams")]
pub async fn my_teams(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    let user_id = auth.user.id.clone();
    let rows = state.db.read(move |conn| Ok(teams::teams_of(conn, &auth.user.id)?)).await?;
    let items: Vec<MyTeamView> = rows
        .into_iter()
        .map(|(team, joined_at)| MyTeamView {
            is_leader: team.leader_id == user_id,
            id: team.id,
            contest_id: team.contest_id,
            name: team.name,
            member_count: team.member_count,
            joined_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(items))
}

/// Removes a member (the leader), or leaves (a member), while the contest is
/// open. A team with a submitted entry keeps at least its minimum size. The
/// leader can leave only a team they are alone in and that has no entry on
/// record: the team is then dissolved, with its drafts and invitations.
#[utoipa::path(
    operation_id = "remove_team_member",
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A member removing someone else", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not open, or the leader of a team with other members or with entries", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The team's submitted entry needs the member", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/members/{user_id}")] // under /teams/{id}
#[tracing::instrument(name = "remove_team_member", skip_all, fields(user_id = %auth.id()))]
pub async fn remove_member(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (team_id, member_id) = path.into_inner();
    let team_id = valid_id(&team_id)?;
    let member_id = valid_id(&member_id)?;
    let now = state.now();
    state
        .db
        .write(move |conn| {
            let team = member_team(conn, &team_id, &auth.user.id)?;
            let by_leader = team.leader_id == auth.user.id;
            if !by_leader && member_id != auth.user.id {
                return Err(ApiError::forbidden());
            }
            if !teams::is_member(conn, &team.id, &member_id)? {
                return Err(ApiError::not_found());
            }
            let contest = contests::find(conn, &team.contest_id)?.ok_or_else(ApiError::not_found)?;
            require_open(&contest, now)?;
            if member_id == team.leader_id {
                return dissolve(conn, &team, &auth.user.id, now);
            }
            // Giving the place back locks the team row first, so a submission
            // running in parallel either sees the smaller team or is seen below.
            teams::release_place(conn, &team.id, now)?;
            teams::remove_member(conn, &team.id, &member_id)?;
            let remaining = teams::find(conn, &team.id)?.map_or(0, |t| t.member_count);
            let min_size = eligibility_of(&contest)?.teams.map_or(1, |t| as_count(t.min_size));
            if remaining < min_size && crate::db::entries::team_has_submitted(conn, &team.id)? {
                return Err(ApiError::new(
                    ErrorCode::TeamTooSmall,
                    format!("The team's submitted entry needs at least {min_size} members; withdraw it first."),
                ));
            }
            let action = if by_leader { "team.member_removed" } else { "team.member_left" };
            audit::record(
                conn,
                Some(&auth.user.id),
                action,
                ("team", Some(&team.id)),
                serde_json::json!({ "user_id": member_id }),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn dissolve(conn: &mut DbConnection, team: &Team, leader_id: &str, now: NaiveDateTime) -> Result<(), ApiError> {
    // Locks the row only while the leader is alone: an accept running in
    // parallel either joined first (and this refuses) or waits and finds no team.
    if teams::lock_if_alone(conn, &team.id, now)? == 0 {
        return Err(ApiError::conflict("A leader cannot leave a team that has other members."));
    }
    if teams::has_entries_on_record(conn, &team.id)? {
        return Err(ApiError::conflict("The team has entries on record and cannot be dissolved."));
    }
    teams::dissolve(conn, &team.id)?;
    audit::record(
        conn,
        Some(leader_id),
        "team.dissolved",
        ("team", Some(&team.id)),
        serde_json::json!({ "contest_id": team.contest_id }),
        now,
    )?;
    Ok(())
}

// ---------------------------------------------------------------- team entries

/// The team a new entry is for. Only a team's leader starts its entries; a
/// contest that takes teams only refuses an entry without one.
pub(crate) fn team_for_new_entry(
    conn: &mut DbConnection,
    contest: &Contest,
    eligibility: &Eligibility,
    user_id: &str,
    team_id: Option<&str>,
) -> Result<Option<String>, ApiError> {
    let Some(team_id) = team_id else {
        if eligibility.teams.as_ref().is_some_and(|t| t.required) {
            return Err(ApiError::new(
                ErrorCode::TeamRequired,
                "This contest takes entries from teams only: create or join a team, and its leader enters.",
            ));
        }
        return Ok(None);
    };
    if eligibility.teams.is_none() {
        return Err(ApiError::field("team_id", "teams_not_allowed", "This contest takes individual entries only."));
    }
    let unknown = || ApiError::field("team_id", "unknown_team", "You are in no such team in this contest.");
    if !crate::domain::ids::is_valid_id(team_id) {
        return Err(unknown());
    }
    let team = teams::find(conn, team_id)?.filter(|t| t.contest_id == contest.id).ok_or_else(unknown)?;
    if team.leader_id == user_id {
        return Ok(Some(team.id));
    }
    if teams::is_member(conn, &team.id, user_id)? {
        return Err(ApiError::new(ErrorCode::Forbidden, "Only the team's leader starts its entries."));
    }
    Err(unknown())
}

/// The slot a team's entry takes on submission: the team must have its
/// minimum size (its row stays locked until the submission commits, so a
/// member cannot leave under it), and a free slot under the per-team limit.
pub(crate) fn team_entry_slot(
    conn: &mut DbConnection,
    team_id: &str,
    eligibility: &Eligibility,
    now: NaiveDateTime,
) -> Result<crate::db::entries::Slot, ApiError> {
    let rules = eligibility.teams.as_ref().ok_or_else(|| ApiError::conflict("This contest no longer takes teams."))?;
    let min_size = as_count(rules.min_size);
    if teams::hold_for_submission(conn, team_id, min_size, now)? == 0 {
        return Err(ApiError::new(
            ErrorCode::TeamTooSmall,
            format!("A team needs at least {min_size} members to submit; invite more first."),
        ));
    }
    let taken = crate::db::entries::taken_team_slots(conn, team_id)?;
    let max = as_count(rules.max_entries_per_team);
    (1..=max).find(|s| !taken.contains(s)).map(crate::db::entries::Slot::Team).ok_or_else(|| {
        ApiError::new(ErrorCode::EntryLimitReached, "Your team has submitted as many entries as this contest allows.")
    })
}

//! Teams: a participant creates one in a contest that takes teams and leads
//! it; the leader invites people by email; the invited address's verified
//! account accepts or declines; members leave or are removed while the
//! contest is open. The team's entries are in `routes::entries`.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::entries::{require_open, valid_id};
use crate::auth::AuthUser;
use crate::auth::authz;
use crate::db::contests::{self, Contest};
use crate::db::teams::{self, AddressedInvitation, Invitation, NewInvitation, Team};
use crate::db::users::{self, User};
use crate::db::{DbConnection, audit, is_unique_violation};
use crate::domain::contest::form::Text;
use crate::domain::contest::{Eligibility, TeamName, TeamRules};
use crate::domain::ids::new_id;
use crate::domain::{Email, Locale};
use crate::error::{ApiError, ErrorCode, Problem};
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

/// How long an invitation can be answered.
const INVITATION_DAYS: i64 = 7;
/// Unanswered invitations one team may have out at once: enough to fill any
/// team twice over, few enough that a team cannot be used to send bulk mail.
const MAX_PENDING_INVITATIONS: usize = 20;
/// Invitations listed for one address at most.
const MAX_LISTED_INVITATIONS: i64 = 100;

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
    fn of(invitation: Invitation, for_leader: bool) -> Self {
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
fn team_view(conn: &mut DbConnection, team: Team, viewer: &str, now: NaiveDateTime) -> Result<TeamView, ApiError> {
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

fn eligibility_of(contest: &Contest) -> Result<Eligibility, ApiError> {
    serde_json::from_str(&contest.eligibility).map_err(ApiError::internal)
}

/// The contest's team rules; a contest without them takes no teams.
fn team_rules(eligibility: &Eligibility) -> Result<TeamRules, ApiError> {
    eligibility.teams.clone().ok_or_else(|| ApiError::conflict("This contest takes individual entries only."))
}

fn as_count(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// What joining a contest's team asks of a person, the same as entering it
/// alone: a full participant, of the contest's age at its deadline.
fn check_participant(user: &User, contest: &Contest, eligibility: &Eligibility) -> Result<(), ApiError> {
    authz::require_participant(user)?;
    eligibility.admits(user.birth_date, contest.closes_at.date()).map_err(|m| ApiError::new(ErrorCode::NotEligible, m))
}

fn already_in_team() -> ApiError {
    ApiError::new(ErrorCode::AlreadyInTeam, "You are already in a team in this contest.")
}

fn team_full() -> ApiError {
    ApiError::new(ErrorCode::TeamFull, "The team has as many members as the contest allows.")
}

/// The team, if `user_id` is one of its members; 404 otherwise (teams are private).
fn member_team(conn: &mut DbConnection, team_id: &str, user_id: &str) -> Result<Team, ApiError> {
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
#[post("/contests/{id}/teams")]
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
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = TeamView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/teams/{id}")]
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
pub async fn mine(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvitationRequest {
    /// The address to invite; the invitation is for the account that has it
    /// (or registers with it) and has verified it.
    pub email: String,
}

/// Invites an address to the team and mails it (the leader only). Inviting an
/// address with a pending invitation answers with that invitation (200) and
/// sends nothing; an answered or expired one is sent afresh (201).
#[utoipa::path(
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewInvitationRequest,
    responses(
        (status = 200, description = "Already invited", body = TeamInvitationView),
        (status = 201, body = TeamInvitationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A member who is not the leader", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not open, the team is full, already a member, or too many pending invitations", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/teams/{id}/invitations")]
#[tracing::instrument(name = "invite_to_team", skip_all, fields(user_id = %auth.id()))]
pub async fn invite(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<NewInvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    let team_id = valid_id(&id)?;
    let email = Email::parse(&body.email).map_err(|e| ApiError::field("email", "invalid_email", e));
    let now = state.now();
    let link = state.settings.link("/me/invitations", &[]);
    let (created, invitation) = state
        .db
        .write(move |conn| {
            let team = member_team(conn, &team_id, &auth.user.id)?;
            if team.leader_id != auth.user.id {
                return Err(ApiError::forbidden());
            }
            // Orders this invitation with a dissolution of the team running in parallel.
            teams::lock(conn, &team.id, now)?;
            let contest = contests::find(conn, &team.contest_id)?.ok_or_else(ApiError::not_found)?;
            require_open(&contest, now)?;
            let rules = team_rules(&eligibility_of(&contest)?)?;
            let email = email?;
            if team.member_count >= as_count(rules.max_size) {
                return Err(team_full());
            }
            if teams::members(conn, &team.id)?.iter().any(|m| m.email.as_deref() == Some(email.as_str())) {
                return Err(ApiError::conflict("This address belongs to a member of the team."));
            }
            let existing = teams::invitation_to(conn, &team.id, email.as_str())?;
            if let Some(pending) = existing.as_ref().filter(|i| i.is_pending(now)) {
                return Ok((false, pending.clone()));
            }
            if teams::pending_for_team(conn, &team.id, now)?.len() >= MAX_PENDING_INVITATIONS {
                return Err(ApiError::conflict(
                    "The team has too many unanswered invitations; wait for answers first.",
                ));
            }
            let id = existing.as_ref().map_or_else(new_id, |i| i.id.clone());
            let new = NewInvitation {
                id: &id,
                team_id: &team.id,
                email: email.as_str(),
                invited_by: &auth.user.id,
                now,
                expires_at: now + TimeDelta::days(INVITATION_DAYS),
            };
            let stored = match existing {
                Some(_) => teams::renew_invitation(conn, &new).map(|_| ()),
                None => teams::insert_invitation(conn, &new),
            };
            match stored {
                // A parallel twin of this request stored it first.
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("This address was invited a moment ago."));
                }
                other => other?,
            }
            mail_invitation(conn, &auth.user, &team, &contest, email.as_str(), &link, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "team.invitation_sent",
                ("team", Some(&team.id)),
                serde_json::json!({ "invitation_id": id }),
                now,
            )?;
            Ok((true, teams::find_invitation(conn, &id)?.ok_or_else(ApiError::not_found)?))
        })
        .await?;
    let view = TeamInvitationView::of(invitation, true);
    if created {
        state.mail_wakeup.notify_one();
        Ok(HttpResponse::Created().json(view))
    } else {
        Ok(HttpResponse::Ok().json(view))
    }
}

/// Mails the invitation, in the language of the address's account if it has
/// one. The same mail goes whether or not an account exists, so the leader
/// learns nothing about the address.
fn mail_invitation(
    conn: &mut DbConnection,
    inviter: &User,
    team: &Team,
    contest: &Contest,
    address: &str,
    link: &str,
    now: NaiveDateTime,
) -> Result<(), ApiError> {
    let account = users::find_by_email(conn, address)?;
    let locale = account.as_ref().map_or(Locale::Ko, |u| Locale::from_stored(&u.locale));
    let contest_title = match locale {
        Locale::En => contest.title_en.clone().unwrap_or_else(|| contest.title_ko.clone()),
        Locale::Ko => contest.title_ko.clone(),
    };
    let to = Recipient {
        user_id: account.as_ref().map(|u| u.id.as_str()),
        address,
        name: account.as_ref().map_or("", |u| u.display_name.as_str()),
        locale,
    };
    let template =
        Template::TeamInvitation { team: &team.name, contest: &contest_title, inviter: &inviter.display_name, link };
    mail::queue(conn, &to, &template, now)?;
    Ok(())
}

/// An invitation as its invitee sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyInvitationView {
    pub id: String,
    pub team_id: String,
    pub team_name: String,
    pub contest_id: String,
    pub contest_title: Text,
    /// The display name of who invited.
    pub invited_by: String,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: NaiveDateTime,
}

impl From<AddressedInvitation> for MyInvitationView {
    fn from(a: AddressedInvitation) -> Self {
        Self {
            id: a.invitation.id,
            team_id: a.invitation.team_id,
            team_name: a.team_name,
            contest_id: a.contest_id,
            contest_title: Text { ko: a.contest_title_ko, en: a.contest_title_en },
            invited_by: a.inviter_name,
            created_at: a.invitation.created_at,
            expires_at: a.invitation.expires_at,
        }
    }
}

/// The address invitations are for: the account's, once verified.
fn verified_address(user: &User) -> Result<&str, ApiError> {
    match (&user.email, user.email_verified_at) {
        (Some(email), Some(_)) => Ok(email),
        _ => Err(ApiError::new(ErrorCode::AccountRestricted, "Confirm your email address first.")),
    }
}

/// Unanswered, unexpired invitations to the signed-in account's verified
/// address, newest first (at most 100).
#[utoipa::path(
    tag = "teams",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<MyInvitationView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The email address is not verified", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/team-invitations")]
pub async fn my_invitations(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    let email = verified_address(&auth.user)?.to_owned();
    let now = state.now();
    let rows =
        state.db.read(move |conn| Ok(teams::pending_for_email(conn, &email, now, MAX_LISTED_INVITATIONS)?)).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(MyInvitationView::from).collect::<Vec<_>>()))
}

/// The invitation, if addressed to the caller (404 otherwise, so ids reveal
/// nothing), still unanswered and unexpired.
fn open_invitation(conn: &mut DbConnection, user: &User, id: &str, now: NaiveDateTime) -> Result<Invitation, ApiError> {
    let invitation = teams::find_invitation(conn, id)?.ok_or_else(ApiError::not_found)?;
    if user.email.as_deref() != Some(invitation.email.as_str()) {
        return Err(ApiError::not_found());
    }
    verified_address(user)?;
    if invitation.answered_at.is_some() {
        return Err(ApiError::conflict("This invitation has been answered."));
    }
    if invitation.expires_at <= now {
        return Err(ApiError::new(
            ErrorCode::InvitationExpired,
            "This invitation has expired; ask the team's leader to invite you again.",
        ));
    }
    Ok(invitation)
}

/// Joins the team: the invited address's verified account, while the contest
/// is open, if it is in no other team of the contest and the team has room.
#[utoipa::path(
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = TeamView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Unverified, restricted or not eligible", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Answered, expired, the team is full, already in a team, or not open", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/team-invitations/{id}/accept")]
#[tracing::instrument(name = "accept_team_invitation", skip_all, fields(user_id = %auth.id()))]
pub async fn accept(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    let team = state
        .db
        .write(move |conn| {
            let invitation = open_invitation(conn, &auth.user, &id, now)?;
            let team = teams::find(conn, &invitation.team_id)?.ok_or_else(ApiError::not_found)?;
            let contest = contests::find(conn, &team.contest_id)?.ok_or_else(ApiError::not_found)?;
            require_open(&contest, now)?;
            let eligibility = eligibility_of(&contest)?;
            let rules = team_rules(&eligibility)?;
            check_participant(&auth.user, &contest, &eligibility)?;
            if teams::team_in_contest(conn, &contest.id, &auth.user.id)?.is_some() {
                return Err(already_in_team());
            }
            // The conditional update and the unique (contest, person) index
            // decide races: a full team or a second team cannot slip through.
            // The team row is locked first, as everywhere, so that no two
            // team changes wait on each other's rows.
            if teams::take_place(conn, &team.id, as_count(rules.max_size), now)? == 0 {
                return Err(team_full());
            }
            if teams::answer(conn, &invitation.id, teams::ACCEPTED, now)? == 0 {
                return Err(ApiError::conflict("This invitation has been answered."));
            }
            match teams::add_member(conn, &team.id, &contest.id, &auth.user.id, now) {
                Err(e) if is_unique_violation(&e) => return Err(already_in_team()),
                other => other?,
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "team.joined",
                ("team", Some(&team.id)),
                serde_json::json!({ "invitation_id": invitation.id }),
                now,
            )?;
            let team = teams::find(conn, &team.id)?.ok_or_else(ApiError::not_found)?;
            team_view(conn, team, &auth.user.id, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(team))
}

/// Declines the invitation (the invited address's verified account only).
#[utoipa::path(
    tag = "teams",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 204, description = "Declined"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The email address is not verified", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Answered or expired", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/team-invitations/{id}/decline")]
#[tracing::instrument(name = "decline_team_invitation", skip_all, fields(user_id = %auth.id()))]
pub async fn decline(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let now = state.now();
    state
        .db
        .write(move |conn| {
            let invitation = open_invitation(conn, &auth.user, &id, now)?;
            if teams::answer(conn, &invitation.id, teams::DECLINED, now)? == 0 {
                return Err(ApiError::conflict("This invitation has been answered."));
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "team.invitation_declined",
                ("team", Some(&invitation.team_id)),
                serde_json::json!({ "invitation_id": invitation.id }),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Removes a member (the leader), or leaves (a member), while the contest is
/// open. A team with a submitted entry keeps at least its minimum size. The
/// leader can leave only a team they are alone in and that has no entry on
/// record: the team is then dissolved, with its drafts and invitations.
#[utoipa::path(
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
#[delete("/teams/{id}/members/{user_id}")]
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

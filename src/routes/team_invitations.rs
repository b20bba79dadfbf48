//! Team invitations: the leader invites an address by email; the verified
//! account of that address sees its invitations and accepts or declines them.

use actix_web::{HttpResponse, get, post, web};
use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::entries::{require_open, valid_id};
use super::teams::{
    TeamInvitationView, TeamView, already_in_team, as_count, check_participant, eligibility_of, member_team, team_full,
    team_rules, team_view,
};
use crate::auth::AuthUser;
use crate::db::contests::{self, Contest};
use crate::db::teams::{self, AddressedInvitation, Invitation, NewInvitation, Team};
use crate::db::users::{self, User};
use crate::db::{DbConnection, audit, is_unique_violation};
use crate::domain::contest::form::Text;
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
    operation_id = "invite_to_team",
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
#[post("/invitations")] // under /teams/{id}
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
    let link = state.settings.link("/me/teams", &[]);
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
    operation_id = "my_team_invitations",
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
    operation_id = "accept_team_invitation",
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
#[post("/accept")] // under /team-invitations/{id}
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
    operation_id = "decline_team_invitation",
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
#[post("/decline")] // under /team-invitations/{id}
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

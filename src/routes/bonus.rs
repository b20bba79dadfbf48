//! Bonus points (가산점): the recipe of a stage names the rules ("+3, backed
//! by a listed agency"); an entrant claims a rule with evidence, and an
//! organizer verifies or rejects the claim. Verified claims are added after
//! aggregation, capped by the recipe.

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::entries::{own_entry, readable_entry, valid_id};
use super::stages::managed_stage;
use crate::auth::AuthUser;
use crate::db::scores::{self, BonusClaim, CLAIM_REJECTED, CLAIM_VERIFIED};
use crate::db::{audit, is_unique_violation, stages};
use crate::domain::ids::new_id;
use crate::domain::judging::recipe::Recipe;
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, Problem};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct BonusClaimView {
    pub id: String,
    pub stage_id: String,
    pub entry_id: String,
    /// The recipe's bonus rule key.
    pub rule: String,
    pub evidence: String,
    /// `pending`, `verified` or `rejected`.
    pub status: String,
    pub reason: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub claimed_at: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub decided_at: Option<String>,
}

fn claim_view(c: BonusClaim) -> BonusClaimView {
    BonusClaimView {
        claimed_at: format(c.claimed_at),
        decided_at: c.decided_at.map(format),
        id: c.id,
        stage_id: c.stage_id,
        entry_id: c.entry_id,
        rule: c.rule_key,
        evidence: c.evidence,
        status: c.status,
        reason: c.reason,
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBonusClaim {
    pub stage_id: String,
    /// A bonus rule key of the stage's recipe.
    pub rule: String,
    /// What backs the claim (1–2000 characters), e.g. the agency's letter number.
    pub evidence: String,
}

/// The entrant claims a bonus rule of a stage for their entry.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    request_body = NewBonusClaim,
    responses(
        (status = 201, body = BonusClaimView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already claimed, or the stage is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/bonus-claims")] // under /entries/{id}
#[tracing::instrument(name = "claim_bonus", skip_all, fields(user_id = %auth.id()))]
pub async fn claim(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<NewBonusClaim>,
) -> Result<HttpResponse, ApiError> {
    let entry_id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let created = state
        .db
        .write(move |conn| {
            let (entry, _) = own_entry(conn, &auth, &entry_id)?;
            let stage =
                stages::find(conn, &body.stage_id)?.filter(|s| s.contest_id == entry.contest_id).ok_or_else(|| {
                    ApiError::field("stage_id", "unknown_stage", "The entry's contest has no such stage.")
                })?;
            let recipe: Recipe = serde_json::from_str(&stage.recipe).map_err(ApiError::internal)?;
            if !recipe.bonus_rules.iter().any(|r| r.key == body.rule) {
                return Err(ApiError::field("rule", "unknown_rule", "The stage has no such bonus rule."));
            }
            let evidence = body.evidence.trim();
            if evidence.is_empty() || evidence.chars().count() > 2000 {
                return Err(ApiError::field("evidence", "invalid_length", "Between 1 and 2000 characters."));
            }
            if stage.closed_at.is_some() {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is closed."));
            }
            let id = new_id();
            match scores::insert_claim(conn, &id, &stage.id, &entry.id, &body.rule, evidence, &auth.user.id, now) {
                Err(e) if is_unique_violation(&e) => {
                    return Err(ApiError::conflict("This rule is already claimed for the entry."));
                }
                other => other?,
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "bonus.claimed",
                ("entry", Some(&entry.id)),
                serde_json::json!({ "claim": id, "rule": body.rule }),
                now,
            )?;
            scores::find_claim(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Created().json(claim_view(created)))
}

/// The bonus claims of an entry, for whoever may read the entry.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The entry")),
    responses(
        (status = 200, body = Vec<BonusClaimView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/bonus-claims")] // under /entries/{id}
pub async fn of_entry(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let entry_id = valid_id(&id)?;
    let claims = state
        .db
        .read(move |conn| {
            readable_entry(conn, &auth, &entry_id)?;
            Ok(scores::claims_of_entry(conn, &entry_id)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(claims.into_iter().map(claim_view).collect::<Vec<_>>()))
}

/// The stage's bonus claims, for the contest's organizers.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = Vec<BonusClaimView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/bonus-claims")] // under /stages/{id}
pub async fn of_stage(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let claims = state
        .db
        .read(move |conn| {
            managed_stage(conn, &auth, &stage_id)?;
            Ok(scores::claims_in_stage(conn, &stage_id)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(claims.into_iter().map(claim_view).collect::<Vec<_>>()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimDecision {
    pub verified: bool,
    /// Required when rejecting.
    pub reason: Option<String>,
}

/// An organizer verifies or rejects a claim (and may change their mind
/// until the stage closes; every decision is audited).
#[utoipa::path(
    operation_id = "decide_bonus_claim",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The claim")),
    request_body = ClaimDecision,
    responses(
        (status = 200, body = BonusClaimView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/bonus-claims/{id}/decision")]
#[tracing::instrument(name = "decide_bonus", skip_all, fields(user_id = %auth.id()))]
pub async fn decide(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<ClaimDecision>,
) -> Result<HttpResponse, ApiError> {
    let id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let decided = state
        .db
        .write(move |conn| {
            let found = scores::find_claim(conn, &id)?.ok_or_else(ApiError::not_found)?;
            let (stage, _) = managed_stage(conn, &auth, &found.stage_id)?;
            let reason = body.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
            if reason.is_some_and(|r| r.chars().count() > 1000) || (!body.verified && reason.is_none()) {
                return Err(ApiError::field("reason", "required", "Say why, in at most 1000 characters."));
            }
            if stage.closed_at.is_some() {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is closed."));
            }
            let status = if body.verified { CLAIM_VERIFIED } else { CLAIM_REJECTED };
            scores::decide_claim(conn, &found.id, status, reason, &auth.user.id, now)?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "bonus.decided",
                ("bonus_claim", Some(&found.id)),
                serde_json::json!({ "status": status, "reason": reason }),
                now,
            )?;
            scores::find_claim(conn, &found.id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(claim_view(decided)))
}

//! Awards: an organizer sets the contest's tiers (대상, 최우수상, 우수상,
//! 장려상, 인기상 — label, count, prize, best first), has winners proposed
//! from the final ranking (the last closed stage's stored results; the
//! public vote for a people's-choice tier), and overrides any place with a
//! recorded reason. Tier counts hold by unique (tier, place) and (entry)
//! indexes. Everything here is for the contest's organizers; once the
//! results are published the awards are final (409 `results_published`)
//! and public through the published results.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, put, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::announcements::refuse_if_published;
use super::contests::managed_contest;
use super::entries::valid_id;
use crate::auth::AuthUser;
use crate::db::awards::{self, Award, OVERRIDE, PROPOSED};
use crate::db::screening::DISQUALIFIED;
use crate::db::{DbConnection, audit, entries, is_unique_violation, scores, stages, votes};
use crate::domain::awards::{Proposal, Ranked, Tier, check_tiers, propose};
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct AwardSettingsView {
    pub tiers: Vec<Tier>,
    /// One award per entrant (person or team), the default.
    pub one_award_per_entrant: bool,
    pub version: i32,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardSettingsDocument {
    /// Best first.
    pub tiers: Vec<Tier>,
    pub one_award_per_entrant: Option<bool>,
    /// Updates only: the version last read.
    pub version: Option<i32>,
}

fn settings_view(s: awards::Settings) -> Result<AwardSettingsView, ApiError> {
    Ok(AwardSettingsView {
        tiers: serde_json::from_str(&s.tiers).map_err(ApiError::internal)?,
        one_award_per_entrant: s.one_per_entrant,
        version: s.version,
    })
}

/// Sets the contest's award tiers (organizers). Once awards are given the
/// tiers are fixed.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    request_body = AwardSettingsDocument,
    responses(
        (status = 200, body = AwardSettingsView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/award-tiers")] // under /contests/{id}
#[tracing::instrument(name = "set_award_tiers", skip_all, fields(user_id = %auth.id()))]
pub async fn set_tiers(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<AwardSettingsDocument>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let doc = body.into_inner();
    let now = state.now();
    let settings = state
        .db
        .write(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            check_tiers(&doc.tiers).map_err(ApiError::validation)?;
            refuse_if_published(conn, &contest_id)?;
            let tiers = serde_json::to_string(&doc.tiers).map_err(ApiError::internal)?;
            let one = doc.one_award_per_entrant.unwrap_or(true);
            if !awards::of_contest(conn, &contest_id)?.is_empty() {
                return Err(ApiError::conflict("Awards have been given: the tiers are fixed."));
            }
            match awards::settings(conn, &contest_id)? {
                None => match awards::insert_settings(conn, &contest_id, &tiers, one, now) {
                    Err(e) if is_unique_violation(&e) => {
                        return Err(ApiError::conflict("The tiers were set a moment ago; reload."));
                    }
                    other => other.map(|_| ())?,
                },
                Some(_) => {
                    let version = doc
                        .version
                        .ok_or_else(|| ApiError::field("version", "required", "Send the version you last read."))?;
                    if awards::update_settings(conn, &contest_id, version, &tiers, one, now)? == 0 {
                        return Err(ApiError::new(
                            ErrorCode::VersionConflict,
                            "Someone saved the tiers after you read them. Reload and try again.",
                        ));
                    }
                }
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "awards.tiers_set",
                ("contest", Some(&contest_id)),
                serde_json::json!({ "tiers": doc.tiers.len() }),
                now,
            )?;
            awards::settings(conn, &contest_id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(settings_view(settings)?))
}

/// The contest's award tiers (organizers, until results are announced).
#[utoipa::path(
    tag = "awards",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = AwardSettingsView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/award-tiers")] // under /contests/{id}
pub async fn show_tiers(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let settings = state
        .db
        .read(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            awards::settings(conn, &contest_id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(settings_view(settings)?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AwardView {
    pub tier: String,
    pub place: i32,
    pub entry_id: String,
    /// `proposed` (from the ranking) or `override` (by an organizer, with a reason).
    pub origin: String,
    pub reason: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub decided_at: String,
}

fn award_view(a: Award) -> AwardView {
    AwardView {
        decided_at: format(a.created_at),
        tier: a.tier_key,
        place: a.place,
        entry_id: a.entry_id,
        origin: a.origin,
        reason: a.reason,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AwardsView {
    pub awards: Vec<AwardView>,
    /// From the last proposal: places whose entry shares its rank with an
    /// entry that got another tier or none (decide them by hand if needed).
    pub tied_across_boundary: Vec<Proposal>,
}

/// The final ranking: the last closed stage's stored results, best first.
pub(crate) fn final_ranking(conn: &mut DbConnection, contest_id: &str) -> Result<Vec<(String, Option<u32>)>, ApiError> {
    let closed = stages::list_for_contest(conn, contest_id)?.into_iter().rev().find(|s| s.closed_at.is_some());
    let Some(stage) = closed else { return Ok(Vec::new()) };
    let stored = scores::stored_results(conn, &stage.id)?.ok_or_else(ApiError::not_found)?;
    let results: Value = serde_json::from_str(&stored.results).map_err(ApiError::internal)?;
    let rank = |v: &Value| v.as_u64().and_then(|r| u32::try_from(r).ok());
    let ranked: Vec<(String, Option<u32>)> = if results["mode"] == "pairwise" {
        results["ranking"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|r| (r["entry_id"].as_str().unwrap_or_default().to_owned(), rank(&r["rank"])))
            .collect()
    } else {
        results["entries"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|r| (r["entry"].as_str().unwrap_or_default().to_owned(), rank(&r["rank"])))
            .collect()
    };
    Ok(ranked)
}

/// The public vote's ranking: most standing votes first, equal counts share a rank.
pub(crate) fn popular_ranking(
    conn: &mut DbConnection,
    contest_id: &str,
) -> Result<Vec<(String, Option<u32>)>, ApiError> {
    let Some(ballot) = votes::for_contest(conn, contest_id)? else { return Ok(Vec::new()) };
    let mut counts: Vec<(String, i64)> = votes::tally(conn, &ballot.id)?.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut out = Vec::with_capacity(counts.len());
    for (i, (entry, n)) in counts.iter().enumerate() {
        let rank = if i > 0 && counts[i - 1].1 == *n {
            out.last().and_then(|(_, r): &(String, Option<u32>)| *r)
        } else {
            u32::try_from(i + 1).ok()
        };
        out.push((entry.clone(), rank));
    }
    Ok(out)
}

pub(crate) fn with_entrants(
    conn: &mut DbConnection,
    list: Vec<(String, Option<u32>)>,
) -> Result<Vec<Ranked>, ApiError> {
    let ids: Vec<String> = list.iter().map(|(e, _)| e.clone()).collect();
    let found: HashMap<String, entries::Entry> =
        entries::find_many(conn, &ids)?.into_iter().map(|e| (e.id.clone(), e)).collect();
    Ok(list
        .into_iter()
        .filter_map(|(entry_id, rank)| {
            let e = found.get(&entry_id)?;
            Some(Ranked {
                entrant: e.team_id.clone().unwrap_or_else(|| e.user_id.clone()),
                disqualified: e.screening == DISQUALIFIED || e.status != entries::SUBMITTED,
                entry_id,
                rank,
            })
        })
        .collect())
}

/// Proposes winners for every tier from the final ranking (and the public
/// vote for people's-choice tiers), replacing the awards given so far. The
/// old and new lists are in the audit trail.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = AwardsView),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No tiers, or no closed stage to rank by", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/awards/propose")] // under /contests/{id}
#[tracing::instrument(name = "propose_awards", skip_all, fields(user_id = %auth.id()))]
pub async fn propose_awards(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            refuse_if_published(conn, &contest_id)?;
            let settings =
                awards::settings(conn, &contest_id)?.ok_or_else(|| ApiError::conflict("Set the award tiers first."))?;
            let tiers: Vec<Tier> = serde_json::from_str(&settings.tiers).map_err(ApiError::internal)?;
            let jury = final_ranking(conn, &contest_id)?;
            if jury.is_empty() && tiers.iter().any(|t| !t.peoples_choice) {
                return Err(ApiError::conflict("Close the final judging stage first: awards follow its results."));
            }
            let ranking = with_entrants(conn, jury)?;
            let popular_list = popular_ranking(conn, &contest_id)?;
            let popular = with_entrants(conn, popular_list)?;
            let proposals = propose(&tiers, &ranking, &popular, settings.one_per_entrant);
            let before: Vec<(String, i32, String)> =
                awards::of_contest(conn, &contest_id)?.into_iter().map(|a| (a.tier_key, a.place, a.entry_id)).collect();
            awards::delete_all(conn, &contest_id)?;
            for p in &proposals {
                let place = i32::try_from(p.place).map_err(ApiError::internal)?;
                awards::insert(conn, &contest_id, &p.tier, place, &p.entry_id, PROPOSED, None, &auth.user.id, now)?;
            }
            let after: Vec<(&str, u32, &str)> =
                proposals.iter().map(|p| (p.tier.as_str(), p.place, p.entry_id.as_str())).collect();
            audit::record(
                conn,
                Some(&auth.user.id),
                "awards.proposed",
                ("contest", Some(&contest_id)),
                serde_json::json!({ "before": before, "after": after }),
                now,
            )?;
            let ties = proposals.into_iter().filter(|p| p.tied_across_boundary).collect();
            Ok(AwardsView {
                awards: awards::of_contest(conn, &contest_id)?.into_iter().map(award_view).collect(),
                tied_across_boundary: ties,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The contest's awards (organizers, until results are announced).
#[utoipa::path(
    tag = "awards",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, body = Vec<AwardView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/awards")] // under /contests/{id}
pub async fn list_awards(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let rows = state
        .db
        .read(move |conn| {
            managed_contest(conn, &auth, &contest_id)?;
            Ok(awards::of_contest(conn, &contest_id)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(award_view).collect::<Vec<_>>()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardOverride {
    /// The entry to give the place to; null leaves the place empty.
    pub entry_id: Option<String>,
    /// Why (required; kept with the award and in the audit trail).
    pub reason: String,
}

fn refuse_place(tiers: &[Tier], tier: &str, place: i32) -> Result<(), ApiError> {
    let Some(t) = tiers.iter().find(|t| t.key == tier) else { return Err(ApiError::not_found()) };
    if place < 1 || i64::from(place) > i64::from(t.count) {
        return Err(ApiError::new(ErrorCode::Conflict, format!("The tier has {} places.", t.count)));
    }
    Ok(())
}

fn override_place(
    conn: &mut DbConnection,
    auth: &AuthUser,
    contest_id: &str,
    tier: &str,
    place: i32,
    body: &AwardOverride,
    now: NaiveDateTime,
) -> Result<Vec<Award>, ApiError> {
    managed_contest(conn, auth, contest_id)?;
    refuse_if_published(conn, contest_id)?;
    let reason = body.reason.trim();
    if reason.is_empty() || reason.chars().count() > 1000 {
        return Err(ApiError::field("reason", "invalid_length", "Between 1 and 1000 characters."));
    }
    let settings = awards::settings(conn, contest_id)?.ok_or_else(ApiError::not_found)?;
    let tiers: Vec<Tier> = serde_json::from_str(&settings.tiers).map_err(ApiError::internal)?;
    refuse_place(&tiers, tier, place)?;
    if let Some(entry_id) = &body.entry_id {
        let entry =
            entries::find(conn, entry_id)?.filter(|e| e.contest_id == contest_id && e.status == entries::SUBMITTED);
        if entry.is_none_or(|e| e.screening == DISQUALIFIED) {
            return Err(ApiError::validation(vec![FieldError::new(
                "entry_id",
                "not_awardable",
                "Not a submitted, eligible entry of this contest.",
            )]));
        }
    }
    let before = awards::of_contest(conn, contest_id)?
        .into_iter()
        .find(|a| a.tier_key == tier && a.place == place)
        .map(|a| a.entry_id);
    awards::delete_place(conn, contest_id, tier, place)?;
    if let Some(entry_id) = &body.entry_id {
        match awards::insert(conn, contest_id, tier, place, entry_id, OVERRIDE, Some(reason), &auth.user.id, now) {
            Err(e) if is_unique_violation(&e) => {
                return Err(ApiError::conflict("The entry already has an award; free that place first."));
            }
            other => other?,
        };
    }
    audit::record(
        conn,
        Some(&auth.user.id),
        "awards.overridden",
        ("contest", Some(contest_id)),
        serde_json::json!({ "tier": tier, "place": place, "from": before, "to": body.entry_id, "reason": reason }),
        now,
    )?;
    Ok(awards::of_contest(conn, contest_id)?)
}

/// Gives a place of a tier to another entry (or leaves it empty), with a
/// recorded reason.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest"), ("tier" = String, Path), ("place" = i32, Path)),
    request_body = AwardOverride,
    responses(
        (status = 200, body = Vec<AwardView>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/awards/{tier}/{place}")] // under /contests/{id}
#[tracing::instrument(name = "override_award", skip_all, fields(user_id = %auth.id()))]
pub async fn override_award(
    state: web::Data<AppState>,
    auth: AuthUser,
    path: web::Path<(String, String, i32)>,
    body: web::Json<AwardOverride>,
) -> Result<HttpResponse, ApiError> {
    let (contest_id, tier, place) = path.into_inner();
    let contest_id = valid_id(&contest_id)?;
    let body = body.into_inner();
    let now = state.now();
    let rows = state.db.write(move |conn| override_place(conn, &auth, &contest_id, &tier, place, &body, now)).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(award_view).collect::<Vec<_>>()))
}

//! Pairwise finals (CrowdBT, Chen et al. 2013, as Gavel runs it): a judge is
//! handed one entry after another and says which of the last two was
//! better. Each vote updates the two entries' quality (μ, σ²) and the
//! judge's reliability (α, β); the next entry is the one with the most
//! expected information, with ε exploration, steered away from entries
//! another judge was just handed and towards entries seen fewer than twice.
//!
//! Each handed entry is an assignment, so the conflict declaration and the
//! blind entry view of rubric stages apply unchanged. Votes lock rows in one
//! fixed order (stage shared, judge, the two items by id) instead of
//! retrying serializable transactions; an undo locks the stage and replays
//! its votes, so the state is always the fold of the votes that stand.

use std::collections::{BTreeMap, HashSet};

use actix_web::{HttpResponse, get, post, web};
use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::entries::valid_id;
use super::stages::managed_stage;
use crate::auth::AuthUser;
use crate::db::assignments::{self, CONFLICT, NO_CONFLICT};
use crate::db::pairwise::{self, JudgeRow};
use crate::db::stages::{self, PAIRWISE, Stage};
use crate::db::{DbConnection, audit};
use crate::domain::ids::new_id;
use crate::domain::judging::crowdbt::{self, BUSY_TIMEOUT, Candidate, Item};
use crate::error::{ApiError, ErrorCode, Problem};
use crate::state::AppState;

/// How long after a vote its judge may take it back.
pub const UNDO_WINDOW_SECS: i64 = 60;

const ORIGIN_PAIRWISE: &str = "pairwise";

/// One of the two entries a judge compares.
#[derive(Debug, Serialize, ToSchema)]
pub struct PairwiseSlot {
    pub entry_id: String,
    /// Declare conflicts on it, and read it at `/assignments/{id}/entry`.
    pub assignment_id: String,
    /// `no_conflict`, `conflict`, or null before the judge declares.
    pub declaration: Option<String>,
}

/// Where a judge is in a pairwise stage.
#[derive(Debug, Serialize, ToSchema)]
pub struct PairwiseState {
    pub stage_id: String,
    /// The entry seen before the current one (null until the first vote can be cast).
    pub previous: Option<PairwiseSlot>,
    /// The entry to look at now (null when the judge has seen every entry).
    pub current: Option<PairwiseSlot>,
    pub votes: i32,
    /// Whether `POST …/pairwise/undo` would take back the last vote now.
    pub can_undo: bool,
}

fn pairwise_stage(conn: &mut DbConnection, auth: &AuthUser, id: &str) -> Result<Stage, ApiError> {
    let stage = stages::find(conn, id)?.ok_or_else(ApiError::not_found)?;
    if stages::active_judge(conn, &stage.id, &auth.user.id)?.is_none() {
        return Err(ApiError::not_found());
    }
    if stage.mode != PAIRWISE {
        return Err(ApiError::conflict("This stage is judged on a rubric, not in pairs."));
    }
    Ok(stage)
}

fn require_scoring(stage: &Stage, now: NaiveDateTime) -> Result<(), ApiError> {
    if stage.is_scoring(now) {
        Ok(())
    } else {
        Err(ApiError::new(ErrorCode::ScoringClosed, "Votes are taken only while the stage's window is open."))
    }
}

fn state_of(
    conn: &mut DbConnection,
    stage_id: &str,
    row: &JudgeRow,
    now: NaiveDateTime,
) -> Result<PairwiseState, ApiError> {
    let can_undo = match pairwise::last_vote(conn, stage_id, &row.judge_id)? {
        Some(v) => v.undone_at.is_none() && now - v.created_at <= TimeDelta::seconds(UNDO_WINDOW_SECS),
        None => false,
    };
    state_with(conn, stage_id, row, can_undo)
}

/// The judge's state when whether they can undo is already known (right
/// after a vote, they can). Both entries' assignments in one query.
fn state_with(
    conn: &mut DbConnection,
    stage_id: &str,
    row: &JudgeRow,
    can_undo: bool,
) -> Result<PairwiseState, ApiError> {
    let shown: Vec<&str> =
        [row.previous_entry.as_deref(), row.current_entry.as_deref()].into_iter().flatten().collect();
    let assigned = assignments::find_pairs(conn, stage_id, &row.judge_id, &shown)?;
    let slot = |entry: Option<&str>| -> Result<Option<PairwiseSlot>, ApiError> {
        let Some(entry) = entry else { return Ok(None) };
        let assignment = assigned.iter().find(|a| a.entry_id == entry).ok_or_else(ApiError::not_found)?;
        Ok(Some(PairwiseSlot {
            entry_id: entry.to_owned(),
            assignment_id: assignment.id.clone(),
            declaration: assignment.declaration.clone(),
        }))
    };
    Ok(PairwiseState {
        stage_id: stage_id.to_owned(),
        previous: slot(row.previous_entry.as_deref())?,
        current: slot(row.current_entry.as_deref())?,
        votes: row.votes,
        can_undo,
    })
}

/// Chooses the judge's next entry (CrowdBT's expected information gain
/// against `just_seen`, the item they just saw, as it now stands), marks it
/// seen and hands it out as an assignment.
fn hand_next(
    conn: &mut DbConnection,
    stage: &Stage,
    row: &JudgeRow,
    just_seen: Option<Item>,
    now: NaiveDateTime,
) -> Result<Option<String>, ApiError> {
    let unseen = pairwise::unseen_items(conn, &stage.id, &row.judge_id)?;
    let since = now - TimeDelta::from_std(BUSY_TIMEOUT).unwrap_or(TimeDelta::minutes(5));
    let busy: HashSet<String> = pairwise::busy(conn, &stage.id, &row.judge_id, since)?.into_iter().collect();
    let candidates: Vec<Candidate> = unseen
        .iter()
        .map(|i| Candidate {
            id: i.entry_id.clone(),
            item: i.item(),
            views: u32::try_from(i.views).unwrap_or(0),
            busy: busy.contains(&i.entry_id),
        })
        .collect();
    let Some(chosen) = crowdbt::choose_next(row.judge(), just_seen.as_ref(), &candidates, &mut rand::rng()) else {
        return Ok(None);
    };
    let entry = candidates[chosen].id.clone();
    pairwise::mark_seen(conn, &stage.id, &row.judge_id, &entry, None, now)?;
    assignments::insert_many(conn, &stage.id, &[(row.judge_id.clone(), entry.clone())], ORIGIN_PAIRWISE, None, now)?;
    Ok(Some(entry))
}

/// Starts the judge in the stage (or picks up where they are): hands out a
/// first entry if they have none.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = PairwiseState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/pairwise/begin")] // under /stages/{id}
#[tracing::instrument(name = "pairwise_begin", skip_all, fields(user_id = %auth.id()))]
pub async fn begin(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let stage = pairwise_stage(conn, &auth, &stage_id)?;
            require_scoring(&stage, now)?;
            pairwise::lock_stage(conn, &stage.id, false)?;
            pairwise::insert_judge(conn, &stage.id, &auth.user.id)?;
            let row = pairwise::lock_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            if row.current_entry.is_none() && row.previous_entry.is_none() {
                let first = hand_next(conn, &stage, &row, None, now)?;
                pairwise::set_judge(
                    conn,
                    &stage.id,
                    &row.judge_id,
                    row.judge(),
                    None,
                    first.as_deref(),
                    first.as_ref().map(|_| now),
                    row.votes,
                )?;
            }
            let row = pairwise::find_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            state_of(conn, &stage.id, &row, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Where the judge is in the stage.
#[utoipa::path(
    operation_id = "show_pairwise",
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = PairwiseState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Not a judge of the stage, or not begun", body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/pairwise")] // under /stages/{id}
pub async fn show(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let now = state.now();
    let view = state
        .db
        .read(move |conn| {
            let stage = pairwise_stage(conn, &auth, &stage_id)?;
            let row = pairwise::find_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            state_of(conn, &stage.id, &row, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// After looking at their first entry, the judge moves on to the second
/// (from then on, each vote moves them on).
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = PairwiseState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Declare conflicts on the entry first", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Past the first entry: vote instead", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/pairwise/next")] // under /stages/{id}
#[tracing::instrument(name = "pairwise_next", skip_all, fields(user_id = %auth.id()))]
pub async fn pass_first(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let stage = pairwise_stage(conn, &auth, &stage_id)?;
            require_scoring(&stage, now)?;
            pairwise::lock_stage(conn, &stage.id, false)?;
            let row = pairwise::lock_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            let (None, Some(current)) = (row.previous_entry.clone(), row.current_entry.clone()) else {
                return Err(ApiError::conflict(
                    "Only the first entry is passed without a vote: say which of the two was better.",
                ));
            };
            let declared =
                assignments::find_pair(conn, &stage.id, &row.judge_id, &current)?.and_then(|a| a.declaration);
            if declared.as_deref() != Some(NO_CONFLICT) {
                return Err(ApiError::new(
                    ErrorCode::DeclarationRequired,
                    "Declare whether you have a conflict of interest with the entry first.",
                ));
            }
            let seen = pairwise::item(conn, &stage.id, &current)?.map(|i| i.item());
            let next = hand_next(conn, &stage, &row, seen, now)?;
            pairwise::set_judge(
                conn,
                &stage.id,
                &row.judge_id,
                row.judge(),
                Some(&current),
                next.as_deref(),
                next.as_ref().map(|_| now),
                row.votes,
            )?;
            let row = pairwise::find_judge(conn, &stage.id, &row.judge_id)?.ok_or_else(ApiError::not_found)?;
            state_of(conn, &stage.id, &row, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Previous,
    Current,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PairwiseVote {
    /// Which of the last two entries was better.
    pub better: Better,
}

/// The judge says which of their last two entries was better; the next
/// entry is handed out.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    request_body = PairwiseVote,
    responses(
        (status = 200, body = PairwiseState),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Declare conflicts on both entries first", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Nothing to compare yet, or the window is closed", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/pairwise/vote")] // under /stages/{id}
#[tracing::instrument(name = "pairwise_vote", skip_all, fields(user_id = %auth.id()))]
pub async fn vote(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<PairwiseVote>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let better = body.into_inner().better;
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let stage = pairwise_stage(conn, &auth, &stage_id)?;
            require_scoring(&stage, now)?;
            pairwise::lock_stage(conn, &stage.id, false)?;
            let row = pairwise::lock_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            let (Some(previous), Some(current)) = (row.previous_entry.clone(), row.current_entry.clone()) else {
                return Err(ApiError::conflict(
                    "There are not two entries to compare yet: look at the next one first.",
                ));
            };
            let assigned = assignments::find_pairs(conn, &stage.id, &row.judge_id, &[&previous, &current])?;
            for entry in [&previous, &current] {
                let declared = assigned.iter().find(|a| &a.entry_id == entry).and_then(|a| a.declaration.as_deref());
                if declared != Some(NO_CONFLICT) {
                    return Err(ApiError::new(
                        ErrorCode::DeclarationRequired,
                        "Declare whether you have a conflict of interest with both entries first.",
                    ));
                }
            }
            let (winner, loser) = match better {
                Better::Previous => (previous.clone(), current.clone()),
                Better::Current => (current.clone(), previous.clone()),
            };
            let locked = pairwise::lock_items(conn, &stage.id, &winner, &loser)?;
            let find = |e: &str| locked.iter().find(|i| i.entry_id == e).cloned().ok_or_else(ApiError::not_found);
            let (w, l) = (find(&winner)?, find(&loser)?);
            let (judge, w_item, l_item) = crowdbt::update(row.judge(), w.item(), l.item());
            pairwise::set_item(conn, &stage.id, &winner, w_item, w.views + 1)?;
            pairwise::set_item(conn, &stage.id, &loser, l_item, l.views + 1)?;
            pairwise::insert_vote(
                conn,
                &new_id(),
                &stage.id,
                &row.judge_id,
                &winner,
                &loser,
                Some(&previous),
                Some(&current),
                now,
            )?;
            let updated = JudgeRow { alpha: judge.alpha, beta: judge.beta, ..row.clone() };
            let just_seen = if current == winner { w_item } else { l_item };
            let next = hand_next(conn, &stage, &updated, Some(just_seen), now)?;
            let handed_at = next.as_ref().map(|_| now);
            pairwise::set_judge(
                conn,
                &stage.id,
                &row.judge_id,
                judge,
                Some(&current),
                next.as_deref(),
                handed_at,
                row.votes + 1,
            )?;
            // The judge's row as just written, and the vote just cast can be undone.
            let row = JudgeRow {
                previous_entry: Some(current),
                current_entry: next,
                handed_at,
                votes: row.votes + 1,
                ..updated
            };
            state_with(conn, &stage.id, &row, true)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The team is not at its table.
    Absent,
    /// The judge has a conflict of interest with the entry (recorded as their declaration).
    Conflict,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PairwiseSkip {
    pub reason: SkipReason,
    /// With a conflict: why (only organizers see it).
    pub note: Option<String>,
}

/// Skips the current entry (absent team, or a conflict of interest) and
/// hands out another; the skipped entry is not compared.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    request_body = PairwiseSkip,
    responses(
        (status = 200, body = PairwiseState),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/pairwise/skip")] // under /stages/{id}
#[tracing::instrument(name = "pairwise_skip", skip_all, fields(user_id = %auth.id()))]
pub async fn skip(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: web::Json<PairwiseSkip>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let body = body.into_inner();
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let stage = pairwise_stage(conn, &auth, &stage_id)?;
            let note = body.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
            if body.reason == SkipReason::Conflict && note.is_none_or(|n| n.chars().count() > 1000) {
                return Err(ApiError::field("note", "required", "Say why, in at most 1000 characters."));
            }
            require_scoring(&stage, now)?;
            pairwise::lock_stage(conn, &stage.id, false)?;
            let row = pairwise::lock_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            let Some(current) = row.current_entry.clone() else {
                return Err(ApiError::conflict("There is no entry to skip."));
            };
            if body.reason == SkipReason::Conflict
                && let Some(a) = assignments::find_pair(conn, &stage.id, &row.judge_id, &current)?
            {
                assignments::declare(conn, &a.id, CONFLICT, note, now)?;
            }
            let reason = match body.reason {
                SkipReason::Absent => "absent",
                SkipReason::Conflict => "conflict",
            };
            audit::record(
                conn,
                Some(&auth.user.id),
                "pairwise.skipped",
                ("stage", Some(&stage.id)),
                serde_json::json!({ "entry_id": current, "reason": reason }),
                now,
            )?;
            let seen = match &row.previous_entry {
                Some(previous) => pairwise::item(conn, &stage.id, previous)?.map(|i| i.item()),
                None => None,
            };
            let next = hand_next(conn, &stage, &row, seen, now)?;
            pairwise::set_judge(
                conn,
                &stage.id,
                &row.judge_id,
                row.judge(),
                row.previous_entry.as_deref(),
                next.as_deref(),
                next.as_ref().map(|_| now),
                row.votes,
            )?;
            let row = pairwise::find_judge(conn, &stage.id, &row.judge_id)?.ok_or_else(ApiError::not_found)?;
            state_of(conn, &stage.id, &row, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Takes back the judge's last vote, within a minute of casting it: the
/// stage's state is replayed from the votes that stand, and the judge is
/// back at the two entries they compared.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = PairwiseState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No vote to undo, or too late", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/pairwise/undo")] // under /stages/{id}
#[tracing::instrument(name = "pairwise_undo", skip_all, fields(user_id = %auth.id()))]
pub async fn undo(state: web::Data<AppState>, auth: AuthUser, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let now = state.now();
    let view = state
        .db
        .write(move |conn| {
            let stage = pairwise_stage(conn, &auth, &stage_id)?;
            require_scoring(&stage, now)?;
            pairwise::lock_stage(conn, &stage.id, true)?;
            let row = pairwise::lock_judge(conn, &stage.id, &auth.user.id)?.ok_or_else(ApiError::not_found)?;
            let last = pairwise::last_vote(conn, &stage.id, &row.judge_id)?
                .filter(|v| v.undone_at.is_none())
                .ok_or_else(|| ApiError::conflict("There is no vote to undo."))?;
            if now - last.created_at > TimeDelta::seconds(UNDO_WINDOW_SECS) {
                return Err(ApiError::conflict("A vote can be undone only within a minute of casting it."));
            }
            pairwise::mark_undone(conn, &last.id, now)?;
            replay(conn, &stage.id)?;
            if let Some(handed) = row.current_entry.as_deref().filter(|e| Some(*e) != last.current_before.as_deref()) {
                pairwise::unsee(conn, &stage.id, &row.judge_id, handed)?;
            }
            let judge = pairwise::find_judge(conn, &stage.id, &row.judge_id)?.ok_or_else(ApiError::not_found)?;
            pairwise::set_judge(
                conn,
                &stage.id,
                &row.judge_id,
                judge.judge(),
                last.previous_before.as_deref(),
                last.current_before.as_deref(),
                Some(now),
                row.votes - 1,
            )?;
            audit::record(
                conn,
                Some(&auth.user.id),
                "pairwise.undone",
                ("stage", Some(&stage.id)),
                serde_json::json!({ "vote": last.id }),
                now,
            )?;
            let row = pairwise::find_judge(conn, &stage.id, &row.judge_id)?.ok_or_else(ApiError::not_found)?;
            state_of(conn, &stage.id, &row, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Recomputes every item and judge of the stage from the priors by the
/// votes that stand, in the order they were cast.
fn replay(conn: &mut DbConnection, stage_id: &str) -> Result<(), ApiError> {
    let mut items: BTreeMap<String, (Item, i32)> =
        pairwise::items(conn, stage_id)?.into_iter().map(|i| (i.entry_id, (Item::default(), 0))).collect();
    let mut judges: BTreeMap<String, crowdbt::Judge> =
        pairwise::judges(conn, stage_id)?.into_iter().map(|j| (j.judge_id, crowdbt::Judge::default())).collect();
    for cast in pairwise::standing_votes(conn, stage_id)? {
        let (Some(&(w, wv)), Some(&(l, lv))) = (items.get(&cast.winner_id), items.get(&cast.loser_id)) else {
            continue;
        };
        let judge = judges.get(&cast.judge_id).copied().unwrap_or_default();
        let (judge, w, l) = crowdbt::update(judge, w, l);
        items.insert(cast.winner_id.clone(), (w, wv + 1));
        items.insert(cast.loser_id.clone(), (l, lv + 1));
        judges.insert(cast.judge_id.clone(), judge);
    }
    pairwise::reset(conn, stage_id)?;
    for (entry, (item, views)) in &items {
        if *views > 0 {
            pairwise::set_item(conn, stage_id, entry, *item, *views)?;
        }
    }
    for (judge_id, judge) in &judges {
        pairwise::set_judge_reliability(conn, stage_id, judge_id, *judge)?;
    }
    Ok(())
}

/// One entry's place in a pairwise ranking.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankedEntry {
    pub entry_id: String,
    pub category: Option<String>,
    /// Estimated quality.
    pub mu: f64,
    /// Uncertainty of `mu` (its standard deviation).
    pub sigma: f64,
    /// 1 = best within its category; equal μ share a rank.
    pub rank: u32,
    pub views: i32,
}

/// The stage's ranking by μ (with σ), per category, computed from the rows.
pub fn ranking(conn: &mut DbConnection, stage_id: &str) -> Result<Vec<RankedEntry>, ApiError> {
    let items = pairwise::items(conn, stage_id)?;
    let categories: BTreeMap<String, Option<String>> = pairwise::categories(conn, stage_id)?.into_iter().collect();
    let mut by_category: BTreeMap<Option<String>, Vec<(String, Item)>> = BTreeMap::new();
    let views: BTreeMap<String, i32> = items.iter().map(|i| (i.entry_id.clone(), i.views)).collect();
    for i in &items {
        by_category
            .entry(categories.get(&i.entry_id).cloned().flatten())
            .or_default()
            .push((i.entry_id.clone(), i.item()));
    }
    let mut out = Vec::with_capacity(items.len());
    for (category, group) in by_category {
        for (entry_id, mu, sigma, rank) in crowdbt::ranking(&group) {
            out.push(RankedEntry {
                views: views.get(&entry_id).copied().unwrap_or(0),
                category: category.clone(),
                entry_id,
                mu,
                sigma,
                rank,
            });
        }
    }
    Ok(out)
}

/// The stage's pairwise ranking, for the contest's organizers.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    responses(
        (status = 200, body = Vec<RankedEntry>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/pairwise/ranking")] // under /stages/{id}
pub async fn ranking_view(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let ranked = state
        .db
        .read(move |conn| {
            managed_stage(conn, &auth, &stage_id)?;
            ranking(conn, &stage_id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(ranked))
}

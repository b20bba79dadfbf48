//! A stage's results: computed by the recipe from the submitted scores and
//! verified bonus claims (a pure function, `domain::judging::recipe`),
//! previewed by organizers at any time with the close calls around the
//! cutoff, and stored with their hashes when the organizer closes the stage,
//! which advances the chosen entries to the next stage.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use utoipa::{IntoParams, ToSchema};

use super::entries::valid_id;
use super::stages::managed_stage;
use crate::auth::AuthUser;
use crate::db::stages::{self, PAIRWISE, Stage};
use crate::db::{DbConnection, audit, scores};
use crate::domain::csv::Csv;
use crate::domain::judging::recipe::{self, CloseCall, EntryInput, Inputs, Recipe, Results, Sheet};
use crate::domain::judging::rubric::Rubric;
use crate::domain::time::format;
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::state::AppState;

/// Resamples for the close-call estimate: enough that a 5% flip rate shows.
pub(crate) const CLOSE_CALL_RESAMPLES: u32 = 200;

/// Everything the recipe needs, read in a fixed number of queries however
/// many entries and judges the stage has.
pub fn gather(conn: &mut DbConnection, stage: &Stage) -> Result<(Rubric, Recipe, Inputs), ApiError> {
    let rubric: Rubric = serde_json::from_str(&stage.rubric).map_err(ApiError::internal)?;
    let recipe: Recipe = serde_json::from_str(&stage.recipe).map_err(ApiError::internal)?;
    let ids = stages::entry_ids(conn, stage)?;
    let in_stage: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    let mut bonus: HashMap<String, Vec<String>> = HashMap::new();
    for (entry, rule) in scores::verified_claims(conn, &stage.id)? {
        bonus.entry(entry).or_default().push(rule);
    }
    let mut sheets = Vec::new();
    for (judge, entry, values) in scores::submitted_sheets(conn, &stage.id)? {
        if in_stage.contains(entry.as_str()) {
            let values: BTreeMap<String, f64> = serde_json::from_str(&values).map_err(ApiError::internal)?;
            sheets.push(Sheet { judge, entry, values });
        }
    }
    // The public vote's share feeds the recipe's blend (jury 80 / public 20).
    let public =
        if recipe.blend.is_some() { super::votes::public_scores(conn, &stage.contest_id)? } else { HashMap::new() };
    let entries = scores::submission_times(conn, &ids)?
        .into_iter()
        .map(|(id, submitted_at)| EntryInput {
            verified_bonus: bonus.remove(&id).unwrap_or_default(),
            submitted_at: submitted_at.unwrap_or_default().and_utc(),
            public_score: recipe.blend.as_ref().map(|_| public.get(&id).copied().unwrap_or(0.0)),
            id,
        })
        .collect();
    Ok((rubric, recipe, Inputs { entries, sheets }))
}

/// The seed for resampling, from the inputs' hash: the same inputs give the same close calls.
fn seed_of(results: &Results) -> u64 {
    u64::from_str_radix(results.inputs_hash.get(..16).unwrap_or("0"), 16).unwrap_or(0)
}

/// What a stage's results come from: the stored results once it is closed;
/// before, a pairwise stage's ranking, or a rubric stage's inputs to compute
/// them from (with [`compute_with_close_calls`], off the async workers).
pub(crate) enum StageResults {
    Stored(scores::StoredResults),
    Pairwise(PairwiseResults),
    Rubric(Rubric, Recipe, Inputs),
}

pub(crate) fn stage_results(conn: &mut DbConnection, stage: &Stage) -> Result<StageResults, ApiError> {
    if let Some(stored) = scores::stored_results(conn, &stage.id)? {
        return Ok(StageResults::Stored(stored));
    }
    if stage.mode == PAIRWISE {
        return Ok(StageResults::Pairwise(pairwise_results(conn, stage)?));
    }
    let (rubric, recipe, inputs) = gather(conn, stage)?;
    Ok(StageResults::Rubric(rubric, recipe, inputs))
}

/// The results computed now, with the close calls: the entries whose side of
/// the cutoff flips in 5–95% of `resamples` resamplings of the judges.
pub(crate) fn compute_with_close_calls(
    rubric: &Rubric,
    recipe: &Recipe,
    inputs: &Inputs,
    resamples: u32,
) -> (Results, Vec<CloseCall>) {
    let results = recipe::compute(rubric, recipe, inputs);
    let calls = recipe::close_calls(rubric, recipe, inputs, &results, resamples, seed_of(&results))
        .into_iter()
        .filter(|c| c.advance_share >= 0.05 && c.advance_share <= 0.95)
        .collect();
    (results, calls)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResultsView {
    pub stage_id: String,
    /// true once the stage is closed: these are the stored, final results.
    pub stored: bool,
    #[schema(value_type = String, format = DateTime)]
    pub computed_at: String,
    /// Each entry's breakdown, in rank order, with the recipe's and the inputs' hashes.
    /// Written once, straight from the computed (or stored) results: no
    /// intermediate JSON tree for 10,000 entries × 9 judges.
    #[schema(value_type = Object)]
    pub results: Box<RawValue>,
    /// Entries whose side of the cutoff is within the judges' disagreement:
    /// resampling the judges' scores moves them across it in 5–95% of cases.
    pub close_calls: Vec<CloseCall>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ResultsQuery {
    /// `false`: leave out the close calls (they resample the judges 200 times).
    pub close_calls: Option<bool>,
}

/// The stage's results for its organizers: a preview computed now from the
/// submitted scores while the stage runs, the stored results once it is
/// closed. Judges and entrants never see this.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage"), ResultsQuery),
    responses(
        (status = 200, body = ResultsView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/results")] // under /stages/{id}
pub async fn preview(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    query: web::Query<ResultsQuery>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let resamples = if query.close_calls.unwrap_or(true) { CLOSE_CALL_RESAMPLES } else { 0 };
    let now = state.now();
    // Reading, computing and writing the answer all happen in this one
    // closure, on the one thread for large reads, straight into the bytes
    // sent: a stage of 10,000 entries × 9 judges is ~110 MB of working
    // memory and a 13 MB answer, and spread over threads (or copied once
    // more on the way out) the server kept that memory several times over.
    let body = state
        .db
        .read_large(move |conn| {
            let (stage, _) = managed_stage(conn, &auth, &stage_id)?;
            match stage_results(conn, &stage)? {
                StageResults::Stored(stored) => {
                    let results = RawValue::from_string(stored.results).map_err(ApiError::internal)?;
                    results_body(&stage.id, true, format(stored.computed_at), &results, &[])
                }
                StageResults::Pairwise(ranked) => results_body(&stage.id, false, format(now), &ranked, &[]),
                StageResults::Rubric(rubric, recipe, inputs) => {
                    let (results, calls) = compute_with_close_calls(&rubric, &recipe, &inputs, resamples);
                    drop(inputs);
                    results_body(&stage.id, false, format(now), &results, &calls)
                }
            }
        })
        .await?;
    Ok(HttpResponse::Ok().content_type(header::ContentType::json()).body(body))
}

/// [`ResultsView`] as it is written: the results serialized straight into
/// the answer's bytes.
#[derive(Serialize)]
struct ResultsBody<'a, R: Serialize + ?Sized> {
    stage_id: &'a str,
    stored: bool,
    computed_at: String,
    results: &'a R,
    close_calls: &'a [CloseCall],
}

fn results_body<R: Serialize + ?Sized>(
    stage_id: &str,
    stored: bool,
    computed_at: String,
    results: &R,
    close_calls: &[CloseCall],
) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(&ResultsBody { stage_id, stored, computed_at, results, close_calls }).map_err(ApiError::internal)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// The entries that advance to the next stage; by default those the
    /// recipe's advance rule chose. Use it to settle a tie at the cutoff.
    pub advance: Option<Vec<String>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CloseOutcome {
    pub stage_id: String,
    pub recipe_hash: String,
    pub inputs_hash: String,
    /// The entries advanced to the next stage (or chosen, for the last stage).
    pub advanced: Vec<String>,
    pub next_stage_id: Option<String>,
}

/// Closes the stage once its scoring window has ended: the results are
/// computed, stored with the hashes of the recipe and the inputs, and the
/// chosen entries advance to the next stage. Closing is final.
#[utoipa::path(
    tag = "judging",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The stage")),
    request_body = CloseRequest,
    responses(
        (status = 200, body = CloseOutcome),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/close")] // under /stages/{id}
#[tracing::instrument(name = "close_stage", skip_all, fields(user_id = %auth.id()))]
pub async fn close(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
    body: Option<web::Json<CloseRequest>>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let request = body.map(web::Json::into_inner).unwrap_or_default();
    let now = state.now();
    let outcome = state
        .db
        .write(move |conn| {
            let (stage, _) = managed_stage(conn, &auth, &stage_id)?;
            if stage.closed_at.is_some() {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is already closed."));
            }
            if now < stage.closes_at {
                return Err(ApiError::new(ErrorCode::ScoringClosed, "The scoring window has not ended yet."));
            }
            let (results, chosen_by_rule, known) = if stage.mode == PAIRWISE {
                let ranked = pairwise_results(conn, &stage)?;
                let known: BTreeSet<String> = ranked.ranking.iter().map(|r| r.entry.entry_id.clone()).collect();
                let chosen =
                    ranked.ranking.iter().filter(|r| r.advances).map(|r| r.entry.entry_id.clone()).collect::<Vec<_>>();
                (ClosedResults::Pairwise(ranked), chosen, known)
            } else {
                let (rubric, recipe, inputs) = gather(conn, &stage)?;
                let results = recipe::compute(&rubric, &recipe, &inputs);
                let known: BTreeSet<String> = inputs.entries.iter().map(|e| e.id.clone()).collect();
                let chosen = results.entries.iter().filter(|e| e.advances).map(|e| e.entry.clone()).collect::<Vec<_>>();
                (ClosedResults::Rubric(results), chosen, known)
            };
            let advanced: Vec<String> = match request.advance {
                Some(chosen) => {
                    let unknown: Vec<FieldError> = chosen
                        .iter()
                        .enumerate()
                        .filter(|(_, id)| !known.contains(id.as_str()))
                        .map(|(i, _)| {
                            FieldError::new(
                                format!("advance[{i}]"),
                                "not_in_stage",
                                "The stage does not judge this entry.",
                            )
                        })
                        .collect();
                    if !unknown.is_empty() {
                        return Err(ApiError::validation(unknown));
                    }
                    chosen.into_iter().collect::<BTreeSet<_>>().into_iter().collect()
                }
                None => chosen_by_rule,
            };
            let (json, recipe_hash, inputs_hash) = match &results {
                ClosedResults::Rubric(r) => (
                    serde_json::to_string(r).map_err(ApiError::internal)?,
                    r.recipe_hash.clone(),
                    r.inputs_hash.clone(),
                ),
                ClosedResults::Pairwise(r) => (
                    serde_json::to_string(r).map_err(ApiError::internal)?,
                    r.recipe_hash.clone(),
                    r.inputs_hash.clone(),
                ),
            };
            if stages::close(conn, &stage.id, &auth.user.id, now)? == 0 {
                return Err(ApiError::new(ErrorCode::StageClosed, "The stage is already closed."));
            }
            scores::store_results(conn, &stage.id, &recipe_hash, &inputs_hash, &json, now)?;
            let next = stages::next_of(conn, &stage)?;
            if let Some(next) = &next {
                stages::add_entries(conn, &next.id, &advanced, now)?;
            }
            audit::record(
                conn,
                Some(&auth.user.id),
                "stage.closed",
                ("stage", Some(&stage.id)),
                serde_json::json!({
                    "recipe_hash": recipe_hash,
                    "inputs_hash": inputs_hash,
                    "advanced": advanced,
                    "next_stage_id": next.as_ref().map(|n| n.id.clone()),
                }),
                now,
            )?;
            Ok(CloseOutcome {
                stage_id: stage.id,
                recipe_hash,
                inputs_hash,
                advanced,
                next_stage_id: next.map(|n| n.id),
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(outcome))
}

/// Every score of the stage, one row per judge and entry with a column per
/// criterion, as CSV (formula-safe cells), for the contest's organizers.
#[utoipa::path(
    operation_id = "export_scores",
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
#[get("/scores.csv")] // under /stages/{id}
pub async fn export(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let csv = state
        .db
        .read(move |conn| {
            let (stage, _) = managed_stage(conn, &auth, &stage_id)?;
            let rubric: Rubric = serde_json::from_str(&stage.rubric).map_err(ApiError::internal)?;
            let mut csv = Csv::new();
            csv.row(
                ["entry_id", "judge_id", "status"]
                    .into_iter()
                    .map(str::to_owned)
                    .chain(rubric.criteria.iter().map(|c| c.key.clone()))
                    .chain(["total".to_owned(), "comment".to_owned(), "updated_at".to_owned()]),
            );
            for score in scores::all_in_stage(conn, &stage.id)? {
                let values: BTreeMap<String, f64> = serde_json::from_str(&score.values).map_err(ApiError::internal)?;
                csv.text(&score.entry_id).text(&score.judge_id).text(&score.status);
                for c in &rubric.criteria {
                    match values.get(&c.key) {
                        Some(v) => csv.number(*v),
                        None => csv.empty(),
                    };
                }
                csv.number(rubric.total(&values))
                    .text(score.comment.as_deref().unwrap_or(""))
                    .text(&format(score.updated_at))
                    .end_row();
            }
            Ok(csv)
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"scores.csv\""))
        .body(csv.into_bytes()))
}

enum ClosedResults {
    Rubric(Results),
    Pairwise(PairwiseResults),
}

/// A pairwise stage's results: the CrowdBT ranking per category and who
/// advances by the recipe's rule (top N per category, ties at the cutoff
/// together; a threshold does not apply to μ).
#[derive(Debug, Serialize, ToSchema)]
pub struct PairwiseResults {
    /// `pairwise`.
    pub mode: String,
    pub recipe_hash: String,
    /// SHA-256 over the votes that stand, in order.
    pub inputs_hash: String,
    pub ranking: Vec<PairwiseResult>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PairwiseResult {
    #[serde(flatten)]
    pub entry: super::pairwise::RankedEntry,
    pub advances: bool,
}

fn pairwise_results(conn: &mut DbConnection, stage: &Stage) -> Result<PairwiseResults, ApiError> {
    use sha2::{Digest, Sha256};
    let recipe: Recipe = serde_json::from_str(&stage.recipe).map_err(ApiError::internal)?;
    let top = match recipe.advance {
        recipe::AdvanceRule::TopN { n } => Some(n),
        _ => None,
    };
    let mut votes = Sha256::new();
    for vote in crate::db::pairwise::standing_votes(conn, &stage.id)? {
        votes.update(format!("{}>{}>{}\n", vote.judge_id, vote.winner_id, vote.loser_id));
    }
    let ranking = super::pairwise::ranking(conn, &stage.id)?
        .into_iter()
        .map(|entry| PairwiseResult { advances: top.is_some_and(|n| entry.rank <= n), entry })
        .collect();
    Ok(PairwiseResults {
        mode: PAIRWISE.to_owned(),
        recipe_hash: hex::encode(Sha256::digest(stage.recipe.as_bytes())),
        inputs_hash: hex::encode(votes.finalize()),
        ranking,
    })
}

//! CSV exports for a contest's organizers (UTF-8 with a byte order mark,
//! formula-safe cells, see `domain::csv`): a stage's results with their
//! breakdowns, the public vote's tally and the awards. The scores per judge
//! and criterion are `GET /stages/{id}/scores.csv` (`routes::results`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use serde::Deserialize;

use super::contests::managed_contest;
use super::entries::valid_id;
use super::results::{self, CLOSE_CALL_RESAMPLES, PairwiseResults, StageResults};
use super::stages::managed_stage;
use super::votes::{ballot_entry_ids, tally_view};
use crate::auth::AuthUser;
use crate::db::entries::Entry;
use crate::db::{awards, entries, votes};
use crate::domain::awards::Tier;
use crate::domain::csv::Csv;
use crate::domain::judging::recipe::{EntryResult, Normalization, Recipe, Results};
use crate::domain::judging::rubric::Rubric;
use crate::domain::time::format;
use crate::error::{ApiError, Problem};
use crate::state::AppState;

/// The answer for a CSV document.
fn attachment(filename: &str, csv: Csv) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .body(csv.into_bytes())
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

fn optional_number(csv: &mut Csv, value: Option<f64>) {
    match value {
        Some(v) => csv.number(v),
        None => csv.empty(),
    };
}

/// The entries by id, for their receipt numbers and categories.
fn entries_by_id(conn: &mut crate::db::DbConnection, ids: &[String]) -> Result<HashMap<String, Entry>, ApiError> {
    Ok(entries::find_many(conn, ids)?.into_iter().map(|e| (e.id.clone(), e)).collect())
}

/// Writes the entry's receipt number and category (the category an entrant
/// chose, written as text like anything a person typed).
fn receipt_and_category(csv: &mut Csv, found: &HashMap<String, Entry>, entry_id: &str) {
    let entry = found.get(entry_id);
    csv.text(entry.and_then(|e| e.receipt_number.as_deref()).unwrap_or(""))
        .text(entry.and_then(|e| e.category.as_deref()).unwrap_or(""));
}

// ---------------------------------------------------------------- results

/// One entry of a rubric stage's results, read from the stored JSON or
/// taken from the results computed now. Numbers are optional: a stored value
/// that was not finite was written as `null`.
#[derive(Debug, Deserialize)]
struct RubricRow {
    entry: String,
    #[serde(default)]
    judges: Vec<JudgeRow>,
    #[serde(default)]
    criteria: BTreeMap<String, Option<f64>>,
    jury: Option<f64>,
    #[serde(default)]
    public: Option<f64>,
    bonus: Option<f64>,
    #[serde(default)]
    bonus_rules: Vec<String>,
    final_score: Option<f64>,
    rank: Option<u32>,
    #[serde(default)]
    tied: bool,
    advances: bool,
}

#[derive(Debug, Deserialize)]
struct JudgeRow {
    judge: String,
    raw: Option<f64>,
    normalized: Option<f64>,
    #[serde(default)]
    dropped: bool,
}

impl From<EntryResult> for RubricRow {
    fn from(e: EntryResult) -> Self {
        RubricRow {
            entry: e.entry,
            judges: e
                .judges
                .into_iter()
                .map(|j| JudgeRow {
                    judge: j.judge,
                    raw: Some(j.raw),
                    normalized: Some(j.normalized),
                    dropped: j.dropped,
                })
                .collect(),
            criteria: e.criteria.into_iter().map(|(k, v)| (k, Some(v))).collect(),
            jury: e.jury,
            public: e.public,
            bonus: Some(e.bonus),
            bonus_rules: e.bonus_rules,
            final_score: e.final_score,
            rank: e.rank,
            tied: e.tied,
            advances: e.advances,
        }
    }
}

/// One entry of a pairwise stage's ranking.
#[derive(Debug, Deserialize)]
struct PairwiseRow {
    entry_id: String,
    mu: Option<f64>,
    sigma: Option<f64>,
    rank: Option<u32>,
    #[serde(default)]
    views: i64,
    advances: bool,
}

/// Stored results, as `routes::results::close` wrote them: a pairwise
/// ranking (`mode: pairwise`, `ranking`) or a rubric stage's `Results` (`entries`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum StoredRanking {
    Pairwise { ranking: Vec<PairwiseRow> },
    Rubric { entries: Vec<RubricRow> },
}

/// Where the rows come from, as read in the database transaction.
enum Source {
    Stored(StoredRanking),
    Pairwise(PairwiseResults),
    Rubric(Rubric, Recipe, crate::domain::judging::recipe::Inputs),
}

/// The rows to write: rubric results with the close calls of a preview
/// (entry → share of resamples in which it advanced; `None` for stored
/// results, which keep none), or a pairwise ranking.
enum Table {
    Rubric(Vec<RubricRow>, Option<HashMap<String, f64>>),
    Pairwise(Vec<PairwiseRow>),
}

fn pairwise_rows(ranked: PairwiseResults) -> Vec<PairwiseRow> {
    ranked
        .ranking
        .into_iter()
        .map(|r| PairwiseRow {
            entry_id: r.entry.entry_id,
            mu: Some(r.entry.mu),
            sigma: Some(r.entry.sigma),
            rank: Some(r.entry.rank),
            views: i64::from(r.entry.views),
            advances: r.advances,
        })
        .collect()
}

fn table_of(source: Source) -> Table {
    match source {
        Source::Stored(StoredRanking::Rubric { entries }) => Table::Rubric(entries, None),
        Source::Stored(StoredRanking::Pairwise { ranking }) => Table::Pairwise(ranking),
        Source::Pairwise(ranked) => Table::Pairwise(pairwise_rows(ranked)),
        Source::Rubric(rubric, recipe, inputs) => {
            let (results, calls): (Results, _) =
                results::compute_with_close_calls(&rubric, &recipe, &inputs, CLOSE_CALL_RESAMPLES);
            let calls = calls.into_iter().map(|c| (c.entry, c.advance_share)).collect();
            Table::Rubric(results.entries.into_iter().map(RubricRow::from).collect(), Some(calls))
        }
    }
}

/// A rubric stage's results: one row per entry in rank order (unscored
/// entries last, unranked), the judges' totals in a column each, judge by judge.
fn write_rubric(
    rows: &[RubricRow],
    close_calls: Option<&HashMap<String, f64>>,
    rubric: &Rubric,
    recipe: &Recipe,
    found: &HashMap<String, Entry>,
) -> Csv {
    let judges: BTreeSet<&str> = rows.iter().flat_map(|r| r.judges.iter().map(|j| j.judge.as_str())).collect();
    let normalized = recipe.normalization != Normalization::None;
    let blended = recipe.blend.is_some() || rows.iter().any(|r| r.public.is_some());
    let mut header: Vec<String> =
        ["rank", "entry_id", "receipt_number", "category", "judges"].into_iter().map(str::to_owned).collect();
    for judge in &judges {
        header.push(format!("judge_{judge}"));
        if normalized {
            header.push(format!("judge_{judge}_normalized"));
        }
    }
    header.push("dropped_judges".to_owned());
    header.extend(rubric.criteria.iter().map(|c| format!("mean_{}", c.key)));
    header.push("jury".to_owned());
    if blended {
        header.push("public".to_owned());
    }
    header.extend(
        ["bonus", "bonus_rules", "final_score", "tied", "advances", "close_call", "advance_share"].map(str::to_owned),
    );
    let mut csv = Csv::new();
    csv.row(&header);
    for row in rows {
        match row.rank {
            Some(rank) => csv.integer(i64::from(rank)),
            None => csv.empty(),
        };
        csv.text(&row.entry);
        receipt_and_category(&mut csv, found, &row.entry);
        csv.integer(row.judges.len() as i64);
        let by_judge: HashMap<&str, &JudgeRow> = row.judges.iter().map(|j| (j.judge.as_str(), j)).collect();
        for judge in &judges {
            let score = by_judge.get(judge);
            optional_number(&mut csv, score.and_then(|s| s.raw));
            if normalized {
                optional_number(&mut csv, score.and_then(|s| s.normalized));
            }
        }
        let dropped: Vec<&str> = row.judges.iter().filter(|j| j.dropped).map(|j| j.judge.as_str()).collect();
        csv.text(&dropped.join("; "));
        for c in &rubric.criteria {
            optional_number(&mut csv, row.criteria.get(&c.key).copied().flatten());
        }
        optional_number(&mut csv, row.jury);
        if blended {
            optional_number(&mut csv, row.public);
        }
        optional_number(&mut csv, row.bonus);
        csv.text(&row.bonus_rules.join("; "));
        optional_number(&mut csv, row.final_score);
        csv.text(yes_no(row.tied)).text(yes_no(row.advances));
        match close_calls {
            Some(calls) => {
                let share = calls.get(&row.entry).copied();
                csv.text(yes_no(share.is_some()));
                optional_number(&mut csv, share);
            }
            None => {
                csv.empty().empty();
            }
        }
        csv.end_row();
    }
    csv
}

/// A pairwise stage's ranking: one row per entry, by category and rank.
fn write_pairwise(rows: &[PairwiseRow], found: &HashMap<String, Entry>) -> Csv {
    let mut csv = Csv::new();
    csv.row(["rank", "entry_id", "receipt_number", "category", "mu", "sigma", "views", "advances"]);
    for row in rows {
        match row.rank {
            Some(rank) => csv.integer(i64::from(rank)),
            None => csv.empty(),
        };
        csv.text(&row.entry_id);
        receipt_and_category(&mut csv, found, &row.entry_id);
        optional_number(&mut csv, row.mu);
        optional_number(&mut csv, row.sigma);
        csv.integer(row.views).text(yes_no(row.advances)).end_row();
    }
    csv
}

/// The stage's results with their breakdowns as CSV, for the contest's
/// organizers: the stored results once the stage is closed, else the preview
/// computed now as `GET /stages/{id}/results` computes it.
///
/// A rubric stage has one row per entry in rank order: `rank` (shared by
/// tied entries, empty for an unscored entry), `entry_id`, `receipt_number`,
/// `category`, `judges` (how many scored it), a `judge_{id}` column per judge
/// of the stage with that judge's total (and `judge_{id}_normalized` when the
/// recipe normalizes), `dropped_judges` (left out by a trimmed mean),
/// `mean_{criterion}` per criterion, `jury` (the aggregate), `public` (only
/// with a blend: the public vote on the points scale), `bonus`,
/// `bonus_rules`, `final_score`, `tied`, `advances` (by the recipe's rule),
/// and for a preview `close_call` with its `advance_share` (empty once
/// stored). A pairwise stage has `rank` (within its category), `entry_id`,
/// `receipt_number`, `category`, `mu`, `sigma`, `views`, `advances`.
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
#[get("/results.csv")] // under /stages/{id}
pub async fn results_csv(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let stage_id = valid_id(&id)?;
    let (stage, contest, source, found) = state
        .db
        .read(move |conn| {
            let (stage, contest) = managed_stage(conn, &auth, &stage_id)?;
            let (source, ids): (Source, Vec<String>) = match results::stage_results(conn, &stage)? {
                StageResults::Stored(stored) => {
                    let parsed: StoredRanking = serde_json::from_str(&stored.results).map_err(ApiError::internal)?;
                    let ids = match &parsed {
                        StoredRanking::Rubric { entries } => entries.iter().map(|e| e.entry.clone()).collect(),
                        StoredRanking::Pairwise { ranking } => ranking.iter().map(|r| r.entry_id.clone()).collect(),
                    };
                    (Source::Stored(parsed), ids)
                }
                StageResults::Pairwise(ranked) => {
                    let ids = ranked.ranking.iter().map(|r| r.entry.entry_id.clone()).collect();
                    (Source::Pairwise(ranked), ids)
                }
                StageResults::Rubric(rubric, recipe, inputs) => {
                    let ids = inputs.entries.iter().map(|e| e.id.clone()).collect();
                    (Source::Rubric(rubric, recipe, inputs), ids)
                }
            };
            let found = entries_by_id(conn, &ids)?;
            Ok((stage, contest, source, found))
        })
        .await?;
    let stored = matches!(source, Source::Stored(_));
    // Computing (with the close calls' resampling) and writing run off the async workers.
    let csv = web::block(move || -> Result<Csv, ApiError> {
        match table_of(source) {
            Table::Rubric(rows, calls) => {
                let rubric: Rubric = serde_json::from_str(&stage.rubric).map_err(ApiError::internal)?;
                let recipe: Recipe = serde_json::from_str(&stage.recipe).map_err(ApiError::internal)?;
                Ok(write_rubric(&rows, calls.as_ref(), &rubric, &recipe, &found))
            }
            Table::Pairwise(rows) => Ok(write_pairwise(&rows, &found)),
        }
    })
    .await
    .map_err(ApiError::internal)??;
    let kind = if stored { "results" } else { "results-preview" };
    Ok(attachment(&format!("{}-stage{}-{kind}.csv", contest.slug, stage.position), csv))
}

// ---------------------------------------------------------------- votes

/// The public vote's tally as CSV, for the contest's organizers: every entry
/// on the ballot (and any other with standing votes), most votes first —
/// `rank` (equal counts share it; empty without votes), `entry_id`,
/// `receipt_number`, `category`, `votes` (standing, not voided) and
/// `share_of_best` (votes / the most any entry has, 0–1: the public score a
/// recipe blends).
#[utoipa::path(
    tag = "voting",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, description = "CSV", content_type = "text/csv"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such contest, or it has no ballot", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ballot/tally.csv")] // under /contests/{id}
pub async fn tally_csv(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let (slug, view, found) = state
        .db
        .read(move |conn| {
            let contest = managed_contest(conn, &auth, &contest_id)?;
            let ballot = votes::for_contest(conn, &contest_id)?.ok_or_else(ApiError::not_found)?;
            let mut counts = votes::tally(conn, &ballot.id)?;
            for entry in ballot_entry_ids(conn, &ballot)? {
                counts.entry(entry).or_insert(0);
            }
            let view = tally_view(counts, 0);
            let ids: Vec<String> = view.entries.iter().map(|e| e.entry_id.clone()).collect();
            let found = entries_by_id(conn, &ids)?;
            Ok((contest.slug, view, found))
        })
        .await?;
    let mut csv = Csv::new();
    csv.row(["rank", "entry_id", "receipt_number", "category", "votes", "share_of_best"]);
    let mut rank = 0;
    let mut previous = None;
    for (i, e) in view.entries.iter().enumerate() {
        if previous != Some(e.votes) {
            rank = i + 1;
            previous = Some(e.votes);
        }
        if e.votes > 0 {
            csv.integer(rank as i64);
        } else {
            csv.empty();
        }
        csv.text(&e.entry_id);
        receipt_and_category(&mut csv, &found, &e.entry_id);
        csv.integer(e.votes).number(e.share_of_best).end_row();
    }
    Ok(attachment(&format!("{slug}-votes.csv"), csv))
}

// ---------------------------------------------------------------- awards

/// The contest's awards as CSV, for its organizers: one row per place given,
/// best tier first — `tier_order` (1 = best), `tier_key`, `tier_ko`,
/// `tier_en`, `place`, `entry_id`, `receipt_number`, `category`, `origin`
/// (`proposed` from the ranking, `override` by an organizer), `reason` (of
/// an override) and `decided_at` (UTC).
#[utoipa::path(
    tag = "awards",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The contest")),
    responses(
        (status = 200, description = "CSV", content_type = "text/csv"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/awards.csv")] // under /contests/{id}
pub async fn awards_csv(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let contest_id = valid_id(&id)?;
    let (slug, tiers, given, found) = state
        .db
        .read(move |conn| {
            let contest = managed_contest(conn, &auth, &contest_id)?;
            let tiers: Vec<Tier> = match awards::settings(conn, &contest_id)? {
                Some(settings) => serde_json::from_str(&settings.tiers).map_err(ApiError::internal)?,
                None => Vec::new(),
            };
            let given = awards::of_contest(conn, &contest_id)?;
            let ids: Vec<String> = given.iter().map(|a| a.entry_id.clone()).collect();
            let found = entries_by_id(conn, &ids)?;
            Ok((contest.slug, tiers, given, found))
        })
        .await?;
    let order: HashMap<&str, (usize, &Tier)> =
        tiers.iter().enumerate().map(|(i, t)| (t.key.as_str(), (i + 1, t))).collect();
    let mut given = given;
    // Tiers best first; a tier no longer in the settings last.
    given
        .sort_by_key(|a| (order.get(a.tier_key.as_str()).map_or(usize::MAX, |(i, _)| *i), a.tier_key.clone(), a.place));
    let mut csv = Csv::new();
    csv.row([
        "tier_order",
        "tier_key",
        "tier_ko",
        "tier_en",
        "place",
        "entry_id",
        "receipt_number",
        "category",
        "origin",
        "reason",
        "decided_at",
    ]);
    for a in &given {
        let tier = order.get(a.tier_key.as_str()).copied();
        match tier {
            Some((i, _)) => csv.integer(i as i64),
            None => csv.empty(),
        };
        csv.text(&a.tier_key)
            .text(tier.map_or("", |(_, t)| t.label.ko.as_str()))
            .text(tier.and_then(|(_, t)| t.label.en.as_deref()).unwrap_or(""))
            .integer(i64::from(a.place))
            .text(&a.entry_id);
        receipt_and_category(&mut csv, &found, &a.entry_id);
        csv.text(&a.origin).text(a.reason.as_deref().unwrap_or("")).text(&format(a.created_at)).end_row();
    }
    Ok(attachment(&format!("{slug}-awards.csv"), csv))
}

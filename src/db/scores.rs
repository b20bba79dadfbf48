//! Rubric scores: one current score per assignment, every change kept in
//! `score_changes`; bonus claims; and the results a stage was closed with.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::assignments::Assignment;
use super::prepared;
use super::schema::{assignments, bonus_claims, entries, score_changes, scores, stage_results};

pub const DRAFT: &str = "draft";
pub const SUBMITTED: &str = "submitted";

pub const CLAIM_PENDING: &str = "pending";
pub const CLAIM_VERIFIED: &str = "verified";
pub const CLAIM_REJECTED: &str = "rejected";

#[derive(Debug, Clone, Queryable)]
pub struct Score {
    pub id: String,
    pub assignment_id: String,
    pub stage_id: String,
    pub judge_id: String,
    pub entry_id: String,
    /// JSON {criterion key: number}.
    pub values: String,
    pub comment: Option<String>,
    pub status: String,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable)]
pub struct ScoreChange {
    pub id: String,
    pub score_id: String,
    pub changed_by: String,
    pub changed_at: NaiveDateTime,
    pub old_values: Option<String>,
    pub new_values: String,
    pub old_comment: Option<String>,
    pub new_comment: Option<String>,
    pub old_status: Option<String>,
    pub new_status: String,
}

/// Reads the assignment and, on PostgreSQL, locks its row to the end of the
/// transaction, so that parallel saves of one assignment run one after the
/// other and each audit row records the value it really replaced. SQLite
/// needs no lock: its writer is exclusive from `BEGIN IMMEDIATE`.
pub fn lock_assignment(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Assignment>> {
    match conn {
        DbConnection::Postgres(c) => assignments::table.find(id).for_update().first(c).optional(),
        DbConnection::Sqlite(_) => assignments::table.find(id).first(conn).optional(),
    }
}

pub fn for_assignment(conn: &mut DbConnection, assignment_id: &str) -> QueryResult<Option<Score>> {
    scores::table.filter(scores::assignment_id.eq(assignment_id)).first(conn).optional()
}

/// What a judge saves.
pub struct NewScore<'a> {
    pub values: &'a str,
    pub comment: Option<&'a str>,
    pub status: &'a str,
}

/// Writes the assignment's score (inserting it the first time) and its
/// audit row. The caller holds the assignment's lock (see
/// [`lock_assignment`]) and has read `current` under it.
pub fn save(
    conn: &mut DbConnection,
    assignment: &Assignment,
    current: Option<&Score>,
    new: &NewScore,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<Score> {
    // The row as it will be stored: under the lock no one else writes it,
    // so it is returned as built rather than read back.
    let saved = match current {
        Some(score) => {
            let _: i32 = prepared::get_result(
                conn,
                diesel::update(scores::table.find(&score.id))
                    .set((
                        scores::score_values.eq(new.values),
                        scores::comment.eq(new.comment),
                        scores::status.eq(new.status),
                        scores::version.eq(score.version + 1),
                        scores::updated_at.eq(now),
                    ))
                    .returning(scores::version),
            )?;
            Score {
                values: new.values.to_owned(),
                comment: new.comment.map(str::to_owned),
                status: new.status.to_owned(),
                version: score.version + 1,
                updated_at: now,
                ..score.clone()
            }
        }
        None => {
            let score = Score {
                id: crate::domain::ids::new_id(),
                assignment_id: assignment.id.clone(),
                stage_id: assignment.stage_id.clone(),
                judge_id: assignment.judge_id.clone(),
                entry_id: assignment.entry_id.clone(),
                values: new.values.to_owned(),
                comment: new.comment.map(str::to_owned),
                status: new.status.to_owned(),
                version: 1,
                created_at: now,
                updated_at: now,
            };
            diesel::insert_into(scores::table)
                .values((
                    scores::id.eq(&score.id),
                    scores::assignment_id.eq(&score.assignment_id),
                    scores::stage_id.eq(&score.stage_id),
                    scores::judge_id.eq(&score.judge_id),
                    scores::entry_id.eq(&score.entry_id),
                    scores::score_values.eq(new.values),
                    scores::comment.eq(new.comment),
                    scores::status.eq(new.status),
                    scores::version.eq(1),
                    scores::created_at.eq(now),
                    scores::updated_at.eq(now),
                ))
                .execute(conn)?;
            score
        }
    };
    diesel::insert_into(score_changes::table)
        .values((
            score_changes::id.eq(crate::domain::ids::new_id()),
            score_changes::score_id.eq(&saved.id),
            score_changes::changed_by.eq(by),
            score_changes::changed_at.eq(now),
            score_changes::old_values.eq(current.map(|s| s.values.as_str())),
            score_changes::new_values.eq(new.values),
            score_changes::old_comment.eq(current.and_then(|s| s.comment.as_deref())),
            score_changes::new_comment.eq(new.comment),
            score_changes::old_status.eq(current.map(|s| s.status.as_str())),
            score_changes::new_status.eq(new.status),
        ))
        .execute(conn)?;
    Ok(saved)
}

/// A score's history, oldest first.
pub fn changes(conn: &mut DbConnection, score_id: &str) -> QueryResult<Vec<ScoreChange>> {
    score_changes::table.filter(score_changes::score_id.eq(score_id)).order(score_changes::id.asc()).load(conn)
}

/// Every change to the stage's scores, oldest first, with the score's judge and entry.
pub fn changes_in_stage(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<(ScoreChange, String, String)>> {
    score_changes::table
        .inner_join(scores::table)
        .filter(scores::stage_id.eq(stage_id))
        .order(score_changes::id.asc())
        .select((score_changes::all_columns, scores::judge_id, scores::entry_id))
        .load(conn)
}

/// The submitted scores that count in the stage: (judge, entry, values JSON),
/// from current assignments. One query, however many entries.
pub fn submitted_sheets(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<(String, String, String)>> {
    scores::table
        .inner_join(assignments::table)
        .filter(scores::stage_id.eq(stage_id))
        .filter(scores::status.eq(SUBMITTED))
        .filter(assignments::removed_at.is_null())
        .select((scores::judge_id, scores::entry_id, scores::score_values))
        .load(conn)
}

/// Every score of the stage (organizer exports), drafts included.
pub fn all_in_stage(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<Score>> {
    scores::table
        .filter(scores::stage_id.eq(stage_id))
        .order((scores::entry_id.asc(), scores::judge_id.asc()))
        .load(conn)
}

/// (id, submitted_at) of the given entries, for tie-breaks.
pub fn submission_times(conn: &mut DbConnection, ids: &[String]) -> QueryResult<Vec<(String, Option<NaiveDateTime>)>> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(1000) {
        found.extend(
            entries::table.filter(entries::id.eq_any(chunk)).select((entries::id, entries::submitted_at)).load::<(
                String,
                Option<NaiveDateTime>,
            )>(
                conn
            )?,
        );
    }
    Ok(found)
}

#[derive(Debug, Clone, Queryable)]
pub struct BonusClaim {
    pub id: String,
    pub stage_id: String,
    pub entry_id: String,
    pub rule_key: String,
    pub evidence: String,
    pub claimed_by: String,
    pub claimed_at: NaiveDateTime,
    pub status: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
    pub reason: Option<String>,
}

/// A claim; the unique (stage, entry, rule) index refuses a second one.
#[allow(clippy::too_many_arguments)] // One per column a new claim sets.
pub fn insert_claim(
    conn: &mut DbConnection,
    id: &str,
    stage_id: &str,
    entry_id: &str,
    rule_key: &str,
    evidence: &str,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(bonus_claims::table)
        .values((
            bonus_claims::id.eq(id),
            bonus_claims::stage_id.eq(stage_id),
            bonus_claims::entry_id.eq(entry_id),
            bonus_claims::rule_key.eq(rule_key),
            bonus_claims::evidence.eq(evidence),
            bonus_claims::claimed_by.eq(by),
            bonus_claims::claimed_at.eq(now),
            bonus_claims::status.eq(CLAIM_PENDING),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn find_claim(conn: &mut DbConnection, id: &str) -> QueryResult<Option<BonusClaim>> {
    bonus_claims::table.find(id).first(conn).optional()
}

pub fn claims_in_stage(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<BonusClaim>> {
    bonus_claims::table.filter(bonus_claims::stage_id.eq(stage_id)).order(bonus_claims::id.asc()).load(conn)
}

pub fn claims_of_entry(conn: &mut DbConnection, entry_id: &str) -> QueryResult<Vec<BonusClaim>> {
    bonus_claims::table.filter(bonus_claims::entry_id.eq(entry_id)).order(bonus_claims::id.asc()).load(conn)
}

pub fn decide_claim(
    conn: &mut DbConnection,
    id: &str,
    status: &str,
    reason: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(bonus_claims::table.find(id))
        .set((
            bonus_claims::status.eq(status),
            bonus_claims::reason.eq(reason),
            bonus_claims::decided_by.eq(by),
            bonus_claims::decided_at.eq(now),
        ))
        .execute(conn)
}

/// (entry, rule key) of the stage's verified claims.
pub fn verified_claims(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<(String, String)>> {
    bonus_claims::table
        .filter(bonus_claims::stage_id.eq(stage_id))
        .filter(bonus_claims::status.eq(CLAIM_VERIFIED))
        .select((bonus_claims::entry_id, bonus_claims::rule_key))
        .load(conn)
}

#[derive(Debug, Clone, Queryable)]
pub struct StoredResults {
    pub stage_id: String,
    pub recipe_hash: String,
    pub inputs_hash: String,
    /// JSON of `domain::judging::recipe::Results`.
    pub results: String,
    pub computed_at: NaiveDateTime,
}

pub fn store_results(
    conn: &mut DbConnection,
    stage_id: &str,
    recipe_hash: &str,
    inputs_hash: &str,
    results: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(stage_results::table)
        .values((
            stage_results::stage_id.eq(stage_id),
            stage_results::recipe_hash.eq(recipe_hash),
            stage_results::inputs_hash.eq(inputs_hash),
            stage_results::results.eq(results),
            stage_results::computed_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn stored_results(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Option<StoredResults>> {
    stage_results::table.find(stage_id).first(conn).optional()
}

/// Whether any judge has saved a score in the stage.
pub fn any_in_stage(conn: &mut DbConnection, stage_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(scores::table.filter(scores::stage_id.eq(stage_id)))).get_result(conn)
}

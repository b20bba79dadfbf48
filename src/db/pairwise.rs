//! Pairwise finals: CrowdBT state per stage (items and judges), what each
//! judge has seen, and the votes. A vote locks, in one fixed order, the
//! stage row (shared), the judge's row and the two items' rows, so parallel
//! votes never lose an update and never deadlock; undo takes the stage row
//! exclusively and replays the stage's votes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{pairwise_items, pairwise_judges, pairwise_seen, pairwise_votes, stages};
use crate::domain::judging::crowdbt::{Item, Judge};

#[derive(Debug, Clone, Queryable)]
pub struct ItemRow {
    pub stage_id: String,
    pub entry_id: String,
    pub mu: f64,
    pub sigma_sq: f64,
    pub views: i32,
}

impl ItemRow {
    pub fn item(&self) -> Item {
        Item { mu: self.mu, sigma_sq: self.sigma_sq }
    }
}

#[derive(Debug, Clone, Queryable)]
pub struct JudgeRow {
    pub stage_id: String,
    pub judge_id: String,
    pub alpha: f64,
    pub beta: f64,
    pub previous_entry: Option<String>,
    pub current_entry: Option<String>,
    pub handed_at: Option<NaiveDateTime>,
    pub votes: i32,
}

impl JudgeRow {
    pub fn judge(&self) -> Judge {
        Judge { alpha: self.alpha, beta: self.beta }
    }
}

#[derive(Debug, Clone, Queryable)]
pub struct Vote {
    pub id: String,
    pub stage_id: String,
    pub judge_id: String,
    pub winner_id: String,
    pub loser_id: String,
    pub previous_before: Option<String>,
    pub current_before: Option<String>,
    pub created_at: NaiveDateTime,
    pub undone_at: Option<NaiveDateTime>,
}

/// Adds the entries to the stage's items at the prior (idempotent).
pub fn ensure_items(conn: &mut DbConnection, stage_id: &str, entry_ids: &[String]) -> QueryResult<usize> {
    let prior = Item::default();
    let mut added = 0;
    for chunk in entry_ids.chunks(500) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|e| {
                (
                    pairwise_items::stage_id.eq(stage_id),
                    pairwise_items::entry_id.eq(e),
                    pairwise_items::mu.eq(prior.mu),
                    pairwise_items::sigma_sq.eq(prior.sigma_sq),
                    pairwise_items::views.eq(0),
                )
            })
            .collect();
        // ON CONFLICT is backend syntax the multi-backend query builder does
        // not offer; both backends spell it the same way.
        let insert = diesel::insert_into(pairwise_items::table).values(rows).on_conflict_do_nothing();
        added += match conn {
            DbConnection::Postgres(c) => insert.execute(c)?,
            DbConnection::Sqlite(c) => insert.execute(c)?,
        };
    }
    Ok(added)
}

pub fn items(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<ItemRow>> {
    pairwise_items::table.filter(pairwise_items::stage_id.eq(stage_id)).order(pairwise_items::entry_id.asc()).load(conn)
}

/// The stage's items the judge has not seen or skipped yet: the candidates
/// for their next entry (one query, instead of every item and then the seen list).
pub fn unseen_items(conn: &mut DbConnection, stage_id: &str, judge_id: &str) -> QueryResult<Vec<ItemRow>> {
    let seen = pairwise_seen::table
        .filter(pairwise_seen::stage_id.eq(stage_id))
        .filter(pairwise_seen::judge_id.eq(judge_id))
        .filter(pairwise_seen::entry_id.eq(pairwise_items::entry_id));
    pairwise_items::table
        .filter(pairwise_items::stage_id.eq(stage_id))
        .filter(diesel::dsl::not(diesel::dsl::exists(seen)))
        .order(pairwise_items::entry_id.asc())
        .load(conn)
}

/// One item of the stage.
pub fn item(conn: &mut DbConnection, stage_id: &str, entry_id: &str) -> QueryResult<Option<ItemRow>> {
    pairwise_items::table.find((stage_id, entry_id)).first(conn).optional()
}

/// Takes the stage row's lock: shared for a vote, exclusive for an undo
/// (PostgreSQL; SQLite's writer is exclusive already).
pub fn lock_stage(conn: &mut DbConnection, stage_id: &str, exclusive: bool) -> QueryResult<()> {
    if let DbConnection::Postgres(c) = conn {
        let query = stages::table.find(stage_id).select(stages::id);
        if exclusive {
            query.for_update().first::<String>(c)?;
        } else {
            query.for_share().first::<String>(c)?;
        }
    }
    Ok(())
}

/// The judge's row, locked to the end of the transaction on PostgreSQL.
pub fn lock_judge(conn: &mut DbConnection, stage_id: &str, judge_id: &str) -> QueryResult<Option<JudgeRow>> {
    let query = pairwise_judges::table.find((stage_id, judge_id));
    match conn {
        DbConnection::Postgres(c) => query.for_update().first(c).optional(),
        DbConnection::Sqlite(_) => query.first(conn).optional(),
    }
}

pub fn find_judge(conn: &mut DbConnection, stage_id: &str, judge_id: &str) -> QueryResult<Option<JudgeRow>> {
    pairwise_judges::table.find((stage_id, judge_id)).first(conn).optional()
}

/// The two items, locked in entry-id order (one order for every vote, so no deadlock).
pub fn lock_items(conn: &mut DbConnection, stage_id: &str, a: &str, b: &str) -> QueryResult<Vec<ItemRow>> {
    let query = pairwise_items::table
        .filter(pairwise_items::stage_id.eq(stage_id))
        .filter(pairwise_items::entry_id.eq_any([a, b]))
        .order(pairwise_items::entry_id.asc());
    match conn {
        DbConnection::Postgres(c) => query.for_update().load(c),
        DbConnection::Sqlite(_) => query.load(conn),
    }
}

pub fn insert_judge(conn: &mut DbConnection, stage_id: &str, judge_id: &str) -> QueryResult<usize> {
    let prior = Judge::default();
    let insert = diesel::insert_into(pairwise_judges::table)
        .values((
            pairwise_judges::stage_id.eq(stage_id),
            pairwise_judges::judge_id.eq(judge_id),
            pairwise_judges::alpha.eq(prior.alpha),
            pairwise_judges::beta.eq(prior.beta),
            pairwise_judges::votes.eq(0),
        ))
        .on_conflict_do_nothing();
    match conn {
        DbConnection::Postgres(c) => insert.execute(c),
        DbConnection::Sqlite(c) => insert.execute(c),
    }
}

#[allow(clippy::too_many_arguments)] // One per column of the judge's state.
pub fn set_judge(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
    judge: Judge,
    previous: Option<&str>,
    current: Option<&str>,
    handed_at: Option<NaiveDateTime>,
    votes: i32,
) -> QueryResult<usize> {
    diesel::update(pairwise_judges::table.find((stage_id, judge_id)))
        .set((
            pairwise_judges::alpha.eq(judge.alpha),
            pairwise_judges::beta.eq(judge.beta),
            pairwise_judges::previous_entry.eq(previous),
            pairwise_judges::current_entry.eq(current),
            pairwise_judges::handed_at.eq(handed_at),
            pairwise_judges::votes.eq(votes),
        ))
        .execute(conn)
}

pub fn set_item(conn: &mut DbConnection, stage_id: &str, entry_id: &str, item: Item, views: i32) -> QueryResult<usize> {
    diesel::update(pairwise_items::table.find((stage_id, entry_id)))
        .set((
            pairwise_items::mu.eq(item.mu),
            pairwise_items::sigma_sq.eq(item.sigma_sq),
            pairwise_items::views.eq(views),
        ))
        .execute(conn)
}

pub fn mark_seen(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
    entry_id: &str,
    skipped: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let insert = diesel::insert_into(pairwise_seen::table)
        .values((
            pairwise_seen::stage_id.eq(stage_id),
            pairwise_seen::judge_id.eq(judge_id),
            pairwise_seen::entry_id.eq(entry_id),
            pairwise_seen::skipped.eq(skipped),
            pairwise_seen::seen_at.eq(now),
        ))
        .on_conflict_do_nothing();
    match conn {
        DbConnection::Postgres(c) => insert.execute(c),
        DbConnection::Sqlite(c) => insert.execute(c),
    }
}

/// Entries other judges were handed since `since` (steered away from).
pub fn busy(conn: &mut DbConnection, stage_id: &str, judge_id: &str, since: NaiveDateTime) -> QueryResult<Vec<String>> {
    pairwise_judges::table
        .filter(pairwise_judges::stage_id.eq(stage_id))
        .filter(pairwise_judges::judge_id.ne(judge_id))
        .filter(pairwise_judges::handed_at.gt(since))
        .filter(pairwise_judges::current_entry.is_not_null())
        .select(pairwise_judges::current_entry.assume_not_null())
        .load(conn)
}

#[allow(clippy::too_many_arguments)] // One per column a vote sets.
pub fn insert_vote(
    conn: &mut DbConnection,
    id: &str,
    stage_id: &str,
    judge_id: &str,
    winner: &str,
    loser: &str,
    previous_before: Option<&str>,
    current_before: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(pairwise_votes::table)
        .values((
            pairwise_votes::id.eq(id),
            pairwise_votes::stage_id.eq(stage_id),
            pairwise_votes::judge_id.eq(judge_id),
            pairwise_votes::winner_id.eq(winner),
            pairwise_votes::loser_id.eq(loser),
            pairwise_votes::previous_before.eq(previous_before),
            pairwise_votes::current_before.eq(current_before),
            pairwise_votes::created_at.eq(now),
        ))
        .execute(conn)
}

/// The judge's last vote in the stage, undone or not.
pub fn last_vote(conn: &mut DbConnection, stage_id: &str, judge_id: &str) -> QueryResult<Option<Vote>> {
    pairwise_votes::table
        .filter(pairwise_votes::stage_id.eq(stage_id))
        .filter(pairwise_votes::judge_id.eq(judge_id))
        .order(pairwise_votes::id.desc())
        .first(conn)
        .optional()
}

pub fn mark_undone(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(pairwise_votes::table.find(id).filter(pairwise_votes::undone_at.is_null()))
        .set(pairwise_votes::undone_at.eq(now))
        .execute(conn)
}

/// The stage's votes that count, in the order they were cast.
pub fn standing_votes(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<Vote>> {
    pairwise_votes::table
        .filter(pairwise_votes::stage_id.eq(stage_id))
        .filter(pairwise_votes::undone_at.is_null())
        .order(pairwise_votes::id.asc())
        .load(conn)
}

pub fn judges(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<JudgeRow>> {
    pairwise_judges::table.filter(pairwise_judges::stage_id.eq(stage_id)).load(conn)
}

pub fn unsee(conn: &mut DbConnection, stage_id: &str, judge_id: &str, entry_id: &str) -> QueryResult<usize> {
    diesel::delete(pairwise_seen::table.find((stage_id, judge_id, entry_id))).execute(conn)
}

/// Puts every item and judge of the stage back at the prior (before a replay).
pub fn reset(conn: &mut DbConnection, stage_id: &str) -> QueryResult<()> {
    let (item, judge) = (Item::default(), Judge::default());
    diesel::update(pairwise_items::table.filter(pairwise_items::stage_id.eq(stage_id)))
        .set((pairwise_items::mu.eq(item.mu), pairwise_items::sigma_sq.eq(item.sigma_sq), pairwise_items::views.eq(0)))
        .execute(conn)?;
    diesel::update(pairwise_judges::table.filter(pairwise_judges::stage_id.eq(stage_id)))
        .set((pairwise_judges::alpha.eq(judge.alpha), pairwise_judges::beta.eq(judge.beta)))
        .execute(conn)?;
    Ok(())
}

/// (entry, category) of the stage's items.
pub fn categories(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<(String, Option<String>)>> {
    use super::schema::entries;
    pairwise_items::table
        .inner_join(entries::table)
        .filter(pairwise_items::stage_id.eq(stage_id))
        .select((pairwise_items::entry_id, entries::category))
        .load(conn)
}

pub fn set_judge_reliability(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
    judge: Judge,
) -> QueryResult<usize> {
    diesel::update(pairwise_judges::table.find((stage_id, judge_id)))
        .set((pairwise_judges::alpha.eq(judge.alpha), pairwise_judges::beta.eq(judge.beta)))
        .execute(conn)
}

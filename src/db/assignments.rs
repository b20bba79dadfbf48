//! Who judges which entry in a stage, and each judge's conflict declaration.
//! An assignment is never deleted: a conflict or a manual removal sets
//! `removed_at`, so the record of who was asked and what they declared stays.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{assignments, scores};

pub const NO_CONFLICT: &str = "no_conflict";
pub const CONFLICT: &str = "conflict";

pub const ORIGIN_PLAN: &str = "plan";
pub const ORIGIN_MANUAL: &str = "manual";
pub const ORIGIN_REPLACEMENT: &str = "replacement";

#[derive(Debug, Clone, Queryable)]
pub struct Assignment {
    pub id: String,
    pub stage_id: String,
    pub judge_id: String,
    pub entry_id: String,
    pub origin: String,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
    pub declaration: Option<String>,
    pub conflict_reason: Option<String>,
    pub declared_at: Option<NaiveDateTime>,
    pub removed_at: Option<NaiveDateTime>,
    pub removed_reason: Option<String>,
}

impl Assignment {
    /// The judge may see the entry's content: still assigned, and declared no conflict.
    pub fn opens_content(&self) -> bool {
        self.removed_at.is_none() && self.declaration.as_deref() == Some(NO_CONFLICT)
    }
}

/// Adds assignments. A pair that already exists (removed or not) is left as
/// it is: the unique (stage, judge, entry) index makes planning idempotent
/// under parallel runs.
pub fn insert_many(
    conn: &mut DbConnection,
    stage_id: &str,
    pairs: &[(String, String)],
    origin: &str,
    by: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let mut added = 0;
    for chunk in pairs.chunks(500) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(judge, entry)| {
                (
                    assignments::id.eq(crate::domain::ids::new_id()),
                    assignments::stage_id.eq(stage_id),
                    assignments::judge_id.eq(judge),
                    assignments::entry_id.eq(entry),
                    assignments::origin.eq(origin),
                    assignments::created_by.eq(by),
                    assignments::created_at.eq(now),
                )
            })
            .collect();
        // ON CONFLICT is backend syntax the multi-backend query builder does
        // not offer; both backends spell it the same way.
        let insert = diesel::insert_into(assignments::table).values(rows).on_conflict_do_nothing();
        added += match conn {
            DbConnection::Postgres(c) => insert.execute(c)?,
            DbConnection::Sqlite(c) => insert.execute(c)?,
        };
    }
    Ok(added)
}

/// Puts back a removed assignment (an organizer assigning the pair again).
pub fn restore(conn: &mut DbConnection, stage_id: &str, judge_id: &str, entry_id: &str) -> QueryResult<usize> {
    diesel::update(
        assignments::table
            .filter(assignments::stage_id.eq(stage_id))
            .filter(assignments::judge_id.eq(judge_id))
            .filter(assignments::entry_id.eq(entry_id))
            .filter(assignments::removed_at.is_not_null())
            .filter(assignments::declaration.is_null().or(assignments::declaration.ne(CONFLICT))),
    )
    .set((assignments::removed_at.eq(None::<NaiveDateTime>), assignments::removed_reason.eq(None::<String>)))
    .execute(conn)
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Assignment>> {
    assignments::table.find(id).first(conn).optional()
}

/// Every assignment of the stage, removed ones included.
pub fn all_for_stage(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<Assignment>> {
    assignments::table.filter(assignments::stage_id.eq(stage_id)).order(assignments::id.asc()).load(conn)
}

/// The judge's current assignments in the stage, in a stable order.
pub fn for_judge(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
) -> QueryResult<Vec<(Assignment, Option<String>)>> {
    assignments::table
        .left_join(scores::table)
        .filter(assignments::stage_id.eq(stage_id))
        .filter(assignments::judge_id.eq(judge_id))
        .filter(assignments::removed_at.is_null())
        .order(assignments::id.asc())
        .select((assignments::all_columns, scores::status.nullable()))
        .load(conn)
}

/// Records the judge's declaration on a current assignment; 0 rows when it
/// was removed in the meantime.
pub fn declare(
    conn: &mut DbConnection,
    id: &str,
    declaration: &str,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let removed = (declaration == CONFLICT).then_some(now);
    diesel::update(assignments::table.filter(assignments::id.eq(id)).filter(assignments::removed_at.is_null()))
        .set((
            assignments::declaration.eq(declaration),
            assignments::conflict_reason.eq(reason),
            assignments::declared_at.eq(now),
            assignments::removed_at.eq(removed),
            assignments::removed_reason.eq(removed.map(|_| CONFLICT)),
        ))
        .execute(conn)
}

pub fn remove(conn: &mut DbConnection, id: &str, reason: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(assignments::table.filter(assignments::id.eq(id)).filter(assignments::removed_at.is_null()))
        .set((assignments::removed_at.eq(now), assignments::removed_reason.eq(reason)))
        .execute(conn)
}

/// Ends a removed judge's assignments that hold no submitted score (their
/// submitted work is kept and counts).
pub fn remove_unscored_of(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<String>> {
    let scored = scores::table.filter(scores::status.eq(super::scores::SUBMITTED)).select(scores::assignment_id);
    let ids: Vec<String> = assignments::table
        .filter(assignments::stage_id.eq(stage_id))
        .filter(assignments::judge_id.eq(judge_id))
        .filter(assignments::removed_at.is_null())
        .filter(assignments::id.ne_all(scored))
        .select(assignments::id)
        .load(conn)?;
    for chunk in ids.chunks(500) {
        diesel::update(assignments::table.filter(assignments::id.eq_any(chunk)))
            .set((assignments::removed_at.eq(now), assignments::removed_reason.eq("judge_removed")))
            .execute(conn)?;
    }
    Ok(ids)
}

/// The judge's current assignment of this entry in any stage whose content it
/// opens, if any (for serving the entry's files).
pub fn opening_for(conn: &mut DbConnection, judge_id: &str, entry_id: &str) -> QueryResult<Option<Assignment>> {
    assignments::table
        .filter(assignments::judge_id.eq(judge_id))
        .filter(assignments::entry_id.eq(entry_id))
        .filter(assignments::removed_at.is_null())
        .filter(assignments::declaration.eq(NO_CONFLICT))
        .first(conn)
        .optional()
}

/// Per judge (or for one judge): (current assignments, submitted scores,
/// conflicts declared).
pub fn progress(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: Option<&str>,
) -> QueryResult<HashMap<String, (u32, u32, u32)>> {
    // (judge, removed_at, declaration, score status)
    type Row = (String, Option<NaiveDateTime>, Option<String>, Option<String>);
    let mut query = assignments::table
        .left_join(scores::table)
        .filter(assignments::stage_id.eq(stage_id))
        .select((assignments::judge_id, assignments::removed_at, assignments::declaration, scores::status.nullable()))
        .into_boxed();
    if let Some(judge) = judge_id {
        query = query.filter(assignments::judge_id.eq(judge.to_owned()));
    }
    let rows: Vec<Row> = query.load(conn)?;
    let mut progress: HashMap<String, (u32, u32, u32)> = HashMap::new();
    for (judge, removed_at, declaration, score_status) in rows {
        let p = progress.entry(judge).or_default();
        if removed_at.is_none() {
            p.0 += 1;
            if score_status.as_deref() == Some(super::scores::SUBMITTED) {
                p.1 += 1;
            }
        }
        if declaration.as_deref() == Some(CONFLICT) {
            p.2 += 1;
        }
    }
    Ok(progress)
}

/// A page of the stage's assignments (removed ones included), in id order,
/// with the score's status.
pub fn page_for_stage(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: Option<&str>,
    current_only: bool,
    page: &crate::domain::pagination::PageRequest,
) -> QueryResult<Vec<(Assignment, Option<String>)>> {
    let mut query = assignments::table
        .left_join(scores::table)
        .filter(assignments::stage_id.eq(stage_id))
        .select((assignments::all_columns, scores::status.nullable()))
        .order(assignments::id.asc())
        .limit(i64::from(page.limit) + 1)
        .into_boxed();
    if let Some(judge) = judge_id {
        query = query.filter(assignments::judge_id.eq(judge.to_owned()));
    }
    if current_only {
        query = query.filter(assignments::removed_at.is_null());
    }
    if let Some(after) = &page.after {
        query = query.filter(assignments::id.gt(after.clone()));
    }
    query.load(conn)
}

/// The assignment of this judge and entry in the stage, removed or not.
/// The judge's assignments in the stage for these entries (one query for several).
pub fn find_pairs(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
    entry_ids: &[&str],
) -> QueryResult<Vec<Assignment>> {
    assignments::table
        .filter(assignments::stage_id.eq(stage_id))
        .filter(assignments::judge_id.eq(judge_id))
        .filter(assignments::entry_id.eq_any(entry_ids))
        .load(conn)
}

pub fn find_pair(
    conn: &mut DbConnection,
    stage_id: &str,
    judge_id: &str,
    entry_id: &str,
) -> QueryResult<Option<Assignment>> {
    assignments::table
        .filter(assignments::stage_id.eq(stage_id))
        .filter(assignments::judge_id.eq(judge_id))
        .filter(assignments::entry_id.eq(entry_id))
        .first(conn)
        .optional()
}

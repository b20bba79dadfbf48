//! Citizens' entries.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{contests, entries};
use crate::domain::pagination::PageRequest;

pub const DRAFT: &str = "draft";
pub const SUBMITTED: &str = "submitted";
pub const WITHDRAWN: &str = "withdrawn";

#[derive(Debug, Clone, Queryable)]
pub struct Entry {
    pub id: String,
    pub contest_id: String,
    pub user_id: String,
    pub category: Option<String>,
    pub answers: String,
    pub status: String,
    pub version: i32,
    pub slot: Option<i32>,
    pub receipt_number: Option<String>,
    pub submitted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn insert_draft(
    conn: &mut DbConnection,
    id: &str,
    contest_id: &str,
    user_id: &str,
    category: Option<&str>,
    answers: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(entries::table)
        .values((
            entries::id.eq(id),
            entries::contest_id.eq(contest_id),
            entries::user_id.eq(user_id),
            entries::category.eq(category),
            entries::answers.eq(answers),
            entries::status.eq(DRAFT),
            entries::version.eq(1),
            entries::created_at.eq(now),
            entries::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Entry>> {
    entries::table.find(id).first(conn).optional()
}

/// Saves answers if `expected_version` is current (optimistic concurrency);
/// false means a newer save exists.
pub fn save(
    conn: &mut DbConnection,
    id: &str,
    expected_version: i32,
    category: Option<&str>,
    answers: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(entries::table.find(id).filter(entries::version.eq(expected_version)))
        .set((
            entries::category.eq(category),
            entries::answers.eq(answers),
            entries::version.eq(expected_version + 1),
            entries::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// The slots (1-based) the person's submitted entries hold in the contest.
pub fn taken_slots(conn: &mut DbConnection, contest_id: &str, user_id: &str) -> QueryResult<Vec<i32>> {
    entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::user_id.eq(user_id))
        .filter(entries::slot.is_not_null())
        .select(entries::slot.assume_not_null())
        .load(conn)
}

/// Marks a draft submitted in `slot`; the unique (contest, person, slot)
/// index refuses a second entry in the same slot, whatever ran in parallel.
pub fn mark_submitted(
    conn: &mut DbConnection,
    id: &str,
    slot: i32,
    receipt_number: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(entries::table.find(id).filter(entries::status.eq(DRAFT)))
        .set((
            entries::status.eq(SUBMITTED),
            entries::slot.eq(Some(slot)),
            entries::receipt_number.eq(Some(receipt_number)),
            entries::submitted_at.eq(Some(now)),
            entries::version.eq(entries::version + 1),
            entries::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Withdraws a submitted entry (it frees its slot; the receipt number stays on record).
pub fn withdraw(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(entries::table.find(id).filter(entries::status.eq(SUBMITTED)))
        .set((
            entries::status.eq(WITHDRAWN),
            entries::slot.eq(None::<i32>),
            entries::version.eq(entries::version + 1),
            entries::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Every entry of one person (for their data export).
pub fn all_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<Entry>> {
    entries::table.filter(entries::user_id.eq(user_id)).order(entries::id.asc()).load(conn)
}

/// Drafts are the person's alone and go with their account; submitted and
/// withdrawn entries stay as the contest's record.
pub fn delete_drafts_of(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(entries::table.filter(entries::user_id.eq(user_id)).filter(entries::status.eq(DRAFT))).execute(conn)
}

pub fn count_submitted(conn: &mut DbConnection, contest_id: &str) -> QueryResult<i64> {
    entries::table.filter(entries::contest_id.eq(contest_id)).filter(entries::submitted_at.is_not_null()).count().get_result(conn)
}

/// One person's entries across contests, with each contest's titles and schedule, in one query.
pub fn list_for_user(
    conn: &mut DbConnection,
    user_id: &str,
    page: &PageRequest,
) -> QueryResult<Vec<(Entry, (String, Option<String>, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>))>> {
    let mut query = entries::table
        .inner_join(contests::table)
        .filter(entries::user_id.eq(user_id))
        .select((
            entries::all_columns,
            (contests::title_ko, contests::title_en, contests::opens_at, contests::effective_close_at, contests::published_at),
        ))
        .order(entries::id.asc())
        .into_boxed();
    if let Some(after) = &page.after {
        query = query.filter(entries::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

/// A contest's entries for its organizers (drafts are the entrants' own and not listed).
pub fn list_for_contest(
    conn: &mut DbConnection,
    contest_id: &str,
    status: Option<&str>,
    page: &PageRequest,
) -> QueryResult<Vec<Entry>> {
    let mut query = entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.ne(DRAFT))
        .order(entries::id.asc())
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(entries::status.eq(status.to_owned()));
    }
    if let Some(after) = &page.after {
        query = query.filter(entries::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

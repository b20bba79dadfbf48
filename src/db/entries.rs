//! Citizens' entries.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::prepared;
use super::schema::{contests, entries, team_members};
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
    /// `pending`, `eligible` or `disqualified`.
    pub screening: String,
    pub screening_reason: Option<String>,
    pub screened_by: Option<String>,
    pub screened_at: Option<NaiveDateTime>,
    /// Naming contests: the proposed name, normalized.
    pub name_key: Option<String>,
    /// Set while two or more submitted entries share `name_key`.
    pub duplicate_group: Option<String>,
    /// For a duplicate: the group's original (earliest receipt).
    pub duplicate_of: Option<String>,
    /// When a submitted entry took its current name (receipt or rename).
    pub name_at: Option<NaiveDateTime>,
    /// A team's entry; `user_id` is then its leader, who created it.
    pub team_id: Option<String>,
    pub team_slot: Option<i32>,
    /// The name published results show (default: display or team name).
    pub credit_name: Option<String>,
    /// The entrant asked not to be named in published results.
    pub credit_hidden: bool,
}

/// What a new draft is made of.
pub struct NewDraft<'a> {
    pub id: &'a str,
    pub contest_id: &'a str,
    pub user_id: &'a str,
    pub team_id: Option<&'a str>,
    pub category: Option<&'a str>,
    pub answers: &'a str,
    /// The normalized name of a naming entry (duplicate detection).
    pub name_key: Option<&'a str>,
}

impl<'a> NewDraft<'a> {
    /// A person's own draft with no category and no name to watch.
    pub fn person(id: &'a str, contest_id: &'a str, user_id: &'a str, answers: &'a str) -> Self {
        Self { id, contest_id, user_id, team_id: None, category: None, answers, name_key: None }
    }
}

/// Stores a new draft, its name recorded as of `now`; the draft as stored.
pub fn insert_draft(conn: &mut DbConnection, draft: &NewDraft, now: NaiveDateTime) -> QueryResult<Entry> {
    diesel::insert_into(entries::table)
        .values((
            entries::id.eq(draft.id),
            entries::contest_id.eq(draft.contest_id),
            entries::user_id.eq(draft.user_id),
            entries::team_id.eq(draft.team_id),
            entries::category.eq(draft.category),
            entries::answers.eq(draft.answers),
            entries::status.eq(DRAFT),
            entries::version.eq(1),
            entries::name_key.eq(draft.name_key),
            entries::name_at.eq(now),
            entries::created_at.eq(now),
            entries::updated_at.eq(now),
        ))
        .get_result(conn)
}

/// Updates the entry's `updated_at`; inside a write transaction this takes
/// the row's lock (PostgreSQL), serializing changes to one entry's files.
pub fn touch(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(entries::table.find(id)).set(entries::updated_at.eq(now)).execute(conn)
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Entry>> {
    entries::table.find(id).first(conn).optional()
}

/// The entry, its row locked until the transaction ends on PostgreSQL
/// (SQLite's writes are serial anyway): parallel submissions of one draft
/// then run one after the other, and the later ones see it submitted.
pub fn find_for_update(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Entry>> {
    match conn {
        DbConnection::Postgres(pg) => entries::table.find(id).for_no_key_update().first(pg).optional(),
        DbConnection::Sqlite(_) => find(conn, id),
    }
}

/// Whether any entry of the contest was ever submitted (withdrawn ones keep
/// their receipt number).
pub fn any_received(conn: &mut DbConnection, contest_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        entries::table.filter(entries::contest_id.eq(contest_id)).filter(entries::receipt_number.is_not_null()),
    ))
    .get_result(conn)
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
    let saved: Option<i32> = prepared::get_result(
        conn,
        diesel::update(entries::table.find(id).filter(entries::version.eq(expected_version)))
            .set((
                entries::category.eq(category),
                entries::answers.eq(answers),
                entries::version.eq(expected_version + 1),
                entries::updated_at.eq(now),
            ))
            .returning(entries::version),
    )
    .optional()?;
    Ok(saved.is_some())
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

/// The slots (1-based) the team's submitted entries hold.
pub fn taken_team_slots(conn: &mut DbConnection, team_id: &str) -> QueryResult<Vec<i32>> {
    entries::table
        .filter(entries::team_id.eq(team_id))
        .filter(entries::team_slot.is_not_null())
        .select(entries::team_slot.assume_not_null())
        .load(conn)
}

/// Whether the team has an entry submitted now.
pub fn team_has_submitted(conn: &mut DbConnection, team_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        entries::table.filter(entries::team_id.eq(team_id)).filter(entries::status.eq(SUBMITTED)),
    ))
    .get_result(conn)
}

/// Which limit a submission counts against: a person's own entries, or
/// (for a team's entry, instead) the team's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Person(i32),
    Team(i32),
}

/// Marks a draft submitted in `slot` with its receipt number; the entry as it
/// now is, or `None` if it was no longer a draft. A submitted entry holds its
/// name from the moment of its receipt (`name_at`). The unique (contest,
/// person, slot) and (team, team slot) indexes refuse a second entry in the
/// same slot, whatever ran in parallel.
pub fn mark_submitted(
    conn: &mut DbConnection,
    id: &str,
    slot: Slot,
    receipt_number: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<Entry>> {
    let (person_slot, team_slot) = match slot {
        Slot::Person(n) => (Some(n), None),
        Slot::Team(n) => (None, Some(n)),
    };
    prepared::get_result(
        conn,
        diesel::update(entries::table.find(id).filter(entries::status.eq(DRAFT)))
            .set((
                entries::status.eq(SUBMITTED),
                entries::slot.eq(person_slot),
                entries::team_slot.eq(team_slot),
                entries::receipt_number.eq(receipt_number),
                entries::submitted_at.eq(Some(now)),
                entries::name_at.eq(now),
                entries::version.eq(entries::version + 1),
                entries::updated_at.eq(now),
            ))
            .returning(entries::all_columns),
    )
    .optional()
}

/// Withdraws a submitted entry (it frees its slot; the receipt number stays on record).
pub fn withdraw(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(entries::table.find(id).filter(entries::status.eq(SUBMITTED)))
        .set((
            entries::status.eq(WITHDRAWN),
            entries::slot.eq(None::<i32>),
            entries::team_slot.eq(None::<i32>),
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
    entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::submitted_at.is_not_null())
        .count()
        .get_result(conn)
}

/// A contest as "my entries" shows it: titles (ko, en), `opens_at`,
/// `effective_close_at` and `published_at`.
pub type ContestSummary = (String, Option<String>, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>);

/// One person's entries across contests (their own and their teams'), with
/// each contest's titles and schedule, in one query.
pub fn list_for_user(
    conn: &mut DbConnection,
    user_id: &str,
    page: &PageRequest,
) -> QueryResult<Vec<(Entry, ContestSummary)>> {
    let mut query = entries::table
        .inner_join(contests::table)
        .filter(
            entries::user_id.eq(user_id).or(entries::team_id.eq_any(
                team_members::table
                    .filter(team_members::user_id.eq(user_id.to_owned()))
                    .select(team_members::team_id.nullable()),
            )),
        )
        .select((
            entries::all_columns,
            (
                contests::title_ko,
                contests::title_en,
                contests::opens_at,
                contests::effective_close_at,
                contests::published_at,
            ),
        ))
        .order(entries::id.asc())
        .into_boxed();
    if let Some(after) = &page.after {
        query = query.filter(entries::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

/// The entries with these ids (any order), in chunks so the list may be long.
pub fn find_many(conn: &mut DbConnection, ids: &[String]) -> QueryResult<Vec<Entry>> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        found.extend(entries::table.filter(entries::id.eq_any(chunk)).load::<Entry>(conn)?);
    }
    Ok(found)
}

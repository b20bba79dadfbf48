//! Organizers' screening of submitted entries and the duplicate groups of
//! naming contests.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::entries::{Entry, SUBMITTED};
use super::schema::{entries, entry_files, users};
use crate::domain::pagination::PageRequest;

pub const PENDING: &str = "pending";
pub const ELIGIBLE: &str = "eligible";
pub const DISQUALIFIED: &str = "disqualified";

/// Records the entry's normalized name as of `now` (for a draft, submitting
/// sets the time again with [`claim_name`]).
pub fn set_name_key(
    conn: &mut DbConnection,
    entry_id: &str,
    key: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(entries::table.find(entry_id))
        .set((entries::name_key.eq(key), entries::name_at.eq(now)))
        .execute(conn)
}

/// Recomputes the duplicate group of one normalized name in a contest: the
/// submitted entries sharing it, in the order they took the name (receipt,
/// or a later rename; receipt number breaks ties); the first is the original,
/// the others point at it. Fewer than two submitted entries make no group.
/// Called after anything that changes who holds the name (submit, an edit of
/// a submitted entry, withdraw), inside the same transaction. True when it
/// changed any entry (the common case, a name no one else holds, writes
/// nothing).
pub fn regroup(conn: &mut DbConnection, contest_id: &str, key: &str) -> QueryResult<bool> {
    // Who holds the name, then who is still marked with it: two reads on
    // their own indexes (SQLite walks the whole contest for an OR of the two).
    let mut rows: Vec<(String, String, Option<String>, Option<String>)> = entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::name_key.eq(key))
        .order((entries::name_at, entries::receipt_number))
        .select((entries::id, entries::status, entries::name_key, entries::duplicate_group))
        .load(conn)?;
    let marked: Vec<(String, String, Option<String>, Option<String>)> = entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::duplicate_group.eq(key))
        .select((entries::id, entries::status, entries::name_key, entries::duplicate_group))
        .load(conn)?;
    for row in marked {
        if !rows.iter().any(|r| r.0 == row.0) {
            rows.push(row);
        }
    }
    let holders: Vec<&str> = rows
        .iter()
        .filter(|(_, status, name, _)| status == SUBMITTED && name.as_deref() == Some(key))
        .map(|(id, ..)| id.as_str())
        .collect();
    let marked_elsewhere: Vec<&str> = rows
        .iter()
        .filter(|(id, _, _, group)| group.as_deref() == Some(key) && !holders.contains(&id.as_str()))
        .map(|(id, ..)| id.as_str())
        .collect();
    let unmark = !marked_elsewhere.is_empty();
    if unmark {
        diesel::update(entries::table.filter(entries::id.eq_any(&marked_elsewhere)))
            .set((entries::duplicate_group.eq(None::<String>), entries::duplicate_of.eq(None::<String>)))
            .execute(conn)?;
    }
    let regrouped = match holders.as_slice() {
        [original, _, ..] => {
            diesel::update(entries::table.filter(entries::id.eq_any(&holders)))
                .set((entries::duplicate_group.eq(Some(key)), entries::duplicate_of.eq(Some(*original))))
                .execute(conn)?;
            diesel::update(entries::table.find(*original))
                .set(entries::duplicate_of.eq(None::<String>))
                .execute(conn)?;
            true
        }
        // A lone holder: unmark it only if it was marked (the common case writes nothing).
        [lone] if rows.iter().any(|(id, _, _, group)| id == lone && group.is_some()) => {
            diesel::update(entries::table.find(*lone))
                .set((entries::duplicate_group.eq(None::<String>), entries::duplicate_of.eq(None::<String>)))
                .execute(conn)?;
            true
        }
        _ => false,
    };
    Ok(unmark || regrouped)
}

/// Records an organizer's decision on a submitted entry.
pub fn screen(
    conn: &mut DbConnection,
    entry_id: &str,
    decision: &str,
    reason: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(entries::table.find(entry_id).filter(entries::status.eq(SUBMITTED)))
        .set((
            entries::screening.eq(decision),
            entries::screening_reason.eq(reason),
            entries::screened_by.eq(by),
            entries::screened_at.eq(now),
        ))
        .execute(conn)
}

/// What organizers filter a contest's entry list by.
#[derive(Debug, Default, Clone)]
pub struct Filters {
    pub status: Option<String>,
    pub screening: Option<String>,
    pub category: Option<String>,
    /// Only entries in some duplicate group (`Some(None)`) or in the named one.
    pub duplicate_group: Option<Option<String>>,
    /// Only entries with a flag: in a duplicate group, or with an image
    /// near-identical to another entry's.
    pub flagged: bool,
    /// Newest first instead of oldest first.
    pub newest_first: bool,
    /// Only these entries (a page of a ranking or of the awards, labelled at once).
    pub ids: Option<Vec<String>>,
}

impl Filters {
    /// No filter at all (the order aside).
    fn is_default(&self) -> bool {
        self.status.is_none()
            && self.screening.is_none()
            && self.category.is_none()
            && self.duplicate_group.is_none()
            && self.ids.is_none()
            && !self.flagged
    }
}

/// A row of the organizer list: the entry, its author's name, and whether
/// one of its images is near-identical to another entry's.
pub type ListedEntry = (Entry, String, bool);

/// One page of a contest's non-draft entries with their authors' display
/// names, in creation order (ids are time-ordered) or its reverse, in one
/// statement.
pub fn list(
    conn: &mut DbConnection,
    contest_id: &str,
    filters: &Filters,
    page: &PageRequest,
) -> QueryResult<Vec<ListedEntry>> {
    if filters.is_default() {
        return list_unfiltered(conn, contest_id, filters.newest_first, page);
    }
    let flagged_files = entry_files::table.filter(entry_files::near_duplicate.eq(true));
    let mut query = entries::table
        .inner_join(users::table)
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.ne(super::entries::DRAFT))
        .select((
            entries::all_columns,
            users::display_name,
            diesel::dsl::exists(flagged_files.filter(entry_files::entry_id.eq(entries::id))),
        ))
        .limit(i64::from(page.limit) + 1)
        .into_boxed();
    query = if filters.newest_first { query.order(entries::id.desc()) } else { query.order(entries::id.asc()) };
    if let Some(status) = &filters.status {
        query = query.filter(entries::status.eq(status.clone()));
    }
    if let Some(screening) = &filters.screening {
        query = query.filter(entries::screening.eq(screening.clone()));
    }
    if let Some(category) = &filters.category {
        query = query.filter(entries::category.eq(category.clone()));
    }
    match &filters.duplicate_group {
        Some(Some(group)) => query = query.filter(entries::duplicate_group.eq(group.clone())),
        Some(None) => query = query.filter(entries::duplicate_group.is_not_null()),
        None => {}
    }
    if let Some(ids) = &filters.ids {
        query = query.filter(entries::id.eq_any(ids.clone()));
    }
    if filters.flagged {
        let photo_flagged = entries::id.eq_any(flagged_files.select(entry_files::entry_id));
        query = query.filter(entries::duplicate_group.is_not_null().or(photo_flagged));
    }
    match &page.after {
        Some(after) if filters.newest_first => query = query.filter(entries::id.lt(after.clone())),
        Some(after) => query = query.filter(entries::id.gt(after.clone())),
        None => {}
    }
    query.load(conn)
}

/// `list` with no filter, the common case, as one fixed statement (the page
/// cursor and the limit are bound values), so diesel prepares it once per
/// connection: built with `into_boxed`, PostgreSQL planned the query again on
/// every request (0.3–0.8 ms, more than running it).
fn list_unfiltered(
    conn: &mut DbConnection,
    contest_id: &str,
    newest_first: bool,
    page: &PageRequest,
) -> QueryResult<Vec<ListedEntry>> {
    let flagged_files = entry_files::table.filter(entry_files::near_duplicate.eq(true));
    let query = entries::table
        .inner_join(users::table)
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.ne(super::entries::DRAFT))
        .select((
            entries::all_columns,
            users::display_name,
            diesel::dsl::exists(flagged_files.filter(entry_files::entry_id.eq(entries::id))),
        ))
        .limit(i64::from(page.limit) + 1);
    // Ids are lower-case hex with dashes: every id sorts after "" and before "~".
    let after = page.after.as_deref();
    if newest_first {
        query.filter(entries::id.lt(after.unwrap_or("~"))).order(entries::id.desc()).load(conn)
    } else {
        query.filter(entries::id.gt(after.unwrap_or(""))).order(entries::id.asc()).load(conn)
    }
}

/// Every non-draft entry of a contest with its author's name and email, in
/// receipt order: what the CSV export writes.
pub fn all_for_export(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<(Entry, String, Option<String>)>> {
    entries::table
        .inner_join(users::table)
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.ne(super::entries::DRAFT))
        .select((entries::all_columns, users::display_name, users::email))
        .order((entries::submitted_at, entries::id))
        .load(conn)
}

/// A submitted entry's answers, for the duplicates report.
#[derive(Debug, Clone, Queryable)]
pub struct SubmittedAnswers {
    pub id: String,
    /// When it took its current name (see [`regroup`]).
    pub name_at: Option<NaiveDateTime>,
    pub receipt_number: Option<String>,
    pub answers: String,
}

/// The submitted entries' answers for the similarity check.
pub fn submitted_answers(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<SubmittedAnswers>> {
    entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.eq(SUBMITTED))
        .select((entries::id, entries::name_at, entries::receipt_number, entries::answers))
        .order(entries::id)
        .load(conn)
}

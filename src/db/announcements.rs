//! A contest's announcement and the certificates written when it publishes.
//!
//! Publication is claimed by one conditional update (`published_at` from
//! NULL to now, only once the time has come): whichever process gets there
//! first — the background job or a reader at the very moment — writes the
//! snapshot, the certificates and the mails in that same transaction; the
//! others see 0 rows and do nothing.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{announcements, certificates};

#[derive(Debug, Clone, Queryable)]
pub struct Announcement {
    pub contest_id: String,
    pub announce_at: NaiveDateTime,
    pub show_breakdowns: bool,
    pub gallery_open: bool,
    pub published_at: Option<NaiveDateTime>,
    /// JSON of the published results, set with `published_at`.
    pub results: Option<String>,
    pub version: i32,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

impl Announcement {
    pub fn is_published(&self) -> bool {
        self.published_at.is_some()
    }
}

pub fn find(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Option<Announcement>> {
    announcements::table.find(contest_id).first(conn).optional()
}

/// Reads the announcement and, on PostgreSQL, locks its row to the end of the
/// transaction: a change to the awards takes this lock first, so it runs
/// wholly before or wholly after a publication (which updates the row).
/// SQLite's writer is exclusive already.
pub fn lock(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Option<Announcement>> {
    match conn {
        DbConnection::Postgres(c) => announcements::table.find(contest_id).for_update().first(c).optional(),
        DbConnection::Sqlite(_) => find(conn, contest_id),
    }
}

pub struct Settings {
    pub announce_at: NaiveDateTime,
    pub show_breakdowns: bool,
    pub gallery_open: bool,
}

pub fn insert(
    conn: &mut DbConnection,
    contest_id: &str,
    s: &Settings,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(announcements::table)
        .values((
            announcements::contest_id.eq(contest_id),
            announcements::announce_at.eq(s.announce_at),
            announcements::show_breakdowns.eq(s.show_breakdowns),
            announcements::gallery_open.eq(s.gallery_open),
            announcements::version.eq(1),
            announcements::updated_by.eq(by),
            announcements::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Saves the settings if `version` is current; 0 rows means stale.
pub fn update(
    conn: &mut DbConnection,
    contest_id: &str,
    version: i32,
    s: &Settings,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(announcements::table.find(contest_id).filter(announcements::version.eq(version)))
        .set((
            announcements::announce_at.eq(s.announce_at),
            announcements::show_breakdowns.eq(s.show_breakdowns),
            announcements::gallery_open.eq(s.gallery_open),
            announcements::version.eq(version + 1),
            announcements::updated_by.eq(by),
            announcements::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Claims the publication: 1 for the one caller that publishes, 0 for
/// everyone else (already published, or not yet time).
pub fn claim(conn: &mut DbConnection, contest_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        announcements::table
            .find(contest_id)
            .filter(announcements::published_at.is_null())
            .filter(announcements::announce_at.le(now)),
    )
    .set(announcements::published_at.eq(now))
    .execute(conn)
}

pub fn store_results(conn: &mut DbConnection, contest_id: &str, results: &str) -> QueryResult<usize> {
    diesel::update(announcements::table.find(contest_id)).set(announcements::results.eq(results)).execute(conn)
}

/// Contests whose time has come and that are not yet published.
pub fn due(conn: &mut DbConnection, now: NaiveDateTime, limit: i64) -> QueryResult<Vec<String>> {
    announcements::table
        .filter(announcements::published_at.is_null())
        .filter(announcements::announce_at.le(now))
        .order(announcements::announce_at.asc())
        .select(announcements::contest_id)
        .limit(limit)
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = certificates)]
pub struct Certificate {
    pub code: String,
    pub award_id: String,
    pub contest_id: String,
    pub entry_id: String,
    pub winner_name: String,
    pub award_label_ko: String,
    pub award_label_en: Option<String>,
    pub contest_title_ko: String,
    pub contest_title_en: Option<String>,
    pub organization_name: String,
    pub work_title: Option<String>,
    pub issued_at: NaiveDateTime,
}

pub fn insert_certificates(conn: &mut DbConnection, rows: &[Certificate]) -> QueryResult<()> {
    // One per award: a handful of rows, so one statement each.
    for row in rows {
        diesel::insert_into(certificates::table).values(row).execute(conn)?;
    }
    Ok(())
}

pub fn certificate(conn: &mut DbConnection, code: &str) -> QueryResult<Option<Certificate>> {
    certificates::table.find(code).first(conn).optional()
}

pub fn certificate_of_entry(conn: &mut DbConnection, entry_id: &str) -> QueryResult<Option<Certificate>> {
    certificates::table.filter(certificates::entry_id.eq(entry_id)).first(conn).optional()
}

pub fn certificates_of_contest(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<Certificate>> {
    certificates::table.filter(certificates::contest_id.eq(contest_id)).order(certificates::award_id.asc()).load(conn)
}

/// A page of the gallery: submitted, not disqualified entries, by id.
pub fn gallery_page(
    conn: &mut DbConnection,
    contest_id: &str,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<String>> {
    use super::schema::entries;
    let mut query = entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.eq(super::entries::SUBMITTED))
        .filter(entries::screening.ne(super::screening::DISQUALIFIED))
        .select(entries::id)
        .order(entries::id.asc())
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(entries::id.gt(after.to_owned()));
    }
    query.load(conn)
}

/// Saves how the entrant wants to be credited.
pub fn set_credit(conn: &mut DbConnection, entry_id: &str, name: Option<&str>, hidden: bool) -> QueryResult<usize> {
    use super::schema::entries;
    diesel::update(entries::table.find(entry_id))
        .set((entries::credit_name.eq(name), entries::credit_hidden.eq(hidden)))
        .execute(conn)
}

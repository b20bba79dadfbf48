//! Contests.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::prepared::Prepared;
use super::schema::{contests, organization_members};
use crate::domain::pagination::PageRequest;

#[derive(Debug, Clone, Queryable)]
pub struct Contest {
    pub id: String,
    pub organization_id: String,
    pub slug: String,
    pub kind: String,
    pub title_ko: String,
    pub title_en: Option<String>,
    pub summary_ko: String,
    pub summary_en: Option<String>,
    pub description_ko: String,
    pub description_en: Option<String>,
    pub rules_ko: String,
    pub rules_en: Option<String>,
    pub theme: Option<String>,
    pub prizes: Option<String>,
    pub contact: Option<String>,
    pub time_zone: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub grace_secs: i32,
    pub effective_close_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    pub form: String,
    pub categories: String,
    pub eligibility: String,
    pub receipt_seq: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// JSON list of names.
    pub co_hosts: String,
    pub cover_key: Option<String>,
}

/// Every column an organizer sets; used for insert and for full updates.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = contests, treat_none_as_null = true)]
pub struct ContestFields {
    pub kind: String,
    pub title_ko: String,
    pub title_en: Option<String>,
    pub summary_ko: String,
    pub summary_en: Option<String>,
    pub description_ko: String,
    pub description_en: Option<String>,
    pub rules_ko: String,
    pub rules_en: Option<String>,
    pub theme: Option<String>,
    pub prizes: Option<String>,
    pub contact: Option<String>,
    pub time_zone: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub grace_secs: i32,
    pub effective_close_at: NaiveDateTime,
    pub form: String,
    pub categories: String,
    pub eligibility: String,
    pub co_hosts: String,
}

pub fn insert(
    conn: &mut DbConnection,
    id: &str,
    organization_id: &str,
    slug: &str,
    fields: &ContestFields,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(contests::table)
        .values((
            contests::id.eq(id),
            contests::organization_id.eq(organization_id),
            contests::slug.eq(slug),
            fields,
            contests::created_at.eq(now),
            contests::updated_at.eq(now),
        ))
        .execute(conn)?;
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query(format!("CREATE SEQUENCE {} AS integer", receipt_sequence(id)?)).execute(pg)?;
    }
    Ok(())
}

/// The PostgreSQL sequence holding a contest's receipt numbers
/// (migration 2026-11-22-000010). Contest ids are UUIDs; anything else is
/// refused rather than spliced into SQL.
fn receipt_sequence(id: &str) -> QueryResult<String> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-') {
        return Err(diesel::result::Error::QueryBuilderError(format!("not a contest id: {id:?}").into()));
    }
    Ok(format!("receipt_{}", id.to_ascii_lowercase().replace('-', "_")))
}

/// The contest and the user's role in its organization, in one statement
/// (authorization on hot organizer paths without a second round trip).
pub fn find_with_role(
    conn: &mut DbConnection,
    id: &str,
    user_id: &str,
) -> QueryResult<Option<(Contest, Option<String>)>> {
    contests::table
        .left_join(
            organization_members::table.on(organization_members::organization_id
                .eq(contests::organization_id)
                .and(organization_members::user_id.eq(user_id.to_owned()))),
        )
        .filter(contests::id.eq(id))
        .select((contests::all_columns, organization_members::role.nullable()))
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Contest>> {
    contests::table.find(id).first(conn).optional()
}

/// Replaces the organizer-set fields if `expected_version` is still current;
/// returns false when someone else saved first.
pub fn update(
    conn: &mut DbConnection,
    id: &str,
    expected_version: i32,
    fields: &ContestFields,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(contests::table.find(id).filter(contests::version.eq(expected_version)))
        .set((fields, contests::version.eq(expected_version + 1), contests::updated_at.eq(now)))
        .execute(conn)?;
    Ok(n == 1)
}

/// Replaces the cover image's key; returns the previous one (to remove from storage).
pub fn set_cover(
    conn: &mut DbConnection,
    id: &str,
    key: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    let previous: Option<String> = contests::table.find(id).select(contests::cover_key).first(conn)?;
    diesel::update(contests::table.find(id))
        .set((contests::cover_key.eq(key), contests::updated_at.eq(now)))
        .execute(conn)?;
    Ok(previous)
}

pub fn publish(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(contests::table.find(id).filter(contests::published_at.is_null()))
        .set((
            contests::published_at.eq(now),
            contests::version.eq(contests::version + 1),
            contests::updated_at.eq(now),
        ))
        .execute(conn)
}

pub fn set_deadline(
    conn: &mut DbConnection,
    id: &str,
    closes_at: NaiveDateTime,
    effective_close_at: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(contests::table.find(id))
        .set((
            contests::closes_at.eq(closes_at),
            contests::effective_close_at.eq(effective_close_at),
            contests::version.eq(contests::version + 1),
            contests::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Takes the next receipt number of the contest; numbers are never shared.
///
/// On SQLite the contest's counter column is raised (writes are serial). On
/// PostgreSQL the number comes from the contest's own sequence: taking it
/// locks nothing until the commit, so parallel submissions to one contest do
/// not queue behind each other's commits, as they did on the contest's row.
/// The price: a number taken by a transaction that then rolls back is not
/// given again (docs/decisions.md 61).
pub fn next_receipt_seq(conn: &mut DbConnection, id: &str) -> QueryResult<i32> {
    match conn {
        DbConnection::Postgres(pg) => Prepared(
            diesel::sql_query("SELECT nextval($1::regclass)::integer AS seq")
                .bind::<diesel::sql_types::Text, _>(receipt_sequence(id)?),
        )
        .get_result::<Seq>(pg)
        .map(|next| next.seq),
        DbConnection::Sqlite(_) => diesel::update(contests::table.find(id))
            .set(contests::receipt_seq.eq(contests::receipt_seq + 1))
            .returning(contests::receipt_seq)
            .get_result(conn),
    }
}

/// The last receipt number the contest gave (0 before the first).
pub fn receipts_taken(conn: &mut DbConnection, id: &str) -> QueryResult<i32> {
    match conn {
        DbConnection::Postgres(pg) => diesel::sql_query(format!(
            "SELECT (CASE WHEN is_called THEN last_value ELSE last_value - 1 END)::integer AS seq FROM {}",
            receipt_sequence(id)?
        ))
        .get_result::<Seq>(pg)
        .map(|taken| taken.seq),
        DbConnection::Sqlite(_) => contests::table.find(id).select(contests::receipt_seq).first(conn),
    }
}

#[derive(QueryableByName)]
struct Seq {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    seq: i32,
}

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

#[derive(Debug, Clone, Default)]
pub struct PublicFilter {
    pub kind: Option<String>,
    /// `published`, `open` or `closed` (drafts are never public).
    pub state: Option<String>,
    pub organization_id: Option<String>,
    /// Words in the Korean or English title (case-insensitive).
    pub query: Option<String>,
}

/// Published contests, newest first by id... in id order for keyset paging.
pub fn list_public(
    conn: &mut DbConnection,
    filter: &PublicFilter,
    now: NaiveDateTime,
    page: &PageRequest,
) -> QueryResult<Vec<Contest>> {
    let mut query = contests::table.filter(contests::published_at.is_not_null()).order(contests::id.asc()).into_boxed();
    if let Some(kind) = &filter.kind {
        query = query.filter(contests::kind.eq(kind.clone()));
    }
    if let Some(org) = &filter.organization_id {
        query = query.filter(contests::organization_id.eq(org.clone()));
    }
    match filter.state.as_deref() {
        Some("published") => query = query.filter(contests::opens_at.gt(now)),
        Some("open") => query = query.filter(contests::opens_at.le(now)).filter(contests::effective_close_at.gt(now)),
        Some("closed") => query = query.filter(contests::effective_close_at.le(now)),
        _ => {}
    }
    if let Some(words) = &filter.query {
        // LIKE metacharacters in the search are taken literally.
        let escaped = words.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        query = query.filter(lower(contests::title_ko).like(pattern.clone()).escape('\\').or(
            lower(diesel::dsl::sql::<diesel::sql_types::Text>("COALESCE(title_en, '')")).like(pattern).escape('\\'),
        ));
    }
    if let Some(after) = &page.after {
        query = query.filter(contests::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

/// An organization's contests, drafts included (for its organizers).
pub fn list_for_organization(
    conn: &mut DbConnection,
    organization_id: &str,
    page: &PageRequest,
) -> QueryResult<Vec<Contest>> {
    let mut query =
        contests::table.filter(contests::organization_id.eq(organization_id)).order(contests::id.asc()).into_boxed();
    if let Some(after) = &page.after {
        query = query.filter(contests::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

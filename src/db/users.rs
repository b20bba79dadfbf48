//! Accounts.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::users;
use crate::domain::pagination::PageRequest;

#[derive(Debug, Clone, Queryable, Identifiable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: String,
    pub email: Option<String>,
    pub password_hash: String,
    pub display_name: String,
    pub locale: String,
    pub birth_date: Option<NaiveDate>,
    pub email_verified_at: Option<NaiveDateTime>,
    pub is_admin: bool,
    pub guardian_name: Option<String>,
    pub guardian_email: Option<String>,
    pub guardian_consented_at: Option<NaiveDateTime>,
    pub tokens_valid_after: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub deleted_at: Option<NaiveDateTime>,
}

impl User {
    /// Whether a guardian's consent is on file or not needed.
    pub fn needs_guardian_consent(&self) -> bool {
        self.guardian_email.is_some() && self.guardian_consented_at.is_none()
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub id: &'a str,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub locale: &'a str,
    pub birth_date: Option<NaiveDate>,
    pub email_verified_at: Option<NaiveDateTime>,
    pub is_admin: bool,
    pub guardian_name: Option<&'a str>,
    pub guardian_email: Option<&'a str>,
    pub tokens_valid_after: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn insert(conn: &mut DbConnection, user: &NewUser<'_>) -> QueryResult<()> {
    diesel::insert_into(users::table).values(user).execute(conn).map(|_| ())
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<User>> {
    users::table.find(id).filter(users::deleted_at.is_null()).first(conn).optional()
}

pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
    users::table.filter(users::email.eq(email)).filter(users::deleted_at.is_null()).first(conn).optional()
}

pub fn mark_email_verified(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(users::table.find(id).filter(users::email_verified_at.is_null()))
        .set((users::email_verified_at.eq(now), users::updated_at.eq(now)))
        .execute(conn)
}

/// Sets a new password hash and retires every token issued before `now`.
pub fn set_password(conn: &mut DbConnection, id: &str, hash: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set((users::password_hash.eq(hash), users::tokens_valid_after.eq(now), users::updated_at.eq(now)))
        .execute(conn)
}

pub fn bump_tokens_valid_after(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(users::table.find(id)).set(users::tokens_valid_after.eq(now)).execute(conn)
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = users)]
pub struct ProfileChanges {
    pub display_name: Option<String>,
    pub locale: Option<String>,
}

pub fn update_profile(
    conn: &mut DbConnection,
    id: &str,
    changes: &ProfileChanges,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    if changes.display_name.is_none() && changes.locale.is_none() {
        return Ok(0);
    }
    diesel::update(users::table.find(id)).set((changes, users::updated_at.eq(now))).execute(conn)
}

pub fn set_guardian_consented(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(users::table.find(id).filter(users::guardian_consented_at.is_null()))
        .set((users::guardian_consented_at.eq(now), users::updated_at.eq(now)))
        .execute(conn)
}

/// Grants or removes the admin role; a role change retires issued tokens.
pub fn set_admin(conn: &mut DbConnection, id: &str, is_admin: bool, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set((users::is_admin.eq(is_admin), users::tokens_valid_after.eq(now), users::updated_at.eq(now)))
        .execute(conn)
}

/// Erases the personal data of an account but keeps its row, so that records a
/// contest must keep (entries, scores, audit) still point somewhere. See
/// docs/privacy.md for the rule.
pub fn anonymize(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set((
            users::email.eq(None::<String>),
            users::password_hash.eq(""),
            users::display_name.eq("(탈퇴한 회원)"),
            users::birth_date.eq(None::<NaiveDate>),
            users::guardian_name.eq(None::<String>),
            users::guardian_email.eq(None::<String>),
            users::is_admin.eq(false),
            users::tokens_valid_after.eq(now),
            users::updated_at.eq(now),
            users::deleted_at.eq(now),
        ))
        .execute(conn)
}

/// Accounts in creation order (ids are UUIDv7), one page plus one row.
pub fn list(conn: &mut DbConnection, page: &PageRequest) -> QueryResult<Vec<User>> {
    let mut query = users::table.filter(users::deleted_at.is_null()).order(users::id.asc()).into_boxed();
    if let Some(after) = &page.after {
        query = query.filter(users::id.gt(after.clone()));
    }
    query.limit(i64::from(page.limit) + 1).load(conn)
}

/// Display names of the given accounts, by id.
pub fn display_names(
    conn: &mut DbConnection,
    ids: &[String],
) -> QueryResult<std::collections::HashMap<String, String>> {
    let mut names = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(1000) {
        let rows: Vec<(String, String)> =
            users::table.filter(users::id.eq_any(chunk)).select((users::id, users::display_name)).load(conn)?;
        names.extend(rows);
    }
    Ok(names)
}

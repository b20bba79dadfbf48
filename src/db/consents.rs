//! The record of every consent: who gave it, when, and how.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::consents;

#[derive(Debug, Clone, Queryable)]
pub struct ConsentRecord {
    pub id: String,
    pub user_id: String,
    pub kind: String,
    pub version: String,
    pub granted: bool,
    /// `self` or `guardian`.
    pub given_by: String,
    /// `registration_form`, `guardian_email_link`, …
    pub method: String,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = consents)]
pub struct NewConsent<'a> {
    pub id: String,
    pub user_id: &'a str,
    pub kind: &'a str,
    pub version: &'a str,
    pub granted: bool,
    pub given_by: &'a str,
    pub method: &'a str,
    pub recorded_at: NaiveDateTime,
}

pub fn insert(conn: &mut DbConnection, consent: &NewConsent<'_>) -> QueryResult<()> {
    diesel::insert_into(consents::table).values(consent).execute(conn).map(|_| ())
}

pub fn list_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<ConsentRecord>> {
    consents::table.filter(consents::user_id.eq(user_id)).order(consents::id.asc()).load(conn)
}

pub fn delete_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(consents::table.filter(consents::user_id.eq(user_id))).execute(conn)
}

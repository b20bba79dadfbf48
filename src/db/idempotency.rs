//! `Idempotency-Key` records: a retried request gets the first answer back; the
//! same key with a different request is refused. The primary key
//! (account, key) makes two racing first attempts produce one record.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::idempotency_keys;

#[derive(Debug, Clone, Queryable)]
pub struct StoredResponse {
    pub user_id: String,
    pub key: String,
    pub scope: String,
    pub request_hash: String,
    pub status_code: i32,
    pub response_body: String,
    pub created_at: NaiveDateTime,
}

pub fn find(conn: &mut DbConnection, user_id: &str, key: &str) -> QueryResult<Option<StoredResponse>> {
    idempotency_keys::table.find((user_id, key)).first(conn).optional()
}

#[allow(clippy::too_many_arguments)] // one argument per column of the record
pub fn store(
    conn: &mut DbConnection,
    user_id: &str,
    key: &str,
    scope: &str,
    request_hash: &str,
    status_code: i32,
    response_body: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::user_id.eq(user_id),
            idempotency_keys::key.eq(key),
            idempotency_keys::scope.eq(scope),
            idempotency_keys::request_hash.eq(request_hash),
            idempotency_keys::status_code.eq(status_code),
            idempotency_keys::response_body.eq(response_body),
            idempotency_keys::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn purge_older_than(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(before))).execute(conn)
}

/// Stored answers may repeat what an account sent; they go with the account.
pub fn delete_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::user_id.eq(user_id))).execute(conn)
}

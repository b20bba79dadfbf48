//! Failed sign-ins, counted per account and per client address in a sliding
//! window. Kept in the database so that every server process sees the same
//! counts. Keys are hashes: the table holds no email addresses.

use chrono::NaiveDateTime;
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::sign_in_failures;

/// Makes counting and recording an attempt one step for these keys: call it
/// first in the transaction that does both. Keys are locked in the order
/// given (sign-in always passes the account's, then the client's), so two
/// attempts never wait on each other in a cycle.
pub fn lock_keys(conn: &mut DbConnection, keys: &[&str]) -> QueryResult<()> {
    match conn {
        // Advisory locks, held until the transaction ends.
        DbConnection::Postgres(pg) => {
            for key in keys {
                diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
                    .bind::<diesel::sql_types::BigInt, _>(lock_id(key))
                    .execute(pg)?;
            }
            Ok(())
        }
        // Writes already run one at a time (one connection, BEGIN IMMEDIATE).
        DbConnection::Sqlite(_) => Ok(()),
    }
}

/// Keys are hex SHA-256; their first 64 bits name the lock.
fn lock_id(key: &str) -> i64 {
    let bits = key.get(..16).and_then(|prefix| u64::from_str_radix(prefix, 16).ok()).unwrap_or_default();
    i64::from_be_bytes(bits.to_be_bytes())
}

/// Counts a failed attempt. Sign-in counts every attempt before checking its
/// password, and a success clears the count again (`clear_account`).
pub fn record_failure(
    conn: &mut DbConnection,
    account_key: &str,
    client_key: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(sign_in_failures::table)
        .values((
            sign_in_failures::id.eq(crate::domain::ids::new_id()),
            sign_in_failures::account_key.eq(account_key),
            sign_in_failures::client_key.eq(client_key),
            sign_in_failures::failed_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// How many failures since `since`, and when the oldest of them happened.
pub fn failures_for_account(
    conn: &mut DbConnection,
    account_key: &str,
    since: NaiveDateTime,
) -> QueryResult<(i64, Option<NaiveDateTime>)> {
    sign_in_failures::table
        .filter(sign_in_failures::account_key.eq(account_key))
        .filter(sign_in_failures::failed_at.gt(since))
        .select((count_star(), min(sign_in_failures::failed_at)))
        .first(conn)
}

pub fn failures_for_client(
    conn: &mut DbConnection,
    client_key: &str,
    since: NaiveDateTime,
) -> QueryResult<(i64, Option<NaiveDateTime>)> {
    sign_in_failures::table
        .filter(sign_in_failures::client_key.eq(client_key))
        .filter(sign_in_failures::failed_at.gt(since))
        .select((count_star(), min(sign_in_failures::failed_at)))
        .first(conn)
}

/// A successful sign-in clears the account's count (not the client's).
pub fn clear_account(conn: &mut DbConnection, account_key: &str) -> QueryResult<usize> {
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::account_key.eq(account_key))).execute(conn)
}

pub fn purge_older_than(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::failed_at.lt(before))).execute(conn)
}

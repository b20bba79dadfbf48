//! Single-use, expiring tokens sent by email (verification, password reset,
//! guardian consent). Only their hash is stored.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::email_tokens;
use crate::auth::tokens::{hash_token, random_token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    GuardianConsent,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::GuardianConsent => "guardian_consent",
        }
    }

    pub fn lifetime(self) -> TimeDelta {
        match self {
            Purpose::VerifyEmail => TimeDelta::hours(48),
            Purpose::ResetPassword => TimeDelta::hours(1),
            Purpose::GuardianConsent => TimeDelta::days(7),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = email_tokens)]
struct NewEmailToken<'a> {
    id: String,
    user_id: &'a str,
    purpose: &'a str,
    token_hash: String,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
}

/// Creates a token and returns it; the caller puts it in a link.
pub fn create(conn: &mut DbConnection, user_id: &str, purpose: Purpose, now: NaiveDateTime) -> QueryResult<String> {
    let token = random_token();
    diesel::insert_into(email_tokens::table)
        .values(NewEmailToken {
            id: crate::domain::ids::new_id(),
            user_id,
            purpose: purpose.as_str(),
            token_hash: hash_token(&token),
            created_at: now,
            expires_at: now + purpose.lifetime(),
        })
        .execute(conn)?;
    Ok(token)
}

/// Uses a token once: the conditional update makes two concurrent uses of the
/// same link succeed at most once. Returns the account it was for.
pub fn consume(
    conn: &mut DbConnection,
    token: &str,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    let hash = hash_token(token);
    let used = diesel::update(
        email_tokens::table
            .filter(email_tokens::token_hash.eq(&hash))
            .filter(email_tokens::purpose.eq(purpose.as_str()))
            .filter(email_tokens::used_at.is_null())
            .filter(email_tokens::expires_at.gt(now)),
    )
    .set(email_tokens::used_at.eq(now))
    .execute(conn)?;
    if used == 0 {
        return Ok(None);
    }
    let user_id: String =
        email_tokens::table.filter(email_tokens::token_hash.eq(&hash)).select(email_tokens::user_id).first(conn)?;
    // Any other outstanding link of the same purpose is now pointless.
    diesel::update(
        email_tokens::table
            .filter(email_tokens::user_id.eq(&user_id))
            .filter(email_tokens::purpose.eq(purpose.as_str()))
            .filter(email_tokens::used_at.is_null()),
    )
    .set(email_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(Some(user_id))
}

/// Reads a token without using it (the guardian's consent page shows what is
/// asked before the guardian agrees).
pub fn peek(conn: &mut DbConnection, token: &str, purpose: Purpose, now: NaiveDateTime) -> QueryResult<Option<String>> {
    email_tokens::table
        .filter(email_tokens::token_hash.eq(hash_token(token)))
        .filter(email_tokens::purpose.eq(purpose.as_str()))
        .filter(email_tokens::used_at.is_null())
        .filter(email_tokens::expires_at.gt(now))
        .select(email_tokens::user_id)
        .first(conn)
        .optional()
}

pub fn delete_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(email_tokens::table.filter(email_tokens::user_id.eq(user_id))).execute(conn)
}

pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(email_tokens::table.filter(email_tokens::expires_at.lt(now - TimeDelta::days(1)))).execute(conn)
}

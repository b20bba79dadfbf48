//! Refresh tokens: opaque, stored hashed, rotated on every use, grouped in
//! families (one per sign-in). Presenting a token that was already rotated
//! means it was copied: the whole family is revoked.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::refresh_tokens;
use crate::auth::tokens::{hash_token, random_token};

#[derive(Debug, Clone, Queryable)]
pub struct RefreshToken {
    pub id: String,
    pub user_id: String,
    pub family_id: String,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub rotated_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = refresh_tokens)]
struct NewRefreshToken<'a> {
    id: String,
    user_id: &'a str,
    family_id: &'a str,
    token_hash: String,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
}

/// Issues a token in `family_id` (a new id starts a new family) and returns it.
pub fn issue(
    conn: &mut DbConnection,
    user_id: &str,
    family_id: &str,
    ttl: TimeDelta,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let token = random_token();
    diesel::insert_into(refresh_tokens::table)
        .values(NewRefreshToken {
            id: crate::domain::ids::new_id(),
            user_id,
            family_id,
            token_hash: hash_token(&token),
            created_at: now,
            expires_at: now + ttl,
        })
        .execute(conn)?;
    Ok(token)
}

#[derive(Debug)]
pub enum Rotation {
    /// The token was good; here is its successor.
    Rotated { user_id: String, token: String },
    /// The token had already been used: its family is now revoked.
    ReuseDetected { user_id: String },
    /// Unknown, expired or revoked.
    Invalid,
}

/// Rotates `token`. `tokens_valid_after` is the account's instant; a family
/// started before it is dead.
pub fn rotate(
    conn: &mut DbConnection,
    token: &str,
    ttl: TimeDelta,
    now: NaiveDateTime,
    tokens_valid_after: impl Fn(&mut DbConnection, &str) -> QueryResult<Option<NaiveDateTime>>,
) -> QueryResult<Rotation> {
    let Some(current) = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash_token(token)))
        .first::<RefreshToken>(conn)
        .optional()?
    else {
        return Ok(Rotation::Invalid);
    };
    if current.revoked_at.is_some() {
        return Ok(Rotation::Invalid);
    }
    if current.rotated_at.is_some() {
        revoke_family(conn, &current.family_id, now)?;
        return Ok(Rotation::ReuseDetected { user_id: current.user_id });
    }
    if current.expires_at <= now {
        return Ok(Rotation::Invalid);
    }
    match tokens_valid_after(conn, &current.user_id)? {
        Some(valid_after) if current.created_at >= valid_after => {}
        _ => return Ok(Rotation::Invalid),
    }
    // Conditional: of two concurrent rotations of one token, only one wins; the
    // other is treated as reuse.
    let claimed = diesel::update(
        refresh_tokens::table
            .find(&current.id)
            .filter(refresh_tokens::rotated_at.is_null())
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::rotated_at.eq(now))
    .execute(conn)?;
    if claimed == 0 {
        revoke_family(conn, &current.family_id, now)?;
        return Ok(Rotation::ReuseDetected { user_id: current.user_id });
    }
    let next = issue(conn, &current.user_id, &current.family_id, ttl, now)?;
    Ok(Rotation::Rotated { user_id: current.user_id, token: next })
}

pub fn revoke_family(conn: &mut DbConnection, family_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)
}

/// Signs out the session `token` belongs to (whether or not it is current).
pub fn revoke_family_of(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> QueryResult<Option<String>> {
    let found: Option<(String, String)> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash_token(token)))
        .select((refresh_tokens::family_id, refresh_tokens::user_id))
        .first(conn)
        .optional()?;
    if let Some((family, _)) = &found {
        revoke_family(conn, family, now)?;
    }
    Ok(found.map(|(_, user)| user))
}

pub fn revoke_all_for_user(conn: &mut DbConnection, user_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table.filter(refresh_tokens::user_id.eq(user_id)).filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)
}

pub fn list_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<RefreshToken>> {
    refresh_tokens::table.filter(refresh_tokens::user_id.eq(user_id)).order(refresh_tokens::id.asc()).load(conn)
}

pub fn delete_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(refresh_tokens::table.filter(refresh_tokens::user_id.eq(user_id))).execute(conn)
}

pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(refresh_tokens::table.filter(refresh_tokens::expires_at.lt(now - TimeDelta::days(1)))).execute(conn)
}

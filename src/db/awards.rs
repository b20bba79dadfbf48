//! Award tiers per contest and the awards given.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{award_settings, awards};

pub const PROPOSED: &str = "proposed";
pub const OVERRIDE: &str = "override";

#[derive(Debug, Clone, Queryable)]
pub struct Settings {
    pub contest_id: String,
    /// JSON of `[domain::awards::Tier]`.
    pub tiers: String,
    pub one_per_entrant: bool,
    pub version: i32,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable)]
pub struct Award {
    pub id: String,
    pub contest_id: String,
    pub tier_key: String,
    pub place: i32,
    pub entry_id: String,
    pub origin: String,
    pub reason: Option<String>,
    pub decided_by: String,
    pub created_at: NaiveDateTime,
}

pub fn settings(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Option<Settings>> {
    award_settings::table.find(contest_id).first(conn).optional()
}

pub fn insert_settings(
    conn: &mut DbConnection,
    contest_id: &str,
    tiers: &str,
    one_per_entrant: bool,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(award_settings::table)
        .values((
            award_settings::contest_id.eq(contest_id),
            award_settings::tiers.eq(tiers),
            award_settings::one_per_entrant.eq(one_per_entrant),
            award_settings::version.eq(1),
            award_settings::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Saves the settings if `version` is still current; 0 rows means stale.
pub fn update_settings(
    conn: &mut DbConnection,
    contest_id: &str,
    version: i32,
    tiers: &str,
    one_per_entrant: bool,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(award_settings::table.find(contest_id).filter(award_settings::version.eq(version)))
        .set((
            award_settings::tiers.eq(tiers),
            award_settings::one_per_entrant.eq(one_per_entrant),
            award_settings::version.eq(version + 1),
            award_settings::updated_at.eq(now),
        ))
        .execute(conn)
}

pub fn of_contest(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<Award>> {
    awards::table
        .filter(awards::contest_id.eq(contest_id))
        .order((awards::tier_key.asc(), awards::place.asc()))
        .load(conn)
}

pub fn delete_all(conn: &mut DbConnection, contest_id: &str) -> QueryResult<usize> {
    diesel::delete(awards::table.filter(awards::contest_id.eq(contest_id))).execute(conn)
}

pub fn delete_place(conn: &mut DbConnection, contest_id: &str, tier: &str, place: i32) -> QueryResult<usize> {
    diesel::delete(
        awards::table
            .filter(awards::contest_id.eq(contest_id))
            .filter(awards::tier_key.eq(tier))
            .filter(awards::place.eq(place)),
    )
    .execute(conn)
}

/// Gives the award; the unique indexes refuse a second winner for the place
/// or a second award for the entry.
#[allow(clippy::too_many_arguments)] // One per column an award sets.
pub fn insert(
    conn: &mut DbConnection,
    contest_id: &str,
    tier: &str,
    place: i32,
    entry_id: &str,
    origin: &str,
    reason: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(awards::table)
        .values((
            awards::id.eq(crate::domain::ids::new_id()),
            awards::contest_id.eq(contest_id),
            awards::tier_key.eq(tier),
            awards::place.eq(place),
            awards::entry_id.eq(entry_id),
            awards::origin.eq(origin),
            awards::reason.eq(reason),
            awards::decided_by.eq(by),
            awards::created_at.eq(now),
        ))
        .execute(conn)
}

/// The entry's award, if it has one.
pub fn of_entry(conn: &mut DbConnection, entry_id: &str) -> QueryResult<Option<Award>> {
    awards::table.filter(awards::entry_id.eq(entry_id)).first(conn).optional()
}

//! The public vote: a contest's ballot and its votes. A voter's change of
//! votes runs with the voter's row locked on PostgreSQL (SQLite's writer is
//! exclusive), and the unique (ballot, voter, entry) and (ballot, voter,
//! slot) indexes make parallel identical votes leave exactly one.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::contests::Contest;
use super::prepared::Prepared;
use super::schema::{ballots, contests, organization_members, users, votes};

pub const SCOPE_ALL: &str = "all";
pub const SCOPE_FINALISTS: &str = "finalists";

#[derive(Debug, Clone, Queryable)]
pub struct Ballot {
    pub id: String,
    pub contest_id: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub scope: String,
    pub stage_id: Option<String>,
    pub max_votes: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Ballot {
    pub fn is_open(&self, now: NaiveDateTime) -> bool {
        self.opens_at <= now && now < self.closes_at
    }
}

#[derive(Debug, Clone, Queryable)]
pub struct Vote {
    pub id: String,
    pub ballot_id: String,
    pub entry_id: String,
    pub voter_id: String,
    pub slot: i32,
    pub network: Option<String>,
    pub created_at: NaiveDateTime,
    pub voided_at: Option<NaiveDateTime>,
    pub voided_by: Option<String>,
    pub void_reason: Option<String>,
}

#[derive(Debug, Clone, AsChangeset, Insertable)]
#[diesel(table_name = ballots)]
pub struct BallotFields {
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub scope: String,
    pub stage_id: Option<String>,
    pub max_votes: i32,
}

pub fn for_contest(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Option<Ballot>> {
    ballots::table.filter(ballots::contest_id.eq(contest_id)).first(conn).optional()
}

/// The contest's ballot with the contest and the role of `user_id` (if
/// given) in the contest's organization: one statement. `None` when the
/// contest or its ballot does not exist.
pub fn with_contest(
    conn: &mut DbConnection,
    contest_id: &str,
    user_id: Option<&str>,
) -> QueryResult<Option<(Contest, Option<String>, Ballot)>> {
    // No account has an empty id, so without a caller the join finds no role.
    let user_id = user_id.unwrap_or_default().to_owned();
    contests::table
        .inner_join(ballots::table.on(ballots::contest_id.eq(contests::id)))
        .left_join(
            organization_members::table.on(organization_members::organization_id
                .eq(contests::organization_id)
                .and(organization_members::user_id.eq(user_id))),
        )
        .filter(contests::id.eq(contest_id))
        .select((contests::all_columns, organization_members::role.nullable(), ballots::all_columns))
        .first(conn)
        .optional()
}

/// The contest's one ballot; the unique contest index refuses a second.
pub fn insert(
    conn: &mut DbConnection,
    id: &str,
    contest_id: &str,
    fields: &BallotFields,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(ballots::table)
        .values((
            ballots::id.eq(id),
            ballots::contest_id.eq(contest_id),
            fields,
            ballots::version.eq(1),
            ballots::created_at.eq(now),
            ballots::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Saves the fields if `version` is still current; 0 rows means stale.
pub fn update(
    conn: &mut DbConnection,
    id: &str,
    version: i32,
    fields: &BallotFields,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(ballots::table.filter(ballots::id.eq(id)).filter(ballots::version.eq(version)))
        .set((fields, ballots::version.eq(version + 1), ballots::updated_at.eq(now)))
        .execute(conn)
}

pub fn any_votes(conn: &mut DbConnection, ballot_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(votes::table.filter(votes::ballot_id.eq(ballot_id)))).get_result(conn)
}

/// The voter's votes on the ballot, voided ones included.
pub fn of_voter(conn: &mut DbConnection, ballot_id: &str, voter_id: &str) -> QueryResult<Vec<Vote>> {
    votes::table
        .filter(votes::ballot_id.eq(ballot_id))
        .filter(votes::voter_id.eq(voter_id))
        .order(votes::slot.asc())
        .load(conn)
}

pub fn delete(conn: &mut DbConnection, ids: &[String]) -> QueryResult<usize> {
    diesel::delete(votes::table.filter(votes::id.eq_any(ids))).execute(conn)
}

/// Locks the voter's row to the end of the transaction (PostgreSQL; SQLite's
/// writer is exclusive) and reads their votes on the ballot, voided ones
/// included, by slot: one statement. The users row leads the query, so it
/// is locked whether or not the voter has votes yet.
pub fn lock_voter_and_read(conn: &mut DbConnection, ballot_id: &str, voter_id: &str) -> QueryResult<Vec<Vote>> {
    use diesel::sql_types::Text;
    let DbConnection::Postgres(pg) = conn else { return of_voter(conn, ballot_id, voter_id) };
    let rows: Vec<VoterVote> = Prepared(
        diesel::sql_query(
            "SELECT v.id, v.ballot_id, v.entry_id, v.voter_id, v.slot, v.network, v.created_at, \
                v.voided_at, v.voided_by, v.void_reason \
         FROM users u LEFT JOIN votes v ON v.ballot_id = $1 AND v.voter_id = u.id \
         WHERE u.id = $2 ORDER BY v.slot FOR UPDATE OF u",
        )
        .bind::<Text, _>(ballot_id)
        .bind::<Text, _>(voter_id),
    )
    .load(pg)?;
    Ok(rows.into_iter().filter_map(VoterVote::into_vote).collect())
}

/// A row of [`lock_voter_and_read`]: all `NULL` for a voter without votes.
#[derive(QueryableByName)]
struct VoterVote {
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    id: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    ballot_id: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    entry_id: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    voter_id: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Integer>)]
    slot: Option<i32>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    network: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Timestamp>)]
    created_at: Option<NaiveDateTime>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Timestamp>)]
    voided_at: Option<NaiveDateTime>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    voided_by: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    void_reason: Option<String>,
}

impl VoterVote {
    fn into_vote(self) -> Option<Vote> {
        Some(Vote {
            id: self.id?,
            ballot_id: self.ballot_id?,
            entry_id: self.entry_id?,
            voter_id: self.voter_id?,
            slot: self.slot?,
            network: self.network,
            created_at: self.created_at?,
            voided_at: self.voided_at,
            voided_by: self.voided_by,
            void_reason: self.void_reason,
        })
    }
}

/// Records the voter's new votes, `(entry, slot)` each, in one statement and
/// returns them as stored; `None` when `ON CONFLICT DO NOTHING` left any out
/// (a parallel identical vote won the race, which is what the voter asked),
/// so the caller reads what is there instead.
pub fn insert_votes(
    conn: &mut DbConnection,
    ballot_id: &str,
    voter_id: &str,
    picks: &[(&str, i32)],
    network: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<Option<Vec<Vote>>> {
    if picks.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let stored: Vec<Vote> = picks
        .iter()
        .map(|&(entry_id, slot)| Vote {
            id: crate::domain::ids::new_id(),
            ballot_id: ballot_id.to_owned(),
            entry_id: entry_id.to_owned(),
            voter_id: voter_id.to_owned(),
            slot,
            network: network.map(str::to_owned),
            created_at: now,
            voided_at: None,
            voided_by: None,
            void_reason: None,
        })
        .collect();
    let rows: Vec<_> = stored
        .iter()
        .map(|v| {
            (
                votes::id.eq(&v.id),
                votes::ballot_id.eq(ballot_id),
                votes::entry_id.eq(&v.entry_id),
                votes::voter_id.eq(voter_id),
                votes::slot.eq(v.slot),
                votes::network.eq(network),
                votes::created_at.eq(now),
            )
        })
        .collect();
    let insert = diesel::insert_into(votes::table).values(&rows).on_conflict_do_nothing();
    let inserted = match conn {
        // At most `MAX_VOTES_LIMIT` rows: one kept statement per count.
        DbConnection::Postgres(c) => Prepared(insert.returning(votes::id)).load::<String>(c).map(|ids| ids.len()),
        DbConnection::Sqlite(c) => insert.execute(c),
    }?;
    Ok((inserted == stored.len()).then_some(stored))
}

/// Standing (not voided) votes per entry, in one statement.
pub fn tally(conn: &mut DbConnection, ballot_id: &str) -> QueryResult<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = votes::table
        .filter(votes::ballot_id.eq(ballot_id))
        .filter(votes::voided_at.is_null())
        .group_by(votes::entry_id)
        .select((votes::entry_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Distinct voters with a standing vote.
pub fn voters(conn: &mut DbConnection, ballot_id: &str) -> QueryResult<i64> {
    votes::table
        .filter(votes::ballot_id.eq(ballot_id))
        .filter(votes::voided_at.is_null())
        .select(diesel::dsl::count(votes::voter_id).aggregate_distinct())
        .first(conn)
}

/// (vote, voter's account creation) for the fraud signals: standing votes only.
pub fn facts(conn: &mut DbConnection, ballot_id: &str) -> QueryResult<Vec<(Vote, NaiveDateTime)>> {
    votes::table
        .inner_join(users::table)
        .filter(votes::ballot_id.eq(ballot_id))
        .filter(votes::voided_at.is_null())
        .select((votes::all_columns, users::created_at))
        .load(conn)
}

/// A page of the ballot's votes in id order, optionally of one network or voter.
pub fn page(
    conn: &mut DbConnection,
    ballot_id: &str,
    network: Option<&str>,
    voter: Option<&str>,
    page: &crate::domain::pagination::PageRequest,
) -> QueryResult<Vec<Vote>> {
    let mut query = votes::table
        .filter(votes::ballot_id.eq(ballot_id))
        .order(votes::id.asc())
        .limit(i64::from(page.limit) + 1)
        .into_boxed();
    if let Some(network) = network {
        query = query.filter(votes::network.eq(network.to_owned()));
    }
    if let Some(voter) = voter {
        query = query.filter(votes::voter_id.eq(voter.to_owned()));
    }
    if let Some(after) = &page.after {
        query = query.filter(votes::id.gt(after.clone()));
    }
    query.load(conn)
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Vote>> {
    votes::table.find(id).first(conn).optional()
}

/// Voids a standing vote, or (with `None`) restores a voided one; 0 rows when
/// it was already in that state.
pub fn set_voided(
    conn: &mut DbConnection,
    id: &str,
    voided: Option<(&str, &str)>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    match voided {
        Some((by, reason)) => diesel::update(votes::table.find(id).filter(votes::voided_at.is_null()))
            .set((votes::voided_at.eq(now), votes::voided_by.eq(by), votes::void_reason.eq(reason)))
            .execute(conn),
        None => diesel::update(votes::table.find(id).filter(votes::voided_at.is_not_null()))
            .set((
                votes::voided_at.eq(None::<NaiveDateTime>),
                votes::voided_by.eq(None::<String>),
                votes::void_reason.eq(None::<String>),
            ))
            .execute(conn),
    }
}

pub fn for_contest_of_ballot(conn: &mut DbConnection, ballot_id: &str) -> QueryResult<Option<Ballot>> {
    ballots::table.find(ballot_id).first(conn).optional()
}

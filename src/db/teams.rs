//! Teams, their members and the invitations their leaders send. What must hold
//! under concurrency is carried by the database: one team per person per
//! contest (a unique index), and the size limit (a conditional update of
//! `member_count`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{contests, entries, team_invitations, team_members, teams, users};

pub const ACCEPTED: &str = "accepted";
pub const DECLINED: &str = "declined";

#[derive(Debug, Clone, Queryable)]
pub struct Team {
    pub id: String,
    pub contest_id: String,
    pub name: String,
    pub leader_id: String,
    pub member_count: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable)]
pub struct Invitation {
    pub id: String,
    pub team_id: String,
    pub email: String,
    pub invited_by: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub answered_at: Option<NaiveDateTime>,
    pub answer: Option<String>,
}

impl Invitation {
    pub fn is_pending(&self, now: NaiveDateTime) -> bool {
        self.answered_at.is_none() && self.expires_at > now
    }
}

/// A new team with its leader counted as its first member (the caller adds
/// the leader's `team_members` row in the same transaction).
pub fn insert(
    conn: &mut DbConnection,
    id: &str,
    contest_id: &str,
    name: &str,
    leader_id: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(teams::table)
        .values((
            teams::id.eq(id),
            teams::contest_id.eq(contest_id),
            teams::name.eq(name),
            teams::leader_id.eq(leader_id),
            teams::member_count.eq(1),
            teams::created_at.eq(now),
            teams::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Team>> {
    teams::table.find(id).first(conn).optional()
}

/// Adds a member; the unique (contest, person) index refuses a second team in
/// the same contest, whatever ran in parallel.
pub fn add_member(
    conn: &mut DbConnection,
    team_id: &str,
    contest_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(team_members::table)
        .values((
            team_members::team_id.eq(team_id),
            team_members::contest_id.eq(contest_id),
            team_members::user_id.eq(user_id),
            team_members::joined_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn is_member(conn: &mut DbConnection, team_id: &str, user_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        team_members::table.filter(team_members::team_id.eq(team_id)).filter(team_members::user_id.eq(user_id)),
    ))
    .get_result(conn)
}

/// The team the person is in within the contest, if any.
pub fn team_in_contest(conn: &mut DbConnection, contest_id: &str, user_id: &str) -> QueryResult<Option<String>> {
    team_members::table
        .filter(team_members::contest_id.eq(contest_id))
        .filter(team_members::user_id.eq(user_id))
        .select(team_members::team_id)
        .first(conn)
        .optional()
}

#[derive(Debug, Clone, Queryable)]
pub struct MemberRow {
    pub user_id: String,
    pub display_name: String,
    pub email: Option<String>,
    pub joined_at: NaiveDateTime,
}

/// The members with their names, in the order they joined.
pub fn members(conn: &mut DbConnection, team_id: &str) -> QueryResult<Vec<MemberRow>> {
    team_members::table
        .inner_join(users::table)
        .filter(team_members::team_id.eq(team_id))
        .select((users::id, users::display_name, users::email, team_members::joined_at))
        .order((team_members::joined_at.asc(), users::id.asc()))
        .load(conn)
}

/// Takes a place in the team if it has one free: one row when taken, none
/// when the team is full. The row lock it takes orders parallel accepts.
pub fn take_place(conn: &mut DbConnection, team_id: &str, max_size: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(teams::table.find(team_id).filter(teams::member_count.lt(max_size)))
        .set((teams::member_count.eq(teams::member_count + 1), teams::updated_at.eq(now)))
        .execute(conn)
}

/// Gives a member's place back (the caller removes the member's row).
pub fn release_place(conn: &mut DbConnection, team_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(teams::table.find(team_id).filter(teams::member_count.gt(0)))
        .set((teams::member_count.eq(teams::member_count - 1), teams::updated_at.eq(now)))
        .execute(conn)
}

/// Locks the team row for a submission if the team has at least `min_size`
/// members: none when it is too small. A member leaving in parallel waits for
/// the submission and then sees it (or the submission sees the smaller team).
pub fn hold_for_submission(
    conn: &mut DbConnection,
    team_id: &str,
    min_size: i32,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(teams::table.find(team_id).filter(teams::member_count.ge(min_size)))
        .set(teams::updated_at.eq(now))
        .execute(conn)
}

/// Locks the team row for the rest of the transaction (PostgreSQL; SQLite has
/// one writer anyway): zero rows if the team is gone.
pub fn lock(conn: &mut DbConnection, team_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(teams::table.find(team_id)).set(teams::updated_at.eq(now)).execute(conn)
}

/// Locks the team row if the team has one member only: zero rows otherwise.
pub fn lock_if_alone(conn: &mut DbConnection, team_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(teams::table.find(team_id).filter(teams::member_count.eq(1)))
        .set(teams::updated_at.eq(now))
        .execute(conn)
}

pub fn remove_member(conn: &mut DbConnection, team_id: &str, user_id: &str) -> QueryResult<usize> {
    diesel::delete(
        team_members::table.filter(team_members::team_id.eq(team_id)).filter(team_members::user_id.eq(user_id)),
    )
    .execute(conn)
}

/// Whether any entry of the team is on record (submitted or withdrawn); drafts
/// do not count.
pub fn has_entries_on_record(conn: &mut DbConnection, team_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        entries::table.filter(entries::team_id.eq(team_id)).filter(entries::status.ne(super::entries::DRAFT)),
    ))
    .get_result(conn)
}

/// Deletes a team that has no entry on record: its drafts, invitations and
/// members go with it.
pub fn dissolve(conn: &mut DbConnection, team_id: &str) -> QueryResult<()> {
    diesel::delete(
        entries::table.filter(entries::team_id.eq(team_id)).filter(entries::status.eq(super::entries::DRAFT)),
    )
    .execute(conn)?;
    diesel::delete(team_invitations::table.filter(team_invitations::team_id.eq(team_id))).execute(conn)?;
    diesel::delete(team_members::table.filter(team_members::team_id.eq(team_id))).execute(conn)?;
    diesel::delete(teams::table.find(team_id)).execute(conn).map(|_| ())
}

/// The person's teams across contests, with when they joined, newest first.
pub fn teams_of(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<(Team, NaiveDateTime)>> {
    team_members::table
        .inner_join(teams::table)
        .filter(team_members::user_id.eq(user_id))
        .select((teams::all_columns, team_members::joined_at))
        .order(teams::id.desc())
        .load(conn)
}

// ---------------------------------------------------------------- invitations

pub struct NewInvitation<'a> {
    pub id: &'a str,
    pub team_id: &'a str,
    pub email: &'a str,
    pub invited_by: &'a str,
    pub now: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

pub fn insert_invitation(conn: &mut DbConnection, new: &NewInvitation<'_>) -> QueryResult<()> {
    diesel::insert_into(team_invitations::table)
        .values((
            team_invitations::id.eq(new.id),
            team_invitations::team_id.eq(new.team_id),
            team_invitations::email.eq(new.email),
            team_invitations::invited_by.eq(new.invited_by),
            team_invitations::created_at.eq(new.now),
            team_invitations::expires_at.eq(new.expires_at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Makes an answered or expired invitation pending again, as if sent now.
pub fn renew_invitation(conn: &mut DbConnection, new: &NewInvitation<'_>) -> QueryResult<usize> {
    diesel::update(team_invitations::table.find(new.id))
        .set((
            team_invitations::invited_by.eq(new.invited_by),
            team_invitations::created_at.eq(new.now),
            team_invitations::expires_at.eq(new.expires_at),
            team_invitations::answered_at.eq(None::<NaiveDateTime>),
            team_invitations::answer.eq(None::<String>),
        ))
        .execute(conn)
}

pub fn find_invitation(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Invitation>> {
    team_invitations::table.find(id).first(conn).optional()
}

pub fn invitation_to(conn: &mut DbConnection, team_id: &str, email: &str) -> QueryResult<Option<Invitation>> {
    team_invitations::table
        .filter(team_invitations::team_id.eq(team_id))
        .filter(team_invitations::email.eq(email))
        .first(conn)
        .optional()
}

/// Records the answer if nobody answered first: one row, or none.
pub fn answer(conn: &mut DbConnection, id: &str, answer: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(team_invitations::table.find(id).filter(team_invitations::answered_at.is_null()))
        .set((team_invitations::answered_at.eq(Some(now)), team_invitations::answer.eq(Some(answer))))
        .execute(conn)
}

/// The team's unanswered, unexpired invitations, oldest first.
pub fn pending_for_team(conn: &mut DbConnection, team_id: &str, now: NaiveDateTime) -> QueryResult<Vec<Invitation>> {
    team_invitations::table
        .filter(team_invitations::team_id.eq(team_id))
        .filter(team_invitations::answered_at.is_null())
        .filter(team_invitations::expires_at.gt(now))
        .order(team_invitations::created_at.asc())
        .load(conn)
}

/// An invitation with what its invitee needs to decide: the team's name, the
/// contest (id and titles) and who invited them.
#[derive(Debug, Clone, Queryable)]
pub struct AddressedInvitation {
    pub invitation: Invitation,
    pub team_name: String,
    pub contest_id: String,
    pub contest_title_ko: String,
    pub contest_title_en: Option<String>,
    pub inviter_name: String,
}

/// The pending invitations addressed to `email`, newest first, at most `limit`.
pub fn pending_for_email(
    conn: &mut DbConnection,
    email: &str,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<AddressedInvitation>> {
    team_invitations::table
        .inner_join(teams::table.inner_join(contests::table))
        .inner_join(users::table)
        .filter(team_invitations::email.eq(email))
        .filter(team_invitations::answered_at.is_null())
        .filter(team_invitations::expires_at.gt(now))
        .select((
            team_invitations::all_columns,
            teams::name,
            contests::id,
            contests::title_ko,
            contests::title_en,
            users::display_name,
        ))
        .order(team_invitations::created_at.desc())
        .limit(limit)
        .load(conn)
}

/// Every invitation addressed to `email`, answered or not, with the team's
/// name (for the data export).
pub fn all_to(conn: &mut DbConnection, email: &str) -> QueryResult<Vec<(Invitation, String)>> {
    team_invitations::table
        .inner_join(teams::table)
        .filter(team_invitations::email.eq(email))
        .select((team_invitations::all_columns, teams::name))
        .order(team_invitations::id.asc())
        .load(conn)
}

/// Invitations name an address: they go when the account of that address is deleted.
pub fn delete_invitations_to(conn: &mut DbConnection, email: &str) -> QueryResult<usize> {
    diesel::delete(team_invitations::table.filter(team_invitations::email.eq(email))).execute(conn)
}

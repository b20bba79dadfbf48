//! Judging stages, the entries each judges, and their panels of judges.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::entries::SUBMITTED;
use super::schema::{entries, stage_entries, stage_judges, stages};
use super::screening::DISQUALIFIED;

pub const RUBRIC: &str = "rubric";
pub const PAIRWISE: &str = "pairwise";

#[derive(Debug, Clone, Queryable)]
pub struct Stage {
    pub id: String,
    pub contest_id: String,
    pub position: i32,
    pub name_ko: String,
    pub name_en: Option<String>,
    pub mode: String,
    pub blind: bool,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    /// JSON of `domain::judging::assignment::Mode`.
    pub assignment: String,
    /// JSON of `domain::judging::rubric::Rubric`.
    pub rubric: String,
    /// JSON of `domain::judging::recipe::Recipe`.
    pub recipe: String,
    pub closed_at: Option<NaiveDateTime>,
    pub closed_by: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Stage {
    /// Judges may score: the window is open by the server's clock and the
    /// organizer has not closed the stage.
    pub fn is_scoring(&self, now: NaiveDateTime) -> bool {
        self.closed_at.is_none() && self.opens_at <= now && now < self.closes_at
    }

    /// The rubric and recipe are frozen once scoring opens.
    pub fn is_frozen(&self, now: NaiveDateTime) -> bool {
        self.closed_at.is_some() || self.opens_at <= now
    }
}

/// What an organizer sets on a stage.
#[derive(Debug, Clone, AsChangeset, Insertable)]
#[diesel(table_name = stages)]
pub struct StageFields {
    pub name_ko: String,
    pub name_en: Option<String>,
    pub mode: String,
    pub blind: bool,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub assignment: String,
    pub rubric: String,
    pub recipe: String,
}

/// Inserts the stage after the contest's last one; the unique (contest,
/// position) index refuses a parallel insert that read the same last position.
pub fn insert(
    conn: &mut DbConnection,
    id: &str,
    contest_id: &str,
    fields: &StageFields,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    let last: Option<i32> = stages::table
        .filter(stages::contest_id.eq(contest_id))
        .select(diesel::dsl::max(stages::position))
        .first(conn)?;
    let position = last.unwrap_or(0) + 1;
    diesel::insert_into(stages::table)
        .values((
            stages::id.eq(id),
            stages::contest_id.eq(contest_id),
            stages::position.eq(position),
            fields,
            stages::version.eq(1),
            stages::created_at.eq(now),
            stages::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(position)
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Stage>> {
    stages::table.find(id).first(conn).optional()
}

pub fn list_for_contest(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<Stage>> {
    stages::table.filter(stages::contest_id.eq(contest_id)).order(stages::position.asc()).load(conn)
}

/// The stage after `stage` in its contest, if any.
pub fn next_of(conn: &mut DbConnection, stage: &Stage) -> QueryResult<Option<Stage>> {
    stages::table
        .filter(stages::contest_id.eq(&stage.contest_id))
        .filter(stages::position.gt(stage.position))
        .order(stages::position.asc())
        .first(conn)
        .optional()
}

/// The stage before `stage`, if any.
pub fn previous_of(conn: &mut DbConnection, stage: &Stage) -> QueryResult<Option<Stage>> {
    stages::table
        .filter(stages::contest_id.eq(&stage.contest_id))
        .filter(stages::position.lt(stage.position))
        .order(stages::position.desc())
        .first(conn)
        .optional()
}

/// Saves the organizer's fields if `version` is still current; 0 rows means stale.
pub fn update(
    conn: &mut DbConnection,
    id: &str,
    version: i32,
    fields: &StageFields,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(stages::table.filter(stages::id.eq(id)).filter(stages::version.eq(version)))
        .set((fields, stages::version.eq(version + 1), stages::updated_at.eq(now)))
        .execute(conn)
}

/// Closes the stage once: 0 rows when it was already closed.
pub fn close(conn: &mut DbConnection, id: &str, by: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(stages::table.filter(stages::id.eq(id)).filter(stages::closed_at.is_null()))
        .set((
            stages::closed_at.eq(now),
            stages::closed_by.eq(by),
            stages::version.eq(stages::version + 1),
            stages::updated_at.eq(now),
        ))
        .execute(conn)
}

/// The entries a stage judges, by id: every eligible submitted entry of the
/// contest for the first stage, the entries advanced into it for later ones.
/// Disqualified or withdrawn entries drop out at any stage.
pub fn entry_ids(conn: &mut DbConnection, stage: &Stage) -> QueryResult<Vec<String>> {
    if stage.position == 1 {
        eligible_in_contest(conn, &stage.contest_id)
    } else {
        stage_entries::table
            .inner_join(entries::table)
            .filter(stage_entries::stage_id.eq(&stage.id))
            .filter(entries::status.eq(SUBMITTED))
            .filter(entries::screening.ne(DISQUALIFIED))
            .order(entries::id.asc())
            .select(entries::id)
            .load(conn)
    }
}

/// Every submitted entry of the contest not disqualified, by id.
pub fn eligible_in_contest(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<String>> {
    entries::table
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.eq(SUBMITTED))
        .filter(entries::screening.ne(DISQUALIFIED))
        .order(entries::id.asc())
        .select(entries::id)
        .load(conn)
}

/// Which of `ids` the stage judges, by id: one statement, whatever the size of
/// the stage (a vote names a few entries; the ballot may hold thousands).
pub fn judged_among(conn: &mut DbConnection, stage: &Stage, ids: &[String]) -> QueryResult<Vec<String>> {
    if stage.position == 1 {
        return eligible_among(conn, &stage.contest_id, ids);
    }
    stage_entries::table
        .inner_join(entries::table)
        .filter(stage_entries::stage_id.eq(&stage.id))
        .filter(stage_entries::entry_id.eq_any(ids))
        .filter(entries::status.eq(SUBMITTED))
        .filter(entries::screening.ne(DISQUALIFIED))
        .order(entries::id.asc())
        .select(entries::id)
        .load(conn)
}

/// Which of `ids` are submitted entries of the contest not disqualified, by id.
pub fn eligible_among(conn: &mut DbConnection, contest_id: &str, ids: &[String]) -> QueryResult<Vec<String>> {
    entries::table
        .filter(entries::id.eq_any(ids))
        .filter(entries::contest_id.eq(contest_id))
        .filter(entries::status.eq(SUBMITTED))
        .filter(entries::screening.ne(DISQUALIFIED))
        .order(entries::id.asc())
        .select(entries::id)
        .load(conn)
}

/// Whether the stage judges this entry.
pub fn judges_entry(conn: &mut DbConnection, stage: &Stage, entry_id: &str) -> QueryResult<bool> {
    Ok(!judged_among(conn, stage, &[entry_id.to_owned()])?.is_empty())
}

/// Advances entries into a stage (idempotent).
pub fn add_entries(
    conn: &mut DbConnection,
    stage_id: &str,
    entry_ids: &[String],
    now: NaiveDateTime,
) -> QueryResult<()> {
    for chunk in entry_ids.chunks(500) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|e| {
                (stage_entries::stage_id.eq(stage_id), stage_entries::entry_id.eq(e), stage_entries::added_at.eq(now))
            })
            .collect();
        // ON CONFLICT is backend syntax the multi-backend query builder does
        // not offer; both backends spell it the same way.
        let insert = diesel::insert_into(stage_entries::table).values(rows).on_conflict_do_nothing();
        match conn {
            DbConnection::Postgres(c) => insert.execute(c)?,
            DbConnection::Sqlite(c) => insert.execute(c)?,
        };
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable)]
pub struct StageJudge {
    pub id: String,
    pub stage_id: String,
    pub email: String,
    pub user_id: Option<String>,
    pub invited_by: String,
    pub invited_at: NaiveDateTime,
    pub accepted_at: Option<NaiveDateTime>,
    pub removed_at: Option<NaiveDateTime>,
}

impl StageJudge {
    /// An accepted judge not removed from the panel.
    pub fn is_active(&self) -> bool {
        self.user_id.is_some() && self.accepted_at.is_some() && self.removed_at.is_none()
    }
}

/// Invites `email` to the panel; the unique (stage, email) index refuses a
/// second invitation, whatever ran in parallel.
pub fn invite(
    conn: &mut DbConnection,
    id: &str,
    stage_id: &str,
    email: &str,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(stage_judges::table)
        .values((
            stage_judges::id.eq(id),
            stage_judges::stage_id.eq(stage_id),
            stage_judges::email.eq(email),
            stage_judges::invited_by.eq(by),
            stage_judges::invited_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Brings a removed judge's invitation back (a fresh invitation for the same email).
pub fn reinvite(conn: &mut DbConnection, id: &str, by: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(stage_judges::table.filter(stage_judges::id.eq(id)).filter(stage_judges::removed_at.is_not_null()))
        .set((
            stage_judges::removed_at.eq(None::<NaiveDateTime>),
            stage_judges::invited_by.eq(by),
            stage_judges::invited_at.eq(now),
        ))
        .execute(conn)
}

pub fn panel(conn: &mut DbConnection, stage_id: &str) -> QueryResult<Vec<StageJudge>> {
    stage_judges::table.filter(stage_judges::stage_id.eq(stage_id)).order(stage_judges::invited_at.asc()).load(conn)
}

pub fn find_judge(conn: &mut DbConnection, id: &str) -> QueryResult<Option<StageJudge>> {
    stage_judges::table.find(id).first(conn).optional()
}

pub fn find_by_email(conn: &mut DbConnection, stage_id: &str, email: &str) -> QueryResult<Option<StageJudge>> {
    stage_judges::table
        .filter(stage_judges::stage_id.eq(stage_id))
        .filter(stage_judges::email.eq(email))
        .first(conn)
        .optional()
}

/// The stage if `user_id` sits on its panel (accepted, not removed): the
/// stage and [`active_judge`] in one statement.
pub fn find_judged_by(conn: &mut DbConnection, stage_id: &str, user_id: &str) -> QueryResult<Option<Stage>> {
    stages::table
        .inner_join(
            stage_judges::table.on(stage_judges::stage_id
                .eq(stages::id)
                .and(stage_judges::user_id.eq(user_id.to_owned()))
                .and(stage_judges::accepted_at.is_not_null())
                .and(stage_judges::removed_at.is_null())),
        )
        .filter(stages::id.eq(stage_id))
        .select(stages::all_columns)
        .first(conn)
        .optional()
}

/// The caller's place on the stage's panel, accepted and not removed.
pub fn active_judge(conn: &mut DbConnection, stage_id: &str, user_id: &str) -> QueryResult<Option<StageJudge>> {
    stage_judges::table
        .filter(stage_judges::stage_id.eq(stage_id))
        .filter(stage_judges::user_id.eq(user_id))
        .filter(stage_judges::accepted_at.is_not_null())
        .filter(stage_judges::removed_at.is_null())
        .first(conn)
        .optional()
}

/// Accepts a pending invitation for the account; 0 rows if it was answered,
/// removed, or (unique index) the account already sits on the panel.
pub fn accept(conn: &mut DbConnection, id: &str, user_id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        stage_judges::table
            .filter(stage_judges::id.eq(id))
            .filter(stage_judges::accepted_at.is_null())
            .filter(stage_judges::removed_at.is_null()),
    )
    .set((stage_judges::user_id.eq(user_id), stage_judges::accepted_at.eq(now)))
    .execute(conn)
}

pub fn remove_judge(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(stage_judges::table.filter(stage_judges::id.eq(id)).filter(stage_judges::removed_at.is_null()))
        .set(stage_judges::removed_at.eq(now))
        .execute(conn)
}

/// Every stage the account judges or is invited to judge, with its row.
pub fn panels_of(conn: &mut DbConnection, user_id: &str, email: &str) -> QueryResult<Vec<(StageJudge, Stage)>> {
    stage_judges::table
        .inner_join(stages::table)
        .filter(stage_judges::removed_at.is_null())
        .filter(
            stage_judges::user_id
                .eq(user_id)
                .or(stage_judges::email.eq(email).and(stage_judges::accepted_at.is_null())),
        )
        .order(stages::opens_at.asc())
        .select((stage_judges::all_columns, stages::all_columns))
        .load(conn)
}

/// The contest's stages the account sits on the panel of (accepted, not removed).
pub fn judged_by(conn: &mut DbConnection, contest_id: &str, user_id: &str) -> QueryResult<Vec<Stage>> {
    stages::table
        .inner_join(stage_judges::table)
        .filter(stages::contest_id.eq(contest_id))
        .filter(stage_judges::user_id.eq(user_id))
        .filter(stage_judges::accepted_at.is_not_null())
        .filter(stage_judges::removed_at.is_null())
        .order(stages::position.asc())
        .select(stages::all_columns)
        .load(conn)
}

/// On account deletion: panel places addressed to `email` keep their row
/// (the judge's work points at it) under a placeholder address; invitations
/// never accepted are deleted.
pub fn forget_email(conn: &mut DbConnection, email: &str, user_id: &str) -> QueryResult<()> {
    diesel::delete(stage_judges::table.filter(stage_judges::email.eq(email)).filter(stage_judges::user_id.is_null()))
        .execute(conn)?;
    diesel::update(stage_judges::table.filter(stage_judges::user_id.eq(user_id)))
        .set(stage_judges::email.eq(format!("deleted-{user_id}@invalid")))
        .execute(conn)?;
    Ok(())
}

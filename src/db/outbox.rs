//! The mail outbox. A request writes a row in the same transaction as the
//! change it reports; the worker claims due rows with a lease, sends them, and
//! marks them sent. The lease is taken by a conditional update, so two workers
//! (in one process or many) never hold the same row at once.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::outbox_emails;

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
/// Given up after the maximum number of attempts.
pub const DEAD: &str = "dead";

#[derive(Debug, Clone, Queryable)]
pub struct OutboxEmail {
    pub id: String,
    pub user_id: Option<String>,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub lease_owner: Option<String>,
    pub lease_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox_emails)]
pub struct NewOutboxEmail {
    pub id: String,
    pub user_id: Option<String>,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub status: &'static str,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

pub fn enqueue(conn: &mut DbConnection, email: &NewOutboxEmail) -> QueryResult<()> {
    diesel::insert_into(outbox_emails::table).values(email).execute(conn).map(|_| ())
}

/// Writes many messages at once (an announcement's mails), a few hundred
/// rows per statement.
pub fn enqueue_many(conn: &mut DbConnection, emails: &[NewOutboxEmail]) -> QueryResult<()> {
    for chunk in emails.chunks(200) {
        // Every column given (a struct's `None` would ask SQLite for DEFAULT,
        // which turns one statement into a transaction of many).
        let rows: Vec<_> = chunk
            .iter()
            .map(|e| {
                (
                    outbox_emails::id.eq(&e.id),
                    outbox_emails::user_id.eq(&e.user_id),
                    outbox_emails::to_address.eq(&e.to_address),
                    outbox_emails::to_name.eq(&e.to_name),
                    outbox_emails::subject.eq(&e.subject),
                    outbox_emails::body_text.eq(&e.body_text),
                    outbox_emails::body_html.eq(&e.body_html),
                    outbox_emails::status.eq(e.status),
                    outbox_emails::attempts.eq(e.attempts),
                    outbox_emails::next_attempt_at.eq(e.next_attempt_at),
                    outbox_emails::created_at.eq(e.created_at),
                )
            })
            .collect();
        let insert = diesel::insert_into(outbox_emails::table).values(rows);
        match conn {
            DbConnection::Postgres(c) => insert.execute(c)?,
            DbConnection::Sqlite(c) => insert.execute(c)?,
        };
    }
    Ok(())
}

/// Claims up to `limit` due messages for `owner` until `lease_until`. Call it
/// inside a transaction.
pub fn claim_due(
    conn: &mut DbConnection,
    owner: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<OutboxEmail>> {
    let due = outbox_emails::table
        .filter(outbox_emails::status.eq(PENDING))
        .filter(outbox_emails::next_attempt_at.le(now))
        .filter(outbox_emails::lease_until.is_null().or(outbox_emails::lease_until.lt(now)));
    // PostgreSQL: skip rows another worker is claiming instead of queueing
    // behind its lock. SQLite has one writer, so there is nothing to skip.
    let ids: Vec<String> = match conn {
        DbConnection::Postgres(pg) => due
            .select(outbox_emails::id)
            .order(outbox_emails::next_attempt_at.asc())
            .limit(limit)
            .for_update()
            .skip_locked()
            .load(pg)?,
        DbConnection::Sqlite(_) => {
            due.select(outbox_emails::id).order(outbox_emails::next_attempt_at.asc()).limit(limit).load(conn)?
        }
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // The due-and-unleased condition is checked again by the update itself, so
    // a row another worker leased in between is not taken twice.
    diesel::update(
        outbox_emails::table
            .filter(outbox_emails::id.eq_any(&ids))
            .filter(outbox_emails::status.eq(PENDING))
            .filter(outbox_emails::lease_until.is_null().or(outbox_emails::lease_until.lt(now))),
    )
    .set((outbox_emails::lease_owner.eq(owner), outbox_emails::lease_until.eq(lease_until)))
    .execute(conn)?;
    outbox_emails::table
        .filter(outbox_emails::id.eq_any(&ids))
        .filter(outbox_emails::lease_owner.eq(owner))
        .filter(outbox_emails::lease_until.eq(lease_until))
        .order(outbox_emails::next_attempt_at.asc())
        .load(conn)
}

/// Marks a message delivered and drops its body (it may hold a live link).
pub fn mark_sent(conn: &mut DbConnection, id: &str, owner: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(outbox_emails::table.find(id).filter(outbox_emails::lease_owner.eq(owner)))
        .set((
            outbox_emails::status.eq(SENT),
            outbox_emails::sent_at.eq(now),
            outbox_emails::attempts.eq(outbox_emails::attempts + 1),
            outbox_emails::body_text.eq(""),
            outbox_emails::body_html.eq(""),
            outbox_emails::lease_owner.eq(None::<String>),
            outbox_emails::lease_until.eq(None::<NaiveDateTime>),
            outbox_emails::last_error.eq(None::<String>),
        ))
        .execute(conn)
}

/// Records a failed attempt: retry at `retry_at`, or give up when it is `None`.
pub fn mark_failed(
    conn: &mut DbConnection,
    id: &str,
    owner: &str,
    retry_at: Option<NaiveDateTime>,
    error: &str,
) -> QueryResult<usize> {
    let status = if retry_at.is_some() { PENDING } else { DEAD };
    let mut error = error.to_owned();
    error.truncate(1000);
    diesel::update(outbox_emails::table.find(id).filter(outbox_emails::lease_owner.eq(owner)))
        .set((
            outbox_emails::status.eq(status),
            outbox_emails::attempts.eq(outbox_emails::attempts + 1),
            outbox_emails::next_attempt_at.eq(retry_at.unwrap_or_default()),
            outbox_emails::lease_owner.eq(None::<String>),
            outbox_emails::lease_until.eq(None::<NaiveDateTime>),
            outbox_emails::last_error.eq(Some(error)),
        ))
        .execute(conn)
}

/// Mail to a deleted account is dropped with it: unsent mail must not go out,
/// and sent or dead rows still hold the address and the name.
pub fn delete_for_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::delete(outbox_emails::table.filter(outbox_emails::user_id.eq(user_id))).execute(conn)
}

/// What was sent to an account, without bodies (for its data export).
pub fn sent_to_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<(String, NaiveDateTime, String)>> {
    outbox_emails::table
        .filter(outbox_emails::user_id.eq(user_id))
        .select((outbox_emails::subject, outbox_emails::created_at, outbox_emails::status))
        .order(outbox_emails::id.asc())
        .load(conn)
}

/// Counts by status, for health checks and tests.
pub fn count_with_status(conn: &mut DbConnection, status: &str) -> QueryResult<i64> {
    outbox_emails::table.filter(outbox_emails::status.eq(status)).count().get_result(conn)
}

//! Keeping statements prepared that diesel would prepare afresh each time.
//!
//! diesel keeps a connection's statements prepared only when their SQL can
//! never vary; it cannot tell for every `UPDATE` (a changeset may skip
//! `None` fields), a raw `sql_query` or a multi-row `INSERT`, so those are
//! parsed and planned by the database on every execution. On PostgreSQL
//! that planning cost more than the statement itself in the hot writes
//! (0.1–0.15 ms of the database's time per statement, measured with
//! `pg_stat_statements`; see docs/decisions.md, decision 66).
//!
//! [`Prepared`] wraps such a statement and tells diesel it may be kept. Use
//! it only where the SQL text is the same on every call: a fixed SQL
//! string, or a changeset of plain `column.eq(value)` pairs; a multi-row
//! `INSERT` only with a small bounded number of rows (each count is its own
//! prepared statement). The cache is keyed by the SQL text and the bind
//! types, so a wrongly wrapped statement would cost memory, not
//! correctness.
//!
//! It runs on a backend's own connection ([`get_result`] picks it), and
//! only as a statement that returns rows (an `UPDATE` with `RETURNING`):
//! diesel asks whether a statement may be kept through references to it
//! in the multi-connection layer and in `execute`, which do not pass the
//! question on to the wrapper, so there it would be prepared afresh. Hence
//! `RunQueryDsl` for the two backends' connections only, and no `execute`;
//! `tests/api/db.rs` checks that what is wrapped is kept.

use diesel::backend::Backend;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::query_dsl::RunQueryDsl;
use diesel::query_dsl::methods::LoadQuery;
use diesel::{PgConnection, QueryResult, SqliteConnection};

use super::DbConnection;

#[derive(Debug, Clone, Copy)]
pub struct Prepared<Q>(pub Q);

impl<Q, DB> QueryFragment<DB> for Prepared<Q>
where
    DB: Backend,
    Q: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        self.0.walk_ast(pass)
    }

    fn is_safe_to_cache_prepared(&self, _backend: &DB) -> QueryResult<bool> {
        Ok(true)
    }
}

impl<Q> QueryId for Prepared<Q> {
    // Keyed by its SQL text, as diesel does for every statement without a
    // static type id.
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q: Query> Query for Prepared<Q> {
    type SqlType = Q::SqlType;
}

impl<Q> RunQueryDsl<PgConnection> for Prepared<Q> {}
impl<Q> RunQueryDsl<SqliteConnection> for Prepared<Q> {}

/// Runs the statement, kept prepared, and reads its one row.
pub fn get_result<'q, Q, U>(conn: &mut DbConnection, query: Q) -> QueryResult<U>
where
    Prepared<Q>: LoadQuery<'q, PgConnection, U> + LoadQuery<'q, SqliteConnection, U>,
{
    match conn {
        DbConnection::Postgres(c) => Prepared(query).get_result(c),
        DbConnection::Sqlite(c) => Prepared(query).get_result(c),
    }
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;
    use diesel::sqlite::{Sqlite, SqliteConnection};

    use super::*;

    diesel::table! {
        t (id) {
            id -> Integer,
            v -> Integer,
        }
    }

    #[test]
    fn a_wrapped_update_may_be_kept_prepared_and_runs_the_same_sql() -> Result<(), Box<dyn std::error::Error>> {
        let update = || diesel::update(t::table.find(1)).set(t::v.eq(7));
        assert!(!update().is_safe_to_cache_prepared(&Sqlite)?, "diesel prepares a bare UPDATE afresh");
        assert!(Prepared(update()).is_safe_to_cache_prepared(&Sqlite)?);
        assert_eq!(
            diesel::debug_query::<Sqlite, _>(&Prepared(update())).to_string(),
            diesel::debug_query::<Sqlite, _>(&update()).to_string()
        );

        let mut conn = SqliteConnection::establish(":memory:")?;
        conn.batch_execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL); INSERT INTO t VALUES (1, 0)")?;
        assert_eq!(Prepared(update()).execute(&mut conn)?, 1);
        assert_eq!(Prepared(update()).execute(&mut conn)?, 1, "runs again from the kept statement");
        assert_eq!(t::table.find(1).select(t::v).first::<i32>(&mut conn)?, 7);
        Ok(())
    }
}

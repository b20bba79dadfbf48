//! SQLite's one writer, as one thread that commits in groups.
//!
//! SQLite takes one write transaction at a time. Handing each write to a
//! blocking thread of its own (a permit, a hop to the pool, `BEGIN IMMEDIATE`,
//! the statements, `COMMIT`, a hop back, then the next waiter woken) left the
//! write connection idle between transactions and paid a commit for every
//! request. Here one long-lived thread takes the writes from a queue in
//! arrival order and runs every write that is waiting in **one** transaction,
//! each inside a savepoint of its own:
//!
//! - a write that fails is rolled back to its savepoint, and only its caller
//!   hears of it; the others go on;
//! - callers whose work succeeded hear of it only once the group has been
//!   committed, so nobody acts on (or answers with) data that might still be
//!   rolled back; if the `COMMIT` itself fails, every one of them gets the error;
//! - a write that panics is rolled back to its savepoint, its caller gets an
//!   internal error, and the thread goes on.
//!
//! The writes of a group see each other's changes in order, exactly as if they
//! had run one after the other; they simply become durable together.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;

use diesel::connection::SimpleConnection;

use super::{DbConnection, DbPool};
use crate::error::ApiError;

/// At most this many writes share one transaction, so a long queue still
/// commits (and answers) in steady steps.
const MAX_GROUP: usize = 64;

/// What a successful write does once its group's fate is known: hands its
/// value to its caller, or the commit's error.
type Completion = Box<dyn FnOnce(Result<(), ApiError>) + Send>;

/// One queued write. Called with the connection (inside the group's
/// transaction and the write's own savepoint), or with `None` when no
/// connection could be had. Returns its completion when the work succeeded;
/// a failed write has already told its caller.
type Job = Box<dyn FnOnce(Option<&mut DbConnection>) -> Option<Completion> + Send>;

/// The sending side of the writer thread's queue. The thread ends when every
/// clone of this is dropped.
#[derive(Clone)]
pub(super) struct Writer {
    queue: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer thread over `pool` (a pool of one SQLite connection).
    pub(super) fn start(pool: DbPool) -> std::io::Result<Self> {
        let (queue, jobs) = mpsc::channel::<Job>();
        std::thread::Builder::new().name("sqlite-writer".into()).spawn(move || run(&pool, &jobs))?;
        Ok(Self { queue })
    }

    /// Queues `work` and waits until it has been committed (or refused).
    pub(super) async fn write<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let (answer, answered) = tokio::sync::oneshot::channel::<Result<T, ApiError>>();
        let job: Job = Box::new(move |conn| {
            let Some(conn) = conn else {
                let _ = answer.send(Err(ApiError::unavailable(anyhow::anyhow!("The database is not available."))));
                return None;
            };
            match work(conn) {
                Ok(value) => Some(Box::new(move |committed: Result<(), ApiError>| {
                    let _ = answer.send(committed.map(|()| value));
                })),
                Err(error) => {
                    let _ = answer.send(Err(error));
                    None
                }
            }
        });
        self.queue.send(job).map_err(|_| ApiError::unavailable(anyhow::anyhow!("The database writer has stopped.")))?;
        // The sender is dropped unanswered only when the work panicked.
        answered.await.map_err(|_| ApiError::internal(anyhow::anyhow!("A database write failed unexpectedly.")))?
    }
}

/// The thread's loop: wait for a write, take whatever else is waiting, run
/// them as one group.
fn run(pool: &DbPool, jobs: &mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        match pool.get() {
            Ok(mut conn) => run_group(&mut conn, group),
            Err(error) => {
                tracing::error!(error = %error, "No SQLite write connection");
                for job in group {
                    let _ = catch_unwind(AssertUnwindSafe(|| job(None)));
                }
            }
        }
    }
}

/// Runs a group of writes in one transaction, each in its own savepoint.
fn run_group(conn: &mut DbConnection, group: Vec<Job>) {
    if let Err(error) = begin(conn) {
        tracing::error!(error = %error, "Could not begin a SQLite write transaction");
        for job in group {
            let _ = catch_unwind(AssertUnwindSafe(|| job(None)));
        }
        return;
    }
    let mut done: Vec<Completion> = Vec::with_capacity(group.len());
    let mut broken = false;
    for job in group {
        if broken {
            let _ = catch_unwind(AssertUnwindSafe(|| job(None)));
            continue;
        }
        if let Err(error) = conn.batch_execute("SAVEPOINT write") {
            tracing::error!(error = %error, "Could not open a savepoint");
            broken = true;
            let _ = catch_unwind(AssertUnwindSafe(|| job(None)));
            continue;
        }
        match catch_unwind(AssertUnwindSafe(|| job(Some(&mut *conn)))) {
            Ok(Some(completion)) => match conn.batch_execute("RELEASE write") {
                Ok(()) => done.push(completion),
                Err(error) => {
                    tracing::error!(error = %error, "Could not release a savepoint");
                    completion(Err(ApiError::internal(error)));
                    broken = true;
                }
            },
            Ok(None) | Err(_) => {
                if let Err(error) = conn.batch_execute("ROLLBACK TO write; RELEASE write") {
                    // The savepoint is gone (SQLite rolled the whole transaction
                    // back, e.g. on a full disk): what this group did so far is
                    // lost, so its writes must not be reported as done.
                    tracing::error!(error = %error, "Could not roll back to a savepoint");
                    broken = true;
                }
            }
        }
    }
    if broken {
        rollback(conn);
        for completion in done {
            completion(Err(ApiError::internal(anyhow::anyhow!(
                "The write could not be completed; nothing was saved."
            ))));
        }
        return;
    }
    match conn.batch_execute("COMMIT") {
        Ok(()) => {
            for completion in done {
                completion(Ok(()));
            }
        }
        Err(error) => {
            tracing::error!(error = %error, "Could not commit a SQLite write transaction");
            rollback(conn);
            for completion in done {
                completion(Err(ApiError::internal(anyhow::anyhow!(
                    "The write could not be committed; nothing was saved."
                ))));
            }
        }
    }
}

/// `BEGIN IMMEDIATE`, after ending a transaction some earlier user of this
/// pooled connection left open.
fn begin(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    if let Err(error) = conn.batch_execute("BEGIN IMMEDIATE") {
        if !error.to_string().contains("within a transaction") {
            return Err(error);
        }
        tracing::warn!("Rolling back a SQLite transaction left open on the write connection");
        conn.batch_execute("ROLLBACK")?;
        conn.batch_execute("BEGIN IMMEDIATE")?;
    }
    Ok(())
}

fn rollback(conn: &mut DbConnection) {
    if let Err(error) = conn.batch_execute("ROLLBACK") {
        tracing::error!(error = %error, "Failed to roll back a SQLite transaction");
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use diesel::RunQueryDsl;
    use diesel::connection::SimpleConnection;
    use diesel::sql_types::BigInt;

    use crate::db::{DatabaseUrl, Db, DbConnection};
    use crate::error::ApiError;

    fn database() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::parse(&format!("sqlite://{}", dir.path().join("w.db").display())).unwrap();
        let db = Db::connect(&url, 2).unwrap();
        db.get_write_conn().unwrap().batch_execute("CREATE TABLE t (v TEXT NOT NULL UNIQUE)").unwrap();
        (dir, db)
    }

    fn insert(conn: &mut DbConnection, v: &str) -> Result<(), ApiError> {
        diesel::sql_query("INSERT INTO t (v) VALUES (?)")
            .bind::<diesel::sql_types::Text, _>(v)
            .execute(conn)
            .map_err(ApiError::from)
            .map(|_| ())
    }

    fn count(conn: &mut DbConnection, filter: &str) -> i64 {
        diesel::select(diesel::dsl::sql::<BigInt>(&format!("(SELECT count(*) FROM t WHERE {filter})")))
            .get_result(conn)
            .unwrap()
    }

    async fn rows(db: &Db) -> i64 {
        db.read(|conn| Ok(count(conn, "1 = 1"))).await.unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn two_hundred_parallel_writes_are_all_committed_and_answered_once() {
        let (_dir, db) = database();
        let writes = (0..200).map(|i| {
            let db = db.clone();
            tokio::spawn(async move { db.write(move |conn| insert(conn, &format!("v{i}")).map(|()| i)).await })
        });
        let answers: Vec<i32> =
            futures_util::future::join_all(writes).await.into_iter().map(|r| r.unwrap().unwrap()).collect();
        assert_eq!(answers, (0..200).collect::<Vec<_>>());
        assert_eq!(rows(&db).await, 200);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_failing_write_is_undone_alone_and_its_neighbours_are_kept() {
        let (_dir, db) = database();
        // Every third write inserts its row and then fails (a duplicate): its
        // own row must go, the others' must stay.
        let writes = (0..90).map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                db.write(move |conn| {
                    insert(conn, &format!("v{i}"))?;
                    if i % 3 == 0 {
                        insert(conn, &format!("v{i}"))?;
                    }
                    Ok(i)
                })
                .await
            })
        });
        let answers: Vec<_> = futures_util::future::join_all(writes).await.into_iter().map(|r| r.unwrap()).collect();
        for (i, answer) in answers.iter().enumerate() {
            assert_eq!(answer.is_ok(), i % 3 != 0, "write {i}");
        }
        assert_eq!(rows(&db).await, 60);
        let failed_rows = db.read(|conn| Ok(count(conn, "CAST(substr(v, 2) AS INTEGER) % 3 = 0"))).await.unwrap();
        assert_eq!(failed_rows, 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_panicking_write_is_undone_answered_as_an_error_and_the_writer_goes_on() {
        let (_dir, db) = database();
        let writes = (0..40).map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                db.write(move |conn| {
                    insert(conn, &format!("v{i}"))?;
                    assert!(i != 7, "write 7 panics half-way");
                    Ok(())
                })
                .await
            })
        });
        let answers: Vec<_> = futures_util::future::join_all(writes).await.into_iter().map(|r| r.unwrap()).collect();
        assert!(answers[7].is_err());
        assert_eq!(answers.iter().filter(|a| a.is_ok()).count(), 39);
        assert_eq!(rows(&db).await, 39);
        db.write(|conn| insert(conn, "after")).await.unwrap();
        assert_eq!(rows(&db).await, 40);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn writes_see_the_writes_queued_before_them() {
        let (_dir, db) = database();
        // Each write inserts the next number only if the previous one is
        // there: all 100 succeed only if every write sees those before it.
        db.write(|conn| insert(conn, "0")).await.unwrap();
        let mut pending = Vec::new();
        for i in 1..=100 {
            pending.push(db.write(move |conn| {
                let previous = count(conn, &format!("v = '{}'", i - 1));
                if previous == 1 { insert(conn, &i.to_string()) } else { Err(ApiError::conflict("out of order")) }
            }));
        }
        for answer in futures_util::future::join_all(pending).await {
            answer.unwrap();
        }
        assert_eq!(rows(&db).await, 101);
    }
}

//! The data layer: one connection type over PostgreSQL and SQLite, the pools,
//! migrations, and the queries. This is the only module that knows which
//! backend runs; where the two differ the code matches on the connection.

pub mod announcements;
pub mod assignments;
pub mod audit;
pub mod awards;
pub mod consents;
pub mod contests;
pub mod email_tokens;
pub mod entries;
pub mod files;
pub mod idempotency;
pub mod organizations;
pub mod outbox;
pub mod pairwise;
pub mod prepared;
pub mod refresh_tokens;
pub mod schema;
pub mod scores;
pub mod screening;
pub mod stages;
pub mod teams;
pub mod throttle;
pub mod users;
pub mod votes;
mod writer;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::ApiError;

pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");

/// A connection to whichever backend the configured URL names.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "postgres",
            Backend::Sqlite => "sqlite",
        }
    }
}

/// Where the database is, parsed from `sqlite://path`, `sqlite:path`,
/// `postgres://…` or `postgresql://…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    pub backend: Backend,
    /// What the driver is given: a file path for SQLite, the URL for PostgreSQL.
    pub target: String,
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self { backend: Backend::Postgres, target: url.to_owned() });
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .ok_or_else(|| "the database URL must start with sqlite:// or postgres://".to_owned())?;
        if path.is_empty() {
            return Err("the sqlite:// URL names no file".to_owned());
        }
        Ok(Self { backend: Backend::Sqlite, target: path.to_owned() })
    }

    /// The URL with any password replaced, for logs and `config check`.
    pub fn redacted(&self) -> String {
        match self.backend {
            Backend::Sqlite => format!("sqlite://{}", self.target),
            Backend::Postgres => match url::Url::parse(&self.target) {
                Ok(mut parsed) if parsed.password().is_some() => {
                    let _ = parsed.set_password(Some("***"));
                    parsed.to_string()
                }
                Ok(parsed) => parsed.to_string(),
                Err(_) => "postgres://(unparseable)".to_owned(),
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// Opens connections of the backend the URL names, so a wrong password or a
/// missing server surfaces as itself rather than as a generic pool error.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
}

impl ConnectionManager {
    pub fn new(url: DatabaseUrl) -> Self {
        Self { url }
    }
}

/// Order matters: busy_timeout must be set before switching to WAL, or the
/// switch itself can fail with "database is locked" under concurrent start-up.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

/// Kept statements run with the plan PostgreSQL made for them once, never
/// re-planned for each call's values: the queries here are key and range
/// lookups whose plan does not depend on the values, and PostgreSQL's own
/// choice re-planned some of them on every call (the organizer's entry
/// list: 0.34 ms of planning per request). Decision 67 has the figures.
/// (PostgreSQL 12 or later.)
const POSTGRES_SETTINGS: &str = "SET plan_cache_mode = force_generic_plan";

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = ConnectError;

    fn connect(&self) -> Result<DbConnection, ConnectError> {
        match self.url.backend {
            Backend::Postgres => {
                let mut conn = diesel::PgConnection::establish(&self.url.target)?;
                conn.batch_execute(POSTGRES_SETTINGS)?;
                Ok(DbConnection::Postgres(conn))
            }
            Backend::Sqlite => {
                let mut conn = diesel::SqliteConnection::establish(&self.url.target)?;
                conn.batch_execute(SQLITE_PRAGMAS)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), ConnectError> {
        conn.batch_execute("SELECT 1").map_err(ConnectError::from)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        // A connection left inside a transaction (a panic half-way) must not be reused.
        use diesel::connection::TransactionManager;
        <<DbConnection as Connection>::TransactionManager as TransactionManager<DbConnection>>::is_broken_transaction_manager(conn)
    }
}

pub type DbPool = Pool<ConnectionManager>;
pub type PooledConn = PooledConnection<ConnectionManager>;

/// The application's handle on the database.
///
/// SQLite allows one writer at a time; rather than have writers spin on
/// `busy_timeout`, writes go through a pool of one connection, taken by one
/// thread that runs the waiting writes in one `BEGIN IMMEDIATE` transaction,
/// a savepoint each (`writer.rs`). PostgreSQL uses one pool for both.
///
/// Work waits for a permit (one per pooled connection) before it takes a
/// blocking thread, so a burst of requests queues as cheap futures instead
/// of as threads blocked on the pool, which cost a context switch each.
#[derive(Clone)]
pub struct Db {
    backend: Backend,
    read: DbPool,
    write: DbPool,
    read_permits: Arc<Semaphore>,
    write_permits: Arc<Semaphore>,
    /// SQLite's writes go to one thread that commits them in groups
    /// (`writer.rs`); PostgreSQL's run on the pool.
    writer: Option<writer::Writer>,
    /// The thread for reads that build very large answers (`read_large`).
    large: std::sync::mpsc::Sender<LargeJob>,
}

type LargeJob = Box<dyn FnOnce() + Send>;

/// Runs queued jobs one after another until every sender is gone.
fn start_large_reader() -> std::io::Result<std::sync::mpsc::Sender<LargeJob>> {
    let (jobs, queue) = std::sync::mpsc::channel::<LargeJob>();
    std::thread::Builder::new().name("large-reads".into()).spawn(move || {
        while let Ok(job) = queue.recv() {
            // A panicking job drops its answer channel; its caller hears of it.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
        }
    })?;
    Ok(jobs)
}

impl Db {
    pub fn connect(url: &DatabaseUrl, max_connections: u32) -> anyhow::Result<Self> {
        use anyhow::Context;
        // One direct connection first: a wrong password or a missing server is
        // reported at once, as the driver words it, instead of as a pool timeout.
        ConnectionManager::new(url.clone())
            .connect()
            .with_context(|| format!("Failed to connect to {}", url.redacted()))?;
        let build = |size: u32| {
            Pool::builder()
                .max_size(size)
                .min_idle(Some(1))
                // r2d2 would run `SELECT 1` before every checkout: a second
                // round trip per request. A broken connection fails its query
                // instead, and the pool replaces it.
                .test_on_check_out(false)
                .connection_timeout(Duration::from_secs(10))
                .build(ConnectionManager::new(url.clone()))
        };
        let read = build(max_connections).with_context(|| format!("Failed to connect to {}", url.redacted()))?;
        let write = match url.backend {
            Backend::Postgres => read.clone(),
            Backend::Sqlite => build(1).with_context(|| format!("Failed to open {}", url.redacted()))?,
        };
        let permits = |pool: &DbPool| Arc::new(Semaphore::new(pool.max_size() as usize));
        let writer = match url.backend {
            Backend::Postgres => None,
            Backend::Sqlite => {
                Some(writer::Writer::start(write.clone()).context("Failed to start the SQLite writer thread")?)
            }
        };
        Ok(Self {
            backend: url.backend,
            read_permits: permits(&read),
            write_permits: permits(&write),
            read,
            write,
            writer,
            large: start_large_reader().context("Failed to start the large-reads thread")?,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection for work outside a request (CLI, migrations, tests).
    pub fn get_write_conn(&self) -> Result<PooledConn, ApiError> {
        self.write.get().map_err(ApiError::unavailable)
    }

    /// Runs read-only queries off the async workers.
    pub async fn read<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.read_permits.acquire().await.map_err(ApiError::unavailable)?;
        let pool = self.read.clone();
        actix_web::web::block(move || {
            let mut conn = pool.get().map_err(ApiError::unavailable)?;
            work(&mut conn)
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// `read` for work that builds a very large answer (a stage's results:
    /// ~110 MB of working memory for 10,000 entries × 9 judges), always on
    /// one dedicated thread, one such job at a time. glibc's malloc keeps
    /// each thread's high-water mark: landing on a different blocking thread
    /// each time, such requests left the server holding that memory several
    /// times over.
    pub async fn read_large<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.read_permits.acquire().await.map_err(ApiError::unavailable)?;
        let pool = self.read.clone();
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: LargeJob = Box::new(move || {
            let result = pool.get().map_err(ApiError::unavailable).and_then(|mut conn| work(&mut conn));
            let _ = answer.send(result);
        });
        self.large
            .send(job)
            .map_err(|_| ApiError::unavailable(anyhow::anyhow!("The large-reads thread has stopped.")))?;
        answered.await.map_err(|_| ApiError::internal(anyhow::anyhow!("A large read failed unexpectedly.")))?
    }

    /// Runs `work` in one transaction off the async workers; an `Err` rolls back
    /// everything it did, including outbox rows it wrote. On SQLite the
    /// transaction may be shared with other writes queued at the same time,
    /// `work` in a savepoint of its own; it returns only after the commit.
    pub async fn write<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        if let Some(writer) = &self.writer {
            return writer.write(work).await;
        }
        let _permit = self.write_permits.acquire().await.map_err(ApiError::unavailable)?;
        let pool = self.write.clone();
        actix_web::web::block(move || {
            let mut conn = pool.get().map_err(ApiError::unavailable)?;
            in_transaction(&mut conn, work)
        })
        .await
        .map_err(ApiError::internal)?
    }
}

/// One transaction on either backend. SQLite gets `BEGIN IMMEDIATE` so a
/// transaction that reads before it writes cannot fail half-way with
/// SQLITE_BUSY; code inside must not open transactions of its own.
pub fn in_transaction<T, F>(conn: &mut DbConnection, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, ApiError>,
{
    match conn {
        DbConnection::Postgres(_) => conn.transaction(work),
        DbConnection::Sqlite(_) => {
            if let Err(error) = conn.batch_execute("BEGIN IMMEDIATE") {
                // A transaction left open by a panic on this pooled connection
                // (diesel does not see ours): end it, then start afresh.
                if !error.to_string().contains("within a transaction") {
                    return Err(error.into());
                }
                tracing::warn!("Rolling back a SQLite transaction left open on a pooled connection");
                conn.batch_execute("ROLLBACK")?;
                conn.batch_execute("BEGIN IMMEDIATE")?;
            }
            match work(conn) {
                Ok(value) => {
                    conn.batch_execute("COMMIT")?;
                    Ok(value)
                }
                Err(error) => {
                    if let Err(rollback) = conn.batch_execute("ROLLBACK") {
                        tracing::error!(error = %rollback, "Failed to roll back a SQLite transaction");
                    }
                    Err(error)
                }
            }
        }
    }
}

/// Applies pending migrations; returns the versions applied.
pub fn run_migrations(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    let applied = match conn {
        DbConnection::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("Failed to run migrations: {e}"))?;
    Ok(applied.into_iter().map(|v| v.to_string()).collect())
}

/// Reverts every applied migration, newest first (used by the reversibility test
/// and by operators who need to roll back).
pub fn revert_all_migrations(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    let reverted = match conn {
        DbConnection::Postgres(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS),
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("Failed to revert migrations: {e}"))?;
    Ok(reverted.into_iter().map(|v| v.to_string()).collect())
}

/// Whether this is a unique-constraint violation (how race-safe uniqueness is detected).
pub fn is_unique_violation(error: &diesel::result::Error) -> bool {
    matches!(error, diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _))
}

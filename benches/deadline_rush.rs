//! The "deadline rush" load generator (see docs/benchmarks.md).
//!
//! It runs against a release server that `scripts/bench-rush.sh` started on
//! a fresh database, and writes to that database itself, through the
//! library's data layer, only to seed (an organization, an organizer, one
//! contest, many verified citizens) and, afterwards, to check what the
//! server says it stored. Access tokens are minted with the server's own key
//! (`<data_dir>/jwt.key`, or `MODU_JWT_KEYS`), so no argon2 hash is spent
//! per citizen.
//!
//! Scenarios (one per run; `all` runs them one after the other):
//! - `rush`: each task takes the next unused citizen and creates a naming
//!   entry, submits it, and submits it again with the same `Idempotency-Key`
//!   (the retry must answer the same receipt), until the deadline.
//! - `photos`: each task takes the next draft of a photo contest and uploads
//!   a ~1 MB JPEG carrying EXIF with GPS into it, up to the slot's 3 files;
//!   afterwards a sample of stored files is downloaded and checked for EXIF.
//! - `list`: 5,000 submitted entries, and the organizer reads the entry list
//!   50 at a time at a few cursors.
//!
//! Figures go to stdout as Markdown; progress goes to stderr. The exit status
//! is 2 when a correctness check failed (a lost or duplicated submission, a
//! retry answered differently, EXIF left in a stored file), 1 when the run
//! could not be made, 0 otherwise — a missed target is reported, not an error.
//!
//! Run without `--url` (as a plain `cargo bench` does) it only says how to run it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Cursor;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use actix_web::web::Bytes;
use anyhow::{Context, bail};
use chrono::{NaiveDateTime, TimeDelta, Utc};
use clap::Parser;
use diesel::prelude::*;
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, RgbImage};
use serde_json::{Value, json};

use modu::auth::jwt::JwtKeys;
use modu::config::{ConfigLayer, Settings};
use modu::db::contests::{self, ContestFields};
use modu::db::entries::{self, Slot};
use modu::db::schema;
use modu::db::{Backend, Db, DbConnection, in_transaction, organizations, users};
use modu::domain::contest::ContestKind;
use modu::domain::ids::new_id;
use modu::domain::pagination::encode_cursor;
use modu::domain::{Password, password};
use modu::error::ApiError;

const RUSH_TARGET_SQLITE: f64 = 2_000.0;
const RUSH_TARGET_POSTGRES: f64 = 1_000.0;
const RUSH_P99_TARGET_MS: f64 = 100.0;
const PHOTOS_TARGET: f64 = 50.0;
const LIST_TARGET: f64 = 2_000.0;
const LIST_PAGE: usize = 50;
/// Files the default photo slot takes per entry.
const PHOTOS_PER_DRAFT: usize = 3;
const SEED_CHUNK: usize = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Scenario {
    Rush,
    Photos,
    List,
    All,
}

#[derive(Debug, Parser)]
#[command(name = "deadline_rush", about = "The deadline-rush load generator; run it with scripts/bench-rush.sh")]
struct Args {
    /// The running server, e.g. http://127.0.0.1:18080 (it is also the public base URL, i.e. the tokens' issuer,
    /// unless --public-base-url says otherwise).
    #[arg(long)]
    url: Option<String>,
    /// Load duration in seconds (rush and list; photos too).
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Distinct citizens to seed for the rush; default: enough for 2,500 submissions/s for the whole run.
    #[arg(long)]
    citizens: Option<usize>,
    /// Concurrent requests (tokio tasks, each with its own keep-alive connection).
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// Concurrent uploads in the photos scenario (default: --concurrency, at most 16).
    #[arg(long)]
    photo_concurrency: Option<usize>,
    /// Drafts to seed for the photos scenario (3 uploads each); default: enough for 40 uploads/s × 3.
    #[arg(long)]
    drafts: Option<usize>,
    /// Submitted entries to seed for the list scenario.
    #[arg(long, default_value_t = 5_000)]
    list_entries: usize,
    #[arg(long, value_enum, default_value_t = Scenario::Rush)]
    scenario: Scenario,
    /// Threads of the load generator's runtime.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// The server's process id: its CPU time during the load is reported.
    #[arg(long)]
    server_pid: Option<u32>,
    /// PostgreSQL: run `VACUUM ANALYZE` every this many seconds during the load, standing in for
    /// autovacuum when the server has it off (default: 10 if autovacuum is off, else never; 0: never).
    #[arg(long)]
    pg_vacuum_every: Option<u64>,
    /// A label for the report (commit, notes).
    #[arg(long, default_value = "")]
    label: String,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
    /// The server's own settings (database URL, data folder, JWT keys…), from the same MODU_* variables.
    #[command(flatten)]
    layer: ConfigLayer,
}

fn main() {
    let args = Args::parse();
    let Some(url) = args.url.clone() else {
        println!("deadline_rush: a load benchmark against a running server; run it with scripts/bench-rush.sh");
        return;
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(args.threads.max(1)).enable_all().build();
    let result = match runtime {
        Ok(rt) => rt.block_on(run(args, url)),
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(true) => {}
        Ok(false) => std::process::exit(2),
        Err(e) => {
            eprintln!("deadline_rush: {e:#}");
            std::process::exit(1);
        }
    }
}

fn log(message: impl AsRef<str>) {
    eprintln!("[deadline_rush {}] {}", Utc::now().format("%H:%M:%S"), message.as_ref());
}

fn api(e: ApiError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// What every scenario needs: the database, the server's signing keys, HTTP.
struct Bench {
    args: Args,
    base: String,
    settings: Settings,
    db: Db,
    jwt: JwtKeys,
    client: reqwest::Client,
    hash: String,
    backend: Backend,
    /// PostgreSQL: seconds between `VACUUM ANALYZE` runs during the load; `None`: never.
    vacuum_every: Option<u64>,
    /// PostgreSQL: whether autovacuum is on.
    autovacuum: bool,
}

async fn run(args: Args, url: String) -> anyhow::Result<bool> {
    let base = url.trim_end_matches('/').to_owned();
    let mut layer = args.layer.clone();
    layer.public_base_url = layer.public_base_url.or_else(|| Some(base.clone()));
    layer.db_max_connections = Some(2);
    let settings = Settings::resolve(layer)?;
    if settings.jwt_keys.is_empty() && !settings.data_dir.join("jwt.key").exists() {
        bail!("{} is missing: start the server on this data folder first", settings.data_dir.join("jwt.key").display());
    }
    let keys = settings.load_or_create_jwt_keys()?;
    let jwt = JwtKeys::new(&keys, settings.public_origin())?;
    let db = modu::startup::open_database(&settings).await?;
    let backend = db.backend();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.concurrency.max(16) * 2)
        .timeout(Duration::from_secs(60))
        .build()?;
    let health = client.get(format!("{base}/health")).send().await.context("GET /health")?;
    if !health.status().is_success() {
        bail!("GET /health answered {}", health.status());
    }
    let hash = tokio::task::spawn_blocking(|| -> anyhow::Result<String> {
        let pw = Password::parse("deadline-rush-2026", None).map_err(|p| anyhow::anyhow!("{}", p.message()))?;
        password::hash(&pw)
    })
    .await??;
    let autovacuum = backend == Backend::Postgres && {
        let db = db.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<bool> {
            let mut conn = db.get_write_conn().map_err(api)?;
            Ok(diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>("current_setting('autovacuum') = 'on'"))
                .get_result::<bool>(&mut *conn)?)
        })
        .await??
    };
    let vacuum_every = match (backend, args.pg_vacuum_every) {
        (Backend::Sqlite, _) | (_, Some(0)) => None,
        (Backend::Postgres, Some(n)) => Some(n),
        (Backend::Postgres, None) => (!autovacuum).then_some(10),
    };
    let bench = Bench { args, base, settings, db, jwt, client, hash, backend, vacuum_every, autovacuum };
    log(format!("server {} on {}", bench.base, bench.settings.database.redacted()));
    let scenarios = match bench.args.scenario {
        Scenario::All => vec![Scenario::Rush, Scenario::Photos, Scenario::List],
        one => vec![one],
    };
    let mut ok = true;
    for scenario in scenarios {
        let report = match scenario {
            Scenario::Rush => rush(&bench).await?,
            Scenario::Photos => photos(&bench).await?,
            Scenario::List => list(&bench).await?,
            Scenario::All => unreachable_all()?,
        };
        ok &= report.ok;
        println!("{}", report.markdown);
    }
    Ok(ok)
}

fn unreachable_all() -> anyhow::Result<Report> {
    bail!("`all` is expanded before running")
}

struct Report {
    markdown: String,
    ok: bool,
}

// ---------------------------------------------------------------------------
// Seeding, straight through the data layer

impl Bench {
    /// Runs `work` in one write transaction on a blocking thread.
    async fn write<T, F>(&self, work: F) -> anyhow::Result<T>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.get_write_conn().map_err(api)?;
            in_transaction(&mut conn, work).map_err(api)
        })
        .await?
    }

    /// An organization with one organizer, and a published contest of `kind`
    /// that opened a day ago and closes in a week; returns (contest, organizer).
    async fn contest(&self, slug: &str, kind: ContestKind) -> anyhow::Result<(String, String)> {
        let hash = self.hash.clone();
        let slug = slug.to_owned();
        let now = now_naive();
        self.write(move |conn| {
            let organizer = new_id();
            users::insert(
                conn,
                &new_user(&organizer, &format!("organizer@{slug}.bench.modu.kr"), &hash, "주최 담당자", now),
            )?;
            let org = new_id();
            organizations::insert(
                conn,
                &organizations::NewOrganization {
                    id: &org,
                    slug: &slug,
                    name_ko: "부하 시험 기관",
                    name_en: Some("Load test agency"),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            organizations::add_member(conn, &org, &organizer, organizations::ROLE_ORGANIZER, now)?;
            let mut eligibility = kind.default_eligibility();
            eligibility.max_entries_per_person = 1;
            let closes_at = now + TimeDelta::days(7);
            let fields = ContestFields {
                kind: kind.as_str().to_owned(),
                title_ko: format!("마감 직전 몰림 시험 ({})", kind.as_str()),
                title_en: Some(format!("Deadline rush ({})", kind.as_str())),
                summary_ko: "부하 시험용 공모전입니다.".to_owned(),
                summary_en: None,
                description_ko: "부하 시험용 공모전입니다.".to_owned(),
                description_en: None,
                rules_ko: "규칙 없음".to_owned(),
                rules_en: None,
                theme: None,
                prizes: None,
                contact: None,
                time_zone: "Asia/Seoul".to_owned(),
                opens_at: now - TimeDelta::days(1),
                closes_at,
                grace_secs: 0,
                effective_close_at: closes_at,
                form: serde_json::to_string(&kind.default_form()).map_err(ApiError::internal)?,
                categories: "[]".to_owned(),
                eligibility: serde_json::to_string(&eligibility).map_err(ApiError::internal)?,
                co_hosts: "[]".to_owned(),
            };
            let contest = new_id();
            contests::insert(conn, &contest, &org, &slug, &fields, now)?;
            contests::publish(conn, &contest, now - TimeDelta::days(2))?;
            Ok((contest, organizer))
        })
        .await
    }

    /// `n` verified adult citizens sharing one password hash, in transactions
    /// of a few thousand; returns their ids in order.
    async fn citizens(&self, prefix: &str, n: usize) -> anyhow::Result<Vec<String>> {
        let started = Instant::now();
        let mut ids = Vec::with_capacity(n);
        for chunk_start in (0..n).step_by(SEED_CHUNK) {
            let chunk_end = (chunk_start + SEED_CHUNK).min(n);
            let (hash, prefix) = (self.hash.clone(), prefix.to_owned());
            let now = now_naive();
            let made = self
                .write(move |conn| {
                    let mut made = Vec::with_capacity(chunk_end - chunk_start);
                    for i in chunk_start..chunk_end {
                        let id = new_id();
                        let email = format!("{prefix}{i:06}@bench.modu.kr");
                        users::insert(conn, &new_user(&id, &email, &hash, &format!("시민{i}"), now))?;
                        made.push(id);
                    }
                    Ok(made)
                })
                .await?;
            ids.extend(made);
        }
        log(format!("seeded {n} citizens in {:.1} s", started.elapsed().as_secs_f64()));
        Ok(ids)
    }

    /// PostgreSQL: what autovacuum does after a bulk load (`VACUUM ANALYZE`),
    /// so that the planner has statistics and the seeding's dead row versions
    /// are gone. (The PostgreSQL this was first measured on runs with
    /// autovacuum off.) SQLite keeps no statistics unless asked, and Modu
    /// never asks, so nothing is done there.
    async fn settle(&self) -> anyhow::Result<()> {
        if self.backend != Backend::Postgres {
            return Ok(());
        }
        let started = Instant::now();
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            use diesel::connection::SimpleConnection;
            let mut conn = db.get_write_conn().map_err(api)?;
            conn.batch_execute("VACUUM ANALYZE")?;
            Ok(())
        })
        .await??;
        log(format!("VACUUM ANALYZE took {:.1} s", started.elapsed().as_secs_f64()));
        Ok(())
    }

    /// PostgreSQL with autovacuum off: `VACUUM ANALYZE` every `vacuum_every`
    /// seconds until `until`, as autovacuum would keep statistics and dead
    /// row versions in check. Without it, statements the server prepared
    /// while a table was nearly empty keep their sequential-scan plans for
    /// the whole run (nothing invalidates them), and the contest row whose
    /// receipt counter every submission updates piles up dead versions.
    /// Answers a Markdown table row saying what was done.
    fn maintenance(&self, until: Instant) -> tokio::task::JoinHandle<anyhow::Result<String>> {
        let (db, every, backend, autovacuum) = (self.db.clone(), self.vacuum_every, self.backend, self.autovacuum);
        tokio::spawn(async move {
            if backend != Backend::Postgres {
                return Ok(String::new());
            }
            let Some(every) = every else {
                let what =
                    if autovacuum { "autovacuum on" } else { "autovacuum off, no stand-in (`--pg-vacuum-every 0`)" };
                return Ok(format!("| PostgreSQL upkeep | {what} | | |\n"));
            };
            let (mut runs, mut longest) = (0, 0.0f64);
            loop {
                let next = Instant::now() + Duration::from_secs(every.max(1));
                if next >= until {
                    break;
                }
                tokio::time::sleep_until(tokio::time::Instant::from_std(next)).await;
                let started = Instant::now();
                let db = db.clone();
                tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
                    use diesel::connection::SimpleConnection;
                    let mut conn = db.get_write_conn().map_err(api)?;
                    conn.batch_execute("VACUUM ANALYZE")?;
                    Ok(())
                })
                .await??;
                runs += 1;
                longest = longest.max(started.elapsed().as_secs_f64());
            }
            let state = if autovacuum { "on" } else { "off" };
            Ok(format!(
                "| PostgreSQL upkeep (autovacuum {state}) | `VACUUM ANALYZE` every {every} s: {runs} run(s), longest {longest:.2} s | | |\n"
            ))
        })
    }

    fn token(&self, user_id: &str) -> anyhow::Result<String> {
        self.jwt.issue(user_id, Utc::now(), self.settings.access_token_ttl_secs)
    }

    fn tokens(&self, ids: &[String]) -> anyhow::Result<Vec<String>> {
        ids.iter().map(|id| self.token(id)).collect()
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    fn target_ok(&self, met: bool) -> &'static str {
        if met { "met" } else { "**missed**" }
    }

    fn heading(&self, scenario: &str) -> String {
        let backend = match self.backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        };
        let label = if self.args.label.is_empty() { String::new() } else { format!(", {}", self.args.label) };
        format!("### {scenario} — {backend}, {} UTC{label}\n\n", Utc::now().format("%Y-%m-%d %H:%M"),)
    }
}

fn deadline_in(seconds: u64) -> Instant {
    Instant::now() + Duration::from_secs(seconds)
}

fn now_naive() -> NaiveDateTime {
    Utc::now().naive_utc()
}

fn new_user<'a>(id: &'a str, email: &'a str, hash: &'a str, name: &'a str, now: NaiveDateTime) -> users::NewUser<'a> {
    users::NewUser {
        id,
        email,
        password_hash: hash,
        display_name: name,
        locale: "ko",
        birth_date: None,
        email_verified_at: Some(now),
        is_admin: false,
        guardian_name: None,
        guardian_email: None,
        // A minute back, so tokens minted from now on are all valid.
        tokens_valid_after: now - TimeDelta::minutes(1),
        created_at: now,
        updated_at: now,
    }
}

// ---------------------------------------------------------------------------
// Measuring

/// Latencies in microseconds.
#[derive(Default)]
struct Latencies(Vec<u64>);

impl Latencies {
    fn add(&mut self, d: Duration) {
        self.0.push(u64::try_from(d.as_micros()).unwrap_or(u64::MAX));
    }
    fn merge(&mut self, other: Latencies) {
        self.0.extend(other.0);
    }
    fn percentile_ms(&mut self, p: f64) -> f64 {
        if self.0.is_empty() {
            return f64::NAN;
        }
        self.0.sort_unstable();
        let rank = ((p / 100.0) * self.0.len() as f64).ceil() as usize;
        self.0[rank.clamp(1, self.0.len()) - 1] as f64 / 1000.0
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// CPU time (in USER_HZ ticks, 100 a second) of the server, this process,
/// every other process (by name) and the machine.
struct CpuSample {
    at: Instant,
    server: Option<u64>,
    me: Option<u64>,
    machine_busy: Option<u64>,
    /// pid → (name, ticks), for every process.
    all: HashMap<u32, (String, u64)>,
}

/// (name, user + system ticks) of one process.
fn process_stat(pid: &str) -> Option<(String, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (head, tail) = stat.rsplit_once(')')?;
    let name = head.split_once('(')?.1.to_owned();
    let fields: Vec<&str> = tail.split_whitespace().collect();
    Some((name, fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?))
}

fn process_ticks(pid: &str) -> Option<u64> {
    process_stat(pid).map(|(_, ticks)| ticks)
}

fn all_processes() -> HashMap<u32, (String, u64)> {
    let Ok(dir) = std::fs::read_dir("/proc") else { return HashMap::new() };
    dir.filter_map(|d| d.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| Some((pid, process_stat(&pid.to_string())?)))
        .collect()
}

fn machine_busy_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().next()?;
    let values: Vec<u64> = line.split_whitespace().skip(1).filter_map(|v| v.parse().ok()).collect();
    // user nice system idle iowait irq softirq steal (guest is already in user).
    let total: u64 = values.iter().take(8).sum();
    Some(total - values.get(3)? - values.get(4)?)
}

impl CpuSample {
    fn take(server_pid: Option<u32>) -> Self {
        CpuSample {
            at: Instant::now(),
            server: server_pid.and_then(|p| process_ticks(&p.to_string())),
            me: process_ticks("self"),
            machine_busy: machine_busy_ticks(),
            all: all_processes(),
        }
    }

    /// "server / generator / rest" in cores over the time since `self`, and
    /// who the rest were (processes by name, the kernel's own work last).
    fn split_since(&self, end: &CpuSample, server_pid: Option<u32>) -> (String, String) {
        let secs = end.at.duration_since(self.at).as_secs_f64().max(0.001);
        let cores = |a: Option<u64>, b: Option<u64>| a.zip(b).map(|(a, b)| b.saturating_sub(a) as f64 / 100.0 / secs);
        let server = cores(self.server, end.server);
        let me = cores(self.me, end.me);
        let machine = cores(self.machine_busy, end.machine_busy);
        let show = |v: Option<f64>| v.map_or("?".to_owned(), |v| format!("{v:.2}"));
        let rest = machine.map(|m| (m - server.unwrap_or(0.0) - me.unwrap_or(0.0)).max(0.0));
        let my_pid = std::process::id();
        let mut by_name: BTreeMap<String, u64> = BTreeMap::new();
        for (pid, (name, ticks)) in &end.all {
            if Some(*pid) == server_pid || *pid == my_pid {
                continue;
            }
            let before = self.all.get(pid).filter(|(n, _)| n == name).map_or(0, |(_, t)| *t);
            *by_name.entry(name.clone()).or_default() += ticks.saturating_sub(before);
        }
        let mut named: Vec<(String, f64)> =
            by_name.into_iter().map(|(n, t)| (n, t as f64 / 100.0 / secs)).filter(|(_, c)| *c >= 0.01).collect();
        named.sort_by(|a, b| b.1.total_cmp(&a.1));
        let mut who: Vec<String> = named.iter().take(4).map(|(n, c)| format!("{n} {c:.2}")).collect();
        if let Some(rest) = rest {
            let kernel = rest - named.iter().map(|(_, c)| c).sum::<f64>();
            if kernel >= 0.01 {
                who.push(format!("other/kernel {kernel:.2}"));
            }
        }
        let who = if who.is_empty() { "nothing".to_owned() } else { who.join(", ") };
        (format!("{} / {} / {}", show(server), show(me), show(rest)), who)
    }
}

/// Answers by status (or transport error), per request kind.
#[derive(Default)]
struct Statuses(BTreeMap<String, u64>);

impl Statuses {
    fn add(&mut self, kind: &str, status: &str) {
        *self.0.entry(format!("{kind} {status}")).or_default() += 1;
    }
    fn merge(&mut self, other: Statuses) {
        for (k, v) in other.0 {
            *self.0.entry(k).or_default() += v;
        }
    }
    fn failures(&self) -> String {
        let bad: Vec<String> = self
            .0
            .iter()
            .filter(|(k, _)| !k.ends_with(" 200") && !k.ends_with(" 201"))
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        if bad.is_empty() { "none".to_owned() } else { bad.join(", ") }
    }
    fn non_2xx(&self) -> u64 {
        self.0.iter().filter(|(k, _)| !k.ends_with(" 200") && !k.ends_with(" 201")).map(|(_, v)| v).sum()
    }
}

/// Sends a request, reads the whole answer; (status or error text, body, time).
async fn timed(request: reqwest::RequestBuilder) -> (Result<u16, String>, Bytes, Duration) {
    let started = Instant::now();
    let outcome = match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            match response.bytes().await {
                Ok(body) => (Ok(status), body),
                Err(e) => (Err(short_error(&e)), Bytes::new()),
            }
        }
        Err(e) => (Err(short_error(&e)), Bytes::new()),
    };
    (outcome.0, outcome.1, started.elapsed())
}

fn short_error(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timeout".to_owned()
    } else if e.is_connect() {
        "connect error".to_owned()
    } else {
        "transport error".to_owned()
    }
}

fn status_text(s: &Result<u16, String>) -> String {
    match s {
        Ok(code) => code.to_string(),
        Err(e) => e.clone(),
    }
}

fn json_of(body: &Bytes) -> Value {
    serde_json::from_slice(body).unwrap_or(Value::Null)
}

fn fmt_ms(v: f64) -> String {
    if v.is_nan() { "–".to_owned() } else { format!("{v:.1} ms") }
}

fn thousands(v: f64) -> String {
    let n = v.round() as i64;
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

// ---------------------------------------------------------------------------
// rush

struct RushOutcome {
    citizen: usize,
    entry_id: String,
    /// The first submit's receipt, when it answered 2xx.
    receipt: Option<String>,
    /// The retry's status and receipt.
    retry_ok: bool,
    retry_receipt: Option<String>,
    /// When the first submit answered, since the start.
    at: Duration,
}

#[derive(Default)]
struct RushTask {
    create: Latencies,
    submit: Latencies,
    retry: Latencies,
    statuses: Statuses,
    outcomes: Vec<RushOutcome>,
    ran_out: bool,
}

async fn rush(bench: &Bench) -> anyhow::Result<Report> {
    let seconds = bench.args.seconds;
    let n = bench.args.citizens.unwrap_or_else(|| (seconds as usize * 2_500).max(4_000));
    log(format!("rush: seeding a naming contest and {n} citizens"));
    let (contest, _organizer) = bench.contest("rush-naming", ContestKind::Naming).await?;
    let ids = bench.citizens("rush", n).await?;
    bench.settle().await?;
    let tokens = Arc::new(bench.tokens(&ids)?);
    let next = Arc::new(AtomicUsize::new(0));
    let create_url = Arc::new(bench.url(&format!("/contests/{contest}/entries")));
    let submit_base = Arc::new(bench.url("/entries"));
    log(format!("rush: {} tasks for {seconds} s", bench.args.concurrency));
    let maintenance = bench.maintenance(deadline_in(seconds));
    let before = CpuSample::take(bench.args.server_pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut handles = Vec::new();
    for _ in 0..bench.args.concurrency {
        let (client, tokens, next) = (bench.client.clone(), tokens.clone(), next.clone());
        let (create_url, submit_base) = (create_url.clone(), submit_base.clone());
        handles.push(tokio::spawn(async move {
            let mut t = RushTask::default();
            loop {
                if Instant::now() >= deadline {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(token) = tokens.get(i) else {
                    t.ran_out = true;
                    break;
                };
                let body =
                    json!({ "answers": { "name": format!("물빛도시 {i}"), "meaning": "강과 바다가 만나는 도시" } });
                let request =
                    client.post(create_url.as_str()).bearer_auth(token).header("Idempotency-Key", new_id()).json(&body);
                let (status, answer, took) = timed(request).await;
                t.create.add(took);
                t.statuses.add("create", &status_text(&status));
                if status != Ok(201) {
                    continue;
                }
                let Some(entry_id) = json_of(&answer)["id"].as_str().map(str::to_owned) else {
                    t.statuses.add("create", "201 without id");
                    continue;
                };
                let submit_url = format!("{submit_base}/{entry_id}/submit");
                let key = new_id();
                let submit = || client.post(&submit_url).bearer_auth(token).header("Idempotency-Key", &key);
                let (status, answer, took) = timed(submit()).await;
                let answered = started.elapsed();
                t.submit.add(took);
                t.statuses.add("submit", &status_text(&status));
                let receipt = match status {
                    Ok(200..=299) => json_of(&answer)["receipt_number"].as_str().map(str::to_owned),
                    _ => None,
                };
                let (status, answer, took) = timed(submit()).await;
                t.retry.add(took);
                t.statuses.add("retry", &status_text(&status));
                let retry_ok = matches!(status, Ok(200..=299));
                let retry_receipt = json_of(&answer)["receipt_number"].as_str().map(str::to_owned);
                t.outcomes.push(RushOutcome { citizen: i, entry_id, receipt, retry_ok, retry_receipt, at: answered });
            }
            t
        }));
    }
    let mut all = RushTask::default();
    for handle in handles {
        let t = handle.await?;
        all.create.merge(t.create);
        all.submit.merge(t.submit);
        all.retry.merge(t.retry);
        all.statuses.merge(t.statuses);
        all.outcomes.extend(t.outcomes);
        all.ran_out |= t.ran_out;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (cpu, others) = before.split_since(&CpuSample::take(bench.args.server_pid), bench.args.server_pid);
    let maintenance = maintenance.await??;
    let submitted = all.outcomes.iter().filter(|o| o.receipt.is_some()).count();
    let requests = all.create.len() + all.submit.len() + all.retry.len();
    log(format!("rush: {submitted} submissions in {elapsed:.1} s; checking the database"));

    // What the database holds.
    let contest_id = contest.clone();
    let rows: Vec<(String, String, String, Option<String>)> = bench
        .write(move |conn| {
            use schema::entries::dsl as e;
            Ok(e::entries
                .filter(e::contest_id.eq(&contest_id))
                .select((e::id, e::user_id, e::status, e::receipt_number))
                .load(conn)?)
        })
        .await?;
    let by_id: HashMap<&str, (&str, &str, Option<&str>)> = rows
        .iter()
        .map(|(id, user, status, receipt)| (id.as_str(), (user.as_str(), status.as_str(), receipt.as_deref())))
        .collect();
    let mut lost_creates = 0;
    let mut lost_submissions = 0;
    let mut retry_mismatch = 0;
    for o in &all.outcomes {
        match by_id.get(o.entry_id.as_str()) {
            None => {
                lost_creates += 1;
                if o.receipt.is_some() {
                    lost_submissions += 1;
                }
            }
            Some((user, status, stored)) => {
                if *user != ids[o.citizen] {
                    lost_creates += 1;
                }
                if let Some(receipt) = &o.receipt
                    && (*status != entries::SUBMITTED || *stored != Some(receipt.as_str()))
                {
                    lost_submissions += 1;
                }
            }
        }
        if o.receipt.is_some() && (!o.retry_ok || o.retry_receipt != o.receipt) {
            retry_mismatch += 1;
        }
    }
    let mut per_user: HashMap<&str, usize> = HashMap::new();
    let mut entries_per_user: HashMap<&str, usize> = HashMap::new();
    let mut receipts: HashMap<&str, usize> = HashMap::new();
    for (_, user, status, receipt) in &rows {
        *entries_per_user.entry(user.as_str()).or_default() += 1;
        if status == entries::SUBMITTED {
            *per_user.entry(user.as_str()).or_default() += 1;
        }
        if let Some(r) = receipt {
            *receipts.entry(r.as_str()).or_default() += 1;
        }
    }
    let two_submitted = per_user.values().filter(|&&c| c > 1).count();
    let shared_receipts = receipts.values().filter(|&&c| c > 1).count();
    let two_entries = entries_per_user.values().filter(|&&c| c > 1).count();
    let duplicates = two_submitted + shared_receipts;
    let stored_submitted = rows.iter().filter(|r| r.2 == entries::SUBMITTED).count();
    let lost = lost_creates + lost_submissions;
    let correct = lost == 0 && duplicates == 0 && retry_mismatch == 0;

    let rate = submitted as f64 / elapsed;
    let target = match bench.backend {
        Backend::Sqlite => RUSH_TARGET_SQLITE,
        Backend::Postgres => RUSH_TARGET_POSTGRES,
    };
    let mut overall = Latencies::default();
    overall.0.extend(&all.create.0);
    overall.0.extend(&all.submit.0);
    overall.0.extend(&all.retry.0);
    let p99 = overall.percentile_ms(99.0);
    let mut md = bench.heading("Deadline rush: naming entries");
    let _ = writeln!(
        md,
        "{} tasks, {} s, {} citizens seeded ({} used{}); create → submit → the same submit again.\n",
        bench.args.concurrency,
        seconds,
        thousands(n as f64),
        thousands(next.load(Ordering::Relaxed).min(n) as f64),
        if all.ran_out { ", **ran out before the deadline**" } else { "" },
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| submissions/s | {} | ≥ {} | {} |",
        thousands(rate),
        thousands(target),
        bench.target_ok(rate >= target)
    );
    let _ = writeln!(
        md,
        "| p50 / p99, all requests | {} / {} | p99 < {RUSH_P99_TARGET_MS:.0} ms | {} |",
        fmt_ms(overall.percentile_ms(50.0)),
        fmt_ms(p99),
        bench.target_ok(p99 < RUSH_P99_TARGET_MS)
    );
    for (name, lat) in [("create", &mut all.create), ("submit", &mut all.submit), ("retry", &mut all.retry)] {
        let _ = writeln!(
            md,
            "| p50 / p99, {name} | {} / {} | | |",
            fmt_ms(lat.percentile_ms(50.0)),
            fmt_ms(lat.percentile_ms(99.0))
        );
    }
    let _ = writeln!(md, "| requests/s (all three) | {} | | |", thousands(requests as f64 / elapsed));
    if seconds >= 20 {
        // Whether the rate holds as the contest fills up.
        let window = 10.0;
        let within = |from: f64, to: f64| {
            all.outcomes.iter().filter(|o| o.receipt.is_some() && (from..to).contains(&o.at.as_secs_f64())).count()
                as f64
                / window
        };
        let last_from = seconds as f64 - window;
        let _ = writeln!(
            md,
            "| submissions/s in the first / last 10 s | {} / {} | | |",
            thousands(within(0.0, window)),
            thousands(within(last_from, seconds as f64))
        );
    }
    let _ = writeln!(
        md,
        "| submitted (2xx) / in the database | {} / {} | | |",
        thousands(submitted as f64),
        thousands(stored_submitted as f64)
    );
    let _ = writeln!(md, "| lost (a 2xx not in the database) | {lost} | 0 | {} |", bench.target_ok(lost == 0));
    let _ = writeln!(
        md,
        "| duplicates (two submitted per citizen / a receipt twice) | {two_submitted} / {shared_receipts} | 0 | {} |",
        bench.target_ok(duplicates == 0)
    );
    let _ = writeln!(
        md,
        "| retries answered another receipt or non-2xx | {retry_mismatch} | 0 | {} |",
        bench.target_ok(retry_mismatch == 0)
    );
    let _ = writeln!(md, "| citizens with two entries (drafts included) | {two_entries} | | |");
    let _ = writeln!(md, "| non-2xx / errors | {} | | |", all.statuses.failures());
    let _ = writeln!(md, "| CPU cores: server / generator / rest | {cpu} | | |");
    let _ = writeln!(md, "| the rest, by process | {others} | | |");
    md.push_str(&maintenance);
    log(format!(
        "rush: {rate:.0} submissions/s, p99 {p99:.1} ms, lost {lost}, duplicates {duplicates}, retry mismatches {retry_mismatch}"
    ));
    Ok(Report { markdown: md, ok: correct })
}

// ---------------------------------------------------------------------------
// photos

/// A deterministic textured picture (as `src/files/test_fixtures.rs` draws it).
fn photo(width: u32, height: u32, seed: u32) -> DynamicImage {
    use std::f32::consts::TAU;
    let fraction = |x: f32| x - x.floor();
    let s = seed as f32;
    let (cx, cy) = (0.25 + 0.5 * fraction(s * 0.37), 0.25 + 0.5 * fraction(s * 0.61));
    let frequency = 1.0 + (seed % 4) as f32;
    let bar_y = 0.15 + 0.7 * fraction(s * 0.29 + 0.5);
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
        let u = x as f32 / width as f32;
        let v = y as f32 / height as f32;
        let wave = ((u + v) * frequency * TAU / 2.0 + s).sin();
        let disc = if (u - cx).hypot(v - cy) < 0.18 { 1.0 } else { 0.0 };
        let bar = if (v - bar_y).abs() < 0.07 && (0.1..0.65).contains(&u) { 1.0 } else { 0.0 };
        let mut h = x.wrapping_mul(0x9E37_79B1) ^ y.wrapping_mul(0x85EB_CA77) ^ seed.wrapping_mul(0xC2B2_AE3D);
        h ^= h >> 15;
        h = h.wrapping_mul(0x2C1B_3C6D);
        let noise = ((h ^ (h >> 12)) % 17) as f32 - 8.0;
        let channel = |value: f32| (value + noise).clamp(0.0, 255.0) as u8;
        image::Rgb([
            channel(90.0 + 60.0 * wave + 110.0 * disc - 70.0 * bar),
            channel(40.0 + 160.0 * v + 40.0 * disc - 90.0 * bar),
            channel(200.0 - 140.0 * u + 40.0 * wave * (1.0 - disc) - 60.0 * bar),
        ])
    }))
}

/// A little-endian TIFF with IFD0 → a GPS IFD (Sejong City), as EXIF carries it.
fn exif_tiff_with_gps() -> Vec<u8> {
    fn entry(tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: &[u8; 4]) {
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&count.to_le_bytes());
        tiff.extend_from_slice(value);
    }
    let gps_ifd: u32 = 8 + 2 + 12 + 4;
    let latitude_at = gps_ifd + 2 + 12 * 4 + 4;
    let longitude_at = latitude_at + 24;
    let mut tiff = b"II\x2A\x00".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&1u16.to_le_bytes());
    entry(&mut tiff, 0x8825, 4, 1, &gps_ifd.to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(&4u16.to_le_bytes());
    entry(&mut tiff, 0x0001, 2, 2, b"N\0\0\0");
    entry(&mut tiff, 0x0002, 5, 3, &latitude_at.to_le_bytes());
    entry(&mut tiff, 0x0003, 2, 2, b"E\0\0\0");
    entry(&mut tiff, 0x0004, 5, 3, &longitude_at.to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for (numerator, denominator) in [(36u32, 1u32), (28, 1), (4800, 100), (127, 1), (17, 1), (0, 1)] {
        tiff.extend_from_slice(&numerator.to_le_bytes());
        tiff.extend_from_slice(&denominator.to_le_bytes());
    }
    tiff
}

/// A 1600×1200 JPEG of about 1 MB (the quality is chosen to land near it)
/// with an APP1 EXIF segment carrying GPS right after SOI.
fn big_photo_with_gps() -> anyhow::Result<Vec<u8>> {
    let image = photo(1600, 1200, 7).to_rgb8();
    let mut best: Option<Vec<u8>> = None;
    for quality in [85u8, 88, 90, 92, 94, 95, 96, 97, 98] {
        let mut out = Vec::new();
        image.write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))?;
        let closer = best.as_ref().is_none_or(|b| out.len().abs_diff(1_000_000) < b.len().abs_diff(1_000_000));
        if closer {
            best = Some(out);
        }
    }
    let jpeg = best.context("no JPEG was encoded")?;
    let tiff = exif_tiff_with_gps();
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&u16::try_from(2 + 6 + tiff.len())?.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&jpeg[2..]);
    Ok(out)
}

/// (any EXIF, a GPS latitude) as the `exif` crate reads the file.
fn exif_in(file: &[u8]) -> (bool, bool) {
    match exif::Reader::new().read_from_container(&mut Cursor::new(file)) {
        Ok(found) => (true, found.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY).is_some()),
        Err(_) => (false, false),
    }
}

#[derive(Default)]
struct PhotoTask {
    upload: Latencies,
    statuses: Statuses,
    /// (entry, file id) of each 201.
    uploaded: Vec<(usize, String)>,
    ran_out: bool,
}

async fn photos(bench: &Bench) -> anyhow::Result<Report> {
    let seconds = bench.args.seconds;
    let concurrency = bench.args.photo_concurrency.unwrap_or(bench.args.concurrency.min(16)).max(1);
    let n = bench.args.drafts.unwrap_or_else(|| (seconds as usize * 40).max(200));
    let jpeg = tokio::task::spawn_blocking(big_photo_with_gps).await??;
    let (has_exif, has_gps) = exif_in(&jpeg);
    if !has_exif || !has_gps {
        bail!("the generated photo should carry EXIF with GPS (exif {has_exif}, gps {has_gps})");
    }
    log(format!(
        "photos: the upload is a {:.2} MB JPEG with EXIF GPS; seeding a photo contest and {n} drafts",
        jpeg.len() as f64 / 1e6
    ));
    let (contest, _organizer) = bench.contest("rush-photo", ContestKind::Photo).await?;
    let ids = bench.citizens("photo", n).await?;
    let drafts = {
        let (ids, contest) = (ids.clone(), contest.clone());
        let now = now_naive();
        bench
            .write(move |conn| {
                let answers = json!({ "title": "스마트한 하루", "place": "세종특별자치시", "taken_on": "2018-08-15", "exhibition_licence": true }).to_string();
                let mut drafts = Vec::with_capacity(ids.len());
                for user in &ids {
                    let id = new_id();
                    entries::insert_draft(conn, &entries::NewDraft::person(&id, &contest, user, &answers), now)?;
                    drafts.push(id);
                }
                Ok(drafts)
            })
            .await?
    };
    bench.settle().await?;
    let tokens = bench.tokens(&ids)?;
    let boundary = format!("----modu-bench-{}", new_id());
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_2018.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&jpeg);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let body = Bytes::from(body);
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let work: Arc<Vec<(String, String)>> = Arc::new(
        drafts
            .iter()
            .zip(&tokens)
            .map(|(d, t)| (bench.url(&format!("/entries/{d}/files?slot=photos")), t.clone()))
            .collect(),
    );
    let next = Arc::new(AtomicUsize::new(0));
    log(format!("photos: {concurrency} tasks for {seconds} s"));
    let maintenance = bench.maintenance(deadline_in(seconds));
    let before = CpuSample::take(bench.args.server_pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut handles = Vec::new();
    for _ in 0..concurrency {
        let (client, work, next, body, content_type) =
            (bench.client.clone(), work.clone(), next.clone(), body.clone(), content_type.clone());
        handles.push(tokio::spawn(async move {
            let mut t = PhotoTask::default();
            'drafts: loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((url, token)) = work.get(i) else {
                    t.ran_out = true;
                    break;
                };
                for _ in 0..PHOTOS_PER_DRAFT {
                    if Instant::now() >= deadline {
                        break 'drafts;
                    }
                    let request =
                        client.post(url).bearer_auth(token).header("Content-Type", &content_type).body(body.clone());
                    let (status, answer, took) = timed(request).await;
                    t.upload.add(took);
                    t.statuses.add("upload", &status_text(&status));
                    if status == Ok(201)
                        && let Some(id) = json_of(&answer)["id"].as_str()
                    {
                        t.uploaded.push((i, id.to_owned()));
                    }
                }
            }
            t
        }));
    }
    let mut all = PhotoTask::default();
    for handle in handles {
        let t = handle.await?;
        all.upload.merge(t.upload);
        all.statuses.merge(t.statuses);
        all.uploaded.extend(t.uploaded);
        all.ran_out |= t.ran_out;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (cpu, others) = before.split_since(&CpuSample::take(bench.args.server_pid), bench.args.server_pid);
    let maintenance = maintenance.await??;
    let uploaded = all.uploaded.len();
    log(format!("photos: {uploaded} uploads in {elapsed:.1} s; checking stored files"));

    // Every 201 is a row; a sample of stored files carries no EXIF.
    let contest_id = contest.clone();
    let stored: HashSet<String> = bench
        .write(move |conn| {
            use schema::entry_files::dsl as f;
            Ok(f::entry_files.filter(f::contest_id.eq(&contest_id)).select(f::id).load::<String>(conn)?)
        })
        .await?
        .into_iter()
        .collect();
    let lost = all.uploaded.iter().filter(|(_, id)| !stored.contains(id)).count();
    let sample_size = uploaded.min(50);
    let mut with_exif = 0;
    let mut with_gps = 0;
    let mut checked = 0;
    let mut bad_downloads = 0;
    let mut stored_bytes = 0usize;
    for k in 0..sample_size {
        let (draft, file_id) = &all.uploaded[k * uploaded / sample_size];
        let response =
            bench.client.get(bench.url(&format!("/files/{file_id}"))).bearer_auth(&tokens[*draft]).send().await?;
        if !response.status().is_success() {
            bad_downloads += 1;
            continue;
        }
        let bytes = response.bytes().await?;
        let (exif, gps) = exif_in(&bytes);
        let raw_marker = bytes.windows(6).any(|w| w == b"Exif\0\0");
        with_exif += usize::from(exif || raw_marker);
        with_gps += usize::from(gps);
        stored_bytes += bytes.len();
        checked += 1;
    }
    let correct = lost == 0 && with_exif == 0 && bad_downloads == 0 && checked > 0;
    let rate = uploaded as f64 / elapsed;
    let mut md = bench.heading("Photo uploads");
    let _ = writeln!(
        md,
        "{concurrency} tasks, {seconds} s, a {:.2} MB 1600×1200 JPEG with EXIF GPS, up to {PHOTOS_PER_DRAFT} per draft ({} drafts seeded, {} used{}).\n",
        jpeg.len() as f64 / 1e6,
        thousands(n as f64),
        thousands(next.load(Ordering::Relaxed).min(n) as f64),
        if all.ran_out { ", **ran out before the deadline**" } else { "" },
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ =
        writeln!(md, "| uploads/s | {rate:.1} | ≥ {PHOTOS_TARGET:.0} | {} |", bench.target_ok(rate >= PHOTOS_TARGET));
    let _ = writeln!(
        md,
        "| p50 / p99 | {} / {} | | |",
        fmt_ms(all.upload.percentile_ms(50.0)),
        fmt_ms(all.upload.percentile_ms(99.0))
    );
    let _ = writeln!(md, "| uploaded (201) / rows in the database | {uploaded} / {} | | |", stored.len());
    let _ = writeln!(md, "| lost (a 201 without its row) | {lost} | 0 | {} |", bench.target_ok(lost == 0));
    let _ = writeln!(
        md,
        "| stored files downloaded and checked / with EXIF / with GPS | {checked} / {with_exif} / {with_gps} | EXIF 0 | {} |",
        bench.target_ok(with_exif == 0 && checked > 0 && bad_downloads == 0)
    );
    if checked > 0 {
        let _ = writeln!(md, "| mean stored size | {:.2} MB | | |", stored_bytes as f64 / checked as f64 / 1e6);
    }
    let _ = writeln!(md, "| non-2xx / errors | {} | | |", all.statuses.failures());
    let _ = writeln!(md, "| CPU cores: server / generator / rest | {cpu} | | |");
    let _ = writeln!(md, "| the rest, by process | {others} | | |");
    md.push_str(&maintenance);
    log(format!("photos: {rate:.1} uploads/s; EXIF in {with_exif} of {checked} stored files checked"));
    Ok(Report { markdown: md, ok: correct })
}

// ---------------------------------------------------------------------------
// list

/// How many items a page holds, read without building the JSON tree (the
/// generator shares the server's two cores).
fn items_in(body: &Bytes) -> Option<usize> {
    #[derive(serde::Deserialize)]
    struct Items {
        items: Vec<serde::de::IgnoredAny>,
    }
    serde_json::from_slice::<Items>(body).ok().map(|page| page.items.len())
}

#[derive(Default)]
struct ListTask {
    get: Latencies,
    statuses: Statuses,
    short_pages: u64,
}

async fn list(bench: &Bench) -> anyhow::Result<Report> {
    let seconds = bench.args.seconds;
    let n = bench.args.list_entries;
    log(format!("list: seeding a naming contest with {n} submitted entries"));
    let (contest, organizer) = bench.contest("rush-list", ContestKind::Naming).await?;
    let ids = bench.citizens("list", n).await?;
    let started_seed = Instant::now();
    let mut entry_ids = Vec::with_capacity(n);
    for chunk in ids.chunks(SEED_CHUNK) {
        let (chunk, contest) = (chunk.to_vec(), contest.clone());
        let offset = entry_ids.len();
        let made = bench
            .write(move |conn| {
                let found = contests::find(conn, &contest)?.ok_or_else(ApiError::not_found)?;
                let mut made = Vec::with_capacity(chunk.len());
                for (k, user) in chunk.iter().enumerate() {
                    let i = offset + k;
                    let id = new_id();
                    let name = format!("물빛도시 {i}");
                    let answers = json!({ "name": name, "meaning": "강과 바다가 만나는 도시" }).to_string();
                    let now = now_naive();
                    let key = modu::domain::naming::normalize(&name);
                    let draft = entries::NewDraft {
                        name_key: Some(&key),
                        ..entries::NewDraft::person(&id, &contest, user, &answers)
                    };
                    entries::insert_draft(conn, &draft, now)?;
                    let seq = contests::next_receipt_seq(conn, &contest)?;
                    let receipt = format!("{}-{:05}", found.slug.to_uppercase(), seq);
                    entries::mark_submitted(conn, &id, Slot::Person(1), &receipt, now)?;
                    made.push(id);
                }
                Ok(made)
            })
            .await?;
        entry_ids.extend(made);
    }
    log(format!("list: seeded {n} submitted entries in {:.1} s", started_seed.elapsed().as_secs_f64()));
    bench.settle().await?;
    // The first page, and pages deeper in (ids are in creation order, as the list is).
    let pages: Vec<usize> = [0usize, 1, 2, 3, 10, 25, 50, 99].into_iter().filter(|p| p * LIST_PAGE < n).collect();
    let urls: Arc<Vec<(String, usize)>> = Arc::new(
        pages
            .iter()
            .map(|&p| {
                let base = bench.url(&format!("/contests/{contest}/entries?limit={LIST_PAGE}"));
                let expected = (n - p * LIST_PAGE).min(LIST_PAGE);
                if p == 0 {
                    (base, expected)
                } else {
                    (format!("{base}&cursor={}", encode_cursor(&entry_ids[p * LIST_PAGE - 1])), expected)
                }
            })
            .collect(),
    );
    let token = Arc::new(bench.token(&organizer)?);
    log(format!("list: {} tasks for {seconds} s over pages {pages:?}", bench.args.concurrency));
    let maintenance = bench.maintenance(deadline_in(seconds));
    let before = CpuSample::take(bench.args.server_pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut handles = Vec::new();
    for task in 0..bench.args.concurrency {
        let (client, urls, token) = (bench.client.clone(), urls.clone(), token.clone());
        handles.push(tokio::spawn(async move {
            let mut t = ListTask::default();
            let mut k = task;
            while Instant::now() < deadline {
                let (url, expected) = &urls[k % urls.len()];
                k += 1;
                let (status, answer, took) = timed(client.get(url).bearer_auth(token.as_str())).await;
                t.get.add(took);
                t.statuses.add("list", &status_text(&status));
                if status == Ok(200) && items_in(&answer) != Some(*expected) {
                    t.short_pages += 1;
                }
            }
            t
        }));
    }
    let mut all = ListTask::default();
    for handle in handles {
        let t = handle.await?;
        all.get.merge(t.get);
        all.statuses.merge(t.statuses);
        all.short_pages += t.short_pages;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (cpu, others) = before.split_since(&CpuSample::take(bench.args.server_pid), bench.args.server_pid);
    let maintenance = maintenance.await??;
    let rate = all.get.len() as f64 / elapsed;
    let mut md = bench.heading("Organizer's entry list");
    let _ = writeln!(
        md,
        "{} tasks, {seconds} s, {} submitted entries, `GET /api/v1/contests/{{id}}/entries?limit={LIST_PAGE}` at pages {pages:?}.\n",
        bench.args.concurrency,
        thousands(n as f64)
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| req/s | {} | ≥ {} | {} |",
        thousands(rate),
        thousands(LIST_TARGET),
        bench.target_ok(rate >= LIST_TARGET)
    );
    let _ = writeln!(
        md,
        "| p50 / p99 | {} / {} | | |",
        fmt_ms(all.get.percentile_ms(50.0)),
        fmt_ms(all.get.percentile_ms(99.0))
    );
    let _ = writeln!(
        md,
        "| pages with the wrong number of items | {} | 0 | {} |",
        all.short_pages,
        bench.target_ok(all.short_pages == 0)
    );
    let _ = writeln!(md, "| non-2xx / errors | {} | | |", all.statuses.failures());
    let _ = writeln!(md, "| CPU cores: server / generator / rest | {cpu} | | |");
    let _ = writeln!(md, "| the rest, by process | {others} | | |");
    md.push_str(&maintenance);
    log(format!("list: {rate:.0} req/s, p99 {:.1} ms", all.get.percentile_ms(99.0)));
    Ok(Report { markdown: md, ok: all.short_pages == 0 && all.statuses.non_2xx() == 0 })
}

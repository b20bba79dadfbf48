//! The public vote and announcement load generator (see docs/benchmarks.md,
//! "Public vote and announcement").
//!
//! Like `judging`, it runs against a release server that
//! `scripts/bench-announcement.sh` started on a fresh database, writes to
//! that database itself only to seed (through the library's data layer) and
//! to check afterwards, mints access tokens with the server's own key
//! (`<data_dir>/jwt.key`), measures over HTTP and prints Markdown. It also
//! runs the SMTP server the server delivers to (`--smtp-port` or
//! `MODU_SMTP_PORT`, the same port the script gave the server).
//!
//! Scenarios (one per run; `all` runs them one after the other):
//! - `votes`: 200 submitted entries, 10,000 verified citizens, a ballot open
//!   now (`PUT /contests/{id}/ballot`, up to 3 votes); `--concurrency`
//!   workers take the voters in turn and `PUT /contests/{id}/my-votes`, every
//!   `--revote-every`th voter a second time with a changed choice.
//!   Afterwards every voter's standing votes must be what they last sent.
//! - `results`: 5,000 submitted entries, award tiers and awards, an
//!   announcement in the past, published through `modu::publication::publish`;
//!   then `GET /contests/{id}/results` (public) from `--concurrency`
//!   connections for `--seconds`. On PostgreSQL the statements per request
//!   are counted from `pg_stat_database.xact_commit` (every read there is
//!   one autocommit statement).
//! - `announce`: 10,000 entrants, tiers and a few awards, an announcement
//!   3 s ahead; times from the announcement time until the results answer
//!   200 (polled every 50 ms), until the 10,000 mails are queued (the outbox
//!   rows) and until this process's SMTP server received them; exactly one
//!   mail per entrant.
//!
//! Exit status: 2 when a correctness check failed, 1 when the run could not
//! be made, 0 otherwise (a missed target is reported, not an error).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::{NaiveDateTime, TimeDelta, Utc};
use clap::Parser;
use diesel::prelude::*;
use mailin_embedded::response::{OK, Response};
use mailin_embedded::{Handler, Server, SslConfig};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};

use modu::auth::jwt::JwtKeys;
use modu::config::{ConfigLayer, Settings};
use modu::db::contests::{self, ContestFields};
use modu::db::entries::{self, Slot};
use modu::db::{Backend, Db, DbConnection, announcements, awards, in_transaction, organizations, schema, users};
use modu::domain::contest::ContestKind;
use modu::domain::ids::new_id;
use modu::domain::{Password, password};
use modu::error::ApiError;

const VOTES_TARGET_SQLITE: f64 = 3_000.0;
const VOTES_TARGET_POSTGRES: f64 = 1_500.0;
const P99_TARGET_MS: f64 = 50.0;
const RESULTS_TARGET: f64 = 5_000.0;
const STATEMENTS_TARGET: f64 = 3.0;
const QUEUED_TARGET_S: f64 = 5.0;
const DELIVERED_TARGET_S: f64 = 120.0;
const SEED_CHUNK: usize = 5_000;
/// (key, label, winners) of the award tiers.
const TIERS: [(&str, &str, usize); 4] =
    [("grand", "대상", 1), ("gold", "최우수상", 3), ("silver", "우수상", 10), ("merit", "장려상", 50)];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Scenario {
    Votes,
    Results,
    Announce,
    All,
}

#[derive(Debug, Parser)]
#[command(
    name = "announcement",
    about = "The vote/announcement load generator; run it with scripts/bench-announcement.sh"
)]
struct Args {
    /// The running server, e.g. http://127.0.0.1:18080.
    #[arg(long)]
    url: Option<String>,
    #[arg(long, value_enum, default_value_t = Scenario::All)]
    scenario: Scenario,
    /// results: load duration in seconds.
    #[arg(long, default_value_t = 15)]
    seconds: u64,
    /// Concurrent workers (one task and connection each).
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// votes: distinct voters.
    #[arg(long, default_value_t = 10_000)]
    voters: usize,
    /// votes: entries on the ballot.
    #[arg(long, default_value_t = 200)]
    ballot_entries: usize,
    /// votes: votes per voter allowed by the ballot.
    #[arg(long, default_value_t = 3)]
    max_votes: i32,
    /// votes: every N-th voter changes their vote once (0: never).
    #[arg(long, default_value_t = 5)]
    revote_every: usize,
    /// votes, PostgreSQL: `VACUUM ANALYZE` every this many seconds while voting, standing in for
    /// autovacuum (off on the measuring machine; the other generators do the same); 0: never.
    #[arg(long, default_value_t = 5)]
    pg_vacuum_every: u64,
    /// results: submitted entries of the published contest.
    #[arg(long, default_value_t = 5_000)]
    results_entries: usize,
    /// announce: entrants (one entry each, one mail each).
    #[arg(long, default_value_t = 10_000)]
    entrants: usize,
    /// announce: seconds from seeding's end to the announcement time.
    #[arg(long, default_value_t = 3)]
    announce_in: i64,
    /// Threads of the generator's runtime.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// The server's process id: its CPU time is reported.
    #[arg(long)]
    server_pid: Option<u32>,
    #[arg(long, default_value = "")]
    label: String,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
    #[command(flatten)]
    layer: ConfigLayer,
}

fn main() {
    let args = Args::parse();
    let Some(url) = args.url.clone() else {
        println!("announcement: a load benchmark against a running server; run it with scripts/bench-announcement.sh");
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
            eprintln!("announcement: {e:#}");
            std::process::exit(1);
        }
    }
}

fn log(message: impl AsRef<str>) {
    eprintln!("[announcement {}] {}", Utc::now().format("%H:%M:%S"), message.as_ref());
}

fn api(e: ApiError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

struct Bench {
    args: Args,
    base: String,
    settings: Settings,
    db: Db,
    jwt: JwtKeys,
    client: reqwest::Client,
    hash: String,
    backend: Backend,
    sink: Option<Sink>,
}

struct Report {
    markdown: String,
    ok: bool,
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
    let jwt = JwtKeys::new(&settings.load_or_create_jwt_keys()?, settings.public_origin())?;
    let db = modu::startup::open_database(&settings).await?;
    let backend = db.backend();
    // The SMTP server runs here, on the port the server sends to (`--smtp-port` / MODU_SMTP_PORT).
    let sink = args.layer.smtp_port.map(Sink::start).transpose()?;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.concurrency.max(16) * 2)
        .timeout(Duration::from_secs(120))
        .build()?;
    let health = client.get(format!("{base}/health")).send().await.context("GET /health")?;
    if !health.status().is_success() {
        bail!("GET /health answered {}", health.status());
    }
    let hash = tokio::task::spawn_blocking(|| -> anyhow::Result<String> {
        let pw = Password::parse("announcement-bench-2026", None).map_err(|p| anyhow::anyhow!("{}", p.message()))?;
        password::hash(&pw)
    })
    .await??;
    let bench = Bench { args, base, settings, db, jwt, client, hash, backend, sink };
    log(format!("server {} on {}", bench.base, bench.settings.database.redacted()));
    let scenarios = match bench.args.scenario {
        Scenario::All => vec![Scenario::Votes, Scenario::Results, Scenario::Announce],
        one => vec![one],
    };
    let mut ok = true;
    for scenario in scenarios {
        let report = match scenario {
            Scenario::Votes => votes(&bench).await?,
            Scenario::Results => results(&bench).await?,
            Scenario::Announce => announce(&bench).await?,
            Scenario::All => bail!("`all` is expanded before running"),
        };
        ok &= report.ok;
        println!("{}", report.markdown);
    }
    Ok(ok)
}

// ---------------------------------------------------------------------------
// The SMTP server the server delivers to

#[derive(Clone, Default)]
struct Counting {
    /// Recipient address → messages received.
    received: Arc<Mutex<HashMap<String, usize>>>,
    total: Arc<AtomicUsize>,
    to: Vec<String>,
}

impl Handler for Counting {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        OK
    }

    fn data(&mut self, _buf: &[u8]) -> std::io::Result<()> {
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Ok(mut received) = self.received.lock() {
            for to in self.to.drain(..) {
                *received.entry(to).or_default() += 1;
            }
        }
        self.total.fetch_add(1, Ordering::SeqCst);
        OK
    }
}

struct Sink {
    received: Arc<Mutex<HashMap<String, usize>>>,
    total: Arc<AtomicUsize>,
}

impl Sink {
    fn start(port: u16) -> anyhow::Result<Sink> {
        let handler = Counting::default();
        let (received, total) = (handler.received.clone(), handler.total.clone());
        let listener = TcpListener::bind(("127.0.0.1", port)).with_context(|| format!("SMTP port {port}"))?;
        let mut server = Server::new(handler);
        server
            .with_name("smtp.bench")
            .with_ssl(SslConfig::None)
            .map_err(|e| anyhow::anyhow!("SMTP: {e}"))?
            .with_num_threads(32)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Ok(Sink { received, total })
    }

    fn total(&self) -> usize {
        self.total.load(Ordering::SeqCst)
    }

    fn snapshot(&self) -> HashMap<String, usize> {
        self.received.lock().map(|r| r.clone()).unwrap_or_default()
    }

    fn clear(&self) {
        if let Ok(mut r) = self.received.lock() {
            r.clear();
        }
        self.total.store(0, Ordering::SeqCst);
    }
}

// ---------------------------------------------------------------------------
// Seeding, straight through the data layer (as in judging.rs)

struct Arena {
    contest: String,
    organizer_id: String,
    organizer_token: String,
    /// Submitted entries in submission order: (entry, entrant, entrant's email).
    entries: Vec<(String, String, String)>,
}

impl Bench {
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

    /// An organization, its organizer and a published naming contest closed a day ago.
    async fn contest(&self, slug: &str) -> anyhow::Result<(String, String)> {
        let (hash, slug, now) = (self.hash.clone(), slug.to_owned(), now_naive());
        self.write(move |conn| {
            let organizer = new_id();
            users::insert(
                conn,
                &new_user(&organizer, &format!("organizer@{slug}.bench.modu.kr"), &hash, "발표 담당자", now),
            )?;
            let org = new_id();
            organizations::insert(
                conn,
                &organizations::NewOrganization {
                    id: &org,
                    slug: &slug,
                    name_ko: "발표 부하 시험 기관",
                    name_en: Some("Announcement load test agency"),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            organizations::add_member(conn, &org, &organizer, organizations::ROLE_ORGANIZER, now)?;
            let kind = ContestKind::Naming;
            let mut eligibility = kind.default_eligibility();
            eligibility.max_entries_per_person = 1;
            let closes_at = now - TimeDelta::days(1);
            let text = |s: &str| s.to_owned();
            let fields = ContestFields {
                kind: kind.as_str().to_owned(),
                title_ko: text("발표 부하 시험"),
                title_en: Some(text("Announcement load test")),
                summary_ko: text("부하 시험용 공모전입니다."),
                summary_en: None,
                description_ko: text("부하 시험용 공모전입니다."),
                description_en: None,
                rules_ko: text("규칙 없음"),
                rules_en: None,
                theme: None,
                prizes: None,
                contact: None,
                time_zone: text("Asia/Seoul"),
                opens_at: now - TimeDelta::days(30),
                closes_at,
                grace_secs: 0,
                effective_close_at: closes_at,
                form: serde_json::to_string(&kind.default_form()).map_err(ApiError::internal)?,
                categories: text("[]"),
                eligibility: serde_json::to_string(&eligibility).map_err(ApiError::internal)?,
                co_hosts: text("[]"),
            };
            let contest = new_id();
            contests::insert(conn, &contest, &org, &slug, &fields, now - TimeDelta::days(31))?;
            contests::publish(conn, &contest, now - TimeDelta::days(31))?;
            Ok((contest, organizer))
        })
        .await
    }

    /// `n` verified adult citizens; (id, email) in order.
    async fn citizens(&self, prefix: &str, n: usize) -> anyhow::Result<Vec<(String, String)>> {
        let mut made = Vec::with_capacity(n);
        for start in (0..n).step_by(SEED_CHUNK) {
            let end = (start + SEED_CHUNK).min(n);
            let (hash, prefix, now) = (self.hash.clone(), prefix.to_owned(), now_naive());
            made.extend(
                self.write(move |conn| {
                    let mut made = Vec::with_capacity(end - start);
                    for i in start..end {
                        let (id, email) = (new_id(), format!("{prefix}{i:06}@bench.modu.kr"));
                        users::insert(conn, &new_user(&id, &email, &hash, &format!("시민{i}"), now))?;
                        made.push((id, email));
                    }
                    Ok(made)
                })
                .await?,
            );
        }
        Ok(made)
    }

    /// A contest with `n` submitted naming entries, one per citizen.
    async fn arena(&self, slug: &str, n: usize) -> anyhow::Result<Arena> {
        let started = Instant::now();
        let (contest, organizer) = self.contest(slug).await?;
        let citizens = self.citizens(&format!("{slug}-entrant"), n).await?;
        let mut entries = Vec::with_capacity(n);
        let first = now_naive() - TimeDelta::days(2);
        for (chunk_no, chunk) in citizens.chunks(SEED_CHUNK).enumerate() {
            let (chunk, contest, code) = (chunk.to_vec(), contest.clone(), slug.to_uppercase());
            entries.extend(
                self.write(move |conn| {
                    let mut made = Vec::with_capacity(chunk.len());
                    for (k, (user, email)) in chunk.into_iter().enumerate() {
                        let i = chunk_no * SEED_CHUNK + k;
                        let id = new_id();
                        let answers = json!({ "name": format!("물빛도시 {i}"), "meaning": "강과 바다가 만나는 도시" });
                        let at = first + TimeDelta::seconds(i as i64);
                        let answers = answers.to_string();
                        entries::insert_draft(conn, &entries::NewDraft::person(&id, &contest, &user, &answers), at)?;
                        entries::mark_submitted(conn, &id, Slot::Person(1), &format!("{code}-{:05}", i + 1), at)?;
                        made.push((id, user, email));
                    }
                    Ok(made)
                })
                .await?,
            );
        }
        log(format!("{slug}: a contest with {n} submitted entries seeded in {:.1} s", started.elapsed().as_secs_f64()));
        Ok(Arena { contest, organizer_token: self.token(&organizer)?, organizer_id: organizer, entries })
    }

    /// Award tiers (TIERS) and their awards to the first entries; the number of awards.
    async fn awards(&self, arena: &Arena) -> anyhow::Result<usize> {
        let tiers: Vec<Value> = TIERS
            .iter()
            .map(|(key, label, count)| json!({ "key": key, "label": { "ko": label }, "count": count, "prize": null }))
            .collect();
        let tiers = serde_json::to_string(&tiers)?;
        let (contest, by, now) = (arena.contest.clone(), arena.organizer_id.clone(), now_naive());
        let winners: Vec<String> = arena.entries.iter().map(|(e, ..)| e.clone()).collect();
        self.write(move |conn| {
            awards::insert_settings(conn, &contest, &tiers, true, now)?;
            let mut next = winners.iter();
            let mut given = 0;
            for (key, _, count) in TIERS {
                for place in 1..=count {
                    let Some(entry) = next.next() else { break };
                    awards::insert(conn, &contest, key, place as i32, entry, awards::PROPOSED, None, &by, now)?;
                    given += 1;
                }
            }
            Ok(given)
        })
        .await
    }

    /// PostgreSQL: `VACUUM ANALYZE` after the bulk load (what autovacuum would do).
    async fn settle(&self) -> anyhow::Result<()> {
        if self.backend == Backend::Postgres {
            self.sql("VACUUM ANALYZE").await?;
        }
        Ok(())
    }

    async fn sql(&self, statement: &'static str) -> anyhow::Result<()> {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            use diesel::connection::SimpleConnection;
            db.get_write_conn().map_err(api)?.batch_execute(statement)?;
            Ok(())
        })
        .await?
    }

    /// A count from one SQL expression (run outside a transaction).
    async fn count(&self, sql: String) -> anyhow::Result<i64> {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<i64> {
            let mut conn = db.get_write_conn().map_err(api)?;
            Ok(diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(&sql)).get_result::<i64>(&mut *conn)?)
        })
        .await?
    }

    fn token(&self, user_id: &str) -> anyhow::Result<String> {
        self.jwt.issue(user_id, Utc::now(), self.settings.access_token_ttl_secs)
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    fn heading(&self, scenario: &str) -> String {
        let backend = if self.backend == Backend::Postgres { "PostgreSQL" } else { "SQLite" };
        let label = if self.args.label.is_empty() { String::new() } else { format!(", {}", self.args.label) };
        format!("### {scenario} — {backend}, {} UTC{label}\n\n", Utc::now().format("%Y-%m-%d %H:%M"))
    }
}

fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "**missed**" }
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
        tokens_valid_after: now - TimeDelta::minutes(1),
        created_at: now,
        updated_at: now,
    }
}

// ---------------------------------------------------------------------------
// Measuring (as in judging.rs)

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
    fn summary(&mut self) -> String {
        let (p50, p99) = (self.percentile_ms(50.0), self.percentile_ms(99.0));
        let max = self.0.iter().max().map_or(f64::NAN, |&m| m as f64 / 1000.0);
        format!("{p50:.1} / {p99:.1} / {max:.1} ms")
    }
}

/// CPU ticks (100 a second) of a process.
fn ticks(pid: Option<u32>) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", pid?)).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// Server CPU cores used since `before` over `secs`.
fn cores(before: Option<u64>, pid: Option<u32>, secs: f64) -> String {
    before.zip(ticks(pid)).map_or("?".to_owned(), |(a, b)| format!("{:.2}", b.saturating_sub(a) as f64 / 100.0 / secs))
}

/// Sends a request, reads the whole answer; (status, body, time). Status 0: a transport error.
async fn timed(request: reqwest::RequestBuilder) -> (u16, Vec<u8>, Duration) {
    let started = Instant::now();
    let (status, body) = match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            match response.bytes().await {
                Ok(body) => (status, body.to_vec()),
                Err(_) => (0, Vec::new()),
            }
        }
        Err(_) => (0, Vec::new()),
    };
    (status, body, started.elapsed())
}

fn thousands(v: f64) -> String {
    let digits = (v.round() as i64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn failures(statuses: &HashMap<u16, u64>) -> String {
    let mut bad: Vec<String> = statuses.iter().filter(|(s, _)| **s != 200).map(|(s, n)| format!("{s}: {n}")).collect();
    bad.sort();
    if bad.is_empty() { "none".to_owned() } else { bad.join(", ") }
}

// ---------------------------------------------------------------------------
// votes

async fn votes(bench: &Bench) -> anyhow::Result<Report> {
    let args = &bench.args;
    let arena = bench.arena("vote", args.ballot_entries.max(args.max_votes as usize + 1)).await?;
    let voters = bench.citizens("voter", args.voters).await?;
    let now = Utc::now();
    let ballot = json!({
        "opens_at": (now - TimeDelta::minutes(1)).to_rfc3339(),
        "closes_at": (now + TimeDelta::hours(2)).to_rfc3339(),
        "max_votes": args.max_votes,
    });
    let response = bench
        .client
        .put(bench.url(&format!("/contests/{}/ballot", arena.contest)))
        .bearer_auth(&arena.organizer_token)
        .json(&ballot)
        .send()
        .await?;
    if response.status().as_u16() != 201 {
        bail!(
            "PUT /contests/{{id}}/ballot answered {}: {}",
            response.status(),
            response.text().await.unwrap_or_default()
        );
    }
    let tokens = Arc::new(voters.iter().map(|(id, _)| bench.token(id)).collect::<anyhow::Result<Vec<_>>>()?);
    let entry_ids: Arc<Vec<String>> = Arc::new(arena.entries.iter().map(|(e, ..)| e.clone()).collect());
    bench.settle().await?;
    log(format!("votes: {} voters, {} entries; {} workers", voters.len(), entry_ids.len(), args.concurrency));

    let url = Arc::new(bench.url(&format!("/contests/{}/my-votes", arena.contest)));
    let next = Arc::new(AtomicUsize::new(0));
    let (max_votes, revote_every) = (args.max_votes.max(1) as usize, args.revote_every);
    let cpu_before = ticks(args.server_pid);
    let started = Instant::now();
    // The votes table starts empty: without statistics PostgreSQL keeps the
    // plans it made for an empty table. A running installation has votes
    // from earlier ballots and autovacuum; this stands in for the latter.
    let voting = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let upkeep = {
        let (db, voting, every) = (bench.db.clone(), voting.clone(), args.pg_vacuum_every);
        let postgres = bench.backend == Backend::Postgres;
        tokio::spawn(async move {
            let (mut runs, mut longest) = (0u32, 0.0f64);
            if postgres && every > 0 {
                loop {
                    tokio::time::sleep(Duration::from_secs(every)).await;
                    if !voting.load(Ordering::Relaxed) {
                        break;
                    }
                    let db = db.clone();
                    let began = Instant::now();
                    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
                        use diesel::connection::SimpleConnection;
                        db.get_write_conn().map_err(api)?.batch_execute("VACUUM ANALYZE")?;
                        Ok(())
                    })
                    .await??;
                    runs += 1;
                    longest = longest.max(began.elapsed().as_secs_f64());
                }
            }
            anyhow::Ok((runs, longest))
        })
    };
    let mut handles = Vec::new();
    for task in 0..args.concurrency.max(1) {
        let (client, tokens, entry_ids, url, next) =
            (bench.client.clone(), tokens.clone(), entry_ids.clone(), url.clone(), next.clone());
        handles.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(task as u64);
            let mut lat = Latencies::default();
            let mut statuses: HashMap<u16, u64> = HashMap::new();
            // voter index → the entries last accepted
            let mut standing: Vec<(usize, Vec<String>)> = Vec::new();
            loop {
                let voter = next.fetch_add(1, Ordering::Relaxed);
                let Some(token) = tokens.get(voter) else { break };
                let rounds = if revote_every > 0 && voter % revote_every == 0 { 2 } else { 1 };
                let mut last: Option<Vec<String>> = None;
                for _ in 0..rounds {
                    let k = rng.random_range(1..=max_votes);
                    let mut choice: Vec<String> = entry_ids.choose_multiple(&mut rng, k).cloned().collect();
                    if let Some(previous) = &last {
                        // Keep one earlier choice, change the rest.
                        choice[0] = previous[0].clone();
                        let unique: BTreeSet<String> = choice.into_iter().collect();
                        choice = unique.into_iter().collect();
                    }
                    let (status, _, took) =
                        timed(client.put(url.as_str()).bearer_auth(token).json(&json!({ "entries": choice }))).await;
                    lat.add(took);
                    *statuses.entry(status).or_default() += 1;
                    if status == 200 {
                        last = Some(choice);
                    }
                }
                if let Some(last) = last {
                    standing.push((voter, last));
                }
            }
            (lat, statuses, standing)
        }));
    }
    let mut lat = Latencies::default();
    let mut statuses: HashMap<u16, u64> = HashMap::new();
    let mut expected: HashMap<String, BTreeSet<String>> = HashMap::new();
    for handle in handles {
        let (l, s, standing) = handle.await?;
        lat.merge(l);
        for (k, v) in s {
            *statuses.entry(k).or_default() += v;
        }
        for (voter, entries) in standing {
            expected.insert(voters[voter].0.clone(), entries.into_iter().collect());
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    voting.store(false, Ordering::Relaxed);
    let cpu = cores(cpu_before, args.server_pid, elapsed);
    // It notices the end within one period.
    let (vacuums, longest_vacuum) = upkeep.await??;
    let accepted = statuses.get(&200).copied().unwrap_or(0);
    let requests: u64 = statuses.values().sum();
    log(format!("votes: {accepted} accepted in {elapsed:.1} s; checking the database"));

    // Every voter's standing votes are what they last sent: nothing lost, nothing twice.
    let db = bench.db.clone();
    let rows: Vec<(String, String)> = tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<(String, String)>> {
        use schema::votes::dsl as v;
        let mut conn = db.get_write_conn().map_err(api)?;
        Ok(v::votes.filter(v::voided_at.is_null()).select((v::voter_id, v::entry_id)).load(&mut *conn)?)
    })
    .await??;
    let mut stored: HashMap<String, Vec<String>> = HashMap::new();
    for (voter, entry) in rows {
        stored.entry(voter).or_default().push(entry);
    }
    let (mut lost, mut duplicates, mut unexpected) = (0usize, 0usize, 0usize);
    for (voter, want) in &expected {
        let have = stored.get(voter).cloned().unwrap_or_default();
        let set: BTreeSet<String> = have.iter().cloned().collect();
        duplicates += have.len() - set.len();
        lost += want.difference(&set).count();
        unexpected += set.difference(want).count();
    }
    unexpected += stored.iter().filter(|(v, _)| !expected.contains_key(*v)).map(|(_, e)| e.len()).sum::<usize>();
    let vote_rows: usize = expected.values().map(BTreeSet::len).sum();
    let correct = lost == 0 && duplicates == 0 && unexpected == 0 && expected.len() == voters.len();

    let target = if bench.backend == Backend::Postgres { VOTES_TARGET_POSTGRES } else { VOTES_TARGET_SQLITE };
    let rate = accepted as f64 / elapsed;
    let p99 = lat.percentile_ms(99.0);
    let mut md = bench.heading("Public vote");
    let _ = writeln!(
        md,
        "{} voters, {} entries on the ballot (up to {max_votes} votes each), {} workers; each voter once \
         (`PUT /contests/{{id}}/my-votes`, 1–{max_votes} random entries), every {revote_every}th voter a second time \
         keeping one entry and changing the rest; {requests} requests in {elapsed:.1} s.\n",
        voters.len(),
        entry_ids.len(),
        args.concurrency
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| votes/s (accepted PUTs) | {} | ≥ {} | {} |",
        thousands(rate),
        thousands(target),
        met(rate >= target)
    );
    let _ = writeln!(
        md,
        "| latency p50 / p99 / max | {} | p99 < {P99_TARGET_MS:.0} ms | {} |",
        lat.summary(),
        met(p99 < P99_TARGET_MS)
    );
    let _ = writeln!(
        md,
        "| voters with votes stored / standing vote rows | {} / {vote_rows} | all {} | {} |",
        expected.len(),
        voters.len(),
        met(expected.len() == voters.len())
    );
    let _ = writeln!(
        md,
        "| lost / duplicated / unexpected votes | {lost} / {duplicates} / {unexpected} | 0 / 0 / 0 | {} |",
        met(correct)
    );
    let _ = writeln!(md, "| non-200 | {} | | |", failures(&statuses));
    if bench.backend == Backend::Postgres {
        let _ = writeln!(
            md,
            "| PostgreSQL upkeep (autovacuum off) | `VACUUM ANALYZE` every {} s while voting: {vacuums} run(s), longest {longest_vacuum:.2} s | | |",
            args.pg_vacuum_every
        );
    }
    let _ = writeln!(md, "| server CPU cores | {cpu} | | |");
    log(format!("votes: {rate:.0}/s, p99 {p99:.1} ms, lost {lost}, duplicates {duplicates}"));
    Ok(Report { markdown: md, ok: correct })
}

// ---------------------------------------------------------------------------
// results

async fn results(bench: &Bench) -> anyhow::Result<Report> {
    let args = &bench.args;
    let arena = bench.arena("results", args.results_entries).await?;
    let given = bench.awards(&arena).await?;
    let (contest, by) = (arena.contest.clone(), arena.organizer_id.clone());
    let at = now_naive() - TimeDelta::minutes(1);
    let settings = bench.settings.clone();
    let publish_started = Instant::now();
    let published = bench
        .write(move |conn| {
            let s = announcements::Settings { announce_at: at, show_breakdowns: false, gallery_open: false };
            announcements::insert(conn, &contest, &s, &by, at)?;
            modu::publication::publish(conn, &settings, &contest, now_naive())
        })
        .await?;
    let publish_secs = publish_started.elapsed().as_secs_f64();
    if !published {
        bail!("publish did not publish");
    }
    // The publication queued a mail per entrant: let the server deliver them before measuring.
    let drain_started = Instant::now();
    loop {
        let pending = bench.count("(SELECT count(*) FROM outbox_emails WHERE status = 'pending')".to_owned()).await?;
        if pending == 0 || drain_started.elapsed() > Duration::from_secs(240) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    log(format!(
        "results: published in {publish_secs:.2} s; mails drained in {:.1} s",
        drain_started.elapsed().as_secs_f64()
    ));
    bench.settle().await?;

    let url = Arc::new(bench.url(&format!("/contests/{}/results", arena.contest)));
    let (status, body, _) = timed(bench.client.get(url.as_str())).await;
    let doc: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let winners: usize =
        doc["tiers"].as_array().map_or(0, |t| t.iter().map(|t| t["winners"].as_array().map_or(0, Vec::len)).sum());
    let body_len = body.len();
    let content_ok = status == 200 && winners == given;

    let xact = "(SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database())";
    let xact_before = if bench.backend == Backend::Postgres { Some(bench.count(xact.to_owned()).await?) } else { None };
    let seconds = args.seconds.max(1);
    let cpu_before = ticks(args.server_pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut handles = Vec::new();
    for _ in 0..args.concurrency.max(1) {
        let (client, url) = (bench.client.clone(), url.clone());
        handles.push(tokio::spawn(async move {
            let mut lat = Latencies::default();
            let mut statuses: HashMap<u16, u64> = HashMap::new();
            let mut wrong_length = 0u64;
            while Instant::now() < deadline {
                let (status, body, took) = timed(client.get(url.as_str())).await;
                lat.add(took);
                *statuses.entry(status).or_default() += 1;
                if status == 200 && body.len() != body_len {
                    wrong_length += 1;
                }
            }
            (lat, statuses, wrong_length)
        }));
    }
    let mut lat = Latencies::default();
    let mut statuses: HashMap<u16, u64> = HashMap::new();
    let mut wrong_length = 0;
    for handle in handles {
        let (l, s, w) = handle.await?;
        lat.merge(l);
        wrong_length += w;
        for (k, v) in s {
            *statuses.entry(k).or_default() += v;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let cpu = cores(cpu_before, args.server_pid, elapsed);
    let requests: u64 = statuses.values().sum();
    let ok_requests = statuses.get(&200).copied().unwrap_or(0);
    // Statements per request: PostgreSQL counts every autocommit read as a transaction.
    let statements = match xact_before {
        Some(before) => {
            // The statistics reach pg_stat_database within a second of each backend's last transaction.
            tokio::time::sleep(Duration::from_millis(1_500)).await;
            let after = bench.count(xact.to_owned()).await?;
            Some((after - before - 1) as f64 / requests.max(1) as f64)
        }
        None => None,
    };
    let rate = ok_requests as f64 / elapsed;
    let p99 = lat.percentile_ms(99.0);
    let correct = content_ok && wrong_length == 0 && ok_requests == requests;

    let mut md = bench.heading("Published results");
    let _ = writeln!(
        md,
        "A contest with {} submitted entries and {given} awards in {} tiers, published through `publication::publish` \
         ({publish_secs:.2} s, its {} mails delivered before the load); `GET /contests/{{id}}/results` (public, {body_len} bytes) \
         from {} connections for {seconds} s.\n",
        args.results_entries,
        TIERS.len(),
        arena.entries.len(),
        args.concurrency
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| requests/s | {} | ≥ {} | {} |",
        thousands(rate),
        thousands(RESULTS_TARGET),
        met(rate >= RESULTS_TARGET)
    );
    let _ = writeln!(md, "| latency p50 / p99 / max | {} | | |", lat.summary());
    match statements {
        Some(s) => {
            let _ = writeln!(
                md,
                "| SQL statements per request (`pg_stat_database` transactions ÷ requests; each read is one autocommit statement; includes the server's background jobs) | {s:.3} | ≤ {STATEMENTS_TARGET:.0} | {} |",
                met(s <= STATEMENTS_TARGET)
            );
        }
        None => {
            let _ = writeln!(
                md,
                "| SQL statements per request (by the code path: `announcements::find`, one `SELECT` by primary key, no transaction) | 1 | ≤ {STATEMENTS_TARGET:.0} | met |"
            );
        }
    }
    let _ = writeln!(
        md,
        "| winners in the answer / awards given; answers of another length | {winners} / {given}; {wrong_length} | equal; 0 | {} |",
        met(correct)
    );
    let _ = writeln!(md, "| non-200 | {} | | |", failures(&statuses));
    let _ = writeln!(md, "| server CPU cores | {cpu} | | |");
    log(format!("results: {rate:.0} req/s, p99 {p99:.1} ms"));
    Ok(Report { markdown: md, ok: correct })
}

// ---------------------------------------------------------------------------
// announce

async fn announce(bench: &Bench) -> anyhow::Result<Report> {
    let args = &bench.args;
    let Some(sink) = &bench.sink else { bail!("announce needs --smtp-port (and the server sending there)") };
    let arena = bench.arena("announce", args.entrants).await?;
    let given = bench.awards(&arena).await?;
    bench.settle().await?;
    sink.clear();
    let outbox_before = bench.count("(SELECT count(*) FROM outbox_emails)".to_owned()).await?;
    let (contest, by) = (arena.contest.clone(), arena.organizer_id.clone());
    let lead = TimeDelta::seconds(args.announce_in.max(1));
    let at = (Utc::now() + lead).naive_utc();
    bench
        .write(move |conn| {
            let s = announcements::Settings { announce_at: at, show_breakdowns: false, gallery_open: false };
            announcements::insert(conn, &contest, &s, &by, now_naive())?;
            Ok(())
        })
        .await?;
    let announce_instant = Instant::now() + (at - Utc::now().naive_utc()).to_std().unwrap_or_default();
    log(format!("announce: {} entrants, {given} awards; results due at {at} UTC", arena.entries.len()));

    let since = |i: Instant| {
        i.saturating_duration_since(announce_instant).as_secs_f64()
            - announce_instant.saturating_duration_since(i).as_secs_f64()
    };
    // Poll the results every 50 ms from a second before the time.
    let url = bench.url(&format!("/contests/{}/results", arena.contest));
    tokio::time::sleep_until(tokio::time::Instant::from_std(announce_instant - Duration::from_secs(1))).await;
    let cpu_before = ticks(args.server_pid);
    let (mut early, mut visible, mut winners, mut polls) = (0u64, None, 0usize, 0u64);
    let give_up = announce_instant + Duration::from_secs(60);
    while Instant::now() < give_up {
        let (status, body, _) = timed(bench.client.get(&url)).await;
        let when = Instant::now();
        polls += 1;
        if status == 200 {
            if when < announce_instant {
                early += 1;
            }
            let doc: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            winners = doc["tiers"]
                .as_array()
                .map_or(0, |t| t.iter().map(|t| t["winners"].as_array().map_or(0, Vec::len)).sum());
            visible = Some(since(when));
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Queued: every outbox row there (polled every 50 ms).
    let want = arena.entries.len() as i64;
    let mut queued = None;
    while Instant::now() < announce_instant + Duration::from_secs(60) {
        let n = bench.count("(SELECT count(*) FROM outbox_emails)".to_owned()).await? - outbox_before;
        if n >= want {
            queued = Some(since(Instant::now()));
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Delivered: every mail at the SMTP server (up to 3 minutes).
    let mut delivered = None;
    while Instant::now() < announce_instant + Duration::from_secs(180) {
        if sink.total() >= arena.entries.len() {
            delivered = Some(since(Instant::now()));
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let cpu = cores(cpu_before, args.server_pid, Instant::now().duration_since(announce_instant).as_secs_f64() + 1.0);
    // A moment for stragglers (a second mail would show up here).
    tokio::time::sleep(Duration::from_secs(2)).await;
    let received = sink.snapshot();
    let addresses: BTreeSet<&str> = arena.entries.iter().map(|(_, _, email)| email.as_str()).collect();
    let once = addresses.iter().filter(|a| received.get(**a) == Some(&1)).count();
    let twice = received.values().filter(|n| **n > 1).count();
    let strangers = received.keys().filter(|a| !addresses.contains(a.as_str())).count();
    let rows = bench.count("(SELECT count(*) FROM outbox_emails)".to_owned()).await? - outbox_before;
    let users_mailed = bench.count("(SELECT count(DISTINCT user_id) FROM outbox_emails)".to_owned()).await?;
    let sent = bench.count("(SELECT count(*) FROM outbox_emails WHERE status = 'sent')".to_owned()).await?;
    let correct = early == 0
        && visible.is_some()
        && winners == given
        && once == addresses.len()
        && twice == 0
        && strangers == 0
        && rows == want
        && users_mailed == want;

    let fmt = |v: Option<f64>| v.map_or("never".to_owned(), |s| format!("{s:.2} s"));
    let mut md = bench.heading("Announcement");
    let _ = writeln!(
        md,
        "{} entrants (one submitted entry each), {given} awards in {} tiers, the announcement {} s after seeding; \
         times from the announcement time. `GET /contests/{{id}}/results` polled every 50 ms from 1 s before \
         ({polls} polls), the outbox counted every 50 ms, the SMTP server (in the generator, no TLS) counted every 50 ms.\n",
        arena.entries.len(),
        TIERS.len(),
        lead.num_seconds()
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| results answer 200 (the first poll at or after the time publishes) | {} | at the time | {} |",
        fmt(visible),
        met(visible.is_some_and(|s| s < 1.0) && early == 0)
    );
    let _ = writeln!(md, "| 200s before the time | {early} | 0 | {} |", met(early == 0));
    let _ = writeln!(
        md,
        "| winners in the answer / awards given | {winners} / {given} | equal | {} |",
        met(winners == given)
    );
    let _ = writeln!(
        md,
        "| all {want} mails queued (outbox rows) | {} | ≤ {QUEUED_TARGET_S:.0} s | {} |",
        fmt(queued),
        met(queued.is_some_and(|s| s <= QUEUED_TARGET_S))
    );
    let _ = writeln!(
        md,
        "| all {want} mails received by the SMTP server | {} | ≤ {DELIVERED_TARGET_S:.0} s | {} |",
        fmt(delivered),
        met(delivered.is_some_and(|s| s <= DELIVERED_TARGET_S))
    );
    if let (Some(q), Some(d)) = (queued, delivered) {
        let _ = writeln!(
            md,
            "| delivery rate after queueing | {} mails/s | | |",
            thousands(want as f64 / (d - q).max(0.001))
        );
    }
    let _ = writeln!(
        md,
        "| entrants with exactly one mail / with more / mails to others | {once} / {twice} / {strangers} | all {} / 0 / 0 | {} |",
        addresses.len(),
        met(once == addresses.len() && twice == 0 && strangers == 0)
    );
    let _ = writeln!(
        md,
        "| outbox rows / distinct users / sent | {rows} / {users_mailed} / {sent} | {want} each | {} |",
        met(rows == want && users_mailed == want)
    );
    let _ = writeln!(md, "| server CPU cores (from 1 s before the time to the last delivery) | {cpu} | | |");
    log(format!("announce: visible {}, queued {}, delivered {}", fmt(visible), fmt(queued), fmt(delivered)));
    Ok(Report { markdown: md, ok: correct })
}

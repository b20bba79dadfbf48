//! The judging load generator (see docs/benchmarks.md, "Judging").
//!
//! It runs against a release server that `scripts/bench-judging.sh` started
//! on a fresh database. Like `deadline_rush`, it writes to that database
//! itself, through the library's data layer, only to seed (an organizer, a
//! contest, citizens, submitted entries, and for `results` the 90,000
//! assignments, declarations, scores and bonus claims) and afterwards to
//! check what the server stored. Stages, panels (invitation and acceptance),
//! the assignment plan of the `scores` and `pairwise` stages and everything
//! measured go over HTTP. Access tokens are minted with the server's own key
//! (`<data_dir>/jwt.key`, or `MODU_JWT_KEYS`).
//!
//! Scenarios (one per run; `all` runs them one after the other):
//! - `results`: 10,000 submitted entries × 9 judges × 5 criteria, every
//!   sheet submitted, z-score normalization, trimmed mean (drop 1, at least
//!   5 judges), three bonus rules with a cap (some claims verified, some
//!   pending or rejected), tie-breaks (a criterion, then the earliest
//!   submission; 2 % of the entries are exact twins of another, so the
//!   tie-breaks decide). Times `GET /stages/{id}/results?close_calls=false`
//!   end to end (median and p95 of `--results-requests`), then with the
//!   close calls; reports the server's RSS and peak RSS (VmHWM, reset
//!   before the requests), and the same work phase by phase in this
//!   process through the same library functions.
//! - `scores`: 64 judges (`--concurrency`) save scores on their own
//!   assignments (`PUT /assignments/{id}/score`), every save a real change
//!   (drafts, then a submit every fourth save), until the deadline.
//!   Afterwards one score per assignment and one audit row per accepted save.
//! - `pairwise`: a pairwise stage over 300 entries; 50 judges each begin,
//!   then loop "declare no conflict on the entry just handed out, vote";
//!   a judge who has seen every entry is replaced by a fresh one from a
//!   seeded pool. Afterwards the CrowdBT state must be the fold of the votes
//!   (views = 2 × votes, per-judge vote counts); the next-item choice is
//!   timed in this process.
//!
//! Figures go to stdout as Markdown; progress goes to stderr. The exit status
//! is 2 when a correctness check failed, 1 when the run could not be made,
//! 0 otherwise — a missed target is reported, not an error.
//!
//! Run without `--url` (as a plain `cargo bench` does) it only says how to run it.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use actix_web::web::Bytes;
use anyhow::{Context, bail};
use chrono::{NaiveDateTime, TimeDelta, Utc};
use clap::Parser;
use diesel::prelude::*;
use futures_util::StreamExt;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};

use modu::auth::jwt::JwtKeys;
use modu::config::{ConfigLayer, Settings};
use modu::db::assignments::NO_CONFLICT;
use modu::db::contests::{self, ContestFields};
use modu::db::entries::{self, Slot};
use modu::db::scores::{self as score_db, CLAIM_REJECTED, CLAIM_VERIFIED};
use modu::db::{Backend, Db, DbConnection, in_transaction, organizations, pairwise, schema, stages, users};
use modu::domain::contest::ContestKind;
use modu::domain::ids::new_id;
use modu::domain::judging::crowdbt::{self, Candidate, Item, Judge};
use modu::domain::judging::recipe::{self, EntryInput, Inputs, Recipe, Sheet};
use modu::domain::judging::rubric::Rubric;
use modu::domain::{Password, password};
use modu::error::ApiError;

const RESULTS_TARGET_MS: f64 = 300.0;
const RESULTS_PEAK_TARGET_MB: f64 = 200.0;
const SCORES_TARGET_SQLITE: f64 = 3_000.0;
const SCORES_TARGET_POSTGRES: f64 = 1_500.0;
const P99_TARGET_MS: f64 = 50.0;
const VOTES_TARGET: f64 = 1_000.0;
const CHOOSE_TARGET_MS: f64 = 1.0;
/// Resamples the server uses for close calls (routes/results.rs); for the in-process phases.
const CLOSE_CALL_RESAMPLES: u32 = 200;
const SEED_CHUNK: usize = 5_000;
/// Rows per multi-row INSERT (11 columns: well under both backends' bind limits).
const INSERT_CHUNK: usize = 500;
/// Every this many entries, the last one is an exact twin of the one before (same sheets).
const TWIN_EVERY: usize = 50;
/// (key, Korean label, max, step) of the benchmark's rubric; all weights 1.
const CRITERIA: [(&str, &str, f64, f64); 5] = [
    ("creativity", "창의성", 30.0, 1.0),
    ("feasibility", "실현가능성", 25.0, 1.0),
    ("impact", "파급효과", 20.0, 1.0),
    ("completeness", "완성도", 15.0, 1.0),
    ("presentation", "발표", 10.0, 0.5),
];
/// (key, points) of the bonus rules; the cap is BONUS_CAP.
const BONUS_RULES: [(&str, &str, f64); 3] =
    [("youth", "청년 가산점", 3.0), ("agency", "유관기관 추천", 2.0), ("local", "지역 인재", 1.5)];
const BONUS_CAP: f64 = 4.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Scenario {
    Results,
    Scores,
    Pairwise,
    All,
}

#[derive(Debug, Parser)]
#[command(name = "judging", about = "The judging load generator; run it with scripts/bench-judging.sh")]
struct Args {
    /// The running server, e.g. http://127.0.0.1:18080 (also the tokens' issuer unless --public-base-url says otherwise).
    #[arg(long)]
    url: Option<String>,
    #[arg(long, value_enum, default_value_t = Scenario::Results)]
    scenario: Scenario,
    /// Load duration in seconds (scores and pairwise).
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// results: submitted entries.
    #[arg(long, default_value_t = 10_000)]
    entries: usize,
    /// results: judges, each scoring every entry.
    #[arg(long, default_value_t = 9)]
    judges: usize,
    /// results: timed requests without close calls (after one untimed warm-up).
    #[arg(long, default_value_t = 10)]
    results_requests: usize,
    /// results: timed requests with close calls.
    #[arg(long, default_value_t = 3)]
    close_call_requests: usize,
    /// scores: concurrent judges (one task and one connection each).
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// scores: assignments per judge (the stage is planned with k = 8 judges per entry).
    #[arg(long, default_value_t = 50)]
    assignments_per_judge: usize,
    /// pairwise: concurrent judges.
    #[arg(long, default_value_t = 50)]
    pairwise_judges: usize,
    /// pairwise: entries in the stage.
    #[arg(long, default_value_t = 300)]
    pairwise_items: usize,
    /// pairwise: every N-th vote of a task is undone and cast again (0: never). An undo replays every vote of the stage.
    #[arg(long, default_value_t = 0)]
    undo_every: usize,
    /// Threads of the load generator's runtime.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// The server's process id: its CPU time and memory are reported.
    #[arg(long)]
    server_pid: Option<u32>,
    /// PostgreSQL: `VACUUM ANALYZE` every this many seconds during the load, standing in for autovacuum when
    /// the server has it off (default: 10 if autovacuum is off, else never; 0: never).
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
        println!("judging: a load benchmark against a running server; run it with scripts/bench-judging.sh");
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
            eprintln!("judging: {e:#}");
            std::process::exit(1);
        }
    }
}

fn log(message: impl AsRef<str>) {
    eprintln!("[judging {}] {}", Utc::now().format("%H:%M:%S"), message.as_ref());
}

fn api(e: ApiError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// Runs one statement on whichever backend: for what the multi-backend
/// query builder does not offer (multi-row INSERTs).
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            DbConnection::Postgres($c) => $body,
            DbConnection::Sqlite($c) => $body,
        }
    };
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
    vacuum_every: Option<u64>,
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
        .pool_max_idle_per_host(args.concurrency.max(args.pairwise_judges).max(16) * 2)
        .timeout(Duration::from_secs(120))
        .build()?;
    let health = client.get(format!("{base}/health")).send().await.context("GET /health")?;
    if !health.status().is_success() {
        bail!("GET /health answered {}", health.status());
    }
    let hash = tokio::task::spawn_blocking(|| -> anyhow::Result<String> {
        let pw = Password::parse("judging-bench-2026", None).map_err(|p| anyhow::anyhow!("{}", p.message()))?;
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
        Scenario::All => vec![Scenario::Results, Scenario::Scores, Scenario::Pairwise],
        one => vec![one],
    };
    let mut ok = true;
    for scenario in scenarios {
        let report = match scenario {
            Scenario::Results => results(&bench).await?,
            Scenario::Scores => scores(&bench).await?,
            Scenario::Pairwise => pairwise_votes(&bench).await?,
            Scenario::All => bail!("`all` is expanded before running"),
        };
        ok &= report.ok;
        println!("{}", report.markdown);
    }
    Ok(ok)
}

struct Report {
    markdown: String,
    ok: bool,
}

// ---------------------------------------------------------------------------
// Seeding, straight through the data layer

/// A contest with its organizer and entries, ready for a stage.
struct Arena {
    contest: String,
    organizer_id: String,
    organizer_token: String,
    /// Submitted entries, in id (= submission) order, with their entrant.
    entries: Vec<(String, String)>,
}

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

    /// An organization with one organizer and a published naming contest
    /// (closed a day ago: judging follows the deadline); returns (contest, organizer).
    async fn contest(&self, slug: &str) -> anyhow::Result<(String, String)> {
        let hash = self.hash.clone();
        let slug = slug.to_owned();
        let now = now_naive();
        self.write(move |conn| {
            let organizer = new_id();
            users::insert(
                conn,
                &new_user(&organizer, &format!("organizer@{slug}.bench.modu.kr"), &hash, "심사 담당자", now),
            )?;
            let org = new_id();
            organizations::insert(
                conn,
                &organizations::NewOrganization {
                    id: &org,
                    slug: &slug,
                    name_ko: "심사 부하 시험 기관",
                    name_en: Some("Judging load test agency"),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            organizations::add_member(conn, &org, &organizer, organizations::ROLE_ORGANIZER, now)?;
            let kind = ContestKind::Naming;
            let mut eligibility = kind.default_eligibility();
            eligibility.max_entries_per_person = 1;
            let closes_at = now - TimeDelta::days(1);
            let fields = ContestFields {
                kind: kind.as_str().to_owned(),
                title_ko: "심사 부하 시험".to_owned(),
                title_en: Some("Judging load test".to_owned()),
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
                opens_at: now - TimeDelta::days(30),
                closes_at,
                grace_secs: 0,
                effective_close_at: closes_at,
                form: serde_json::to_string(&kind.default_form()).map_err(ApiError::internal)?,
                categories: "[]".to_owned(),
                eligibility: serde_json::to_string(&eligibility).map_err(ApiError::internal)?,
                co_hosts: "[]".to_owned(),
            };
            let contest = new_id();
            contests::insert(conn, &contest, &org, &slug, &fields, now - TimeDelta::days(31))?;
            contests::publish(conn, &contest, now - TimeDelta::days(31))?;
            Ok((contest, organizer))
        })
        .await
    }

    /// `n` verified adult citizens sharing one password hash; (id, email) in order.
    async fn citizens(&self, prefix: &str, n: usize) -> anyhow::Result<Vec<(String, String)>> {
        let mut made = Vec::with_capacity(n);
        for chunk_start in (0..n).step_by(SEED_CHUNK) {
            let chunk_end = (chunk_start + SEED_CHUNK).min(n);
            let (hash, prefix) = (self.hash.clone(), prefix.to_owned());
            let now = now_naive();
            made.extend(
                self.write(move |conn| {
                    let mut made = Vec::with_capacity(chunk_end - chunk_start);
                    for i in chunk_start..chunk_end {
                        let id = new_id();
                        let email = format!("{prefix}{i:06}@bench.modu.kr");
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

    /// A contest with `n` submitted naming entries, one per citizen,
    /// submitted a second apart (the earliest first).
    async fn arena(&self, slug: &str, n: usize) -> anyhow::Result<Arena> {
        let started = Instant::now();
        let (contest, organizer) = self.contest(slug).await?;
        let citizens = self.citizens(&format!("{slug}-entrant"), n).await?;
        let mut entries = Vec::with_capacity(n);
        let first_submission = now_naive() - TimeDelta::days(2);
        for (chunk_no, chunk) in citizens.chunks(SEED_CHUNK).enumerate() {
            let (chunk, contest, slug) = (chunk.to_vec(), contest.clone(), slug.to_uppercase());
            let offset = chunk_no * SEED_CHUNK;
            entries.extend(
                self.write(move |conn| {
                    let mut made = Vec::with_capacity(chunk.len());
                    for (k, (user, _)) in chunk.iter().enumerate() {
                        let i = offset + k;
                        let id = new_id();
                        let answers = json!({ "name": format!("물빛도시 {i}"), "meaning": "강과 바다가 만나는 도시" });
                        let at = first_submission + TimeDelta::seconds(i as i64);
                        let answers = answers.to_string();
                        entries::insert_draft(conn, &entries::NewDraft::person(&id, &contest, user, &answers), at)?;
                        entries::mark_submitted(conn, &id, Slot::Person(1), &format!("{slug}-{:05}", i + 1), at)?;
                        made.push((id, user.clone()));
                    }
                    Ok(made)
                })
                .await?,
            );
        }
        log(format!("{slug}: seeded a contest with {n} submitted entries in {:.1} s", started.elapsed().as_secs_f64()));
        Ok(Arena { contest, organizer_token: self.token(&organizer)?, organizer_id: organizer, entries })
    }

    /// PostgreSQL: what autovacuum does after a bulk load (`VACUUM ANALYZE`).
    /// SQLite keeps no statistics unless asked, and Modu never asks.
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
    /// seconds until `until` (see deadline_rush); a Markdown row saying what was done.
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

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    fn target_ok(&self, met: bool) -> &'static str {
        if met { "met" } else { "**missed**" }
    }

    fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }

    fn heading(&self, scenario: &str) -> String {
        let label = if self.args.label.is_empty() { String::new() } else { format!(", {}", self.args.label) };
        format!("### {scenario} — {}, {} UTC{label}\n\n", self.backend_name(), Utc::now().format("%Y-%m-%d %H:%M"))
    }

    /// Sends a JSON request that must answer `expected`; the answer's JSON.
    async fn call(&self, request: reqwest::RequestBuilder, expected: &[u16], what: &str) -> anyhow::Result<Value> {
        let response = request.send().await.with_context(|| what.to_owned())?;
        let status = response.status().as_u16();
        let body = response.bytes().await?;
        if !expected.contains(&status) {
            bail!("{what} answered {status}: {}", String::from_utf8_lossy(&body[..body.len().min(600)]));
        }
        Ok(serde_json::from_slice(&body).unwrap_or(Value::Null))
    }

    /// Creates a stage over HTTP as the organizer; its id.
    async fn stage(&self, arena: &Arena, document: &Value) -> anyhow::Result<String> {
        let created = self
            .call(
                self.client
                    .post(self.url(&format!("/contests/{}/stages", arena.contest)))
                    .bearer_auth(&arena.organizer_token)
                    .json(document),
                &[201],
                "POST /contests/{id}/stages",
            )
            .await?;
        created["id"].as_str().map(str::to_owned).context("the new stage has no id")
    }

    /// Invites every judge (`POST /stages/{id}/judges`) and has each accept
    /// (`POST /stages/{id}/judges/accept`), 8 at a time; their access tokens.
    async fn panel(&self, arena: &Arena, stage: &str, judges: &[(String, String)]) -> anyhow::Result<Vec<String>> {
        let started = Instant::now();
        let tokens = judges.iter().map(|(id, _)| self.token(id)).collect::<anyhow::Result<Vec<_>>>()?;
        let (invite, accept) =
            (self.url(&format!("/stages/{stage}/judges")), self.url(&format!("/stages/{stage}/judges/accept")));
        let outcomes: Vec<anyhow::Result<()>> = futures_util::stream::iter(judges.iter().zip(&tokens))
            .map(|((_, email), token)| {
                let (invite, accept) = (&invite, &accept);
                async move {
                    self.call(
                        self.client.post(invite).bearer_auth(&arena.organizer_token).json(&json!({ "email": email })),
                        &[200, 201],
                        "POST /stages/{id}/judges",
                    )
                    .await?;
                    self.call(self.client.post(accept).bearer_auth(token).json(&json!({})), &[200], "accept").await?;
                    Ok::<(), anyhow::Error>(())
                }
            })
            .buffer_unordered(8)
            .collect()
            .await;
        outcomes.into_iter().collect::<anyhow::Result<()>>()?;
        log(format!(
            "panel of {} judges invited and accepted in {:.1} s",
            judges.len(),
            started.elapsed().as_secs_f64()
        ));
        Ok(tokens)
    }

    /// `POST /stages/{id}/assignments/plan` as the organizer; (added, seconds).
    async fn plan(&self, arena: &Arena, stage: &str) -> anyhow::Result<(u64, f64)> {
        let started = Instant::now();
        let planned = self
            .call(
                self.client
                    .post(self.url(&format!("/stages/{stage}/assignments/plan")))
                    .bearer_auth(&arena.organizer_token),
                &[200],
                "POST /stages/{id}/assignments/plan",
            )
            .await?;
        Ok((planned["added"].as_u64().unwrap_or(0), started.elapsed().as_secs_f64()))
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

fn rubric_json() -> Value {
    let criteria: Vec<Value> = CRITERIA
        .iter()
        .map(|(key, label, max, step)| {
            json!({ "key": key, "label": { "ko": label }, "min": 0, "max": max, "step": step, "weight": 1 })
        })
        .collect();
    json!({ "criteria": criteria })
}

fn rubric_recipe(advance: usize) -> Value {
    let rules: Vec<Value> = BONUS_RULES
        .iter()
        .map(|(key, label, points)| json!({ "key": key, "label": { "ko": label }, "points": points }))
        .collect();
    json!({
        "normalization": "z_score",
        "aggregation": { "type": "trimmed_mean", "drop": 1, "min_judges": 5 },
        "bonus_rules": rules,
        "bonus_cap": BONUS_CAP,
        "tie_breaks": [{ "type": "criterion", "key": CRITERIA[0].0 }, { "type": "earliest_submission" }],
        "advance": { "type": "top_n", "n": advance },
    })
}

/// A rubric stage scoring from a minute ago for two hours.
fn rubric_stage(name: &str, assignment: Value, advance: usize) -> Value {
    let now = Utc::now();
    json!({
        "name": { "ko": name },
        "blind": true,
        "opens_at": (now - TimeDelta::minutes(1)).to_rfc3339(),
        "closes_at": (now + TimeDelta::hours(2)).to_rfc3339(),
        "assignment": assignment,
        "rubric": rubric_json(),
        "recipe": rubric_recipe(advance),
    })
}

/// A value on criterion `c`'s grid from a share of its range.
fn on_grid(c: usize, share: f64) -> f64 {
    let (_, _, max, step) = CRITERIA[c];
    ((share.clamp(0.0, 1.0) * max) / step).round() * step
}

/// Score values as the server stores them (a JSON map, keys in order).
fn values_json(values: &[f64; 5]) -> String {
    let map: BTreeMap<&str, f64> = CRITERIA.iter().zip(values).map(|((key, ..), v)| (*key, *v)).collect();
    serde_json::to_string(&map).unwrap_or_default()
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
    fn max_ms(&self) -> f64 {
        self.0.iter().max().map_or(f64::NAN, |&m| m as f64 / 1000.0)
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
    all: HashMap<u32, (String, u64)>,
}

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

    /// "server / generator / rest" in cores since `self`, and who the rest were.
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

/// (VmRSS, VmHWM) of a process in MB.
fn memory_mb(pid: Option<u32>) -> Option<(f64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid?)).ok()?;
    let field = |name: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024.0)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Resets the process's peak RSS (VmHWM) to its current RSS (Linux ≥ 4.0).
fn reset_peak(pid: Option<u32>) -> bool {
    pid.is_some_and(|pid| std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok())
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

/// Table rows: the rate and p99 of accepted requests in the first and the last 10 s.
fn windows(what: &str, at: &[(f64, Duration)], seconds: u64) -> String {
    let window = |from: f64, to: f64| {
        let mut lat = Latencies::default();
        for (_, took) in at.iter().filter(|(a, _)| (from..to).contains(a)) {
            lat.add(*took);
        }
        (lat.len() as f64 / (to - from), lat.percentile_ms(99.0))
    };
    let (first, last) = (window(0.0, 10.0), window(seconds as f64 - 10.0, seconds as f64));
    format!(
        "| {what}/s in the first / last 10 s | {} / {} | | |\n| p99 in the first / last 10 s | {} / {} | | |\n",
        thousands(first.0),
        thousands(last.0),
        fmt_ms(first.1),
        fmt_ms(last.1)
    )
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

// ---------------------------------------------------------------------------
// results

/// One scored assignment to seed.
struct SeedScore {
    assignment: String,
    judge: String,
    entry: String,
    values: String,
}

/// The bonus an entry is meant to get: (rules claimed and verified, other claims).
fn bonus_plan(i: usize) -> (Vec<&'static str>, Vec<(&'static str, &'static str)>) {
    // Twins (and the entry they copy) get no claim, so only the tie-breaks separate them.
    if i % TWIN_EVERY >= TWIN_EVERY - 2 {
        return (Vec::new(), Vec::new());
    }
    match (i * 7919) % 20 {
        0 => (vec!["youth"], Vec::new()),
        1 => (vec!["youth", "agency"], Vec::new()),
        2 => (vec!["agency", "local"], Vec::new()),
        3 => (vec!["local"], vec![("youth", score_db::CLAIM_PENDING)]),
        4 => (Vec::new(), vec![("agency", CLAIM_REJECTED)]),
        _ => (Vec::new(), Vec::new()),
    }
}

fn expected_bonus(i: usize) -> f64 {
    let (verified, _) = bonus_plan(i);
    let sum: f64 = verified.iter().filter_map(|k| BONUS_RULES.iter().find(|r| r.0 == *k)).map(|r| r.2).sum();
    sum.min(BONUS_CAP)
}

/// Per phase, in this process: the server's results work, step by step,
/// through the same library functions on the same database.
#[derive(Default)]
struct Phases(Vec<(&'static str, Vec<f64>)>);

impl Phases {
    fn add(&mut self, name: &'static str, took: Duration) {
        let ms = took.as_secs_f64() * 1000.0;
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => v.push(ms),
            None => self.0.push((name, vec![ms])),
        }
    }
}

/// Once through the results path: reads as `routes::results::gather` does
/// (each query timed), computes, resamples, serializes.
fn results_phases(conn: &mut DbConnection, stage_id: &str, phases: &mut Phases) -> anyhow::Result<(usize, usize)> {
    let total = Instant::now();
    let mut t = Instant::now();
    let lap = |phases: &mut Phases, t: &mut Instant, name: &'static str| {
        phases.add(name, t.elapsed());
        *t = Instant::now();
    };
    let stage = stages::find(conn, stage_id)?.context("no stage")?;
    let rubric: Rubric = serde_json::from_str(&stage.rubric)?;
    let recipe: Recipe = serde_json::from_str(&stage.recipe)?;
    lap(phases, &mut t, "read the stage");
    let ids = stages::entry_ids(conn, &stage)?;
    lap(phases, &mut t, "query: the stage's entry ids");
    let claims = score_db::verified_claims(conn, &stage.id)?;
    lap(phases, &mut t, "query: verified bonus claims");
    let rows = score_db::submitted_sheets(conn, &stage.id)?;
    lap(phases, &mut t, "query: submitted sheets (scores ⋈ assignments)");
    let in_stage: std::collections::BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    let mut sheets = Vec::with_capacity(rows.len());
    for (judge, entry, values) in rows {
        if in_stage.contains(entry.as_str()) {
            let values: BTreeMap<String, f64> = serde_json::from_str(&values)?;
            sheets.push(Sheet { judge, entry, values });
        }
    }
    lap(phases, &mut t, "parse the sheets' JSON values");
    let mut bonus: HashMap<String, Vec<String>> = HashMap::new();
    for (entry, rule) in claims {
        bonus.entry(entry).or_default().push(rule);
    }
    let times = score_db::submission_times(conn, &ids)?;
    lap(phases, &mut t, "query: submission times (chunks of 1,000 ids)");
    let entries = times
        .into_iter()
        .map(|(id, submitted_at)| EntryInput {
            verified_bonus: bonus.remove(&id).unwrap_or_default(),
            submitted_at: submitted_at.unwrap_or_default().and_utc(),
            public_score: None,
            id,
        })
        .collect();
    let inputs = Inputs { entries, sheets };
    let (n_entries, n_sheets) = (inputs.entries.len(), inputs.sheets.len());
    phases.add("= reading (everything above)", total.elapsed());
    t = Instant::now();
    let results = recipe::compute(&rubric, &recipe, &inputs);
    lap(phases, &mut t, "recipe::compute");
    // As routes/results.rs writes it: the typed results once into a RawValue, then the view around it.
    let raw = serde_json::value::to_raw_value(&results)?;
    lap(phases, &mut t, "serde_json::value::to_raw_value(results)");
    #[derive(serde::Serialize)]
    struct View<'a> {
        stage_id: &'a str,
        results: &'a serde_json::value::RawValue,
        close_calls: [u8; 0],
    }
    let bytes = serde_json::to_vec(&View { stage_id: &stage.id, results: &raw, close_calls: [] })?;
    lap(phases, &mut t, "serialize the answer around it");
    phases.add("= answer without close calls (read + compute + JSON)", total.elapsed());
    let seed = u64::from_str_radix(results.inputs_hash.get(..16).unwrap_or("0"), 16).unwrap_or(0);
    t = Instant::now();
    let calls = recipe::close_calls(&rubric, &recipe, &inputs, &results, CLOSE_CALL_RESAMPLES, seed);
    lap(phases, &mut t, "recipe::close_calls (200 resamples)");
    drop((calls, bytes));
    Ok((n_entries, n_sheets))
}

/// What the results answer says, checked against what was seeded.
struct AnswerCheck {
    ranked: usize,
    sheets: usize,
    /// Entries with every judge and exactly 2 scores dropped.
    full_panels: usize,
    bonus_wrong: usize,
    with_bonus: usize,
    twins: usize,
    /// Twins with equal final scores, ranked apart (the earlier submission first), not marked tied.
    twins_ordered: usize,
    advancing: usize,
}

fn check_answer(body: &Bytes, entries: &[(String, String)], judge_count: usize) -> AnswerCheck {
    let mut body = json_of(body);
    let ranked = match body["results"]["entries"].take() {
        Value::Array(ranked) => ranked,
        _ => Vec::new(),
    };
    let by_entry: HashMap<&str, &Value> = ranked.iter().filter_map(|e| Some((e["entry"].as_str()?, e))).collect();
    let judges_of = |e: &Value| e["judges"].as_array().map_or(&[][..], Vec::as_slice).len();
    let full_panels = ranked
        .iter()
        .filter(|e| {
            let judges = e["judges"].as_array().map_or(&[][..], Vec::as_slice);
            judges.len() == judge_count && judges.iter().filter(|j| j["dropped"] == true).count() == 2
        })
        .count();
    let mut bonus_wrong = 0;
    let mut with_bonus = 0;
    for (i, (id, _)) in entries.iter().enumerate() {
        let expected = expected_bonus(i);
        let got = by_entry.get(id.as_str()).and_then(|e| e["bonus"].as_f64()).unwrap_or(f64::NAN);
        if (got - expected).abs() > 1e-9 {
            bonus_wrong += 1;
        }
        with_bonus += usize::from(expected > 0.0);
    }
    let (mut twins, mut twins_ordered) = (0, 0);
    let of = |k: usize| by_entry.get(entries[k].0.as_str());
    for i in (TWIN_EVERY - 1..entries.len()).step_by(TWIN_EVERY) {
        twins += 1;
        let rank = |k: usize| of(k).and_then(|e| e["rank"].as_u64());
        let tied = |k: usize| of(k).is_some_and(|e| e["tied"] == true);
        let score = |k: usize| of(k).and_then(|e| e["final_score"].as_f64());
        if let (Some(a), Some(b)) = (rank(i - 1), rank(i))
            && a < b
            && !tied(i - 1)
            && !tied(i)
            && score(i - 1).zip(score(i)).is_some_and(|(x, y)| (x - y).abs() <= 1e-9 * x.abs().max(1.0))
        {
            twins_ordered += 1;
        }
    }
    AnswerCheck {
        ranked: ranked.len(),
        sheets: ranked.iter().map(judges_of).sum(),
        full_panels,
        bonus_wrong,
        with_bonus,
        twins,
        twins_ordered,
        advancing: ranked.iter().filter(|e| e["advances"] == true).count(),
    }
}

async fn results(bench: &Bench) -> anyhow::Result<Report> {
    let n = bench.args.entries;
    let judge_count = bench.args.judges;
    let seeding = Instant::now();
    let arena = bench.arena("judging-results", n).await?;
    let advance = (n / 10).max(1);
    let stage = bench.stage(&arena, &rubric_stage("서류 심사", json!({ "mode": "everyone" }), advance)).await?;
    let judges = bench.citizens("results-judge", judge_count).await?;
    bench.panel(&arena, &stage, &judges).await?;

    // The plan, the declarations, the scores and the claims, through the
    // data layer (the plan by the same code `POST …/assignments/plan` runs).
    let now = now_naive();
    let started = Instant::now();
    let (stage_c, organizer_id) = (stage.clone(), arena.organizer_id.clone());
    let added = bench
        .write(move |conn| {
            let stage = stages::find(conn, &stage_c)?.ok_or_else(ApiError::not_found)?;
            let outcome = modu::routes::assignments::replan(conn, &stage, Some(&organizer_id), now)?;
            use schema::assignments::dsl as a;
            diesel::update(a::assignments.filter(a::stage_id.eq(&stage_c)).filter(a::removed_at.is_null()))
                .set((a::declaration.eq(NO_CONFLICT), a::declared_at.eq(now)))
                .execute(conn)?;
            Ok(outcome.added)
        })
        .await?;
    log(format!("results: {added} assignments planned and declared in {:.1} s", started.elapsed().as_secs_f64()));
    let stage_c = stage.clone();
    let assigned: Vec<(String, String, String)> = bench
        .write(move |conn| {
            use schema::assignments::dsl as a;
            Ok(a::assignments.filter(a::stage_id.eq(&stage_c)).select((a::id, a::judge_id, a::entry_id)).load::<(
                String,
                String,
                String,
            )>(
                conn
            )?)
        })
        .await?;
    let index_of: HashMap<&str, usize> =
        arena.entries.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
    let judge_no: HashMap<&str, usize> = judges.iter().enumerate().map(|(k, (id, _))| (id.as_str(), k)).collect();
    // Sheets: entry quality, each judge's own severity and spread, noise.
    let mut rng = StdRng::seed_from_u64(20_261_122);
    let quality: Vec<f64> = (0..n).map(|_| rng.random_range(0.15..0.95)).collect();
    let judge_style: Vec<(f64, f64)> =
        (0..judge_count).map(|_| (rng.random_range(-0.12..0.12), rng.random_range(0.6..1.3))).collect();
    let mut sheet_of: HashMap<(usize, usize), [f64; 5]> = HashMap::with_capacity(assigned.len());
    for (i, q) in quality.iter().enumerate() {
        for (k, (offset, spread)) in judge_style.iter().enumerate() {
            let mut values = [0.0; 5];
            for (c, v) in values.iter_mut().enumerate() {
                let noise: f64 = rng.random_range(-0.08..0.08);
                *v = on_grid(c, 0.5 + (q - 0.5) * spread + offset + noise);
            }
            sheet_of.insert((i, k), values);
        }
    }
    for i in (TWIN_EVERY - 1..n).step_by(TWIN_EVERY) {
        for k in 0..judge_count {
            if let Some(v) = sheet_of.get(&(i - 1, k)).copied() {
                sheet_of.insert((i, k), v);
            }
        }
    }
    let mut seed_scores = Vec::with_capacity(assigned.len());
    for (assignment, judge, entry) in assigned {
        let (Some(&i), Some(&k)) = (index_of.get(entry.as_str()), judge_no.get(judge.as_str())) else {
            bail!("an assignment of an unknown entry or judge");
        };
        let values = values_json(&sheet_of[&(i, k)]);
        seed_scores.push(SeedScore { assignment, judge, entry, values });
    }
    drop(sheet_of);
    let started = Instant::now();
    let seed_scores = Arc::new(seed_scores);
    for batch in (0..seed_scores.len()).step_by(10_000) {
        let (rows, stage_id) = (seed_scores.clone(), stage.clone());
        bench
            .write(move |conn| {
                use schema::score_changes::dsl as sc;
                use schema::scores::dsl as s;
                let end = (batch + 10_000).min(rows.len());
                for chunk in rows[batch..end].chunks(INSERT_CHUNK) {
                    let ids: Vec<String> = chunk.iter().map(|_| new_id()).collect();
                    let scores: Vec<_> = chunk
                        .iter()
                        .zip(&ids)
                        .map(|(r, id)| {
                            (
                                s::id.eq(id),
                                s::assignment_id.eq(&r.assignment),
                                s::stage_id.eq(&stage_id),
                                s::judge_id.eq(&r.judge),
                                s::entry_id.eq(&r.entry),
                                s::score_values.eq(&r.values),
                                s::status.eq(score_db::SUBMITTED),
                                s::version.eq(1),
                                s::created_at.eq(now),
                                s::updated_at.eq(now),
                            )
                        })
                        .collect();
                    let insert = diesel::insert_into(s::scores).values(scores);
                    on_backend!(conn, |c| insert.execute(c))?;
                    let changes: Vec<_> = chunk
                        .iter()
                        .zip(&ids)
                        .map(|(r, id)| {
                            (
                                sc::id.eq(new_id()),
                                sc::score_id.eq(id),
                                sc::changed_by.eq(&r.judge),
                                sc::changed_at.eq(now),
                                sc::new_values.eq(&r.values),
                                sc::new_status.eq(score_db::SUBMITTED),
                            )
                        })
                        .collect();
                    let insert = diesel::insert_into(sc::score_changes).values(changes);
                    on_backend!(conn, |c| insert.execute(c))?;
                }
                Ok(())
            })
            .await?;
    }
    let (stage_c, entries_c, organizer_id) = (stage.clone(), arena.entries.clone(), arena.organizer_id.clone());
    let claims = bench
        .write(move |conn| {
            let mut claims = 0;
            for (i, (entry, user)) in entries_c.iter().enumerate() {
                let (verified, others) = bonus_plan(i);
                let all = verified.iter().map(|k| (*k, CLAIM_VERIFIED)).chain(others);
                for (rule, status) in all {
                    let id = new_id();
                    score_db::insert_claim(conn, &id, &stage_c, entry, rule, "증빙 서류 첨부", user, now)?;
                    if status != score_db::CLAIM_PENDING {
                        score_db::decide_claim(conn, &id, status, None, &organizer_id, now)?;
                    }
                    claims += 1;
                }
            }
            Ok(claims)
        })
        .await?;
    log(format!(
        "results: {} scores (and their audit rows) and {claims} bonus claims seeded in {:.1} s",
        seed_scores.len(),
        started.elapsed().as_secs_f64()
    ));
    bench.settle().await?;
    let seeded_in = seeding.elapsed().as_secs_f64();

    // Over HTTP.
    let pid = bench.args.server_pid;
    let memory_before = memory_mb(pid);
    let peak_reset = reset_peak(pid);
    let plain = bench.url(&format!("/stages/{stage}/results?close_calls=false"));
    let with_calls = bench.url(&format!("/stages/{stage}/results?close_calls=true"));
    let get = |url: &str| bench.client.get(url).bearer_auth(&arena.organizer_token);
    let (status, first_body, first) = timed(get(&plain)).await;
    if status != Ok(200) {
        bail!(
            "GET results answered {}: {}",
            status_text(&status),
            String::from_utf8_lossy(&first_body[..first_body.len().min(600)])
        );
    }
    log(format!(
        "results: first answer in {:.0} ms, {:.1} MB",
        first.as_secs_f64() * 1e3,
        first_body.len() as f64 / 1e6
    ));
    let before = CpuSample::take(pid);
    let mut plain_times = Latencies::default();
    let mut statuses = Statuses::default();
    for _ in 0..bench.args.results_requests {
        let (status, _, took) = timed(get(&plain)).await;
        statuses.add("results", &status_text(&status));
        plain_times.add(took);
    }
    let (cpu, others) = before.split_since(&CpuSample::take(pid), pid);
    let memory_plain = memory_mb(pid);
    let mut call_times = Latencies::default();
    let mut calls_body = Bytes::new();
    for _ in 0..bench.args.close_call_requests {
        let (status, body, took) = timed(get(&with_calls)).await;
        statuses.add("results with close calls", &status_text(&status));
        call_times.add(took);
        calls_body = body;
    }
    let memory_after = memory_mb(pid);
    log(format!(
        "results: median {:.0} ms without close calls, {:.0} ms with",
        plain_times.percentile_ms(50.0),
        call_times.percentile_ms(50.0)
    ));

    // What the answer says.
    let check = check_answer(&first_body, &arena.entries, judge_count);
    let close_calls = json_of(&calls_body)["close_calls"].as_array().map_or(0, Vec::len);
    let answer_mb = first_body.len() as f64 / 1e6;
    // What this process held for seeding and checking is let go before it times the phases.
    drop((first_body, calls_body, seed_scores));
    let AnswerCheck { ranked, sheets, full_panels, bonus_wrong, with_bonus, twins, twins_ordered, advancing } = check;
    let correct =
        ranked == n && full_panels == n && bonus_wrong == 0 && twins_ordered == twins && statuses.non_2xx() == 0;

    // The same work, phase by phase, in this process.
    let db = bench.db.clone();
    let stage_c = stage.clone();
    let (phases, one_peak) = tokio::task::spawn_blocking(move || -> anyhow::Result<(Phases, Option<f64>)> {
        let mut conn = db.get_write_conn().map_err(api)?;
        let mut phases = Phases::default();
        // The first run alone on a fresh peak: the memory one computation needs, on one thread.
        let me = Some(std::process::id());
        let before = memory_mb(me).filter(|_| reset_peak(me)).map(|m| m.0);
        results_phases(&mut conn, &stage_c, &mut phases)?;
        let one_peak = before.zip(memory_mb(me)).map(|(before, (_, peak))| peak - before);
        for _ in 0..4 {
            results_phases(&mut conn, &stage_c, &mut phases)?;
        }
        Ok((phases, one_peak))
    })
    .await??;

    let p50 = plain_times.percentile_ms(50.0);
    let p95 = plain_times.percentile_ms(95.0);
    let peak = memory_after.map(|m| m.1);
    let mut md = bench.heading("Results");
    let _ = writeln!(
        md,
        "{} entries × {judge_count} judges × {} criteria, {} submitted sheets; z-score, trimmed mean (drop 1, ≥ 5 judges), \
         {} bonus rules capped at {BONUS_CAP} ({claims} claims, {with_bonus} entries with verified bonus), tie-breaks \
         criterion → earliest submission, top {advance} advance. Seeded in {seeded_in:.0} s. `GET …/results?close_calls=false` \
         {} times after one warm-up, then with close calls {} times, one at a time.\n",
        thousands(n as f64),
        CRITERIA.len(),
        thousands(sheets as f64),
        BONUS_RULES.len(),
        bench.args.results_requests,
        bench.args.close_call_requests,
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| without close calls: median / p95 / max | {} / {} / {} | < {RESULTS_TARGET_MS:.0} ms | {} |",
        fmt_ms(p50),
        fmt_ms(p95),
        fmt_ms(plain_times.max_ms()),
        bench.target_ok(p95 < RESULTS_TARGET_MS)
    );
    let _ = writeln!(md, "| first request (warm-up) | {} | | |", fmt_ms(first.as_secs_f64() * 1e3));
    let _ = writeln!(
        md,
        "| with close calls: median / max | {} / {} | | |",
        fmt_ms(call_times.percentile_ms(50.0)),
        fmt_ms(call_times.max_ms())
    );
    let _ = writeln!(md, "| answer size | {answer_mb:.1} MB | | |");
    let mem = |m: Option<(f64, f64)>| m.map_or("?".to_owned(), |(rss, hwm)| format!("{rss:.0} / {hwm:.0} MB"));
    let _ = writeln!(md, "| server RSS / peak before the requests | {} | | |", mem(memory_before));
    let _ = writeln!(md, "| server RSS / peak after those without close calls | {} | | |", mem(memory_plain));
    let _ = writeln!(
        md,
        "| server RSS / peak after all | {} | peak < {RESULTS_PEAK_TARGET_MB:.0} MB | {} |",
        mem(memory_after),
        peak.map_or("?", |p| bench.target_ok(p < RESULTS_PEAK_TARGET_MB))
    );
    if !peak_reset {
        md.push_str("| peak RSS | not reset before the requests (`clear_refs` refused): the peak is the server's lifetime peak | | |\n");
    }
    let _ = writeln!(
        md,
        "| ranked entries / with 9 judges, 2 dropped | {} / {} | {n} | {} |",
        ranked,
        full_panels,
        bench.target_ok(ranked == n && full_panels == n)
    );
    let _ = writeln!(
        md,
        "| entries whose bonus ≠ the verified claims (capped) | {bonus_wrong} | 0 | {} |",
        bench.target_ok(bonus_wrong == 0)
    );
    let _ = writeln!(
        md,
        "| exact twins ranked apart by the tie-breaks | {twins_ordered} of {twins} | all | {} |",
        bench.target_ok(twins_ordered == twins)
    );
    let _ = writeln!(md, "| advancing / close calls | {advancing} / {close_calls} | | |");
    let _ = writeln!(md, "| non-2xx / errors | {} | | |", statuses.failures());
    let _ =
        writeln!(md, "| CPU cores during the requests without close calls: server / generator / rest | {cpu} | | |");
    let _ = writeln!(md, "| the rest, by process | {others} | | |");
    md.push_str(
        "\nThe same work in the load generator's process, through the same library functions on the same \
         database (median of 5; the server adds HTTP, its permit and blocking-thread hops, and writing the body):\n\n\
         | phase | ms |\n|---|---:|\n",
    );
    for (name, v) in phases.0 {
        let _ = writeln!(md, "| {name} | {:.1} |", median(v));
    }
    if let Some(mb) = one_peak {
        let _ = writeln!(
            md,
            "\nPeak RSS growth of the generator during its first run of all of the above, on one thread: {mb:.0} MB."
        );
    }
    Ok(Report { markdown: md, ok: correct })
}

// ---------------------------------------------------------------------------
// scores

#[derive(Default)]
struct ScoreTask {
    save: Latencies,
    statuses: Statuses,
    saved: u64,
    /// (when it answered since the start, latency) of each accepted save, for the first / last 10 s.
    at: Vec<(f64, Duration)>,
}

async fn scores(bench: &Bench) -> anyhow::Result<Report> {
    let seconds = bench.args.seconds;
    let judges_n = bench.args.concurrency.max(1);
    let k = 8usize.min(judges_n);
    let per_judge = bench.args.assignments_per_judge.max(1);
    let n = (judges_n * per_judge).div_ceil(k);
    let arena = bench.arena("judging-scores", n).await?;
    let stage = bench.stage(&arena, &rubric_stage("예선 심사", json!({ "mode": "per_entry", "k": k }), 10)).await?;
    let judges = bench.citizens("scores-judge", judges_n).await?;
    let tokens = bench.panel(&arena, &stage, &judges).await?;
    let (added, plan_secs) = bench.plan(&arena, &stage).await?;
    log(format!("scores: {added} assignments planned over HTTP in {plan_secs:.2} s"));

    // Each judge lists their assignments and declares no conflict on each, over HTTP.
    let started = Instant::now();
    let mine_url = bench.url(&format!("/stages/{stage}/assignments/mine?limit=100"));
    let mut work: Vec<Vec<String>> = Vec::with_capacity(judges_n);
    for token in &tokens {
        let page = bench.call(bench.client.get(&mine_url).bearer_auth(token), &[200], "GET assignments/mine").await?;
        let ids: Vec<String> = page["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["id"].as_str().map(str::to_owned))
            .collect();
        if ids.is_empty() {
            bail!("a judge has no assignment");
        }
        work.push(ids);
    }
    let declarations: Vec<anyhow::Result<usize>> = futures_util::stream::iter(work.iter().zip(&tokens))
        .map(|(ids, token)| async move {
            for id in ids {
                bench
                    .call(
                        bench
                            .client
                            .post(bench.url(&format!("/assignments/{id}/declaration")))
                            .bearer_auth(token)
                            .json(&json!({ "conflict": false })),
                        &[200],
                        "POST declaration",
                    )
                    .await?;
            }
            Ok::<usize, anyhow::Error>(ids.len())
        })
        .buffer_unordered(judges_n)
        .collect()
        .await;
    let declared: usize = declarations.into_iter().sum::<anyhow::Result<usize>>()?;
    let declare_secs = started.elapsed().as_secs_f64();
    log(format!("scores: {declared} declarations over HTTP in {declare_secs:.1} s"));
    bench.settle().await?;

    let maintenance = bench.maintenance(deadline_in(seconds));
    let before = CpuSample::take(bench.args.server_pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut handles = Vec::new();
    for (ids, token) in work.iter().cloned().zip(tokens.iter().cloned()) {
        let client = bench.client.clone();
        let urls: Vec<String> = ids.iter().map(|id| bench.url(&format!("/assignments/{id}/score"))).collect();
        handles.push(tokio::spawn(async move {
            let mut t = ScoreTask::default();
            let mut visit = 0usize;
            while Instant::now() < deadline {
                let a = visit % urls.len();
                let round = visit / urls.len();
                visit += 1;
                // Every save changes the sheet (an unchanged one is answered without a write).
                let values = json!({
                    "creativity": (round + a) % 31,
                    "feasibility": (round * 3 + a) % 26,
                    "impact": (round * 7 + a) % 21,
                    "completeness": (round + 2 * a) % 16,
                    "presentation": ((round + a) % 21) as f64 / 2.0,
                });
                let body = json!({ "values": values, "submit": round % 4 == 3 });
                let (status, _, took) = timed(client.put(&urls[a]).bearer_auth(&token).json(&body)).await;
                t.save.add(took);
                t.statuses.add("save", &status_text(&status));
                if status == Ok(200) {
                    t.saved += 1;
                    t.at.push((started.elapsed().as_secs_f64(), took));
                }
            }
            t
        }));
    }
    let mut all = ScoreTask::default();
    for handle in handles {
        let t = handle.await?;
        all.save.merge(t.save);
        all.statuses.merge(t.statuses);
        all.saved += t.saved;
        all.at.extend(t.at);
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (cpu, others) = before.split_since(&CpuSample::take(bench.args.server_pid), bench.args.server_pid);
    let maintenance = maintenance.await??;
    log(format!("scores: {} saves in {elapsed:.1} s; checking the database", all.saved));

    // One score per assignment; one audit row per accepted save.
    let stage_c = stage.clone();
    let (score_rows, distinct_assignments, changes, submitted) = bench
        .write(move |conn| {
            use schema::score_changes::dsl as sc;
            use schema::scores::dsl as s;
            let assignment_ids: Vec<String> =
                s::scores.filter(s::stage_id.eq(&stage_c)).select(s::assignment_id).load(conn)?;
            let distinct = assignment_ids.iter().collect::<std::collections::HashSet<_>>().len();
            let changes: i64 =
                sc::score_changes.inner_join(s::scores).filter(s::stage_id.eq(&stage_c)).count().get_result(conn)?;
            let submitted: i64 = s::scores
                .filter(s::stage_id.eq(&stage_c))
                .filter(s::status.eq(score_db::SUBMITTED))
                .count()
                .get_result(conn)?;
            Ok((assignment_ids.len(), distinct, changes, submitted))
        })
        .await?;
    let audit_ok = changes == all.saved as i64;
    let one_each = score_rows == distinct_assignments;
    let correct = audit_ok && one_each && all.statuses.non_2xx() == 0;

    let rate = all.saved as f64 / elapsed;
    let target = match bench.backend {
        Backend::Sqlite => SCORES_TARGET_SQLITE,
        Backend::Postgres => SCORES_TARGET_POSTGRES,
    };
    let p99 = all.save.percentile_ms(99.0);
    let mut md = bench.heading("Score submission");
    let _ = writeln!(
        md,
        "{judges_n} judges, one task and connection each, {seconds} s; {} entries × k = {k} judges ({} assignments, \
         {per_judge} per judge, planned over HTTP in {plan_secs:.2} s, declared over HTTP: {declared} in {declare_secs:.1} s); \
         each task cycles through its own assignments with `PUT /assignments/{{id}}/score`, every save a change, \
         a submit every fourth round.\n",
        thousands(n as f64),
        thousands(added as f64),
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| writes/s | {} | ≥ {} | {} |",
        thousands(rate),
        thousands(target),
        bench.target_ok(rate >= target)
    );
    let _ = writeln!(
        md,
        "| p50 / p99 / max | {} / {} / {} | p99 < {P99_TARGET_MS:.0} ms | {} |",
        fmt_ms(all.save.percentile_ms(50.0)),
        fmt_ms(p99),
        fmt_ms(all.save.max_ms()),
        bench.target_ok(p99 < P99_TARGET_MS)
    );
    if seconds >= 20 {
        md.push_str(&windows("writes", &all.at, seconds));
    }
    let _ = writeln!(
        md,
        "| accepted saves / audit rows | {} / {changes} | equal | {} |",
        all.saved,
        bench.target_ok(audit_ok)
    );
    let _ = writeln!(
        md,
        "| score rows / distinct assignments (submitted) | {score_rows} / {distinct_assignments} ({submitted}) | equal | {} |",
        bench.target_ok(one_each)
    );
    let _ = writeln!(md, "| non-2xx / errors | {} | | |", all.statuses.failures());
    let _ = writeln!(md, "| CPU cores: server / generator / rest | {cpu} | | |");
    let _ = writeln!(md, "| the rest, by process | {others} | | |");
    md.push_str(&maintenance);
    log(format!("scores: {rate:.0} writes/s, p99 {p99:.1} ms"));
    Ok(Report { markdown: md, ok: correct })
}

// ---------------------------------------------------------------------------
// pairwise

#[derive(Default)]
struct VoteTask {
    begin: Latencies,
    next: Latencies,
    declare: Latencies,
    vote: Latencies,
    undo: Latencies,
    statuses: Statuses,
    votes: u64,
    undos: u64,
    /// Judges who saw every entry.
    exhausted: u64,
    ran_out: bool,
    vote_at: Vec<(f64, Duration)>,
}

impl VoteTask {
    /// Sends a declaration of no conflict; whether it was taken.
    async fn declared(&mut self, request: reqwest::RequestBuilder) -> bool {
        let (status, _, took) = timed(request).await;
        self.declare.add(took);
        self.statuses.add("declaration", &status_text(&status));
        status == Ok(200)
    }
}

/// (standing votes, item views, judges' vote counts, every μ and σ² finite, (read, ms)).
type FoldCheck = (usize, i64, i64, bool, Vec<(&'static str, f64)>);

/// The assignment id of the state's current entry, if one was handed out.
fn current_assignment(state: &Value) -> Option<String> {
    state["current"]["assignment_id"].as_str().map(str::to_owned)
}

async fn pairwise_votes(bench: &Bench) -> anyhow::Result<Report> {
    let seconds = bench.args.seconds;
    let concurrency = bench.args.pairwise_judges.max(1);
    let items = bench.args.pairwise_items.max(3);
    let arena = bench.arena("judging-pairwise", items).await?;
    let now = Utc::now();
    let document = json!({
        "name": { "ko": "현장 결선" },
        "mode": "pairwise",
        "blind": true,
        "opens_at": (now - TimeDelta::minutes(1)).to_rfc3339(),
        "closes_at": (now + TimeDelta::hours(2)).to_rfc3339(),
        "recipe": { "normalization": "none", "aggregation": { "type": "mean" }, "advance": { "type": "top_n", "n": 10 } },
    });
    let stage = bench.stage(&arena, &document).await?;
    let (added, plan_secs) = bench.plan(&arena, &stage).await?;
    // A judge votes at most items − 2 times; enough judges for 3,000 votes/s.
    let pool = concurrency + (seconds as usize * 3_000).div_ceil(items - 2);
    let judges = bench.citizens("pairwise-judge", pool).await?;
    let tokens = Arc::new(bench.panel(&arena, &stage, &judges).await?);
    log(format!("pairwise: {added} items, {pool} judges on the panel; {concurrency} vote at once for {seconds} s"));
    bench.settle().await?;

    let next_judge = Arc::new(AtomicUsize::new(0));
    let base = Arc::new(bench.url(""));
    let stage_path = Arc::new(format!("/stages/{stage}/pairwise"));
    let undo_every = bench.args.undo_every;
    let maintenance = bench.maintenance(deadline_in(seconds));
    let before = CpuSample::take(bench.args.server_pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut handles = Vec::new();
    for task in 0..concurrency {
        let (client, tokens, next_judge, base, stage_path) =
            (bench.client.clone(), tokens.clone(), next_judge.clone(), base.clone(), stage_path.clone());
        handles.push(tokio::spawn(async move {
            let mut t = VoteTask::default();
            let mut rng = StdRng::seed_from_u64(task as u64);
            let url = |path: &str| format!("{base}{stage_path}{path}");
            'judges: while Instant::now() < deadline {
                let Some(token) = tokens.get(next_judge.fetch_add(1, Ordering::Relaxed)) else {
                    t.ran_out = true;
                    break;
                };
                let declare = |id: String| {
                    client
                        .post(format!("{base}/assignments/{id}/declaration"))
                        .bearer_auth(token)
                        .json(&json!({ "conflict": false }))
                };
                // Begin, declare, look at the second entry, declare.
                let (status, body, took) = timed(client.post(url("/begin")).bearer_auth(token)).await;
                t.begin.add(took);
                t.statuses.add("begin", &status_text(&status));
                let Some(first) = current_assignment(&json_of(&body)).filter(|_| status == Ok(200)) else {
                    continue;
                };
                if !t.declared(declare(first)).await {
                    continue;
                }
                let (status, body, took) = timed(client.post(url("/next")).bearer_auth(token)).await;
                t.next.add(took);
                t.statuses.add("next", &status_text(&status));
                let Some(mut current) = current_assignment(&json_of(&body)).filter(|_| status == Ok(200)) else {
                    continue;
                };
                let mut mine = 0usize;
                loop {
                    if !t.declared(declare(current.clone())).await {
                        continue 'judges;
                    }
                    if Instant::now() >= deadline {
                        break 'judges;
                    }
                    let better = if rng.random_bool(0.5) { "previous" } else { "current" };
                    let (status, body, took) =
                        timed(client.post(url("/vote")).bearer_auth(token).json(&json!({ "better": better }))).await;
                    t.vote.add(took);
                    t.statuses.add("vote", &status_text(&status));
                    if status != Ok(200) {
                        continue 'judges;
                    }
                    t.votes += 1;
                    t.vote_at.push((started.elapsed().as_secs_f64(), took));
                    mine += 1;
                    let mut state = json_of(&body);
                    if undo_every > 0 && mine.is_multiple_of(undo_every) {
                        let (status, _, took) = timed(client.post(url("/undo")).bearer_auth(token)).await;
                        t.undo.add(took);
                        t.statuses.add("undo", &status_text(&status));
                        if status == Ok(200) {
                            t.undos += 1;
                            // Back at the same two entries (both declared): vote again.
                            let (status, body, took) =
                                timed(client.post(url("/vote")).bearer_auth(token).json(&json!({ "better": better })))
                                    .await;
                            t.vote.add(took);
                            t.statuses.add("vote", &status_text(&status));
                            if status != Ok(200) {
                                continue 'judges;
                            }
                            t.votes += 1;
                            t.vote_at.push((started.elapsed().as_secs_f64(), took));
                            state = json_of(&body);
                        }
                    }
                    match current_assignment(&state) {
                        Some(next) => current = next,
                        None => {
                            t.exhausted += 1;
                            continue 'judges;
                        }
                    }
                }
            }
            t
        }));
    }
    let mut all = VoteTask::default();
    for handle in handles {
        let t = handle.await?;
        all.begin.merge(t.begin);
        all.next.merge(t.next);
        all.declare.merge(t.declare);
        all.vote.merge(t.vote);
        all.undo.merge(t.undo);
        all.statuses.merge(t.statuses);
        all.votes += t.votes;
        all.undos += t.undos;
        all.exhausted += t.exhausted;
        all.ran_out |= t.ran_out;
        all.vote_at.extend(t.vote_at);
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (cpu, others) = before.split_since(&CpuSample::take(bench.args.server_pid), bench.args.server_pid);
    let maintenance = maintenance.await??;
    let judges_used = next_judge.load(Ordering::Relaxed).min(pool);
    log(format!("pairwise: {} votes in {elapsed:.1} s; checking the database", all.votes));

    // The CrowdBT state is the fold of the votes that stand; and how long the reads of a vote take.
    let db = bench.db.clone();
    let stage_c = stage.clone();
    let (standing, views, judge_votes, finite, reads) =
        tokio::task::spawn_blocking(move || -> anyhow::Result<FoldCheck> {
            let mut conn = db.get_write_conn().map_err(api)?;
            let conn = &mut *conn;
            let standing = pairwise::standing_votes(conn, &stage_c)?;
            let items = pairwise::items(conn, &stage_c)?;
            let judges = pairwise::judges(conn, &stage_c)?;
            let views: i64 = items.iter().map(|i| i64::from(i.views)).sum();
            let judge_votes: i64 = judges.iter().map(|j| i64::from(j.votes)).sum();
            let finite = items.iter().all(|i| i.mu.is_finite() && i.sigma_sq.is_finite() && i.sigma_sq > 0.0);
            // The reads `hand_next` makes per vote, timed here on the loaded stage.
            let busiest = judges.iter().max_by_key(|j| j.votes).map(|j| j.judge_id.clone()).unwrap_or_default();
            let since = now_naive() - TimeDelta::minutes(5);
            let mut reads = Vec::new();
            let mut time = |name: &'static str, f: &mut dyn FnMut(&mut DbConnection) -> QueryResult<usize>| {
                let mut v = Vec::new();
                for _ in 0..50 {
                    let t = Instant::now();
                    let _ = f(conn);
                    v.push(t.elapsed().as_secs_f64() * 1000.0);
                }
                reads.push((name, median(v)));
            };
            time("pairwise::items (every item of the stage)", &mut |c| pairwise::items(c, &stage_c).map(|v| v.len()));
            time("pairwise::unseen_items (the candidates for the busiest judge)", &mut |c| {
                pairwise::unseen_items(c, &stage_c, &busiest).map(|v| v.len())
            });
            time("pairwise::busy (entries handed to others)", &mut |c| {
                pairwise::busy(c, &stage_c, &busiest, since).map(|v| v.len())
            });
            time("pairwise::last_vote (for can_undo)", &mut |c| {
                pairwise::last_vote(c, &stage_c, &busiest).map(|v| usize::from(v.is_some()))
            });
            time("pairwise::standing_votes (what an undo replays)", &mut |c| {
                pairwise::standing_votes(c, &stage_c).map(|v| v.len())
            });
            Ok((standing.len(), views, judge_votes, finite, reads))
        })
        .await??;
    let expected_standing = all.votes - all.undos;
    let fold_ok =
        standing as u64 == expected_standing && views == 2 * standing as i64 && judge_votes == standing as i64;
    let correct = fold_ok && finite;

    // Choosing the next entry, in this process: the maths only, over `items` candidates.
    let mut rng = StdRng::seed_from_u64(7);
    let candidates: Vec<Candidate> = (0..items)
        .map(|i| Candidate {
            id: format!("{i}"),
            item: Item { mu: rng.random_range(-2.0..2.0), sigma_sq: rng.random_range(0.05..1.0) },
            views: rng.random_range(0..6),
            busy: rng.random_bool(0.1),
        })
        .collect();
    let judge = Judge { alpha: 12.0, beta: 2.0 };
    let previous = Item { mu: 0.3, sigma_sq: 0.4 };
    let mut choose = Latencies::default();
    for _ in 0..5_000 {
        let t = Instant::now();
        std::hint::black_box(crowdbt::choose_next(judge, Some(&previous), &candidates, &mut rng));
        choose.add(t.elapsed());
    }
    let choose_mean_us = choose.0.iter().sum::<u64>() as f64 / choose.len().max(1) as f64;
    let choose_p99 = choose.percentile_ms(99.0);

    let rate = all.votes as f64 / elapsed;
    let p99 = all.vote.percentile_ms(99.0);
    let mut md = bench.heading("Pairwise votes");
    let _ = writeln!(
        md,
        "{concurrency} judges at once, {seconds} s, {items} entries in a pairwise stage (planned over HTTP in {plan_secs:.2} s); \
         each judge begins, declares, passes the first entry, then loops \"declare the entry just handed out, vote\" \
         (`POST /assignments/{{id}}/declaration`, `POST /stages/{{id}}/pairwise/vote`); a judge who has seen every entry \
         is replaced from a pool of {pool} ({judges_used} used, {} saw everything{}){}.\n",
        all.exhausted,
        if all.ran_out { ", **the pool ran out**" } else { "" },
        if undo_every > 0 {
            format!("; every {undo_every}th vote of a judge is undone and cast again")
        } else {
            String::new()
        },
    );
    md.push_str("| figure | value | target | |\n|---|---:|---|---|\n");
    let _ = writeln!(
        md,
        "| votes/s | {} | ≥ {} | {} |",
        thousands(rate),
        thousands(VOTES_TARGET),
        bench.target_ok(rate >= VOTES_TARGET)
    );
    let _ = writeln!(
        md,
        "| vote p50 / p99 / max | {} / {} / {} | p99 < {P99_TARGET_MS:.0} ms | {} |",
        fmt_ms(all.vote.percentile_ms(50.0)),
        fmt_ms(p99),
        fmt_ms(all.vote.max_ms()),
        bench.target_ok(p99 < P99_TARGET_MS)
    );
    let _ = writeln!(
        md,
        "| declarations/s; p50 / p99 | {}; {} / {} | | |",
        thousands(all.declare.len() as f64 / elapsed),
        fmt_ms(all.declare.percentile_ms(50.0)),
        fmt_ms(all.declare.percentile_ms(99.0))
    );
    let _ = writeln!(
        md,
        "| begin / next: count; p99 | {} / {}; {} / {} | | |",
        all.begin.len(),
        all.next.len(),
        fmt_ms(all.begin.percentile_ms(99.0)),
        fmt_ms(all.next.percentile_ms(99.0))
    );
    if all.undo.len() > 0 {
        let _ = writeln!(
            md,
            "| undos; p50 / p99 | {}; {} / {} | | |",
            all.undos,
            fmt_ms(all.undo.percentile_ms(50.0)),
            fmt_ms(all.undo.percentile_ms(99.0))
        );
    }
    if seconds >= 20 {
        md.push_str(&windows("votes", &all.vote_at, seconds));
    }
    let _ = writeln!(
        md,
        "| choosing the next entry (CrowdBT maths, {items} candidates, in-process): mean / p99 | {:.0} µs / {:.3} ms | < {CHOOSE_TARGET_MS:.0} ms | {} |",
        choose_mean_us,
        choose_p99,
        bench.target_ok(choose_p99 < CHOOSE_TARGET_MS)
    );
    let _ = writeln!(
        md,
        "| votes standing (accepted − undone) / item views ÷ 2 / judges' vote counts | {standing} / {} / {judge_votes} | all {expected_standing} | {} |",
        views / 2,
        bench.target_ok(fold_ok)
    );
    let _ = writeln!(md, "| every μ, σ² finite (σ² > 0) | {finite} | true | {} |", bench.target_ok(finite));
    let _ = writeln!(md, "| non-2xx / errors | {} | | |", all.statuses.failures());
    let _ = writeln!(md, "| CPU cores: server / generator / rest | {cpu} | | |");
    let _ = writeln!(md, "| the rest, by process | {others} | | |");
    md.push_str(&maintenance);
    md.push_str("\nReads a vote makes, timed afterwards in the generator on the loaded stage (median of 50):\n\n| read | ms |\n|---|---:|\n");
    for (name, ms) in reads {
        let _ = writeln!(md, "| {name} | {ms:.2} |");
    }
    log(format!("pairwise: {rate:.0} votes/s, p99 {p99:.1} ms"));
    Ok(Report { markdown: md, ok: correct })
}

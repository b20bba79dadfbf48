#![allow(dead_code)] // Helpers are shared by test modules that each use a part.

//! `spawn_app()`: the real server on port 0, with a fresh database (a temp
//! SQLite file, or a fresh PostgreSQL schema when MODU_TEST_DATABASE=postgres),
//! a real SMTP server in-process, and a clock the test can move.

use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::TimeDelta;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use mailin_embedded::response::{OK, Response};
use mailin_embedded::{Handler, Server, SslConfig};
use modu::clock::ShiftedClock;
use modu::config::{ConfigLayer, MailTransportKind, Secret, Settings, SmtpTls};
use modu::db::DbConnection;
use modu::startup::Application;
use serde_json::{Value, json};

pub const PASSWORD: &str = "blue harbour lantern 42";

// ---------------------------------------------------------------- database

pub fn backend() -> String {
    std::env::var("MODU_TEST_DATABASE").unwrap_or_else(|_| "sqlite".to_owned())
}

fn postgres_base_url() -> String {
    let url = std::env::var("MODU_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    // Loopback needs no TLS, and without it libpq's OpenSSL stays out of the
    // test process: with TLS, OpenSSL's exit-time cleanup raced the server
    // threads earlier tests left running and crashed the finished test binary.
    if url.contains("sslmode=") {
        url
    } else {
        let sep = if url.contains('?') { '&' } else { '?' };
        format!("{url}{sep}sslmode=disable")
    }
}

/// A database that exists for one test and is dropped after it.
pub struct TestDatabase {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    schema: Option<String>,
}

impl TestDatabase {
    pub fn create(data_dir: &std::path::Path) -> Self {
        if backend() == "postgres" {
            let schema = format!("t_{}", uuid_simple());
            let mut conn = diesel::PgConnection::establish(&postgres_base_url()).expect("PostgreSQL is reachable");
            conn.batch_execute(&format!("CREATE SCHEMA {schema}")).expect("create schema");
            let sep = if postgres_base_url().contains('?') { '&' } else { '?' };
            let url = format!("{}{sep}options=-csearch_path%3D{schema}", postgres_base_url());
            Self { url, _dir: None, schema: Some(schema) }
        } else {
            Self { url: format!("sqlite://{}", data_dir.join("modu.db").display()), _dir: None, schema: None }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(schema) = &self.schema
            && let Ok(mut conn) = diesel::PgConnection::establish(&postgres_base_url())
        {
            let _ = conn.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
        }
    }
}

fn uuid_simple() -> String {
    modu::domain::ids::new_id().replace('-', "")
}

// ---------------------------------------------------------------- SMTP

#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub raw: String,
}

impl ReceivedMail {
    /// The `token` query parameter of the first link to `path` in the text body.
    pub fn token_for(&self, path: &str) -> String {
        let start =
            self.text.find(&format!("{path}?token=")).unwrap_or_else(|| panic!("no {path} link in {}", self.text));
        let rest = &self.text[start + path.len() + "?token=".len()..];
        rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
    }
}

#[derive(Clone, Default)]
struct CaptureHandler {
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    refusals_left: Arc<AtomicUsize>,
    attempts: Arc<AtomicUsize>,
    to: Vec<String>,
    buf: Vec<u8>,
}

impl Handler for CaptureHandler {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.attempts.fetch_add(1, Ordering::SeqCst);
        let refuse = self.refusals_left.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
        if refuse {
            return Response::custom(451, "Try again later".to_owned());
        }
        self.to = to.to_vec();
        self.buf.clear();
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buf.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let raw = String::from_utf8_lossy(&self.buf).into_owned();
        let parsed = mail_parser::MessageParser::default().parse(self.buf.as_slice());
        let mail = match parsed {
            Some(m) => ReceivedMail {
                to: self.to.clone(),
                subject: m.subject().unwrap_or_default().to_owned(),
                text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
                html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
                message_id: m.message_id().unwrap_or_default().to_owned(),
                raw,
            },
            None => ReceivedMail {
                to: self.to.clone(),
                subject: String::new(),
                text: String::new(),
                html: String::new(),
                message_id: String::new(),
                raw,
            },
        };
        self.received.lock().expect("mailbox lock").push(mail);
        OK
    }
}

/// A real SMTP server on a free port, keeping what it receives.
#[derive(Clone)]
pub struct Mailbox {
    pub port: u16,
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    refusals_left: Arc<AtomicUsize>,
    attempts: Arc<AtomicUsize>,
}

impl Mailbox {
    pub fn start() -> Self {
        let handler = CaptureHandler::default();
        let (received, refusals_left, attempts) =
            (handler.received.clone(), handler.refusals_left.clone(), handler.attempts.clone());
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind SMTP");
        let port = listener.local_addr().expect("SMTP address").port();
        let mut server = Server::new(handler);
        server
            .with_name("smtp.test")
            .with_ssl(SslConfig::None)
            .expect("no TLS")
            .with_num_threads(32)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Self { port, received, refusals_left, attempts }
    }

    /// The next `n` deliveries are refused with a temporary error.
    pub fn refuse_next(&self, n: usize) {
        self.refusals_left.store(n, Ordering::SeqCst);
    }

    pub fn attempts(&self) -> usize {
        self.attempts.load(Ordering::SeqCst)
    }

    pub fn all(&self) -> Vec<ReceivedMail> {
        self.received.lock().expect("mailbox lock").clone()
    }

    pub fn to(&self, address: &str) -> Vec<ReceivedMail> {
        self.all().into_iter().filter(|m| m.to.iter().any(|t| t == address)).collect()
    }

    /// Waits (up to 10 s) until `address` has received `count` messages.
    pub async fn wait_for(&self, address: &str, count: usize) -> Vec<ReceivedMail> {
        for _ in 0..200 {
            let got = self.to(address);
            if got.len() >= count {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{address} received {} mail(s), expected {count}", self.to(address).len());
    }

    /// Waits until the total count reaches `count`.
    pub async fn wait_for_total(&self, count: usize) -> Vec<ReceivedMail> {
        for _ in 0..400 {
            let got = self.all();
            if got.len() >= count {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("received {} mail(s), expected {count}", self.all().len());
    }
}

// ---------------------------------------------------------------- app

pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    pub clock: Arc<ShiftedClock>,
    pub mailbox: Mailbox,
    pub app_state: actix_web::web::Data<modu::state::AppState>,
    pub database_url: String,
    pub data_dir: Arc<tempfile::TempDir>,
    _database: Arc<TestDatabase>,
}

/// A registered, verified, signed-in account.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub password: String,
    pub access_token: String,
    pub refresh_cookie: String,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

fn init_logs() {
    if std::env::var("TEST_LOG").is_ok() {
        modu::telemetry::init(modu::config::LogFormat::Text, "info");
    }
}

pub async fn spawn_app_with(customize: impl FnOnce(&mut ConfigLayer)) -> TestApp {
    init_logs();
    let data_dir = tempfile::tempdir().expect("temp dir");
    let database = TestDatabase::create(data_dir.path());
    let mailbox = Mailbox::start();
    start(Arc::new(database), Arc::new(data_dir), mailbox, customize).await
}

/// A second server process on the same database and SMTP server.
pub async fn spawn_second_app(first: &TestApp) -> TestApp {
    start(first._database.clone(), first.data_dir.clone(), first.mailbox.clone(), |_| {}).await
}

async fn start(
    database: Arc<TestDatabase>,
    data_dir: Arc<tempfile::TempDir>,
    mailbox: Mailbox,
    customize: impl FnOnce(&mut ConfigLayer),
) -> TestApp {
    let mut layer = ConfigLayer {
        database_url: Some(Secret::new(database.url.clone())),
        bind: Some("127.0.0.1:0".to_owned()),
        public_base_url: Some("http://modu.test".to_owned()),
        data_dir: Some(data_dir.path().to_path_buf()),
        jwt_keys: Some(vec![Secret::new("test-signing-key-0123456789abcdefghijklmnop")]),
        mail_transport: Some(MailTransportKind::Smtp),
        smtp_host: Some("127.0.0.1".to_owned()),
        smtp_port: Some(mailbox.port),
        smtp_tls: Some(SmtpTls::None),
        mail_poll_ms: Some(50),
        mail_retry_base_ms: Some(50),
        workers: Some(1),
        db_max_connections: Some(4),
        frontend_dir: Some(data_dir.path().join("no-frontend")),
        ..Default::default()
    };
    customize(&mut layer);
    let settings = Settings::resolve(layer).expect("valid test settings");
    let clock = Arc::new(ShiftedClock::default());
    let app = Application::build(settings, clock.clone()).await.expect("the app starts");
    let port = app.port();
    let app_state = app.state();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        client,
        clock,
        mailbox,
        app_state,
        database_url: database.url.clone(),
        data_dir,
        _database: database,
    }
}

pub fn registration(email: &str) -> Value {
    json!({
        "email": email,
        "password": PASSWORD,
        "display_name": "김민지",
        "locale": "ko",
        "birth_date": "1990-05-17",
        "consents": [
            { "kind": "terms", "version": "2026-11-01", "granted": true },
            { "kind": "privacy_collection", "version": "2026-11-01", "granted": true },
            { "kind": "marketing_email", "version": "2026-11-01", "granted": false }
        ]
    })
}

/// The value of the refresh cookie a response sets, if any.
pub fn refresh_cookie_of(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("modu_refresh=").map(|rest| rest.split(';').next().unwrap_or_default().to_owned()))
        .filter(|v| !v.is_empty())
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    pub async fn get_as(&self, path: &str, token: &str) -> reqwest::Response {
        self.client.get(self.url(path)).bearer_auth(token).send().await.expect("request")
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client.post(self.url(path)).json(body).send().await.expect("request")
    }

    pub async fn post_json_as(&self, path: &str, token: &str, body: &Value) -> reqwest::Response {
        self.client.post(self.url(path)).bearer_auth(token).json(body).send().await.expect("request")
    }

    pub async fn send_as(&self, method: reqwest::Method, path: &str, token: &str, body: &Value) -> reqwest::Response {
        self.client.request(method, self.url(path)).bearer_auth(token).json(body).send().await.expect("request")
    }

    /// POST with the refresh cookie (and optionally an Origin).
    pub async fn post_with_cookie(&self, path: &str, cookie: &str, origin: Option<&str>) -> reqwest::Response {
        let mut req = self.client.post(self.url(path)).header("cookie", format!("modu_refresh={cookie}"));
        if let Some(origin) = origin {
            req = req.header("origin", origin);
        }
        req.send().await.expect("request")
    }

    pub async fn register(&self, body: &Value) -> reqwest::Response {
        self.post_json("/api/v1/auth/register", body).await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_json("/api/v1/auth/sign-in", &json!({ "email": email, "password": password })).await
    }

    /// Registers `email`, follows the verification link from the real mail,
    /// and signs in.
    pub async fn verified_account(&self, email: &str) -> Account {
        let account = self.unverified_account(email).await;
        let mail = self.mailbox.wait_for(email, 1).await;
        let token = mail[0].token_for("/verify-email");
        let verified = self.post_json("/api/v1/auth/verify-email", &json!({ "token": token })).await;
        assert_eq!(verified.status(), 204);
        account
    }

    /// Registers `email` and signs in, without verifying.
    pub async fn unverified_account(&self, email: &str) -> Account {
        let registered = self.register(&registration(email)).await;
        assert_eq!(registered.status(), 202, "registration of {email}");
        self.signed_in(email, PASSWORD).await
    }

    pub async fn signed_in(&self, email: &str, password: &str) -> Account {
        let response = self.sign_in(email, password).await;
        assert_eq!(response.status(), 200, "sign-in of {email}");
        let refresh_cookie = refresh_cookie_of(&response).expect("a refresh cookie");
        let body: Value = response.json().await.expect("json");
        let access_token = body["access_token"].as_str().expect("access token").to_owned();
        let me: Value = self.get_as("/api/v1/me", &access_token).await.json().await.expect("json");
        Account {
            id: me["id"].as_str().expect("id").to_owned(),
            email: email.to_owned(),
            password: password.to_owned(),
            access_token,
            refresh_cookie,
        }
    }

    /// A verified account with the admin role, signed in after the grant.
    pub async fn admin_account(&self, email: &str) -> Account {
        let account = self.verified_account(email).await;
        let id = account.id.clone();
        let now = self.app_state.now();
        self.with_conn(move |conn| modu::db::users::set_admin(conn, &id, true, now)).await;
        self.signed_in(email, PASSWORD).await
    }

    /// Runs a query on the app's database (for arranging and asserting).
    pub async fn with_conn<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
    ) -> T {
        self.app_state
            .db
            .write(move |conn| work(conn).map_err(modu::error::ApiError::from))
            .await
            .expect("database work")
    }

    pub async fn count(&self, table: &'static str) -> i64 {
        use modu::db::schema::*;
        self.with_conn(move |conn| match table {
            "users" => users::table.count().get_result(conn),
            "consents" => consents::table.count().get_result(conn),
            "email_tokens" => email_tokens::table.count().get_result(conn),
            "refresh_tokens" => refresh_tokens::table.count().get_result(conn),
            "organizations" => organizations::table.count().get_result(conn),
            "organization_members" => organization_members::table.count().get_result(conn),
            "outbox_emails" => outbox_emails::table.count().get_result(conn),
            "sign_in_failures" => sign_in_failures::table.count().get_result(conn),
            "audit_events" => audit_events::table.count().get_result(conn),
            "entry_files" => entry_files::table.count().get_result(conn),
            "stages" => stages::table.count().get_result(conn),
            "stage_judges" => stage_judges::table.count().get_result(conn),
            "assignments" => assignments::table.count().get_result(conn),
            "scores" => scores::table.count().get_result(conn),
            "score_changes" => score_changes::table.count().get_result(conn),
            "bonus_claims" => bonus_claims::table.count().get_result(conn),
            other => panic!("no table {other}"),
        })
        .await
    }

    /// Moves the server's clock forward.
    pub fn advance_clock(&self, by: TimeDelta) {
        self.clock.advance(by);
    }
}

/// Reads a problem document and checks its shape.
pub async fn problem(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status, "status");
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["code"], code, "problem {body}");
    assert_eq!(body["status"], status);
    assert!(body["title"].is_string() && body["detail"].is_string() && body["type"].is_string());
    body
}

/// The fields named in a validation problem.
pub fn problem_fields(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|a| a.iter().filter_map(|e| e["field"].as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

//! Configuration: built-in defaults, then a TOML file (`--config`,
//! `MODU_CONFIG`, or `./modu.toml` if present), then `MODU_*` environment
//! variables, then command-line flags — each later source wins. Secrets are
//! wrapped in `Secret`, whose `Debug` never shows them.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;
use serde::Deserialize;

use crate::db::DatabaseUrl;

/// A value that must never reach a log or a terminal.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum MailTransportKind {
    /// Write each message as an .eml file in the mail folder.
    File,
    Smtp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    None,
    Starttls,
    Tls,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// Every setting, each optional: the same shape is read from flags, the
/// environment and the file, then merged.
#[derive(Debug, Clone, Default, Deserialize, Args)]
#[serde(deny_unknown_fields)]
pub struct ConfigLayer {
    /// sqlite://path/to/file.db or postgres://user:pass@host:5432/db
    #[arg(long, env = "MODU_DATABASE_URL")]
    pub database_url: Option<Secret>,
    /// Address and port to listen on (port 0 picks a free one).
    #[arg(long, env = "MODU_BIND")]
    pub bind: Option<String>,
    /// The address people reach the platform at; links in mail start with it.
    #[arg(long, env = "MODU_PUBLIC_BASE_URL")]
    pub public_base_url: Option<String>,
    /// Folder for the SQLite file, the generated JWT key, mail files and uploads.
    #[arg(long, env = "MODU_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// HS256 signing keys, comma-separated; the first signs, all verify (rotation).
    #[arg(long, env = "MODU_JWT_KEYS", value_delimiter = ',')]
    pub jwt_keys: Option<Vec<Secret>>,
    /// Access-token lifetime in seconds (at most 900).
    #[arg(long, env = "MODU_ACCESS_TOKEN_TTL_SECS")]
    pub access_token_ttl_secs: Option<u64>,
    /// Refresh-token lifetime in seconds.
    #[arg(long, env = "MODU_REFRESH_TOKEN_TTL_SECS")]
    pub refresh_token_ttl_secs: Option<u64>,
    #[arg(long, env = "MODU_MAIL_TRANSPORT")]
    pub mail_transport: Option<MailTransportKind>,
    /// Folder the file transport writes to (default: <data_dir>/mail).
    #[arg(long, env = "MODU_MAIL_DIR")]
    pub mail_dir: Option<PathBuf>,
    /// The From: of every message, e.g. "Modu <no-reply@modu.example>".
    #[arg(long, env = "MODU_MAIL_FROM")]
    pub mail_from: Option<String>,
    #[arg(long, env = "MODU_SMTP_HOST")]
    pub smtp_host: Option<String>,
    #[arg(long, env = "MODU_SMTP_PORT")]
    pub smtp_port: Option<u16>,
    #[arg(long, env = "MODU_SMTP_TLS")]
    pub smtp_tls: Option<SmtpTls>,
    #[arg(long, env = "MODU_SMTP_USERNAME")]
    pub smtp_username: Option<String>,
    #[arg(long, env = "MODU_SMTP_PASSWORD")]
    pub smtp_password: Option<Secret>,
    /// SMTP connections kept open and used at once (default 8).
    #[arg(long, env = "MODU_SMTP_CONNECTIONS")]
    pub smtp_connections: Option<u32>,
    /// Folder for uploaded files (default: <data_dir>/uploads).
    #[arg(long, env = "MODU_STORAGE_DIR")]
    pub storage_dir: Option<PathBuf>,
    /// The built web UI to serve at / (default: frontend/dist).
    #[arg(long, env = "MODU_FRONTEND_DIR")]
    pub frontend_dir: Option<PathBuf>,
    /// Origins allowed to call the API from a browser, comma-separated.
    #[arg(long, env = "MODU_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Option<Vec<String>>,
    /// Proxies whose X-Forwarded-For is believed, comma-separated IPs.
    #[arg(long, env = "MODU_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Option<Vec<IpAddr>>,
    #[arg(long, env = "MODU_LOG_FORMAT")]
    pub log_format: Option<LogFormat>,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "MODU_WORKERS")]
    pub workers: Option<usize>,
    #[arg(long, env = "MODU_DB_MAX_CONNECTIONS")]
    pub db_max_connections: Option<u32>,
    /// Failed sign-ins per account allowed in the window before 429.
    #[arg(long, env = "MODU_SIGN_IN_MAX_FAILURES_PER_ACCOUNT")]
    pub sign_in_max_failures_per_account: Option<u32>,
    /// Failed sign-ins per client address allowed in the window before 429.
    #[arg(long, env = "MODU_SIGN_IN_MAX_FAILURES_PER_CLIENT")]
    pub sign_in_max_failures_per_client: Option<u32>,
    #[arg(long, env = "MODU_SIGN_IN_WINDOW_SECS")]
    pub sign_in_window_secs: Option<u64>,
    /// How often the mail worker looks for due mail, in milliseconds.
    #[arg(long, env = "MODU_MAIL_POLL_MS")]
    pub mail_poll_ms: Option<u64>,
    /// First retry delay after a failed delivery, in milliseconds (doubles each time).
    #[arg(long, env = "MODU_MAIL_RETRY_BASE_MS")]
    pub mail_retry_base_ms: Option<u64>,
    /// Attempts before a message is given up as dead.
    #[arg(long, env = "MODU_MAIL_MAX_ATTEMPTS")]
    pub mail_max_attempts: Option<i32>,
}

macro_rules! merge_fields {
    ($high:expr, $low:expr, $($field:ident),* $(,)?) => {
        ConfigLayer { $($field: $high.$field.or($low.$field)),* }
    };
}

impl ConfigLayer {
    /// `self` wins over `lower` field by field.
    pub fn over(self, lower: ConfigLayer) -> ConfigLayer {
        merge_fields!(
            self,
            lower,
            database_url,
            bind,
            public_base_url,
            data_dir,
            jwt_keys,
            access_token_ttl_secs,
            refresh_token_ttl_secs,
            mail_transport,
            mail_dir,
            mail_from,
            smtp_host,
            smtp_port,
            smtp_tls,
            smtp_username,
            smtp_password,
            smtp_connections,
            storage_dir,
            frontend_dir,
            cors_origins,
            trusted_proxies,
            log_format,
            workers,
            db_max_connections,
            sign_in_max_failures_per_account,
            sign_in_max_failures_per_client,
            sign_in_window_secs,
            mail_poll_ms,
            mail_retry_base_ms,
            mail_max_attempts,
        )
    }

    pub fn from_file(path: &Path) -> anyhow::Result<ConfigLayer> {
        let text = std::fs::read_to_string(path).with_context(|| format!("Failed to read {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("Failed to parse {}", path.display()))
    }
}

#[derive(Debug, Clone)]
pub enum MailTransportSettings {
    File { dir: PathBuf },
    Smtp { host: String, port: u16, tls: SmtpTls, username: Option<String>, password: Option<Secret> },
}

#[derive(Debug, Clone)]
pub struct MailSettings {
    pub transport: MailTransportSettings,
    pub from: String,
    /// Messages sent at once, each over a pooled SMTP connection of its own.
    pub connections: usize,
    pub poll_ms: u64,
    pub retry_base_ms: u64,
    pub max_attempts: i32,
}

#[derive(Debug, Clone)]
pub struct ThrottleSettings {
    pub max_failures_per_account: u32,
    pub max_failures_per_client: u32,
    pub window_secs: u64,
}

/// The effective configuration, validated.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database: DatabaseUrl,
    pub bind: String,
    pub public_base_url: url::Url,
    pub data_dir: PathBuf,
    /// Empty means: use (or create) `<data_dir>/jwt.key`.
    pub jwt_keys: Vec<Secret>,
    pub access_token_ttl_secs: u64,
    pub refresh_token_ttl_secs: u64,
    pub mail: MailSettings,
    pub storage_dir: PathBuf,
    pub frontend_dir: PathBuf,
    pub cors_origins: Vec<String>,
    pub trusted_proxies: Vec<IpAddr>,
    pub log_format: LogFormat,
    pub workers: usize,
    pub db_max_connections: u32,
    pub throttle: ThrottleSettings,
}

pub const MAX_ACCESS_TOKEN_TTL_SECS: u64 = 15 * 60;

impl Settings {
    /// Applies defaults and checks the values.
    pub fn resolve(layer: ConfigLayer) -> anyhow::Result<Settings> {
        let data_dir = layer.data_dir.unwrap_or_else(|| PathBuf::from("data"));
        let database_url = match layer.database_url {
            Some(url) => url.expose().to_owned(),
            None => format!("sqlite://{}", data_dir.join("modu.db").display()),
        };
        let database = DatabaseUrl::parse(&database_url).map_err(|e| anyhow::anyhow!("database_url: {e}"))?;
        let bind = layer.bind.unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let public_base_url = layer.public_base_url.unwrap_or_else(|| format!("http://{bind}"));
        let public_base_url = url::Url::parse(&public_base_url)
            .with_context(|| format!("public_base_url {public_base_url:?} is not a URL"))?;
        if !matches!(public_base_url.scheme(), "http" | "https") {
            bail!("public_base_url must be http:// or https://");
        }
        let access_token_ttl_secs = layer.access_token_ttl_secs.unwrap_or(MAX_ACCESS_TOKEN_TTL_SECS);
        if access_token_ttl_secs == 0 || access_token_ttl_secs > MAX_ACCESS_TOKEN_TTL_SECS {
            bail!("access_token_ttl_secs must be between 1 and {MAX_ACCESS_TOKEN_TTL_SECS}");
        }
        let jwt_keys = layer.jwt_keys.unwrap_or_default();
        if jwt_keys.iter().any(|k| k.expose().len() < 32) {
            bail!("each JWT key must have at least 32 characters");
        }
        let transport = match layer.mail_transport.unwrap_or(MailTransportKind::File) {
            MailTransportKind::File => {
                MailTransportSettings::File { dir: layer.mail_dir.unwrap_or_else(|| data_dir.join("mail")) }
            }
            MailTransportKind::Smtp => MailTransportSettings::Smtp {
                host: layer.smtp_host.context("smtp_host is required when mail_transport is smtp")?,
                port: layer.smtp_port.unwrap_or(587),
                tls: layer.smtp_tls.unwrap_or(SmtpTls::Starttls),
                username: layer.smtp_username,
                password: layer.smtp_password,
            },
        };
        let from = layer.mail_from.unwrap_or_else(|| "Modu 모두 <no-reply@modu.localhost>".to_owned());
        from.parse::<lettre::message::Mailbox>().with_context(|| format!("mail_from {from:?} is not a mailbox"))?;
        for origin in layer.cors_origins.iter().flatten() {
            url::Url::parse(origin).with_context(|| format!("CORS origin {origin:?} is not a URL"))?;
        }
        Ok(Settings {
            database,
            bind,
            public_base_url,
            storage_dir: layer.storage_dir.unwrap_or_else(|| data_dir.join("uploads")),
            frontend_dir: layer.frontend_dir.unwrap_or_else(|| PathBuf::from("frontend/dist")),
            data_dir,
            jwt_keys,
            access_token_ttl_secs,
            refresh_token_ttl_secs: layer.refresh_token_ttl_secs.unwrap_or(30 * 24 * 3600),
            mail: MailSettings {
                transport,
                from,
                // Each message waits on the SMTP server's answers (and, with
                // lettre, on one delayed ACK: it writes the message and its
                // final dot separately with Nagle on), not on the CPU: 4
                // connections delivered 89 mails/s, so 10,000 announcement
                // mails took almost two minutes.
                connections: layer.smtp_connections.map_or(8, |n| n.clamp(1, 64) as usize),
                poll_ms: layer.mail_poll_ms.unwrap_or(1000),
                retry_base_ms: layer.mail_retry_base_ms.unwrap_or(30_000),
                max_attempts: layer.mail_max_attempts.unwrap_or(10),
            },
            cors_origins: layer.cors_origins.unwrap_or_default(),
            trusted_proxies: layer.trusted_proxies.unwrap_or_default(),
            log_format: layer.log_format.unwrap_or(LogFormat::Text),
            workers: layer.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
            // Two per core: more only adds contention on two cores (measured: /me on
            // PostgreSQL 6.1k req/s with 4, p99 under 30 ms; worse with 16).
            db_max_connections: layer
                .db_max_connections
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(4, |n| (n.get() as u32 * 2).max(4))),
            throttle: ThrottleSettings {
                max_failures_per_account: layer.sign_in_max_failures_per_account.unwrap_or(10),
                max_failures_per_client: layer.sign_in_max_failures_per_client.unwrap_or(50),
                window_secs: layer.sign_in_window_secs.unwrap_or(15 * 60),
            },
        })
    }

    /// Whether cookies must be `Secure` and HSTS sent.
    pub fn is_https(&self) -> bool {
        self.public_base_url.scheme() == "https"
    }

    /// The origin (scheme://host[:port]) of the public base URL.
    pub fn public_origin(&self) -> String {
        self.public_base_url.origin().ascii_serialization()
    }

    /// A link into the web UI, e.g. `link("/verify-email", &[("token", t)])`.
    pub fn link(&self, path: &str, query: &[(&str, &str)]) -> String {
        let mut url = self.public_base_url.clone();
        let base = url.path().trim_end_matches('/').to_owned();
        url.set_path(&format!("{base}{path}"));
        if !query.is_empty() {
            url.query_pairs_mut().clear().extend_pairs(query);
        }
        url.to_string()
    }

    /// The signing keys: configured ones, else the generated key file.
    pub fn load_or_create_jwt_keys(&self) -> anyhow::Result<Vec<Secret>> {
        if !self.jwt_keys.is_empty() {
            return Ok(self.jwt_keys.clone());
        }
        Ok(vec![load_or_create_key_file(&self.data_dir.join("jwt.key"))?])
    }
}

/// Reads the key file, or creates it with 0600 permissions. `create_new`
/// makes two processes starting at once agree on one key.
fn load_or_create_key_file(path: &Path) -> anyhow::Result<Secret> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("Failed to create {}", dir.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(mut file) => {
            let key = crate::auth::tokens::random_token_of(48);
            file.write_all(key.as_bytes()).with_context(|| format!("Failed to write {}", path.display()))?;
            Ok(Secret(key))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let key = std::fs::read_to_string(path).with_context(|| format!("Failed to read {}", path.display()))?;
            let key = key.trim().to_owned();
            if key.len() < 32 {
                bail!("{} holds a key shorter than 32 characters", path.display());
            }
            Ok(Secret(key))
        }
        Err(e) => Err(e).with_context(|| format!("Failed to create {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_give_an_embedded_run_under_data() {
        let s = Settings::resolve(ConfigLayer::default()).unwrap();
        assert_eq!(s.database.target, "data/modu.db");
        assert_eq!(s.bind, "127.0.0.1:8080");
        assert_eq!(s.public_origin(), "http://127.0.0.1:8080");
        assert!(matches!(s.mail.transport, MailTransportSettings::File { ref dir } if dir == Path::new("data/mail")));
    }

    #[test]
    fn a_higher_layer_wins_field_by_field() {
        let env = ConfigLayer { bind: Some("0.0.0.0:9000".into()), ..Default::default() };
        let file = ConfigLayer { bind: Some("1.1.1.1:1".into()), workers: Some(3), ..Default::default() };
        let merged = env.over(file);
        assert_eq!(merged.bind.as_deref(), Some("0.0.0.0:9000"));
        assert_eq!(merged.workers, Some(3));
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let layer = ConfigLayer {
            database_url: Some(Secret::new("postgres://u:topsecret@h/db")),
            smtp_password: Some(Secret::new("mailsecret")),
            jwt_keys: Some(vec![Secret::new("k".repeat(40))]),
            ..Default::default()
        };
        let printed = format!("{layer:?}");
        assert!(!printed.contains("topsecret") && !printed.contains("mailsecret") && !printed.contains("kkkk"));
    }

    #[test]
    fn access_tokens_cannot_live_longer_than_fifteen_minutes() {
        let layer = ConfigLayer { access_token_ttl_secs: Some(3600), ..Default::default() };
        assert!(Settings::resolve(layer).is_err());
    }

    #[test]
    fn the_generated_key_file_is_private_and_stable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jwt.key");
        let first = load_or_create_key_file(&path).unwrap();
        let second = load_or_create_key_file(&path).unwrap();
        assert_eq!(first.expose(), second.expose());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn links_keep_a_base_path() {
        let layer = ConfigLayer { public_base_url: Some("https://city.example/modu/".into()), ..Default::default() };
        let s = Settings::resolve(layer).unwrap();
        assert_eq!(s.link("/verify-email", &[("token", "a b")]), "https://city.example/modu/verify-email?token=a+b");
    }
}

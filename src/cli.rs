//! The command line: `serve` (default), `migrate`, `admin create`,
//! `config check`, `openapi`.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use crate::clock::{Clock, SystemClock};
use crate::config::{ConfigLayer, Settings};
use crate::db::{Db, users};
use crate::domain::{DisplayName, Email, Password, password};

#[derive(Debug, Parser)]
#[command(name = "modu", version, about = "Modu (모두): citizen participation and idea contests")]
pub struct Cli {
    /// A TOML file of settings (default: ./modu.toml if it exists).
    #[arg(long, env = "MODU_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub layer: ConfigLayer,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Apply pending migrations and exit.
    Migrate {
        /// Revert every migration instead (drops all data).
        #[arg(long)]
        revert_all: bool,
    },
    /// Instance administration.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Configuration tools.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Print the OpenAPI document.
    Openapi,
    /// Load the demo season (WSCW 2018 contests, citizens, teams, entries, judges, judging and an announced contest with certificates) once.
    Demo {
        /// Also this many published contests, open now (to try the lists at scale).
        #[arg(long, default_value_t = 0)]
        extra_contests: usize,
        /// Also this many submitted entries in the naming contest, each by a citizen of its own.
        #[arg(long, default_value_t = 0)]
        extra_entries: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an admin account (or make an existing account admin).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "관리자")]
        display_name: String,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the effective settings (secrets hidden) and check the database is reachable.
    Check,
}

impl Cli {
    /// Merges flags and environment over the config file.
    pub fn settings(&self) -> anyhow::Result<Settings> {
        let file = match &self.config {
            Some(path) => ConfigLayer::from_file(path)?,
            None if std::path::Path::new("modu.toml").exists() => {
                ConfigLayer::from_file(std::path::Path::new("modu.toml"))?
            }
            None => ConfigLayer::default(),
        };
        Settings::resolve(self.layer.clone().over(file))
    }
}

pub async fn migrate(settings: &Settings, revert_all: bool) -> anyhow::Result<()> {
    let url = settings.database.clone();
    let done = tokio::task::spawn_blocking(move || {
        let db = Db::connect(&url, 1)?;
        let mut conn = db.get_write_conn().map_err(|e| anyhow::anyhow!("{e:?}"))?;
        if revert_all { crate::db::revert_all_migrations(&mut conn) } else { crate::db::run_migrations(&mut conn) }
    })
    .await??;
    let verb = if revert_all { "Reverted" } else { "Applied" };
    println!("{verb} {} migration(s) on {}", done.len(), settings.database.redacted());
    for version in done {
        println!("  {version}");
    }
    Ok(())
}

pub async fn create_admin(
    settings: &Settings,
    email: &str,
    display_name: &str,
    password_stdin: bool,
) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let display_name = DisplayName::parse(display_name).map_err(|e| anyhow::anyhow!("--display-name: {e}"))?;
    let (password, generated) = if password_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).context("Failed to read the password from standard input")?;
        let parsed = Password::parse(text.trim_end_matches(['\r', '\n']), Some(email.as_str()))
            .map_err(|p| anyhow::anyhow!("password: {}", p.message()))?;
        (parsed, false)
    } else {
        let random = crate::auth::tokens::random_token_of(15);
        (Password::parse(&random, None).map_err(|p| anyhow::anyhow!("{}", p.message()))?, true)
    };
    let hash = password::hash(&password)?;
    let db = crate::startup::open_database(settings).await?;
    let now = SystemClock.now_naive();
    let address = email.as_str().to_owned();
    let created = db
        .write(move |conn| {
            if let Some(existing) = users::find_by_email(conn, &address)? {
                users::set_admin(conn, &existing.id, true, now)?;
                return Ok(false);
            }
            let id = crate::domain::ids::new_id();
            users::insert(
                conn,
                &users::NewUser {
                    id: &id,
                    email: &address,
                    password_hash: &hash,
                    display_name: display_name.as_str(),
                    locale: "ko",
                    birth_date: None,
                    email_verified_at: Some(now),
                    is_admin: true,
                    guardian_name: None,
                    guardian_email: None,
                    tokens_valid_after: now,
                    created_at: now,
                    updated_at: now,
                },
            )?;
            crate::db::audit::record(
                conn,
                None,
                "account.admin_bootstrapped",
                ("user", Some(&id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(true)
        })
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    if !created {
        println!("{} already had an account; it is now an admin (its password is unchanged).", email.as_str());
    } else if generated {
        // Printed once, to the operator's terminal; never logged.
        println!("Admin {} created. Password (shown once): {}", email.as_str(), password.expose());
    } else {
        println!("Admin {} created.", email.as_str());
    }
    Ok(())
}

pub async fn check_config(settings: &Settings) -> anyhow::Result<()> {
    println!("database_url      = {}", settings.database.redacted());
    println!("bind              = {}", settings.bind);
    println!("public_base_url   = {}", settings.public_base_url);
    println!("data_dir          = {}", settings.data_dir.display());
    println!("storage_dir       = {}", settings.storage_dir.display());
    println!("frontend_dir      = {}", settings.frontend_dir.display());
    let keys = if settings.jwt_keys.is_empty() {
        format!("(generated, in {})", settings.data_dir.join("jwt.key").display())
    } else {
        format!("{} configured (hidden)", settings.jwt_keys.len())
    };
    println!("jwt_keys          = {keys}");
    println!(
        "access_token_ttl  = {}s, refresh_token_ttl = {}s",
        settings.access_token_ttl_secs, settings.refresh_token_ttl_secs
    );
    println!("mail              = {:?}, from {}", settings.mail.transport, settings.mail.from);
    println!("cors_origins      = {:?}", settings.cors_origins);
    println!("trusted_proxies   = {:?}", settings.trusted_proxies);
    let url = settings.database.clone();
    let reachable = tokio::task::spawn_blocking(move || Db::connect(&url, 1).map(|_| ())).await?;
    match reachable {
        Ok(()) => {
            println!("database          : reachable");
            Ok(())
        }
        Err(e) => bail!("the database is not reachable: {e:#}"),
    }
}

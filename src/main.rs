use std::sync::Arc;

use clap::Parser;
use modu::cli::{AdminCommand, Cli, Command, ConfigCommand};
use modu::clock::SystemClock;
use modu::startup::Application;

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = cli.settings()?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            modu::telemetry::init(settings.log_format, "info");
            let banner = Banner::of(&settings);
            let app = Application::build(settings, Arc::new(SystemClock)).await?;
            banner.print(app.port());
            app.run_until_stopped().await?;
        }
        Command::Migrate { revert_all } => modu::cli::migrate(&settings, revert_all).await?,
        Command::Admin { command: AdminCommand::Create { email, display_name, password_stdin } } => {
            modu::cli::create_admin(&settings, &email, &display_name, password_stdin).await?;
        }
        Command::Config { command: ConfigCommand::Check } => modu::cli::check_config(&settings).await?,
        Command::Openapi => println!("{}", modu::openapi::document().to_pretty_json()?),
        Command::Demo { extra_contests, extra_entries } => {
            let extras = modu::demo::Extras { contests: extra_contests, entries: extra_entries };
            match modu::demo::load(&settings, extras).await? {
                Some(summary) => println!("{summary}"),
                None => println!("The demo season is already loaded."),
            }
        }
    }
    Ok(())
}

/// What `make run` prints so a person knows where everything is.
struct Banner {
    lines: Vec<String>,
    host: String,
}

impl Banner {
    fn of(settings: &modu::config::Settings) -> Self {
        let mail = match &settings.mail.transport {
            modu::config::MailTransportSettings::File { dir } => format!("files in {}", dir.display()),
            modu::config::MailTransportSettings::Smtp { host, port, .. } => format!("SMTP {host}:{port}"),
        };
        Self {
            host: settings.bind.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h).to_owned(),
            lines: vec![
                format!("  database : {}", settings.database.redacted()),
                format!("  mail     : {mail}"),
                format!("  uploads  : {}", settings.storage_dir.display()),
                format!("  web UI   : {}", settings.frontend_dir.display()),
            ],
        }
    }

    fn print(&self, port: u16) {
        let host = if self.host == "0.0.0.0" { "127.0.0.1" } else { &self.host };
        println!("\nModu (모두) is running: http://{host}:{port}/");
        println!("  API docs : http://{host}:{port}/api/docs/");
        for line in &self.lines {
            println!("{line}");
        }
        println!();
    }
}

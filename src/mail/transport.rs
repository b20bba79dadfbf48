//! Where mail goes: an SMTP server, or `.eml` files in a folder (the default
//! for the embedded run, so a person can open their verification mail).

use std::time::Duration;

use anyhow::Context;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailSettings, MailTransportSettings, SmtpTls};
use crate::db::outbox::OutboxEmail;

pub enum Transport {
    File { transport: AsyncFileTransport<Tokio1Executor>, dir: std::path::PathBuf },
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl Transport {
    pub fn from_settings(settings: &MailSettings) -> anyhow::Result<Self> {
        match &settings.transport {
            MailTransportSettings::File { dir } => {
                std::fs::create_dir_all(dir).with_context(|| format!("Failed to create {}", dir.display()))?;
                Ok(Transport::File { transport: AsyncFileTransport::new(dir), dir: dir.clone() })
            }
            MailTransportSettings::Smtp { host, port, tls, username, password } => {
                let builder = match tls {
                    SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                    SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
                        .with_context(|| format!("Failed to set up STARTTLS to {host}"))?,
                    SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)
                        .with_context(|| format!("Failed to set up TLS to {host}"))?,
                };
                // As many pooled connections as the worker sends at once, closed
                // when idle: SMTP servers limit connections per client.
                let pool = PoolConfig::new()
                    .max_size(u32::try_from(settings.connections).unwrap_or(8))
                    .idle_timeout(Duration::from_secs(10));
                let mut builder = builder.port(*port).timeout(Some(Duration::from_secs(30))).pool_config(pool);
                if let Some(user) = username {
                    let pass = password.as_ref().map(|p| p.expose().to_owned()).unwrap_or_default();
                    builder = builder.credentials(Credentials::new(user.clone(), pass));
                }
                Ok(Transport::Smtp(builder.build()))
            }
        }
    }

    /// Sends one outbox message. The file transport also writes a `.txt`
    /// beside the `.eml`, so a person can read the mail without a mail client.
    pub async fn deliver(&self, from: &Mailbox, email: &OutboxEmail) -> anyhow::Result<()> {
        let message = build_message(from, email)?;
        match self {
            Transport::File { transport, dir } => {
                transport.send(message).await.context("Failed to write the mail file")?;
                let readable = format!(
                    "To: {} <{}>\nSubject: {}\nQueued: {}\n\n{}",
                    email.to_name,
                    email.to_address,
                    email.subject,
                    crate::domain::time::format(email.created_at),
                    email.body_text
                );
                let path = dir.join(format!("{}.txt", email.id));
                tokio::fs::write(&path, readable).await.with_context(|| format!("Failed to write {}", path.display()))
            }
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).context("The SMTP server refused the mail"),
        }
    }
}

/// Builds the MIME message for an outbox row. The Message-ID is derived from
/// the row id, so a receiver can tell a redelivery from a new message.
pub fn build_message(from: &Mailbox, email: &OutboxEmail) -> anyhow::Result<Message> {
    let address = email.to_address.parse().context("The recipient address is not valid")?;
    let name: String = email.to_name.chars().filter(|c| !c.is_control()).collect();
    let host = from.email.domain().to_owned();
    Message::builder()
        .from(from.clone())
        .to(Mailbox::new(Some(name), address))
        .subject(email.subject.clone())
        .message_id(Some(format!("<{}@{}>", email.id, host)))
        .multipart(MultiPart::alternative_plain_html(email.body_text.clone(), email.body_html.clone()))
        .context("Failed to build the message")
}

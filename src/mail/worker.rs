//! Delivers the outbox: claims due messages under a lease, sends them, and
//! records the outcome; failures are retried with exponential backoff until
//! the attempt limit, then the message is marked dead (and logged).
//!
//! Delivery is exactly-once as long as no process dies between the SMTP
//! server's acceptance and the `sent` mark; if one does, the lease expires and
//! the message is sent again (at-least-once is the honest floor with SMTP).

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use lettre::message::Mailbox;
use tokio::sync::Notify;

use super::transport::Transport;
use crate::clock::SharedClock;
use crate::config::MailSettings;
use crate::db::{Db, outbox};

const BATCH: i64 = 20;
const LEASE: TimeDelta = TimeDelta::seconds(120);

pub struct OutboxWorker {
    pub db: Db,
    pub transport: Arc<Transport>,
    pub settings: MailSettings,
    pub clock: SharedClock,
    /// Poked after a request queues mail, so delivery starts at once.
    pub wakeup: Arc<Notify>,
}

/// The delay before attempt `attempts + 1`: base · 2^attempts, at most one hour.
pub fn backoff(base_ms: u64, attempts: i32) -> TimeDelta {
    let factor = 1u64 << attempts.clamp(0, 20);
    let ms = base_ms.saturating_mul(factor).min(3_600_000);
    TimeDelta::milliseconds(i64::try_from(ms).unwrap_or(3_600_000))
}

impl OutboxWorker {
    pub async fn run(self) {
        let owner = crate::domain::ids::new_id();
        let from: Mailbox = match self.settings.from.parse() {
            Ok(m) => m,
            Err(e) => {
                tracing::error!(error = %e, "The mail_from setting is not a mailbox; mail is not delivered");
                return;
            }
        };
        let poll = Duration::from_millis(self.settings.poll_ms.max(10));
        loop {
            let delivered = match self.deliver_batch(&owner, &from).await {
                Ok(n) => n,
                Err(e) => {
                    tracing::warn!(error = ?e, "Outbox delivery pass failed");
                    0
                }
            };
            if delivered < BATCH as usize {
                tokio::select! {
                    _ = self.wakeup.notified() => {}
                    _ = tokio::time::sleep(poll) => {}
                }
            }
        }
    }

    /// One pass: claim, send, record. Returns how many messages were claimed.
    pub async fn deliver_batch(&self, owner: &str, from: &Mailbox) -> Result<usize, crate::error::ApiError> {
        let now = self.clock.now_naive();
        let lease_until = now + LEASE;
        let claimer = owner.to_owned();
        let batch = self.db.write(move |conn| Ok(outbox::claim_due(conn, &claimer, now, lease_until, BATCH)?)).await?;
        let claimed = batch.len();
        for email in batch {
            let outcome = self.transport.deliver(from, &email).await;
            let id = email.id.clone();
            let owner = owner.to_owned();
            let now = self.clock.now_naive();
            match outcome {
                Ok(()) => {
                    tracing::info!(outbox_id = %id, "Mail delivered");
                    self.db.write(move |conn| Ok(outbox::mark_sent(conn, &id, &owner, now)?)).await?;
                }
                Err(error) => {
                    let attempts = email.attempts + 1;
                    let retry_at = (attempts < self.settings.max_attempts)
                        .then(|| now + backoff(self.settings.retry_base_ms, email.attempts));
                    if retry_at.is_none() {
                        tracing::error!(outbox_id = %id, attempts, error = ?error, "Mail given up after the last attempt");
                    } else {
                        tracing::warn!(outbox_id = %id, attempts, error = ?error, "Mail delivery failed; will retry");
                    }
                    let message = format!("{error:#}");
                    self.db.write(move |conn| Ok(outbox::mark_failed(conn, &id, &owner, retry_at, &message)?)).await?;
                }
            }
        }
        Ok(claimed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped_at_an_hour() {
        assert_eq!(backoff(1000, 0), TimeDelta::seconds(1));
        assert_eq!(backoff(1000, 1), TimeDelta::seconds(2));
        assert_eq!(backoff(1000, 5), TimeDelta::seconds(32));
        assert_eq!(backoff(30_000, 30), TimeDelta::hours(1));
    }
}

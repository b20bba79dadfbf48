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
use futures_util::StreamExt;
use lettre::message::Mailbox;
use tokio::sync::Notify;

use super::transport::Transport;
use crate::clock::SharedClock;
use crate::config::MailSettings;
use crate::db::{Db, outbox};

const BATCH: i64 = 64;
/// Longer than a batch can take (its rounds of sends over `connections`, each
/// bounded by the transport's 30 s timeout, and a minute to spare), so no
/// other worker re-claims a message in flight.
fn lease(connections: usize) -> TimeDelta {
    let rounds = (BATCH as usize).div_ceil(connections.max(1));
    TimeDelta::seconds(i64::try_from(rounds).unwrap_or(64) * 30 + 60)
}

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
        let lease_until = now + lease(self.settings.connections);
        let claimer = owner.to_owned();
        let batch = self.db.write(move |conn| Ok(outbox::claim_due(conn, &claimer, now, lease_until, BATCH)?)).await?;
        let claimed = batch.len();
        // Several messages in flight at once (an announcement queues one per
        // entrant), then every outcome recorded in one transaction.
        let outcomes: Vec<_> = futures_util::stream::iter(batch)
            .map(|email| async move {
                let outcome = self.transport.deliver(from, &email).await;
                (email, outcome)
            })
            .buffer_unordered(self.settings.connections)
            .collect()
            .await;
        let now = self.clock.now_naive();
        let mut records = Vec::with_capacity(outcomes.len());
        for (email, outcome) in outcomes {
            match outcome {
                Ok(()) => {
                    tracing::info!(outbox_id = %email.id, "Mail delivered");
                    records.push((email.id, None));
                }
                Err(error) => {
                    let attempts = email.attempts + 1;
                    let retry_at = (attempts < self.settings.max_attempts)
                        .then(|| now + backoff(self.settings.retry_base_ms, email.attempts));
                    if retry_at.is_none() {
                        tracing::error!(outbox_id = %email.id, attempts, error = ?error, "Mail given up after the last attempt");
                    } else {
                        tracing::warn!(outbox_id = %email.id, attempts, error = ?error, "Mail delivery failed; will retry");
                    }
                    records.push((email.id, Some((retry_at, format!("{error:#}")))));
                }
            }
        }
        let owner = owner.to_owned();
        self.db
            .write(move |conn| {
                for (id, failure) in &records {
                    match failure {
                        None => outbox::mark_sent(conn, id, &owner, now)?,
                        Some((retry_at, message)) => outbox::mark_failed(conn, id, &owner, *retry_at, message)?,
                    };
                }
                Ok(())
            })
            .await?;
        Ok(claimed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lease_outlasts_every_round_of_sends_a_batch_can_take() {
        assert_eq!(lease(8), TimeDelta::seconds(8 * 30 + 60));
        assert_eq!(lease(1), TimeDelta::seconds(64 * 30 + 60));
        assert_eq!(lease(64), TimeDelta::seconds(30 + 60));
        assert_eq!(lease(7), TimeDelta::seconds(10 * 30 + 60), "64 messages over 7 connections take 10 rounds");
        assert_eq!(lease(0), lease(1));
    }

    #[test]
    fn backoff_doubles_and_is_capped_at_an_hour() {
        assert_eq!(backoff(1000, 0), TimeDelta::seconds(1));
        assert_eq!(backoff(1000, 1), TimeDelta::seconds(2));
        assert_eq!(backoff(1000, 5), TimeDelta::seconds(32));
        assert_eq!(backoff(30_000, 30), TimeDelta::hours(1));
    }
}

//! Background loops other than mail: retention purges of expired tokens and
//! old sign-in failures.

use std::time::Duration;

use chrono::TimeDelta;

use crate::clock::SharedClock;
use crate::db::{Db, email_tokens, idempotency, refresh_tokens, throttle};

pub async fn run_maintenance(db: Db, clock: SharedClock, throttle_window_secs: u64) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let now = clock.now_naive();
        let window = TimeDelta::seconds(i64::try_from(throttle_window_secs).unwrap_or(900));
        let result = db
            .write(move |conn| {
                let tokens = email_tokens::purge_expired(conn, now)?;
                let refresh = refresh_tokens::purge_expired(conn, now)?;
                let failures = throttle::purge_older_than(conn, now - window)?;
                // A retry a day later is a new request.
                idempotency::purge_older_than(conn, now - TimeDelta::days(1))?;
                Ok((tokens, refresh, failures))
            })
            .await;
        match result {
            Ok((tokens, refresh, failures)) => {
                tracing::debug!(tokens, refresh, failures, "Expired rows purged");
            }
            Err(e) => tracing::warn!(error = ?e, "Maintenance pass failed"),
        }
    }
}

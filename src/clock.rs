//! Time is injected: deadlines, token expiry and mail backoff read this clock,
//! and tests move it. Only the server's clock counts; clients never send "now".

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// `now()` as stored in the database (UTC, no zone, microsecond precision).
    fn now_naive(&self) -> NaiveDateTime {
        let now = self.now();
        // Both backends keep microseconds; truncating here keeps what is stored
        // equal to what was compared.
        DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now).naive_utc()
    }
}

pub type SharedClock = Arc<dyn Clock>;

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that runs with real time plus an offset tests can move forward.
#[derive(Debug, Default)]
pub struct ShiftedClock {
    offset_micros: AtomicI64,
}

impl ShiftedClock {
    pub fn advance(&self, by: TimeDelta) {
        self.offset_micros.fetch_add(by.num_microseconds().unwrap_or(i64::MAX / 2), Ordering::SeqCst);
    }
}

impl Clock for ShiftedClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + TimeDelta::microseconds(self.offset_micros.load(Ordering::SeqCst))
    }
}

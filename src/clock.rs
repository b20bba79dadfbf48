//! Time is injected: deadlines, token expiry and mail backoff read this clock,
//! and tests move it. Only the server's clock counts; clients never send "now".

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// `now()` as stored in the database (UTC, no zone, microsecond precision).
    fn now_naive(&self) -> NaiveDateTime {
        let now = self.now().naive_utc();
        // Both backends keep microseconds; truncating here keeps what is stored
        // equal to what was compared.
        now.with_nanosecond((now.and_utc().timestamp_subsec_micros()) * 1000).unwrap_or(now)
    }
}

use chrono::Timelike;

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

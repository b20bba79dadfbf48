//! A contest's schedule and the state it implies. States are derived from the
//! schedule and the server's clock, never toggled by hand:
//! draft → published (visible, not yet open) → open → closed.

use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContestState {
    Draft,
    Published,
    Open,
    Closed,
}

impl ContestState {
    /// The state at `now` of a contest accepting entries from `opens_at` until
    /// `effective_close` (the deadline plus grace), exclusive.
    pub fn at(published: bool, opens_at: NaiveDateTime, effective_close: NaiveDateTime, now: NaiveDateTime) -> Self {
        if !published {
            ContestState::Draft
        } else if now < opens_at {
            ContestState::Published
        } else if now < effective_close {
            ContestState::Open
        } else {
            ContestState::Closed
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ContestState::Draft => "draft",
            ContestState::Published => "published",
            ContestState::Open => "open",
            ContestState::Closed => "closed",
        }
    }
}

/// When entries are accepted, in UTC. Submissions are accepted from
/// `opens_at` (inclusive) until `closes_at + grace` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    /// Extra time after the announced deadline (e.g. for slow uploads).
    pub grace_secs: i64,
}

pub const MAX_GRACE_SECS: i64 = 24 * 3600;

impl Schedule {
    pub fn new(opens_at: NaiveDateTime, closes_at: NaiveDateTime, grace_secs: i64) -> Result<Self, &'static str> {
        if closes_at <= opens_at {
            return Err("The closing time must be after the opening time.");
        }
        if !(0..=MAX_GRACE_SECS).contains(&grace_secs) {
            return Err("The grace period must be between 0 and 24 hours.");
        }
        Ok(Self { opens_at, closes_at, grace_secs })
    }

    /// The last instant (exclusive) at which the server accepts a change.
    pub fn effective_close(&self) -> NaiveDateTime {
        self.closes_at + TimeDelta::seconds(self.grace_secs)
    }

    pub fn accepts_entries(&self, now: NaiveDateTime) -> bool {
        self.opens_at <= now && now < self.effective_close()
    }

    pub fn state(&self, published: bool, now: NaiveDateTime) -> ContestState {
        ContestState::at(published, self.opens_at, self.effective_close(), now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    fn schedule() -> Schedule {
        Schedule::new(t("2026-07-01 00:00:00"), t("2026-09-30 09:00:00"), 0).unwrap()
    }

    #[test]
    fn one_second_before_the_deadline_is_accepted_and_one_after_is_not() {
        let s = schedule();
        assert!(s.accepts_entries(t("2026-09-30 08:59:59")));
        assert!(!s.accepts_entries(t("2026-09-30 09:00:00")));
        assert!(!s.accepts_entries(t("2026-09-30 09:00:01")));
    }

    #[test]
    fn grace_extends_the_deadline_quietly() {
        let s = Schedule::new(t("2026-07-01 00:00:00"), t("2026-09-30 09:00:00"), 600).unwrap();
        assert!(s.accepts_entries(t("2026-09-30 09:09:59")));
        assert!(!s.accepts_entries(t("2026-09-30 09:10:00")));
    }

    #[test]
    fn the_state_follows_the_clock() {
        let s = schedule();
        assert_eq!(s.state(false, t("2026-08-01 00:00:00")), ContestState::Draft);
        assert_eq!(s.state(true, t("2026-06-30 23:59:59")), ContestState::Published);
        assert_eq!(s.state(true, t("2026-07-01 00:00:00")), ContestState::Open);
        assert_eq!(s.state(true, t("2026-09-30 09:00:00")), ContestState::Closed);
    }

    #[test]
    fn a_schedule_that_closes_before_it_opens_is_refused() {
        assert!(Schedule::new(t("2026-07-01 00:00:00"), t("2026-07-01 00:00:00"), 0).is_err());
        assert!(Schedule::new(t("2026-07-01 00:00:00"), t("2026-07-02 00:00:00"), -1).is_err());
        assert!(Schedule::new(t("2026-07-01 00:00:00"), t("2026-07-02 00:00:00"), MAX_GRACE_SECS + 1).is_err());
    }

    proptest! {
        #[test]
        fn entries_are_accepted_exactly_while_open(offset in -1_000_000i64..10_000_000, grace in 0i64..MAX_GRACE_SECS) {
            let s = Schedule::new(t("2026-07-01 00:00:00"), t("2026-09-30 09:00:00"), grace).unwrap();
            let now = t("2026-07-01 00:00:00") + TimeDelta::seconds(offset);
            prop_assert_eq!(s.accepts_entries(now), s.state(true, now) == ContestState::Open);
        }
    }
}

//! Age rules. Korean privacy law (개인정보 보호법 제22조의2) requires a legal
//! guardian's consent to process the personal data of a child under 14, in
//! full years (만 나이).

use chrono::{Datelike, NaiveDate};

pub const GUARDIAN_CONSENT_BELOW_AGE: u32 = 14;

/// Full years between `birth` and `on` (0 if `birth` is in the future).
/// Someone born on 29 February has their birthday on 1 March in common years.
pub fn full_years(birth: NaiveDate, on: NaiveDate) -> u32 {
    if on < birth {
        return 0;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

pub fn needs_guardian_consent(birth: NaiveDate, on: NaiveDate) -> bool {
    full_years(birth, on) < GUARDIAN_CONSENT_BELOW_AGE
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_child_turns_fourteen_on_their_birthday_not_before() {
        assert!(needs_guardian_consent(d(2012, 11, 22), d(2026, 11, 21)));
        assert!(!needs_guardian_consent(d(2012, 11, 21), d(2026, 11, 21)));
        assert!(!needs_guardian_consent(d(2012, 11, 20), d(2026, 11, 21)));
    }

    #[test]
    fn a_leap_day_birthday_counts_from_the_first_of_march_in_common_years() {
        assert_eq!(full_years(d(2012, 2, 29), d(2026, 2, 28)), 13);
        assert_eq!(full_years(d(2012, 2, 29), d(2026, 3, 1)), 14);
    }

    #[test]
    fn a_birth_date_in_the_future_is_age_zero() {
        assert_eq!(full_years(d(2030, 1, 1), d(2026, 1, 1)), 0);
    }

    proptest! {
        #[test]
        fn age_never_decreases_as_time_passes(days_old in 0i64..40_000, later in 0i64..4_000) {
            let today = d(2026, 11, 21);
            let birth = today - chrono::Days::new(days_old as u64);
            let then = today + chrono::Days::new(later as u64);
            prop_assert!(full_years(birth, then) >= full_years(birth, today));
        }

        #[test]
        fn age_is_whole_years_lived(days_old in 0u64..40_000) {
            let today = d(2026, 11, 21);
            let birth = today - chrono::Days::new(days_old);
            let years = full_years(birth, today);
            // The last birthday is on or before today and the next one after it.
            let last = birth.with_year(birth.year() + years as i32).unwrap_or(d(birth.year() + years as i32, 3, 1));
            prop_assert!(last <= today);
        }
    }
}

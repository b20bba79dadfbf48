//! Who may enter and in which category.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::form::Text;
use super::team::TeamRules;
use crate::domain::age::full_years;
use crate::error::FieldError;

pub const MAX_ENTRIES_PER_PERSON: u32 = 20;

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    /// Youngest age allowed, in full years at the deadline.
    pub min_age: Option<u32>,
    /// Oldest age allowed, in full years at the deadline.
    pub max_age: Option<u32>,
    /// Submitted entries one person may have in this contest (default 1).
    #[serde(default = "one")]
    pub max_entries_per_person: u32,
    /// Whether and how teams may enter; absent: individual entries only.
    /// Left out when absent, so contests stored before teams compare equal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams: Option<TeamRules>,
}

impl Default for Eligibility {
    fn default() -> Self {
        Self { min_age: None, max_age: None, max_entries_per_person: 1, teams: None }
    }
}

impl Eligibility {
    pub fn check(&self) -> Result<(), FieldError> {
        if !(1..=MAX_ENTRIES_PER_PERSON).contains(&self.max_entries_per_person) {
            return Err(FieldError::new(
                "eligibility.max_entries_per_person",
                "out_of_range",
                format!("Between 1 and {MAX_ENTRIES_PER_PERSON}."),
            ));
        }
        if self.min_age.zip(self.max_age).is_some_and(|(a, b)| a > b) || self.max_age.is_some_and(|a| a > 150) {
            return Err(FieldError::new(
                "eligibility.max_age",
                "invalid_limits",
                "The age limits do not fit together.",
            ));
        }
        if let Some(teams) = &self.teams {
            teams.check()?;
        }
        Ok(())
    }

    /// Whether someone born on `birth` may enter, judged on `deadline`. An
    /// account without a birth date (e.g. a bootstrapped admin) may enter only
    /// contests without an age rule.
    pub fn admits(&self, birth: Option<NaiveDate>, deadline: NaiveDate) -> Result<(), &'static str> {
        if self.min_age.is_none() && self.max_age.is_none() {
            return Ok(());
        }
        let Some(birth) = birth else { return Err("This contest has an age rule and your account has no birth date.") };
        let age = full_years(birth, deadline);
        if self.min_age.is_some_and(|m| age < m) {
            return Err("You are younger than this contest allows.");
        }
        if self.max_age.is_some_and(|m| age > m) {
            return Err("You are older than this contest allows.");
        }
        Ok(())
    }
}

/// A track or age group; each entry is in one when the contest has any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub key: String,
    pub label: Text,
}

pub fn check_categories(categories: &[Category]) -> Result<(), FieldError> {
    let mut seen = std::collections::HashSet::new();
    for (i, c) in categories.iter().enumerate() {
        let key_ok = !c.key.is_empty()
            && c.key.len() <= 40
            && c.key.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' || ch == '-');
        if !key_ok || !seen.insert(c.key.as_str()) || c.label.ko.trim().is_empty() {
            return Err(FieldError::new(
                format!("categories[{i}]"),
                "invalid_category",
                "Categories need distinct keys (a-z, 0-9, _ and -) and a label.",
            ));
        }
    }
    if categories.len() > 50 {
        return Err(FieldError::new("categories", "too_many", "At most 50 categories."));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_is_judged_at_the_deadline() {
        // A children's drawing contest for ages 7 to 13, closing 2026-09-30.
        let rule = Eligibility { min_age: Some(7), max_age: Some(13), ..Default::default() };
        let deadline = d(2026, 9, 30);
        assert!(rule.admits(Some(d(2019, 9, 30)), deadline).is_ok(), "turns 7 on the deadline");
        assert!(rule.admits(Some(d(2019, 10, 1)), deadline).is_err(), "still 6 at the deadline");
        assert!(rule.admits(Some(d(2012, 10, 1)), deadline).is_ok(), "still 13 at the deadline");
        assert!(rule.admits(Some(d(2012, 9, 30)), deadline).is_err(), "14 on the deadline");
        assert!(rule.admits(None, deadline).is_err());
    }

    #[test]
    fn no_age_rule_admits_everyone() {
        assert!(Eligibility::default().admits(None, d(2026, 9, 30)).is_ok());
    }

    #[test]
    fn limits_must_fit_together() {
        assert!(Eligibility { max_entries_per_person: 0, ..Default::default() }.check().is_err());
        assert!(Eligibility { min_age: Some(10), max_age: Some(9), ..Default::default() }.check().is_err());
        assert!(Eligibility { max_entries_per_person: 3, ..Default::default() }.check().is_ok());
    }

    #[test]
    fn team_rules_are_checked_with_the_rest() {
        let teams = |min_size, max_size| TeamRules { min_size, max_size, required: true, max_entries_per_team: 1 };
        assert!(Eligibility { teams: Some(teams(2, 5)), ..Default::default() }.check().is_ok());
        let refused = Eligibility { teams: Some(teams(6, 5)), ..Default::default() }.check().unwrap_err();
        assert_eq!(refused.field, "eligibility.teams.max_size");
    }

    #[test]
    fn eligibility_without_teams_serializes_as_before() {
        let json = serde_json::to_string(&Eligibility::default()).unwrap();
        assert_eq!(json, r#"{"min_age":null,"max_age":null,"max_entries_per_person":1}"#);
        assert_eq!(serde_json::from_str::<Eligibility>(&json).unwrap(), Eligibility::default());
    }

    #[test]
    fn categories_need_distinct_keys() {
        let c = |k: &str| Category { key: k.into(), label: Text { ko: "부문".into(), en: None } };
        assert!(check_categories(&[c("elementary"), c("middle")]).is_ok());
        assert!(check_categories(&[c("a"), c("a")]).is_err());
        assert!(check_categories(&[c("Bad Key")]).is_err());
    }
}

//! Teams as data: a contest's team rules and a team's name. Pure rules, no I/O.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::FieldError;

/// The largest team any contest may allow.
pub const MAX_TEAM_SIZE: u32 = 50;
/// The most submitted entries a contest may allow one team.
pub const MAX_ENTRIES_PER_TEAM: u32 = 20;

fn one() -> u32 {
    1
}

/// How a contest takes teams. Absent from a contest's eligibility: individual
/// entries only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamRules {
    /// Members (leader included) a team needs before it can submit (1–50).
    pub min_size: u32,
    /// Members (leader included) a team may have (1–50, at least `min_size`).
    pub max_size: u32,
    /// Entries only as teams (a hackathon); otherwise people may also enter alone.
    #[serde(default)]
    pub required: bool,
    /// Submitted entries one team may have (default 1).
    #[serde(default = "one")]
    pub max_entries_per_team: u32,
}

impl TeamRules {
    pub fn check(&self) -> Result<(), FieldError> {
        for (field, value) in [("min_size", self.min_size), ("max_size", self.max_size)] {
            if !(1..=MAX_TEAM_SIZE).contains(&value) {
                return Err(FieldError::new(
                    format!("eligibility.teams.{field}"),
                    "out_of_range",
                    format!("Between 1 and {MAX_TEAM_SIZE}."),
                ));
            }
        }
        if self.min_size > self.max_size {
            return Err(FieldError::new(
                "eligibility.teams.max_size",
                "invalid_limits",
                "The largest team size cannot be below the smallest.",
            ));
        }
        if !(1..=MAX_ENTRIES_PER_TEAM).contains(&self.max_entries_per_team) {
            return Err(FieldError::new(
                "eligibility.teams.max_entries_per_team",
                "out_of_range",
                format!("Between 1 and {MAX_ENTRIES_PER_TEAM}."),
            ));
        }
        Ok(())
    }
}

/// A team's name: 1–50 characters after trimming, no control characters.
/// Unique within its contest as written (the database compares it exactly).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct TeamName(String);

impl TeamName {
    pub const MAX_CHARS: usize = 50;

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let name = raw.trim();
        if name.is_empty() {
            return Err("Enter a team name.");
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err("A team name can have at most 50 characters.");
        }
        if name.chars().any(char::is_control) {
            return Err("The team name contains control characters.");
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(min_size: u32, max_size: u32) -> TeamRules {
        TeamRules { min_size, max_size, required: false, max_entries_per_team: 1 }
    }

    #[test]
    fn sizes_must_fit_together() {
        assert!(rules(2, 5).check().is_ok());
        assert!(rules(1, 1).check().is_ok());
        assert!(rules(50, 50).check().is_ok());
        assert_eq!(rules(0, 5).check().unwrap_err().field, "eligibility.teams.min_size");
        assert_eq!(rules(2, 51).check().unwrap_err().field, "eligibility.teams.max_size");
        assert_eq!(rules(5, 2).check().unwrap_err().code, "invalid_limits");
    }

    #[test]
    fn the_per_team_entry_limit_is_bounded() {
        assert!(TeamRules { max_entries_per_team: 0, ..rules(1, 3) }.check().is_err());
        assert!(TeamRules { max_entries_per_team: 21, ..rules(1, 3) }.check().is_err());
        assert!(TeamRules { max_entries_per_team: 20, ..rules(1, 3) }.check().is_ok());
    }

    #[test]
    fn omitted_fields_take_their_defaults() {
        let parsed: TeamRules = serde_json::from_str(r#"{"min_size":2,"max_size":4}"#).unwrap();
        assert_eq!(parsed, rules(2, 4));
        assert!(serde_json::from_str::<TeamRules>(r#"{"min_size":2,"max_size":4,"size":3}"#).is_err());
    }

    #[test]
    fn team_names_are_trimmed_and_counted_in_characters() {
        assert_eq!(TeamName::parse("  물빛 팀 ").unwrap().as_str(), "물빛 팀");
        assert!(TeamName::parse(&"가".repeat(50)).is_ok());
        assert!(TeamName::parse(&"가".repeat(51)).is_err());
        assert!(TeamName::parse("   ").is_err());
        assert!(TeamName::parse("a\nb").is_err());
    }
}

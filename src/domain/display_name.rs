use serde::Serialize;

/// The name an account shows: 1–50 characters after trimming, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 50;

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let name = raw.trim();
        if name.is_empty() {
            return Err("Enter a display name.");
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err("The display name can have at most 50 characters.");
        }
        if name.chars().any(char::is_control) {
            return Err("The display name contains control characters.");
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_names_count_characters_not_bytes() {
        assert!(DisplayName::parse(&"가".repeat(50)).is_ok());
        assert!(DisplayName::parse(&"가".repeat(51)).is_err());
    }

    #[test]
    fn blank_and_control_characters_are_refused() {
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse("Kim\nBcc").is_err());
    }
}

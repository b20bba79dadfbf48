use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The languages Modu speaks. Korean is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Ko,
    En,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Ko => "ko",
            Locale::En => "en",
        }
    }

    /// Reads a stored value; anything unknown falls back to Korean.
    pub fn from_stored(value: &str) -> Self {
        match value {
            "en" => Locale::En,
            _ => Locale::Ko,
        }
    }
}

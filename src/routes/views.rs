//! Response bodies shared by several routes.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::authz::{Restriction, restrictions};
use crate::db::users::User;
use crate::domain::Locale;

/// The signed-in account as it sees itself.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeView {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub locale: Locale,
    pub birth_date: Option<NaiveDate>,
    pub email_verified: bool,
    pub is_admin: bool,
    /// Why the account may not yet submit, vote or judge; empty when it may.
    pub restrictions: Vec<Restriction>,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

impl From<&User> for MeView {
    fn from(user: &User) -> Self {
        Self {
            id: user.id.clone(),
            email: user.email.clone().unwrap_or_default(),
            display_name: user.display_name.clone(),
            locale: Locale::from_stored(&user.locale),
            birth_date: user.birth_date,
            email_verified: user.email_verified_at.is_some(),
            is_admin: user.is_admin,
            restrictions: restrictions(user),
            created_at: user.created_at,
        }
    }
}

/// An account as an admin sees it in lists.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountSummary {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    pub email_verified: bool,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

impl From<User> for AccountSummary {
    fn from(user: User) -> Self {
        Self {
            email_verified: user.email_verified_at.is_some(),
            id: user.id,
            email: user.email.unwrap_or_default(),
            display_name: user.display_name,
            is_admin: user.is_admin,
            created_at: user.created_at,
        }
    }
}

/// The answer of a request whose outcome is told by email.
#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// Always `accepted`.
    pub status: &'static str,
}

pub const ACCEPTED: Accepted = Accepted { status: "accepted" };

/// A new access token (the refresh token is set as a cookie).
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: u64,
}

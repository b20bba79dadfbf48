//! Authorization, decided in one place: who may do what to which object.
//! Handlers name the permission they need; this module answers. Later
//! capabilities add their objects here (e.g. "judge of this stage").

use serde::Serialize;
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::organizations::{self, ROLE_ORGANIZER};
use crate::db::users::User;
use crate::error::{ApiError, ErrorCode};

#[derive(Debug, Clone, Copy)]
pub enum Permission<'a> {
    /// List accounts, grant or remove the admin role.
    ManageAccounts,
    CreateOrganization,
    /// Add or remove organizers of this organization.
    ManageOrganization(&'a str),
    /// See who the organizers of this organization are.
    ViewOrganizationMembers(&'a str),
}

/// Checks `permission` for `user`; loads memberships only when the permission
/// is about an organization.
pub fn check(conn: &mut DbConnection, user: &User, permission: Permission<'_>) -> Result<(), ApiError> {
    if user.is_admin {
        return Ok(());
    }
    let role = match permission {
        Permission::ManageOrganization(org) | Permission::ViewOrganizationMembers(org) => {
            organizations::role_of(conn, org, &user.id)?
        }
        Permission::ManageAccounts | Permission::CreateOrganization => None,
    };
    check_role(user, permission, role.as_deref())
}

/// The same rule as [`check`] when the caller already read the user's role in
/// the organization the permission names (e.g. joined into another query).
pub fn check_role(user: &User, permission: Permission<'_>, role: Option<&str>) -> Result<(), ApiError> {
    let allowed = user.is_admin
        || match permission {
            Permission::ManageAccounts | Permission::CreateOrganization => false,
            Permission::ManageOrganization(_) => role == Some(ROLE_ORGANIZER),
            Permission::ViewOrganizationMembers(_) => role.is_some(),
        };
    if allowed { Ok(()) } else { Err(ApiError::forbidden()) }
}

/// Why an account may not yet submit, vote or judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Restriction {
    EmailUnverified,
    GuardianConsentPending,
}

pub fn restrictions(user: &User) -> Vec<Restriction> {
    let mut found = Vec::new();
    if user.email_verified_at.is_none() {
        found.push(Restriction::EmailUnverified);
    }
    if user.needs_guardian_consent() {
        found.push(Restriction::GuardianConsentPending);
    }
    found
}

/// For actions that need a full participant: submitting, voting, judging.
pub fn require_participant(user: &User) -> Result<(), ApiError> {
    match restrictions(user).first() {
        None => Ok(()),
        Some(Restriction::EmailUnverified) => {
            Err(ApiError::new(ErrorCode::AccountRestricted, "Confirm your email address first."))
        }
        Some(Restriction::GuardianConsentPending) => {
            Err(ApiError::new(ErrorCode::AccountRestricted, "Your legal guardian has not consented yet."))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn user() -> User {
        let t = NaiveDateTime::default();
        User {
            id: "u".into(),
            email: Some("a@b.kr".into()),
            password_hash: String::new(),
            display_name: "A".into(),
            locale: "ko".into(),
            birth_date: None,
            email_verified_at: Some(t),
            is_admin: false,
            guardian_name: None,
            guardian_email: None,
            guardian_consented_at: None,
            tokens_valid_after: t,
            created_at: t,
            updated_at: t,
            deleted_at: None,
        }
    }

    #[test]
    fn a_verified_adult_is_a_participant() {
        assert!(require_participant(&user()).is_ok());
    }

    #[test]
    fn an_unverified_account_is_restricted() {
        let u = User { email_verified_at: None, ..user() };
        assert_eq!(restrictions(&u), vec![Restriction::EmailUnverified]);
        assert_eq!(require_participant(&u).unwrap_err().code(), ErrorCode::AccountRestricted);
    }

    #[test]
    fn a_child_without_guardian_consent_is_restricted_until_it_is_given() {
        let child = User { guardian_email: Some("mom@b.kr".into()), ..user() };
        assert_eq!(restrictions(&child), vec![Restriction::GuardianConsentPending]);
        let consented = User { guardian_consented_at: Some(NaiveDateTime::default()), ..child };
        assert!(require_participant(&consented).is_ok());
    }
}

//! What the links in our mail lead to: email verification and password reset.

use actix_web::{HttpResponse, post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::super::views::{ACCEPTED, Accepted};
use crate::db::email_tokens::{self, Purpose};
use crate::db::{refresh_tokens, users};
use crate::domain::{Email, Locale, Password, password};
use crate::error::{ApiError, ErrorCode, FieldError, Problem};
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

fn invalid_link() -> ApiError {
    ApiError::new(ErrorCode::InvalidLink, "This link is unknown, already used, or expired. Ask for a new one.")
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    pub token: String,
}

/// Confirms the email address with the single-use token from the verification mail.
#[utoipa::path(
    tag = "accounts",
    request_body = TokenRequest,
    responses(
        (status = 204, description = "Verified"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/verify-email")]
#[tracing::instrument(name = "verify_email", skip_all)]
pub async fn verify_email(state: web::Data<AppState>, body: web::Json<TokenRequest>) -> Result<HttpResponse, ApiError> {
    let token = body.into_inner().token;
    let now = state.now();
    state
        .db
        .write(move |conn| {
            let user_id = email_tokens::consume(conn, &token, Purpose::VerifyEmail, now)?.ok_or_else(invalid_link)?;
            users::mark_email_verified(conn, &user_id, now)?;
            crate::db::audit::record(
                conn,
                Some(&user_id),
                "account.email_verified",
                ("user", Some(&user_id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    pub email: String,
}

/// Sends a reset link if the address has an account. The answer is the same
/// either way.
#[utoipa::path(
    tag = "accounts",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, body = Accepted),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/password-reset")]
#[tracing::instrument(name = "request_password_reset", skip_all)]
pub async fn request_password_reset(
    state: web::Data<AppState>,
    body: web::Json<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let email = Email::parse(&body.email).map_err(|e| ApiError::field("email", "invalid_email", e))?;
    let now = state.now();
    let settings = state.settings.clone();
    state
        .db
        .write(move |conn| {
            let Some(user) = users::find_by_email(conn, email.as_str())? else {
                return Ok(());
            };
            let token = email_tokens::create(conn, &user.id, Purpose::ResetPassword, now)?;
            let link = settings.link("/reset-password", &[("token", &token)]);
            mail::queue(
                conn,
                &Recipient {
                    user_id: Some(&user.id),
                    address: email.as_str(),
                    name: &user.display_name,
                    locale: Locale::from_stored(&user.locale),
                },
                &Template::ResetPassword { name: &user.display_name, link: &link },
                now,
            )?;
            Ok(())
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Accepted().json(ACCEPTED))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirmation {
    pub token: String,
    pub new_password: String,
}

/// Sets a new password with the token from the reset mail. Every session of
/// the account ends; the address counts as verified (the link proved it).
#[utoipa::path(
    tag = "accounts",
    request_body = PasswordResetConfirmation,
    responses(
        (status = 204, description = "Password changed"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/password-reset/confirm")]
#[tracing::instrument(name = "confirm_password_reset", skip_all)]
pub async fn confirm_password_reset(
    state: web::Data<AppState>,
    body: web::Json<PasswordResetConfirmation>,
) -> Result<HttpResponse, ApiError> {
    let PasswordResetConfirmation { token, new_password } = body.into_inner();
    let now = state.now();
    // Look before using the token, so a password the policy refuses does not burn the link.
    let peek_token = token.clone();
    let user = state
        .db
        .read(move |conn| {
            let user_id =
                email_tokens::peek(conn, &peek_token, Purpose::ResetPassword, now)?.ok_or_else(invalid_link)?;
            users::find(conn, &user_id)?.ok_or_else(invalid_link)
        })
        .await?;
    let new_password = Password::parse(&new_password, user.email.as_deref())
        .map_err(|p| ApiError::validation(vec![FieldError::new("new_password", p.code(), p.message())]))?;
    let hash = password::off_thread(move || password::hash(&new_password))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    state
        .db
        .write(move |conn| {
            let user_id = email_tokens::consume(conn, &token, Purpose::ResetPassword, now)?.ok_or_else(invalid_link)?;
            users::set_password(conn, &user_id, &hash, now)?;
            users::mark_email_verified(conn, &user_id, now)?;
            refresh_tokens::revoke_all_for_user(conn, &user_id, now)?;
            crate::db::audit::record(
                conn,
                Some(&user_id),
                "account.password_reset",
                ("user", Some(&user_id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

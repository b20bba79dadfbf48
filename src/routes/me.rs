//! The signed-in account: profile, password, sessions, verification mail.

use actix_web::{HttpResponse, get, patch, post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::auth::session::{start_session, token_response};
use super::fields::Fields;
use super::views::{ACCEPTED, Accepted, MeView, TokenResponse};
use crate::auth::{AuthUser, refresh_cookie};
use crate::db::email_tokens::{self, Purpose};
use crate::db::{refresh_tokens, users};
use crate::domain::{DisplayName, Locale, Password, password};
use crate::error::{ApiError, FieldError, Problem};
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

/// The signed-in account.
#[utoipa::path(
    operation_id = "show_me",
    tag = "me",
    security(("bearer" = [])),
    responses((status = 200, body = MeView), (status = 401, body = Problem, content_type = "application/problem+json"))
)]
#[get("/me")]
pub async fn show(auth: AuthUser) -> HttpResponse {
    HttpResponse::Ok().json(MeView::from(&auth.user))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileUpdate {
    pub display_name: Option<String>,
    pub locale: Option<Locale>,
}

/// Changes the display name or the language. Email and birth date are not
/// changed here.
#[utoipa::path(
    operation_id = "update_me",
    tag = "me",
    security(("bearer" = [])),
    request_body = ProfileUpdate,
    responses(
        (status = 200, body = MeView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/me")]
#[tracing::instrument(name = "update_profile", skip_all, fields(user_id = %auth.id()))]
pub async fn update(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<ProfileUpdate>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let mut fields = Fields::default();
    let display_name = match &body.display_name {
        Some(raw) => fields.take("display_name", "invalid_display_name", DisplayName::parse(raw)),
        None => None,
    };
    fields.finish()?;
    let changes = users::ProfileChanges {
        display_name: display_name.map(DisplayName::into_inner),
        locale: body.locale.map(|l| l.as_str().to_owned()),
    };
    let now = state.now();
    let id = auth.user.id.clone();
    let user = state
        .db
        .write(move |conn| {
            users::update_profile(conn, &id, &changes, now)?;
            users::find(conn, &id)?.ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok(HttpResponse::Ok().json(MeView::from(&user)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Changes the password. Every other session ends; this one gets new tokens.
#[utoipa::path(
    tag = "me",
    security(("bearer" = [])),
    request_body = PasswordChange,
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/password")]
#[tracing::instrument(name = "change_password", skip_all, fields(user_id = %auth.id()))]
pub async fn change_password(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let PasswordChange { current_password, new_password } = body.into_inner();
    let new_password = Password::parse(&new_password, auth.user.email.as_deref())
        .map_err(|p| ApiError::validation(vec![FieldError::new("new_password", p.code(), p.message())]))?;
    let stored = auth.user.password_hash.clone();
    let hash = password::off_thread(move || {
        if !password::verify(&current_password, &stored) {
            return Err(ApiError::field("current_password", "incorrect", "The current password is wrong."));
        }
        password::hash(&new_password).map_err(ApiError::internal)
    })
    .await
    .map_err(ApiError::internal)??;
    let now = state.now();
    let user = auth.user;
    let session_state = state.clone();
    let user_id = user.id.clone();
    let refresh_token = state
        .db
        .write(move |conn| {
            users::set_password(conn, &user.id, &hash, now)?;
            refresh_tokens::revoke_all_for_user(conn, &user.id, now)?;
            if let Some(address) = &user.email {
                let to = Recipient {
                    user_id: Some(&user.id),
                    address,
                    name: &user.display_name,
                    locale: Locale::from_stored(&user.locale),
                };
                mail::queue(conn, &to, &Template::PasswordChanged { name: &user.display_name }, now)?;
            }
            crate::db::audit::record(
                conn,
                Some(&user.id),
                "account.password_changed",
                ("user", Some(&user.id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(start_session(conn, &session_state, &user.id, now)?)
        })
        .await?;
    state.mail_wakeup.notify_one();
    token_response(&state, &user_id, refresh_token)
}

/// Ends every session of the account, on every device, including this one.
#[utoipa::path(
    tag = "me",
    security(("bearer" = [])),
    responses((status = 204, description = "Signed out everywhere"), (status = 401, body = Problem, content_type = "application/problem+json"))
)]
#[post("/me/sign-out-everywhere")]
#[tracing::instrument(name = "sign_out_everywhere", skip_all, fields(user_id = %auth.id()))]
pub async fn sign_out_everywhere(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    let now = state.now();
    let id = auth.user.id;
    state
        .db
        .write(move |conn| {
            users::bump_tokens_valid_after(conn, &id, now)?;
            refresh_tokens::revoke_all_for_user(conn, &id, now)?;
            crate::db::audit::record(
                conn,
                Some(&id),
                "session.signed_out_everywhere",
                ("user", Some(&id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().cookie(refresh_cookie::removal(&state.settings)).finish())
}

/// Sends a new verification mail (the old link stops working when the new one is used).
#[utoipa::path(
    tag = "me",
    security(("bearer" = [])),
    responses(
        (status = 202, body = Accepted),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already verified", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/verification-email")]
#[tracing::instrument(name = "resend_verification", skip_all, fields(user_id = %auth.id()))]
pub async fn resend_verification(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    if auth.user.email_verified_at.is_some() {
        return Err(ApiError::conflict("The email address is already verified."));
    }
    let now = state.now();
    let settings = state.settings.clone();
    let user = auth.user;
    state
        .db
        .write(move |conn| {
            let token = email_tokens::create(conn, &user.id, Purpose::VerifyEmail, now)?;
            let link = settings.link("/verify-email", &[("token", &token)]);
            let address = user.email.clone().unwrap_or_default();
            let to = Recipient {
                user_id: Some(&user.id),
                address: &address,
                name: &user.display_name,
                locale: Locale::from_stored(&user.locale),
            };
            mail::queue(conn, &to, &Template::VerifyEmail { name: &user.display_name, link: &link }, now)?;
            Ok(())
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Accepted().json(ACCEPTED))
}
